package executor_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/crux-rollup/crux/challenger"
	"github.com/crux-rollup/crux/client"
	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/executor"
	"github.com/crux-rollup/crux/internal/l1test"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/l1contracts/bindings"
)

// market is an in-memory L2 job market: jobs are assigned by the test.
type market struct {
	mu        sync.Mutex
	jobs      []client.Job
	bundles   map[[2]compute.Hash]jobs.Bundle
	bids      map[common.Hash]map[common.Address]*big.Int
	published int
}

func (m *market) JobCount(context.Context) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return uint64(len(m.jobs)), nil
}

func (m *market) Job(_ context.Context, id common.Hash) (client.Job, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := new(big.Int).SetBytes(id[:]).Uint64()
	if n == 0 || n > uint64(len(m.jobs)) {
		return client.Job{}, fmt.Errorf("no job %d", n)
	}
	return m.jobs[n-1], nil
}

func (m *market) Bid(_ context.Context, _ *ecdsa.PrivateKey, id common.Hash, price *big.Int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.bids[id] == nil {
		m.bids[id] = map[common.Address]*big.Int{}
	}
	m.bids[id][common.Address{}] = price
	return nil
}

func (m *market) GetJob(_ context.Context, p, i compute.Hash) (jobs.Bundle, error) {
	b, ok := m.bundles[[2]compute.Hash{p, i}]
	if !ok {
		return jobs.Bundle{}, fmt.Errorf("no bundle %s/%s", p, i)
	}
	return b, nil
}

func (m *market) PutOutputs(_ context.Context, p *compute.Program, _, _ compute.Hash, outs []compute.Tensor) (compute.Hash, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.published++
	return jobs.OutputRoot(p, outs), nil
}

// add submits a random job and returns its id.
func (m *market) add(t *testing.T, seed uint64) common.Hash {
	p, in := computetest.RandomProgram(seed, 20)
	b, err := jobs.New(p, in)
	if err != nil {
		t.Fatal(err)
	}
	pr, ir, _ := b.Roots(1)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.bundles[[2]compute.Hash{pr, ir}] = b
	id := client.JobID(uint64(len(m.jobs) + 1))
	m.jobs = append(m.jobs, client.Job{Id: id, ProgramRoot: pr, InputRoot: ir, MaxPrice: big.NewInt(1000), Status: client.JobOpen, Round: 1})
	return id
}

func (m *market) assign(id common.Hash, to common.Address) {
	m.mu.Lock()
	defer m.mu.Unlock()
	j := &m.jobs[new(big.Int).SetBytes(id[:]).Uint64()-1]
	j.Status, j.Executor = client.JobAssigned, to
}

// world is a simulated L1 with the contracts, and an in-memory job market.
type world struct {
	*l1test.Chain
	t *testing.T
	m *market
}

func newWorld(t *testing.T) *world {
	return &world{Chain: l1test.NewChain(t), t: t,
		m: &market{bundles: map[[2]compute.Hash]jobs.Bundle{}, bids: map[common.Hash]map[common.Address]*big.Int{}}}
}

