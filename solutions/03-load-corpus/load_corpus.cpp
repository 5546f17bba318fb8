// Exercise 03-load-corpus: reference solution.
#include "load_corpus.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <system_error>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

namespace newsdesk {

namespace {

using nlohmann::json;

// The sections an article may belong to, as data/schema/corpus.schema.json lists them.
constexpr std::array<std::string_view, 10> kSections = {
    "world", "politics", "courts", "business", "science",
    "health", "sport", "culture", "local", "weather"};

// Where a value sits: the file it came from and its JSON path in that file, such as
// `articles[3].date`. Every error message starts with one, so the reader can find the value.
struct Location {
  std::string_view source;
  std::string path;  // empty for the whole document

  // The member `key` of the object at this location.
  [[nodiscard]] Location field(std::string_view key) const {
    return {source, path.empty() ? std::string(key) : fmt::format("{}.{}", path, key)};
  }

  // Element `index` (counted from 0, as in JSON Pointer and jq) of the array at this location.
  [[nodiscard]] Location element(std::size_t index) const {
    return {source, fmt::format("{}[{}]", path, index)};
  }
};

// Throws "demo.json: articles[3].date: <what>", or "demo.json: <what>" for the whole document.
[[noreturn]] void fail(const Location& at, std::string_view what) {
  if (at.path.empty()) {
    throw corpus_error(fmt::format("{}: {}", at.source, what));
  }
  throw corpus_error(fmt::format("{}: {}: {}", at.source, at.path, what));
}

// Throws "...: expected <expected>, got <value>". The value is shown as JSON (dump()), so the
// string "412" and the number 412 look different, as they do in the file.
[[noreturn]] void fail_expected(const Location& at, std::string_view expected, const json& value) {
  fail(at, fmt::format("expected {}, got {}", expected, value.dump()));
}

bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

bool is_lower_hex_digit(unsigned char c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'f'); }

// The value of a run of ASCII digits that has already been checked.
unsigned digits_value(std::string_view digits) {
  unsigned value = 0;
  for (const char c : digits) {
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value;
}

// Whether `text` is written YYYY-MM-DD: exactly ten bytes, digits with two dashes. This is
// only the form; is_calendar_date() then asks whether such a day exists.
bool has_date_form(std::string_view text) {
  if (text.size() != 10) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool ok = (i == 4 || i == 7) ? c == '-' : is_ascii_digit(c);
    if (!ok) {
      return false;
    }
  }
  return true;
}

// Whether a date of the form YYYY-MM-DD names a day of the Gregorian calendar. The leap-year
// rules live in std::chrono::year_month_day::ok(), so 2024-02-29 passes and 2026-02-30 fails.
bool is_calendar_date(std::string_view text) {
  const std::chrono::year_month_day date{
      std::chrono::year{static_cast<int>(digits_value(text.substr(0, 4)))},
      std::chrono::month{digits_value(text.substr(5, 2))},
      std::chrono::day{digits_value(text.substr(8, 2))}};
  return date.ok();
}

bool is_sha256_hex(std::string_view text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return is_lower_hex_digit(static_cast<unsigned char>(c));
         });
}

// A JSON integer as `Integer`, or nothing when it is not an integer or does not fit.
// nlohmann/json keeps non-negative integers as std::uint64_t and negative ones as
// std::int64_t; std::in_range compares either with the target type without overflow.
// A number written with a fraction or an exponent, such as 3.0, is not an integer here.
template <typename Integer>
std::optional<Integer> to_integer(const json& value) {
  if (value.is_number_unsigned()) {
    const auto number = value.get<std::uint64_t>();
    if (std::in_range<Integer>(number)) {
      return static_cast<Integer>(number);
    }
  } else if (value.is_number_integer()) {
    const auto number = value.get<std::int64_t>();
    if (std::in_range<Integer>(number)) {
      return static_cast<Integer>(number);
    }
  }
  return std::nullopt;
}

// The member `key` of `object` (an object at `at`), which must be there. Members the manifest
// format does not name are never looked at, so extra fields are allowed.
const json& require(const json& object, const Location& at, std::string_view key) {
  const auto member = object.find(key);
  if (member == object.end()) {
    fail(at, fmt::format("missing field \"{}\"", key));
  }
  return *member;
}

