package batch

import (
	"math/rand/v2"
	"testing"
)

// FuzzDecode: any input decodes or fails with ErrBadBatch, never panics, and
// what decodes re-encodes to a batch that decodes to the same transactions.
// Seeds: testdata/fuzz/FuzzDecode (valid batches and near misses).
func FuzzDecode(f *testing.F) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, shape := range [][2]int{{1, 1}, {2, 3}} {
		enc, err := Encode(testChainID, mixedBatch(rng, shape[0], shape[1]))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(enc)
	}
	lim := DefaultLimits()
	lim.MaxPayloadSize = 1 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Decode(testChainID, data, lim)
		if err != nil {
			return
		}
		enc, err := Encode(testChainID, b)
		if err != nil {
			t.Fatalf("decoded batch does not encode: %v", err)
		}
		again, err := Decode(testChainID, enc, lim)
		if err != nil {
			t.Fatalf("re-encoded batch does not decode: %v", err)
		}
		if again.TxCount() != b.TxCount() || again.Last() != b.Last() {
			t.Fatal("re-encoding changed the batch")
		}
	})
}

// FuzzParseFrame: frames parse or fail with ErrBadFrame, and parse back to
// the same bytes.
func FuzzParseFrame(f *testing.F) {
	f.Add((&Frame{Channel: ChannelID{1}, Count: 2, Index: 1, Data: []byte{9}}).Marshal())
	f.Fuzz(func(t *testing.T, data []byte) {
		fr, err := ParseFrame(data)
		if err != nil {
			return
		}
		if string(fr.Marshal()) != string(data) {
			t.Fatal("frame does not round-trip")
		}
		a := NewAssembler(DefaultAssemblerConfig())
		_, _ = a.Add(fr, 1)
	})
}
