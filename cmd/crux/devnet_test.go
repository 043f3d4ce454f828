package main

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// crux devnet starts every role, prints the endpoints and keys, serves both
// chains, and stops cleanly on SIGINT.
func TestDevnetCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a whole devnet")
	}
	cmd := exec.Command(cruxBin, "devnet", "--l1.addr", "127.0.0.1:0", "--l2.addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		done <- cmd.Wait()
	}()
	defer cmd.Process.Kill()
	urls := map[string]string{}
	var printed strings.Builder
	timeout := time.After(60 * time.Second)
	for urls["L2"] == "" || !strings.Contains(printed.String(), "running") {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("devnet exited:\n%s\n%s", printed.String(), stderr.String())
			}
			printed.WriteString(l + "\n")
			for _, chain := range []string{"L1", "L2"} {
				if u, ok := strings.CutPrefix(l, chain+" JSON-RPC  "); ok {
					urls[chain] = u
				}
			}
		case <-timeout:
			t.Fatalf("devnet not up after 60 s:\n%s\n%s", printed.String(), stderr.String())
		}
	}
	for _, chain := range []string{"L1", "L2"} {
		var id hexutil.Big
		rpcCall(t, urls[chain], "eth_chainId", nil, &id)
		if id.ToInt().Sign() <= 0 {
			t.Errorf("%s chain id %v", chain, id.ToInt())
		}
	}
	if !strings.Contains(printed.String(), "challenger") || !strings.Contains(printed.String(), "disputeGame") {
		t.Errorf("the devnet did not print its keys and contracts:\n%s", printed.String())
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	go func() {
		for range lines {
		}
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGINT: %v\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("devnet still running 30 s after SIGINT")
	}
}