// The readers below each take a required member of an object and check it against the type
// the manifest format gives it, so every error names the field's own JSON path.

std::string read_string(const json& object, const Location& at, std::string_view key) {
  const json& value = require(object, at, key);
  if (!value.is_string()) {
    fail_expected(at.field(key), "a string", value);
  }
  return value.get<std::string>();
}

std::optional<std::string> read_string_or_null(const json& object, const Location& at,
                                               std::string_view key) {
  const json& value = require(object, at, key);
  if (value.is_null()) {
    return std::nullopt;  // present but null is not the same as missing, which fails above
  }
  if (!value.is_string()) {
    fail_expected(at.field(key), "a string or null", value);
  }
  return value.get<std::string>();
}

int read_int(const json& object, const Location& at, std::string_view key) {
  const json& value = require(object, at, key);
  const std::optional<int> number = to_integer<int>(value);
  if (!number) {
    // An integer that is too large deserves a different word from a string or a fraction.
    const std::string expected =
        value.is_number_integer() ? fmt::format("an integer from {} to {}",
                                                std::numeric_limits<int>::min(),
                                                std::numeric_limits<int>::max())
                                  : "an integer";
    fail_expected(at.field(key), expected, value);
  }
  return *number;
}

std::size_t read_count(const json& object, const Location& at, std::string_view key) {
  const json& value = require(object, at, key);
  const std::optional<std::size_t> number = to_integer<std::size_t>(value);
  if (!number) {
    fail_expected(at.field(key), "a non-negative integer", value);
  }
  return *number;
}

std::string read_date(const json& object, const Location& at, std::string_view key) {
  const json& value = require(object, at, key);
  if (!value.is_string() || !has_date_form(value.get<std::string>())) {
    fail_expected(at.field(key), "a date \"YYYY-MM-DD\"", value);
  }
  std::string date = value.get<std::string>();
  if (!is_calendar_date(date)) {
    fail_expected(at.field(key), "a real calendar date", value);
  }
  return date;
}

std::string read_section(const json& object, const Location& at, std::string_view key) {
  const json& value = require(object, at, key);
  if (!value.is_string() ||
      std::find(kSections.begin(), kSections.end(), value.get<std::string>()) == kSections.end()) {
    fail_expected(at.field(key),
                  fmt::format("a section (one of {})", fmt::join(kSections, ", ")), value);
  }
  return value.get<std::string>();
}

std::string read_sha256(const json& object, const Location& at, std::string_view key) {
  const json& value = require(object, at, key);
  if (!value.is_string() || !is_sha256_hex(value.get<std::string>())) {
    fail_expected(at.field(key), "64 lower-case hexadecimal digits", value);
  }
  return value.get<std::string>();
}

// One element of "articles", field for field, in the order of ArticleRecord.
ArticleRecord read_article(const json& entry, const Location& at) {
  if (!entry.is_object()) {
    fail_expected(at, "an object", entry);
  }
  ArticleRecord record;
  record.id = read_int(entry, at, "id");
  record.slug = read_string(entry, at, "slug");
  record.file = read_string(entry, at, "file");
  record.headline = read_string(entry, at, "headline");
  record.byline = read_string_or_null(entry, at, "byline");
  record.dateline = read_string(entry, at, "dateline");
  record.date = read_date(entry, at, "date");
  record.section = read_section(entry, at, "section");
  record.word_count = read_count(entry, at, "word_count");
  record.line_count = read_count(entry, at, "line_count");
  record.character_count = read_count(entry, at, "character_count");
  record.sha256 = read_sha256(entry, at, "sha256");
  record.licence = read_string(entry, at, "licence");
  return record;
}

