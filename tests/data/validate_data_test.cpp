// Tests of the data checks: the corpus in data/ passes, and corrupted copies of it are
// rejected with a message that names the file, the JSON path and the problem.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "corpus.hpp"
#include "validate_data.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::string kArticle = "corpus/articles/001-sao-paulo-waterways-pilot.txt";
const std::string kGold = "gold/001-sao-paulo-waterways-pilot.json";

// A random name for this run of the test program, so that two runs at the same time (two
// build folders, two work trees) never share a temporary folder.
const std::string& run_token() {
  static const std::string token = fmt::format("{:08x}", std::random_device{}());
  return token;
}

// A fresh copy of data/ in a temporary folder, removed again at the end of the test.
class DataCopy {
 public:
  explicit DataCopy(const std::string& name)
      : dir_(fs::temp_directory_path() / ("newsdesk-data-test-" + name + "-" + run_token())) {
    fs::remove_all(dir_);
    fs::copy(newsdesk::testing::source_dir() / "data", dir_, fs::copy_options::recursive);
  }
  ~DataCopy() { fs::remove_all(dir_); }
  DataCopy(const DataCopy&) = delete;
  DataCopy& operator=(const DataCopy&) = delete;

  [[nodiscard]] const fs::path& dir() const { return dir_; }

  [[nodiscard]] std::string read(const std::string& file) const {
    return newsdesk::testing::read_file(dir_ / file);
  }
  void write(const std::string& file, const std::string& bytes) const {
    std::ofstream(dir_ / file, std::ios::binary) << bytes;
  }
  void replace_with_folder(const std::string& file) const {
    fs::remove(dir_ / file);
    fs::create_directory(dir_ / file);
  }
  void edit_json(const std::string& file, const std::function<void(json&)>& change) const {
    json document = json::parse(read(file));
    change(document);
    write(file, document.dump(2));
  }

 private:
  fs::path dir_;
};

// The problems found in `copy`, as "file: path: message" with the file relative to the copy.
std::vector<std::string> problems_in(const DataCopy& copy) {
  std::vector<std::string> lines;
  for (newsdesk::DataProblem problem : newsdesk::validate_data(copy.dir()).problems) {
    problem.file = fs::path(problem.file).lexically_relative(copy.dir()).generic_string();
    lines.push_back(problem.to_string());
  }
  return lines;
}

bool contains(const std::vector<std::string>& lines, const std::string& expected) {
  return std::find(lines.begin(), lines.end(), expected) != lines.end();
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += "\n  " + line;
  return out;
}

// One corrupted copy of data/: how to corrupt it, and a problem that validate_data() must
// report, "file: path: message" with the file relative to the copy (and any more in
// `also_expected`, to show that the run went on past the first).
struct Corruption {
  std::string name;  // also the name of the copy's folder, so unique across the tests
  std::function<void(const DataCopy&)> corrupt;
  std::string expected;
  std::vector<std::string> also_expected = {};
};

void expect_reported(const std::vector<Corruption>& rows) {
  for (const Corruption& row : rows) {
    BOOST_TEST_CONTEXT("corruption: " << row.name) {
      const DataCopy copy(row.name);
      row.corrupt(copy);
      const std::vector<std::string> problems = problems_in(copy);
      BOOST_TEST(contains(problems, row.expected),
                 "expected " << row.expected << "\ngot:" << joined(problems));
      for (const std::string& expected : row.also_expected) {
        BOOST_TEST(contains(problems, expected),
                   "expected also " << expected << "\ngot:" << joined(problems));
      }
    }
  }
}

// `count` arrays, one inside the other, as JSON text: "[[[]]]" for 3.
std::string nested_arrays(std::size_t count) {
  return std::string(count, '[') + std::string(count, ']');
}

// `text` `count` times over.
std::string repeated(const std::string& text, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) out += text;
  return out;
}

// `path` followed by `count` times "[0]".
std::string with_indices(std::string path, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) path += "[0]";
  return path;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_data)

