package rpc_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/computetest"
	"github.com/crux-rollup/crux/jobs"
	"github.com/crux-rollup/crux/sequencer"
	seqrpc "github.com/crux-rollup/crux/sequencer/rpc"
)

// crux_putJob stores a checked bundle under its roots; crux_getJob returns it
// by them; garbage and oversized bundles are refused; a restart keeps it.
func TestJobBundles(t *testing.T) {
	dir := t.TempDir()
	gt := now()
	l1 := sequencer.NewStaticL1(sequencer.StaticGenesis(100, gt-5))
	n := startNode(t, dir, l1, gt, nil)
	p, in := computetest.RandomProgram(5, 10)
	b, err := jobs.New(p, in)
	if err != nil {
		t.Fatal(err)
	}
	enc := b.Encode()
	var key seqrpc.JobKey
	if err := n.client.Client().Call(&key, "crux_putJob", hexutil.Bytes(enc)); err != nil {
		t.Fatal(err)
	}
	pr, ir, _ := b.Roots(1)
	if key.ProgramRoot != common.Hash(pr) || key.InputRoot != common.Hash(ir) {
		t.Fatalf("putJob returned %+v, want the bundle's roots", key)
	}
	for name, bad := range map[string][]byte{
		"garbage":   []byte("not a bundle"),
		"truncated": enc[:len(enc)-1],
		"oversized": make([]byte, seqrpc.MaxJobBytes+1),
	} {
		var k seqrpc.JobKey
		if err := n.client.Client().Call(&k, "crux_putJob", hexutil.Bytes(bad)); err == nil {
			t.Errorf("%s bundle accepted", name)
		} else if name != "oversized" && !strings.Contains(err.Error(), "bad job bundle") {
			t.Errorf("%s: error %v does not say what was wrong", name, err)
		}
	}
	// Outputs of the job: stored under the root computed here.
	tr, err := compute.Run(context.Background(), compute.CPU{Workers: 1}, p, in, compute.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var outs []compute.Tensor
	for _, o := range tr.Outputs {
		outs = append(outs, o.Tensor)
	}
	encOut, err := jobs.EncodeOutputs(p, outs)
	if err != nil {
		t.Fatal(err)
	}
	var outRoot common.Hash
	if err := n.client.Client().Call(&outRoot, "crux_putOutputs", key.ProgramRoot, key.InputRoot, hexutil.Bytes(encOut)); err != nil || outRoot != common.Hash(tr.OutputRoot) {
		t.Fatalf("putOutputs: %s %v, want %s", outRoot, err, common.Hash(tr.OutputRoot))
	}
	if err := n.client.Client().Call(&outRoot, "crux_putOutputs", key.ProgramRoot, key.InputRoot, hexutil.Bytes(encOut[:len(encOut)-1])); err == nil {
		t.Error("truncated outputs accepted")
	}
	if err := n.client.Client().Call(&outRoot, "crux_putOutputs", key.InputRoot, key.ProgramRoot, hexutil.Bytes(encOut)); err == nil {
		t.Error("outputs of an unknown job accepted")
	}
	n.stop()
	n = startNode(t, dir, l1, gt, nil)
	defer n.stop()
	var got *hexutil.Bytes
	if err := n.client.Client().Call(&got, "crux_getJob", key.ProgramRoot, key.InputRoot); err != nil || got == nil || !bytes.Equal(*got, enc) {
		t.Fatalf("getJob after restart: %v", err)
	}
	if err := n.client.Client().Call(&got, "crux_getJob", key.InputRoot, key.ProgramRoot); err != nil || got != nil {
		t.Fatalf("getJob of unknown roots: %v %v", got, err)
	}
	if err := n.client.Client().Call(&got, "crux_getOutputs", key.ProgramRoot, key.InputRoot, common.Hash(tr.OutputRoot)); err != nil || got == nil || !bytes.Equal(*got, encOut) {
		t.Fatalf("getOutputs after restart: %v", err)
	}
}
