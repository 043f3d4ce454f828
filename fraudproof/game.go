package fraudproof

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

// Phase is the stage a game is in: IDisputeGame.Phase, value for value, so a
// GameView's phase converts directly.
type Phase uint8

const (
	PhaseNone            Phase = iota // created by NewGame, waiting for Open
	PhaseStep                         // 3.1: bisect the steps
	PhaseWriteFirst                   // 3.2: the side to move reveals its write first
	PhaseWriteSecond                  // 3.2: the other side reveals
	PhaseChunk                        // 3.3: descend the chunk tree of slot out
	PhaseElement                      // 3.4: E reveals chunk c (or resolveLeaf beyond the tensor)
	PhaseElementRevealed              // 3.4: C proves one element of it
	PhaseExecutorWon
	PhaseChallengerWon
)

func (p Phase) String() string {
	names := [...]string{"none", "step", "write-first", "write-second", "chunk", "element", "element-revealed", "executor-won", "challenger-won"}
	if int(p) < len(names) {
		return names[p]
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// Errors of Apply, each with the DisputeGame revert it stands for in its
// comment; each move's apply function lists its checks in the contract's
// order. Reverts of the ResultRegistry (UnknownResult, NotPending,
// WindowClosed), the bond (WrongBond) and the clocks (ClockExpired,
// ClockRunning) depend on chain state the engine does not keep: the host
// checks them.
var (
	ErrWrongGame      = errors.New("move names another game or result")                            // no twin: the engine holds one game and its commitment
	ErrUnknownGame    = errors.New("game not opened")                                              // UnknownGame
	ErrNotGameMove    = errors.New("direct proofs are not game moves")                             // see VerifyStepCountProof, VerifyOutputRootProof
	ErrWrongPhase     = errors.New("move not allowed in this phase")                               // WrongPhase
	ErrGameOver       = fmt.Errorf("game is over: %w", ErrWrongPhase)                              // WrongPhase, once resolved
	ErrNotYourTurn    = errors.New("not the sender's turn")                                        // NotYourTurn
	ErrBadSteps       = errors.New("commitment's step count is not in [1, MaxOps]")                // BadSteps (ResultRegistry refuses such commitments)
	ErrNoDispute      = errors.New("claim equals the commitment's final state")                    // ClaimMatchesFinalState
	ErrBadLength      = errors.New("dissection has the wrong number of roots")                     // BadDissectionLength
	ErrBadDissection  = errors.New("theirs does not hash to the stored dissection")                // DissectionMismatch
	ErrBadIndex       = errors.New("index out of range")                                           // BadIndex (t, j)
	ErrSameValue      = errors.New("both sides' values agree")                                     // RootsAgree, ValuesAgree
	ErrBadHeader      = errors.New("program header is not 16 bytes")                               // BadHeader
	ErrBadOpProof     = errors.New("bad op proof")                                                 // BadOpProof
	ErrBadOutWitness  = errors.New("bad S_i witness of the output slot")                           // BadOutSlotWitness
	ErrBadWrite       = errors.New("mover's S_{i+1} is not S_i with only slot out replaced")       // StateMismatch
	ErrBadDescendants = errors.New("descendants have the wrong count or do not hash to the value") // BadDescendants
	ErrBadSiblings    = errors.New("sibling list does not have m entries")                         // BadSiblings
	ErrBadTheirProof  = errors.New("opponent's child does not hash to its node value")             // BadTheirProof
	ErrBadMyProof     = errors.New("mover's child does not hash to its node value")                // BadMyProof
	ErrLeafBeyond     = errors.New("chunk lies beyond the tensor: resolveLeaf decides")            // LeafBeyondTensor
	ErrLeafInside     = errors.New("chunk lies inside the tensor")                                 // LeafWithinTensor
	ErrBadChunk       = errors.New("chunk does not hash to the executor's leaf")                   // ChunkMismatch, BadLength
	ErrRecordMismatch = errors.New("record differs from the one of the write phase")               // RecordMismatch
	ErrBadElement     = errors.New("element witness rejected")                                     // a KernelVerifier revert (wraps Element's error)
)

// Side is what a game knows of one side. DisputeGame keeps one root per side
// (executorRoot, challengerRoot in GameView) and reuses it: the root at b in
// the step and write phases until the side reveals, then its data root, then
// its value at the current node. Side keeps the three apart.
type Side struct {
	Root     Hash // the side's root at b: X_b for E, Y_b for C
	DataRoot Hash // its new data root of slot out, once it has revealed
	Value    Hash // its value at the current chunk node (leaf c in the element phase)
	// Desc are its descendants of the current node, from its last
	// WriteRevealed or Descended event (the contract stores none).
	Desc []Hash
}

// Game is the state DisputeGame.sol keeps for one game, plus the values its
// events carried that a player needs to answer (the last dissection, the
// published descendants, the revealed chunk). Apply mirrors every check of the
// contract's entry points, in the contract's order, except clocks and money,
// which the host and the contract handle.
//
// The contract's GameView maps onto it as: phase Phase; executorToMove
// Turn == Executor; a, b A, B; agreedRoot Agreed; executorRoot and
// challengerRoot the side's Root until it reveals its write, then its
// DataRoot, and its Value from the chunk phase on; hash DissectionHash until
// the first reveal, RecordHash after; level, depth, index, nChunks Level,
// ChunkDepth, Index, NChunks; outDtype, outRank, outDims OutDType, OutShape;
// nSlots, outSlot NSlots, OutSlot.
//
// A Game is a value: Apply never modifies a slice it holds in place, so a
// copy of a Game is an independent snapshot (the solver dry-runs moves on one).
type Game struct {
	ID         uint64
	Commitment Commitment

	Phase  Phase
	Turn   Role   // the side to move; NoRole before Open and once over
	Reason string // why the game ended (GameResolved's reason)

	// Step phase: the interval [A, B], the agreed root R_A, and the last
	// mover's dissection of it (its hash as stored, and the roots from the
	// event). From the write phase on, A is the disputed op i, B = i+1 and
	// Agreed is S_i.
	A, B           uint64
	Agreed         Hash
	DissectionHash Hash
	Dissection     []Hash

	Exec, Chal Side

	// Write phase on: keccak256 of op i's record, the header's slot count, the
	// op's output slot and that slot's type in S_i, and its chunk tree's
	// geometry.
	RecordHash Hash
	NSlots     uint32
	OutSlot    uint16
	OutDType   uint8
	OutShape   Shape
	ChunkDepth uint8
	NChunks    uint64

	// Chunk phase: the current node (level 0 is the data root). In the
	// element phase Index is the chunk index c.
	Level uint8
	Index uint64

	// E's revealed chunk (PhaseElementRevealed; from the ChunkRevealed event).
	Chunk []byte
}

// Over reports whether the game has ended.
func (g Game) Over() bool { return g.Phase == PhaseExecutorWon || g.Phase == PhaseChallengerWon }

// Winner is the side that won, NoRole while the game runs.
func (g Game) Winner() Role {
	switch g.Phase {
	case PhaseExecutorWon:
		return Executor
	case PhaseChallengerWon:
		return Challenger
	}
	return NoRole
}

// NewGame returns game id against commitment c, waiting for Open (the
// contract's game before open: PhaseNone).
func NewGame(id uint64, c Commitment) Game {
	return Game{ID: id, Commitment: c}
}

// side returns the state of side r (r must be Executor or Challenger).
func (g *Game) side(r Role) *Side {
	if r == Executor {
		return &g.Exec
	}
	return &g.Chal
}

// Side returns a copy of what the game keeps of r.
func (g Game) Side(r Role) Side { return *g.side(r) }

// ElemSize is the byte size of one element of slot out (0 before the write
// phase is done).
func (g Game) ElemSize() int { return compute.DType(g.OutDType).Size() }

// Apply applies move m sent by sender, as the contract would: sender is the
// side msg.sender is in this game (NoRole for a third party, who may send
// resolveLeaf and timeout). Open is accepted from any sender, as on chain:
// whoever opens is the game's challenger. On error the game is unchanged, as
// a reverted transaction leaves the contract.
//
// The engine keeps no clocks: before a turn-based move the host checks that
// the mover's clock has time left (else the contract reverts ClockExpired),
// and before a Timeout that the side to move has used it up (else
// ClockRunning).
func (g *Game) Apply(sender Role, m Move) error {
	if m == nil {
		return errors.New("nil move")
	}
	next := *g
	var err error
	switch m := m.(type) {
	case Open:
		err = next.open(m)
	case Bisect:
		err = next.bisect(sender, m)
	case RevealWrite:
		err = next.revealWrite(sender, m)
	case Descend:
		err = next.descend(sender, m)
	case RevealChunk:
		err = next.revealChunk(sender, m)
	case ProveElement:
		err = next.proveElement(sender, m)
	case ResolveLeaf:
		err = next.resolveLeaf(m)
	case Timeout:
		err = next.timeout(m)
	case ProveStepCount, ProveOutputRoot:
		err = ErrNotGameMove
	default:
		err = fmt.Errorf("unknown move type %T", m)
	}
	if err != nil {
		return fmt.Errorf("%s by %s in game %d: %w", m.Name(), sender, g.ID, err)
	}
	*g = next
	return nil
}

// live checks what every move after Open checks first: the game id (the
// contract looks the game up by it), then _requirePhase (UnknownGame before
// open, WrongPhase otherwise), then for turn-based moves _checkMover.
func (g *Game) live(id uint64, sender Role, turnBased bool, phases ...Phase) error {
	if id != g.ID {
		return fmt.Errorf("%w: game %d, this is game %d", ErrWrongGame, id, g.ID)
	}
	if g.Phase == PhaseNone {
		return ErrUnknownGame
	}
	if !slices.Contains(phases, g.Phase) {
		if g.Over() {
			return ErrGameOver
		}
		return fmt.Errorf("%w: game is in the %s phase, the move belongs to %v", ErrWrongPhase, g.Phase, phases)
	}
	if turnBased && sender != g.Turn {
		return fmt.Errorf("%w: %s to move", ErrNotYourTurn, g.Turn)
	}
	return nil
}

// end resolves the game with GameResolved's reason.
func (g *Game) end(winner Role, reason string) {
	g.Phase, g.Turn, g.Reason = PhaseExecutorWon, NoRole, reason
	if winner == Challenger {
		g.Phase = PhaseChallengerWon
	}
}

// open: [a, b] = [0, n], R_a = inputRoot, X_b = finalState, Y_b = claim,
// D = C's dissection; E to move (in the write phase at once when n = 1).
// Anyone may open, even the executor's own address: the opener is the
// challenger of the game it opens. Checks: 1 the game is new (on chain, open
// makes a new game id), 2 the result id (the contract looks the commitment
// up), 3 1 <= n <= MaxOps (ResultRegistry refuses other commitments), 4 claim
// != finalState, 5 the dissection has P-1 roots.
func (g *Game) open(m Open) error {
	if g.Phase != PhaseNone {
		return fmt.Errorf("%w: game already opened", ErrWrongPhase)
	}
	c := g.Commitment
	if m.ResultID != c.ResultID {
		return fmt.Errorf("%w: result %d, game is against result %d", ErrWrongGame, m.ResultID, c.ResultID)
	}
	if c.Steps == 0 || c.Steps > compute.MaxOps {
		return fmt.Errorf("%w: %d", ErrBadSteps, c.Steps)
	}
	if m.Claim == c.FinalState {
		return ErrNoDispute
	}
	if want := dissectionLen(c.Steps); len(m.Dissection) != want {
		return fmt.Errorf("%w: dissection of [0,%d] has %d roots, want %d", ErrBadLength, c.Steps, len(m.Dissection), want)
	}
	g.A, g.B, g.Agreed = 0, c.Steps, c.InputRoot
	g.Exec.Root, g.Chal.Root = c.FinalState, m.Claim
	g.Turn = Executor
	if c.Steps == 1 {
		g.Phase = PhaseWriteFirst
	} else {
		g.Phase = PhaseStep
		g.setDissection(m.Dissection)
	}
	return nil
}

func (g *Game) setDissection(d []Hash) {
	g.DissectionHash = dissectionHash(d)
	g.Dissection = slices.Clone(d)
}

// bisect: the mover P picks sub-interval t of the opponent Q's dissection.
// Checks: 1 game, phase, turn, 2 theirs has P-1 roots, 3 and hashes to the
// stored D, 4 1 <= t <= P, 5 next has the new interval's length, 6 for t < P,
// theirs[t-1] != mine (for t = P both roots at b are the stored ones, which
// differ since open, and mine is ignored).
func (g *Game) bisect(sender Role, m Bisect) error {
	if err := g.live(m.GameID, sender, true, PhaseStep); err != nil {
		return err
	}
	pts := Points(g.A, g.B)
	if len(pts) < 3 { // unreachable: an interval of length 1 is in the write phase
		return fmt.Errorf("%w: [%d,%d] has no dissection", ErrWrongPhase, g.A, g.B)
	}
	p := uint64(len(pts) - 1)
	if len(m.Theirs) != int(p)-1 {
		return fmt.Errorf("%w: theirs has %d roots, want %d", ErrBadLength, len(m.Theirs), p-1)
	}
	if dissectionHash(m.Theirs) != g.DissectionHash {
		return ErrBadDissection
	}
	if m.T < 1 || m.T > p {
		return fmt.Errorf("%w: t = %d, want 1..%d", ErrBadIndex, m.T, p)
	}
	a, b := pts[m.T-1], pts[m.T]
	if want := dissectionLen(b - a); len(m.Next) != want {
		return fmt.Errorf("%w: next dissects [%d,%d] with %d roots, want %d", ErrBadLength, a, b, len(m.Next), want)
	}
	mover, opp := g.side(sender), g.side(sender.Other())
	if m.T < p {
		if m.Theirs[m.T-1] == m.Mine {
			return fmt.Errorf("%w: both roots at step %d are %s", ErrSameValue, b, m.Mine)
		}
		mover.Root, opp.Root = m.Mine, m.Theirs[m.T-1]
	}
	if m.T > 1 {
		g.Agreed = m.Theirs[m.T-2]
	}
	g.A, g.B = a, b
	g.Turn = sender.Other()
	if b-a > 1 {
		g.setDissection(m.Next)
	} else {
		// The contract keeps the stored hash (of theirs) until the first
		// reveal overwrites it with the record's; so does the Game.
		g.Phase = PhaseWriteFirst
	}
	return nil
}

// revealWrite: the mover's write of step i+1. Checks: 1 game, phase (either
// write phase), turn, 2 the header has 16 bytes, 3 the op proof of op i
// against programRoot (CruxMerkle.verifyOp: record length, header magic and
// version, 1 <= nOps <= MaxOps, i < nOps, ceil(log2 nOps) siblings, root),
// 4 out has a well-formed type, 5 out's slot root sits at record.out under
// R_a = S_i (1 <= nSlots <= MaxSlots from the header, record.out < nSlots,
// ceil(log2 nSlots) siblings), 6 putting slotRoot(out's type, dataRoot) at
// record.out with the same siblings gives the mover's root at b, 7 desc is
// 2^min(4,d) nodes hashing to dataRoot (none when d = 0). The first reveal
// stores the record's hash, the slot's type and geometry (the second proves
// the same op and slot under the same roots, so they are equal). After the
// second, the chunk phase starts with the first revealer to move, or the
// element phase with E to move when d = 0.
func (g *Game) revealWrite(sender Role, m RevealWrite) error {
	if err := g.live(m.GameID, sender, true, PhaseWriteFirst, PhaseWriteSecond); err != nil {
		return err
	}
	if len(m.Op.Header) != compute.HeaderSize {
		return fmt.Errorf("%w: %d bytes", ErrBadHeader, len(m.Op.Header))
	}
	hdr, err := verifyOpProof(g.Commitment.ProgramRoot, g.A, m.Op)
	if err != nil {
		return fmt.Errorf("%w: op %d: %v", ErrBadOpProof, g.A, err)
	}
	out := uint64(binary.BigEndian.Uint16(m.Op.Record[2:4]))
	dt, sh, err := verifySlot(g.Agreed, uint64(hdr.nSlots), out, m.Out)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadOutWitness, err)
	}
	mover := g.side(sender)
	if r := merkle.RootFromProof(compute.SlotRoot(dt, sh, m.DataRoot), out, m.Out.Siblings); r != mover.Root {
		return fmt.Errorf("%w: data root %s at slot %d gives state %s, the mover's S_%d is %s", ErrBadWrite, m.DataRoot, out, r, g.B, mover.Root)
	}
	depth, nChunks := chunkGeometry(dt, sh)
	if err := checkDescendants(m.Desc, depth, 0, m.DataRoot); err != nil {
		return err
	}
	mover.DataRoot, mover.Desc = m.DataRoot, slices.Clone(m.Desc)
	g.Turn = sender.Other()
	if g.Phase == PhaseWriteFirst {
		g.RecordHash, g.NSlots, g.OutSlot = merkle.Keccak(m.Op.Record), hdr.nSlots, uint16(out)
		g.OutDType, g.OutShape, g.ChunkDepth, g.NChunks = m.Out.DType, Shape{m.Out.Rank, m.Out.Dims}, depth, nChunks
		g.Phase = PhaseWriteSecond
		return nil
	}
	g.Phase, g.Level, g.Index = PhaseChunk, 0, 0
	g.Exec.Value, g.Chal.Value = g.Exec.DataRoot, g.Chal.DataRoot
	if depth == 0 {
		g.enterElement()
	}
	return nil
}

