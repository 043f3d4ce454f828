package l2

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// JobMarket storage layout (docs/l2.md section 2), as Solidity would lay out
//
//	uint256 jobCount;                                              // slot 0
//	mapping(bytes32 => JobRecord) jobs;                            // slot 1
//	mapping(bytes32 => mapping(uint256 => BidRecord)) bids;        // slot 2
//	mapping(bytes32 => mapping(address => uint256)) bidIndex;      // slot 3 (1-based)
//	mapping(address => ProviderRecord) providers;                  // slot 4
//	mapping(address => mapping(bytes32 => uint256)) modelMemory;   // slot 5
//	uint256 auctionHead; uint256 auctionTail;                      // slots 6, 7
//	mapping(uint256 => QueueEntry) auctionQueue;                   // slot 8
//	uint256 execHead; uint256 execTail;                            // slots 9, 10
//	mapping(uint256 => QueueEntry) execQueue;                      // slot 11
//
// with one slot per struct field, in the order of the jf*, bf*, pf* and qf*
// constants below.
const (
	jmJobCount = iota
	jmJobs
	jmBids
	jmBidIndex
	jmProviders
	jmModelMemory
	jmAuctionHead
	jmAuctionTail
	jmAuctionQueue
	jmExecHead
	jmExecTail
	jmExecQueue
)

// JobRecord fields.
const (
	jfSubmitter = iota
	jfProgramRoot
	jfInputRoot
	jfMaxPrice
	jfDeadline
	jfHwMinMemory
	jfHwGpuModel
	jfStatus
	jfRound
	jfSubmittedAt
	jfBiddingEnds
	jfBidCount
	jfBidSeq
	jfExecutor
	jfPrice
	jfExecDeadline
	jfResultID
	jfOutputRoot
	jfPreviousExecutor
	jobFields
)

// BidRecord, ProviderRecord and QueueEntry fields.
const (
	bfProvider, bfPrice, bfSeq                          = 0, 1, 2
	pfStake, pfWithdrawableAt, pfMaxMemory, pfNodeCount = 0, 1, 2, 3
	qfJobID, qfRound, qfTime                            = 0, 1, 2
)

// jobRecord is a job's stored fields.
type jobRecord struct {
	submitter        common.Address
	programRoot      common.Hash
	inputRoot        common.Hash
	maxPrice         *uint256.Int
	deadline         uint64
	hw               HwNeeds
	status           JobStatus
	round            uint32
	submittedAt      uint64
	biddingEnds      uint64
	bidCount         uint32
	bidSeq           uint64
	executor         common.Address
	price            *uint256.Int
	execDeadline     uint64
	resultID         *uint256.Int
	outputRoot       common.Hash
	previousExecutor common.Address
}

// jobRef addresses one job's record.
type jobRef struct {
	s    store
	id   common.Hash
	base common.Hash
}

func (j jobRef) f(field uint64) common.Hash { return fieldSlot(j.base, field) }

func (j jobRef) load() *jobRecord {
	s := j.s
	return &jobRecord{
		submitter:        s.address(j.f(jfSubmitter)),
		programRoot:      s.hash(j.f(jfProgramRoot)),
		inputRoot:        s.hash(j.f(jfInputRoot)),
		maxPrice:         s.u256(j.f(jfMaxPrice)),
		deadline:         s.u64(j.f(jfDeadline)),
		hw:               HwNeeds{MinMemoryBytes: s.u64(j.f(jfHwMinMemory)), GpuModel: s.hash(j.f(jfHwGpuModel))},
		status:           JobStatus(s.u64(j.f(jfStatus))),
		round:            uint32(s.u64(j.f(jfRound))),
		submittedAt:      s.u64(j.f(jfSubmittedAt)),
		biddingEnds:      s.u64(j.f(jfBiddingEnds)),
		bidCount:         uint32(s.u64(j.f(jfBidCount))),
		bidSeq:           s.u64(j.f(jfBidSeq)),
		executor:         s.address(j.f(jfExecutor)),
		price:            s.u256(j.f(jfPrice)),
		execDeadline:     s.u64(j.f(jfExecDeadline)),
		resultID:         s.u256(j.f(jfResultID)),
		outputRoot:       s.hash(j.f(jfOutputRoot)),
		previousExecutor: s.address(j.f(jfPreviousExecutor)),
	}
}

