package compute

// Limits of the compute model (docs/compute.md, section 1). They bound the depth
// of every Merkle tree, and so the size of every proof an L1 contract checks.
const (
	MaxRank        = 4
	MaxSlots       = 4096
	MaxOps         = 1 << 20
	MaxSlotBytes   = 1 << 30
	MaxMemoryBytes = 1 << 32
	MaxNameLen     = 64
	// MaxOutputs bounds the output slots, so that an output root can be
	// recomputed on L1 from one slot proof per output.
	MaxOutputs = 64

	// MaxReduce bounds the inputs one output element reads (matmul's K, the
	// row length of argmax), so that an L1 contract can recompute any single
	// element within a bounded amount of gas.
	MaxReduce = 8192

	// ChunkSize is the number of tensor bytes under one Merkle leaf.
	ChunkSize = 1024
)