func (w *world) executor(acct int, store *executor.Store, cheat string) *executor.Service {
	s, err := executor.New(executor.Config{L1: w.Client(), Sender: w.Sender(acct), ProviderRegistry: w.Addrs.ProviderRegistry,
		ResultRegistry: w.Addrs.ResultRegistry, DisputeGame: w.Addrs.DisputeGame, Market: w.m, L2Key: w.Key(acct),
		Backend: compute.CPU{Workers: 1}, Store: store, Stake: w.Params.MinStake, Cheat: executor.Cheat{Kind: cheat},
		Node: executor.Node{Model: "cpu-test", MemoryBytes: 1 << 30, UUID: "node-1"}})
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

func (w *world) challenger(acct int) *challenger.Service {
	s, err := challenger.New(challenger.Config{L1: w.Client(), Sender: w.Sender(acct), DisputeGame: w.Addrs.DisputeGame,
		ResultRegistry: w.Addrs.ResultRegistry, Jobs: w.m, Backend: compute.CPU{Workers: 1}})
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

func (w *world) call(to common.Address, data []byte) []byte {
	out, err := w.Client().CallContract(w.Ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return out
}

func (w *world) status(result uint64) uint8 {
	rr := bindings.NewResultRegistry()
	s, err := rr.UnpackStatusOf(w.call(w.Addrs.ResultRegistry, rr.PackStatusOf(new(big.Int).SetUint64(result))))
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

func (w *world) stake(acct int) *big.Int {
	pr := bindings.NewProviderRegistry()
	s, err := pr.UnpackStakeOf(w.call(w.Addrs.ProviderRegistry, pr.PackStakeOf(w.Address(acct))))
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

// Every cheat is caught: the executor bids, runs, posts its (lying)
// commitment and defends it (restarted mid-dispute on the same store),
// a challenger disputes it, and the result ends rejected with the executor
// slashed. The honest executor's result is left alone and finalizes.
func TestEveryCheatIsSlashed(t *testing.T) {
	for i, kind := range []string{executor.CheatNone, executor.CheatOutput, executor.CheatStep, executor.CheatLeaf, executor.CheatSteps, executor.CheatStall} {
		t.Run(fmt.Sprintf("cheat=%q", kind), func(t *testing.T) {
			w := newWorld(t)
			store, err := executor.OpenStore(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			ex, ch := w.executor(1, store, kind), w.challenger(2)
			id := w.m.add(t, uint64(100+i))
			if err := ex.Tick(w.Ctx); err != nil { // bond, register, bid
				t.Fatal(err)
			}
			if len(w.m.bids[id]) != 1 {
				t.Fatal("no bid")
			}
			w.m.assign(id, w.Address(1))
			var resultID uint64
			for round := 0; round < 150; round++ {
				if round == 4 {
					ex = w.executor(1, store, kind) // restart
				}
				if err := ex.Tick(w.Ctx); err != nil {
					t.Fatalf("executor round %d: %v", round, err)
				}
				if err := ch.Tick(w.Ctx); err != nil {
					t.Fatalf("challenger round %d: %v", round, err)
				}
				rec, ok, err := store.Job(id)
				if err != nil || !ok {
					t.Fatalf("job record: %v %v", ok, err)
				}
				resultID = rec.ResultID
				if resultID != 0 && w.status(resultID) != 1 {
					break
				}
				if kind != executor.CheatNone && round%10 == 9 {
					// A stalling or stuck (wrong-leaf) executor does not
					// answer: let its clock run out.
					if err := w.AdjustTime(w.Params.ClockDuration); err != nil {
						t.Fatal(err)
					}
				}
				if kind == executor.CheatNone && round == 20 {
					break
				}
				time.Sleep(5 * time.Millisecond)
			}
			if resultID == 0 {
				t.Fatal("the executor never posted")
			}
			if w.m.published != 1 {
				t.Errorf("outputs published %d times, want once", w.m.published)
			}
			if kind == executor.CheatNone {
				if got := w.status(resultID); got != 1 {
					t.Fatalf("honest result status %d, want pending", got)
				}
				// The executor finalizes its own result once the window
				// has passed.
				if err := w.AdjustTime(w.Params.ChallengeWindow + time.Second); err != nil {
					t.Fatal(err)
				}
				if err := ex.Tick(w.Ctx); err != nil {
					t.Fatal(err)
				}
				if got := w.status(resultID); got != 2 {
					t.Fatalf("honest result status %d after the window, want finalized", got)
				}
				return
			}
			if got := w.status(resultID); got != 3 {
				t.Fatalf("result status %d, want rejected", got)
			}
			if want := new(big.Int).Sub(w.Params.MinStake, w.Params.SlashAmount); w.stake(1).Cmp(want) != 0 {
				t.Fatalf("stake %v, want %v", w.stake(1), want)
			}
		})
	}
}

// An L1 reorganisation drops the block with the executor's commitment: the
// executor notices and posts it again.
func TestExecutorRepostsAfterReorg(t *testing.T) {
	w := newWorld(t)
	store, err := executor.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ex := w.executor(1, store, "")
	id := w.m.add(t, 7)
	if err := ex.Tick(w.Ctx); err != nil {
		t.Fatal(err)
	}
	before, err := w.Client().BlockNumber(w.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	w.m.assign(id, w.Address(1))
	if err := ex.Tick(w.Ctx); err != nil {
		t.Fatal(err)
	}
	rec, _, _ := store.Job(id)
	if rec.ResultID == 0 || w.status(rec.ResultID) != 1 {
		t.Fatalf("not posted: %+v", rec)
	}
	if err := w.Reorg(w.Ctx, before); err != nil {
		t.Fatal(err)
	}
	if got := w.status(rec.ResultID); got != 0 {
		t.Fatalf("the reorg kept the commitment (status %d)", got)
	}
	for i := 0; i < 3; i++ {
		if err := ex.Tick(w.Ctx); err != nil {
			t.Fatal(err)
		}
	}
	rec, _, _ = store.Job(id)
	if rec.ResultID == 0 || w.status(rec.ResultID) != 1 {
		t.Fatalf("not posted again after the reorg: %+v status %d", rec, w.status(rec.ResultID))
	}
}
