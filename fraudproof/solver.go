package fraudproof

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

var (
	// ErrCannotMove: it is the side's turn but its trace gives it no legal
	// move (for instance its S_{i+1} changes a slot the op did not write).
	// The side loses on its clock; a host should stop sending moves.
	ErrCannotMove = errors.New("no legal move from this trace")
	// ErrGameData: the event data the host put in the Game (a dissection,
	// descendants, a chunk) does not match the hashes the game stores.
	ErrGameData = errors.New("game event data does not match the stored hashes")
	// ErrWrongStepCount: the commitment's step count is not the program's;
	// it is disproven by a direct proof (StepCountProof), not a game.
	ErrWrongStepCount = errors.New("commitment's step count differs from the program's op count")
)

// NextMove returns role's move in game g according to the honest strategy of
// docs/dispute.md, computed from role's own trace; false when role has
// nothing to send (not its turn, the game not opened or over, or a
// resolveLeaf that would make it lose). Every returned move has been applied
// to a copy of g, so the contract accepts it. An error wrapping ErrCannotMove
// means role has no legal move and will lose on its clock.
//
// The strategy: in the step phase, bisect at the first point where its own
// root differs from the opponent's; in the write phase, reveal its write of
// op i; in the chunk phase, descend into the first child where its own value
// differs from the opponent's published descendant; in the element phase the
// executor reveals its chunk, and the challenger proves the first element
// where the executor's chunk differs from its own (padding included).
// Whoever wins by resolveLeaf sends it. Timeouts are the host's: NextMove
// never returns one.
func NextMove(g Game, role Role, tr TraceProvider) (Move, bool, error) {
	if role != Executor && role != Challenger {
		return nil, false, fmt.Errorf("role %s cannot move", role)
	}
	switch {
	case g.Phase == PhaseNone || g.Over():
		return nil, false, nil
	case g.Phase == PhaseElement && g.Index >= g.NChunks:
		// Anyone may resolve; only the side it makes win bothers.
		winner := Executor
		if g.Exec.Value != zeroLeaf() {
			winner = Challenger
		}
		if role != winner {
			return nil, false, nil
		}
		return checked(g, role, ResolveLeaf{GameID: g.ID})
	}
	if g.Turn != role {
		return nil, false, nil
	}
	var m Move
	var err error
	switch g.Phase {
	case PhaseStep:
		m, err = BisectAnswer(g, role, tr)
	case PhaseWriteFirst, PhaseWriteSecond:
		var rw RevealWrite
		rw, err = WriteReveal(tr, g.A)
		rw.GameID = g.ID
		m = rw
	case PhaseChunk:
		m, err = DescentAnswer(g, role, tr)
	case PhaseElement:
		m, err = ChunkReveal(g, tr)
	case PhaseElementRevealed:
		m, err = ElementProof(g, tr)
	default:
		return nil, false, fmt.Errorf("unknown phase %s", g.Phase)
	}
	if err != nil {
		return nil, false, fmt.Errorf("%s in the %s phase of game %d: %w", role, g.Phase, g.ID, err)
	}
	return checked(g, role, m)
}

// checked dry-runs m on a copy of g: a move the contract would reject is
// never returned, it is reported as ErrCannotMove.
func checked(g Game, role Role, m Move) (Move, bool, error) {
	if err := g.Apply(role, m); err != nil {
		return nil, false, fmt.Errorf("%w: %w", ErrCannotMove, err)
	}
	return m, true, nil
}

// BisectAnswer is role's bisect in the step phase of g: the first point p_t
// (t < P) where the opponent's dissection differs from the provider's roots,
// else t = P, with the provider's dissection of the chosen sub-interval. It
// does not check the move against the game (NextMove does).
func BisectAnswer(g Game, role Role, tr TraceProvider) (Bisect, error) {
	theirs := g.Dissection
	if dissectionHash(theirs) != g.DissectionHash {
		return Bisect{}, fmt.Errorf("%w: dissection of [%d,%d]", ErrGameData, g.A, g.B)
	}
	pts := Points(g.A, g.B)
	if len(pts) < 3 || len(theirs) != len(pts)-2 {
		return Bisect{}, fmt.Errorf("%w: dissection of [%d,%d] has %d roots", ErrGameData, g.A, g.B, len(theirs))
	}
	if role != Executor && role != Challenger {
		return Bisect{}, fmt.Errorf("role %s cannot move", role)
	}
	p := len(pts) - 1
	t, mine := p, g.side(role).Root
	for u := 1; u < p; u++ {
		r, err := stateRoot(tr, pts[u])
		if err != nil {
			return Bisect{}, err
		}
		if r != theirs[u-1] {
			t, mine = u, r
			break
		}
	}
	next, err := Dissection(tr, pts[t-1], pts[t])
	if err != nil {
		return Bisect{}, err
	}
	return Bisect{GameID: g.ID, Theirs: theirs, T: uint64(t), Mine: mine, Next: next}, nil
}

// outTree is the chunk tree of slot out in the provider's S_{i+1}, which must
// have the game's type and geometry.
func outTree(g Game, tr TraceProvider) (*ChunkTree, error) {
	ct, err := SlotChunkTree(tr, int(g.B), int(g.OutSlot))
	if err != nil {
		return nil, err
	}
	if uint8(ct.dtype) != g.OutDType || ShapeOf(ct.shape) != g.OutShape || ct.Depth() != g.ChunkDepth || ct.NChunks() != g.NChunks {
		return nil, fmt.Errorf("%w: slot %d of S_%d is %s%v, the game's is of another type", ErrCannotMove, g.OutSlot, g.B, ct.dtype, ct.shape)
	}
	return ct, nil
}

