#pragma once
// Reading a parent carer's typed answers in `apdr ask`. Each reader takes
// one line as typed and returns either a value, "don't know", or a plain
// message saying what was wrong, so the question can be asked again.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.hpp"

namespace apdr::ask {

// The answer said "don't know" (or was empty, or "not sure", "skip").
struct DontKnow {};

// What was wrong with an answer, in words a parent can act on.
struct Invalid {
  std::string message;
};

template <typename T>
using Answer = std::variant<T, DontKnow, Invalid>;

// True for "", "don't know", "dont know", "not sure", "skip", "?" in any case.
bool is_dont_know(std::string_view answer);

// The answer trimmed of spaces and lower-cased.
std::string normalise(std::string_view answer);

// yes / y / no / n.
Answer<bool> read_yes_no(std::string_view answer);

// A date, YYYY-MM-DD or DD/MM/YYYY (as families in England write it), not
// after `today` (these are all things that have already happened).
Answer<Date> read_past_date(std::string_view answer, Date today);

// A date, or "not yet" / "no" (nullopt): for "has it happened, and when?".
Answer<std::optional<Date>> read_date_or_not_yet(std::string_view answer, Date today);

// "Nursery" (-1), "Reception" (0), "Year 4", "year four", "Y4", "4" up to Year 14.
Answer<long long> read_year_group(std::string_view answer);

// A whole number from `low` to `high`.
Answer<long long> read_count(std::string_view answer, long long low, long long high);

// One of `choices`: each choice is a list of words that mean it, the first
// being the value returned (e.g. {"partly_met", "partly", "partly met", "some"}).
Answer<std::string> read_choice(std::string_view answer,
                                const std::vector<std::vector<std::string>>& choices);

// Numbers from 1 to `count` separated by commas or spaces, or "none" (an
// empty list). Numbers are returned once each, in the order given.
Answer<std::vector<int>> read_numbers(std::string_view answer, int count);

}  // namespace apdr::ask
