package fraudproof

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/compute/merkle"
	"github.com/crux-rollup/crux/fraudproof/cheat"
)

var programSizes = []int{1, 2, 3, 9, 16, 17, 30, 64, 100, 257}

// TestGames plays every lie in both roles against the honest strategy on
// random programs, with Apply as the referee: the honest side always wins,
// by the expected move, within the move bound.
func TestGames(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	played := map[string]int{}
	t.Cleanup(func() {
		for _, lc := range lies() {
			if played[lc.name] < 4 {
				t.Errorf("%s: only %d games played", lc.name, played[lc.name])
			}
		}
	})
	for i, nOps := range programSizes {
		seed := uint64(100 + i)
		t.Run(fmt.Sprintf("n=%d", nOps), func(t *testing.T) {
			t.Parallel()
			p, inputs := computetest.RandomProgram(seed, nOps)
			h := run(t, p, inputs, nil)
			honest := FromTrace(h)
			for ci, lc := range lies() {
				r := rand.New(rand.NewPCG(seed, uint64(ci)))
				liar, ok := lc.make(t, r, h)
				if !ok {
					t.Logf("%s: not applicable", lc.name)
					continue
				}
				// The cheater executes and commits; the honest side challenges.
				c := commit(t, liar)
				if c.FinalState == h.FinalState() {
					t.Fatalf("%s: the lie did not change S_n", lc.name)
				}
				res := play(t, c, liar, honest)
				checkOutcome(t, res, p, Challenger, lc)
				t.Logf("%-15s cheating executor: %2d moves %v (n=%d d=%d, bound %d): %s", lc.name, res.moves, res.byName, nOps, res.game.ChunkDepth, MaxMoves(uint64(nOps), res.game.ChunkDepth), res.game.Reason)
				// The honest side executes; the cheater challenges.
				res = play(t, commit(t, honest), honest, liar)
				checkOutcome(t, res, p, Executor, lc)
				t.Logf("%-15s lying challenger:  %2d moves %v: %s", lc.name, res.moves, res.byName, res.game.Reason)
				mu.Lock()
				played[lc.name] += 2
				mu.Unlock()
			}
		})
	}
}

// TestRandomGames is the property test: on many small random programs, a
// random lie of a random kind, told by the executor or the challenger, who
// plays the honest strategy or random legal moves, always loses to the honest
// strategy by the expected move, within the move bound.
func TestRandomGames(t *testing.T) {
	t.Parallel()
	rounds := 300
	if testing.Short() {
		rounds = 60
	}
	all := lies()
	played := map[string]int{}
	for round := range rounds {
		seed := uint64(1000 + round)
		r := rand.New(rand.NewPCG(seed, 1))
		p, inputs := computetest.RandomProgram(seed, 1+r.IntN(40))
		h := run(t, p, inputs, nil)
		honest := FromTrace(h)
		lc := all[round%len(all)]
		liar, ok := lc.make(t, r, h)
		if !ok {
			continue
		}
		liarRole := Role(1 + r.IntN(2))
		var strategy func(Game, Role, Move) Move
		if r.IntN(2) == 0 {
			strategy = randomStrategy(t, r, liar, liarRole)
		}
		var res outcome
		if liarRole == Executor {
			res = playWith(t, commit(t, liar), liar, honest, strategy)
		} else {
			res = playWith(t, commit(t, honest), honest, liar, strategy)
		}
		if strategy == nil {
			checkOutcome(t, res, p, liarRole.Other(), lc)
		} else {
			// A liar that strays from the first difference may end up
			// where its own trace has no legal move: it times out then.
			checkWinner(t, res, p, liarRole.Other())
		}
		played[lc.name]++
	}
	for _, lc := range all {
		if played[lc.name] == 0 {
			t.Errorf("%s never played", lc.name)
		}
	}
	t.Logf("games played: %v", played)
}

