#include "ask/answers.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace apdr::ask {

namespace {

constexpr std::string_view date_help =
    "Please write a date like 2026-01-12 or 12/01/2026, or say \"don't know\".";

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

// The parts of a date-shaped answer, split at `/`, `.` or `-`.
std::vector<std::string> date_parts(std::string_view s) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : s) {
    if (c == '/' || c == '.' || c == '-') {
      parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  parts.push_back(part);
  return parts;
}

// DD/MM/YYYY (also with - or . between), the way dates are written in England.
std::optional<Date> parse_british_date(std::string_view s) {
  std::vector<std::string> parts = date_parts(s);
  if (parts.size() != 3 || parts[2].size() != 4) return std::nullopt;
  for (const auto& p : parts) {
    if (!all_digits(p) || p.size() > 4) return std::nullopt;
  }
  return Date::from_ymd(std::stoi(parts[2]), std::stoi(parts[1]), std::stoi(parts[0]));
}

constexpr const char* month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

// Why a date-shaped answer is no date ("31/02/2026": February 2026 has 28
// days), or empty when it is not date-shaped at all.
std::string impossible_date(std::string_view s) {
  std::vector<std::string> parts = date_parts(s);
  if (parts.size() != 3) return "";
  for (const auto& p : parts) {
    if (!all_digits(p) || p.size() > 4) return "";
  }
  int year = 0, month = 0, day = 0;
  if (parts[0].size() == 4) {
    year = std::stoi(parts[0]), month = std::stoi(parts[1]), day = std::stoi(parts[2]);
  } else if (parts[2].size() == 4) {
    year = std::stoi(parts[2]), month = std::stoi(parts[1]), day = std::stoi(parts[0]);
  } else {
    return "";
  }
  if (month < 1 || month > 12) return fmt::format("There is no month {}: months go from 1 to 12.", month);
  int last = days_in_month(year, month);
  if (day < 1 || day > last) {
    return fmt::format("There is no {} {}: {} {} has {} days.", day, month_names[month - 1], month_names[month - 1],
                       year, last);
  }
  return "";
}

// "one" to "fourteen", for "year four".
std::string digits_for_word(const std::string& word) {
  static const char* words[] = {"one", "two",    "three",  "four",     "five",     "six",     "seven",
                                "eight", "nine", "ten",    "eleven",   "twelve",   "thirteen", "fourteen"};
  for (int i = 0; i < 14; ++i) {
    if (word == words[i]) return std::to_string(i + 1);
  }
  return word;
}

}  // namespace

std::string normalise(std::string_view answer) {
  std::size_t begin = answer.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return "";
  std::size_t end = answer.find_last_not_of(" \t\r");
  std::string out(answer.substr(begin, end - begin + 1));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // Curly apostrophes from phones and word processors read as straight ones.
  for (std::size_t at; (at = out.find("\xe2\x80\x99")) != std::string::npos;) out.replace(at, 3, "'");
  return out;
}

bool is_dont_know(std::string_view answer) {
  std::string a = normalise(answer);
  return a.empty() || a == "don't know" || a == "dont know" || a == "do not know" || a == "not sure" ||
         a == "skip" || a == "?" || a == "unknown" || a == "dk" || a == "no idea" || a == "i don't know" ||
         a == "i dont know" || a == "not known";
}

Answer<bool> read_yes_no(std::string_view answer) {
  if (is_dont_know(answer)) return DontKnow{};
  std::string a = normalise(answer);
  // The first word decides "yes, mostly reading" and "no, not really"; a
  // sentence with neither ("reading and spelling mainly") is asked again.
  std::string first = a.substr(0, a.find_first_of(" ,.;!"));
  if (first == "yes" || first == "y" || first == "yeah" || first == "yep") return true;
  if (first == "no" || first == "n" || first == "nope") return false;
  return Invalid{"Please answer yes or no, or say \"don't know\"."};
}

Answer<Date> read_past_date(std::string_view answer, Date today) {
  if (is_dont_know(answer)) return DontKnow{};
  std::string a = normalise(answer);
  std::optional<Date> date = Date::parse(a);
  if (!date) date = parse_british_date(a);
  if (!date) {
    std::string why = impossible_date(a);
    if (!why.empty()) return Invalid{why + " Please check the date, or say \"don't know\"."};
    return Invalid{fmt::format("I could not read \"{}\" as a date. {}", a.substr(0, 40), date_help)};
  }
  if (date->year() < 1900) return Invalid{"That year is too early. Please check the date."};
  if (*date > today) {
    return Invalid{fmt::format("That date is after today ({}). Please check it, or say \"don't know\".", today.iso())};
  }
  return *date;
}

