package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/cuda"
	"github.com/crux-rollup/crux/compute/npy"
)

// maxProgramFile bounds what `crux run` reads as a program: a JSON program at
// the op limit is well below it.
const maxProgramFile = 256 << 20

func runCommand() *cli.Command {
	return &cli.Command{
		Name:      "run",
		Usage:     "run a job locally and print its commitments",
		UsageText: "crux run --program FILE --input NAME=FILE.npy ... [--out DIR] [--json]",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "program", Usage: "program file, JSON or canonical binary", Required: true, EnvVars: env("program")},
			&cli.StringSliceFlag{Name: "input", Usage: "an input tensor as NAME=FILE.npy (repeat for each input)", EnvVars: env("input")},
			&cli.StringFlag{Name: "out", Usage: "write each output as DIR/NAME.npy", EnvVars: env("out")},
			&cli.BoolFlag{Name: "json", Usage: "print one JSON object instead of text", EnvVars: env("json")},
			&cli.StringFlag{Name: "backend", Value: "auto", Usage: "compute backend: auto (cuda if available, else cpu), cpu or cuda", EnvVars: env("backend")},
			&cli.IntFlag{Name: "threads", Usage: "CPU threads (0: all cores)", EnvVars: env("threads")},
		},
		Action: runAction,
	}
}

// runReport is what `crux run` prints; its JSON field names are a stable
// interface for scripts.
type runReport struct {
	Program     string         `json:"program"`
	Backend     string         `json:"backend"`
	Steps       int            `json:"steps"`
	ProgramRoot compute.Hash   `json:"program_root"`
	InputRoot   compute.Hash   `json:"input_root"`
	StateRoot   compute.Hash   `json:"state_root"`
	OutputRoot  compute.Hash   `json:"output_root"`
	Outputs     []outputReport `json:"outputs"`
	Seconds     float64        `json:"seconds"`
}

type outputReport struct {
	Name  string       `json:"name"`
	Root  compute.Hash `json:"root"`
	DType string       `json:"dtype"`
	Shape []int        `json:"shape"`
	Path  string       `json:"path,omitempty"`
}

func runAction(c *cli.Context) error {
	if c.Args().Len() > 0 {
		return fmt.Errorf("unexpected argument %q (inputs are given as --input NAME=FILE.npy)", c.Args().First())
	}
	prog, err := loadProgram(c.String("program"))
	if err != nil {
		return err
	}
	inputs, err := loadInputs(c.StringSlice("input"))
	if err != nil {
		return err
	}
	log := logger(c)
	backend, err := selectBackend(c.String("backend"), c.Int("threads"), log)
	if err != nil {
		return err
	}
	if g, ok := backend.(*cuda.Backend); ok {
		defer g.Close()
		log.Debug("using the cuda backend", "device", g.Device().String())
	}
	log.Debug("running job", "program", c.String("program"), "steps", len(prog.Ops), "backend", backend.Name())

	opt := compute.RunOptions{}
	var bar *progressbar.ProgressBar
	if f, ok := c.App.ErrWriter.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		bar = progressbar.NewOptions(len(prog.Ops),
			progressbar.OptionSetWriter(f), progressbar.OptionSetDescription("steps"),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
		opt.Progress = func(done, _ int) { _ = bar.Set(done) }
	}
	start := time.Now()
	trace, err := compute.Run(c.Context, backend, prog, inputs, opt)
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		return fmt.Errorf("running %s: %w", c.String("program"), err)
	}
	elapsed := time.Since(start)

	rep := runReport{
		Program:     c.String("program"),
		Backend:     backend.Name(),
		Steps:       trace.Steps(),
		ProgramRoot: trace.ProgramRoot,
		InputRoot:   trace.InputRoot(),
		StateRoot:   trace.FinalState(),
		OutputRoot:  trace.OutputRoot,
		Seconds:     elapsed.Seconds(),
	}
	var paths []string
	if dir := c.String("out"); dir != "" {
		if paths, err = writeOutputs(dir, trace.Outputs); err != nil {
			return err
		}
	}
	for i, o := range trace.Outputs {
		r := outputReport{Name: o.Name, Root: o.Root, DType: o.Tensor.DType.String(), Shape: append([]int{}, o.Tensor.Shape...)}
		if paths != nil {
			r.Path = paths[i]
		}
		rep.Outputs = append(rep.Outputs, r)
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		return enc.Encode(rep)
	}
	printReport(c.App.Writer, rep)
	return nil
}