// Parses `text` as JSON. nlohmann/json reports a syntax error with `byte`, the number of bytes
// it had read (from 1), so the offending byte is at offset byte - 1; counting the line breaks
// before it gives the line and the column, both from 1. The column counts bytes, so on a line
// with accents it runs ahead of the column an editor shows.
json parse_json(std::string_view text, std::string_view source) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& error) {
    const std::size_t offset = std::min<std::size_t>(error.byte == 0 ? 0 : error.byte - 1,
                                                     text.size());
    const std::string_view before = text.substr(0, offset);
    const std::size_t line = 1 + static_cast<std::size_t>(
                                     std::count(before.begin(), before.end(), '\n'));
    const std::size_t last_break = before.rfind('\n');
    const std::size_t line_start = last_break == std::string_view::npos ? 0 : last_break + 1;
    const std::size_t column = offset - line_start + 1;
    // what() reads "[json.exception.parse_error.101] parse error at line 1, column 5: <why>";
    // the position is ours now, so keep only the why.
    std::string_view why = error.what();
    if (const std::size_t colon = why.find(": "); colon != std::string_view::npos) {
      why.remove_prefix(colon + 2);
    }
    throw corpus_error(fmt::format("{}:{}:{}: invalid JSON: {}", source, line, column, why));
  }
}

// The whole file at `path`, byte for byte. When it cannot be read, returns an empty string and
// sets `error`, as the std::filesystem functions that take a std::error_code do.
std::string read_file(const std::filesystem::path& path, std::error_code& error) {
  // A folder opens like a file on POSIX and fails only when read, so ask about it first.
  if (std::filesystem::is_directory(path, error)) {
    error = std::make_error_code(std::errc::is_a_directory);
    return {};
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    // std::ifstream does not say why it failed; the C library's errno does on POSIX and
    // Windows, though the C++ standard does not promise it.
    error = std::error_code(errno != 0 ? errno : EIO, std::generic_category());
    return {};
  }
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) {
    error = std::make_error_code(std::errc::io_error);
    return {};
  }
  error.clear();
  return text;
}

}  // namespace

Manifest parse_manifest(std::string_view json_text, std::string_view source) {
  const json document = parse_json(json_text, source);
  const Location root{source, ""};
  if (!document.is_object()) {
    fail_expected(root, "an object", document);
  }

  Manifest manifest;
  manifest.name = read_string(document, root, "name");
  manifest.version = read_string(document, root, "version");
  manifest.licence = read_string(document, root, "licence");

  const json& articles = require(document, root, "articles");
  const Location articles_at = root.field("articles");
  if (!articles.is_array()) {
    fail_expected(articles_at, "an array", articles);
  }
  // Each id remembers the index of the first article that used it, so a duplicate can name
  // both places. Equivalent: a second loop over the earlier records, which is O(n²).
  std::map<int, std::size_t> first_use_of_id;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Location at = articles_at.element(i);
    ArticleRecord record = read_article(articles[i], at);
    const auto [first_use, is_new] = first_use_of_id.try_emplace(record.id, i);
    if (!is_new) {
      fail(at.field("id"), fmt::format("duplicate id {}, already used by {}", record.id,
                                       articles_at.element(first_use->second).field("id").path));
    }
    manifest.articles.push_back(std::move(record));
  }
  return manifest;
}

std::vector<Article> load_corpus(const std::filesystem::path& manifest_path) {
  // Messages show the manifest path as the caller wrote it, so it is recognisable.
  const std::string source = manifest_path.string();
  std::error_code error;
  const std::string manifest_text = read_file(manifest_path, error);
  if (error) {
    throw corpus_error(fmt::format("{}: cannot read the manifest: {}", source, error.message()));
  }
  const Manifest manifest = parse_manifest(manifest_text, source);

  // Article files are relative to the manifest's folder, not to the working directory.
  const std::filesystem::path folder = manifest_path.parent_path();
  std::vector<Article> articles;
  articles.reserve(manifest.articles.size());
  for (std::size_t i = 0; i < manifest.articles.size(); ++i) {
    const ArticleRecord& record = manifest.articles[i];
    const Location at = Location{source, ""}.field("articles").element(i);
    const std::string article_path = (folder / record.file).string();

    std::string text = read_file(article_path, error);
    if (error) {
      fail(at.field("file"),
           fmt::format("cannot read \"{}\": {}", article_path, error.message()));
    }
    const std::string digest = sha256_hex(text);
    if (digest != record.sha256) {
      // The file is what is wrong (or the manifest is stale), so the message starts with the
      // file and points to the manifest entry it was checked against.
      throw corpus_error(fmt::format("{}: expected SHA-256 {} ({}: {}), got {}", article_path,
                                     record.sha256, source, at.field("sha256").path, digest));
    }
    articles.push_back(Article{record, std::move(text)});
  }
  return articles;
}

}  // namespace newsdesk
