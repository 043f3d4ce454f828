package l2

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// System transactions (docs/l2.md section 4) are op-geth deposit transactions
// (type 0x7E) from SystemAddress with Gas 0, Value 0 and
// IsSystemTransaction set, calling a system method of a module. They pay no
// fee and always succeed. A block holds, in order:
//
//  1. the block-start transaction, Bridge.blockStart(origin), derived from
//     the header (source hash BlockStartSourceHash(number));
//  2. one transaction per L1 event of the L1 blocks after the previous
//     block's origin up to this block's origin, in (L1 block, log index)
//     order (source hash L1SourceHash(L1 block hash, log index));
//  3. user transactions.

// L1 events the L2 derives (the emitting contract in brackets). The
// ResultRegistry and ProviderRegistry events are those of
// l1contracts/src/interfaces; the Portal must emit DepositInitiated exactly
// as declared here.
const l1EventsJSON = `[
{"type":"event","name":"DepositInitiated","anonymous":false,"inputs":[
 {"name":"depositId","type":"uint256","indexed":true},{"name":"from","type":"address","indexed":true},
 {"name":"to","type":"address","indexed":true},{"name":"amount","type":"uint256","indexed":false}]},
{"type":"event","name":"ResultPosted","anonymous":false,"inputs":[
 {"name":"resultId","type":"uint256","indexed":true},{"name":"jobId","type":"bytes32","indexed":true},
 {"name":"executor","type":"address","indexed":true},{"name":"programRoot","type":"bytes32","indexed":false},
 {"name":"inputRoot","type":"bytes32","indexed":false},{"name":"outputRoot","type":"bytes32","indexed":false},
 {"name":"finalState","type":"bytes32","indexed":false},{"name":"steps","type":"uint64","indexed":false},
 {"name":"deadline","type":"uint64","indexed":false}]},
{"type":"event","name":"ResultFinalized","anonymous":false,"inputs":[
 {"name":"resultId","type":"uint256","indexed":true},{"name":"jobId","type":"bytes32","indexed":true},
 {"name":"executor","type":"address","indexed":true}]},
{"type":"event","name":"ResultRejected","anonymous":false,"inputs":[
 {"name":"resultId","type":"uint256","indexed":true},{"name":"jobId","type":"bytes32","indexed":true},
 {"name":"executor","type":"address","indexed":true}]},
{"type":"event","name":"Bonded","anonymous":false,"inputs":[
 {"name":"provider","type":"address","indexed":true},{"name":"amount","type":"uint256","indexed":false},
 {"name":"stake","type":"uint256","indexed":false}]},
{"type":"event","name":"UnbondRequested","anonymous":false,"inputs":[
 {"name":"provider","type":"address","indexed":true},{"name":"withdrawableAt","type":"uint256","indexed":false}]},
{"type":"event","name":"Slashed","anonymous":false,"inputs":[
 {"name":"provider","type":"address","indexed":true},{"name":"requested","type":"uint256","indexed":false},
 {"name":"slashed","type":"uint256","indexed":false}]},
{"type":"event","name":"NodeRegistered","anonymous":false,"inputs":[
 {"name":"nodeId","type":"uint256","indexed":true},{"name":"provider","type":"address","indexed":true},
 {"name":"gpuModel","type":"string","indexed":false},{"name":"memoryBytes","type":"uint64","indexed":false},
 {"name":"uuid","type":"string","indexed":false}]}
]`

// L1EventsABI is the ABI of the L1 events the L2 derives.
func L1EventsABI() (*abi.ABI, error) {
	a, err := abi.JSON(strings.NewReader(l1EventsJSON))
	if err != nil {
		return nil, fmt.Errorf("l2: L1 events ABI: %w", err)
	}
	return &a, nil
}

// l1Event is one derivable L1 event: where it comes from and how it becomes
// a system transaction.
type l1Event struct {
	source common.Address
	ev     abi.Event
	build  func(p *Processor, ref L1Origin, topics []common.Hash, data []interface{}) (to common.Address, mint *big.Int, call []byte, err error)
}

// L1SourceHash is the source hash of the system transaction derived from
// the L1 log at logIndex of the L1 block blockHash:
// keccak256(blockHash ‖ uint256(logIndex)).
func L1SourceHash(blockHash common.Hash, logIndex uint) common.Hash {
	var buf [64]byte
	copy(buf[:32], blockHash[:])
	binary.BigEndian.PutUint64(buf[56:], uint64(logIndex))
	return crypto.Keccak256Hash(buf[:])
}

