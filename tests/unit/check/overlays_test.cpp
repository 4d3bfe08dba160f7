// Overlays: E043 override without a base, E044 redefinition without
// override, E045 statute protection, E047 parameter types, E048 missing kind.
#include "check_fixture.hpp"

namespace apdr::checktest {

namespace {

const char* base_text =
    "apdr: 1\n"
    "id: base\n"
    "levels:\n"
    "  - { id: universal, title: Universal }\n"
    "  - { id: sen_support, title: SEN support }\n"
    "parameters:\n"
    "  review_interval: 12 weeks\n"
    "inputs:\n"
    "  attendance: { type: percent }\n"
    "derive:\n"
    "  low_attendance: attendance < 90\n"
    "provision:\n"
    "  quiet-space: { area: semh, title: Quiet space }\n"
    "steps:\n"
    "  advice: { title: Advice }\n"
    "information:\n"
    "  note: { text: A note }\n"
    "rules:\n"
    "  - id: send-duty\n"
    "    kind: statute\n"
    "    then: { inform: [note] }\n"
    "  - id: good-practice\n"
    "    kind: guidance\n"
    "    then: { inform: [note] }\n";

struct Overlay {
  RuleFolder folder;
  std::string base_path;
  std::string text;
  std::string path;
  std::unique_ptr<Checked> checked;
  Position at(const std::string& needle, int occurrence = 1) const { return position_of(text, needle, occurrence); }
};

std::unique_ptr<Overlay> overlay(const std::string& body) {
  auto o = std::make_unique<Overlay>();
  o->base_path = o->folder.write("base.yaml", base_text);
  o->text = "apdr: 1\nid: local\nextends: base.yaml\n" + body;
  o->path = o->folder.write("local.yaml", o->text);
  o->checked = check_file(o->path);
  return o;
}

}  // namespace

TEST_CASE("override: true with nothing to override", "[check][E043]") {
  auto o = overlay("provision:\n  quiet-spac: { area: semh, title: Q, override: true }\n");
  const auto& d = expect_error(*o->checked, Code::OverrideWithoutBase, o->path, o->at("quiet-spac"),
                               {"provision item `quiet-spac` has `override: true`", "no rule set it extends"});
  CHECK(has_note(d, "did you mean `quiet-space`?"));
}

TEST_CASE("an inherited id given again without override", "[check][E044]") {
  auto o = overlay("steps:\n  advice: { title: Other advice }\n");
  const auto& d = expect_error(*o->checked, Code::RedefinedWithoutOverride, o->path, o->at("advice"),
                               {"step `advice` is already defined in `base`", "override: true"});
  CHECK(has_note(d, "first defined at " + o->base_path + ":15:3"));
}

TEST_CASE("inputs and derived values cannot be redefined", "[check][E044]") {
  auto o = overlay("inputs:\n  attendance: { type: number }\nderive:\n  low_attendance: attendance < 80\n");
  const auto& input = expect_error(*o->checked, Code::RedefinedWithoutOverride, o->path, o->at("attendance"),
                                   {"input `attendance` is already declared in `base`"});
  CHECK(has_note(input, o->base_path + ":9:3"));
  expect_error(*o->checked, Code::RedefinedWithoutOverride, o->path, o->at("low_attendance"),
               {"derived values cannot be redefined"});
  // The redefinition is not also reported as an ambiguous name.
  CHECK(o->checked->count(Code::AmbiguousName) == 0);
}

TEST_CASE("a statute rule may not be removed", "[check][E045]") {
  auto o = overlay("remove:\n  rules: [send-duty, good-practice]\n");
  const auto& d = expect_error(*o->checked, Code::StatuteProtected, o->path, o->at("send-duty"),
                               {"rule `send-duty` is statute and may not be removed"});
  CHECK(has_note(d, "the statutory rule is at " + o->base_path + ":19:9"));
  CHECK(o->checked->diagnostics.error_count() == 1);
  REQUIRE(o->checked->model);
  // The statute rule stays; the guidance one is gone.
  REQUIRE(o->checked->model->rules.size() == 1);
  CHECK(o->checked->model->rules[0].id == "send-duty");
}

TEST_CASE("a statute rule may not be overridden by a weaker kind", "[check][E045]") {
  SECTION("local-policy") {
    auto o = overlay("rules:\n  - id: send-duty\n    kind: local-policy\n    override: true\n    then: { inform: [note] }\n");
    const auto& d = expect_error(*o->checked, Code::StatuteProtected, o->path, o->at("send-duty"),
                                 {"rule `send-duty` is statute in `base`", "a local-policy rule may not override it"});
    CHECK(has_note(d, "never replace or weaken it"));
  }
  SECTION("guidance") {
    auto o = overlay("rules:\n  - id: send-duty\n    kind: guidance\n    override: true\n    then: { inform: [note] }\n");
    expect_error(*o->checked, Code::StatuteProtected, o->path, o->at("send-duty"), {"a guidance rule"});
  }
  SECTION("statute by statute is a correction, and allowed") {
    auto o = overlay("rules:\n  - id: send-duty\n    kind: statute\n    override: true\n    then: { inform: [note] }\n");
    INFO(o->checked->rendered());
    CHECK(o->checked->diagnostics.empty());
  }
}

TEST_CASE("remove of something no rule set it extends defines", "[check][E040]") {
  auto o = overlay("remove:\n  rules: [good-practise]\n  information: [own]\n"
                   "information:\n  own: { text: Own }\n");
  const auto& d = expect_error(*o->checked, Code::UnknownReference, o->path, o->at("good-practise"),
                               {"cannot remove rule `good-practise`"});
  CHECK(has_note(d, "did you mean `good-practice`?"));
  expect_error(*o->checked, Code::UnknownReference, o->path, o->at("own]"),
               {"cannot remove information item `own`"});
}

TEST_CASE("remove then redefine the same id is allowed", "[check]") {
  auto o = overlay("remove:\n  steps: [advice]\nsteps:\n  advice: { title: New advice }\n");
  INFO(o->checked->rendered());
  CHECK(o->checked->diagnostics.empty());
  REQUIRE(o->checked->model->steps.size() == 1);
  CHECK(o->checked->model->steps[0].title == "New advice");
}

TEST_CASE("an overlay may change a parameter's value but not its type", "[check][E047]") {
  SECTION("a number for a duration") {
    auto o = overlay("parameters:\n  review_interval: 3\n");
    const auto& d = expect_error(*o->checked, Code::ParameterType, o->path, o->at("3"),
                                 {"parameter `review_interval` is a duration where it is first declared",
                                  "not a number"});
    CHECK(has_note(d, "first declared at " + o->base_path + ":7:3"));
  }
  SECTION("quoted text for a duration") {
    auto o = overlay("parameters:\n  review_interval: \"6 weeks\"\n");
    expect_error(*o->checked, Code::ParameterType, o->path, o->at("\"6 weeks\""), {"not text"});
  }
  SECTION("another duration") {
    auto o = overlay("parameters:\n  review_interval: 6 weeks\n");
    INFO(o->checked->rendered());
    CHECK(o->checked->diagnostics.empty());
    CHECK(std::get<Duration>(o->checked->model->parameters.at(0).value) == Duration{0, 42});
  }
}

TEST_CASE("each change of a parameter is judged against what it changes", "[check][E047]") {
  RuleFolder folder;
  auto base_path = folder.write("base.yaml", base_text);
  // The county keeps the type; the school changes it. Only the school is wrong,
  // and the inherited uses of the parameter are not reported again.
  folder.write("county.yaml", "apdr: 1\nid: county\nextends: base.yaml\nparameters:\n  review_interval: 6 weeks\n"
                              "rules:\n  - id: uses-it\n    kind: guidance\n"
                              "    when: today - ehc.requested > review_interval\n    then: { inform: [note] }\n");
  std::string text = "apdr: 1\nid: school\nextends: county.yaml\nparameters:\n  review_interval: 4\n";
  auto path = folder.write("school.yaml", text);
  auto checked = check_file(path);
  const auto& d = expect_error(*checked, Code::ParameterType, path, position_of(text, "4"),
                               {"is a duration where it is first declared", "not a number"});
  CHECK(has_note(d, "county.yaml:5:3"));
  CHECK(checked->diagnostics.error_count() == 1);
}

TEST_CASE("a rule without a kind", "[check][E048]") {
  auto o = overlay("rules:\n  - id: no-kind\n    then: { inform: [note] }\n");
  const auto& d = expect_error(*o->checked, Code::MissingKind, o->path, o->at("no-kind"),
                               {"rule `no-kind` has no `kind`", "statute, guidance or local-policy"});
  CHECK(has_note(d, "law from local practice"));
}

TEST_CASE("an overridden entry keeps its place in the catalogue", "[check]") {
  auto o = overlay("provision:\n  extra: { area: semh, title: Extra }\n"
                   "  quiet-space: { area: semh, title: Calm room, override: true }\n");
  INFO(o->checked->rendered());
  REQUIRE(o->checked->diagnostics.empty());
  const auto& provision = o->checked->model->provision;
  REQUIRE(provision.size() == 2);
  CHECK(provision[0].id == "quiet-space");
  CHECK(provision[0].title == "Calm room");
  CHECK(provision[0].defined_in == "local");
  CHECK(provision[1].id == "extra");
}

}  // namespace apdr::checktest
