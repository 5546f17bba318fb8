// Tests of `newsdesk freq` and `newsdesk merge-counts` as functions: the documented examples,
// the three formats, the order of ties, counts that merge (two halves give the whole), and
// the inputs of every shape: folders, many small files, empty files, bad bytes, unreadable
// files and bad lines of counts.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "commands.hpp"
#include "corpus.hpp"
#include "freq.hpp"
#include "input.hpp"
#include "output.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using newsdesk::Options;
using newsdesk::OutputFormat;
using newsdesk::WordCount;
using newsdesk::WordCounts;

using newsdesk::testing::CommandFunction;
using newsdesk::testing::RunResult;

// Runs `command` on `files` ("-" reads `standard_input`), in small pieces so that a short
// text is read in many.
RunResult run(CommandFunction command, std::vector<std::string> files,
              const std::string& standard_input = "", OutputFormat format = OutputFormat::plain,
              std::optional<std::size_t> top = std::nullopt) {
  Options options;
  options.files = std::move(files);
  options.format = format;
  options.top = top;
  options.piece_size = 4096;
  return newsdesk::testing::run_command(command, options, standard_input);
}

RunResult freq(const std::string& text, OutputFormat format = OutputFormat::plain,
               std::optional<std::size_t> top = std::nullopt) {
  return run(newsdesk::run_freq, {"-"}, text, format, top);
}

// A folder in the temporary folder, removed with all it holds at the end of the test.
class TempFolder {
 public:
  explicit TempFolder(const fs::path& base = fs::temp_directory_path())
      : path_(base / ("newsdesk-freq-test-" + std::to_string(std::random_device{}()))) {
    fs::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path_, ignored);
  }
  // Writes `bytes` to the file `name` (which may hold folders) and returns its path.
  std::string write(const std::string& name, const std::string& bytes) const {
    const fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file.generic_string();
  }
  [[nodiscard]] std::string name() const { return path_.generic_string(); }

 private:
  fs::path path_;
};

// Where to make thousands of files: a file system in memory when there is one (Linux's
// /dev/shm), where making a file takes microseconds rather than the milliseconds it may take
// on a disk. The test is of the reading, not of the disk.
fs::path fast_temp_directory() {
  std::error_code error;
  const fs::path shm = "/dev/shm";
  if (fs::is_directory(shm, error) && access(shm.c_str(), W_OK) == 0) {
    return shm;
  }
  return fs::temp_directory_path();
}

