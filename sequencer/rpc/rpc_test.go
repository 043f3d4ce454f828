package rpc_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/l2"
)

func newNode(t *testing.T) *node {
	t.Helper()
	gt := now()
	l1 := sequencer.NewStaticL1(sequencer.StaticGenesis(100, gt-5))
	n := startNode(t, t.TempDir(), l1, gt, nil)
	t.Cleanup(n.stop)
	return n
}

func TestTransfersAndQueries(t *testing.T) {
	n := newNode(t)
	ctx := context.Background()
	c := n.client
	chainID, err := c.ChainID(ctx)
	if err != nil || chainID.Uint64() != l2.DefaultChainID {
		t.Fatalf("chain id %v %v", chainID, err)
	}
	alice, bob := testKey(0), testKey(1)
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	var hashes []common.Hash
	for i := 0; i < 10; i++ {
		for _, k := range []*types.Transaction{
			transfer(chainID, alice, uint64(i), to, big.NewInt(1000)),
			transfer(chainID, bob, uint64(i), to, big.NewInt(1)),
		} {
			if err := c.SendTransaction(ctx, k); err != nil {
				t.Fatal(err)
			}
			hashes = append(hashes, k.Hash())
		}
	}
	if pn, err := c.PendingNonceAt(ctx, addrOf(alice)); err != nil || pn < 10 {
		t.Fatalf("pending nonce %d %v", pn, err)
	}
	var last *types.Receipt
	for _, h := range hashes {
		r := waitReceipt(t, c, h)
		if r.Status != types.ReceiptStatusSuccessful || r.GasUsed != l2.TransferGas {
			t.Fatalf("receipt %+v", r)
		}
		last = r
	}
	bal, err := c.BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 10*1001 {
		t.Fatalf("balance %v %v", bal, err)
	}
	nonce, err := c.NonceAt(ctx, addrOf(alice), nil)
	if err != nil || nonce != 10 {
		t.Fatalf("nonce %d %v", nonce, err)
	}
	// Blocks by number and hash agree, and their roots match the content.
	b, err := c.BlockByNumber(ctx, last.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if b.Hash() != last.BlockHash {
		t.Fatalf("block hash %s, receipt says %s", b.Hash(), last.BlockHash)
	}
	if got := types.DeriveSha(b.Transactions(), trie.NewStackTrie(nil)); got != b.TxHash() {
		t.Fatalf("tx root %s, header %s", got, b.TxHash())
	}
	b2, err := c.BlockByHash(ctx, last.BlockHash)
	if err != nil || b2.Hash() != b.Hash() {
		t.Fatalf("by hash: %v", err)
	}
	tx, pending, err := c.TransactionByHash(ctx, hashes[0])
	if err != nil || pending || tx.Hash() != hashes[0] {
		t.Fatalf("tx by hash: %v pending %v", err, pending)
	}
	if from, err := c.TransactionSender(ctx, tx, last.BlockHash, 0); err == nil && from != addrOf(alice) && from != addrOf(bob) {
		t.Fatalf("sender %s", from)
	}
	// Modules look like contracts.
	for _, m := range []common.Address{l2.JobMarketAddress, l2.BridgeAddress} {
		code, err := c.CodeAt(ctx, m, nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("code at %s: %x %v", m, code, err)
		}
	}
	gp, err := c.SuggestGasPrice(ctx)
	if err != nil || gp.Cmp(big.NewInt(l2.DefaultBaseFee)) < 0 {
		t.Fatalf("gas price %v %v", gp, err)
	}
	if _, err := c.SuggestGasTipCap(ctx); err != nil {
		t.Fatal(err)
	}
	fh, err := c.FeeHistory(ctx, 4, nil, []float64{10, 50, 90})
	if err != nil || len(fh.BaseFee) != len(fh.GasUsedRatio)+1 || len(fh.Reward) != len(fh.GasUsedRatio) {
		t.Fatalf("fee history %+v %v", fh, err)
	}
	var netVersion, clientVersion string
	if err := c.Client().Call(&netVersion, "net_version"); err != nil || netVersion != chainID.String() {
		t.Fatalf("net_version %q %v", netVersion, err)
	}
	if err := c.Client().Call(&clientVersion, "web3_clientVersion"); err != nil || clientVersion == "" {
		t.Fatalf("web3_clientVersion %q %v", clientVersion, err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: addrOf(alice), To: &to, Value: big.NewInt(1)})
	if err != nil || gas != l2.TransferGas {
		t.Fatalf("estimate %d %v", gas, err)
	}
	// Blobs.
	var blobHash common.Hash
	blob := bytes.Repeat([]byte("crux"), 1000)
	if err := c.Client().Call(&blobHash, "crux_putBlob", hexutil.Bytes(blob)); err != nil || blobHash != crypto.Keccak256Hash(blob) {
		t.Fatalf("putBlob %s %v", blobHash, err)
	}
	var got hexutil.Bytes
	if err := c.Client().Call(&got, "crux_getBlob", blobHash); err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("getBlob %v", err)
	}
	err = c.Client().Call(&blobHash, "crux_putBlob", hexutil.Bytes(make([]byte, sequencer.DefaultMaxBlobSize+1)))
	if err == nil || !strings.Contains(err.Error(), "blob too large") {
		t.Fatalf("oversized blob: %v", err)
	}
	// No admin namespace by default.
	var status map[string]any
	if err := c.Client().Call(&status, "admin_status"); err == nil {
		t.Fatal("admin_status served by default")
	}
}

