#include "json_schema.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pattern.hpp"

namespace newsdesk {

namespace {

using nlohmann::json;

constexpr std::string_view kDraft = "https://json-schema.org/draft/2020-12/schema";
constexpr std::array<std::string_view, 7> kTypeNames = {"array",  "boolean", "integer", "null",
                                                        "number", "object",  "string"};

std::string nesting_message() {
  return fmt::format("nesting deeper than {} levels", kMaxNesting);
}

// The first bytes of `text`, at most `max_length`, cut back to the start of a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view text, std::size_t max_length) {
  if (text.size() <= max_length) {
    return text;
  }
  std::size_t end = max_length;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0u) == 0x80u) {
    --end;
  }
  return text.substr(0, end);
}

// A key in a JSON path; a key longer than a message can hold is cut.
std::string member_path(const std::string& path, std::string_view key) {
  std::string shown(utf8_prefix(key, kMaxExcerpt));
  if (shown.size() < key.size()) {
    shown += "...";
  }
  return path.empty() ? shown : fmt::format("{}.{}", path, shown);
}

std::string index_path(const std::string& path, std::size_t index) {
  return fmt::format("{}[{}]", path, index);
}

void append_string(std::string_view text, std::size_t max_length, std::string& out) {
  out += json(std::string(utf8_prefix(text, max_length + 1)))
             .dump(-1, ' ', false, json::error_handler_t::replace);
}

// Writes `value` as compact JSON to `out` and stops soon after `out` holds more than
// `max_length` bytes. Each level of nesting writes a bracket first, so the recursion is never
// deeper than `max_length` + 1 calls, however deep `value` is.
void append_excerpt(const json& value, std::size_t max_length, std::string& out) {
  if (value.is_object()) {
    out += '{';
    for (auto member = value.begin(); member != value.end() && out.size() <= max_length;
         ++member) {
      if (member != value.begin()) out += ',';
      append_string(member.key(), max_length, out);
      out += ':';
      append_excerpt(member.value(), max_length, out);
    }
    out += '}';
  } else if (value.is_array()) {
    out += '[';
    for (std::size_t i = 0; i < value.size() && out.size() <= max_length; ++i) {
      if (i > 0) out += ',';
      append_excerpt(value[i], max_length, out);
    }
    out += ']';
  } else if (value.is_string()) {
    append_string(value.get_ref<const std::string&>(), max_length, out);
  } else {
    out += value.dump();
  }
}

// The path of the first value, in document order, that is inside more than kMaxNesting arrays
// and objects, counting `depth` of them around `value`. It stops there, so the recursion is at
// most kMaxNesting + 1 calls deep.
std::optional<std::string> first_too_deep(const json& value, const std::string& path,
                                          std::size_t depth) {
  if (depth > kMaxNesting) {
    return path;
  }
  // Only a container can hold a value too deep, unless this level's children already are.
  const auto worth_a_look = [&](const json& child) {
    return child.is_structured() || depth + 1 > kMaxNesting;
  };
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (!worth_a_look(value[i])) continue;
      if (auto found = first_too_deep(value[i], index_path(path, i), depth + 1)) return found;
    }
  } else if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      if (!worth_a_look(member)) continue;
      if (auto found = first_too_deep(member, member_path(path, key), depth + 1)) return found;
    }
  }
  return std::nullopt;
}

// The schema that `reference`, a URI fragment holding a JSON Pointer ("#", "#/$defs/span"),
// points to in `root`; nullptr, with the reason in `why`, when it points to nothing or is not
// of that form.
const json* resolve_reference(const json& root, const std::string& reference, std::string& why) {
  if (!reference.starts_with('#') || reference.find('%') != std::string::npos) {
    why = fmt::format(
        "{} is not supported: only a JSON Pointer into this schema, such as \"#/$defs/name\"",
        json_excerpt(json(reference)));
    return nullptr;
  }
  try {
    const json::json_pointer pointer(reference.substr(1));
    if (root.contains(pointer)) {
      return &root.at(pointer);
    }
  } catch (const json::exception&) {
    // Not a JSON Pointer: reported below like one that points to nothing.
  }
  why = fmt::format("{} points to nothing in this schema", json_excerpt(json(reference)));
  return nullptr;
}

// Whether `value` is an integer >= 0, however nlohmann::json stores it.
bool is_count(const json& value) {
  return value.is_number_unsigned() ||
         (value.is_number_integer() && value.get<std::int64_t>() >= 0);
}

// The number written by the ASCII digits `digits`, or nothing if they are not all digits.
std::optional<unsigned> parse_digits(std::string_view digits) {
  unsigned number = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    number = number * 10 + static_cast<unsigned>(c - '0');
  }
  return number;
}