// Every article of the corpus as one text, a blank line after each.
std::string corpus_text() {
  std::string text;
  for (const newsdesk::testing::CorpusArticle& article : newsdesk::testing::corpus_articles()) {
    text += article.text;
    text += '\n';
  }
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(newsdesk_freq)

BOOST_AUTO_TEST_CASE(documented_examples) {
  const RunResult plain = freq("The tub, the TUB and the sea.\n");
  BOOST_TEST(plain.out ==
             "7 tokens, 4 types\n"
             "count  word\n"
             "    3  the\n"
             "    2  tub\n"
             "    1  and\n"
             "    1  sea\n");
  BOOST_TEST(plain.status == newsdesk::kExitSuccess);

  TempFolder folder;
  const std::string first = folder.write("a.tsv", "3\tthe\n1\ttub\n");
  const std::string second = folder.write("b.tsv", "2\tthe\n");
  const RunResult merged = run(newsdesk::run_merge_counts, {first, second});
  BOOST_TEST(merged.out ==
             "6 tokens, 2 types\n"
             "count  word\n"
             "    5  the\n"
             "    1  tub\n");

  WordCounts counts;
  counts.add("the");
  counts.add("tub", 2);
  counts.add("the");
  const std::vector<WordCount> expected = {{"the", 2}, {"tub", 2}};
  BOOST_TEST(counts.ranked(0) == expected, "ties by word in code point order");
  BOOST_TEST(counts.tokens() == 4u);
  BOOST_TEST(counts.types() == 2u);

  const std::string articles =
      (newsdesk::testing::source_dir() / "data/corpus/articles").generic_string();
  const std::vector<std::string> listed =
      newsdesk::list_inputs({"-", articles}, [](const newsdesk::input_error&) {});
  BOOST_TEST(listed.size() == 46u);
  BOOST_TEST(listed.at(0) == "-");
  BOOST_TEST(listed.at(1).starts_with(articles + "/001-"));
  BOOST_TEST(listed.back().starts_with(articles + "/045-"));
}

BOOST_AUTO_TEST_CASE(counts_only_words_folded_as_exercise_06) {
  const RunResult result = freq("“It’s LATE,” she said... it's late; 1,200 — $5 %\n",
                                OutputFormat::tsv);
  BOOST_TEST(result.out == "2\t's\n2\tit\n2\tlate\n1\t1,200\n1\t5\n1\tsaid\n1\tshe\n");
}

BOOST_AUTO_TEST_CASE(ties_are_ordered_by_code_point_not_by_locale) {
  // # < 9 < a < z < é (U+00E9) < ł (U+0142) < 王 (U+738B): the bytes of UTF-8 sort so.
  const RunResult result = freq("王 ł é z a 9 #Z\n", OutputFormat::tsv);
  BOOST_TEST(result.out == "1\t#z\n1\t9\n1\ta\n1\tz\n1\té\n1\tł\n1\t王\n");
}

BOOST_AUTO_TEST_CASE(top_limits_plain_and_json_to_twenty_and_tsv_to_none) {
  std::string text;
  for (int i = 0; i < 30; ++i) {
    text += fmt::format("w{:02} ", i);
  }
  const auto lines = [](const std::string& out) {
    return static_cast<std::size_t>(std::count(out.begin(), out.end(), '\n'));
  };
  BOOST_TEST(lines(freq(text).out) == 2u + 20u);
  BOOST_TEST(lines(freq(text, OutputFormat::tsv).out) == 30u);
  BOOST_TEST(lines(freq(text, OutputFormat::plain, 0).out) == 2u + 30u);
  BOOST_TEST(lines(freq(text, OutputFormat::tsv, 3).out) == 3u);
  const nlohmann::ordered_json json = nlohmann::ordered_json::parse(freq(text, OutputFormat::json).out);
  BOOST_TEST(json.at("words").size() == 20u);
  BOOST_TEST(json.at("types") == 30);
}

BOOST_AUTO_TEST_CASE(json_has_tokens_types_and_words_with_counts) {
  const nlohmann::ordered_json json =
      nlohmann::ordered_json::parse(freq("Zoë and zoë and ZOË\n", OutputFormat::json).out);
  BOOST_TEST(json.at("tokens") == 5);
  BOOST_TEST(json.at("types") == 2);
  BOOST_TEST(json.at("words").dump() ==
             R"([{"word":"zoë","count":3},{"word":"and","count":2}])");
}

BOOST_AUTO_TEST_CASE(empty_input_gives_no_words_in_every_format) {
  BOOST_TEST(freq("").out == "0 tokens, 0 types\ncount  word\n");
  BOOST_TEST(freq("", OutputFormat::tsv).out == "");
  const nlohmann::ordered_json json = nlohmann::ordered_json::parse(freq("", OutputFormat::json).out);
  BOOST_TEST(json.dump() == R"({"tokens":0,"types":0,"words":[]})");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_no_word_and_json_stays_valid) {
  const RunResult tsv = freq("caf\xC3 caf\xC3\xA9 \xFF\xFE x\x80y\n", OutputFormat::tsv);
  BOOST_TEST(tsv.out == "1\tcaf\n1\tcafé\n1\tx\n1\ty\n");
  const nlohmann::ordered_json json =
      nlohmann::ordered_json::parse(freq("caf\xC3 \xFF\n", OutputFormat::json).out);
  BOOST_TEST(json.at("tokens") == 1);
  BOOST_TEST(json.at("words").at(0).at("word") == "caf");
}

BOOST_AUTO_TEST_CASE(tsv_merged_again_gives_the_same_table) {
  const std::string text = corpus_text();
  for (const OutputFormat format : {OutputFormat::plain, OutputFormat::json, OutputFormat::tsv}) {
    const RunResult direct = freq(text, format);
    const RunResult tsv = freq(text, OutputFormat::tsv);
    const RunResult merged = run(newsdesk::run_merge_counts, {"-"}, tsv.out, format);
    BOOST_TEST(merged.out == direct.out);
    BOOST_TEST(merged.status == newsdesk::kExitSuccess);
  }
}

BOOST_AUTO_TEST_CASE(counts_of_two_halves_merged_are_the_counts_of_the_whole) {
  const std::string text = corpus_text();
  // Cut after a line break (no word spans one), at about the middle.
  const std::size_t cut = text.find('\n', text.size() / 2) + 1;
  const RunResult first = freq(text.substr(0, cut), OutputFormat::tsv);
  const RunResult second = freq(text.substr(cut), OutputFormat::tsv);
  TempFolder folder;
  const RunResult merged = run(newsdesk::run_merge_counts,
                               {folder.write("1.tsv", first.out), folder.write("2.tsv", second.out)},
                               "", OutputFormat::tsv);
  BOOST_TEST(merged.out == freq(text, OutputFormat::tsv).out);
}

BOOST_AUTO_TEST_CASE(a_folder_is_read_with_every_file_under_it_in_sorted_order) {
  TempFolder folder;
  folder.write("b/2.txt", "two two\n");
  folder.write("a.txt", "one\n");
  folder.write("b/c/3.txt", "three three three\n");
  folder.write("b/empty.txt", "");
  const std::vector<std::string> listed =
      newsdesk::list_inputs({folder.name()}, [](const newsdesk::input_error&) {});
  const std::vector<std::string> expected = {
      folder.name() + "/a.txt", folder.name() + "/b/2.txt", folder.name() + "/b/c/3.txt",
      folder.name() + "/b/empty.txt"};
  BOOST_TEST(listed == expected);
  const RunResult result = run(newsdesk::run_freq, {folder.name()}, "", OutputFormat::tsv);
  BOOST_TEST(result.out == "3\tthree\n2\ttwo\n1\tone\n");
  BOOST_TEST(result.status == newsdesk::kExitSuccess);
}

BOOST_AUTO_TEST_CASE(a_folder_of_ten_thousand_small_files) {
  TempFolder folder(fast_temp_directory());
  for (int i = 0; i < 100; ++i) {
    fs::create_directory(fmt::format("{}/{:02}", folder.name(), i));
  }
  for (int i = 0; i < 10'000; ++i) {
    std::ofstream(fmt::format("{}/{:02}/{:05}.txt", folder.name(), i % 100, i))
        << fmt::format("Word {}\n", i % 7);
  }
  const RunResult result = run(newsdesk::run_freq, {folder.name()}, "", OutputFormat::json);
  const nlohmann::ordered_json json = nlohmann::ordered_json::parse(result.out);
  BOOST_TEST(json.at("tokens") == 20'000);
  BOOST_TEST(json.at("types") == 8);
  BOOST_TEST(json.at("words").at(0).dump() == R"({"word":"word","count":10000})");
  BOOST_TEST(result.err == "");
}

BOOST_AUTO_TEST_CASE(a_file_that_cannot_be_read_is_named_and_the_rest_counted) {
  TempFolder folder;
  folder.write("a.txt", "one\n");
  fs::create_symlink(folder.name() + "/nowhere.txt", folder.name() + "/broken.txt");
  const RunResult result = run(newsdesk::run_freq, {folder.name(), "nope.txt"}, "",
                               OutputFormat::tsv);
  BOOST_TEST(result.out == "1\tone\n");
  BOOST_TEST(result.err == "newsdesk: " + folder.name() +
                               "/broken.txt: No such file or directory\n"
                               "newsdesk: nope.txt: No such file or directory\n");
  BOOST_TEST(result.status == newsdesk::kExitBadInput);
}

BOOST_AUTO_TEST_CASE(a_file_without_read_permission_is_named_and_the_rest_counted) {
  TempFolder folder;
  folder.write("a.txt", "one\n");
  const std::string locked = folder.write("b.txt", "two\n");
  fs::permissions(locked, fs::perms::none);
  if (std::ifstream(locked).is_open()) {
    // Root reads any file whatever its mode: the test above checks the same path with a
    // link that leads nowhere.
    BOOST_TEST_MESSAGE("file modes are not enforced for this user (root?): nothing to check");
    return;
  }
  const RunResult result = run(newsdesk::run_freq, {folder.name()}, "", OutputFormat::tsv);
  BOOST_TEST(result.out == "1\tone\n");
  BOOST_TEST(result.err == "newsdesk: " + locked + ": Permission denied\n");
  BOOST_TEST(result.status == newsdesk::kExitBadInput);
}

BOOST_AUTO_TEST_CASE(progress_goes_to_standard_error_only_when_asked) {
  Options options;
  options.files = {"-"};
  options.progress = true;
  std::istringstream in(std::string(1000, 'a') + "\n");
  std::ostringstream out;
  std::ostringstream err;
  newsdesk::Output output(out, err);
  BOOST_TEST(newsdesk::run_freq(options, in, output) == newsdesk::kExitSuccess);
  BOOST_TEST(err.str() == "", "no line before 100 MB");
  BOOST_TEST(freq("a b\n").err == "");
}

BOOST_AUTO_TEST_CASE(merge_counts_names_each_bad_line_and_adds_the_others) {
  const std::string lines =
      "3\tthe\n"
      "the 12\n"          // 2: no tab
      "x\tthe\n"          // 3: no count
      "-1\tthe\n"         // 4: a sign
      "0\tthe\n"          // 5: zero
      "18446744073709551616\tthe\n"  // 6: past 2^64 - 1
      "2\t\n"             // 7: no word
      "2\ta\tb\n"         // 8: two tabs
      "\n"                // 9: empty
      "2\tthe\r\n"        // a CRLF line is fine
      "1\ttub";           // no final line break is fine
  const RunResult result = run(newsdesk::run_merge_counts, {"-"}, lines, OutputFormat::tsv);
  BOOST_TEST(result.out == "5\tthe\n1\ttub\n");
  BOOST_TEST(result.err ==
             "newsdesk: -:2: expected a count, a tab and a word, got \"the 12\"\n"
             "newsdesk: -:3: expected a count from 1 to 2^64 - 1 before the tab, got \"x\"\n"
             "newsdesk: -:4: expected a count from 1 to 2^64 - 1 before the tab, got \"-1\"\n"
             "newsdesk: -:5: expected a count from 1 to 2^64 - 1 before the tab, got \"0\"\n"
             "newsdesk: -:6: expected a count from 1 to 2^64 - 1 before the tab, got "
             "\"18446744073709551616\"\n"
             "newsdesk: -:7: expected a count, a tab and a word, got \"2\t\"\n"
             "newsdesk: -:8: expected a count, a tab and a word, got \"2\ta\tb\"\n"
             "newsdesk: -:9: expected a count, a tab and a word, got \"\"\n");
  BOOST_TEST(result.status == newsdesk::kExitBadInput);
}

BOOST_AUTO_TEST_CASE(merge_counts_reports_a_sum_past_the_largest_count) {
  const RunResult result = run(newsdesk::run_merge_counts, {"-"},
                               "18446744073709551615\tthe\n1\tthe\n", OutputFormat::tsv);
  BOOST_TEST(result.out == "18446744073709551615\tthe\n");
  BOOST_TEST(result.err == "newsdesk: -:2: counting \"the\" takes a count or the total past "
                           "2^64 - 1\n");
  BOOST_TEST(result.status == newsdesk::kExitBadInput);
}

BOOST_AUTO_TEST_CASE(merge_counts_of_a_missing_file_names_it) {
  const RunResult result = run(newsdesk::run_merge_counts, {"nope.tsv"});
  BOOST_TEST(result.err == "newsdesk: nope.tsv: No such file or directory\n");
  BOOST_TEST(result.status == newsdesk::kExitBadInput);
}

BOOST_AUTO_TEST_CASE(word_counts_grow_past_the_front_table_and_keep_every_count) {
  // More distinct words than the front table takes, each counted as often as its number.
  WordCounts counts;
  constexpr std::uint64_t kWords = 20'000;
  for (std::uint64_t i = 1; i <= kWords; ++i) {
    counts.add(fmt::format("w{}", i), i);
  }
  counts.add("w1");
  BOOST_TEST(counts.types() == kWords);
  BOOST_TEST(counts.tokens() == kWords * (kWords + 1) / 2 + 1);
  const std::vector<WordCount> ranked = counts.ranked(0);
  BOOST_TEST(ranked.front().word == "w20000");
  // w1 was counted twice, as often as w2: the tie goes by word, "w1" before "w2".
  BOOST_TEST(ranked.at(kWords - 3).word == "w3");
  BOOST_TEST(ranked.at(kWords - 2).word == "w1");
  BOOST_TEST(ranked.at(kWords - 2).count == 2u);
  BOOST_TEST(ranked.back().word == "w2");
}

BOOST_AUTO_TEST_SUITE_END()
