package khash

import (
	"bytes"
	"encoding/hex"
	"hash"
	"math/rand"
	"testing"
	"unsafe"

	"github.com/ethereum/go-ethereum/crypto/keccak"
	"golang.org/x/crypto/sha3"
)

func ref(parts ...[]byte) (h Hash) {
	d := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		d.Write(p)
	}
	d.Sum(h[:0])
	return
}

func refLeaves(data []byte) []Hash {
	var out []Hash
	for off := 0; off < len(data); off += ChunkSize {
		var c [ChunkSize]byte
		copy(c[:], data[off:])
		out = append(out, ref([]byte{0}, c[:]))
	}
	return out
}

func refNodes(src []Hash) []Hash {
	out := make([]Hash, len(src)/2)
	for i := range out {
		out[i] = ref([]byte{1}, src[2*i][:], src[2*i+1][:])
	}
	return out
}

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	r.Read(b)
	return b
}

// each runs f with every backend this machine supports forced active.
func each(t testing.TB, f func(b *backend)) {
	saved := active
	defer func() { active = saved }()
	for _, b := range available {
		active = b
		f(b)
	}
}

func TestImpl(t *testing.T) {
	t.Logf("Impl() = %s; available: %v", Impl(), names())
	if Impl() != available[0].name {
		t.Fatalf("Impl() = %s, want the best backend %s", Impl(), available[0].name)
	}
}

func names() []string {
	var s []string
	for _, b := range available {
		s = append(s, b.name)
	}
	return s
}

func TestSum256Vectors(t *testing.T) {
	for _, v := range []struct{ in, want string }{
		{"", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"},
		{"abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"},
		{"The quick brown fox jumps over the lazy dog", "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15"},
	} {
		h := Sum256([]byte(v.in))
		if got := hex.EncodeToString(h[:]); got != v.want {
			t.Errorf("Sum256(%q) = %s, want %s", v.in, got, v.want)
		}
	}
}

func TestSum256Random(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var lens []int
	for n := 0; n <= 300; n++ {
		lens = append(lens, n)
	}
	for k := 2; k <= 12; k++ {
		for d := -2; d <= 2; d++ {
			lens = append(lens, k*rate+d)
		}
	}
	for i := 0; i < 50; i++ {
		lens = append(lens, r.Intn(10<<10))
	}
	for _, n := range lens {
		data := randBytes(r, n)
		want := ref(data)
		each(t, func(b *backend) {
			if got := Sum256(data); got != want {
				t.Fatalf("%s: Sum256 of %d bytes = %x, want %x", b.name, n, got, want)
			}
		})
	}
}

// TestPermute checks the multi-way permutations instance by instance against
// the scalar one.
func TestPermute(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, p := range permuters() {
		w := p.ways
		st := make([]uint64, 25*w)
		for i := range st {
			st[i] = r.Uint64()
		}
		want := make([][25]uint64, w)
		for j := range want {
			for k := 0; k < 25; k++ {
				want[j][k] = st[k*w+j]
			}
			keccakF1600Generic(&want[j])
		}
		p.f(st)
		for j := range want {
			for k := 0; k < 25; k++ {
				if st[k*w+j] != want[j][k] {
					t.Fatalf("%s: instance %d lane %d = %#x, want %#x", p.name, j, k, st[k*w+j], want[j][k])
				}
			}
		}
	}
}

func TestLeaves(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	var lens []int
	for c := 0; c <= 20; c++ {
		for _, d := range []int{-1, 0, 1, 7, 8, 9, 511, 1000} {
			if n := c*ChunkSize + d; n >= 0 {
				lens = append(lens, n)
			}
		}
	}
	for i := 0; i < 100; i++ {
		lens = append(lens, r.Intn(10<<10+1))
	}
	lens = append(lens, 1<<20, 1<<20-3)
	for _, n := range lens {
		data := randBytes(r, n)
		want := refLeaves(data)
		each(t, func(b *backend) {
			got := make([]Hash, len(want)+1)
			got[len(want)] = Hash{0xaa}
			Leaves(got[:len(want)], data)
			if got[len(want)] != (Hash{0xaa}) {
				t.Fatalf("%s: Leaves(%d bytes) wrote past dst", b.name, n)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("%s: Leaves(%d bytes)[%d] = %x, want %x", b.name, n, i, got[i], want[i])
				}
			}
		})
	}
}

// TestLeavesUnaligned runs the batched paths on data at every offset within a
// word, so no load assumes alignment.
func TestLeavesUnaligned(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	buf := randBytes(r, 17*ChunkSize+64)
	for off := 0; off < 40; off += 3 {
		data := buf[off : off+17*ChunkSize-5]
		want := refLeaves(data)
		each(t, func(b *backend) {
			got := make([]Hash, len(want))
			Leaves(got, data)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("%s: offset %d leaf %d mismatch", b.name, off, i)
				}
			}
		})
	}
}

func TestNodes(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for n := 0; n <= 70; n++ {
		src := make([]Hash, 2*n)
		for i := range src {
			r.Read(src[i][:])
		}
		want := refNodes(src)
		each(t, func(b *backend) {
			got := make([]Hash, n+1)
			got[n] = Hash{0xaa}
			Nodes(got[:n], src)
			if got[n] != (Hash{0xaa}) {
				t.Fatalf("%s: Nodes(%d) wrote past dst", b.name, n)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("%s: Nodes(%d)[%d] = %x, want %x", b.name, n, i, got[i], want[i])
				}
			}
			// In place: dst is the first half of src.
			in := append([]Hash(nil), src...)
			Nodes(in[:n], in)
			for i := range want {
				if in[i] != want[i] {
					t.Fatalf("%s: in-place Nodes(%d)[%d] = %x, want %x", b.name, n, i, in[i], want[i])
				}
			}
			if !bytes.Equal(hashBytes(in[n:]), hashBytes(src[n:])) {
				t.Fatalf("%s: in-place Nodes(%d) wrote into the second half of src", b.name, n)
			}
		})
	}
}