func (j jobRef) setStatus(st JobStatus) { j.s.setU64(j.f(jfStatus), uint64(st)) }

// market is the JobMarket's view of one call.
type market struct {
	c *callCtx
	s store
}

func (c *callCtx) market() market { return market{c: c, s: store{st: c.st, addr: JobMarketAddress}} }

func (m market) abi() *abi.ABI { return JobMarketABI() }

func (m market) emit(name string, args ...interface{}) error {
	return m.c.emit(m.abi(), JobMarketAddress, name, args...)
}

func (m market) revert(name string, args ...interface{}) error {
	return newRevert(m.abi(), name, args...)
}

func (m market) job(id common.Hash) jobRef {
	return jobRef{s: m.s, id: id, base: mapSlot(id, slotN(jmJobs))}
}

// ---- bids ----

func (m market) bidBase(id common.Hash, i uint64) common.Hash {
	return mapSlot(u64Key(i), mapSlot(id, slotN(jmBids)))
}

func (m market) bidIndexSlot(id common.Hash, p common.Address) common.Hash {
	return mapSlot(addrKey(p), mapSlot(id, slotN(jmBidIndex)))
}

func (m market) loadBid(id common.Hash, i uint64) (common.Address, *uint256.Int, uint64) {
	b := m.bidBase(id, i)
	return m.s.address(fieldSlot(b, bfProvider)), m.s.u256(fieldSlot(b, bfPrice)), m.s.u64(fieldSlot(b, bfSeq))
}

// clearBids deletes the round's bids, so only open auctions hold bid state.
func (m market) clearBids(j jobRef, count uint32) {
	for i := uint64(0); i < uint64(count); i++ {
		b := m.bidBase(j.id, i)
		m.s.clear(m.bidIndexSlot(j.id, m.s.address(fieldSlot(b, bfProvider))))
		m.s.clear(fieldSlot(b, bfProvider))
		m.s.clear(fieldSlot(b, bfPrice))
		m.s.clear(fieldSlot(b, bfSeq))
	}
	m.s.clear(j.f(jfBidCount))
}

// ---- providers ----

func (m market) providerBase(p common.Address) common.Hash {
	return mapSlot(addrKey(p), slotN(jmProviders))
}

func (m market) provider(p common.Address) Provider {
	b := m.providerBase(p)
	pr := Provider{
		Stake:          m.s.u256(fieldSlot(b, pfStake)).ToBig(),
		WithdrawableAt: m.s.u64(fieldSlot(b, pfWithdrawableAt)),
		MaxMemoryBytes: m.s.u64(fieldSlot(b, pfMaxMemory)),
		NodeCount:      uint32(m.s.u64(fieldSlot(b, pfNodeCount))),
	}
	pr.Eligible = pr.WithdrawableAt == 0 && pr.Stake.Cmp(m.c.p.cfg.MinProviderStake) >= 0
	return pr
}

func (m market) eligible(p common.Address) bool { return m.provider(p).Eligible }

func (m market) modelSlot(p common.Address, model common.Hash) common.Hash {
	return mapSlot(model, mapSlot(addrKey(p), slotN(jmModelMemory)))
}

