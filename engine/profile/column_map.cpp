#include "profile/column_map.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/area.hpp"
#include "core/limits.hpp"
#include "core/quoted_value.hpp"
#include "profile/profile_keys.hpp"
#include "profile/profile_reader.hpp"
#include "yaml/document_kind.hpp"
#include "yaml/read_yaml.hpp"

namespace apdr::profile {
namespace {

using Kind = yaml::Node::Kind;

const std::vector<std::string> top_keys = {"apdr-columns", "id", "columns", "keep", "ignore"};
const std::vector<std::string> entry_keys = {"from", "read"};

// What a field holds, which decides the `read:` it may take.
enum class FieldKind { date, year, level, codes, other };

FieldKind kind_of(const std::string& field, const Schema& schema) {
  if (field == "as_of" || field == "pupil.date_of_birth" || field == "review_due") return FieldKind::date;
  if (field == "pupil.year_group") return FieldKind::year;
  if (field == "level" || field.starts_with("need.")) return FieldKind::level;
  if (field == "codes") return FieldKind::codes;
  if (field.starts_with("ehc.")) {
    std::string key = field.substr(4);
    bool word = key == "requested_by" || key == "decision" || key == "review_outcome";
    return word ? FieldKind::other : FieldKind::date;
  }
  if (field.starts_with("inputs.")) {
    auto spec = schema.inputs.find(field.substr(7));
    if (spec != schema.inputs.end() && spec->second.type == "date") return FieldKind::date;
  }
  return FieldKind::other;
}

std::optional<CellRead> fitting_read(FieldKind kind) {
  switch (kind) {
    case FieldKind::date: return CellRead::day_month_year;
    case FieldKind::year: return CellRead::year;
    case FieldKind::level:
    case FieldKind::codes: return CellRead::census;
    case FieldKind::other: return std::nullopt;
  }
  return std::nullopt;
}

std::string read_word(CellRead read) {
  switch (read) {
    case CellRead::census: return "census";
    case CellRead::year: return "year";
    case CellRead::day_month_year: return "dd/mm/yyyy";
    case CellRead::as_is: break;
  }
  return "";
}

class MapReader {
 public:
  MapReader(const std::string& file, const Schema& schema, Diagnostics& diagnostics)
      : file_(file), schema_(schema), fields_(column_map_fields(schema)), out_(diagnostics) {}

  std::optional<ColumnMap> read(const yaml::Node& root) {
    ColumnMap map;
    map.file = file_;
    map.ignore_where = root.where;
    if (root.kind != Kind::mapping) {
      out_.error(Code::WrongShape, root.where,
                 fmt::format("a column map should be a mapping of keys (apdr-columns, id, columns, keep, "
                             "ignore), not {}",
                             shape_name(root)));
      return std::nullopt;
    }
    bool has_version = false, has_id = false;
    for (const auto& [key, value] : root.entries) {
      if (key->kind != Kind::scalar) {
        out_.error(Code::WrongShape, key->where, "a key of the column map should be a single word");
        continue;
      }
      const std::string& name = key->text;
      if (std::find(top_keys.begin(), top_keys.end(), name) == top_keys.end()) {
        out_.error(Code::UnknownKey, key->where,
                   fmt::format("`{}` is not a key of a column map", quoted_value(name)),
                   suggest_among(name, top_keys));
        continue;
      }
      if (name == "apdr-columns") {
        has_version = true;
        if (value->kind != Kind::scalar || value->text != "1") {
          out_.error(Code::UnsupportedVersion, value->where,
                     fmt::format("`apdr-columns` is `{}`, but this engine reads version 1",
                                 quoted_value(value->kind == Kind::scalar ? value->text : shape_name(*value))));
        }
      } else if (name == "id") {
        has_id = true;
        if (auto column = column_name(*value, "`id`")) {
          map.id = {*column, value->where};
          named(*column, value->where);
        }
      } else if (name == "columns") {
        read_columns(*value, map);
      } else if (name == "keep") {
        map.keep = column_list(*value, "keep");
      } else if (name == "ignore") {
        map.ignore_where = key->where;
        map.ignore = column_list(*value, "ignore");
      }
    }
    if (!has_version) {
      out_.error(Code::MissingKey, root.where, "a column map starts with `apdr-columns: 1`");
    }
    if (!has_id) {
      out_.error(Code::MissingKey, root.where,
                 "a column map must say which column holds the pupil's pseudonym: `id: COLUMN`",
                 {"apdr needs no names: the id is a pseudonym such as an admission number"});
    }
    if (failed_) return std::nullopt;
    return map;
  }

 private:
  // A column name: a non-empty single value.
  std::optional<std::string> column_name(const yaml::Node& value, std::string_view what) {
    if (value.kind != Kind::scalar || value.text.empty()) {
      error(Code::WrongShape, value.where,
            fmt::format("{} should be a column name of the export, not {}", what,
                        value.kind == Kind::scalar ? "an empty text" : shape_name(value)));
      return std::nullopt;
    }
    return value.text;
  }