BOOST_AUTO_TEST_CASE(documented_examples) {
  const newsdesk::DataSummary summary =
      newsdesk::validate_data(newsdesk::testing::source_dir() / "data");
  std::vector<std::string> lines;
  for (const newsdesk::DataProblem& problem : summary.problems) lines.push_back(problem.to_string());
  BOOST_TEST(summary.problems.empty(), "problems in data/:" << joined(lines));
}

BOOST_AUTO_TEST_CASE(the_corpus_has_a_gold_file_for_every_article) {
  const newsdesk::DataSummary summary =
      newsdesk::validate_data(newsdesk::testing::source_dir() / "data");
  BOOST_TEST(summary.articles == newsdesk::testing::corpus_articles().size());
  BOOST_TEST(summary.gold_files == summary.articles);
}

BOOST_AUTO_TEST_CASE(rejects_corrupted_copies_naming_file_path_and_problem) {
  const std::vector<Corruption> rows = {
      {"manifest_field_missing",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][3].erase("date"); });
       },
       "corpus/corpus.json: articles[3]: missing field \"date\""},
      {"manifest_bad_date",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][2]["date"] = "May 9"; });
       },
       "corpus/corpus.json: articles[2].date: expected a string matching "
       "\"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\", got \"May 9\""},
      {"manifest_impossible_date",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json",
                     [](json& m) { m["articles"][2]["date"] = "2026-02-30"; });
       },
       "corpus/corpus.json: articles[2].date: expected a calendar date \"YYYY-MM-DD\", got "
       "\"2026-02-30\""},
      {"one_broken_entry_does_not_hide_the_others",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json",
                     [](json& m) { m["articles"][5]["word_count"] = "many"; });
         c.edit_json(kGold, [](json& g) { g["parts"][0]["text"] = "X"; });
       },
       kGold + ": parts[0].text: expected the article's bytes [0, 77), \"Waterways forum backs "
               "emergency water-sharing pilot as drought strands barges\", got \"X\""},
      {"manifest_duplicate_id",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][1]["id"] = 1; });
       },
       "corpus/corpus.json: articles[1].id: duplicate id 1"},
      {"manifest_not_json",
       [](const DataCopy& c) { c.write("corpus/corpus.json", "{\"name\": \n"); },
       "corpus/corpus.json: invalid JSON: [json.exception.parse_error.101] parse error at line "
       "2, column 1: syntax error while parsing value - unexpected end of input; expected '[', "
       "'{', or a literal"},
  };
  expect_reported(rows);
}

BOOST_AUTO_TEST_CASE(rejects_corrupted_gold_files_naming_path_and_problem) {
  const std::vector<Corruption> rows = {
      {"gold_missing",
       [](const DataCopy& c) { fs::remove(c.dir() / kGold); },
       kGold + ": No such file or directory"},
      {"gold_names_another_article",
       [](const DataCopy& c) {
         c.edit_json(kGold, [](json& g) { g["article"] = "002-lodz-new-commons-leader"; });
       },
       kGold + ": article: expected \"001-sao-paulo-waterways-pilot\", got "
               "\"002-lodz-new-commons-leader\""},
      {"gold_offset_past_the_end",
       [](const DataCopy& c) { c.edit_json(kGold, [](json& g) { g["parts"][1]["end"] = 99999; }); },
       kGold + ": parts[1]: [78, 99999) is not a range inside the article (3334 bytes)"},
      {"gold_text_does_not_match",
       [](const DataCopy& c) { c.edit_json(kGold, [](json& g) { g["parts"][0]["text"] = "X"; }); },
       kGold + ": parts[0].text: expected the article's bytes [0, 77), \"Waterways forum backs "
               "emergency water-sharing pilot as drought strands barges\", got \"X\""},
      {"gold_parts_out_of_order",
       [](const DataCopy& c) {
         c.edit_json(kGold, [](json& g) { std::swap(g["parts"][1], g["parts"][2]); });
       },
       kGold + ": parts[2]: begins at 78, before the end of parts[1] at 147: spans must be in "
               "order and must not overlap"},
      {"gold_unknown_field",
       [](const DataCopy& c) { c.edit_json(kGold, [](json& g) { g["notes"] = "x"; }); },
       kGold + ": unexpected field \"notes\""},
  };
  expect_reported(rows);
}

