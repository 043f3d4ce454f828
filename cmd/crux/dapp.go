package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/crux-rollup/crux/client"
	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/sequencer/l2"
)

func l2Flag() cli.Flag {
	return &cli.StringFlag{Name: "l2", Value: "http://127.0.0.1:8545", Usage: "L2 JSON-RPC endpoint", EnvVars: env("l2")}
}

func dialL2(c *cli.Context) (*client.Client, error) { return client.Dial(c.Context, c.String("l2")) }

// parseWei reads a decimal amount of credit wei, or "<n>credits" / "<n>e18".
func parseWei(flag, s string) (*big.Int, error) {
	mult := big.NewInt(1)
	if t, ok := strings.CutSuffix(s, "credits"); ok {
		s, mult = strings.TrimSpace(t), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("%s %q: want an amount in wei (or N credits)", flag, s)
	}
	return v.Mul(v, mult), nil
}

// jobArg reads a job id: a decimal number or a 0x bytes32.
func jobArg(c *cli.Context) (common.Hash, error) {
	if c.Args().Len() != 1 {
		return common.Hash{}, errors.New("give one job id")
	}
	a := c.Args().First()
	if strings.HasPrefix(a, "0x") && len(a) == 66 {
		return common.HexToHash(a), nil
	}
	n, err := strconv.ParseUint(a, 10, 64)
	if err != nil || n == 0 {
		return common.Hash{}, fmt.Errorf("job id %q: want a positive number or a 0x bytes32", a)
	}
	return client.JobID(n), nil
}

var jobStatusNames = map[uint8]string{client.JobOpen: "open", client.JobAssigned: "assigned", client.JobPosted: "posted",
	client.JobCompleted: "completed", client.JobCancelled: "cancelled", client.JobRefunded: "refunded"}

