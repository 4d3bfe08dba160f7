#include "load/duplicate_ids.hpp"

#include <algorithm>
#include <map>
#include <vector>
#include <string_view>

#include <fmt/format.h>

namespace apdr::load {
namespace {

bool id_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// The Latin letter a Cyrillic or Greek one is drawn like, or 0: how a
// look-alike id (`quiet-spаce` with a Cyrillic а) gets its hint.
char latin_look_alike(char32_t c) {
  switch (c) {
    case 0x0430: return 'a'; case 0x0435: return 'e'; case 0x043E: return 'o'; case 0x0440: return 'p';
    case 0x0441: return 'c'; case 0x0443: return 'y'; case 0x0445: return 'x'; case 0x0456: return 'i';
    case 0x0458: return 'j'; case 0x0455: return 's'; case 0x04BB: return 'h'; case 0x0501: return 'd';
    case 0x0410: return 'A'; case 0x0412: return 'B'; case 0x0415: return 'E'; case 0x041A: return 'K';
    case 0x041C: return 'M'; case 0x041D: return 'H'; case 0x041E: return 'O'; case 0x0420: return 'P';
    case 0x0421: return 'C'; case 0x0422: return 'T'; case 0x0425: return 'X'; case 0x0406: return 'I';
    case 0x03BF: return 'o'; case 0x03B1: return 'a'; case 0x03B5: return 'e'; case 0x03B9: return 'i';
    case 0x03BD: return 'v'; case 0x03C1: return 'p'; case 0x039F: return 'O'; case 0x0391: return 'A';
    case 0x0392: return 'B'; case 0x0395: return 'E'; case 0x0397: return 'H'; case 0x0399: return 'I';
    case 0x039A: return 'K'; case 0x039C: return 'M'; case 0x039D: return 'N'; case 0x03A1: return 'P';
    case 0x03A4: return 'T'; case 0x03A7: return 'X'; case 0x03A5: return 'Y'; case 0x0396: return 'Z';
    default: return 0;
  }
}

// E006 unless `id` is ASCII letters, digits, `-` and `_`: one syntax for
// every id, so that two ids that look the same are the same.
void check_id_syntax(std::string_view kind, const syntax::Scalar& id, Diagnostics& diagnostics) {
  const std::string& text = id.value;
  std::size_t bad = 0;
  while (bad < text.size() && id_character(text[bad])) ++bad;
  if (!text.empty() && bad == text.size()) return;
  std::vector<std::string> notes = {"an id is made of ASCII letters, digits, `-` and `_`"};
  // The ASCII spelling, when every other character has a Latin look-alike.
  std::string ascii;
  bool all_look_alike = !text.empty();
  for (std::size_t i = 0; i < text.size() && all_look_alike;) {
    auto lead = static_cast<unsigned char>(text[i]);
    if (id_character(text[i])) { ascii += text[i++]; continue; }
    if (lead == 0xD0 || lead == 0xD1 || lead == 0xCE || lead == 0xCF || lead == 0xD2 || lead == 0xD4) {
      if (i + 1 < text.size()) {
        char32_t c = ((lead & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
        if (char latin = latin_look_alike(c)) { ascii += latin; i += 2; continue; }
      }
    }
    all_look_alike = false;
  }
  std::size_t length = 1;  // the whole of the first character that may not be there
  if (bad < text.size()) {
    auto lead = static_cast<unsigned char>(text[bad]);
    length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  }
  std::string what = text.empty()       ? "empty"
                     : text[bad] == ' ' ? "holds a space"
                                        : fmt::format("holds `{}`", text.substr(bad, std::min(length, text.size() - bad)));
  if (all_look_alike && ascii != text) {
    what = "holds a letter that only looks like a Latin one";
    notes.insert(notes.begin(), fmt::format("did you mean `{}`?", ascii));
  }
  diagnostics.error(Code::InvalidValue, id.where, fmt::format("{} id `{}` is not a valid id: it {}", kind, text, what),
                    std::move(notes));
}

class Seen {
 public:
  Seen(std::string_view kind, Diagnostics& diagnostics) : kind_(kind), diagnostics_(diagnostics) {}

  void add(const syntax::Scalar& id) {
    if (id.value.empty() && !id.where.known()) return;  // no id at all: reported where it is missing
    check_id_syntax(kind_, id, diagnostics_);
    auto [it, fresh] = first_.emplace(id.value, id.where);
    if (fresh) return;
    const SourceLocation& first = it->second;
    diagnostics_.error(Code::DuplicateId, id.where,
                       fmt::format("{} `{}` is declared twice in this rule set", kind_, id.value),
                       {fmt::format("first declared at {}:{}:{}", first.file, first.line, first.column)});
  }

 private:
  std::string_view kind_;
  Diagnostics& diagnostics_;
  std::map<std::string, SourceLocation, std::less<>> first_;
};

template <typename Entries, typename IdOf>
void check(std::string_view kind, const Entries& entries, IdOf id_of, Diagnostics& diagnostics) {
  Seen seen(kind, diagnostics);
  for (const auto& entry : entries) seen.add(id_of(entry));
}

}  // namespace

void report_duplicate_ids(const syntax::RuleSet& set, Diagnostics& diagnostics) {
  if (!set.id.value.empty()) check_id_syntax("rule set", set.id, diagnostics);
  check("source", set.sources, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("level", set.levels, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("parameter", set.parameters, [](const auto& e) -> const syntax::Scalar& { return e.name; }, diagnostics);
  check("input", set.inputs, [](const auto& e) -> const syntax::Scalar& { return e.name; }, diagnostics);
  check("derived value", set.derive, [](const auto& e) -> const syntax::Scalar& { return e.name; }, diagnostics);
  check("provision item", set.provision, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("step", set.steps, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("information entry", set.information, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
  check("rule", set.rules, [](const auto& e) -> const syntax::Scalar& { return e.id; }, diagnostics);
}

}  // namespace apdr::load
