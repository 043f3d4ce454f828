package fraudproof

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

// Errors of Element, in the order Element checks, each with the
// KernelVerifier revert of the same meaning.
var (
	ErrBadRecord      = errors.New("bad op record")                          // BadLength, NonCanonicalOp
	ErrUnknownOpcode  = errors.New("unknown opcode")                         // UnknownOpcode
	ErrInputCount     = errors.New("wrong number of input witnesses")        // WrongInputCount
	ErrBadOutType     = errors.New("output type is not a valid tensor type") // BadOutputType
	ErrBadSlotWitness = errors.New("bad slot witness")                       // BadSlotWitness(k)
	ErrOpType         = errors.New("op does not type-check")                 // BadOperandType, OutputTypeMismatch, CruxOps parameter errors
	ErrBadChunks      = errors.New("bad chunk witness")                      // BadChunkCount(k), BadChunkWitness(k, p)
	// ErrElementRange is ElementWitness's: there is no witness for padding.
	ErrElementRange = errors.New("element index past the tensor")
)

// WitnessError names the input witness Element rejected: Input is k, Chunk the
// position in inputs[k].Chunks (-1 for the slot witness or the chunk list as
// a whole). It wraps ErrBadSlotWitness or ErrBadChunks.
type WitnessError struct {
	Kind   error
	Input  int
	Chunk  int
	Detail string
}

func (e *WitnessError) Error() string {
	if e.Chunk >= 0 {
		return fmt.Sprintf("%v: input %d chunk %d: %s", e.Kind, e.Input, e.Chunk, e.Detail)
	}
	return fmt.Sprintf("%v: input %d: %s", e.Kind, e.Input, e.Detail)
}

func (e *WitnessError) Unwrap() error { return e.Kind }

// ttype is a tensor type: what a slot root binds besides the data.
type ttype struct {
	dt compute.DType
	sh compute.Shape
}

func (t ttype) slot(name string) compute.Slot {
	return compute.Slot{Name: name, DType: t.dt, Shape: t.sh}
}

// span is a range [lo, hi) of flat element indices of one operand.
type span struct{ lo, hi int }

func (s span) empty() bool { return s.hi <= s.lo }

// chunks is the range of chunk indices holding the span's bytes.
func (s span) chunks(elemSize int) (lo, hi uint64) {
	if s.empty() {
		return 0, 0
	}
	return uint64(s.lo * elemSize / compute.ChunkSize), uint64(((s.hi*elemSize)-1)/compute.ChunkSize + 1)
}

