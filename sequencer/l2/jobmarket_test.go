package l2

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

const gib = 1 << 30

var (
	progRoot  = common.HexToHash("0xaa01")
	inRoot    = common.HexToHash("0xbb02")
	outRoot   = common.HexToHash("0xcc03")
	modelH100 = crypto.Keccak256Hash([]byte("NVIDIA H100 80GB HBM3"))
)

// marketChain: dapp and providers p1..p4 funded; p1, p2, p3 bonded on L1
// (p4 not); p1 has an H100 (80 GiB), p2 an A100 (40 GiB), p3 no node.
func marketChain(t *testing.T, cfg Config) *chain {
	c := newChain(t, cfg, "dapp", "p1", "p2", "p3", "p4", "other")
	stake := credits(2)
	c.mustStep(1, []types.Log{
		logBonded(t, c.addr("p1"), stake),
		logBonded(t, c.addr("p2"), stake),
		logBonded(t, c.addr("p3"), stake),
		logNode(t, 1, c.addr("p1"), "NVIDIA H100 80GB HBM3", 80*gib),
		logNode(t, 2, c.addr("p2"), "NVIDIA A100-SXM4-40GB", 40*gib),
	})
	return c
}

func (c *chain) submit(name string, maxPrice *big.Int, deadline uint64, hw HwNeeds) *types.Transaction {
	return c.jm(name, "submitJob", maxPrice, [32]byte(progRoot), [32]byte(inRoot), maxPrice, deadline, hw)
}

func (c *chain) bid(name string, id common.Hash, price *big.Int) *types.Transaction {
	return c.jm(name, "bid", nil, [32]byte(id), price)
}

// revertName decodes a failed call's custom error name.
func revertName(t *testing.T, err error) string {
	t.Helper()
	r, ok := isRevert(err)
	if !ok {
		t.Fatalf("not a revert: %v", err)
	}
	var sel [4]byte
	copy(sel[:], r.Data)
	if e, err := JobMarketABI().ErrorByID(sel); err == nil {
		return e.Name
	}
	if e, err := BridgeABI().ErrorByID(sel); err == nil {
		return e.Name
	}
	t.Fatalf("unknown error selector %x", sel)
	return ""
}

// simulate runs tx as eth_call on the head state and returns its revert.
func (c *chain) simulate(tx *types.Transaction) error {
	from, _ := types.Sender(c.p.Signer(), tx)
	_, err := c.p.Call(c.st, c.head, Message{From: from, To: tx.To(), Value: tx.Value(), Data: tx.Data()})
	return err
}

// checkEscrow asserts the JobMarket holds exactly the escrow of live jobs.
func (c *chain) checkEscrow() {
	c.t.Helper()
	var n *big.Int
	c.call(JobMarketAddress, JobMarketABI(), "jobCount", &n)
	sum := new(big.Int)
	for i := uint64(1); i <= n.Uint64(); i++ {
		j := c.job(JobID(i))
		switch JobStatus(j.Status) {
		case JobOpen, JobAssigned, JobPosted:
			sum.Add(sum, j.MaxPrice)
		}
	}
	if got := c.balance(JobMarketAddress); got.Cmp(sum) != 0 {
		c.t.Errorf("JobMarket holds %s, live escrow is %s", got, sum)
	}
}

func statuses(rs types.Receipts) []uint64 {
	var out []uint64
	for _, r := range rs {
		out = append(out, r.Status)
	}
	return out
}

