// Tests of exercise 03-load-corpus: hand-written manifests first, each broken in one way, then
// the real corpus and copies of it with a file missing or changed.
#include <exception>
#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "corpus.hpp"
#include "load_corpus.hpp"
#include "not_implemented.hpp"

namespace newsdesk {

// How Boost.Test prints the values when a check fails.
std::ostream& operator<<(std::ostream& out, const ArticleRecord& record) {
  const std::string byline = record.byline ? fmt::format("\"{}\"", *record.byline) : "null";
  return out << fmt::format(
             "{{id {}, slug \"{}\", file \"{}\", headline \"{}\", byline {}, dateline \"{}\", "
             "date \"{}\", section \"{}\", word_count {}, line_count {}, character_count {}, "
             "sha256 \"{}\", licence \"{}\"}}",
             record.id, record.slug, record.file, record.headline, byline, record.dateline,
             record.date, record.section, record.word_count, record.line_count,
             record.character_count, record.sha256, record.licence);
}

std::ostream& operator<<(std::ostream& out, const Manifest& manifest) {
  out << fmt::format("{{name \"{}\", version \"{}\", licence \"{}\", articles [",
                     manifest.name, manifest.version, manifest.licence);
  for (const ArticleRecord& record : manifest.articles) {
    out << "\n  " << record;
  }
  return out << "]}";
}

std::ostream& operator<<(std::ostream& out, const Article& article) {
  return out << fmt::format("{{{}, text of {} bytes}}", article.record.file, article.text.size());
}

}  // namespace newsdesk

namespace {

using nlohmann::json;
using newsdesk::ArticleRecord;
using newsdesk::Manifest;

constexpr std::string_view kAbcDigest =
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr std::string_view kEmptyDigest =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// A small valid manifest. Each broken manifest below is this one with one value changed or
// removed, so every failure points at exactly one field. Rows that break an article break the
// second one, so that its index shows in the JSON path.
const json& demo_manifest() {
  static const json manifest = json::parse(R"({
    "name": "demo",
    "version": "1.0.0",
    "licence": "CC-BY-4.0",
    "articles": [
      {
        "id": 1,
        "slug": "harbour-fire",
        "file": "articles/001-harbour-fire.txt",
        "headline": "Fire closes harbour road",
        "byline": "By Ana Lima",
        "dateline": "PORTO, May 9 (Newsline) —",
        "date": "2026-05-09",
        "section": "local",
        "word_count": 412,
        "line_count": 14,
        "character_count": 2480,
        "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "licence": "CC-BY-4.0"
      },
      {
        "id": 2,
        "slug": "rain-record",
        "file": "articles/002-rain-record.txt",
        "headline": "Wettest May on record",
        "byline": null,
        "dateline": "LEEDS —",
        "date": "2024-02-29",
        "section": "weather",
        "word_count": 0,
        "line_count": 0,
        "character_count": 0,
        "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "licence": "CC0-1.0"
      }
    ]
  })");
  return manifest;
}

// The demo manifest with the value at `pointer` (JSON Pointer, RFC 6901) replaced.
std::string demo_with(std::string_view pointer, const json& value) {
  json manifest = demo_manifest();
  manifest[json::json_pointer(std::string(pointer))] = value;
  return manifest.dump(2);
}

// The demo manifest without the member `key` of the object at `pointer`.
std::string demo_without(std::string_view pointer, std::string_view key) {
  json manifest = demo_manifest();
  manifest[json::json_pointer(std::string(pointer))].erase(std::string(key));
  return manifest.dump(2);
}

// The message of the newsdesk::corpus_error that `action` throws. Any other outcome becomes a
// description that cannot equal an expected message, so the failing row shows what happened.
// A stub's not_implemented is let through: the test then reports "not started".
template <typename Action>
std::string corpus_error_message(Action action) {
  try {
    action();
  } catch (const newsdesk::corpus_error& error) {
    return error.what();
  } catch (const newsdesk::not_implemented&) {
    throw;
  } catch (const std::exception& error) {
    return fmt::format("(threw another exception instead of corpus_error: {})", error.what());
  }
  return "(threw nothing)";
}

std::string parse_error_message(std::string_view json_text) {
  return corpus_error_message([&] { (void)newsdesk::parse_manifest(json_text, "demo.json"); });
}