// checkDescendants: none at the leaf level, else 2^min(4, d-level) nodes
// hashing up to value.
func checkDescendants(desc []Hash, depth, level uint8, value Hash) error {
	want := descCount(depth, level)
	if len(desc) != want {
		return fmt.Errorf("%w: %d descendants of a node at level %d of %d, want %d", ErrBadDescendants, len(desc), level, depth, want)
	}
	if want > 0 && descRoot(desc) != value {
		return fmt.Errorf("%w: they do not hash to %s", ErrBadDescendants, value)
	}
	return nil
}

// descend: the mover P moves to child j of the current node, m levels down.
// Checks: 1 game, phase, turn, 2 j < 2^m, 3 both sibling lists have m
// entries, 4 theirs != mine, 5 theirs with theirSiblings hashes to Q's value,
// 6 mine with mySiblings to P's value, 7 next is P's descendants of child j
// (2^min(4, d-level') nodes hashing to mine, none at the leaf level). At the
// leaf level the element phase starts with E to move, else Q moves.
func (g *Game) descend(sender Role, m Descend) error {
	if err := g.live(m.GameID, sender, true, PhaseChunk); err != nil {
		return err
	}
	lv := descendLevels(g.ChunkDepth, g.Level)
	if m.J >= 1<<lv {
		return fmt.Errorf("%w: j = %d, the node has %d descendants", ErrBadIndex, m.J, 1<<lv)
	}
	if len(m.TheirSiblings) != int(lv) || len(m.MySiblings) != int(lv) {
		return fmt.Errorf("%w: %d and %d siblings, want %d", ErrBadSiblings, len(m.TheirSiblings), len(m.MySiblings), lv)
	}
	if m.Theirs == m.Mine {
		return fmt.Errorf("%w: child %d is %s on both sides", ErrSameValue, m.J, m.Mine)
	}
	mover, opp := g.side(sender), g.side(sender.Other())
	if merkle.RootFromProof(m.Theirs, m.J, m.TheirSiblings) != opp.Value {
		return ErrBadTheirProof
	}
	if merkle.RootFromProof(m.Mine, m.J, m.MySiblings) != mover.Value {
		return ErrBadMyProof
	}
	level := g.Level + lv
	if err := checkDescendants(m.Next, g.ChunkDepth, level, m.Mine); err != nil {
		return err
	}
	g.Level, g.Index = level, g.Index<<lv|m.J
	mover.Value, opp.Value = m.Mine, m.Theirs
	mover.Desc, opp.Desc = slices.Clone(m.Next), nil
	g.Turn = sender.Other()
	if level == g.ChunkDepth {
		g.enterElement()
	}
	return nil
}

