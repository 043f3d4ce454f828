package cuda

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// The host emulator: kernels/*.cu compiled with -DCRUX_EMU together with
// kernels/emu/driver.cc into a shared library exporting the CUDA driver API
// subset crux binds. Opening the backend on it runs the production Go code
// (driver binding through purego, argument packing, launch geometry, slot
// management, the hashing passes) over the kernels' source, on any machine
// with a C++ compiler.

var emu struct {
	once sync.Once
	dir  string
	lib  string
	err  error
	skip string
}

// cxx finds a C++ compiler: $CXX, else g++, else clang++.
func cxx() string {
	if c := os.Getenv("CXX"); c != "" {
		return c
	}
	for _, c := range []string{"g++", "clang++", "c++"} {
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	return ""
}

func buildEmulator() (lib string, skip string, err error) {
	cc := cxx()
	if cc == "" {
		return "", "no C++ compiler (g++ or clang++) to build the kernel emulator", nil
	}
	if emu.dir, err = os.MkdirTemp("", "crux-cuda-emu"); err != nil {
		return "", "", err
	}
	cus, err := filepath.Glob(filepath.Join("kernels", "*.cu"))
	if err != nil || len(cus) == 0 {
		return "", "", errors.New("no kernels/*.cu")
	}
	lib = filepath.Join(emu.dir, "libcuda_emu.so")
	args := []string{"-std=c++17", "-O2", "-fPIC", "-shared", "-Wall", "-Wno-unknown-pragmas", "-DCRUX_EMU", "-Ikernels", "-x", "c++"}
	args = append(args, cus...)
	args = append(args, "-x", "none", filepath.Join("kernels", "emu", "driver.cc"), "-o", lib)
	if out, err := exec.Command(cc, args...).CombinedOutput(); err != nil {
		return "", "", errors.New("building the kernel emulator: " + err.Error() + "\n" + string(out))
	}
	return lib, "", nil
}

// emuBackend opens the backend on the host emulator, skipping the test where
// it cannot be built. The PTX is a placeholder: the emulator ignores module
// images and resolves kernels by name.
func emuBackend(t testing.TB) *Backend {
	t.Helper()
	emu.once.Do(func() { emu.lib, emu.skip, emu.err = buildEmulator() })
	if emu.err != nil {
		t.Fatal(emu.err)
	}
	if emu.skip != "" {
		t.Skip(emu.skip)
	}
	b, err := open(config{lib: emu.lib, ptx: map[string][]byte{"emulated": []byte("// no PTX")}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Error(err)
		}
	})
	return b
}

// gpuBackend opens GPU 0 with the embedded PTX, skipping with the reason
// where that cannot run here.
func gpuBackend(t testing.TB) *Backend {
	t.Helper()
	b, err := New(0)
	if errors.Is(err, ErrUnavailable) {
		t.Skipf("GPU path not run: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Error(err)
		}
	})
	return b
}

// devices runs f as a subtest on each device: "emu" (the host emulator) and
// "gpu" (a real GPU); each skips with its reason when it cannot run.
func devices(t *testing.T, f func(t *testing.T, b *Backend)) {
	t.Run("emu", func(t *testing.T) { f(t, emuBackend(t)) })
	t.Run("gpu", func(t *testing.T) { f(t, gpuBackend(t)) })
}

func TestMain(m *testing.M) {
	code := m.Run()
	if emu.dir != "" {
		os.RemoveAll(emu.dir)
	}
	os.Exit(code)
}
