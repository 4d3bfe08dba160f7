#include "yaml/plain_words.hpp"

namespace apdr::yaml {

std::string plain_words(std::string_view message) {
  struct Known { std::string_view raw; std::string_view plain; };
  // Matched by prefix: some messages go on to name the character they
  // stopped at.
  static constexpr Known known[] = {
      {"missing comma in flow mapping",
       "a `{` is never closed by `}`, or two of its entries have no `,` between them (a value inside it that "
       "holds `: `, `,`, `{`, `}`, `[` or `]` needs quotes)"},
      {"flow mapping without a closing brace", "a `{` is never closed by `}`"},
      {"missing comma in flow sequence",
       "a `[` is never closed by `]`, or two of its items have no `,` between them (an item that holds `: `, "
       "`,`, `{`, `}`, `[` or `]` needs quotes)"},
      {"flow sequence without a closing bracket",
       "a `[` is never closed by `]` (an item inside it that holds `: `, `,`, `{`, `}`, `[` or `]` needs quotes)"},
      {"flow mapping with invalid extra closing brace", "a `}` that closes nothing"},
      {"flow sequence with invalid extra closing bracket", "a `]` that closes nothing"},
      {"invalid nested block mapping on the same line",
       "a second `: ` on one line (put text that holds `: ` in quotes)"},
      {"tab character may not be used as indentation", "a tab in the indentation (YAML indents with spaces only)"},
      {"invalid multiline plain key",
       "the next line is indented differently from this one, or with a tab (YAML indents with spaces, and "
       "the keys of one mapping start in the same column)"},
      {"invalid indentation in mapping",
       "a line indented differently from the keys around it (the keys of one mapping start in the same column)"},
      {"invalid mapping in plain multiline",
       "a key indented differently from the keys before it (the keys of one mapping start in the same column)"},
      {"did not find expected key",
       "YAML expected a key here (a `-` list entry inside a mapping, or a line indented differently from the "
       "keys around it)"},
      {"invalid escape", "an unknown escape after `\\` in double quotes (use single quotes, or `\\\\`)"},
      {"double-quoted scalar without closing quote", "a quoted text is never closed"},
      {"single-quoted scalar without closing quote", "a quoted text is never closed"},
      {"wrongly indented double-quoted scalar",
       "a quoted text is never closed, or its next line is not indented"},
      {"wrongly indented single-quoted scalar",
       "a quoted text is never closed, or its next line is not indented"},
      {"plain scalar cannot start with", "a value starting with `@` or a backquote needs quotes"},
  };
  for (const auto& entry : known) {
    if (message.starts_with(entry.raw)) return std::string(entry.plain);
  }
  return std::string(message);
}

}  // namespace apdr::yaml
