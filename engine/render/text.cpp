#include "render/text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/unsafe_text.hpp"
#include "render/notice.hpp"
#include "render/questions.hpp"
#include "render/wording.hpp"
#include "render/wrap.hpp"

namespace apdr::render {

namespace {

// Builds the report line by line; every line goes through wrap() so no
// line is wider than the page.
class TextReport {
 public:
  explicit TextReport(const Options& options) : options_(options) {}

  std::string bold(std::string_view s) const { return paint("1", s); }
  std::string alarm(std::string_view s) const { return paint("1;31", s); }
  std::string good(std::string_view s) const { return paint("32", s); }
  std::string warn(std::string_view s) const { return paint("33", s); }

  // Every text is shown with its control and bidirectional-format
  // characters escaped (core/unsafe_text.hpp): a profile's value or a file
  // name used as an id must not move the cursor or reorder the line.
  void line(std::string_view text, std::string_view first, std::string_view rest) {
    out_ += wrap(escape_unsafe(text), options_.width, first, rest);
  }
  // A line already made of safe parts and this report's own colours.
  void painted_line(std::string_view text, std::string_view first, std::string_view rest) {
    out_ += wrap(text, options_.width, first, rest);
  }
  void heading(std::string_view title) {
    out_ += '\n';
    out_ += bold(title);
    out_ += '\n';
  }
  std::string take() { return std::move(out_); }

 private:
  std::string paint(std::string_view code, std::string_view s) const {
    if (!options_.colour) return std::string(s);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
  }

