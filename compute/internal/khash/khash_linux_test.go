package khash

import (
	"math/rand"
	"syscall"
	"testing"
)

// guarded returns n bytes of random data starting right after an inaccessible
// page (atEnd false) or ending right before one (atEnd true), so that any read
// outside the slice faults.
func guarded(t *testing.T, n int, atEnd bool) []byte {
	page := syscall.Getpagesize()
	size := (n + page - 1) / page * page
	mem, err := syscall.Mmap(-1, 0, size+2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip("mmap:", err)
	}
	t.Cleanup(func() { syscall.Munmap(mem) })
	if err := syscall.Mprotect(mem[:page], syscall.PROT_NONE); err != nil {
		t.Skip("mprotect:", err)
	}
	if err := syscall.Mprotect(mem[page+size:], syscall.PROT_NONE); err != nil {
		t.Skip("mprotect:", err)
	}
	off := page
	if atEnd {
		off = page + size - n
	}
	data := mem[off : off+n : off+n]
	rand.New(rand.NewSource(int64(n))).Read(data)
	return data
}

// TestGuardPages checks that no path reads outside data or src.
func TestGuardPages(t *testing.T) {
	for _, n := range []int{1, 100, 1023, 1024, 1025, 3*1024 + 5, 4 * 1024, 7*1024 + 1, 8 * 1024, 9*1024 - 1, 17 * 1024, 33*1024 + 1000} {
		for _, atEnd := range []bool{false, true} {
			data := guarded(t, n, atEnd)
			want := refLeaves(data)
			wantSum := ref(data)
			each(t, func(b *backend) {
				got := make([]Hash, len(want))
				Leaves(got, data)
				for i := range want {
					if got[i] != want[i] {
						t.Fatalf("%s: leaf %d of %d bytes mismatch", b.name, i, n)
					}
				}
				if Sum256(data) != wantSum {
					t.Fatalf("%s: Sum256 of %d guarded bytes mismatch", b.name, n)
				}
			})
		}
	}
	for _, nodes := range []int{1, 3, 4, 7, 8, 9, 16, 21} {
		for _, atEnd := range []bool{false, true} {
			mem := guarded(t, 64*nodes, atEnd)
			src := make([]Hash, 2*nodes)
			for i := range src {
				copy(src[i][:], mem[32*i:])
			}
			want := refNodes(src)
			gsrc := unsafeHashes(mem)
			each(t, func(b *backend) {
				got := make([]Hash, nodes)
				Nodes(got, gsrc)
				for i := range want {
					if got[i] != want[i] {
						t.Fatalf("%s: node %d of %d mismatch", b.name, i, nodes)
					}
				}
			})
		}
	}
}