// enterElement starts the element phase at leaf c = Index, E to move.
func (g *Game) enterElement() {
	g.Phase, g.Turn = PhaseElement, Executor
	g.Exec.Desc, g.Chal.Desc = nil, nil
}

// revealChunk: E's chunk c. Checks: 1 game, phase, turn, 2 c < nChunks,
// 3 1024 bytes whose leaf is E's leaf. C moves next.
func (g *Game) revealChunk(sender Role, m RevealChunk) error {
	if err := g.live(m.GameID, sender, true, PhaseElement); err != nil {
		return err
	}
	if g.Index >= g.NChunks {
		return fmt.Errorf("%w: chunk %d of %d", ErrLeafBeyond, g.Index, g.NChunks)
	}
	if len(m.Chunk) != compute.ChunkSize || merkle.Leaf(m.Chunk) != g.Exec.Value {
		return fmt.Errorf("%w: %d bytes", ErrBadChunk, len(m.Chunk))
	}
	g.Phase, g.Turn, g.Chunk = PhaseElementRevealed, Challenger, slices.Clone(m.Chunk)
	return nil
}

// Reasons of GameResolved, as DisputeGame emits them.
const (
	ReasonElementCorrect = "element correct"
	ReasonElementWrong   = "element wrong"
	ReasonZeroLeaf       = "zero leaf beyond tensor"
	ReasonNonzeroLeaf    = "nonzero leaf beyond tensor"
	ReasonExecutorTime   = "executor timed out"
	ReasonChallengerTime = "challenger timed out"
)