// blockStartDomain separates block-start source hashes from L1 ones (an L1
// block hash equal to it is a keccak preimage break).
var blockStartDomain = crypto.Keccak256Hash([]byte("crux/l2/block-start"))

// BlockStartSourceHash is the source hash of block number's block-start
// transaction: keccak256(keccak256("crux/l2/block-start") ‖ uint256(number)).
func BlockStartSourceHash(number uint64) common.Hash {
	var buf [64]byte
	copy(buf[:32], blockStartDomain[:])
	binary.BigEndian.PutUint64(buf[56:], number)
	return crypto.Keccak256Hash(buf[:])
}

func systemTx(source common.Hash, to common.Address, mint *big.Int, data []byte) *types.Transaction {
	return types.NewTx(&types.DepositTx{
		SourceHash:          source,
		From:                SystemAddress,
		To:                  &to,
		Mint:                mint,
		Value:               new(big.Int),
		Gas:                 0,
		IsSystemTransaction: true,
		Data:                data,
	})
}

// BlockStartTx is the first transaction of L2 block number with L1 origin
// origin.
func (p *Processor) BlockStartTx(number uint64, origin L1Origin) *types.Transaction {
	data, err := BridgeABI().Pack("blockStart", origin.Number, origin.Hash, origin.Time)
	if err != nil {
		panic(fmt.Sprintf("l2: encode blockStart: %v", err)) // fixed types: cannot fail
	}
	return systemTx(BlockStartSourceHash(number), BridgeAddress, nil, data)
}

func topicAddr(t common.Hash) common.Address { return common.BytesToAddress(t[12:]) }

func topicBig(t common.Hash) *big.Int { return new(big.Int).SetBytes(t[:]) }

// l1Events builds the derivation table for the configured L1 contracts.
func l1Events(l1 L1Contracts) (map[common.Hash]l1Event, error) {
	a, err := L1EventsABI()
	if err != nil {
		return nil, err
	}
	jm, br := JobMarketABI(), BridgeABI()
	add := func(out map[common.Hash]l1Event, src common.Address, name string, build func(*Processor, L1Origin, []common.Hash, []interface{}) (common.Address, *big.Int, []byte, error)) {
		ev := a.Events[name]
		out[ev.ID] = l1Event{source: src, ev: ev, build: build}
	}
	jmCall := func(method string, args ...interface{}) (common.Address, *big.Int, []byte, error) {
		data, err := jm.Pack(method, args...)
		return JobMarketAddress, nil, data, err
	}
	out := make(map[common.Hash]l1Event)
	add(out, l1.Portal, "DepositInitiated", func(_ *Processor, _ L1Origin, t []common.Hash, d []interface{}) (common.Address, *big.Int, []byte, error) {
		amount := d[0].(*big.Int)
		data, err := br.Pack("finalizeDeposit", topicBig(t[1]), topicAddr(t[2]), topicAddr(t[3]), amount)
		return BridgeAddress, new(big.Int).Set(amount), data, err
	})
	add(out, l1.ResultRegistry, "ResultPosted", func(_ *Processor, ref L1Origin, t []common.Hash, d []interface{}) (common.Address, *big.Int, []byte, error) {
		return jmCall("resultPosted", ref.Time, topicBig(t[1]), [32]byte(t[2]), topicAddr(t[3]),
			d[0].([32]byte), d[1].([32]byte), d[2].([32]byte), d[3].([32]byte), d[4].(uint64))
	})
	for _, name := range []string{"ResultFinalized", "ResultRejected"} {
		method := "resultFinalized"
		if name == "ResultRejected" {
			method = "resultRejected"
		}
		add(out, l1.ResultRegistry, name, func(_ *Processor, _ L1Origin, t []common.Hash, _ []interface{}) (common.Address, *big.Int, []byte, error) {
			return jmCall(method, topicBig(t[1]), [32]byte(t[2]), topicAddr(t[3]))
		})
	}
	add(out, l1.ProviderRegistry, "Bonded", func(_ *Processor, _ L1Origin, t []common.Hash, d []interface{}) (common.Address, *big.Int, []byte, error) {
		return jmCall("providerBonded", topicAddr(t[1]), d[1].(*big.Int))
	})
	add(out, l1.ProviderRegistry, "UnbondRequested", func(_ *Processor, _ L1Origin, t []common.Hash, d []interface{}) (common.Address, *big.Int, []byte, error) {
		return jmCall("providerUnbonding", topicAddr(t[1]), d[0].(*big.Int))
	})
	add(out, l1.ProviderRegistry, "Slashed", func(_ *Processor, _ L1Origin, t []common.Hash, d []interface{}) (common.Address, *big.Int, []byte, error) {
		return jmCall("providerSlashed", topicAddr(t[1]), d[1].(*big.Int))
	})
	add(out, l1.ProviderRegistry, "NodeRegistered", func(_ *Processor, _ L1Origin, t []common.Hash, d []interface{}) (common.Address, *big.Int, []byte, error) {
		model := crypto.Keccak256Hash([]byte(d[0].(string)))
		return jmCall("nodeRegistered", topicBig(t[1]), topicAddr(t[2]), [32]byte(model), d[1].(uint64))
	})
	return out, nil
}

