// Citations at section level (engine/evaluate/citations.hpp): the label
// and the link a renderer shows for `id#locator`.
#include <catch2/catch.hpp>

#include "evaluate/citations.hpp"

using namespace apdr;

namespace {

check::SourceDef act() {
  return {"cfa2014", "Children and Families Act 2014", "2014-03", "https://www.legislation.gov.uk/ukpga/2014/6/part/3",
          "https://www.legislation.gov.uk/ukpga/2014/6/section/{n}", "section"};
}

}  // namespace

TEST_CASE("a section citation links to that section and reads as its section") {
  auto c = eval::citation_of(act(), "cfa2014#s36(8)");
  CHECK(c.cite == "cfa2014#s36(8)");
  CHECK(c.label == "Children and Families Act 2014, section 36(8)");
  CHECK(c.url == "https://www.legislation.gov.uk/ukpga/2014/6/section/36");
}

TEST_CASE("a regulation or rule citation takes the first number of its locator") {
  check::SourceDef regs{"sendregs2014", "The SEND Regulations 2014", "", "",
                        "https://www.legislation.gov.uk/uksi/2014/1530/regulation/{n}", "regulation"};
  auto c = eval::citation_of(regs, "sendregs2014#reg20(10)");
  CHECK(c.label == "The SEND Regulations 2014, regulation 20(10)");
  CHECK(c.url == "https://www.legislation.gov.uk/uksi/2014/1530/regulation/20");
  check::SourceDef rules{"hesc2008", "HESC Rules 2008", "", "", "https://www.legislation.gov.uk/uksi/2008/2699/rule/{n}",
                         "rule"};
  CHECK(eval::citation_of(rules, "hesc2008#r20(1)(c)").url == "https://www.legislation.gov.uk/uksi/2008/2699/rule/20");
}

TEST_CASE("a source without section_url gives a label and no link of its own") {
  check::SourceDef code{"cop", "SEND Code of Practice", "2015-01", "https://www.gov.uk/cop", "", ""};
  auto c = eval::citation_of(code, "cop#6.59");
  CHECK(c.label == "SEND Code of Practice, 6.59");
  CHECK(c.url.empty());
  // Without section_name the locator is kept as written.
  CHECK(eval::citation_of(code, "cop#ch6").label == "SEND Code of Practice, ch6");
}

TEST_CASE("a locator with no number gets no section link") {
  auto c = eval::citation_of(act(), "cfa2014#part");
  CHECK(c.url.empty());
  CHECK(c.label == "Children and Families Act 2014, part");
}

TEST_CASE("citations sort by the locator's number, not its text") {
  auto s9 = eval::citation_of(act(), "cfa2014#s9");
  auto s36_1 = eval::citation_of(act(), "cfa2014#s36(1)");
  auto s36_8 = eval::citation_of(act(), "cfa2014#s36(8)");
  CHECK(eval::cites_before(s9, s36_1));
  CHECK_FALSE(eval::cites_before(s36_1, s9));
  CHECK(eval::cites_before(s36_1, s36_8));
  CHECK_FALSE(eval::cites_before(s36_8, s36_8));
}
