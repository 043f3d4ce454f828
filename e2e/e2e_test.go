// Package e2e runs the whole system (package devnet: L1, contracts,
// sequencer, executors, challengers, watcher, every role over JSON-RPC)
// through the scenarios users care about: the demo on the embedded L1 and on
// a real anvil process, every cheat slashed with two challengers racing,
// roles restarted mid-dispute.
package e2e

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crux-rollup/crux/client"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/devnet"
	"github.com/crux-rollup/crux/executor"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/watcher"
)

// anvilKey0 is anvil's first development account: publicly known, funded
// by every anvil at start.
const anvilKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startAnvil runs the pinned anvil (l1contracts/scripts/anvil.sh) mining
// every second and returns its URL.
func startAnvil(t *testing.T) string {
	t.Helper()
	port := freePort(t)
	cmd := exec.Command("bash", "../l1contracts/scripts/anvil.sh", "--port", fmt.Sprint(port), "--block-time", "1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Skipf("anvil cannot start here (needs node and npm to install it): %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "Listening on") {
				close(ready)
				for sc.Scan() {
				}
				return
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(90 * time.Second):
		t.Fatal("anvil did not start within 90 s")
	}
	return fmt.Sprintf("http://127.0.0.1:%d", port)
}

// The showcase on the embedded L1.
func TestDemoEmbeddedL1(t *testing.T) {
	runDemo(t, devnet.Config{Cheats: []string{"", executor.CheatOutput}})
}

// The showcase on a real anvil process as the L1.
func TestDemoAnvil(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and a devnet")
	}
	funder, _ := crypto.HexToECDSA(anvilKey0)
	runDemo(t, devnet.Config{L1: startAnvil(t), Funder: funder, Cheats: []string{"", executor.CheatOutput}})
}

func runDemo(t *testing.T, cfg devnet.Config) {
	if testing.Short() {
		t.Skip("the demo takes about a minute")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, cfg)
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
	if sum.DisputeMoves < 3 || sum.Paid.Sign() <= 0 {
		t.Fatalf("summary %+v", sum)
	}
}

