// The example cohorts in examples/cohorts/ (made by generate.py) must stay
// readable by CohortReader under the schema of the rule set they are written
// for, rules/examples/ordinarily-available.yaml on the national baseline. The
// schema is read from those YAML files, so a renamed provision item or input
// fails here rather than silently becoming a warning in the demo.
#include <catch2/catch.hpp>

#include "yaml_file.hpp"


#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "profile/cohort.hpp"

using namespace apdr::profile;
using Status = CohortRow::Status;

namespace {

std::string source(const std::string& path) { return std::string(APDR_SOURCE_DIR) + "/" + path; }

using apdr::yaml::Node;

std::vector<std::string> texts(const Node& list) {
  std::vector<std::string> out;
  for (const auto& item : list.items) out.push_back(item->text);
  return out;
}

void add_inputs(const Node& rules, Schema& schema) {
  for (const auto& [name, entry] : rules.find("inputs")->entries) {
    InputSpec spec;
    spec.type = entry->find("type")->text;
    if (const Node* values = entry->find("values")) spec.values = texts(*values);
    if (const Node* of = entry->find("of")) spec.item_type = of->text;
    schema.inputs[name->text] = spec;
  }
}

void add_provision(const Node& rules, Schema& schema) {
  for (const auto& [id, entry] : rules.find("provision")->entries) schema.provision_ids.push_back(id->text);
}

// The schema an engine call with --rules rules/examples/ordinarily-available.yaml
// gives a profile: the national ladder, the national inputs and the toolkit's,
// and the national and toolkit provision catalogues.
Schema example_schema() {
  Schema schema;
  auto national = read_yaml_file(source("rules/national/national.yaml"));
  for (const auto& level : national->find("levels")->items) schema.level_ids.push_back(level->find("id")->text);
  add_inputs(*national, schema);
  add_provision(*read_yaml_file(source("rules/national/provision.yaml")), schema);
  auto toolkit = read_yaml_file(source("rules/examples/ordinarily-available.yaml"));
  add_inputs(*toolkit, schema);
  add_provision(*toolkit, schema);
  return schema;
}

std::vector<CohortRow> read_cohort(const std::string& path, CohortFormat format) {
  std::ifstream in(source(path), std::ios::binary);
  REQUIRE(in);
  CohortReader reader(in, format, path, example_schema());
  std::vector<CohortRow> rows;
  for (CohortRow row = reader.next(); row.status != Status::end; row = reader.next()) {
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string shown(const apdr::Diagnostics& diagnostics) {
  return apdr::render_diagnostics(diagnostics, apdr::SourceStore{});
}

std::string date_text(const std::optional<apdr::Date>& d) { return d ? d->iso() : "?"; }

std::string input_text(const InputValue& value) {
  if (const auto* d = std::get_if<double>(&value)) {
    std::ostringstream out;
    out << *d;
    return out.str();
  }
  if (const auto* d = std::get_if<apdr::Date>(&value)) return d->iso();
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  return "(other)";
}

// Every fact of a profile that both formats can carry, as one line, so a
// mismatch shows exactly what differs. Leaves out awaiting_assessment (CSV
// cannot express it) and source positions.
std::string facts(const Profile& p) {
  std::ostringstream out;
  out << p.id << " as_of=" << date_text(p.as_of) << " dob=" << date_text(p.pupil.date_of_birth)
      << " year=" << (p.pupil.year_group ? std::to_string(*p.pupil.year_group) : "?")
      << " phase=" << (p.pupil.phase ? static_cast<int>(*p.pupil.phase) : -1)
      << " setting=" << (p.pupil.setting ? static_cast<int>(*p.pupil.setting) : -1) << " needs=";
  std::vector<Need> needs = p.needs;
  std::stable_sort(needs.begin(), needs.end(), [](const Need& a, const Need& b) { return a.area < b.area; });
  for (const auto& n : needs) {
    out << apdr::area_id(n.area) << ":" << n.level.value_or("*") << "[";
    for (const auto& c : n.codes) out << c << " ";
    out << "] ";
  }
  out << "cycles=";
  for (const auto& c : p.cycles) {
    out << apdr::area_id(c.area) << "|" << c.level.value_or("") << "|" << date_text(c.started) << "|"
        << date_text(c.reviewed) << "|" << (c.outcome ? static_cast<int>(*c.outcome) : -1) << "|";
    for (const auto& a : c.advice_from) out << a << "+";
    out << " ";
  }
  out << "in_place=";
  if (!p.in_place) out << "(not recorded)";
  for (const auto& i : p.in_place.value_or(std::vector<std::string>{})) out << i << ";";
  const Ehc& e = p.ehc;
  out << " ehc=" << date_text(e.requested) << "," << (e.requested_by ? static_cast<int>(*e.requested_by) : -1)
      << "," << date_text(e.decided) << "," << (e.decision ? static_cast<int>(*e.decision) : -1) << ","
      << date_text(e.draft_issued) << "," << date_text(e.plan_issued) << "," << date_text(e.last_review) << ","
      << date_text(e.mediation_certificate) << " inputs=";
  for (const auto& [name, value] : p.inputs) out << name << "=" << input_text(value) << ";";
  return out.str();
}

// Reads the table of bad rows from examples/cohorts/README.md: lines like
// `| 3 | 3 | rejected | E060 | …`. Returns (row, line, result, code).
struct ListedRow {
  std::size_t row;
  std::size_t line;
  std::string result;
  std::string code;
};

std::vector<ListedRow> listed_bad_rows() {
  std::ifstream in(source("examples/cohorts/README.md"));
  REQUIRE(in);
  const std::regex pattern(R"(^\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(rejected|accepted)\s*\|\s*(E\d{3})\s*\|)");
  std::vector<ListedRow> listed;
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, pattern)) {
      listed.push_back({std::stoul(m[1]), std::stoul(m[2]), m[3], m[4]});
    }
  }
  return listed;
}

}  // namespace

