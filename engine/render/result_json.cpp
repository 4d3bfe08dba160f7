#include "render/result_json.hpp"

#include "render/notice.hpp"
#include "render/questions.hpp"

namespace apdr::render {
namespace {

template <typename Items>
void strings(JsonWriter& w, const Items& items) {
  w.begin_array();
  for (const auto& item : items) w.string(item);
  w.end_array();
}

// [{ "parameter": "review_interval", "value": "12 weeks" }]
void assumptions(JsonWriter& w, const eval::List<eval::Assumption>& assumes) {
  w.begin_array();
  for (const auto& a : assumes) {
    w.begin_object();
    w.field("parameter", a.parameter);
    w.field("value", a.value);
    w.end_object();
  }
  w.end_array();
}

void rule_set(JsonWriter& w, const eval::Result& result) {
  w.begin_object();
  w.field("id", result.rule_set);
  w.key("chain");
  strings(w, result.chain);
  // Only a rule set that is not plainly in force says so; the common case
  // keeps DESIGN.md's shape exactly.
  if (!result.status.empty() && result.status != "in-force") {
    w.field("status", result.status);
  }
  w.end_object();
}

void levels(JsonWriter& w, const eval::Result& result) {
  w.begin_array();
  for (const auto& level : result.levels) {
    w.begin_object();
    w.field("area", area_id(level.area));
    w.field("level", level.level);
    w.field("national", level.national);
    w.key("by");
    strings(w, level.by);
    w.end_object();
  }
  w.end_array();
}

void provision(JsonWriter& w, const eval::Result& result, bool wording) {
  w.begin_array();
  for (const auto& p : result.provision) {
    w.begin_object();
    w.field("id", p.id);
    w.field("area", p.area);
    w.field("level", p.level);
    if (wording) {
      w.field_text_or_null("title", p.title);
      w.field_text_or_null("plain", p.plain);
    }
    w.key("in_place");
    if (p.in_place) w.boolean(*p.in_place);
    else w.null();
    w.key("by");
    strings(w, p.by);
    w.field("kind", kind_id(p.kind));
    w.field_text_or_null("source", p.source);
    w.end_object();
  }
  w.end_array();
}

void escalations(JsonWriter& w, const eval::Result& result, bool wording) {
  w.begin_array();
  for (const auto& e : result.escalations) {
    w.begin_object();
    w.field("step", e.step);
    if (wording) {
      w.field_text_or_null("title", e.title);
      w.field_text_or_null("plain", e.plain);
    }
    w.field_date_or_null("due", e.due);
    w.field("overdue", e.overdue);
    w.field("provisional", e.provisional);
    w.key("assumes");
    assumptions(w, e.assumes);
    w.key("deadlines");
    w.begin_array();
    for (const auto& d : e.deadlines) {
      w.begin_object();
      w.field_date_or_null("due", d.due);
      w.field("kind", kind_id(d.kind));
      w.key("by");
      strings(w, d.by);
      w.field("overdue", d.overdue);
      w.field("provisional", d.provisional);
      w.key("assumes");
      assumptions(w, d.assumes);
      w.end_object();
    }
    w.end_array();
    w.key("missing");
    strings(w, e.missing);
    w.key("by");
    strings(w, e.by);
    w.field("kind", kind_id(e.kind));
    w.key("because");
    strings(w, e.because);
    w.field_text_or_null("source", e.source);
    w.end_object();
  }
  w.end_array();
}

void information(JsonWriter& w, const eval::Result& result, bool wording) {
  w.begin_array();
  for (const auto& i : result.information) {
    w.begin_object();
    w.field("id", i.id);
    if (wording) {
      w.field_text_or_null("title", i.title);
      w.field_text_or_null("text", i.text);
      w.field_text_or_null("plain", i.plain);
    }
    w.key("by");
    strings(w, i.by);
    w.field("kind", kind_id(i.kind));
    w.field_text_or_null("source", i.source);
    w.end_object();
  }
  w.end_array();
}

void undetermined(JsonWriter& w, const eval::Result& result) {
  w.begin_array();
  for (const auto& u : result.undetermined) {
    w.begin_object();
    w.field("rule", u.rule);
    // A provision item whose guard is unknown is listed under its own id;
    // `item` tells it apart from a rule of the same name.
    if (u.is_provision) {
      w.field("item", "provision");
    }
    w.field("reason", u.cannot_compute ? "cannot-compute" : "missing");
    // Every entry has the same keys: `at` and `why` are null for reason missing.
    w.key("at");
    if (u.cannot_compute) w.string(location_text(u.where));
    else w.null();
    w.key("why");
    if (u.cannot_compute) w.string(u.why);
    else w.null();
    w.key("missing");
    strings(w, u.missing);
    w.key("questions");
    strings(w, questions_for(result, u.missing));
    w.end_object();
  }
  w.end_array();
}

}  // namespace

void write_result_json(const eval::Result& result, JsonWriter& w, bool wording) {
  w.begin_object();
  w.key("apdr");
  w.integer(1);
  w.field("profile", result.profile);
  w.key("as_of");
  w.date(result.as_of);
  w.key("rule_set");
  rule_set(w, result);
  w.key("levels");
  levels(w, result);
  w.key("provision");
  provision(w, result, wording);
  w.key("gaps");
  strings(w, result.gaps);
  w.key("escalations");
  escalations(w, result, wording);
  w.key("information");
  information(w, result, wording);
  w.key("undetermined");
  undetermined(w, result);
  if (!result.notices.empty()) {
    w.key("notices");
    w.begin_array();
    for (const auto& notice : result.notices) w.string(notice_text(notice));
    w.end_array();
  }
  w.end_object();
}

std::string result_json(const eval::Result& result, bool wording) {
  std::string out;
  JsonWriter writer(out, true);
  write_result_json(result, writer, wording);
  out += '\n';
  return out;
}

void append_result_json_line(const eval::Result& result, std::string& out, bool wording) {
  JsonWriter writer(out, false);
  write_result_json(result, writer, wording);
}

}  // namespace apdr::render
