// JSON Lines rows are cut out of the stream's buffer a stretch at a time
// (profile/cohort.cpp): these read the same text through a buffer of a few
// bytes, so lines, CRLF breaks and the row limit fall across refills, and
// through a stream with no buffer at all (as standard input synchronised
// with stdio is), and expect what a whole-text stream gives.
#include <catch2/catch.hpp>

#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "core/limits.hpp"
#include "profile/cohort.hpp"
#include "profile_test_support.hpp"

using namespace apdr::profile;
using Status = CohortRow::Status;

namespace {

// Hands out `text` `size` bytes at a time.
class SmallBuffer : public std::streambuf {
 public:
  SmallBuffer(std::string text, std::size_t size) : text_(std::move(text)), size_(size) {}

 protected:
  int_type underflow() override {
    if (at_ >= text_.size()) return traits_type::eof();
    std::size_t n = std::min(size_, text_.size() - at_);
    char* begin = text_.data() + at_;
    setg(begin, begin, begin + n);
    at_ += n;
    return traits_type::to_int_type(*begin);
  }

 private:
  std::string text_;
  std::size_t size_;
  std::size_t at_ = 0;
};

// No get area ever: every byte through underflow and uflow.
class NoBuffer : public std::streambuf {
 public:
  explicit NoBuffer(std::string text) : text_(std::move(text)) {}

 protected:
  int_type underflow() override {
    return at_ < text_.size() ? traits_type::to_int_type(text_[at_]) : traits_type::eof();
  }
  int_type uflow() override {
    return at_ < text_.size() ? traits_type::to_int_type(text_[at_++]) : traits_type::eof();
  }

 private:
  std::string text_;
  std::size_t at_ = 0;
};

struct Seen {
  Status status;
  std::size_t row, line;
  std::string id;
  std::size_t diagnostics;
  bool operator==(const Seen&) const = default;
};

std::vector<Seen> read_all(std::istream& in) {
  CohortReader reader(in, CohortFormat::jsonl, "cohort", profile_test::test_schema());
  std::vector<Seen> rows;
  for (CohortRow row = reader.next(); row.status != Status::end; row = reader.next()) {
    rows.push_back({row.status, row.row, row.line, row.profile ? row.profile->id : "", row.diagnostics.all().size()});
  }
  return rows;
}

}  // namespace

TEST_CASE("JSON Lines rows read alike through a whole-text, a small and no buffer") {
  const std::size_t limit = apdr::limits::max_cohort_row_bytes;
  auto row_of = [](const std::string& id, std::size_t length) {
    std::string head = "{\"id\": \"" + id + "\", \"inputs\": {\"notes\": \"";
    std::string tail = "\"}}";
    return head + std::string(length - head.size() - tail.size(), 'y') + tail;
  };
  const std::string text = "\xEF\xBB\xBF{\"id\": \"a\"}\r\n"
                           "\n"
                           "   \t\n"
                           "{\"id\": \"b\"}\n" +
                           row_of("at-limit", limit) + "\r\n" +   // CRLF just past the limit: read
                           row_of("over", limit + 1) + "\n" +      // one byte too many: rejected
                           row_of("over-cr", limit) + "\r\r\n" +  // a CR and one more: rejected
                           "{\"id\": \"c\"}";                     // no final line break
  std::istringstream whole_in(text);
  const std::vector<Seen> whole = read_all(whole_in);
  REQUIRE(whole.size() == 6);
  CHECK(whole[0].id == "a");
  CHECK(whole[2].id == "at-limit");
  CHECK(whole[3].status == Status::rejected);
  CHECK(whole[4].status == Status::rejected);
  CHECK(whole[5].id == "c");
  CHECK(whole[5].line == 8);

  for (std::size_t size : {1, 2, 7, 4096}) {
    SmallBuffer buffer(text, size);
    std::istream in(&buffer);
    INFO("buffer of " << size);
    CHECK(read_all(in) == whole);
  }
  NoBuffer unbuffered(text);
  std::istream in(&unbuffered);
  CHECK(read_all(in) == whole);
}
