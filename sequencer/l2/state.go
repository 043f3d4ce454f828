package l2

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
)

// StateReader is the read-only view ValidateTx needs (a mempool can pass a
// pending-state wrapper). *state.StateDB implements it.
type StateReader interface {
	GetNonce(addr common.Address) uint64
	GetBalance(addr common.Address) *uint256.Int
}

// StorageReader reads module storage (withdrawal proofs, views).
// *state.StateDB implements it.
type StorageReader interface {
	GetState(addr common.Address, key common.Hash) common.Hash
}

// StateDB is the part of go-ethereum's *state.StateDB the state transition
// uses. It is an interface only so that a caller can wrap the state (tracing,
// metrics); pass a *state.StateDB otherwise.
type StateDB interface {
	StateReader
	StorageReader
	SetState(addr common.Address, key, value common.Hash) common.Hash
	AddBalance(addr common.Address, amount *uint256.Int, reason tracing.BalanceChangeReason) uint256.Int
	SubBalance(addr common.Address, amount *uint256.Int, reason tracing.BalanceChangeReason) uint256.Int
	SetNonce(addr common.Address, nonce uint64, reason tracing.NonceChangeReason)
	SetCode(addr common.Address, code []byte, reason tracing.CodeChangeReason) []byte
	GetCodeSize(addr common.Address) int
	Snapshot() int
	RevertToSnapshot(id int)
	Finalise(deleteEmptyObjects bool)
	IntermediateRoot(deleteEmptyObjects bool) common.Hash
	// Error is the first database error the state met (a missing trie node):
	// reads after it return zero values, so results are void.
	Error() error
}

var _ StateDB = (*state.StateDB)(nil)

// StateStore is the state database over a key-value store: go-ethereum's
// trie database (hash scheme, so any committed root stays readable until
// pruned) and a state.Database with its caches. Tests use
// rawdb.NewMemoryDatabase(); the sequencer passes pebble (rawdb/pebble).
type StateStore struct {
	TrieDB *triedb.Database
	DB     state.Database
}

// NewStateStore opens the state database over db.
func NewStateStore(db ethdb.Database) *StateStore {
	tdb := triedb.NewDatabase(db, triedb.HashDefaults)
	return &StateStore{TrieDB: tdb, DB: state.NewDatabase(tdb, nil)}
}

// Open returns a mutable state at root (types.EmptyRootHash for a new chain).
func (s *StateStore) Open(root common.Hash) (*state.StateDB, error) {
	st, err := state.New(root, s.DB)
	if err != nil {
		return nil, fmt.Errorf("open state %s: %w", root, err)
	}
	return st, nil
}

// Commit writes st (after a block was applied to it) into the trie database
// and flushes the new trie nodes to the key-value store. st must not be used
// afterwards; open the returned root for the next block.
func (s *StateStore) Commit(st *state.StateDB, blockNumber uint64) (common.Hash, error) {
	root, err := st.Commit(blockNumber, true, false)
	if err != nil {
		return common.Hash{}, fmt.Errorf("commit state of block %d: %w", blockNumber, err)
	}
	if err := s.TrieDB.Commit(root, false); err != nil {
		return common.Hash{}, fmt.Errorf("flush state %s of block %d: %w", root, blockNumber, err)
	}
	return root, nil
}
