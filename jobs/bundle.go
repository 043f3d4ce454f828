// Package jobs is the job bundle: a program with its input data, the unit a
// dApp uploads to the sequencer and executors, challengers and watchers
// fetch. A bundle is addressed by the two roots a job and a result
// commitment carry (program root, input root), so anyone holding a
// commitment can fetch exactly the job it commits to and check it did.
//
// Encoding (big-endian): "CRXJ", version byte 1, the program's canonical
// binary encoding prefixed by its length (uint32), then the data of every
// input slot in slot order, each exactly as many bytes as the slot's type
// says (int32 little-endian, as committed). Nothing else: the slot types come
// from the program, so one bundle has one encoding and a truncated or padded
// bundle is an error.
package jobs

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/crux-rollup/crux/compute"
)

const (
	magic   = "CRXJ"
	version = 1
	// MaxBundleBytes bounds a bundle (program and inputs): what a sequencer
	// stores per job and a node fetches before running it.
	MaxBundleBytes = 256 << 20
)

// ErrBadBundle is wrapped by every decoding error.
var ErrBadBundle = errors.New("bad job bundle")

// Bundle is a program and its inputs by slot name.
type Bundle struct {
	Program *compute.Program
	Inputs  map[string]compute.Tensor
}

// New checks that inputs are exactly the program's input slots, with their
// types, and returns the bundle.
func New(p *compute.Program, inputs map[string]compute.Tensor) (Bundle, error) {
	if err := p.Validate(); err != nil {
		return Bundle{}, fmt.Errorf("job program: %w", err)
	}
	if _, err := compute.InputRoot(p, inputs, 1); err != nil {
		return Bundle{}, fmt.Errorf("job inputs: %w", err)
	}
	return Bundle{Program: p, Inputs: inputs}, nil
}

// Roots are the program root and the input root (S_0) the bundle commits to.
func (b Bundle) Roots(workers int) (program, input compute.Hash, err error) {
	input, err = compute.InputRoot(b.Program, b.Inputs, workers)
	if err != nil {
		return compute.Hash{}, compute.Hash{}, fmt.Errorf("job inputs: %w", err)
	}
	return b.Program.Root(), input, nil
}

// Encode returns the bundle's one encoding.
func (b Bundle) Encode() []byte {
	prog := b.Program.EncodeBinary()
	out := append([]byte(magic), version)
	out = binary.BigEndian.AppendUint32(out, uint32(len(prog)))
	out = append(out, prog...)
	for _, s := range b.Program.Slots {
		if s.Input {
			out = append(out, b.Inputs[s.Name].Data...)
		}
	}
	return out
}

// Decode parses a bundle, checking every length against the program and the
// limits before it allocates.
func Decode(data []byte) (Bundle, error) {
	bad := func(format string, args ...any) (Bundle, error) {
		return Bundle{}, fmt.Errorf("%w: %s", ErrBadBundle, fmt.Sprintf(format, args...))
	}
	if len(data) > MaxBundleBytes {
		return bad("%d bytes exceed the %d-byte limit", len(data), MaxBundleBytes)
	}
	if len(data) < len(magic)+5 || string(data[:len(magic)]) != magic {
		return bad("not a job bundle (no %q header)", magic)
	}
	if v := data[len(magic)]; v != version {
		return bad("version %d, this build reads version %d", v, version)
	}
	rest := data[len(magic)+1:]
	n := binary.BigEndian.Uint32(rest)
	rest = rest[4:]
	if uint64(n) > uint64(len(rest)) {
		return bad("program of %d bytes, only %d follow", n, len(rest))
	}
	p, err := compute.DecodeBinary(rest[:n])
	if err != nil {
		return bad("program: %v", err)
	}
	rest = rest[n:]
	inputs := map[string]compute.Tensor{}
	for _, s := range p.Slots {
		if !s.Input {
			continue
		}
		size := s.Shape.Elems() * s.DType.Size()
		if size > len(rest) {
			return bad("input %q needs %d bytes, only %d follow", s.Name, size, len(rest))
		}
		t := compute.NewTensor(s.DType, s.Shape)
		copy(t.Data, rest[:size])
		inputs[s.Name] = t
		rest = rest[size:]
	}
	if len(rest) != 0 {
		return bad("%d bytes after the last input", len(rest))
	}
	return Bundle{Program: p, Inputs: inputs}, nil
}
