#!/usr/bin/env bash
# Runs every example in one markdown document against the apdr binary, so the
# documentation cannot drift from the engine. The format is in README.md here.
#
#   tests/docs/run_doc.sh DOC.md APDR_BINARY
#
# With APDR_UPDATE_DOCS=1 the expected output in DOC.md is rewritten from what
# the commands print, and the change is shown as a diff (read it!).
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 DOC.md APDR_BINARY" >&2
  exit 2
fi
doc=$1
apdr=$2
[[ -f $doc ]] || { echo "no such document: $doc" >&2; exit 2; }
[[ -x $apdr ]] || { echo "apdr binary not found at $apdr (build it first)" >&2; exit 2; }
doc=$(cd "$(dirname "$doc")" && pwd)/$(basename "$doc")
apdr=$(cd "$(dirname "$apdr")" && pwd)/$(basename "$apdr")
update=${APDR_UPDATE_DOCS:-0}

# `scratch` holds `bin/apdr` (a link to the binary under test, so commands
# and messages say plain `apdr`) and `work/`, the fresh folder every command
# of the document runs in, one after another.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bin" "$scratch/work"
ln -s "$apdr" "$scratch/bin/apdr"
work=$scratch/work
rewritten=$scratch/rewritten.md

failures=0
commands=0
fail() {  # fail LINE MESSAGE...
  local at=$1
  shift
  echo "$doc:$at: $*" >&2
  failures=$((failures + 1))
}

lines() {  # the text as lines: nothing at all when it is empty
  [[ -z $1 ]] || printf '%s\n' "$1"
}

# Runs one command of a console block and compares what it printed with
# what the document expects. Reads the globals cmd, cmd_line, expected
# (one string, lines joined by newlines) and appends the lines that stand
# for the actual output to $rewritten in update mode.
run_command() {
  commands=$((commands + 1))
  local out=$scratch/out status
  if [[ ! $cmd =~ ^apdr([[:space:]]|$) ]]; then
    fail "$cmd_line" "a console command must start with 'apdr ': $cmd"
    [[ $update == 1 ]] && printf '%s' "$expected" >>"$rewritten"
    return
  fi
  (cd "$work" && PATH="$scratch/bin:$PATH" NO_COLOR=1 COLUMNS=100 \
     TZ=Europe/London LC_ALL=C.UTF-8 sh -c "$cmd" </dev/null >"$out" 2>&1)
  status=$?
  if [[ $status -eq 126 || $status -eq 127 || $status -gt 128 ]]; then
    fail "$cmd_line" "the command did not run (exit $status): $cmd"
    sed 's/^/    /' "$out" >&2
  fi
  # The expected text: the output lines, then `[exit N]` when N is not 0.
  # Blank lines at the end of either side do not count: they only space out
  # the commands of one block. ($(...) drops trailing newlines.)
  local actual want
  actual=$(cat "$out")
  if [[ $status -ne 0 ]]; then
    [[ -n $actual ]] && actual+=$'\n'
    actual+="[exit $status]"
  fi
  want=$(printf '%s' "$expected")
  if [[ $update == 1 ]]; then
    [[ -n $actual ]] && printf '%s\n' "$actual" >>"$rewritten"
    # Keep the blank lines that spaced this command from the next one.
    local blanks=${expected:${#want}}
    [[ -n $want ]] && blanks=${blanks#$'\n'}
    printf '%s' "$blanks" >>"$rewritten"
    return
  fi
  if [[ $actual != "$want" ]]; then
    fail "$cmd_line" "the output of \`$cmd\` is not what the document says"
    diff -u --label "expected ($(basename "$doc") line $cmd_line)" --label "actual" \
      <(lines "$want") <(lines "$actual") >&2
  fi
}

# Document order matters: files are written and commands run as they come,
# so a later block can replace a file an earlier command used.
state=text      # text | file | console | other
fence=
file_name=
file_text=
cmd=
cmd_line=0
expected=
number=0
: >"$rewritten"
while IFS= read -r line || [[ -n $line ]]; do
  number=$((number + 1))
  echo_line=1
  case $state in
    text)
      if [[ $line =~ ^(\`\`\`+)([^\`]*)$ ]]; then
        fence=${BASH_REMATCH[1]}
        info=${BASH_REMATCH[2]}
        if [[ $info =~ title=\"([^\"]*)\" ]]; then
          file_name=${BASH_REMATCH[1]}
          if [[ -z $file_name || $file_name == /* || $file_name =~ (^|/)\.\.(/|$) ]]; then
            fail "$number" "a block's title must be a relative file name inside the example folder: $file_name"
            state=other
          else
            state=file
            file_text=
          fi
        elif [[ $info =~ ^console[[:space:]]*$ ]]; then
          state=console
          cmd=
        else
          state=other
        fi
      fi
      ;;
    file | other)
      if [[ $line =~ ^\`\`\`+[[:space:]]*$ && ${#line} -ge ${#fence} && ${line:0:${#fence}} == "$fence" ]]; then
        if [[ $state == file ]]; then
          mkdir -p "$work/$(dirname "$file_name")"
          printf '%s' "$file_text" >"$work/$file_name"
        fi
        state=text
      elif [[ $state == file ]]; then
        file_text+=$line$'\n'
      fi
      ;;
    console)
      closing=0
      [[ $line =~ ^\`\`\`+[[:space:]]*$ && ${line:0:${#fence}} == "$fence" ]] && closing=1
      if [[ $closing == 1 || $line == '$ '* ]]; then
        [[ -n $cmd ]] && run_command
        cmd=
        expected=
        if [[ $closing == 1 ]]; then
          state=text
        else
          cmd=${line#'$ '}
          cmd_line=$number
        fi
      elif [[ -n $cmd ]]; then
        expected+=$line$'\n'
        echo_line=0
      fi
      ;;
  esac
  [[ $update == 1 && $echo_line == 1 ]] && printf '%s\n' "$line" >>"$rewritten"
done <"$doc"

if [[ $state != text ]]; then
  fail "$number" "a code block is never closed"
fi
if [[ $commands -eq 0 ]] && ! grep -q '<!-- docs-test: no commands -->' "$doc"; then
  fail 1 "the document has no console command, so nothing in it is checked"
fi

if [[ $update == 1 && $failures -eq 0 ]]; then
  if ! cmp -s "$doc" "$rewritten"; then
    diff -u --label "$(basename "$doc") (old)" --label "$(basename "$doc") (new)" "$doc" "$rewritten"
    cp "$rewritten" "$doc"
    echo "updated $doc: read the diff above" >&2
  fi
  exit 0
fi
if [[ $failures -ne 0 ]]; then
  echo "$(basename "$doc"): $failures example(s) failed of $commands command(s)" >&2
  exit 1
fi
echo "$(basename "$doc"): $commands command(s), all as documented"
