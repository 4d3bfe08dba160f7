// The sections keyed by id (sources, parameters, inputs, derive, provision,
// steps, information), the level ladder, and remove.
#include <fmt/format.h>

#include "load/entry_readers.hpp"
#include "load/expression_reader.hpp"
#include "load/readable_id.hpp"
#include "load/rule_file_keys.hpp"

namespace apdr::load {
namespace {

using Keys = std::vector<std::string>;

// Calls `read_one(id, value)` for each entry of a mapping keyed by id.
template <typename ReadOne>
void for_each_by_id(const YamlFile& file, const Field& section, ReadOne read_one) {
  static const Keys any;
  auto entries = read_fields(file, *section.value, section.value_where,
                             fmt::format("`{}` (entries keyed by id)", section.key.value), any);
  if (!entries) return;
  for (const auto& entry : entries->items) read_one(entry);
}

// An entry whose value could not be read at all (reported already): only
// its id, so references to it resolve and do not cascade.
template <typename Entry>
Entry placeholder_entry(Entry& entry, const Field& key) {
  entry.id = key.key;
  entry.where = key.key.where;
  return std::move(entry);
}

// A value that could not be read (reported already): no tree, so it checks
// as an invalid value that nothing reports again.
syntax::Expression placeholder_expression(const Field& entry) {
  syntax::Expression expression;
  expression.where = entry.value_where;
  return expression;
}

std::string describe(std::string_view section, const syntax::Scalar& id) {
  return fmt::format("{} `{}`", section, id.value);
}

// Fills the keys every catalogue entry may carry.
void read_common(const YamlFile& file, const Field& entry, const Fields& fields, std::string_view what,
                 syntax::EntryCommon& out) {
  out.id = entry.key;
  out.where = entry.key.where;
  out.title = read_optional_scalar(file, fields, "title", fmt::format("`title` of {}", what));
  out.plain = read_optional_scalar(file, fields, "plain", fmt::format("`plain` of {}", what));
  out.description =
      read_optional_scalar(file, fields, "description", fmt::format("`description` of {}", what));
  out.source = read_optional_scalar(file, fields, "source", fmt::format("`source` of {}", what));
  out.kind = read_kind(file, fields, what);
  read_effective_and_override(file, fields, what, out.effective, out.override_);
}

}  // namespace

void read_effective_and_override(const YamlFile& file, const Fields& fields, std::string_view what,
                                 std::optional<syntax::Window>& effective, bool& override_) {
  if (const Field* field = fields.find("effective")) {
    effective = read_window(file, *field, fmt::format("the effective window of {}", what));
  }
  if (const Field* field = fields.find("override")) {
    override_ = read_bool(file, *field, fmt::format("`override` of {}", what)).value_or(false);
  }
}

std::optional<syntax::Scalar> read_kind(const YamlFile& file, const Fields& fields, std::string_view what) {
  const Keys& kinds = rule_file::kinds;
  auto kind = read_optional_scalar(file, fields, "kind", fmt::format("`kind` of {}", what));
  if (kind && !check_one_of(file, *kind, fmt::format("kind for {}", what), kinds)) return std::nullopt;
  return kind;
}

void read_sources(const YamlFile& file, const Field& section, std::vector<syntax::SourceEntry>& out) {
  const Keys& keys = rule_file::source.allowed;
  const Keys& required = rule_file::source.required;
  for_each_by_id(file, section, [&](const Field& entry) {
    std::string what = describe("source", entry.key);
    syntax::SourceEntry source;
    source.id = entry.key;
    auto fields = read_fields(file, *entry.value, entry.value_where, what, keys);
    if (!fields) {
      // Kept as a placeholder, so citations of it are not reported again.
      out.push_back(std::move(source));
      return;
    }
    require_keys(file, *fields, what, required);
    if (auto title = read_optional_scalar(file, *fields, "title", fmt::format("`title` of {}", what))) {
      source.title = *title;
    }
    source.published = read_optional_scalar(file, *fields, "published", fmt::format("`published` of {}", what));
    source.url = read_optional_scalar(file, *fields, "url", fmt::format("`url` of {}", what));
    source.publisher = read_optional_scalar(file, *fields, "publisher", fmt::format("`publisher` of {}", what));
    source.note = read_optional_scalar(file, *fields, "note", fmt::format("`note` of {}", what));
    source.section_url = read_optional_scalar(file, *fields, "section_url", fmt::format("`section_url` of {}", what));
    source.section_name =
        read_optional_scalar(file, *fields, "section_name", fmt::format("`section_name` of {}", what));
    // A section link is shown to families as a link: only a secure web
    // address with a place for the section number is accepted.
    if (source.section_url) {
      const std::string& url = source.section_url->value;
      if (url.rfind("https://", 0) != 0 || url.find("{n}") == std::string::npos ||
          url.find_first_of(" \"<>\\`") != std::string::npos) {
        file.error(Code::InvalidValue, source.section_url->where,
                   fmt::format("`section_url` of {} should be an https address with `{{n}}` where the section "
                               "number goes, but it is `{}`",
                               what, url),
                   {"for example \"https://www.legislation.gov.uk/ukpga/2014/6/section/{n}\""});
        source.section_url.reset();
      }
    }
    out.push_back(std::move(source));
  });
}

void read_levels(const YamlFile& file, const Field& section, std::vector<syntax::Level>& out) {
  const Keys& keys = rule_file::level.allowed;
  const Keys& required = rule_file::level.required;
  if (!section.value->is_sequence()) {
    file.error(Code::WrongShape, section.value_where,
               fmt::format("`levels` should be a list of levels, lowest first (`- {{ id: …, title: … }}`), "
                           "but it is {}", shape_of(*section.value)));
    return;
  }
  std::size_t index = 0;
  for (const auto& item : section.value->items) {
    ++index;
    std::string what = fmt::format("level {} of `levels`", index);
    auto fields = read_fields(file, *item, section.value_where, what, keys);
    if (!fields) continue;
    if (const Field* id = fields->find("id"); id != nullptr && id->value->is_scalar()) {
      what = fmt::format("level `{}`", id->value->text);
    }
    require_keys(file, *fields, what, required);
    auto id = read_optional_scalar(file, *fields, "id", fmt::format("`id` of {}", what));
    if (!id) continue;  // nothing can refer to a level without an id
    syntax::Level level;
    level.id = *id;
    // `title` is optional (rule language 1.1): without one, the id is
    // shown as words. A broken title was reported; the level still counts.
    auto title = read_optional_scalar(file, *fields, "title", fmt::format("`title` of {}", what));
    level.title = title ? *title : syntax::Scalar{readable_id(id->value), id->where};
    level.where = fields->where;
    level.national = read_optional_scalar(file, *fields, "national", fmt::format("`national` of {}", what));
    level.census = read_optional_scalar(file, *fields, "census", fmt::format("`census` of {}", what));
    level.plain = read_optional_scalar(file, *fields, "plain", fmt::format("`plain` of {}", what));
    level.description =
        read_optional_scalar(file, *fields, "description", fmt::format("`description` of {}", what));
    out.push_back(std::move(level));
  }
}

void read_parameters(const YamlFile& file, const Field& section, std::vector<syntax::Parameter>& out) {
  for_each_by_id(file, section, [&](const Field& entry) {
    // A broken value was reported; the parameter stays, with no value (an
    // invalid type), so expressions using it are not reported again.
    auto value = read_parameter_value(file, entry, describe("parameter", entry.key));
    if (!value) value = placeholder_expression(entry);
    out.push_back(syntax::Parameter{entry.key, std::move(*value)});
  });
}

void read_inputs(const YamlFile& file, const Field& section, std::vector<syntax::Input>& out) {
  const Keys& keys = rule_file::input.allowed;
  const Keys& required = rule_file::input.required;
  const Keys& types = rule_file::input_types;
  for_each_by_id(file, section, [&](const Field& entry) {
    std::string what = describe("input", entry.key);
    syntax::Input input;
    input.name = entry.key;
    input.where = entry.key.where;
    // An input whose declaration is broken stays declared with no type (an
    // invalid one), so the expressions that read it are not reported again.
    auto fields = read_fields(file, *entry.value, entry.value_where, what, keys);
    if (!fields) {
      out.push_back(std::move(input));
      return;
    }
    require_keys(file, *fields, what, required);
    auto type = read_optional_scalar(file, *fields, "type", fmt::format("`type` of {}", what));
    if (type && check_one_of(file, *type, fmt::format("type for {}", what), types)) input.type = *type;
    if (const Field* values = fields->find("values")) {
      input.values = read_scalar_list(file, *values, fmt::format("`values` of {}", what), false);
    }
    input.of = read_optional_scalar(file, *fields, "of", fmt::format("`of` of {}", what));
    if (input.of && !check_one_of(file, *input.of, fmt::format("item type for {}", what), types)) {
      input.of.reset();
    }
    input.question = read_optional_scalar(file, *fields, "question", fmt::format("`question` of {}", what));
    input.plain = read_optional_scalar(file, *fields, "plain", fmt::format("`plain` of {}", what));
    input.source = read_optional_scalar(file, *fields, "source", fmt::format("`source` of {}", what));
    out.push_back(std::move(input));
  });
}

void read_derive(const YamlFile& file, const Field& section, std::vector<syntax::Derived>& out) {
  for_each_by_id(file, section, [&](const Field& entry) {
    auto value = read_expression(file, entry, describe("derived value", entry.key));
    if (!value) value = placeholder_expression(entry);
    out.push_back(syntax::Derived{entry.key, std::move(*value)});
  });
}

void read_provision(const YamlFile& file, const Field& section, std::vector<syntax::Provision>& out) {
  const Keys& keys = rule_file::provision.allowed;
  const Keys& required = rule_file::provision.required;
  for_each_by_id(file, section, [&](const Field& entry) {
    std::string what = describe("provision item", entry.key);
    syntax::Provision item;
    auto fields = read_fields(file, *entry.value, entry.value_where, what, keys);
    if (!fields) {
      out.push_back(placeholder_entry(item, entry));
      return;
    }
    // An incomplete item was reported and stays, so that rules providing it
    // are not reported again and its `when` is still checked.
    require_keys(file, *fields, what, required);
    read_common(file, entry, *fields, what, item);
    item.area = read_optional_scalar(file, *fields, "area", fmt::format("`area` of {}", what));
    item.level = read_optional_scalar(file, *fields, "level", fmt::format("`level` of {}", what));
    if (const Field* when = fields->find("when")) {
      item.when = read_expression(file, *when, fmt::format("`when` of {}", what));
    }
    out.push_back(std::move(item));
  });
}

void read_steps(const YamlFile& file, const Field& section, std::vector<syntax::Step>& out) {
  const Keys& keys = rule_file::step.allowed;
  const Keys& required = rule_file::step.required;
  for_each_by_id(file, section, [&](const Field& entry) {
    std::string what = describe("step", entry.key);
    syntax::Step step;
    auto fields = read_fields(file, *entry.value, entry.value_where, what, keys);
    if (!fields) {
      out.push_back(placeholder_entry(step, entry));
      return;
    }
    require_keys(file, *fields, what, required);
    read_common(file, entry, *fields, what, step);
    if (const Field* who = fields->find("who")) {
      step.who = read_scalar_list(file, *who, fmt::format("`who` of {}", what), true);
    }
    out.push_back(std::move(step));
  });
}

void read_information(const YamlFile& file, const Field& section, std::vector<syntax::Information>& out) {
  const Keys& keys = rule_file::information.allowed;
  for_each_by_id(file, section, [&](const Field& entry) {
    std::string what = describe("information entry", entry.key);
    syntax::Information information;
    auto fields = read_fields(file, *entry.value, entry.value_where, what, keys);
    if (!fields) {
      out.push_back(placeholder_entry(information, entry));
      return;
    }
    read_common(file, entry, *fields, what, information);
    information.text = read_optional_scalar(file, *fields, "text", fmt::format("`text` of {}", what));
    if (fields->find("text") == nullptr && fields->find("plain") == nullptr) {
      file.error(Code::MissingKey, fields->where,
                 fmt::format("{} has neither `text` nor `plain`; give one of them", what));
    }
    out.push_back(std::move(information));
  });
}

void read_removal(const YamlFile& file, const Field& section, syntax::Removal& out) {
  const Keys& keys = rule_file::removal.allowed;
  auto fields = read_fields(file, *section.value, section.value_where, "`remove`", keys);
  if (!fields) return;
  auto append = [&](const char* key, std::vector<syntax::Scalar>& list) {
    if (const Field* field = fields->find(key)) {
      auto ids = read_scalar_list(file, *field, fmt::format("`remove.{}`", key), true);
      list.insert(list.end(), ids.begin(), ids.end());
    }
  };
  append("rules", out.rules);
  append("provision", out.provision);
  append("steps", out.steps);
  append("information", out.information);
}

}  // namespace apdr::load
