#!/usr/bin/env bash
# Output files (docs/privacy.md): an output that is an input is refused
# before anything is written; an output through a symbolic link is written
# atomically to the file the link leads to and the link stays; a link that
# leads nowhere is refused; a new output is 0600, a replaced one keeps its
# mode; nothing is left but the named output.
#   output_files.sh APDR SOURCE_DIR
set -uo pipefail
apdr=$1
source_dir=$2
rules=$source_dir/rules/examples/ordinarily-available.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_exit() {  # expect_exit WANT WHAT COMMAND...
  local want=$1 what=$2
  shift 2
  "$@" > "$work/out.txt" 2> "$work/err.txt"
  local got=$?
  [[ $got == "$want" ]] || { fail "$what: exit $got, wanted $want"; cat "$work/err.txt" >&2; }
}
listing() { (cd "$1" && ls -A | sort | tr '\n' ' '); }

umask 022
mkdir "$work/a"
cp "$source_dir/examples/cohorts/cohort.jsonl" "$work/a/cohort.jsonl"
cp "$source_dir/examples/profiles/semh-two-cycles.yaml" "$work/a/pupil.yaml"
cp "$rules" "$work/a/rules.yaml"
sum_before=$(cat "$work/a/"* | md5sum)

# 1. Outputs over inputs, however named, are refused with exit 2.
ln -s cohort.jsonl "$work/a/cohort-link.jsonl"
ln "$work/a/pupil.yaml" "$work/a/pupil-hard.yaml"
expect_exit 2 "batch -o the cohort" "$apdr" batch --no-progress -o "$work/a/cohort.jsonl" "$work/a/cohort.jsonl"
grep -q "same file as the input" "$work/err.txt" || fail "batch -o the cohort: no reason given"
expect_exit 2 "batch -o a link to the cohort" "$apdr" batch --no-progress -o "$work/a/cohort-link.jsonl" "$work/a/cohort.jsonl"
expect_exit 2 "batch --summary the rule set" "$apdr" batch --no-progress --rules "$work/a/rules.yaml" \
  -o "$work/a/results.jsonl" --summary "$work/a/rules.yaml" "$work/a/cohort.jsonl"
[[ -e $work/a/results.jsonl ]] && fail "batch --summary the rule set: -o was written before the refusal"
expect_exit 2 "report -o the profile" "$apdr" report -o "$work/a/pupil.yaml" "$work/a/pupil.yaml"
expect_exit 2 "report -o a hard link to the profile" "$apdr" report -o "$work/a/pupil-hard.yaml" "$work/a/pupil.yaml"
expect_exit 2 "report -o the rule set" "$apdr" report --rules "$work/a/rules.yaml" -o "$work/a/rules.yaml" "$work/a/pupil.yaml"
rm "$work/a/cohort-link.jsonl" "$work/a/pupil-hard.yaml"
[[ $(cat "$work/a/"* | md5sum) == "$sum_before" ]] || fail "an input changed"
[[ $(listing "$work/a") == "cohort.jsonl pupil.yaml rules.yaml " ]] || fail "files appeared: $(listing "$work/a")"

# 2. A new output is 0600 whatever the umask, and is the only new file.
expect_exit 0 "batch -o a new file" "$apdr" batch --no-progress --rules "$rules" -o "$work/a/results.jsonl" \
  --summary "$work/a/summary.md" "$work/a/cohort.jsonl"
[[ $(stat -c %a "$work/a/results.jsonl") == 600 ]] || fail "new -o output is $(stat -c %a "$work/a/results.jsonl")"
[[ $(stat -c %a "$work/a/summary.md") == 600 ]] || fail "new --summary is $(stat -c %a "$work/a/summary.md")"
expect_exit 0 "report -o a new file" "$apdr" report --rules "$rules" -o "$work/a/report.html" --format html "$work/a/pupil.yaml"
[[ $(stat -c %a "$work/a/report.html") == 600 ]] || fail "new report is $(stat -c %a "$work/a/report.html")"
[[ $(listing "$work/a") == "cohort.jsonl pupil.yaml report.html results.jsonl rules.yaml summary.md " ]] ||
  fail "unexpected files: $(listing "$work/a")"

