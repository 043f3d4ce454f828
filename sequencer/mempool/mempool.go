package mempool

import (
	"container/heap"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/crux-rollup/crux/sequencer/l2"
)

// Rejections specific to the pool. The texts follow go-ethereum's txpool, so
// wallets that match on them behave as with geth.
var (
	ErrAlreadyKnown       = errors.New("already known")
	ErrReplaceUnderpriced = errors.New("replacement transaction underpriced")
	ErrPoolFull           = errors.New("txpool is full")
	ErrSenderFull         = errors.New("too many pending transactions from sender")
	// ErrNonceGap is a nonce too far beyond the sender's next one; it wraps
	// l2.ErrNonceTooHigh.
	ErrNonceGap = fmt.Errorf("%w: gap beyond the pool's limit", l2.ErrNonceTooHigh)
	// ErrTipTooLow is a priority fee below the pool's minimum; it wraps
	// l2.ErrUnderpriced.
	ErrTipTooLow = fmt.Errorf("%w: priority fee below the pool's minimum", l2.ErrUnderpriced)
)

// Config bounds the pool.
type Config struct {
	// MaxTxs is the most transactions the pool holds.
	MaxTxs int
	// MaxPerSender is the most transactions one sender may have pooled.
	MaxPerSender int
	// MaxNonceGap is how far beyond the sender's next executable nonce a
	// transaction may be queued: nonce <= next + MaxNonceGap.
	MaxNonceGap uint64
	// PriceBump is the percentage by which a replacement must raise both the
	// fee cap and the tip cap.
	PriceBump uint64
	// MinTip is the lowest accepted effective priority fee per gas (wei).
	MinTip *big.Int
}

// DefaultConfig is the default bounds.
func DefaultConfig() Config {
	return Config{MaxTxs: 100_000, MaxPerSender: 1024, MaxNonceGap: 64, PriceBump: 10, MinTip: new(big.Int)}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MaxTxs <= 0 {
		c.MaxTxs = d.MaxTxs
	}
	if c.MaxPerSender <= 0 {
		c.MaxPerSender = d.MaxPerSender
	}
	if c.MaxNonceGap == 0 {
		c.MaxNonceGap = d.MaxNonceGap
	}
	if c.PriceBump == 0 {
		c.PriceBump = d.PriceBump
	}
	if c.MinTip == nil {
		c.MinTip = d.MinTip
	}
	return c
}

// Removed is a transaction the pool let go: its hash and whether it had
// been marked durable.
type Removed struct {
	Hash    common.Hash
	Durable bool
}

type entry struct {
	tx      *types.Transaction
	hash    common.Hash
	sender  common.Address
	tip     *big.Int    // effective tip at the base fee
	cost    uint256.Int // gas * feeCap + value: what the balance check reserves
	seq     uint64      // arrival order: ties in tip go first come, first served
	durable bool
}

// account is one sender's pooled transactions, sorted by nonce.
type account struct {
	txs []*entry
}

func (a *account) find(nonce uint64) (int, bool) {
	return slices.BinarySearchFunc(a.txs, nonce, func(e *entry, n uint64) int {
		switch {
		case e.tx.Nonce() < n:
			return -1
		case e.tx.Nonce() > n:
			return 1
		}
		return 0
	})
}

// Pool is the transaction pool. It is safe for concurrent use.
type Pool struct {
	proc    *l2.Processor
	cfg     Config
	baseFee *big.Int

	mu      sync.Mutex
	state   l2.StateReader // head state, read only under mu
	all     map[common.Hash]*entry
	senders map[common.Address]*account
	seq     uint64
}

// New returns an empty pool validating against head, the head state. The
// pool reads head only while holding its lock; head must not be used
// elsewhere concurrently.
func New(proc *l2.Processor, cfg Config, head l2.StateReader) *Pool {
	return &Pool{
		proc: proc, cfg: cfg.withDefaults(), baseFee: proc.BaseFee(), state: head,
		all: make(map[common.Hash]*entry), senders: make(map[common.Address]*account),
	}
}

// Config returns the pool's bounds.
func (p *Pool) Config() Config { c := p.cfg; c.MinTip = new(big.Int).Set(c.MinTip); return c }

// view is the state a new transaction is validated against: the head state
// with the sender's pooled transactions before it applied (nonce and
// reserved funds), so that queued nonces validate as if executable.
type view struct {
	p     *Pool
	nonce uint64 // the new transaction's nonce
	limit uint64 // the highest nonce the sender may queue, set by GetNonce
}

// GetNonce returns the tx's own nonce when it is within the allowed window
// (so ValidateTx accepts it as next), else the state nonce (so ValidateTx
// reports too low or too high).
func (v *view) GetNonce(addr common.Address) uint64 {
	n := v.p.state.GetNonce(addr)
	next := n
	if a := v.p.senders[addr]; a != nil {
		for _, e := range a.txs {
			if e.tx.Nonce() == next {
				next++
			} else if e.tx.Nonce() > next {
				break
			}
		}
	}
	v.limit = next + v.p.cfg.MaxNonceGap
	if v.limit < next {
		v.limit = ^uint64(0)
	}
	if v.nonce >= n && v.nonce <= v.limit {
		return v.nonce
	}
	return n
}