// meets reports whether provider p has a node that satisfies hw.
func (m market) meets(p common.Address, hw HwNeeds) bool {
	if hw.MinMemoryBytes == 0 && hw.GpuModel == ([32]byte{}) {
		return true
	}
	if hw.GpuModel == ([32]byte{}) {
		pr := m.provider(p)
		return pr.NodeCount > 0 && pr.MaxMemoryBytes >= hw.MinMemoryBytes
	}
	// modelMemory holds 1 + the largest memory of the model's nodes, 0
	// when the provider has none of that model.
	v := m.s.u256(m.modelSlot(p, hw.GpuModel))
	return !v.IsZero() && v.Uint64()-1 >= hw.MinMemoryBytes
}

func (m market) emitProvider(p common.Address) error {
	pr := m.provider(p)
	return m.emit("ProviderUpdated", p, pr.Stake, pr.WithdrawableAt, pr.Eligible)
}

// ---- queues ----

// queue is a FIFO of (job, round, time) in storage. Entries are appended in
// non-decreasing time order (block times never decrease and every entry adds
// the same window), so the due entries are always at the head: closing
// auctions and expiring executors costs only the entries that are due.
type queue struct {
	m                   market
	head, tail, entries uint64 // slots
}

func (m market) auctions() queue   { return queue{m, jmAuctionHead, jmAuctionTail, jmAuctionQueue} }
func (m market) executions() queue { return queue{m, jmExecHead, jmExecTail, jmExecQueue} }

func (q queue) entry(i uint64) common.Hash { return mapSlot(u64Key(i), slotN(q.entries)) }

func (q queue) push(id common.Hash, round uint32, t uint64) {
	s := q.m.s
	tail := s.u64(slotN(q.tail))
	e := q.entry(tail)
	s.setHash(fieldSlot(e, qfJobID), id)
	s.setU64(fieldSlot(e, qfRound), uint64(round))
	s.setU64(fieldSlot(e, qfTime), t)
	s.setU64(slotN(q.tail), tail+1)
}

// peek returns the head entry, if any.
func (q queue) peek() (id common.Hash, round uint32, t uint64, ok bool) {
	s := q.m.s
	head, tail := s.u64(slotN(q.head)), s.u64(slotN(q.tail))
	if head >= tail {
		return common.Hash{}, 0, 0, false
	}
	e := q.entry(head)
	return s.hash(fieldSlot(e, qfJobID)), uint32(s.u64(fieldSlot(e, qfRound))), s.u64(fieldSlot(e, qfTime)), true
}

// pop deletes the head entry.
func (q queue) pop() {
	s := q.m.s
	head := s.u64(slotN(q.head))
	e := q.entry(head)
	s.clear(fieldSlot(e, qfJobID))
	s.clear(fieldSlot(e, qfRound))
	s.clear(fieldSlot(e, qfTime))
	s.setU64(slotN(q.head), head+1)
}

// ---- block start ----

// blockStart closes every auction due at the block's time, then re-queues or
// refunds every assigned job whose executor's deadline is before
// prevOriginTime, the time of the previous block's L1 origin. Every L1 block
// up to that origin has been derived already, so a result posted on L1 by
// the deadline has been seen: no executor is timed out while its result is
// still on its way.
func (m market) blockStart(prevOriginTime uint64) error {
	q := m.auctions()
	for {
		id, round, ends, ok := q.peek()
		if !ok || ends > m.c.time {
			break
		}
		q.pop()
		j := m.job(id)
		rec := j.load()
		if rec.status != JobOpen || rec.round != round {
			continue // cancelled, or an entry of an older round
		}
		if err := m.closeAuction(j, rec); err != nil {
			return err
		}
	}
	q = m.executions()
	for {
		id, round, deadline, ok := q.peek()
		if !ok || deadline >= prevOriginTime {
			break
		}
		q.pop()
		j := m.job(id)
		rec := j.load()
		if rec.status != JobAssigned || rec.round != round {
			continue // result posted, or an older round
		}
		if err := m.requeueOrRefund(j, rec, ReasonDeadlineMissed); err != nil {
			return err
		}
	}
	return nil
}

