package rpc_test

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/crux-rollup/crux/sequencer/l2"
)

// verifyProof checks a proof (hex trie nodes from the root) of key against
// root and returns the proven value (nil: the key is absent).
func verifyProof(t *testing.T, root common.Hash, key []byte, proof []string) []byte {
	t.Helper()
	if root == types.EmptyRootHash && len(proof) == 0 {
		return nil // an empty trie holds nothing and has no nodes to show
	}
	db := memorydb.New()
	for _, n := range proof {
		node, err := hexutil.Decode(n)
		if err != nil {
			t.Fatalf("proof node %q: %v", n, err)
		}
		if err := db.Put(crypto.Keccak256(node), node); err != nil {
			t.Fatal(err)
		}
	}
	v, err := trie.VerifyProof(root, crypto.Keccak256(key), db)
	if err != nil {
		t.Fatalf("proof of %x against %s: %v", key, root, err)
	}
	return v
}

// checkAccount verifies res's account proof against stateRoot and that the
// proven account is the one res reports.
func checkAccount(t *testing.T, stateRoot common.Hash, res *gethclient.AccountResult) {
	t.Helper()
	raw := verifyProof(t, stateRoot, res.Address[:], res.AccountProof)
	if raw == nil {
		t.Fatalf("account %s is absent from state %s", res.Address, stateRoot)
	}
	var acc types.StateAccount
	if err := rlp.DecodeBytes(raw, &acc); err != nil {
		t.Fatalf("account %s: %v", res.Address, err)
	}
	if acc.Nonce != res.Nonce || acc.Balance.ToBig().Cmp(res.Balance) != 0 || acc.Root != res.StorageHash || !bytes.Equal(acc.CodeHash, res.CodeHash[:]) {
		t.Fatalf("proven account %+v, reported %+v", acc, res)
	}
}

// checkSlot verifies one storage proof against the account's storage root
// and returns the proven value.
func checkSlot(t *testing.T, storageRoot common.Hash, key common.Hash, sr gethclient.StorageResult) *big.Int {
	t.Helper()
	raw := verifyProof(t, storageRoot, key[:], sr.Proof)
	v := new(big.Int)
	if raw != nil {
		var b []byte
		if err := rlp.DecodeBytes(raw, &b); err != nil {
			t.Fatalf("slot %s: %v", key, err)
		}
		v.SetBytes(b)
	}
	if v.Cmp(sr.Value) != 0 {
		t.Fatalf("slot %s: proven %s, reported %s", key, v, sr.Value)
	}
	return v
}