func printReport(w io.Writer, r runReport) {
	fmt.Fprintf(w, "program      %s\n", r.Program)
	fmt.Fprintf(w, "steps        %d\n", r.Steps)
	fmt.Fprintf(w, "program root %s\n", r.ProgramRoot)
	fmt.Fprintf(w, "input root   %s\n", r.InputRoot)
	fmt.Fprintf(w, "state root   %s\n", r.StateRoot)
	fmt.Fprintf(w, "output root  %s\n", r.OutputRoot)
	for _, o := range r.Outputs {
		line := fmt.Sprintf("output %-16s %s%v %s", o.Name, o.DType, compute.Shape(o.Shape), o.Root)
		if o.Path != "" {
			line += " -> " + o.Path
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "wall time    %.3f s (%s backend)\n", r.Seconds, r.Backend)
}

// loadProgram reads a program file in either format.
func loadProgram(path string) (*compute.Program, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading program: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxProgramFile+1))
	if err != nil {
		return nil, fmt.Errorf("reading program %s: %w", path, err)
	}
	if len(data) > maxProgramFile {
		return nil, fmt.Errorf("program %s is larger than %d bytes", path, maxProgramFile)
	}
	p, err := compute.DecodeProgram(data)
	if err != nil {
		return nil, fmt.Errorf("program %s: %w", path, err)
	}
	return p, nil
}

// loadInputs reads NAME=FILE.npy arguments.
func loadInputs(args []string) (map[string]compute.Tensor, error) {
	inputs := make(map[string]compute.Tensor, len(args))
	for _, a := range args {
		name, path, ok := strings.Cut(a, "=")
		if !ok || name == "" || path == "" {
			return nil, fmt.Errorf("--input %q: want NAME=FILE.npy", a)
		}
		if _, dup := inputs[name]; dup {
			return nil, fmt.Errorf("--input %q: input %q given twice", a, name)
		}
		t, err := npy.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("input %q: %w", name, err)
		}
		inputs[name] = t
	}
	return inputs, nil
}

// selectBackend resolves --backend: cuda fails with the reason when the GPU
// path cannot run here; auto then falls back to the CPU, saying why in the
// debug log (the report names the backend that ran).
func selectBackend(name string, threads int, log *slog.Logger) (compute.Backend, error) {
	if threads < 0 {
		return nil, fmt.Errorf("--threads %d: must be 0 (all cores) or more", threads)
	}
	b, note, err := cuda.Select(name, threads)
	if err != nil {
		return nil, fmt.Errorf("--backend %q: %w", name, err)
	}
	if note != "" {
		log.Debug("cuda backend not used", "reason", note)
	}
	return b, nil
}

// writeOutputs writes every output as DIR/NAME.npy, all or nothing: each file
// is written and synced under a temporary name, and only when all succeeded
// are they renamed into place.
func writeOutputs(dir string, outs []compute.Output) (paths []string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating output directory: %w", err)
	}
	var temps []string
	defer func() {
		if err != nil {
			for _, t := range temps {
				os.Remove(t)
			}
		}
	}()
	for _, o := range outs {
		f, err := os.CreateTemp(dir, "."+o.Name+".npy.tmp-*")
		if err != nil {
			return nil, fmt.Errorf("writing output %q: %w", o.Name, err)
		}
		temps = append(temps, f.Name())
		werr := npy.Write(f, o.Tensor)
		if werr == nil {
			werr = f.Sync()
		}
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return nil, fmt.Errorf("writing output %q: %w", o.Name, werr)
		}
		paths = append(paths, filepath.Join(dir, o.Name+".npy"))
	}
	for i, t := range temps {
		if err := os.Rename(t, paths[i]); err != nil {
			return nil, fmt.Errorf("writing output %q: %w", outs[i].Name, err)
		}
	}
	return paths, nil
}