BOOST_AUTO_TEST_CASE(rejects_gold_speakers_and_ids_that_do_not_match) {
  const std::vector<Corruption> rows = {
      {"gold_speaker_id_unknown",
       [](const DataCopy& c) {
         c.edit_json(kGold, [](json& g) { g["quotations"][1]["speaker_id"] = "nobody"; });
       },
       kGold + ": quotations[1].speaker_id: \"nobody\" is in neither people nor organisations"},
      {"gold_speaker_id_of_another_entry",
       [](const DataCopy& c) {
         c.edit_json(kGold, [](json& g) { g["quotations"][1]["speaker_id"] = "jose-nunez"; });
       },
       kGold + ": quotations[1].speaker_id: \"jose-nunez\" is \"José Núñez\", but the speaker "
               "is \"Helena Castellano\""},
      {"gold_speaker_id_missing",
       [](const DataCopy& c) {
         c.edit_json(kGold, [](json& g) { g["quotations"][1]["speaker_id"] = nullptr; });
       },
       kGold + ": quotations[1].speaker_id: expected an id with the speaker \"Helena "
               "Castellano\", got null"},
      {"gold_duplicate_entity_id",
       [](const DataCopy& c) {
         c.edit_json(kGold, [](json& g) { g["people"][2]["id"] = "jose-nunez"; });
       },
       kGold + ": people[2].id: duplicate id \"jose-nunez\" in this article"},
      {"gold_one_id_for_two_names",
       [](const DataCopy& c) {
         c.edit_json("gold/002-lodz-new-commons-leader.json",
                     [](json& g) { g["people"][0]["id"] = "helena-castellano"; });
       },
       "gold/002-lodz-new-commons-leader.json: people[0].id: id \"helena-castellano\" is "
       "\"Agnieszka Wrona\" here but \"Helena Castellano\" in "
       "001-sao-paulo-waterways-pilot.json: give namesakes different ids"},
  };
  expect_reported(rows);
}

BOOST_AUTO_TEST_CASE(names_a_folder_where_a_file_should_be_and_goes_on) {
  const std::string kOther = "corpus/articles/003-marlowe-creek-footbridge-trial.txt";
  const std::vector<Corruption> rows = {
      {"article_is_a_folder",
       [&](const DataCopy& c) {
         c.replace_with_folder(kOther);
         c.edit_json(kGold, [](json& g) { g["parts"][0]["text"] = "X"; });
       },
       kOther + ": is a folder, expected a file",
       {kGold + ": parts[0].text: expected the article's bytes [0, 77), \"Waterways forum backs "
                "emergency water-sharing pilot as drought strands barges\", got \"X\""}},
      {"gold_is_a_folder",
       [](const DataCopy& c) {
         c.replace_with_folder("gold/003-marlowe-creek-footbridge-trial.json");
         c.edit_json(kGold, [](json& g) { g["parts"][0]["end"] = 99999; });
       },
       "gold/003-marlowe-creek-footbridge-trial.json: is a folder, expected a file",
       {kGold + ": parts[0]: [0, 99999) is not a range inside the article (3334 bytes)"}},
      {"gold_schema_is_a_folder",
       [](const DataCopy& c) {
         c.replace_with_folder("schema/gold.schema.json");
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][4]["line_count"] = 7; });
       },
       "schema/gold.schema.json: is a folder, expected a file",
       {"corpus/corpus.json: articles[4].line_count: expected 19, the lines in "
        "articles/005-tromso-under-ice-bloom.txt, got 7"}},
      {"corpus_schema_is_a_folder",
       [](const DataCopy& c) {
         c.replace_with_folder("schema/corpus.schema.json");
         c.write("schema/gold.schema.json", "[1,");
       },
       "schema/corpus.schema.json: is a folder, expected a file",
       {"schema/gold.schema.json: invalid JSON: [json.exception.parse_error.101] parse error at "
        "line 1, column 4: syntax error while parsing value - unexpected end of input; expected "
        "'[', '{', or a literal"}},
  };
  expect_reported(rows);
}