// TestNoDisputeBetweenHonestTraces: an honest challenger never opens against
// an honest commitment, and has no direct proof against it.
func TestNoDisputeBetweenHonestTraces(t *testing.T) {
	t.Parallel()
	p, inputs := computetest.RandomProgram(7, 12)
	a, b := FromTrace(run(t, p, inputs, nil)), FromTrace(run(t, p, inputs, compute.CPU{Workers: 2}))
	c := commit(t, a)
	if _, ok, err := OpenMove(c, b); ok || err != nil {
		t.Fatalf("OpenMove on an honest commitment: ok %v err %v", ok, err)
	}
	if _, ok, err := StepCountProof(c, p); ok || err != nil {
		t.Fatalf("StepCountProof on an honest commitment: ok %v err %v", ok, err)
	}
	if _, ok, err := OutputRootProof(c, b); ok || err != nil {
		t.Fatalf("OutputRootProof on an honest commitment: ok %v err %v", ok, err)
	}
}

// TestStepCountProof: a wrong step count (a commitment-level lie) is
// disproven directly, and no game is opened over it.
func TestStepCountProof(t *testing.T) {
	t.Parallel()
	for i, nOps := range []int{1, 5, 17} {
		p, inputs := computetest.RandomProgram(uint64(200+i), nOps)
		tr := FromTrace(run(t, p, inputs, nil))
		honest := commit(t, tr)
		for _, steps := range []uint64{0, uint64(nOps) - 1, cheat.WrongSteps(uint64(nOps)), 1 << 40} {
			if steps == uint64(nOps) {
				continue
			}
			c := honest
			c.Steps = steps
			m, ok, err := StepCountProof(c, p)
			if err != nil || !ok {
				t.Fatalf("n=%d steps=%d: StepCountProof ok %v err %v", nOps, steps, ok, err)
			}
			if err := VerifyStepCountProof(c, m); err != nil {
				t.Fatalf("n=%d steps=%d: valid proof rejected: %v", nOps, steps, err)
			}
			if err := VerifyDirectProof(c, m); err != nil {
				t.Fatal(err)
			}
			if _, _, err := OpenMove(c, tr); !errors.Is(err, ErrWrongStepCount) {
				t.Fatalf("OpenMove on a wrong step count: %v, want ErrWrongStepCount", err)
			}
			g := NewGame(1, c)
			if err := g.Apply(Challenger, m); !errors.Is(err, ErrNotGameMove) {
				t.Fatalf("Apply(ProveStepCount): %v", err)
			}
			// Against the honest commitment the same proof fails.
			if err := VerifyStepCountProof(honest, ProveStepCount{ResultID: honest.ResultID, Header: m.Header, SlotsHash: m.SlotsHash, OutputsHash: m.OutputsHash, OpsRoot: m.OpsRoot}); !errors.Is(err, ErrStepsMatch) {
				t.Fatalf("proof against an honest commitment: %v, want ErrStepsMatch", err)
			}
			for _, dc := range stepCountCases(c, m) {
				if err := VerifyDirectProof(dc.c, dc.m); !errors.Is(err, dc.want) {
					t.Errorf("n=%d steps=%d %s: %v, want %v", nOps, steps, dc.name, err, dc.want)
				}
			}
		}
	}
}

// directCase is a direct proof against a commitment and the error the
// verifier (and the contract) must give, nil for a proof that holds.
type directCase struct {
	name string
	c    Commitment
	m    Move
	want error
}

// stepCountCases are changes to a valid step-count proof m against c, and a
// program root over a malformed header: like proveStepCount, the verifier
// reads nOps from any 16 bytes that hash to the program root.
func stepCountCases(c Commitment, m ProveStepCount) []directCase {
	cases := []directCase{{"valid", c, m, nil}}
	for _, tc := range []struct {
		name string
		f    func(*ProveStepCount)
		want error
	}{
		{"header", func(m *ProveStepCount) { m.Header = slices.Clone(m.Header); m.Header[15] ^= 1 }, ErrBadProgram},
		{"short", func(m *ProveStepCount) { m.Header = m.Header[:15] }, ErrBadHeader},
		{"long", func(m *ProveStepCount) { m.Header = append(slices.Clone(m.Header), 0) }, ErrBadHeader},
		{"magic", func(m *ProveStepCount) { m.Header = slices.Clone(m.Header); m.Header[0] ^= 1 }, ErrBadProgram},
		{"slotsHash", func(m *ProveStepCount) { m.SlotsHash[3] ^= 1 }, ErrBadProgram},
		{"outputsHash", func(m *ProveStepCount) { m.OutputsHash[3] ^= 1 }, ErrBadProgram},
		{"opsRoot", func(m *ProveStepCount) { m.OpsRoot[31] ^= 1 }, ErrBadProgram},
		{"resultId", func(m *ProveStepCount) { m.ResultID++ }, ErrWrongGame},
	} {
		mm := m
		tc.f(&mm)
		cases = append(cases, directCase{tc.name, c, mm, tc.want})
	}
	h := make([]byte, 16)
	binary.BigEndian.PutUint32(h[12:], 7)
	raw := ProveStepCount{ResultID: c.ResultID, Header: h, SlotsHash: Hash{1}, OutputsHash: Hash{2}, OpsRoot: Hash{3}}
	cc := c
	cc.ProgramRoot, cc.Steps = programRoot(h, Hash{1}, Hash{2}, Hash{3}), 8
	cases = append(cases, directCase{"malformed header", cc, raw, nil})
	cc.Steps = 7
	cases = append(cases, directCase{"malformed header, steps match", cc, raw, ErrStepsMatch})
	return cases
}

