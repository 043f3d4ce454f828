package mnist

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/crux-rollup/crux/compute"
	"github.com/crux-rollup/crux/compute/npy"
)

// Files of the example, relative to its directory (examples/mnist).
const (
	ProgramFile = "program.json"
	WeightsDir  = "weights" // one <slot>.npy per weight slot
)

// WriteFiles writes dir/program.json and dir/weights/<slot>.npy. Each file
// is replaced atomically.
func WriteFiles(dir string, p *compute.Program, weights map[string]compute.Tensor) error {
	text, err := p.EncodeJSON()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, WeightsDir), 0o755); err != nil {
		return err
	}
	for _, name := range slices.Sorted(maps.Keys(weights)) {
		if err := npy.WriteFile(filepath.Join(dir, WeightsDir, name+".npy"), weights[name]); err != nil {
			return err
		}
	}
	return writeFileAtomic(filepath.Join(dir, ProgramFile), text)
}

// ReadFiles reads and validates dir/program.json and the .npy file of every
// input slot except the images.
func ReadFiles(dir string) (*compute.Program, map[string]compute.Tensor, error) {
	text, err := os.ReadFile(filepath.Join(dir, ProgramFile))
	if err != nil {
		return nil, nil, err
	}
	p, err := compute.DecodeJSON(text)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", ProgramFile, err)
	}
	weights := map[string]compute.Tensor{}
	for _, s := range p.Slots {
		if !s.Input || s.Name == ImagesSlot {
			continue
		}
		t, err := npy.ReadFile(filepath.Join(dir, WeightsDir, s.Name+".npy"))
		if err != nil {
			return nil, nil, err
		}
		weights[s.Name] = t
	}
	return p, weights, nil
}

// ImagesTensor returns the first n images of s as the int8 [n, 784] images
// input (QuantizeImage on each).
func ImagesTensor(s *Set, n int) compute.Tensor {
	t := compute.NewTensor(compute.Int8, compute.Shape{n, Pixels})
	v := t.Int8s()
	for i := range n {
		QuantizeImage(v[i*Pixels:(i+1)*Pixels], s.Images[i])
	}
	return t
}

// LabelsTensor returns the first n labels of s as int32 [n].
func LabelsTensor(s *Set, n int) compute.Tensor {
	t := compute.NewTensor(compute.Int32, compute.Shape{n})
	for i, l := range s.Labels[:n] {
		t.Int32s()[i] = int32(l)
	}
	return t
}

// Accuracy compares an int32 prediction tensor with the labels of s.
func Accuracy(pred compute.Tensor, s *Set) float64 {
	right := 0
	p := pred.Int32s()
	for i, v := range p {
		if int(v) == s.Labels[i] {
			right++
		}
	}
	return float64(right) / float64(len(p))
}

func writeFileAtomic(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