BOOST_AUTO_TEST_CASE(reads_no_file_outside_the_data_folder) {
  const DataCopy copy("path_outside");
  const fs::path outside = copy.dir().string() + "-outside.txt";
  std::ofstream(outside, std::ios::binary) << "not an article\n";
  copy.edit_json("corpus/corpus.json", [&](json& m) {
    m["articles"][3]["file"] = "../../" + outside.filename().string();
    m["articles"][4]["file"] = outside.string();
    m["articles"][5]["file"] = "articles/../articles/006-glasgow-ruiz-sobczak-title.txt";
  });
  const newsdesk::DataSummary summary = newsdesk::validate_data(copy.dir());
  const std::vector<std::string> problems = problems_in(copy);
  fs::remove(outside);
  const std::string expected = "corpus/corpus.json: articles[{}].file: expected a relative path "
                               "inside corpus/, without \"..\", got \"{}\"";
  for (const auto& [index, file] : std::vector<std::pair<int, std::string>>{
           {3, "../../" + outside.filename().string()},
           {4, outside.string()},
           {5, "articles/../articles/006-glasgow-ruiz-sobczak-title.txt"}}) {
    const std::string line = fmt::format(fmt::runtime(expected), index, file);
    BOOST_TEST(contains(problems, line), "expected " << line << "\ngot:" << joined(problems));
  }
  BOOST_TEST(std::none_of(problems.begin(), problems.end(),
                          [](const std::string& line) {
                            return line.find("-outside.txt:") != std::string::npos;
                          }),
             "a problem names the file outside:" << joined(problems));
  // Neither the file outside nor 006 through a path with ".." was read.
  BOOST_TEST(summary.articles == newsdesk::testing::corpus_articles().size() - 3);
}

BOOST_AUTO_TEST_CASE(quotes_only_the_start_of_a_huge_string) {
  const std::vector<Corruption> rows = {
      {"gold_50_kb_id",
       [](const DataCopy& c) {
         c.edit_json(kGold, [](json& g) { g["people"][0]["id"] = std::string(50'000, 'A'); });
       },
       kGold + ": people[0].id: expected a string matching \"^[a-z0-9]+(-[a-z0-9]+)*$\", got \"" +
           std::string(99, 'A') + "..."},
      {"manifest_10_mb_strings",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json", [](json& m) {
           m["articles"][0]["headline"] = std::string(10'000'000, 'x');
           m["articles"][1]["date"] = std::string(10'000'000, '2');
         });
       },
       "corpus/corpus.json: articles[0].headline: expected \"Waterways forum backs emergency "
       "water-sharing pilot as drought strands barges\", the first line of "
       "articles/001-sao-paulo-waterways-pilot.txt, got \"" +
           std::string(99, 'x') + "...",
       {"corpus/corpus.json: articles[1].date: expected a string matching "
        "\"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\", got \"" +
            std::string(99, '2') + "...",
        "corpus/corpus.json: articles[1].date: expected a calendar date \"YYYY-MM-DD\", got \"" +
            std::string(99, '2') + "..."}},
  };
  expect_reported(rows);
}

