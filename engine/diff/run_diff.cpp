#include "diff/run_diff.hpp"

#include <algorithm>

#include "diff/compare.hpp"
#include "evaluate/evaluate.hpp"

namespace apdr::diff {
namespace {

Diagnostics errors_of(const Diagnostics& diagnostics) {
  Diagnostics errors;
  for (const auto& diagnostic : diagnostics.all()) {
    if (diagnostic.severity == Severity::error) errors.add(diagnostic);
  }
  return errors;
}

// A row valid under one side only: the change is the other side's rejection.
Change rejection(ChangeKind kind, const Diagnostics& diagnostics) {
  Change change;
  change.kind = kind;
  change.errors = errors_of(diagnostics);
  if (!change.errors.empty()) change.subject = code_name(change.errors.all().front().code);
  return change;
}

}  // namespace

profile::Schema either_schema(const profile::Schema& old_schema, const profile::Schema& new_schema) {
  profile::Schema schema = old_schema;
  for (const auto& id : new_schema.level_ids) {
    if (std::find(schema.level_ids.begin(), schema.level_ids.end(), id) == schema.level_ids.end()) {
      schema.level_ids.push_back(id);
    }
  }
  schema.census_levels.insert(new_schema.census_levels.begin(), new_schema.census_levels.end());
  schema.inputs.insert(new_schema.inputs.begin(), new_schema.inputs.end());
  for (const auto& id : new_schema.provision_ids) {
    if (std::find(schema.provision_ids.begin(), schema.provision_ids.end(), id) == schema.provision_ids.end()) {
      schema.provision_ids.push_back(id);
    }
  }
  return schema;
}

PupilChange diff_row(const run::Program& old_program, const run::Program& new_program,
                     const profile::CohortReader& reader, profile::CohortRecord record,
                     const DiffOptions& options) {
  profile::CohortRow old_row = reader.parse(record, old_program.schema);
  profile::CohortRow new_row = reader.parse(std::move(record), new_program.schema);
  PupilChange pupil;
  pupil.row = old_row.row;
  pupil.line = old_row.line;
  bool old_valid = old_row.status == profile::CohortRow::Status::profile;
  bool new_valid = new_row.status == profile::CohortRow::Status::profile;
  if (!old_valid && !new_valid) {
    pupil.status = PupilChange::Status::rejected;
    pupil.errors = errors_of(old_row.diagnostics);
    return pupil;
  }
  if (!old_valid || !new_valid) {
    pupil.status = PupilChange::Status::changed;
    pupil.pupil = old_valid ? old_row.profile->id : new_row.profile->id;
    pupil.changes.push_back(old_valid ? rejection(ChangeKind::rejected_under_new, new_row.diagnostics)
                                      : rejection(ChangeKind::rejected_under_old, old_row.diagnostics));
    return pupil;
  }
  const profile::Profile& before = *old_row.profile;
  pupil.pupil = before.id;
  // One date for both sides, so only the rule sets differ.
  Date date = options.as_of ? *options.as_of : (before.as_of ? *before.as_of : options.today);
  eval::Result old_result = eval::evaluate(old_program, before, date);
  eval::Result new_result = eval::evaluate(new_program, *new_row.profile, date);
  pupil.changes = compare_results(old_result, new_result);
  pupil.status = pupil.changes.empty() ? PupilChange::Status::unchanged : PupilChange::Status::changed;
  return pupil;
}

DiffOutcome diff_cohort(const run::Program& old_program, const run::Program& new_program,
                        profile::CohortReader& reader, const DiffOptions& options, DiffSink& sink) {
  DiffOutcome outcome;
  for (;;) {
    profile::CohortRecord record = reader.read_record();
    if (record.settled && record.settled->status == profile::CohortRow::Status::end) break;
    if (record.settled && record.settled->status == profile::CohortRow::Status::failed) {
      outcome.failure = std::move(*record.settled);
      break;
    }
    PupilChange pupil = diff_row(old_program, new_program, reader, std::move(record), options);
    outcome.summary.add(pupil);
    if (!sink.pupil(pupil)) {
      outcome.stopped = true;
      break;
    }
  }
  return outcome;
}

}  // namespace apdr::diff
