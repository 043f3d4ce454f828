package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/crux-rollup/crux/sequencer"
	"github.com/crux-rollup/crux/sequencer/batcher"
	"github.com/crux-rollup/crux/sequencer/l2"
	"github.com/crux-rollup/crux/sequencer/mempool"
	seqrpc "github.com/crux-rollup/crux/sequencer/rpc"
)

func sequencerCommand() *cli.Command {
	return &cli.Command{
		Name:  "sequencer",
		Usage: "run the L2 sequencer: mempool, block building and JSON-RPC",
		UsageText: "crux sequencer --l1 URL --l1.portal ADDR --l1.result-registry ADDR --l1.provider-registry ADDR\n" +
			"   --l1.inbox ADDR --l1.output-oracle ADDR\n" +
			"   --datadir DIR (--key.file FILE | --keystore FILE --password.file FILE) [options]\n" +
			"crux sequencer --l1 none --datadir DIR --key.file FILE --genesis FILE   (devnet without L1)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "l1", Usage: `L1 JSON-RPC endpoint, or "none" for a devnet without L1 (the L1 origin never advances)`, Required: true, EnvVars: env("l1")},
			&cli.StringFlag{Name: "l1.portal", Usage: "L1 Portal address (deposits)", EnvVars: env("l1.portal")},
			&cli.StringFlag{Name: "l1.result-registry", Usage: "L1 ResultRegistry address", EnvVars: env("l1.result-registry")},
			&cli.StringFlag{Name: "l1.provider-registry", Usage: "L1 ProviderRegistry address", EnvVars: env("l1.provider-registry")},
			&cli.Uint64Flag{Name: "l1.confirmations", Value: l2.DefaultConfirmations, Usage: "L1 blocks an L1 origin must be deep", EnvVars: env("l1.confirmations")},
			&cli.StringFlag{Name: "l1.start", Usage: "L1 block number the new chain starts from (default: the newest confirmed)", EnvVars: env("l1.start")},
			&cli.StringFlag{Name: "datadir", Usage: "data directory (database and transaction log)", Required: true, EnvVars: env("datadir")},
			&cli.StringFlag{Name: "key.file", Usage: "file holding the sequencer's hex private key (mode 0600)", EnvVars: env("key.file")},
			&cli.StringFlag{Name: "keystore", Usage: "encrypted keystore file of the sequencer's key (instead of --key.file)", EnvVars: env("keystore")},
			&cli.StringFlag{Name: "password.file", Usage: "file holding the keystore password (mode 0600)", EnvVars: env("password.file")},
			&cli.StringFlag{Name: "coinbase", Usage: "priority fee recipient (default: the sequencer key's address)", EnvVars: env("coinbase")},
			&cli.StringFlag{Name: "http.addr", Value: "127.0.0.1", Usage: "JSON-RPC listen address (HTTP and WebSocket upgrades)", EnvVars: env("http.addr")},
			&cli.IntFlag{Name: "http.port", Value: 8545, Usage: "JSON-RPC HTTP port", EnvVars: env("http.port")},
			&cli.IntFlag{Name: "ws.port", Value: 8546, Usage: "WebSocket-only port (0: none; the HTTP port accepts WebSocket too)", EnvVars: env("ws.port")},
			&cli.StringSliceFlag{Name: "http.corsdomain", Usage: "browser origins allowed over HTTP (* for any)", EnvVars: env("http.corsdomain")},
			&cli.StringSliceFlag{Name: "ws.origins", Usage: "browser origins allowed over WebSocket (* for any; default localhost)", EnvVars: env("ws.origins")},
			&cli.BoolFlag{Name: "rpc.admin", Usage: "serve the admin_ namespace (off by default)", EnvVars: env("rpc.admin")},
			&cli.DurationFlag{Name: "block-time", Value: sequencer.DefaultBlockTime, Usage: "block building period", EnvVars: env("block-time")},
			&cli.Uint64Flag{Name: "chain-id", Value: l2.DefaultChainID, Usage: "L2 chain id", EnvVars: env("chain-id")},
			&cli.StringFlag{Name: "min-provider-stake", Value: "1", Usage: "L1 ProviderRegistry.minStake in wei (a consensus rule)", EnvVars: env("min-provider-stake")},
			&cli.StringFlag{Name: "min-tip", Value: "0", Usage: "lowest accepted priority fee per gas, wei", EnvVars: env("min-tip")},
			&cli.StringFlag{Name: "genesis", Usage: "JSON file of a new chain's allocations {\"alloc\": {address: wei}} (devnets)", EnvVars: env("genesis")},
			&cli.StringFlag{Name: "chain.export", Usage: "write the chain spec (config and genesis) a replica needs to this file", EnvVars: env("chain.export")},
			&cli.BoolFlag{Name: "batcher", Value: true, Usage: "post batches to the L1 BatchInbox and output roots to the OutputOracle (with an L1 only)", EnvVars: env("batcher")},
			&cli.StringFlag{Name: "l1.inbox", Usage: "L1 BatchInbox address (the sequencer key must be its batcher)", EnvVars: env("l1.inbox")},
			&cli.StringFlag{Name: "l1.output-oracle", Usage: "L1 OutputOracle address (the sequencer key must be its proposer)", EnvVars: env("l1.output-oracle")},
			&cli.DurationFlag{Name: "batcher.max-delay", Value: 10 * time.Second, Usage: "longest a block waits before it is posted", EnvVars: env("batcher.max-delay")},
			&cli.Uint64Flag{Name: "batcher.confirmations", Value: 4, Usage: "L1 blocks on top of a batch transaction before it counts as posted", EnvVars: env("batcher.confirmations")},
			&cli.Uint64Flag{Name: "proposer.interval", Value: 100, Usage: "L2 blocks between posted output roots", EnvVars: env("proposer.interval")},
			&cli.StringFlag{Name: "metrics.addr", Usage: "host:port serving Prometheus metrics on /metrics (batcher and proposer); empty: off", EnvVars: env("metrics.addr")},
		},
		Action: sequencerAction,
	}
}

