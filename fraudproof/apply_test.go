package fraudproof

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
)

// badMove is a changed legal move and the error Apply must give.
type badMove struct {
	name   string
	sender Role
	m      Move
	want   error
}

func flip(h Hash, i int) Hash { h[i%32] ^= 0x40; return h }

func flipped(b []byte, i int) []byte {
	c := slices.Clone(b)
	c[i%len(c)] ^= 0x40
	return c
}

func hashesWith(hs []Hash, i int) []Hash {
	c := slices.Clone(hs)
	c[i] = flip(c[i], i)
	return c
}

// mutations returns changes to the legal move m (from position g) that the
// game must reject, each with its error.
func mutations(g Game, sender Role, m Move) []badMove {
	var bad []badMove
	add := func(name string, mm Move, want error) {
		bad = append(bad, badMove{name, sender, mm, want})
	}
	switch m := m.(type) {
	case Open:
		x := m
		x.ResultID++
		add("resultId", x, ErrWrongGame)
		x = m
		x.Claim = g.Commitment.FinalState
		add("claim = finalState", x, ErrNoDispute)
		x = m
		x.Dissection = append(slices.Clone(m.Dissection), Hash{})
		add("dissection long", x, ErrBadLength)
	case Bisect:
		p := uint64(len(m.Theirs) + 1)
		x := m
		x.Theirs = hashesWith(m.Theirs, 0)
		add("theirs", x, ErrBadDissection)
		x = m
		x.Theirs = m.Theirs[:len(m.Theirs)-1]
		add("theirs short", x, ErrBadLength)
		x = m
		x.T = 0
		add("t = 0", x, ErrBadIndex)
		x = m
		x.T = p + 1
		add("t = P+1", x, ErrBadIndex)
		if m.T < p {
			x = m
			x.Mine = m.Theirs[m.T-1]
			add("mine = theirs", x, ErrSameValue)
		}
		x = m
		x.Next = append(slices.Clone(m.Next), Hash{})
		add("next long", x, ErrBadLength)
		if len(m.Next) > 0 {
			x = m
			x.Next = m.Next[1:]
			add("next short", x, ErrBadLength)
		}
	case RevealWrite:
		op := func(f func(*OpProof)) RevealWrite {
			x := m
			f(&x.Op)
			return x
		}
		add("record", op(func(o *OpProof) { o.Record = flipped(o.Record, 9) }), ErrBadOpProof)
		add("record opcode", op(func(o *OpProof) { o.Record = flipped(o.Record, 0) }), ErrBadOpProof)
		add("record short", op(func(o *OpProof) { o.Record = o.Record[:63] }), ErrBadOpProof)
		add("header nOps", op(func(o *OpProof) { o.Header = flipped(o.Header, 15) }), ErrBadOpProof)
		add("header nSlots", op(func(o *OpProof) { o.Header = flipped(o.Header, 11) }), ErrBadOpProof)
		add("header magic", op(func(o *OpProof) { o.Header = flipped(o.Header, 0) }), ErrBadOpProof)
		add("header short", op(func(o *OpProof) { o.Header = o.Header[:15] }), ErrBadHeader)
		add("header long", op(func(o *OpProof) { o.Header = append(slices.Clone(o.Header), 0) }), ErrBadHeader)
		add("header version", op(func(o *OpProof) { o.Header = flipped(o.Header, 5) }), ErrBadOpProof)
		add("slotsHash", op(func(o *OpProof) { o.SlotsHash = flip(o.SlotsHash, 1) }), ErrBadOpProof)
		add("outputsHash", op(func(o *OpProof) { o.OutputsHash = flip(o.OutputsHash, 2) }), ErrBadOpProof)
		add("op siblings long", op(func(o *OpProof) { o.Siblings = append(slices.Clone(o.Siblings), Hash{}) }), ErrBadOpProof)
		for j := range m.Op.Siblings {
			add(fmt.Sprint("op sibling ", j), op(func(o *OpProof) { o.Siblings = hashesWith(o.Siblings, j) }), ErrBadOpProof)
		}
		out := func(f func(*SlotWitness)) RevealWrite {
			x := m
			f(&x.Out)
			return x
		}
		add("out dtype", out(func(w *SlotWitness) { w.DType = 3 - w.DType }), ErrBadOutWitness)
		add("out rank", out(func(w *SlotWitness) { w.Rank++ }), ErrBadOutWitness)
		add("out dims", out(func(w *SlotWitness) { w.Dims[0]++ }), ErrBadOutWitness)
		add("out dataRoot", out(func(w *SlotWitness) { w.DataRoot = flip(w.DataRoot, 3) }), ErrBadOutWitness)
		add("out siblings long", out(func(w *SlotWitness) { w.Siblings = append(slices.Clone(w.Siblings), Hash{}) }), ErrBadOutWitness)
		for j := range m.Out.Siblings {
			add(fmt.Sprint("out sibling ", j), out(func(w *SlotWitness) { w.Siblings = hashesWith(w.Siblings, j) }), ErrBadOutWitness)
		}
		x := m
		x.DataRoot = flip(m.DataRoot, 4)
		add("dataRoot", x, ErrBadWrite)
		if o := g.side(sender.Other()); g.Phase == PhaseWriteSecond {
			x = m
			x.DataRoot = o.DataRoot
			add("dataRoot = opponent's", x, ErrBadWrite)
		}
		x = m
		x.Desc = append(slices.Clone(m.Desc), Hash{})
		add("desc long", x, ErrBadDescendants)
		if len(m.Desc) > 0 {
			x = m
			x.Desc = m.Desc[:len(m.Desc)/2]
			add("desc half", x, ErrBadDescendants)
		}
		for j := range m.Desc {
			x = m
			x.Desc = hashesWith(m.Desc, j)
			add(fmt.Sprint("desc ", j), x, ErrBadDescendants)
		}
	case Descend:
		lv := descendLevels(g.ChunkDepth, g.Level)
		x := m
		x.J = 1 << lv
		add("j = 2^m", x, ErrBadIndex)
		x = m
		x.J ^= 1
		add("j^1", x, ErrBadTheirProof)
		x = m
		x.Theirs = flip(m.Theirs, 5)
		add("theirs", x, ErrBadTheirProof)
		x = m
		x.Mine = flip(m.Mine, 6)
		add("mine", x, ErrBadMyProof)
		x = m
		x.Mine, x.MySiblings = m.Theirs, m.TheirSiblings
		add("mine = theirs", x, ErrSameValue)
		x = m
		x.TheirSiblings = m.TheirSiblings[1:]
		add("theirSiblings short", x, ErrBadSiblings)
		x = m
		x.MySiblings = append(slices.Clone(m.MySiblings), Hash{})
		add("mySiblings long", x, ErrBadSiblings)
		x = m
		x.Theirs, x.TheirSiblings, x.Mine, x.MySiblings = m.Mine, m.MySiblings, m.Theirs, m.TheirSiblings
		add("sides swapped", x, ErrBadTheirProof)
		for j := range m.TheirSiblings {
			x = m
			x.TheirSiblings = hashesWith(m.TheirSiblings, j)
			add(fmt.Sprint("theirSibling ", j), x, ErrBadTheirProof)
			x = m
			x.MySiblings = hashesWith(m.MySiblings, j)
			add(fmt.Sprint("mySibling ", j), x, ErrBadMyProof)
		}
		x = m
		x.Next = append(slices.Clone(m.Next), Hash{})
		add("next long", x, ErrBadDescendants)
		for j := range m.Next {
			x = m
			x.Next = hashesWith(m.Next, j)
			add(fmt.Sprint("next ", j), x, ErrBadDescendants)
		}
	case RevealChunk:
		add("chunk", RevealChunk{m.GameID, flipped(m.Chunk, 777)}, ErrBadChunk)
		add("chunk short", RevealChunk{m.GameID, m.Chunk[:1023]}, ErrBadChunk)
		add("chunk long", RevealChunk{m.GameID, append(slices.Clone(m.Chunk), 0)}, ErrBadChunk)
	case ProveElement:
		x := m
		x.Chunk = flipped(m.Chunk, 3)
		add("chunk", x, ErrBadChunk)
		x = m
		x.J = uint64(compute.ChunkSize / g.ElemSize())
		add("j past the chunk", x, ErrBadIndex)
		x = m
		x.Record = flipped(m.Record, 20)
		add("record", x, ErrRecordMismatch)
		if len(m.Inputs) > 0 {
			x = m
			x.Inputs = cloneInputs(m.Inputs)
			x.Inputs[0].Slot.DataRoot = flip(x.Inputs[0].Slot.DataRoot, 0)
			add("input slot", x, ErrBadSlotWitness)
			x = m
			x.Inputs = nil
			add("no inputs", x, ErrInputCount)
			for k, w := range m.Inputs {
				for n := range w.Chunks {
					x = m
					x.Inputs = cloneInputs(m.Inputs)
					x.Inputs[k].Chunks[n].Data[0] ^= 1
					add(fmt.Sprintf("input %d chunk %d", k, n), x, ErrBadChunks)
				}
			}
		}
	}
	return bad
}

