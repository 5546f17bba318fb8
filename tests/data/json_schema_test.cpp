// Tests of the schema checker behind `newsdesk validate-data` (tools/newsdesk/json_schema.hpp):
// schemas it cannot apply are named with the JSON path in the schema, and no document, however
// deep or long, makes it recurse without bound or quote more than the start of a value.
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "json_schema.hpp"

using nlohmann::json;

namespace newsdesk {

std::ostream& operator<<(std::ostream& out, const SchemaProblem& problem) {
  return out << '{' << problem.path << ": " << problem.message << '}';
}

std::ostream& operator<<(std::ostream& out, const std::vector<SchemaProblem>& problems) {
  for (const SchemaProblem& problem : problems) out << problem << ' ';
  return out;
}

}  // namespace newsdesk

namespace {

// `count` arrays, one inside the other, as JSON text: "[[[]]]" for 3.
std::string nested_arrays(std::size_t count) {
  return std::string(count, '[') + std::string(count, ']');
}

// The path of the innermost of `count` nested arrays: "[0][0]" for 3.
std::string nested_path(std::string path, std::size_t count) {
  for (std::size_t i = 1; i < count; ++i) path += "[0]";
  return path;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_schema)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::schema_errors(json::parse(R"({"properties": {"id": {"multipleOf": 2}}})")) ==
             (std::vector<newsdesk::SchemaProblem>{
                 {"properties.id.multipleOf", "unsupported keyword \"multipleOf\""}}));
  BOOST_TEST(newsdesk::check_schema(
                 json::parse(R"({"date": 7})"),
                 json::parse(R"({"properties": {"date": {"type": "string"}}})")) ==
             (std::vector<newsdesk::SchemaProblem>{{"date", "expected a string, got 7"}}));
  BOOST_TEST(newsdesk::json_excerpt(json("Waterways forum backs emergency water-sharing pilot"),
                                    20) == "\"Waterways forum bac...");
}