func sequencerAction(c *cli.Context) error {
	if c.Args().Len() > 0 {
		return fmt.Errorf("unexpected argument %q", c.Args().First())
	}
	log := logger(c)
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()

	key, err := loadKey(c)
	if err != nil {
		return err
	}
	seqAddr := crypto.PubkeyToAddress(key.PublicKey)
	coinbase := seqAddr
	if s := c.String("coinbase"); s != "" {
		if coinbase, err = parseAddress("--coinbase", s); err != nil {
			return err
		}
	}
	cfg, err := chainConfig(c)
	if err != nil {
		return err
	}
	minTip, ok := new(big.Int).SetString(c.String("min-tip"), 10)
	if !ok || minTip.Sign() < 0 {
		return fmt.Errorf("--min-tip %q: want a non-negative integer (wei)", c.String("min-tip"))
	}
	proc, err := l2.New(cfg)
	if err != nil {
		return err
	}
	var l1 sequencer.L1Source
	var l1Client *ethclient.Client
	var genesisOrigin l2.L1Origin
	if c.String("l1") == "none" {
		genesisOrigin = sequencer.StaticGenesis(0, uint64(time.Now().Unix()))
		l1 = sequencer.NewStaticL1(genesisOrigin)
		log.Warn("running without L1: no deposits, results or provider events reach this chain")
	} else {
		client, err := ethclient.DialContext(ctx, c.String("l1"))
		if err != nil {
			return fmt.Errorf("connect to L1: %w", err)
		}
		defer client.Close()
		l1Client = client
		eth := sequencer.NewEthL1(client, proc, c.Uint64("l1.confirmations"))
		l1 = eth
		if genesisOrigin, err = startOrigin(ctx, eth, c.String("l1.start")); err != nil {
			return err
		}
	}
	genesis, err := loadGenesis(c.String("genesis"), genesisOrigin)
	if err != nil {
		return err
	}
	// The key is the sequencer's identity (the batcher and proposer sign with it);
	// only its address is ever logged.
	log.Info("starting sequencer", "address", seqAddr, "coinbase", coinbase, "chain_id", cfg.ChainID, "datadir", c.String("datadir"), "block_time", c.Duration("block-time"))
	poolCfg := mempool.DefaultConfig()
	poolCfg.MinTip = minTip
	svc, err := sequencer.New(ctx, sequencer.Config{
		L2: cfg, Genesis: genesis, DataDir: c.String("datadir"), Coinbase: coinbase,
		BlockTime: c.Duration("block-time"), Pool: poolCfg, Logger: log,
	}, l1)
	if err != nil {
		return err
	}
	defer svc.Close()
	if f := c.String("chain.export"); f != "" {
		spec, err := svc.ChainSpec()
		if err != nil {
			return err
		}
		if err := os.WriteFile(f, spec, 0o644); err != nil {
			return fmt.Errorf("--chain.export: %w", err)
		}
	}
	if l1Client != nil && c.Bool("batcher") {
		stop, err := startBatcher(ctx, c, svc, l1Client, key)
		if err != nil {
			return err
		}
		defer stop()
	}
	rc := seqrpc.Config{
		HTTPAddr:      net.JoinHostPort(c.String("http.addr"), strconv.Itoa(c.Int("http.port"))),
		CORSOrigins:   c.StringSlice("http.corsdomain"),
		WSOrigins:     c.StringSlice("ws.origins"),
		ClientVersion: "crux-sequencer/" + version,
		Admin:         c.Bool("rpc.admin"),
		Logger:        log,
	}
	if p := c.Int("ws.port"); p != 0 {
		rc.WSAddr = net.JoinHostPort(c.String("http.addr"), strconv.Itoa(p))
	}
	srv, err := seqrpc.New(svc, rc)
	if err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	defer srv.Close()
	if err := svc.Run(ctx); err != nil {
		return err
	}
	log.Info("sequencer stopped")
	return nil
}

