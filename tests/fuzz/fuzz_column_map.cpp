// libFuzzer target: any bytes as a column map, read against the national
// rule set's schema, then a fixed small school export (a BOM, CRLF, the
// shipped example's columns) read through it when it loads. Every
// diagnostic must name the map or the export and say something; every row
// must come out a profile or a rejection, with a reason; kept cells follow
// the map's order; nothing may crash, hang or throw.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "apdr/engine.hpp"
#include "profile/cohort.hpp"
#include "profile/column_map.hpp"

namespace {

const apdr::Program& national_program() {
  static std::shared_ptr<const apdr::Program> program = [] {
    apdr::SourceStore sources;
    apdr::Diagnostics diagnostics;
    auto built = apdr::build_program("apdr:national", sources, diagnostics);
    if (!built) std::abort();  // the embedded rule set must build
    return built;
  }();
  return *program;
}

// The shipped example's header, and rows that exercise every `read:`.
constexpr const char* export_csv =
    "\xEF\xBB\xBF"
    "Adno,UPN,Legal Surname,Forename,Reg,Year,DOB,SEN Status,Primary Need,Secondary Need,Next Review Date,"
    "Annual Review Date,Notes\r\n"
    "004211,T000000000011,Pupil-A,Pupil-A,9RB,Year 9,14/03/2012,K,SEMH,,09/01/2027,,\r\n"
    "004212,T000000000012,Pupil-B,Pupil-B,9RB,Y9,31/02/2012,k,spld,SEMH,,,\r\n"
    "004213,T000000000013,Pupil-C,Pupil-C,7JS,R,21/06/2014,E,ASD,OTH,,12/05/2026,note\r\n"
    ",,,,,,,,,,,,\r\n"
    "004214,T000000000014,Pupil-D,Pupil-D,8KM,Year Z,2012-09-30,N,NSA,,20/11/2026,,\r\n";

bool named(const apdr::Diagnostic& d) {
  return (d.where.file == "fuzz-map.yaml" || d.where.file == "export.csv") && !d.message.empty();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace apdr;
  const Program& program = national_program();
  SourceStore sources;
  Diagnostics diagnostics;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto map = profile::load_column_map_text("fuzz-map.yaml", std::move(text), profile_schema(program), sources,
                                           diagnostics);
  for (const auto& d : diagnostics.all()) {
    if (!named(d)) std::abort();
  }
  if (!map) {
    if (!diagnostics.has_errors()) std::abort();
    return 0;
  }
  std::istringstream in(export_csv);
  profile::CohortReader reader(in, profile::CohortFormat::csv, "export.csv", profile_schema(program));
  std::size_t keep = map->keep.size();
  reader.use_column_map(std::move(*map));
  for (int guard = 0; guard < 100; ++guard) {
    profile::CohortRow row = reader.next();
    for (const auto& d : row.diagnostics.all()) {
      if (!named(d)) std::abort();
    }
    switch (row.status) {
      case profile::CohortRow::Status::end: return 0;
      case profile::CohortRow::Status::failed:
        if (!row.diagnostics.has_errors()) std::abort();
        return 0;
      case profile::CohortRow::Status::rejected:
        if (!row.diagnostics.has_errors()) std::abort();
        break;
      case profile::CohortRow::Status::profile:
        if (!row.profile || row.profile->kept.size() != keep || reader.kept_columns().size() != keep) std::abort();
        break;
    }
  }
  std::abort();  // five rows cannot take a hundred steps
}