TEST_CASE("the example schema is read from the rule files") {
  Schema schema = example_schema();
  CHECK(schema.level_ids == std::vector<std::string>{"universal", "sen_support", "ehc_plan"});
  REQUIRE(schema.inputs.count("attendance") == 1);
  CHECK(schema.inputs.at("attendance").type == "percent");
  CHECK(schema.inputs.at("transfer_plan_amended").type == "date");
  CHECK(std::count(schema.provision_ids.begin(), schema.provision_ids.end(), "elsa-or-mentor") == 1);
  CHECK(std::count(schema.provision_ids.begin(), schema.provision_ids.end(), "adapted-teaching") == 1);
  CHECK(schema.provision_ids.size() > 30);
}

TEST_CASE("every row of the example cohort is accepted, in both formats, with no warning") {
  for (auto [path, format] : {std::pair{"examples/cohorts/cohort.jsonl", CohortFormat::jsonl},
                              std::pair{"examples/cohorts/cohort.csv", CohortFormat::csv}}) {
    INFO(path);
    auto rows = read_cohort(path, format);
    CHECK(rows.size() >= 200);
    std::size_t accepted = 0;
    for (const auto& row : rows) {
      INFO("row " << row.row << " (line " << row.line << ")\n" << shown(row.diagnostics));
      CHECK(row.status == Status::profile);
      CHECK(row.diagnostics.empty());
      accepted += row.status == Status::profile;
    }
    CHECK(accepted == rows.size());
  }
}

TEST_CASE("the JSON Lines and CSV cohorts describe the same pupils in the same order") {
  auto jsonl = read_cohort("examples/cohorts/cohort.jsonl", CohortFormat::jsonl);
  auto csv = read_cohort("examples/cohorts/cohort.csv", CohortFormat::csv);
  REQUIRE(jsonl.size() == csv.size());
  bool any_awaiting = false;
  for (std::size_t i = 0; i < jsonl.size(); ++i) {
    REQUIRE(jsonl[i].profile);
    REQUIRE(csv[i].profile);
    CHECK(jsonl[i].profile->id == "pupil-" + std::to_string(10001 + i));
    CHECK(csv[i].profile->id == jsonl[i].profile->id);
    CHECK(facts(*csv[i].profile) == facts(*jsonl[i].profile));
    for (const auto& n : jsonl[i].profile->needs) any_awaiting |= !n.awaiting_assessment.empty();
    for (const auto& n : csv[i].profile->needs) CHECK(n.awaiting_assessment.empty());
  }
  // The JSON Lines file is the richer one: some needs await an assessment.
  CHECK(any_awaiting);
}