// chainConfig builds the consensus configuration from the flags.
func chainConfig(c *cli.Context) (l2.Config, error) {
	var contracts l2.L1Contracts
	if c.String("l1") != "none" {
		for _, f := range []struct {
			flag string
			dst  *common.Address
		}{
			{"l1.portal", &contracts.Portal}, {"l1.result-registry", &contracts.ResultRegistry}, {"l1.provider-registry", &contracts.ProviderRegistry},
		} {
			a, err := parseAddress("--"+f.flag, c.String(f.flag))
			if err != nil {
				return l2.Config{}, err
			}
			*f.dst = a
		}
	}
	cfg := l2.DefaultConfig(contracts)
	cfg.ChainID = c.Uint64("chain-id")
	cfg.Confirmations = c.Uint64("l1.confirmations")
	stake, ok := new(big.Int).SetString(c.String("min-provider-stake"), 10)
	if !ok {
		return l2.Config{}, fmt.Errorf("--min-provider-stake %q: want an integer (wei)", c.String("min-provider-stake"))
	}
	cfg.MinProviderStake = stake
	return cfg, cfg.Validate()
}

func parseAddress(flag, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s %q: want a 0x address", flag, s)
	}
	return common.HexToAddress(s), nil
}

// startOrigin is the L1 block a new chain starts from.
func startOrigin(ctx context.Context, l1 *sequencer.EthL1, start string) (l2.L1Origin, error) {
	var n uint64
	if start == "" {
		safe, err := l1.SafeHead(ctx)
		if err != nil {
			return l2.L1Origin{}, err
		}
		n = safe
	} else {
		v, err := strconv.ParseUint(start, 10, 64)
		if err != nil {
			return l2.L1Origin{}, fmt.Errorf("--l1.start %q: want a block number", start)
		}
		n = v
	}
	b, err := l1.Block(ctx, n)
	if err != nil {
		return l2.L1Origin{}, err
	}
	return b.Origin, nil
}

// loadGenesis describes a new chain: it starts now from origin, with the
// allocations of file (if any).
func loadGenesis(file string, origin l2.L1Origin) (l2.Genesis, error) {
	g := l2.Genesis{Time: max(uint64(time.Now().Unix()), origin.Time), L1Origin: origin, Alloc: map[common.Address]*big.Int{}}
	if file == "" {
		return g, nil
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return g, fmt.Errorf("read --genesis: %w", err)
	}
	var in struct {
		Alloc map[common.Address]string `json:"alloc"`
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return g, fmt.Errorf("parse --genesis %s: %w", file, err)
	}
	for a, v := range in.Alloc {
		bal, ok := new(big.Int).SetString(v, 0)
		if !ok || bal.Sign() < 0 {
			return g, fmt.Errorf("--genesis %s: balance %q of %s is not a non-negative integer", file, v, a)
		}
		g.Alloc[a] = bal
	}
	return g, nil
}

