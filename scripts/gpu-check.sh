#!/usr/bin/env bash
# gpu-check: the CUDA backend on a machine with an NVIDIA GPU (sm_80 or newer).
#
#  1. builds the PTX with `make ptx` if compute/cuda/ptx holds none;
#  2. runs the parity tests verbosely (random programs, the MNIST job, matmul
#     shapes, aliasing, hashing: every state root equal to the CPU's) and fails
#     if any of them failed or skipped its GPU part;
#  3. runs the benchmarks: int8 matmul 8192^3 TOPS, chunk-tree hashing GB/s on
#     the device, the whole MNIST job on the CPU and the GPU backends;
#  4. times torch._int_mm (cuBLASLt) at 8192^3 on the same GPU when python3 has
#     torch with CUDA;
#  5. prints the table: TOPS against the H100 dense int8 peak (1,979 TOPS) and
#     against cuBLASLt (target: at least 70%), GB/s, job times.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if ! ls compute/cuda/ptx/*.ptx >/dev/null 2>&1; then
	echo "== no PTX in compute/cuda/ptx: make ptx"
	make ptx
fi
gpu="unknown GPU"
if command -v nvidia-smi >/dev/null 2>&1; then
	gpu=$(nvidia-smi --query-gpu=name --format=csv,noheader | head -1)
	echo "== $(nvidia-smi --query-gpu=name,memory.total,driver_version,compute_cap --format=csv,noheader | head -1)"
fi

echo "== parity: CUDA backend vs the CPU reference"
set +e
go test -count=1 -v -run 'Parity|DataRoot|Select|Available|Emulator' ./compute/cuda/ 2>&1 | tee "$out/test.txt"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
	echo "gpu-check: FAIL: parity tests failed (see above)" >&2
	exit 1
fi
if grep -q -- '--- SKIP: .*/gpu' "$out/test.txt"; then
	grep -A1 -- '--- SKIP: .*/gpu' "$out/test.txt" | head -4 >&2
	echo "gpu-check: FAIL: the GPU path did not run" >&2
	exit 1
fi

echo "== benchmarks"
go test -count=1 -run '^$' -bench 'MatMul8192|DataRoot|MNIST' -benchtime 10x -timeout 30m ./compute/cuda/ | tee "$out/bench.txt"

cublas=""
if python3 -c 'import sys, torch; sys.exit(0 if torch.cuda.is_available() else 1)' >/dev/null 2>&1; then
	echo "== torch._int_mm (cuBLASLt), 8192^3, same operand layout (A row-major, B^T)"
	cublas=$(python3 - <<'PY' || true
import time
import torch

n = 8192
a = torch.randint(-128, 128, (n, n), dtype=torch.int8, device="cuda")
b = torch.randint(-128, 128, (n, n), dtype=torch.int8, device="cuda")
bt = b.t()  # C = A * B^T, as crux's matmul
for _ in range(3):
    torch._int_mm(a, bt)
torch.cuda.synchronize()
iters = 20
t = time.perf_counter()
for _ in range(iters):
    torch._int_mm(a, bt)
torch.cuda.synchronize()
dt = (time.perf_counter() - t) / iters
print(f"{2 * n**3 / dt / 1e12:.1f}")
PY
)
	echo "torch._int_mm: ${cublas:-failed} TOPS"
else
	echo "== torch with CUDA not importable: no cuBLASLt comparison"
fi

echo
echo "== gpu-check summary ($gpu)"
awk -v cublas="$cublas" '
	function metric(unit,   i) { for (i = 2; i < NF; i++) if ($(i+1) == unit) return $i; return "" }
	/^BenchmarkMatMul8192/ { tops = metric("TOPS") }
	/^BenchmarkDataRoot/ { gbs = metric("GB/s") }
	/^BenchmarkMNIST\/cpu/ { cpu = metric("s/job") }
	/^BenchmarkMNIST\/cuda/ { gpu = metric("s/job") }
	END {
		printf "%-42s %14s   %s\n", "metric", "value", "against"
		printf "%-42s %9.1f TOPS   %.1f%% of the H100 dense int8 peak (1979 TOPS)\n", "int8 matmul 8192^3 (crux, mma.sync)", tops, 100 * tops / 1979
		if (cublas != "")
			printf "%-42s %14s   %.1f%% of torch._int_mm (cuBLASLt) %.1f TOPS, target >= 70%%\n", "", "", 100 * tops / cublas, cublas
		else
			printf "%-42s %14s   torch._int_mm not measured (no torch with CUDA)\n", "", ""
		printf "%-42s %9.1f GB/s\n", "commitment hashing on the device (256 MiB)", gbs
		printf "%-42s %11.4f s     cpu backend %.4f s (%.1fx)\n", "MNIST 10k whole job (cuda backend)", gpu, cpu, (gpu > 0 ? cpu / gpu : 0)
	}' "$out/bench.txt"
