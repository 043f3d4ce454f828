package client_test

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/crux-rollup/crux/client"
	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/jobs"
)

// A dApp's whole job: upload the data, submit with escrow, wait for the
// result to be finalized and paid, fetch the outputs (checked against the
// accepted output root). Needs a running L2 (bin/crux devnet); not run as a
// test.
func Example() {
	ctx := context.Background()
	c, err := client.Dial(ctx, "http://127.0.0.1:9545")
	if err != nil {
		panic(err)
	}
	defer c.Close()
	key, _ := crypto.HexToECDSA("…a funded key…")
	var program *compute.Program         // e.g. compute.DecodeJSON(file)
	var inputs map[string]compute.Tensor // e.g. npy.ReadFile per input slot
	b, err := jobs.New(program, inputs)
	if err != nil {
		panic(err)
	}
	pr, ir, err := c.PutJob(ctx, b)
	if err != nil {
		panic(err)
	}
	maxPrice := new(big.Int).Mul(big.NewInt(2), big.NewInt(1e18)) // 2 credits
	id, err := c.SubmitJob(ctx, key, common.Hash(pr), common.Hash(ir), maxPrice, time.Now().Add(2*time.Hour), client.HwNeeds{})
	if err != nil {
		panic(err)
	}
	for {
		j, err := c.Job(ctx, id)
		if err != nil {
			panic(err)
		}
		if j.Status == client.JobCompleted {
			outs, err := c.GetOutputs(ctx, b, j.OutputRoot)
			if err != nil {
				panic(err)
			}
			fmt.Println("outputs:", len(outs), "paid to", j.Executor)
			return
		}
		time.Sleep(time.Second)
	}
}
