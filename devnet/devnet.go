// Package devnet runs the whole crux system in one process, the way
// separate machines would run it: an L1 (go-ethereum's simulated backend
// mining on a timer, served over HTTP JSON-RPC, or an external node), the L1
// contracts deployed by the Go deployer, a sequencer with its batcher and
// output proposer, executors, a challenger and a watcher. Every role talks
// to the chains through their JSON-RPC endpoints, not through shortcuts, so
// the devnet exercises what a deployment does. `crux devnet` and the e2e
// tests start one; Demo runs the showcase on it.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crux-rollup/crux/challenger"
	"github.com/crux-rollup/crux/client"
	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/dispute"
	"github.com/crux-rollup/crux/executor"
	"github.com/crux-rollup/crux/fraudproof/cheat"
	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/l1contracts/deploy"
	"github.com/crux-rollup/crux/l1contracts/l1sim"
	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/batcher"
	"github.com/crux-rollup/crux/sequencer/l2"
	"github.com/crux-rollup/crux/sequencer/mempool"
	seqrpc "github.com/crux-rollup/crux/sequencer/rpc"
	"github.com/crux-rollup/crux/watcher"
)

// Accounts of the devnet by role (l1sim.DevKey(i) on both chains).
// Executors beyond the second and challengers beyond the first take
// accounts from 8 on.
const (
	AcctSequencer  = 0 // deployer, sequencer, batcher, proposer, guardian
	AcctExecutor1  = 1
	AcctExecutor2  = 2
	AcctChallenger = 3
	AcctUser       = 4 // a dApp user with credits on the L2
	minAccounts    = 8
)

// ExecutorAccount is the account of executor i (0-based).
func ExecutorAccount(i int) int {
	if i < 2 {
		return AcctExecutor1 + i
	}
	return minAccounts + i - 2
}

// ChallengerAccount is the account of challenger i (0-based), given the
// number of executors.
func ChallengerAccount(i, executors int) int {
	if i == 0 {
		return AcctChallenger
	}
	return minAccounts + max(executors-2, 0) + i - 1
}

// Config configures a devnet.
type Config struct {
	// Dir holds every role's data (a temporary directory if empty).
	Dir string
	// L1 is an external L1 endpoint (anvil --block-time 1, geth --dev
	// --dev.period 1: it must mine on a timer); empty runs the embedded
	// simulated L1. Funder, a funded account there, pays each devnet
	// account 100 ETH first.
	L1     string
	Funder *ecdsa.PrivateKey
	// L1Addr and L2Addr are the listen addresses of the embedded L1's and
	// the sequencer's JSON-RPC (default 127.0.0.1:0, a free port).
	L1Addr, L2Addr string
	// L1BlockTime is the embedded L1's block period (default 1 s: the
	// simulated chain stamps blocks max(now, parent+1), so faster mining
	// would run L1 time ahead of the wall clock the L2 follows).
	L1BlockTime time.Duration
	// Cheats is the --cheat of each executor; its length is the number of
	// executors (default two honest ones). Executor i bids (90-10i)% of a
	// job's maximum price, so later executors underbid earlier ones.
	Cheats []string
	// Challengers is the number of challengers (default 1); the first
	// LyingChallengers of them re-run every job with a lie (tests and demos
	// only): they dispute honest results and lose their bonds.
	Challengers      int
	LyingChallengers int
	// Params are the L1 protocol parameters (default: short windows so a
	// dispute plays out in a minute).
	Params *deploy.Params
	// Backend runs jobs (default: the CPU with every core).
	Backend compute.Backend
	Logger  *slog.Logger
}

// Params are the devnet's protocol parameters: windows short enough to
// watch a dispute and a finalization in about a minute.
func Params() deploy.Params {
	p := deploy.DefaultParams()
	p.ChallengeWindow = 20 * time.Second
	p.ClockDuration = 30 * time.Second
	p.UnbondingDelay = 5 * time.Minute
	p.FinalizationDelay = 10 * time.Second
	return p
}