// Whether `text` is a calendar date written YYYY-MM-DD, as the format "date" (RFC 3339
// full-date) asks; std::chrono knows the leap years.
bool is_calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return false;
  }
  const std::optional<unsigned> year = parse_digits(text.substr(0, 4));
  const std::optional<unsigned> month = parse_digits(text.substr(5, 2));
  const std::optional<unsigned> day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day) {
    return false;
  }
  const std::chrono::year_month_day date{std::chrono::year{static_cast<int>(*year)},
                                         std::chrono::month{*month}, std::chrono::day{*day}};
  return date.ok();
}

// Whether `value` is of the JSON Schema type `type`. An integer is also a "number". An
// "integer" is a number written without a fraction or an exponent (see json_schema.hpp).
bool has_type(const json& value, std::string_view type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "boolean") return value.is_boolean();
  if (type == "null") return value.is_null();
  if (type == "integer") return value.is_number_integer();
  return value.is_number();  // "number": schema_errors() allows no other name
}

// "a string", "an object", "a string or null": how a problem names the expected types.
std::string describe_types(const json& types) {
  std::vector<std::string> names;
  for (const json& type : types.is_array() ? types : json::array({types})) {
    const std::string name = type.get<std::string>();
    const bool vowel = name == "object" || name == "array" || name == "integer";
    names.push_back(name == "null" ? name : fmt::format("{} {}", vowel ? "an" : "a", name));
  }
  return fmt::format("{}", fmt::join(names, " or "));
}

std::size_t count_code_points(const std::string& text) {
  // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  }));
}

// Reads a schema through as the Checker would apply it, and lists what it could not apply.
class SchemaReader {
 public:
  explicit SchemaReader(const json& root) : root_(root) {}

  std::vector<SchemaProblem> problems;

  // `depth`: the arrays and objects around `schema` in the schema document.
  void read(const json& schema, const std::string& path, std::size_t depth) {
    if (depth > kMaxNesting) {
      report(path, nesting_message());
    } else if (!schema.is_object() && !schema.is_boolean()) {
      report(path, fmt::format("expected a schema (an object, true or false), got {}",
                               json_excerpt(schema)));
    } else if (schema.is_boolean()) {
      schemas_.insert(&schema);
    } else {
      schemas_.insert(&schema);
      for (const auto& [keyword, argument] : schema.items()) {
        read_keyword(schema, keyword, argument, member_path(path, keyword), depth);
      }
    }
  }

  // After read(): a $ref must point to a schema that read() went through, else the Checker
  // would apply a value whose keywords nobody checked (an element of an enum, say).
  void check_references() {
    for (const auto& [path, target] : references_) {
      if (!schemas_.contains(target)) {
        report(path, "points to a value that is not read as a schema: a $ref must point to a "
                     "schema under properties, additionalProperties, items or $defs, or to \"#\"");
      }
    }
  }

 private:
  const json& root_;
  // Every schema that read() went through, and every $ref with its path and its target.
  std::set<const json*> schemas_;
  std::vector<std::pair<std::string, const json*>> references_;

  void report(const std::string& path, std::string message) {
    problems.push_back({path, std::move(message)});
  }

  void expect(bool ok, const std::string& path, std::string_view expected, const json& got) {
    if (!ok) {
      report(path, fmt::format("expected {}, got {}", expected, json_excerpt(got)));
    }
  }

  static bool is_type_name(const json& name) {
    return name.is_string() &&
           std::find(kTypeNames.begin(), kTypeNames.end(), name.get<std::string>()) !=
               kTypeNames.end();
  }