func TestJobMarketAuctionAndPayment(t *testing.T) {
	cfg := testConfig()
	c := marketChain(t, cfg)
	dapp, p1, p2, p4 := c.addr("dapp"), c.addr("p1"), c.addr("p2"), c.addr("p4")
	now := c.head.Time + 1
	deadline := now + 100_000
	hw := HwNeeds{MinMemoryBytes: 40 * gib}
	dappBefore := c.balance(dapp)
	_, rs := c.mustStep(1, nil, c.submit("dapp", credits(10), deadline, hw))
	id := JobID(1)
	if got := eventNames(rs[1].Logs); !reflect.DeepEqual(got, []string{"JobSubmitted", "AuctionOpened"}) {
		t.Fatalf("submit events %v", got)
	}
	j := c.job(id)
	if JobStatus(j.Status) != JobOpen || j.Submitter != dapp || j.MaxPrice.Cmp(credits(10)) != 0 || j.Round != 1 || j.BiddingEnds != now+cfg.BiddingWindow || j.HwNeeds != hw {
		t.Fatalf("job after submit %+v", j)
	}
	if c.balance(JobMarketAddress).Cmp(credits(10)) != 0 {
		t.Fatal("escrow not held")
	}

	// Bids: unbonded, no hardware and too expensive ones revert (included,
	// status 0, gas paid); p1 bids 6 then 5 again after p2's 5: p2 bid 5
	// first, so p2 wins the tie.
	if name := revertName(t, c.simulate(c.bid("p4", id, credits(1)))); name != "NotEligible" {
		t.Errorf("p4 simulate: %s", name)
	}
	c.nonces[p4]-- // the simulated tx was not sent
	p4Before := c.balance(p4)
	_, rs = c.mustStep(1, nil,
		c.bid("p1", id, credits(6)),
		c.bid("p2", id, credits(5)),
		c.bid("p3", id, credits(4)),
		c.bid("p4", id, credits(3)),
		c.bid("p1", id, credits(11)),
		c.bid("p1", id, credits(5)),
	)
	if got := statuses(rs[1:]); !reflect.DeepEqual(got, []uint64{1, 1, 0, 0, 0, 1}) {
		t.Fatalf("bid statuses %v", got)
	}
	if rs[3].GasUsed != TransferGas+BidMethodGas || len(rs[3].Logs) != 0 {
		t.Errorf("reverted bid receipt %+v", rs[3])
	}
	if spent := new(big.Int).Sub(p4Before, c.balance(p4)); spent.Cmp(new(big.Int).Mul(big.NewInt(int64(TransferGas+BidMethodGas)), big.NewInt(2e9))) != 0 {
		t.Errorf("p4 paid %s for its reverted bid", spent)
	}
	var bids []Bid
	c.call(JobMarketAddress, JobMarketABI(), "bids", &bids, [32]byte(id))
	if len(bids) != 2 || bids[0].Provider != p1 || bids[0].Price.Cmp(credits(5)) != 0 || bids[0].Seq != 2 || bids[1].Provider != p2 || bids[1].Seq != 1 {
		t.Fatalf("bids %+v", bids)
	}

	// Close: the first block at or after biddingEnds.
	_, rs = c.mustStep(cfg.BiddingWindow, nil)
	if got := eventNames(rs[0].Logs); !reflect.DeepEqual(got, []string{"JobAssigned"}) {
		t.Fatalf("close events %v", got)
	}
	j = c.job(id)
	if JobStatus(j.Status) != JobAssigned || j.Executor != p2 || j.Price.Cmp(credits(5)) != 0 || j.ExecutionDeadline != j.BiddingEnds+cfg.ExecutionWindow || j.BidCount != 0 {
		t.Fatalf("job after close %+v", j)
	}
	bids = nil
	c.call(JobMarketAddress, JobMarketABI(), "bids", &bids, [32]byte(id))
	if len(bids) != 0 {
		t.Errorf("bids left after close: %d", len(bids))
	}
	if name := revertName(t, c.simulate(c.bid("p1", id, credits(1)))); name != "WrongStatus" {
		t.Errorf("late bid: %s", name)
	}
	c.nonces[p1]--

	// L1: p2 posts the result, it finalizes; p2 gets 5 - 1%, the vault
	// 0.05, the dapp its 5 back.
	p2Before, vaultBefore, dappMid := c.balance(p2), c.balance(cfg.FeeVault), c.balance(dapp)
	_, rs = c.mustStep(5, []types.Log{logPosted(t, 7, id, p2, progRoot, inRoot, outRoot)})
	if got := eventNames(rs[1].Logs); !reflect.DeepEqual(got, []string{"ResultAccepted"}) {
		t.Fatalf("posted events %v", got)
	}
	if j = c.job(id); JobStatus(j.Status) != JobPosted || j.ResultId.Int64() != 7 || j.OutputRoot != outRoot {
		t.Fatalf("job after post %+v", j)
	}
	_, rs = c.mustStep(5, []types.Log{logFinalized(t, 7, id, p2)})
	if got := eventNames(rs[1].Logs); !reflect.DeepEqual(got, []string{"JobCompleted"}) {
		t.Fatalf("finalized events %v", got)
	}
	fee := new(big.Int).Div(credits(5), big.NewInt(100))
	if got := new(big.Int).Sub(c.balance(p2), p2Before); got.Cmp(new(big.Int).Sub(credits(5), fee)) != 0 {
		t.Errorf("executor paid %s", got)
	}
	if got := new(big.Int).Sub(c.balance(cfg.FeeVault), vaultBefore); got.Cmp(fee) != 0 {
		t.Errorf("vault got %s, want %s", got, fee)
	}
	if got := new(big.Int).Sub(c.balance(dapp), dappMid); got.Cmp(credits(5)) != 0 {
		t.Errorf("dapp refunded %s", got)
	}
	if JobStatus(c.job(id).Status) != JobCompleted || c.balance(JobMarketAddress).Sign() != 0 {
		t.Error("job not completed or escrow left")
	}
	// The dapp paid 10 for the job and got 5 back, plus gas.
	if spent := new(big.Int).Sub(dappBefore, c.balance(dapp)); spent.Cmp(credits(5)) <= 0 {
		t.Errorf("dapp spent %s", spent)
	}
	// A second finalization (or any other stray event) is ignored.
	_, rs = c.mustStep(5, []types.Log{logFinalized(t, 7, id, p2)})
	if got := eventNames(rs[1].Logs); !reflect.DeepEqual(got, []string{"ResultIgnored"}) {
		t.Fatalf("repeat finalized events %v", got)
	}
	c.checkEscrow()
}