// Devnet is a running devnet.
type Devnet struct {
	Addrs  deploy.Addresses
	Params deploy.Params
	L1URL  string
	L2URL  string
	Keys   []*ecdsa.PrivateKey // development keys by account
	L1     *ethclient.Client
	L2     *client.Client
	Watch  *watcher.Watcher
	Chain  *l1sim.Chain // nil with an external L1

	dir     string
	tempDir bool
	log     *slog.Logger
	closers []func() error
	roles   map[string]*role
	runCtx  context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	errMu   sync.Mutex
	errs    []error
}

// Address is account i's address.
func (d *Devnet) Address(i int) common.Address { return crypto.PubkeyToAddress(d.Keys[i].PublicKey) }

// Start brings the devnet up; Close takes it down.
func Start(ctx context.Context, cfg Config) (_ *Devnet, err error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.L1BlockTime <= 0 {
		cfg.L1BlockTime = time.Second
	}
	if cfg.L1Addr == "" {
		cfg.L1Addr = "127.0.0.1:0"
	}
	if cfg.L2Addr == "" {
		cfg.L2Addr = "127.0.0.1:0"
	}
	if cfg.Cheats == nil {
		cfg.Cheats = []string{"", ""}
	}
	if len(cfg.Cheats) > 9 {
		return nil, errors.New("at most 9 executors (bids are 90%, 80%, ... of the maximum price)")
	}
	if cfg.Challengers <= 0 {
		cfg.Challengers = 1
	}
	if cfg.Backend == nil {
		cfg.Backend = compute.CPU{}
	}
	p := Params()
	if cfg.Params != nil {
		p = *cfg.Params
	}
	d := &Devnet{Params: p, log: cfg.Logger, dir: cfg.Dir}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	if d.dir == "" {
		if d.dir, err = os.MkdirTemp("", "crux-devnet-"); err != nil {
			return nil, err
		}
		d.tempDir = true
	}
	accounts := max(minAccounts, ChallengerAccount(cfg.Challengers-1, len(cfg.Cheats))+1)
	for i := 0; i < accounts; i++ {
		d.Keys = append(d.Keys, l1sim.DevKey(i))
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	d.runCtx, d.cancel = runCtx, cancel

	// L1.
	if cfg.L1 == "" {
		d.Chain = l1sim.New(l1sim.Config{Accounts: accounts, MineEvery: cfg.L1BlockTime})
		d.closers = append(d.closers, d.Chain.Close)
		url, stop, err := d.Chain.Serve(cfg.L1Addr)
		if err != nil {
			return nil, err
		}
		d.closers = append(d.closers, stop)
		d.L1URL = url
	} else {
		d.L1URL = cfg.L1
	}
	if d.L1, err = ethclient.DialContext(ctx, d.L1URL); err != nil {
		return nil, fmt.Errorf("connecting to the L1 at %s: %w", d.L1URL, err)
	}
	d.closers = append(d.closers, func() error { d.L1.Close(); return nil })
	chainID, err := d.L1.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 chain id: %w", err)
	}
	if cfg.L1 != "" {
		if err := d.fund(ctx, cfg.Funder, chainID); err != nil {
			return nil, err
		}
	}
	deployer := bind.NewKeyedTransactor(d.Keys[AcctSequencer], chainID)
	if d.Addrs, err = deploy.Deploy(ctx, d.L1, deployer, deploy.WaitMined(d.L1), p); err != nil {
		return nil, err
	}
	d.log.Info("L1 contracts deployed", "disputeGame", d.Addrs.DisputeGame, "resultRegistry", d.Addrs.ResultRegistry)
	// Every account gets 1,000 ComputeCredit on L1 to deposit (the deployer
	// owns the token).
	owner := dispute.NewKeySender(d.L1, deployer, deploy.WaitMined(d.L1))
	cc := bindings.NewComputeCredit()
	l1Credits := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	for i := range d.Keys {
		if _, err := owner.Send(ctx, d.Addrs.ComputeCredit, cc.PackMint(d.Address(i), l1Credits), nil); err != nil {
			return nil, fmt.Errorf("minting L1 credits: %w", err)
		}
	}

	// Sequencer, batcher and proposer.
	d.roles = map[string]*role{}
	if err := d.startSequencer(ctx, runCtx, cfg); err != nil {
		return nil, err
	}
	if d.L2, err = client.Dial(ctx, d.L2URL); err != nil {
		return nil, err
	}
	d.closers = append(d.closers, func() error { d.L2.Close(); return nil })

	// Executors, challenger, watcher.
	for i, cheat := range cfg.Cheats {
		if err := d.addExecutor(ctx, runCtx, i, cheat, cfg); err != nil {
			return nil, err
		}
	}
	for i := 0; i < cfg.Challengers; i++ {
		backend := cfg.Backend
		if i < cfg.LyingChallengers {
			backend = cheat.Auto{Inner: backend, Kind: cheat.OpOutput}
		}
		if err := d.addChallenger(ctx, runCtx, ChallengerAccount(i, len(cfg.Cheats)), fmt.Sprintf("challenger%d", i+1), backend); err != nil {
			return nil, err
		}
	}
	d.Watch, err = watcher.New(watcher.Config{L1: d.L1, DisputeGame: d.Addrs.DisputeGame, ResultRegistry: d.Addrs.ResultRegistry,
		ProviderRegistry: d.Addrs.ProviderRegistry, Jobs: d.L2, Backend: cfg.Backend, Logger: d.log.With("role", "watcher")})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// fund pays every devnet account 100 ETH on an external L1, with plain
// value transfers from funder.
func (d *Devnet) fund(ctx context.Context, funder *ecdsa.PrivateKey, chainID *big.Int) error {
	if funder == nil {
		return errors.New("an external L1 needs a funder key")
	}
	from := crypto.PubkeyToAddress(funder.PublicKey)
	nonce, err := d.L1.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("reading the funder's nonce: %w", err)
	}
	tip, err := d.L1.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := d.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	amount := new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))
	var last *types.Transaction
	for i := range d.Keys {
		to := d.Address(i)
		tx, err := types.SignNewTx(funder, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce + uint64(i), GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: amount})
		if err != nil {
			return err
		}
		if err := d.L1.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("funding devnet account %d on the L1: %w", i, err)
		}
		last = tx
	}
	if _, err := bind.WaitMined(ctx, d.L1, last.Hash()); err != nil {
		return fmt.Errorf("funding devnet accounts on the L1: %w", err)
	}
	return nil
}

