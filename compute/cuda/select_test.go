package cuda

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crux-rollup/crux/compute"
)

// Without PTX in the binary (the state of a build made without `make ptx`)
// the backend is unavailable before anything else is tried, and says how to
// fix it.
func TestAvailableWithoutPTX(t *testing.T) {
	if len(embeddedPTX()) > 0 {
		t.Skip("this build embeds PTX")
	}
	err := Available()
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "no PTX embedded; build with make ptx on a CUDA machine") {
		t.Fatalf("Available() = %v", err)
	}
}

// With PTX but no driver library: unavailable, naming the library.
func TestMissingDriver(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "libcuda.so.1")
	_, err := open(config{lib: lib, ptx: map[string][]byte{"x": []byte("ptx")}})
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "cannot load "+lib) {
		t.Fatalf("open without a driver: %v", err)
	}
}

func TestSelect(t *testing.T) {
	b, note, err := Select("cpu", 3)
	if err != nil || note != "" || b.(compute.CPU).Workers != 3 {
		t.Fatalf("Select(cpu) = %v, %q, %v", b, note, err)
	}
	if _, _, err := Select("tpu", 0); err == nil || !strings.Contains(err.Error(), `"tpu"`) || !strings.Contains(err.Error(), Backends) {
		t.Fatalf("Select(tpu): %v", err)
	}
	avail := Available()
	b, note, err = Select("auto", 0)
	if err != nil {
		t.Fatal(err)
	}
	if avail != nil {
		if b.Name() != "cpu" || !strings.Contains(note, avail.Error()) {
			t.Fatalf("Select(auto) without a GPU = %s, note %q; want cpu and %q", b.Name(), note, avail)
		}
		_, _, err := Select("cuda", 0)
		if !errors.Is(err, ErrUnavailable) || err.Error() != avail.Error() {
			t.Fatalf("Select(cuda) without a GPU: %v, want %v", err, avail)
		}
		t.Logf("auto fell back: %s", note)
		return
	}
	if b.Name() != "cuda" || note != "" {
		t.Fatalf("Select(auto) with a GPU = %s, %q", b.Name(), note)
	}
	b.(*Backend).Close()
}

// The driver binding on the emulator: device attributes, error names from
// cuGetErrorName, and a closed machine refusing work.
func TestEmulatorDriver(t *testing.T) {
	b := emuBackend(t)
	info := b.Device()
	if info.Name != "crux host emulator" || info.ComputeCapability != [2]int{8, 0} || info.MemoryBytes != 16<<30 {
		t.Fatalf("device info %+v", info)
	}
	if s := info.String(); !strings.Contains(s, "sm_80") {
		t.Errorf("DeviceInfo.String() = %q", s)
	}
	err := b.drv.check("cuMemAlloc", 2)
	var e *Error
	if !errors.As(err, &e) || e.Code != 2 || err.Error() != "cuMemAlloc: CUDA_ERROR_OUT_OF_MEMORY (emulated error)" {
		t.Fatalf("check(2) = %v", err)
	}
	if err := b.launch("relu_i8", 1, 1, 0, 1.5); err == nil || !strings.Contains(err.Error(), "float64") {
		t.Fatalf("launch with a float argument: %v", err)
	}
	p := matmulProgram(2, 16, 2)
	m, err := b.NewMachine(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Load(context.Background(), 0, compute.NewTensor(compute.Int8, compute.Shape{16, 2})); err == nil {
		t.Error("loading a tensor of the wrong shape succeeded")
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if err := m.Exec(context.Background(), 0); err == nil || !strings.Contains(err.Error(), "closed") {
		t.Errorf("Exec after Close: %v", err)
	}
	if err := m.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}
