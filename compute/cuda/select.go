package cuda

import (
	"fmt"

	"github.com/crux-rollup/crux/compute"
)

// Backends lists the names Select accepts.
const Backends = "auto, cpu or cuda"

// Select returns the backend a --backend value names: "cpu" (the reference,
// on cpuWorkers goroutines, 0 for all cores), "cuda" (GPU 0; an error wrapping
// ErrUnavailable, saying what is missing, when it cannot run here) or "auto"
// (cuda when available, else cpu). When auto falls back, note says why.
func Select(name string, cpuWorkers int) (b compute.Backend, note string, err error) {
	switch name {
	case "cpu":
		return compute.CPU{Workers: cpuWorkers}, "", nil
	case "cuda":
		g, err := New(0)
		if err != nil {
			return nil, "", err
		}
		return g, "", nil
	case "auto":
		g, err := New(0)
		if err != nil {
			return compute.CPU{Workers: cpuWorkers}, fmt.Sprintf("using the cpu backend: %v", err), nil
		}
		return g, "", nil
	}
	return nil, "", fmt.Errorf("unknown backend %q (want %s)", name, Backends)
}