// proveElement: C names element j of E's chunk and proves its true value.
// Checks: 1 game, phase, turn, 2 chunk is E's chunk (1024 bytes, E's leaf),
// 3 keccak256(record) is the write phase's, 4 j < 1024/elemSize. With
// e = c*(1024/elemSize) + j, the true value is 0 when e is past the tensor
// (inputs are ignored), else Element(S_i, nSlots, record, out type, e,
// inputs), whose errors revert. E loses if its element differs from the
// true value, else C loses.
func (g *Game) proveElement(sender Role, m ProveElement) error {
	if err := g.live(m.GameID, sender, true, PhaseElementRevealed); err != nil {
		return err
	}
	if len(m.Chunk) != compute.ChunkSize || merkle.Leaf(m.Chunk) != g.Exec.Value {
		return fmt.Errorf("%w: %d bytes", ErrBadChunk, len(m.Chunk))
	}
	if merkle.Keccak(m.Record) != g.RecordHash {
		return ErrRecordMismatch
	}
	dt, sh, err := tensorType(g.OutDType, g.OutShape)
	if err != nil { // unreachable: revealWrite checked it
		return fmt.Errorf("%w: stored output type: %v", ErrBadOutWitness, err)
	}
	perChunk := uint64(compute.ChunkSize / dt.Size())
	if m.J >= perChunk {
		return fmt.Errorf("%w: j = %d, a chunk holds %d elements", ErrBadIndex, m.J, perChunk)
	}
	e := g.Index*perChunk + m.J
	claimed := elemAt(dt, m.Chunk, int(m.J))
	var truth int64
	if e < uint64(sh.Elems()) {
		truth, err = Element(g.Agreed, uint64(g.NSlots), m.Record, g.OutDType, g.OutShape, e, m.Inputs)
		if err != nil {
			return fmt.Errorf("%w: element %d: %w", ErrBadElement, e, err)
		}
	}
	if claimed != truth {
		g.end(Challenger, ReasonElementWrong)
	} else {
		g.end(Executor, ReasonElementCorrect)
	}
	return nil
}