func TestJobMarketTieEarliestBid(t *testing.T) {
	c := marketChain(t, testConfig())
	c.mustStep(1, nil, c.submit("dapp", credits(10), c.head.Time+100_000, HwNeeds{}))
	id := JobID(1)
	// p3 (no node) qualifies since the job needs no hardware.
	c.mustStep(1, nil, c.bid("p3", id, credits(4)), c.bid("p1", id, credits(4)), c.bid("p2", id, credits(4)))
	c.mustStep(testConfig().BiddingWindow, nil)
	if j := c.job(id); j.Executor != c.addr("p3") {
		t.Fatalf("tie went to %s, want p3 (earliest)", j.Executor)
	}
	c.checkEscrow()
}

func TestJobMarketHardwareNeeds(t *testing.T) {
	c := marketChain(t, testConfig())
	hw := HwNeeds{MinMemoryBytes: 80 * gib, GpuModel: modelH100}
	c.mustStep(1, nil, c.submit("dapp", credits(10), c.head.Time+100_000, hw))
	id := JobID(1)
	_, rs := c.mustStep(1, nil, c.bid("p2", id, credits(1)), c.bid("p1", id, credits(9)))
	if got := statuses(rs[1:]); !reflect.DeepEqual(got, []uint64{0, 1}) {
		t.Fatalf("statuses %v", got)
	}
	for _, tc := range []struct {
		who  string
		hw   HwNeeds
		want bool
	}{
		{"p1", hw, true},
		{"p2", hw, false},
		{"p1", HwNeeds{MinMemoryBytes: 81 * gib, GpuModel: modelH100}, false},
		{"p2", HwNeeds{MinMemoryBytes: 40 * gib}, true},
		{"p3", HwNeeds{MinMemoryBytes: 1}, false},
		{"p3", HwNeeds{}, true},
		{"p2", HwNeeds{GpuModel: modelH100}, false},
	} {
		var ok bool
		c.call(JobMarketAddress, JobMarketABI(), "meetsNeeds", &ok, c.addr(tc.who), tc.hw)
		if ok != tc.want {
			t.Errorf("meetsNeeds(%s, %+v) = %v", tc.who, tc.hw, ok)
		}
	}
	if name := revertName(t, c.simulate(c.bid("p2", id, credits(1)))); name != "HardwareMismatch" {
		t.Errorf("got %s", name)
	}
}

