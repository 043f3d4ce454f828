// Package gameabi translates between the pure dispute engine (fraudproof) and
// the DisputeGame and KernelVerifier contracts' ABI: a move becomes calldata,
// calldata becomes a move again, a stored commitment becomes a
// fraudproof.Commitment, and a game's on-chain view is compared field by
// field with the engine's Game. It does no I/O: the executor, challenger and
// watcher services send and read, this package only encodes and checks.
package gameabi

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/l1contracts/bindings"
)

// Calldata returns the DisputeGame call that m stands for. Open must be sent
// with the challenger bond as value; every other move carries none.
func Calldata(m fraudproof.Move) ([]byte, error) {
	g := bindings.NewDisputeGame()
	switch m := m.(type) {
	case fraudproof.Open:
		return g.TryPackOpen(u(m.ResultID), m.Claim, hashes(m.Dissection))
	case fraudproof.Bisect:
		return g.TryPackBisect(u(m.GameID), hashes(m.Theirs), u(m.T), m.Mine, hashes(m.Next))
	case fraudproof.RevealWrite:
		return g.TryPackRevealWrite(u(m.GameID), opProof(m.Op), slotWitness(m.Out), m.DataRoot, hashes(m.Desc))
	case fraudproof.Descend:
		return g.TryPackDescend(u(m.GameID), u(m.J), m.Theirs, hashes(m.TheirSiblings), m.Mine, hashes(m.MySiblings), hashes(m.Next))
	case fraudproof.RevealChunk:
		return g.TryPackRevealChunk(u(m.GameID), m.Chunk)
	case fraudproof.ProveElement:
		return g.TryPackProveElement(u(m.GameID), m.Chunk, u(m.J), m.Record, InputWitnesses(m.Inputs))
	case fraudproof.ResolveLeaf:
		return g.TryPackResolveLeaf(u(m.GameID))
	case fraudproof.Timeout:
		return g.TryPackTimeout(u(m.GameID))
	case fraudproof.ProveStepCount:
		return g.TryPackProveStepCount(u(m.ResultID), m.Header, m.SlotsHash, m.OutputsHash, m.OpsRoot)
	case fraudproof.ProveOutputRoot:
		proofs := make([]bindings.SlotProof, len(m.Slots))
		for i, s := range m.Slots {
			proofs[i] = bindings.SlotProof{Root: s.Root, Siblings: hashes(s.Siblings)}
		}
		return g.TryPackProveOutputRoot(u(m.ResultID), m.Header, m.SlotsHash, m.Outputs, m.OpsRoot, proofs)
	case nil:
		return nil, errors.New("packing a nil move")
	}
	return nil, fmt.Errorf("packing move %T: not a DisputeGame entry point", m)
}

// ElementCalldata returns KernelVerifier.element's calldata for one query.
func ElementCalldata(stateRoot fraudproof.Hash, nSlots uint64, record []byte, outDType uint8, out fraudproof.Shape, e uint64, inputs []fraudproof.InputWitness) ([]byte, error) {
	return bindings.NewKernelVerifier().TryPackElement(stateRoot, u(nSlots), record, outDType, out.Rank, out.Dims, u(e), InputWitnesses(inputs))
}

// InputWitnesses converts the engine's input witnesses to the ABI structs.
func InputWitnesses(in []fraudproof.InputWitness) []bindings.InputWitness {
	out := make([]bindings.InputWitness, len(in))
	for k, w := range in {
		chunks := make([]bindings.ChunkWitness, len(w.Chunks))
		for j, c := range w.Chunks {
			chunks[j] = bindings.ChunkWitness{Index: u(c.Index), Data: c.Data, Siblings: hashes(c.Siblings)}
		}
		out[k] = bindings.InputWitness{Slot: slotWitness(w.Slot), Chunks: chunks}
	}
	return out
}

// Commitment converts ResultRegistry.commitment(resultId).
func Commitment(resultID uint64, c bindings.IResultRegistryCommitment) fraudproof.Commitment {
	return fraudproof.Commitment{
		ResultID:    resultID,
		JobID:       c.JobId,
		ProgramRoot: c.ProgramRoot,
		InputRoot:   c.InputRoot,
		OutputRoot:  c.OutputRoot,
		FinalState:  c.FinalState,
		Steps:       c.Steps,
	}
}

