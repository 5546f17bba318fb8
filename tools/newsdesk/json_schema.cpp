#include "json_schema.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <regex>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace newsdesk {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 17> kKnownKeywords = {
    "type",    "enum",    "required",  "properties", "additionalProperties", "items",
    "minimum", "maximum", "minLength", "pattern",    "format",               "$ref",
    "$defs",   "$schema", "$id",       "title",      "description"};

// Whether `text` is a calendar date written YYYY-MM-DD, as the format "date" (RFC 3339
// full-date) asks; std::chrono knows the leap years.
bool is_calendar_date(const std::string& text) {
  static const std::regex form("^([0-9]{4})-([0-9]{2})-([0-9]{2})$");
  std::smatch parts;
  if (!std::regex_match(text, parts, form)) {
    return false;
  }
  const auto number = [&](std::size_t i) { return std::stoi(parts[i].str()); };
  const std::chrono::year_month_day date{std::chrono::year{number(1)},
                                         std::chrono::month{static_cast<unsigned>(number(2))},
                                         std::chrono::day{static_cast<unsigned>(number(3))}};
  return date.ok();
}

// Whether `value` is of the JSON Schema type `type`. An integer is also a "number".
bool has_type(const json& value, std::string_view type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "boolean") return value.is_boolean();
  if (type == "null") return value.is_null();
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  throw std::invalid_argument(fmt::format("schema: unknown type \"{}\"", type));
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

class Checker {
 public:
  explicit Checker(const json& root_schema) : root_(root_schema) {}

  std::vector<SchemaProblem> problems;

  void check(const json& value, const json& schema, const std::string& path) {
    for (const auto& [keyword, argument] : schema.items()) {
      if (std::find(kKnownKeywords.begin(), kKnownKeywords.end(), keyword) ==
          kKnownKeywords.end()) {
        throw std::invalid_argument(fmt::format("schema: unsupported keyword \"{}\"", keyword));
      }
    }
    if (const auto ref = schema.find("$ref"); ref != schema.end()) {
      check(value, resolve(ref->get<std::string>()), path);
    }
    if (const auto type = schema.find("type"); type != schema.end()) {
      const json types = type->is_array() ? *type : json::array({*type});
      const bool any = std::any_of(types.begin(), types.end(), [&](const json& t) {
        return has_type(value, t.get<std::string>());
      });
      if (!any) {
        report(path, fmt::format("expected {}, got {}", describe_types(*type), shown(value)));
        return;  // the other keywords would only repeat the same complaint
      }
    }
    if (const auto allowed = schema.find("enum"); allowed != schema.end()) {
      if (std::find(allowed->begin(), allowed->end(), value) == allowed->end()) {
        report(path, fmt::format("expected one of {}, got {}", allowed->dump(), shown(value)));
      }
    }
    if (value.is_object()) check_object(value, schema, path);
    if (value.is_array()) check_array(value, schema, path);
    if (value.is_number()) check_number(value, schema, path);
    if (value.is_string()) check_string(value.get<std::string>(), schema, path);
  }

 private:
  const json& root_;

  static std::string shown(const json& value) {
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
  }

  void report(const std::string& path, std::string message) {
    problems.push_back({path, std::move(message)});
  }

  const json& resolve(const std::string& reference) const {
    constexpr std::string_view kPrefix = "#/$defs/";
    if (!reference.starts_with(kPrefix)) {
      throw std::invalid_argument(fmt::format("schema: unsupported $ref \"{}\"", reference));
    }
    return root_.at("$defs").at(reference.substr(kPrefix.size()));
  }

  static std::string member_path(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

  void check_object(const json& value, const json& schema, const std::string& path) {
    if (const auto required = schema.find("required"); required != schema.end()) {
      for (const json& key : *required) {
        if (!value.contains(key.get<std::string>())) {
          report(path, fmt::format("missing field \"{}\"", key.get<std::string>()));
        }
      }
    }
    const auto properties = schema.find("properties");
    const auto additional = schema.find("additionalProperties");
    for (const auto& [key, member] : value.items()) {
      const bool declared = properties != schema.end() && properties->contains(key);
      if (declared) {
        check(member, properties->at(key), member_path(path, key));
      } else if (additional != schema.end() && *additional == false) {
        report(path, fmt::format("unexpected field \"{}\"", key));
      }
    }
  }

  void check_array(const json& value, const json& schema, const std::string& path) {
    if (const auto items = schema.find("items"); items != schema.end()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        check(value[i], *items, fmt::format("{}[{}]", path, i));
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
                               shown(text)));
    }
    // "format" is only an annotation in JSON Schema unless a checker asserts it; this one
    // asserts "date", the only format the kit's schemas use, and ignores any other.
    if (const auto format = schema.find("format");
        format != schema.end() && *format == "date" && !is_calendar_date(text)) {
      report(path, fmt::format("expected a calendar date \"YYYY-MM-DD\", got {}", shown(text)));
    }
    if (const auto pattern = schema.find("pattern"); pattern != schema.end()) {
      // A pattern is searched for, not matched whole: the schemas anchor it with ^ and $.
      if (!std::regex_search(text, std::regex(pattern->get<std::string>()))) {
        report(path, fmt::format("expected a string matching {}, got {}", pattern->dump(),
                                 shown(text)));
      }
    }
  }
};

}  // namespace

std::vector<SchemaProblem> check_schema(const nlohmann::json& document,
                                        const nlohmann::json& schema) {
  Checker checker(schema);
  checker.check(document, schema, "");
  return std::move(checker.problems);
}

}  // namespace newsdesk
