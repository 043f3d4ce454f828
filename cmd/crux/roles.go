package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/crux-rollup/crux/challenger"
	"github.com/crux-rollup/crux/client"
	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/gpuinfo"
	"github.com/crux-rollup/crux/dispute"
	"github.com/crux-rollup/crux/executor"
	"github.com/crux-rollup/crux/l1contracts/bindings"
	"github.com/crux-rollup/crux/l1contracts/deploy"
	"github.com/crux-rollup/crux/sequencer/batcher"
	"github.com/crux-rollup/crux/watcher"
)

// roleFlags are the flags every L1-facing role shares.
func roleFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC endpoint", Required: true, EnvVars: env("l1")},
		&cli.StringFlag{Name: "l2", Usage: "L2 (sequencer or replica) JSON-RPC endpoint, for job data", Required: true, EnvVars: env("l2")},
		&cli.StringFlag{Name: "contracts", Usage: "JSON file of the L1 contract addresses (written by crux contracts deploy or crux devnet)", Required: true, EnvVars: env("contracts")},
		&cli.StringFlag{Name: "backend", Value: "auto", Usage: "compute backend: auto, cpu or cuda", EnvVars: env("backend")},
		&cli.IntFlag{Name: "threads", Usage: "CPU threads (0: all cores)", EnvVars: env("threads")},
		&cli.DurationFlag{Name: "poll", Value: time.Second, Usage: "how often to read L1 and L2", EnvVars: env("poll")},
	}
}

func keyFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "key.file", Usage: "file holding the account's hex private key (mode 0600)", EnvVars: env("key.file")},
		&cli.StringFlag{Name: "keystore", Usage: "encrypted keystore file of the account's key (instead of --key.file)", EnvVars: env("keystore")},
		&cli.StringFlag{Name: "password.file", Usage: "file holding the keystore password (mode 0600)", EnvVars: env("password.file")},
	}
}

// readAddresses loads a contracts file.
func readAddresses(path string) (deploy.Addresses, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return deploy.Addresses{}, fmt.Errorf("--contracts: %w", err)
	}
	var a deploy.Addresses
	if err := json.Unmarshal(raw, &a); err != nil {
		return deploy.Addresses{}, fmt.Errorf("--contracts %s: %w", path, err)
	}
	for name, addr := range map[string]common.Address{"providerRegistry": a.ProviderRegistry,
		"resultRegistry": a.ResultRegistry, "disputeGame": a.DisputeGame} {
		if addr == (common.Address{}) {
			return deploy.Addresses{}, fmt.Errorf("--contracts %s: no %s address", path, name)
		}
	}
	return a, nil
}

// roleEnv is what every role command sets up: signals, L1, L2, contracts.
type roleEnv struct {
	ctx     context.Context
	stop    func()
	l1      *ethclient.Client
	l2      *client.Client
	addrs   deploy.Addresses
	poll    time.Duration
	backend compute.Backend
	log     *slog.Logger
	closers []func()
}

func setupRole(c *cli.Context) (*roleEnv, error) {
	if c.Args().Len() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", c.Args().First())
	}
	addrs, err := readAddresses(c.String("contracts"))
	if err != nil {
		return nil, err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	l1, err := ethclient.DialContext(ctx, c.String("l1"))
	if err != nil {
		stop()
		return nil, fmt.Errorf("connecting to the L1 at %s: %w", c.String("l1"), err)
	}
	l2, err := client.Dial(ctx, c.String("l2"))
	if err != nil {
		stop()
		l1.Close()
		return nil, err
	}
	log := logger(c)
	backend, err := selectBackend(c.String("backend"), c.Int("threads"), log)
	if err != nil {
		stop()
		l1.Close()
		l2.Close()
		return nil, err
	}
	return &roleEnv{ctx: ctx, stop: stop, l1: l1, l2: l2, addrs: addrs, poll: c.Duration("poll"), backend: backend, log: log}, nil
}