func u(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

func hashes(h []fraudproof.Hash) [][32]byte {
	out := make([][32]byte, len(h))
	for i := range h {
		out[i] = h[i]
	}
	return out
}

func opProof(p fraudproof.OpProof) bindings.OpProof {
	return bindings.OpProof{Record: p.Record, Header: p.Header, SlotsHash: p.SlotsHash, OutputsHash: p.OutputsHash, Siblings: hashes(p.Siblings)}
}

func slotWitness(w fraudproof.SlotWitness) bindings.SlotWitness {
	return bindings.SlotWitness{Dtype: w.DType, Rank: w.Rank, Dims: w.Dims, DataRoot: w.DataRoot, Siblings: hashes(w.Siblings)}
}

// Decode turns DisputeGame calldata back into the move it encodes: how a
// watcher or a player reads the opponent's moves from the transactions that
// emitted a game's events. Garbage, unknown selectors, trailing bytes and
// integers beyond 64 bits are errors.
func Decode(data []byte) (fraudproof.Move, error) {
	if len(data) < 4 {
		return nil, fmt.Errorf("decoding DisputeGame calldata: %d bytes, no selector", len(data))
	}
	a, err := bindings.DisputeGameMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("parsing the DisputeGame ABI: %w", err)
	}
	method, err := a.MethodById(data[:4])
	if err != nil {
		return nil, fmt.Errorf("decoding DisputeGame calldata: %w", err)
	}
	args, err := method.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decoding %s arguments: %w", method.Name, err)
	}
	// Unpack ignores trailing bytes; a canonical re-encoding must give the
	// input back, or two different calldatas would decode to one move.
	if again, err := method.Inputs.Pack(args...); err != nil || len(again) != len(data)-4 {
		return nil, fmt.Errorf("decoding %s arguments: not canonically encoded", method.Name)
	}
	d := decoder{args: args}
	var m fraudproof.Move
	switch method.Name {
	case "open":
		m = fraudproof.Open{ResultID: d.u64(), Claim: d.hash(), Dissection: d.hashes()}
	case "bisect":
		m = fraudproof.Bisect{GameID: d.u64(), Theirs: d.hashes(), T: d.u64(), Mine: d.hash(), Next: d.hashes()}
	case "revealWrite":
		var op bindings.OpProof
		var out bindings.SlotWitness
		id := d.u64()
		d.convert(&op)
		d.convert(&out)
		m = fraudproof.RevealWrite{GameID: id, Op: fromOpProof(op), Out: fromSlotWitness(out), DataRoot: d.hash(), Desc: d.hashes()}
	case "descend":
		m = fraudproof.Descend{GameID: d.u64(), J: d.u64(), Theirs: d.hash(), TheirSiblings: d.hashes(), Mine: d.hash(), MySiblings: d.hashes(), Next: d.hashes()}
	case "revealChunk":
		m = fraudproof.RevealChunk{GameID: d.u64(), Chunk: d.bytes()}
	case "proveElement":
		pe := fraudproof.ProveElement{GameID: d.u64(), Chunk: d.bytes(), J: d.u64(), Record: d.bytes()}
		var in []bindings.InputWitness
		d.convert(&in)
		pe.Inputs = make([]fraudproof.InputWitness, len(in))
		for k, w := range in {
			chunks := make([]fraudproof.ChunkWitness, len(w.Chunks))
			for j, c := range w.Chunks {
				chunks[j] = fraudproof.ChunkWitness{Index: d.big(c.Index), Data: c.Data, Siblings: fromHashes(c.Siblings)}
			}
			pe.Inputs[k] = fraudproof.InputWitness{Slot: fromSlotWitness(w.Slot), Chunks: chunks}
		}
		m = pe
	case "resolveLeaf":
		m = fraudproof.ResolveLeaf{GameID: d.u64()}
	case "timeout":
		m = fraudproof.Timeout{GameID: d.u64()}
	case "proveStepCount":
		m = fraudproof.ProveStepCount{ResultID: d.u64(), Header: d.bytes(), SlotsHash: d.hash(), OutputsHash: d.hash(), OpsRoot: d.hash()}
	case "proveOutputRoot":
		po := fraudproof.ProveOutputRoot{ResultID: d.u64(), Header: d.bytes(), SlotsHash: d.hash(), Outputs: d.bytes(), OpsRoot: d.hash()}
		var proofs []bindings.SlotProof
		d.convert(&proofs)
		po.Slots = make([]fraudproof.SlotProof, len(proofs))
		for i, p := range proofs {
			po.Slots[i] = fraudproof.SlotProof{Root: p.Root, Siblings: fromHashes(p.Siblings)}
		}
		m = po
	default:
		return nil, fmt.Errorf("decoding DisputeGame calldata: %s is not a move", method.Name)
	}
	if d.err != nil {
		return nil, fmt.Errorf("decoding %s arguments: %w", method.Name, d.err)
	}
	return m, nil
}

// decoder reads unpacked ABI arguments in order, keeping the first error.
type decoder struct {
	args []interface{}
	next int
	err  error
}

func (d *decoder) arg() interface{} {
	if d.next >= len(d.args) {
		d.fail(errors.New("too few arguments"))
		return nil
	}
	d.next++
	return d.args[d.next-1]
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) big(x *big.Int) uint64 {
	if x == nil || x.Sign() < 0 || !x.IsUint64() {
		d.fail(fmt.Errorf("integer %v does not fit 64 bits", x))
		return math.MaxUint64
	}
	return x.Uint64()
}

