package fraudproof

// The tests in this file hold the engine to the contracts themselves: they
// deploy the compiled l1contracts (the bytecode in l1contracts/bindings) in
// go-ethereum's EVM and check that every move, witness and direct proof the
// other tests throw at Apply, Element and the Verify functions is accepted or
// rejected alike, with the same revert, and leaves the same game state.

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/holiman/uint256"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/l1contracts/bindings"
)

// Deployment parameters, as in the forge fixture (l1contracts/test/utils).
var (
	ether       = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	evmBond     = new(big.Int).Div(ether, big.NewInt(2))
	evmClock    = uint64(6 * 3600)
	evmExecutor = common.HexToAddress("0xE1")
	evmChal     = common.HexToAddress("0xC1")
	evmStranger = common.HexToAddress("0x5757")
	evmOwner    = common.HexToAddress("0x0A")
)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

type artifact struct {
	abi  abi.ABI
	code []byte
}

// loadArtifact takes a contract's ABI and creation code from the committed
// bindings (make test checks they match a fresh forge build).
func loadArtifact(t testing.TB, name string) artifact {
	t.Helper()
	meta := map[string]*bind.MetaData{
		"ProviderRegistry": &bindings.ProviderRegistryMetaData,
		"ResultRegistry":   &bindings.ResultRegistryMetaData,
		"KernelVerifier":   &bindings.KernelVerifierMetaData,
		"DisputeGame":      &bindings.DisputeGameMetaData,
	}[name]
	if meta == nil {
		t.Fatalf("no binding for contract %s", name)
	}
	parsed, err := meta.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	return artifact{abi: *parsed, code: common.FromHex(meta.Bin)}
}

// evmChain is the crux contracts deployed in one in-memory EVM state.
type evmChain struct {
	t     testing.TB
	cfg   runtime.Config
	arts  map[string]artifact
	at    map[string]common.Address
	errs  map[[4]byte]abi.Error
	games int64
}

// evmRevert is a custom error a call reverted with.
type evmRevert struct {
	name string
	args []any
}

func (r *evmRevert) String() string {
	if r == nil {
		return "success"
	}
	return fmt.Sprintf("%s%v", r.name, r.args)
}

func newEVM(t testing.TB) *evmChain {
	t.Helper()
	c := &evmChain{t: t, arts: map[string]artifact{}, at: map[string]common.Address{}, errs: map[[4]byte]abi.Error{}}
	for _, n := range []string{"ProviderRegistry", "ResultRegistry", "KernelVerifier", "DisputeGame"} {
		c.arts[n] = loadArtifact(t, n)
		for _, e := range c.arts[n].abi.Errors {
			c.errs[[4]byte(e.ID[:4])] = e
		}
	}
	st, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	c.cfg = runtime.Config{State: st, Time: 1_700_000_000, GasLimit: 1 << 30}
	for _, a := range []common.Address{evmOwner, evmExecutor, evmChal, evmStranger} {
		st.AddBalance(a, uint256.MustFromBig(eth(1000)), tracing.BalanceChangeUnspecified)
	}
	window, unbonding := big.NewInt(86400), big.NewInt(2*86400)
	c.deploy("ProviderRegistry", eth(1), unbonding)
	c.deploy("ResultRegistry", c.at["ProviderRegistry"], window)
	c.deploy("KernelVerifier")
	c.deploy("DisputeGame", c.at["ResultRegistry"], c.at["ProviderRegistry"], c.at["KernelVerifier"],
		evmBond, eth(2), big.NewInt(5000), new(big.Int).SetUint64(evmClock))
	c.mustSend(evmOwner, nil, "ProviderRegistry", "setDisputeGame", c.at["DisputeGame"])
	c.mustSend(evmOwner, nil, "ResultRegistry", "setDisputeGame", c.at["DisputeGame"])
	return c
}

func (c *evmChain) deploy(name string, args ...any) {
	c.t.Helper()
	a := c.arts[name]
	in, err := a.abi.Pack("", args...)
	if err != nil {
		c.t.Fatal(err)
	}
	cfg := c.cfg
	cfg.Origin = evmOwner
	_, addr, _, err := runtime.Create(append(slices.Clone(a.code), in...), &cfg)
	if err != nil {
		c.t.Fatalf("deploying %s: %v", name, err)
	}
	c.at[name] = addr
}