  // Every column may be named once in the whole map: two fields from one
  // column, or a column both kept and mapped, is a mistake.
  void named(const std::string& column, const SourceLocation& where) {
    auto [earlier, inserted] = seen_.emplace(column, where);
    if (inserted) return;
    error(Code::DuplicateKey, where, fmt::format("column `{}` is named twice in the map", quoted_value(column)),
          {fmt::format("first named at {}:{}", earlier->second.line, earlier->second.column)});
  }

  std::vector<NamedColumn> column_list(const yaml::Node& value, std::string_view key) {
    std::vector<NamedColumn> out;
    if (value.kind == Kind::null) return out;
    if (value.kind != Kind::sequence) {
      error(Code::WrongShape, value.where, fmt::format("`{}` should be a list of column names, not {}", key,
                                                       shape_name(value)));
      return out;
    }
    for (const auto& item : value.items) {
      auto column = column_name(*item, fmt::format("each item of `{}`", key));
      if (!column) continue;
      named(*column, item->where);
      out.push_back({*column, item->where});
    }
    return out;
  }

  void read_columns(const yaml::Node& value, ColumnMap& map) {
    if (value.kind == Kind::null) return;
    if (value.kind != Kind::mapping) {
      error(Code::WrongShape, value.where,
            fmt::format("`columns` should be a mapping of apdr fields to columns, not {}", shape_name(value)));
      return;
    }
    for (const auto& [key, entry] : value.entries) {
      if (key->kind != Kind::scalar) {
        error(Code::WrongShape, key->where, "an apdr field should be a single word, such as pupil.year_group");
        continue;
      }
      const std::string& field = key->text;
      if (field == "id") {
        error(Code::UnknownKey, key->where, "the id column is given by the map's own `id:` key, not in `columns`");
        continue;
      }
      if (std::find(fields_.begin(), fields_.end(), field) == fields_.end()) {
        auto notes = suggest_among(field, fields_);
        if (field.starts_with("inputs.")) notes.push_back("inputs. names an input this rule set declares");
        error(Code::UnknownKey, key->where, fmt::format("`{}` is not an apdr field a column map can fill",
                                                        quoted_value(field)),
              std::move(notes));
        continue;
      }
      if (entry->kind == Kind::sequence) {
        if (field != "codes") {
          error(Code::WrongShape, entry->where,
                fmt::format("`{}` comes from one column; only `codes` may list several", field));
          continue;
        }
        for (const auto& item : entry->items) read_entry(field, *item, map);
        continue;
      }
      read_entry(field, *entry, map);
    }
  }

  // `COLUMN` or `{ from: COLUMN, read: HOW }`.
  void read_entry(const std::string& field, const yaml::Node& entry, ColumnMap& map) {
    MappedColumn mapped;
    mapped.field = field;
    if (entry.kind == Kind::scalar || entry.kind == Kind::null) {
      auto column = column_name(entry, fmt::format("the column of `{}`", field));
      if (!column) return;
      mapped.column = *column;
      mapped.where = entry.where;
    } else if (entry.kind == Kind::mapping) {
      const yaml::Node* from = nullptr;
      const yaml::Node* read = nullptr;
      for (const auto& [key, value] : entry.entries) {
        if (key->kind == Kind::scalar && key->text == "from") from = value.get();
        else if (key->kind == Kind::scalar && key->text == "read") read = value.get();
        else {
          error(Code::UnknownKey, key->where,
                fmt::format("`{}` is not a key of a mapped column: give `from` (the column) and, if its values "
                            "need reading, `read`",
                            quoted_value(key->kind == Kind::scalar ? key->text : shape_name(*key))),
                key->kind == Kind::scalar ? suggest_among(key->text, entry_keys) : std::vector<std::string>{});
        }
      }
      if (!from) {
        error(Code::MissingKey, entry.where, fmt::format("`{}` needs `from:`, the column it comes from", field));
        return;
      }
      auto column = column_name(*from, "`from`");
      if (!column) return;
      mapped.column = *column;
      mapped.where = from->where;
      if (read && !read_how(field, *read, mapped)) return;
    } else {
      error(Code::WrongShape, entry.where,
            fmt::format("`{}` should be a column name or {{ from: COLUMN, read: HOW }}, not {}", field,
                        shape_name(entry)));
      return;
    }
    named(mapped.column, mapped.where);
    map.columns.push_back(std::move(mapped));
  }

  bool read_how(const std::string& field, const yaml::Node& read, MappedColumn& mapped) {
    const auto& names = cell_read_names();
    auto how = read.kind == Kind::scalar ? parse_cell_read(read.text) : std::nullopt;
    if (!how) {
      std::string shown = read.kind == Kind::scalar ? quoted_value(read.text) : shape_name(read);
      auto notes = read.kind == Kind::scalar ? suggest_among(read.text, names) : std::vector<std::string>{};
      notes.push_back(fmt::format("apdr reads {}", fmt::join(names, ", ")));
      error(Code::InvalidValue, read.where, fmt::format("`read: {}` is not a way apdr reads values", shown),
            std::move(notes));
      return false;
    }
    auto fitting = fitting_read(kind_of(field, schema_));
    if (fitting != how) {
      std::string advice = fitting ? fmt::format("`{}` takes `read: {}`", field, read_word(*fitting))
                                   : fmt::format("`{}` takes its values as apdr writes them, with no `read:`", field);
      error(Code::InvalidValue, read.where,
            fmt::format("`read: {}` does not fit `{}`", read.text, field), {advice});
      return false;
    }
    mapped.read = *how;
    return true;
  }

