package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/crux-rollup/crux/devnet"
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run the whole system in one process: L1, contracts, sequencer, two executors, a challenger, a watcher",
		Description: "Prints the endpoints and the funded development keys and runs until interrupted.\n" +
			"The keys are derived from a public string: never use them anywhere with value.\n" +
			"--demo runs the showcase (an honest and a cheating executor on the MNIST job) and exits 0 on success.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "l1", Usage: "use this external L1 (anvil, geth --dev) instead of the embedded one; --l1.funder pays the devnet accounts", EnvVars: env("l1")},
			&cli.StringFlag{Name: "l1.funder", Usage: "file with the hex key of a funded account on the external L1 (mode 0600)", EnvVars: env("l1.funder")},
			&cli.StringFlag{Name: "l1.addr", Value: "127.0.0.1:8545", Usage: "listen address of the embedded L1's JSON-RPC", EnvVars: env("l1.addr")},
			&cli.StringFlag{Name: "l2.addr", Value: "127.0.0.1:9545", Usage: "listen address of the sequencer's JSON-RPC", EnvVars: env("l2.addr")},
			&cli.StringFlag{Name: "datadir", Usage: "keep the devnet's data here (default: a temporary directory, removed on exit)", EnvVars: env("datadir")},
			&cli.StringFlag{Name: "cheat", Usage: "make the second executor cheat (wrong-output, wrong-step, wrong-leaf, wrong-count, stall)", EnvVars: env("cheat")},
			&cli.BoolFlag{Name: "demo", Usage: "run the showcase and exit (implies --cheat wrong-output unless set)", EnvVars: env("demo")},
			&cli.StringFlag{Name: "mnist", Value: "examples/mnist", Usage: "the MNIST example directory (program.json, weights/) for --demo", EnvVars: env("mnist")},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return fmt.Errorf("unexpected argument %q", c.Args().First())
			}
			log := logger(c)
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			cheat := c.String("cheat")
			if c.Bool("demo") && cheat == "" {
				cheat = "wrong-output"
			}
			cfg := devnet.Config{Dir: c.String("datadir"), L1: c.String("l1"), L1Addr: c.String("l1.addr"),
				L2Addr: c.String("l2.addr"), Cheats: []string{"", cheat}, Logger: log}
			if c.String("l1") != "" {
				if c.String("l1.funder") == "" {
					return fmt.Errorf("--l1 needs --l1.funder: a key of a funded account there")
				}
				raw, err := readSecret("--l1.funder", c.String("l1.funder"))
				if err != nil {
					return err
				}
				if cfg.Funder, err = crypto.HexToECDSA(trimKey(raw)); err != nil {
					return fmt.Errorf("--l1.funder: not a hex private key")
				}
			}
			d, err := devnet.Start(ctx, cfg)
			if err != nil {
				return err
			}
			defer d.Close()
			out := c.App.Writer
			fmt.Fprintf(out, "L1 JSON-RPC  %s\nL2 JSON-RPC  %s\n", d.L1URL, d.L2URL)
			addrs, _ := json.MarshalIndent(d.Addrs, "", "  ")
			fmt.Fprintf(out, "L1 contracts %s\n", addrs)
			if dir := c.String("datadir"); dir != "" {
				path := filepath.Join(dir, "contracts.json")
				if err := os.WriteFile(path, append(addrs, '\n'), 0o644); err != nil {
					return err
				}
				fmt.Fprintf(out, "(written to %s for --contracts)\n", path)
			}
			fmt.Fprintln(out, "development keys (funded on both chains; public, never use them elsewhere):")
			for i, role := range []string{"sequencer", "executor 1", "executor 2", "challenger", "user", "spare", "spare", "spare"} {
				fmt.Fprintf(out, "  %-11s %s  %x\n", role, d.Address(i), crypto.FromECDSA(d.Keys[i]))
			}
			if c.Bool("demo") {
				fmt.Fprintln(out, "\n== demo")
				if _, err := d.Demo(ctx, out, c.String("mnist")); err != nil {
					return fmt.Errorf("demo failed: %w", err)
				}
				fmt.Fprintln(out, "demo passed")
				return nil
			}
			fmt.Fprintln(out, "running; Ctrl-C stops")
			<-ctx.Done()
			return d.Err()
		},
	}
}

func trimKey(raw []byte) string {
	s := string(raw)
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\r' || s[len(s)-1] == ' ') {
		s = s[:len(s)-1]
	}
	if len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	return s
}
