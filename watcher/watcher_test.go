package watcher_test

import (
	"strings"
	"testing"
	"time"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/dispute"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/fraudproof/cheat"
	"github.com/crux-rollup/crux/internal/l1test"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/watcher"
)

func TestWatcherJudgesGames(t *testing.T) {
	chain := l1test.NewChain(t)
	ctx, a, p, sender := chain.Ctx, chain.Addrs, chain.Params, chain.Sender
	store := l1test.Jobs{}
	// post runs a random job (lying if lie is set) as account acct and posts it.
	post := func(acct int, seed uint64, lie *cheat.Lie) (fraudproof.Commitment, *compute.Trace, *compute.Trace) {
		prog, in := computetest.RandomProgram(seed, 16)
		b, _ := jobs.New(prog, in)
		store.Add(b)
		honest, _ := compute.Run(ctx, compute.CPU{Workers: 1}, prog, in, compute.RunOptions{KeepWrites: true})
		claimed := honest
		if lie != nil {
			claimed, _ = compute.Run(ctx, cheat.Wrap(compute.CPU{Workers: 1}, *lie), prog, in, compute.RunOptions{KeepWrites: true})
		}
		s := sender(acct)
		if _, err := s.Send(ctx, a.ProviderRegistry, bindings.NewProviderRegistry().PackBond(), p.MinStake); err != nil {
			t.Fatal(err)
		}
		rr := bindings.NewResultRegistry()
		r, err := s.Send(ctx, a.ResultRegistry, rr.PackPostResult([32]byte{byte(seed)}, claimed.ProgramRoot, claimed.InputRoot(),
			claimed.OutputRoot, claimed.FinalState(), uint64(claimed.Steps())), nil)
		if err != nil {
			t.Fatal(err)
		}
		ev, _ := rr.UnpackResultPostedEvent(r.Logs[0])
		c := fraudproof.Commitment{ResultID: ev.ResultId.Uint64(), ProgramRoot: claimed.ProgramRoot, InputRoot: claimed.InputRoot(),
			OutputRoot: claimed.OutputRoot, FinalState: claimed.FinalState(), Steps: uint64(claimed.Steps())}
		return c, honest, claimed
	}
	w, err := watcher.New(watcher.Config{L1: chain.Client(), DisputeGame: a.DisputeGame, ResultRegistry: a.ResultRegistry,
		ProviderRegistry: a.ProviderRegistry, Jobs: store, Backend: compute.CPU{Workers: 1}})
	if err != nil {
		t.Fatal(err)
	}
	audit := func() watcher.Report {
		t.Helper()
		var rep watcher.Report
		for i := 0; i < 200; i++ { // until every job is re-run
			rep, err = w.Audit(ctx)
			if err != nil {
				t.Fatal(err)
			}
			known := true
			for _, v := range rep.Verdicts {
				known = known && v != watcher.VerdictUnknown
			}
			if known {
				return rep
			}
			time.Sleep(5 * time.Millisecond)
		}
		t.Fatal("jobs never re-run")
		return rep
	}

	// 1: a cheater (account 1) challenged by an honest challenger (2).
	c1, honest1, _ := post(1, 1, &cheat.Lie{Kind: cheat.OpOutput, Op: 7})
	chal := dispute.New(chain.Client(), sender(2), l1test.Fixed{TR: fraudproof.FromTrace(honest1)}, a.DisputeGame, a.ResultRegistry)
	if _, _, err := chal.Challenge(ctx, c1, fraudproof.FromTrace(honest1)); err != nil {
		t.Fatal(err)
	}
	// 2: an honest executor (3) challenged by a liar (4).
	lie := cheat.Lie{Kind: cheat.OpOutput, Op: 3}
	c2, _, _ := post(3, 2, nil)
	prog2, in2 := computetest.RandomProgram(2, 16)
	liar2, _ := compute.Run(ctx, cheat.Wrap(compute.CPU{Workers: 1}, lie), prog2, in2, compute.RunOptions{KeepWrites: true})
	liar := dispute.New(chain.Client(), sender(4), l1test.Fixed{TR: fraudproof.FromTrace(liar2)}, a.DisputeGame, a.ResultRegistry)
	if _, _, err := liar.Challenge(ctx, c2, fraudproof.FromTrace(liar2)); err != nil {
		t.Fatal(err)
	}
	rep := audit()
	if rep.Results.Pending != 2 || len(rep.Games) != 2 || len(rep.AtRisk) != 2 {
		t.Fatalf("report: %+v", rep)
	}
	if rep.Games[0].Right != "challenger" || rep.Games[1].Right != "executor" || rep.Games[0].ToMove != "executor" {
		t.Fatalf("games: %+v", rep.Games)
	}
	if len(rep.Alerts) != 0 {
		t.Fatalf("alerts with every clock full: %v", rep.Alerts)
	}
	// Both executors stay silent until their clocks are nearly out: the
	// honest one (right, to move) is at risk, the cheater is not an alert.
	if err := chain.AdjustTime(p.ClockDuration * 9 / 10); err != nil {
		t.Fatal(err)
	}
	rep = audit()
	if len(rep.Alerts) != 1 || !strings.Contains(rep.Alerts[0], "executor is right") {
		t.Fatalf("alerts: %v", rep.Alerts)
	}
	// The clocks run out; timeouts are claimed: the cheater loses (fine),
	// the honest executor loses too (an alert: the wrong side won).
	if err := chain.AdjustTime(p.ClockDuration); err != nil {
		t.Fatal(err)
	}
	for _, pl := range []*dispute.Player{chal, liar} {
		for _, id := range []uint64{1, 2} {
			if _, err := pl.Step(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
	}
	rep = audit()
	if rep.Results.Rejected != 2 || len(rep.Alerts) != 1 || !strings.Contains(rep.Alerts[0], "challenger won") {
		t.Fatalf("after the timeouts: results %+v alerts %v", rep.Results, rep.Alerts)
	}
	text, metrics := rep.Text(), rep.Metrics()
	for _, want := range []string{"ALERT", "rejected"} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q:\n%s", want, text)
		}
	}
	for _, want := range []string{`crux_results{status="rejected"} 2`, "crux_games_alert 1", "# TYPE crux_games_open gauge"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %q:\n%s", want, metrics)
		}
	}
}