// TestJobMarketFlow drives submitJob, bid, the auction close, cancel and a
// withdrawal through the abigen bindings of the module ABIs
// (l1contracts/bindings IJobMarket, IBridge) over HTTP.
func TestJobMarketFlow(t *testing.T) {
	n := newNode(t)
	ctx := context.Background()
	c := n.client
	chainID, _ := c.ChainID(ctx)
	dapp, p1, p2 := testKey(2), testKey(3), testKey(4)
	// Providers bond on L1; the sequencer derives the events.
	l1b := n.l1.Mine(now(),
		l1Log(t, registry, "Bonded", addrOf(p1), credits(2), credits(2)),
		l1Log(t, registry, "Bonded", addrOf(p2), credits(2), credits(2)),
	)
	jmABI, brABI := bindings.NewIJobMarket(), bindings.NewIBridge()
	jm, br := jmABI.Instance(c, l2.JobMarketAddress), brABI.Instance(c, l2.BridgeAddress)
	waitFor(t, "L1 origin", func() (bool, error) {
		o, err := bind.Call(br, nil, brABI.PackL1Origin(), brABI.UnpackL1Origin)
		return err == nil && o.Number >= l1b.Origin.Number, err
	})
	opts := func(k *ecdsa.PrivateKey) *bind.TransactOpts {
		o := bind.NewKeyedTransactor(k, chainID)
		o.Context = ctx
		return o
	}
	mine := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		r := waitReceipt(t, c, tx.Hash())
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s failed", tx.Hash())
		}
		return r
	}
	maxPrice := credits(5)
	deadline := now() + 2 + 3600 + 600
	submit := func() (common.Hash, *types.Receipt) {
		o := opts(dapp)
		o.Value = maxPrice
		r := mine(bind.Transact(jm, o, jmABI.PackSubmitJob([32]byte{1}, [32]byte{2}, maxPrice, deadline, bindings.IJobMarketHwNeeds{})))
		ev := l2.JobMarketABI().Events["JobSubmitted"]
		for _, l := range r.Logs {
			if l.Topics[0] == ev.ID {
				return l.Topics[1], r
			}
		}
		t.Fatal("no JobSubmitted event")
		return common.Hash{}, nil
	}
	job1, r1 := submit()
	bid1, err := bind.Transact(jm, opts(p1), jmABI.PackBid(job1, credits(3)))
	if err != nil {
		t.Fatal(err)
	}
	mine(bind.Transact(jm, opts(p2), jmABI.PackBid(job1, credits(2))))
	mine(bid1, nil)
	// The auction closes at the first block at or after biddingEnds.
	var st struct {
		Status     uint8          `json:"status"`
		StatusName string         `json:"statusName"`
		Executor   common.Address `json:"executor"`
		Price      *hexutil.Big   `json:"price"`
	}
	waitFor(t, "auction close", func() (bool, error) {
		err := c.Client().Call(&st, "crux_jobStatus", job1)
		return st.Status == uint8(l2.JobAssigned), err
	})
	if st.Executor != addrOf(p2) || st.Price.ToInt().Cmp(credits(2)) != 0 || st.StatusName != "Assigned" {
		t.Fatalf("job1 %+v", st)
	}
	// The view agrees.
	j, err := bind.Call(jm, nil, jmABI.PackGetJob(job1), jmABI.UnpackGetJob)
	if err != nil {
		t.Fatal(err)
	}
	if j.Executor != addrOf(p2) || j.Status != uint8(l2.JobAssigned) || j.Price.Cmp(credits(2)) != 0 {
		t.Fatalf("getJob %+v", j)
	}
	// Bidding on an assigned job reverts in eth_call / estimateGas, with the
	// custom error.
	data, _ := l2.JobMarketABI().Pack("bid", [32]byte(job1), credits(1))
	_, err = c.EstimateGas(ctx, ethereum.CallMsg{From: addrOf(p1), To: &l2.JobMarketAddress, Data: data})
	if name, rerr := revertName(err); rerr != nil || name != "WrongStatus" {
		t.Fatalf("estimate of a late bid: %v (%v)", err, rerr)
	}

	// A second job is cancelled: escrow refunded.
	job2, _ := submit()
	before, _ := c.BalanceAt(ctx, addrOf(dapp), nil)
	cr := mine(bind.Transact(jm, opts(dapp), jmABI.PackCancel(job2)))
	after, _ := c.BalanceAt(ctx, addrOf(dapp), nil)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(cr.GasUsed), cr.EffectiveGasPrice)
	if want := new(big.Int).Sub(new(big.Int).Add(before, maxPrice), fee); after.Cmp(want) != 0 {
		t.Fatalf("balance after cancel %s, want %s", after, want)
	}
	if err := c.Client().Call(&st, "crux_jobStatus", job2); err != nil || st.StatusName != "Cancelled" {
		t.Fatalf("job2 %+v %v", st, err)
	}

	// Logs: by address and by topic.
	sub := l2.JobMarketABI().Events["JobSubmitted"].ID
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{l2.JobMarketAddress}, Topics: [][]common.Hash{{sub}}})
	if err != nil || len(logs) != 2 || logs[0].Topics[1] != job1 || logs[1].Topics[1] != job2 {
		t.Fatalf("JobSubmitted logs %v %v", logs, err)
	}
	logs, err = c.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &r1.BlockHash})
	if err != nil || len(logs) == 0 {
		t.Fatalf("logs of a block: %v %v", logs, err)
	}
	logs, err = c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Topics: [][]common.Hash{nil, {job2}}})
	if err != nil || len(logs) < 2 {
		t.Fatalf("logs by job2 topic %v %v", logs, err)
	}

	// A withdrawal, and its proof against the output root.
	o := opts(dapp)
	o.Value = credits(1)
	mine(bind.Transact(br, o, brABI.PackWithdraw(credits(1), common.HexToAddress("0x00000000000000000000000000000000000000bb"))))
	var proof struct {
		Leaf       common.Hash   `json:"leaf"`
		Siblings   []common.Hash `json:"siblings"`
		Root       common.Hash   `json:"root"`
		Index      uint64        `json:"index"`
		OutputRoot common.Hash   `json:"outputRoot"`
		StateRoot  common.Hash   `json:"stateRoot"`
		BlockHash  common.Hash   `json:"blockHash"`
	}
	if err := c.Client().Call(&proof, "crux_withdrawalProof", hexutil.Uint64(0)); err != nil {
		t.Fatal(err)
	}
	if !l2.VerifyWithdrawal(proof.Root, proof.Leaf, proof.Index, proof.Siblings) || proof.OutputRoot != l2.OutputRoot(proof.StateRoot, proof.Root, proof.BlockHash) {
		t.Fatalf("withdrawal proof does not verify: %+v", proof)
	}
}

