package rpc_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/crux-rollup/crux/sequencer"
	seqrpc "github.com/crux-rollup/crux/sequencer/rpc"
)

// The kill -9 test re-executes this test binary as the sequencer process:
// TestMain runs the child when these variables are set.
const (
	childDirEnv  = "CRUX_SEQ_CHILD_DIR"
	childTimeEnv = "CRUX_SEQ_CHILD_GENESIS_TIME"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(childDirEnv); dir != "" {
		if err := runChild(dir); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		return
	}
	os.Exit(m.Run())
}

// runChild runs a sequencer over dir until killed, writing its RPC address
// to dir/addr once it serves.
func runChild(dir string) error {
	gt, err := strconv.ParseUint(os.Getenv(childTimeEnv), 10, 64)
	if err != nil {
		return err
	}
	cfg, g := testChain(gt)
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	svc, err := sequencer.New(ctx, sequencer.Config{L2: cfg, Genesis: g, DataDir: filepath.Join(dir, "data"), Coinbase: coinbase, BlockTime: 100 * time.Millisecond, Logger: log}, sequencer.NewStaticL1(g.L1Origin))
	if err != nil {
		return err
	}
	srv, err := seqrpc.New(svc, seqrpc.Config{HTTPAddr: "127.0.0.1:0", Logger: log})
	if err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	tmp := filepath.Join(dir, "addr.tmp")
	if err := os.WriteFile(tmp, []byte(srv.Addrs()[0]), 0o600); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, "addr")); err != nil {
		return err
	}
	return svc.Run(ctx)
}

// syncBuffer is a bytes.Buffer safe to read while the child writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type child struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	client *ethclient.Client
}

func startChild(t *testing.T, dir string, gt uint64) *child {
	t.Helper()
	os.Remove(filepath.Join(dir, "addr"))
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childDirEnv+"="+dir, childTimeEnv+"="+strconv.FormatUint(gt, 10))
	stderr := &syncBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, stderr: stderr}
	var addr []byte
	waitFor(t, "child RPC address", func() (bool, error) {
		if cmd.ProcessState != nil {
			return false, fmt.Errorf("child exited: %s", stderr.String())
		}
		var err error
		addr, err = os.ReadFile(filepath.Join(dir, "addr"))
		return err == nil, nil
	})
	client, err := ethclient.Dial("http://" + string(addr))
	if err != nil {
		t.Fatal(err)
	}
	c.client = client
	return c
}

func (c *child) kill(t *testing.T) {
	t.Helper()
	c.client.Close()
	if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = c.cmd.Wait()
}

// TestKill9UnderLoad: transfers stream in from several senders; the
// sequencer is killed with SIGKILL mid-stream; after a restart on the same
// datadir every acknowledged transaction is in the chain and every block
// seen before the kill is unchanged.
func TestKill9UnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("kill -9 test")
	}
	dir := t.TempDir()
	gt := now()
	c1 := startChild(t, dir, gt)
	ctx := context.Background()
	chainID, err := c1.client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const senders = 8
	to := common.HexToAddress("0x00000000000000000000000000000000000000dd")
	var (
		mu    sync.Mutex
		acked = make(map[common.Hash]int) // tx -> sender
		count [senders]uint64
		stop  = make(chan struct{})
		wg    sync.WaitGroup
	)
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := testKey(8 + s)
			for nonce := uint64(0); ; nonce++ {
				select {
				case <-stop:
					return
				default:
				}
				tx := transfer(chainID, k, nonce, to, big.NewInt(1))
				if err := c1.client.SendTransaction(ctx, tx); err != nil {
					return // the sequencer is gone
				}
				mu.Lock()
				acked[tx.Hash()] = s
				count[s] = nonce + 1
				mu.Unlock()
			}
		}()
	}
	// Record the blocks the clients see while the load runs.
	seen := make(map[uint64]common.Hash)
	deadline := time.Now().Add(1500 * time.Millisecond)
	for time.Now().Before(deadline) {
		head, err := c1.client.BlockNumber(ctx)
		if err == nil {
			for b := uint64(len(seen)); b <= head; b++ {
				h, err := c1.client.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
				if err != nil {
					break
				}
				seen[b] = h.Hash()
			}
		}
		time.Sleep(30 * time.Millisecond)
	}
	c1.kill(t) // mid-stream: senders are still sending
	close(stop)
	wg.Wait()
	mu.Lock()
	n := len(acked)
	mu.Unlock()
	if n < 50 || len(seen) < 3 {
		t.Fatalf("too little load before the kill: %d acknowledged txs, %d blocks", n, len(seen))
	}
	t.Logf("killed after %d acknowledged transactions, %d blocks seen", n, len(seen))

	c2 := startChild(t, dir, gt+1000)
	defer c2.kill(t)
	for b, want := range seen {
		h, err := c2.client.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil || h.Hash() != want {
			t.Fatalf("block %d changed across the kill: %v (err %v), was %s", b, h, err, want)
		}
	}
	for h := range acked {
		if r := waitReceipt(t, c2.client, h); r.Status != 1 {
			t.Fatalf("acknowledged tx %s failed", h)
		}
	}
	for s := 0; s < senders; s++ {
		nonce, err := c2.client.NonceAt(ctx, addrOf(testKey(8+s)), nil)
		if err != nil || nonce < count[s] {
			t.Fatalf("sender %d: nonce %d after restart, %d acknowledged (%v)", s, nonce, count[s], err)
		}
	}
	if log := c2.stderr.String(); !strings.Contains(log, "resuming chain") {
		t.Fatalf("restart log: %s", log)
	}
	t.Logf("restart log:\n%s", firstLines(c2.stderr.String(), 6))
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
