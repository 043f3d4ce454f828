// Package watcher audits the protocol without taking part: it follows every
// result commitment and every dispute game on L1, re-runs each job itself to
// know which side is right, and reports games in progress (whose move, clock
// left), games the wrong side is winning or has won (alerts), bonds at risk,
// and counts of finalized and rejected results. The report is data; `crux
// watch` renders it for a terminal, as JSON, and as Prometheus metrics.
package watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/dispute"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/rerun"
)

// L1 is what the watcher reads.
type L1 interface {
	dispute.Client
	ethereum.BlockNumberReader
}

// Config configures a Watcher.
type Config struct {
	L1               L1
	DisputeGame      common.Address
	ResultRegistry   common.Address
	ProviderRegistry common.Address
	Jobs             rerun.Jobs
	Backend          compute.Backend
	MaxRuns          int
	// AtRisk is the fraction of a side's clock below which a right side
	// that has to move is reported (default 0.25).
	AtRisk float64
	Logger *slog.Logger
}

// Watcher keeps what it learned between audits.
type Watcher struct {
	cfg    Config
	player *dispute.Player
	runs   *rerun.Cache
	dg     *bindings.DisputeGame
	rr     *bindings.ResultRegistry
	pr     *bindings.ProviderRegistry
	clock  uint64 // DisputeGame.clockDuration
	// ended holds the reports of games that are over and judged: they
	// cannot change, so they are not replayed again.
	ended map[uint64]GameReport
}

// New returns a watcher.
func New(cfg Config) (*Watcher, error) {
	if cfg.L1 == nil || cfg.Jobs == nil || cfg.Backend == nil {
		return nil, errors.New("watcher: L1, Jobs and Backend are required")
	}
	if cfg.AtRisk <= 0 {
		cfg.AtRisk = 0.25
	}
	w := &Watcher{cfg: cfg, ended: map[uint64]GameReport{}, runs: rerun.New(cfg.Jobs, cfg.Backend, cfg.MaxRuns, cfg.Logger),
		dg: bindings.NewDisputeGame(), rr: bindings.NewResultRegistry(), pr: bindings.NewProviderRegistry()}
	w.player = dispute.New(cfg.L1, readOnly{}, w.runs, cfg.DisputeGame, cfg.ResultRegistry)
	return w, nil
}

// readOnly is the watcher's Sender: it has no account and sends nothing.
type readOnly struct{}

func (readOnly) From() common.Address { return common.Address{} }
func (readOnly) Send(context.Context, common.Address, []byte, *big.Int) (*types.Receipt, error) {
	return nil, errors.New("the watcher sends no transactions")
}

// Report is one audit.
type Report struct {
	Time     time.Time      `json:"time"`
	L1Block  uint64         `json:"l1Block"`
	Results  ResultCounts   `json:"results"`
	Games    []GameReport   `json:"games"`
	AtRisk   []BondReport   `json:"bondsAtRisk"`
	Alerts   []string       `json:"alerts"`
	Verdicts map[uint64]int `json:"-"` // result id -> verdict, for tests
}

// ResultCounts counts commitments by status.
type ResultCounts struct {
	Pending   int `json:"pending"`
	Finalized int `json:"finalized"`
	Rejected  int `json:"rejected"`
}

// GameReport is one game as the watcher sees it.
type GameReport struct {
	ID              uint64 `json:"id"`
	Result          uint64 `json:"result"`
	Phase           string `json:"phase"`
	ToMove          string `json:"toMove,omitempty"`
	ExecutorClock   uint64 `json:"executorClockLeft"`
	ChallengerClock uint64 `json:"challengerClockLeft"`
	Right           string `json:"right"`            // executor, challenger or unknown (job not re-run yet)
	Winner          string `json:"winner,omitempty"` // once over
	Alert           string `json:"alert,omitempty"`
}

// BondReport is a provider with a stake that a running game could slash.
type BondReport struct {
	Provider  common.Address `json:"provider"`
	Stake     *big.Int       `json:"stake"`
	OpenGames int            `json:"openGames"`
}

// Verdicts of a commitment against the watcher's own run.
const (
	VerdictUnknown = iota // not re-run yet
	VerdictCorrect
	VerdictWrong
)