// send calls contract.method from `from` with value; it returns the outputs,
// or the custom error it reverted with. Any other failure fails the test.
func (c *evmChain) send(from common.Address, value *big.Int, contract, method string, args ...any) ([]any, *evmRevert) {
	c.t.Helper()
	a := c.arts[contract]
	in, err := a.abi.Pack(method, args...)
	if err != nil {
		c.t.Fatalf("packing %s.%s: %v", contract, method, err)
	}
	cfg := c.cfg
	cfg.Origin, cfg.Value = from, value
	ret, _, err := runtime.Call(c.at[contract], in, &cfg)
	if errors.Is(err, vm.ErrExecutionReverted) {
		if len(ret) < 4 {
			c.t.Fatalf("%s.%s reverted without an error", contract, method)
		}
		e, ok := c.errs[[4]byte(ret[:4])]
		if !ok {
			c.t.Fatalf("%s.%s reverted with unknown data %x", contract, method, ret)
		}
		vals, err := e.Inputs.Unpack(ret[4:])
		if err != nil {
			c.t.Fatal(err)
		}
		return nil, &evmRevert{name: e.Name, args: vals}
	}
	if err != nil {
		c.t.Fatalf("%s.%s failed: %v", contract, method, err)
	}
	out, err := a.abi.Methods[method].Outputs.Unpack(ret)
	if err != nil {
		c.t.Fatal(err)
	}
	return out, nil
}

func (c *evmChain) mustSend(from common.Address, value *big.Int, contract, method string, args ...any) []any {
	c.t.Helper()
	out, rev := c.send(from, value, contract, method, args...)
	if rev != nil {
		c.t.Fatalf("%s.%s reverted: %s", contract, method, rev)
	}
	return out
}

// post bonds the executor and posts commitment com; it returns the result id.
func (c *evmChain) post(com Commitment) *big.Int {
	c.t.Helper()
	c.mustSend(evmExecutor, eth(3), "ProviderRegistry", "bond")
	out := c.mustSend(evmExecutor, nil, "ResultRegistry", "postResult", [32]byte(com.JobID), [32]byte(com.ProgramRoot),
		[32]byte(com.InputRoot), [32]byte(com.OutputRoot), [32]byte(com.FinalState), com.Steps)
	return out[0].(*big.Int)
}

// ABI forms of the witness structs: the abi package matches tuple
// components to fields by name.
type (
	abiOpProof struct {
		Record      []byte
		Header      []byte
		SlotsHash   [32]byte
		OutputsHash [32]byte
		Siblings    [][32]byte
	}
	abiSlotWitness struct {
		Dtype    uint8
		Rank     uint8
		Dims     [4]uint32
		DataRoot [32]byte
		Siblings [][32]byte
	}
	abiChunkWitness struct {
		Index    *big.Int
		Data     []byte
		Siblings [][32]byte
	}
	abiInputWitness struct {
		Slot   abiSlotWitness
		Chunks []abiChunkWitness
	}
	abiSlotProof struct {
		Root     [32]byte
		Siblings [][32]byte
	}
)

func hashes(hs []Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for k, h := range hs {
		out[k] = h
	}
	return out
}

