#!/usr/bin/env bash
# Runs one golden case of the apdr command line and compares what it prints
# and its exit code with the expected files beside its `cmd`.
#
#   tests/golden/run_case.sh CASE_DIR [APDR_BINARY]
#
# CASE_DIR holds `cmd` (one line: the arguments to apdr, run from the
# repository root; shell syntax such as `< file` works), `stdout`, `stderr`
# and `exit`. The binary defaults to $APDR, else build/apdr.
# With APDR_UPDATE_GOLDEN=1 the expected files are rewritten instead, and the
# diff against the old ones is printed so the change can be reviewed.
set -uo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 CASE_DIR [APDR_BINARY]" >&2
  exit 2
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
case_dir=$(cd "$1" && pwd) || { echo "no such case: $1" >&2; exit 2; }
apdr=${2:-${APDR:-$root/build/apdr}}
[[ $apdr == /* ]] || apdr=$root/$apdr
if [[ ! -x $apdr ]]; then
  echo "apdr binary not found at $apdr (build it first)" >&2
  exit 2
fi
if [[ ! -f $case_dir/cmd ]]; then
  echo "$case_dir has no cmd file" >&2
  exit 2
fi

actual=$(mktemp -d)
trap 'rm -rf "$actual"' EXIT

args=$(head -n 1 "$case_dir/cmd")
cd "$root"
# A fixed environment, so output does not depend on who runs the test:
# no colour, a fixed time zone, and stdin closed unless the case redirects it.
NO_COLOR=1 TZ=Europe/London LC_ALL=C.UTF-8 \
  eval "\"\$apdr\" $args" </dev/null >"$actual/stdout" 2>"$actual/stderr"
echo $? >"$actual/exit"

status=0
for part in stdout stderr exit; do
  expected=$case_dir/$part
  # A case not yet generated compares against nothing, so its whole output shows.
  [[ -f $expected ]] || expected=/dev/null
  if ! diff -u --label "expected/$part" --label "actual/$part" "$expected" "$actual/$part"; then
    status=1
  fi
  if [[ ${APDR_UPDATE_GOLDEN:-} == 1 ]]; then
    cp "$actual/$part" "$case_dir/$part"
  fi
done

if [[ ${APDR_UPDATE_GOLDEN:-} == 1 ]]; then
  [[ $status -eq 0 ]] || echo "updated $(basename "$case_dir")"
  exit 0
fi
if [[ $status -ne 0 ]]; then
  echo "golden case $(basename "$case_dir") failed: apdr $args" >&2
fi
exit $status
