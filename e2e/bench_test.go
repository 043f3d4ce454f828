package e2e

import (
	"context"
	"math/big"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crux-rollup/crux/client"
	"github.com/crux-rollup/crux/devnet"
	"github.com/crux-rollup/crux/examples/mnist/mnist"
	"github.com/crux-rollup/crux/jobs"
)

// BenchmarkDevnetMNIST submits b.N MNIST jobs (10,000 images each) at once
// to a devnet with two honest CPU executors and reports how many jobs it
// finalizes and pays per minute, from the first submission to the last
// completion (a job needs its 20 s challenge window, so this is the
// pipeline's throughput, not one job's latency), and the process's peak
// heap (every role shares the process: see scripts/roles-memory.sh for
// each role's own peak).
func BenchmarkDevnetMNIST(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	p, weights, err := mnist.ReadFiles("../examples/mnist")
	if err != nil {
		b.Fatal(err)
	}
	set, err := mnist.LoadTest()
	if err != nil {
		b.Fatal(err)
	}
	weights[mnist.ImagesSlot] = mnist.ImagesTensor(set, 10000)
	bundle, err := jobs.New(p, weights)
	if err != nil {
		b.Fatal(err)
	}
	pr, ir, err := d.L2.PutJob(ctx, bundle)
	if err != nil {
		b.Fatal(err)
	}
	// Let the executors bond and the L2 learn of it before timing.
	time.Sleep(5 * time.Second)
	b.ResetTimer()
	start := time.Now()
	var ids []common.Hash
	for i := 0; i < max(b.N, 4); i++ {
		id, err := d.L2.SubmitJob(ctx, d.Keys[devnet.AcctUser], common.Hash(pr), common.Hash(ir), big.NewInt(params.Ether),
			time.Now().Add(3*time.Hour), client.HwNeeds{})
		if err != nil {
			b.Fatal(err)
		}
		ids = append(ids, id)
	}
	for _, id := range ids {
		for {
			j, err := d.L2.Job(ctx, id)
			if err != nil {
				b.Fatal(err)
			}
			if j.Status == client.JobCompleted {
				break
			}
			if err := d.Err(); err != nil {
				b.Fatal(err)
			}
			time.Sleep(250 * time.Millisecond)
		}
	}
	elapsed := time.Since(start)
	b.StopTimer()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(len(ids))/elapsed.Minutes(), "jobs/min")
	b.ReportMetric(elapsed.Seconds(), "s/batch")
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-MiB")
}