// signer loads the role's key (--key.file or --keystore) and its L1 sender.
func (e *roleEnv) signer(c *cli.Context) (*ecdsa.PrivateKey, *dispute.TxMgrSender, error) {
	key, err := loadKey(c)
	if err != nil {
		return nil, nil, err
	}
	send, err := e.l1Sender(key, e.log)
	return key, send, err
}

func (e *roleEnv) close() {
	for _, c := range e.closers {
		c()
	}
	e.l2.Close()
	e.l1.Close()
	e.stop()
}

// l1Sender sends the role's L1 transactions through op-service's txmgr
// (fee bumping, resubmission, nonces), signing with key. The manager is
// closed with the role.
func (e *roleEnv) l1Sender(key *ecdsa.PrivateKey, log *slog.Logger) (*dispute.TxMgrSender, error) {
	cfg := batcher.DefaultTxConfig()
	cfg.NumConfirmations = 1
	cfg.ReceiptQueryInterval = time.Second
	m, err := batcher.NewTxManager(e.ctx, e.l1, key, cfg, log.With("component", "txmgr"))
	if err != nil {
		return nil, fmt.Errorf("starting the L1 transaction manager: %w", err)
	}
	e.closers = append(e.closers, m.Close)
	return dispute.NewTxMgrSender(m), nil
}

func challengerCommand() *cli.Command {
	return &cli.Command{
		Name:  "challenger",
		Usage: "watch result commitments, re-run every job, dispute wrong ones and play the games",
		Flags: append(append(roleFlags(), keyFlags()...),
			&cli.IntFlag{Name: "max-runs", Value: 2, Usage: "concurrent re-executions", EnvVars: env("max-runs")},
		),
		Action: func(c *cli.Context) error {
			e, err := setupRole(c)
			if err != nil {
				return err
			}
			defer e.close()
			_, send, err := e.signer(c)
			if err != nil {
				return err
			}
			s, err := challenger.New(challenger.Config{L1: e.l1, Sender: send, DisputeGame: e.addrs.DisputeGame,
				ResultRegistry: e.addrs.ResultRegistry, Jobs: e.l2, Backend: e.backend, MaxRuns: c.Int("max-runs"),
				Poll: e.poll, Logger: e.log})
			if err != nil {
				return err
			}
			e.log.Info("challenger running", "account", send.From(), "backend", e.backend.Name())
			return s.Run(e.ctx)
		},
	}
}

func executorCommand() *cli.Command {
	return &cli.Command{
		Name:  "executor",
		Usage: "bond, bid for L2 jobs, run them, post results to L1 and defend every dispute",
		Flags: append(append(roleFlags(), keyFlags()...),
			&cli.StringFlag{Name: "datadir", Usage: "directory of the executor's store (jobs, commitments, bundles)", Required: true, EnvVars: env("datadir")},
			&cli.StringFlag{Name: "stake", Value: "1000000000000000000", Usage: "stake to keep bonded, wei", EnvVars: env("stake")},
			&cli.StringFlag{Name: "min-price", Value: "1", Usage: "lowest price to bid, credit wei", EnvVars: env("min-price")},
			&cli.IntFlag{Name: "bid-percent", Value: 90, Usage: "bid this percentage of a job's maximum price", EnvVars: env("bid-percent")},
			&cli.StringFlag{Name: "node.model", Usage: "hardware model to register (default: detected)", EnvVars: env("node.model")},
			&cli.StringFlag{Name: "cheat", Usage: "FOR TESTS AND DEMOS ONLY: post wrong results (wrong-output, wrong-step, wrong-leaf, wrong-count, stall)", EnvVars: env("cheat")},
		),
		Action: func(c *cli.Context) error {
			stake, ok := new(big.Int).SetString(c.String("stake"), 10)
			if !ok || stake.Sign() < 0 {
				return fmt.Errorf("--stake %q: want a wei amount", c.String("stake"))
			}
			minPrice, ok := new(big.Int).SetString(c.String("min-price"), 10)
			if !ok || minPrice.Sign() < 0 {
				return fmt.Errorf("--min-price %q: want a wei amount", c.String("min-price"))
			}
			if p := c.Int("bid-percent"); p <= 0 || p > 100 {
				return fmt.Errorf("--bid-percent %d: want 1..100", p)
			}
			cheat := executor.Cheat{Kind: c.String("cheat")}
			if err := cheat.Validate(); err != nil {
				return fmt.Errorf("--cheat: %w", err)
			}
			e, err := setupRole(c)
			if err != nil {
				return err
			}
			defer e.close()
			key, send, err := e.signer(c)
			if err != nil {
				return err
			}
			store, err := executor.OpenStore(filepath.Join(c.String("datadir"), "executor"))
			if err != nil {
				return err
			}
			defer store.Close()
			node := detectNode(c.String("node.model"))
			s, err := executor.New(executor.Config{L1: e.l1, Sender: send, ProviderRegistry: e.addrs.ProviderRegistry,
				ResultRegistry: e.addrs.ResultRegistry, DisputeGame: e.addrs.DisputeGame, Market: l2Market{e.l2},
				L2Key: key, Backend: e.backend, Store: store, Node: node, Stake: stake,
				Price: executor.BidFraction(int64(c.Int("bid-percent")), 100, minPrice), Cheat: cheat, Poll: e.poll, Logger: e.log})
			if err != nil {
				return err
			}
			if cheat.Kind != "" {
				e.log.Warn("CHEATING executor: its results are wrong on purpose and will be slashed", "cheat", cheat.Kind)
			}
			e.log.Info("executor running", "account", send.From(), "backend", e.backend.Name(), "node", node.Model)
			return s.Run(e.ctx)
		},
	}
}

