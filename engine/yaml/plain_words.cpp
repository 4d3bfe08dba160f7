#include "yaml/plain_words.hpp"

namespace apdr::yaml {

std::string plain_words(std::string_view message, std::string_view here) {
  char at = here.empty() ? '\0' : here.front();
  // yaml-cpp says "illegal flow end" and "unknown token" whatever the
  // character: the character says which.
  if (message == "illegal flow end") {
    return at == '}' ? "a `}` that closes nothing" : at == ']' ? "a `]` that closes nothing"
                                                               : "a `]` or `}` that closes nothing";
  }
  if (message == "unknown token" && (at == '@' || at == '`')) {
    return "a value starting with `@` or a backquote needs quotes";
  }
  struct Known { std::string_view raw; std::string_view plain; };
  // Matched by prefix: some messages go on to name the character they
  // stopped at.
  static constexpr Known known[] = {
      {"end of map flow not found",
       "a `{` is never closed by `}`, or two of its entries have no `,` between them (a value inside it that "
       "holds `: `, `,`, `{`, `}`, `[` or `]` needs quotes)"},
      {"end of sequence flow not found",
       "a `[` is never closed by `]`, or two of its items have no `,` between them (an item that holds `: `, "
       "`,`, `{`, `}`, `[` or `]` needs quotes)"},
      {"illegal map value", "a `:` where YAML does not expect one (put text that holds `: ` in quotes)"},
      {"illegal map key", "a `?` where YAML does not expect one (put text that starts with `?` in quotes)"},
      {"illegal block entry",
       "a `-` list entry where YAML does not expect one (a `-` inside a mapping, or a line indented "
       "differently from the entries around it)"},
      {"end of map not found",
       "a line indented differently from the keys around it (the keys of one mapping start in the same column)"},
      {"end of sequence not found",
       "a line indented differently from the list around it (the `-` entries of one list start in the same "
       "column)"},
      {"illegal tab when looking for indentation", "a tab in the indentation (YAML indents with spaces only)"},
      {"unknown escape character", "an unknown escape after `\\` in double quotes (use single quotes, or `\\\\`)"},
      {"bad character found while scanning hex number",
       "a `\\x`, `\\u` or `\\U` escape in double quotes without its hexadecimal digits"},
      {"invalid unicode", "a `\\u` or `\\U` escape in double quotes that is not a character"},
      {"illegal EOF in scalar", "a quoted text is never closed"},
      {"illegal document indicator in scalar", "a line starting with `---` or `...` inside a quoted text"},
      {"alias not found after *", "a `*` with no alias name after it (put text that starts with `*` in quotes)"},
      {"anchor not found after &", "a `&` with no anchor name after it (put text that starts with `&` in quotes)"},
      {"unexpected character in block scalar",
       "something other than a comment after `|` or `>` on its line (the text goes on the lines below)"},
      {"cannot set zero indentation for a block scalar", "a `|0` or `>0` (the indentation must be 1 to 9)"},
      {"unknown token", "a character YAML cannot read here (put the value in quotes)"},
  };
  for (const auto& entry : known) {
    if (message.starts_with(entry.raw)) return std::string(entry.plain);
  }
  return std::string(message);
}

}  // namespace apdr::yaml
