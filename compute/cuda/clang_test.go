package cuda

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// clangCUDA finds a clang that can compile CUDA device code ($CLANG, else
// clang++ or a versioned clang++-N on PATH).
func clangCUDA() string {
	if c := os.Getenv("CLANG"); c != "" {
		return c
	}
	if p, err := exec.LookPath("clang++"); err == nil {
		return p
	}
	for v := 30; v >= 14; v-- {
		if p, err := exec.LookPath("clang++-" + strconv.Itoa(v)); err == nil {
			return p
		}
	}
	return ""
}

// The kernels as device code, through a second compiler: clang's CUDA front
// end without the CUDA SDK (common.cuh declares the little it needs), for
// the minimum architecture sm_80. This is what can be checked of the GPU
// build without nvcc: the device code compiles, every kernel the backend
// launches is an entry point, the matmul uses the int8 tensor-core mma
// without .satfinite, and the matmul and hashing kernels keep their arrays in
// registers (no local memory).
func TestKernelsCompileForSM80(t *testing.T) {
	clang := clangCUDA()
	if clang == "" {
		t.Skip("no clang++ to compile the kernels as CUDA device code (nvcc builds them with make ptx)")
	}
	cus, err := filepath.Glob(filepath.Join("kernels", "*.cu"))
	if err != nil || len(cus) == 0 {
		t.Fatal("no kernels/*.cu")
	}
	dir := t.TempDir()
	ptx := map[string]string{}
	for _, cu := range cus {
		name := strings.TrimSuffix(filepath.Base(cu), ".cu")
		out := filepath.Join(dir, name+".ptx")
		cmd := exec.Command(clang, "-x", "cuda", "--cuda-device-only", "--cuda-gpu-arch=sm_80", "-nocudainc", "-nocudalib",
			"-DCRUX_NO_CUDA_SDK", "-std=c++17", "-O3", "-Wall", "-Werror", "-S", "-o", out, cu)
		if b, err := cmd.CombinedOutput(); err != nil {
			if strings.Contains(string(b), "unsupported CUDA gpu architecture") || strings.Contains(string(b), "nvptx") && strings.Contains(string(b), "unknown target") {
				t.Skipf("%s cannot target sm_80: %s", clang, b)
			}
			t.Fatalf("%s: %v\n%s", cu, err, b)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		ptx[name] = string(b)
	}
	var all strings.Builder
	for _, s := range ptx {
		all.WriteString(s)
	}
	for _, k := range kernels {
		if !regexp.MustCompile(`\.entry\s+` + k + `\(`).MatchString(all.String()) {
			t.Errorf("no entry point %s in the PTX", k)
		}
	}
	mm := ptx["matmul"]
	if n := strings.Count(mm, "mma.sync.aligned.m16n8k32.row.col.s32.s8.s8.s32"); n == 0 {
		t.Error("matmul PTX has no int8 m16n8k32 mma")
	}
	if strings.Contains(mm, "satfinite") {
		t.Error("matmul PTX saturates its accumulators (.satfinite)")
	}
	for _, name := range []string{"matmul", "merkle"} {
		if strings.Contains(ptx[name], ".local") {
			t.Errorf("%s PTX uses local memory", name)
		}
	}
}
