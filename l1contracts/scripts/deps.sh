#!/usr/bin/env bash
# Sourced by build.sh and test.sh: makes sure node_modules matches
# package-lock.json (running `npm ci` when it is missing or stale) and sets FORGE
# to the forge binary from @foundry-rs/forge.
#
# Stale means: package.json or package-lock.json changed since the last
# `npm ci` done by this script (a stamp in node_modules records their hash), or
# an expected file is missing.

L1_DIR=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
STAMP="$L1_DIR/node_modules/.crux-deps-stamp"

_l1_lock_hash() {
	cat "$L1_DIR/package.json" "$L1_DIR/package-lock.json" | sha256sum | cut -d' ' -f1
}

_l1_deps_ok() {
	[[ -f $STAMP && $(cat "$STAMP") == "$(_l1_lock_hash)" ]] || return 1
	[[ -f $L1_DIR/node_modules/solc/solc.js ]] || return 1
	[[ -f $L1_DIR/node_modules/@openzeppelin/contracts/package.json ]] || return 1
	[[ -x $L1_DIR/node_modules/.bin/forge ]] || return 1
}

l1_ensure_deps() {
	if ! _l1_deps_ok; then
		echo "l1contracts: installing npm dependencies (npm ci)" >&2
		(cd "$L1_DIR" && npm ci --no-audit --no-fund) || return 1
		_l1_lock_hash >"$STAMP"
	fi
	# Prefer the native binary of the platform package; fall back to the npm
	# launcher (same binary, about 1 s slower per call).
	local native
	native=$(ls "$L1_DIR"/node_modules/@foundry-rs/forge-*/bin/forge 2>/dev/null | head -n1)
	if [[ -n $native && -x $native ]] && "$native" --version >/dev/null 2>&1; then
		FORGE=$native
	else
		FORGE="$L1_DIR/node_modules/.bin/forge"
	fi
	export FORGE
}
