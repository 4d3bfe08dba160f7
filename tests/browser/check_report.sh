#!/usr/bin/env bash
# Renders an `apdr report` HTML file in headless Chromium and checks what a
# reader would see: the key points first, every section heading, the
# checklist marks, the overdue flag, law / guidance / local policy apart,
# screenshots that are real images (normal, 200% zoom, phone width), and
# the printed A4 PDFs of every shipped example: the example report on at
# most 3 pages, no half-empty page, no last page holding a line or two
# (tests/browser/pdf_pages.py). Also checks the file itself is
# self-contained (no scripts, no external stylesheets, images or fonts).
#
#   tests/browser/check_report.sh APDR_BINARY [OUT_DIR]
#
# Exit 0 pass, 1 fail, 77 skip (no Chromium on this machine).
set -uo pipefail

apdr=${1:?usage: check_report.sh APDR_BINARY [OUT_DIR]}
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

html=$out/report.html
# Low attendance: an overdue step, items in place and missing, statute and
# guidance and local policy all present.
if ! "$apdr" report --rules rules/examples/ordinarily-available.yaml -o "$html" \
    examples/profiles/low-attendance.json; then
  echo "FAIL: apdr report exited with $?"
  exit 1
fi

# Self-contained: nothing to fetch, nothing to run.
grep -qi '<script' "$html" && fail "the report contains a script"
grep -qi '<link' "$html" && fail "the report links an external resource"
grep -qiE '(src|srcset)=' "$html" && fail "the report loads an external asset"
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
run_chromium --screenshot="$out/report.png" --window-size=1200,3000 "file://$html" >/dev/null ||
  fail "chromium --screenshot failed"
# 200% zoom of a 1200-pixel window: the same page laid out 600 CSS pixels wide.
run_chromium --screenshot="$out/report-200.png" --window-size=600,3000 --force-device-scale-factor=2 \
  "file://$html" >/dev/null || fail "chromium --screenshot at 200% failed"

dom=$out/dom.html
expect() {  # expect DESCRIPTION REGEX
  grep -qE "$2" "$dom" || fail "rendered page lacks $1 ($2)"
}
expect "the title heading" '<h1>Support summary for pupil-0006</h1>'
expect "the key points box" '<h2 id="key-heading">Key points</h2>'
expect "what you can do" '<h2 id="can-do-heading">What you can do</h2>'
expect "needs and levels" '<h2 id="needs-heading">Needs and levels</h2>'
expect "the provision checklist" '<h2 id="provision-heading">What should ordinarily be in place</h2>'
expect "next steps" '<h2 id="steps-heading">Next steps and when they are due</h2>'
expect "law, guidance and local policy" '<h2 id="law-heading">Law, guidance and local policy</h2>'
expect "sources" '<h2 id="sources-heading">Sources</h2>'
expect "the statute part" '<h3 id="kind-statute">What the law says'
expect "the guidance part" '<h3 id="kind-guidance">What the SEND Code of Practice says'
expect "the local policy part" '<h3 id="kind-local-policy">What the local authority expects'
expect "an item in place" 'class="mark in-place">✓ In place'
expect "an item not in place" 'class="mark missing">✗ Not in place'
expect "the overdue flag" '<li class="overdue">.*'
expect "an overdue due date" '<span class="flag">Overdue</span> was due by Wed 7 October 2026'
expect "the evaluation date" '<time datetime="2026-11-22">Sun 22 November 2026</time>'
expect "the toolkit, said to be illustrative" 'toolkit "Example ordinarily available provision.*It is illustrative'
expect "a section-level link" '<a href="https://www.legislation.gov.uk/ukpga/2014/6/section/36">'
grep -q 'ukpga/2014/6/part/3' "$dom" && fail "a source links the whole Part, not its section"

# The key points come first in the page: before every other section.
first=$(grep -oE '<h2 id="[a-z-]+-heading">' "$dom" | head -n 1)
[[ $first == '<h2 id="key-heading">' ]] || fail "the first section is $first, not the key points"