// outputRootCases are changes to a valid output-root proof m against c (whose
// program has nSlots slots), and program roots over output lists that are not
// 1..64 uint16s or headers with a bad slot count, which reach the checks
// after the program root.
func outputRootCases(c Commitment, m ProveOutputRoot, nSlots uint32) []directCase {
	cases := []directCase{{"valid", c, m, nil}}
	for _, tc := range []struct {
		name string
		f    func(*ProveOutputRoot)
		want error
	}{
		{"header", func(m *ProveOutputRoot) { m.Header = slices.Clone(m.Header); m.Header[11] ^= 1 }, ErrBadProgram},
		{"short", func(m *ProveOutputRoot) { m.Header = m.Header[:15] }, ErrBadHeader},
		{"slotsHash", func(m *ProveOutputRoot) { m.SlotsHash[0] ^= 1 }, ErrBadProgram},
		{"outputs", func(m *ProveOutputRoot) { m.Outputs = slices.Clone(m.Outputs); m.Outputs[1] ^= 1 }, ErrBadProgram},
		{"odd", func(m *ProveOutputRoot) { m.Outputs = m.Outputs[:len(m.Outputs)-1] }, ErrBadProgram},
		{"opsRoot", func(m *ProveOutputRoot) { m.OpsRoot[5] ^= 1 }, ErrBadProgram},
		{"no slot", func(m *ProveOutputRoot) { m.Slots = m.Slots[1:] }, ErrBadOutputs},
		{"extra slot", func(m *ProveOutputRoot) { m.Slots = append(m.Slots[:len(m.Slots):len(m.Slots)], m.Slots[0]) }, ErrBadOutputs},
		{"slot root", func(m *ProveOutputRoot) { m.Slots = slices.Clone(m.Slots); m.Slots[0].Root[0] ^= 1 }, ErrBadSlotProof},
		{"siblings", func(m *ProveOutputRoot) {
			m.Slots = slices.Clone(m.Slots)
			m.Slots[0].Siblings = m.Slots[0].Siblings[1:]
		}, ErrBadSlotProof},
		{"resultId", func(m *ProveOutputRoot) { m.ResultID = 0 }, ErrWrongGame},
		{"no outputs", func(m *ProveOutputRoot) { m.Outputs, m.Slots = nil, nil }, ErrBadProgram},
	} {
		mm := m
		tc.f(&mm)
		cases = append(cases, directCase{tc.name, c, mm, tc.want})
	}
	for _, tc := range []struct {
		name    string
		outputs []byte
		nSlots  uint32
		want    error
	}{
		{"odd list", m.Outputs[:len(m.Outputs)-1], nSlots, ErrBadOutputs},
		{"empty list", []byte{}, nSlots, ErrBadOutputs},
		{"65 outputs", make([]byte, 130), nSlots, ErrBadOutputs},
		{"nSlots 5000", m.Outputs, 5000, ErrBadSlotProof},
		{"nSlots 0", m.Outputs, 0, ErrBadSlotProof},
		{"same", m.Outputs, nSlots, nil},
	} {
		mm := m
		mm.Header = slices.Clone(m.Header)
		binary.BigEndian.PutUint32(mm.Header[8:], tc.nSlots)
		mm.Outputs = tc.outputs
		cc := c
		cc.ProgramRoot = programRoot(mm.Header, mm.SlotsHash, merkle.Keccak(tc.outputs), mm.OpsRoot)
		cases = append(cases, directCase{tc.name, cc, mm, tc.want})
	}
	return cases
}

