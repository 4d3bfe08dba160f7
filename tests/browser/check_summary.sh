#!/usr/bin/env bash
# Renders the register summary (`apdr batch --summary FILE.html`) of the
# shipped example cohort in headless Chromium and checks what a reader would
# see: every section, the charts drawn, pupils' ids under the steps overdue;
# that it prints as an A4 PDF of a sensible number of pages; and that the
# file is self-contained (no scripts, nothing fetched).
#
#   tests/browser/check_summary.sh APDR_BINARY [OUT_DIR]
#
# Exit 0 pass, 1 fail, 77 skip (no Chromium on this machine).
set -uo pipefail

apdr=${1:?usage: check_summary.sh APDR_BINARY [OUT_DIR]}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

chromium=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then chromium=$(command -v "$candidate"); break; fi
done
if [[ -z $chromium ]]; then
  echo "SKIP: no chromium found (make test installs the Debian package chromium)"
  exit 77
fi

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

html=$out/summary.html
# The example cohort has 240 pupils, overdue steps and gaps; the rejected
# rows of the second cohort are not needed here.
"$apdr" batch --rules rules/examples/ordinarily-available.yaml --as-of 2026-11-22 --no-progress \
  --summary "$html" -o /dev/null examples/cohorts/cohort.jsonl 2>"$out/batch.stderr"
status=$?
if [[ $status -ne 0 ]]; then
  echo "FAIL: apdr batch exited with $status"
  cat "$out/batch.stderr"
  exit 1
fi

# Self-contained: nothing to fetch, nothing to run.
grep -qi '<script' "$html" && fail "the summary contains a script"
grep -qi '<link' "$html" && fail "the summary links an external resource"
grep -qiE '(src|srcset|href)=' "$html" && fail "the summary loads or links an external asset"
grep -qiE '@import|url\(' "$html" && fail "the stylesheet loads an external asset"

run_chromium() {
  local profile_dir
  profile_dir=$(mktemp -d)
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile_dir" "$@" 2>>"$out/chromium.log"
  local status=$?
  rm -rf "$profile_dir"
  return $status
}

run_chromium --dump-dom "file://$html" >"$out/dom.html" || fail "chromium --dump-dom failed (see $out/chromium.log)"
run_chromium --screenshot="$out/summary.png" --window-size=1000,2600 "file://$html" >/dev/null ||
  fail "chromium --screenshot failed"
run_chromium --print-to-pdf="$out/summary.pdf" --no-pdf-header-footer "file://$html" >/dev/null ||
  fail "chromium --print-to-pdf failed"

dom=$out/dom.html
expect() {  # expect DESCRIPTION REGEX
  grep -qE "$2" "$dom" || fail "rendered page lacks $1 ($2)"
}
expect "the title" '<h1>Register summary</h1>'
expect "the rule set and date" 'Evaluated as of <time datetime="2026-11-22">Sun 22 November 2026</time>'
expect "rows read" '<h2 id="rows-heading">Rows read</h2>'
expect "the count of rows" '<th scope="row">Read</th><td class="n">240</td>'
expect "pupils by area and level" '<h2 id="levels-heading">Pupils by area and level</h2>'
expect "the level chart" '<title id="levels-chart-title">'
expect "steps overdue" '<h2 id="steps-heading">Steps overdue or due within 4 weeks</h2>'
expect "an overdue flag" '<span class="flag">Overdue</span> for [0-9]+ pupils?:'
expect "pupil ids under a step" '<ul class="ids" aria-label="Overdue"><li><bdi>pupil-1[0-9]{4}</bdi></li>'
expect "the most common gaps" '<h2 id="gaps-heading">Most common gaps</h2>'
expect "the gap chart" '<title id="gaps-chart-title">'
expect "what is not recorded" '<h2 id="not-recorded-heading">What is not recorded</h2>'
expect "the pupils with nothing recorded in place" "Nothing recorded as in place for [0-9]+ of 240 pupils"
expect "rejected rows" '<h2 id="rejected-heading">Rejected rows</h2>'

# The charts are drawn: bars in both, one per level segment and per gap.
bars=$(grep -o '<rect ' "$dom" | wc -l)
[[ $bars -ge 8 ]] || fail "the charts have only $bars bars"

# A4, and a sensible number of pages for 240 pupils: one to four.
if [[ -s $out/summary.pdf ]]; then
  head -c 5 "$out/summary.pdf" | grep -q '%PDF-' || fail "summary.pdf is not a PDF"
  # Each page is one `/Type /Page` object (the tree of them is `/Pages`).
  pages=$(grep -aoE '/Type */Page([^s]|$)' "$out/summary.pdf" | wc -l)
  [[ $pages -ge 1 && $pages -le 4 ]] || fail "the summary prints on $pages pages, expected 1 to 4"
  # A4 is 595 x 842 points (Chromium writes 594.96 x 841.92).
  grep -aqE '/MediaBox \[0 0 59[45](\.[0-9]+)? 84[12](\.[0-9]+)?\]' "$out/summary.pdf" ||
    fail "summary.pdf is not A4 ($(grep -aoE '/MediaBox \[[^]]*\]' "$out/summary.pdf" | head -n 1))"
else
  fail "no PDF was printed"
fi

# The screenshot is a real PNG of the window with something drawn.
if [[ -s $out/summary.png ]]; then
  header=$(od -An -tx1 -N24 "$out/summary.png" | tr -d ' \n')
  [[ ${header:0:16} == 89504e470d0a1a0a ]] || fail "summary.png is not a PNG"
  [[ $(stat -c %s "$out/summary.png") -gt 40000 ]] || fail "summary.png looks blank"
else
  fail "no screenshot"
fi

if [[ $failures -gt 0 ]]; then
  echo "$failures check(s) failed; the page, PDF and screenshot are in $out"
  exit 1
fi
echo "ok: summary rendered in $($chromium --version 2>/dev/null | head -n 1), $pages A4 page(s); files in $out"