BOOST_AUTO_TEST_CASE(checks_each_schema_keyword) {
  const json schema = json::parse(R"({
    "type": "object", "required": ["id", "tags"], "additionalProperties": false,
    "properties": {
      "id": {"type": "integer", "minimum": 1, "maximum": 9},
      "name": {"type": ["string", "null"], "minLength": 2, "pattern": "^[a-z]+$"},
      "kind": {"enum": ["a", "b"]},
      "tags": {"type": "array", "items": {"$ref": "#/$defs/tag"}}
    },
    "$defs": {"tag": {"type": "string"}}
  })");
  struct Row {
    std::string document;
    std::vector<newsdesk::SchemaProblem> expected;
  };
  const std::vector<Row> rows = {
      {R"({"id": 3, "tags": [], "name": null})", {}},
      {R"([])", {{"", "expected an object, got []"}}},
      {R"({"tags": []})", {{"", "missing field \"id\""}}},
      {R"({"id": 0, "tags": []})", {{"id", "expected at least 1, got 0"}}},
      {R"({"id": 10, "tags": []})", {{"id", "expected at most 9, got 10"}}},
      {R"({"id": 1.5, "tags": []})", {{"id", "expected an integer, got 1.5"}}},
      {R"({"id": 1, "tags": [], "name": "é"})",
       {{"name", "expected at least 2 characters, got \"é\""},
        {"name", "expected a string matching \"^[a-z]+$\", got \"é\""}}},
      {R"({"id": 1, "tags": [], "kind": "c"})", {{"kind", "expected one of [\"a\",\"b\"], got \"c\""}}},
      {R"({"id": 1, "tags": ["x", 2]})", {{"tags[1]", "expected a string, got 2"}}},
      {R"({"id": 1, "tags": [], "extra": true})", {{"", "unexpected field \"extra\""}}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("document: " << row.document) {
      BOOST_TEST(newsdesk::check_schema(json::parse(row.document), schema) == row.expected);
    }
  }
  BOOST_CHECK_THROW(static_cast<void>(newsdesk::check_schema(
                        json(1), json::parse(R"({"multipleOf": 2})"))),
                    std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(names_what_a_schema_gets_wrong_by_its_path_in_the_schema) {
  struct Row {
    std::string schema;
    std::vector<newsdesk::SchemaProblem> expected;
  };
  const std::vector<Row> rows = {
      {R"({"type": "string", "pattern": "^[a-z]+$", "$defs": {"a": true}, "items": {"$ref": "#/$defs/a"}})",
       {}},
      {R"(true)", {}},
      {R"(3)", {{"", "expected a schema (an object, true or false), got 3"}}},
      {R"({"type": "text"})",
       {{"type", "expected a type name (array, boolean, integer, null, number, object, string) "
                 "or a list of them, got \"text\""}}},
      {R"({"required": "id"})", {{"required", "expected an array of strings, got \"id\""}}},
      {R"({"minLength": -1})", {{"minLength", "expected an integer >= 0, got -1"}}},
      {R"({"properties": {"date": {"pattern": "^(a|b)$"}}})",
       {{"properties.date.pattern", "\"^(a|b)$\" is not a pattern this checker supports: \"|\" "
                                    "at byte 3 is not supported (see tools/newsdesk/pattern.hpp)"}}},
      {R"({"items": [{"type": "string"}]})",
       {{"items", "an array of schemas (draft 7's tuple form, prefixItems in 2020-12) is not "
                  "supported: give one schema for every element"}}},
      {R"({"$ref": "#/$defs/missing"})",
       {{"$ref", "\"#/$defs/missing\" points to nothing in this schema"}}},
      {R"({"$ref": "other.json#/a"})",
       {{"$ref", "\"other.json#/a\" is not supported: only a JSON Pointer into this schema, such "
                 "as \"#/$defs/name\""}}},
      {R"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}})",
       {{"$defs.a.$ref", "\"#/$defs/b\" leads back to itself through $ref alone"},
        {"$defs.b.$ref", "\"#/$defs/a\" leads back to itself through $ref alone"}}},
      {R"({"$ref": "#"})", {{"$ref", "\"#\" leads back to itself through $ref alone"}}},
      {R"({"enum": [{"maxLength": 1}], "items": {"$ref": "#/enum/0"}})",
       {{"items.$ref", "points to a value that is not read as a schema: a $ref must point to a "
                       "schema under properties, additionalProperties, items or $defs, or to "
                       "\"#\""}}},
      {R"({"$schema": "http://json-schema.org/draft-07/schema#"})",
       {{"$schema", "expected \"https://json-schema.org/draft/2020-12/schema\", the draft this "
                    "checker implements, got \"http://json-schema.org/draft-07/schema#\""}}},
      {R"({"properties": {"a": {"$id": "a.json"}}})",
       {{"properties.a.$id", "$id is supported only at the root of the schema, where it changes "
                             "nothing"}}},
      {R"({"properties": {"a": {"maxLength": 2}}, "if": true})",
       {{"if", "unsupported keyword \"if\""},
        {"properties.a.maxLength", "unsupported keyword \"maxLength\""}}},
      {R"({"enum": [)" + nested_arrays(70) + "]}",
       {{nested_path("enum[0]", 64), "nesting deeper than 64 levels"}}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("schema: " << row.schema) {
      BOOST_TEST(newsdesk::schema_errors(json::parse(row.schema)) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(refuses_to_check_against_a_schema_it_cannot_apply) {
  BOOST_CHECK_EXCEPTION(
      static_cast<void>(newsdesk::check_schema(json(1), json::parse(R"({"multipleOf": 2})"))),
      std::invalid_argument, [](const std::invalid_argument& error) {
        BOOST_TEST(error.what() == std::string("schema: multipleOf: unsupported keyword "
                                               "\"multipleOf\""));
        return true;
      });
}

BOOST_AUTO_TEST_CASE(applies_boolean_schemas_and_a_schema_for_additional_properties) {
  const json schema = json::parse(R"({
    "properties": {"id": true, "gone": false, "tags": {"items": false}},
    "additionalProperties": {"type": "integer"}
  })");
  struct Row {
    std::string document;
    std::vector<newsdesk::SchemaProblem> expected;
  };
  const std::vector<Row> rows = {
      {R"({"id": "x", "count": 3, "tags": []})", {}},
      {R"({"gone": 1})", {{"gone", "expected nothing here (the schema is false), got 1"}}},
      {R"({"tags": ["a"]})", {{"tags[0]", "expected nothing here (the schema is false), got \"a\""}}},
      {R"({"count": "3"})", {{"count", "expected an integer, got \"3\""}}},
      {R"({"count": 3.0})", {{"count", "expected an integer, got 3.0"}}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("document: " << row.document) {
      BOOST_TEST(newsdesk::check_schema(json::parse(row.document), schema) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(follows_a_ref_to_any_json_pointer_in_the_schema) {
  const json schema = json::parse(R"({
    "properties": {"node": {"$ref": "#"}, "size": {"$ref": "#/definitions/size"}},
    "definitions": {"size": {"type": "integer", "minimum": 0}}
  })");
  BOOST_TEST(newsdesk::check_schema(json::parse(R"({"node": {"node": {"size": 2}}})"), schema)
                 .empty());
  BOOST_TEST(newsdesk::check_schema(json::parse(R"({"node": {"node": {"size": -2}}})"), schema) ==
             (std::vector<newsdesk::SchemaProblem>{
                 {"node.node.size", "expected at least 0, got -2"}}));
}

BOOST_AUTO_TEST_CASE(reports_nesting_deeper_than_the_limit_once_and_does_not_recurse) {
  const json schema = json::parse(R"({"items": {"$ref": "#"}})");
  BOOST_TEST(newsdesk::check_schema(json::parse(nested_arrays(65)), schema).empty());
  BOOST_TEST(newsdesk::check_schema(json::parse(nested_arrays(66)), schema) ==
             (std::vector<newsdesk::SchemaProblem>{
                 {nested_path("", 66), "nesting deeper than 64 levels"}}));
  // 100,000 levels: nlohmann::json parses and frees them without recursing, and so must the
  // checker and the quoting of the value in a message.
  const json deep = json::parse(nested_arrays(100'000));
  const std::vector<newsdesk::SchemaProblem> problems =
      newsdesk::check_schema(deep, json::parse(R"({"type": "object"})"));
  BOOST_TEST_REQUIRE(problems.size() == 2u);
  BOOST_TEST(problems[0] ==
             (newsdesk::SchemaProblem{nested_path("", 66), "nesting deeper than 64 levels"}));
  BOOST_TEST(problems[1] ==
             (newsdesk::SchemaProblem{"", "expected an object, got " +
                                              std::string(100, '[') + "..."}));
}

BOOST_AUTO_TEST_CASE(quotes_only_the_start_of_a_long_value) {
  struct Row {
    json value;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {json("short"), "\"short\""},
      {json(std::string(10'000'000, 'x')), "\"" + std::string(99, 'x') + "..."},
      // Never cut inside a UTF-8 sequence: "é" is two bytes.
      {json("a" + std::string(60, 'x') + std::string(40, 'y') + "é"),
       "\"a" + std::string(60, 'x') + std::string(38, 'y') + "..."},
      {json(std::string(98, 'x') + "é"), "\"" + std::string(98, 'x') + "..."},
      {json::parse(R"({"a": [1, 2, {"b": null}]})"), R"({"a":[1,2,{"b":null}]})"},
      {json(std::string("\xFF")), "\"\xEF\xBF\xBD\""},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("value: " << newsdesk::json_excerpt(row.value, 30)) {
      BOOST_TEST(newsdesk::json_excerpt(row.value) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