// resolveLeaf: the leaf lies beyond the tensor, where the true leaf is the
// zero leaf. Checks: 1 game, phase (element, not revealed), 2 c >= nChunks.
// E loses if its leaf is not the zero leaf, else C loses. Anyone may send it.
func (g *Game) resolveLeaf(m ResolveLeaf) error {
	if err := g.live(m.GameID, NoRole, false, PhaseElement); err != nil {
		return err
	}
	if g.Index < g.NChunks {
		return fmt.Errorf("%w: chunk %d of %d", ErrLeafInside, g.Index, g.NChunks)
	}
	if g.Exec.Value != zeroLeaf() {
		g.end(Challenger, ReasonNonzeroLeaf)
	} else {
		g.end(Executor, ReasonZeroLeaf)
	}
	return nil
}

// timeout: the side to move has used up its clock and loses. Checks: 1 game,
// 2 the game is running, 3 it is not at a leaf beyond the tensor (there
// resolveLeaf decides on the facts). Anyone may send it; the clock is the
// host's to check.
func (g *Game) timeout(m Timeout) error {
	if err := g.live(m.GameID, NoRole, false, PhaseStep, PhaseWriteFirst, PhaseWriteSecond, PhaseChunk, PhaseElement, PhaseElementRevealed); err != nil {
		return err
	}
	if g.Phase == PhaseElement && g.Index >= g.NChunks {
		return fmt.Errorf("%w: chunk %d of %d", ErrLeafBeyond, g.Index, g.NChunks)
	}
	if g.Turn == Executor {
		g.end(Challenger, ReasonExecutorTime)
	} else {
		g.end(Executor, ReasonChallengerTime)
	}
	return nil
}