// Audit reads the whole protocol state and judges it.
func (w *Watcher) Audit(ctx context.Context) (Report, error) {
	head, err := w.cfg.L1.BlockNumber(ctx)
	if err != nil {
		return Report{}, fmt.Errorf("reading the L1 head: %w", err)
	}
	rep := Report{Time: time.Now().UTC(), L1Block: head, Verdicts: map[uint64]int{}}
	if w.clock == 0 {
		out, err := w.call(ctx, w.cfg.DisputeGame, w.dg.PackClockDuration())
		if err != nil {
			return Report{}, err
		}
		c, err := w.dg.UnpackClockDuration(out)
		if err != nil {
			return Report{}, err
		}
		w.clock = c.Uint64()
	}
	a, _ := bindings.ResultRegistryMetaData.ParseABI()
	logs, err := w.cfg.L1.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{w.cfg.ResultRegistry},
		Topics: [][]common.Hash{{a.Events["ResultPosted"].ID}}})
	if err != nil {
		return Report{}, fmt.Errorf("reading commitments: %w", err)
	}
	executors := map[uint64]common.Address{}
	for _, l := range logs {
		ev, err := w.rr.UnpackResultPostedEvent(&l)
		if err != nil {
			return Report{}, err
		}
		id := ev.ResultId.Uint64()
		executors[id] = ev.Executor
		out, err := w.call(ctx, w.cfg.ResultRegistry, w.rr.PackStatusOf(ev.ResultId))
		if err != nil {
			return Report{}, err
		}
		status, err := w.rr.UnpackStatusOf(out)
		if err != nil {
			return Report{}, err
		}
		switch status {
		case 1:
			rep.Results.Pending++
		case 2:
			rep.Results.Finalized++
		case 3:
			rep.Results.Rejected++
		}
		c := fraudproof.Commitment{ResultID: id, JobID: ev.JobId, ProgramRoot: ev.ProgramRoot, InputRoot: ev.InputRoot,
			OutputRoot: ev.OutputRoot, FinalState: ev.FinalState, Steps: ev.Steps}
		rep.Verdicts[id] = w.verdict(ctx, c)
		if status == 2 && rep.Verdicts[id] == VerdictWrong {
			rep.Alerts = append(rep.Alerts, fmt.Sprintf("result %d finalized but its commitment is wrong", id))
		}
	}
	games, err := w.player.GamesOf(ctx, 0)
	if err != nil {
		return Report{}, err
	}
	open := map[common.Address]int{}
	for _, id := range games {
		if gr, ok := w.ended[id]; ok {
			if gr.Alert != "" {
				rep.Alerts = append(rep.Alerts, fmt.Sprintf("game %d: %s", id, gr.Alert))
			}
			rep.Games = append(rep.Games, gr)
			continue
		}
		g, _, err := w.player.Sync(ctx, id)
		if err != nil {
			rep.Alerts = append(rep.Alerts, fmt.Sprintf("game %d cannot be replayed: %v", id, err))
			continue
		}
		gr, err := w.judge(ctx, g, rep.Verdicts[g.Commitment.ResultID])
		if err != nil {
			return Report{}, err
		}
		if gr.Alert != "" {
			rep.Alerts = append(rep.Alerts, fmt.Sprintf("game %d: %s", id, gr.Alert))
		}
		if !g.Over() {
			open[executors[g.Commitment.ResultID]]++
		} else if rep.Verdicts[g.Commitment.ResultID] != VerdictUnknown {
			w.ended[id] = gr
		}
		rep.Games = append(rep.Games, gr)
	}
	for prov, n := range open {
		out, err := w.call(ctx, w.cfg.ProviderRegistry, w.pr.PackStakeOf(prov))
		if err != nil {
			return Report{}, err
		}
		stake, err := w.pr.UnpackStakeOf(out)
		if err != nil {
			return Report{}, err
		}
		rep.AtRisk = append(rep.AtRisk, BondReport{Provider: prov, Stake: stake, OpenGames: n})
	}
	sort.Slice(rep.AtRisk, func(i, j int) bool { return rep.AtRisk[i].Provider.Cmp(rep.AtRisk[j].Provider) < 0 })
	return rep, nil
}

// verdict compares a commitment with the watcher's own run.
func (w *Watcher) verdict(ctx context.Context, c fraudproof.Commitment) int {
	tr, ok, err := w.runs.Run(ctx, c.ProgramRoot, c.InputRoot)
	if err != nil {
		if w.cfg.Logger != nil {
			w.cfg.Logger.Warn("cannot re-run job", "result", c.ResultID, "err", err)
		}
		return VerdictUnknown
	}
	if !ok {
		return VerdictUnknown
	}
	if uint64(tr.Steps()) == c.Steps && tr.FinalState() == c.FinalState && tr.OutputRoot == c.OutputRoot {
		return VerdictCorrect
	}
	return VerdictWrong
}

// judge reports a game: who is right, and an alert when the wrong side has
// won or the right side is about to lose on its clock.
func (w *Watcher) judge(ctx context.Context, g fraudproof.Game, verdict int) (GameReport, error) {
	gr := GameReport{ID: g.ID, Result: g.Commitment.ResultID, Phase: g.Phase.String(), Right: "unknown"}
	right := fraudproof.NoRole
	switch verdict {
	case VerdictCorrect:
		right, gr.Right = fraudproof.Executor, "executor"
	case VerdictWrong:
		right, gr.Right = fraudproof.Challenger, "challenger"
	}
	if g.Over() {
		gr.Winner = g.Winner().String()
		if right != fraudproof.NoRole && g.Winner() != right {
			gr.Alert = fmt.Sprintf("the %s won (%s) but the %s was right", g.Winner(), g.Reason, right)
		}
		return gr, nil
	}
	gr.ToMove = g.Turn.String()
	out, err := w.call(ctx, w.cfg.DisputeGame, w.dg.PackClocks(new(big.Int).SetUint64(g.ID)))
	if err != nil {
		return gr, err
	}
	clocks, err := w.dg.UnpackClocks(out)
	if err != nil {
		return gr, err
	}
	gr.ExecutorClock, gr.ChallengerClock = clocks.ExecutorLeft.Uint64(), clocks.ChallengerLeft.Uint64()
	left := gr.ChallengerClock
	if g.Turn == fraudproof.Executor {
		left = gr.ExecutorClock
	}
	if right != fraudproof.NoRole && g.Turn == right && float64(left) < w.cfg.AtRisk*float64(w.clock) {
		gr.Alert = fmt.Sprintf("the %s is right but has %d s left to move", right, left)
	}
	return gr, nil
}

func (w *Watcher) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := w.cfg.L1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("calling %s: %w", to, err)
	}
	return out, nil
}
