// The JSON Schema Test Suite (github.com/json-schema-org/JSON-Schema-Test-Suite, Debian's
// package json-schema-test-suite) run against check_schema(), for exactly the keywords that
// json_schema.hpp says the checker supports: one test case per keyword file.
//
// The checker implements 2020-12; the package holds the suite for drafts 3 to 7 only, so the
// draft 7 files are run. On these keywords the two drafts agree, except in the groups that
// kNotSupported lists: each of those has a schema that schema_errors() rejects, for the
// reason given. A listed group the checker comes to accept fails the test, so the list can
// only shrink.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "corpus.hpp"
#include "json_schema.hpp"
#include "json_schema_suite_dir.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct NotSupported {
  std::string file;
  std::string group;  // the group's "description" in the file
  std::string reason;
};

const std::vector<NotSupported> kNotSupported = {
    {"properties", "properties, patternProperties, additionalProperties interaction",
     "uses patternProperties, minItems and maxItems, which the kit's schemas do not"},
    {"additionalProperties", "additionalProperties being false does not allow other properties",
     "uses patternProperties"},
    {"additionalProperties", "non-ASCII pattern with additionalProperties",
     "uses patternProperties"},
    {"items", "an array of schemas for items",
     "items as an array is draft 7's tuple form; 2020-12 calls it prefixItems"},
    {"items", "items with boolean schemas", "items as an array (draft 7's tuple form)"},
    {"ref", "relative pointer ref to array", "items as an array (draft 7's tuple form)"},
    {"ref", "escaped pointer ref",
     "the schema holds members that are no keyword (\"tilda~field\"), which the checker rejects "
     "so that a misspelt keyword is never ignored; and its $ref is percent-encoded"},
    {"ref", "ref overrides any sibling keywords",
     "draft 7 ignores the keywords beside a $ref, 2020-12 applies them; and it uses maxItems"},
    {"ref", "remote ref, containing refs itself",
     "a $ref to another document (the draft 7 meta-schema), which the checker cannot fetch"},
    {"ref", "Recursive references between schemas",
     "$id in a subschema, and $refs resolved against it"},
    {"definitions", "valid definition", "a $ref to another document (the draft 7 meta-schema)"},
    {"definitions", "invalid definition", "a $ref to another document (the draft 7 meta-schema)"},
};

const NotSupported* find_not_supported(const std::string& file, const std::string& group) {
  const auto found =
      std::find_if(kNotSupported.begin(), kNotSupported.end(), [&](const NotSupported& listed) {
        return listed.file == file && listed.group == group;
      });
  return found == kNotSupported.end() ? nullptr : &*found;
}

// Runs every case of the suite's draft 7 file `name` (such as "type" or "optional/format/date")
// and prints how many ran, passed, and were skipped as listed in kNotSupported.
void run_suite_file(const std::string& name) {
  const fs::path file = fs::path(newsdesk::testing::kJsonSchemaSuiteDir) / "tests/draft7" /
                        (name + ".json");
  BOOST_TEST_REQUIRE(fs::is_regular_file(file),
                     file.generic_string()
                         << " is missing: install the JSON Schema Test Suite, on Debian or Ubuntu "
                            "with `sudo apt-get install json-schema-test-suite`, or configure "
                            "with -DNEWSDESK_JSON_SCHEMA_TEST_SUITE=<a checkout of the suite>");
  const json groups = json::parse(newsdesk::testing::read_file(file));
  std::size_t run = 0;
  std::size_t passed = 0;
  std::size_t skipped = 0;
  for (const json& group : groups) {
    const std::string description = group.at("description").get<std::string>();
    const json& schema = group.at("schema");
    const std::vector<newsdesk::SchemaProblem> errors = newsdesk::schema_errors(schema);
    BOOST_TEST_CONTEXT(name << ".json: " << description) {
      if (const NotSupported* listed = find_not_supported(name, description)) {
        BOOST_TEST(!errors.empty(), "listed as not supported (" << listed->reason
                                        << "), but the checker accepts the schema now: take it "
                                           "off kNotSupported");
        skipped += group.at("tests").size();
        continue;
      }
      if (!errors.empty()) {
        BOOST_ERROR("the checker rejects the schema: " << errors.front().path << ": "
                                                       << errors.front().message);
        continue;
      }
      for (const json& test : group.at("tests")) {
        ++run;
        const bool valid = newsdesk::check_schema(test.at("data"), schema).empty();
        const bool expected = test.at("valid").get<bool>();
        BOOST_TEST(valid == expected, test.at("description").get<std::string>()
                                          << ": data " << test.at("data").dump() << " should be "
                                          << (expected ? "valid" : "invalid"));
        passed += valid == expected ? 1 : 0;
      }
    }
  }
  BOOST_TEST_MESSAGE(name << ".json: " << run << " cases run, " << passed << " passed, "
                          << skipped << " not supported (listed)");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_schema_test_suite)

BOOST_AUTO_TEST_CASE(follows_the_suite_on_type) { run_suite_file("type"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_enum) { run_suite_file("enum"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_required) { run_suite_file("required"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_properties) { run_suite_file("properties"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_additional_properties) {
  run_suite_file("additionalProperties");
}
BOOST_AUTO_TEST_CASE(follows_the_suite_on_items) { run_suite_file("items"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_minimum) { run_suite_file("minimum"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_maximum) { run_suite_file("maximum"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_min_length) { run_suite_file("minLength"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_pattern) { run_suite_file("pattern"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_format_date) { run_suite_file("optional/format/date"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_ref) { run_suite_file("ref"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_definitions) { run_suite_file("definitions"); }
BOOST_AUTO_TEST_CASE(follows_the_suite_on_boolean_schemas) { run_suite_file("boolean_schema"); }

BOOST_AUTO_TEST_SUITE_END()