// sender is account acct's L1 sender: op-service's txmgr, as the role
// commands use.
func (d *Devnet) sender(ctx context.Context, acct int) (*dispute.TxMgrSender, error) {
	cfg := batcher.DefaultTxConfig()
	cfg.NumConfirmations = 1
	cfg.ReceiptQueryInterval = 250 * time.Millisecond
	// One-second blocks: a transaction lost to a reorg is resent within
	// seconds, not the minutes a mainnet setting waits.
	cfg.ResubmissionTimeout = 5 * time.Second
	cfg.TxNotInMempoolTimeout = 10 * time.Second
	m, err := batcher.NewTxManager(ctx, d.L1, d.Keys[acct], cfg, d.log.With("role", "txmgr", "account", acct))
	if err != nil {
		return nil, err
	}
	d.closers = append(d.closers, func() error { m.Close(); return nil })
	return dispute.NewTxMgrSender(m), nil
}

// run runs a role until the devnet closes, recording its error.
func (d *Devnet) run(name string, f func() error) {
	d.wg.Go(func() {
		if err := f(); err != nil && !errors.Is(err, context.Canceled) {
			d.errMu.Lock()
			d.errs = append(d.errs, fmt.Errorf("%s: %w", name, err))
			d.errMu.Unlock()
			d.log.Error("role stopped", "role", name, "err", err)
		}
	})
}