// The record of one entry of the real corpus.json, read without any checks: the manifest in
// data/ is known to be valid, and this is the answer load_corpus() must give.
ArticleRecord record_from(const json& entry) {
  ArticleRecord record;
  record.id = entry.at("id").get<int>();
  record.slug = entry.at("slug").get<std::string>();
  record.file = entry.at("file").get<std::string>();
  record.headline = entry.at("headline").get<std::string>();
  if (entry.at("byline").is_string()) {
    record.byline = entry.at("byline").get<std::string>();
  }
  record.dateline = entry.at("dateline").get<std::string>();
  record.date = entry.at("date").get<std::string>();
  record.section = entry.at("section").get<std::string>();
  record.word_count = entry.at("word_count").get<std::size_t>();
  record.line_count = entry.at("line_count").get<std::size_t>();
  record.character_count = entry.at("character_count").get<std::size_t>();
  record.sha256 = entry.at("sha256").get<std::string>();
  record.licence = entry.at("licence").get<std::string>();
  return record;
}

std::filesystem::path corpus_manifest_path() {
  return newsdesk::testing::source_dir() / "data" / "corpus" / "corpus.json";
}

// A copy of data/corpus/ in a fresh folder under the system's temporary folder, removed again
// when the test ends, so a test can delete or change files without touching data/.
class CorpusCopy {
 public:
  CorpusCopy()
      : folder_(std::filesystem::temp_directory_path() /
                fmt::format("newsdesk-load-corpus-{}", std::random_device{}())) {
    std::filesystem::copy(newsdesk::testing::source_dir() / "data" / "corpus", folder_,
                          std::filesystem::copy_options::recursive);
  }
  CorpusCopy(const CorpusCopy&) = delete;
  CorpusCopy& operator=(const CorpusCopy&) = delete;
  ~CorpusCopy() {
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }

  [[nodiscard]] std::filesystem::path manifest() const { return folder_ / "corpus.json"; }

  // Where load_corpus() looks for the file that the manifest's article `index` names.
  [[nodiscard]] std::filesystem::path article(std::size_t index) const {
    return folder_ / corpus_entry(index).at("file").get<std::string>();
  }

  [[nodiscard]] static const json& corpus_entry(std::size_t index) {
    return newsdesk::testing::corpus_articles().at(index).manifest;
  }

 private:
  std::filesystem::path folder_;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(load_corpus)

BOOST_AUTO_TEST_CASE(documented_examples) {
  const std::string_view example = R"({"name": "demo", "version": "1.0.0", "licence": "CC-BY-4.0",
                                       "articles": []})";
  BOOST_TEST(newsdesk::parse_manifest(example, "demo.json") ==
             (Manifest{"demo", "1.0.0", "CC-BY-4.0", {}}));
  BOOST_TEST(newsdesk::sha256_hex("abc") == kAbcDigest);
  // The header's load_corpus("data/corpus/corpus.json"), made absolute so that the test runs
  // from any folder.
  BOOST_TEST(newsdesk::load_corpus(corpus_manifest_path()).size() ==
             newsdesk::testing::corpus_articles().size());
}

BOOST_AUTO_TEST_CASE(reads_every_field_of_every_article) {
  ArticleRecord first;
  first.id = 1;
  first.slug = "harbour-fire";
  first.file = "articles/001-harbour-fire.txt";
  first.headline = "Fire closes harbour road";
  first.byline = "By Ana Lima";
  first.dateline = "PORTO, May 9 (Newsline) —";
  first.date = "2026-05-09";
  first.section = "local";
  first.word_count = 412;
  first.line_count = 14;
  first.character_count = 2480;
  first.sha256 = kAbcDigest;
  first.licence = "CC-BY-4.0";

  ArticleRecord second;
  second.id = 2;
  second.slug = "rain-record";
  second.file = "articles/002-rain-record.txt";
  second.headline = "Wettest May on record";
  second.byline = std::nullopt;  // null in the manifest
  second.dateline = "LEEDS —";
  second.date = "2024-02-29";
  second.section = "weather";
  second.sha256 = kEmptyDigest;
  second.licence = "CC0-1.0";

  const Manifest expected{"demo", "1.0.0", "CC-BY-4.0", {first, second}};
  BOOST_TEST(newsdesk::parse_manifest(demo_manifest().dump(2), "demo.json") == expected);
}

