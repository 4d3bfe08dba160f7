// Citations at section level (engine/check/citation.hpp): the label
// and the link a renderer shows for `id#locator`.
#include <catch2/catch.hpp>

#include "check/citation.hpp"

using namespace apdr;

namespace {

check::SourceDef act() {
  return {"cfa2014", "Children and Families Act 2014", "2014-03", "https://www.legislation.gov.uk/ukpga/2014/6/part/3",
          "https://www.legislation.gov.uk/ukpga/2014/6/section/{n}", "section"};
}

}  // namespace

TEST_CASE("a section citation links to that section and reads as its section") {
  auto c = check::citation_of(act(), "cfa2014#s36(8)");
  CHECK(c.cite == "cfa2014#s36(8)");
  CHECK(c.label == "Children and Families Act 2014, section 36(8)");
  CHECK(c.url == "https://www.legislation.gov.uk/ukpga/2014/6/section/36");
}

TEST_CASE("a regulation or rule citation takes the first number of its locator") {
  check::SourceDef regs{"sendregs2014", "The SEND Regulations 2014", "", "",
                        "https://www.legislation.gov.uk/uksi/2014/1530/regulation/{n}", "regulation"};
  auto c = check::citation_of(regs, "sendregs2014#reg20(10)");
  CHECK(c.label == "The SEND Regulations 2014, regulation 20(10)");
  CHECK(c.url == "https://www.legislation.gov.uk/uksi/2014/1530/regulation/20");
  check::SourceDef rules{"hesc2008", "HESC Rules 2008", "", "", "https://www.legislation.gov.uk/uksi/2008/2699/rule/{n}",
                         "rule"};
  CHECK(check::citation_of(rules, "hesc2008#r20(1)(c)").url == "https://www.legislation.gov.uk/uksi/2008/2699/rule/20");
}

TEST_CASE("a source without section_url gives a label and no link of its own") {
  check::SourceDef code{"cop", "SEND Code of Practice", "2015-01", "https://www.gov.uk/cop", "", ""};
  auto c = check::citation_of(code, "cop#6.59");
  CHECK(c.label == "SEND Code of Practice, 6.59");
  CHECK(c.url.empty());
  // Without section_name the locator is kept as written.
  CHECK(check::citation_of(code, "cop#ch6").label == "SEND Code of Practice, ch6");
}

TEST_CASE("a locator with no number gets no section link") {
  auto c = check::citation_of(act(), "cfa2014#part");
  CHECK(c.url.empty());
  CHECK(c.label == "Children and Families Act 2014, part");
}

TEST_CASE("citations sort by the locator's number, not its text") {
  auto s9 = check::citation_of(act(), "cfa2014#s9");
  auto s36_1 = check::citation_of(act(), "cfa2014#s36(1)");
  auto s36_8 = check::citation_of(act(), "cfa2014#s36(8)");
  CHECK(check::cites_before(s9, s36_1));
  CHECK_FALSE(check::cites_before(s36_1, s9));
  CHECK(check::cites_before(s36_1, s36_8));
  CHECK_FALSE(check::cites_before(s36_8, s36_8));
}

TEST_CASE("check works out each cited place once, and finds it by its citation") {
  check::Model model;
  model.sources.push_back(act());
  check::Provision cited;
  cited.source = "cfa2014#s36(8)";
  check::Provision again = cited;  // the same place twice is worked out once
  check::Provision bare;
  bare.source = "cfa2014";         // no locator: nothing to work out
  model.provision = {cited, again, bare};
  check::Step unknown_source;
  unknown_source.source = "nowhere#s1";
  model.steps.push_back(unknown_source);
  check::fill_citations(model);
  REQUIRE(model.citations.size() == 1);
  const check::Citation* found = check::find_citation(model, "cfa2014#s36(8)");
  REQUIRE(found);
  CHECK(found->label == "Children and Families Act 2014, section 36(8)");
  CHECK(found->url == "https://www.legislation.gov.uk/ukpga/2014/6/section/36");
  CHECK(check::find_citation(model, "cfa2014#s9") == nullptr);
  CHECK(check::find_citation(model, "nowhere#s1") == nullptr);
}