func convertOne(out []any, dst any) error {
	if len(out) != 1 {
		return errors.New("want one result")
	}
	return convertTuple(out[0], dst)
}

func convertTuple(in, out any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("convert %T to %T: %v", in, out, r)
		}
	}()
	abi.ConvertType(in, out)
	return nil
}

func TestSubscriptionsOverWebSocket(t *testing.T) {
	n := newNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ws, err := ethclient.DialContext(ctx, n.wsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 64)
	hs, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer hs.Unsubscribe()
	logs := make(chan types.Log, 64)
	ls, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{l2.JobMarketAddress}}, logs)
	if err != nil {
		t.Fatal(err)
	}
	defer ls.Unsubscribe()
	chainID, _ := ws.ChainID(ctx)
	dapp := testKey(5)
	data, err := l2.JobMarketABI().Pack("submitJob", [32]byte{1}, [32]byte{2}, credits(1), now()+5000, l2.HwNeeds{})
	if err != nil {
		t.Fatal(err)
	}
	tx := types.MustSignNewTx(dapp, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e9), Gas: l2.TransferGas + l2.SubmitJobMethodGas,
		To: &l2.JobMarketAddress, Value: credits(1), Data: data,
	})
	if err := ws.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	r := waitReceipt(t, ws, tx.Hash())
	var sawHead, sawLog bool
	for !sawHead || !sawLog {
		select {
		case h := <-heads:
			if h.Hash() == r.BlockHash {
				sawHead = true
			}
		case l := <-logs:
			if l.TxHash == tx.Hash() && l.BlockHash == r.BlockHash {
				sawLog = true
			}
		case err := <-hs.Err():
			t.Fatal(err)
		case err := <-ls.Err():
			t.Fatal(err)
		case <-ctx.Done():
			t.Fatalf("head %v log %v", sawHead, sawLog)
		}
	}
}