// DescentAnswer is role's descend in the chunk phase of g: into the first
// child where the provider's value differs from the opponent's published
// descendant, with both proofs and the provider's descendants of the child.
func DescentAnswer(g Game, role Role, tr TraceProvider) (Descend, error) {
	if role != Executor && role != Challenger {
		return Descend{}, fmt.Errorf("role %s cannot move", role)
	}
	opp := g.side(role.Other())
	if checkDescendants(opp.Desc, g.ChunkDepth, g.Level, opp.Value) != nil || len(opp.Desc) == 0 {
		return Descend{}, fmt.Errorf("%w: %s's descendants of node (%d, %d)", ErrGameData, role.Other(), g.Level, g.Index)
	}
	ct, err := outTree(g, tr)
	if err != nil {
		return Descend{}, err
	}
	mine := ct.Descendants(g.Level, g.Index)
	if len(mine) != len(opp.Desc) {
		return Descend{}, fmt.Errorf("%w: %d descendants, the opponent published %d", ErrGameData, len(mine), len(opp.Desc))
	}
	for j := range mine {
		if mine[j] == opp.Desc[j] {
			continue
		}
		lv := descendLevels(g.ChunkDepth, g.Level)
		return Descend{
			GameID:        g.ID,
			J:             uint64(j),
			Theirs:        opp.Desc[j],
			TheirSiblings: descProof(opp.Desc, j),
			Mine:          mine[j],
			MySiblings:    descProof(mine, j),
			Next:          ct.Descendants(g.Level+lv, g.Index<<lv+uint64(j)),
		}, nil
	}
	return Descend{}, fmt.Errorf("%w: every descendant of node (%d, %d) agrees with the opponent's", ErrCannotMove, g.Level, g.Index)
}

// ChunkReveal is the executor's revealChunk in the element phase of g: chunk
// c of its slot out in S_{i+1}.
func ChunkReveal(g Game, tr TraceProvider) (RevealChunk, error) {
	ct, err := outTree(g, tr)
	if err != nil {
		return RevealChunk{}, err
	}
	return RevealChunk{GameID: g.ID, Chunk: ct.Chunk(g.Index)}, nil
}

// ElementProof is the challenger's proveElement in the element phase of g:
// the first element where the executor's revealed chunk differs from the
// provider's own (padding past the tensor included), with its witness (none
// for padding, whose true value is 0).
func ElementProof(g Game, tr TraceProvider) (ProveElement, error) {
	if g.Phase != PhaseElementRevealed || len(g.Chunk) != compute.ChunkSize || merkle.Leaf(g.Chunk) != g.Exec.Value {
		return ProveElement{}, fmt.Errorf("%w: executor's chunk %d", ErrGameData, g.Index)
	}
	ct, err := outTree(g, tr)
	if err != nil {
		return ProveElement{}, err
	}
	mine := ct.Chunk(g.Index)
	es := ct.dtype.Size() // the game's type (outTree checked it)
	for j := 0; j < compute.ChunkSize/es; j++ {
		if bytes.Equal(mine[j*es:(j+1)*es], g.Chunk[j*es:(j+1)*es]) {
			continue
		}
		e := g.Index*uint64(compute.ChunkSize/es) + uint64(j)
		p := tr.Program()
		if g.A >= uint64(len(p.Ops)) {
			return ProveElement{}, fmt.Errorf("op %d out of range [0,%d)", g.A, len(p.Ops))
		}
		rec := p.Ops[g.A].Record()
		var inputs []InputWitness
		if e < uint64(ct.shape.Elems()) {
			if inputs, err = ElementWitness(tr, g.A, e); err != nil {
				return ProveElement{}, err
			}
		}
		return ProveElement{GameID: g.ID, Chunk: g.Chunk, J: uint64(j), Record: rec[:], Inputs: inputs}, nil
	}
	return ProveElement{}, fmt.Errorf("%w: the executor's chunk %d equals mine", ErrCannotMove, g.Index)
}

// OpenMove returns the open a challenger sends against commitment c when its
// own trace ends in a different final state; false when the final states
// agree (a wrong output root alone is disproven by OutputRootProof). A
// commitment whose program or input root is not the trace's cannot be
// disputed with this trace, and a wrong step count is disproven directly
// (ErrWrongStepCount, StepCountProof).
func OpenMove(c Commitment, tr TraceProvider) (Open, bool, error) {
	p := tr.Program()
	if r := p.Root(); r != c.ProgramRoot {
		return Open{}, false, fmt.Errorf("commitment's program root %s is not the trace's %s", c.ProgramRoot, r)
	}
	n := uint64(tr.Steps())
	if c.Steps != n {
		return Open{}, false, fmt.Errorf("%w: commitment claims %d steps, the program has %d", ErrWrongStepCount, c.Steps, n)
	}
	s0, err := stateRoot(tr, 0)
	if err != nil {
		return Open{}, false, err
	}
	if s0 != c.InputRoot {
		return Open{}, false, fmt.Errorf("commitment's input root %s is not the trace's S_0 %s", c.InputRoot, s0)
	}
	sn, err := stateRoot(tr, n)
	if err != nil {
		return Open{}, false, err
	}
	if sn == c.FinalState {
		return Open{}, false, nil
	}
	d, err := Dissection(tr, 0, n)
	if err != nil {
		return Open{}, false, err
	}
	return Open{ResultID: c.ResultID, Claim: sn, Dissection: d}, true, nil
}