# The three parts come in the order law, Code, local policy.
order=$(grep -oE 'id="kind-(statute|guidance|local-policy)"' "$dom" | tr '\n' ' ')
[[ $order == 'id="kind-statute" id="kind-guidance" id="kind-local-policy" ' ]] ||
  fail "law, guidance and local policy are out of order: $order"

# Screenshots are real PNGs of the requested size with something drawn.
check_png() {  # check_png FILE WIDTH HEIGHT
  [[ -s $1 ]] || { fail "no screenshot $1"; return; }
  local header
  header=$(od -An -tx1 -N24 "$1" | tr -d ' \n')
  [[ ${header:0:16} == 89504e470d0a1a0a ]] || { fail "$1 is not a PNG"; return; }
  local width=$((16#${header:32:8})) height=$((16#${header:40:8}))
  [[ $width -eq $2 && $height -eq $3 ]] || fail "$1 is ${width}x${height}, expected $2x$3"
  # A blank white page compresses to a few kilobytes; a rendered report does not.
  [[ $(stat -c %s "$1") -gt 40000 ]] || fail "$1 looks blank ($(stat -c %s "$1") bytes)"
}
check_png "$out/report.png" 1200 3000
check_png "$out/report-200.png" 1200 6000

# On a phone: 390 CSS pixels wide, nothing wider than the screen.
run_chromium --screenshot="$out/report-phone.png" --window-size=390,2400 "file://$html" >/dev/null ||
  fail "chromium --screenshot at phone width failed"
check_png "$out/report-phone.png" 390 2400

# Printed on A4 (the page's own @page size): the example report fits in at
# most 3 pages, and no shipped example's report leaves a near-empty page.
# pdf_pages.py counts the glyphs each page draws; a full page holds about
# 3000, one line about 90.
print_pdf() {  # print_pdf HTML PDF
  run_chromium --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
  [[ -s $2 ]] || { fail "chromium printed no PDF for $1"; return 1; }
}
grep -q '@page { size: A4' "$html" || fail "the report does not ask for A4 pages"
if print_pdf "$html" "$out/report.pdf"; then
  pages=$(python3 tests/browser/pdf_pages.py "$out/report.pdf" | wc -l)
  [[ $pages -ge 1 && $pages -le 3 ]] || fail "the example report prints on $pages A4 pages, not 1 to 3"
  # The key points are on page 1: the box is the first thing in the page
  # and does not break across pages (break-inside: avoid), checked above.
fi
printed=0
for profile in examples/profiles/*.yaml examples/profiles/*.json; do
  for rules in apdr:national rules/examples/ordinarily-available.yaml; do
    name=$(basename "$profile")-$(basename "$rules" .yaml)
    "$apdr" report --rules "$rules" -o "$out/$name.html" "$profile" 2>/dev/null || continue
    print_pdf "$out/$name.html" "$out/$name.pdf" || continue
    mapfile -t counts < <(python3 tests/browser/pdf_pages.py "$out/$name.pdf" | awk '{print $2}')
    n=${#counts[@]}
    printed=$((printed + 1))
    max=0
    for c in "${counts[@]}"; do (( c > max )) && max=$c; done
    # Every page but the last at least half as full as the fullest page;
    # the last more than a line or so.
    for ((i = 0; i < n - 1; i++)); do
      (( counts[i] * 2 >= max )) || fail "$name: page $((i + 1)) of $n is half empty (${counts[i]} of $max glyphs)"
    done
    (( n == 1 || counts[n - 1] >= 150 )) || fail "$name: the last of $n pages holds ${counts[n - 1]} glyphs (a line or two)"
  done
done
[[ $printed -ge 10 ]] || fail "only $printed example reports were printed"

if [[ $failures -gt 0 ]]; then
  echo "$failures check(s) failed; the page and screenshots are in $out"
  exit 1
fi
echo "ok: report rendered in $($chromium --version 2>/dev/null | head -n 1); screenshots in $out"
