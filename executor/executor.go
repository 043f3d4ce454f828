// Package executor is the provider role: a bonded node that bids for jobs
// on the L2 JobMarket, runs the ones it wins with the deterministic kernels,
// posts each result commitment to L1, and defends every dispute against its
// commitments to the end.
//
// What it must not forget across a restart — the jobs it ran and the
// commitments it posted — is kept in pebble with the job bundles, so it can
// rebuild any trace (runs are deterministic) and answer a dispute without the
// L2. Games themselves are replayed from L1 (dispute.Player).
//
// Cheating exists only for tests and demos: Config.Cheat makes the executor
// post a wrong result in one chosen way and, for "stall", stop defending.
// It is off unless set explicitly.
package executor

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/client"
	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/dispute"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/internal/tick"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/l1contracts/bindings"
)

// Market is the L2 side: the job market and the job data.
type Market interface {
	JobCount(ctx context.Context) (uint64, error)
	Job(ctx context.Context, id common.Hash) (client.Job, error)
	Bid(ctx context.Context, key *ecdsa.PrivateKey, id common.Hash, price *big.Int) error
	GetJob(ctx context.Context, programRoot, inputRoot compute.Hash) (jobs.Bundle, error)
	PutOutputs(ctx context.Context, p *compute.Program, programRoot, inputRoot compute.Hash, outputs []compute.Tensor) (compute.Hash, error)
}

// L1 is what the executor reads from L1.
type L1 interface {
	dispute.Client
	ethereum.BlockNumberReader
}

// Node describes the hardware registered with the provider's bond.
type Node struct {
	Model       string
	MemoryBytes uint64
	UUID        string
}

// Config configures a Service.
type Config struct {
	L1               L1
	Sender           dispute.Sender // the provider's L1 account
	ProviderRegistry common.Address
	ResultRegistry   common.Address
	DisputeGame      common.Address
	Market           Market
	L2Key            *ecdsa.PrivateKey // the same account on the L2 (bids)
	Backend          compute.Backend
	Store            *Store
	Node             Node
	Stake            *big.Int // bonded at start when the stake is below it
	// Price is the bid for a job, false to pass. Default: BidFraction.
	Price  func(client.Job) (*big.Int, bool)
	Cheat  Cheat
	Poll   time.Duration
	Logger *slog.Logger
}

// BidFraction bids num/den of a job's maximum price, never below min.
func BidFraction(num, den int64, min *big.Int) func(client.Job) (*big.Int, bool) {
	return func(j client.Job) (*big.Int, bool) {
		p := new(big.Int).Mul(j.MaxPrice, big.NewInt(num))
		p.Div(p, big.NewInt(den))
		if p.Cmp(min) < 0 {
			if j.MaxPrice.Cmp(min) < 0 {
				return nil, false
			}
			p.Set(min)
		}
		return p, true
	}
}

// Service is a running executor.
type Service struct {
	cfg    Config
	log    *slog.Logger
	me     common.Address
	player *dispute.Player
	pr     *bindings.ProviderRegistry
	rr     *bindings.ResultRegistry
	traces map[[2]compute.Hash]*ownRun
	bonded bool
}

