package fraudproof

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/merkle"
)

// Arity is the dissection arity K of the step phase and the fan-out 2^DescendLevels
// of the chunk phase (docs/dispute.md sections 3.1 and 3.3).
const (
	Arity         = 16
	DescendLevels = 4
)

// dissectionHash is keccak256(abi.encodePacked(d)): the 32-byte words
// concatenated without a length (the interval fixes the length).
func dissectionHash(d []Hash) Hash {
	parts := make([][]byte, len(d))
	for k := range d {
		parts[k] = d[k][:]
	}
	return merkle.Keccak(parts...)
}

// Points returns the points p_0..p_P of the interval [a, b] (b - a >= 2):
// p_t = a + floor(t*L/P) with L = b - a and P = min(K, L). It returns nil for
// shorter intervals, which have no dissection.
func Points(a, b uint64) []uint64 {
	if b < a || b-a < 2 {
		return nil
	}
	l := b - a
	p := min(uint64(Arity), l)
	pts := make([]uint64, p+1)
	for t := range pts {
		pts[t] = a + mulDiv(uint64(t), l, p)
	}
	return pts
}

// mulDiv is floor(x*y/z) without overflow, for x <= z (so the result fits).
func mulDiv(x, y, z uint64) uint64 {
	hi, lo := bits.Mul64(x, y)
	q, _ := bits.Div64(hi, lo, z)
	return q
}

// dissectionLen is the number of roots in a dissection of an interval of
// length l: P-1, or 0 when l < 2.
func dissectionLen(l uint64) int {
	if l < 2 {
		return 0
	}
	return int(min(uint64(Arity), l)) - 1
}

// descendLevels is m = min(4, d - level): how far one descent goes.
func descendLevels(depth, level uint8) uint8 {
	return min(DescendLevels, depth-level)
}

// descCount is the number of descendants a side publishes of a node at level:
// 2^m, or 0 at the leaf level.
func descCount(depth, level uint8) int {
	if level >= depth {
		return 0
	}
	return 1 << descendLevels(depth, level)
}

// descRoot hashes 2^m descendants up to their ancestor m levels above.
func descRoot(desc []Hash) Hash {
	return merkle.Root(desc, merkle.HashZeros()) // a full tree: no zero padding is used
}

// descProof is the m siblings of descendant j inside the subtree over desc.
func descProof(desc []Hash, j int) []Hash {
	return merkle.NewTree(desc, merkle.HashZeros()).Proof(j)
}

// Program header (docs/compute.md section 2.4).
const (
	headerMagic   = "CRXP"
	headerVersion = 1
)

// programHeader is a parsed 16-byte program header.
type programHeader struct {
	nSlots, nOps uint32
}

// parseHeader checks the header as CruxMerkle.headerWellFormed does (length,
// magic, version, reserved) and returns its counts.
func parseHeader(h []byte) (programHeader, error) {
	if len(h) != compute.HeaderSize {
		return programHeader{}, fmt.Errorf("program header has %d bytes, want %d", len(h), compute.HeaderSize)
	}
	if string(h[0:4]) != headerMagic || binary.BigEndian.Uint16(h[4:6]) != headerVersion || binary.BigEndian.Uint16(h[6:8]) != 0 {
		return programHeader{}, errors.New("program header is not well formed (magic, version or reserved field)")
	}
	return programHeader{nSlots: headerNSlots(h), nOps: headerNOps(h)}, nil
}

// headerNSlots and headerNOps read a 16-byte header's counts without
// checking the rest, as CruxMerkle's functions of the same names do.
func headerNSlots(h []byte) uint32 { return binary.BigEndian.Uint32(h[8:12]) }
func headerNOps(h []byte) uint32   { return binary.BigEndian.Uint32(h[12:16]) }

// programRoot is H(0x05 ‖ header ‖ slotsHash ‖ outputsHash ‖ opsRoot)
// (docs/compute.md section 3.2). compute hashes the same preimage but exports
// no function taking the parts.
func programRoot(header []byte, slotsHash, outputsHash, opsRoot Hash) Hash {
	return merkle.Tagged(merkle.TagProgram, header, slotsHash[:], outputsHash[:], opsRoot[:])
}

// verifyOpProof checks op proof pr for op index i against programRoot, as
// CruxMerkle.verifyOp does (record length, header magic and version,
// 1 <= nOps <= MaxOps, i < nOps, ceil(log2 nOps) siblings, root), and returns
// the header. The header must have 16 bytes.
func verifyOpProof(root Hash, i uint64, pr OpProof) (programHeader, error) {
	if len(pr.Record) != compute.OpRecordSize {
		return programHeader{}, fmt.Errorf("op record has %d bytes, want %d", len(pr.Record), compute.OpRecordSize)
	}
	h, err := parseHeader(pr.Header)
	if err != nil {
		return programHeader{}, err
	}
	if h.nOps == 0 || h.nOps > compute.MaxOps || i >= uint64(h.nOps) {
		return programHeader{}, fmt.Errorf("op %d of a program of %d ops", i, h.nOps)
	}
	cp := compute.OpProof{Index: int(i), SlotsHash: pr.SlotsHash, OutputsHash: pr.OutputsHash, Siblings: pr.Siblings}
	copy(cp.Record[:], pr.Record)
	copy(cp.Header[:], pr.Header)
	if err := cp.Verify(root); err != nil {
		return programHeader{}, err
	}
	return h, nil
}