// TestRejections: bad transactions get JSON-RPC errors and change nothing.
func TestRejections(t *testing.T) {
	n := newNode(t)
	ctx := context.Background()
	c := n.client
	chainID, _ := c.ChainID(ctx)
	k := testKey(6)
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	signer := types.LatestSignerForChainID(chainID)
	good := transfer(chainID, k, 0, to, big.NewInt(1))
	if err := c.SendTransaction(ctx, good); err != nil {
		t.Fatal(err)
	}
	waitReceipt(t, c, good.Hash())
	headBefore, _ := c.BlockNumber(ctx)
	balBefore, _ := c.BalanceAt(ctx, addrOf(k), nil)

	sign := func(d types.TxData) *types.Transaction { return types.MustSignNewTx(k, signer, d) }
	dyn := func(mod func(*types.DynamicFeeTx)) *types.Transaction {
		d := &types.DynamicFeeTx{ChainID: chainID, Nonce: 1, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e9), Gas: l2.TransferGas, To: &to, Value: big.NewInt(1)}
		mod(d)
		return sign(d)
	}
	badSig, _ := dyn(func(*types.DynamicFeeTx) {}).WithSignature(signer, append(make([]byte, 64), 0))
	poor := types.MustSignNewTx(testKey(99), signer, &types.DynamicFeeTx{ChainID: chainID, GasFeeCap: big.NewInt(3e9), Gas: l2.TransferGas, To: &to, Value: big.NewInt(1)})
	wrongChain := types.MustSignNewTx(k, types.LatestSignerForChainID(big.NewInt(1)), &types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: 1, GasFeeCap: big.NewInt(3e9), Gas: l2.TransferGas, To: &to})
	oversized := dyn(func(d *types.DynamicFeeTx) {
		d.To, d.Gas, d.Data = &l2.JobMarketAddress, 1_000_000, make([]byte, 9000)
	})
	cases := []struct {
		name string
		raw  []byte
		want string
	}{
		{"malformed", []byte{0x02, 0xde, 0xad, 0xbe, 0xef}, "invalid transaction encoding"},
		{"empty", nil, "invalid transaction encoding"},
		{"oversized", mustBinary(oversized), "oversized"},
		{"replayed", mustBinary(good), "nonce too low"},
		{"wrong chain", mustBinary(wrongChain), "wrong chain id"},
		{"underpriced", mustBinary(dyn(func(d *types.DynamicFeeTx) { d.GasFeeCap, d.GasTipCap = big.NewInt(1e8), big.NewInt(0) })), "underpriced"},
		{"nonce gap", mustBinary(dyn(func(d *types.DynamicFeeTx) { d.Nonce = 1000 })), "nonce too high"},
		{"bad signature", mustBinary(badSig), "invalid signature"},
		{"insufficient funds", mustBinary(poor), "insufficient funds"},
		{"legacy unprotected", mustBinary(types.MustSignNewTx(k, types.HomesteadSigner{}, &types.LegacyTx{Nonce: 1, GasPrice: big.NewInt(3e9), Gas: l2.TransferGas, To: &to})), "replay protection"},
		{"calldata to EOA", mustBinary(dyn(func(d *types.DynamicFeeTx) { d.Data = []byte{1, 2, 3, 4} })), "calldata"},
	}
	for _, tc := range cases {
		var h common.Hash
		err := c.Client().CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes(tc.raw))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error with %q", tc.name, err, tc.want)
			continue
		}
		var rpcErr gethrpc.Error
		if !errors.As(err, &rpcErr) {
			t.Errorf("%s: not a JSON-RPC error: %T", tc.name, err)
		}
	}
	// A pending tx sent twice is "already known"; a replacement must pay
	// 10% more.
	pending := dyn(func(d *types.DynamicFeeTx) { d.Nonce = 5 }) // queued behind a gap
	if err := c.SendTransaction(ctx, pending); err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, pending); err == nil || !strings.Contains(err.Error(), "already known") {
		t.Fatalf("resend: %v", err)
	}
	cheap := dyn(func(d *types.DynamicFeeTx) { d.Nonce, d.Value = 5, big.NewInt(2) })
	if err := c.SendTransaction(ctx, cheap); err == nil || !strings.Contains(err.Error(), "replacement transaction underpriced") {
		t.Fatalf("replacement: %v", err)
	}
	// Nothing changed: no block took anything from k, and its balance and
	// nonce are those after the good transfer.
	time.Sleep(300 * time.Millisecond)
	bal, _ := c.BalanceAt(ctx, addrOf(k), nil)
	nonce, _ := c.NonceAt(ctx, addrOf(k), nil)
	if bal.Cmp(balBefore) != 0 || nonce != 1 {
		t.Fatalf("balance %s (was %s), nonce %d", bal, balBefore, nonce)
	}
	head, _ := c.BlockNumber(ctx)
	for b := headBefore + 1; b <= head; b++ {
		blk, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		if len(blk.Transactions()) != 1 { // only the block start
			t.Fatalf("block %d has %d transactions", b, len(blk.Transactions()))
		}
	}
}

