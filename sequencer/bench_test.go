package sequencer_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/l2"
)

// BenchmarkTransfers measures sustained transfer throughput end to end in
// one process: b.N transfers signed beforehand by 1024 senders are decoded
// from bytes (so every signature is recovered, as from the network),
// admitted by 128 concurrent submitters (each acknowledgement waits for
// its fsync'd WAL record), built into 250 ms blocks and persisted to pebble
// with fsync. It reports tx/s and the p50/p99 inclusion latency (submission
// to the durable block's publication). Run with -benchtime=20000x or more.
//
// BenchmarkTransfers offers the load as fast as the submitters go, so its
// latency is that of a saturated sequencer (the backlog grows);
// BenchmarkTransfersAt5000 offers 5,000 tx/s open loop, the target
// rate, and its latency is the one users see at that load.
func BenchmarkTransfers(b *testing.B) { benchTransfers(b, 0) }

// BenchmarkTransfersAt5000 is BenchmarkTransfers at an offered 5,000 tx/s.
func BenchmarkTransfersAt5000(b *testing.B) { benchTransfers(b, 5000) }

func benchTransfers(b *testing.B, rate float64) {
	const senders, submitters = 1024, 128
	keys := make([]*ecdsa.PrivateKey, senders)
	cfg := l2.DefaultConfig(l2.L1Contracts{})
	gt := uint64(time.Now().Unix())
	g := l2.Genesis{Time: gt, L1Origin: sequencer.StaticGenesis(1, gt-1), Alloc: map[common.Address]*big.Int{}}
	for i := range keys {
		keys[i], _ = crypto.ToECDSA(crypto.Keccak256([]byte("bench key " + strconv.Itoa(i))))
		g.Alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(cfg.ChainID))
	raws := make([][]byte, b.N)
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	for j := range raws {
		tx := types.MustSignNewTx(keys[j%senders], signer, &types.DynamicFeeTx{
			ChainID: signer.ChainID(), Nonce: uint64(j / senders), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2e9),
			Gas: l2.TransferGas, To: &to, Value: big.NewInt(1),
		})
		raws[j], _ = tx.MarshalBinary()
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	svc, err := sequencer.New(ctx, sequencer.Config{L2: cfg, Genesis: g, DataDir: b.TempDir()}, sequencer.NewStaticL1(g.L1Origin))
	if err != nil {
		b.Fatal(err)
	}
	events, unsub := svc.SubscribeBlocks(1 << 16)
	defer unsub()
	runDone := make(chan error, 1)
	go func() { runDone <- svc.Run(ctx) }()

	submitted := make([]time.Time, b.N)
	hashes := make([]common.Hash, b.N)
	for j, raw := range raws {
		hashes[j] = crypto.Keccak256Hash(raw) // a typed tx's hash
	}
	want := make(map[common.Hash]bool, b.N)
	for _, h := range hashes {
		want[h] = true
	}
	// Inclusion times are taken as the blocks arrive, concurrently with the
	// submissions.
	includedAt := make(map[common.Hash]time.Time, b.N)
	var blocks int
	consumed := make(chan error, 1)
	go func() {
		for left := b.N; left > 0; {
			select {
			case ev, ok := <-events:
				if !ok {
					consumed <- errors.New("dropped from block events")
					return
				}
				at := time.Now()
				blocks++
				for _, tx := range ev.Block.Transactions() {
					if h := tx.Hash(); want[h] {
						includedAt[h] = at
						left--
					}
				}
			case <-time.After(60 * time.Second):
				consumed <- fmt.Errorf("%d transactions not included", left)
				return
			}
		}
		consumed <- nil
	}()
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	var failed sync.Once
	for w := 0; w < submitters; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Submitter w owns senders w, w+128, ...: their nonces go in order.
			for j := w; j < len(raws); j += submitters {
				if rate > 0 {
					time.Sleep(time.Until(start.Add(time.Duration(float64(j) / rate * float64(time.Second)))))
				}
				tx := new(types.Transaction)
				if err := tx.UnmarshalBinary(raws[j]); err != nil {
					failed.Do(func() { b.Error(err) })
					return
				}
				submitted[j] = time.Now()
				if err := svc.SendTransaction(ctx, tx); err != nil {
					failed.Do(func() { b.Error(err) })
					return
				}
			}
		}()
	}
	wg.Wait()
	if err := <-consumed; err != nil {
		b.Fatal(err)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	lat := make([]time.Duration, b.N)
	for j := range lat {
		lat[j] = includedAt[hashes[j]].Sub(submitted[j])
	}
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "tx/s")
	b.ReportMetric(float64(lat[len(lat)/2].Milliseconds()), "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Milliseconds()), "p99-ms")
	b.ReportMetric(float64(b.N)/float64(max(blocks, 1)), "tx/block")
	cancel()
	if err := <-runDone; err != nil {
		b.Fatal(err)
	}
	if err := svc.Close(); err != nil {
		b.Fatal(err)
	}
}