// arity is the number of inputs an op reads (docs/compute.md section 2.1).
// compute knows it but does not export it.
func arity(c compute.Opcode) int {
	switch c {
	case compute.OpMatMul, compute.OpAdd, compute.OpLUT, compute.OpConcat:
		return 2
	case compute.OpRequant, compute.OpReLU, compute.OpArgMax, compute.OpReshape, compute.OpTranspose, compute.OpSlice:
		return 1
	}
	return 0
}

// parseRecord decodes a 64-byte op record (docs/compute.md section 2.4) as
// CruxOps.parseOp does: it checks the length and the reserved byte only. The
// opcode is checked by the caller; input fields beyond the op's arity and
// parameters it does not use are ignored, as the contracts ignore them (a
// record proven against a valid program has them zero anyway). compute has
// the stricter decoder (decodeOp) but does not export it.
func parseRecord(r []byte) (compute.Op, error) {
	if len(r) != compute.OpRecordSize {
		return compute.Op{}, fmt.Errorf("op record has %d bytes, want %d", len(r), compute.OpRecordSize)
	}
	if r[1] != 0 {
		return compute.Op{}, fmt.Errorf("reserved byte is %d, must be 0", r[1])
	}
	op := compute.Op{Code: compute.Opcode(r[0]), Out: int(binary.BigEndian.Uint16(r[2:4]))}
	for k := 0; k < arity(op.Code); k++ {
		op.In = append(op.In, int(binary.BigEndian.Uint16(r[4+2*k:])))
	}
	for k := range op.Params {
		op.Params[k] = int32(binary.BigEndian.Uint32(r[8+4*k:]))
	}
	return op, nil
}

// usedParams is how many leading parameters op code reads when its first
// input has rank xRank (docs/compute.md section 2.4). compute knows it but
// does not export it.
func usedParams(code compute.Opcode, xRank int) int {
	switch code {
	case compute.OpRequant:
		return 5
	case compute.OpConcat:
		return 1
	case compute.OpTranspose, compute.OpSlice:
		return xRank
	}
	return 0
}

// slotRootOf checks a slot witness's type and returns its slot root.
func slotRootOf(w SlotWitness) (Hash, compute.DType, compute.Shape, error) {
	dt, sh, err := tensorType(w.DType, Shape{Rank: w.Rank, Dims: w.Dims})
	if err != nil {
		return Hash{}, 0, nil, err
	}
	return compute.SlotRoot(dt, sh, w.DataRoot), dt, sh, nil
}

// verifySlot checks that w is slot s of the state with root stateRoot in a
// table of nSlots slots: its type as CruxMerkle.tensorBytes requires, then
// its slot root as CruxMerkle.verifySlot does.
func verifySlot(stateRoot Hash, nSlots uint64, s uint64, w SlotWitness) (compute.DType, compute.Shape, error) {
	root, dt, sh, err := slotRootOf(w)
	if err != nil {
		return 0, nil, err
	}
	if err := verifySlotRoot(stateRoot, nSlots, s, root, w.Siblings); err != nil {
		return 0, nil, err
	}
	return dt, sh, nil
}

// verifySlotRoot is CruxMerkle.verifySlot with nSlots: 1 <= nSlots <=
// MaxSlots, s < nSlots, exactly ceil(log2 nSlots) siblings, and the root.
func verifySlotRoot(stateRoot Hash, nSlots, s uint64, root Hash, siblings []Hash) error {
	if nSlots == 0 || nSlots > compute.MaxSlots || s >= nSlots {
		return fmt.Errorf("slot %d of a table of %d slots", s, nSlots)
	}
	if d := merkle.Depth(int(nSlots)); len(siblings) != d {
		return fmt.Errorf("slot proof has %d siblings, the slot table has depth %d", len(siblings), d)
	}
	if merkle.RootFromProof(root, s, siblings) != stateRoot {
		return fmt.Errorf("slot %d does not match state root %s", s, stateRoot)
	}
	return nil
}

// chunkGeometry is the chunk tree depth and chunk count of a tensor type.
func chunkGeometry(dt compute.DType, sh compute.Shape) (depth uint8, nChunks uint64) {
	n := merkle.Chunks(sh.Elems() * dt.Size())
	return uint8(merkle.Depth(n)), uint64(n)
}

// zeroLeaf is the chunk tree's zero leaf H(0x00 ‖ 1024 zero bytes).
func zeroLeaf() Hash { return merkle.ChunkZeros()[0] }