func mustBinary(tx *types.Transaction) []byte {
	b, err := tx.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return b
}

// TestRestartKeepsState: a graceful restart on the same datadir keeps
// blocks, receipts, state, blobs, and the chain goes on.
func TestRestartKeepsState(t *testing.T) {
	dir := t.TempDir()
	gt := now()
	l1 := sequencer.NewStaticL1(sequencer.StaticGenesis(100, gt-5))
	n := startNode(t, dir, l1, gt, nil)
	ctx := context.Background()
	chainID, _ := n.client.ChainID(ctx)
	k := testKey(7)
	to := common.HexToAddress("0x00000000000000000000000000000000000000cc")
	var last common.Hash
	for i := 0; i < 5; i++ {
		tx := transfer(chainID, k, uint64(i), to, big.NewInt(7))
		if err := n.client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		last = tx.Hash()
	}
	r := waitReceipt(t, n.client, last)
	var blobHash common.Hash
	if err := n.client.Client().Call(&blobHash, "crux_putBlob", hexutil.Bytes("hello")); err != nil {
		t.Fatal(err)
	}
	head, _ := n.client.BlockNumber(ctx)
	hashes := map[uint64]common.Hash{}
	for b := uint64(0); b <= head; b++ {
		h, err := n.client.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		hashes[b] = h.Hash()
	}
	n.stop()

	n = startNode(t, dir, l1, gt+1000, nil) // a different genesis time is ignored: the chain exists
	defer n.stop()
	for b, want := range hashes {
		h, err := n.client.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil || h.Hash() != want {
			t.Fatalf("block %d after restart: %v %v", b, h, err)
		}
	}
	r2, err := n.client.TransactionReceipt(ctx, last)
	if err != nil || r2.BlockHash != r.BlockHash {
		t.Fatalf("receipt after restart: %v", err)
	}
	bal, _ := n.client.BalanceAt(ctx, to, nil)
	if bal.Int64() != 35 {
		t.Fatalf("balance %s", bal)
	}
	var blob hexutil.Bytes
	if err := n.client.Client().Call(&blob, "crux_getBlob", blobHash); err != nil || string(blob) != "hello" {
		t.Fatalf("blob after restart: %q %v", blob, err)
	}
	tx := transfer(chainID, k, 5, to, big.NewInt(7))
	if err := n.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if r := waitReceipt(t, n.client, tx.Hash()); r.BlockNumber.Uint64() <= head {
		t.Fatalf("new tx in old block %d", r.BlockNumber)
	}
}
