package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The dApp commands against a live devnet sequencer: balance, transfer,
// withdraw, and a job submitted with escrow and read back.
func TestDAppCommands(t *testing.T) {
	dir := t.TempDir()
	userKey, _ := crypto.GenerateKey()
	user := crypto.PubkeyToAddress(userKey.PublicKey)
	userKeyFile := writeFile(t, filepath.Join(dir, "user.key"), fmt.Sprintf("%x\n", crypto.FromECDSA(userKey)), 0o600)
	seqKeyFile := writeFile(t, filepath.Join(dir, "seq.key"), seqKeyHex+"\n", 0o600)
	genesis := writeFile(t, filepath.Join(dir, "genesis.json"), `{"alloc": {"`+user.Hex()+`": "1000000000000000000000"}}`, 0o644)

	cmd := exec.Command(cruxBin, "--log.format", "json", "sequencer", "--l1", "none", "--genesis", genesis,
		"--datadir", filepath.Join(dir, "data"), "--key.file", seqKeyFile, "--http.port", "0", "--ws.port", "0", "--block-time", "50ms")
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		<-exited
	}()
	l2 := "--l2=http://" + rpcAddr(t, &stderr, exited)
	ok := func(args ...string) string {
		t.Helper()
		r := crux(t, nil, args...)
		if r.code != 0 {
			t.Fatalf("crux %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
		return strings.TrimSpace(r.stdout)
	}

	if got := ok("credit", "balance", l2, user.Hex()); got != "1000000000000000000000" {
		t.Fatalf("balance %q", got)
	}
	bob := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	ok("credit", "transfer", l2, "--key.file", userKeyFile, "--to", bob.Hex(), "--amount", "5credits")
	if got := ok("credit", "balance", l2, bob.Hex()); got != "5000000000000000000" {
		t.Fatalf("bob's balance %q after the transfer", got)
	}
	if tx := ok("credit", "withdraw", l2, "--key.file", userKeyFile, "--amount", "1credits"); !strings.HasPrefix(tx, "0x") {
		t.Fatalf("withdraw printed %q", tx)
	}

	_, prog, x, w := fixture(t)
	id := ok("job", "submit", l2, "--key.file", userKeyFile, "--program", prog, "--input", "x="+x, "--input", "w="+w, "--max-price", "2credits")
	if id != "1" {
		t.Fatalf("job id %q", id)
	}
	st := ok("job", "status", l2, id)
	for _, want := range []string{`"status": "open"`, `"maxPrice": 2000000000000000000`, strings.ToLower(user.Hex())} {
		if !strings.Contains(strings.ToLower(st), strings.ToLower(want)) {
			t.Errorf("status lacks %s:\n%s", want, st)
		}
	}
	// No result yet; bad arguments are named.
	for _, bad := range [][]string{
		{"job", "result", l2, "--out", dir, id},
		{"job", "status", l2, "zero"},
		{"credit", "transfer", l2, "--key.file", userKeyFile, "--to", bob.Hex(), "--amount", "-1"},
		{"credit", "balance", l2, "nobody"},
	} {
		if r := crux(t, nil, bad...); r.code == 0 || r.stderr == "" {
			t.Errorf("crux %s: exit %d, stderr %q", strings.Join(bad, " "), r.code, r.stderr)
		}
	}
}
