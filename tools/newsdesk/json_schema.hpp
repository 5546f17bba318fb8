// Checking JSON documents against the kit's JSON Schemas (data/schema/), so that the schema
// files are the one statement of each data format.
//
// The checker implements these keywords of JSON Schema 2020-12, the ones the kit's schemas
// use, and rejects a schema with any other keyword, so that a schema is never checked only
// in part:
//   - type (one name or a list), enum, required, properties, additionalProperties, items
//     (one schema for every element), minimum, maximum, minLength (in code points);
//   - pattern, in the subset of ECMAScript regular expressions of pattern.hpp, searched for
//     as the standard says (the schemas anchor theirs with ^ and $);
//   - format: "date" is asserted (a real calendar date YYYY-MM-DD); any other format is only
//     an annotation, as the standard allows;
//   - $ref to a JSON Pointer in the same schema ("#", "#/$defs/span"), and $defs to hold the
//     schemas it points to ("definitions", draft 7's name for $defs, is accepted too);
//   - true and false as schemas (anything is valid, nothing is valid);
//   - the annotations $schema (which must name 2020-12), $id (at the root only), $comment,
//     title and description, which change nothing.
// An "integer" is a number written without a fraction or an exponent, as the kit's formats
// require: 1.0 is not one here, where the standard would accept it.
// tests/data/json_schema_suite_test.cpp runs the JSON Schema Test Suite's files of these
// keywords, and lists the groups of cases whose schemas the checker rejects, with the reason.
#ifndef NEWSDESK_TOOLS_JSON_SCHEMA_HPP
#define NEWSDESK_TOOLS_JSON_SCHEMA_HPP

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace newsdesk {

// How many arrays and objects a value may be inside, in a document or a schema. A value
// deeper than that is reported once and not looked into, so that no check recurses without
// bound (nlohmann::json itself parses and frees any depth without recursing).
inline constexpr std::size_t kMaxNesting = 64;

// How many characters of a value a message quotes (json_excerpt()).
inline constexpr std::size_t kMaxExcerpt = 100;

// SchemaProblem
//
// One way a document breaks its schema, or a schema is not one the checker can apply: the
// JSON path of the value ("articles[3].date", "properties.date.pattern", or empty for the
// whole document) and what was expected.
struct SchemaProblem {
  std::string path;
  std::string message;

  friend bool operator==(const SchemaProblem&, const SchemaProblem&) = default;
};

// schema_errors()
//
// Every way `schema` is not a schema this checker can apply (a keyword it does not know, an
// argument of the wrong kind, a pattern outside pattern.hpp's subset, a $ref to nothing, to a
// value that is not a schema, or in a loop), in schema order with the $ref targets last;
// empty when it can be applied.
//
// Example:
//   schema_errors(json::parse(R"({"properties": {"id": {"multipleOf": 2}}})"))
//   // => {{"properties.id.multipleOf", "unsupported keyword \"multipleOf\""}}
//
// Errors: none.
[[nodiscard]] std::vector<SchemaProblem> schema_errors(const nlohmann::json& schema);

// check_schema()
//
// Every way `document` breaks `schema`, in document order; empty when it conforms. A value
// inside more than kMaxNesting arrays and objects gives the problem "nesting deeper than 64
// levels" at its path, first, and nothing inside it is checked.
//
// Example:
//   check_schema(json::parse(R"({"date": 7})"),
//                json::parse(R"({"properties": {"date": {"type": "string"}}})"))
//   // => {{"date", "expected a string, got 7"}}
//
// Errors: throws std::invalid_argument when schema_errors(schema) is not empty, with the
// first of them as "schema: PATH: message".
[[nodiscard]] std::vector<SchemaProblem> check_schema(const nlohmann::json& document,
                                                      const nlohmann::json& schema);

// json_excerpt()
//
// `value` as compact JSON for a message, cut after `max_length` bytes (never inside a UTF-8
// sequence) with "..." to show the cut, so that a message never holds a whole large value.
// Bytes that are not UTF-8 are written as U+FFFD.
//
// Example:
//   json_excerpt(json("Waterways forum backs emergency water-sharing pilot"), 20)
//   // => "\"Waterways forum bac..."
//
// Complexity: O(max_length), whatever the size or depth of `value`.
// Errors: none.
[[nodiscard]] std::string json_excerpt(const nlohmann::json& value,
                                       std::size_t max_length = kMaxExcerpt);

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_JSON_SCHEMA_HPP