// equivalents returns changes to the legal move m in fields the contract
// ignores there: Apply must accept them with the same result.
func equivalents(g Game, m Move) []Move {
	var out []Move
	switch m := m.(type) {
	case Bisect:
		if m.T == uint64(len(m.Theirs)+1) { // t = P: mine is not read
			x := m
			x.Mine = flip(m.Mine, 9)
			out = append(out, x)
		}
	case ProveElement:
		if e := g.Index*uint64(compute.ChunkSize/g.ElemSize()) + m.J; e >= uint64(shapeElems(g.OutShape)) {
			// Padding: the true value is 0 and no witness is read.
			x := m
			x.Inputs = []InputWitness{{Chunks: []ChunkWitness{{Index: 99}}}}
			out = append(out, x)
		}
	}
	return out
}

func shapeElems(sh Shape) int {
	n := 1
	for k := range int(sh.Rank) {
		n *= int(sh.Dims[k])
	}
	return n
}

// template is a move of each kind with the phases it is allowed in, for the
// wrong-phase checks.
type template struct {
	m      Move
	phases []Phase
}

func templates(id uint64) []template {
	return []template{
		{Bisect{GameID: id}, []Phase{PhaseStep}},
		{RevealWrite{GameID: id}, []Phase{PhaseWriteFirst, PhaseWriteSecond}},
		{Descend{GameID: id}, []Phase{PhaseChunk}},
		{RevealChunk{GameID: id}, []Phase{PhaseElement}},
		{ProveElement{GameID: id}, []Phase{PhaseElementRevealed}},
		{ResolveLeaf{GameID: id}, []Phase{PhaseElement}},
	}
}