BOOST_AUTO_TEST_CASE(reports_nesting_too_deep_at_its_path_and_goes_on) {
  // Inserted as text: 100,000 arrays are more than nlohmann::json's dump() could write.
  const auto nest_in_people = [](const DataCopy& c, const std::string& file) {
    std::string text = json::parse(c.read(file)).dump();
    const std::string people = "\"people\":[";
    text.insert(text.find(people) + people.size(), nested_arrays(100'000) + ",");
    c.write(file, text);
  };
  const std::vector<Corruption> rows = {
      {"gold_nested_100000_deep",
       [&](const DataCopy& c) {
         nest_in_people(c, kGold);
         c.edit_json("gold/002-lodz-new-commons-leader.json",
                     [](json& g) { g["parts"][0]["text"] = "X"; });
       },
       // people[0] is inside 2 levels, so the value inside 65 is people[0] and 63 more.
       with_indices(kGold + ": people[0]", 63) + ": nesting deeper than 64 levels",
       {kGold + ": people[0]: expected an object, got " + std::string(100, '[') + "...",
        "gold/002-lodz-new-commons-leader.json: parts[0].text: expected the article's bytes "
        "[0, 65), \"New Commons leader says party 'won't wait' for coalition partners\", got "
        "\"X\""}},
  };
  expect_reported(rows);
}

BOOST_AUTO_TEST_CASE(names_a_schema_file_it_cannot_apply_and_goes_on) {
  const std::vector<Corruption> rows = {
      {"schema_not_json",
       [](const DataCopy& c) {
         c.write("schema/gold.schema.json", "{\"type\": ");
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][2]["date"] = "May 9"; });
       },
       "schema/gold.schema.json: invalid JSON: [json.exception.parse_error.101] parse error at "
       "line 1, column 10: syntax error while parsing value - unexpected end of input; expected "
       "'[', '{', or a literal",
       {"corpus/corpus.json: articles[2].date: expected a string matching "
        "\"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\", got \"May 9\""}},
      {"schema_unsupported_keyword",
       [](const DataCopy& c) {
         c.edit_json("schema/gold.schema.json",
                     [](json& s) { s["properties"]["article"]["maxLength"] = 80; });
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][0]["word_count"] = 1; });
       },
       "schema/gold.schema.json: properties.article.maxLength: unsupported keyword "
       "\"maxLength\"",
       {"corpus/corpus.json: articles[0].word_count: expected 543, the words in "
        "articles/001-sao-paulo-waterways-pilot.txt, got 1"}},
      {"schema_invalid_pattern",
       [](const DataCopy& c) {
         c.edit_json("schema/corpus.schema.json", [](json& s) {
           s["$defs"]["article"]["properties"]["date"]["pattern"] = R"(^\d{4}-\d{2}-\d{2}$)";
         });
         c.edit_json("schema/gold.schema.json",
                     [](json& s) { s["$defs"]["span"]["required"] = "text"; });
       },
       R"(schema/corpus.schema.json: $defs.article.properties.date.pattern: "^\\d{4}-\\d{2}-\\d{2}$" )"
       R"(is not a pattern this checker supports: "\d" at byte 1 is not supported )"
       R"((see tools/newsdesk/pattern.hpp))",
       {R"(schema/gold.schema.json: $defs.span.required: expected an array of strings, got "text")"}},
  };
  expect_reported(rows);
}

BOOST_AUTO_TEST_CASE(checks_what_the_manifest_says_of_each_file) {
  const std::vector<Corruption> rows = {
      {"manifest_word_count",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][0]["word_count"] = 544; });
       },
       "corpus/corpus.json: articles[0].word_count: expected 543, the words in "
       "articles/001-sao-paulo-waterways-pilot.txt, got 544"},
      {"manifest_line_count",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][1]["line_count"] = 21; });
       },
       "corpus/corpus.json: articles[1].line_count: expected 20, the lines in "
       "articles/002-lodz-new-commons-leader.txt, got 21"},
      {"manifest_character_count",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json",
                     [](json& m) { m["articles"][2]["character_count"] = 3116; });
       },
       "corpus/corpus.json: articles[2].character_count: expected 3115, the characters in "
       "articles/003-marlowe-creek-footbridge-trial.txt, got 3116"},
      {"manifest_headline",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][0]["headline"] = "Old"; });
       },
       "corpus/corpus.json: articles[0].headline: expected \"Waterways forum backs emergency "
       "water-sharing pilot as drought strands barges\", the first line of "
       "articles/001-sao-paulo-waterways-pilot.txt, got \"Old\""},
      {"manifest_byline_missing",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json", [](json& m) { m["articles"][0]["byline"] = nullptr; });
       },
       "corpus/corpus.json: articles[0].byline: expected \"By Marisa Teodoro and Kwame Asante\", "
       "line 2 of articles/001-sao-paulo-waterways-pilot.txt, got null"},
      {"manifest_byline_where_there_is_none",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json",
                     [](json& m) { m["articles"][2]["byline"] = "By Someone"; });
       },
       "corpus/corpus.json: articles[2].byline: expected null, since line 2 of "
       "articles/003-marlowe-creek-footbridge-trial.txt does not start with \"By \", got "
       "\"By Someone\""},
      {"manifest_dateline",
       [](const DataCopy& c) {
         c.edit_json("corpus/corpus.json",
                     [](json& m) { m["articles"][1]["dateline"] = "ŁÓDŹ (Wire) —"; });
       },
       "corpus/corpus.json: articles[1].dateline: expected the start of line 3 of "
       "articles/002-lodz-new-commons-leader.txt, \"ŁÓDŹ (Wire) - The New Commons Party elected "
       "Prof. Agnieszka Wrona as its leader on Sunday, handi..., got \"ŁÓDŹ (Wire) —\""},
  };
  expect_reported(rows);
}