// Element returns the true value of flat element e of op record's output, from
// inputs proven under stateRoot (S_i): the Go twin of KernelVerifier.element.
// nSlots is the program header's slot count; outDType and outShape are the
// type of the op's output slot (DisputeGame takes it from the slot's S_i
// witness in the write phase).
//
// Checks, in KernelVerifier's order (an error wraps the sentinel named):
//
//  1. record: 64 bytes, reserved byte 0 (ErrBadRecord); the output slot,
//     input fields beyond the op's arity and parameters the op does not use
//     are not read;
//  2. a known opcode (ErrUnknownOpcode) and one input witness per operand
//     (ErrInputCount);
//  3. the output type is well formed as CruxMerkle.tensorBytes requires
//     (ErrBadOutType); then e past the output's elements is padding: 0;
//  4. for k = 0, 1: inputs[k].slot is well formed and its slot root sits at
//     record.in_k under stateRoot as CruxMerkle.verifySlot requires
//     (1 <= nSlots <= MaxSlots, in_k < nSlots, ceil(log2 nSlots) siblings)
//     (ErrBadSlotWitness, WitnessError{Input: k, Chunk: -1});
//  5. the op type-checks on those input types with the given output type,
//     exactly as compute's program validation requires (docs/compute.md 2.1:
//     dtypes and shapes, permutation, slice bounds, concat axis, MaxReduce)
//     (ErrOpType);
//  6. for k = 0, 1 (for concat: the operand not read first):
//     inputs[k].chunks are exactly the chunks holding the elements output
//     element e reads from operand k (see below), ascending and contiguous;
//     each has 1024 bytes, ceil(log2 nChunks) siblings and sits at its index
//     under inputs[k].slot.dataRoot (ErrBadChunks, WitnessError{Input: k,
//     Chunk: position}, Chunk -1 for a wrong count);
//  7. requant's parameter ranges (ErrOpType);
//  8. the value, with compute's semantics.
//
// The elements read, for output element e (multi-index i in the output):
// matmul: row e/N of x and row e%N of y (N = output dim 1); add: element e of
// x and element e mod |y| of y; requant, relu, reshape: element e of x; lut:
// element e of x and the table entry x[e]+128 of y (always chunk 0); argmax:
// row e of x; transpose: x[j] with j[perm[k]] = i[k]; slice: x[i + start];
// concat: x[i] when i[axis] < x.shape[axis], else y[i - x.shape[axis] along
// axis], the other operand carrying its slot witness (its shape places the
// split) and no chunks.
func Element(stateRoot Hash, nSlots uint64, record []byte, outDType uint8, outShape Shape, e uint64, inputs []InputWitness) (int64, error) {
	op, err := parseRecord(record)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrBadRecord, err)
	}
	if !op.Code.Valid() {
		return 0, fmt.Errorf("%w: %d", ErrUnknownOpcode, uint8(op.Code))
	}
	if len(inputs) != len(op.In) {
		return 0, fmt.Errorf("%w: %s takes %d inputs, have %d witnesses", ErrInputCount, op.Code, len(op.In), len(inputs))
	}
	odt, osh, err := tensorType(outDType, outShape)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrBadOutType, err)
	}
	if e >= uint64(osh.Elems()) {
		return 0, nil
	}
	out := ttype{odt, osh}
	in := make([]ttype, len(inputs))
	for k, w := range inputs {
		dt, sh, err := verifySlot(stateRoot, nSlots, uint64(op.In[k]), w.Slot)
		if err != nil {
			return 0, &WitnessError{Kind: ErrBadSlotWitness, Input: k, Chunk: -1, Detail: err.Error()}
		}
		in[k] = ttype{dt, sh}
	}
	// Parameters the op does not read are not checked (the contracts do not
	// read them); compute's validation would insist they are zero.
	for k := usedParams(op.Code, len(in[0].sh)); k < len(op.Params); k++ {
		op.Params[k] = 0
	}
	// KernelVerifier checks requant's parameters only after reading x (they
	// are checked inside CruxOps.requant, whose argument is the element
	// read): type-check with stand-in parameters first, the real ones after.
	tc := op
	if op.Code == compute.OpRequant {
		tc.Params = [compute.NumParams]int32{1, 0, 0, -128, 127}
	}
	if err := typeCheck(tc, in, out); err != nil {
		return 0, fmt.Errorf("%w: %v", ErrOpType, err)
	}
	spans := reads(op, in, out, int(e))
	vals := make([][]byte, len(inputs))
	for _, k := range readOrder(op, spans) {
		if vals[k], err = readSpan(k, in[k], spans[k], inputs[k]); err != nil {
			return 0, err
		}
	}
	if op.Code == compute.OpRequant {
		if err := typeCheck(op, in, out); err != nil {
			return 0, fmt.Errorf("%w: %v", ErrOpType, err)
		}
	}
	return evaluate(op, in, out, spans, vals)
}

// readOrder is the order KernelVerifier checks the operands' chunks in:
// operand order, except that concat first checks that the operand it does not
// read carries no chunks.
func readOrder(op compute.Op, spans []span) []int {
	if op.Code == compute.OpConcat && !spans[0].empty() {
		return []int{1, 0}
	}
	order := make([]int, len(spans))
	for k := range order {
		order[k] = k
	}
	return order
}

