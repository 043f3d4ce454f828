package compute

import (
	"runtime"
	"sync"
)

// parallelGrain is the smallest piece of elementwise work worth a goroutine.
const parallelGrain = 1 << 16

// parallelRange calls f over disjoint ranges that cover [0, n), on up to
// workers goroutines (GOMAXPROCS when workers <= 0). Every element is computed
// by the same code whatever the split, so results never depend on workers.
func parallelRange(n, workers int, f func(lo, hi int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	pieces := min(workers, (n+parallelGrain-1)/parallelGrain)
	if pieces <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for p := 0; p < pieces; p++ {
		lo, hi := n*p/pieces, n*(p+1)/pieces
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}