func TestJobMarketCancel(t *testing.T) {
	c := marketChain(t, testConfig())
	dapp := c.addr("dapp")
	c.mustStep(1, nil, c.submit("dapp", credits(10), c.head.Time+100_000, HwNeeds{}))
	id := JobID(1)
	before := c.balance(dapp)
	_, rs := c.mustStep(1, nil, c.bid("p1", id, credits(3)), c.jm("other", "cancel", nil, [32]byte(id)), c.jm("dapp", "cancel", nil, [32]byte(id)))
	if got := statuses(rs[1:]); !reflect.DeepEqual(got, []uint64{1, 0, 1}) {
		t.Fatalf("statuses %v", got)
	}
	gasCost := new(big.Int).Mul(big.NewInt(int64(TransferGas+CancelMethodGas)), big.NewInt(2e9))
	if got := new(big.Int).Sub(c.balance(dapp), before); got.Cmp(new(big.Int).Sub(credits(10), gasCost)) != 0 {
		t.Errorf("dapp refund net %s", got)
	}
	j := c.job(id)
	if JobStatus(j.Status) != JobCancelled || j.BidCount != 0 {
		t.Fatalf("job %+v", j)
	}
	// The auction's queue entry is skipped at close; cancelling again fails.
	_, rs = c.mustStep(testConfig().BiddingWindow, nil)
	if len(rs[0].Logs) != 0 {
		t.Errorf("close of a cancelled job logged %v", eventNames(rs[0].Logs))
	}
	if name := revertName(t, c.simulate(c.jm("dapp", "cancel", nil, [32]byte(id)))); name != "WrongStatus" {
		t.Errorf("got %s", name)
	}
	c.nonces[dapp]--
	if name := revertName(t, c.simulate(c.jm("dapp", "cancel", nil, [32]byte(JobID(9))))); name != "UnknownJob" {
		t.Errorf("got %s", name)
	}
	c.checkEscrow()
}

func TestJobMarketSubmitChecks(t *testing.T) {
	c := marketChain(t, testConfig())
	cfg := testConfig()
	soon := c.head.Time + cfg.BiddingWindow + cfg.ExecutionWindow - 1
	for _, tc := range []struct {
		tx   *types.Transaction
		want string
	}{
		{c.jm("dapp", "submitJob", credits(1), [32]byte{}, [32]byte{}, credits(2), c.head.Time+100_000, HwNeeds{}), "WrongValue"},
		{c.jm("dapp", "submitJob", nil, [32]byte{}, [32]byte{}, big.NewInt(0), c.head.Time+100_000, HwNeeds{}), "ZeroMaxPrice"},
		{c.submit("dapp", credits(1), soon, HwNeeds{}), "DeadlineTooSoon"},
		{c.jm("p1", "bid", big.NewInt(1), [32]byte{}, big.NewInt(1)), "NotPayable"},
	} {
		if got := revertName(t, c.simulate(tc.tx)); got != tc.want {
			t.Errorf("got %s, want %s", got, tc.want)
		}
	}
}

func TestJobMarketTooManyBids(t *testing.T) {
	cfg := testConfig()
	cfg.MaxBidsPerJob = 2
	c := marketChain(t, cfg)
	c.mustStep(1, nil, c.submit("dapp", credits(10), c.head.Time+100_000, HwNeeds{}))
	id := JobID(1)
	_, rs := c.mustStep(1, nil, c.bid("p1", id, credits(3)), c.bid("p2", id, credits(3)), c.bid("p3", id, credits(1)), c.bid("p1", id, credits(2)))
	if got := statuses(rs[1:]); !reflect.DeepEqual(got, []uint64{1, 1, 0, 1}) {
		t.Fatalf("statuses %v (a replacement is not a new bid)", got)
	}
}

// An auction without bids opens a new round while the deadline allows one
// more auction and execution, then refunds.
func TestJobMarketNoBids(t *testing.T) {
	cfg := testConfig()
	c := marketChain(t, cfg)
	start := c.head.Time + 1
	deadline := start + 2*cfg.BiddingWindow + cfg.ExecutionWindow
	dapp := c.addr("dapp")
	c.mustStep(1, nil, c.submit("dapp", credits(10), deadline, HwNeeds{}))
	id := JobID(1)
	_, rs := c.mustStep(cfg.BiddingWindow, nil)
	if got := eventNames(rs[0].Logs); !reflect.DeepEqual(got, []string{"JobRequeued", "AuctionOpened"}) {
		t.Fatalf("first close %v", got)
	}
	if j := c.job(id); j.Round != 2 || JobStatus(j.Status) != JobOpen {
		t.Fatalf("job %+v", j)
	}
	before := c.balance(dapp)
	_, rs = c.mustStep(cfg.BiddingWindow, nil)
	if got := eventNames(rs[0].Logs); !reflect.DeepEqual(got, []string{"JobRefunded"}) {
		t.Fatalf("second close %v", got)
	}
	if JobStatus(c.job(id).Status) != JobRefunded || new(big.Int).Sub(c.balance(dapp), before).Cmp(credits(10)) != 0 {
		t.Error("not refunded")
	}
	c.checkEscrow()
}

