package fraudproof

import (
	"fmt"

	"github.com/crux-rollup/crux/compute"
)

// Hash is a keccak256 digest (bytes32 on L1).
type Hash = compute.Hash

// The Solidity interface (docs/dispute.md section 7) is mirrored field for
// field below, in the same order, so that abigen structs convert one to one.
// uint256 arguments are uint64 here: every index the game uses is far below
// 2^64, and a binding must reject larger values before they reach this
// package (the contract rejects them too, as out of range).

// OpProof proves op i (i is the game's interval start) against a program root
// (docs/compute.md section 3.3).
type OpProof struct {
	Record      []byte // the 64-byte op record
	Header      []byte // the 16-byte program header (nSlots, nOps)
	SlotsHash   Hash
	OutputsHash Hash
	Siblings    []Hash // ops tree, depth ceil(log2 nOps)
}

// SlotWitness is one slot of a state with its slot root's preimage.
type SlotWitness struct {
	DType    uint8
	Rank     uint8
	Dims     [4]uint32 // dims beyond Rank are 0
	DataRoot Hash
	Siblings []Hash // slot table tree, depth ceil(log2 nSlots)
}

// ChunkWitness is one chunk of a tensor under its data root.
type ChunkWitness struct {
	Index    uint64
	Data     []byte // 1024 bytes
	Siblings []Hash // chunk tree, depth ceil(log2 nChunks)
}

// InputWitness is operand k of an op (slot record.in_k) in S_i.
type InputWitness struct {
	Slot   SlotWitness
	Chunks []ChunkWitness // every chunk holding an element the op reads, ascending
}

// SlotProof is a slot root under a state root.
type SlotProof struct {
	Root     Hash
	Siblings []Hash
}

// Shape is a tensor shape as the contracts carry it: a rank and four dims,
// those beyond the rank 0 (the 16 bytes a slot root hashes).
type Shape struct {
	Rank uint8
	Dims [4]uint32
}

// ShapeOf converts a compute shape (which must have rank <= 4).
func ShapeOf(s compute.Shape) Shape {
	var sh Shape
	sh.Rank = uint8(len(s))
	for k, d := range s {
		sh.Dims[k] = uint32(d)
	}
	return sh
}

// tensorType checks a (dtype, shape) pair as CruxMerkle.tensorBytes does and
// converts it: a known dtype, rank <= 4, dims within the rank >= 1, dims beyond
// it 0, at most MaxSlotBytes bytes. Dims beyond the rank must be checked here:
// compute's slot root ignores them, the contract's hashes them.
func tensorType(dtype uint8, sh Shape) (compute.DType, compute.Shape, error) {
	dt := compute.DType(dtype)
	if !dt.Valid() {
		return 0, nil, fmt.Errorf("invalid dtype %d", dtype)
	}
	if sh.Rank > compute.MaxRank {
		return 0, nil, fmt.Errorf("rank %d exceeds %d", sh.Rank, compute.MaxRank)
	}
	s := make(compute.Shape, sh.Rank)
	for k, d := range sh.Dims {
		if k >= int(sh.Rank) {
			if d != 0 {
				return 0, nil, fmt.Errorf("dim %d beyond rank %d is %d, must be 0", k, sh.Rank, d)
			}
			continue
		}
		s[k] = int(d)
	}
	if err := s.Check(dt); err != nil {
		return 0, nil, err
	}
	return dt, s, nil
}

// Commitment is a result commitment as ResultRegistry stores it
// (docs/dispute.md section 1).
type Commitment struct {
	ResultID    uint64
	JobID       Hash
	ProgramRoot Hash
	InputRoot   Hash // S_0
	OutputRoot  Hash
	FinalState  Hash // S_n
	Steps       uint64
}

// Role is a side of a game.
type Role uint8

const (
	NoRole     Role = iota // nobody: no turn, no winner yet
	Executor               // E, who posted the commitment
	Challenger             // C, who opened the game
)

