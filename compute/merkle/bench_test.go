package merkle

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/crux-rollup/crux/compute/internal/khash"
	"golang.org/x/crypto/sha3"
)

const benchBytes = 64 << 20

func benchData() []byte {
	b := make([]byte, benchBytes)
	for i := range b {
		b[i] = byte(i*31 + i>>11)
	}
	return b
}

// BenchmarkCommit measures the chunk-tree root of 64 MiB on one core and on
// all cores (make bench compares it with BenchmarkKeccakRaw).
func BenchmarkCommit(b *testing.B) {
	data := benchData()
	for _, w := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				DataRoot(data, w)
			}
		})
	}
}

// BenchmarkKeccakRaw is the baseline: keccak256 streamed over the same 64 MiB
// on one core, with the fastest scalar implementation at hand (the better of
// x/crypto's and this module's).
func BenchmarkKeccakRaw(b *testing.B) {
	data := benchData()
	b.Run("xcrypto", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			h := sha3.NewLegacyKeccak256()
			h.Write(data)
			h.Sum(nil)
		}
	})
	b.Run("khash", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			khash.Sum256(data)
		}
	})
}