// L1LogFilter returns the addresses and first topics whose L1 logs the
// derivation must read (an ethereum.FilterQuery with Addresses and
// Topics[0]).
func (p *Processor) L1LogFilter() (addresses []common.Address, topic0 []common.Hash) {
	addresses = []common.Address{p.cfg.L1.Portal, p.cfg.L1.ResultRegistry, p.cfg.L1.ProviderRegistry}
	for id := range p.l1 {
		topic0 = append(topic0, id)
	}
	slices.SortFunc(topic0, func(a, b common.Hash) int { return a.Cmp(b) })
	return addresses, topic0
}

// DeriveSystemTxs turns the logs of one L1 block into its system
// transactions, in log index order. logs may include logs of other contracts
// or events (they are skipped), but must all belong to block and not be
// removed. A log of a watched event that does not decode is an error: the L1
// contracts and this table disagree, and skipping it would lose an event.
func (p *Processor) DeriveSystemTxs(block L1Origin, logs []types.Log) (types.Transactions, error) {
	sorted := slices.Clone(logs)
	slices.SortFunc(sorted, func(a, b types.Log) int { return int(a.Index) - int(b.Index) })
	var txs types.Transactions
	for i := range sorted {
		l := &sorted[i]
		if l.BlockHash != block.Hash || l.BlockNumber != block.Number {
			return nil, fmt.Errorf("derive L1 block %d %s: log %d is from block %d %s", block.Number, common.Hash(block.Hash), l.Index, l.BlockNumber, l.BlockHash)
		}
		if l.Removed {
			return nil, fmt.Errorf("derive L1 block %d: log %d was removed by a reorg", block.Number, l.Index)
		}
		if i > 0 && sorted[i-1].Index == l.Index {
			return nil, fmt.Errorf("derive L1 block %d: duplicate log index %d", block.Number, l.Index)
		}
		if len(l.Topics) == 0 {
			continue
		}
		e, ok := p.l1[l.Topics[0]]
		if !ok || e.source != l.Address {
			continue
		}
		tx, err := p.deriveOne(block, l, e)
		if err != nil {
			return nil, fmt.Errorf("derive L1 block %d log %d (%s): %w", block.Number, l.Index, e.ev.Name, err)
		}
		txs = append(txs, tx)
	}
	return txs, nil
}

func (p *Processor) deriveOne(block L1Origin, l *types.Log, e l1Event) (*types.Transaction, error) {
	indexed := 0
	for _, in := range e.ev.Inputs {
		if in.Indexed {
			indexed++
		}
	}
	if len(l.Topics) != 1+indexed {
		return nil, fmt.Errorf("%d topics, want %d", len(l.Topics), 1+indexed)
	}
	data, err := e.ev.Inputs.NonIndexed().Unpack(l.Data)
	if err != nil {
		return nil, fmt.Errorf("decode data: %w", err)
	}
	to, mint, call, err := e.build(p, block, l.Topics, data)
	if err != nil {
		return nil, fmt.Errorf("encode system call: %w", err)
	}
	return systemTx(L1SourceHash(block.Hash, l.Index), to, mint, call), nil
}