// assign submits a job, has `who` bid and closes the auction.
func (c *chain) assign(who string, deadline uint64) common.Hash {
	c.t.Helper()
	_, rs := c.mustStep(1, nil, c.submit("dapp", credits(10), deadline, HwNeeds{}))
	var id common.Hash = rs[1].Logs[0].Topics[1]
	c.mustStep(1, nil, c.bid(who, id, credits(4)))
	c.mustStep(testConfig().BiddingWindow, nil)
	if j := c.job(id); JobStatus(j.Status) != JobAssigned || j.Executor != c.addr(who) {
		c.t.Fatalf("not assigned to %s: %+v", who, j)
	}
	return id
}

func TestJobMarketDeadlineRequeue(t *testing.T) {
	cfg := testConfig()
	c := marketChain(t, cfg)
	dapp, p1, p2 := c.addr("dapp"), c.addr("p1"), c.addr("p2")
	// Room for two rounds exactly.
	deadline := c.head.Time + 1 + 2*(cfg.BiddingWindow+cfg.ExecutionWindow) + 10
	id := c.assign("p2", deadline)
	execDeadline := c.job(id).ExecutionDeadline

	// The L1 block whose time passes the deadline carries p2's late result:
	// ignored as late. Executors are expired against the previous block's
	// origin, so the job is re-queued in the next block.
	dt := execDeadline + 1 - c.head.Time
	_, rs := c.mustStep(dt, []types.Log{logPosted(t, 1, id, p2, progRoot, inRoot, outRoot)})
	if got := eventNames(allLogs(rs)); !reflect.DeepEqual(got, []string{"ResultIgnored"}) {
		t.Fatalf("late post %v", got)
	}
	if ig := rs[1].Logs[0]; new(big.Int).SetBytes(ig.Data).Uint64() != uint64(IgnorePostedLate) {
		t.Errorf("ignore reason %x", ig.Data)
	}
	_, rs = c.mustStep(1, nil)
	if got := eventNames(rs[0].Logs); !reflect.DeepEqual(got, []string{"JobRequeued", "AuctionOpened"}) {
		t.Fatalf("expiry %v", got)
	}
	j := c.job(id)
	if JobStatus(j.Status) != JobOpen || j.Round != 2 || j.PreviousExecutor != p2 || j.Executor != (common.Address{}) {
		t.Fatalf("requeued job %+v", j)
	}
	// p2 may not bid again; p1 wins round 2 and misses too: refund.
	_, rs = c.mustStep(1, nil, c.bid("p2", id, credits(1)), c.bid("p1", id, credits(3)))
	if got := statuses(rs[1:]); !reflect.DeepEqual(got, []uint64{0, 1}) {
		t.Fatalf("statuses %v", got)
	}
	c.mustStep(cfg.BiddingWindow, nil)
	if j = c.job(id); j.Executor != p1 || j.Round != 2 {
		t.Fatalf("round 2 %+v", j)
	}
	before := c.balance(dapp)
	c.mustStep(j.ExecutionDeadline+1-c.head.Time, nil)
	_, rs = c.mustStep(1, nil)
	if got := eventNames(rs[0].Logs); !reflect.DeepEqual(got, []string{"JobRefunded"}) {
		t.Fatalf("second expiry %v", got)
	}
	if JobStatus(c.job(id).Status) != JobRefunded || new(big.Int).Sub(c.balance(dapp), before).Cmp(credits(10)) != 0 {
		t.Error("not refunded")
	}
	c.checkEscrow()
}

