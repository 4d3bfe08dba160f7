#include "render/json.hpp"

#include "render/result_json.hpp"

namespace apdr::render {

namespace {

using nlohmann::ordered_json;

template <typename Items>
ordered_json string_list(const Items& items) {
  ordered_json list = ordered_json::array();
  for (const auto& item : items) list.push_back(item);
  return list;
}

std::string severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

}  // namespace

ordered_json to_json(const eval::Result& result, const JsonOptions& options) {
  // One writer makes the JSON of a result (render/result_json.hpp); the tree
  // is that text read back, for callers that want to add to it.
  std::string text;
  append_result_json_line(result, text, options.wording);
  return ordered_json::parse(text);
}

ordered_json diagnostics_to_json(const Diagnostics& diagnostics) {
  ordered_json list = ordered_json::array();
  for (const auto& d : diagnostics.all()) {
    ordered_json item = ordered_json::object();
    item["severity"] = severity_name(d.severity);
    item["code"] = code_name(d.code);
    item["file"] = d.where.file;
    item["line"] = d.where.known() ? ordered_json(d.where.line) : ordered_json(nullptr);
    item["column"] = d.where.known() ? ordered_json(d.where.column) : ordered_json(nullptr);
    item["message"] = d.message;
    item["notes"] = string_list(d.notes);
    list.push_back(std::move(item));
  }
  return list;
}

std::string dump(const ordered_json& value) {
  return value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace apdr::render
