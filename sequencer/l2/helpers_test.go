package l2

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Test fixtures: a chain on an in-memory database with a fake L1 that mines
// a block (with the logs a test gives) whenever L2 time advances.

var (
	testPortal   = common.HexToAddress("0x1000000000000000000000000000000000000001")
	testResults  = common.HexToAddress("0x1000000000000000000000000000000000000002")
	testRegistry = common.HexToAddress("0x1000000000000000000000000000000000000003")
	testCoinbase = common.HexToAddress("0x00000000000000000000000000000000C0FFEE01")
)

const (
	genesisTime = 1_700_000_000
	ether       = 1_000_000_000_000_000_000
)

func credits(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(ether)) }

func testConfig() Config {
	cfg := DefaultConfig(L1Contracts{Portal: testPortal, ResultRegistry: testResults, ProviderRegistry: testRegistry})
	cfg.MinProviderStake = credits(1)
	return cfg
}

// key returns a deterministic private key for a name.
func key(t testing.TB, name string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("crux test key " + name)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

type chain struct {
	t       testing.TB
	p       *Processor
	store   *StateStore
	st      *state.StateDB
	head    *types.Header
	blocks  []*types.Block
	genesis *types.Block
	g       Genesis
	origin  L1Origin
	keys    map[string]*ecdsa.PrivateKey
	nonces  map[common.Address]uint64
}

func l1Hash(n uint64) [32]byte {
	return crypto.Keccak256Hash([]byte("l1 block"), new(big.Int).SetUint64(n).Bytes())
}

// newChain starts a chain whose named accounts hold 1000 credits each.
func newChain(t testing.TB, cfg Config, names ...string) *chain {
	t.Helper()
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c := &chain{t: t, p: p, store: NewStateStore(rawdb.NewMemoryDatabase()), keys: map[string]*ecdsa.PrivateKey{}, nonces: map[common.Address]uint64{}}
	c.origin = L1Origin{Number: 100, Hash: l1Hash(100), Time: genesisTime - 12}
	c.g = Genesis{Time: genesisTime, L1Origin: c.origin, Alloc: map[common.Address]*big.Int{}}
	for _, n := range names {
		k := key(t, n)
		c.keys[n] = k
		c.g.Alloc[addrOf(k)] = credits(1000)
	}
	st, err := c.store.Open(types.EmptyRootHash)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := p.Genesis(st, c.g)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.store.Commit(st, 0); err != nil {
		t.Fatal(err)
	}
	c.genesis, c.head = gb, gb.Header()
	c.reopen()
	return c
}

func (c *chain) reopen() {
	st, err := c.store.Open(c.head.Root)
	if err != nil {
		c.t.Fatal(err)
	}
	c.st = st
}

func (c *chain) addr(name string) common.Address { return addrOf(c.keys[name]) }

func (c *chain) balance(a common.Address) *big.Int { return c.st.GetBalance(a).ToBig() }

// nextOrigin mines the L1 block the next L2 block at time t derives from.
func (c *chain) nextOrigin(t uint64) L1Origin {
	if t <= c.origin.Time {
		return c.origin
	}
	n := c.origin.Number + 1
	return L1Origin{Number: n, Hash: l1Hash(n), Time: t}
}

// step builds the next block dt seconds after the head; when logs are given
// (or time advances) a new L1 block holding them becomes the origin. It
// returns the block, receipts and the AddTx error of each user tx (nil for
// those included).
func (c *chain) step(dt uint64, logs []types.Log, txs ...*types.Transaction) (*types.Block, types.Receipts, []error) {
	c.t.Helper()
	t := c.head.Time + dt
	origin := c.nextOrigin(t)
	if len(logs) > 0 && origin.Number == c.origin.Number {
		c.t.Fatal("L1 logs need a new L1 block: advance time")
	}
	b, err := c.p.NewBuilder(c.st, c.head, BlockEnv{Time: t, Coinbase: testCoinbase, L1Origin: origin})
	if err != nil {
		c.t.Fatal(err)
	}
	if origin.Number != c.origin.Number {
		for i := range logs {
			logs[i].BlockNumber, logs[i].BlockHash, logs[i].Index = origin.Number, origin.Hash, uint(i)
		}
		sys, err := c.p.DeriveSystemTxs(origin, logs)
		if err != nil {
			c.t.Fatal(err)
		}
		for _, tx := range sys {
			if _, err := b.AddTx(tx); err != nil {
				c.t.Fatal(err)
			}
		}
	}
	errs := make([]error, len(txs))
	for i, tx := range txs {
		_, errs[i] = b.AddTx(tx)
	}
	block, receipts := b.Finish()
	if _, err := c.store.Commit(c.st, block.NumberU64()); err != nil {
		c.t.Fatal(err)
	}
	c.origin = origin
	c.head = block.Header()
	c.blocks = append(c.blocks, block)
	c.reopen()
	return block, receipts, errs
}

// mustStep is step where every user tx must be included.
func (c *chain) mustStep(dt uint64, logs []types.Log, txs ...*types.Transaction) (*types.Block, types.Receipts) {
	c.t.Helper()
	b, r, errs := c.step(dt, logs, txs...)
	for i, err := range errs {
		if err != nil {
			c.t.Fatalf("tx %d: %v", i, err)
		}
	}
	return b, r
}

// tx signs an EIP-1559 transaction from name with the next nonce, a 1 gwei
// tip and the schedule's gas.
func (c *chain) tx(name string, to common.Address, value *big.Int, data []byte) *types.Transaction {
	c.t.Helper()
	k := c.keys[name]
	from := addrOf(k)
	gas, err := c.p.GasFor(&to, data)
	if err != nil {
		c.t.Fatal(err)
	}
	if value == nil {
		value = new(big.Int)
	}
	tx := types.MustSignNewTx(k, c.p.Signer(), &types.DynamicFeeTx{
		ChainID: c.p.ChainID(), Nonce: c.nonces[from], GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e9),
		Gas: gas, To: &to, Value: value, Data: data,
	})
	c.nonces[from]++
	return tx
}

