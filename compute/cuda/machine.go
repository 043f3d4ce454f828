package cuda

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"unsafe"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

// slotBuf is one slot's device memory. It is cap bytes, a whole number of
// chunks, and the bytes from the tensor's end to cap are always zero (they
// are cleared at allocation and no kernel writes past a tensor), so the
// hashing kernels read whole chunks padded exactly as the reference pads the
// last one.
type slotBuf struct {
	ptr     uint64
	bytes   int
	cap     int
	written bool // false: still all zero, its data root is the zero root
}

// machine is one program's memory on the GPU. Tensors stay on the device;
// Read and the 32-byte data roots are the only copies back to the host.
type machine struct {
	b     *Backend
	prog  *compute.Program
	slots []slotBuf
	// hash holds two ping-pong buffers for the levels of a chunk tree above
	// the leaf blocks: the first pass leaves at most ceil(chunks/128) nodes.
	hash    [2]uint64
	hashCap int
}

func newMachine(b *Backend, p *compute.Program) (_ *machine, err error) {
	unbind, err := b.bind()
	if err != nil {
		return nil, err
	}
	defer unbind()
	m := &machine{b: b, prog: p, slots: make([]slotBuf, len(p.Slots))}
	defer func() {
		if err != nil {
			m.free()
		}
	}()
	need := 0
	maxChunks := 1
	for _, s := range p.Slots {
		c := merkle.Chunks(s.Bytes())
		need += c * merkle.ChunkSize
		maxChunks = max(maxChunks, c)
	}
	m.hashCap = 32 * max(1, (maxChunks+127)/128)
	need += 2 * m.hashCap
	d := b.drv
	var free, total uintptr
	if err := d.check("cuMemGetInfo", d.cuMemGetInfo(&free, &total)); err != nil {
		return nil, err
	}
	if uint64(need) > uint64(free) {
		return nil, fmt.Errorf("the program needs %d bytes of device memory, %s has %d free", need, b.info.Name, free)
	}
	for i, s := range p.Slots {
		c := merkle.Chunks(s.Bytes()) * merkle.ChunkSize
		ptr, err := m.alloc(c)
		if err != nil {
			return nil, fmt.Errorf("slot %d %q: %w", i, s.Name, err)
		}
		m.slots[i] = slotBuf{ptr: ptr, bytes: s.Bytes(), cap: c}
	}
	for k := range m.hash {
		if err := d.check("cuMemAlloc", d.cuMemAlloc(&m.hash[k], uintptr(m.hashCap))); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// alloc returns n zeroed bytes of device memory.
func (m *machine) alloc(n int) (uint64, error) {
	d := m.b.drv
	var p uint64
	if err := d.check("cuMemAlloc", d.cuMemAlloc(&p, uintptr(n))); err != nil {
		return 0, err
	}
	if err := d.check("cuMemsetD8", d.cuMemsetD8(p, 0, uintptr(n))); err != nil {
		d.cuMemFree(p)
		return 0, err
	}
	return p, nil
}

func (m *machine) slot(s int) (*slotBuf, error) {
	if m.slots == nil {
		return nil, errors.New("machine is closed")
	}
	if s < 0 || s >= len(m.slots) {
		return nil, fmt.Errorf("slot %d out of range [0,%d)", s, len(m.slots))
	}
	return &m.slots[s], nil
}

func (m *machine) Load(ctx context.Context, s int, t compute.Tensor) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	buf, err := m.slot(s)
	if err != nil {
		return err
	}
	decl := m.prog.Slots[s]
	if t.DType != decl.DType || !t.Shape.Equal(decl.Shape) || t.Check() != nil {
		return fmt.Errorf("slot %d %q is %s%v, cannot load %s%v", s, decl.Name, decl.DType, decl.Shape, t.DType, t.Shape)
	}
	unbind, err := m.b.bind()
	if err != nil {
		return err
	}
	defer unbind()
	d := m.b.drv
	if err := d.check("cuMemcpyHtoD", d.cuMemcpyHtoD(buf.ptr, unsafe.Pointer(&t.Data[0]), uintptr(len(t.Data)))); err != nil {
		return err
	}
	buf.written = true
	return nil
}

func (m *machine) Exec(ctx context.Context, i int) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if m.slots == nil {
		return errors.New("machine is closed")
	}
	if i < 0 || i >= len(m.prog.Ops) {
		return fmt.Errorf("op %d out of range [0,%d)", i, len(m.prog.Ops))
	}
	op := m.prog.Ops[i]
	unbind, err := m.b.bind()
	if err != nil {
		return err
	}
	defer unbind()
	if err := m.exec(op); err != nil {
		return fmt.Errorf("op %d (%s): %w", i, op.Code, err)
	}
	return nil
}

