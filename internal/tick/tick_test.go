package tick

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"
)

// Rounds keep coming after a failure, and Run returns when ctx ends.
func TestRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Run(ctx, time.Millisecond, slog.New(slog.DiscardHandler), "test", func(context.Context) error {
		n++
		if n == 5 {
			cancel()
		}
		return errors.New("a failed round")
	})
	if err != nil || n != 5 {
		t.Fatalf("Run returned %v after %d rounds", err, n)
	}
}
