package compute

import (
	"errors"
	"fmt"
	"math"
)

// Validate checks the program against docs/compute.md: limits, the slot table,
// and every op's inputs, parameters and output type. An error names the slot or
// the op index and the problem.
func (p *Program) Validate() error {
	if err := p.validateSlots(); err != nil {
		return err
	}
	if len(p.Ops) == 0 {
		return errors.New("program has no ops")
	}
	if len(p.Ops) > MaxOps {
		return fmt.Errorf("program has %d ops, more than the maximum %d", len(p.Ops), MaxOps)
	}
	for i, op := range p.Ops {
		if err := p.checkOp(op); err != nil {
			return fmt.Errorf("op %d (%s): %w", i, op.Code, err)
		}
	}
	return nil
}

// validateSlots checks the slot table alone.
func (p *Program) validateSlots() error {
	if len(p.Slots) == 0 {
		return errors.New("program has no slots")
	}
	if len(p.Slots) > MaxSlots {
		return fmt.Errorf("program has %d slots, more than the maximum %d", len(p.Slots), MaxSlots)
	}
	names := make(map[string]int, len(p.Slots))
	outputs := 0
	for i, s := range p.Slots {
		if err := checkName(s.Name); err != nil {
			return fmt.Errorf("slot %d: %w", i, err)
		}
		if j, dup := names[s.Name]; dup {
			return fmt.Errorf("slot %d: name %q already used by slot %d", i, s.Name, j)
		}
		names[s.Name] = i
		if !s.DType.Valid() {
			return fmt.Errorf("slot %d %q: invalid dtype %d", i, s.Name, uint8(s.DType))
		}
		if err := s.Shape.Check(s.DType); err != nil {
			return fmt.Errorf("slot %d %q: %w", i, s.Name, err)
		}
		if s.Output {
			outputs++
		}
	}
	if outputs == 0 {
		return errors.New("program declares no output slot")
	}
	if outputs > MaxOutputs {
		return fmt.Errorf("program declares %d output slots, more than the maximum %d", outputs, MaxOutputs)
	}
	if m := p.MemoryBytes(); m > MaxMemoryBytes {
		return fmt.Errorf("program memory is %d bytes, more than the maximum %d", m, int64(MaxMemoryBytes))
	}
	return nil
}

func checkName(n string) error {
	if len(n) == 0 || len(n) > MaxNameLen {
		return fmt.Errorf("name %q must be 1 to %d bytes", n, MaxNameLen)
	}
	if n[0] == '.' {
		// Names become file names (NAME.npy): no hidden files, no "..".
		return fmt.Errorf("name %q must not start with '.'", n)
	}
	for _, c := range []byte(n) {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'
		if !ok {
			return fmt.Errorf("name %q has character %q; allowed are A-Z a-z 0-9 _ . -", n, c)
		}
	}
	return nil
}

// checkOp validates one op in the context of the slot table.
func (p *Program) checkOp(op Op) error {
	if !op.Code.Valid() {
		return fmt.Errorf("unknown opcode %d", uint8(op.Code))
	}
	if n := op.Code.arity(); len(op.In) != n {
		return fmt.Errorf("takes %d inputs, has %d", n, len(op.In))
	}
	if op.Out < 0 || op.Out >= len(p.Slots) {
		return fmt.Errorf("output slot %d out of range [0,%d)", op.Out, len(p.Slots))
	}
	for k, s := range op.In {
		if s < 0 || s >= len(p.Slots) {
			return fmt.Errorf("input %d: slot %d out of range [0,%d)", k, s, len(p.Slots))
		}
	}
	used := op.Code.usedParams(p, op)
	for k := used; k < NumParams; k++ {
		if op.Params[k] != 0 {
			return fmt.Errorf("param %d is %d, must be 0 (%s uses %d params)", k, op.Params[k], op.Code, used)
		}
	}
	in := make([]Slot, len(op.In))
	for k, s := range op.In {
		in[k] = p.Slots[s]
	}
	out := p.Slots[op.Out]
	want, err := resultType(op, in, out)
	if err != nil {
		return err
	}
	if want.DType != out.DType || !want.Shape.Equal(out.Shape) {
		return fmt.Errorf("result is %s%v but output slot %d %q is %s%v",
			want.DType, want.Shape, op.Out, out.Name, out.DType, out.Shape)
	}
	return nil
}

// usedParams is how many leading params the op may set.
func (o Opcode) usedParams(p *Program, op Op) int {
	switch o {
	case OpRequant:
		return 5
	case OpConcat:
		return 1
	case OpTranspose, OpSlice:
		if len(op.In) == 1 && op.In[0] >= 0 && op.In[0] < len(p.Slots) {
			return len(p.Slots[op.In[0]].Shape)
		}
	}
	return 0
}

// typ is a dtype and a shape: the static type of a slot.
type typ struct {
	DType DType
	Shape Shape
}