func (c *chain) jm(name, method string, value *big.Int, args ...interface{}) *types.Transaction {
	c.t.Helper()
	data, err := JobMarketABI().Pack(method, args...)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.tx(name, JobMarketAddress, value, data)
}

func (c *chain) br(name, method string, value *big.Int, args ...interface{}) *types.Transaction {
	c.t.Helper()
	data, err := BridgeABI().Pack(method, args...)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.tx(name, BridgeAddress, value, data)
}

// call runs a view on the head state and unpacks its single result.
func (c *chain) call(to common.Address, a interface {
	Pack(string, ...interface{}) ([]byte, error)
}, method string, out interface{}, args ...interface{}) {
	c.t.Helper()
	data, err := a.Pack(method, args...)
	if err != nil {
		c.t.Fatal(err)
	}
	ret, err := c.p.Call(c.st, c.head, Message{To: &to, Data: data})
	if err != nil {
		c.t.Fatalf("call %s: %v", method, err)
	}
	var ab = JobMarketABI()
	if to == BridgeAddress {
		ab = BridgeABI()
	}
	vals, err := ab.Methods[method].Outputs.Unpack(ret)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := convertTuple(vals[0], out); err != nil {
		c.t.Fatal(err)
	}
}

func (c *chain) job(id common.Hash) Job {
	var j Job
	c.call(JobMarketAddress, JobMarketABI(), "getJob", &j, [32]byte(id))
	return j
}

// ---- fake L1 logs ----

func l1Log(t testing.TB, src common.Address, name string, args ...interface{}) types.Log {
	t.Helper()
	a, err := L1EventsABI()
	if err != nil {
		t.Fatal(err)
	}
	l, err := encodeLog(a, src, name, args...)
	if err != nil {
		t.Fatal(err)
	}
	return *l
}

func logBonded(t testing.TB, p common.Address, stake *big.Int) types.Log {
	return l1Log(t, testRegistry, "Bonded", p, stake, stake)
}

func logUnbond(t testing.TB, p common.Address, at uint64) types.Log {
	return l1Log(t, testRegistry, "UnbondRequested", p, new(big.Int).SetUint64(at))
}

func logSlashed(t testing.TB, p common.Address, amount *big.Int) types.Log {
	return l1Log(t, testRegistry, "Slashed", p, amount, amount)
}

func logNode(t testing.TB, id int64, p common.Address, model string, mem uint64) types.Log {
	return l1Log(t, testRegistry, "NodeRegistered", big.NewInt(id), p, model, mem, "GPU-uuid")
}

func logDeposit(t testing.TB, id int64, from, to common.Address, amount *big.Int) types.Log {
	return l1Log(t, testPortal, "DepositInitiated", big.NewInt(id), from, to, amount)
}

func logPosted(t testing.TB, resultID int64, job common.Hash, exec common.Address, programRoot, inputRoot, outputRoot common.Hash) types.Log {
	return l1Log(t, testResults, "ResultPosted", big.NewInt(resultID), [32]byte(job), exec,
		[32]byte(programRoot), [32]byte(inputRoot), [32]byte(outputRoot), [32]byte{0xfe}, uint64(10), uint64(0))
}

func logFinalized(t testing.TB, resultID int64, job common.Hash, exec common.Address) types.Log {
	return l1Log(t, testResults, "ResultFinalized", big.NewInt(resultID), [32]byte(job), exec)
}

func logRejected(t testing.TB, resultID int64, job common.Hash, exec common.Address) types.Log {
	return l1Log(t, testResults, "ResultRejected", big.NewInt(resultID), [32]byte(job), exec)
}

// eventNames lists the names of the events in logs, in order.
func eventNames(logs []*types.Log) []string {
	var out []string
	for _, l := range logs {
		ab := JobMarketABI()
		if l.Address == BridgeAddress {
			ab = BridgeABI()
		}
		if ev, err := ab.EventByID(l.Topics[0]); err == nil {
			out = append(out, ev.Name)
		} else {
			out = append(out, "?")
		}
	}
	return out
}

func allLogs(rs types.Receipts) []*types.Log {
	var out []*types.Log
	for _, r := range rs {
		out = append(out, r.Logs...)
	}
	return out
}