TEST_CASE("the example cohort covers every area, level and EHC stage") {
  auto rows = read_cohort("examples/cohorts/cohort.jsonl", CohortFormat::jsonl);
  std::map<std::string, int> seen;
  for (const auto& row : rows) {
    REQUIRE(row.profile);
    const Profile& p = *row.profile;
    for (const auto& n : p.needs) {
      ++seen[std::string(apdr::area_id(n.area)) + "/" + n.level.value_or("*")];
    }
    if (p.needs.size() > 1) ++seen["several areas"];
    if (p.inputs.count("attendance")) ++seen["attendance"];
    const Ehc& e = p.ehc;
    if (e.plan_issued) ++seen["plan"];
    else if (e.draft_issued) ++seen["draft"];
    else if (e.decision == Decision::refused) ++seen[e.mediation_certificate ? "refused+mediation" : "refused"];
    else if (e.decision == Decision::agreed) ++seen["assessing"];
    else if (e.requested) ++seen["requested"];
    for (const auto& c : p.cycles) {
      ++seen[c.outcome ? "cycle reviewed" : "cycle running"];
      if (c.reviewed) CHECK(*c.started < *c.reviewed);
    }
  }
  for (const char* area : {"communication_interaction", "cognition_learning", "semh", "sensory_physical"}) {
    for (const char* level : {"sen_support", "ehc_plan"}) {
      INFO(area << "/" << level);
      CHECK(seen[std::string(area) + "/" + level] > 0);
    }
  }
  for (const char* fact : {"several areas", "attendance", "plan", "draft", "refused+mediation", "assessing",
                           "requested", "cycle reviewed", "cycle running"}) {
    INFO(fact);
    CHECK(seen[fact] > 0);
  }
  // SEN support is the commonest level, as on a real register.
  int sen_support = 0, ehc_plan = 0;
  for (const auto& [key, count] : seen) {
    if (key.ends_with("/sen_support")) sen_support += count;
    if (key.ends_with("/ehc_plan")) ehc_plan += count;
  }
  CHECK(sen_support > ehc_plan);
}

TEST_CASE("cohort-with-errors.jsonl rejects exactly the rows its README lists, and reads on after them") {
  auto listed = listed_bad_rows();
  // A README that lost its table must not pass by listing nothing.
  REQUIRE(listed.size() >= 8);
  auto rows = read_cohort("examples/cohorts/cohort-with-errors.jsonl", CohortFormat::jsonl);
  REQUIRE(rows.size() >= listed.back().row);

  std::size_t rejected = 0;
  for (const auto& row : rows) {
    INFO("row " << row.row << " (line " << row.line << ")\n" << shown(row.diagnostics));
    auto it = std::find_if(listed.begin(), listed.end(), [&](const ListedRow& l) { return l.row == row.row; });
    if (it == listed.end()) {
      CHECK(row.status == Status::profile);
      CHECK(row.diagnostics.empty());
      continue;
    }
    CHECK(row.line == it->line);
    // Every diagnostic of a listed row has the listed code: one mistake a row.
    REQUIRE_FALSE(row.diagnostics.empty());
    for (const auto& d : row.diagnostics.all()) CHECK(apdr::code_name(d.code) == it->code);
    if (it->result == "rejected") {
      ++rejected;
      CHECK(row.status == Status::rejected);
      CHECK_FALSE(row.profile);
    } else {
      CHECK(row.status == Status::profile);
      CHECK_FALSE(row.diagnostics.has_errors());
    }
  }
  CHECK(rejected == static_cast<std::size_t>(std::count_if(
                        listed.begin(), listed.end(), [](const ListedRow& l) { return l.result == "rejected"; })));
  CHECK(rejected >= 8);
  // The last row is good: a bad row never stops the rows after it.
  CHECK(rows.back().status == Status::profile);
}
