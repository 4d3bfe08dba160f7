#pragma once
// What makes `plain` wording hard for a family to read, measured simply:
// long sentences and acronyms that the same text never spells out. Used by
// the plain-words lint (W014, W015); kept apart so it can be tested alone.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace apdr::check {

// A sentence of this many words or more is too long to follow in one go.
inline constexpr std::size_t long_sentence_words = 30;

// The text cut after each `.`, `?` or `!` that ends the text or is followed
// by a space ("6.5" stays whole). Each sentence keeps its own spacing.
std::vector<std::string> sentences(std::string_view text);

// Words separated by white space.
std::size_t word_count(std::string_view text);

// Words of two or more capitals or digits starting with a capital (EHC,
// SENCO, KS2; a plural `s` is dropped: SENCOs is SENCO) that the text never
// spells out as "words (EHC)". Each once, in order of first use.
std::vector<std::string> unexplained_acronyms(std::string_view text);

// How a well-known acronym is spelled out, "education, health and care
// (EHC)", or nothing for one apdr does not know.
std::optional<std::string_view> spelled_out(std::string_view acronym);

}  // namespace apdr::check
