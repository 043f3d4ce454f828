#!/usr/bin/env bash
# Runs the pinned anvil (npm ci when needed); arguments go to anvil.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/deps.sh"
l1_ensure_deps >&2
native=$(ls "$L1_DIR"/node_modules/@foundry-rs/anvil-*/bin/anvil 2>/dev/null | head -n1)
if [[ -n $native && -x $native ]]; then
	exec "$native" "$@"
fi
exec "$L1_DIR/node_modules/.bin/anvil" "$@"
