package compute

import (
	"encoding/binary"
	"strings"
	"testing"
)

const exampleJSON = `{
  "version": 1,
  "slots": [
    {"name": "x",  "dtype": "int8",  "shape": [4, 8], "input": true},
    {"name": "w",  "dtype": "int8",  "shape": [3, 8], "input": true},
    {"name": "b",  "dtype": "int32", "shape": [3],    "input": true},
    {"name": "h",  "dtype": "int32", "shape": [4, 3]},
    {"name": "q",  "dtype": "int8",  "shape": [4, 3]},
    {"name": "y",  "dtype": "int32", "shape": [4],    "output": true}
  ],
  "ops": [
    {"op": "matmul",  "out": "h", "in": ["x", "w"]},
    {"op": "add",     "out": "h", "in": ["h", "b"]},
    {"op": "requant", "out": "q", "in": ["h"], "multiplier": 1073741824, "shift": 33, "min": 0},
    {"op": "argmax",  "out": "y", "in": ["q"]}
  ]
}`

func TestDecodeJSONExample(t *testing.T) {
	p, err := DecodeJSON([]byte(exampleJSON))
	if err != nil {
		t.Fatal(err)
	}
	rq := p.Ops[2]
	want := [NumParams]int32{1 << 30, 33, 0, 0, 127}
	if rq.Params != want {
		t.Fatalf("requant params %v, want %v (defaults zero_point 0, max 127)", rq.Params, want)
	}
	if got := p.Inputs(); len(got) != 3 || got[2] != 2 {
		t.Fatalf("inputs %v", got)
	}
	// DecodeProgram picks the format from the content.
	q, err := DecodeProgram(p.EncodeBinary())
	if err != nil || q.Root() != p.Root() {
		t.Fatalf("binary via DecodeProgram: %v", err)
	}
	if _, err := DecodeProgram([]byte(exampleJSON)); err != nil {
		t.Fatal(err)
	}
}

