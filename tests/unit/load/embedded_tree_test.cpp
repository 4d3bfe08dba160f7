// The embedded national rules carry the image of each file's YAML tree,
// made at build time, so start-up parses no YAML; each image must be the
// tree the parser gives for the embedded text, or a stale or missing image
// would change what apdr reads.
#include <catch2/catch.hpp>

#include "embedded/embedded_files.hpp"
#include "same_tree.hpp"
#include "yaml/read_yaml.hpp"
#include "yaml/tree_image.hpp"

using namespace apdr;

TEST_CASE("every embedded rule file has the image of the tree its text parses to") {
  REQUIRE_FALSE(embedded::files().empty());
  for (const auto& file : embedded::files()) {
    INFO(file.path);
    std::string display = "apdr:" + std::string(file.path);
    yaml::Origin origin{display};
    origin.keep_repeated_keys = true;
    Diagnostics diagnostics;
    auto parsed = yaml::read_yaml(file.text, origin, diagnostics);
    REQUIRE(parsed);
    REQUIRE_FALSE(file.tree.empty());
    auto imaged = yaml::read_tree_image(file.tree, display);
    REQUIRE(imaged);
    std::string where;
    bool same = testing::same_tree(*parsed, *imaged, where);
    INFO("differs at " << where);
    CHECK(same);
  }
}