// A result posted in time stops the clock even if finalization takes long.
func TestJobMarketPostedInTimeIsNotExpired(t *testing.T) {
	cfg := testConfig()
	c := marketChain(t, cfg)
	id := c.assign("p1", c.head.Time+100_000)
	execDeadline := c.job(id).ExecutionDeadline
	c.mustStep(execDeadline-c.head.Time, []types.Log{logPosted(t, 3, id, c.addr("p1"), progRoot, inRoot, outRoot)})
	c.mustStep(100, nil)
	c.mustStep(100, nil)
	if j := c.job(id); JobStatus(j.Status) != JobPosted {
		t.Fatalf("job %+v", j)
	}
}

func TestJobMarketRejected(t *testing.T) {
	cfg := testConfig()
	c := marketChain(t, cfg)
	p1 := c.addr("p1")
	long := c.assign("p1", c.head.Time+100_000)
	short := c.assign("p1", c.head.Time+1+cfg.BiddingWindow+cfg.ExecutionWindow)
	c.mustStep(1, []types.Log{
		logPosted(t, 1, long, p1, progRoot, inRoot, outRoot),
		logPosted(t, 2, short, p1, progRoot, inRoot, outRoot),
	})
	dapp := c.addr("dapp")
	before := c.balance(dapp)
	_, rs := c.mustStep(1, []types.Log{logRejected(t, 1, long, p1), logRejected(t, 2, short, p1), logSlashed(t, p1, credits(2))})
	if got := eventNames(allLogs(rs)); !reflect.DeepEqual(got, []string{"JobRequeued", "AuctionOpened", "JobRefunded", "ProviderUpdated"}) {
		t.Fatalf("rejections %v", got)
	}
	if j := c.job(long); JobStatus(j.Status) != JobOpen || j.Round != 2 || j.PreviousExecutor != p1 {
		t.Fatalf("long job %+v", j)
	}
	if JobStatus(c.job(short).Status) != JobRefunded || new(big.Int).Sub(c.balance(dapp), before).Cmp(credits(10)) != 0 {
		t.Error("short job not refunded")
	}
	var pr Provider
	c.call(JobMarketAddress, JobMarketABI(), "provider", &pr, p1)
	if pr.Stake.Sign() != 0 || pr.Eligible {
		t.Errorf("slashed provider %+v", pr)
	}
	c.checkEscrow()
}

func TestJobMarketIgnoredResults(t *testing.T) {
	c := marketChain(t, testConfig())
	p1, p2 := c.addr("p1"), c.addr("p2")
	id := c.assign("p1", c.head.Time+100_000)
	reasons := func(rs types.Receipts) []IgnoreReason {
		var out []IgnoreReason
		for _, l := range allLogs(rs) {
			if l.Topics[0] == JobMarketABI().Events["ResultIgnored"].ID {
				out = append(out, IgnoreReason(new(big.Int).SetBytes(l.Data).Uint64()))
			}
		}
		return out
	}
	_, rs := c.mustStep(1, []types.Log{
		logPosted(t, 1, JobID(99), p1, progRoot, inRoot, outRoot),
		logPosted(t, 2, id, p2, progRoot, inRoot, outRoot),
		logPosted(t, 3, id, p1, progRoot, common.Hash{9}, outRoot),
		logFinalized(t, 4, id, p1),
		logRejected(t, 4, id, p1),
	})
	want := []IgnoreReason{IgnoreUnknownJob, IgnoreWrongExecutor, IgnoreRootsMismatch, IgnoreUnknownResult, IgnoreUnknownResult}
	if got := reasons(rs); !reflect.DeepEqual(got, want) {
		t.Fatalf("reasons %v, want %v", got, want)
	}
	if JobStatus(c.job(id).Status) != JobAssigned {
		t.Fatal("ignored events changed the job")
	}
	_, rs = c.mustStep(1, []types.Log{logPosted(t, 5, id, p1, progRoot, inRoot, outRoot), logPosted(t, 6, id, p1, progRoot, inRoot, outRoot)})
	if got := reasons(rs); !reflect.DeepEqual(got, []IgnoreReason{IgnoreNotAssigned}) {
		t.Fatalf("second post %v", got)
	}
	_, rs = c.mustStep(1, []types.Log{logFinalized(t, 6, id, p1)})
	if got := reasons(rs); !reflect.DeepEqual(got, []IgnoreReason{IgnoreUnknownResult}) {
		t.Fatalf("finalize of the ignored result %v", got)
	}
	c.checkEscrow()
}

