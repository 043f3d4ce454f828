package watcher

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

// Text renders a report for a terminal.
func (r Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "crux watch  %s  L1 block %d\n", r.Time.Format("15:04:05"), r.L1Block)
	fmt.Fprintf(&b, "results: %d pending, %d finalized, %d rejected\n", r.Results.Pending, r.Results.Finalized, r.Results.Rejected)
	if len(r.Games) > 0 {
		tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "GAME\tRESULT\tPHASE\tTO MOVE\tCLOCK E\tCLOCK C\tRIGHT\tWINNER\tALERT")
		for _, g := range r.Games {
			fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%ds\t%ds\t%s\t%s\t%s\n", g.ID, g.Result, g.Phase, dash(g.ToMove),
				g.ExecutorClock, g.ChallengerClock, g.Right, dash(g.Winner), dash(g.Alert))
		}
		tw.Flush()
	}
	for _, a := range r.AtRisk {
		fmt.Fprintf(&b, "bond at risk: %s stake %v wei in %d open game(s)\n", a.Provider, a.Stake, a.OpenGames)
	}
	for _, a := range r.Alerts {
		fmt.Fprintf(&b, "ALERT: %s\n", a)
	}
	return b.String()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// Metrics renders a report in the Prometheus text exposition format.
func (r Report) Metrics() string {
	var b strings.Builder
	gauge := func(name, help string, lines ...string) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n", name, help, name)
		for _, l := range lines {
			fmt.Fprintf(&b, "%s%s\n", name, l)
		}
	}
	gauge("crux_l1_block", "L1 block of the last audit.", fmt.Sprintf(" %d", r.L1Block))
	gauge("crux_results", "Result commitments by status.",
		fmt.Sprintf(`{status="pending"} %d`, r.Results.Pending),
		fmt.Sprintf(`{status="finalized"} %d`, r.Results.Finalized),
		fmt.Sprintf(`{status="rejected"} %d`, r.Results.Rejected))
	open, wrongWins := 0, 0
	for _, g := range r.Games {
		if g.Winner == "" {
			open++
		}
		if g.Alert != "" {
			wrongWins++
		}
	}
	gauge("crux_games_open", "Dispute games in progress.", fmt.Sprintf(" %d", open))
	gauge("crux_games_total", "Dispute games ever opened.", fmt.Sprintf(" %d", len(r.Games)))
	gauge("crux_games_alert", "Games the wrong side has won or the right side is about to lose on its clock.", fmt.Sprintf(" %d", wrongWins))
	gauge("crux_alerts", "Alerts of the last audit.", fmt.Sprintf(" %d", len(r.Alerts)))
	var risk []string
	for _, a := range r.AtRisk {
		risk = append(risk, fmt.Sprintf(`{provider="%s"} %v`, a.Provider.Hex(), a.Stake))
	}
	gauge("crux_bond_at_risk_wei", "Stake of providers with open games against their results.", risk...)
	return b.String()
}