func jobCommand() *cli.Command {
	return &cli.Command{
		Name:  "job",
		Usage: "submit compute jobs to the L2 and follow them",
		Subcommands: []*cli.Command{
			{
				Name:  "submit",
				Usage: "upload a program and its inputs and submit the job with escrow",
				Flags: append(keyFlags(), l2Flag(),
					&cli.StringFlag{Name: "program", Usage: "program file (JSON or binary)", Required: true, EnvVars: env("program")},
					&cli.StringSliceFlag{Name: "input", Usage: "an input tensor as NAME=FILE.npy (repeat)", EnvVars: env("input")},
					&cli.StringFlag{Name: "max-price", Usage: "escrowed maximum price (wei, or N credits)", Required: true, EnvVars: env("max-price")},
					&cli.DurationFlag{Name: "deadline", Value: 2 * time.Hour, Usage: "time from now by which the job must be done", EnvVars: env("deadline")},
					&cli.Uint64Flag{Name: "min-memory", Usage: "bytes of memory a node must have", EnvVars: env("min-memory")},
				),
				Action: func(c *cli.Context) error {
					key, err := loadKey(c)
					if err != nil {
						return err
					}
					maxPrice, err := parseWei("--max-price", c.String("max-price"))
					if err != nil {
						return err
					}
					p, err := loadProgram(c.String("program"))
					if err != nil {
						return err
					}
					inputs, err := loadInputs(c.StringSlice("input"))
					if err != nil {
						return err
					}
					b, err := jobs.New(p, inputs)
					if err != nil {
						return err
					}
					l2c, err := dialL2(c)
					if err != nil {
						return err
					}
					defer l2c.Close()
					id, err := submit(c.Context, l2c, key, b, maxPrice, time.Now().Add(c.Duration("deadline")), c.Uint64("min-memory"))
					if err != nil {
						return err
					}
					fmt.Fprintln(c.App.Writer, new(big.Int).SetBytes(id[:]))
					return nil
				},
			},
			{
				Name:      "status",
				Usage:     "print a job's record as JSON",
				ArgsUsage: "JOB",
				Flags:     []cli.Flag{l2Flag()},
				Action: func(c *cli.Context) error {
					id, err := jobArg(c)
					if err != nil {
						return err
					}
					l2c, err := dialL2(c)
					if err != nil {
						return err
					}
					defer l2c.Close()
					j, err := l2c.Job(c.Context, id)
					if err != nil {
						return err
					}
					return printJob(c, j)
				},
			},
			{
				Name:      "wait",
				Usage:     "wait until a job is completed (exit 0), refunded or cancelled (exit 1)",
				ArgsUsage: "JOB",
				Flags: []cli.Flag{l2Flag(),
					&cli.DurationFlag{Name: "timeout", Value: time.Hour, Usage: "give up after this long", EnvVars: env("timeout")}},
				Action: func(c *cli.Context) error {
					id, err := jobArg(c)
					if err != nil {
						return err
					}
					l2c, err := dialL2(c)
					if err != nil {
						return err
					}
					defer l2c.Close()
					ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
					defer cancel()
					j, err := waitJob(ctx, l2c, id)
					if err != nil {
						return err
					}
					if err := printJob(c, j); err != nil {
						return err
					}
					if j.Status != client.JobCompleted {
						return fmt.Errorf("job ended %s", jobStatusNames[j.Status])
					}
					return nil
				},
			},
			{
				Name:      "result",
				Usage:     "fetch a completed job's outputs (checked against its output root) as .npy files",
				ArgsUsage: "JOB",
				Flags: []cli.Flag{l2Flag(),
					&cli.StringFlag{Name: "out", Usage: "directory to write NAME.npy into", Required: true, EnvVars: env("out")}},
				Action: func(c *cli.Context) error {
					id, err := jobArg(c)
					if err != nil {
						return err
					}
					l2c, err := dialL2(c)
					if err != nil {
						return err
					}
					defer l2c.Close()
					j, err := l2c.Job(c.Context, id)
					if err != nil {
						return err
					}
					if j.OutputRoot == ([32]byte{}) {
						return fmt.Errorf("job %s has no accepted result yet (status %s)", c.Args().First(), jobStatusNames[j.Status])
					}
					b, err := l2c.GetJob(c.Context, j.ProgramRoot, j.InputRoot)
					if err != nil {
						return err
					}
					outs, err := l2c.GetOutputs(c.Context, b, j.OutputRoot)
					if err != nil {
						return err
					}
					var named []compute.Output
					for i, s := range b.Program.Outputs() {
						named = append(named, compute.Output{Name: b.Program.Slots[s].Name, Slot: s, Tensor: outs[i]})
					}
					paths, err := writeOutputs(c.String("out"), named)
					if err != nil {
						return err
					}
					for _, p := range paths {
						fmt.Fprintln(c.App.Writer, p)
					}
					return nil
				},
			},
		},
	}
}

// submit uploads b and submits it as a job.
func submit(ctx context.Context, l2c *client.Client, key *ecdsa.PrivateKey, b jobs.Bundle, maxPrice *big.Int, deadline time.Time, minMemory uint64) (common.Hash, error) {
	pr, ir, err := l2c.PutJob(ctx, b)
	if err != nil {
		return common.Hash{}, err
	}
	return l2c.SubmitJob(ctx, key, common.Hash(pr), common.Hash(ir), maxPrice, deadline, client.HwNeeds{MinMemoryBytes: minMemory})
}

