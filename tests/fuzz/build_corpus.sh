#!/usr/bin/env bash
# Builds the seed corpus of one fuzz target from the shipped files, so the
# fuzzer starts from real toolkits and profiles rather than from nothing.
#   tests/fuzz/build_corpus.sh fuzz_expression|fuzz_rule_set|fuzz_profile|fuzz_rule_test|fuzz_column_map|fuzz_json_row OUT_DIR
# Run from the repository root. Each seed is one file named after where it
# came from; OUT_DIR is emptied first.
set -euo pipefail
target=$1
out=$2
rm -rf "$out"
mkdir -p "$out"

case "$target" in
  fuzz_expression)
    # Every `when:`, `due:` and derived value of the shipped rule sets,
    # one expression a file, with YAML quotes taken off.
    n=0
    while IFS= read -r line; do
      expr=$(printf '%s' "$line" | sed -E 's/^[[:space:]]*(- )?[A-Za-z_]+:[[:space:]]*//; s/^"(.*)"$/\1/; s/^'"'"'(.*)'"'"'$/\1/')
      [ -n "$expr" ] || continue
      n=$((n + 1))
      printf '%s' "$expr" > "$out/expr-$n"
    done < <(grep -rhE '^[[:space:]]*(- )?(when|due):[[:space:]]*[^|>[:space:]]' rules --include='*.yaml' --exclude='*.test.yaml';
             awk '/^derive:/{d=1; next} /^[^[:space:]#]/{d=0} d && /^  [a-z_]+:[[:space:]]*[^|>[:space:]]/' \
               $(find rules -name '*.yaml' ! -name '*.test.yaml'))
    ;;
  fuzz_rule_set)
    while IFS= read -r file; do
      cp "$file" "$out/$(printf '%s' "$file" | tr '/' '_')"
    done < <(find rules tests/data/load -name '*.yaml' ! -name '*.test.yaml' | sort)
    ;;
  fuzz_profile)
    while IFS= read -r file; do
      cp "$file" "$out/$(printf '%s' "$file" | tr '/' '_')"
    done < <(find examples/profiles tests/data/profile \( -name '*.yaml' -o -name '*.json' \) | sort)
    ;;
  fuzz_rule_test)
    # Every shipped and golden rule-test file.
    while IFS= read -r file; do
      cp "$file" "$out/$(printf '%s' "$file" | tr '/' '_')"
    done < <(find rules tests/golden/cases -name '*.test.yaml' | sort)
    ;;
  fuzz_column_map)
    while IFS= read -r file; do
      cp "$file" "$out/$(printf '%s' "$file" | tr '/' '_')"
    done < <(find examples/columns tests/data/columns -name '*.yaml' | sort)
    ;;
  fuzz_json_row)
    # Every row of the shipped JSON Lines cohorts, one row a seed.
    for file in examples/cohorts/*.jsonl; do
      n=0
      while IFS= read -r line; do
        n=$((n + 1))
        printf '%s' "$line" > "$out/$(basename "$file" .jsonl)-$n"
      done < "$file"
    done
    ;;
  *)
    echo "unknown fuzz target: $target" >&2
    exit 2
    ;;
esac
echo "$target: $(ls "$out" | wc -l) seeds in $out"