// closeAuction assigns the job to the lowest bid of a provider still
// eligible (ties: lowest seq, the earliest bid), or re-opens/refunds it.
func (m market) closeAuction(j jobRef, rec *jobRecord) error {
	best := -1
	var bestProv common.Address
	var bestPrice *uint256.Int
	var bestSeq uint64
	for i := 0; i < int(rec.bidCount); i++ {
		p, price, seq := m.loadBid(j.id, uint64(i))
		if p == rec.previousExecutor || !m.eligible(p) {
			continue // unbonded or slashed below the minimum since bidding
		}
		if best < 0 || price.Lt(bestPrice) || (price.Eq(bestPrice) && seq < bestSeq) {
			best, bestProv, bestPrice, bestSeq = i, p, price, seq
		}
	}
	m.clearBids(j, rec.bidCount)
	if best < 0 {
		return m.requeueOrRefund(j, rec, ReasonNoBids)
	}
	deadline := addSat(rec.biddingEnds, m.c.p.cfg.ExecutionWindow)
	s := m.s
	j.setStatus(JobAssigned)
	s.setAddress(j.f(jfExecutor), bestProv)
	s.setU256(j.f(jfPrice), bestPrice)
	s.setU64(j.f(jfExecDeadline), deadline)
	m.executions().push(j.id, rec.round, deadline)
	return m.emit("JobAssigned", j.id, bestProv, bestPrice.ToBig(), rec.round, deadline)
}

// requeueOrRefund starts a new auction round if one more auction plus one
// execution window still fit before the job's deadline, else refunds the
// escrow to the submitter.
func (m market) requeueOrRefund(j jobRef, rec *jobRecord, reason Reason) error {
	s := m.s
	prev := rec.executor
	if reason != ReasonNoBids {
		s.setAddress(j.f(jfPreviousExecutor), prev)
	}
	s.clear(j.f(jfExecutor))
	s.clear(j.f(jfPrice))
	s.clear(j.f(jfExecDeadline))
	s.clear(j.f(jfResultID))
	s.clear(j.f(jfOutputRoot))
	cfg := &m.c.p.cfg
	if addSat(m.c.time, addSat(cfg.BiddingWindow, cfg.ExecutionWindow)) <= rec.deadline {
		round := rec.round + 1
		ends := m.c.time + cfg.BiddingWindow
		j.setStatus(JobOpen)
		s.setU64(j.f(jfRound), uint64(round))
		s.setU64(j.f(jfBiddingEnds), ends)
		m.auctions().push(j.id, round, ends)
		if err := m.emit("JobRequeued", j.id, prev, uint8(reason)); err != nil {
			return err
		}
		return m.emit("AuctionOpened", j.id, round, ends)
	}
	j.setStatus(JobRefunded)
	if err := m.c.pay(JobMarketAddress, rec.submitter, rec.maxPrice); err != nil {
		return err
	}
	return m.emit("JobRefunded", j.id, rec.submitter, rec.maxPrice.ToBig(), uint8(reason))
}

// ---- user methods ----

