package devnet

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"slices"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/crux-rollup/crux/client"
	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/examples/mnist/mnist"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/l1contracts/bindings"
)

// Event is one line of the demo's timeline.
type Event struct {
	At      time.Duration // since the job was submitted
	L1Block uint64        // 0 for L2-only events
	What    string
}

// Summary is what the demo measured.
type Summary struct {
	Timeline []Event
	// From the wrong commitment landing on L1 to the dispute opening, and
	// from there to the slash: L1 blocks and seconds (block timestamps).
	PostToOpenBlocks, OpenToSlashBlocks   uint64
	PostToOpenSeconds, OpenToSlashSeconds uint64
	DisputeMoves                          int    // game transactions, open to resolution
	DisputeGas                            uint64 // their receipt gas
	Accuracy                              float64
	Paid                                  *big.Int // credits the honest executor received for the job
	Wall                                  time.Duration
}

// Demo runs the showcase on a devnet whose second executor cheats: a dApp
// submits the MNIST job (10,000 images), the cheater underbids and wins it,
// posts a wrong result, the challenger disputes it and the cheater is
// slashed; the job is re-queued, the honest executor wins it, and its
// result is finalized and paid. It prints a timeline to w and returns the
// figures. mnistDir holds examples/mnist (program.json, weights/).
func (d *Devnet) Demo(ctx context.Context, w io.Writer, mnistDir string) (Summary, error) {
	start := time.Now()
	var sum Summary
	say := func(block uint64, format string, args ...any) {
		e := Event{At: time.Since(start).Round(100 * time.Millisecond), L1Block: block, What: fmt.Sprintf(format, args...)}
		sum.Timeline = append(sum.Timeline, e)
		where := "L2"
		if block != 0 {
			where = fmt.Sprintf("L1 #%d", block)
		}
		fmt.Fprintf(w, "%7s  %-8s %s\n", e.At, where, e.What)
	}

	prog, inputs, set, err := loadMNIST(mnistDir)
	if err != nil {
		return sum, err
	}
	b, err := jobs.New(prog, inputs)
	if err != nil {
		return sum, err
	}
	user := d.Keys[AcctUser]
	pr, ir, err := d.L2.PutJob(ctx, b)
	if err != nil {
		return sum, err
	}
	maxPrice := new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))
	jobID, err := d.L2.SubmitJob(ctx, user, common.Hash(pr), common.Hash(ir), maxPrice, time.Now().Add(2*time.Hour), client.HwNeeds{})
	if err != nil {
		return sum, err
	}
	say(0, "dApp submitted the MNIST job (10,000 images, %d steps), escrow 10 credits", len(prog.Ops))

	honest := d.Address(AcctExecutor1)
	balBefore, err := d.L2.Eth().BalanceAt(ctx, honest, nil)
	if err != nil {
		return sum, err
	}
	// Follow the job on the L2 and the protocol on L1 until it completes.
	f := &follower{d: d, seen: map[string]bool{}}
	fromBlock, err := d.L1.BlockNumber(ctx)
	if err != nil {
		return sum, err
	}
	var lastStatus uint8
	var lastExec common.Address
	for {
		if err := ctx.Err(); err != nil {
			return sum, fmt.Errorf("demo interrupted: %w", err)
		}
		if err := d.Err(); err != nil {
			return sum, err
		}
		j, err := d.L2.Job(ctx, jobID)
		if err != nil {
			return sum, err
		}
		if j.Status != lastStatus || j.Executor != lastExec {
			switch j.Status {
			case client.JobOpen:
				say(0, "job open for bids (round %d)", j.Round)
			case client.JobAssigned:
				say(0, "auction closed: job assigned to %s at %s credits", d.name(j.Executor), credits(j.Price))
			case client.JobPosted:
				say(0, "L2 saw the result posted on L1 (result %d)", j.ResultId)
			case client.JobCompleted:
				say(0, "job completed: %s paid from escrow", d.name(j.Executor))
			default:
				return sum, fmt.Errorf("job ended %d", j.Status)
			}
			lastStatus, lastExec = j.Status, j.Executor
		}
		if err := f.poll(ctx, fromBlock, say); err != nil {
			return sum, err
		}
		if j.Status == client.JobCompleted {
			outs, err := d.L2.GetOutputs(ctx, b, j.OutputRoot)
			if err != nil {
				return sum, err
			}
			sum.Accuracy = mnist.Accuracy(outs[len(outs)-1], set)
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	balAfter, err := d.L2.Eth().BalanceAt(ctx, honest, nil)
	if err != nil {
		return sum, err
	}
	sum.Paid = new(big.Int).Sub(balAfter, balBefore)
	sum.PostToOpenBlocks, sum.PostToOpenSeconds = f.open.block-f.post.block, f.open.time-f.post.time
	sum.OpenToSlashBlocks, sum.OpenToSlashSeconds = f.slash.block-f.open.block, f.slash.time-f.open.time
	sum.DisputeMoves, sum.DisputeGas = f.moves, f.gas
	sum.Wall = time.Since(start)
	rep, err := d.Watch.Audit(ctx)
	if err != nil {
		return sum, err
	}
	fmt.Fprintf(w, "\nwatcher: %d finalized, %d rejected, %d alerts\n", rep.Results.Finalized, rep.Results.Rejected, len(rep.Alerts))
	fmt.Fprintf(w, "wrong commitment -> dispute opened: %d L1 blocks, %d s\n", sum.PostToOpenBlocks, sum.PostToOpenSeconds)
	fmt.Fprintf(w, "dispute opened -> cheater slashed: %d L1 blocks, %d s, %d moves, %d gas\n", sum.OpenToSlashBlocks, sum.OpenToSlashSeconds, sum.DisputeMoves, sum.DisputeGas)
	fmt.Fprintf(w, "honest executor paid %s credits (net of its L2 fees); MNIST accuracy of the accepted result: %.2f%%\n", credits(sum.Paid), 100*sum.Accuracy)
	fmt.Fprintf(w, "whole demo: %s\n", sum.Wall.Round(100*time.Millisecond))
	switch {
	case len(rep.Alerts) > 0:
		return sum, fmt.Errorf("the watcher raised alerts: %v", rep.Alerts)
	case rep.Results.Rejected < 1 || rep.Results.Finalized < 1:
		return sum, fmt.Errorf("expected a rejected and a finalized result, the watcher counts %+v", rep.Results)
	case sum.Accuracy < 0.97:
		return sum, fmt.Errorf("accuracy %.4f of the accepted result is below 97%%", sum.Accuracy)
	}
	return sum, nil
}

func loadMNIST(dir string) (*compute.Program, map[string]compute.Tensor, *mnist.Set, error) {
	p, inputs, err := mnist.ReadFiles(dir)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("reading the MNIST example from %s: %w", dir, err)
	}
	set, err := mnist.LoadTest()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("loading the MNIST test images: %w", err)
	}
	var n int
	for _, s := range p.Slots {
		if s.Name == mnist.ImagesSlot {
			n = s.Shape[0]
		}
	}
	inputs[mnist.ImagesSlot] = mnist.ImagesTensor(set, n)
	return p, inputs, set, nil
}