// TestOutputRootProof: a commitment whose output root is not its final
// state's is disproven directly.
func TestOutputRootProof(t *testing.T) {
	t.Parallel()
	p, inputs := computetest.RandomProgram(300, 20)
	tr := FromTrace(run(t, p, inputs, nil))
	honest := commit(t, tr)
	c := honest
	c.OutputRoot[0] ^= 1
	m, ok, err := OutputRootProof(c, tr)
	if err != nil || !ok {
		t.Fatalf("OutputRootProof: ok %v err %v", ok, err)
	}
	if err := VerifyOutputRootProof(c, m); err != nil {
		t.Fatalf("valid proof rejected: %v", err)
	}
	if err := VerifyOutputRootProof(honest, m); !errors.Is(err, ErrOutputRootOK) {
		t.Fatalf("proof against the honest commitment: %v", err)
	}
	// A wrong final state is a game's business, not this proof's.
	c2 := c
	c2.FinalState[0] ^= 1
	if _, ok, err := OutputRootProof(c2, tr); ok || err != nil {
		t.Fatalf("OutputRootProof with a foreign final state: ok %v err %v", ok, err)
	}
	for _, dc := range outputRootCases(c, m, uint32(len(p.Slots))) {
		if err := VerifyDirectProof(dc.c, dc.m); !errors.Is(err, dc.want) {
			t.Errorf("%s: %v, want %v", dc.name, err, dc.want)
		}
	}
}

func TestMaxMoves(t *testing.T) {
	t.Parallel()
	// docs/dispute.md section 4: n = 2^16, d = 20 gives 14.
	for _, c := range []struct {
		n    uint64
		d    uint8
		want int
	}{{1 << 16, 20, 14}, {1, 0, 5}, {16, 4, 7}, {17, 5, 9}, {1<<64 - 1, 20, 1 + 16 + 2 + 5 + 2}} {
		if got := MaxMoves(c.n, c.d); got != c.want {
			t.Errorf("MaxMoves(%d, %d) = %d, want %d", c.n, c.d, got, c.want)
		}
	}
}

// TestDescentGeometry: DisputeGame._span is min(4, depth - level) and a
// descent moves to index*2^m + j; a chunk tree of depth d takes ceil(d/4)
// descents, each with 2^m descendants (none at the leaf level).
func TestDescentGeometry(t *testing.T) {
	t.Parallel()
	for d := uint8(0); d <= 20; d++ {
		moves, level := 0, uint8(0)
		for level < d {
			m := descendLevels(d, level)
			if m != min(4, d-level) || descCount(d, level) != 1<<m {
				t.Fatalf("depth %d level %d: m = %d, %d descendants", d, level, m, descCount(d, level))
			}
			level += m
			moves++
		}
		if descCount(d, d) != 0 || moves != (int(d)+3)/4 {
			t.Fatalf("depth %d: %d descents", d, moves)
		}
	}
}

func TestPoints(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		a := r.Uint64N(1 << 62)
		l := 2 + r.Uint64N(1000)
		if r.IntN(4) == 0 {
			l = 2 + r.Uint64N(1<<62)
		}
		pts := Points(a, a+l)
		if len(pts) != int(min(16, l))+1 || pts[0] != a || pts[len(pts)-1] != a+l {
			t.Fatalf("Points(%d, %d) = %v", a, a+l, pts)
		}
		for k := 1; k < len(pts); k++ {
			if d := pts[k] - pts[k-1]; d < l/uint64(len(pts)-1) || d > (l+uint64(len(pts))-2)/uint64(len(pts)-1) {
				t.Fatalf("Points(%d, %d): uneven step %d", a, a+l, d)
			}
		}
		// DisputeGame._pick: p_t = a + (t * len) / P in uint256.
		p := new(big.Int).SetUint64(uint64(len(pts) - 1))
		for k, pt := range pts {
			want := new(big.Int).Mul(big.NewInt(int64(k)), new(big.Int).SetUint64(l))
			want.Div(want, p).Add(want, new(big.Int).SetUint64(a))
			if want.Uint64() != pt || !want.IsUint64() {
				t.Fatalf("Points(%d, %d)[%d] = %d, the contract's is %s", a, a+l, k, pt, want)
			}
		}
	}
	if Points(5, 6) != nil || Points(5, 5) != nil || Points(6, 5) != nil {
		t.Fatal("intervals shorter than 2 have no points")
	}
}

