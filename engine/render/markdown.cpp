#include "render/markdown.hpp"

#include <cctype>

#include <fmt/format.h>

#include "core/unsafe_text.hpp"
#include "render/notice.hpp"
#include "render/questions.hpp"
#include "render/wording.hpp"

namespace apdr::render {

std::string markdown_escape(std::string_view text) {
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    // An underscore inside a word (sen_support) is never emphasis in
    // CommonMark; leaving it bare keeps ids readable in the raw text.
    if (c == '_' && i > 0 && i + 1 < text.size() && is_word(text[i - 1]) && is_word(text[i + 1])) {
      out += c;
      continue;
    }
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
      case '|': case '#':
        out += '\\';
        out += c;
        break;
      case '\n':
      case '\r':
        out += ' ';  // a line break inside an item would end the item, or start a heading
        break;
      default:
        out += c;
    }
  }
  // Markdown is read in terminals and editors too: no control or
  // bidirectional-format character goes out raw.
  return escape_unsafe(out);
}

std::string markdown_url(std::string_view url) {
  // Everything that could end the link, open another, break the line or
  // hide in it is percent-encoded: the URL stays one link to one place.
  std::string out;
  for (char c : url) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7F || std::string_view("()[]<>\\`\"'").find(c) != std::string_view::npos) {
      out += fmt::format("%{:02X}", byte);
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

std::string code(std::string_view id) {
  // Ids are plain tokens, but a backtick would end the code span early.
  std::string out = "`";
  for (char c : id) out += c == '`' ? '\'' : (c == '\n' || c == '\r') ? ' ' : c;
  return out + "`";
}

template <typename Ids>
std::string code_list(const Ids& ids) {
  std::vector<std::string> coded;
  for (const auto& id : ids) coded.push_back(code(id));
  return join_words(coded);
}

std::string kind_tag(Kind kind) { return fmt::format("*({})*", kind_label(kind)); }

void write_heading(std::string& out, const eval::Result& result) {
  out += fmt::format("# apdr report for {}\n\n", markdown_escape(result.profile));
  out += fmt::format("- **As of:** {}\n", long_date(result.as_of));
  std::string rule_set = result.rule_set_title.empty()
                             ? code(result.rule_set)
                             : fmt::format("{} ({})", markdown_escape(result.rule_set_title),
                                           code(result.rule_set));
  if (result.chain.size() > 1) {
    std::vector<std::string> bases(result.chain.begin(), result.chain.end() - 1);
    rule_set += ", which builds on " + code_list(bases);
  }
  out += fmt::format("- **Rule set:** {}\n", rule_set);
  std::string banner = status_banner(result.status);
  if (!banner.empty()) out += fmt::format("\n> **{}**\n", markdown_escape(banner));
  for (const auto& notice : notice_texts(result)) out += fmt::format("\n> {}\n", markdown_escape(notice));
}

void write_levels(std::string& out, const eval::Result& result) {
  out += "\n## Needs and levels\n\n";
  if (result.levels.empty()) {
    out += "No needs are recorded in the profile.\n";
    return;
  }
  for (const auto& level : result.levels) {
    std::string reason = level_reason(level.by);
    out += fmt::format("- **{}:** {}.{}{}\n", area_title(level.area),
                       markdown_escape(level_description(level)), reason.empty() ? "" : " ",
                       markdown_escape(reason));
  }
}

void write_provision(std::string& out, const eval::Result& result) {
  out += "\n## Provision that should be in place\n\n";
  if (result.provision.empty()) {
    out += "Nothing is listed at the pupil's current levels.\n";
    return;
  }
  std::size_t in_place = 0;
  for (const auto& p : result.provision) {
    if (p.in_place == true) ++in_place;
    out += fmt::format("- [{}] {} {}", !p.in_place ? '?' : *p.in_place ? 'x' : ' ',
                       markdown_escape(title_or_id(p.title, p.id)), kind_tag(p.kind));
    if (!p.source.empty()) out += " — " + code(p.source);
    out += '\n';
  }
  if (!result.in_place_recorded) {
    out += fmt::format("\n{}\n", not_recorded_summary);
    return;
  }
  std::size_t missing = result.provision.size() - in_place;
  out += fmt::format("\n{} of {} in place{}.\n", in_place, result.provision.size(),
                     missing == 0 ? "" : fmt::format("; {} missing", missing));
}

void write_escalations(std::string& out, const eval::Result& result) {
  out += "\n## Next steps\n\n";
  if (result.escalations.empty()) {
    out += "No further steps are called for now.\n";
    return;
  }
  for (const auto& e : result.escalations) {
    out += fmt::format("- **{}** {}\n", markdown_escape(title_or_id(e.title, e.step)), kind_tag(e.kind));
    if (e.due && e.overdue) {
      out += fmt::format("  - **OVERDUE** — was due by {}\n", long_date(*e.due));
    } else if (e.due) {
      out += fmt::format("  - Due by {}\n", long_date(*e.due));
    } else if (e.missing.empty()) {
      out += "  - No due date is set.\n";
    }
    for (const auto& note : deadline_notes(e)) out += fmt::format("  - {}\n", markdown_escape(note));
    if (!e.who.empty()) {
      out += fmt::format("  - Who: {}\n", markdown_escape(who_label(e.who)));
    }
    for (const auto& why : e.because) out += fmt::format("  - Why: {}\n", markdown_escape(why));
    if (!e.source.empty()) out += fmt::format("  - Source: {}\n", code(e.source));
  }
}

void write_information(std::string& out, const eval::Result& result) {
  out += "\n## Information for families\n\n";
  if (result.information.empty()) {
    out += "Nothing further.\n";
    return;
  }
  for (const auto& i : result.information) {
    std::string_view body = i.plain.empty() ? i.text : i.plain;
    if (i.title.empty()) {
      out += fmt::format("- {} {}\n", markdown_escape(body), kind_tag(i.kind));
    } else {
      out += fmt::format("- **{}** {}", markdown_escape(i.title), kind_tag(i.kind));
      if (!body.empty()) out += ": " + markdown_escape(body);
      out += '\n';
    }
    if (!i.source.empty()) out += fmt::format("  - Source: {}\n", code(i.source));
  }
}

void write_undetermined(std::string& out, const eval::Result& result) {
  if (result.undetermined.empty()) return;
  out += "\n## Not yet decided\n\n";
  out += undetermined_intro(result) + "\n\n";
  for (const auto& u : result.undetermined) {
    out += fmt::format("- {} {}", u.is_provision ? "Provision" : "Rule", code(u.rule));
    if (u.cannot_compute) out += fmt::format(": cannot be worked out: {} at {}", u.why, code(location_text(u.where)));
    if (!u.missing.empty()) out += ": needs " + code_list(u.missing);
    out += '\n';
    for (const auto& question : questions_for(result, u.missing)) out += fmt::format("  - {}\n", markdown_escape(question));
  }
}

void write_sources(std::string& out, const eval::Result& result) {
  if (result.sources.empty()) return;
  out += "\n## Sources\n\n";
  for (const auto& s : result.sources) {
    std::string title = markdown_escape(title_or_id(s.title, s.id));
    // Only web links become links; anything else stays text.
    if (s.url.rfind("https://", 0) == 0 || s.url.rfind("http://", 0) == 0) {
      title = fmt::format("[{}]({})", title, markdown_url(s.url));
    }
    out += fmt::format("- {}: {}", code(s.id), title);
    if (!s.published.empty()) out += fmt::format(" (published {})", markdown_escape(s.published));
    out += '\n';
    // A citation's url is https and holds no space or bracket (checked where
    // the source is read), so it goes into the link as it is.
    for (const auto& c : s.citations) {
      std::string label = markdown_escape(c.label);
      out += c.url.empty() ? fmt::format("  - {}\n", label) : fmt::format("  - [{}]({})\n", label, c.url);
    }
  }
}

}  // namespace

std::string render_markdown(const eval::Result& result) {
  std::string out;
  write_heading(out, result);
  write_levels(out, result);
  write_provision(out, result);
  write_escalations(out, result);
  write_information(out, result);
  write_undetermined(out, result);
  write_sources(out, result);
  return out;
}

}  // namespace apdr::render