// ChunkTree is the chunk tree of one slot's committed bytes, with the nodes a
// player publishes and proves in the chunk and element phases.
//
// Its depth is the one the slot's type implies (compute.DataDepth). The bytes
// are taken as they are: a correct trace has exactly the tensor's bytes, and
// positions past them hold zero. A faulty trace may carry bytes past the
// tensor (nonzero padding in the last chunk, or whole chunks beyond the
// tensor's chunk count but inside the tree); they are committed as given, so a
// cheater's roots can be reproduced and its cheat caught.
type ChunkTree struct {
	dtype   compute.DType
	shape   compute.Shape
	depth   uint8
	nChunks uint64 // chunks of the tensor's type
	data    []byte
	leaves  []Hash // one per 1024 bytes of data
}

// NewChunkTree hashes the leaves of t's bytes. t's data must cover its type
// and fit in the tree.
func NewChunkTree(t compute.Tensor) (*ChunkTree, error) {
	if !t.DType.Valid() {
		return nil, fmt.Errorf("invalid dtype %d", uint8(t.DType))
	}
	if err := t.Shape.Check(t.DType); err != nil {
		return nil, err
	}
	size := t.Shape.Elems() * t.DType.Size()
	if len(t.Data) < size {
		return nil, fmt.Errorf("%s%v needs %d bytes, have %d", t.DType, t.Shape, size, len(t.Data))
	}
	depth, nChunks := chunkGeometry(t.DType, t.Shape)
	n := merkle.Chunks(len(t.Data))
	if n > 1<<depth {
		return nil, fmt.Errorf("%d bytes do not fit in a chunk tree of depth %d", len(t.Data), depth)
	}
	ct := &ChunkTree{dtype: t.DType, shape: t.Shape.Clone(), depth: depth, nChunks: nChunks, data: t.Data, leaves: make([]Hash, n)}
	for c := range ct.leaves {
		ct.leaves[c] = merkle.Leaf(t.Data[c*compute.ChunkSize : min((c+1)*compute.ChunkSize, len(t.Data))])
	}
	return ct, nil
}

// Depth is d = ceil(log2 nChunks) of the tensor's type.
func (ct *ChunkTree) Depth() uint8 { return ct.depth }

// NChunks is the tensor type's chunk count.
func (ct *ChunkTree) NChunks() uint64 { return ct.nChunks }

// Root is the data root.
func (ct *ChunkTree) Root() Hash { return ct.Node(0, 0) }

// Node is the value of node (level, index); level 0 is the root, level Depth
// the leaves. It panics if the node is not in the tree.
func (ct *ChunkTree) Node(level uint8, index uint64) Hash {
	h := int(ct.depth) - int(level)
	if h < 0 || index >= uint64(1)<<level {
		panic(fmt.Sprintf("fraudproof: node (%d, %d) outside a chunk tree of depth %d", level, index, ct.depth))
	}
	lo := index << h
	if lo >= uint64(len(ct.leaves)) {
		return merkle.ChunkZeros()[h]
	}
	hi := min(uint64(len(ct.leaves)), (index+1)<<h)
	// The leaves sit left-aligned in the subtree: hash them as a tree of
	// their own, then pair with zero subtrees up to height h.
	leaves := ct.leaves[lo:hi]
	node := merkle.Root(leaves, merkle.ChunkZeros())
	for j := merkle.Depth(len(leaves)); j < h; j++ {
		node = merkle.Node(node, merkle.ChunkZeros()[j])
	}
	return node
}

// Descendants are the 2^m nodes m = min(4, d-level) levels below (level,
// index), left to right; nil at the leaf level.
func (ct *ChunkTree) Descendants(level uint8, index uint64) []Hash {
	if level >= ct.depth {
		return nil
	}
	m := descendLevels(ct.depth, level)
	out := make([]Hash, 1<<m)
	for j := range out {
		out[j] = ct.Node(level+m, index<<m+uint64(j))
	}
	return out
}

// Chunk returns the 1024 committed bytes of chunk c (zero past the data).
func (ct *ChunkTree) Chunk(c uint64) []byte {
	chunk := make([]byte, compute.ChunkSize)
	if c < uint64(len(ct.leaves)) {
		copy(chunk, ct.data[c*compute.ChunkSize:])
	}
	return chunk
}

// Proof returns the siblings of chunk c. It panics unless c is below the
// number of chunks the data fills.
func (ct *ChunkTree) Proof(c uint64) []Hash {
	return merkle.NewTree(ct.leaves, merkle.ChunkZeros()).Proof(int(c))
}

// proofs returns the siblings of chunks lo..hi-1, building the tree once.
func (ct *ChunkTree) proofs(lo, hi uint64) [][]Hash {
	tree := merkle.NewTree(ct.leaves, merkle.ChunkZeros())
	out := make([][]Hash, 0, hi-lo)
	for c := lo; c < hi; c++ {
		out = append(out, tree.Proof(int(c)))
	}
	return out
}

// MaxMoves is the most transactions a game over n steps takes when the
// disputed slot's chunk tree has depth d (docs/dispute.md section 4): open,
// ceil(log16 n) bisections, two reveals, ceil(d/4) descents and two element
// moves. A timeout replaces a move, so it does not add to the count.
func MaxMoves(n uint64, d uint8) int {
	bisections := 0
	for l := n; l > 1; l = (l-1)/Arity + 1 {
		bisections++
	}
	return 1 + bisections + 2 + (int(d)+DescendLevels-1)/DescendLevels + 2
}