// typeCheck runs compute's validation on a one-op program over fresh slots of
// the given types: the op must be one a valid program could contain. Each
// operand gets its own slot; aliased operands have equal types anyway, since
// their witnesses prove the same slot root.
func typeCheck(op compute.Op, in []ttype, out ttype) error {
	p := &compute.Program{}
	q := compute.Op{Code: op.Code, Out: len(in), Params: op.Params}
	for k, t := range in {
		p.Slots = append(p.Slots, t.slot(fmt.Sprintf("in%d", k)))
		q.In = append(q.In, k)
	}
	o := out.slot("out")
	o.Output = true
	p.Slots = append(p.Slots, o)
	p.Ops = []compute.Op{q}
	return p.Validate()
}

// reads returns, per operand, the flat element range output element e reads
// (empty for the concat operand it does not read). The types must have passed
// typeCheck.
func reads(op compute.Op, in []ttype, out ttype, e int) []span {
	one := func(i int) span { return span{i, i + 1} }
	x := in[0]
	switch op.Code {
	case compute.OpMatMul:
		n, k := out.sh[1], x.sh[1]
		m, c := e/n, e%n
		return []span{{m * k, (m + 1) * k}, {c * k, (c + 1) * k}}
	case compute.OpAdd:
		return []span{one(e), one(e % in[1].sh.Elems())}
	case compute.OpLUT:
		return []span{one(e), {0, in[1].sh.Elems()}}
	case compute.OpArgMax:
		l := x.sh[len(x.sh)-1]
		return []span{{e * l, (e + 1) * l}}
	case compute.OpTranspose:
		i := unravel(e, out.sh)
		j := make([]int, len(i))
		for k := range i {
			j[op.Params[k]] = i[k]
		}
		return []span{one(ravel(j, x.sh))}
	case compute.OpSlice:
		i := unravel(e, out.sh)
		for k := range i {
			i[k] += int(op.Params[k])
		}
		return []span{one(ravel(i, x.sh))}
	case compute.OpConcat:
		axis := int(op.Params[0])
		i := unravel(e, out.sh)
		if i[axis] < x.sh[axis] {
			return []span{one(ravel(i, x.sh)), {}}
		}
		i[axis] -= x.sh[axis]
		return []span{{}, one(ravel(i, in[1].sh))}
	}
	// requant, relu, reshape: the element at the same flat index.
	return []span{one(e)}
}

// unravel is the row-major multi-index of flat index f in shape s.
func unravel(f int, s compute.Shape) []int {
	i := make([]int, len(s))
	for k := len(s) - 1; k >= 0; k-- {
		i[k] = f % s[k]
		f /= s[k]
	}
	return i
}

// ravel is the row-major flat index of multi-index i in shape s.
func ravel(i []int, s compute.Shape) int {
	f := 0
	for k := range s {
		f = f*s[k] + i[k]
	}
	return f
}

// readSpan checks that w's chunks are exactly those holding span sp of a
// tensor of type t and returns the span's bytes.
func readSpan(k int, t ttype, sp span, w InputWitness) ([]byte, error) {
	es := t.dt.Size()
	lo, hi := sp.chunks(es)
	if uint64(len(w.Chunks)) != hi-lo {
		return nil, &WitnessError{Kind: ErrBadChunks, Input: k, Chunk: -1, Detail: fmt.Sprintf("%d chunks given, the element reads chunks [%d,%d)", len(w.Chunks), lo, hi)}
	}
	depth, _ := chunkGeometry(t.dt, t.sh)
	buf := make([]byte, 0, len(w.Chunks)*compute.ChunkSize)
	for n, c := range w.Chunks {
		bad := func(format string, args ...any) error {
			return &WitnessError{Kind: ErrBadChunks, Input: k, Chunk: n, Detail: fmt.Sprintf(format, args...)}
		}
		switch {
		case c.Index != lo+uint64(n):
			return nil, bad("index %d, want %d", c.Index, lo+uint64(n))
		case len(c.Data) != compute.ChunkSize:
			return nil, bad("%d bytes, want %d", len(c.Data), compute.ChunkSize)
		case len(c.Siblings) != int(depth):
			return nil, bad("%d siblings, the chunk tree has depth %d", len(c.Siblings), depth)
		case merkle.RootFromProof(merkle.Leaf(c.Data), c.Index, c.Siblings) != w.Slot.DataRoot:
			return nil, bad("chunk %d does not match data root %s", c.Index, w.Slot.DataRoot)
		}
		buf = append(buf, c.Data...)
	}
	if sp.empty() {
		return nil, nil
	}
	off := int(lo) * compute.ChunkSize
	return buf[sp.lo*es-off : sp.hi*es-off], nil
}

