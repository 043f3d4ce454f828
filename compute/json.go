package compute

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The JSON form is the readable front end of the binary form (docs/compute.md
// section 2.3): slots are referenced by name and params by field name.

type jsonProgram struct {
	Version int        `json:"version"`
	Slots   []jsonSlot `json:"slots"`
	Ops     []jsonOp   `json:"ops"`
}

type jsonSlot struct {
	Name   string `json:"name"`
	DType  string `json:"dtype"`
	Shape  []int  `json:"shape"`
	Input  bool   `json:"input,omitempty"`
	Output bool   `json:"output,omitempty"`
}

type jsonOp struct {
	Op         string   `json:"op"`
	Out        string   `json:"out"`
	In         []string `json:"in"`
	Multiplier *int64   `json:"multiplier,omitempty"`
	Shift      *int64   `json:"shift,omitempty"`
	ZeroPoint  *int64   `json:"zero_point,omitempty"`
	Min        *int64   `json:"min,omitempty"`
	Max        *int64   `json:"max,omitempty"`
	Perm       []int64  `json:"perm,omitempty"`
	Start      []int64  `json:"start,omitempty"`
	Axis       *int64   `json:"axis,omitempty"`
}

// DecodeJSON parses and validates a program in the JSON format.
func DecodeJSON(data []byte) (*Program, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var jp jsonProgram
	if err := dec.Decode(&jp); err != nil {
		return nil, fmt.Errorf("program JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("program JSON: unexpected data after the program object")
	}
	if jp.Version != Version {
		return nil, fmt.Errorf("program JSON: version %d is not supported (want %d)", jp.Version, Version)
	}
	if len(jp.Slots) > MaxSlots {
		return nil, fmt.Errorf("program has %d slots, more than the maximum %d", len(jp.Slots), MaxSlots)
	}
	if len(jp.Ops) > MaxOps {
		return nil, fmt.Errorf("program has %d ops, more than the maximum %d", len(jp.Ops), MaxOps)
	}
	p := &Program{Slots: make([]Slot, len(jp.Slots)), Ops: make([]Op, len(jp.Ops))}
	byName := make(map[string]int, len(jp.Slots))
	for i, js := range jp.Slots {
		d, err := ParseDType(js.DType)
		if err != nil {
			return nil, fmt.Errorf("slot %d %q: %w", i, js.Name, err)
		}
		if js.Shape == nil {
			return nil, fmt.Errorf("slot %d %q: shape is missing (use [] for a scalar)", i, js.Name)
		}
		p.Slots[i] = Slot{Name: js.Name, DType: d, Shape: Shape(js.Shape), Input: js.Input, Output: js.Output}
		byName[js.Name] = i
	}
	// Slot table errors first: ops refer to slots by their names.
	if err := p.validateSlots(); err != nil {
		return nil, err
	}
	for i, jo := range jp.Ops {
		op, err := jo.toOp(byName)
		if err != nil {
			return nil, fmt.Errorf("op %d (%s): %w", i, jo.Op, err)
		}
		p.Ops[i] = op
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

func (jo jsonOp) toOp(byName map[string]int) (Op, error) {
	code, ok := ParseOpcode(jo.Op)
	if !ok {
		return Op{}, fmt.Errorf("unknown op %q", jo.Op)
	}
	op := Op{Code: code}
	slot := func(name string) (int, error) {
		i, ok := byName[name]
		if !ok {
			return 0, fmt.Errorf("no slot named %q", name)
		}
		return i, nil
	}
	var err error
	if op.Out, err = slot(jo.Out); err != nil {
		return Op{}, fmt.Errorf("out: %w", err)
	}
	if len(jo.In) != code.arity() {
		return Op{}, fmt.Errorf("takes %d inputs, has %d", code.arity(), len(jo.In))
	}
	op.In = make([]int, len(jo.In))
	for k, name := range jo.In {
		if op.In[k], err = slot(name); err != nil {
			return Op{}, fmt.Errorf("in[%d]: %w", k, err)
		}
	}

	// Every op accepts exactly its own fields; anything else is a mistake.
	given := []struct {
		field string
		set   bool
	}{
		{"multiplier", jo.Multiplier != nil}, {"shift", jo.Shift != nil}, {"zero_point", jo.ZeroPoint != nil},
		{"min", jo.Min != nil}, {"max", jo.Max != nil}, {"perm", jo.Perm != nil}, {"start", jo.Start != nil},
		{"axis", jo.Axis != nil},
	}
	var allowed []string
	switch code {
	case OpRequant:
		allowed = []string{"multiplier", "shift", "zero_point", "min", "max"}
	case OpTranspose:
		allowed = []string{"perm"}
	case OpSlice:
		allowed = []string{"start"}
	case OpConcat:
		allowed = []string{"axis"}
	}
	for _, g := range given {
		if g.set && !slices.Contains(allowed, g.field) {
			return Op{}, fmt.Errorf("%s does not take %q", code, g.field)
		}
	}

	put := func(k int, name string, v int64) error {
		if v < math.MinInt32 || v > math.MaxInt32 {
			return fmt.Errorf("%s %d out of int32 range", name, v)
		}
		op.Params[k] = int32(v)
		return nil
	}
	list := func(name string, vs []int64) error {
		if vs == nil {
			return fmt.Errorf("%s is required", name)
		}
		if len(vs) > MaxRank {
			return fmt.Errorf("%s has %d entries, more than the maximum rank %d", name, len(vs), MaxRank)
		}
		for k, v := range vs {
			if err := put(k, fmt.Sprintf("%s[%d]", name, k), v); err != nil {
				return err
			}
		}
		return nil
	}
	switch code {
	case OpRequant:
		if jo.Multiplier == nil || jo.Shift == nil {
			return Op{}, errors.New("multiplier and shift are required")
		}
		opt := func(v *int64, def int64) int64 {
			if v == nil {
				return def
			}
			return *v
		}
		for _, f := range []struct {
			k    int
			name string
			v    int64
		}{
			{ParamMultiplier, "multiplier", *jo.Multiplier},
			{ParamShift, "shift", *jo.Shift},
			{ParamZeroPoint, "zero_point", opt(jo.ZeroPoint, 0)},
			{ParamMin, "min", opt(jo.Min, -128)},
			{ParamMax, "max", opt(jo.Max, 127)},
		} {
			if err := put(f.k, f.name, f.v); err != nil {
				return Op{}, err
			}
		}
	case OpTranspose:
		err = list("perm", jo.Perm)
	case OpSlice:
		err = list("start", jo.Start)
	case OpConcat:
		if jo.Axis == nil {
			return Op{}, errors.New("axis is required")
		}
		err = put(0, "axis", *jo.Axis)
	}
	if err != nil {
		return Op{}, err
	}
	return op, nil
}

// EncodeJSON returns the JSON form of a valid program.
func (p *Program) EncodeJSON() ([]byte, error) {
	jp := jsonProgram{Version: Version, Slots: make([]jsonSlot, len(p.Slots)), Ops: make([]jsonOp, len(p.Ops))}
	for i, s := range p.Slots {
		shape := append([]int{}, s.Shape...)
		jp.Slots[i] = jsonSlot{Name: s.Name, DType: s.DType.String(), Shape: shape, Input: s.Input, Output: s.Output}
	}
	name := func(i int) string {
		if i < 0 || i >= len(p.Slots) {
			return fmt.Sprintf("#%d", i)
		}
		return p.Slots[i].Name
	}
	for i, op := range p.Ops {
		jo := jsonOp{Op: op.Code.String(), Out: name(op.Out), In: make([]string, len(op.In))}
		for k, s := range op.In {
			jo.In[k] = name(s)
		}
		pm := func(k int) *int64 { v := int64(op.Params[k]); return &v }
		listOf := func() []int64 {
			r := len(p.Slots[op.In[0]].Shape)
			vs := make([]int64, r)
			for k := range vs {
				vs[k] = int64(op.Params[k])
			}
			return vs
		}
		switch op.Code {
		case OpRequant:
			jo.Multiplier, jo.Shift, jo.ZeroPoint = pm(ParamMultiplier), pm(ParamShift), pm(ParamZeroPoint)
			jo.Min, jo.Max = pm(ParamMin), pm(ParamMax)
		case OpTranspose:
			jo.Perm = listOf()
		case OpSlice:
			jo.Start = listOf()
		case OpConcat:
			jo.Axis = pm(0)
		}
		jp.Ops[i] = jo
	}
	// One slot or op per line: readable, and diffs show what changed.
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"version\": %d,\n  \"slots\": [\n", jp.Version)
	for i, s := range jp.Slots {
		if err := jsonLine(&b, s, i == len(jp.Slots)-1); err != nil {
			return nil, err
		}
	}
	b.WriteString("  ],\n  \"ops\": [\n")
	for i, o := range jp.Ops {
		if err := jsonLine(&b, o, i == len(jp.Ops)-1); err != nil {
			return nil, err
		}
	}
	b.WriteString("  ]\n}\n")
	return b.Bytes(), nil
}

func jsonLine(b *bytes.Buffer, v any, last bool) error {
	j, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding program JSON: %w", err)
	}
	b.WriteString("    ")
	b.Write(j)
	if !last {
		b.WriteByte(',')
	}
	b.WriteByte('\n')
	return nil
}