// waitJob polls job id until it is completed, refunded or cancelled.
func waitJob(ctx context.Context, l2c *client.Client, id common.Hash) (client.Job, error) {
	for {
		j, err := l2c.Job(ctx, id)
		if err != nil {
			return j, err
		}
		switch j.Status {
		case client.JobCompleted, client.JobRefunded, client.JobCancelled:
			return j, nil
		}
		select {
		case <-ctx.Done():
			return j, fmt.Errorf("waiting for job %s (status %s): %w", new(big.Int).SetBytes(id[:]), jobStatusNames[j.Status], ctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func printJob(c *cli.Context, j client.Job) error {
	out := map[string]any{
		"id": new(big.Int).SetBytes(j.Id[:]), "status": jobStatusNames[j.Status], "submitter": j.Submitter,
		"programRoot": common.Hash(j.ProgramRoot), "inputRoot": common.Hash(j.InputRoot), "maxPrice": j.MaxPrice,
		"round": j.Round, "bids": j.BidCount, "executor": j.Executor, "price": j.Price, "resultId": j.ResultId,
		"outputRoot": common.Hash(j.OutputRoot),
	}
	enc := json.NewEncoder(c.App.Writer)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func creditCommand() *cli.Command {
	return &cli.Command{
		Name:  "credit",
		Usage: "compute credits on the L2: balances, transfers, deposits from and withdrawals to L1",
		Subcommands: []*cli.Command{
			depositCommand(),
			{
				Name:      "balance",
				Usage:     "print an account's balance in credit wei",
				ArgsUsage: "ADDRESS",
				Flags:     []cli.Flag{l2Flag()},
				Action: func(c *cli.Context) error {
					if c.Args().Len() != 1 || !common.IsHexAddress(c.Args().First()) {
						return errors.New("give one 0x address")
					}
					l2c, err := dialL2(c)
					if err != nil {
						return err
					}
					defer l2c.Close()
					bal, err := l2c.Eth().BalanceAt(c.Context, common.HexToAddress(c.Args().First()), nil)
					if err != nil {
						return err
					}
					fmt.Fprintln(c.App.Writer, bal)
					return nil
				},
			},
			{
				Name:  "transfer",
				Usage: "send credits to another L2 account",
				Flags: append(keyFlags(), l2Flag(),
					&cli.StringFlag{Name: "to", Required: true, Usage: "recipient address", EnvVars: env("to")},
					&cli.StringFlag{Name: "amount", Required: true, Usage: "wei, or N credits", EnvVars: env("amount")}),
				Action: func(c *cli.Context) error {
					return sendCredits(c, func(l2c *client.Client, key *ecdsa.PrivateKey, amount *big.Int, to common.Address) error {
						r, err := l2c.Transfer(c.Context, key, to, amount)
						if err == nil {
							fmt.Fprintln(c.App.Writer, r.TxHash.Hex())
						}
						return err
					})
				},
			},
			{
				Name:  "withdraw",
				Usage: "burn credits on the L2 and queue their withdrawal to an L1 address (finalized on L1 after the output delay)",
				Flags: append(keyFlags(), l2Flag(),
					&cli.StringFlag{Name: "to", Usage: "L1 recipient (default: the same address)", EnvVars: env("to")},
					&cli.StringFlag{Name: "amount", Required: true, Usage: "wei, or N credits", EnvVars: env("amount")}),
				Action: func(c *cli.Context) error {
					return sendCredits(c, func(l2c *client.Client, key *ecdsa.PrivateKey, amount *big.Int, to common.Address) error {
						data, err := l2.BridgeABI().Pack("withdraw", amount, to)
						if err != nil {
							return err
						}
						r, err := l2c.Send(c.Context, key, l2.BridgeAddress, data, amount)
						if err == nil {
							fmt.Fprintln(c.App.Writer, r.TxHash.Hex())
						}
						return err
					})
				},
			},
		},
	}
}

// sendCredits parses --amount and --to (default: the key's own address) and
// runs do.
func sendCredits(c *cli.Context, do func(*client.Client, *ecdsa.PrivateKey, *big.Int, common.Address) error) error {
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	amount, err := parseWei("--amount", c.String("amount"))
	if err != nil {
		return err
	}
	to := crypto.PubkeyToAddress(key.PublicKey)
	if s := c.String("to"); s != "" {
		if to, err = parseAddress("--to", s); err != nil {
			return err
		}
	}
	l2c, err := dialL2(c)
	if err != nil {
		return err
	}
	defer l2c.Close()
	return do(l2c, key, amount, to)
}
