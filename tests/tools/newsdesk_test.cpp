// Tests of the newsdesk commands as functions: what each prints for given inputs, that
// reading in pieces gives what the exercise code gives on the whole text, and the reading and
// writing underneath.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "corpus.hpp"
#include "count_text.hpp"
#include "input.hpp"
#include "output.hpp"
#include "paragraphs.hpp"
#include "quotes.hpp"
#include "run_command.hpp"
#include "sentences.hpp"
#include "tokenize.hpp"

namespace {

namespace fs = std::filesystem;
using newsdesk::Options;
using newsdesk::OutputFormat;
using newsdesk::TextPiece;
using newsdesk::PieceEnd;
using newsdesk::PieceReader;

// The commands read in pieces of this size in these tests: many pieces of a short text.
constexpr std::size_t kSmallPieces = 4096;

using newsdesk::testing::CommandFunction;
using newsdesk::testing::RunResult;

// Runs `command` with `standard_input` as its standard input and `files` as its FILE
// arguments ("-" by default), reading in pieces of `piece_size` bytes.
RunResult run(CommandFunction command, const std::string& standard_input,
              OutputFormat format = OutputFormat::plain,
              std::vector<std::string> files = {"-"}, std::size_t piece_size = kSmallPieces) {
  Options options;
  options.files = std::move(files);
  options.format = format;
  options.piece_size = piece_size;
  return newsdesk::testing::run_command(command, options, standard_input);
}

// A file in the temporary folder, removed at the end of the test. A random number in its
// name keeps two runs of the tests at once apart.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& bytes)
      : path_(fs::temp_directory_path() /
              ("newsdesk-test-" + std::to_string(std::random_device{}()) + "-" + name)) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() { fs::remove(path_); }
  [[nodiscard]] std::string name() const { return path_.string(); }

 private:
  fs::path path_;
};

// Every article of the corpus, one after the other with a blank line between, repeated until
// the text is larger than `bytes`: a text that the program must read in several pieces.
std::string corpus_text_of_at_least(std::size_t bytes) {
  std::string text;
  while (text.size() < bytes) {
    for (const newsdesk::testing::CorpusArticle& article : newsdesk::testing::corpus_articles()) {
      text += article.text;
      text += '\n';
    }
  }
  return text;
}

// The same text with each line wrapped at the last space before column 60, so that most lines
// start with a small letter and sentences go on across line breaks.
std::string wrapped(const std::string& text) {
  std::string out;
  std::size_t column = 0;
  std::size_t last_space = std::string::npos;
  for (const char c : text) {
    out += c;
    column = c == '\n' ? 0 : column + 1;
    if (c == ' ') {
      last_space = out.size() - 1;
    }
    if (column > 60 && last_space != std::string::npos && out[last_space] == ' ') {
      out[last_space] = '\n';
      column = out.size() - last_space - 1;
      last_space = std::string::npos;
    }
  }
  return out;
}

// An input that gives `text` a block at a time and notes how many bytes `out` already held
// when the last block was asked for: what a command wrote before it reached the end.
class WatchedInput : public std::streambuf {
 public:
  static constexpr std::size_t kBlock = 4096;

  WatchedInput(std::string text, const std::ostringstream& out)
      : text_(std::move(text)), out_(out) {}
  [[nodiscard]] std::size_t written_before_the_end() const { return written_before_the_end_; }

 protected:
  int_type underflow() override {
    if (next_ >= text_.size()) {
      return traits_type::eof();
    }
    const std::size_t size = std::min(kBlock, text_.size() - next_);
    char* const begin = text_.data() + next_;
    setg(begin, begin, begin + size);
    next_ += size;
    if (next_ == text_.size()) {
      written_before_the_end_ = out_.str().size();
    }
    return traits_type::to_int_type(*begin);
  }

