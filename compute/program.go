package compute

import (
	"fmt"
)

// Version is the program format version this package reads and writes.
const Version = 1

// Slot declares one tensor of memory.
type Slot struct {
	Name   string
	DType  DType
	Shape  Shape
	Input  bool // filled from the job's input data before step 0
	Output bool // reported and committed after the last step
}

// Bytes is the slot's size in bytes.
func (s Slot) Bytes() int { return s.Shape.Elems() * s.DType.Size() }

// Opcode identifies an op. The values are part of the canonical encoding.
type Opcode uint8

const (
	OpMatMul    Opcode = 1
	OpAdd       Opcode = 2
	OpRequant   Opcode = 3
	OpReLU      Opcode = 4
	OpLUT       Opcode = 5
	OpArgMax    Opcode = 6
	OpReshape   Opcode = 7
	OpTranspose Opcode = 8
	OpSlice     Opcode = 9
	OpConcat    Opcode = 10
)

// opcodeCount bounds the opcode values in use (1..opcodeCount-1).
const opcodeCount = 11

func (o Opcode) String() string {
	switch o {
	case OpMatMul:
		return "matmul"
	case OpAdd:
		return "add"
	case OpRequant:
		return "requant"
	case OpReLU:
		return "relu"
	case OpLUT:
		return "lut"
	case OpArgMax:
		return "argmax"
	case OpReshape:
		return "reshape"
	case OpTranspose:
		return "transpose"
	case OpSlice:
		return "slice"
	case OpConcat:
		return "concat"
	}
	return fmt.Sprintf("opcode(%d)", uint8(o))
}

// Valid reports whether o is a known opcode.
func (o Opcode) Valid() bool { return o >= 1 && o < opcodeCount }

// ParseOpcode maps an op name to its opcode.
func ParseOpcode(name string) (Opcode, bool) {
	for o := Opcode(1); o < opcodeCount; o++ {
		if o.String() == name {
			return o, true
		}
	}
	return 0, false
}

// NumParams is the number of int32 parameters in an op record.
const NumParams = 14

// Op is one instruction: it reads Inputs (one or two slots, per opcode) and
// replaces slot Out. Params hold the op's parameters at the positions fixed by
// docs/compute.md section 2.4; unused entries are zero.
type Op struct {
	Code   Opcode
	Out    int
	In     []int
	Params [NumParams]int32
}

// arity is the number of input slots each opcode reads.
func (o Opcode) arity() int {
	switch o {
	case OpMatMul, OpAdd, OpLUT, OpConcat:
		return 2
	case OpRequant, OpReLU, OpArgMax, OpReshape, OpTranspose, OpSlice:
		return 1
	}
	return 0
}

// Requant parameters, by position in Params.
const (
	ParamMultiplier = 0
	ParamShift      = 1
	ParamZeroPoint  = 2
	ParamMin        = 3
	ParamMax        = 4
)

// Program is a slot table and an ordered list of ops. Build one with
// DecodeJSON or DecodeBinary, or by hand followed by Validate.
type Program struct {
	Slots []Slot
	Ops   []Op
}

// SlotIndex returns the index of the slot with the given name.
func (p *Program) SlotIndex(name string) (int, bool) {
	for i, s := range p.Slots {
		if s.Name == name {
			return i, true
		}
	}
	return 0, false
}

// Inputs returns the indices of the input slots, in slot order.
func (p *Program) Inputs() []int { return p.flagged(func(s Slot) bool { return s.Input }) }

// Outputs returns the indices of the output slots, in slot order.
func (p *Program) Outputs() []int { return p.flagged(func(s Slot) bool { return s.Output }) }

func (p *Program) flagged(f func(Slot) bool) []int {
	var idx []int
	for i, s := range p.Slots {
		if f(s) {
			idx = append(idx, i)
		}
	}
	return idx
}

// MemoryBytes is the total size of all slots.
func (p *Program) MemoryBytes() int64 {
	var n int64
	for _, s := range p.Slots {
		n += int64(s.Bytes())
	}
	return n
}
