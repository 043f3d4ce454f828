package merkle

import (
	"math/rand/v2"
	"testing"

	"golang.org/x/crypto/sha3"
)

// keccak is an independent keccak256 (x/crypto) to check the fast hashers.
func keccak(parts ...[]byte) Hash {
	h := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		h.Write(p)
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

// naiveRoot is the definition of docs/compute.md 3.1 written recursively.
func naiveRoot(leaves []Hash, zero Hash) Hash {
	d := Depth(len(leaves))
	full := make([]Hash, 1<<d)
	for i := range full {
		if i < len(leaves) {
			full[i] = leaves[i]
		} else {
			full[i] = zero
		}
	}
	for len(full) > 1 {
		next := make([]Hash, len(full)/2)
		for i := range next {
			next[i] = keccak([]byte{TagNode}, full[2*i][:], full[2*i+1][:])
		}
		full = next
	}
	return full[0]
}

func naiveDataRoot(data []byte) Hash {
	n := Chunks(len(data))
	leaves := make([]Hash, n)
	for i := range leaves {
		chunk := make([]byte, ChunkSize)
		if i*ChunkSize < len(data) {
			copy(chunk, data[i*ChunkSize:])
		}
		leaves[i] = keccak([]byte{TagChunk}, chunk)
	}
	return naiveRoot(leaves, keccak([]byte{TagChunk}, make([]byte, ChunkSize)))
}

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func TestDataRootMatchesDefinition(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	sizes := []int{0, 1, 1023, 1024, 1025, 2048, 3000, 4096, 5 * 1024, 64 * 1024, 64*1024 + 1, 200*1024 + 77}
	for _, n := range sizes {
		data := randBytes(r, n)
		want := naiveDataRoot(data)
		for _, w := range []int{1, 2, 3, 7} {
			if got := DataRoot(data, w); got != want {
				t.Fatalf("DataRoot(%d bytes, %d workers) = %s, want %s", n, w, got, want)
			}
		}
	}
}

func TestZeroData(t *testing.T) {
	z := ChunkZeros()
	if z[0] != keccak([]byte{TagChunk}, make([]byte, ChunkSize)) {
		t.Fatal("zero chunk leaf")
	}
	// All-zero data of 2^d chunks has root Z_d, with no hashing of data needed.
	for d := 0; d <= 6; d++ {
		if got := DataRoot(make([]byte, ChunkSize<<d), 2); got != z[d] {
			t.Fatalf("zero data of depth %d: %s, want %s", d, got, z[d])
		}
	}
	// A short all-zero tensor pads to the same leaf.
	if DataRoot(make([]byte, 10), 1) != z[0] {
		t.Fatal("short zero tensor")
	}
	if HashZeros()[1] != keccak([]byte{TagNode}, make([]byte, 64)) {
		t.Fatal("hash zeros")
	}
}

func TestTreeUpdateAndProofs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 3, 5, 8, 13, 100} {
		leaves := make([]Hash, n)
		for i := range leaves {
			leaves[i] = keccak(randBytes(r, 8))
		}
		tree := NewTree(leaves, HashZeros())
		if tree.Root() != naiveRoot(leaves, Hash{}) {
			t.Fatalf("n=%d: root differs from the definition", n)
		}
		for k := 0; k < 20; k++ {
			i := r.IntN(n)
			leaves[i] = keccak(randBytes(r, 8))
			tree.Update(i, leaves[i])
			if tree.Root() != naiveRoot(leaves, Hash{}) {
				t.Fatalf("n=%d: root after update %d differs", n, i)
			}
		}
		for i := range leaves {
			p := tree.Proof(i)
			if len(p) != Depth(n) {
				t.Fatalf("proof length %d, depth %d", len(p), Depth(n))
			}
			if !Verify(tree.Root(), leaves[i], uint64(i), p) {
				t.Fatalf("n=%d: proof of leaf %d fails", n, i)
			}
			if Verify(tree.Root(), leaves[(i+1)%n], uint64(i), p) && n > 1 {
				t.Fatalf("n=%d: proof of leaf %d accepts another leaf", n, i)
			}
			// The same leaf at an index with bits beyond the depth is refused.
			if Verify(tree.Root(), leaves[i], uint64(i)|1<<len(p), p) {
				t.Fatalf("n=%d: index beyond the depth accepted", n)
			}
			for j := range p {
				bad := append([]Hash(nil), p...)
				bad[j][31] ^= 1
				if Verify(tree.Root(), leaves[i], uint64(i), bad) {
					t.Fatalf("n=%d: tampered sibling %d accepted", n, j)
				}
			}
		}
	}
}

func TestLeafAndNode(t *testing.T) {
	a, b := keccak([]byte("a")), keccak([]byte("b"))
	if Node(a, b) != keccak([]byte{TagNode}, a[:], b[:]) {
		t.Fatal("node hash")
	}
	chunk := []byte("short chunk")
	padded := make([]byte, ChunkSize)
	copy(padded, chunk)
	if Leaf(chunk) != keccak([]byte{TagChunk}, padded) {
		t.Fatal("leaf hash")
	}
	if Tagged(7, []byte("x"), []byte("yz")) != keccak([]byte{7}, []byte("xyz")) {
		t.Fatal("tagged hash")
	}
}

func TestHashText(t *testing.T) {
	h := keccak([]byte("crux"))
	b, _ := h.MarshalText()
	var g Hash
	if err := g.UnmarshalText(b); err != nil || g != h {
		t.Fatalf("round trip: %v", err)
	}
	for _, bad := range []string{"", "0x12", h.Hex()[2:] + "00", "0x" + string(make([]byte, 64))} {
		if g.UnmarshalText([]byte(bad)) == nil {
			t.Fatalf("accepted %q", bad)
		}
	}
}