// l2Market adapts client.Client to executor.Market.
type l2Market struct{ *client.Client }

func watchCommand() *cli.Command {
	return &cli.Command{
		Name:  "watch",
		Usage: "audit every commitment and dispute: games in progress, wrong winners, bonds at risk",
		Flags: append(roleFlags(),
			&cli.BoolFlag{Name: "json", Usage: "print one JSON report per audit instead of the terminal view", EnvVars: env("json")},
			&cli.BoolFlag{Name: "once", Usage: "audit once (after re-running every job) and exit", EnvVars: env("once")},
			&cli.StringFlag{Name: "metrics.addr", Usage: "serve Prometheus metrics on HOST:PORT/metrics", EnvVars: env("metrics.addr")},
			&cli.IntFlag{Name: "max-runs", Value: 2, Usage: "concurrent re-executions", EnvVars: env("max-runs")},
		),
		Action: func(c *cli.Context) error {
			e, err := setupRole(c)
			if err != nil {
				return err
			}
			defer e.close()
			log := e.log
			w, err := watcher.New(watcher.Config{L1: e.l1, DisputeGame: e.addrs.DisputeGame, ResultRegistry: e.addrs.ResultRegistry,
				ProviderRegistry: e.addrs.ProviderRegistry, Jobs: e.l2, Backend: e.backend, MaxRuns: c.Int("max-runs"), Logger: log})
			if err != nil {
				return err
			}
			last := &latestReport{}
			if addr := c.String("metrics.addr"); addr != "" {
				ln, err := net.Listen("tcp", addr)
				if err != nil {
					return fmt.Errorf("--metrics.addr: %w", err)
				}
				srv := &http.Server{Handler: metricsHandler(last), ReadHeaderTimeout: 5 * time.Second}
				go srv.Serve(ln)
				defer srv.Close()
				log.Info("serving metrics", "url", "http://"+ln.Addr().String()+"/metrics")
			}
			out := c.App.Writer
			for {
				rep, err := w.Audit(e.ctx)
				if err != nil && e.ctx.Err() == nil {
					log.Warn("audit failed", "err", err)
				}
				if err == nil {
					last.set(rep)
					if !c.Bool("once") || complete(rep) {
						if c.Bool("json") {
							if err := json.NewEncoder(out).Encode(rep); err != nil {
								return err
							}
						} else {
							fmt.Fprintln(out, rep.Text())
						}
						if c.Bool("once") {
							if len(rep.Alerts) > 0 {
								return errors.New("the audit raised alerts")
							}
							return nil
						}
					}
				}
				select {
				case <-e.ctx.Done():
					return nil
				case <-time.After(e.poll):
				}
			}
		},
	}
}