 private:
  std::string text_;
  const std::ostringstream& out_;
  std::size_t next_ = 0;
  std::size_t written_before_the_end_ = 0;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(newsdesk_commands)

BOOST_AUTO_TEST_CASE(documented_examples) {
  const TempFile a("a.txt", "Zoë won.\n");
  BOOST_TEST(run(newsdesk::run_count, "", OutputFormat::plain, {a.name()}).out ==
             "  lines   words   chars   bytes invalid\n"
             "      1       2       9      10       0 " + a.name() + "\n");
  BOOST_TEST(run(newsdesk::run_paragraphs, "Flood wall approved\nIt passed.\n").out ==
             "headline         0     19  Flood wall approved\n"
             "paragraph       20     30  It passed.\n");
  BOOST_TEST(run(newsdesk::run_tokenize, "They can't.\n").out == "They\nca\nn't\n.\n");
  BOOST_TEST(run(newsdesk::run_sentences, "It passed. He left.\n").out ==
             "It passed.\nHe left.\n");
}

BOOST_AUTO_TEST_CASE(tokenize_json_offsets_count_from_the_start_of_the_input) {
  const nlohmann::json out = nlohmann::json::parse(
      run(newsdesk::run_tokenize, "Headline\r\nZoë won.\n", OutputFormat::json).out);
  BOOST_TEST(out["tokens"].size() == 4u);
  BOOST_TEST(out["tokens"][1]["text"] == "Zoë");
  BOOST_TEST(out["tokens"][1]["begin"] == 10);
  BOOST_TEST(out["tokens"][1]["end"] == 14);
  BOOST_TEST(out["tokens"][3]["text"] == ".");
}

BOOST_AUTO_TEST_CASE(sentences_json_of_empty_input_is_an_empty_list) {
  const nlohmann::json out =
      nlohmann::json::parse(run(newsdesk::run_sentences, "", OutputFormat::json).out);
  BOOST_TEST(out["sentences"].size() == 0u);
  const nlohmann::json two = nlohmann::json::parse(
      run(newsdesk::run_sentences, "Title\nIt passed. He left.", OutputFormat::json).out);
  BOOST_TEST(two["sentences"].size() == 3u);
  BOOST_TEST(two["sentences"][2]["begin"] == 17);
}

BOOST_AUTO_TEST_CASE(sentences_prints_a_wrapped_sentence_on_one_line) {
  BOOST_TEST(run(newsdesk::run_sentences, "The council met on a\r\nwet Monday. It voted.\n").out ==
             "The council met on a wet Monday.\nIt voted.\n");
}

BOOST_AUTO_TEST_CASE(count_adds_a_total_line_for_several_inputs) {
  const TempFile a("a", "one two\n");
  const TempFile b("b", "three\n");
  BOOST_TEST(run(newsdesk::run_count, "", OutputFormat::plain, {a.name(), b.name()}).out ==
             "  lines   words   chars   bytes invalid\n"
             "      1       2       8       8       0 " + a.name() + "\n" +
             "      1       1       6       6       0 " + b.name() + "\n" +
             "      2       3      14      14       0 total\n");
}

BOOST_AUTO_TEST_CASE(count_goes_on_past_a_missing_file) {
  const RunResult result =
      run(newsdesk::run_count, "one\n", OutputFormat::plain, {"no/such/file.txt", "-"});
  BOOST_TEST(result.status == newsdesk::kExitBadInput);
  BOOST_TEST(result.err == "newsdesk: no/such/file.txt: No such file or directory\n");
  BOOST_TEST(result.out ==
             "  lines   words   chars   bytes invalid\n"
             "      1       1       4       4       0 -\n");
}

BOOST_AUTO_TEST_CASE(count_json_has_every_file_and_the_total) {
  const TempFile b("b", "caf\xE9\n");
  const nlohmann::json out = nlohmann::json::parse(
      run(newsdesk::run_count, "one two\n", OutputFormat::json, {"-", b.name()}).out);
  BOOST_TEST(out["files"].size() == 2u);
  BOOST_TEST(out["files"][0]["file"] == "-");
  BOOST_TEST(out["files"][0]["words"] == 2);
  BOOST_TEST(out["files"][1]["invalid_bytes"] == 1);
  BOOST_TEST(out["total"]["bytes"] == 13);
  BOOST_TEST(out["total"]["lines"] == 2);
}

BOOST_AUTO_TEST_CASE(paragraphs_json_keeps_offsets_of_invalid_utf8) {
  // The invalid byte is written as U+FFFD in the JSON text; the offsets count the bytes.
  const nlohmann::json out = nlohmann::json::parse(
      run(newsdesk::run_paragraphs, "Caf\xE9 opens\nIt did.\n", OutputFormat::json).out);
  BOOST_TEST(out["file"] == "-");
  BOOST_TEST(out["parts"][0]["kind"] == "headline");
  BOOST_TEST(out["parts"][0]["text"] == "Caf\uFFFD opens");
  BOOST_TEST(out["parts"][0]["end"] == 10);
  BOOST_TEST(out["parts"][1]["begin"] == 11);
}

BOOST_AUTO_TEST_CASE(every_command_skips_a_byte_order_mark_and_counts_it_in_offsets) {
  const std::string text = "\xEF\xBB\xBFZoë won.\n";
  const nlohmann::json tokens =
      nlohmann::json::parse(run(newsdesk::run_tokenize, text, OutputFormat::json).out);
  BOOST_TEST(tokens["tokens"][0]["text"] == "Zoë");
  BOOST_TEST(tokens["tokens"][0]["begin"] == 3);
  const nlohmann::json sentences =
      nlohmann::json::parse(run(newsdesk::run_sentences, text, OutputFormat::json).out);
  BOOST_TEST(sentences["sentences"][0]["text"] == "Zoë won.");
  BOOST_TEST(sentences["sentences"][0]["begin"] == 3);
  const nlohmann::json parts =
      nlohmann::json::parse(run(newsdesk::run_paragraphs, text, OutputFormat::json).out);
  BOOST_TEST(parts["parts"][0]["text"] == "Zoë won.");
  BOOST_TEST(parts["parts"][0]["begin"] == 3);
  const nlohmann::json counts =
      nlohmann::json::parse(run(newsdesk::run_count, text, OutputFormat::json).out);
  BOOST_TEST(counts["total"]["bytes"] == 13);
  BOOST_TEST(counts["total"]["characters"] == 9);
  BOOST_TEST(counts["total"]["words"] == 2);
}

BOOST_AUTO_TEST_CASE(every_command_skips_a_byte_order_mark_read_in_pieces_shorter_than_it) {
  // Pieces of 1 and 2 bytes: the first read holds only part of the mark.
  const std::string text = "\xEF\xBB\xBFZoë won.\n";
  for (const std::size_t piece_size : {std::size_t{1}, std::size_t{2}}) {
    BOOST_TEST_CONTEXT("pieces of " << piece_size << " bytes") {
      const nlohmann::json tokens = nlohmann::json::parse(
          run(newsdesk::run_tokenize, text, OutputFormat::json, {"-"}, piece_size).out);
      BOOST_TEST(tokens["tokens"].size() == 3u);
      BOOST_TEST(tokens["tokens"][0]["text"] == "Zoë");
      BOOST_TEST(tokens["tokens"][0]["begin"] == 3);
      BOOST_TEST(
          run(newsdesk::run_sentences, text, OutputFormat::plain, {"-"}, piece_size).out ==
          "Zoë won.\n");
      BOOST_TEST(
          run(newsdesk::run_paragraphs, text, OutputFormat::plain, {"-"}, piece_size).out ==
          "headline         3     12  Zoë won.\n");
      const nlohmann::json counts = nlohmann::json::parse(
          run(newsdesk::run_count, text, OutputFormat::json, {"-"}, piece_size).out);
      BOOST_TEST(counts["total"]["bytes"] == 13);
      BOOST_TEST(counts["total"]["characters"] == 9);
      BOOST_TEST(counts["total"]["words"] == 2);
    }
  }
}

BOOST_AUTO_TEST_CASE(quotes_documented_example) {
  const TempFile a("a.txt", "Vote\n\"We are ready,\" Ana Ruiz said.\n");
  BOOST_TEST(run(newsdesk::run_quotes, "", OutputFormat::plain, {a.name()}).out ==
             "  begin     end  kind        flags  speaker                   cue         quote\n"
             "      6      19  direct      -      Ana Ruiz                  said        "
             "We are ready,\n");
}

BOOST_AUTO_TEST_CASE(quotes_json_has_every_field_with_offsets_into_the_input) {
  const std::string text =
      "Vote\n"
      "\u201cWe are \u2018nearly\u2019 ready,\u201d Ana Ruiz said.\n"
      "\u201cWe have waited.\n"
      "\u201cAnd we will wait,\u201d she said.\n";
  const nlohmann::json out =
      nlohmann::json::parse(run(newsdesk::run_quotes, text, OutputFormat::json).out);
  const nlohmann::json& quotes = out.at("quotes");
  BOOST_TEST_REQUIRE(quotes.size() == 3u);
  for (const nlohmann::json& quote : quotes) {
    const std::size_t begin = quote.at("begin");
    const std::size_t end = quote.at("end");
    BOOST_TEST(quote.at("text") == text.substr(begin, end - begin));
    BOOST_TEST(quote.at("file") == "-");
  }
  BOOST_TEST(quotes[0].at("text") == "We are \u2018nearly\u2019 ready,");
  BOOST_TEST(quotes[0].at("kind") == "direct");
  BOOST_TEST(quotes[0].at("nested") == false);
  BOOST_TEST(quotes[0].at("speaker") == "Ana Ruiz");
  BOOST_TEST(quotes[0].at("cue") == "said");
  BOOST_TEST(quotes[0].at("mention") ==
             nlohmann::json({{"text", "Ana Ruiz"}, {"begin", 38}, {"end", 46}}));
  BOOST_TEST(quotes[1].at("text") == "nearly");
  BOOST_TEST(quotes[1].at("nested") == true);
  BOOST_TEST(quotes[1].at("speaker").is_null());
  BOOST_TEST(quotes[1].at("mention").is_null());
  BOOST_TEST(quotes[2].at("multi_paragraph") == true);
  BOOST_TEST(quotes[2].at("unterminated") == false);
  BOOST_TEST(quotes[2].at("text") == "We have waited.\n\u201cAnd we will wait,");
  BOOST_TEST(quotes[2].at("speaker") == "Ana Ruiz");
}

BOOST_AUTO_TEST_CASE(quotes_json_of_empty_input_is_an_empty_list) {
  const nlohmann::json out =
      nlohmann::json::parse(run(newsdesk::run_quotes, "", OutputFormat::json).out);
  BOOST_TEST(out == nlohmann::json::parse(R"({"quotes": []})"));
}

BOOST_AUTO_TEST_CASE(quotes_go_on_past_a_missing_file) {
  const TempFile a("a.txt", "Vote\n\"Yes,\" she said.\n");
  const RunResult result =
      run(newsdesk::run_quotes, "", OutputFormat::json, {"nope.txt", a.name()});
  BOOST_TEST(result.status == newsdesk::kExitBadInput);
  BOOST_TEST(result.err == "newsdesk: nope.txt: No such file or directory\n");
  const nlohmann::json out = nlohmann::json::parse(result.out);
  BOOST_TEST_REQUIRE(out.at("quotes").size() == 1u);
  BOOST_TEST(out["quotes"][0].at("file") == a.name());
}

BOOST_AUTO_TEST_CASE(quotes_survive_hostile_input_with_documented_results) {
  // Unpaired marks, NUL bytes and invalid UTF-8: JSON that parses, offsets that slice the
  // input, and every quotation inside the input.
  using namespace std::string_literals;  // the s suffix keeps the NUL byte
  const std::string hostile = "Head\n\"a\0b \xff\xfe \""s + "\n" +
                              std::string(10'000, '"') + "\n" + std::string(10'000, '\'') +
                              "\n\u201c\u201c\u201c\n\u201d\n";
  const RunResult result = run(newsdesk::run_quotes, hostile, OutputFormat::json);
  BOOST_TEST(result.status == newsdesk::kExitSuccess);
  const nlohmann::json out = nlohmann::json::parse(result.out);
  BOOST_TEST(!out.at("quotes").empty());
  for (const nlohmann::json& quote : out["quotes"]) {
    BOOST_TEST(quote.at("begin").get<std::size_t>() <= quote.at("end").get<std::size_t>());
    BOOST_TEST(quote.at("end").get<std::size_t>() <= hostile.size());
  }
}

BOOST_AUTO_TEST_CASE(quotes_list_ten_thousand_unclosed_marks_as_one_quotation) {
  // Each opening mark would start a nested quotation running to the end of the line; only
  // the outer one is listed, so the output grows with the input, not with its square.
  std::string line;
  for (int i = 0; i < 10'000; ++i) {
    line += "\u201cword ";
  }
  const std::string text = "Head\n" + line + "\n";
  const nlohmann::json out =
      nlohmann::json::parse(run(newsdesk::run_quotes, text, OutputFormat::json).out);
  BOOST_TEST_REQUIRE(out.at("quotes").size() == 1u);
  BOOST_TEST(out["quotes"][0].at("unterminated") == true);
  BOOST_TEST(out["quotes"][0].at("begin") == 8);
  BOOST_TEST(out["quotes"][0].at("end") == text.size() - 2);
}

BOOST_AUTO_TEST_CASE(quotes_in_pieces_give_the_quotes_of_the_whole_text) {
  // One article read in small pieces: the context that pieces keep covers all of it, so the
  // result is exactly that of the whole text, attribution included.
  const newsdesk::testing::CorpusArticle& article =
      newsdesk::testing::corpus_articles().front();
  BOOST_TEST_REQUIRE(article.text.size() < newsdesk::kContextBytes);
  const std::string whole =
      run(newsdesk::run_quotes, article.text, OutputFormat::json, {"-"}, 1 << 20).out;
  BOOST_TEST_REQUIRE(nlohmann::json::parse(whole).at("quotes").size() > 3u);
  for (const std::size_t piece_size : {std::size_t{1}, std::size_t{200}, std::size_t{1000}}) {
    BOOST_TEST_CONTEXT("pieces of " << piece_size << " bytes") {
      BOOST_TEST(run(newsdesk::run_quotes, article.text, OutputFormat::json, {"-"}, piece_size)
                     .out == whole);
    }
  }
}

BOOST_AUTO_TEST_CASE(quotes_in_pieces_find_the_spans_of_the_whole_text) {
  // A long text: the spans, kinds and flags of the pieces are those of the whole text; only
  // attribution may differ, where a name stood more than kContextBytes before its quotation.
  const std::string text = corpus_text_of_at_least(100 * kSmallPieces);
  const auto spans = [&](std::size_t piece_size) {
    nlohmann::json quotes =
        nlohmann::json::parse(run(newsdesk::run_quotes, text, OutputFormat::json, {"-"},
                                  piece_size).out).at("quotes");
    for (nlohmann::json& quote : quotes) {
      quote.erase("speaker");
      quote.erase("mention");
      quote.erase("cue");
    }
    return quotes;
  };
  const nlohmann::json whole = spans(text.size());
  BOOST_TEST_REQUIRE(whole.size() > 1000u);
  BOOST_TEST((spans(kSmallPieces) == whole));
}

BOOST_AUTO_TEST_CASE(who_documented_example) {
  const TempFile a("a.txt", "Vote\n\"We are ready,\" Ana Ruiz said.\n");
  BOOST_TEST(run(newsdesk::run_who, "", OutputFormat::plain, {a.name()}).out ==
             a.name() + ":\n"
             "speaker   quotations  words\n"
             "Ana Ruiz           1      3\n");
}

BOOST_AUTO_TEST_CASE(who_ranks_the_speakers_of_all_inputs_together) {
  const TempFile a("a.txt", "Vote\n\"We are ready,\" Ana Ruiz said.\n");
  const TempFile b("b.txt", "Vote\n\"No,\" Ben Ola said. \"Not yet.\"\n\"Ready,\" Ana Ruiz said.\n");
  const RunResult result =
      run(newsdesk::run_who, "", OutputFormat::json, {a.name(), "nope.txt", b.name()});
  BOOST_TEST(result.status == newsdesk::kExitBadInput);
  BOOST_TEST(result.err == "newsdesk: nope.txt: No such file or directory\n");
  const nlohmann::json out = nlohmann::json::parse(result.out);
  BOOST_TEST_REQUIRE(out.at("articles").size() == 2u);
  BOOST_TEST(out["articles"][1].at("article") == b.name());
  BOOST_TEST(out["articles"][1].at("quotations") == 3);
  const nlohmann::json& all = out.at("all");
  BOOST_TEST(all.at("quotations") == 4);
  BOOST_TEST_REQUIRE(all.at("speakers").size() == 2u);
  BOOST_TEST(all["speakers"][0] ==
             nlohmann::json({{"speaker", "Ana Ruiz"}, {"quotations", 2}, {"words", 4}}));
  BOOST_TEST(all["speakers"][1] ==
             nlohmann::json({{"speaker", "Ben Ola"}, {"quotations", 2}, {"words", 3}}));
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_input_error_naming_it) {
  BOOST_CHECK_EXCEPTION(
      run(newsdesk::run_tokenize, "", OutputFormat::plain, {"no/such/file.txt"}),
      newsdesk::input_error, [](const newsdesk::input_error& error) {
        return std::string(error.what()) == "no/such/file.txt: No such file or directory";
      });
}

BOOST_AUTO_TEST_SUITE_END()

// The commands read in pieces; on a text of many pieces they must print exactly what the
// exercise code finds in the whole text.
BOOST_AUTO_TEST_SUITE(newsdesk_streaming)

BOOST_AUTO_TEST_CASE(tokenize_in_pieces_gives_the_tokens_of_the_whole_text) {
  const std::string text = corpus_text_of_at_least(100 * kSmallPieces);
  std::string expected;
  for (const newsdesk::Token& token : newsdesk::tokenize(text)) {
    expected += token.text;
    expected += '\n';
  }
  BOOST_TEST_REQUIRE(!expected.empty());
  BOOST_TEST((run(newsdesk::run_tokenize, text).out == expected));
}

BOOST_AUTO_TEST_CASE(sentences_in_pieces_give_the_sentences_of_the_whole_text) {
  for (const std::string& text :
       {corpus_text_of_at_least(100 * kSmallPieces),
        wrapped(corpus_text_of_at_least(100 * kSmallPieces))}) {
    const nlohmann::json out =
        nlohmann::json::parse(run(newsdesk::run_sentences, text, OutputFormat::json).out);
    const std::vector<newsdesk::Sentence> expected = newsdesk::split_sentences(text);
    BOOST_TEST_REQUIRE(out["sentences"].size() == expected.size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      differ += out["sentences"][i]["begin"] != expected[i].begin ||
                out["sentences"][i]["end"] != expected[i].end;
    }
    BOOST_TEST(differ == 0u, differ << " of " << expected.size() << " sentences differ");
  }
}

BOOST_AUTO_TEST_CASE(paragraphs_in_pieces_give_the_parts_of_the_whole_text) {
  // One long "article": the headline, byline and dateline of the first, then many lines,
  // subheads and boilerplate among them.
  const std::string text = corpus_text_of_at_least(100 * kSmallPieces);
  const nlohmann::json out =
      nlohmann::json::parse(run(newsdesk::run_paragraphs, text, OutputFormat::json).out);
  const std::vector<newsdesk::Part> expected = newsdesk::split_article(text);
  BOOST_TEST_REQUIRE(out["parts"].size() == expected.size());
  std::size_t differ = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    differ += out["parts"][i]["kind"] != newsdesk::to_string(expected[i].kind) ||
              out["parts"][i]["begin"] != expected[i].begin ||
              out["parts"][i]["end"] != expected[i].end;
  }
  BOOST_TEST(differ == 0u, differ << " of " << expected.size() << " parts differ");
}

BOOST_AUTO_TEST_CASE(paragraphs_writes_boilerplate_before_the_first_paragraph_as_it_reads) {
  // Boilerplate is boilerplate whatever follows it, so its parts can be written as they are
  // read; holding them until the first paragraph holds the whole text before it in memory.
  std::string text = "Flood wall approved\n";
  const std::string boilerplate = "Read also: Council delays vote on harbour wall\n";
  for (std::size_t i = 0; i < 20'000; ++i) {
    text += boilerplate;
  }
  text += "It passed.\n";
  std::ostringstream out;
  std::ostringstream err;
  WatchedInput watched(text, out);
  std::istream in(&watched);
  Options options;
  options.files = {"-"};
  options.piece_size = kSmallPieces;
  {
    newsdesk::Output output(out, err);
    BOOST_TEST(newsdesk::run_paragraphs(options, in, output) == newsdesk::kExitSuccess);
  }
  const std::vector<newsdesk::Part> expected = newsdesk::split_article(text);
  BOOST_TEST_REQUIRE(expected.size() == 20'002u);
  const std::string printed = out.str();
  BOOST_TEST(static_cast<std::size_t>(std::count(printed.begin(), printed.end(), '\n')) ==
             expected.size());
  // All but the last piece and one block of output were written before the input ran out.
  BOOST_TEST(watched.written_before_the_end() > printed.size() / 2,
             watched.written_before_the_end() << " of " << printed.size()
                                              << " bytes written before the end of the input");
}

BOOST_AUTO_TEST_CASE(paragraphs_in_pieces_give_a_dateline_to_the_first_paragraph_only) {
  // Every paragraph looks as if it had a dateline; only the first one has. A piece holds a few
  // lines, so every window of the reader starts after the first paragraph.
  std::string text = "Flood wall approved\nBy Ana Ruiz\nOSLO, May 9 — It passed.\n";
  for (int i = 0; i < 500; ++i) {
    text += fmt::format("BERGEN, May {} — Paragraph {} of the story.\n", i % 28 + 1, i);
  }
  Options options;
  options.files = {"-"};
  options.format = OutputFormat::json;
  options.piece_size = 64;
  std::istringstream in(text);
  std::ostringstream out;
  std::ostringstream err;
  {
    newsdesk::Output output(out, err);
    BOOST_TEST(newsdesk::run_paragraphs(options, in, output) == newsdesk::kExitSuccess);
  }
  const nlohmann::json printed = nlohmann::json::parse(out.str());
  const std::vector<newsdesk::Part> expected = newsdesk::split_article(text);
  BOOST_TEST_REQUIRE(expected.size() == 504u);  // headline, byline, dateline, 501 paragraphs
  BOOST_TEST_REQUIRE(printed["parts"].size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    BOOST_TEST_REQUIRE(printed["parts"][i]["kind"] == newsdesk::to_string(expected[i].kind),
                       "part " << i);
    BOOST_TEST_REQUIRE(printed["parts"][i]["begin"] == expected[i].begin, "part " << i);
  }
}

BOOST_AUTO_TEST_CASE(count_in_pieces_gives_the_counts_of_the_whole_text) {
  const std::string text = corpus_text_of_at_least(100 * kSmallPieces) + "end";
  const newsdesk::TextCounts expected = newsdesk::count_text(text);
  const nlohmann::json out =
      nlohmann::json::parse(run(newsdesk::run_count, text, OutputFormat::json).out);
  BOOST_TEST(out["total"]["bytes"] == expected.bytes);
  BOOST_TEST(out["total"]["lines"] == expected.lines);
  BOOST_TEST(out["total"]["words"] == expected.words);
  BOOST_TEST(out["total"]["characters"] == expected.characters);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(newsdesk_input)

BOOST_AUTO_TEST_CASE(piece_reader_documented_example) {
  std::istringstream in("\xEF\xBB\xBFOne.\nTwo.\n");
  PieceReader reader(in, "-", PieceEnd::line);
  const std::optional<TextPiece> piece = reader.next();
  BOOST_TEST_REQUIRE(piece.has_value());
  BOOST_TEST(piece->text == "One.\nTwo.\n");
  BOOST_TEST(piece->offset == 3u);
  BOOST_TEST(!reader.next().has_value());
  BOOST_TEST(reader.bytes_read() == 13u);
}

BOOST_AUTO_TEST_CASE(piece_reader_gives_every_byte_in_order_and_ends_pieces_where_allowed) {
  const std::string text = wrapped(corpus_text_of_at_least(100 * kSmallPieces));
  for (const PieceEnd end : {PieceEnd::line, PieceEnd::sentence}) {
    std::istringstream in(text);
    PieceReader reader(in, "-", end, kSmallPieces);
    std::size_t offset = 0;
    std::size_t pieces = 0;
    while (const std::optional<TextPiece> piece = reader.next()) {
      BOOST_TEST_REQUIRE(piece->offset == offset);
      BOOST_TEST_REQUIRE((text.compare(offset, piece->text.size(), piece->text) == 0));
      offset += piece->text.size();
      ++pieces;
      if (offset == text.size()) {
        break;
      }
      BOOST_TEST_REQUIRE(piece->text.ends_with('\n'));
      if (end == PieceEnd::sentence) {
        // The next line starts with no small letter, and is the one given as next_line.
        const unsigned char next = static_cast<unsigned char>(text[offset]);
        BOOST_TEST_REQUIRE(!(next >= 'a' && next <= 'z'), "piece " << pieces);
        BOOST_TEST_REQUIRE(piece->next_line == text.substr(offset, text.find('\n', offset) + 1 - offset));
      }
    }
    BOOST_TEST(offset == text.size());
    BOOST_TEST(pieces >= 50u);
  }
}

BOOST_AUTO_TEST_CASE(piece_reader_cuts_a_line_longer_than_a_piece_after_a_space) {
  // One line of words longer than many pieces, a line break, then a run with no space that is
  // longer than a piece: line_or_space ends pieces after a space or a line break, never inside
  // a word, and gives the run whole.
  std::string long_line;
  while (long_line.size() < 20 * kSmallPieces) {
    long_line += "“Yes,” she\tsaid. ";
  }
  const std::string run_of_marks(3 * kSmallPieces, '"');
  const std::string text = long_line + "\n" + run_of_marks + "\nEnd.\n";
  std::istringstream in(text);
  PieceReader reader(in, "-", PieceEnd::line_or_space, kSmallPieces);
  std::size_t offset = 0;
  std::size_t pieces = 0;
  bool run_whole = false;
  while (const std::optional<TextPiece> piece = reader.next()) {
    BOOST_TEST_REQUIRE(piece->offset == offset);
    BOOST_TEST_REQUIRE((text.compare(offset, piece->text.size(), piece->text) == 0));
    const char last = piece->text.back();
    BOOST_TEST_REQUIRE((last == ' ' || last == '\t' || last == '\n'), "piece " << pieces);
    // A piece is the rest of the bytes read before and the bytes of one more read, up to a
    // space, unless it holds the run that has none.
    const bool holds_run = piece->text.find(run_of_marks) != std::string_view::npos;
    BOOST_TEST_REQUIRE((holds_run || piece->text.size() <= 2 * kSmallPieces), "piece " << pieces);
    run_whole = run_whole || holds_run;
    offset += piece->text.size();
    ++pieces;
  }
  BOOST_TEST(offset == text.size());
  BOOST_TEST(pieces >= 20u);
  BOOST_TEST(run_whole);
}

BOOST_AUTO_TEST_CASE(quotes_of_a_line_longer_than_the_carry_bound_are_all_found) {
  // A paragraph of more than kMaxCarriedBytes, read in pieces cut after spaces: it is worked
  // on a bounded window at a time, and no quotation is lost or split.
  std::string line;
  std::size_t sentences = 0;
  while (line.size() <= newsdesk::kMaxCarriedBytes + 16 * kSmallPieces) {
    line += "“Yes,” she said. ";
    ++sentences;
  }
  const std::string out = run(newsdesk::run_quotes, "Vote held\n" + line + "\n",
                              OutputFormat::plain, {"-"}, 16 * kSmallPieces).out;
  // The plain table: a header line, then one line per quotation, each ending in its text.
  std::size_t lines = 0;
  std::size_t whole_quotes = 0;
  for (std::size_t at = 0; at < out.size(); at = out.find('\n', at) + 1) {
    ++lines;
    whole_quotes += out.compare(out.find('\n', at) - 4, 4, "Yes,") == 0 ? 1 : 0;
  }
  BOOST_TEST(lines == sentences + 1);
  BOOST_TEST(whole_quotes == sentences);
}

BOOST_AUTO_TEST_CASE(piece_reader_skips_a_byte_order_mark_longer_than_a_piece) {
  for (const std::size_t piece_size : {std::size_t{1}, std::size_t{2}}) {
    std::istringstream in("\xEF\xBB\xBFOne.\nTwo.\n");
    PieceReader reader(in, "-", PieceEnd::line, piece_size);
    std::string text;
    std::optional<std::size_t> first_offset;
    while (const std::optional<TextPiece> piece = reader.next()) {
      first_offset = first_offset.value_or(piece->offset);
      text += piece->text;
    }
    BOOST_TEST(text == "One.\nTwo.\n", "pieces of " << piece_size << " bytes");
    BOOST_TEST((first_offset == std::optional<std::size_t>(3)),
               "pieces of " << piece_size << " bytes");
    BOOST_TEST(reader.bytes_read() == 13u);
  }
}

BOOST_AUTO_TEST_CASE(piece_reader_of_empty_input_gives_no_piece) {
  std::istringstream in("");
  PieceReader reader(in, "-", PieceEnd::sentence);
  BOOST_TEST(!reader.next().has_value());
}

BOOST_AUTO_TEST_CASE(read_file_reads_every_byte) {
  const std::string bytes("a\0b\r\n\xFF", 6);
  const TempFile file("read-file.txt", bytes);
  BOOST_TEST(newsdesk::read_file(file.name()) == bytes);
}

BOOST_AUTO_TEST_CASE(read_file_names_a_missing_file_and_a_folder) {
  BOOST_CHECK_EXCEPTION(static_cast<void>(newsdesk::read_file("no/such/file.txt")),
                        newsdesk::input_error, [](const newsdesk::input_error& error) {
                          return std::string(error.what()) ==
                                 "no/such/file.txt: No such file or directory";
                        });
  const std::string folder = fs::temp_directory_path().string();
  BOOST_CHECK_EXCEPTION(static_cast<void>(newsdesk::read_file(folder)), newsdesk::input_error,
                        [&](const newsdesk::input_error& error) {
                          return std::string(error.what()) ==
                                 folder + ": is a folder, expected a file";
                        });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(newsdesk_output)

BOOST_AUTO_TEST_CASE(output_documented_example) {
  std::ostringstream out;
  std::ostringstream err;
  newsdesk::Output output(out, err);
  output.write("one\n");
  output.report("b.txt: No such file or directory");
  output.flush();
  BOOST_TEST(out.str() == "one\n");
  BOOST_TEST(err.str() == "newsdesk: b.txt: No such file or directory\n");
}

BOOST_AUTO_TEST_CASE(output_to_a_full_disk_is_a_write_error) {
  std::ofstream full("/dev/full", std::ios::binary);
  BOOST_TEST_REQUIRE(full.is_open(), "this test needs /dev/full (Linux)");
  std::ostringstream err;
  newsdesk::Output output(full, err);
  output.write("one\n");
  BOOST_CHECK_EXCEPTION(output.flush(), newsdesk::write_error,
                        [](const newsdesk::write_error& error) {
                          return std::string(error.what()) ==
                                     "write error: No space left on device" &&
                                 !error.broken_pipe();
                        });
}

BOOST_AUTO_TEST_CASE(append_json_string_documented_example) {
  std::string out;
  newsdesk::append_json_string(out, "Caf\xE9 \"open\"");
  BOOST_TEST(out == "\"Caf\xEF\xBF\xBD \\\"open\\\"\"");
}

BOOST_AUTO_TEST_CASE(append_json_string_escapes_control_characters_and_keeps_utf8) {
  std::string out;
  newsdesk::append_json_string(out, std::string("a\n\t\\\0é", 7));
  BOOST_TEST(out == "\"a\\u000a\\u0009\\\\\\u0000é\"");
  BOOST_TEST(nlohmann::json::parse(out) == std::string("a\n\t\\\0é", 7));
}

BOOST_AUTO_TEST_CASE(json_writer_documented_example) {
  std::ostringstream out;
  std::ostringstream err;
  {
    newsdesk::Output output(out, err);
    newsdesk::JsonWriter json(output);
    json.member("file", "a.txt");
    json.begin_list("parts");
    const newsdesk::JsonField part[] = {{"kind", "headline"}, {"begin", std::size_t{0}}};
    json.item(part);
    json.end_list();
    json.finish();
  }
  BOOST_TEST(out.str() ==
             "{\n"
             "  \"file\": \"a.txt\",\n"
             "  \"parts\": [\n"
             "    {\"kind\": \"headline\", \"begin\": 0}\n"
             "  ]\n"
             "}\n");
}

BOOST_AUTO_TEST_CASE(json_writer_writes_flags_null_and_a_nested_object) {
  std::ostringstream out;
  std::ostringstream err;
  {
    newsdesk::Output output(out, err);
    newsdesk::JsonWriter json(output);
    json.begin_list("quotes");
    const newsdesk::JsonField mention[] = {{"text", "she"}, {"begin", std::size_t{3}}};
    const newsdesk::JsonField quote[] = {{"nested", false},
                                         {"speaker", nullptr},
                                         {"mention", newsdesk::JsonNested{mention, 2}}};
    json.item(quote);
    json.end_list();
    json.finish();
  }
  BOOST_TEST(out.str() ==
             "{\n"
             "  \"quotes\": [\n"
             "    {\"nested\": false, \"speaker\": null, \"mention\": {\"text\": \"she\", "
             "\"begin\": 3}}\n"
             "  ]\n"
             "}\n");
}

BOOST_AUTO_TEST_SUITE_END()