func (m market) submitJob(args []interface{}) ([]interface{}, error) {
	programRoot := common.Hash(args[0].([32]byte))
	inputRoot := common.Hash(args[1].([32]byte))
	maxPriceBig := args[2].(*big.Int)
	deadline := args[3].(uint64)
	var hw HwNeeds
	if err := convertTuple(args[4], &hw); err != nil {
		return nil, err
	}
	maxPrice, _ := uint256.FromBig(maxPriceBig) // a uint256 argument always fits
	if !m.c.value.Eq(maxPrice) {
		return nil, m.revert("WrongValue", maxPriceBig, m.c.value.ToBig())
	}
	if maxPrice.IsZero() {
		return nil, m.revert("ZeroMaxPrice")
	}
	cfg := &m.c.p.cfg
	earliest := addSat(m.c.time, addSat(cfg.BiddingWindow, cfg.ExecutionWindow))
	if deadline < earliest {
		return nil, m.revert("DeadlineTooSoon", deadline, earliest)
	}
	s := m.s
	n := s.u64(slotN(jmJobCount)) + 1
	s.setU64(slotN(jmJobCount), n)
	id := JobID(n)
	j := m.job(id)
	ends := m.c.time + cfg.BiddingWindow
	s.setAddress(j.f(jfSubmitter), m.c.sender)
	s.setHash(j.f(jfProgramRoot), programRoot)
	s.setHash(j.f(jfInputRoot), inputRoot)
	s.setU256(j.f(jfMaxPrice), maxPrice)
	s.setU64(j.f(jfDeadline), deadline)
	s.setU64(j.f(jfHwMinMemory), hw.MinMemoryBytes)
	s.setHash(j.f(jfHwGpuModel), hw.GpuModel)
	j.setStatus(JobOpen)
	s.setU64(j.f(jfRound), 1)
	s.setU64(j.f(jfSubmittedAt), m.c.time)
	s.setU64(j.f(jfBiddingEnds), ends)
	m.auctions().push(id, 1, ends)
	if err := m.emit("JobSubmitted", id, m.c.sender, programRoot, inputRoot, maxPriceBig, deadline, hw); err != nil {
		return nil, err
	}
	if err := m.emit("AuctionOpened", id, uint32(1), ends); err != nil {
		return nil, err
	}
	return []interface{}{[32]byte(id)}, nil
}

func (m market) bid(args []interface{}) ([]interface{}, error) {
	id := common.Hash(args[0].([32]byte))
	priceBig := args[1].(*big.Int)
	price, _ := uint256.FromBig(priceBig)
	j := m.job(id)
	rec := j.load()
	sender := m.c.sender
	switch {
	case rec.status == JobNone:
		return nil, m.revert("UnknownJob", [32]byte(id))
	case rec.status != JobOpen || m.c.time >= rec.biddingEnds:
		return nil, m.revert("WrongStatus", [32]byte(id), uint8(rec.status))
	case sender == rec.previousExecutor || !m.eligible(sender):
		return nil, m.revert("NotEligible", sender)
	case !m.meets(sender, rec.hw):
		return nil, m.revert("HardwareMismatch", sender)
	case price.Gt(rec.maxPrice):
		return nil, m.revert("PriceAboveMax", priceBig, rec.maxPrice.ToBig())
	}
	s := m.s
	seq := rec.bidSeq
	idxSlot := m.bidIndexSlot(id, sender)
	idx := s.u64(idxSlot)
	if idx == 0 {
		if rec.bidCount >= m.c.p.cfg.MaxBidsPerJob {
			return nil, m.revert("TooManyBids", [32]byte(id), new(big.Int).SetUint64(uint64(m.c.p.cfg.MaxBidsPerJob)))
		}
		idx = uint64(rec.bidCount) + 1
		s.setU64(idxSlot, idx)
		s.setAddress(fieldSlot(m.bidBase(id, idx-1), bfProvider), sender)
		s.setU64(j.f(jfBidCount), idx)
	}
	b := m.bidBase(id, idx-1)
	s.setU256(fieldSlot(b, bfPrice), price)
	s.setU64(fieldSlot(b, bfSeq), seq)
	s.setU64(j.f(jfBidSeq), seq+1)
	return nil, m.emit("BidPlaced", id, sender, priceBig, seq)
}

func (m market) cancel(args []interface{}) ([]interface{}, error) {
	id := common.Hash(args[0].([32]byte))
	j := m.job(id)
	rec := j.load()
	switch {
	case rec.status == JobNone:
		return nil, m.revert("UnknownJob", [32]byte(id))
	case m.c.sender != rec.submitter:
		return nil, m.revert("NotSubmitter", m.c.sender, rec.submitter)
	case rec.status != JobOpen:
		return nil, m.revert("WrongStatus", [32]byte(id), uint8(rec.status))
	}
	m.clearBids(j, rec.bidCount)
	j.setStatus(JobCancelled)
	if err := m.c.pay(JobMarketAddress, rec.submitter, rec.maxPrice); err != nil {
		return nil, err
	}
	return nil, m.emit("JobCancelled", id, rec.submitter, rec.maxPrice.ToBig())
}

