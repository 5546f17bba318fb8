// Exercise 03-load-corpus: load the corpus manifest into plain structs and check it.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/03-load-corpus/ checks it. See README.md for the rules and tasks.
#ifndef NEWSDESK_LOAD_CORPUS_HPP
#define NEWSDESK_LOAD_CORPUS_HPP

#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk {

// corpus_error
//
// Thrown for a manifest or article that is not as data/schema/corpus.schema.json describes.
// The message names the file, the JSON path of the value (such as `articles[3].date`) and
// what was expected, e.g.
//   data/corpus/corpus.json: articles[3].date: expected a date "YYYY-MM-DD", got "May 9"
class corpus_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// ArticleRecord
//
// One entry of the manifest's "articles" array, field for field.
struct ArticleRecord {
  int id = 0;
  std::string slug;
  std::string file;                   // relative to the manifest's folder
  std::string headline;
  std::optional<std::string> byline;  // null in the manifest when the article has none
  std::string dateline;
  std::string date;                   // ISO 8601 calendar date, "YYYY-MM-DD"
  std::string section;
  std::size_t word_count = 0;
  std::size_t line_count = 0;
  std::size_t character_count = 0;
  std::string sha256;                 // 64 lower-case hexadecimal digits
  std::string licence;

  friend bool operator==(const ArticleRecord&, const ArticleRecord&) = default;
};

// Manifest
//
// The whole of corpus.json.
struct Manifest {
  std::string name;
  std::string version;
  std::string licence;
  std::vector<ArticleRecord> articles;

  friend bool operator==(const Manifest&, const Manifest&) = default;
};

// Article
//
// An article of a loaded corpus: its manifest record and its text, byte for byte.
struct Article {
  ArticleRecord record;
  std::string text;
};

// parse_manifest()
//
// Parses the text of a manifest. `source` is the file name used in error messages.
//
// Example:
//   parse_manifest(R"({"name": "demo", "version": "1.0.0", "licence": "CC-BY-4.0",
//                      "articles": []})", "demo.json")
//   // => Manifest{"demo", "1.0.0", "CC-BY-4.0", {}}
//
// Edge cases:
//   - Fields that the manifest format does not name are allowed and ignored.
//   - "byline" must be present, but may be null (std::nullopt).
// Errors: throws corpus_error when the text is not JSON (naming line and column), when a
// field is missing or has the wrong type, when a date is not "YYYY-MM-DD" or not a real day
// (2026-02-30), when a section is not one of those in README.md, when a checksum is not 64
// lower-case hexadecimal digits, or when two articles share an id.
[[nodiscard]] Manifest parse_manifest(std::string_view json_text, std::string_view source);

// sha256_hex()
//
// The SHA-256 digest of `bytes` as 64 lower-case hexadecimal digits. Given: this function is
// already written (sha256.cpp, with OpenSSL).
//
// Example:
//   sha256_hex("abc")
//   // => "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

// load_corpus()
//
// Reads the manifest at `manifest_path`, then every article file it names (relative to the
// manifest's folder), and checks each file against its SHA-256 checksum.
//
// Example:
//   load_corpus("data/corpus/corpus.json").size()
//   // => the number of articles in the manifest
//
// Errors: throws corpus_error for everything parse_manifest() rejects, and when the manifest
// or an article file cannot be read or an article's checksum does not match.
[[nodiscard]] std::vector<Article> load_corpus(const std::filesystem::path& manifest_path);

}  // namespace newsdesk

#endif  // NEWSDESK_LOAD_CORPUS_HPP
