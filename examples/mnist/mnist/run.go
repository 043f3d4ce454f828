package mnist

import (
	"context"

	"github.com/crux-rollup/crux/compute"
)

// Run executes the program on the CPU reference backend and returns its
// output tensors by slot name.
func Run(ctx context.Context, p *compute.Program, inputs map[string]compute.Tensor) (map[string]compute.Tensor, error) {
	tr, err := compute.Run(ctx, compute.CPU{}, p, inputs, compute.RunOptions{})
	if err != nil {
		return nil, err
	}
	outs := make(map[string]compute.Tensor, len(tr.Outputs))
	for _, o := range tr.Outputs {
		outs[o.Name] = o.Tensor
	}
	return outs, nil
}
