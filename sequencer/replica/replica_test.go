package replica_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/l1contracts/deploy"
	"github.com/crux-rollup/crux/l1contracts/l1sim"
	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/batch"
	"github.com/crux-rollup/crux/sequencer/batcher"
	"github.com/crux-rollup/crux/sequencer/l2"
	"github.com/crux-rollup/crux/sequencer/replica"
	seqrpc "github.com/crux-rollup/crux/sequencer/rpc"
)

func credits(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

func testLogger() *slog.Logger {
	if os.Getenv("REPLICA_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// env is a whole rollup: simulated L1 with the contracts and a miner, the
// sequencer service (pebble) behind its JSON-RPC, the batcher and proposer.
type env struct {
	t     *testing.T
	ctx   context.Context
	l1    *l1sim.Chain
	a     deploy.Addresses
	chain replica.Chain
	svc   *sequencer.Service
	seq   *ethclient.Client
	b     *batcher.Batcher
	p     *batcher.Proposer
}

func newEnv(t *testing.T, ctx context.Context) *env {
	t.Helper()
	e := &env{t: t, ctx: ctx}
	e.l1 = l1sim.New(l1sim.Config{})
	t.Cleanup(func() { e.l1.Close() })
	params := deploy.DefaultParams()
	params.FinalizationDelay = time.Minute
	a, err := deploy.Deploy(ctx, e.l1.Client(), e.l1.Transactor(0), e.l1.Wait, params)
	if err != nil {
		t.Fatal(err)
	}
	e.a = a
	// Credits for the L1 depositor (account 1).
	cc := bindings.NewComputeCredit()
	e.l1Send(0, a.ComputeCredit, cc.Instance(e.l1.Client(), a.ComputeCredit), cc.PackMint(e.l1.Address(1), credits(100)))
	e.l1Send(1, a.ComputeCredit, cc.Instance(e.l1.Client(), a.ComputeCredit), cc.PackApprove(a.Portal, credits(100)))

	head, err := e.l1.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := l2.DefaultConfig(l2.L1Contracts{Portal: a.Portal, ResultRegistry: a.ResultRegistry, ProviderRegistry: a.ProviderRegistry})
	cfg.Confirmations = 0
	origin := l2.L1Origin{Number: head.Number.Uint64(), Hash: head.Hash(), Time: head.Time}
	g := l2.Genesis{Time: max(uint64(time.Now().Unix()), origin.Time), L1Origin: origin, Alloc: map[common.Address]*big.Int{}}
	for i := range numAccounts {
		g.Alloc[crypto.PubkeyToAddress(userKey(i).PublicKey)] = credits(1000)
	}
	e.chain = replica.Chain{Config: cfg, Genesis: g}
	proc, err := l2.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	log := testLogger()
	svc, err := sequencer.New(ctx, sequencer.Config{
		L2: cfg, Genesis: g, DataDir: t.TempDir(), Coinbase: common.Address{0xc0, 0xb},
		BlockTime: 50 * time.Millisecond, IdleBlockInterval: 250 * time.Millisecond, Logger: log.With("svc", "sequencer"),
	}, sequencer.NewEthL1(e.l1.Client(), proc, 0))
	if err != nil {
		t.Fatal(err)
	}
	e.svc = svc
	runCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	t.Cleanup(func() {
		stop()
		wg.Wait()
		svc.Close()
	})
	wg.Go(func() { svc.Run(runCtx) })
	srv, err := seqrpc.New(svc, seqrpc.Config{HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(runCtx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	e.seq, err = ethclient.DialContext(ctx, "http://"+srv.Addrs()[0])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.seq.Close)

	txc := batcher.DefaultTxConfig()
	txc.NumConfirmations, txc.ResubmissionTimeout, txc.ReceiptQueryInterval = 1, 5*time.Second, 20*time.Millisecond
	tm, err := batcher.NewTxManager(ctx, e.l1.Client(), e.l1.Key(0), txc, log.With("svc", "txmgr"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tm.Close)
	src := batcher.ServiceSource(svc)
	e.b, err = batcher.New(batcher.Config{Inbox: a.BatchInbox, ChainID: new(big.Int).SetUint64(cfg.ChainID), MaxDelay: 300 * time.Millisecond, PollInterval: 50 * time.Millisecond, Logger: log.With("svc", "batcher")}, src, e.l1.Client(), tm, 1)
	if err != nil {
		t.Fatal(err)
	}
	e.p = batcher.NewProposer(batcher.ProposerConfig{Oracle: a.OutputOracle, Interval: 10, PollInterval: 100 * time.Millisecond, Logger: log.With("svc", "proposer")}, src, e.l1.Client(), tm, e.b.Safe)
	wg.Go(func() { e.b.Run(runCtx) })
	wg.Go(func() { e.p.Run(runCtx) })
	// One L1 block a second: L1 time keeps pace with the wall clock the
	// sequencer stamps L2 blocks with.
	wg.Go(func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-runCtx.Done():
				return
			case <-t.C:
				e.l1.Commit()
			}
		}
	})
	return e
}

func (e *env) l1Send(key int, to common.Address, c *bind.BoundContract, data []byte) *types.Receipt {
	e.t.Helper()
	tx, err := bind.Transact(c, e.l1.Transactor(key), data)
	r, err := e.l1.Mine(e.ctx, tx, err)
	if err != nil {
		e.t.Fatalf("L1 call to %s: %v", to, err)
	}
	return r
}

const numAccounts = 100

func userKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("replica test user %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

func (e *env) newReplica(l1 replica.L1Client, seq replica.Sequencer) *replica.Replica {
	e.t.Helper()
	r, err := replica.New(e.ctx, replica.Config{
		Chain: e.chain, Inbox: e.a.BatchInbox, Oracle: e.a.OutputOracle, DataDir: e.t.TempDir(),
		PollInterval: 50 * time.Millisecond, Logger: testLogger().With("svc", "replica"),
	}, l1, seq)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { r.Close() })
	return r
}

func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The replica rebuilds, from L1 alone, a chain of over a thousand mixed
// transactions (transfers of both kinds, job market calls, a deposit, a
// withdrawal) and agrees with the sequencer on every block and with every
// output root the proposer posted.
func TestReplicaAgrees(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	rep := e.newReplica(e.l1.Client(), e.seq)
	repErr := make(chan error, 1)
	go func() { repErr <- rep.Run(ctx) }()

	// A deposit on L1 to a fresh L2 account.
	depositTo := common.HexToAddress("0x00000000000000000000000000000000000dE905")
	portal := bindings.NewPortal()
	e.l1Send(1, e.a.Portal, portal.Instance(e.l1.Client(), e.a.Portal), portal.PackDeposit(depositTo, credits(5)))

	chainID := new(big.Int).SetUint64(e.chain.Config.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	nonces := make([]uint64, numAccounts)
	var hashes []common.Hash
	send := func(i int, to common.Address, value *big.Int, data []byte, gas uint64, legacy bool) *types.Transaction {
		var inner types.TxData
		if legacy {
			inner = &types.LegacyTx{Nonce: nonces[i], GasPrice: big.NewInt(2 * l2.DefaultBaseFee), Gas: gas, To: &to, Value: value, Data: data}
		} else {
			inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonces[i], GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(3 * params.GWei), Gas: gas, To: &to, Value: value, Data: data}
		}
		tx, err := types.SignTx(types.NewTx(inner), signer, userKey(i))
		if err != nil {
			t.Fatal(err)
		}
		if err := e.seq.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("account %d nonce %d: %v", i, nonces[i], err)
		}
		nonces[i]++
		hashes = append(hashes, tx.Hash())
		return tx
	}
	jm := l2.JobMarketABI()
	var jobTxs []*types.Transaction
	jobOwner := map[common.Hash]int{}
	for round := range 10 {
		for i := range numAccounts {
			var to common.Address
			copy(to[:], crypto.Keccak256([]byte{byte(round), byte(i)}))
			send(i, to, new(big.Int).Mul(big.NewInt(int64(1+i+round)), big.NewInt(1e15)), nil, l2.TransferGas, (i+round)%4 == 0)
			if i%25 == 0 {
				data, err := jm.Pack("submitJob", [32]byte{byte(round)}, [32]byte{byte(i)}, credits(1), uint64(time.Now().Unix())+100_000, l2.HwNeeds{})
				if err != nil {
					t.Fatal(err)
				}
				tx := send(i, l2.JobMarketAddress, credits(1), data, 1_000_000, false)
				jobTxs = append(jobTxs, tx)
				jobOwner[tx.Hash()] = i
			}
		}
	}
	// Cancel a few of the submitted jobs (ids from their receipts).
	waitReceipt := func(h common.Hash) *types.Receipt {
		var r *types.Receipt
		waitFor(t, "receipt "+h.Hex(), 30*time.Second, func() bool {
			var err error
			r, err = e.seq.TransactionReceipt(ctx, h)
			return err == nil
		})
		return r
	}
	submitted := jm.Events["JobSubmitted"].ID
	for _, tx := range jobTxs[:5] {
		r := waitReceipt(tx.Hash())
		for _, l := range r.Logs {
			if l.Topics[0] == submitted {
				data, err := jm.Pack("cancel", [32]byte(l.Topics[1]))
				if err != nil {
					t.Fatal(err)
				}
				send(jobOwner[tx.Hash()], l2.JobMarketAddress, nil, data, 1_000_000, false)
			}
		}
	}
	// A withdrawal to L1.
	br := l2.BridgeABI()
	wdata, err := br.Pack("withdraw", credits(2), e.l1.Address(7))
	if err != nil {
		t.Fatal(err)
	}
	wtx := send(3, l2.BridgeAddress, credits(2), wdata, 1_000_000, false)
	if len(hashes) < 1000 {
		t.Fatalf("only %d transactions", len(hashes))
	}
	for _, h := range hashes {
		if r := waitReceipt(h); h == wtx.Hash() && r.Status != types.ReceiptStatusSuccessful {
			t.Fatal("withdrawal failed")
		}
	}
	waitFor(t, "the deposit on the L2", 45*time.Second, func() bool {
		bal, err := e.seq.BalanceAt(ctx, depositTo, nil)
		return err == nil && bal.Cmp(credits(5)) == 0
	})
	target := e.svc.Head().Number.Uint64()
	waitFor(t, "the replica to catch up", 45*time.Second, func() bool {
		select {
		case err := <-repErr:
			t.Fatalf("replica stopped: %v", err)
		default:
		}
		return rep.Head().Number.Uint64() >= target && rep.Stats().CheckedOutputs >= 2
	})
	for n := uint64(0); n <= target; n++ {
		ours, err := rep.DB().Header(n)
		if err != nil {
			t.Fatal(err)
		}
		theirs, err := e.svc.DB().Header(n)
		if err != nil {
			t.Fatal(err)
		}
		if ours.Hash() != theirs.Hash() || ours.Root != theirs.Root {
			t.Fatalf("block %d: replica %s (root %s), sequencer %s (root %s)", n, ours.Hash(), ours.Root, theirs.Hash(), theirs.Root)
		}
	}
	st := rep.Stats()
	if st.VerifiedBlocks < target || st.Txs < uint64(len(hashes)) {
		t.Fatalf("replica stats %+v, want %d blocks verified and %d txs", st, target, len(hashes))
	}
	m := e.b.Metrics()
	t.Logf("replica: %+v", st)
	t.Logf("batcher: %d L2 txs in %d frames, %.1f L1 bytes and %.0f L1 gas per L2 tx; %d outputs posted",
		m.L2Txs, m.Frames, float64(m.L1Bytes)/float64(m.L2Txs), float64(m.L1Gas)/float64(m.L2Txs), e.p.Proposed())

	t.Run("tampered sequencer answer", func(t *testing.T) {
		bad := uint64(5)
		r := e.newReplica(e.l1.Client(), lyingSequencer{Sequencer: e.seq, block: bad})
		err := r.Run(ctx)
		var mm *replica.MismatchError
		if !errors.As(err, &mm) || mm.Block != bad || mm.Source != "sequencer" {
			t.Fatalf("replica returned %v, want a mismatch at block %d", err, bad)
		}
		t.Log(err)
	})
	t.Run("tampered batch", func(t *testing.T) {
		l1 := &tamperingL1{L1Client: e.l1.Client(), inbox: e.a.BatchInbox, chainID: chainID}
		r := e.newReplica(l1, e.seq)
		err := r.Run(ctx)
		var mm *replica.MismatchError
		if !errors.As(err, &mm) || mm.Block != l1.tamperedBlock {
			t.Fatalf("replica returned %v, want a mismatch at the tampered block %d", err, l1.tamperedBlock)
		}
		t.Log(err)
	})
	t.Run("tampered batch, no sequencer", func(t *testing.T) {
		l1 := &tamperingL1{L1Client: e.l1.Client(), inbox: e.a.BatchInbox, chainID: chainID}
		r := e.newReplica(l1, nil)
		if err := r.Run(ctx); err == nil {
			t.Fatal("replica accepted a tampered batch")
		} else {
			t.Log(err)
		}
	})
}

// lyingSequencer reports a wrong state root for one block.
type lyingSequencer struct {
	replica.Sequencer
	block uint64
}

func (s lyingSequencer) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := s.Sequencer.HeaderByNumber(ctx, n)
	if err == nil && n.Uint64() == s.block {
		h.Root[0] ^= 1
	}
	return h, err
}

// tamperingL1 rewrites the first single-frame batch holding a transaction:
// the time of its last block goes up by one second and its last
// transaction is dropped.
type tamperingL1 struct {
	replica.L1Client
	inbox         common.Address
	chainID       *big.Int
	mu            sync.Mutex
	tamperedTx    common.Hash
	tamperedData  []byte
	tamperedBlock uint64
}

func (l *tamperingL1) TransactionInBlock(ctx context.Context, blockHash common.Hash, index uint) (*types.Transaction, error) {
	tx, err := l.L1Client.TransactionInBlock(ctx, blockHash, index)
	if err != nil || tx.To() == nil || *tx.To() != l.inbox {
		return tx, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.tamperedTx == (common.Hash{}) {
		f, err := batch.ParseFrame(tx.Data())
		if err != nil || f.Count != 1 {
			return tx, nil
		}
		b, err := batch.Decode(l.chainID, f.Data, batch.DefaultLimits())
		if err != nil || b.TxCount() == 0 {
			return tx, nil
		}
		for i := len(b.Blocks) - 1; i >= 0; i-- {
			if n := len(b.Blocks[i].Txs); n > 0 {
				b.Blocks[i].Txs = b.Blocks[i].Txs[:n-1]
				l.tamperedBlock = b.Blocks[i].Number
				break
			}
		}
		enc, err := batch.Encode(l.chainID, b)
		if err != nil {
			return tx, nil
		}
		frames, _ := batch.Split(enc, batch.DefaultMaxFrameSize)
		l.tamperedTx, l.tamperedData = tx.Hash(), frames[0].Marshal()
	}
	if tx.Hash() == l.tamperedTx {
		return types.NewTx(&types.LegacyTx{Nonce: tx.Nonce(), To: tx.To(), Gas: tx.Gas(), GasPrice: tx.GasPrice(), Data: l.tamperedData}), nil
	}
	return tx, nil
}