// ---- views ----

func (m market) getJob(args []interface{}) ([]interface{}, error) {
	id := common.Hash(args[0].([32]byte))
	return []interface{}{m.jobView(id)}, nil
}

func (m market) jobView(id common.Hash) Job {
	rec := m.job(id).load()
	return Job{
		Id:                id,
		Submitter:         rec.submitter,
		ProgramRoot:       rec.programRoot,
		InputRoot:         rec.inputRoot,
		MaxPrice:          rec.maxPrice.ToBig(),
		Deadline:          rec.deadline,
		HwNeeds:           rec.hw,
		Status:            uint8(rec.status),
		Round:             rec.round,
		SubmittedAt:       rec.submittedAt,
		BiddingEnds:       rec.biddingEnds,
		BidCount:          rec.bidCount,
		Executor:          rec.executor,
		Price:             rec.price.ToBig(),
		ExecutionDeadline: rec.execDeadline,
		ResultId:          rec.resultID.ToBig(),
		OutputRoot:        rec.outputRoot,
		PreviousExecutor:  rec.previousExecutor,
	}
}

func (m market) bids(args []interface{}) ([]interface{}, error) {
	id := common.Hash(args[0].([32]byte))
	n := m.job(id).load().bidCount
	out := make([]Bid, n)
	for i := range out {
		p, price, seq := m.loadBid(id, uint64(i))
		out[i] = Bid{Provider: p, Price: price.ToBig(), Seq: seq}
	}
	return []interface{}{out}, nil
}

func (m market) providerView(args []interface{}) ([]interface{}, error) {
	return []interface{}{m.provider(args[0].(common.Address))}, nil
}

func (m market) meetsNeeds(args []interface{}) ([]interface{}, error) {
	var hw HwNeeds
	if err := convertTuple(args[1], &hw); err != nil {
		return nil, err
	}
	return []interface{}{m.meets(args[0].(common.Address), hw)}, nil
}

func (m market) jobCount([]interface{}) ([]interface{}, error) {
	return []interface{}{new(big.Int).SetUint64(m.s.u64(slotN(jmJobCount)))}, nil
}

func (m market) params([]interface{}) ([]interface{}, error) {
	cfg := &m.c.p.cfg
	return []interface{}{MarketParams{
		BiddingWindow:    cfg.BiddingWindow,
		ExecutionWindow:  cfg.ExecutionWindow,
		MinProviderStake: new(big.Int).Set(cfg.MinProviderStake),
		FeeBps:           cfg.JobFeeBps,
		MaxBidsPerJob:    cfg.MaxBidsPerJob,
		FeeVault:         cfg.FeeVault,
	}}, nil
}

// ---- system methods (derived from L1 events) ----

func (m market) ignore(id common.Hash, resultID *big.Int, executor common.Address, why IgnoreReason) ([]interface{}, error) {
	return nil, m.emit("ResultIgnored", id, resultID, executor, uint8(why))
}