func hashBytes(h []Hash) []byte {
	var b []byte
	for i := range h {
		b = append(b, h[i][:]...)
	}
	return b
}

// TestTree reduces a tree level by level in place on every backend.
func TestTree(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	data := randBytes(r, 300*ChunkSize+17)
	lvl := refLeaves(data)
	for len(lvl) > 1 {
		if len(lvl)%2 == 1 {
			lvl = append(lvl, Hash{})
		}
		lvl = refNodes(lvl)
	}
	want := lvl[0]
	each(t, func(b *backend) {
		if got := tree(data); got != want {
			t.Fatalf("%s: root %x, want %x", b.name, got, want)
		}
	})
}

// tree is a single-threaded chunk-tree root (odd levels padded with zero hashes).
func tree(data []byte) Hash {
	lvl := make([]Hash, (len(data)+ChunkSize-1)/ChunkSize)
	Leaves(lvl, data)
	for len(lvl) > 1 {
		if len(lvl)%2 == 1 {
			lvl = append(lvl, Hash{})
		}
		Nodes(lvl[:len(lvl)/2], lvl)
		lvl = lvl[:len(lvl)/2]
	}
	return lvl[0]
}

func TestPanics(t *testing.T) {
	mustPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s did not panic", name)
			}
		}()
		f()
	}
	each(t, func(b *backend) {
		mustPanic("Leaves(1 dst, 0 bytes)", func() { Leaves(make([]Hash, 1), nil) })
		mustPanic("Leaves(0 dst, 1 byte)", func() { Leaves(nil, []byte{1}) })
		mustPanic("Leaves(1 dst, 1025 bytes)", func() { Leaves(make([]Hash, 1), make([]byte, 1025)) })
		mustPanic("Leaves(3 dst, 2048 bytes)", func() { Leaves(make([]Hash, 3), make([]byte, 2048)) })
		mustPanic("Nodes(1, 3)", func() { Nodes(make([]Hash, 1), make([]Hash, 3)) })
		mustPanic("Nodes(2, 2)", func() { Nodes(make([]Hash, 2), make([]Hash, 2)) })
		mustPanic("Nodes(0, 1)", func() { Nodes(nil, make([]Hash, 1)) })
	})
	Leaves(nil, nil) // zero leaves: fine
	Nodes(nil, nil)
}

// ---------------------------------------------------------------- benchmarks

const benchSize = 1 << 20

func benchData() []byte {
	return randBytes(rand.New(rand.NewSource(7)), benchSize)
}

func benchEach(b *testing.B, f func(b *testing.B)) {
	saved := active
	defer func() { active = saved }()
	for _, bk := range available {
		active = bk
		b.Run(bk.name, f)
	}
}

func BenchmarkLeaves(b *testing.B) {
	data := benchData()
	dst := make([]Hash, benchSize/ChunkSize)
	benchEach(b, func(b *testing.B) {
		b.SetBytes(benchSize)
		for b.Loop() {
			Leaves(dst, data)
		}
	})
}

// BenchmarkNodes hashes 1024 nodes (64 KiB of child hashes) per op.
func BenchmarkNodes(b *testing.B) {
	src := make([]Hash, 2048)
	for i := range src {
		src[i][0] = byte(i)
	}
	dst := make([]Hash, 1024)
	benchEach(b, func(b *testing.B) {
		b.SetBytes(int64(len(src) * 32))
		for b.Loop() {
			Nodes(dst, src)
		}
	})
}

// BenchmarkSum256Stream is raw keccak256 over 1 MiB with Sum256 (the fastest
// scalar path here) and, for reference, x/crypto and go-ethereum.
func BenchmarkSum256Stream(b *testing.B) {
	data := benchData()
	b.Run("khash", func(b *testing.B) {
		b.SetBytes(benchSize)
		for b.Loop() {
			Sum256(data)
		}
	})
	for _, ref := range []struct {
		name string
		new  func() hash.Hash
	}{{"x-crypto-sha3", sha3.NewLegacyKeccak256}, {"geth-keccak", keccak.NewLegacyKeccak256}} {
		b.Run(ref.name, func(b *testing.B) {
			b.SetBytes(benchSize)
			d := ref.new()
			var h Hash
			for b.Loop() {
				d.Reset()
				d.Write(data)
				d.Sum(h[:0])
			}
		})
	}
}

// BenchmarkTree1MiB is Leaves then Nodes level by level to the root, one
// thread: its MB/s over BenchmarkSum256Stream's is the per-core ratio of
// commitment to raw keccak256 throughput.
func BenchmarkTree1MiB(b *testing.B) {
	data := benchData()
	benchEach(b, func(b *testing.B) {
		b.SetBytes(benchSize)
		for b.Loop() {
			tree(data)
		}
	})
}

// A permuter is a w-way permutation on 25*w interleaved lanes (lane k of
// instance j at st[k*w+j]), listed per architecture by permuters.
type permuter struct {
	name string
	ways int
	f    func(st []uint64)
}

// unsafeHashes views b (a multiple of 32 bytes) as hashes without copying.
func unsafeHashes(b []byte) []Hash {
	return unsafe.Slice((*Hash)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/32)
}
