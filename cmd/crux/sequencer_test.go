package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// seqKeyHex is the sequencer key of these tests. No output of the command
// may contain it.
var seqKeyHex = strings.Repeat("4c", 32)

// writeFile writes data with exactly mode perm (umask does not apply).
func writeFile(t *testing.T, path, data string, perm os.FileMode) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil {
		t.Fatal(err)
	}
	return path
}

// noKeyLeak fails if out holds the private key in any case or prefix form.
func noKeyLeak(t *testing.T, what, out string) {
	t.Helper()
	if strings.Contains(strings.ToLower(out), seqKeyHex) {
		t.Errorf("%s prints the private key:\n%s", what, out)
	}
}

func TestSequencerRefusesBadSetup(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	good := writeFile(t, filepath.Join(dir, "good.key"), "0x"+seqKeyHex+"\n", 0o600)
	none := []string{"sequencer", "--l1", "none", "--datadir", data}
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"no --l1", []string{"sequencer", "--datadir", data, "--key.file", good}, []string{`"l1"`}},
		{"no --datadir", []string{"sequencer", "--l1", "none", "--key.file", good}, []string{`"datadir"`}},
		{"no key", none, []string{"--key.file or --keystore"}},
		{"key file and keystore", append(none, "--key.file", good, "--keystore", good), []string{"not both"}},
		{"keystore without password", append(none, "--keystore", filepath.Join(dir, "ks.json")), []string{"--password.file"}},
		{"missing key file", append(none, "--key.file", filepath.Join(dir, "nope.key")), []string{"nope.key", "no such file"}},
		{"L1 without contracts", []string{"sequencer", "--l1", "http://127.0.0.1:1", "--datadir", data, "--key.file", good}, []string{"--l1.portal"}},
		{"bad genesis", append(none, "--key.file", good, "--genesis", writeFile(t, filepath.Join(dir, "g.json"), `{"alloc": {"0x01": "-5"}}`, 0o644)), []string{"g.json"}},
		{"not a key", append(none, "--key.file", writeFile(t, filepath.Join(dir, "junk.key"), "zz"+seqKeyHex[2:], 0o600)), []string{"junk.key", "not a hex"}},
	}
	for _, perm := range []os.FileMode{0o644, 0o640, 0o604, 0o660, 0o666} {
		kf := writeFile(t, filepath.Join(dir, fmt.Sprintf("key-%04o", perm)), seqKeyHex, perm)
		cases = append(cases, struct {
			name string
			args []string
			want []string
		}{fmt.Sprintf("key file mode %04o", perm), append(none, "--key.file", kf), []string{kf, fmt.Sprintf("mode %04o", perm), "chmod 600"}})
	}
	pw := writeFile(t, filepath.Join(dir, "password"), "secret", 0o644)
	cases = append(cases, struct {
		name string
		args []string
		want []string
	}{"password file mode 0644", append(none, "--keystore", filepath.Join(dir, "ks.json"), "--password.file", pw), []string{pw, "mode 0644"}})

	for _, c := range cases {
		r := crux(t, nil, c.args...)
		if r.code == 0 {
			t.Errorf("%s: exit 0", c.name)
			continue
		}
		msg := strings.TrimSuffix(r.stderr, "\n")
		if i := strings.LastIndex(msg, "\n"); i >= 0 {
			msg = msg[i+1:] // the error is the last line; logs may precede it
		}
		if !strings.HasPrefix(msg, "crux: ") {
			t.Errorf("%s: last stderr line does not start with crux: %q", c.name, r.stderr)
		}
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: error %q does not name %q", c.name, msg, w)
			}
		}
		noKeyLeak(t, c.name+" stdout", r.stdout)
		noKeyLeak(t, c.name+" stderr", r.stderr)
	}
	if _, err := os.Stat(filepath.Join(data, "chaindata")); !os.IsNotExist(err) {
		t.Errorf("a refused start created the chain database (%v)", err)
	}
}

// syncBuffer is a bytes.Buffer the process writes while the test reads.
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

