#!/usr/bin/env bash
# Regenerates the Go bindings of the L1 contracts and the L2 module interfaces
# (l1contracts/bindings/bindings.go) from the forge artifacts, with abigen v2.
# With --check it regenerates into a temporary file and fails if the committed
# bindings differ: CI runs that, so stale bindings never land.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every contract a Go program deploys or talks to.
contracts=(
	ComputeCredit ProviderRegistry ResultRegistry DisputeGame KernelVerifier
	Portal OutputOracle BatchInbox
	IJobMarket IBridge
)

check=false
[ "${1:-}" = "--check" ] && check=true

l1contracts/scripts/build.sh >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

node -e '
const fs = require("fs");
const [outFile, ...names] = process.argv.slice(1);
const combined = { contracts: {} };
for (const n of names) {
	const path = `l1contracts/out/${n}.sol/${n}.json`;
	if (!fs.existsSync(path)) { console.error(`no forge artifact for ${n} (${path})`); process.exit(1); }
	const a = JSON.parse(fs.readFileSync(path));
	combined.contracts[`${n}.sol:${n}`] = { abi: a.abi, bin: a.bytecode.object.replace(/^0x/, "") };
}
fs.writeFileSync(outFile, JSON.stringify(combined));
' "$tmp/combined.json" "${contracts[@]}"

go tool abigen --v2 --combined-json "$tmp/combined.json" --pkg bindings --out "$tmp/bindings.go"
chmod 644 "$tmp/bindings.go"

target=l1contracts/bindings/bindings.go
if $check; then
	if ! cmp -s "$tmp/bindings.go" "$target"; then
		echo "l1contracts/bindings is stale: run make contracts and commit the result" >&2
		exit 1
	fi
	echo "bindings are fresh"
else
	mkdir -p "$(dirname "$target")"
	cp "$tmp/bindings.go" "$target"
	echo "wrote $target"
fi
