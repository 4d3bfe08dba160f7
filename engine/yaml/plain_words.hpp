#pragma once
// yaml-cpp's syntax messages are terse and written for people who know the
// YAML specification; these say what to do about the common ones.
#include <string>
#include <string_view>

namespace apdr::yaml {

// The parser's `message` in plain words, or the message itself when it is
// not one of the common ones. `here` is the text from the place it stopped
// at, for the messages that depend on the character there.
std::string plain_words(std::string_view message, std::string_view here = {});

}  // namespace apdr::yaml