func bigU(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

func abiSlot(w SlotWitness) abiSlotWitness {
	return abiSlotWitness{w.DType, w.Rank, w.Dims, w.DataRoot, hashes(w.Siblings)}
}

func abiInputs(in []InputWitness) []abiInputWitness {
	out := make([]abiInputWitness, len(in))
	for k, w := range in {
		out[k].Slot = abiSlot(w.Slot)
		out[k].Chunks = make([]abiChunkWitness, len(w.Chunks))
		for n, ch := range w.Chunks {
			out[k].Chunks[n] = abiChunkWitness{bigU(ch.Index), ch.Data, hashes(ch.Siblings)}
		}
	}
	return out
}

// call is the contract call of move m in game gameID against result resultID.
func moveCall(m Move, gameID, resultID *big.Int) (method string, value *big.Int, args []any) {
	switch m := m.(type) {
	case Open:
		return "open", evmBond, []any{resultID, [32]byte(m.Claim), hashes(m.Dissection)}
	case Bisect:
		return "bisect", nil, []any{gameID, hashes(m.Theirs), bigU(m.T), [32]byte(m.Mine), hashes(m.Next)}
	case RevealWrite:
		op := abiOpProof{m.Op.Record, m.Op.Header, m.Op.SlotsHash, m.Op.OutputsHash, hashes(m.Op.Siblings)}
		if op.Record == nil {
			op.Record = []byte{}
		}
		return "revealWrite", nil, []any{gameID, op, abiSlot(m.Out), [32]byte(m.DataRoot), hashes(m.Desc)}
	case Descend:
		return "descend", nil, []any{gameID, bigU(m.J), [32]byte(m.Theirs), hashes(m.TheirSiblings), [32]byte(m.Mine), hashes(m.MySiblings), hashes(m.Next)}
	case RevealChunk:
		return "revealChunk", nil, []any{gameID, m.Chunk}
	case ProveElement:
		return "proveElement", nil, []any{gameID, m.Chunk, bigU(m.J), m.Record, abiInputs(m.Inputs)}
	case ResolveLeaf:
		return "resolveLeaf", nil, []any{gameID}
	case Timeout:
		return "timeout", nil, []any{gameID}
	case ProveStepCount:
		return "proveStepCount", nil, []any{resultID, m.Header, [32]byte(m.SlotsHash), [32]byte(m.OutputsHash), [32]byte(m.OpsRoot)}
	case ProveOutputRoot:
		slots := make([]abiSlotProof, len(m.Slots))
		for k, s := range m.Slots {
			slots[k] = abiSlotProof{s.Root, hashes(s.Siblings)}
		}
		return "proveOutputRoot", nil, []any{resultID, m.Header, [32]byte(m.SlotsHash), m.Outputs, [32]byte(m.OpsRoot), slots}
	}
	panic(fmt.Sprintf("no call for %T", m))
}

func roleAddr(r Role) common.Address {
	switch r {
	case Executor:
		return evmExecutor
	case Challenger:
		return evmChal
	}
	return evmStranger
}

// revertsFor lists the custom errors each engine error stands for, most
// specific first (Element's errors arrive inside ErrBadElement).
var revertsFor = []struct {
	err   error
	names []string
}{
	{ErrBadRecord, []string{"BadLength", "NonCanonicalOp"}},
	{ErrUnknownOpcode, []string{"UnknownOpcode"}},
	{ErrInputCount, []string{"WrongInputCount"}},
	{ErrBadOutType, []string{"BadOutputType"}},
	{ErrBadSlotWitness, []string{"BadSlotWitness"}},
	{ErrOpType, []string{"BadOperandType", "OutputTypeMismatch", "BadRequantParams", "BadPerm", "BadSliceStart", "BadConcat", "BadShape"}},
	{ErrBadChunks, []string{"BadChunkCount", "BadChunkWitness"}},
	{ErrUnknownGame, []string{"UnknownGame"}},
	{ErrWrongPhase, []string{"WrongPhase"}},
	{ErrNotYourTurn, []string{"NotYourTurn"}},
	{ErrNoDispute, []string{"ClaimMatchesFinalState"}},
	{ErrBadLength, []string{"BadDissectionLength"}},
	{ErrBadDissection, []string{"DissectionMismatch"}},
	{ErrBadIndex, []string{"BadIndex"}},
	{ErrSameValue, []string{"RootsAgree", "ValuesAgree"}},
	{ErrBadHeader, []string{"BadHeader"}},
	{ErrBadOpProof, []string{"BadOpProof"}},
	{ErrBadOutWitness, []string{"BadOutSlotWitness"}},
	{ErrBadWrite, []string{"StateMismatch"}},
	{ErrBadDescendants, []string{"BadDescendants"}},
	{ErrBadSiblings, []string{"BadSiblings"}},
	{ErrBadTheirProof, []string{"BadTheirProof"}},
	{ErrBadMyProof, []string{"BadMyProof"}},
	{ErrLeafBeyond, []string{"LeafBeyondTensor"}},
	{ErrLeafInside, []string{"LeafWithinTensor"}},
	{ErrBadChunk, []string{"ChunkMismatch", "BadLength"}},
	{ErrRecordMismatch, []string{"RecordMismatch"}},
	{ErrBadProgram, []string{"ProgramRootMismatch"}},
	{ErrBadOutputs, []string{"BadOutputs"}},
	{ErrBadSlotProof, []string{"BadSlotProof"}},
	{ErrStepsMatch, []string{"StepCountMatches"}},
	{ErrOutputRootOK, []string{"OutputRootMatches"}},
}

// sameOutcome checks an engine result against a contract call's.
func sameOutcome(t testing.TB, what string, goErr error, rev *evmRevert) {
	t.Helper()
	switch {
	case goErr == nil && rev == nil:
		return
	case goErr == nil:
		t.Fatalf("%s: the engine accepts, the contract reverts %s", what, rev)
	case rev == nil:
		t.Fatalf("%s: the contract accepts, the engine rejects: %v", what, goErr)
	}
	for _, rf := range revertsFor {
		if !errors.Is(goErr, rf.err) {
			continue
		}
		if !slices.Contains(rf.names, rev.name) {
			t.Fatalf("%s: engine error %v, contract reverts %s", what, goErr, rev)
		}
		// A witness error names the operand the verifier names.
		var we *WitnessError
		if errors.As(goErr, &we) && len(rev.args) > 0 {
			if k, ok := rev.args[0].(*big.Int); ok && k.Cmp(big.NewInt(int64(we.Input))) != 0 {
				t.Fatalf("%s: engine error names operand %d, contract reverts %s", what, we.Input, rev)
			}
		}
		return
	}
	t.Fatalf("%s: engine error %v has no contract twin (contract: %s)", what, goErr, rev)
}

// checkView compares the contract's GameView with the engine's Game.
func (c *evmChain) checkView(what string, gameID *big.Int, g Game) {
	c.t.Helper()
	out := c.mustSend(evmStranger, nil, "DisputeGame", "games", gameID)
	v := reflect.ValueOf(out[0])
	f := func(name string) any { return v.FieldByName(name).Interface() }
	root := func(s Side, revealed bool) Hash {
		switch {
		case g.Phase == PhaseStep || g.Phase == PhaseWriteFirst || (g.Phase == PhaseWriteSecond && !revealed):
			return s.Root
		case g.Phase == PhaseWriteSecond:
			return s.DataRoot
		}
		return s.Value
	}
	hash := g.DissectionHash
	if g.Phase != PhaseStep && g.Phase != PhaseWriteFirst {
		hash = g.RecordHash
	}
	type pair struct {
		name      string
		got, want any
	}
	checks := []pair{{"phase", f("Phase"), uint8(g.Phase)}}
	if !g.Over() {
		checks = append(checks,
			pair{"executorToMove", f("ExecutorToMove"), g.Turn == Executor},
			pair{"a", f("A"), g.A}, pair{"b", f("B"), g.B},
			pair{"agreedRoot", f("AgreedRoot"), [32]byte(g.Agreed)},
			pair{"executorRoot", f("ExecutorRoot"), [32]byte(root(g.Exec, g.Exec.DataRoot != Hash{}))},
			pair{"challengerRoot", f("ChallengerRoot"), [32]byte(root(g.Chal, g.Chal.DataRoot != Hash{}))},
			pair{"hash", f("Hash"), [32]byte(hash)},
			pair{"level", f("Level"), g.Level}, pair{"depth", f("Depth"), g.ChunkDepth},
			pair{"index", f("Index"), g.Index}, pair{"nChunks", f("NChunks"), g.NChunks},
			pair{"outSlot", f("OutSlot"), g.OutSlot}, pair{"nSlots", f("NSlots"), uint16(g.NSlots)},
			pair{"outDtype", f("OutDtype"), g.OutDType}, pair{"outRank", f("OutRank"), g.OutShape.Rank},
			pair{"outDims", f("OutDims"), g.OutShape.Dims},
		)
	}
	for _, p := range checks {
		if !reflect.DeepEqual(p.got, p.want) {
			c.t.Fatalf("%s: GameView.%s is %v, the engine's %v", what, p.name, p.got, p.want)
		}
	}
}

// replay plays a refereed game on the contract: at every position each
// rejected variant of the move (mutations, wrong senders, moves of other
// phases) must revert as Apply rejects it, and the move itself must pass and
// leave the game as Apply does.
func (c *evmChain) replay(res outcome) int {
	c.t.Helper()
	com := res.history[0].before.Commitment
	com.JobID = Hash{1}
	resultID := c.post(com)
	c.games++
	gameID := big.NewInt(c.games)
	tries := 0
	// try sends a variant of a move and undoes it: it must revert as Apply
	// rejects it, or pass and leave the game as Apply does.
	try := func(g Game, b badMove) {
		c.t.Helper()
		what := fmt.Sprintf("%s (%s) in the %s phase", b.m.Name(), b.name, g.Phase)
		goErr := g.Apply(b.sender, b.m)
		if errors.Is(goErr, ErrWrongGame) {
			return // ids are the chain's, not the move's
		}
		saved := c.cfg.State
		if goErr == nil {
			c.cfg.State = saved.Copy() // a reverted call changes nothing; a passing one is undone
		}
		method, value, args := moveCall(b.m, gameID, resultID)
		_, rev := c.send(roleAddr(b.sender), value, "DisputeGame", method, args...)
		sameOutcome(c.t, what, goErr, rev)
		if goErr == nil {
			c.checkView(what, gameID, g)
		}
		c.cfg.State = saved
		tries++
	}
	for _, st := range res.history {
		g := st.before
		for _, b := range mutations(g, st.sender, st.move) {
			try(g, b)
		}
		for _, x := range equivalents(g, st.move) {
			try(g, badMove{"ignored field changed", st.sender, x, nil})
		}
		if g.Phase != PhaseNone {
			switch st.move.(type) {
			case ResolveLeaf, Timeout:
			default:
				try(g, badMove{"wrong sender", st.sender.Other(), st.move, nil})
				try(g, badMove{"third party", NoRole, st.move, nil})
			}
			for _, tm := range templates(g.ID) {
				try(g, badMove{"template", g.Turn, tm.m, nil})
			}
			if _, ok := st.move.(Timeout); !ok {
				// The engine keeps no clocks: where it would accept a
				// timeout, the contract must refuse it only for the clock.
				tm := g
				goErr := tm.Apply(NoRole, Timeout{g.ID})
				_, rev := c.send(evmStranger, nil, "DisputeGame", "timeout", gameID)
				if goErr == nil && (rev == nil || rev.name != "ClockRunning") {
					c.t.Fatalf("timeout in the %s phase: %s, want ClockRunning", g.Phase, rev)
				} else if goErr != nil {
					sameOutcome(c.t, "timeout in the "+g.Phase.String()+" phase", goErr, rev)
				}
			}
		}
		if _, ok := st.move.(Timeout); ok {
			c.cfg.Time += evmClock
		}
		method, value, args := moveCall(st.move, gameID, resultID)
		if _, rev := c.send(roleAddr(st.sender), value, "DisputeGame", method, args...); rev != nil {
			c.t.Fatalf("legal %s in the %s phase reverted: %s", st.move.Name(), g.Phase, rev)
		}
		after := g
		if err := after.Apply(st.sender, st.move); err != nil {
			c.t.Fatal(err)
		}
		c.checkView(st.move.Name(), gameID, after)
	}
	return tries
}

// TestEVMGames replays refereed games on the contracts: every lie in both
// roles on one program, and random games with random strategies.
func TestEVMGames(t *testing.T) {
	t.Parallel()
	c := newEVM(t)
	var games []outcome
	p, inputs := computetest.RandomProgram(104, 16)
	h := run(t, p, inputs, nil)
	for ci, lc := range lies() {
		liar, ok := lc.make(t, rand.New(rand.NewPCG(104, uint64(ci))), h)
		if !ok {
			t.Fatalf("%s not applicable", lc.name)
		}
		games = append(games, play(t, commit(t, liar), liar, FromTrace(h)), play(t, commit(t, FromTrace(h)), FromTrace(h), liar))
	}
	rounds := 24
	if testing.Short() {
		rounds = 6
	}
	all := lies()
	for round := range rounds {
		seed := uint64(5000 + round)
		r := rand.New(rand.NewPCG(seed, 1))
		p, inputs := computetest.RandomProgram(seed, 1+r.IntN(40))
		h := run(t, p, inputs, nil)
		liar, ok := all[round%len(all)].make(t, r, h)
		if !ok {
			continue
		}
		who := Role(1 + r.IntN(2))
		var strategy func(Game, Role, Move) Move
		if r.IntN(2) == 0 {
			strategy = randomStrategy(t, r, liar, who)
		}
		if who == Executor {
			games = append(games, playWith(t, commit(t, liar), liar, FromTrace(h), strategy))
		} else {
			games = append(games, playWith(t, commit(t, FromTrace(h)), FromTrace(h), liar, strategy))
		}
	}
	tries := 0
	for _, res := range games {
		tries += c.replay(res)
	}
	t.Logf("%d games, %d variants of their moves compared", len(games), tries)
}

// TestEVMElement compares Element with KernelVerifier.element on honest
// witnesses, every tamper of TestElementRejectsTampering and random
// mutations: the same value, or a revert of the same kind.
func TestEVMElement(t *testing.T) {
	t.Parallel()
	c := newEVM(t)
	r := rand.New(rand.NewPCG(77, 1))
	compared := 0
	check := func(what string, ec elementCase) {
		t.Helper()
		got, goErr := ec.call()
		dims := ec.OutShape.Dims
		out, rev := c.send(evmStranger, nil, "KernelVerifier", "element", [32]byte(ec.StateRoot), bigU(ec.NSlots), ec.Record,
			ec.OutDType, ec.OutShape.Rank, dims, bigU(ec.E), abiInputs(ec.Inputs))
		sameOutcome(t, what, goErr, rev)
		if goErr == nil && out[0].(*big.Int).Cmp(big.NewInt(got)) != 0 {
			t.Fatalf("%s: Element = %d, KernelVerifier = %s", what, got, out[0])
		}
		compared++
	}
	rounds := 3
	if testing.Short() {
		rounds = 1
	}
	for seed := uint64(1); seed <= uint64(rounds); seed++ {
		p, inputs := computetest.RandomProgram(300+seed, 30)
		tr := FromTrace(run(t, p, inputs, nil))
		for i, op := range p.Ops {
			for _, e := range sampleElements(r, p.Slots[op.Out].Shape.Elems(), 2) {
				base := newElementCase(t, tr, i, e)
				check(fmt.Sprintf("op %d (%s) element %d", i, op.Code, e), base)
				for _, tm := range tampers(base) {
					ec := clone(base)
					tm.f(&ec)
					check(fmt.Sprintf("op %d (%s) element %d, %s", i, op.Code, e, tm.name), ec)
				}
				for range 8 {
					ec := clone(base)
					ec.SlotRoots, ec.Op = nil, compute.Op{}
					script := make([]byte, 3*(1+r.IntN(3)))
					for k := range script {
						script[k] = byte(r.Uint32())
					}
					mutate(reflect.ValueOf(&ec).Elem(), script)
					check(fmt.Sprintf("op %d (%s) element %d, mutation %x", i, op.Code, e, script), ec)
				}
			}
		}
	}
	t.Logf("%d calls compared", compared)
}

// TestEVMDirectProofs compares the direct proofs and their tampers with
// proveStepCount and proveOutputRoot.
func TestEVMDirectProofs(t *testing.T) {
	t.Parallel()
	c := newEVM(t)
	p, inputs := computetest.RandomProgram(300, 20)
	tr := FromTrace(run(t, p, inputs, nil))
	honest := commit(t, tr)
	honest.JobID = Hash{2}

	steps := honest
	steps.Steps++
	sp, _, err := StepCountProof(steps, p)
	if err != nil {
		t.Fatal(err)
	}
	outRoot := honest
	outRoot.OutputRoot[0] ^= 1
	op, _, err := OutputRootProof(outRoot, tr)
	if err != nil {
		t.Fatal(err)
	}
	cases := append(stepCountCases(steps, sp), outputRootCases(outRoot, op, uint32(len(p.Slots)))...)
	for _, com := range []Commitment{honest, steps, outRoot} {
		cases = append(cases, directCase{"against another commitment", com, sp, nil}, directCase{"against another commitment", com, op, nil})
	}
	r := rand.New(rand.NewPCG(9, 9))
	for range 150 {
		m := []Move{sp, op}[r.IntN(2)]
		mv := reflect.New(reflect.TypeOf(m)).Elem()
		mv.Set(deepCopy(reflect.ValueOf(m)))
		script := make([]byte, 3*(1+r.IntN(2)))
		for k := range script {
			script[k] = byte(r.Uint32())
		}
		mutate(mv, script)
		cases = append(cases, directCase{fmt.Sprintf("mutation %x", script), []Commitment{steps, outRoot}[r.IntN(2)], mv.Interface().(Move), nil})
	}
	compared := 0
	for _, dc := range cases {
		goErr := VerifyDirectProof(dc.c, dc.m)
		if errors.Is(goErr, ErrWrongGame) {
			continue // the chain's result ids are its own
		}
		// A fresh result per proof: a valid proof rejects it.
		rid := c.post(dc.c)
		method, _, args := moveCall(dc.m, nil, rid)
		_, rev := c.send(evmChal, nil, "DisputeGame", method, args...)
		sameOutcome(t, fmt.Sprintf("%s %s", dc.m.Name(), dc.name), goErr, rev)
		compared++
	}
	t.Logf("%d direct proofs compared", compared)
}