  // `path` is the keyword's own, and `depth` that of the schema it is in.
  void read_keyword(const json& schema, const std::string& keyword, const json& argument,
                    const std::string& path, std::size_t depth) {
    if (keyword == "type") {
      const bool ok = is_type_name(argument) ||
                      (argument.is_array() && !argument.empty() &&
                       std::all_of(argument.begin(), argument.end(), is_type_name));
      expect(ok, path, fmt::format("a type name ({}) or a list of them", fmt::join(kTypeNames, ", ")),
             argument);
    } else if (keyword == "enum") {
      expect(argument.is_array(), path, "an array", argument);
      if (const auto deep = first_too_deep(argument, path, depth + 1)) {
        report(*deep, nesting_message());
      }
    } else if (keyword == "required") {
      expect(argument.is_array() && std::all_of(argument.begin(), argument.end(),
                                                [](const json& key) { return key.is_string(); }),
             path, "an array of strings", argument);
    } else if (keyword == "properties" || keyword == "$defs" || keyword == "definitions") {
      expect(argument.is_object(), path, "an object of schemas", argument);
      if (argument.is_object()) {
        for (const auto& [name, member] : argument.items()) {
          read(member, member_path(path, name), depth + 2);
        }
      }
    } else if (keyword == "additionalProperties") {
      read(argument, path, depth + 1);
    } else if (keyword == "items") {
      if (argument.is_array()) {
        report(path, "an array of schemas (draft 7's tuple form, prefixItems in 2020-12) is not "
                     "supported: give one schema for every element");
      } else {
        read(argument, path, depth + 1);
      }
    } else if (keyword == "minimum" || keyword == "maximum") {
      expect(argument.is_number(), path, "a number", argument);
    } else if (keyword == "minLength") {
      expect(is_count(argument), path, "an integer >= 0", argument);
    } else if (keyword == "pattern") {
      read_pattern(argument, path);
    } else if (keyword == "$ref") {
      read_reference(schema, argument, path);
    } else if (keyword == "$schema") {
      expect(argument == kDraft, path, fmt::format("\"{}\", the draft this checker implements", kDraft),
             argument);
    } else if (keyword == "$id") {
      expect(argument.is_string(), path, "a string", argument);
      if (depth > 0) {
        report(path, "$id is supported only at the root of the schema, where it changes nothing");
      }
    } else if (keyword == "format" || keyword == "$comment" || keyword == "title" ||
               keyword == "description") {
      expect(argument.is_string(), path, "a string", argument);
    } else {
      report(path, fmt::format("unsupported keyword {}", json_excerpt(json(keyword))));
    }
  }

  void read_pattern(const json& argument, const std::string& path) {
    if (!argument.is_string()) {
      expect(false, path, "a string", argument);
      return;
    }
    try {
      static_cast<void>(Pattern(argument.get<std::string>()));
    } catch (const std::invalid_argument& error) {
      report(path, fmt::format("{} is not a pattern this checker supports: {} (see "
                               "tools/newsdesk/pattern.hpp)",
                               json_excerpt(argument), error.what()));
    }
  }

  // A $ref must point to a schema, and a chain of $refs that comes back to where it has been
  // would check a value against itself forever (the Checker follows $ref without descending
  // into the value). A long chain is refused too, so that the Checker's recursion is bounded.
  void read_reference(const json& schema, const json& argument, const std::string& path) {
    if (!argument.is_string()) {
      expect(false, path, "a string", argument);
      return;
    }
    std::string why;
    const json* target = resolve_reference(root_, argument.get<std::string>(), why);
    if (target == nullptr) {
      report(path, why);
      return;
    }
    references_.emplace_back(path, target);
    std::set<const json*> passed = {&schema};
    while (target->is_object() && target->contains("$ref") && target->at("$ref").is_string()) {
      if (!passed.insert(target).second) {
        report(path, fmt::format("{} leads back to itself through $ref alone",
                                 json_excerpt(argument)));
        return;
      }
      if (passed.size() > kMaxNesting) {
        report(path, fmt::format("more than {} $refs in a row", kMaxNesting));
        return;
      }
      target = resolve_reference(root_, target->at("$ref").get<std::string>(), why);
      if (target == nullptr) {
        return;  // reported at that $ref
      }
    }
  }
};

// Applies a schema that SchemaReader accepted to a document.
class Checker {
 public:
  explicit Checker(const json& root_schema) : root_(root_schema) {}

  std::vector<SchemaProblem> problems;

  void report(const std::string& path, std::string message) {
    problems.push_back({path, std::move(message)});
  }

  // `depth`: the arrays and objects around `value` in the document.
  void check(const json& value, const json& schema, const std::string& path, std::size_t depth) {
    if (depth > kMaxNesting) {
      return;  // reported once, by check_schema()
    }
    if (schema.is_boolean()) {
      if (schema == false) {
        report(path, fmt::format("expected nothing here (the schema is false), got {}",
                                 json_excerpt(value)));
      }
      return;
    }
    if (const auto ref = schema.find("$ref"); ref != schema.end()) {
      std::string why;
      check(value, *resolve_reference(root_, ref->get<std::string>(), why), path, depth);
    }
    if (const auto type = schema.find("type"); type != schema.end()) {
      const json types = type->is_array() ? *type : json::array({*type});
      const bool any = std::any_of(types.begin(), types.end(), [&](const json& t) {
        return has_type(value, t.get<std::string>());
      });
      if (!any) {
        report(path, fmt::format("expected {}, got {}", describe_types(*type), json_excerpt(value)));
        return;  // the other keywords would only repeat the same complaint
      }
    }
    if (const auto allowed = schema.find("enum"); allowed != schema.end()) {
      // Comparing recurses no deeper than the enum's values, which SchemaReader bounded.
      if (std::find(allowed->begin(), allowed->end(), value) == allowed->end()) {
        report(path, fmt::format("expected one of {}, got {}", json_excerpt(*allowed, 200),
                                 json_excerpt(value)));
      }
    }
    if (value.is_object()) check_object(value, schema, path, depth);
    if (value.is_array()) check_array(value, schema, path, depth);
    if (value.is_number()) check_number(value, schema, path);
    if (value.is_string()) check_string(value.get_ref<const std::string&>(), schema, path);
  }

