// One Evaluator and one Result reused pupil after pupil must give each
// pupil exactly what a fresh evaluation gives: nothing of one pupil may be
// left in the state for the next. And a Result's views stay valid for as
// long as the Result, when its program was held by a shared_ptr.
#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <vector>

#include "batch_fixture.hpp"
#include "evaluate/evaluate.hpp"
#include "profile/cohort.hpp"
#include "render/json.hpp"

using namespace apdr;

namespace {

std::vector<profile::Profile> cohort(const run::Program& program) {
  std::ifstream in(batch_test::source("examples/cohorts/cohort.jsonl"));
  profile::CohortReader reader(in, profile::CohortFormat::jsonl, "cohort.jsonl", program.schema);
  std::vector<profile::Profile> pupils;
  for (auto row = reader.next(); row.status != profile::CohortRow::Status::end; row = reader.next()) {
    REQUIRE(row.status == profile::CohortRow::Status::profile);
    pupils.push_back(std::move(*row.profile));
  }
  return pupils;
}

std::string json_of(const eval::Result& result) { return render::dump(render::to_json(result)); }

}  // namespace

TEST_CASE("a reused Evaluator and Result give every pupil of the example cohort a fresh evaluation's JSON") {
  const run::Program& program = batch_test::toolkit();
  std::vector<profile::Profile> pupils = cohort(program);
  REQUIRE(pupils.size() == 240);
  std::vector<std::string> fresh;
  for (const auto& pupil : pupils) fresh.push_back(json_of(eval::evaluate(program, pupil, *pupil.as_of)));

  eval::Evaluator evaluator(program);
  eval::Result result;
  // Forwards, then backwards: a pupil after a larger or a smaller one.
  for (std::size_t i = 0; i < pupils.size(); ++i) {
    evaluator.evaluate(pupils[i], *pupils[i].as_of, result);
    INFO("forwards, pupil " << pupils[i].id);
    REQUIRE(json_of(result) == fresh[i]);
  }
  for (std::size_t i = pupils.size(); i-- > 0;) {
    evaluator.evaluate(pupils[i], *pupils[i].as_of, result);
    INFO("backwards, pupil " << pupils[i].id);
    REQUIRE(json_of(result) == fresh[i]);
  }
}

TEST_CASE("a Result keeps its program alive when the program was held by a shared_ptr") {
  SourceStore sources;
  Diagnostics diagnostics;
  auto chain = load::load_chain(batch_test::source("rules/examples/ordinarily-available.yaml"), sources, diagnostics);
  REQUIRE(chain);
  std::shared_ptr<const run::Program> program = run::compile(check::check(std::move(*chain), diagnostics));
  REQUIRE(program);
  std::vector<profile::Profile> pupils = cohort(*program);
  REQUIRE_FALSE(pupils.empty());
  eval::Result result = eval::evaluate(*program, pupils.front(), *pupils.front().as_of);
  std::string before = json_of(result);
  CHECK(result.model == program->model.get());
  std::weak_ptr<const run::Program> watch = program;
  program.reset();
  CHECK_FALSE(watch.expired());  // the Result holds it
  CHECK(json_of(result) == before);
  result.clear();
  CHECK(watch.expired());  // cleared, it lets go
}
