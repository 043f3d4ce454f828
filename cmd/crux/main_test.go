package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/npy"
	"github.com/crux-rollup/crux/examples/mnist/mnist"
)

// cruxBin is the binary under test, built once: the CLI is tested as users
// run it, through exit codes, stdout, stderr and files.
var cruxBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "crux-cli-test")
	if err != nil {
		panic(err)
	}
	cruxBin = filepath.Join(dir, "crux")
	if out, err := exec.Command("go", "build", "-o", cruxBin, ".").CombinedOutput(); err != nil {
		panic("building crux: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

func crux(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(cruxBin, args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errb.String()}
}

const testProgram = `{
  "version": 1,
  "slots": [
    {"name": "x", "dtype": "int8",  "shape": [2, 3], "input": true},
    {"name": "w", "dtype": "int8",  "shape": [2, 3], "input": true},
    {"name": "h", "dtype": "int32", "shape": [2, 2], "output": true},
    {"name": "y", "dtype": "int32", "shape": [2],    "output": true}
  ],
  "ops": [
    {"op": "matmul", "out": "h", "in": ["x", "w"]},
    {"op": "argmax", "out": "y", "in": ["h"]}
  ]
}`

// fixture writes the test program and its inputs into a fresh directory.
func fixture(t *testing.T) (dir, prog, x, w string) {
	dir = t.TempDir()
	prog = filepath.Join(dir, "prog.json")
	if err := os.WriteFile(prog, []byte(testProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	x = filepath.Join(dir, "x.npy")
	w = filepath.Join(dir, "w.npy")
	if err := npy.WriteFile(x, compute.Int8Tensor(compute.Shape{2, 3}, []int8{1, 2, 3, -1, -2, -3})); err != nil {
		t.Fatal(err)
	}
	if err := npy.WriteFile(w, compute.Int8Tensor(compute.Shape{2, 3}, []int8{1, 0, 0, 0, 0, 1})); err != nil {
		t.Fatal(err)
	}
	return dir, prog, x, w
}

func TestVersion(t *testing.T) {
	r := crux(t, nil, "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "crux dev (commit ") {
		t.Fatalf("version: %+v", r)
	}
}

func TestRunJSONAndOutputs(t *testing.T) {
	dir, prog, x, w := fixture(t)
	out := filepath.Join(dir, "out")
	r := crux(t, nil, "run", "--program", prog, "--input", "x="+x, "--input", "w="+w, "--out", out, "--json")
	if r.code != 0 {
		t.Fatalf("run failed: %+v", r)
	}
	var rep runReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, r.stdout)
	}
	if rep.Steps != 2 || len(rep.Outputs) != 2 || rep.Outputs[0].Name != "h" || rep.Outputs[1].Path != filepath.Join(out, "y.npy") {
		t.Fatalf("report: %+v", rep)
	}
	if rep.Seconds <= 0 || rep.Outputs[1].DType != "int32" || len(rep.Outputs[1].Shape) != 1 {
		t.Fatalf("report: %+v", rep)
	}
	// h = x * w^T = [[1,3],[-1,-3]]; argmax per row = [1, 0].
	h, err := npy.ReadFile(filepath.Join(out, "h.npy"))
	if err != nil {
		t.Fatal(err)
	}
	if got := h.Int32s(); len(got) != 4 || got[0] != 1 || got[1] != 3 || got[2] != -1 || got[3] != -3 {
		t.Fatalf("h = %v", got)
	}
	y, err := npy.ReadFile(filepath.Join(out, "y.npy"))
	if err != nil {
		t.Fatal(err)
	}
	if got := y.Int32s(); got[0] != 1 || got[1] != 0 {
		t.Fatalf("y = %v", got)
	}
	if y.Root(1) != rep.Outputs[1].Root {
		t.Fatal("the reported output root is not the root of the written file")
	}

	// The text form reports the same roots; flags can come from CRUX_* variables.
	env := []string{"CRUX_PROGRAM=" + prog, "CRUX_INPUT=x=" + x + ",w=" + w}
	r2 := crux(t, env, "run")
	if r2.code != 0 {
		t.Fatalf("run from environment failed: %+v", r2)
	}
	for _, want := range []string{"steps        2", "state root   " + rep.StateRoot.Hex(), "input root   " + rep.InputRoot.Hex(), rep.Outputs[0].Root.Hex()} {
		if !strings.Contains(r2.stdout, want) {
			t.Fatalf("text report lacks %q:\n%s", want, r2.stdout)
		}
	}
}

// Bad input: non-zero exit, one line on stderr naming the problem, and no
// output files.
func TestRunBadInput(t *testing.T) {
	dir, prog, x, w := fixture(t)
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	xBytes, _ := os.ReadFile(x)
	truncated := write("trunc.npy", xBytes[:len(xBytes)-2])
	var buf bytes.Buffer
	npy.Write(&buf, compute.Int32Tensor(compute.Shape{2, 3}, make([]int32, 6)))
	wrongDType := write("i32.npy", buf.Bytes())
	buf.Reset()
	npy.Write(&buf, compute.Int8Tensor(compute.Shape{3, 2}, make([]int8, 6)))
	wrongShape := write("shape.npy", buf.Bytes())
	badProg := write("bad.json", []byte(strings.Replace(testProgram, `"argmax"`, `"argmux"`, 1)))
	garbage := write("garbage.json", []byte("{\"version\": 1, \"slots\": ["))

	cases := []struct {
		name string
		args []string
		want string
	}{
		{"malformed program", []string{"--program", badProg, "--input", "x=" + x, "--input", "w=" + w}, `op 1 (argmux): unknown op "argmux"`},
		{"truncated program", []string{"--program", garbage, "--input", "x=" + x, "--input", "w=" + w}, "unexpected EOF"},
		{"missing program file", []string{"--program", filepath.Join(dir, "nope.json")}, "no such file"},
		{"missing input", []string{"--program", prog, "--input", "x=" + x}, `input "w" (int8[2,3]) is missing`},
		{"unknown input", []string{"--program", prog, "--input", "x=" + x, "--input", "w=" + w, "--input", "z=" + w}, `"z" is not an input of the program`},
		{"truncated npy", []string{"--program", prog, "--input", "x=" + truncated, "--input", "w=" + w}, `input "x"`},
		{"wrong dtype", []string{"--program", prog, "--input", "x=" + x, "--input", "w=" + wrongDType}, `input "w" is int32[2,3], the program declares int8[2,3]`},
		{"wrong shape", []string{"--program", prog, "--input", "x=" + wrongShape, "--input", "w=" + w}, `input "x" is int8[3,2], the program declares int8[2,3]`},
		{"bad input syntax", []string{"--program", prog, "--input", x}, "want NAME=FILE.npy"},
		{"duplicate input", []string{"--program", prog, "--input", "x=" + x, "--input", "x=" + x}, `input "x" given twice`},
		{"bad backend", []string{"--program", prog, "--input", "x=" + x, "--input", "w=" + w, "--backend", "tpu"}, `--backend "tpu"`},
	}
	for _, c := range cases {
		out := filepath.Join(dir, "out-"+strings.ReplaceAll(c.name, " ", "-"))
		r := crux(t, nil, append([]string{"run", "--out", out}, c.args...)...)
		if r.code == 0 {
			t.Errorf("%s: exit 0", c.name)
			continue
		}
		msg := strings.TrimSuffix(r.stderr, "\n")
		if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "crux: ") {
			t.Errorf("%s: stderr is not one line starting with crux: %q", c.name, r.stderr)
		}
		if !strings.Contains(msg, c.want) {
			t.Errorf("%s: stderr %q does not name %q", c.name, msg, c.want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%s: output directory was created", c.name)
		}
	}
	r := crux(t, []string{"CRUX_LOG_LEVEL=loud"}, "version")
	if r.code == 0 || !strings.Contains(r.stderr, `--log.level "loud"`) {
		t.Errorf("bad log level from the environment: %+v", r)
	}
}

// The MNIST example through `crux run`, as a user runs it: at least 97% of the
// 10,000 test images classified right.
func TestMNISTAccuracy(t *testing.T) {
	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	images := filepath.Join(dir, "images.npy")
	if err := npy.WriteFile(images, mnist.ImagesTensor(test, mnist.Batch)); err != nil {
		t.Fatal(err)
	}
	example := filepath.Join("..", "..", "examples", "mnist")
	args := []string{"run", "--program", filepath.Join(example, mnist.ProgramFile), "--input", "images=" + images, "--out", dir, "--json"}
	for _, w := range []string{"w1", "b1", "w2", "b2", "w3", "b3"} {
		args = append(args, "--input", w+"="+filepath.Join(example, mnist.WeightsDir, w+".npy"))
	}
	r := crux(t, nil, args...)
	if r.code != 0 {
		t.Fatalf("crux run: %+v", r)
	}
	pred, err := npy.ReadFile(filepath.Join(dir, mnist.PredSlot+".npy"))
	if err != nil {
		t.Fatal(err)
	}
	acc := mnist.Accuracy(pred, test)
	t.Logf("crux run MNIST accuracy %.2f%%", 100*acc)
	if acc < 0.97 {
		t.Fatalf("accuracy %.2f%%, want at least 97%%", 100*acc)
	}
}
