#!/usr/bin/env bash
# Runs every role as its own crux process against a real anvil L1, as an
# operator would (crux contracts deploy, crux sequencer, two crux executor,
# crux challenger, crux watch), pushes MNIST jobs (10,000 images each)
# through it with crux job submit/wait, and prints each role's peak resident
# memory (VmHWM) and the jobs finalized per minute. Usage:
#   scripts/roles-memory.sh [JOBS]      (default 4)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-4}
work=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/crux" ./cmd/crux
crux=$work/crux
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# anvil's public development keys (funded by every anvil at start).
keys=(
	ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
	59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
	5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a
	7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6
	47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a
)
for i in "${!keys[@]}"; do
	(umask 077 && echo "${keys[$i]}" >"$work/key$i")
done
l1port=$(free_port)
l1contracts/scripts/anvil.sh --port "$l1port" --block-time 1 >"$work/anvil.log" 2>&1 &
pids+=($!)
l1=http://127.0.0.1:$l1port
for _ in $(seq 100); do grep -q "Listening on" "$work/anvil.log" && break; sleep 0.3; done

"$crux" contracts deploy --l1 "$l1" --key.file "$work/key0" --out "$work/contracts.json" \
	--challenge-window 20s --clock 30s --unbonding-delay 5m --finalization-delay 10s >/dev/null
get() { jq -r ".$1" "$work/contracts.json"; }

# Every account gets L2 credits at genesis.
l2port=$(free_port)
echo '{"alloc": {' >"$work/genesis.json"
sep=""
for a in f39Fd6e51aad88F6F4ce6aB8827279cffFb92266 70997970C51812dc3A010C7d01b50e0d17dc79C8 \
	3C44CdDdB6a900fa2b585dd299e03d12FA4293BC 90F79bf6EB2c4f870365E785982E1f101E93b906 15d34AAf54267DB7D7c367839AAf71A00a2C6A65; do
	echo "$sep\"0x$a\": \"1000000000000000000000000\"" >>"$work/genesis.json"
	sep=","
done
echo '}}' >>"$work/genesis.json"

"$crux" --log.level warn sequencer --l1 "$l1" --l1.portal "$(get portal)" --l1.result-registry "$(get resultRegistry)" \
	--l1.provider-registry "$(get providerRegistry)" --l1.inbox "$(get batchInbox)" --l1.output-oracle "$(get outputOracle)" \
	--l1.confirmations 1 --batcher.confirmations 1 --batcher.max-delay 2s --proposer.interval 20 \
	--min-provider-stake 1000000000000000000 --genesis "$work/genesis.json" --datadir "$work/seq" \
	--key.file "$work/key0" --http.port "$l2port" --ws.port 0 2>"$work/sequencer.log" &
seq_pid=$!
pids+=($seq_pid)
l2=http://127.0.0.1:$l2port
for _ in $(seq 100); do "$crux" credit balance --l2 "$l2" 0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65 >/dev/null 2>&1 && break; sleep 0.3; done

role_flags=(--l1 "$l1" --l2 "$l2" --contracts "$work/contracts.json" --backend cpu --poll 500ms)
"$crux" --log.level warn executor "${role_flags[@]}" --key.file "$work/key1" --datadir "$work/ex1" 2>"$work/ex1.log" &
ex1=$!
"$crux" --log.level warn executor "${role_flags[@]}" --key.file "$work/key2" --datadir "$work/ex2" --bid-percent 80 2>"$work/ex2.log" &
ex2=$!
"$crux" --log.level warn challenger "${role_flags[@]}" --key.file "$work/key3" 2>"$work/ch.log" &
ch=$!
"$crux" --log.level warn watch "${role_flags[@]}" --json >/dev/null 2>"$work/watch.log" &
w=$!
pids+=($ex1 $ex2 $ch $w)
sleep 8 # bonds reach the L2

go run ./examples/mnist/gen -testdata "$work/mnist" >/dev/null
inputs=(--input "images=$work/mnist/images.npy")
for n in w1 b1 w2 b2 w3 b3; do inputs+=(--input "$n=examples/mnist/weights/$n.npy"); done
start=$(date +%s.%N)
ids=()
for _ in $(seq "$jobs"); do
	ids+=("$("$crux" job submit --l2 "$l2" --key.file "$work/key4" --program examples/mnist/program.json "${inputs[@]}" --max-price 1credits)")
done
for id in "${ids[@]}"; do
	"$crux" job wait --l2 "$l2" --timeout 10m "$id" >/dev/null
done
end=$(date +%s.%N)

hwm() { awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' "/proc/$1/status"; }
echo "role peak memory (VmHWM), $jobs MNIST jobs:"
printf '  %-22s %s\n' "sequencer+batcher" "$(hwm $seq_pid)" "executor 1" "$(hwm $ex1)" "executor 2" "$(hwm $ex2)" \
	"challenger" "$(hwm $ch)" "watcher" "$(hwm $w)"
python3 -c "print('jobs finalized per minute: %.1f (%d jobs in %.1f s, 20 s challenge window each)' % ($jobs*60/($end-$start), $jobs, $end-$start))"