// GetBalance returns the head balance less what the sender's pooled
// transactions with lower nonces reserve.
func (v *view) GetBalance(addr common.Address) *uint256.Int {
	bal := new(uint256.Int).Set(v.p.state.GetBalance(addr))
	if a := v.p.senders[addr]; a != nil {
		for _, e := range a.txs {
			if e.tx.Nonce() >= v.nonce {
				break
			}
			if bal.Lt(&e.cost) {
				return new(uint256.Int)
			}
			bal.Sub(bal, &e.cost)
		}
	}
	return bal
}

// Add validates tx and pools it, not yet durable. It returns the
// transactions it displaced (a replaced one, or ones evicted for room). The
// sender is recovered and cached in tx.
func (p *Pool) Add(tx *types.Transaction) ([]Removed, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	hash := tx.Hash()
	if _, ok := p.all[hash]; ok {
		return nil, fmt.Errorf("%w: %s", ErrAlreadyKnown, hash)
	}
	v := &view{p: p, nonce: tx.Nonce()}
	if err := p.proc.ValidateTx(v, tx); err != nil {
		if errors.Is(err, l2.ErrNonceTooHigh) {
			return nil, fmt.Errorf("%w: nonce %d, the sender may queue up to %d: %v", ErrNonceGap, tx.Nonce(), v.limit, err)
		}
		return nil, err
	}
	sender, err := types.Sender(p.proc.Signer(), tx) // cached by ValidateTx
	if err != nil {
		return nil, fmt.Errorf("%w: %v", l2.ErrInvalidSig, err)
	}
	tip := effectiveTip(tx, p.baseFee)
	if tip.Cmp(p.cfg.MinTip) < 0 {
		return nil, fmt.Errorf("%w: %s < %s", ErrTipTooLow, tip, p.cfg.MinTip)
	}
	e := &entry{tx: tx, hash: hash, sender: sender, tip: tip}
	gas := new(uint256.Int).SetUint64(tx.Gas())
	feeCap, _ := uint256.FromBig(tx.GasFeeCap()) // range checked by ValidateTx
	value, _ := uint256.FromBig(tx.Value())
	e.cost.Mul(gas, feeCap)
	e.cost.Add(&e.cost, value)

	a := p.senders[sender]
	if a == nil {
		a = &account{}
	}
	i, found := a.find(tx.Nonce())
	var removed []Removed
	if found {
		old := a.txs[i]
		if !bumped(old.tx.GasFeeCap(), tx.GasFeeCap(), p.cfg.PriceBump) || !bumped(old.tx.GasTipCap(), tx.GasTipCap(), p.cfg.PriceBump) {
			return nil, fmt.Errorf("%w: nonce %d needs fee cap and tip %d%% above %s/%s", ErrReplaceUnderpriced, tx.Nonce(), p.cfg.PriceBump, old.tx.GasFeeCap(), old.tx.GasTipCap())
		}
		delete(p.all, old.hash)
		removed = append(removed, Removed{old.hash, old.durable})
		p.seq++
		e.seq = p.seq
		a.txs[i] = e
		p.all[hash] = e
		p.senders[sender] = a
		return removed, nil
	}
	if len(a.txs) >= p.cfg.MaxPerSender {
		return nil, fmt.Errorf("%w: %s has %d", ErrSenderFull, sender, len(a.txs))
	}
	if len(p.all) >= p.cfg.MaxTxs {
		victim := p.victim(tip)
		if victim == nil {
			return nil, fmt.Errorf("%w: %d transactions, none with a tip below %s", ErrPoolFull, len(p.all), tip)
		}
		removed = append(removed, p.removeLocked(victim))
		if victim.sender == sender {
			i, _ = a.find(tx.Nonce())
		}
	}
	p.seq++
	e.seq = p.seq
	a.txs = slices.Insert(a.txs, i, e)
	p.all[hash] = e
	p.senders[sender] = a
	return removed, nil
}

// bumped reports whether new >= old * (100 + pct) / 100.
func bumped(old, next *big.Int, pct uint64) bool {
	need := new(big.Int).Mul(old, new(big.Int).SetUint64(100+pct))
	have := new(big.Int).Mul(next, big.NewInt(100))
	return have.Cmp(need) >= 0
}

// victim picks the transaction to evict for one paying tip: the last
// (highest nonce) transaction of a sender, lowest tip first, latest arrival
// on ties, so that eviction never opens a nonce gap. Nil if every candidate
// pays at least tip.
func (p *Pool) victim(tip *big.Int) *entry {
	var best *entry
	for _, a := range p.senders {
		if len(a.txs) == 0 {
			continue
		}
		last := a.txs[len(a.txs)-1]
		if best == nil || last.tip.Cmp(best.tip) < 0 || (last.tip.Cmp(best.tip) == 0 && last.seq > best.seq) {
			best = last
		}
	}
	if best == nil || best.tip.Cmp(tip) >= 0 {
		return nil
	}
	return best
}