BOOST_AUTO_TEST_CASE(accepts_null_bylines_unknown_fields_and_leap_days) {
  struct Row {
    std::string_view pointer;
    json value;
  };
  const std::vector<Row> rows = {
      {"/articles/0/byline", nullptr},
      {"/articles/1/byline", "By Tom Reed and Ana Lima"},
      {"/publisher", "Newsline"},  // unknown fields are allowed, at the top
      {"/articles/1/photo", {{"file", "photos/002.jpg"}}},  // and in an article
      {"/articles/1/date", "2000-02-29"},  // divisible by 400: a leap year
      {"/articles/1/date", "1999-12-31"},
      {"/articles/1/id", -7},
      {"/articles/1/section", "world"},
      {"/articles/1/section", "politics"},
      {"/articles/1/section", "courts"},
      {"/articles/1/section", "business"},
      {"/articles/1/section", "science"},
      {"/articles/1/section", "health"},
      {"/articles/1/section", "sport"},
      {"/articles/1/section", "culture"},
      {"/articles/1/section", "local"},
      {"/articles/1/section", "weather"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.pointer << " = " << row.value.dump()) {
      const Manifest manifest = newsdesk::parse_manifest(demo_with(row.pointer, row.value),
                                                         "demo.json");
      BOOST_TEST(manifest.articles.size() == 2u);
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_a_missing_field) {
  for (const std::string_view key : {"name", "version", "licence", "articles"}) {
    BOOST_TEST_CONTEXT("without top-level field " << key) {
      BOOST_TEST(parse_error_message(demo_without("", key)) ==
                 fmt::format("demo.json: missing field \"{}\"", key));
    }
  }
  for (const std::string_view key :
       {"id", "slug", "file", "headline", "byline", "dateline", "date", "section", "word_count",
        "line_count", "character_count", "sha256", "licence"}) {
    BOOST_TEST_CONTEXT("without article field " << key) {
      BOOST_TEST(parse_error_message(demo_without("/articles/1", key)) ==
                 fmt::format("demo.json: articles[1]: missing field \"{}\"", key));
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_a_value_of_the_wrong_type) {
  struct Row {
    std::string_view pointer;
    json value;
    std::string_view expected;
  };
  const std::vector<Row> rows = {
      {"", json::array(), "demo.json: expected an object, got []"},
      {"", "demo", "demo.json: expected an object, got \"demo\""},
      {"/name", 42, "demo.json: name: expected a string, got 42"},
      {"/version", 1.0, "demo.json: version: expected a string, got 1.0"},
      {"/licence", nullptr, "demo.json: licence: expected a string, got null"},
      {"/articles", json::object(), "demo.json: articles: expected an array, got {}"},
      {"/articles", "none", "demo.json: articles: expected an array, got \"none\""},
      {"/articles/1", "rain-record",
       "demo.json: articles[1]: expected an object, got \"rain-record\""},
      {"/articles/1/id", "2", "demo.json: articles[1].id: expected an integer, got \"2\""},
      {"/articles/1/id", 2.5, "demo.json: articles[1].id: expected an integer, got 2.5"},
      {"/articles/1/id", 3000000000,
       "demo.json: articles[1].id: expected an integer from -2147483648 to 2147483647, "
       "got 3000000000"},
      {"/articles/1/slug", json::array({"rain"}),
       "demo.json: articles[1].slug: expected a string, got [\"rain\"]"},
      {"/articles/1/file", nullptr, "demo.json: articles[1].file: expected a string, got null"},
      {"/articles/1/headline", true,
       "demo.json: articles[1].headline: expected a string, got true"},
      {"/articles/1/byline", 7, "demo.json: articles[1].byline: expected a string or null, got 7"},
      {"/articles/1/dateline", json::object(),
       "demo.json: articles[1].dateline: expected a string, got {}"},
      {"/articles/1/date", 20260509,
       "demo.json: articles[1].date: expected a date \"YYYY-MM-DD\", got 20260509"},
      {"/articles/1/section", 3,
       "demo.json: articles[1].section: expected a section (one of world, politics, courts, "
       "business, science, health, sport, culture, local, weather), got 3"},
      {"/articles/1/section", "opinion",
       "demo.json: articles[1].section: expected a section (one of world, politics, courts, "
       "business, science, health, sport, culture, local, weather), got \"opinion\""},
      {"/articles/1/section", "Sport",
       "demo.json: articles[1].section: expected a section (one of world, politics, courts, "
       "business, science, health, sport, culture, local, weather), got \"Sport\""},
      {"/articles/1/word_count", "412",
       "demo.json: articles[1].word_count: expected a non-negative integer, got \"412\""},
      {"/articles/1/line_count", -1,
       "demo.json: articles[1].line_count: expected a non-negative integer, got -1"},
      {"/articles/1/character_count", 3.0,
       "demo.json: articles[1].character_count: expected a non-negative integer, got 3.0"},
      {"/articles/1/sha256", 12,
       "demo.json: articles[1].sha256: expected 64 lower-case hexadecimal digits, got 12"},
      {"/articles/1/licence", false,
       "demo.json: articles[1].licence: expected a string, got false"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("manifest with " << (row.pointer.empty() ? "(whole document)" : row.pointer)
                                        << " = " << row.value.dump()) {
      BOOST_TEST(parse_error_message(demo_with(row.pointer, row.value)) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_dates_that_are_not_calendar_dates) {
  struct Row {
    std::string_view date;
    std::string_view expected;  // what the message says was expected
  };
  const std::string_view form = "a date \"YYYY-MM-DD\"";
  const std::string_view calendar = "a real calendar date";
  const std::vector<Row> rows = {
      {"May 9", form},
      {"2026-5-9", form},
      {"2026-05-9", form},
      {"26-05-09", form},
      {"2026/05/09", form},
      {"2026-05-09T10:00:00Z", form},
      {" 2026-05-09", form},
      {"2026-05-09 ", form},
      {"", form},
      {"2026-02-30", calendar},
      {"2025-02-29", calendar},  // 2025 is not a leap year
      {"1900-02-29", calendar},  // divisible by 100 but not by 400: not a leap year
      {"2026-04-31", calendar},
      {"2026-13-01", calendar},
      {"2026-00-10", calendar},
      {"2026-01-00", calendar},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("date: \"" << row.date << "\"") {
      BOOST_TEST(parse_error_message(demo_with("/articles/1/date", row.date)) ==
                 fmt::format("demo.json: articles[1].date: expected {}, got \"{}\"", row.expected,
                             row.date));
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_a_checksum_that_is_not_64_lower_case_hex_digits) {
  const std::string digest(kEmptyDigest);
  std::string upper_case = digest;
  for (char& c : upper_case) {
    if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  }
  const std::vector<std::string> rows = {
      upper_case,
      digest.substr(0, 63),
      digest + "0",
      "g" + digest.substr(1),
      "sha256:" + digest,
      digest.substr(0, 32) + " " + digest.substr(33),
      "",
  };
  for (const std::string& row : rows) {
    BOOST_TEST_CONTEXT("sha256: \"" << row << "\"") {
      BOOST_TEST(parse_error_message(demo_with("/articles/1/sha256", row)) ==
                 fmt::format("demo.json: articles[1].sha256: expected 64 lower-case hexadecimal "
                             "digits, got \"{}\"",
                             row));
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_duplicate_ids_naming_both_articles) {
  BOOST_TEST(parse_error_message(demo_with("/articles/1/id", 1)) ==
             "demo.json: articles[1].id: duplicate id 1, already used by articles[0].id");

  json three = demo_manifest();
  three["articles"].push_back(three["articles"][0]);
  three["articles"][2]["id"] = 2;
  BOOST_TEST(parse_error_message(three.dump()) ==
             "demo.json: articles[2].id: duplicate id 2, already used by articles[1].id");
}

BOOST_AUTO_TEST_CASE(reports_json_syntax_errors_with_line_and_column) {
  struct Row {
    std::string_view text;
    std::string_view position;  // the message starts "demo.json:<position>: invalid JSON: "
  };
  const std::vector<Row> rows = {
      {"", "1:1"},                                      // nothing at all
      {"{", "1:2"},                                     // cut short
      {"{\"name\" \"demo\"}", "1:14"},  // a missing colon, noticed at the end of "demo"
      {"{\n  \"name\": \"demo\",\n}", "3:1"},           // a trailing comma
      {"{\n  \"name\": nul\n}", "2:14"},                // a misspelt null, noticed at the break
      {"{\n  \"a\": 1,\n  \"b\": 2,\n    \"c\": x\n}", "4:10"},
      {"{\"name\": \"caf\xE9\"}", "1:15"},  // Latin-1 é, noticed at the byte after it
      {"{} {}", "1:4"},                                 // two documents
  };
  for (const Row& row : rows) {
    // Shown as a JSON string, so that line breaks and bad bytes are visible.
    const std::string shown =
        json(std::string(row.text)).dump(-1, ' ', true, json::error_handler_t::replace);
    BOOST_TEST_CONTEXT("text: " << shown) {
      const std::string message = parse_error_message(row.text);
      const std::string prefix = fmt::format("demo.json:{}: invalid JSON: ", row.position);
      BOOST_TEST(message.substr(0, prefix.size()) == prefix);
      // What follows is nlohmann/json's reason, without its own "[json.exception...]" preamble.
      BOOST_TEST(message.size() > prefix.size());
      BOOST_TEST(message.find("json.exception") == std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(loads_every_article_of_the_corpus) {
  const std::vector<newsdesk::testing::CorpusArticle>& expected =
      newsdesk::testing::corpus_articles();
  const std::vector<newsdesk::Article> articles = newsdesk::load_corpus(corpus_manifest_path());
  BOOST_TEST_REQUIRE(articles.size() == expected.size());
  for (std::size_t i = 0; i < articles.size(); ++i) {
    BOOST_TEST_CONTEXT("article " << expected[i].file) {
      BOOST_TEST(articles[i].record == record_from(expected[i].manifest));
      BOOST_TEST(articles[i].text == expected[i].text);
    }
  }
}

BOOST_AUTO_TEST_CASE(checks_each_article_against_its_sha256) {
  // The FIPS 180-4 examples, to show that sha256_hex is the digest the manifest uses.
  BOOST_TEST(newsdesk::sha256_hex("abc") == kAbcDigest);
  BOOST_TEST(newsdesk::sha256_hex("") == kEmptyDigest);
  BOOST_TEST(newsdesk::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");

  // Every article of the manifest: no articles at all would pass the loop below.
  const std::vector<newsdesk::Article> articles = newsdesk::load_corpus(corpus_manifest_path());
  BOOST_TEST_REQUIRE(articles.size() == newsdesk::testing::corpus_articles().size());
  for (const newsdesk::Article& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.record.file) {
      BOOST_TEST(newsdesk::sha256_hex(article.text) == article.record.sha256);
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_a_missing_manifest) {
  const std::string missing = "data/corpus/no-such-manifest.json";
  const std::string reason = std::make_error_code(std::errc::no_such_file_or_directory).message();
  BOOST_TEST(corpus_error_message([&] { (void)newsdesk::load_corpus(missing); }) ==
             fmt::format("{}: cannot read the manifest: {}", missing, reason));
}

BOOST_AUTO_TEST_CASE(rejects_a_manifest_that_names_a_missing_file) {
  const CorpusCopy copy;
  std::filesystem::remove(copy.article(1));
  const std::string reason = std::make_error_code(std::errc::no_such_file_or_directory).message();
  BOOST_TEST(corpus_error_message([&] { (void)newsdesk::load_corpus(copy.manifest()); }) ==
             fmt::format("{}: articles[1].file: cannot read \"{}\": {}", copy.manifest().string(),
                         copy.article(1).string(), reason));
}

BOOST_AUTO_TEST_CASE(rejects_an_article_whose_checksum_does_not_match) {
  const CorpusCopy copy;
  // Change one byte of the second article: its first letter becomes the next one.
  std::string text = newsdesk::testing::read_file(copy.article(1));
  text.at(0) = static_cast<char>(text.at(0) + 1);
  std::ofstream(copy.article(1), std::ios::binary | std::ios::trunc) << text;

  const std::string manifest_digest = CorpusCopy::corpus_entry(1).at("sha256").get<std::string>();
  BOOST_TEST(corpus_error_message([&] { (void)newsdesk::load_corpus(copy.manifest()); }) ==
             fmt::format("{}: expected SHA-256 {} ({}: articles[1].sha256), got {}",
                         copy.article(1).string(), manifest_digest, copy.manifest().string(),
                         newsdesk::sha256_hex(text)));
}

BOOST_AUTO_TEST_SUITE_END()
