#include "profile/csv_cells.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/area.hpp"
#include "core/quoted_value.hpp"

namespace apdr::profile {
namespace {

using Kind = yaml::Node::Kind;
using MutableNode = std::shared_ptr<yaml::Node>;

const std::vector<std::string> pupil_columns = {"date_of_birth", "year_group", "phase", "setting"};
const std::vector<std::string> ehc_keys = {"requested",     "requested_by",   "decided",          "decision",
                                           "draft_issued",  "plan_issued",    "last_review",      "review_notice",
                                           "review_outcome", "amendment_notice", "amended", "mediation_certificate"};

std::string_view trim(std::string_view text, std::size_t& removed_front) {
  removed_front = 0;
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
    ++removed_front;
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

MutableNode scalar_node(const CellText& cell) {
  auto node = std::make_shared<yaml::Node>();
  node->kind = Kind::scalar;
  node->text = cell.text;
  node->where = cell.where;
  return node;
}

MutableNode container(Kind kind, const SourceLocation& where) {
  auto node = std::make_shared<yaml::Node>();
  node->kind = kind;
  node->where = where;
  return node;
}

void put(yaml::Node& mapping, const std::string& key, yaml::NodePtr value) {
  mapping.entries.emplace_back(scalar_node({key, value->where}), std::move(value));
}

MutableNode list_node(const CellText& cell, char separator) {
  auto list = container(Kind::sequence, cell.where);
  for (const auto& piece : split_cell(cell, separator)) list->items.push_back(scalar_node(piece));
  return list;
}

// The value of scalar key `key` of a mapping node, or null.
const yaml::Node* value_of(const yaml::Node& mapping, std::string_view key) { return mapping.find(key); }

// Whether `level` says the pupil has no special educational need (the
// census code N, or the level that declares it), which places no need.
bool means_no_need(const std::string& level, const Schema& schema) {
  auto code = schema.census_levels.find("N");
  return level == "N" || (code != schema.census_levels.end() && code->second == level);
}

// The needs of a row, in area order, from need_<area> columns, its codes
// and a map's `level`.
class Needs {
 public:
  Needs(const RowCells& row, const std::string& file, const Schema& schema, Diagnostics& diagnostics)
      : row_(row), file_(file), schema_(schema), out_(diagnostics) {}

  void read() {
    for (Area area : all_areas) {
      auto found = row_.cells.find(fmt::format("need_{}", area_id(area)));
      if (found == row_.cells.end()) continue;
      const CellText& level = found->second;
      yaml::Node& need = need_for(area, level.where);
      // `*` is a need whose level the school has not stated.
      if (level.text != "*") put(need, "level", scalar_node(level));
    }
    std::vector<const CellText*> arealess;
    for (const auto& code : row_.codes) {
      const CensusCode* known = find_census_code(code.text);
      if (!known || !known->area) {
        arealess.push_back(&code);
        continue;
      }
      need_for(*known->area, code.where);
      auto index = static_cast<std::size_t>(*known->area);
      if (!codes_[index]) codes_[index] = container(Kind::sequence, code.where);
      codes_[index]->items.push_back(scalar_node(code));
    }
    // OTH, NSA (and unknown codes, which the schema then reports) sit under
    // the first need the row has.
    for (const CellText* code : arealess) {
      auto first = std::find_if(needs_.begin(), needs_.end(), [](const auto& need) { return need != nullptr; });
      if (first == needs_.end()) {
        if (row_.from_map && find_census_code(code->text)) {
          if (warned_) continue;  // once a row: the rest would say the same
          warned_ = true;
          out_.warning(Code::NoAreaPlaced, code->where,
                       fmt::format("census code {} belongs to no area of need, and no other code of this row "
                                   "names one, so the row has no need the rules can place",
                                   code->text),
                       {"the pupil is evaluated with no needs; give the area's type code (SEMH, SPLD, …) in "
                        "another mapped column to place the need"});
        } else {
          out_.error(Code::ProfileBadEnum, code->where,
                     fmt::format("code `{}` has no need to sit under: give a level (or *) in a need_ column",
                                 quoted_value(code->text)));
        }
        continue;
      }
      auto index = static_cast<std::size_t>(first - needs_.begin());
      if (!codes_[index]) codes_[index] = container(Kind::sequence, code->where);
      codes_[index]->items.push_back(scalar_node(*code));
    }
    if (row_.level) apply_level(*row_.level);
  }

  // The needs, each with its codes, in area order.
  MutableNode list(const SourceLocation& where) {
    auto list = container(Kind::sequence, where);
    for (std::size_t i = 0; i < needs_.size(); ++i) {
      if (!needs_[i]) continue;
      if (codes_[i]) put(*needs_[i], "codes", codes_[i]);
      list->items.push_back(needs_[i]);
    }
    return list;
  }

  std::vector<Area> areas() const {
    std::vector<Area> out;
    for (Area area : all_areas) {
      if (needs_[static_cast<std::size_t>(area)]) out.push_back(area);
    }
    return out;
  }

 private:
  yaml::Node& need_for(Area area, const SourceLocation& where) {
    auto index = static_cast<std::size_t>(area);
    if (!needs_[index]) {
      needs_[index] = container(Kind::mapping, where);
      put(*needs_[index], "area", scalar_node({std::string(area_id(area)), where}));
    }
    return *needs_[index];
  }

  // The row's level goes on every need that states none of its own.
  void apply_level(const CellText& level) {
    bool any = false;
    for (auto& need : needs_) {
      if (!need) continue;
      any = true;
      if (!value_of(*need, "level")) put(*need, "level", scalar_node(level));
    }
    if (any || warned_ || means_no_need(level.text, schema_)) return;
    warned_ = true;
    out_.warning(Code::NoAreaPlaced, level.where,
                 fmt::format("level `{}` is given, but no code of this row names an area of need, so the "
                             "level places no need",
                             quoted_value(level.text)),
                 {"the pupil is evaluated with no needs; map the column of type codes (SEMH, SPLD, …) to `codes`"});
  }

  const RowCells& row_;
  const std::string& file_;
  const Schema& schema_;
  Diagnostics& out_;
  std::array<MutableNode, 4> needs_;
  std::array<MutableNode, 4> codes_;
  bool warned_ = false;

 public:
  // Whether a W016 was given: the row's other facts need not say it again.
  bool warned() const { return warned_; }
};

// The row's cycles, and the running cycle of each need for `review_due`.
class Cycles {
 public:
  Cycles(Diagnostics& diagnostics) : out_(diagnostics) {}

  void read(const CellText& cell) {
    static const std::array<const char*, 5> keys = {"area", "level", "started", "reviewed", "outcome"};
    list_ = container(Kind::sequence, cell.where);
    for (const auto& entry : split_cell(cell, ';')) {
      auto parts = split_cell(entry, '|', /*keep_empty=*/true);
      if (parts.size() < 5 || parts.size() > 7) {
        out_.error(Code::WrongShape, entry.where,
                   fmt::format("a cycle is written area|level|started|reviewed|outcome, with an optional "
                               "|advice_from and |review_due; this one has {} parts",
                               parts.size()));
        continue;
      }
      auto cycle = container(Kind::mapping, entry.where);
      for (std::size_t i = 0; i < keys.size(); ++i) {
        if (!parts[i].text.empty()) put(*cycle, keys[i], scalar_node(parts[i]));
      }
      if (parts.size() >= 6 && !parts[5].text.empty()) put(*cycle, "advice_from", list_node(parts[5], '+'));
      if (parts.size() == 7 && !parts[6].text.empty()) put(*cycle, "review_due", scalar_node(parts[6]));
      list_->items.push_back(cycle);
    }
  }

  // The agreed review date goes on the running cycle (the last one without
  // an outcome) of each area with a need. An area whose cycles are all
  // reviewed gets a new cycle, started on its latest review, as the
  // graduated approach runs one cycle straight after another; an area with
  // no cycle gets one whose start is not known.
  void add_review_due(const CellText& due, const std::vector<Area>& areas, const SourceLocation& row_start) {
    if (!list_) list_ = container(Kind::sequence, row_start);
    for (Area area : areas) {
      yaml::Node* running = nullptr;
      std::string latest_review;
      for (const auto& item : list_->items) {
        const yaml::Node* cycle_area = value_of(*item, "area");
        if (!cycle_area || cycle_area->text != area_id(area)) continue;
        auto* cycle = const_cast<yaml::Node*>(item.get());  // built here, so not yet shared
        if (!value_of(*cycle, "outcome")) running = cycle;
        if (const yaml::Node* reviewed = value_of(*cycle, "reviewed"); reviewed && reviewed->text > latest_review) {
          latest_review = reviewed->text;  // ISO dates order as text
        }
      }
      if (running) {
        if (!value_of(*running, "review_due")) put(*running, "review_due", scalar_node(due));
        continue;
      }
      auto cycle = container(Kind::mapping, due.where);
      put(*cycle, "area", scalar_node({std::string(area_id(area)), due.where}));
      if (!latest_review.empty()) put(*cycle, "started", scalar_node({latest_review, due.where, false}));
      put(*cycle, "review_due", scalar_node(due));
      list_->items.push_back(cycle);
    }
  }

  MutableNode list() const { return list_; }

 private:
  Diagnostics& out_;
  MutableNode list_;
};

}  // namespace

CellText whole_field(const CsvField& field, const std::string& file) {
  std::size_t removed = 0;
  std::string_view text = trim(field.text, removed);
  CellText cell{std::string(text), {file, field.line, field.column}, field.verbatim};
  if (field.verbatim) cell.where.column += static_cast<std::uint32_t>(removed) + (field.quoted ? 1 : 0);
  return cell;
}

std::vector<CellText> split_cell(const CellText& cell, char separator, bool keep_empty) {
  std::vector<CellText> pieces;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = cell.text.find(separator, start);
    std::string_view raw =
        std::string_view(cell.text).substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::size_t removed = 0;
    std::string_view text = trim(raw, removed);
    if (!text.empty() || keep_empty) {
      CellText piece{std::string(text), cell.where, cell.exact};
      if (cell.exact) piece.where.column += static_cast<std::uint32_t>(start + removed);
      pieces.push_back(std::move(piece));
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return pieces;
}

yaml::NodePtr row_tree(const RowCells& row, const std::string& file, const Schema& schema,
                       Diagnostics& diagnostics) {
  auto cell = [&](const std::string& name) -> const CellText* {
    auto found = row.cells.find(name);
    return found == row.cells.end() ? nullptr : &found->second;
  };
  auto root = container(Kind::mapping, {file, row.line, 1});
  if (auto* id = cell("id")) put(*root, "id", scalar_node(*id));
  if (auto* as_of = cell("as_of")) put(*root, "as_of", scalar_node(*as_of));

  auto pupil = container(Kind::mapping, root->where);
  for (const auto& name : pupil_columns) {
    if (auto* value = cell(name)) put(*pupil, name, scalar_node(*value));
  }
  if (!pupil->entries.empty()) put(*root, "pupil", pupil);

  Needs needs(row, file, schema, diagnostics);
  needs.read();
  auto need_list = needs.list(root->where);
  if (!need_list->items.empty()) put(*root, "needs", need_list);

  Cycles cycles(diagnostics);
  if (auto* text = cell("cycles")) cycles.read(*text);
  if (row.review_due) {
    std::vector<Area> areas = needs.areas();
    if (areas.empty() && !needs.warned()) {
      diagnostics.warning(Code::NoAreaPlaced, row.review_due->where,
                          "a review date is given, but the row has no need, so it belongs to no cycle",
                          {"give the need's area (a type code, or a need_ column) for the date to be used"});
    }
    cycles.add_review_due(*row.review_due, areas, root->where);
  }
  if (auto list = cycles.list()) put(*root, "cycles", list);
  // An empty cell cannot tell "nothing" from "not filled in", so it is not
  // recorded; `none` says that nothing is in place.
  if (auto* in_place = cell("in_place"); in_place && !in_place->text.empty()) {
    put(*root, "in_place",
        in_place->text == "none" ? container(Kind::sequence, in_place->where) : list_node(*in_place, ';'));
  }

  auto ehc = container(Kind::mapping, root->where);
  for (const auto& name : ehc_keys) {
    if (auto* value = cell("ehc_" + name)) put(*ehc, name, scalar_node(*value));
  }
  if (!ehc->entries.empty()) put(*root, "ehc", ehc);

  auto inputs = container(Kind::mapping, root->where);
  for (const auto& [name, spec] : schema.inputs) {
    const CellText* value = cell("input_" + name);
    if (!value) continue;
    put(*inputs, name, spec.type == "list" ? list_node(*value, ';') : scalar_node(*value));
  }
  if (!inputs->entries.empty()) put(*root, "inputs", inputs);
  return root;
}

}  // namespace apdr::profile
