package batcher

import (
	"fmt"
	"io"
	"net/http"
)

// WritePrometheus writes the batcher's (and, if p is not nil, the
// proposer's) metrics in the Prometheus text format.
func WritePrometheus(w io.Writer, b *Batcher, p *Proposer) {
	m := b.Metrics()
	gauge := func(name, help string, v any) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n%s %v\n", name, help, name, name, v)
	}
	counter := func(name, help string, v any) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %v\n", name, help, name, name, v)
	}
	counter("crux_batcher_l2_txs_total", "L2 user transactions in batches confirmed on L1.", m.L2Txs)
	counter("crux_batcher_l2_blocks_total", "L2 blocks in batches confirmed on L1.", m.L2Blocks)
	counter("crux_batcher_frames_total", "Batch frames confirmed on L1.", m.Frames)
	counter("crux_batcher_l1_bytes_total", "Calldata bytes of confirmed batch frames.", m.L1Bytes)
	counter("crux_batcher_l1_gas_total", "L1 gas used by confirmed batch frames.", m.L1Gas)
	counter("crux_batcher_l1_fee_wei_total", "L1 fees paid for confirmed batch frames, wei.", m.L1FeeWei)
	counter("crux_batcher_resubmissions_total", "Batch frames re-sent after an L1 reorg dropped them.", m.Resubmissions)
	counter("crux_batcher_send_errors_total", "Batch frame sends that failed or reverted.", m.SendErrors)
	gauge("crux_batcher_safe_l2_block", "Newest L2 block whose batch data is confirmed on L1.", m.SafeL2)
	perTx := func(v uint64) float64 {
		if m.L2Txs == 0 {
			return 0
		}
		return float64(v) / float64(m.L2Txs)
	}
	gauge("crux_batcher_l1_bytes_per_l2_tx", "L1 calldata bytes per L2 transaction, since start.", perTx(m.L1Bytes))
	gauge("crux_batcher_l1_gas_per_l2_tx", "L1 gas per L2 transaction, since start.", perTx(m.L1Gas))
	if p != nil {
		counter("crux_proposer_outputs_total", "Output roots confirmed on L1.", p.Proposed())
	}
}

// Handler serves WritePrometheus (for a /metrics path).
func Handler(b *Batcher, p *Proposer) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		WritePrometheus(w, b, p)
	})
}