# 3. A replaced output keeps its mode.
chmod 640 "$work/a/report.html"
expect_exit 0 "report -o over a 0640 file" "$apdr" report --rules "$rules" -o "$work/a/report.html" --format html "$work/a/pupil.yaml"
[[ $(stat -c %a "$work/a/report.html") == 640 ]] || fail "replaced report is $(stat -c %a "$work/a/report.html")"

# 4. Through a symbolic link: the file it leads to is replaced whole, the
# link stays, and the temporary file was beside the target.
mkdir "$work/real" "$work/links"
echo old > "$work/real/results.jsonl"
chmod 604 "$work/real/results.jsonl"
ln -s "$work/real/results.jsonl" "$work/links/results.jsonl"
echo old > "$work/real/summary.json"
ln -s ../real/summary.json "$work/links/summary.json"
expect_exit 0 "batch -o and --summary through links" "$apdr" batch --no-progress --rules "$rules" \
  -o "$work/links/results.jsonl" --summary "$work/links/summary.json" "$work/a/cohort.jsonl"
[[ -L $work/links/results.jsonl && -L $work/links/summary.json ]] || fail "a link was replaced by a file"
[[ $(wc -l < "$work/real/results.jsonl") == 240 ]] || fail "the -o target was not written"
grep -q '"read"' "$work/real/summary.json" || fail "the --summary target was not written"
[[ $(stat -c %a "$work/real/results.jsonl") == 604 ]] || fail "the -o target lost its mode"
[[ $(listing "$work/real") == "results.jsonl summary.json " ]] || fail "left in real/: $(listing "$work/real")"
[[ $(listing "$work/links") == "results.jsonl summary.json " ]] || fail "left in links/: $(listing "$work/links")"

# 5. A link that leads nowhere is refused, and nothing is made where it points.
ln -s "$work/nowhere/out.md" "$work/links/dangling.md"
ln -s "$work/made-up.md" "$work/links/dangling2.md"
expect_exit 2 "report -o a dangling link" "$apdr" report -o "$work/links/dangling2.md" "$work/a/pupil.yaml"
[[ -e $work/made-up.md ]] && fail "a dangling link's target was created"
expect_exit 2 "batch -o a dangling link" "$apdr" batch --no-progress -o "$work/links/dangling.md" "$work/a/cohort.jsonl"

# A file the rule set includes is an input too: batch -o over it is refused
# and the toolkit is left as it was.
mkdir "$work/inc"
printf 'apdr: 1\nid: inc-main\ntitle: Main\nextends: apdr:national\nstatus: in-force\ninclude: [extra.yaml]\n' \
  > "$work/inc/main.yaml"
printf 'provision:\n  quiet-room: { area: semh, title: Quiet room, kind: local-policy }\n' > "$work/inc/extra.yaml"
printf '{"id": "p1", "needs": [{"area": "semh"}]}\n' > "$work/inc/cohort.jsonl"
extra_before=$(md5sum < "$work/inc/extra.yaml")
expect_exit 0 "batch with an including rule set" "$apdr" batch --no-progress --rules "$work/inc/main.yaml" \
  -o "$work/inc/out.jsonl" "$work/inc/cohort.jsonl"
expect_exit 2 "batch -o an included rule file" "$apdr" batch --no-progress --rules "$work/inc/main.yaml" \
  -o "$work/inc/extra.yaml" "$work/inc/cohort.jsonl"
grep -q "same file as the input" "$work/err.txt" || fail "batch -o an included file: $(head -c 200 "$work/err.txt")"
[[ $(md5sum < "$work/inc/extra.yaml") == "$extra_before" ]] || fail "the included rule file was changed"
expect_exit 2 "batch --summary an included rule file" "$apdr" batch --no-progress --rules "$work/inc/main.yaml" \
  -o "$work/inc/out.jsonl" --summary "$work/inc/extra.yaml" "$work/inc/cohort.jsonl"
[[ $(md5sum < "$work/inc/extra.yaml") == "$extra_before" ]] || fail "the included rule file was changed by --summary"

[[ $failures == 0 ]] || { echo "$failures failures" >&2; exit 1; }
echo "all output-file checks passed"