func (d *Devnet) startSequencer(ctx, runCtx context.Context, cfg Config) error {
	l2cfg := l2.DefaultConfig(l2.L1Contracts{Portal: d.Addrs.Portal, ResultRegistry: d.Addrs.ResultRegistry,
		ProviderRegistry: d.Addrs.ProviderRegistry})
	l2cfg.Confirmations = 1
	l2cfg.BiddingWindow = 2
	l2cfg.MinProviderStake = new(big.Int).Set(d.Params.MinStake)
	proc, err := l2.New(l2cfg)
	if err != nil {
		return err
	}
	eth := sequencer.NewEthL1(d.L1, proc, l2cfg.Confirmations)
	safe, err := eth.SafeHead(ctx)
	if err != nil {
		return err
	}
	origin, err := eth.Block(ctx, safe)
	if err != nil {
		return err
	}
	credits := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	genesis := l2.Genesis{Time: max(uint64(time.Now().Unix()), origin.Origin.Time), L1Origin: origin.Origin, Alloc: map[common.Address]*big.Int{}}
	for i := range d.Keys {
		genesis.Alloc[d.Address(i)] = credits
	}
	dir := filepath.Join(d.dir, "sequencer")
	addr := cfg.L2Addr
	// The sequencer, its RPC server, batcher and proposer form one role: a
	// restart reopens the same datadir (the genesis only seeds an empty
	// one) on the same address, and the batcher resumes after the last
	// block it knows is on L1.
	return d.addRole(runCtx, "sequencer", func(ctx context.Context) (func() error, error) {
		svc, err := sequencer.New(ctx, sequencer.Config{L2: l2cfg, Genesis: genesis, DataDir: dir,
			Coinbase: d.Address(AcctSequencer), BlockTime: 250 * time.Millisecond, Pool: mempool.DefaultConfig(),
			Logger: d.log.With("role", "sequencer")}, sequencer.NewEthL1(d.L1, proc, l2cfg.Confirmations))
		if err != nil {
			return nil, err
		}
		srv, err := seqrpc.New(svc, seqrpc.Config{HTTPAddr: addr, ClientVersion: "crux-devnet", Logger: d.log.With("role", "rpc")})
		if err == nil {
			err = srv.Start(ctx)
		}
		if err != nil {
			svc.Close()
			return nil, err
		}
		addr = srv.Addrs()[0]
		d.L2URL = "http://" + addr
		txc := batcher.DefaultTxConfig()
		txc.NumConfirmations = 1
		txc.ReceiptQueryInterval = 250 * time.Millisecond
		tm, err := batcher.NewTxManager(ctx, d.L1, d.Keys[AcctSequencer], txc, d.log.With("role", "txmgr"))
		if err != nil {
			srv.Close()
			svc.Close()
			return nil, err
		}
		statePath := filepath.Join(dir, "batcher.safe")
		safe, err := batcher.LoadSafe(statePath)
		if err != nil {
			tm.Close()
			srv.Close()
			svc.Close()
			return nil, err
		}
		src := batcher.ServiceSource(svc)
		b, err := batcher.New(batcher.Config{Inbox: d.Addrs.BatchInbox, ChainID: svc.ChainID(), MaxDelay: 2 * time.Second,
			PollInterval: 250 * time.Millisecond, StatePath: statePath, Logger: d.log.With("role", "batcher")}, src, d.L1, tm, safe+1)
		if err != nil {
			tm.Close()
			srv.Close()
			svc.Close()
			return nil, err
		}
		prop := batcher.NewProposer(batcher.ProposerConfig{Oracle: d.Addrs.OutputOracle, Interval: 20, PollInterval: time.Second,
			Logger: d.log.With("role", "proposer")}, src, d.L1, tm, b.Safe)
		return func() error {
			var wg sync.WaitGroup
			wg.Go(func() { b.Run(ctx) })
			wg.Go(func() { prop.Run(ctx) })
			err := svc.Run(ctx)
			wg.Wait()
			tm.Close()
			srv.Close()
			return errors.Join(err, svc.Close())
		}, nil
	})
}

// role is a running service that Restart can stop and start again: a
// restart builds the service anew from its durable state (the executor's
// store, the chain), as a process restart would.
type role struct {
	start  func(ctx context.Context) (func() error, error) // builds the service, returns its Run
	cancel context.CancelFunc
	done   chan struct{}
}