// Every way of getting a program wrong is rejected with an error that names
// where (op index or slot) and what.
func TestProgramErrors(t *testing.T) {
	mod := func(from, to string) string {
		if !strings.Contains(exampleJSON, from) {
			t.Fatalf("test bug: %q not in the example", from)
		}
		return strings.Replace(exampleJSON, from, to, 1)
	}
	cases := []struct{ name, json, want string }{
		{"unknown op", mod(`"op": "argmax"`, `"op": "softmax"`), `op 3 (softmax): unknown op "softmax"`},
		{"unknown slot", mod(`"out": "y"`, `"out": "z"`), `op 3 (argmax): out: no slot named "z"`},
		{"dtype mismatch", mod(`"in": ["x", "w"]`, `"in": ["x", "b"]`), `op 0 (matmul): input 1 "b" is int32, want int8`},
		{"inner dims", mod(`"shape": [3, 8]`, `"shape": [3, 9]`), `op 0 (matmul): inner dimensions differ: [4,8] and [3,9]`},
		{"output type", mod(`{"name": "q",  "dtype": "int8"`, `{"name": "q",  "dtype": "int32"`), `op 2 (requant): result is int8[4,3] but output slot 4 "q" is int32[4,3]`},
		{"bias shape", mod(`"shape": [3],`, `"shape": [4],`), `op 1 (add): shapes [4,3] and [4] do not match`},
		{"arity", mod(`"in": ["q"]`, `"in": ["q", "q"]`), `op 3 (argmax): takes 1 inputs, has 2`},
		{"shift range", mod(`"shift": 33`, `"shift": 63`), `op 2 (requant): shift 63 must be in [0, 62]`},
		{"multiplier range", mod(`"multiplier": 1073741824`, `"multiplier": 0`), `op 2 (requant): multiplier 0 must be in [1, 2147483647]`},
		{"int32 overflow", mod(`"multiplier": 1073741824`, `"multiplier": 4294967296`), `op 2 (requant): multiplier 4294967296 out of int32 range`},
		{"clamp order", mod(`"min": 0`, `"min": 0, "max": -1`), `op 2 (requant): min 0 and max -1 must satisfy`},
		{"missing param", mod(`"multiplier": 1073741824, `, ``), `op 2 (requant): multiplier and shift are required`},
		{"foreign param", mod(`"in": ["q"]}`, `"in": ["q"], "axis": 0}`), `op 3 (argmax): argmax does not take "axis"`},
		{"unknown field", mod(`"version": 1,`, `"version": 1, "extra": 2,`), `unknown field "extra"`},
		{"version", mod(`"version": 1`, `"version": 2`), `version 2 is not supported`},
		{"dtype", mod(`"dtype": "int32", "shape": [4]`, `"dtype": "float32", "shape": [4]`), `slot 5 "y": unknown dtype "float32"`},
		{"zero dim", mod(`"shape": [4, 8]`, `"shape": [4, 0]`), `slot 0 "x": dimension 1 is 0, must be at least 1`},
		{"rank", mod(`"shape": [4, 8]`, `"shape": [1, 1, 1, 4, 8]`), `slot 0 "x": rank 5 exceeds the maximum 4`},
		{"too big", mod(`"shape": [4, 8]`, `"shape": [65536, 65536]`), `slot 0 "x": shape [65536,65536] of int8 needs more than`},
		{"duplicate name", mod(`"name": "q"`, `"name": "h"`), `slot 4: name "h" already used by slot 3`},
		{"bad name", mod(`"name": "q"`, `"name": "a/b"`), `slot 4: name "a/b" has character '/'`},
		{"dot name", mod(`"name": "q"`, `"name": ".."`), `slot 4: name ".." must not start with '.'`},
		{"no output", mod(`"output": true`, `"output": false`), `program declares no output slot`},
		{"no ops", `{"version":1,"slots":[{"name":"a","dtype":"int8","shape":[1],"output":true}],"ops":[]}`, `program has no ops`},
		{"missing shape", mod(`"shape": [4],`, ``), `slot 5 "y": shape is missing`},
		{"trailing", exampleJSON + `{}`, `unexpected data after the program object`},
		{"truncated", exampleJSON[:100], `program JSON: unexpected EOF`},
		{"transpose perm", `{"version":1,"slots":[{"name":"a","dtype":"int8","shape":[2,3],"input":true},{"name":"b","dtype":"int8","shape":[3,2],"output":true}],"ops":[{"op":"transpose","out":"b","in":["a"],"perm":[0,0]}]}`, `op 0 (transpose): perm [0 0] is not a permutation of 0..1`},
		{"slice bounds", `{"version":1,"slots":[{"name":"a","dtype":"int8","shape":[2,3],"input":true},{"name":"b","dtype":"int8","shape":[2,2],"output":true}],"ops":[{"op":"slice","out":"b","in":["a"],"start":[0,2]}]}`, `op 0 (slice): axis 1: start 2 + extent 2 exceeds input dim 3`},
		{"concat axis", `{"version":1,"slots":[{"name":"a","dtype":"int8","shape":[2,3],"input":true},{"name":"b","dtype":"int8","shape":[4,3],"output":true}],"ops":[{"op":"concat","out":"b","in":["a","a"],"axis":2}]}`, `op 0 (concat): axis 2 out of range [0,2)`},
		{"reshape count", `{"version":1,"slots":[{"name":"a","dtype":"int8","shape":[2,3],"input":true},{"name":"b","dtype":"int8","shape":[5],"output":true}],"ops":[{"op":"reshape","out":"b","in":["a"]}]}`, `op 0 (reshape): cannot reshape [2,3] (6 elements) to [5] (5 elements)`},
		{"matmul K", `{"version":1,"slots":[{"name":"a","dtype":"int8","shape":[1,8193],"input":true},{"name":"b","dtype":"int32","shape":[1,1],"output":true}],"ops":[{"op":"matmul","out":"b","in":["a","a"]}]}`, `op 0 (matmul): inner dimension 8193 exceeds the maximum 8192`},
		{"argmax row", `{"version":1,"slots":[{"name":"a","dtype":"int8","shape":[8193],"input":true},{"name":"b","dtype":"int32","shape":[],"output":true}],"ops":[{"op":"argmax","out":"b","in":["a"]}]}`, `op 0 (argmax): row length 8193 exceeds the maximum 8192`},
		{"lut table", `{"version":1,"slots":[{"name":"a","dtype":"int8","shape":[2,3],"input":true},{"name":"b","dtype":"int8","shape":[2,3],"output":true}],"ops":[{"op":"lut","out":"b","in":["a","a"]}]}`, `op 0 (lut): table "a" has shape [2,3], want [256]`},
	}
	for _, c := range cases {
		_, err := DecodeJSON([]byte(c.json))
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q does not contain %q", c.name, err, c.want)
		}
	}
}

