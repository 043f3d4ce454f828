package batcher_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/l1contracts/deploy"
	"github.com/crux-rollup/crux/l1contracts/l1sim"
	"github.com/crux-rollup/crux/sequencer/batch"
	"github.com/crux-rollup/crux/sequencer/batcher"
	"github.com/crux-rollup/crux/sequencer/l2"
)

var chainID = big.NewInt(0x63727578)

// fakeL2 is a chain of blocks of signed transfers.
type fakeL2 struct{ blocks []*types.Block }

func (f *fakeL2) Head() *types.Header { return f.blocks[len(f.blocks)-1].Header() }
func (f *fakeL2) Block(n uint64) (*types.Block, error) {
	return f.blocks[n], nil
}
func (f *fakeL2) WithdrawalsRoot(*types.Header) (common.Hash, error) { return common.Hash{}, nil }

func newFakeL2(t *testing.T, n, perBlock int) *fakeL2 {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("batcher test")))
	signer := types.LatestSignerForChainID(chainID)
	origin := l2.L1Origin{Number: 1, Time: 1_700_000_000}
	g := types.NewBlockWithHeader(&types.Header{Number: big.NewInt(0), Time: 1_700_000_000, Extra: origin.Extra()})
	f := &fakeL2{blocks: []*types.Block{g}}
	nonce := uint64(0)
	for i := 1; i <= n; i++ {
		var txs types.Transactions
		for range perBlock {
			to := common.BytesToAddress(crypto.Keccak256([]byte{byte(nonce), byte(nonce >> 8)}))
			tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, Gas: 21000, To: &to, Value: big.NewInt(1e15), GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e9)}), signer, key)
			if err != nil {
				t.Fatal(err)
			}
			txs = append(txs, tx)
			nonce++
		}
		parent := f.blocks[i-1]
		h := &types.Header{ParentHash: parent.Hash(), Number: big.NewInt(int64(i)), Time: parent.Time() + 1, Extra: origin.Extra()}
		f.blocks = append(f.blocks, types.NewBlockWithHeader(h).WithBody(types.Body{Transactions: txs}))
	}
	return f
}

