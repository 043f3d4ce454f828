package rpc

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// maxProofKeys bounds the storage keys of one eth_getProof, as geth does.
const maxProofKeys = 1024

// AccountResult is eth_getProof's answer (EIP-1186), field for field what
// geth returns, so gethclient, ethers and viem decode it unchanged.
type AccountResult struct {
	Address      common.Address  `json:"address"`
	AccountProof []string        `json:"accountProof"`
	Balance      *hexutil.Big    `json:"balance"`
	CodeHash     common.Hash     `json:"codeHash"`
	Nonce        hexutil.Uint64  `json:"nonce"`
	StorageHash  common.Hash     `json:"storageHash"`
	StorageProof []StorageResult `json:"storageProof"`
}

// StorageResult is one storage slot's value and its proof against the
// account's storageHash.
type StorageResult struct {
	Key   string       `json:"key"`
	Value *hexutil.Big `json:"value"`
	Proof []string     `json:"proof"`
}

// proofList collects the trie nodes a Prove call emits, in order from the
// root, hex encoded.
type proofList []string

func (p *proofList) Put(_, value []byte) error {
	*p = append(*p, hexutil.Encode(value))
	return nil
}

func (p *proofList) Delete([]byte) error { return errors.New("proofList: delete not supported") }

// parseStorageKey reads a slot key leniently, as geth does: 0x optional,
// odd length allowed, at most 32 bytes. It also returns the byte length,
// because the key is echoed back in the caller's form.
func parseStorageKey(s string) (common.Hash, int, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s)%2 == 1 {
		s = "0" + s
	}
	if len(s) > 64 {
		return common.Hash{}, 0, errors.New("storage key too long (want at most 32 bytes)")
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return common.Hash{}, 0, errors.New("invalid hex in storage key")
	}
	return common.BytesToHash(b), len(b), nil
}

// GetProof returns the account at addr and the given storage slots with
// their Merkle proofs against the state root of the block. Module state is
// ordinary storage of the module accounts (docs/l2.md section 2), so a
// JobMarket or Bridge slot proves like any contract's.
func (api *EthAPI) GetProof(ctx context.Context, addr common.Address, storageKeys []string, bnh gethrpc.BlockNumberOrHash) (*AccountResult, error) {
	if len(storageKeys) > maxProofKeys {
		return nil, &invalidParams{fmt.Sprintf("too many storage keys requested (max %d, got %d)", maxProofKeys, len(storageKeys))}
	}
	// Parse every key before touching the state.
	keys := make([]common.Hash, len(storageKeys))
	keyLens := make([]int, len(storageKeys))
	for i, s := range storageKeys {
		var err error
		if keys[i], keyLens[i], err = parseStorageKey(s); err != nil {
			return nil, &invalidParams{fmt.Sprintf("%v: %q", err, s)}
		}
	}
	st, h, err := api.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	sdb := api.s.DB().State().DB
	storageRoot := st.GetStorageRoot(addr)
	res := &AccountResult{
		Address:      addr,
		Balance:      (*hexutil.Big)(st.GetBalance(addr).ToBig()),
		CodeHash:     st.GetCodeHash(addr),
		Nonce:        hexutil.Uint64(st.GetNonce(addr)),
		StorageHash:  storageRoot,
		StorageProof: make([]StorageResult, len(keys)),
	}
	// Without storage every slot is zero and the account proof suffices:
	// the slots get empty proofs, as geth gives.
	var storageTrie state.Trie
	if storageRoot != types.EmptyRootHash && storageRoot != (common.Hash{}) && len(keys) > 0 {
		if storageTrie, err = sdb.OpenStorageTrie(h.Root, addr, storageRoot, nil); err != nil {
			return nil, fmt.Errorf("open storage trie of %s: %w", addr, err)
		}
	}
	for i, key := range keys {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		// A 32-byte key comes back as given; a shorter one as a QUANTITY,
		// as geth answers for compatibility with older clients.
		out := hexutil.Encode(key[:])
		if keyLens[i] != 32 {
			out = hexutil.EncodeBig(key.Big())
		}
		proof := proofList{}
		if storageTrie != nil {
			if err := storageTrie.Prove(crypto.Keccak256(key[:]), &proof); err != nil {
				return nil, fmt.Errorf("prove slot %s of %s: %w", key, addr, err)
			}
		}
		res.StorageProof[i] = StorageResult{Key: out, Value: (*hexutil.Big)(st.GetState(addr, key).Big()), Proof: proof}
	}
	tr, err := sdb.OpenTrie(h.Root)
	if err != nil {
		return nil, fmt.Errorf("open state trie %s: %w", h.Root, err)
	}
	accountProof := proofList{}
	if err := tr.Prove(crypto.Keccak256(addr[:]), &accountProof); err != nil {
		return nil, fmt.Errorf("prove account %s: %w", addr, err)
	}
	res.AccountProof = accountProof
	// A missing trie node makes every read above a zero value: fail rather
	// than prove wrong data.
	if err := st.Error(); err != nil {
		return nil, err
	}
	return res, nil
}
