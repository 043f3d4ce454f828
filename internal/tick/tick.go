// Package tick runs a node's rounds on a period: the loop the executor and
// the challenger share.
package tick

import (
	"context"
	"log/slog"
	"time"
)

// Run calls round at once and then every period until ctx ends. A failed
// round is logged and the next one runs anyway: an L1 or L2 hiccup must not
// stop a node in the middle of a game.
func Run(ctx context.Context, period time.Duration, log *slog.Logger, what string, round func(context.Context) error) error {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		if err := round(ctx); err != nil && ctx.Err() == nil {
			log.Warn(what+" round failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
