#pragma once
// libfyaml's syntax messages are written for people who know the YAML
// specification; these say what to do about the common ones.
#include <string>
#include <string_view>

namespace apdr::yaml {

// The parser's `message` in plain words, or the message itself when it is
// not one of the common ones.
std::string plain_words(std::string_view message);

}  // namespace apdr::yaml