// resultType checks the op's inputs and parameters and returns the type of its
// result. out is the declared output slot, needed by slice (its shape is the
// slice's extent).
func resultType(op Op, in []Slot, out Slot) (typ, error) {
	x := in[0]
	need := func(k int, s Slot, d DType) error {
		if s.DType != d {
			return fmt.Errorf("input %d %q is %s, want %s", k, s.Name, s.DType, d)
		}
		return nil
	}
	switch op.Code {
	case OpMatMul:
		y := in[1]
		if err := need(0, x, Int8); err != nil {
			return typ{}, err
		}
		if err := need(1, y, Int8); err != nil {
			return typ{}, err
		}
		if len(x.Shape) != 2 || len(y.Shape) != 2 {
			return typ{}, fmt.Errorf("inputs must be rank 2, have %v and %v", x.Shape, y.Shape)
		}
		if x.Shape[1] != y.Shape[1] {
			return typ{}, fmt.Errorf("inner dimensions differ: %v and %v (want [M,K] and [N,K])", x.Shape, y.Shape)
		}
		if x.Shape[1] > MaxReduce {
			return typ{}, fmt.Errorf("inner dimension %d exceeds the maximum %d", x.Shape[1], MaxReduce)
		}
		return typ{Int32, Shape{x.Shape[0], y.Shape[0]}}, nil

	case OpAdd:
		y := in[1]
		if err := need(0, x, Int32); err != nil {
			return typ{}, err
		}
		if err := need(1, y, Int32); err != nil {
			return typ{}, err
		}
		bias := len(x.Shape) >= 1 && len(y.Shape) == 1 && y.Shape[0] == x.Shape[len(x.Shape)-1]
		if !x.Shape.Equal(y.Shape) && !bias {
			return typ{}, fmt.Errorf("shapes %v and %v do not match (want equal shapes or a bias row of the last dim)", x.Shape, y.Shape)
		}
		return typ{Int32, x.Shape}, nil

	case OpRequant:
		if err := need(0, x, Int32); err != nil {
			return typ{}, err
		}
		pm := op.Params
		switch {
		case pm[ParamMultiplier] < 1:
			return typ{}, fmt.Errorf("multiplier %d must be in [1, %d]", pm[ParamMultiplier], math.MaxInt32)
		case pm[ParamShift] < 0 || pm[ParamShift] > 62:
			return typ{}, fmt.Errorf("shift %d must be in [0, 62]", pm[ParamShift])
		case pm[ParamZeroPoint] < -128 || pm[ParamZeroPoint] > 127:
			return typ{}, fmt.Errorf("zero_point %d must be in [-128, 127]", pm[ParamZeroPoint])
		case pm[ParamMin] < -128 || pm[ParamMax] > 127 || pm[ParamMin] > pm[ParamMax]:
			return typ{}, fmt.Errorf("min %d and max %d must satisfy -128 <= min <= max <= 127", pm[ParamMin], pm[ParamMax])
		}
		return typ{Int8, x.Shape}, nil

	case OpReLU:
		return typ{x.DType, x.Shape}, nil

	case OpLUT:
		y := in[1]
		if err := need(0, x, Int8); err != nil {
			return typ{}, err
		}
		if err := need(1, y, Int8); err != nil {
			return typ{}, err
		}
		if !y.Shape.Equal(Shape{256}) {
			return typ{}, fmt.Errorf("table %q has shape %v, want [256]", y.Name, y.Shape)
		}
		return typ{Int8, x.Shape}, nil

	case OpArgMax:
		if len(x.Shape) < 1 {
			return typ{}, fmt.Errorf("input %q is rank 0, want rank >= 1", x.Name)
		}
		if n := x.Shape[len(x.Shape)-1]; n > MaxReduce {
			return typ{}, fmt.Errorf("row length %d exceeds the maximum %d", n, MaxReduce)
		}
		return typ{Int32, x.Shape[:len(x.Shape)-1]}, nil

	case OpReshape:
		if out.Shape.Elems() != x.Shape.Elems() {
			return typ{}, fmt.Errorf("cannot reshape %v (%d elements) to %v (%d elements)", x.Shape, x.Shape.Elems(), out.Shape, out.Shape.Elems())
		}
		return typ{x.DType, out.Shape}, nil

	case OpTranspose:
		r := len(x.Shape)
		if r < 2 {
			return typ{}, fmt.Errorf("input %q is rank %d, want rank >= 2", x.Name, r)
		}
		seen := make([]bool, r)
		s := make(Shape, r)
		for k := 0; k < r; k++ {
			a := op.Params[k]
			if a < 0 || int(a) >= r || seen[a] {
				return typ{}, fmt.Errorf("perm %v is not a permutation of 0..%d", op.Params[:r], r-1)
			}
			seen[a] = true
			s[k] = x.Shape[a]
		}
		return typ{x.DType, s}, nil

	case OpSlice:
		r := len(x.Shape)
		if r < 1 {
			return typ{}, fmt.Errorf("input %q is rank 0, want rank >= 1", x.Name)
		}
		if len(out.Shape) != r {
			return typ{}, fmt.Errorf("output rank %d differs from input rank %d", len(out.Shape), r)
		}
		for k := 0; k < r; k++ {
			st := int64(op.Params[k])
			if st < 0 || st+int64(out.Shape[k]) > int64(x.Shape[k]) {
				return typ{}, fmt.Errorf("axis %d: start %d + extent %d exceeds input dim %d", k, st, out.Shape[k], x.Shape[k])
			}
		}
		return typ{x.DType, out.Shape}, nil

	case OpConcat:
		y := in[1]
		if x.DType != y.DType {
			return typ{}, fmt.Errorf("inputs have dtypes %s and %s", x.DType, y.DType)
		}
		r := len(x.Shape)
		if r < 1 || len(y.Shape) != r {
			return typ{}, fmt.Errorf("inputs have shapes %v and %v, want the same rank >= 1", x.Shape, y.Shape)
		}
		axis := int(op.Params[0])
		if axis < 0 || axis >= r {
			return typ{}, fmt.Errorf("axis %d out of range [0,%d)", axis, r)
		}
		s := x.Shape.Clone()
		for k := 0; k < r; k++ {
			if k != axis && x.Shape[k] != y.Shape[k] {
				return typ{}, fmt.Errorf("shapes %v and %v differ on axis %d (only axis %d may differ)", x.Shape, y.Shape, k, axis)
			}
		}
		s[axis] += y.Shape[axis]
		return typ{x.DType, s}, nil
	}
	return typ{}, fmt.Errorf("unknown opcode %d", uint8(op.Code))
}
