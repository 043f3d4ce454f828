package compute

import (
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/crux-rollup/crux/compute/merkle"
)

// Hash is a keccak256 digest; see package merkle.
type Hash = merkle.Hash

// slotHeader is the dtype, rank and four dims of a slot root preimage.
func slotHeader(d DType, s Shape) []byte {
	b := make([]byte, 2+4*MaxRank)
	b[0] = byte(d)
	b[1] = byte(len(s))
	for k, dim := range s {
		binary.BigEndian.PutUint32(b[2+4*k:], uint32(dim))
	}
	return b
}

// SlotRoot binds a tensor's dtype and shape to the root of its chunk tree.
func SlotRoot(d DType, s Shape, dataRoot Hash) Hash {
	return merkle.Tagged(merkle.TagSlot, slotHeader(d, s), dataRoot[:])
}

// DataDepth is the depth of the chunk tree of a tensor of the given type.
func DataDepth(d DType, s Shape) int {
	return merkle.Depth(merkle.Chunks(s.Elems() * d.Size()))
}

// ZeroDataRoot is the chunk-tree root of an all-zero tensor: no data is hashed.
func ZeroDataRoot(d DType, s Shape) Hash { return merkle.ChunkZeros()[DataDepth(d, s)] }

// Root returns the tensor's slot root, hashing on up to workers goroutines.
func (t Tensor) Root(workers int) Hash {
	return SlotRoot(t.DType, t.Shape, merkle.DataRoot(t.Data, workers))
}

// opZeros are the zero subtrees of the program's op tree (zero leaf = the leaf
// of an all-zero record).
var opZeros = sync.OnceValue(func() *merkle.Zeros {
	return merkle.NewZeros(opLeaf([OpRecordSize]byte{}))
})

func opLeaf(rec [OpRecordSize]byte) Hash { return merkle.Tagged(merkle.TagOp, rec[:]) }

// opsTree is the Merkle tree over the program's op records.
func (p *Program) opsTree() *merkle.Tree {
	leaves := make([]Hash, len(p.Ops))
	for i, op := range p.Ops {
		leaves[i] = opLeaf(op.Record())
	}
	return merkle.NewTree(leaves, opZeros())
}

// programRoot hashes the header, the slot table hash, the outputs hash and the
// ops root.
func programRoot(header [HeaderSize]byte, slotsHash, outputsHash, opsRoot Hash) Hash {
	return merkle.Tagged(merkle.TagProgram, header[:], slotsHash[:], outputsHash[:], opsRoot[:])
}

// OutputsBytes lists the output slots' indices as big-endian uint16s, in slot
// order: what the outputs hash commits to, so a verifier learns which slots
// form the output root without reading the whole slot table.
func (p *Program) OutputsBytes() []byte {
	var b []byte
	for _, s := range p.Outputs() {
		b = binary.BigEndian.AppendUint16(b, uint16(s))
	}
	return b
}

// Root returns the program root (docs/compute.md section 3.2).
func (p *Program) Root() Hash {
	return programRoot(p.Header(), merkle.Keccak(p.SlotTableBytes()), merkle.Keccak(p.OutputsBytes()), p.opsTree().Root())
}

// OpProof proves one op record against a program root.
type OpProof struct {
	Index       int
	Record      [OpRecordSize]byte
	Header      [HeaderSize]byte
	SlotsHash   Hash
	OutputsHash Hash
	Siblings    []Hash
}

// OpProof builds the proof of op i.
func (p *Program) OpProof(i int) (OpProof, error) {
	if i < 0 || i >= len(p.Ops) {
		return OpProof{}, fmt.Errorf("op %d out of range [0,%d)", i, len(p.Ops))
	}
	return OpProof{
		Index:       i,
		Record:      p.Ops[i].Record(),
		Header:      p.Header(),
		SlotsHash:   merkle.Keccak(p.SlotTableBytes()),
		OutputsHash: merkle.Keccak(p.OutputsBytes()),
		Siblings:    p.opsTree().Proof(i),
	}, nil
}