// exec runs one op. Ops that cannot run in place write a fresh buffer when
// their output slot is also an input; it replaces the slot's buffer after the
// kernel has finished. The synchronisation at the end attributes a kernel
// fault to this op rather than to whatever touches the device next.
func (m *machine) exec(op compute.Op) error {
	d := m.b.drv
	out := &m.slots[op.Out]
	dst := out.ptr
	fresh := freshOutput(op)
	if fresh {
		var err error
		if dst, err = m.alloc(out.cap); err != nil {
			return err
		}
	}
	err := m.launchOp(op, dst)
	if err == nil {
		err = d.check("cuCtxSynchronize", d.cuCtxSynchronize())
	}
	if fresh {
		old := out.ptr
		if err != nil {
			old = dst
		} else {
			out.ptr = dst
		}
		if ferr := d.check("cuMemFree", d.cuMemFree(old)); err == nil {
			err = ferr
		}
	}
	if err == nil {
		out.written = true
	}
	return err
}

// freshOutput reports whether op must not write its output slot in place:
// it reads that slot (as an input) at positions other than the one it is
// writing. The elementwise ops read element i only to write element i (add's
// bias row can only alias an output of its own shape, where it is elementwise
// too), and a reshape onto itself is a no-op; a lookup table aliasing the
// output is not elementwise.
func freshOutput(op compute.Op) bool {
	switch op.Code {
	case compute.OpAdd, compute.OpReLU, compute.OpRequant, compute.OpReshape:
		return false
	case compute.OpLUT:
		return op.In[1] == op.Out
	}
	return slices.Contains(op.In, op.Out)
}

// Launch geometry of the elementwise kernels: 256 threads a block, at most
// 2^20 blocks (fewer than 2^31 threads, as the kernels' 32-bit index
// arithmetic assumes), grid-stride loops for the rest.
const (
	blockThreads = 256
	maxBlocks    = 1 << 20
)

