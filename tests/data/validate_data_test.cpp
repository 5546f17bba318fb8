// Tests of the data checks: the corpus in data/ passes, and corrupted copies of it are
// rejected with a message that names the file, the JSON path and the problem.
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "corpus.hpp"
#include "json_schema.hpp"
#include "validate_data.hpp"

namespace fs = std::filesystem;
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

const std::string kArticle = "corpus/articles/001-sao-paulo-waterways-pilot.txt";
const std::string kGold = "gold/001-sao-paulo-waterways-pilot.json";

// A fresh copy of data/ in a temporary folder, removed again at the end of the test. The
// folder's name holds a random number, so that two runs of the tests at once (two builds, two
// clones) never share one.
class DataCopy {
 public:
  explicit DataCopy(const std::string& name)
      : dir_(fs::temp_directory_path() /
             ("newsdesk-data-test-" + name + "-" + std::to_string(std::random_device{}()))) {
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

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_data)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::check_schema(
                 json::parse(R"({"date": 7})"),
                 json::parse(R"({"properties": {"date": {"type": "string"}}})")) ==
             (std::vector<newsdesk::SchemaProblem>{{"date", "expected a string, got 7"}}));
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

BOOST_AUTO_TEST_CASE(rejects_corrupted_copies_naming_file_path_and_problem) {
  struct Row {
    std::string name;
    std::function<void(const DataCopy&)> corrupt;
    std::string expected;
  };
  const std::vector<Row> rows = {
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
      {"gold_unknown_field",
       [](const DataCopy& c) { c.edit_json(kGold, [](json& g) { g["notes"] = "x"; }); },
       kGold + ": unexpected field \"notes\""},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("corruption: " << row.name) {
      const DataCopy copy(row.name);
      row.corrupt(copy);
      const std::vector<std::string> problems = problems_in(copy);
      BOOST_TEST(contains(problems, row.expected),
                 "expected " << row.expected << "\ngot:" << joined(problems));
    }
  }
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

BOOST_AUTO_TEST_SUITE_END()