// complete reports whether every commitment has been judged.
func complete(r watcher.Report) bool {
	for _, v := range r.Verdicts {
		if v == watcher.VerdictUnknown {
			return false
		}
	}
	return true
}

// latestReport holds the last audit for the metrics endpoint.
type latestReport struct {
	mu sync.Mutex
	r  watcher.Report
}

func (l *latestReport) set(r watcher.Report) {
	l.mu.Lock()
	l.r = r
	l.mu.Unlock()
}

// metricsHandler serves the latest report as Prometheus metrics.
func metricsHandler(last *latestReport) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/metrics", func(w http.ResponseWriter, _ *http.Request) {
		last.mu.Lock()
		body := last.r.Metrics()
		last.mu.Unlock()
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		fmt.Fprint(w, body)
	})
	return mux
}

// detectNode is the node to register: the first GPU NVML reports, or the
// CPU; model overrides the detected model name.
func detectNode(model string) executor.Node {
	var n executor.Node
	if nodes, _, err := gpuinfo.Nodes(); err == nil && len(nodes) > 0 {
		n = executor.Node{Model: nodes[0].Model, MemoryBytes: nodes[0].MemoryBytes, UUID: nodes[0].UUID}
	}
	if model != "" {
		n.Model = model
	}
	if n.Model == "" {
		n.Model = "unknown"
	}
	return n
}

func contractsCommand() *cli.Command {
	return &cli.Command{
		Name:  "contracts",
		Usage: "manage the L1 contracts",
		Subcommands: []*cli.Command{{
			Name:  "deploy",
			Usage: "deploy and wire the L1 contracts with the default parameters; write their addresses as JSON",
			Flags: append(keyFlags(),
				&cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC endpoint", Required: true, EnvVars: env("l1")},
				&cli.StringFlag{Name: "out", Usage: "write the addresses to this file (default: stdout)", EnvVars: env("out")},
				&cli.DurationFlag{Name: "challenge-window", Value: deploy.DefaultParams().ChallengeWindow, Usage: "from a result's posting until it can be finalized", EnvVars: env("challenge-window")},
				&cli.DurationFlag{Name: "clock", Value: deploy.DefaultParams().ClockDuration, Usage: "each side's chess clock per dispute game", EnvVars: env("clock")},
				&cli.DurationFlag{Name: "unbonding-delay", Value: deploy.DefaultParams().UnbondingDelay, Usage: "from requestUnbond to withdrawStake (must exceed the window plus two clocks)", EnvVars: env("unbonding-delay")},
				&cli.DurationFlag{Name: "finalization-delay", Value: deploy.DefaultParams().FinalizationDelay, Usage: "age of an L2 output root before withdrawals against it pay", EnvVars: env("finalization-delay")},
			),
			Action: func(c *cli.Context) error {
				key, err := loadKey(c)
				if err != nil {
					return err
				}
				ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
				defer stop()
				l1, err := ethclient.DialContext(ctx, c.String("l1"))
				if err != nil {
					return fmt.Errorf("connecting to the L1 at %s: %w", c.String("l1"), err)
				}
				defer l1.Close()
				chainID, err := l1.ChainID(ctx)
				if err != nil {
					return fmt.Errorf("reading the L1 chain id: %w", err)
				}
				p := deploy.DefaultParams()
				p.ChallengeWindow, p.ClockDuration = c.Duration("challenge-window"), c.Duration("clock")
				p.UnbondingDelay, p.FinalizationDelay = c.Duration("unbonding-delay"), c.Duration("finalization-delay")
				a, err := deploy.Deploy(ctx, l1, bind.NewKeyedTransactor(key, chainID), deploy.WaitMined(l1), p)
				if err != nil {
					return err
				}
				js, err := json.MarshalIndent(a, "", "  ")
				if err != nil {
					return err
				}
				if out := c.String("out"); out != "" {
					return os.WriteFile(out, append(js, '\n'), 0o644)
				}
				_, err = fmt.Fprintln(c.App.Writer, string(js))
				return err
			},
		}},
	}
}