// New checks cfg and returns an executor.
func New(cfg Config) (*Service, error) {
	if cfg.L1 == nil || cfg.Sender == nil || cfg.Market == nil || cfg.L2Key == nil || cfg.Backend == nil || cfg.Store == nil {
		return nil, errors.New("executor: L1, Sender, Market, L2Key, Backend and Store are required")
	}
	if crypto.PubkeyToAddress(cfg.L2Key.PublicKey) != cfg.Sender.From() {
		return nil, errors.New("executor: the L2 key and the L1 sender must be the same account (the L2 learns bonds from L1)")
	}
	if err := cfg.Cheat.Validate(); err != nil {
		return nil, err
	}
	if cfg.Price == nil {
		cfg.Price = BidFraction(9, 10, big.NewInt(1))
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Service{cfg: cfg, log: cfg.Logger, me: cfg.Sender.From(), pr: bindings.NewProviderRegistry(),
		rr: bindings.NewResultRegistry(), traces: map[[2]compute.Hash]*ownRun{}}
	s.player = dispute.New(cfg.L1, cfg.Sender, s, cfg.DisputeGame, cfg.ResultRegistry)
	return s, nil
}

// Run does a Tick every Poll until ctx ends (package tick: a failed round
// is logged and the next one runs).
func (s *Service) Run(ctx context.Context) error {
	return tick.Run(ctx, s.cfg.Poll, s.log, "executor", s.Tick)
}

// Tick does one round: bond and register once, bid on open jobs, run and
// post the jobs it was assigned, move in its games, withdraw payouts.
func (s *Service) Tick(ctx context.Context) error {
	if !s.bonded {
		if err := s.bond(ctx); err != nil {
			return err
		}
		s.bonded = true
	}
	var errs []error
	if err := s.market(ctx); err != nil {
		errs = append(errs, err)
	}
	if s.cfg.Cheat.Kind != CheatStall {
		if err := s.defend(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if owed, err := s.player.WithdrawPayout(ctx); err != nil {
		errs = append(errs, err)
	} else if owed.Sign() > 0 {
		s.log.Info("withdrew payout", "wei", owed)
	}
	return errors.Join(errs...)
}

func (s *Service) l1Call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return s.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// bond tops the stake up to cfg.Stake and registers the node once.
func (s *Service) bond(ctx context.Context) error {
	out, err := s.l1Call(ctx, s.cfg.ProviderRegistry, s.pr.PackStakeOf(s.me))
	if err != nil {
		return fmt.Errorf("reading the stake: %w", err)
	}
	stake, err := s.pr.UnpackStakeOf(out)
	if err != nil {
		return fmt.Errorf("decoding the stake: %w", err)
	}
	if s.cfg.Stake != nil && stake.Cmp(s.cfg.Stake) < 0 {
		missing := new(big.Int).Sub(s.cfg.Stake, stake)
		if _, err := s.cfg.Sender.Send(ctx, s.cfg.ProviderRegistry, s.pr.PackBond(), missing); err != nil {
			return fmt.Errorf("bonding %v wei: %w", missing, err)
		}
		s.log.Info("bonded", "wei", missing)
	}
	registered, err := s.cfg.Store.Registered()
	if err != nil {
		return err
	}
	if !registered && s.cfg.Node.Model != "" {
		n := s.cfg.Node
		if _, err := s.cfg.Sender.Send(ctx, s.cfg.ProviderRegistry, s.pr.PackRegisterNode(n.Model, n.MemoryBytes, n.UUID), nil); err != nil {
			return fmt.Errorf("registering node %q: %w", n.Model, err)
		}
		if err := s.cfg.Store.SetRegistered(); err != nil {
			return err
		}
		s.log.Info("registered node", "model", n.Model, "memory", n.MemoryBytes)
	}
	return nil
}

// market bids on open jobs and runs and posts assigned ones.
func (s *Service) market(ctx context.Context) error {
	n, err := s.cfg.Market.JobCount(ctx)
	if err != nil {
		return fmt.Errorf("reading the job count: %w", err)
	}
	var errs []error
	for i := uint64(1); i <= n; i++ {
		id := client.JobID(i)
		rec, known, err := s.cfg.Store.Job(id)
		if err != nil {
			return err
		}
		if known && rec.ResultID != 0 {
			// Posted; disputes are handled in defend. Finalize it once
			// its window has passed with no game open: that pays us.
			if !rec.Settled {
				if err := s.settle(ctx, rec); err != nil {
					errs = append(errs, err)
				}
			}
			continue
		}
		j, err := s.cfg.Market.Job(ctx, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if known && j.Status == client.JobOpen && rec.Round != j.Round {
			// Re-queued: a new round to bid in, now.
			if err := s.cfg.Store.DeleteJob(id); err != nil {
				return err
			}
			known = false
		}
		switch {
		case j.Status == client.JobOpen && !known:
			price, ok := s.cfg.Price(j)
			if !ok {
				continue
			}
			if err := s.cfg.Market.Bid(ctx, s.cfg.L2Key, id, price); err != nil {
				errs = append(errs, err)
				continue
			}
			if err := s.cfg.Store.PutJob(JobRecord{JobID: id, ProgramRoot: j.ProgramRoot, InputRoot: j.InputRoot, Round: j.Round}); err != nil {
				return err
			}
			s.log.Info("bid", "job", i, "price", price)
		case j.Status == client.JobAssigned && j.Executor == s.me:
			if err := s.execute(ctx, id, j); err != nil {
				errs = append(errs, fmt.Errorf("job %d: %w", i, err))
			}
		}
	}
	return errors.Join(errs...)
}

// settle finalizes a posted result whose challenge window has passed with
// no game open, and records a result that is no longer pending.
func (s *Service) settle(ctx context.Context, rec JobRecord) error {
	id := new(big.Int).SetUint64(rec.ResultID)
	out, err := s.l1Call(ctx, s.cfg.ResultRegistry, s.rr.PackCommitment(id))
	if err != nil {
		return fmt.Errorf("result %d: reading it: %w", rec.ResultID, err)
	}
	c, err := s.rr.UnpackCommitment(out)
	if err != nil {
		return fmt.Errorf("result %d: decoding it: %w", rec.ResultID, err)
	}
	const none, pending = 0, 1
	if c.Status == none {
		// The commitment is gone: an L1 reorganisation dropped the block
		// that held it. Forget it; the next tick runs and posts again
		// while the job is still assigned to us.
		s.log.Warn("posted result vanished from L1 (reorg); posting again", "result", rec.ResultID)
		rec.ResultID = 0
		return s.cfg.Store.PutJob(rec)
	}
	if c.Status == pending {
		head, err := s.cfg.L1.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("reading the L1 head: %w", err)
		}
		if head.Time <= c.Deadline || c.OpenGames > 0 {
			return nil
		}
		if _, err := s.cfg.Sender.Send(ctx, s.cfg.ResultRegistry, s.rr.PackFinalize(id), nil); err != nil {
			return fmt.Errorf("finalizing result %d: %w", rec.ResultID, err)
		}
		s.log.Info("finalized result", "result", rec.ResultID)
	}
	rec.Settled = true
	return s.cfg.Store.PutJob(rec)
}

// execute runs an assigned job and posts its commitment (the one Cheat
// makes it post, if set).
func (s *Service) execute(ctx context.Context, id common.Hash, j client.Job) error {
	b, err := s.cfg.Market.GetJob(ctx, j.ProgramRoot, j.InputRoot)
	if err != nil {
		return err
	}
	if err := s.cfg.Store.PutBundle(j.ProgramRoot, j.InputRoot, b.Encode()); err != nil {
		return err
	}
	start := time.Now()
	tr, err := s.runJob(ctx, b)
	if err != nil {
		return err
	}
	final, err := tr.StateRoot(tr.Steps())
	if err != nil {
		return err
	}
	steps := uint64(tr.Steps())
	if s.cfg.Cheat.Kind == CheatSteps {
		steps++
	}
	r, err := s.cfg.Sender.Send(ctx, s.cfg.ResultRegistry,
		s.rr.PackPostResult(id, j.ProgramRoot, j.InputRoot, tr.outputRoot, final, steps), nil)
	if err != nil {
		return fmt.Errorf("posting the result: %w", err)
	}
	var resultID uint64
	for _, l := range r.Logs {
		if ev, err := s.rr.UnpackResultPostedEvent(l); err == nil {
			resultID = ev.ResultId.Uint64()
		}
	}
	if resultID == 0 {
		return errors.New("postResult mined without a ResultPosted event")
	}
	if err := s.cfg.Store.PutJob(JobRecord{JobID: id, ProgramRoot: j.ProgramRoot, InputRoot: j.InputRoot, Round: j.Round, ResultID: resultID}); err != nil {
		return err
	}
	// Publish the outputs for the dApp (best effort: the commitment is what
	// counts; a failure is logged, not retried).
	if _, err := s.cfg.Market.PutOutputs(ctx, b.Program, j.ProgramRoot, j.InputRoot, tr.outputs); err != nil {
		s.log.Warn("publishing outputs failed", "job", new(big.Int).SetBytes(id[:]), "err", err)
	}
	s.log.Info("posted result", "job", new(big.Int).SetBytes(id[:]), "result", resultID, "steps", steps,
		"run", time.Since(start), "gas", r.GasUsed, "cheat", s.cfg.Cheat.Kind)
	return nil
}

// Trace implements dispute.Traces: the executor's own run of the job, from
// the stored bundle (rebuilt after a restart), with its cheat if any.
func (s *Service) Trace(ctx context.Context, c fraudproof.Commitment) (fraudproof.TraceProvider, bool, error) {
	key := [2]compute.Hash{c.ProgramRoot, c.InputRoot}
	if tr, ok := s.traces[key]; ok {
		return tr, true, nil
	}
	raw, err := s.cfg.Store.Bundle(c.ProgramRoot, c.InputRoot)
	if errors.Is(err, ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	b, err := jobs.Decode(raw)
	if err != nil {
		return nil, false, fmt.Errorf("stored bundle: %w", err)
	}
	tr, err := s.runJob(ctx, b)
	if err != nil {
		return nil, false, err
	}
	return tr, true, nil
}

// runJob runs b (through the cheat, if any) and caches the trace.
func (s *Service) runJob(ctx context.Context, b jobs.Bundle) (*ownRun, error) {
	pr, ir, err := b.Roots(0)
	if err != nil {
		return nil, err
	}
	key := [2]compute.Hash{pr, ir}
	if tr, ok := s.traces[key]; ok {
		return tr, nil
	}
	tr, err := s.cfg.Cheat.run(ctx, s.cfg.Backend, b)
	if err != nil {
		return nil, fmt.Errorf("running the job: %w", err)
	}
	s.traces[key] = tr
	return tr, nil
}

// defend moves in every game against the executor's commitments.
func (s *Service) defend(ctx context.Context) error {
	moved, err := s.player.StepAll(ctx)
	for _, out := range moved {
		s.log.Info("moved", "game", out.Game.ID, "move", out.Moved, "gas", out.Gas, "phase", out.Game.Phase)
	}
	return err
}