 private:
  const json& root_;
  // Each pattern compiled once per document, not once per string.
  std::map<std::string, Pattern, std::less<>> patterns_;

  void check_object(const json& value, const json& schema, const std::string& path,
                    std::size_t depth) {
    if (const auto required = schema.find("required"); required != schema.end()) {
      for (const json& key : *required) {
        if (!value.contains(key.get<std::string>())) {
          report(path, fmt::format("missing field {}", json_excerpt(key)));
        }
      }
    }
    const auto properties = schema.find("properties");
    const auto additional = schema.find("additionalProperties");
    for (const auto& [key, member] : value.items()) {
      if (properties != schema.end() && properties->contains(key)) {
        check(member, properties->at(key), member_path(path, key), depth + 1);
      } else if (additional != schema.end() && *additional == false) {
        report(path, fmt::format("unexpected field {}", json_excerpt(json(key))));
      } else if (additional != schema.end()) {
        check(member, *additional, member_path(path, key), depth + 1);
      }
    }
  }

  void check_array(const json& value, const json& schema, const std::string& path,
                   std::size_t depth) {
    if (const auto items = schema.find("items"); items != schema.end()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        check(value[i], *items, index_path(path, i), depth + 1);
      }
    }
  }

  void check_number(const json& value, const json& schema, const std::string& path) {
    if (const auto minimum = schema.find("minimum");
        minimum != schema.end() && value < *minimum) {
      report(path, fmt::format("expected at least {}, got {}", minimum->dump(), value.dump()));
    }
    if (const auto maximum = schema.find("maximum");
        maximum != schema.end() && value > *maximum) {
      report(path, fmt::format("expected at most {}, got {}", maximum->dump(), value.dump()));
    }
  }

  void check_string(const std::string& text, const json& schema, const std::string& path) {
    if (const auto min_length = schema.find("minLength");
        min_length != schema.end() && count_code_points(text) < min_length->get<std::size_t>()) {
      report(path, fmt::format("expected at least {} characters, got {}", min_length->dump(),
                               json_excerpt(json(text))));
    }
    // "format" is only an annotation in JSON Schema unless a checker asserts it; this one
    // asserts "date", the only format the kit's schemas use, and ignores any other.
    if (const auto format = schema.find("format");
        format != schema.end() && *format == "date" && !is_calendar_date(text)) {
      report(path, fmt::format("expected a calendar date \"YYYY-MM-DD\", got {}",
                               json_excerpt(json(text))));
    }
    if (const auto pattern = schema.find("pattern"); pattern != schema.end()) {
      const std::string& source = pattern->get_ref<const std::string&>();
      auto compiled = patterns_.find(source);
      if (compiled == patterns_.end()) {
        compiled = patterns_.emplace(source, Pattern(source)).first;
      }
      if (!compiled->second.search(text)) {
        report(path, fmt::format("expected a string matching {}, got {}", json_excerpt(*pattern),
                                 json_excerpt(json(text))));
      }
    }
  }
};

}  // namespace

std::vector<SchemaProblem> schema_errors(const nlohmann::json& schema) {
  SchemaReader reader(schema);
  reader.read(schema, "", 0);
  reader.check_references();
  return std::move(reader.problems);
}

std::vector<SchemaProblem> check_schema(const nlohmann::json& document,
                                        const nlohmann::json& schema) {
  const std::vector<SchemaProblem> errors = schema_errors(schema);
  if (!errors.empty()) {
    const SchemaProblem& first = errors.front();
    throw std::invalid_argument(first.path.empty()
                                    ? fmt::format("schema: {}", first.message)
                                    : fmt::format("schema: {}: {}", first.path, first.message));
  }
  Checker checker(schema);
  if (const std::optional<std::string> deep = first_too_deep(document, "", 0)) {
    checker.report(*deep, nesting_message());
  }
  checker.check(document, schema, "", 0);
  return std::move(checker.problems);
}

std::string json_excerpt(const nlohmann::json& value, std::size_t max_length) {
  std::string out;
  append_excerpt(value, max_length, out);
  if (out.size() > max_length) {
    out.resize(utf8_prefix(out, max_length).size());
    out += "...";
  }
  return out;
}

}  // namespace newsdesk