// resultPosted accepts the assigned executor's result for the job's program
// and input, posted on L1 by its execution deadline; anything else is
// ignored (logged), since anyone can post anything to the ResultRegistry.
func (m market) resultPosted(args []interface{}) ([]interface{}, error) {
	l1Time := args[0].(uint64)
	resultID := args[1].(*big.Int)
	id := common.Hash(args[2].([32]byte))
	executor := args[3].(common.Address)
	programRoot := common.Hash(args[4].([32]byte))
	inputRoot := common.Hash(args[5].([32]byte))
	outputRoot := common.Hash(args[6].([32]byte))
	j := m.job(id)
	rec := j.load()
	switch {
	case rec.status == JobNone:
		return m.ignore(id, resultID, executor, IgnoreUnknownJob)
	case rec.status != JobAssigned:
		return m.ignore(id, resultID, executor, IgnoreNotAssigned)
	case executor != rec.executor:
		return m.ignore(id, resultID, executor, IgnoreWrongExecutor)
	case programRoot != rec.programRoot || inputRoot != rec.inputRoot:
		return m.ignore(id, resultID, executor, IgnoreRootsMismatch)
	case l1Time > rec.execDeadline:
		return m.ignore(id, resultID, executor, IgnorePostedLate)
	}
	rid, _ := uint256.FromBig(resultID)
	j.setStatus(JobPosted)
	m.s.setU256(j.f(jfResultID), rid)
	m.s.setHash(j.f(jfOutputRoot), outputRoot)
	return nil, m.emit("ResultAccepted", id, resultID, executor, outputRoot)
}

// acceptedResult loads the job whose accepted result is resultID, or says
// why the event does not apply.
func (m market) acceptedResult(resultID *big.Int, id common.Hash, executor common.Address) (jobRef, *jobRecord, IgnoreReason) {
	j := m.job(id)
	rec := j.load()
	switch {
	case rec.status == JobNone:
		return j, rec, IgnoreUnknownJob
	case rec.status != JobPosted || rec.resultID.ToBig().Cmp(resultID) != 0:
		return j, rec, IgnoreUnknownResult
	case executor != rec.executor:
		return j, rec, IgnoreWrongExecutor
	}
	return j, rec, IgnoreNone
}

// resultFinalized pays the executor price - fee, the fee vault the fee and
// the submitter maxPrice - price, all from the job's escrow.
func (m market) resultFinalized(args []interface{}) ([]interface{}, error) {
	resultID := args[0].(*big.Int)
	id := common.Hash(args[1].([32]byte))
	executor := args[2].(common.Address)
	j, rec, why := m.acceptedResult(resultID, id, executor)
	if why != IgnoreNone {
		return m.ignore(id, resultID, executor, why)
	}
	cfg := &m.c.p.cfg
	fee, _ := new(uint256.Int).MulDivOverflow(rec.price, uint256.NewInt(uint64(cfg.JobFeeBps)), uint256.NewInt(10_000))
	paid := new(uint256.Int).Sub(rec.price, fee)
	refund := new(uint256.Int).Sub(rec.maxPrice, rec.price)
	j.setStatus(JobCompleted)
	for _, t := range []struct {
		to  common.Address
		amt *uint256.Int
	}{{rec.executor, paid}, {cfg.FeeVault, fee}, {rec.submitter, refund}} {
		if err := m.c.pay(JobMarketAddress, t.to, t.amt); err != nil {
			return nil, err
		}
	}
	return nil, m.emit("JobCompleted", id, rec.executor, resultID, paid.ToBig(), fee.ToBig(), refund.ToBig())
}

// resultRejected re-queues (or refunds) a job whose accepted result lost on
// L1; the executor was slashed there.
func (m market) resultRejected(args []interface{}) ([]interface{}, error) {
	resultID := args[0].(*big.Int)
	id := common.Hash(args[1].([32]byte))
	executor := args[2].(common.Address)
	j, rec, why := m.acceptedResult(resultID, id, executor)
	if why != IgnoreNone {
		return m.ignore(id, resultID, executor, why)
	}
	return nil, m.requeueOrRefund(j, rec, ReasonResultRejected)
}

func (m market) providerBonded(args []interface{}) ([]interface{}, error) {
	p := args[0].(common.Address)
	stake, _ := uint256.FromBig(args[1].(*big.Int))
	b := m.providerBase(p)
	m.s.setU256(fieldSlot(b, pfStake), stake)
	m.s.clear(fieldSlot(b, pfWithdrawableAt)) // L1 refuses bonds while unbonding
	return nil, m.emitProvider(p)
}