func (d *Devnet) addRole(runCtx context.Context, name string, start func(ctx context.Context) (func() error, error)) error {
	r := &role{start: start}
	d.roles[name] = r
	return d.launch(runCtx, name, r)
}

func (d *Devnet) launch(runCtx context.Context, name string, r *role) error {
	ctx, cancel := context.WithCancel(runCtx)
	run, err := r.start(ctx)
	if err != nil {
		cancel()
		return err
	}
	r.cancel, r.done = cancel, make(chan struct{})
	done := r.done
	d.run(name, func() error { defer close(done); return run() })
	return nil
}

// Restart stops role name (executor1, executor2, ..., challenger1, ...) and
// starts it again from its durable state.
func (d *Devnet) Restart(name string) error {
	r, ok := d.roles[name]
	if !ok {
		return fmt.Errorf("no role %q", name)
	}
	r.cancel()
	<-r.done
	d.log.Info("restarting role", "role", name)
	return d.launch(d.runCtx, name, r)
}

func (d *Devnet) addExecutor(ctx, runCtx context.Context, i int, cheat string, cfg Config) error {
	acct := ExecutorAccount(i)
	send, err := d.sender(ctx, acct)
	if err != nil {
		return err
	}
	dir := filepath.Join(d.dir, fmt.Sprintf("executor%d", i+1))
	name := fmt.Sprintf("executor%d", i+1)
	log := d.log.With("role", name, "cheat", cheat)
	return d.addRole(runCtx, name, func(ctx context.Context) (func() error, error) {
		store, err := executor.OpenStore(dir)
		if err != nil {
			return nil, err
		}
		s, err := executor.New(executor.Config{L1: d.L1, Sender: send, ProviderRegistry: d.Addrs.ProviderRegistry,
			ResultRegistry: d.Addrs.ResultRegistry, DisputeGame: d.Addrs.DisputeGame, Market: market{d.L2},
			L2Key: d.Keys[acct], Backend: cfg.Backend, Store: store, Stake: d.Params.MinStake,
			Node:  executor.Node{Model: fmt.Sprintf("devnet-cpu-%d", i+1), MemoryBytes: 8 << 30, UUID: fmt.Sprintf("devnet-%d", i+1)},
			Price: executor.BidFraction(int64(90-10*i), 100, big.NewInt(1)), Cheat: executor.Cheat{Kind: cheat},
			Poll: 500 * time.Millisecond, Logger: log})
		if err != nil {
			store.Close()
			return nil, err
		}
		return func() error {
			defer store.Close()
			return s.Run(ctx)
		}, nil
	})
}

func (d *Devnet) addChallenger(ctx, runCtx context.Context, acct int, name string, backend compute.Backend) error {
	send, err := d.sender(ctx, acct)
	if err != nil {
		return err
	}
	return d.addRole(runCtx, name, func(ctx context.Context) (func() error, error) {
		ch, err := challenger.New(challenger.Config{L1: d.L1, Sender: send, DisputeGame: d.Addrs.DisputeGame,
			ResultRegistry: d.Addrs.ResultRegistry, Jobs: d.L2, Backend: backend,
			Poll: 500 * time.Millisecond, Logger: d.log.With("role", name)})
		if err != nil {
			return nil, err
		}
		return func() error { return ch.Run(ctx) }, nil
	})
}

// market adapts the L2 client to executor.Market.
type market struct{ *client.Client }

// Err reports the first role that stopped with an error.
func (d *Devnet) Err() error {
	d.errMu.Lock()
	defer d.errMu.Unlock()
	return errors.Join(d.errs...)
}

// Close stops every role and removes a temporary data directory.
func (d *Devnet) Close() error {
	if d.cancel != nil {
		d.cancel()
	}
	d.wg.Wait()
	var errs []error
	for i := len(d.closers) - 1; i >= 0; i-- {
		if err := d.closers[i](); err != nil && !errors.Is(err, net.ErrClosed) {
			errs = append(errs, err)
		}
	}
	if d.tempDir {
		os.RemoveAll(d.dir)
	}
	return errors.Join(errs...)
}
