#!/usr/bin/env bash
# Test the crux L1 contracts: npm ci when needed, then forge test.
# Extra arguments go to forge test (e.g. -vv, --match-test gas).
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/deps.sh"
l1_ensure_deps
cd "$L1_DIR"
exec "$FORGE" test "$@"