Answer<std::optional<Date>> read_date_or_not_yet(std::string_view answer, Date today) {
  std::string a = normalise(answer);
  if (a == "not yet" || a == "no" || a == "n" || a == "none") return std::optional<Date>();
  auto date = read_past_date(answer, today);
  if (auto* d = std::get_if<Date>(&date)) return std::optional<Date>(*d);
  if (std::holds_alternative<DontKnow>(date)) return DontKnow{};
  return Invalid{std::get<Invalid>(date).message + " If it has not happened yet, say \"not yet\"."};
}

Answer<long long> read_year_group(std::string_view answer) {
  if (is_dont_know(answer)) return DontKnow{};
  std::string a = normalise(answer);
  if (a == "nursery") return -1LL;
  if (a == "reception" || a == "r" || a == "rec") return 0LL;
  // "year four", "Year 4", "Y4", "yr 4", "4": the number may be a word.
  {
    std::size_t space = a.rfind(' ');
    std::string last = space == std::string::npos ? a : a.substr(space + 1);
    std::string digits = digits_for_word(last);
    if (digits != last) a = (space == std::string::npos ? "" : a.substr(0, space + 1)) + digits;
  }
  for (std::string_view prefix : {"year ", "year", "yr ", "yr", "y"}) {
    if (a.rfind(prefix, 0) == 0 && all_digits(a.substr(prefix.size()))) {
      a = a.substr(prefix.size());
      break;
    }
  }
  if (all_digits(a) && a.size() <= 2) {
    long long year = std::stoll(a);
    if (year >= 1 && year <= 14) return year;
  }
  return Invalid{"Please give a school year: Nursery, Reception, or Year 1 to Year 14 (for example \"Year 4\")."};
}

Answer<long long> read_count(std::string_view answer, long long low, long long high) {
  if (is_dont_know(answer)) return DontKnow{};
  std::string a = normalise(answer);
  if (a == "none" || a == "no" || a == "never") a = "0";
  if (all_digits(a) && a.size() <= 3) {
    long long n = std::stoll(a);
    if (n >= low && n <= high) return n;
  }
  return Invalid{fmt::format("Please give a number from {} to {}, or say \"don't know\".", low, high)};
}

Answer<std::string> read_choice(std::string_view answer,
                                const std::vector<std::vector<std::string>>& choices) {
  if (is_dont_know(answer)) return DontKnow{};
  std::string a = normalise(answer);
  std::replace(a.begin(), a.end(), '_', ' ');
  std::replace(a.begin(), a.end(), '-', ' ');
  for (const auto& words : choices) {
    for (std::string word : words) {
      std::replace(word.begin(), word.end(), '_', ' ');
      std::replace(word.begin(), word.end(), '-', ' ');
      if (a == word) return words.front();
    }
  }
  std::vector<std::string> names;
  for (const auto& words : choices) names.push_back("\"" + words[words.size() > 1 ? 1 : 0] + "\"");
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += i + 1 == names.size() ? " or " : ", ";
    list += names[i];
  }
  return Invalid{fmt::format("Please answer {}, or say \"don't know\".", list)};
}

Answer<std::vector<int>> read_numbers(std::string_view answer, int count) {
  if (is_dont_know(answer)) return DontKnow{};
  std::string a = normalise(answer);
  if (a == "none" || a == "no" || a == "nothing" || a == "0") return std::vector<int>{};
  if (a == "all") {
    std::vector<int> every;
    for (int i = 1; i <= count; ++i) every.push_back(i);
    return every;
  }
  std::vector<int> numbers;
  std::string token;
  auto take = [&]() -> bool {
    if (token.empty()) return true;
    if (!all_digits(token) || token.size() > 3) return false;
    int n = std::stoi(token);
    if (n < 1 || n > count) return false;
    if (std::find(numbers.begin(), numbers.end(), n) == numbers.end()) numbers.push_back(n);
    token.clear();
    return true;
  };
  for (char c : a + ",") {
    if (c == ',' || c == ' ' || c == ';') {
      if (!take()) {
        return Invalid{fmt::format("Please give numbers from 1 to {} with commas between them (for example 1, 3), "
                                   "\"none\", or say \"don't know\".", count)};
      }
    } else {
      token += c;
    }
  }
  return numbers;
}

}  // namespace apdr::ask
