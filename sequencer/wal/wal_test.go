package wal

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func testTx(t testing.TB, nonce uint64) *types.Transaction {
	t.Helper()
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("wal test key")))
	to := common.HexToAddress("0xaa")
	return types.MustSignNewTx(k, types.LatestSignerForChainID(big.NewInt(7)), &types.DynamicFeeTx{
		ChainID: big.NewInt(7), Nonce: nonce, GasFeeCap: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
}

func open(t *testing.T, dir string, opts Options) (*Log, []*types.Transaction, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	l, txs, err := Open(context.Background(), dir, slog.New(slog.NewTextHandler(&logs, nil)), opts)
	if err != nil {
		t.Fatal(err)
	}
	return l, txs, &logs
}

func hashes(txs []*types.Transaction) []common.Hash {
	var out []common.Hash
	for _, tx := range txs {
		out = append(out, tx.Hash())
	}
	return out
}

func TestAppendRecoverRelease(t *testing.T) {
	dir := t.TempDir()
	l, txs, _ := open(t, dir, Options{})
	if len(txs) != 0 {
		t.Fatal("new log not empty")
	}
	var want []*types.Transaction
	var wg sync.WaitGroup
	var mu sync.Mutex
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				tx := testTx(t, uint64(g*100+i))
				if err := l.Append(context.Background(), tx); err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				want = append(want, tx)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	l.Done(want[0].Hash(), want[1].Hash()) // released records still sit in the current segment
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	l, got, _ := open(t, dir, Options{})
	defer l.Close()
	if len(got) != len(want) {
		t.Fatalf("recovered %d of %d", len(got), len(want))
	}
	set := map[common.Hash]bool{}
	for _, h := range hashes(got) {
		set[h] = true
	}
	for _, tx := range want {
		if !set[tx.Hash()] {
			t.Fatalf("lost %s", tx.Hash())
		}
	}
}

func TestSegmentsDeletedWhenReleased(t *testing.T) {
	dir := t.TempDir()
	l, _, _ := open(t, dir, Options{SegmentSize: 300}) // about two records a segment
	var all []*types.Transaction
	for i := 0; i < 10; i++ {
		tx := testTx(t, uint64(i))
		if err := l.Append(context.Background(), tx); err != nil {
			t.Fatal(err)
		}
		all = append(all, tx)
	}
	if _, segs := l.Stats(); segs < 4 {
		t.Fatalf("%d segments", segs)
	}
	l.Done(hashes(all[:8])...)
	files, _ := filepath.Glob(filepath.Join(dir, "*.wal"))
	if live, _ := l.Stats(); live != 2 || len(files) > 2 {
		t.Fatalf("%d live, files %v", live, files)
	}
	l.Close()
	l, got, _ := open(t, dir, Options{})
	defer l.Close()
	if len(got) != 2 || got[0].Hash() != all[8].Hash() || got[1].Hash() != all[9].Hash() {
		t.Fatalf("recovered %v", hashes(got))
	}
}

// TestTornTail: a record cut by a crash at every possible byte is dropped
// with a log line; the records before it survive and appends continue.
func TestTornTail(t *testing.T) {
	a, b := testTx(t, 1), testTx(t, 2)
	ab, _ := a.MarshalBinary()
	bb, _ := b.MarshalBinary()
	full := AppendRecord(AppendRecord(nil, ab), bb)
	first := len(full) - len(bb) - headerSize
	for cut := first + 1; cut < len(full); cut += 7 {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "0000000000000001.wal"), full[:cut], 0o600); err != nil {
			t.Fatal(err)
		}
		l, got, logs := open(t, dir, Options{})
		if len(got) != 1 || got[0].Hash() != a.Hash() {
			t.Fatalf("cut %d: recovered %v", cut, hashes(got))
		}
		if !strings.Contains(logs.String(), "torn record") {
			t.Fatalf("cut %d: no log line: %s", cut, logs)
		}
		if err := l.Append(context.Background(), b); err != nil {
			t.Fatal(err)
		}
		l.Close()
		l, got, logs = open(t, dir, Options{})
		l.Close()
		if len(got) != 2 || strings.Contains(logs.String(), "torn") {
			t.Fatalf("cut %d: after repair %v %s", cut, hashes(got), logs)
		}
	}
}

// TestCorruptMiddle: damage in an older segment is not silently skipped.
func TestCorruptMiddle(t *testing.T) {
	dir := t.TempDir()
	l, _, _ := open(t, dir, Options{SegmentSize: 200})
	for i := 0; i < 4; i++ {
		if err := l.Append(context.Background(), testTx(t, uint64(i))); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "*.wal"))
	data, _ := os.ReadFile(files[0])
	data[len(data)-3] ^= 0xff
	os.WriteFile(files[0], data, 0o600)
	_, _, err := Open(context.Background(), dir, nil, Options{})
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("got %v", err)
	}
}

func TestAppendAfterClose(t *testing.T) {
	l, _, _ := open(t, t.TempDir(), Options{})
	l.Close()
	if err := l.Append(context.Background(), testTx(t, 0)); !errors.Is(err, ErrClosed) {
		t.Fatalf("got %v", err)
	}
}

// FuzzDecodeRecords: any byte string decodes without panicking into a
// prefix of well-formed records that re-encodes to the same bytes.
func FuzzDecodeRecords(f *testing.F) {
	tx := testTx(f, 3)
	b, _ := tx.MarshalBinary()
	f.Add(AppendRecord(nil, b))
	f.Add(AppendRecord(AppendRecord(nil, []byte{1, 2, 3}), b)[:20])
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		payloads, valid, err := DecodeRecords(data)
		if valid > len(data) || (err == nil) != (valid == len(data)) {
			t.Fatalf("valid %d of %d, err %v", valid, len(data), err)
		}
		var again []byte
		for _, p := range payloads {
			again = AppendRecord(again, p)
		}
		if !bytes.Equal(again, data[:valid]) {
			t.Fatal("re-encoding differs")
		}
	})
}
