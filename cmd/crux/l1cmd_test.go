package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/devnet"
)

// The L1-facing commands against a running devnet: a deposit reaches the
// L2, a provider can request unbonding (and is told when it cannot yet
// withdraw), the watcher audits once, and contracts deploy works.
func TestL1Commands(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a whole devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	dir := t.TempDir()
	js, _ := json.Marshal(d.Addrs)
	contracts := writeFile(t, filepath.Join(dir, "contracts.json"), string(js), 0o644)
	key := func(i int) string {
		return writeFile(t, filepath.Join(dir, fmt.Sprintf("key%d", i)), fmt.Sprintf("%x", crypto.FromECDSA(d.Keys[i])), 0o600)
	}
	l1 := []string{"--l1", d.L1URL, "--contracts", contracts}
	run := func(args ...string) result {
		t.Helper()
		return crux(t, nil, args...)
	}

	// Deposit 5 credits for a fresh L2 address; the L2 derives it.
	to := "0x00000000000000000000000000000000000d3905"
	if r := run(append([]string{"credit", "deposit", "--key.file", key(devnet.AcctUser), "--to", to, "--amount", "5credits"}, l1...)...); r.code != 0 {
		t.Fatalf("deposit: %s", r.stderr)
	}
	want := new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(250 * time.Millisecond) {
		bal, err := d.L2.Eth().BalanceAt(ctx, gethcommon.HexToAddress(to), nil)
		if err == nil && bal.Cmp(want) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("L2 balance %v after the deposit, want %v", bal, want)
		}
	}

	// Unbonding: executor 1 is bonded once the devnet started it.
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(250 * time.Millisecond) {
		r := run(append([]string{"provider", "unbond", "--key.file", key(devnet.AcctExecutor1)}, l1...)...)
		if r.code == 0 && strings.Contains(r.stdout, "unbonding requested") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("unbond: %s", r.stderr)
		}
	}
	if r := run(append([]string{"provider", "withdraw", "--key.file", key(devnet.AcctExecutor1)}, l1...)...); r.code == 0 || r.stderr == "" {
		t.Fatalf("withdrew before the unbonding delay: exit %d", r.code)
	}

	// One audit of a quiet system: no alerts, exit 0, JSON out.
	r := run(append([]string{"watch", "--once", "--json", "--l2", d.L2URL, "--backend", "cpu"}, l1...)...)
	var rep map[string]any
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &rep) != nil || rep["results"] == nil {
		t.Fatalf("watch --once: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}

	// A second deployment from a spare account.
	out := filepath.Join(dir, "second.json")
	if r := run("contracts", "deploy", "--l1", d.L1URL, "--key.file", key(6), "--out", out); r.code != 0 {
		t.Fatalf("contracts deploy: %s", r.stderr)
	}
	raw, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(raw), "disputeGame") {
		t.Fatalf("deploy output: %s %v", raw, err)
	}
}