// rejects applies a bad move to a copy of g and checks the error and that the
// game did not change.
func rejects(t *testing.T, g Game, b badMove) {
	t.Helper()
	before := g
	err := g.Apply(b.sender, b.m)
	if !errors.Is(err, b.want) {
		t.Fatalf("%s in the %s phase: error %v, want %v", b.name, g.Phase, err, b.want)
	}
	if !reflect.DeepEqual(g, before) {
		t.Fatalf("%s: the rejected move changed the game", b.name)
	}
}

// TestApplyRejectsBadMoves walks the positions of whole games and checks that
// every changed field of every legal move, a wrong sender, a wrong game id
// and a move of another phase are rejected, with the error of the contract's
// revert, without changing the game.
func TestApplyRejectsBadMoves(t *testing.T) {
	t.Parallel()
	p, inputs := computetest.RandomProgram(104, 16) // its final output has a chunk tree of depth 5: two descents
	h := run(t, p, inputs, nil)
	var games []outcome
	for ci, lc := range lies() {
		liar, ok := lc.make(t, rand.New(rand.NewPCG(104, uint64(ci))), h)
		if !ok {
			t.Fatalf("%s not applicable", lc.name)
		}
		games = append(games, play(t, commit(t, liar), liar, FromTrace(h)))
		games = append(games, play(t, commit(t, FromTrace(h)), FromTrace(h), liar))
	}
	seen := map[string]int{}
	for _, res := range games {
		for _, st := range res.history {
			g, m := st.before, st.move
			seen[m.Name()]++
			for _, b := range mutations(g, st.sender, m) {
				rejects(t, g, b)
				seen["rejected"]++
			}
			for _, x := range equivalents(g, m) {
				want, got := g, g
				if err := want.Apply(st.sender, m); err != nil {
					t.Fatal(err)
				}
				if err := got.Apply(st.sender, x); err != nil || !reflect.DeepEqual(got, want) {
					t.Fatalf("%s with an ignored field changed: %v", m.Name(), err)
				}
				seen["equivalent"]++
			}
			if g.Phase == PhaseNone {
				// Before open the game does not exist on chain.
				for _, tm := range templates(g.ID) {
					rejects(t, g, badMove{"before open", Executor, tm.m, ErrUnknownGame})
				}
				rejects(t, g, badMove{"timeout before open", NoRole, Timeout{g.ID}, ErrUnknownGame})
				continue
			}
			switch m.(type) {
			case ResolveLeaf, Timeout:
			default:
				rejects(t, g, badMove{"wrong sender", st.sender.Other(), m, ErrNotYourTurn})
				rejects(t, g, badMove{"third party", NoRole, m, ErrNotYourTurn})
			}
			rejects(t, g, badMove{"open again", Challenger, Open{ResultID: g.Commitment.ResultID}, ErrWrongPhase})
			for _, tm := range templates(g.ID) {
				if !slices.Contains(tm.phases, g.Phase) {
					rejects(t, g, badMove{tm.m.Name() + " in the " + g.Phase.String() + " phase", g.Turn, tm.m, ErrWrongPhase})
				}
			}
			if g.Phase == PhaseElement && g.Index < g.NChunks {
				rejects(t, g, badMove{"resolveLeaf inside", NoRole, ResolveLeaf{g.ID}, ErrLeafInside})
			}
			if g.Phase == PhaseElement && g.Index >= g.NChunks {
				rejects(t, g, badMove{"revealChunk beyond", Executor, RevealChunk{g.ID, make([]byte, 1024)}, ErrLeafBeyond})
				rejects(t, g, badMove{"timeout beyond", NoRole, Timeout{g.ID}, ErrLeafBeyond})
			}
			other := g
			other.ID++
			rejects(t, other, badMove{"wrong game", st.sender, m, ErrWrongGame})
		}
		// A finished game takes no more moves.
		end := res.game
		rejects(t, end, badMove{"timeout after the end", NoRole, Timeout{end.ID}, ErrGameOver})
		rejects(t, end, badMove{"last move again", NoRole, res.history[len(res.history)-1].move, ErrGameOver})
		rejects(t, end, badMove{"last move again, wrong phase", NoRole, res.history[len(res.history)-1].move, ErrWrongPhase})
	}
	for _, name := range []string{"open", "bisect", "revealWrite", "descend", "revealChunk", "proveElement", "resolveLeaf", "timeout"} {
		if seen[name] == 0 {
			t.Errorf("no %s in the games", name)
		}
	}
	t.Logf("moves seen %v", seen)
}