// loadKey reads the key of any command that signs (sequencer, roles, job
// and credit commands) from --key.file or --keystore. Files that
// hold secrets must not be readable by group or others.
func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	kf, ks := c.String("key.file"), c.String("keystore")
	switch {
	case kf != "" && ks != "":
		return nil, errors.New("give --key.file or --keystore, not both")
	case kf != "":
		raw, err := readSecret("--key.file", kf)
		if err != nil {
			return nil, err
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
		if err != nil {
			// Never echo the file's content.
			return nil, fmt.Errorf("--key.file %s: not a hex secp256k1 private key", kf)
		}
		return key, nil
	case ks != "":
		pf := c.String("password.file")
		if pf == "" {
			return nil, errors.New("--keystore needs --password.file")
		}
		pw, err := readSecret("--password.file", pf)
		if err != nil {
			return nil, err
		}
		js, err := os.ReadFile(ks)
		if err != nil {
			return nil, fmt.Errorf("read --keystore: %w", err)
		}
		k, err := keystore.DecryptKey(js, strings.TrimRight(string(pw), "\r\n"))
		if err != nil {
			return nil, fmt.Errorf("--keystore %s: %w", ks, err)
		}
		return k.PrivateKey, nil
	}
	return nil, fmt.Errorf("crux %s needs a key: --key.file or --keystore", c.Command.Name)
}

// readSecret reads a file that must have mode 0600 (or stricter).
func readSecret(flag, path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return nil, fmt.Errorf("%s %s: mode %04o lets others read the secret; chmod 600 it", flag, path, perm)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	return b, nil
}

// startBatcher runs the batcher and the output proposer (and the metrics
// endpoint) until ctx ends; stop waits for them.
func startBatcher(ctx context.Context, c *cli.Context, svc *sequencer.Service, client *ethclient.Client, key *ecdsa.PrivateKey) (stop func(), err error) {
	log := logger(c)
	inbox, err := parseAddress("--l1.inbox", c.String("l1.inbox"))
	if err != nil {
		return nil, fmt.Errorf("%w (or run with --batcher=false)", err)
	}
	oracle, err := parseAddress("--l1.output-oracle", c.String("l1.output-oracle"))
	if err != nil {
		return nil, fmt.Errorf("%w (or run with --batcher=false)", err)
	}
	txc := batcher.DefaultTxConfig()
	txc.NumConfirmations = max(c.Uint64("batcher.confirmations"), 1)
	tm, err := batcher.NewTxManager(ctx, client, key, txc, log.With("component", "txmgr"))
	if err != nil {
		return nil, err
	}
	statePath := filepath.Join(c.String("datadir"), "batcher.safe")
	safe, err := batcher.LoadSafe(statePath)
	if err != nil {
		tm.Close()
		return nil, err
	}
	src := batcher.ServiceSource(svc)
	b, err := batcher.New(batcher.Config{
		Inbox: inbox, ChainID: svc.ChainID(), MaxDelay: c.Duration("batcher.max-delay"),
		StatePath: statePath, Logger: log.With("component", "batcher"),
	}, src, client, tm, safe+1)
	if err != nil {
		tm.Close()
		return nil, err
	}
	p := batcher.NewProposer(batcher.ProposerConfig{Oracle: oracle, Interval: c.Uint64("proposer.interval"), Logger: log.With("component", "proposer")}, src, client, tm, b.Safe)
	// Stopped by stop as well as by ctx: the block loop may fail first.
	bctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { b.Run(bctx) })
	wg.Go(func() { p.Run(bctx) })
	var ms *http.Server
	if addr := c.String("metrics.addr"); addr != "" {
		mux := http.NewServeMux()
		mux.Handle("/metrics", batcher.Handler(b, p))
		ms = &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			cancel()
			wg.Wait()
			tm.Close()
			return nil, fmt.Errorf("--metrics.addr: %w", err)
		}
		go ms.Serve(ln)
		log.Info("serving metrics", "addr", ln.Addr().String())
	}
	log.Info("batcher started", "inbox", inbox, "output_oracle", oracle, "from_l2_block", safe+1)
	return func() {
		cancel()
		wg.Wait()
		if ms != nil {
			ms.Close()
		}
		tm.Close()
	}, nil
}