// rpcCall posts one JSON-RPC request over HTTP, as any client does.
func rpcCall(t *testing.T, url, method string, params []any, out any) {
	t.Helper()
	if params == nil {
		params = []any{}
	}
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	defer resp.Body.Close()
	var r struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("%s: HTTP %d: %v", method, resp.StatusCode, err)
	}
	if r.Error != nil {
		t.Fatalf("%s: error %d %s", method, r.Error.Code, r.Error.Message)
	}
	if err := json.Unmarshal(r.Result, out); err != nil {
		t.Fatalf("%s: result %s: %v", method, r.Result, err)
	}
}

// rpcAddr waits for the line the RPC server logs once it listens (the test
// asks for port 0, so the log is the only place the port appears).
func rpcAddr(t *testing.T, stderr *syncBuffer, exited <-chan struct{}) string {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		sc := bufio.NewScanner(strings.NewReader(stderr.String()))
		for sc.Scan() {
			var l struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal(sc.Bytes(), &l) == nil && l.Msg == "serving JSON-RPC" && l.Addr != "" {
				return l.Addr
			}
		}
		select {
		case <-exited:
			t.Fatalf("the sequencer exited before serving:\n%s", stderr)
		case <-deadline:
			t.Fatalf("the sequencer did not start serving within 30s:\n%s", stderr)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func TestSequencerDevnet(t *testing.T) {
	dir := t.TempDir()
	keyFile := writeFile(t, filepath.Join(dir, "seq.key"), seqKeyHex+"\n", 0o600)
	funded := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	genesis := writeFile(t, filepath.Join(dir, "genesis.json"), `{"alloc": {"`+funded.Hex()+`": "1000000000000000000000"}}`, 0o644)
	const chainID = 424242

	cmd := exec.Command(cruxBin, "--log.format", "json", "--log.level", "debug", "sequencer",
		"--l1", "none", "--genesis", genesis, "--datadir", filepath.Join(dir, "data"), "--key.file", keyFile,
		"--http.port", "0", "--ws.port", "0", "--block-time", "50ms", "--chain-id", fmt.Sprint(chainID))
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(exited) }()
	defer func() {
		select {
		case <-exited:
		default:
			cmd.Process.Kill()
			<-exited
		}
	}()
	url := "http://" + rpcAddr(t, &stderr, exited)

	var id hexutil.Big
	rpcCall(t, url, "eth_chainId", nil, &id)
	if id.ToInt().Int64() != chainID {
		t.Fatalf("eth_chainId %s, want %d", id.ToInt(), chainID)
	}
	// Blocks keep coming without transactions (the idle interval), so the
	// head moves past genesis.
	deadline := time.Now().Add(20 * time.Second)
	for {
		var n hexutil.Uint64
		rpcCall(t, url, "eth_blockNumber", nil, &n)
		if n >= 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("eth_blockNumber still %d after 20s", n)
		}
		time.Sleep(100 * time.Millisecond)
	}
	var bal hexutil.Big
	rpcCall(t, url, "eth_getBalance", []any{funded, "latest"}, &bal)
	if want, _ := new(big.Int).SetString("1000000000000000000000", 10); bal.ToInt().Cmp(want) != 0 {
		t.Fatalf("genesis balance %s, want %s", bal.ToInt(), want)
	}

	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case <-exited:
	case <-time.After(15 * time.Second):
		t.Fatalf("still running 15s after SIGINT:\n%s", stderr.String())
	}
	if waitErr != nil {
		t.Fatalf("exit after SIGINT: %v\nstderr:\n%s", waitErr, stderr.String())
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		t.Fatalf("killed by %v instead of shutting down", ws.Signal())
	}
	// The log names the sequencer by address only.
	key, _ := crypto.HexToECDSA(seqKeyHex)
	if addr := crypto.PubkeyToAddress(key.PublicKey); !strings.Contains(strings.ToLower(stderr.String()), strings.ToLower(addr.Hex())) {
		t.Errorf("the log does not name the sequencer address %s", addr)
	}
	noKeyLeak(t, "stdout", stdout.String())
	noKeyLeak(t, "stderr", stderr.String())
}
