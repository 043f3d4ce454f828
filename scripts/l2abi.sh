#!/usr/bin/env bash
# Extracts the ABIs of the L2 native module interfaces (l1contracts/src/l2) from
# the forge artifacts into sequencer/l2/abi/*.json, which package l2 embeds.
# With --check it extracts into a temporary directory and fails if the committed
# files differ, so a changed interface never lands without its ABI.
set -euo pipefail
cd "$(dirname "$0")/.."

interfaces=(IJobMarket IBridge)

check=false
[ "${1:-}" = "--check" ] && check=true

# Build only the L2 interfaces (they import nothing): the rest of the project
# is not needed here, and other artifacts in l1contracts/out are left alone.
l1contracts/scripts/build.sh src/l2 >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

node -e '
const fs = require("fs");
const [outDir, ...names] = process.argv.slice(1);
for (const n of names) {
	const path = `l1contracts/out/${n}.sol/${n}.json`;
	if (!fs.existsSync(path)) { console.error(`no forge artifact for ${n} (${path})`); process.exit(1); }
	const abi = JSON.parse(fs.readFileSync(path)).abi;
	fs.writeFileSync(`${outDir}/${n}.json`, JSON.stringify(abi, null, 2) + "\n");
}
' "$tmp" "${interfaces[@]}"

target=sequencer/l2/abi
status=0
for n in "${interfaces[@]}"; do
	if $check; then
		if ! cmp -s "$tmp/$n.json" "$target/$n.json"; then
			echo "$target/$n.json is stale: run scripts/l2abi.sh and commit the result" >&2
			status=1
		fi
	else
		mkdir -p "$target"
		cp "$tmp/$n.json" "$target/$n.json"
		chmod 644 "$target/$n.json"
		echo "wrote $target/$n.json"
	fi
done
if $check && [ $status -eq 0 ]; then echo "L2 ABIs are fresh"; fi
exit $status
