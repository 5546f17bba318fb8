// Tests of the newsdesk commands as functions: what each prints for given inputs.
#include <filesystem>
#include <string>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "input.hpp"

namespace {

using newsdesk::NamedText;
using newsdesk::OutputFormat;

}  // namespace

BOOST_AUTO_TEST_SUITE(newsdesk_commands)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::run_count({{"a.txt", "Zoë won.\n"}}, OutputFormat::plain) ==
             "  lines   words   chars   bytes invalid\n"
             "      1       2       9      10       0 a.txt\n");
  BOOST_TEST(newsdesk::run_paragraphs({"a.txt", "Flood wall approved\nIt passed.\n"},
                                      OutputFormat::plain) ==
             "headline         0     19  Flood wall approved\n"
             "paragraph       20     30  It passed.\n");
}

BOOST_AUTO_TEST_CASE(documented_examples_of_level_2) {
  BOOST_TEST(newsdesk::run_tokenize({"a.txt", "They can't.\n"}, OutputFormat::plain) ==
             "They\nca\nn't\n.\n");
  BOOST_TEST(newsdesk::run_sentences({"a.txt", "It passed. He left.\n"}, OutputFormat::plain) ==
             "It passed.\nHe left.\n");
}

BOOST_AUTO_TEST_CASE(tokenize_json_offsets_count_from_the_start_of_the_input) {
  const nlohmann::json out = nlohmann::json::parse(
      newsdesk::run_tokenize({"-", "Headline\r\nZoë won.\n"}, OutputFormat::json));
  BOOST_TEST(out["tokens"].size() == 4u);
  BOOST_TEST(out["tokens"][1]["text"] == "Zoë");
  BOOST_TEST(out["tokens"][1]["begin"] == 10);
  BOOST_TEST(out["tokens"][1]["end"] == 14);
  BOOST_TEST(out["tokens"][3]["text"] == ".");
}

BOOST_AUTO_TEST_CASE(sentences_json_of_empty_input_is_an_empty_list) {
  const nlohmann::json out =
      nlohmann::json::parse(newsdesk::run_sentences({"-", ""}, OutputFormat::json));
  BOOST_TEST(out["sentences"].size() == 0u);
  const nlohmann::json two = nlohmann::json::parse(
      newsdesk::run_sentences({"-", "Title\nIt passed. He left."}, OutputFormat::json));
  BOOST_TEST(two["sentences"].size() == 3u);
  BOOST_TEST(two["sentences"][2]["begin"] == 17);
}

BOOST_AUTO_TEST_CASE(count_adds_a_total_line_for_several_inputs) {
  const std::string out =
      newsdesk::run_count({{"a", "one two\n"}, {"b", "three\n"}}, OutputFormat::plain);
  BOOST_TEST(out ==
             "  lines   words   chars   bytes invalid\n"
             "      1       2       8       8       0 a\n"
             "      1       1       6       6       0 b\n"
             "      2       3      14      14       0 total\n");
}

BOOST_AUTO_TEST_CASE(count_json_has_every_file_and_the_total) {
  const nlohmann::json out = nlohmann::json::parse(
      newsdesk::run_count({{"a", "one two\n"}, {"b", "caf\xE9\n"}}, OutputFormat::json));
  BOOST_TEST(out["files"].size() == 2u);
  BOOST_TEST(out["files"][0]["file"] == "a");
  BOOST_TEST(out["files"][0]["words"] == 2);
  BOOST_TEST(out["files"][1]["invalid_bytes"] == 1);
  BOOST_TEST(out["total"]["bytes"] == 13);
  BOOST_TEST(out["total"]["lines"] == 2);
}

BOOST_AUTO_TEST_CASE(paragraphs_json_keeps_offsets_of_invalid_utf8) {
  // The invalid byte is written as U+FFFD in the JSON text; the offsets count the bytes.
  const nlohmann::json out = nlohmann::json::parse(
      newsdesk::run_paragraphs({"-", "Caf\xE9 opens\nIt did.\n"}, OutputFormat::json));
  BOOST_TEST(out["file"] == "-");
  BOOST_TEST(out["parts"][0]["kind"] == "headline");
  BOOST_TEST(out["parts"][0]["text"] == "Caf\uFFFD opens");
  BOOST_TEST(out["parts"][0]["end"] == 10);
  BOOST_TEST(out["parts"][1]["begin"] == 11);
}

BOOST_AUTO_TEST_CASE(read_input_reads_every_byte) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / "newsdesk-read-input-test.txt";
  const std::string bytes("a\0b\r\n\xFF", 6);
  {
    std::FILE* file = std::fopen(path.string().c_str(), "wb");
    BOOST_TEST_REQUIRE(file != nullptr);
    std::fwrite(bytes.data(), 1, bytes.size(), file);
    std::fclose(file);
  }
  BOOST_TEST(newsdesk::read_input(path.string()).text == bytes);
  std::filesystem::remove(path);
}

BOOST_AUTO_TEST_CASE(read_input_names_a_missing_file) {
  BOOST_CHECK_EXCEPTION(
      static_cast<void>(newsdesk::read_input("no/such/file.txt")), newsdesk::input_error,
      [](const newsdesk::input_error& error) {
        return std::string(error.what()) == "no/such/file.txt: No such file or directory";
      });
}

BOOST_AUTO_TEST_SUITE_END()
