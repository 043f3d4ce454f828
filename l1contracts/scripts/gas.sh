#!/usr/bin/env bash
# Prints the gas table of docs/gas.md from the isolated gas tests
# (test/Gas.t.sol: every call a real transaction, receipt gas). With --update
# it also rewrites the table in docs/gas.md (between the gas-table markers).
set -euo pipefail
here=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
doc="$here/../../docs/gas.md"

out=$(bash "$here/test.sh" --match-contract GasTest -vv)
rows=$(grep -o 'gas-table|.*' <<<"$out" | sed 's/^gas-table|//')
[[ -n $rows ]] || { echo "gas.sh: no gas-table rows in the test output" >&2; exit 1; }

table=$(
	echo "| transaction | gas | calldata bytes | calldata gas | gas with the EIP-7623 floor |"
	echo "|---|---:|---:|---:|---:|"
	awk -F'|' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }' <<<"$rows"
)
echo "$table"

if [[ ${1:-} == --update ]]; then
	[[ -f $doc ]] || { echo "gas.sh: $doc not found" >&2; exit 1; }
	TABLE="$table" python3 - "$doc" <<'PY'
import os, re, sys
path = sys.argv[1]
text = open(path).read()
begin, end = "<!-- gas-table:begin -->", "<!-- gas-table:end -->"
if begin not in text or end not in text:
    sys.exit("gas.sh: markers missing in " + path)
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open(path, "w").write(head + begin + "\n" + os.environ["TABLE"] + "\n" + end + tail)
PY
	echo "gas.sh: updated $doc" >&2
fi
