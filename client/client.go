// Package client is a small Go client of the crux L2 for dApps and for the
// roles that read job data: upload and fetch job bundles (checked against
// the roots they are fetched by), submit and follow jobs in the JobMarket,
// and move credits. It speaks JSON-RPC to any sequencer or replica endpoint
// and uses the module ABIs the sequencer embeds.
package client

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/jobs"
)

// Client is a connection to an L2 endpoint.
type Client struct {
	rpc *rpc.Client
	eth *ethclient.Client
}

// Dial connects to an L2 JSON-RPC endpoint (http://, ws:// or an IPC path).
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connecting to the L2 at %s: %w", url, err)
	}
	return &Client{rpc: c, eth: ethclient.NewClient(c)}, nil
}

// Eth is the ethclient over the same connection (balances, transactions).
func (c *Client) Eth() *ethclient.Client { return c.eth }

// Close closes the connection.
func (c *Client) Close() { c.rpc.Close() }

// PutJob uploads a job bundle and returns its program and input roots, after
// checking the sequencer computed the same ones.
func (c *Client) PutJob(ctx context.Context, b jobs.Bundle) (programRoot, inputRoot compute.Hash, err error) {
	pr, ir, err := b.Roots(0)
	if err != nil {
		return compute.Hash{}, compute.Hash{}, err
	}
	var key struct {
		ProgramRoot common.Hash `json:"programRoot"`
		InputRoot   common.Hash `json:"inputRoot"`
	}
	if err := c.rpc.CallContext(ctx, &key, "crux_putJob", hexutil.Bytes(b.Encode())); err != nil {
		return compute.Hash{}, compute.Hash{}, fmt.Errorf("uploading the job bundle: %w", err)
	}
	if compute.Hash(key.ProgramRoot) != pr || compute.Hash(key.InputRoot) != ir {
		return compute.Hash{}, compute.Hash{}, fmt.Errorf("the sequencer stored the bundle under %s/%s, its roots are %s/%s", key.ProgramRoot, key.InputRoot, pr, ir)
	}
	return pr, ir, nil
}

// ErrNoJob is returned by GetJob for roots the endpoint has no bundle for.
var ErrNoJob = fmt.Errorf("no job bundle with these roots")

// GetJob fetches the job bundle with the given roots and checks that it has
// them: an endpoint cannot hand a challenger a different job.
func (c *Client) GetJob(ctx context.Context, programRoot, inputRoot compute.Hash) (jobs.Bundle, error) {
	var raw *hexutil.Bytes
	if err := c.rpc.CallContext(ctx, &raw, "crux_getJob", common.Hash(programRoot), common.Hash(inputRoot)); err != nil {
		return jobs.Bundle{}, fmt.Errorf("fetching job %s/%s: %w", programRoot, inputRoot, err)
	}
	if raw == nil {
		return jobs.Bundle{}, fmt.Errorf("job %s/%s: %w", programRoot, inputRoot, ErrNoJob)
	}
	b, err := jobs.Decode(*raw)
	if err != nil {
		return jobs.Bundle{}, fmt.Errorf("job %s/%s: %w", programRoot, inputRoot, err)
	}
	pr, ir, err := b.Roots(0)
	if err != nil {
		return jobs.Bundle{}, fmt.Errorf("job %s/%s: %w", programRoot, inputRoot, err)
	}
	if pr != programRoot || ir != inputRoot {
		return jobs.Bundle{}, fmt.Errorf("job %s/%s: the endpoint returned a bundle with roots %s/%s", programRoot, inputRoot, pr, ir)
	}
	return b, nil
}

// PutOutputs publishes a run's outputs of the job with the given roots and
// returns their output root, after checking the endpoint computed the same.
func (c *Client) PutOutputs(ctx context.Context, p *compute.Program, programRoot, inputRoot compute.Hash, outputs []compute.Tensor) (compute.Hash, error) {
	enc, err := jobs.EncodeOutputs(p, outputs)
	if err != nil {
		return compute.Hash{}, err
	}
	want := jobs.OutputRoot(p, outputs)
	var root common.Hash
	if err := c.rpc.CallContext(ctx, &root, "crux_putOutputs", common.Hash(programRoot), common.Hash(inputRoot), hexutil.Bytes(enc)); err != nil {
		return compute.Hash{}, fmt.Errorf("publishing outputs: %w", err)
	}
	if compute.Hash(root) != want {
		return compute.Hash{}, fmt.Errorf("the endpoint stored the outputs under %s, their root is %s", root, want)
	}
	return want, nil
}

// GetOutputs fetches the published outputs of job b with the given output
// root and checks them against it.
func (c *Client) GetOutputs(ctx context.Context, b jobs.Bundle, outputRoot compute.Hash) ([]compute.Tensor, error) {
	pr, ir, err := b.Roots(0)
	if err != nil {
		return nil, err
	}
	var raw *hexutil.Bytes
	if err := c.rpc.CallContext(ctx, &raw, "crux_getOutputs", common.Hash(pr), common.Hash(ir), common.Hash(outputRoot)); err != nil {
		return nil, fmt.Errorf("fetching outputs %s: %w", outputRoot, err)
	}
	if raw == nil {
		return nil, fmt.Errorf("outputs %s: not published", outputRoot)
	}
	outs, err := jobs.DecodeOutputs(b.Program, *raw)
	if err != nil {
		return nil, err
	}
	if got := jobs.OutputRoot(b.Program, outs); got != outputRoot {
		return nil, fmt.Errorf("outputs %s: the endpoint returned outputs with root %s", outputRoot, got)
	}
	return outs, nil
}
