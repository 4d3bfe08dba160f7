#!/usr/bin/env bash
# Every diagnostic code in engine/core/diagnostic_code.hpp has its page in
# docs/errors/ and a row in the index, so a new code cannot ship unexplained.
set -u
root=${1:?usage: every_code_has_a_page.sh SOURCE_DIR}
codes=$(grep -oE '// (E|W)[0-9]{3} ' "$root/engine/core/diagnostic_code.hpp" | awk '{print $2}')
[ -n "$codes" ] || { echo "no codes found in diagnostic_code.hpp"; exit 1; }
missing=0
for code in $codes; do
  if [ ! -f "$root/docs/errors/$code.md" ]; then
    echo "docs/errors/$code.md is missing"; missing=1
  elif ! grep -q "^| \[$code\]($code.md) |" "$root/docs/errors/README.md"; then
    echo "docs/errors/README.md has no row linking $code"; missing=1
  fi
done
[ "$missing" -eq 0 ] && echo "$(echo "$codes" | wc -w) codes, each with its page and index row"
exit "$missing"
