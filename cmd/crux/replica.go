package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/crux-rollup/crux/sequencer/replica"
)

func replicaCommand() *cli.Command {
	return &cli.Command{
		Name:  "replica",
		Usage: "rebuild the L2 chain from L1 data alone and check the sequencer and the posted output roots",
		UsageText: "crux replica --l1 URL --chain FILE --l1.inbox ADDR [--l1.output-oracle ADDR] [--sequencer URL] --datadir DIR\n\n" +
			"FILE is the chain spec `crux sequencer --chain.export` writes. The command exits non-zero\n" +
			"when the chain rebuilt from L1 disagrees with the sequencer or an output root.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC endpoint", Required: true, EnvVars: env("l1")},
			&cli.StringFlag{Name: "chain", Usage: "chain spec JSON (config and genesis)", Required: true, EnvVars: env("chain")},
			&cli.StringFlag{Name: "l1.inbox", Usage: "L1 BatchInbox address", Required: true, EnvVars: env("l1.inbox")},
			&cli.StringFlag{Name: "l1.output-oracle", Usage: "L1 OutputOracle address (its output roots are checked)", EnvVars: env("l1.output-oracle")},
			&cli.Uint64Flag{Name: "l1.confirmations", Value: 4, Usage: "L1 blocks a block must be deep before it is read", EnvVars: env("l1.confirmations")},
			&cli.StringFlag{Name: "sequencer", Usage: "sequencer JSON-RPC endpoint whose every block is checked (empty: none)", EnvVars: env("sequencer")},
			&cli.StringFlag{Name: "datadir", Usage: "data directory of the rebuilt chain", Required: true, EnvVars: env("datadir")},
			&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, Usage: "how often L1 is polled", EnvVars: env("poll")},
		},
		Action: replicaAction,
	}
}

func replicaAction(c *cli.Context) error {
	if c.Args().Len() > 0 {
		return fmt.Errorf("unexpected argument %q", c.Args().First())
	}
	log := logger(c)
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	chain, err := replica.LoadChain(c.String("chain"))
	if err != nil {
		return err
	}
	inbox, err := parseAddress("--l1.inbox", c.String("l1.inbox"))
	if err != nil {
		return err
	}
	var oracle common.Address
	if s := c.String("l1.output-oracle"); s != "" {
		if oracle, err = parseAddress("--l1.output-oracle", s); err != nil {
			return err
		}
	}
	l1, err := ethclient.DialContext(ctx, c.String("l1"))
	if err != nil {
		return fmt.Errorf("connect to L1: %w", err)
	}
	defer l1.Close()
	var seq replica.Sequencer
	if u := c.String("sequencer"); u != "" {
		client, err := ethclient.DialContext(ctx, u)
		if err != nil {
			return fmt.Errorf("connect to the sequencer: %w", err)
		}
		defer client.Close()
		seq = client
	}
	r, err := replica.New(ctx, replica.Config{
		Chain: chain, Inbox: inbox, Oracle: oracle, Confirmations: c.Uint64("l1.confirmations"),
		DataDir: c.String("datadir"), PollInterval: c.Duration("poll"), Logger: log,
	}, l1, seq)
	if err != nil {
		return err
	}
	defer r.Close()
	log.Info("replica started", "head", r.Head().Number, "chain_id", chain.Config.ChainID, "checks_sequencer", seq != nil, "checks_outputs", oracle != (common.Address{}))
	if err := r.Run(ctx); err != nil {
		return fmt.Errorf("replica: %w", err)
	}
	st := r.Stats()
	log.Info("replica stopped", "head", r.Head().Number, "blocks", st.Blocks, "verified", st.VerifiedBlocks, "outputs_checked", st.CheckedOutputs, "l1_block", st.L1Block)
	return nil
}
