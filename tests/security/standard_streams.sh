#!/usr/bin/env bash
# Standard streams (docs/privacy.md): closed descriptors 0 to 2 never become
# an output's temporary file; a closed or unreadable standard input is
# "cannot read standard input" (exit 2); output lost to a closed stdout or a
# full disk is exit 3 for every verb; a write past the file size limit
# (SIGXFSZ, EFBIG) is reported like a full disk and leaves no temporary
# file; a hang-up ignored by the caller (nohup) stays ignored.
#   standard_streams.sh APDR SOURCE_DIR
set -uo pipefail
apdr=$1
source_dir=$2
rules=$source_dir/rules/examples/ordinarily-available.yaml
profile=$source_dir/examples/profiles/semh-two-cycles.yaml
cohort=$source_dir/examples/cohorts/cohort.jsonl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
listing() { (cd "$1" && ls -A | sort | tr '\n' ' '); }

# 1. Output lost on standard output is exit 3, for every verb.
for verb in "eval --rules $rules $profile" "eval --format json --rules $rules $profile" "check $rules" \
            "explain --rules $rules --rule involve-specialist-semh $profile" "schema rules" "--version" \
            "report --rules $rules $profile" "batch --no-progress --rules $rules $cohort" \
            "diff $rules $rules --cohort $cohort" "test $source_dir/rules/examples"; do
  # shellcheck disable=SC2086
  "$apdr" $verb > /dev/full 2> "$work/err"
  status=$?
  [[ $status == 3 ]] || fail "apdr $verb > /dev/full: exit $status, wanted 3"
  # shellcheck disable=SC2086
  "$apdr" $verb >&- 2> "$work/err"
  status=$?
  [[ $status == 3 ]] || fail "apdr $verb >&-: exit $status, wanted 3"
  grep -q "standard output" "$work/err" || fail "apdr $verb >&-: did not say standard output failed"
done

# 2. A closed or write-only standard input cannot be read: exit 2, said so.
for verb in "eval --rules $rules -" "check -" "batch --no-progress --rules $rules -" "eval --rules - $profile" \
            "ask --rules $rules"; do
  # shellcheck disable=SC2086
  "$apdr" $verb <&- > /dev/null 2> "$work/err"
  status=$?
  [[ $status == 2 ]] || fail "apdr $verb <&-: exit $status, wanted 2"
  grep -q "cannot read standard input" "$work/err" || fail "apdr $verb <&-: $(cat "$work/err")"
  # shellcheck disable=SC2086
  "$apdr" $verb 0> "$work/write-only" > /dev/null 2> "$work/err"
  status=$?
  [[ $status == 2 ]] || fail "apdr $verb 0>file: exit $status, wanted 2"
done
# A verb that does not read standard input does not care.
"$apdr" eval --rules "$rules" "$profile" <&- > /dev/null 2>&1 || fail "eval of a file with stdin closed failed"

# 3. With stderr closed, the temporary output file is not descriptor 2: the
# warnings about rejected rows must not end up in the results.
mkdir "$work/out"
"$apdr" batch --no-progress --rules "$rules" -o "$work/out/results.jsonl" \
  "$source_dir/examples/cohorts/cohort-with-errors.jsonl" 2>&-
grep -q "error\[" "$work/out/results.jsonl" && fail "diagnostics were written into the output file"
grep -qv '^{' "$work/out/results.jsonl" && fail "a line of the output is not a JSON object"
"$apdr" report --rules "$rules" -o "$work/out/report.md" "$source_dir/tests/golden/cases/eval-bad-profile/profile.yaml" 2>&-
[[ -e $work/out/report.md ]] && fail "a report of an invalid profile was written"
[[ $(listing "$work/out") == "results.jsonl " ]] || fail "left behind: $(listing "$work/out")"

# 4. The file size limit: exit 3, a message, no temporary file, no output.
mkdir "$work/small"
( ulimit -f 8; "$apdr" batch --no-progress --rules "$rules" -o "$work/small/results.jsonl" "$cohort" ) \
  > /dev/null 2> "$work/err"
status=$?
[[ $status == 3 ]] || fail "batch past ulimit -f: exit $status, wanted 3"
grep -q "File too large" "$work/err" || fail "batch past ulimit -f: $(cat "$work/err")"
( ulimit -f 8; "$apdr" report --rules "$rules" --format html -o "$work/small/report.html" "$profile" ) \
  > /dev/null 2> "$work/err"
status=$?
[[ $status != 0 ]] || fail "report past ulimit -f: exit 0"
grep -q "File too large" "$work/err" || fail "report past ulimit -f: $(cat "$work/err")"
[[ -z $(listing "$work/small") ]] || fail "left behind after EFBIG: $(listing "$work/small")"

# 5. An ignored SIGHUP stays ignored: a batch under nohup survives a hang-up.
for _ in $(seq 40); do cat "$cohort"; done > "$work/big.jsonl"
mkdir "$work/hup"
(
  trap '' HUP
  exec "$apdr" batch --no-progress --rules "$rules" -o "$work/hup/results.jsonl" "$work/big.jsonl"
) > /dev/null 2>&1 &
pid=$!
for _ in $(seq 200); do
  ls -A "$work/hup" | grep -q . && break
  sleep 0.02
done
kill -HUP "$pid" 2> /dev/null
wait "$pid"
status=$?
[[ $status == 0 ]] || fail "batch with SIGHUP ignored: exit $status after a hang-up, wanted 0"
[[ $(wc -l < "$work/hup/results.jsonl" 2> /dev/null) == $((40 * 240)) ]] || fail "batch with SIGHUP ignored: output incomplete"

[[ $failures == 0 ]] || { echo "$failures failures" >&2; exit 1; }
echo "all standard-stream checks passed"