// Verify checks the proof against a program root, including that the index is
// below the op count the header declares.
func (pr OpProof) Verify(root Hash) error {
	nOps := binary.BigEndian.Uint32(pr.Header[12:16])
	if pr.Index < 0 || uint64(pr.Index) >= uint64(nOps) {
		return fmt.Errorf("op index %d not below the program's %d ops", pr.Index, nOps)
	}
	if len(pr.Siblings) != merkle.Depth(int(nOps)) {
		return fmt.Errorf("op proof has %d siblings, the program's op tree has depth %d", len(pr.Siblings), merkle.Depth(int(nOps)))
	}
	opsRoot := merkle.RootFromProof(opLeaf(pr.Record), uint64(pr.Index), pr.Siblings)
	if programRoot(pr.Header, pr.SlotsHash, pr.OutputsHash, opsRoot) != root {
		return fmt.Errorf("op %d does not match program root %s", pr.Index, root)
	}
	return nil
}

// SlotProof proves a slot root against a state root.
type SlotProof struct {
	Slot     int
	SlotRoot Hash
	Siblings []Hash
}

// Verify checks the proof against a state root.
func (pr SlotProof) Verify(stateRoot Hash) error {
	if pr.Slot < 0 || !merkle.Verify(stateRoot, pr.SlotRoot, uint64(pr.Slot), pr.Siblings) {
		return fmt.Errorf("slot %d root %s does not match state root %s", pr.Slot, pr.SlotRoot, stateRoot)
	}
	return nil
}

// ChunkProof proves one chunk of a tensor against the tensor's slot root.
type ChunkProof struct {
	DType    DType
	Shape    Shape
	Index    int
	Chunk    []byte // ChunkSize bytes; the tail of the last chunk is zero
	Siblings []Hash
}

// Verify checks the proof against a slot root: the chunk must lie inside the
// tensor and the tree depth must be the one its shape implies.
func (pr ChunkProof) Verify(slotRoot Hash) error {
	if !pr.DType.Valid() || pr.Shape.Check(pr.DType) != nil {
		return fmt.Errorf("chunk proof has an invalid tensor type %s%v", pr.DType, pr.Shape)
	}
	if len(pr.Chunk) != ChunkSize {
		return fmt.Errorf("chunk has %d bytes, want %d", len(pr.Chunk), ChunkSize)
	}
	n := merkle.Chunks(pr.Shape.Elems() * pr.DType.Size())
	if pr.Index < 0 || pr.Index >= n {
		return fmt.Errorf("chunk %d out of range [0,%d)", pr.Index, n)
	}
	if d := merkle.Depth(n); len(pr.Siblings) != d {
		return fmt.Errorf("chunk proof has %d siblings, the tensor's tree has depth %d", len(pr.Siblings), d)
	}
	dataRoot := merkle.RootFromProof(merkle.Leaf(pr.Chunk), uint64(pr.Index), pr.Siblings)
	if SlotRoot(pr.DType, pr.Shape, dataRoot) != slotRoot {
		return fmt.Errorf("chunk %d does not match slot root %s", pr.Index, slotRoot)
	}
	return nil
}

// ChunkProof builds the proof of chunk i of t.
func (t Tensor) ChunkProof(i int) (ChunkProof, error) {
	n := merkle.Chunks(len(t.Data))
	if i < 0 || i >= n {
		return ChunkProof{}, fmt.Errorf("chunk %d out of range [0,%d)", i, n)
	}
	leaves := make([]Hash, n)
	for c := range leaves {
		leaves[c] = merkle.Leaf(t.Data[c*ChunkSize : min((c+1)*ChunkSize, len(t.Data))])
	}
	chunk := make([]byte, ChunkSize)
	copy(chunk, t.Data[i*ChunkSize:])
	return ChunkProof{
		DType:    t.DType,
		Shape:    t.Shape.Clone(),
		Index:    i,
		Chunk:    chunk,
		Siblings: merkle.NewTree(leaves, merkle.ChunkZeros()).Proof(i),
	}, nil
}
