// Package challenger is the challenger role: it watches every result
// commitment posted to L1, fetches the job's data from the L2, re-runs the
// job with the deterministic kernels, disputes every commitment its own run
// contradicts (a direct proof where one suffices, else a game), plays its
// games to the end and withdraws what it wins.
//
// Everything it needs to continue after a restart is on chain: commitments
// come from ResultPosted events, its games from GameOpened events, their
// state from dispute.Player's replay, and a trace is recomputed from the
// job's data (runs are deterministic). Its only memory is a cache.
package challenger

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/dispute"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/internal/tick"
	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/rerun"
)

// L1 is what the challenger reads from L1.
type L1 interface {
	dispute.Client
	ethereum.BlockNumberReader
}

// Jobs fetches a job's data by the roots a commitment carries, checking them
// (client.Client does).
type Jobs = rerun.Jobs

// Config configures a Service.
type Config struct {
	L1             L1
	Sender         dispute.Sender // the challenger's account; pays bonds
	DisputeGame    common.Address
	ResultRegistry common.Address
	Jobs           Jobs
	Backend        compute.Backend
	MaxRuns        int           // concurrent re-executions (default 2)
	Poll           time.Duration // how often Run ticks (default 1 s)
	FromBlock      uint64        // first L1 block to scan for commitments
	Logger         *slog.Logger
}

// Result statuses of IResultRegistry.Status.
const statusPending = 1

// Service is a running challenger.
type Service struct {
	cfg    Config
	log    *slog.Logger
	player *dispute.Player
	rr     *bindings.ResultRegistry

	runs    *rerun.Cache
	next    uint64             // next L1 block to scan
	results map[uint64]*result // commitments seen, by result id
}

type result struct {
	c        fraudproof.Commitment
	executor common.Address
	done     bool // disputed, agreed with, or no longer pending
}

// New returns a challenger.
func New(cfg Config) (*Service, error) {
	if cfg.L1 == nil || cfg.Sender == nil || cfg.Jobs == nil || cfg.Backend == nil {
		return nil, errors.New("challenger: L1, Sender, Jobs and Backend are required")
	}
	if cfg.MaxRuns <= 0 {
		cfg.MaxRuns = 2
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Service{cfg: cfg, log: cfg.Logger, rr: bindings.NewResultRegistry(), next: cfg.FromBlock,
		results: map[uint64]*result{}, runs: rerun.New(cfg.Jobs, cfg.Backend, cfg.MaxRuns, cfg.Logger)}
	s.player = dispute.New(cfg.L1, cfg.Sender, s.runs, cfg.DisputeGame, cfg.ResultRegistry)
	return s, nil
}

// Run does a Tick every Poll until ctx ends (package tick: a failed round
// is logged and the next one runs).
func (s *Service) Run(ctx context.Context) error {
	return tick.Run(ctx, s.cfg.Poll, s.log, "challenger", s.Tick)
}

// Tick does one round: read new commitments, start re-executions, dispute
// what the finished ones contradict, move in every game, withdraw payouts.
func (s *Service) Tick(ctx context.Context) error {
	if err := s.scan(ctx); err != nil {
		return err
	}
	var errs []error
	for id, r := range s.results {
		if r.done {
			continue
		}
		if err := s.check(ctx, id, r); err != nil {
			errs = append(errs, err)
		}
	}
	moved, err := s.player.StepAll(ctx)
	if err != nil {
		errs = append(errs, err)
	}
	for _, out := range moved {
		s.log.Info("moved", "game", out.Game.ID, "move", out.Moved, "gas", out.Gas, "phase", out.Game.Phase)
	}
	if owed, err := s.player.WithdrawPayout(ctx); err != nil {
		errs = append(errs, err)
	} else if owed.Sign() > 0 {
		s.log.Info("withdrew payout", "wei", owed)
	}
	return errors.Join(errs...)
}

// scan reads ResultPosted events up to the L1 head.
func (s *Service) scan(ctx context.Context) error {
	head, err := s.cfg.L1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	if head < s.next {
		return nil
	}
	a, _ := bindings.ResultRegistryMetaData.ParseABI()
	logs, err := s.cfg.L1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.next), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{s.cfg.ResultRegistry},
		Topics:    [][]common.Hash{{a.Events["ResultPosted"].ID}},
	})
	if err != nil {
		return fmt.Errorf("reading ResultPosted events: %w", err)
	}
	for _, l := range logs {
		ev, err := s.rr.UnpackResultPostedEvent(&l)
		if err != nil {
			return fmt.Errorf("decoding ResultPosted in %s: %w", l.TxHash, err)
		}
		id := ev.ResultId.Uint64()
		if _, ok := s.results[id]; ok {
			continue
		}
		s.results[id] = &result{executor: ev.Executor, c: fraudproof.Commitment{
			ResultID: id, JobID: ev.JobId, ProgramRoot: ev.ProgramRoot, InputRoot: ev.InputRoot,
			OutputRoot: ev.OutputRoot, FinalState: ev.FinalState, Steps: ev.Steps,
		}}
		s.log.Info("commitment posted", "result", id, "executor", ev.Executor, "steps", ev.Steps)
	}
	s.next = head + 1
	return nil
}

// check disputes result id once its re-execution is done, if it must.
func (s *Service) check(ctx context.Context, id uint64, r *result) error {
	status, err := s.status(ctx, id)
	if err != nil {
		return err
	}
	if status != statusPending {
		r.done = true
		return nil
	}
	// Already disputed by this challenger (before a restart, say)?
	games, err := s.player.GamesOf(ctx, id)
	if err != nil {
		return err
	}
	for _, g := range games {
		if _, role, err := s.player.Sync(ctx, g); err == nil && role == fraudproof.Challenger {
			r.done = true
			return nil
		}
	}
	tr, ok, err := s.runs.Trace(ctx, r.c)
	if err != nil || !ok {
		return err // still running, or failed (retried next tick)
	}
	did, game, err := s.player.Challenge(ctx, r.c, tr)
	if err != nil {
		return err
	}
	r.done = true
	if did == "" {
		s.log.Info("commitment agrees with own run", "result", id)
	} else {
		s.log.Warn("disputed commitment", "result", id, "executor", r.executor, "how", did, "game", game)
	}
	return nil
}

func (s *Service) status(ctx context.Context, id uint64) (uint8, error) {
	to := s.cfg.ResultRegistry
	out, err := s.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: s.rr.PackStatusOf(new(big.Int).SetUint64(id))}, nil)
	if err != nil {
		return 0, fmt.Errorf("result %d: reading its status: %w", id, err)
	}
	return s.rr.UnpackStatusOf(out)
}
