package store

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/crux-rollup/crux/sequencer/l2"
)

// chain builds genesis and one block with a transfer and a submitJob (which
// logs) on the database's own state.
func chain(t testing.TB, d *DB) (*types.Block, *types.Block, types.Receipts) {
	t.Helper()
	cfg := l2.DefaultConfig(l2.L1Contracts{})
	p, err := l2.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("store test")))
	from := crypto.PubkeyToAddress(k.PublicKey)
	st, err := d.State().Open(types.EmptyRootHash)
	if err != nil {
		t.Fatal(err)
	}
	origin := l2.L1Origin{Number: 1, Hash: [32]byte{1}, Time: 1000}
	g, err := p.Genesis(st, l2.Genesis{Time: 1000, L1Origin: origin, Alloc: map[common.Address]*big.Int{from: big.NewInt(1e18)}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.State().Commit(st, 0); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteBlock(g, nil); err != nil {
		t.Fatal(err)
	}
	st, _ = d.State().Open(g.Root())
	b, err := p.NewBuilder(st, g.Header(), l2.BlockEnv{Time: 1001, L1Origin: origin})
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0xaa")
	data, _ := l2.JobMarketABI().Pack("submitJob", [32]byte{1}, [32]byte{2}, big.NewInt(5), uint64(1_000_000), l2.HwNeeds{})
	for i, tx := range []*types.DynamicFeeTx{
		{Nonce: 0, Gas: l2.TransferGas, To: &to, Value: big.NewInt(1)},
		{Nonce: 1, Gas: l2.TransferGas + l2.SubmitJobMethodGas, To: &l2.JobMarketAddress, Value: big.NewInt(5), Data: data},
	} {
		tx.ChainID, tx.GasFeeCap, tx.GasTipCap = p.ChainID(), big.NewInt(2e9), big.NewInt(1)
		if _, err := b.AddTx(types.MustSignNewTx(k, p.Signer(), tx)); err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
	}
	block, receipts := b.Finish()
	if _, err := d.State().Commit(st, 1); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteBlock(block, receipts); err != nil {
		t.Fatal(err)
	}
	return g, block, receipts
}

func TestBlocksReceiptsLookups(t *testing.T) {
	dir := t.TempDir()
	d, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, block, receipts := chain(t, d)
	d.Close()

	d, err = Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if n, ok, err := d.Head(); err != nil || !ok || n != 1 {
		t.Fatalf("head %d %v %v", n, ok, err)
	}
	got, err := d.Block(1)
	if err != nil || got.Hash() != block.Hash() {
		t.Fatalf("block: %v", err)
	}
	if n, err := d.BlockNumber(block.Hash()); err != nil || n != 1 {
		t.Fatalf("number by hash %d %v", n, err)
	}
	rs, err := d.Receipts(got)
	if err != nil {
		t.Fatal(err)
	}
	for i := range receipts {
		a, _ := receipts[i].MarshalJSON()
		b, _ := rs[i].MarshalJSON()
		if !bytes.Equal(a, b) {
			t.Fatalf("receipt %d:\n%s\n%s", i, a, b)
		}
	}
	if types.DeriveSha(rs, trieHasher()) != block.ReceiptHash() {
		t.Fatal("derived receipts do not hash to the header's root")
	}
	tx := block.Transactions()[2]
	if n, i, err := d.TxLookup(tx.Hash()); err != nil || n != 1 || i != 2 {
		t.Fatalf("lookup %d %d %v", n, i, err)
	}
	if _, _, err := d.TxLookup(common.Hash{9}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown tx: %v", err)
	}
	blocks, all, err := d.LogBlocks(context.Background(), []common.Address{l2.JobMarketAddress}, nil, 0, 10)
	if err != nil || all || !reflect.DeepEqual(blocks, []uint64{1}) {
		t.Fatalf("log blocks by address %v %v %v", blocks, all, err)
	}
	ev := l2.JobMarketABI().Events["JobSubmitted"].ID
	if blocks, _, _ := d.LogBlocks(context.Background(), nil, []common.Hash{ev}, 2, 10); len(blocks) != 0 {
		t.Fatalf("range ignored: %v", blocks)
	}
	if blocks, _, _ := d.LogBlocks(context.Background(), nil, []common.Hash{ev}, 0, 1); !reflect.DeepEqual(blocks, []uint64{1}) {
		t.Fatalf("by topic: %v", blocks)
	}
	h, err := d.PutBlob([]byte("blob"))
	if err != nil {
		t.Fatal(err)
	}
	if b, err := d.GetBlob(h); err != nil || string(b) != "blob" {
		t.Fatalf("blob %q %v", b, err)
	}
	if _, err := d.GetBlob(common.Hash{1}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown blob: %v", err)
	}
	// The state of the head is readable.
	st, err := d.State().Open(block.Root())
	if err != nil || st.GetBalance(common.HexToAddress("0xaa")).Uint64() != 1 {
		t.Fatalf("state: %v", err)
	}
}

// FuzzDecodeStored: the stored encodings never panic on any input, and
// what decodes re-encodes to the same bytes.
func FuzzDecodeStored(f *testing.F) {
	d, err := Open(context.Background(), f.TempDir(), Options{NoSync: true})
	if err != nil {
		f.Fatal(err)
	}
	_, block, receipts := chain(f, d)
	d.Close()
	hv, _ := EncodeHeader(block.Header())
	bv, _ := EncodeBody(block.Transactions())
	rv, _ := EncodeReceipts(receipts)
	for _, v := range [][]byte{hv, bv, rv, {1}, {1, 0xc0}, {2, 0xc0}} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		if h, err := DecodeHeader(v); err == nil {
			again, err := EncodeHeader(h)
			if err != nil {
				t.Fatal(err)
			}
			if h2, err := DecodeHeader(again); err != nil || h2.Hash() != h.Hash() {
				t.Fatalf("header round trip: %v", err)
			}
		}
		if txs, err := DecodeBody(v); err == nil {
			if again, err := EncodeBody(txs); err != nil || !bytes.Equal(again, v) {
				t.Fatalf("body round trip: %v", err)
			}
		}
		if rs, err := DecodeReceipts(v); err == nil {
			if again, err := EncodeReceipts(rs); err != nil || !bytes.Equal(again, v) {
				t.Fatalf("receipts round trip: %v", err)
			}
			_ = DeriveReceipts(rs, block) // must not panic
		}
	})
}

func trieHasher() *trie.StackTrie { return trie.NewStackTrie(nil) }