func credits(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether))
	return f.Text('f', 4)
}

func (d *Devnet) name(a common.Address) string {
	for i, role := range []string{"sequencer", "executor 1 (honest)", "executor 2", "challenger", "user"} {
		if d.Address(i) == a {
			return role
		}
	}
	return a.Hex()
}

// mark is where a protocol event landed on L1.
type mark struct{ block, time uint64 }

// follower reports L1 protocol events once each and measures the dispute.
type follower struct {
	d                 *Devnet
	seen              map[string]bool
	post, open, slash mark
	moves             int
	gas               uint64
	gameTxs           map[common.Hash]bool
}

func (f *follower) poll(ctx context.Context, from uint64, say func(uint64, string, ...any)) error {
	rr, dg := bindings.NewResultRegistry(), bindings.NewDisputeGame()
	logs, err := f.d.L1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{f.d.Addrs.ResultRegistry, f.d.Addrs.DisputeGame}})
	if err != nil {
		return fmt.Errorf("reading L1 events: %w", err)
	}
	if f.gameTxs == nil {
		f.gameTxs = map[common.Hash]bool{}
	}
	for _, l := range logs {
		key := fmt.Sprintf("%s/%d", l.TxHash, l.Index)
		if f.seen[key] {
			continue
		}
		f.seen[key] = true
		at := func() mark {
			h, err := f.d.L1.HeaderByHash(ctx, l.BlockHash)
			if err != nil {
				return mark{block: l.BlockNumber}
			}
			return mark{block: l.BlockNumber, time: h.Time}
		}
		if ev, err := rr.UnpackResultPostedEvent(&l); err == nil {
			say(l.BlockNumber, "%s posted result %d (output root %x…)", f.d.name(ev.Executor), ev.ResultId, ev.OutputRoot[:4])
			if f.post.block == 0 {
				f.post = at()
			}
		} else if ev, err := rr.UnpackResultFinalizedEvent(&l); err == nil {
			say(l.BlockNumber, "result %d finalized after its challenge window", ev.ResultId)
		} else if ev, err := rr.UnpackResultRejectedEvent(&l); err == nil {
			say(l.BlockNumber, "result %d rejected", ev.ResultId)
		} else if ev, err := dg.UnpackGameOpenedEvent(&l); err == nil {
			say(l.BlockNumber, "challenger opened game %d against result %d", ev.GameId, ev.ResultId)
			f.open = at()
			f.countMove(ctx, l)
		} else if ev, err := dg.UnpackGameResolvedEvent(&l); err == nil {
			winner := "executor"
			if !ev.ExecutorWon {
				winner = "challenger"
			}
			say(l.BlockNumber, "game %d resolved: %s won (%s); the loser's bond or stake is split and burned", ev.GameId, winner, ev.Reason)
			f.slash = at()
			f.countMove(ctx, l)
		} else if ev, err := dg.UnpackDirectProofEvent(&l); err == nil {
			say(l.BlockNumber, "direct proof (%s) against result %d: %v wei slashed", ev.Kind, ev.ResultId, ev.Slashed)
			f.open, f.slash = at(), at()
			f.countMove(ctx, l)
		} else if slices.Contains([]string{"Bisected", "WriteRevealed", "Descended", "ChunkRevealed"}, eventName(l)) {
			f.countMove(ctx, l)
		}
	}
	return nil
}

// countMove adds a game transaction (once) and its gas.
func (f *follower) countMove(ctx context.Context, l types.Log) {
	if f.gameTxs[l.TxHash] {
		return
	}
	f.gameTxs[l.TxHash] = true
	f.moves++
	if r, err := f.d.L1.TransactionReceipt(ctx, l.TxHash); err == nil {
		f.gas += r.GasUsed
	}
}

func eventName(l types.Log) string {
	a, err := bindings.DisputeGameMetaData.ParseABI()
	if err != nil || len(l.Topics) == 0 {
		return ""
	}
	ev, err := a.EventByID(l.Topics[0])
	if err != nil {
		return ""
	}
	return ev.Name
}