func setup(t *testing.T) (*l1sim.Chain, deploy.Addresses, func(key *ecdsa.PrivateKey) batcherTM) {
	t.Helper()
	l1 := l1sim.New(l1sim.Config{})
	t.Cleanup(func() { l1.Close() })
	a, err := deploy.Deploy(context.Background(), l1.Client(), l1.Transactor(0), l1.Wait, deploy.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	return l1, a, func(key *ecdsa.PrivateKey) batcherTM {
		cfg := batcher.DefaultTxConfig()
		cfg.NumConfirmations, cfg.ReceiptQueryInterval, cfg.ResubmissionTimeout = 1, 5*time.Millisecond, 2*time.Second
		tm, err := batcher.NewTxManager(context.Background(), l1.Client(), key, cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(tm.Close)
		return tm
	}
}

type batcherTM = batcherTxManager

type batcherTxManager = txmgr.TxManager

// until runs step and mines L1 blocks until cond holds.
func until(t *testing.T, l1 *l1sim.Chain, what string, step func() error, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		if err := step(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
		l1.Commit()
	}
}

func inboxLogs(t *testing.T, l1 *l1sim.Chain, inbox common.Address) []types.Log {
	t.Helper()
	logs, err := l1.Client().FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{inbox}})
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

// Posted frames carry exactly the blocks, and an L1 reorg that drops a
// confirmed frame's transaction (and the node's memory of it) makes the
// batcher re-broadcast it until it is back on the canonical chain.
func TestBatcherPostsAndSurvivesReorg(t *testing.T) {
	ctx := context.Background()
	l1, a, newTM := setup(t)
	tm := newTM(l1.Key(0))
	src := newFakeL2(t, 6, 20)
	b, err := batcher.New(batcher.Config{Inbox: a.BatchInbox, ChainID: chainID, MaxDelay: time.Millisecond, PollInterval: time.Millisecond, RebroadcastWait: time.Minute, FinalityDepth: 50}, src, l1.Client(), tm, 1)
	if err != nil {
		t.Fatal(err)
	}
	until(t, l1, "the batch to be confirmed", func() error { return b.Step(ctx) }, func() bool { return b.Safe() == 6 })
	// One more round reads the signed transaction it may need to re-send.
	if err := b.Step(ctx); err != nil {
		t.Fatal(err)
	}
	logs := inboxLogs(t, l1, a.BatchInbox)
	if len(logs) != 1 {
		t.Fatalf("%d batch logs, want 1", len(logs))
	}
	posted, _, err := l1.Client().TransactionByHash(ctx, logs[0].TxHash)
	if err != nil {
		t.Fatal(err)
	}
	f, err := batch.ParseFrame(posted.Data())
	if err != nil {
		t.Fatal(err)
	}
	got, err := batch.Decode(chainID, f.Data, batch.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if got.First() != 1 || got.Last() != 6 || got.TxCount() != 120 || got.ParentHash != src.blocks[0].Hash() {
		t.Fatalf("posted blocks %d..%d with %d txs", got.First(), got.Last(), got.TxCount())
	}
	for i, blk := range got.Blocks {
		for j, tx := range blk.Txs {
			if tx.Hash() != src.blocks[i+1].Transactions()[j].Hash() {
				t.Fatalf("block %d tx %d differs", i+1, j)
			}
		}
	}

	// Reorg the frame's block away, and make the node forget the
	// transaction (the simulated pool would otherwise re-inject it).
	parent, err := l1.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(logs[0].BlockNumber-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.Backend().Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	waitPool := time.Now().Add(time.Second)
	for time.Now().Before(waitPool) {
		if n, _ := l1.Client().PendingTransactionCount(ctx); n > 0 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	l1.Backend().Rollback()
	l1.Commit()
	l1.Commit()
	l1.Commit()
	if _, err := l1.Client().TransactionReceipt(ctx, logs[0].TxHash); err == nil {
		r, _ := l1.Client().TransactionReceipt(ctx, logs[0].TxHash)
		h, _ := l1.Client().HeaderByNumber(ctx, r.BlockNumber)
		if h.Hash() == r.BlockHash {
			t.Fatal("the reorg did not drop the frame")
		}
	}
	if err := b.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if b.Safe() != 0 || b.Metrics().Resubmissions != 1 {
		t.Fatalf("after the reorg: safe %d, resubmissions %d; want 0 and 1", b.Safe(), b.Metrics().Resubmissions)
	}
	until(t, l1, "the frame to be back", func() error { return b.Step(ctx) }, func() bool { return b.Safe() == 6 })
	r, err := l1.Client().TransactionReceipt(ctx, logs[0].TxHash)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("re-broadcast frame: %v", err)
	}
	if n := len(inboxLogs(t, l1, a.BatchInbox)); n != 1 {
		t.Fatalf("%d batch logs on the canonical chain, want the one frame once", n)
	}
	m := b.Metrics()
	if m.L2Txs != 120 || m.Frames != 1 || m.L1Gas == 0 {
		t.Fatalf("metrics %+v", m)
	}
	var out bytes.Buffer
	batcher.WritePrometheus(&out, b, nil)
	for _, want := range []string{"crux_batcher_l1_bytes_per_l2_tx ", "crux_batcher_l1_gas_per_l2_tx ", "crux_batcher_resubmissions_total 1", "crux_batcher_safe_l2_block 6"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("metrics lack %q:\n%s", want, out.String())
		}
	}
}

// A block larger than one frame goes out as a multi-frame channel, in
// order, and a key that is not the inbox's batcher gets nothing posted.
func TestBatcherMultiFrameAndWrongKey(t *testing.T) {
	ctx := context.Background()
	l1, a, newTM := setup(t)
	tm := newTM(l1.Key(0))
	src := newFakeL2(t, 1, 300)
	b, err := batcher.New(batcher.Config{Inbox: a.BatchInbox, ChainID: chainID, MaxDelay: time.Millisecond, PollInterval: time.Millisecond, MaxFrameSize: 8000}, src, l1.Client(), tm, 1)
	if err != nil {
		t.Fatal(err)
	}
	until(t, l1, "the channel", func() error { return b.Step(ctx) }, func() bool { return b.Safe() == 1 })
	logs := inboxLogs(t, l1, a.BatchInbox)
	if len(logs) < 3 {
		t.Fatalf("%d frames, want several", len(logs))
	}
	asm := batch.NewAssembler(batch.DefaultAssemblerConfig())
	var data []byte
	for _, l := range logs {
		tx, _, err := l1.Client().TransactionByHash(ctx, l.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		f, err := batch.ParseFrame(tx.Data())
		if err != nil {
			t.Fatal(err)
		}
		if d, err := asm.Add(f, l.BlockNumber); err != nil {
			t.Fatal(err)
		} else if d != nil {
			data = d
		}
	}
	if got, err := batch.Decode(chainID, data, batch.DefaultLimits()); err != nil || got.TxCount() != 300 {
		t.Fatalf("reassembled: %v", err)
	}

	stranger := newTM(l1.Key(4))
	s, err := batcher.New(batcher.Config{Inbox: a.BatchInbox, ChainID: chainID, MaxDelay: time.Millisecond}, newFakeL2(t, 1, 1), l1.Client(), stranger, 1)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		// txmgr retries a failing gas estimate for a minute: cut it short.
		short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
		err := s.Step(short)
		cancel()
		if err != nil && !errors.Is(err, context.DeadlineExceeded) {
			t.Fatal(err)
		}
		l1.Commit()
		time.Sleep(20 * time.Millisecond)
	}
	if s.Safe() != 0 || s.Metrics().SendErrors == 0 {
		t.Fatalf("a stranger's batch counted: safe %d, %+v", s.Safe(), s.Metrics())
	}
}