  Options options_;
  std::string out_;
};

std::string kind_tag(Kind kind) { return fmt::format("({})", kind_label(kind)); }

void write_heading(TextReport& r, const eval::Result& result) {
  r.painted_line(r.bold("apdr report for " + escape_unsafe(result.profile)), "", "");
  r.line("As of " + long_date(result.as_of), "", "");
  std::string rule_set = result.rule_set_title.empty()
                             ? std::string(result.rule_set)
                             : fmt::format("{} ({})", result.rule_set_title, result.rule_set);
  if (result.chain.size() > 1) {
    std::vector<std::string> bases(result.chain.begin(), result.chain.end() - 1);
    rule_set += ", which builds on " + join_words(bases);
  }
  r.line("Rule set: " + rule_set, "", "          ");
  std::string banner = status_banner(result.status);
  if (!banner.empty()) {
    // Coloured word by word so wrapping still sees each word's width.
    std::string loud;
    for (std::size_t start = 0; start < banner.size();) {
      std::size_t end = banner.find(' ', start);
      if (end == std::string::npos) end = banner.size();
      if (!loud.empty()) loud += ' ';
      loud += r.alarm(std::string_view(banner).substr(start, end - start));
      start = end + 1;
    }
    r.painted_line(loud, "", "");
  }
  for (const auto& notice : notice_texts(result)) r.line(notice, "Note: ", "      ");
}

void write_levels(TextReport& r, const eval::Result& result) {
  r.heading("Needs and levels");
  if (result.levels.empty()) {
    r.line("No needs are recorded in the profile.", "  ", "  ");
    return;
  }
  for (const auto& level : result.levels) {
    std::string reason = level_reason(level.by);
    r.line(fmt::format("{}: {}.{}{}", area_title(level.area), level_description(level),
                       reason.empty() ? "" : " ", reason),
           "  - ", "    ");
  }
}

void write_provision(TextReport& r, const eval::Result& result) {
  r.heading("Provision that should be in place");
  if (result.provision.empty()) {
    r.line("Nothing is listed at the pupil's current levels.", "  ", "  ");
    return;
  }
  std::size_t in_place = 0;
  for (const auto& p : result.provision) {
    if (p.in_place == true) ++in_place;
    std::string mark = !p.in_place ? "[?]" : *p.in_place ? r.good("[x]") : r.warn("[ ]");
    std::string text = fmt::format("{} {}", title_or_id(p.title, p.id), kind_tag(p.kind));
    if (!p.source.empty()) text += fmt::format(" — {}", p.source);
    r.line(text, "  " + mark + " ", "      ");
  }
  if (!result.in_place_recorded) {
    r.line(not_recorded_summary, "  ", "  ");
    return;
  }
  std::size_t missing = result.provision.size() - in_place;
  r.line(fmt::format("{} of {} in place{}.", in_place, result.provision.size(),
                     missing == 0 ? "" : fmt::format("; {} missing", missing)),
         "  ", "  ");
}

void write_escalations(TextReport& r, const eval::Result& result) {
  r.heading("Next steps");
  if (result.escalations.empty()) {
    r.line("No further steps are called for now.", "  ", "  ");
    return;
  }
  for (const auto& e : result.escalations) {
    r.line(fmt::format("{} {}", title_or_id(e.title, e.step), kind_tag(e.kind)), "  - ", "    ");
    if (e.due && e.overdue) {
      r.painted_line(r.alarm("OVERDUE") + " — was due by " + long_date(*e.due), "    ", "    ");
    } else if (e.due) {
      r.line("Due by " + long_date(*e.due), "    ", "    ");
    } else if (e.missing.empty()) {
      r.line("No due date is set.", "    ", "    ");
    }
    for (const auto& note : deadline_notes(e)) r.line(note, "    ", "    ");
    if (!e.who.empty()) r.line("Who: " + who_label(e.who), "    ", "         ");
    for (const auto& why : e.because) r.line(fmt::format("Why: {}", why), "    ", "         ");
    if (!e.source.empty()) r.line(fmt::format("Source: {}", e.source), "    ", "            ");
  }
}

void write_information(TextReport& r, const eval::Result& result) {
  r.heading("Information for families");
  if (result.information.empty()) {
    r.line("Nothing further.", "  ", "  ");
    return;
  }
  for (const auto& i : result.information) {
    std::string_view body = i.plain.empty() ? i.text : i.plain;
    if (i.title.empty()) {
      r.line(fmt::format("{} {}", body, kind_tag(i.kind)), "  - ", "    ");
    } else {
      r.line(fmt::format("{} {}", i.title, kind_tag(i.kind)), "  - ", "    ");
      if (!body.empty()) r.line(body, "    ", "    ");
    }
    if (!i.source.empty()) r.line(fmt::format("Source: {}", i.source), "    ", "            ");
  }
}

void write_undetermined(TextReport& r, const eval::Result& result) {
  if (result.undetermined.empty()) return;
  r.heading("Not yet decided");
  r.line(undetermined_intro(result), "  ", "  ");
  for (const auto& u : result.undetermined) {
    std::string what = fmt::format("{} {}", u.is_provision ? "Provision" : "Rule", u.rule);
    if (u.cannot_compute) {
      r.line(fmt::format("{}: cannot be worked out: {} at {}", what, u.why, location_text(u.where)), "  - ", "    ");
      continue;
    }
    std::string missing = u.missing.empty() ? "" : ": needs " + join_words(u.missing);
    r.line(what + missing, "  - ", "    ");
    for (const auto& question : questions_for(result, u.missing)) r.line(question, "    ? ", "      ");
  }
}

void write_sources(TextReport& r, const eval::Result& result) {
  if (result.sources.empty()) return;
  r.heading("Sources");
  for (const auto& s : result.sources) {
    std::string text = fmt::format("{}: {}", s.id, title_or_id(s.title, s.id));
    if (!s.published.empty()) text += fmt::format(" (published {})", s.published);
    r.line(text, "  - ", "    ");
    if (!s.url.empty()) r.line(s.url, "    ", "    ");
    for (const auto& c : s.citations) {
      r.line(c.url.empty() ? std::string(c.label) : fmt::format("{}: {}", c.label, c.url), "    - ", "      ");
    }
  }
}

}  // namespace

std::string render_text(const eval::Result& result, const Options& options) {
  TextReport report(options);
  write_heading(report, result);
  write_levels(report, result);
  write_provision(report, result);
  write_escalations(report, result);
  write_information(report, result);
  write_undetermined(report, result);
  write_sources(report, result);
  return report.take();
}

}  // namespace apdr::render