BOOST_AUTO_TEST_CASE(names_a_data_folder_that_does_not_exist) {
  const newsdesk::DataSummary summary = newsdesk::validate_data("no/such/folder");
  BOOST_TEST_REQUIRE(summary.problems.size() == 1u);
  BOOST_TEST(summary.problems[0].to_string() == "no/such/folder: no such folder");
}

BOOST_AUTO_TEST_CASE(rejects_article_bytes_that_are_changed_invalid_or_not_nfc) {
  struct Row {
    std::string name;
    std::string inserted;  // put in at byte 10 of the article
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"latin1_byte", "\xE9", kArticle + ": byte 10 is not valid UTF-8"},
      {"decomposed_accent", "e\xCC\x81", kArticle + ": not in Unicode NFC from byte 10"},
      // The NFC check reads 64 KiB pieces that end before a character that starts afresh: here
      // the first piece would end inside "e" and its accent, so it ends before the "e".
      {"decomposed_accent_at_the_end_of_a_piece", std::string(65'525, 'x') + "e\xCC\x81",
       kArticle + ": not in Unicode NFC from byte 65535"},
      // No character in 80,000 bytes starts afresh: the piece grows to the end of the run.
      {"combining_run_longer_than_a_piece", "a" + repeated("\xCC\x81", 40'000),
       kArticle + ": not in Unicode NFC from byte 10"},
      {"latin1_byte_past_the_first_piece", std::string(70'000, 'x') + "\xE9",
       kArticle + ": byte 70010 is not valid UTF-8"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("inserted: " << row.name) {
      const DataCopy copy(row.name);
      std::string text = copy.read(kArticle);
      text.insert(10, row.inserted);
      copy.write(kArticle, text);
      const std::vector<std::string> problems = problems_in(copy);
      BOOST_TEST(contains(problems, row.expected),
                 "expected " << row.expected << "\ngot:" << joined(problems));
      // The changed bytes no longer match the manifest's checksum either.
      BOOST_TEST(std::any_of(problems.begin(), problems.end(), [](const std::string& line) {
                   return line.starts_with(kArticle + ": SHA-256 is ");
                 }),
                 "no checksum problem in:" << joined(problems));
    }
  }
}

BOOST_AUTO_TEST_CASE(finds_a_long_text_in_nfc_to_be_in_nfc) {
  const DataCopy copy("long_nfc_text");
  std::string text = copy.read(kArticle);
  text.insert(10, repeated("x\xC3\xA9", 70'000));  // "xé", é precomposed, across pieces
  copy.write(kArticle, text);
  const std::vector<std::string> problems = problems_in(copy);
  BOOST_TEST(std::none_of(problems.begin(), problems.end(),
                          [](const std::string& line) {
                            return line.find("NFC") != std::string::npos;
                          }),
             "an NFC problem in:" << joined(problems));
}

BOOST_AUTO_TEST_SUITE_END()
