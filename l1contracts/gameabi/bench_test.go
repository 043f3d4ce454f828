package gameabi_test

import (
	"slices"
	"testing"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/fraudproof"
	"github.com/crux-rollup/crux/fraudproof/cheat"
)

// BenchmarkDisputeGas plays whole disputes on the simulated L1 (random
// 24..64-op jobs, a lie in a random op, the honest challenger winning) and
// reports transaction gas, receipts' gasUsed, which includes the 21,000 base
// and calldata: the largest per move kind over all games, the largest whole
// dispute and its transaction count. Time per op is not the point.
func BenchmarkDisputeGas(b *testing.B) {
	w := newWorld(b)
	maxGas := map[string]uint64{}
	var worstTotal uint64
	worstTxs := 0
	games := 0
	for i := 0; i < b.N || games < 8; i++ {
		p, inputs := computetest.RandomProgram(uint64(5000+i), 24+i%41)
		honest := runTrace(b, compute.CPU{Workers: 1}, p, inputs)
		op := (i * 7) % len(p.Ops)
		lie := cheat.Lie{Kind: cheat.OpOutput, Op: op, Elem: 0}
		liar := runTrace(b, cheat.Wrap(compute.CPU{Workers: 1}, lie), p, inputs)
		if liar.FinalState() == honest.FinalState() {
			continue
		}
		c := w.post(commitment(b, liar, fraudproof.FromTrace(liar)))
		ch := player{role: fraudproof.Challenger, acct: challengerAcct, tr: fraudproof.FromTrace(honest)}
		m := w.open(c, ch)
		if m.play(player{role: fraudproof.Executor, acct: executorAcct, tr: fraudproof.FromTrace(liar)}, ch) != fraudproof.Challenger {
			b.Fatalf("job %d: the cheater won", i)
		}
		games++
		for name, g := range m.gas {
			maxGas[name] = max(maxGas[name], slices.Max(g))
		}
		if t := m.totalGas(); t > worstTotal {
			worstTotal, worstTxs = t, m.txs
		}
	}
	for name, g := range maxGas {
		b.ReportMetric(float64(g), "gas/"+name)
	}
	b.ReportMetric(float64(worstTotal), "gas/dispute")
	b.ReportMetric(float64(worstTxs), "txs/dispute")
}
