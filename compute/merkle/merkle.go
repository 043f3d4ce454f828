// Package merkle implements the hashing rules of crux commitments
// (docs/compute.md section 3): domain-separated keccak256, the chunk tree over
// a tensor's bytes, binary trees with precomputed zero subtrees, and proofs.
//
// It knows nothing of programs or dtypes; package compute builds slot, state
// and program roots on top of it. The L1 contracts implement the same rules in
// Solidity (l1contracts/src/lib/CruxMerkle.sol).
package merkle

import (
	"encoding/hex"
	"fmt"
	"runtime"
	"sync"

	"github.com/crux-rollup/crux/compute/internal/khash"
)

// Hash is a keccak256 digest.
type Hash [32]byte

// Hex returns the hash as 0x-prefixed hex.
func (h Hash) Hex() string { return "0x" + hex.EncodeToString(h[:]) }

func (h Hash) String() string { return h.Hex() }

// MarshalText encodes the hash as 0x-prefixed hex (for JSON).
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.Hex()), nil }

// UnmarshalText parses 0x-prefixed hex.
func (h *Hash) UnmarshalText(b []byte) error {
	s := string(b)
	if len(s) != 66 || s[:2] != "0x" {
		return fmt.Errorf("hash %q: want 0x and 64 hex digits", s)
	}
	_, err := hex.Decode(h[:], b[2:])
	if err != nil {
		return fmt.Errorf("hash %q: %w", s, err)
	}
	return nil
}

// Domain tags: the first byte of every hashed preimage.
const (
	TagChunk   = 0x00
	TagNode    = 0x01
	TagSlot    = 0x02
	TagOp      = 0x04
	TagProgram = 0x05
)

// ChunkSize is the number of data bytes under one leaf of a chunk tree.
const ChunkSize = khash.ChunkSize

// MaxDepth bounds the depth of every tree crux builds (2^40 leaves).
const MaxDepth = 40

// Keccak returns keccak256 of the concatenated parts.
func Keccak(parts ...[]byte) Hash {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	buf := make([]byte, 0, n)
	for _, p := range parts {
		buf = append(buf, p...)
	}
	return khash.Sum256(buf)
}

// Tagged returns keccak256(tag || parts...).
func Tagged(tag byte, parts ...[]byte) Hash {
	return Keccak(append([][]byte{{tag}}, parts...)...)
}

// Node returns the inner node H(0x01 || l || r).
func Node(l, r Hash) Hash {
	var out [1]khash.Hash
	khash.Nodes(out[:], []khash.Hash{l, r})
	return out[0]
}

// Leaf returns the chunk leaf H(0x00 || chunk), zero-padding a short chunk.
func Leaf(chunk []byte) Hash {
	if len(chunk) > ChunkSize {
		panic(fmt.Sprintf("merkle: chunk of %d bytes", len(chunk)))
	}
	if len(chunk) == 0 {
		chunk = make([]byte, ChunkSize)
	}
	var out [1]khash.Hash
	khash.Leaves(out[:], chunk)
	return out[0]
}

// Depth is the depth of a binary tree over n leaves: ceil(log2 n), 0 for n <= 1.
func Depth(n int) int {
	d := 0
	for (1 << d) < n {
		d++
	}
	return d
}

// Zeros holds the roots of all-zero subtrees of one tree kind: Zeros[0] is the
// zero leaf and Zeros[j+1] = Node(Zeros[j], Zeros[j]).
type Zeros [MaxDepth + 1]Hash

// NewZeros precomputes the zero subtree roots over the given zero leaf.
func NewZeros(leaf Hash) *Zeros {
	z := new(Zeros)
	z[0] = leaf
	for j := 1; j <= MaxDepth; j++ {
		z[j] = Node(z[j-1], z[j-1])
	}
	return z
}

// ChunkZeros are the zero subtrees of chunk trees (zero leaf = Leaf of a zero
// chunk); HashZeros those of trees whose zero leaf is 32 zero bytes (slot
// table, outputs). Both are computed once and never change.
var (
	ChunkZeros = sync.OnceValue(func() *Zeros { return NewZeros(Leaf(nil)) })
	HashZeros  = sync.OnceValue(func() *Zeros { return NewZeros(Hash{}) })
)

// Chunks is the number of chunks of a tensor of n bytes (at least 1).
func Chunks(n int) int { return max(1, (n+ChunkSize-1)/ChunkSize) }

// leafParallelMin is the number of chunks below which hashing stays on one
// goroutine: smaller trees finish faster than goroutines start.
const leafParallelMin = 64

// DataRoot returns the chunk-tree root of data on up to workers goroutines
// (GOMAXPROCS when workers <= 0). The result does not depend on workers.
func DataRoot(data []byte, workers int) Hash {
	n := Chunks(len(data))
	if len(data) == 0 {
		return ChunkZeros()[0]
	}
	level := make([]khash.Hash, n)
	parallel(n, workers, func(lo, hi int) {
		end := min(hi*ChunkSize, len(data))
		khash.Leaves(level[lo:hi], data[lo*ChunkSize:end])
	})
	return Hash(reduce(level, ChunkZeros(), workers))
}

// reduce hashes a level of leaves up to the root of the tree of depth
// Depth(len(level)), padding odd levels with the zero subtree of that height.
// It overwrites level.
func reduce(level []khash.Hash, zeros *Zeros, workers int) khash.Hash {
	for h := 0; len(level) > 1; h++ {
		if len(level)%2 == 1 {
			level = append(level, zeros[h])
		}
		half := len(level) / 2
		src := level
		dst := level[:half] // in place: node i is written after src[2i], src[2i+1] are read
		if half >= leafParallelMin {
			// Pieces run concurrently, so one piece's writes must not land on
			// what another still reads: give them a separate buffer.
			dst = make([]khash.Hash, half)
		}
		parallel(half, workers, func(lo, hi int) { khash.Nodes(dst[lo:hi], src[2*lo:2*hi]) })
		level = dst
	}
	return level[0]
}

// parallel splits [0, n) into contiguous pieces for up to workers goroutines.
func parallel(n, workers int, f func(lo, hi int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	pieces := min(workers, n/leafParallelMin)
	if pieces <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for p := 0; p < pieces; p++ {
		lo, hi := n*p/pieces, n*(p+1)/pieces
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}