// The binary decoder accepts only the canonical encoding.
func TestBinaryCanonical(t *testing.T) {
	p, err := DecodeJSON([]byte(exampleJSON))
	if err != nil {
		t.Fatal(err)
	}
	good := p.EncodeBinary()
	slotsLen := len(p.SlotTableBytes())
	opAt := func(i int) int { return HeaderSize + slotsLen + i*OpRecordSize }
	cases := []struct {
		name string
		edit func(b []byte) []byte
		want string
	}{
		{"magic", func(b []byte) []byte { b[0] = 'X'; return b }, "bad magic"},
		{"version", func(b []byte) []byte { b[5] = 9; return b }, "unsupported version 9"},
		{"reserved", func(b []byte) []byte { b[7] = 1; return b }, "reserved field is 1"},
		{"slot count", func(b []byte) []byte { binary.BigEndian.PutUint32(b[8:], 0); return b }, "0 slots"},
		{"op count", func(b []byte) []byte { binary.BigEndian.PutUint32(b[12:], 5); return b }, "5 ops need 320 bytes, have 256"},
		{"huge op count", func(b []byte) []byte { binary.BigEndian.PutUint32(b[12:], 1<<30); return b }, "1073741824 ops, want 1 to"},
		{"trailing", func(b []byte) []byte { return append(b, 0) }, "4 ops need 256 bytes, have 257"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-1] }, "4 ops need 256 bytes, have 255"},
		{"slot flags", func(b []byte) []byte { b[HeaderSize+1] |= 4; return b }, "slot 0: flags 0x05 has unknown bits"},
		{"dim beyond rank", func(b []byte) []byte { b[HeaderSize+4+4*3+3] = 1; return b }, "slot 0: dimension 3 beyond rank 2 is 1"},
		{"slot dtype", func(b []byte) []byte { b[HeaderSize] = 3; return b }, "slot 0: invalid dtype 3"},
		{"opcode", func(b []byte) []byte { b[opAt(1)] = 0; return b }, "op 1: unknown opcode 0"},
		{"op reserved", func(b []byte) []byte { b[opAt(1)+1] = 1; return b }, "op 1: reserved byte is 1"},
		{"unused input", func(b []byte) []byte { b[opAt(3)+7] = 1; return b }, "op 3: unused input 1 is 1, must be 0"},
		{"unused param", func(b []byte) []byte { b[opAt(0)+8+3] = 1; return b }, "op 0 (matmul): param 0 is 1, must be 0"},
		{"slot out of range", func(b []byte) []byte { b[opAt(0)+3] = 9; return b }, "op 0 (matmul): output slot 9 out of range [0,6)"},
		{"short", func(b []byte) []byte { return b[:10] }, "program header: need 16 bytes, have 10"},
	}
	for _, c := range cases {
		b := c.edit(append([]byte(nil), good...))
		_, err := DecodeBinary(b)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q does not contain %q", c.name, err, c.want)
		}
	}
}

// The program root commits to every part of the program.
func TestProgramRootBindsEverything(t *testing.T) {
	p, err := DecodeJSON([]byte(exampleJSON))
	if err != nil {
		t.Fatal(err)
	}
	base := p.Root()
	edits := []func(q *Program){
		func(q *Program) { q.Slots[0].Name = "xx" },
		func(q *Program) { q.Slots[5].Output = false; q.Slots[4].Output = true },
		func(q *Program) { q.Ops[2].Params[ParamShift]++ },
		func(q *Program) { q.Ops = q.Ops[:3]; q.Slots[4].Output = true },
	}
	for i, edit := range edits {
		q, _ := DecodeJSON([]byte(exampleJSON))
		edit(q)
		if q.Root() == base {
			t.Errorf("edit %d left the program root unchanged", i)
		}
	}
}
