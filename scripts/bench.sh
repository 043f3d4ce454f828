#!/usr/bin/env bash
# Prints the performance figures the project tracks, from go test benchmarks:
# int8 matmul GOPS (1024^3, one core and all cores), commitment throughput
# against raw keccak256 on the same data, the MNIST 10k job's wall time, and
# the sequencer's transfer throughput and inclusion latency (target >= 5,000
# tx/s), L1 bytes per transfer (target <= 90), and the L1 gas of disputes
# (targets: <= 80k per dissection move, <= 3M per dispute).
set -euo pipefail
cd "$(dirname "$0")/.."
cores=$(nproc)
out=$(mktemp)
trap 'rm -f "$out"' EXIT

echo "== int8 matmul 1024x1024x1024 (exact, wrapping int32)"
go test -run '^$' -bench 'MatMul1024' -benchtime 5x ./compute/internal/i8mm/ | tee -a "$out" | grep -E 'GOPS'
echo "== commitment (chunk tree root of 64 MiB) vs raw keccak256 stream"
go test -run '^$' -bench 'Commit|KeccakRaw' -benchtime 5x ./compute/merkle/ | tee -a "$out" | grep -E 'MB/s'
if grep -qw avx512f /proc/cpuinfo 2>/dev/null; then
	echo "== the same with AVX-512 disabled (what AVX2-only machines get)"
	GODEBUG=cpu.avx512f=off go test -run '^$' -bench 'Commit' -benchtime 5x ./compute/merkle/ |
		sed 's/BenchmarkCommit/BenchmarkCommitAVX2/' | tee -a "$out" | grep -E 'MB/s'
fi
echo "== MNIST: 10,000 images, whole job on the CPU backend"
go test -run '^$' -bench 'Run10k' -benchtime 5x ./examples/mnist/mnist/ | tee -a "$out" | grep -E 's/job'
echo "== L2 sequencer: sustained transfers (signatures checked, WAL and blocks fsync'd to pebble)"
go test -run '^$' -bench 'Transfers$|TransfersAt5000' -benchtime 40000x ./sequencer/ | tee -a "$out" | grep -E 'tx/s'
echo "== L1 bytes and gas per transfer in a compressed batch"
go test -run '^$' -bench 'TransferBytes' -benchtime 1x ./sequencer/batch/ | tee -a "$out" | grep -E 'L1bytes'
echo "== dispute gas on the simulated L1 (transaction gas, worst over random disputes)"
go test -run '^$' -bench 'DisputeGas' -benchtime 8x ./l1contracts/gameabi/ | tee -a "$out" | grep -E 'gas/'
echo "== the whole system: MNIST jobs through a devnet with two CPU executors (in one process)"
go test -run '^$' -bench 'DevnetMNIST' -benchtime 8x ./e2e/ | tee -a "$out" | grep -E 'jobs/min'
echo "== the same with every role its own process on anvil: peak memory per role"
scripts/roles-memory.sh 4 | tee -a "$out" | grep -v '^wrote'

echo
echo "== summary ($cores cores, $(go env GOARCH))"
awk -v cores="$cores" '
	/MatMul1024/ && /GOPS/ { for (i = 1; i < NF; i++) if ($(i+1) == "GOPS") printf "matmul %-40s %8.1f GOPS\n", $1, $i }
	/BenchmarkCommit\/workers=/ { for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") { commit[$1] = $i; if ($i > best) best = $i } }
	/BenchmarkCommitAVX2\/workers=/ { for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") { commit[$1] = $i; if ($i > best2) best2 = $i } }
	/BenchmarkKeccakRaw/ { for (i = 1; i < NF; i++) if ($(i+1) == "MB/s" && $i > raw) raw = $i }
	/Run10k/ { for (i = 1; i < NF; i++) if ($(i+1) == "s/job") printf "MNIST 10k job wall time                         %8.3f s\n", $i }
	/BenchmarkTransfers-|BenchmarkTransfersAt5000/ { for (i = 2; i < NF; i++) if ($(i+1) ~ /^(tx\/s|p50-ms|p99-ms)$/) printf "sequencer %-37s %8.0f %s\n", $1, $i, $(i+1) }
	/BenchmarkTransferBytes/ { for (i = 2; i < NF; i++) if ($(i+1) ~ /^L1(bytes|gas)\/transfer$/) printf "batch %-41s %8.1f%s\n", $(i+1), $i, ($(i+1) ~ /bytes/ ? "  (target <= 90)" : "") }
	/BenchmarkDevnetMNIST/ { for (i = 2; i < NF; i++) if ($(i+1) == "jobs/min") printf "devnet MNIST jobs finalized per minute (8 at once) %8.1f\n", $i }
	/BenchmarkDisputeGas/ { for (i = 2; i < NF; i++) if ($(i+1) ~ /^(gas|txs)\//) printf "dispute %-39s %8d\n", $(i+1), $i }
	END {
		for (k in commit) printf "commit %-40s %8.0f MB/s\n", k, commit[k]
		printf "raw keccak256 stream, one core (best impl)      %8.0f MB/s\n", raw
		if (raw > 0) printf "commitment all cores / (raw x %d cores)          %8.0f %%  (target >= 80%%)\n", cores, 100 * best / (raw * cores)
		if (raw > 0 && best2 > 0) printf "  the same, AVX2 only                            %8.0f %%\n", 100 * best2 / (raw * cores)
	}' "$out"
