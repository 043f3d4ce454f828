//go:build !cgo

package gpuinfo

import "fmt"

// GPUs needs NVML, which go-nvml reaches through cgo; this binary was built
// without it.
func GPUs() ([]GPU, error) {
	return nil, fmt.Errorf("%w: this crux was built without cgo, which NVML needs", ErrNoDriver)
}
