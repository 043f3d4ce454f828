package fraudproof

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/npy"
	"github.com/crux-rollup/crux/fraudproof/cheat"
)

const mnistDir = "../examples/mnist"

// mnist loads the MNIST example with its trained weights and random images.
// batch < 10000 shrinks the batch dimension of every slot that has it.
func mnist(t testing.TB, batch int) (*compute.Program, map[string]compute.Tensor) {
	t.Helper()
	js, err := os.ReadFile(filepath.Join(mnistDir, "program.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := compute.DecodeJSON(js)
	if err != nil {
		t.Fatal(err)
	}
	full := p.Slots[0].Shape[0]
	for s := range p.Slots {
		if sh := p.Slots[s].Shape; len(sh) > 0 && sh[0] == full {
			p.Slots[s].Shape = append(compute.Shape{batch}, sh[1:]...)
		}
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	inputs := map[string]compute.Tensor{}
	for _, name := range []string{"w1", "b1", "w2", "b2", "w3", "b3"} {
		if inputs[name], err = npy.ReadFile(filepath.Join(mnistDir, "weights", name+".npy")); err != nil {
			t.Fatal(err)
		}
	}
	s, _ := p.SlotIndex("images")
	img := compute.NewTensor(compute.Int8, p.Slots[s].Shape)
	r := rand.New(rand.NewPCG(uint64(batch), 28))
	for i := range img.Data {
		img.Data[i] = byte(r.IntN(128)) // pixels are 0..127 after quantisation
	}
	inputs["images"] = img
	return p, inputs
}

// TestMNISTGames plays every lie on the MNIST network (batch 100): op 0 is
// matmul images*w1, 1 add b1, 2 requant, 3 matmul, 4 add, 5 requant, 6 matmul,
// 7 add, 8 argmax.
func TestMNISTGames(t *testing.T) {
	t.Parallel()
	p, inputs := mnist(t, 100)
	h := run(t, p, inputs, nil)
	honest := FromTrace(h)
	r := rand.New(rand.NewPCG(5, 5))
	w2, _ := p.SlotIndex("w2")
	logits, _ := p.SlotIndex("logits")
	byElem := lieCase{final: "proveElement"}
	cases := []struct {
		name string
		lc   lieCase
		liar TraceProvider
	}{
		{"wrong prediction", byElem, opOutputLie(t, h, 8, 37)},
		{"wrong logit", byElem, opOutputLie(t, h, 7, 123)},
		{"acc1 element (matmul)", byElem, opOutputLie(t, h, 0, 12345)},
		{"h1 element (requant)", byElem, opOutputLie(t, h, 2, 4321)},
		{"acc2 element (add)", byElem, opOutputLie(t, h, 4, 777)},
		{"w2 changed in memory after op 2", byElem, lieTrace(t, h, cheat.Lie{Kind: cheat.Unwritten, Op: 2, Slot: w2, Elem: 5})},
		{"committed logit only", byElem, lieTrace(t, h, cheat.Lie{Kind: cheat.FinalOutput, Slot: logits, Elem: 123})},
		{"w2 changed in S_3", lieCase{final: "timeout", cannotMove: true}, cheatUnwrittenAt(t, r, h, 3, w2)},
		{"pred padding", byElem, cheatPaddingAt(t, r, h, 8)},
		{"acc1 chunk 100", lieCase{final: "resolveLeaf"}, cheatBeyondAt(t, r, h, 1)},
	}
	for _, c := range cases {
		liar := c.liar
		if finalState(liar) == h.FinalState() {
			t.Fatalf("%s: the lie did not change S_n", c.name)
		}
		res := play(t, commit(t, liar), liar, honest)
		checkOutcome(t, res, p, Challenger, c.lc)
		t.Logf("%-32s cheating executor: %2d moves %v (i=%d d=%d): %s", c.name, res.moves, res.byName, res.game.A, res.game.ChunkDepth, res.game.Reason)
		res = play(t, commit(t, honest), honest, liar)
		checkOutcome(t, res, p, Executor, c.lc)
		t.Logf("%-32s lying challenger:  %2d moves %v: %s", c.name, res.moves, res.byName, res.game.Reason)
	}

	// A wrong step count and a wrong output root: direct proofs.
	c := commit(t, honest)
	c.Steps = cheat.WrongSteps(c.Steps)
	m, ok, err := StepCountProof(c, p)
	if err != nil || !ok {
		t.Fatalf("StepCountProof: %v %v", ok, err)
	}
	if err := VerifyStepCountProof(c, m); err != nil {
		t.Fatal(err)
	}
	if _, _, err := OpenMove(c, honest); !errors.Is(err, ErrWrongStepCount) {
		t.Fatalf("OpenMove: %v", err)
	}
	c = commit(t, honest)
	c.OutputRoot[9] ^= 1
	o, ok, err := OutputRootProof(c, honest)
	if err != nil || !ok {
		t.Fatalf("OutputRootProof: %v %v", ok, err)
	}
	if err := VerifyOutputRootProof(c, o); err != nil {
		t.Fatal(err)
	}
}

// TestMNISTFullBatch plays one game on the example as shipped (10,000
// images): a wrong element of the first layer.
func TestMNISTFullBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full 10,000-image network twice")
	}
	t.Parallel()
	p, inputs := mnist(t, 10000)
	h := run(t, p, inputs, nil)
	liar := opOutputLie(t, h, 1, 2_000_000)
	res := play(t, commit(t, liar), liar, FromTrace(h))
	checkOutcome(t, res, p, Challenger, lieCase{final: "proveElement"})
	t.Logf("full batch, cheating executor: %d moves %v (d=%d, bound %d): %s", res.moves, res.byName, res.game.ChunkDepth, MaxMoves(9, res.game.ChunkDepth), res.game.Reason)
}