// l1KeyCommand runs an action with an L1 key sender and the contracts.
func l1KeyAction(c *cli.Context, do func(e *roleEnv, send *dispute.TxMgrSender) error) error {
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	addrs, err := readAddresses(c.String("contracts"))
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	l1, err := ethclient.DialContext(ctx, c.String("l1"))
	if err != nil {
		return fmt.Errorf("connecting to the L1 at %s: %w", c.String("l1"), err)
	}
	defer l1.Close()
	e := &roleEnv{ctx: ctx, stop: stop, l1: l1, addrs: addrs}
	defer func() {
		for _, cl := range e.closers {
			cl()
		}
	}()
	send, err := e.l1Sender(key, logger(c))
	if err != nil {
		return err
	}
	return do(e, send)
}

func l1KeyFlags() []cli.Flag {
	return append(keyFlags(),
		&cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC endpoint", Required: true, EnvVars: env("l1")},
		&cli.StringFlag{Name: "contracts", Usage: "JSON file of the L1 contract addresses", Required: true, EnvVars: env("contracts")})
}

func providerCommand() *cli.Command {
	pr := bindings.NewProviderRegistry()
	return &cli.Command{
		Name:  "provider",
		Usage: "a provider's stake on L1: request unbonding, then withdraw after the delay",
		Subcommands: []*cli.Command{
			{
				Name:  "unbond",
				Usage: "stop posting results and start the unbonding delay",
				Flags: l1KeyFlags(),
				Action: func(c *cli.Context) error {
					return l1KeyAction(c, func(e *roleEnv, send *dispute.TxMgrSender) error {
						if _, err := send.Send(e.ctx, e.addrs.ProviderRegistry, pr.PackRequestUnbond(), nil); err != nil {
							return fmt.Errorf("requesting unbonding: %w", err)
						}
						fmt.Fprintln(c.App.Writer, "unbonding requested")
						return nil
					})
				},
			},
			{
				Name:  "withdraw",
				Usage: "withdraw the stake once the unbonding delay has passed",
				Flags: l1KeyFlags(),
				Action: func(c *cli.Context) error {
					return l1KeyAction(c, func(e *roleEnv, send *dispute.TxMgrSender) error {
						if _, err := send.Send(e.ctx, e.addrs.ProviderRegistry, pr.PackWithdrawStake(), nil); err != nil {
							return fmt.Errorf("withdrawing the stake: %w", err)
						}
						fmt.Fprintln(c.App.Writer, "stake withdrawn")
						return nil
					})
				},
			},
		},
	}
}

// depositCommand moves ComputeCredit from L1 to the L2 through the Portal.
func depositCommand() *cli.Command {
	return &cli.Command{
		Name:  "deposit",
		Usage: "deposit ComputeCredit from L1 into the L2 through the Portal (approve, then deposit)",
		Flags: append(l1KeyFlags(),
			&cli.StringFlag{Name: "to", Usage: "L2 recipient (default: the same address)", EnvVars: env("to")},
			&cli.StringFlag{Name: "amount", Required: true, Usage: "wei, or N credits", EnvVars: env("amount")}),
		Action: func(c *cli.Context) error {
			amount, err := parseWei("--amount", c.String("amount"))
			if err != nil {
				return err
			}
			return l1KeyAction(c, func(e *roleEnv, send *dispute.TxMgrSender) error {
				to := send.From()
				if s := c.String("to"); s != "" {
					if to, err = parseAddress("--to", s); err != nil {
						return err
					}
				}
				cc, portal := bindings.NewComputeCredit(), bindings.NewPortal()
				if _, err := send.Send(e.ctx, e.addrs.ComputeCredit, cc.PackApprove(e.addrs.Portal, amount), nil); err != nil {
					return fmt.Errorf("approving the Portal: %w", err)
				}
				r, err := send.Send(e.ctx, e.addrs.Portal, portal.PackDeposit(to, amount), nil)
				if err != nil {
					return fmt.Errorf("depositing: %w", err)
				}
				fmt.Fprintln(c.App.Writer, r.TxHash.Hex())
				return nil
			})
		},
	}
}