func (d *decoder) u64() uint64 {
	x, _ := d.arg().(*big.Int)
	return d.big(x)
}

func (d *decoder) hash() fraudproof.Hash {
	h, ok := d.arg().([32]byte)
	if !ok {
		d.fail(errors.New("expected bytes32"))
	}
	return h
}

func (d *decoder) hashes() []fraudproof.Hash {
	h, ok := d.arg().([][32]byte)
	if !ok {
		d.fail(errors.New("expected bytes32[]"))
	}
	return fromHashes(h)
}

func (d *decoder) bytes() []byte {
	b, ok := d.arg().([]byte)
	if !ok {
		d.fail(errors.New("expected bytes"))
	}
	return b
}

// convert copies a tuple argument into its binding struct type.
func (d *decoder) convert(dst interface{}) {
	v := d.arg()
	if v == nil {
		return
	}
	defer func() {
		// abi.ConvertType panics on a shape mismatch; the ABI is ours, so
		// that is a bug, but a decoder must not crash on it.
		if r := recover(); r != nil {
			d.fail(fmt.Errorf("converting %T: %v", v, r))
		}
	}()
	abi.ConvertType(v, dst)
}

func fromHashes(h [][32]byte) []fraudproof.Hash {
	out := make([]fraudproof.Hash, len(h))
	for i := range h {
		out[i] = h[i]
	}
	return out
}

func fromOpProof(p bindings.OpProof) fraudproof.OpProof {
	return fraudproof.OpProof{Record: p.Record, Header: p.Header, SlotsHash: p.SlotsHash, OutputsHash: p.OutputsHash, Siblings: fromHashes(p.Siblings)}
}

func fromSlotWitness(w bindings.SlotWitness) fraudproof.SlotWitness {
	return fraudproof.SlotWitness{DType: w.Dtype, Rank: w.Rank, Dims: w.Dims, DataRoot: w.DataRoot, Siblings: fromHashes(w.Siblings)}
}

// CheckView compares the engine's Game with the contract's games(gameId)
// view, field by field for the fields the current phase defines, and names
// every difference. A player or watcher that replays a game through Apply
// calls it after each move: a difference means the engine and the contract
// disagree about the rules, which must never pass silently.
func CheckView(g fraudproof.Game, v bindings.IDisputeGameGameView) error {
	var diffs []error
	check := func(name string, got, want interface{}) {
		if got != want {
			diffs = append(diffs, fmt.Errorf("%s: chain %v, engine %v", name, got, want))
		}
	}
	check("phase", fraudproof.Phase(v.Phase), g.Phase)
	check("result id", v.ResultId.Uint64(), g.Commitment.ResultID)
	if g.Over() || g.Phase == fraudproof.PhaseNone {
		return errors.Join(diffs...)
	}
	check("executor to move", v.ExecutorToMove, g.Turn == fraudproof.Executor)
	check("a", v.A, g.A)
	check("b", v.B, g.B)
	check("agreed root", fraudproof.Hash(v.AgreedRoot), g.Agreed)
	// The contract keeps one root per side and reuses it as the game
	// descends (see fraudproof.Side): pick the one this phase shows.
	side := func(s fraudproof.Side, role fraudproof.Role) fraudproof.Hash {
		switch g.Phase {
		case fraudproof.PhaseStep, fraudproof.PhaseWriteFirst:
			return s.Root
		case fraudproof.PhaseWriteSecond:
			if g.Turn == role { // still to reveal
				return s.Root
			}
			return s.DataRoot
		}
		return s.Value
	}
	check("executor root", fraudproof.Hash(v.ExecutorRoot), side(g.Exec, fraudproof.Executor))
	check("challenger root", fraudproof.Hash(v.ChallengerRoot), side(g.Chal, fraudproof.Challenger))
	switch g.Phase {
	case fraudproof.PhaseStep:
		check("dissection hash", fraudproof.Hash(v.Hash), g.DissectionHash)
	case fraudproof.PhaseWriteFirst:
	default:
		check("record hash", fraudproof.Hash(v.Hash), g.RecordHash)
		check("out slot", v.OutSlot, g.OutSlot)
		check("slot count", uint32(v.NSlots), g.NSlots)
		check("out dtype", v.OutDtype, g.OutDType)
		check("out shape", fraudproof.Shape{Rank: v.OutRank, Dims: v.OutDims}, g.OutShape)
		check("chunk depth", v.Depth, g.ChunkDepth)
		check("chunk count", v.NChunks, g.NChunks)
		if g.Phase != fraudproof.PhaseWriteSecond {
			check("level", v.Level, g.Level)
			check("index", v.Index, g.Index)
		}
	}
	if len(diffs) > 0 {
		return fmt.Errorf("game %d: engine and contract disagree: %w", g.ID, errors.Join(diffs...))
	}
	return nil
}
