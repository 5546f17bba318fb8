// Checking JSON documents against the kit's JSON Schemas (data/schema/), so that the schema
// files are the one statement of each data format.
#ifndef NEWSDESK_TOOLS_JSON_SCHEMA_HPP
#define NEWSDESK_TOOLS_JSON_SCHEMA_HPP

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace newsdesk {

// SchemaProblem
//
// One way a document breaks its schema: the JSON path of the value ("articles[3].date", or
// empty for the whole document) and what was expected.
struct SchemaProblem {
  std::string path;
  std::string message;

  friend bool operator==(const SchemaProblem&, const SchemaProblem&) = default;
};

// check_schema()
//
// Every way `document` breaks `schema`, in document order; empty when it conforms.
// Supported (the JSON Schema 2020-12 keywords the kit's schemas use): type (one or a list),
// enum, required, properties, additionalProperties (true or false), items, minimum, maximum,
// minLength (in code points), pattern (ECMAScript, searched as the standard says), format
// "date" (asserted: a real calendar date YYYY-MM-DD; other formats are ignored) and $ref to
// "#/$defs/NAME". The annotations $schema, $id, title and description are ignored.
//
// Example:
//   check_schema(json::parse(R"({"date": 7})"),
//                json::parse(R"({"properties": {"date": {"type": "string"}}})"))
//   // => {{"date", "expected a string, got 7"}}
//
// Errors: throws std::invalid_argument when the schema uses a keyword not listed above, so a
// schema is never checked only in part.
[[nodiscard]] std::vector<SchemaProblem> check_schema(const nlohmann::json& document,
                                                      const nlohmann::json& schema);

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_JSON_SCHEMA_HPP
