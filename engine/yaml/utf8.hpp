#pragma once
// YAML is Unicode text, and apdr reads it as UTF-8. Bytes that are not UTF-8
// are refused before parsing, with their place: a YAML parser is not the
// place to meet them (libfyaml, used until December 2026, never returned on
// a directive line holding byte 0xFF), and a file saved in another encoding
// deserves a message that says so rather than a puzzling syntax error.
#include <cstddef>
#include <string_view>

namespace apdr::yaml {

// The length of the longest prefix of `text` that is well-formed UTF-8
// (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), so
// `text.size()` when all of it is.
std::size_t valid_utf8_prefix(std::string_view text);

}  // namespace apdr::yaml