// randomStrategy makes side who play a random legal bisect or descend (any
// the contract accepts, computed from its own trace) instead of the first
// differing one.
func randomStrategy(t testing.TB, r *rand.Rand, tr TraceProvider, who Role) func(g Game, role Role, m Move) Move {
	return func(g Game, role Role, m Move) Move {
		if role != who {
			return m
		}
		var legal []Move
		try := func(c Move) {
			sim := g
			if sim.Apply(role, c) == nil {
				legal = append(legal, c)
			}
		}
		switch m.(type) {
		case Bisect:
			pts := Points(g.A, g.B)
			for u := 1; u < len(pts); u++ {
				mine := g.Side(role).Root
				if u < len(pts)-1 {
					mine, _ = tr.StateRoot(int(pts[u]))
				}
				next, err := Dissection(tr, pts[u-1], pts[u])
				if err != nil {
					t.Fatal(err)
				}
				try(Bisect{GameID: g.ID, Theirs: g.Dissection, T: uint64(u), Mine: mine, Next: next})
			}
		case Descend:
			ct, err := SlotChunkTree(tr, int(g.B), int(g.OutSlot))
			if err != nil {
				t.Fatal(err)
			}
			mine, theirs := ct.Descendants(g.Level, g.Index), g.Side(role.Other()).Desc
			lv := descendLevels(g.ChunkDepth, g.Level)
			for j := range mine {
				try(Descend{GameID: g.ID, J: uint64(j), Theirs: theirs[j], TheirSiblings: descProof(theirs, j), Mine: mine[j],
					MySiblings: descProof(mine, j), Next: ct.Descendants(g.Level+lv, g.Index<<lv+uint64(j))})
			}
		default:
			return m
		}
		if len(legal) == 0 {
			t.Fatalf("NextMove's %s is legal, but no candidate is", m.Name())
		}
		return legal[r.IntN(len(legal))]
	}
}

// TestAdversaryStrategy: a cheater that bisects and descends at random among
// the legal moves (not at the first difference) still loses to the honest
// strategy, in either role.
func TestAdversaryStrategy(t *testing.T) {
	t.Parallel()
	for i, nOps := range []int{17, 64, 257} {
		p, inputs := computetest.RandomProgram(uint64(400+i), nOps)
		h := run(t, p, inputs, nil)
		honest := FromTrace(h)
		for ci, ch := range lies() {
			for round := range 3 {
				r := rand.New(rand.NewPCG(uint64(400+i), uint64(10*ci+round)))
				liar, ok := ch.make(t, r, h)
				if !ok {
					continue
				}
				res := playWith(t, commit(t, liar), liar, honest, randomStrategy(t, r, liar, Executor))
				if res.game.Winner() != Challenger || res.cannotMove[Challenger] {
					t.Fatalf("n=%d %s: random-strategy executor: %s won (%s)", nOps, ch.name, res.game.Winner(), res.game.Reason)
				}
				if b := MaxMoves(uint64(nOps), maxWriteDepth(p)); res.moves > b {
					t.Errorf("%d moves, bound %d", res.moves, b)
				}
				res = playWith(t, commit(t, honest), honest, liar, randomStrategy(t, r, liar, Challenger))
				if res.game.Winner() != Executor || res.cannotMove[Executor] {
					t.Fatalf("n=%d %s: random-strategy challenger: %s won (%s)", nOps, ch.name, res.game.Winner(), res.game.Reason)
				}
				if b := MaxMoves(uint64(nOps), maxWriteDepth(p)); res.moves > b {
					t.Errorf("%d moves, bound %d", res.moves, b)
				}
			}
		}
	}
}