  void error(Code code, const SourceLocation& where, std::string message, std::vector<std::string> notes = {}) {
    failed_ = true;
    out_.error(code, where, std::move(message), std::move(notes));
  }

  const std::string& file_;
  const Schema& schema_;
  std::vector<std::string> fields_;
  Diagnostics& out_;
  std::map<std::string, SourceLocation> seen_;
  bool failed_ = false;
};

}  // namespace

std::vector<std::string> column_map_fields(const Schema& schema) {
  std::vector<std::string> fields = {"as_of"};
  for (const auto& key : profile_keys::pupil) fields.push_back("pupil." + key);
  fields.insert(fields.end(), {"level", "codes", "review_due"});
  for (Area area : all_areas) fields.push_back(fmt::format("need.{}", area_id(area)));
  fields.insert(fields.end(), {"cycles", "in_place"});
  for (const auto& key : profile_keys::ehc) fields.push_back("ehc." + key);
  for (const auto& [name, spec] : schema.inputs) fields.push_back("inputs." + name);
  return fields;
}

std::string cohort_column_of(const std::string& field) {
  if (field.starts_with("pupil.")) return field.substr(6);
  if (field.starts_with("ehc.")) return "ehc_" + field.substr(4);
  if (field.starts_with("need.")) return "need_" + field.substr(5);
  if (field.starts_with("inputs.")) return "input_" + field.substr(7);
  return field;
}

std::optional<ColumnMap> read_column_map(const yaml::Node& root, const std::string& file, const Schema& schema,
                                         Diagnostics& diagnostics) {
  return MapReader(file, schema, diagnostics).read(root);
}

std::optional<ColumnMap> load_column_map_text(const std::string& display_name, std::string text,
                                              const Schema& schema, SourceStore& sources,
                                              Diagnostics& diagnostics) {
  if (text.size() > limits::max_file_bytes) {
    diagnostics.error(Code::LimitExceeded, {display_name, 0, 0},
                      fmt::format("the column map is larger than {} bytes (max_file_bytes)", limits::max_file_bytes));
    return std::nullopt;
  }
  // A cohort given as the map would have its rows quoted: refuse it first.
  if (auto kind = yaml::kind_from_text(display_name, text); kind != yaml::DocumentKind::unknown) {
    diagnostics.add(yaml::wrong_kind_error(display_name, kind, "a column map"));
    return std::nullopt;
  }
  Diagnostics found;
  yaml::NodePtr root = yaml::read_yaml(text, {display_name, 1}, found);
  if (auto kind = root ? yaml::kind_from_tree(*root) : yaml::DocumentKind::unknown;
      kind != yaml::DocumentKind::unknown && kind != yaml::DocumentKind::column_map) {
    diagnostics.add(yaml::wrong_kind_error(display_name, kind, "a column map"));
    return std::nullopt;
  }
  sources.add(display_name, std::move(text));
  std::optional<ColumnMap> map;
  if (root && !found.has_errors()) {
    if (root->is_null()) {
      found.error(Code::MissingKey, {display_name, 1, 1}, "the column map is empty: it starts with `apdr-columns: 1`");
    } else {
      map = read_column_map(*root, display_name, schema, found);
    }
  }
  bool failed = found.has_errors();
  found.sort();
  diagnostics.append(found);
  if (failed) return std::nullopt;
  return map;
}

std::optional<ColumnMap> load_column_map_file(const std::string& path, const Schema& schema,
                                              SourceStore& sources, Diagnostics& diagnostics) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    diagnostics.error(Code::FileUnreadable, {path, 0, 0}, "cannot read the column map: it is a folder");
    return std::nullopt;
  }
  auto size = std::filesystem::file_size(path, error);
  if (!error && size > limits::max_file_bytes) {
    diagnostics.error(Code::LimitExceeded, {path, 0, 0},
                      fmt::format("the column map is larger than {} bytes (max_file_bytes)", limits::max_file_bytes));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error(Code::FileUnreadable, {path, 0, 0}, "cannot open the column map");
    return std::nullopt;
  }
  std::string text;
  char buffer[64 * 1024];
  while (in) {
    in.read(buffer, sizeof buffer);
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > limits::max_file_bytes) break;
  }
  if (in.bad()) {
    diagnostics.error(Code::FileUnreadable, {path, 0, 0}, "cannot read the column map");
    return std::nullopt;
  }
  return load_column_map_text(path, std::move(text), schema, sources, diagnostics);
}

}  // namespace apdr::profile
