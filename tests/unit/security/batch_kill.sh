#!/usr/bin/env bash
# "Output files are never left half-written": starts `apdr batch -o OUT` on
# a large cohort, kills it with SIGKILL mid-run (no handler can run), and
# checks that OUT is then exactly the old file, or absent when there was
# none. Run by ctest as `security: batch killed mid-run`:
#   batch_kill.sh APDR SOURCE_DIR
# Exits 77 (skipped) when this apdr has no `batch` verb.
set -euo pipefail
apdr=$1
source_dir=$2
"$apdr" batch --help > /dev/null 2>&1 || { echo "apdr batch is not built: skipped"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A large cohort quickly: 500 generated pupils, repeated to 100 000 rows.
python3 "$source_dir/examples/cohorts/generate.py" --pupils 500 --out-dir "$work" > /dev/null
for _ in $(seq 200); do cat "$work/cohort.jsonl"; done > "$work/big.jsonl"
rows=$(wc -l < "$work/big.jsonl")

# Waits until the batch has begun writing (its temporary file exists), then
# kills it. Prints "finished" when it ended before it could be killed.
kill_mid_run() {
  local out=$1
  "$apdr" batch --no-progress -o "$out" "$work/big.jsonl" > /dev/null 2>&1 &
  local pid=$! started=0
  for _ in $(seq 400); do
    if ls -A "$(dirname "$out")" | grep -q "^\.$(basename "$out")"; then started=1; break; fi
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.05
  done
  sleep 0.3
  if kill -9 "$pid" 2> /dev/null; then
    wait "$pid" 2> /dev/null || true
    [ "$started" = 1 ] || echo "warning: no temporary file seen before the kill" >&2
    echo killed
  else
    wait "$pid" 2> /dev/null || true
    echo finished
  fi
}

status=0
# With an old file: afterwards it is the old file, byte for byte.
mkdir "$work/with-old"
printf '{"old": "complete file"}\n' > "$work/with-old/out.jsonl"
cp "$work/with-old/out.jsonl" "$work/old-copy"
case $(kill_mid_run "$work/with-old/out.jsonl") in
  killed)
    if cmp -s "$work/with-old/out.jsonl" "$work/old-copy"; then
      echo "ok: killed mid-run, the old file is untouched"
    else
      echo "FAIL: killed mid-run and the old file changed"; status=1
    fi ;;
  finished)
    if [ "$(wc -l < "$work/with-old/out.jsonl")" -eq "$rows" ]; then
      echo "ok: the run finished before the kill and the file is complete"
    else
      echo "FAIL: the run finished but the file is not complete"; status=1
    fi ;;
esac

# With no file: afterwards there is still none (or a complete one).
mkdir "$work/no-old"
case $(kill_mid_run "$work/no-old/out.jsonl") in
  killed)
    if [ -e "$work/no-old/out.jsonl" ]; then
      echo "FAIL: killed mid-run and a partial out.jsonl exists"; status=1
    else
      echo "ok: killed mid-run, no output file"
    fi ;;
  finished)
    if [ "$(wc -l < "$work/no-old/out.jsonl")" -eq "$rows" ]; then
      echo "ok: the run finished before the kill and the file is complete"
    else
      echo "FAIL: the run finished but the file is not complete"; status=1
    fi ;;
esac
exit $status