func gridFor(n int) uint32 { return uint32(min(max(1, (n+blockThreads-1)/blockThreads), maxBlocks)) }

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// launchOp issues op's kernel writing dst (the output slot's buffer, or a
// fresh one).
func (m *machine) launchOp(op compute.Op, dst uint64) error {
	p := m.prog
	b := m.b
	outDecl := p.Slots[op.Out]
	n := outDecl.Shape.Elems()
	x := m.slots[op.In[0]].ptr
	xDecl := p.Slots[op.In[0]]
	switch op.Code {
	case compute.OpMatMul:
		y := m.slots[op.In[1]].ptr
		M, K, N := xDecl.Shape[0], xDecl.Shape[1], p.Slots[op.In[1]].Shape[0]
		if K%16 == 0 && !b.noMMA {
			tiles := ceilDiv(M, 128) * ceilDiv(N, 128)
			return b.launch("matmul_i8_mma", uint32(tiles), 128, mmaSharedBytes, dst, x, y, uint32(M), uint32(N), uint32(K))
		}
		tiles := ceilDiv(M, 64) * ceilDiv(N, 64)
		return b.launch("matmul_i8_dp4a", uint32(tiles), 256, 0, dst, x, y, uint32(M), uint32(N), uint32(K))

	case compute.OpAdd:
		w := p.Slots[op.In[1]].Shape.Elems()
		return b.launch("add_i32", gridFor(n), blockThreads, 0, dst, x, m.slots[op.In[1]].ptr, uint32(n), uint32(w))

	case compute.OpRequant:
		pm := op.Params
		return b.launch("requant_i32", gridFor(n), blockThreads, 0, dst, x, uint32(n),
			pm[compute.ParamMultiplier], pm[compute.ParamShift], pm[compute.ParamZeroPoint], pm[compute.ParamMin], pm[compute.ParamMax])

	case compute.OpReLU:
		return b.launch("relu_"+suffix(xDecl.DType), gridFor(n), blockThreads, 0, dst, x, uint32(n))

	case compute.OpLUT:
		return b.launch("lut_i8", gridFor(n), blockThreads, 0, dst, x, m.slots[op.In[1]].ptr, uint32(n))

	case compute.OpArgMax:
		last := xDecl.Shape[len(xDecl.Shape)-1]
		rows := n // the output holds one index per row
		blocks := min(ceilDiv(rows, blockThreads/32), maxBlocks)
		return b.launch("argmax_"+suffix(xDecl.DType), uint32(blocks), blockThreads, 0, dst, x, uint32(rows), uint32(last))

	case compute.OpReshape:
		if op.In[0] == op.Out {
			return nil
		}
		return b.drv.check("cuMemcpyDtoD", b.drv.cuMemcpyDtoD(dst, x, uintptr(outDecl.Bytes())))

	case compute.OpTranspose, compute.OpSlice:
		shape, st, base := gatherPlan(op, xDecl.Shape, outDecl.Shape)
		return b.launch("gather_"+suffix(xDecl.DType), gridFor(n), blockThreads, 0, dst, x, uint32(n),
			uint32(shape[1]), uint32(shape[2]), uint32(shape[3]),
			uint32(st[0]), uint32(st[1]), uint32(st[2]), uint32(st[3]), uint32(base))

	case compute.OpConcat:
		axis := int(op.Params[0])
		xe := compute.Shape(xDecl.Shape[axis:]).Elems()
		ye := compute.Shape(p.Slots[op.In[1]].Shape[axis:]).Elems()
		return b.launch("concat_"+suffix(xDecl.DType), gridFor(n), blockThreads, 0, dst, x, m.slots[op.In[1]].ptr,
			uint32(n), uint32(xe), uint32(ye))
	}
	return fmt.Errorf("unknown opcode %d", uint8(op.Code))
}

// suffix names a dtype's kernel variant.
func suffix(d compute.DType) string {
	if d == compute.Int8 {
		return "i8"
	}
	return "i32"
}

// gatherPlan is the reference's transpose and slice as one rank-4 gather: the
// output shape right-aligned into four dims (leading 1s), the input stride to
// step along each output axis (leading 0s) and the base offset.
func gatherPlan(op compute.Op, xs, outShape compute.Shape) (shape, st [4]int, base int) {
	r := len(xs)
	xst := make([]int, r)
	acc := 1
	for k := r - 1; k >= 0; k-- {
		xst[k] = acc
		acc *= xs[k]
	}
	perAxis := make([]int, r)
	for k := 0; k < r; k++ {
		if op.Code == compute.OpTranspose {
			perAxis[k] = xst[op.Params[k]] // output axis k walks input axis perm[k]
		} else {
			perAxis[k] = xst[k]
			base += int(op.Params[k]) * xst[k]
		}
	}
	for k := range 4 {
		shape[k], st[k] = 1, 0
		if j := k - (4 - r); j >= 0 {
			shape[k], st[k] = outShape[j], perAxis[j]
		}
	}
	return shape, st, base
}