// evaluate computes the output element from the bytes each operand's span
// holds. Arithmetic ops run through compute itself, on a one-op program over
// just the elements read, so the value is the reference interpreter's by
// construction; movement ops return the element read.
func evaluate(op compute.Op, in []ttype, out ttype, spans []span, vals [][]byte) (int64, error) {
	switch op.Code {
	case compute.OpReshape, compute.OpTranspose, compute.OpSlice, compute.OpConcat:
		for k, v := range vals {
			if !spans[k].empty() {
				return elemAt(in[k].dt, v, 0), nil
			}
		}
		return 0, errors.New("movement op read nothing") // unreachable: one operand is always read
	case compute.OpRequant:
		p := op.Params
		v := int32(binary.LittleEndian.Uint32(vals[0]))
		return int64(compute.Requant(v, p[compute.ParamMultiplier], p[compute.ParamShift], p[compute.ParamZeroPoint], p[compute.ParamMin], p[compute.ParamMax])), nil
	}
	// matmul: rows [1,K] give [1,1]; argmax: a row [1,L] gives [1]; the
	// elementwise ops take one element each ([1], the LUT table whole).
	ts := make([]compute.Tensor, len(in))
	for k, v := range vals {
		sh := compute.Shape{len(v) / in[k].dt.Size()}
		if op.Code == compute.OpMatMul || op.Code == compute.OpArgMax {
			sh = compute.Shape{1, sh[0]}
		}
		ts[k] = compute.Tensor{DType: in[k].dt, Shape: sh, Data: v}
	}
	osh := compute.Shape{1}
	if op.Code == compute.OpMatMul {
		osh = compute.Shape{1, 1}
	}
	r, err := runOne(op, ts, ttype{out.dt, osh})
	if err != nil {
		return 0, fmt.Errorf("evaluating %s: %w", op.Code, err)
	}
	return elemAt(r.DType, r.Data, 0), nil
}

// runOne executes op on the given operand tensors with compute's CPU machine
// on one thread (no goroutines) and returns the output tensor.
func runOne(op compute.Op, ins []compute.Tensor, out ttype) (compute.Tensor, error) {
	p := &compute.Program{}
	q := compute.Op{Code: op.Code, Out: len(ins), Params: op.Params}
	for k, t := range ins {
		p.Slots = append(p.Slots, compute.Slot{Name: fmt.Sprintf("in%d", k), DType: t.DType, Shape: t.Shape, Input: true})
		q.In = append(q.In, k)
	}
	o := out.slot("out")
	o.Output = true
	p.Slots = append(p.Slots, o)
	p.Ops = []compute.Op{q}
	if err := p.Validate(); err != nil {
		return compute.Tensor{}, err
	}
	ctx := context.Background()
	m, err := compute.CPU{Workers: 1}.NewMachine(ctx, p)
	if err != nil {
		return compute.Tensor{}, err
	}
	defer m.Close()
	for k, t := range ins {
		if err := m.Load(ctx, k, t); err != nil {
			return compute.Tensor{}, err
		}
	}
	if err := m.Exec(ctx, 0); err != nil {
		return compute.Tensor{}, err
	}
	return m.Read(ctx, len(ins))
}

// elemAt is element i of little-endian data of dtype dt, widened.
func elemAt(dt compute.DType, data []byte, i int) int64 {
	if dt == compute.Int8 {
		return int64(int8(data[i]))
	}
	return int64(int32(binary.LittleEndian.Uint32(data[4*i:])))
}
