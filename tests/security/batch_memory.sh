#!/usr/bin/env bash
# Batch memory is flat in bytes, not rows (issue 13, docs/limits.md): a
# cohort of rows just under limits::max_cohort_row_bytes (1 MiB), each a
# list of about 116,000 ids, keeps the peak resident memory of
# `apdr batch` under 100 MB at --jobs 1, 2 and 16, and every row is
# accounted for. The bound is a size, not a time, so it holds on a loaded
# machine. Skipped (77) under AddressSanitizer, whose shadow memory and
# quarantine are not the program's.
#   batch_memory.sh APDR SOURCE_DIR
set -uo pipefail
apdr=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

if [[ ! -x /usr/bin/time ]]; then
  echo "SKIP: /usr/bin/time (Debian package time) is needed to read peak memory"
  exit 77
fi
# Read ldd whole first: `ldd | grep -q` under pipefail fails when grep
# stops reading early and ldd gets SIGPIPE, and then the test ran under ASan.
libraries=$(ldd "$apdr" 2>/dev/null)
if grep -q 'libasan\|libtsan' <<<"$libraries"; then
  echo "SKIP: a sanitizer build's peak is its shadow memory and quarantine, not apdr's"
  exit 77
fi

rows=72  # more than 100 MB of input, so holding rows by count, not bytes, fails
python3 - "$work/long.jsonl" "$rows" <<'PY'
import sys
path, rows = sys.argv[1], int(sys.argv[2])
limit = 1024 * 1024
with open(path, "w") as out:
    for i in range(rows):
        head = '{"id":"long-%d","needs":[{"area":"semh","level":"sen_support"}],"in_place":[' % i
        budget = limit - len(head) - 8
        parts, used, n = [], 0, 0
        while True:
            item = '"x%d"' % n
            if used + len(item) + 1 > budget:
                break
            parts.append(item)
            used += len(item) + 1
            n += 1
        out.write(head + ",".join(parts) + "]}\n")
PY
size=$(stat -c %s "$work/long.jsonl")
(( size > rows * 1000000 )) || fail "the test cohort is only $size bytes"

for jobs in 1 2 16; do
  /usr/bin/time -f '%M' -o "$work/peak" "$apdr" batch --no-progress --jobs "$jobs" --as-of 2026-11-22 \
    -o "$work/out.jsonl" "$work/long.jsonl" 2> "$work/err.txt"
  status=$?
  [[ $status == 0 ]] || { fail "--jobs $jobs: exit $status"; tail -3 "$work/err.txt" >&2; }
  grep -q "^read $rows rows: $rows evaluated, 0 rejected" "$work/err.txt" ||
    fail "--jobs $jobs: the counts do not add up: $(tail -1 "$work/err.txt")"
  lines=$(wc -l < "$work/out.jsonl")
  [[ $lines == "$rows" ]] || fail "--jobs $jobs: $lines output lines, wanted $rows"
  peak_kb=$(tail -1 "$work/peak")
  echo "--jobs $jobs: peak ${peak_kb} KB for $rows rows of about 1 MiB"
  if (( peak_kb >= 100 * 1000 )); then
    fail "--jobs $jobs: peak memory ${peak_kb} KB is not under 100 MB"
  fi
done
exit $((failures > 0))