// Every cheat strategy, one executor each, all underbidding the honest one:
// one job goes to each cheater in turn (a slashed provider may no longer
// bid), two challengers race to dispute every wrong result, every executor
// and challenger is restarted while the first dispute runs, and in the end
// the honest executor's result is finalized and paid. Every wrong result is
// rejected, every cheater slashed, and the watcher raises no alert.
func TestEveryCheatSlashedWithRestarts(t *testing.T) {
	if testing.Short() {
		t.Skip("plays five disputes on a devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	p := devnet.Params()
	p.ClockDuration = 10 * time.Second
	p.ChallengeWindow = 15 * time.Second
	cheats := []string{"", executor.CheatOutput, executor.CheatStep, executor.CheatLeaf, executor.CheatSteps, executor.CheatStall}
	d, err := devnet.Start(ctx, devnet.Config{Cheats: cheats, Challengers: 2, Params: &p})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()

	id := submitRandomJob(ctx, t, d, 2026, 30)
	restarted := false
	var j client.Job
	for {
		if err := d.Err(); err != nil {
			t.Fatal(err)
		}
		if j, err = d.L2.Job(ctx, id); err != nil {
			t.Fatal(err)
		}
		if j.Status == client.JobCompleted {
			break
		}
		if j.Status == client.JobRefunded || j.Status == client.JobCancelled {
			t.Fatalf("job ended with status %d", j.Status)
		}
		if !restarted && j.Round == 1 && j.Status == client.JobPosted {
			// The first dispute is on: restart everyone who plays it.
			for _, name := range []string{"executor1", "executor2", "executor3", "executor4", "executor5", "executor6", "challenger1", "challenger2"} {
				if err := d.Restart(name); err != nil {
					t.Fatal(err)
				}
			}
			restarted = true
		}
		select {
		case <-ctx.Done():
			t.Fatalf("job not completed (status %d, round %d): %v", j.Status, j.Round, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
	if j.Executor != d.Address(devnet.ExecutorAccount(0)) {
		t.Errorf("the job was completed by %s, not the honest executor", j.Executor)
	}
	// One round per cheater plus the honest one; a round can also close
	// without bids (a re-queue lands between two polls) and open again.
	if j.Round < uint32(len(cheats)) {
		t.Errorf("completed in round %d, want at least one round per cheater plus the honest one (%d)", j.Round, len(cheats))
	}
	rep := audit(ctx, t, d)
	if rep.Results.Rejected != len(cheats)-1 || rep.Results.Finalized != 1 || len(rep.Alerts) != 0 {
		t.Fatalf("watcher: results %+v, alerts %v", rep.Results, rep.Alerts)
	}
	won := map[string]int{}
	for _, g := range rep.Games {
		won[g.Winner]++
		if g.Right != "challenger" {
			t.Errorf("game %d: the watcher says the %s was right", g.ID, g.Right)
		}
	}
	// Four cheats are caught by games (wrong-count by a direct proof); the
	// second challenger usually opens its own game too, before the first
	// one ends.
	if won["executor"] != 0 || won["challenger"] < len(cheats)-2 {
		t.Errorf("games won: %v (want the challengers to win every game, at least one per game-played cheat)", won)
	}
	t.Logf("job completed in round %d; %d games, %v", j.Round, len(rep.Games), won)
}

// audit audits until the watcher has re-run every job.
func audit(ctx context.Context, t *testing.T, d *devnet.Devnet) watcher.Report {
	t.Helper()
	for {
		rep, err := d.Watch.Audit(ctx)
		if err != nil {
			t.Fatal(err)
		}
		known := true
		for _, v := range rep.Verdicts {
			known = known && v != watcher.VerdictUnknown
		}
		if known {
			return rep
		}
		select {
		case <-ctx.Done():
			t.Fatal("the watcher never re-ran every job")
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// The sequencer (with its batcher and proposer) is restarted while a job is
// running: the chain continues from the same blocks, and the job completes.
func TestSequencerRestartMidJob(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	p := devnet.Params()
	p.ChallengeWindow = 10 * time.Second
	d, err := devnet.Start(ctx, devnet.Config{Params: &p})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	id := submitRandomJob(ctx, t, d, 7, 20)
	restarted := false
	var before map[uint64]common.Hash
	for {
		if err := d.Err(); err != nil {
			t.Fatal(err)
		}
		j, err := d.L2.Job(ctx, id)
		if err != nil && !restarted {
			t.Fatal(err)
		}
		if err == nil && j.Status == client.JobCompleted {
			break
		}
		if err == nil && !restarted && j.Status == client.JobAssigned {
			before = blockHashes(ctx, t, d)
			if err := d.Restart("sequencer"); err != nil {
				t.Fatal(err)
			}
			restarted = true
		}
		select {
		case <-ctx.Done():
			t.Fatalf("job not completed after the restart: %v", ctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
	after := blockHashes(ctx, t, d)
	for n, h := range before {
		if after[n] != h {
			t.Fatalf("block %d changed across the restart: %s, now %s", n, h, after[n])
		}
	}
	if len(before) == 0 {
		t.Fatal("no blocks before the restart")
	}
}

func blockHashes(ctx context.Context, t *testing.T, d *devnet.Devnet) map[uint64]common.Hash {
	t.Helper()
	head, err := d.L2.Eth().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[uint64]common.Hash{}
	for n := uint64(0); n <= head; n++ {
		h, err := d.L2.Eth().HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		out[n] = h.Hash()
	}
	return out
}

// A lying challenger disputes an honest result, loses the game and its
// bond, and the honest executor keeps its stake and is paid the job.
func TestLyingChallengerLosesBond(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	p := devnet.Params()
	p.ChallengeWindow = 10 * time.Second
	d, err := devnet.Start(ctx, devnet.Config{Cheats: []string{""}, Challengers: 1, LyingChallengers: 1, Params: &p})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	liar := d.Address(devnet.AcctChallenger)
	liarBefore, err := d.L1.BalanceAt(ctx, liar, nil)
	if err != nil {
		t.Fatal(err)
	}
	id := submitRandomJob(ctx, t, d, 11, 20)
	if j := waitCompleted(ctx, t, d, id); j.Executor != d.Address(devnet.ExecutorAccount(0)) {
		t.Fatalf("completed by %s, not the honest executor", j.Executor)
	}
	rep := audit(ctx, t, d)
	if len(rep.Games) != 1 || rep.Games[0].Winner != "executor" || rep.Games[0].Right != "executor" || len(rep.Alerts) != 0 {
		t.Fatalf("games %+v alerts %v", rep.Games, rep.Alerts)
	}
	liarAfter, err := d.L1.BalanceAt(ctx, liar, nil)
	if err != nil {
		t.Fatal(err)
	}
	if lost := new(big.Int).Sub(liarBefore, liarAfter); lost.Cmp(d.Params.ChallengerBond) < 0 {
		t.Fatalf("the lying challenger lost %v wei, less than its bond %v", lost, d.Params.ChallengerBond)
	}
}

// An L1 reorganisation drops the block holding the executor's commitment
// before the L2 has derived it: the executor notices and posts again, and the
// job completes.
func TestL1ReorgUnderPendingCommitment(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	p := devnet.Params()
	p.ChallengeWindow = 10 * time.Second
	d, err := devnet.Start(ctx, devnet.Config{Cheats: []string{""}, Params: &p})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	id := submitRandomJob(ctx, t, d, 13, 20)
	posted := crypto.Keccak256Hash([]byte("ResultPosted(uint256,bytes32,address,bytes32,bytes32,bytes32,bytes32,uint64,uint64)"))
	var dropped common.Hash
	for dropped == (common.Hash{}) {
		logs, err := d.L1.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.Addrs.ResultRegistry}, Topics: [][]common.Hash{{posted}}})
		if err != nil {
			t.Fatal(err)
		}
		if len(logs) > 0 {
			head, err := d.L1.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if head != logs[0].BlockNumber {
				t.Skipf("the commitment's block %d was confirmed (head %d) before the test could reorganise it", logs[0].BlockNumber, head)
			}
			if err := d.Chain.Reorg(ctx, logs[0].BlockNumber-1); err != nil {
				t.Fatal(err)
			}
			dropped = logs[0].TxHash
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("no commitment posted")
		case <-time.After(20 * time.Millisecond):
		}
	}
	if r, err := d.L1.TransactionReceipt(ctx, dropped); err == nil && r != nil {
		if h, _ := d.L1.HeaderByNumber(ctx, r.BlockNumber); h != nil && h.Hash() == r.BlockHash {
			t.Fatal("the reorganisation kept the commitment")
		}
	}
	waitCompleted(ctx, t, d, id)
}

// submitRandomJob uploads a random job of nOps ops (seeded) and submits it
// for the devnet's user with a 1-credit escrow.
func submitRandomJob(ctx context.Context, t *testing.T, d *devnet.Devnet, seed uint64, nOps int) common.Hash {
	t.Helper()
	prog, in := computetest.RandomProgram(seed, nOps)
	b, err := jobs.New(prog, in)
	if err != nil {
		t.Fatal(err)
	}
	pr, ir, err := d.L2.PutJob(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	id, err := d.L2.SubmitJob(ctx, d.Keys[devnet.AcctUser], common.Hash(pr), common.Hash(ir), big.NewInt(params.Ether),
		time.Now().Add(3*time.Hour), client.HwNeeds{})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// waitCompleted waits until job id is completed; a refund, a cancellation,
// a failed role or the context's end fails the test.
func waitCompleted(ctx context.Context, t *testing.T, d *devnet.Devnet, id common.Hash) client.Job {
	t.Helper()
	for {
		if err := d.Err(); err != nil {
			t.Fatal(err)
		}
		j, err := d.L2.Job(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		switch j.Status {
		case client.JobCompleted:
			return j
		case client.JobRefunded, client.JobCancelled:
			t.Fatalf("job ended with status %d", j.Status)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("job not completed (status %d, round %d): %v", j.Status, j.Round, ctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}