// A provider that requests unbonding (or is slashed below the minimum)
// after bidding loses the auction at close.
func TestJobMarketIneligibleAtClose(t *testing.T) {
	cfg := testConfig()
	c := marketChain(t, cfg)
	c.mustStep(1, nil, c.submit("dapp", credits(10), c.head.Time+100_000, HwNeeds{}), c.submit("dapp", credits(10), c.head.Time+100_000, HwNeeds{}))
	a, b := JobID(1), JobID(2)
	c.mustStep(1, nil, c.bid("p1", a, credits(1)), c.bid("p2", a, credits(2)), c.bid("p3", b, credits(1)), c.bid("p2", b, credits(2)))
	c.mustStep(1, []types.Log{logUnbond(t, c.addr("p1"), c.head.Time+1000), logSlashed(t, c.addr("p3"), new(big.Int).Add(credits(1), big.NewInt(1)))})
	c.mustStep(cfg.BiddingWindow, nil)
	if c.job(a).Executor != c.addr("p2") || c.job(b).Executor != c.addr("p2") {
		t.Fatalf("executors %s %s, want p2 for both", c.job(a).Executor, c.job(b).Executor)
	}
	// Bonding again makes a provider eligible again.
	c.mustStep(1, []types.Log{logBonded(t, c.addr("p1"), credits(3))})
	var pr Provider
	c.call(JobMarketAddress, JobMarketABI(), "provider", &pr, c.addr("p1"))
	if !pr.Eligible || pr.WithdrawableAt != 0 || pr.NodeCount != 1 || pr.MaxMemoryBytes != 80*gib {
		t.Errorf("p1 %+v", pr)
	}
}

func TestJobMarketViews(t *testing.T) {
	cfg := testConfig()
	c := marketChain(t, cfg)
	var params MarketParams
	c.call(JobMarketAddress, JobMarketABI(), "params", &params)
	if params.BiddingWindow != cfg.BiddingWindow || params.FeeBps != cfg.JobFeeBps || params.FeeVault != cfg.FeeVault || params.MinProviderStake.Cmp(cfg.MinProviderStake) != 0 {
		t.Errorf("params %+v", params)
	}
	if j := c.job(JobID(5)); JobStatus(j.Status) != JobNone {
		t.Errorf("unknown job %+v", j)
	}
	// A view sent as a transaction is valid and changes nothing but fees.
	data, _ := JobMarketABI().Pack("jobCount")
	gas, err := c.p.EstimateGas(c.st, c.head, Message{To: &JobMarketAddress, Data: data})
	if err != nil || gas != TransferGas+ViewMethodGas {
		t.Fatalf("estimate %d %v", gas, err)
	}
	_, rs := c.mustStep(1, nil, c.tx("dapp", JobMarketAddress, nil, data))
	if rs[1].Status != 1 || rs[1].GasUsed != gas {
		t.Errorf("view tx receipt %+v", rs[1])
	}
	// Estimates are the schedule's figures, and reverts come back as errors.
	sub, _ := JobMarketABI().Pack("submitJob", [32]byte{}, [32]byte{}, credits(1), c.head.Time+100_000, HwNeeds{})
	if gas, err := c.p.EstimateGas(c.st, c.head, Message{From: c.addr("dapp"), To: &JobMarketAddress, Value: credits(1), Data: sub}); err != nil || gas != TransferGas+SubmitJobMethodGas {
		t.Errorf("submit estimate %d %v", gas, err)
	}
	if _, err := c.p.EstimateGas(c.st, c.head, Message{From: c.addr("dapp"), To: &JobMarketAddress, Data: sub}); revertName(t, err) != "WrongValue" {
		t.Errorf("estimate of a reverting call: %v", err)
	}
	if _, err := c.p.Call(c.st, c.head, Message{From: c.addr("p4"), To: &JobMarketAddress, Value: credits(5000), Data: sub}); !errors.Is(err, ErrInsufficientFunds) {
		t.Errorf("call beyond balance: %v", err)
	}
	// Calls leave no trace.
	root := c.st.IntermediateRoot(true)
	c.p.Call(c.st, c.head, Message{From: c.addr("dapp"), To: &JobMarketAddress, Value: credits(1), Data: sub})
	if c.st.IntermediateRoot(true) != root {
		t.Error("Call changed the state")
	}
}