func (p *Pool) removeLocked(e *entry) Removed {
	delete(p.all, e.hash)
	if a := p.senders[e.sender]; a != nil {
		if i, ok := a.find(e.tx.Nonce()); ok && a.txs[i] == e {
			a.txs = slices.Delete(a.txs, i, i+1)
		}
		if len(a.txs) == 0 {
			delete(p.senders, e.sender)
		}
	}
	return Removed{e.hash, e.durable}
}

// MarkDurable marks a pooled transaction as safely logged, which makes it
// eligible for blocks. It returns false if the pool no longer holds it (it
// was replaced or evicted meanwhile, before it was durable).
func (p *Pool) MarkDurable(hash common.Hash) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	e, ok := p.all[hash]
	if ok {
		e.durable = true
	}
	return ok
}

// Remove drops transactions (for instance ones the block builder found
// invalid) and returns those it held.
func (p *Pool) Remove(hashes ...common.Hash) []Removed {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []Removed
	for _, h := range hashes {
		if e, ok := p.all[h]; ok {
			out = append(out, p.removeLocked(e))
		}
	}
	return out
}

// Reset moves the pool to a new head state after a block: the included
// transactions leave, and so does every transaction of their senders whose
// nonce the new state has passed. It returns what left.
func (p *Pool) Reset(head l2.StateReader, included types.Transactions) []Removed {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.state = head
	var out []Removed
	touched := make(map[common.Address]bool)
	for _, tx := range included {
		if e, ok := p.all[tx.Hash()]; ok {
			out = append(out, p.removeLocked(e))
		}
		if from, err := types.Sender(p.proc.Signer(), tx); err == nil {
			touched[from] = true
		}
	}
	for s := range touched {
		a := p.senders[s]
		if a == nil {
			continue
		}
		n := head.GetNonce(s)
		for len(a.txs) > 0 && a.txs[0].tx.Nonce() < n {
			out = append(out, p.removeLocked(a.txs[0]))
			if p.senders[s] == nil {
				break
			}
		}
	}
	return out
}

// Get returns a pooled transaction.
func (p *Pool) Get(hash common.Hash) *types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	if e, ok := p.all[hash]; ok {
		return e.tx
	}
	return nil
}

// Len is the number of pooled transactions.
func (p *Pool) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.all)
}

// PendingNonce is the nonce after the sender's executable pooled
// transactions: what eth_getTransactionCount returns for "pending".
func (p *Pool) PendingNonce(addr common.Address) uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	next := p.state.GetNonce(addr)
	if a := p.senders[addr]; a != nil {
		for _, e := range a.txs {
			if e.tx.Nonce() == next {
				next++
			} else if e.tx.Nonce() > next {
				break
			}
		}
	}
	return next
}

// Executable returns up to max durable transactions that can go into the
// next block in order: per sender consecutive nonces from the head state's,
// across senders the highest tip first (arrival order on ties).
func (p *Pool) Executable(max int) types.Transactions {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := make(byTip, 0, len(p.senders))
	for s, a := range p.senders {
		n := p.state.GetNonce(s)
		i := 0
		for i < len(a.txs) && a.txs[i].tx.Nonce() < n {
			i++ // stale: Reset drops these
		}
		if i == len(a.txs) || !a.txs[i].durable || a.txs[i].tx.Nonce() != n {
			continue
		}
		h = append(h, cursor{a: a, i: i})
	}
	heap.Init(&h)
	var out types.Transactions
	for len(h) > 0 && len(out) < max {
		c := &h[0]
		e := c.a.txs[c.i]
		out = append(out, e.tx)
		c.i++
		if c.i < len(c.a.txs) && c.a.txs[c.i].durable && c.a.txs[c.i].tx.Nonce() == e.tx.Nonce()+1 {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	return out
}

// cursor walks one sender's executable transactions.
type cursor struct {
	a *account
	i int
}

type byTip []cursor

func (h byTip) Len() int { return len(h) }
func (h byTip) Less(i, j int) bool {
	a, b := h[i].a.txs[h[i].i], h[j].a.txs[h[j].i]
	if c := a.tip.Cmp(b.tip); c != 0 {
		return c > 0
	}
	return a.seq < b.seq
}
func (h byTip) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *byTip) Push(x any)   { *h = append(*h, x.(cursor)) }
func (h *byTip) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// effectiveTip is min(tipCap, feeCap - baseFee); never negative for a tx
// that passed ValidateTx.
func effectiveTip(tx *types.Transaction, baseFee *big.Int) *big.Int {
	tip := tx.GasTipCap()
	if room := new(big.Int).Sub(tx.GasFeeCap(), baseFee); room.Cmp(tip) < 0 {
		tip = room
	}
	if tip.Sign() < 0 {
		tip.SetInt64(0)
	}
	return tip
}
