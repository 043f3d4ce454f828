#!/usr/bin/env bash
# Build the crux L1 contracts: npm ci when needed, then forge build.
# Extra arguments go to forge build.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/deps.sh"
l1_ensure_deps
cd "$L1_DIR"
exec "$FORGE" build "$@"