// Other returns the opponent of r (NoRole for NoRole).
func (r Role) Other() Role {
	switch r {
	case Executor:
		return Challenger
	case Challenger:
		return Executor
	}
	return NoRole
}

func (r Role) String() string {
	switch r {
	case Executor:
		return "executor"
	case Challenger:
		return "challenger"
	case NoRole:
		return "nobody"
	}
	return fmt.Sprintf("role(%d)", uint8(r))
}

// Move is one transaction to DisputeGame: one type per entry point, holding
// exactly its arguments. The set is closed; a type switch over it is
// exhaustive.
type Move interface {
	// Name is the contract function's name.
	Name() string
	isMove()
}

// Open is open(resultId, claim, dissection), sent by C with its bond.
type Open struct {
	ResultID   uint64
	Claim      Hash
	Dissection []Hash
}

// Bisect is bisect(gameId, theirs, t, mine, next).
type Bisect struct {
	GameID uint64
	Theirs []Hash
	T      uint64
	Mine   Hash
	Next   []Hash
}

// RevealWrite is revealWrite(gameId, op, out, dataRoot, desc).
type RevealWrite struct {
	GameID   uint64
	Op       OpProof
	Out      SlotWitness
	DataRoot Hash
	Desc     []Hash
}

// Descend is descend(gameId, j, theirs, theirSiblings, mine, mySiblings, next).
type Descend struct {
	GameID        uint64
	J             uint64
	Theirs        Hash
	TheirSiblings []Hash
	Mine          Hash
	MySiblings    []Hash
	Next          []Hash
}

// RevealChunk is revealChunk(gameId, chunk), sent by E.
type RevealChunk struct {
	GameID uint64
	Chunk  []byte
}

// ProveElement is proveElement(gameId, chunk, j, record, inputs), sent by C.
type ProveElement struct {
	GameID uint64
	Chunk  []byte
	J      uint64
	Record []byte
	Inputs []InputWitness
}

// ResolveLeaf is resolveLeaf(gameId), sent by anyone.
type ResolveLeaf struct {
	GameID uint64
}

// Timeout is timeout(gameId), sent by anyone once the side to move has used up
// its clock. The engine keeps no clocks: the host checks that before applying.
type Timeout struct {
	GameID uint64
}

// ProveStepCount is proveStepCount(resultId, header, slotsHash, outputsHash,
// opsRoot), a direct proof (docs/dispute.md section 2).
type ProveStepCount struct {
	ResultID    uint64
	Header      []byte
	SlotsHash   Hash
	OutputsHash Hash
	OpsRoot     Hash
}

// ProveOutputRoot is proveOutputRoot(resultId, header, slotsHash, outputs,
// opsRoot, slots), a direct proof (docs/dispute.md section 2).
type ProveOutputRoot struct {
	ResultID  uint64
	Header    []byte
	SlotsHash Hash
	Outputs   []byte // output slot indices, big-endian uint16 each
	OpsRoot   Hash
	Slots     []SlotProof
}

func (Open) Name() string            { return "open" }
func (Bisect) Name() string          { return "bisect" }
func (RevealWrite) Name() string     { return "revealWrite" }
func (Descend) Name() string         { return "descend" }
func (RevealChunk) Name() string     { return "revealChunk" }
func (ProveElement) Name() string    { return "proveElement" }
func (ResolveLeaf) Name() string     { return "resolveLeaf" }
func (Timeout) Name() string         { return "timeout" }
func (ProveStepCount) Name() string  { return "proveStepCount" }
func (ProveOutputRoot) Name() string { return "proveOutputRoot" }

func (Open) isMove()            {}
func (Bisect) isMove()          {}
func (RevealWrite) isMove()     {}
func (Descend) isMove()         {}
func (RevealChunk) isMove()     {}
func (ProveElement) isMove()    {}
func (ResolveLeaf) isMove()     {}
func (Timeout) isMove()         {}
func (ProveStepCount) isMove()  {}
func (ProveOutputRoot) isMove() {}