// launch runs a kernel by name.
func (b *Backend) launch(name string, grid, block, shmem uint32, args ...any) error {
	return b.drv.launch(name, b.fns[name], grid, block, shmem, args...)
}

func (m *machine) DataRoot(ctx context.Context, s int) (compute.Hash, error) {
	if err := ctx.Err(); err != nil {
		return compute.Hash{}, err
	}
	buf, err := m.slot(s)
	if err != nil {
		return compute.Hash{}, err
	}
	decl := m.prog.Slots[s]
	if !buf.written {
		return compute.ZeroDataRoot(decl.DType, decl.Shape), nil
	}
	unbind, err := m.b.bind()
	if err != nil {
		return compute.Hash{}, err
	}
	defer unbind()
	return m.dataRoot(buf.ptr, buf.bytes)
}

// dataRoot hashes the chunk tree of the bytes at ptr on the device: one pass
// over the leaves reducing 7 levels in each block, then passes of up to 8
// levels over the nodes, ping-ponging between the two hash buffers, until one
// node, the root, is left; then copies those 32 bytes back.
func (m *machine) dataRoot(ptr uint64, bytes int) (compute.Hash, error) {
	b := m.b
	chunks := merkle.Chunks(bytes)
	depth := merkle.Depth(chunks)
	L := min(7, depth)
	count := ceilDiv(chunks, 1<<L)
	if err := b.launch("merkle_leaves", uint32(count), 1<<L, 0, m.hash[0], ptr, uint32(chunks), uint32(L), b.zeros); err != nil {
		return compute.Hash{}, err
	}
	cur := 0
	for h := L; h < depth; {
		L := min(8, depth-h)
		blocks := ceilDiv(count, 1<<L)
		if err := b.launch("merkle_nodes", uint32(blocks), 1<<(L-1), 0, m.hash[1-cur], m.hash[cur], uint32(count), uint32(h), uint32(L), b.zeros); err != nil {
			return compute.Hash{}, err
		}
		cur, count, h = 1-cur, blocks, h+L
	}
	var root compute.Hash
	d := b.drv
	if err := d.check("cuMemcpyDtoH", d.cuMemcpyDtoH(unsafe.Pointer(&root[0]), m.hash[cur], 32)); err != nil {
		return compute.Hash{}, err
	}
	return root, nil
}

func (m *machine) Read(ctx context.Context, s int) (compute.Tensor, error) {
	if err := ctx.Err(); err != nil {
		return compute.Tensor{}, err
	}
	buf, err := m.slot(s)
	if err != nil {
		return compute.Tensor{}, err
	}
	decl := m.prog.Slots[s]
	t := compute.NewTensor(decl.DType, decl.Shape)
	if !buf.written {
		return t, nil
	}
	unbind, err := m.b.bind()
	if err != nil {
		return compute.Tensor{}, err
	}
	defer unbind()
	d := m.b.drv
	if err := d.check("cuMemcpyDtoH", d.cuMemcpyDtoH(unsafe.Pointer(&t.Data[0]), buf.ptr, uintptr(len(t.Data)))); err != nil {
		return compute.Tensor{}, err
	}
	return t, nil
}

func (m *machine) Close() error {
	if m.slots == nil {
		return nil
	}
	unbind, err := m.b.bind()
	if err != nil {
		return err
	}
	defer unbind()
	return m.free()
}

// free releases everything allocated so far (the context must be bound).
func (m *machine) free() error {
	d := m.b.drv
	var errs []error
	for _, s := range m.slots {
		if s.ptr != 0 {
			errs = append(errs, d.check("cuMemFree", d.cuMemFree(s.ptr)))
		}
	}
	for _, h := range m.hash {
		if h != 0 {
			errs = append(errs, d.check("cuMemFree", d.cuMemFree(h)))
		}
	}
	m.slots = nil
	m.hash = [2]uint64{}
	return errors.Join(errs...)
}