func (m market) providerUnbonding(args []interface{}) ([]interface{}, error) {
	p := args[0].(common.Address)
	at := args[1].(*big.Int)
	// Non-zero marks "unbonding", whatever time L1 reported.
	w := ^uint64(0)
	if at.IsUint64() {
		w = max(at.Uint64(), 1)
	}
	m.s.setU64(fieldSlot(m.providerBase(p), pfWithdrawableAt), w)
	return nil, m.emitProvider(p)
}

func (m market) providerSlashed(args []interface{}) ([]interface{}, error) {
	p := args[0].(common.Address)
	slashed, _ := uint256.FromBig(args[1].(*big.Int))
	k := fieldSlot(m.providerBase(p), pfStake)
	stake := m.s.u256(k)
	if slashed.Gt(stake) {
		stake.Clear()
	} else {
		stake.Sub(stake, slashed)
	}
	m.s.setU256(k, stake)
	return nil, m.emitProvider(p)
}

func (m market) nodeRegistered(args []interface{}) ([]interface{}, error) {
	nodeID := args[0].(*big.Int)
	p := args[1].(common.Address)
	model := common.Hash(args[2].([32]byte))
	mem := args[3].(uint64)
	s := m.s
	b := m.providerBase(p)
	s.setU64(fieldSlot(b, pfNodeCount), s.u64(fieldSlot(b, pfNodeCount))+1)
	if mem > s.u64(fieldSlot(b, pfMaxMemory)) {
		s.setU64(fieldSlot(b, pfMaxMemory), mem)
	}
	k := m.modelSlot(p, model)
	if v := s.u256(k); v.IsZero() || mem > v.Uint64()-1 {
		s.setU256(k, new(uint256.Int).AddUint64(uint256.NewInt(mem), 1)) // 1 + memory: 0 means none
	}
	return nil, m.emit("NodeRegistered", nodeID, p, model, mem)
}

// newJobMarket builds the JobMarket module's method table.
func newJobMarket() (*module, error) {
	mod := newModule(JobMarketAddress, JobMarketABI())
	type fn = func(market, []interface{}) ([]interface{}, error)
	wrap := func(f fn) func(*callCtx, []interface{}) ([]interface{}, error) {
		return func(c *callCtx, args []interface{}) ([]interface{}, error) { return f(c.market(), args) }
	}
	for _, r := range []struct {
		name string
		kind methodKind
		gas  uint64
		f    fn
	}{
		{"submitJob", kindUser, SubmitJobMethodGas, market.submitJob},
		{"bid", kindUser, BidMethodGas, market.bid},
		{"cancel", kindUser, CancelMethodGas, market.cancel},
		{"getJob", kindView, ViewMethodGas, market.getJob},
		{"bids", kindView, ViewMethodGas, market.bids},
		{"provider", kindView, ViewMethodGas, market.providerView},
		{"meetsNeeds", kindView, ViewMethodGas, market.meetsNeeds},
		{"jobCount", kindView, ViewMethodGas, market.jobCount},
		{"params", kindView, ViewMethodGas, market.params},
		{"resultPosted", kindSystem, 0, market.resultPosted},
		{"resultFinalized", kindSystem, 0, market.resultFinalized},
		{"resultRejected", kindSystem, 0, market.resultRejected},
		{"providerBonded", kindSystem, 0, market.providerBonded},
		{"providerUnbonding", kindSystem, 0, market.providerUnbonding},
		{"providerSlashed", kindSystem, 0, market.providerSlashed},
		{"nodeRegistered", kindSystem, 0, market.nodeRegistered},
	} {
		if err := mod.add(r.name, r.kind, r.gas, wrap(r.f)); err != nil {
			return nil, err
		}
	}
	return mod, nil
}