// TestApplyEdgeCases covers the checks no honest game reaches.
func TestApplyEdgeCases(t *testing.T) {
	t.Parallel()
	c := Commitment{ResultID: 1, Steps: 0, FinalState: Hash{1}}
	g := NewGame(3, c)
	if err := g.Apply(Challenger, Open{ResultID: 1, Claim: Hash{2}}); !errors.Is(err, ErrBadSteps) {
		t.Fatalf("open with no steps: %v", err)
	}
	if err := g.Apply(NoRole, Timeout{GameID: 3}); !errors.Is(err, ErrUnknownGame) {
		t.Fatalf("timeout before open: %v", err)
	}
	if err := g.Apply(Challenger, nil); err == nil {
		t.Fatal("nil move accepted")
	}
	if err := g.Apply(Challenger, ProveOutputRoot{}); !errors.Is(err, ErrNotGameMove) {
		t.Fatalf("direct proof as a game move: %v", err)
	}
	// With t = P, mine is ignored (P's root at b is used).
	c = Commitment{ResultID: 1, Steps: 40, FinalState: Hash{1}}
	g = NewGame(3, c)
	d := make([]Hash, 15)
	for k := range d {
		d[k] = Hash{byte(k + 10)}
	}
	// Anyone may open (on chain even the executor's address): the opener is
	// the challenger.
	if err := g.Apply(NoRole, Open{ResultID: 1, Claim: Hash{2}, Dissection: d}); err != nil {
		t.Fatal(err)
	}
	if g.Phase != PhaseStep || g.Turn != Executor || g.A != 0 || g.B != 40 || g.Agreed != c.InputRoot {
		t.Fatalf("after open: %+v", g)
	}
	next := make([]Hash, dissectionLen(40-Points(0, 40)[15]))
	if err := g.Apply(Executor, Bisect{GameID: 3, Theirs: d, T: 16, Mine: Hash{9, 9}, Next: next}); err != nil {
		t.Fatalf("bisect at t = P with an ignored mine: %v", err)
	}
	if g.Exec.Root != c.FinalState || g.Chal.Root != (Hash{2}) || g.Turn != Challenger || g.A != 37 || g.B != 40 || g.Agreed != d[14] {
		t.Fatalf("after bisect at t = P: %+v", g)
	}
	// t = 1 keeps the agreed root; the challenger picks [37, 38].
	mid := g
	if err := mid.Apply(Challenger, Bisect{GameID: 3, Theirs: next, T: 1, Mine: Hash{7}}); err != nil {
		t.Fatal(err)
	}
	if mid.Phase != PhaseWriteFirst || mid.Turn != Executor || mid.A != 37 || mid.B != 38 || mid.Agreed != d[14] || mid.Chal.Root != (Hash{7}) || mid.Exec.Root != next[0] {
		t.Fatalf("after bisect to length 1: %+v", mid)
	}
	// Timeout: the side to move loses.
	if err := g.Apply(NoRole, Timeout{GameID: 3}); err != nil || g.Winner() != Executor || g.Reason != ReasonChallengerTime {
		t.Fatalf("timeout: %v, winner %s", err, g.Winner())
	}
	// One step: the game opens in the write phase, with no dissection.
	g = NewGame(4, Commitment{ResultID: 2, Steps: 1, FinalState: Hash{1}})
	if err := g.Apply(Challenger, Open{ResultID: 2, Claim: Hash{2}, Dissection: []Hash{{3}}}); !errors.Is(err, ErrBadLength) {
		t.Fatalf("open of one step with a dissection: %v", err)
	}
	if err := g.Apply(Challenger, Open{ResultID: 2, Claim: Hash{2}}); err != nil || g.Phase != PhaseWriteFirst || g.Turn != Executor {
		t.Fatalf("open of one step: %v, %+v", err, g)
	}
}

// TestZeroLeaf: the zero leaf resolveLeaf compares with is the contract's
// CruxMerkle.ZERO_CHUNK_LEAF.
func TestZeroLeaf(t *testing.T) {
	if got := zeroLeaf().Hex(); got != "0xb451172d921688ddb03855417ff6024f993372ebfb24728857dac6402ae6575d" {
		t.Fatalf("zero leaf %s", got)
	}
}