func TestGetProof(t *testing.T) {
	n := newNode(t)
	ctx := context.Background()
	c := n.client
	gc := gethclient.New(c.Client())
	chainID, _ := c.ChainID(ctx)
	alice, dapp := testKey(8), testKey(9)

	// A transfer and a job, so an EOA and the JobMarket's storage changed.
	to := common.HexToAddress("0x00000000000000000000000000000000000000dd")
	tx := transfer(chainID, alice, 0, to, big.NewInt(12345))
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	data, err := l2.JobMarketABI().Pack("submitJob", [32]byte{7}, [32]byte{8}, credits(1), now()+5000, l2.HwNeeds{})
	if err != nil {
		t.Fatal(err)
	}
	job := types.MustSignNewTx(dapp, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e9), Gas: l2.TransferGas + l2.SubmitJobMethodGas,
		To: &l2.JobMarketAddress, Value: credits(1), Data: data,
	})
	if err := c.SendTransaction(ctx, job); err != nil {
		t.Fatal(err)
	}
	waitReceipt(t, c, tx.Hash())
	r := waitReceipt(t, c, job.Hash())
	if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) == 0 {
		t.Fatalf("submitJob receipt %+v", r)
	}
	jobID := r.Logs[0].Topics[1]
	h, err := c.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}

	// The EOA: proven balance and nonce are those eth_getBalance reports.
	res, err := gc.GetProof(ctx, addrOf(alice), nil, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	checkAccount(t, h.Root, res)
	bal, _ := c.BalanceAt(ctx, addrOf(alice), r.BlockNumber)
	if res.Nonce != 1 || res.Balance.Cmp(bal) != 0 || res.StorageHash != types.EmptyRootHash || res.CodeHash != types.EmptyCodeHash || len(res.StorageProof) != 0 {
		t.Fatalf("EOA proof %+v (balance %s)", res, bal)
	}
	res, err = gc.GetProof(ctx, to, nil, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	checkAccount(t, h.Root, res)
	if res.Balance.Int64() != 12345 {
		t.Fatalf("recipient balance %s", res.Balance)
	}

	// JobMarket storage (Solidity layout): jobCount at slot 0, and
	// jobs[id].submitter at keccak256(id ‖ 1) + 0; and a slot never written.
	submitterSlot := crypto.Keccak256Hash(jobID[:], common.BigToHash(big.NewInt(1)).Bytes())
	absent := common.HexToHash("0xdead")
	res, err = gc.GetProof(ctx, l2.JobMarketAddress, []string{"0x0", submitterSlot.Hex(), absent.Hex()}, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	checkAccount(t, h.Root, res)
	if res.CodeHash != crypto.Keccak256Hash(l2.ModuleCode) || len(res.StorageProof) != 3 {
		t.Fatalf("JobMarket proof %+v", res)
	}
	if k := res.StorageProof[0].Key; k != "0x0" {
		t.Fatalf("short key echoed as %q, want the QUANTITY 0x0", k)
	}
	if k := res.StorageProof[1].Key; k != submitterSlot.Hex() {
		t.Fatalf("32-byte key echoed as %q", k)
	}
	if v := checkSlot(t, res.StorageHash, common.Hash{}, res.StorageProof[0]); v.Int64() != 1 {
		t.Fatalf("jobCount %s, want 1", v)
	}
	if v := checkSlot(t, res.StorageHash, submitterSlot, res.StorageProof[1]); common.BigToAddress(v) != addrOf(dapp) {
		t.Fatalf("submitter %x, want %s", v, addrOf(dapp))
	}
	if v := checkSlot(t, res.StorageHash, absent, res.StorageProof[2]); v.Sign() != 0 {
		t.Fatalf("absent slot %s", v)
	}
	// eth_getStorageAt agrees with the proof.
	sv, err := c.StorageAt(ctx, l2.JobMarketAddress, submitterSlot, r.BlockNumber)
	if err != nil || common.BytesToAddress(sv) != addrOf(dapp) {
		t.Fatalf("eth_getStorageAt %x %v", sv, err)
	}

	// History: at genesis no job exists, and the proof shows it against
	// block 0's root.
	g, err := c.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	res, err = gc.GetProof(ctx, l2.JobMarketAddress, []string{"0x0"}, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	checkAccount(t, g.Root, res)
	if v := checkSlot(t, res.StorageHash, common.Hash{}, res.StorageProof[0]); v.Sign() != 0 {
		t.Fatalf("jobCount at genesis %s", v)
	}

	// An account that does not exist: a proof of absence.
	nobody := common.HexToAddress("0x00000000000000000000000000000000000f00f0")
	res, err = gc.GetProof(ctx, nobody, []string{"0x1"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// By block hash, against a root known to the test.
	var byHash struct {
		AccountProof []string `json:"accountProof"`
	}
	if err := c.Client().CallContext(ctx, &byHash, "eth_getProof", nobody, []string{}, gethrpc.BlockNumberOrHashWithHash(g.Hash(), false)); err != nil {
		t.Fatal(err)
	}
	if v := verifyProof(t, g.Root, nobody[:], byHash.AccountProof); v != nil {
		t.Fatalf("absent account proven as %x", v)
	}
	if res.Balance.Sign() != 0 || res.Nonce != 0 || len(res.StorageProof) != 1 || res.StorageProof[0].Value.Sign() != 0 {
		t.Fatalf("absent account %+v", res)
	}

	// Errors: unknown blocks and malformed keys.
	cases := []struct {
		name  string
		keys  []string
		block any
		want  string
	}{
		{"future block", nil, hexutil.EncodeUint64(h.Number.Uint64() + 1_000_000), "header not found"},
		{"unknown hash", nil, map[string]any{"blockHash": common.HexToHash("0xbad")}, "header not found"},
		{"non-hex key", []string{"0xzz"}, "latest", "invalid hex in storage key"},
		{"long key", []string{"0x" + strings.Repeat("11", 33)}, "latest", "storage key too long"},
		{"too many keys", make([]string, 1025), "latest", "too many storage keys"},
	}
	for _, tc := range cases {
		keys := tc.keys
		if keys == nil {
			keys = []string{}
		}
		var out map[string]any
		err := c.Client().CallContext(ctx, &out, "eth_getProof", l2.JobMarketAddress, keys, tc.block)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error with %q", tc.name, err, tc.want)
		}
	}
}
