package devnet_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/crux-rollup/crux/devnet"
)

// The showcase end to end on the embedded L1, every role over JSON-RPC: the
// cheater's result is disputed and slashed, the job re-runs on the honest
// executor and is finalized and paid, and the watcher agrees.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("the demo takes about a minute of wall time; run without -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Cheats: []string{"", "wrong-output"}})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var out strings.Builder
	sum, err := d.Demo(ctx, &out, "../examples/mnist")
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatal(err)
	}
	if sum.DisputeMoves < 3 || sum.OpenToSlashBlocks == 0 || sum.Paid.Sign() <= 0 {
		t.Fatalf("summary %+v", sum)
	}
	if os.Getenv("CRUX_DEMO_LOG") != "" {
		t.Log(sum)
	}
}
