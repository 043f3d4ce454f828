package batch

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// transferBatch is a realistic load: blocks of transfers between many
// senders and fresh random recipients (the incompressible case: nothing
// repeats but fees), values of whole milli-credits.
func transferBatch(n, perBlock int) *Batch {
	rng := rand.New(rand.NewPCG(42, 7))
	b := &Batch{}
	nonces := map[int]uint64{}
	for i := 0; i < n; i += perBlock {
		blk := Block{Number: uint64(1 + i/perBlock), Time: 1_700_000_000 + uint64(i/perBlock), L1Origin: 100 + uint64(i/perBlock/12)}
		for j := 0; j < perBlock && i+j < n; j++ {
			k := rng.IntN(500)
			blk.Txs = append(blk.Txs, transfer(rng, testKey(k), nonces[k], new(big.Int).Mul(big.NewInt(int64(rng.IntN(100_000)+1)), big.NewInt(1e15))))
			nonces[k]++
		}
		b.Blocks = append(b.Blocks, blk)
	}
	return b
}

// l1Gas is the calldata cost of data on L1 after EIP-7623 (Prague): the
// larger of the standard 4/16 gas per zero/non-zero byte and the floor of
// 10 per token (a zero byte is one token, a non-zero byte four), plus the
// 21,000 of the transaction.
func l1Gas(data []byte) uint64 {
	var zero, nonzero uint64
	for _, c := range data {
		if c == 0 {
			zero++
		} else {
			nonzero++
		}
	}
	standard := 4*zero + 16*nonzero
	floor := 10 * (zero + 4*nonzero)
	return 21_000 + max(standard, floor)
}

// BenchmarkTransferBytes reports the L1 calldata per L2 transfer of a batch
// of 1,300 transfers (one ~115 KB frame), frame headers included, and the
// L1 gas per transfer of posting it.
func BenchmarkTransferBytes(b *testing.B) {
	const n = 1300
	batch := transferBatch(n, 100)
	var frames []Frame
	for b.Loop() {
		enc, err := Encode(testChainID, batch)
		if err != nil {
			b.Fatal(err)
		}
		if frames, err = Split(enc, DefaultMaxFrameSize); err != nil {
			b.Fatal(err)
		}
	}
	var bytes, gas uint64
	for _, f := range frames {
		raw := f.Marshal()
		bytes += uint64(len(raw))
		gas += l1Gas(raw)
	}
	raw := 0
	for _, blk := range batch.Blocks {
		for _, tx := range blk.Txs {
			raw += int(tx.Size())
		}
	}
	b.ReportMetric(float64(bytes)/n, "L1bytes/transfer")
	b.ReportMetric(float64(gas)/n, "L1gas/transfer")
	b.ReportMetric(float64(raw)/n, "rlpbytes/transfer")
	b.ReportMetric(float64(len(frames)), "frames")
}

// TestTransferBytesBudget keeps the format within its budget of 90 L1
// bytes per transfer.
func TestTransferBytesBudget(t *testing.T) {
	const n = 600
	enc, err := Encode(testChainID, transferBatch(n, 50))
	if err != nil {
		t.Fatal(err)
	}
	per := float64(len(enc)+FrameHeaderSize) / n
	t.Logf("%.1f L1 bytes per transfer", per)
	if per > 90 {
		t.Fatalf("%.1f L1 bytes per transfer, budget 90", per)
	}
}
