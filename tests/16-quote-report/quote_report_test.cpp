// Tests of exercise 16-quote-report, in the order of the tasks: counting words, ranking and
// tallying speakers, merging tallies, then display widths and the two reports. The last cases
// tally the gold quotations of every article of the corpus and compare them with counts this
// file makes in the plainest way it can, a std::map over the gold. Each case's name starts
// with the function it tests, so `ctest --preset exercises -R quote_report/count_quoted_words` runs
// one task's cases.
#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "article.hpp"
#include "corpus.hpp"
#include "printing.hpp"
#include "quote_report.hpp"
#include "unicode.hpp"

namespace newsdesk {

// How Boost.Test prints the values when a check fails, e.g.
//   {speakers ["Ana Ruiz" 2 q 9 w | "Ben Ola" 1 q 3 w], unattributed 1 q 4 w, not_speech 0}
std::ostream& operator<<(std::ostream& out, const SpeakerCount& speaker) {
  return out << testing::escaped(speaker.speaker) << ' ' << speaker.quotations << " q "
             << speaker.words << " w";
}

std::ostream& operator<<(std::ostream& out, const std::vector<SpeakerCount>& speakers) {
  out << '[';
  for (std::size_t i = 0; i < speakers.size(); ++i) {
    out << (i == 0 ? "" : " | ") << speakers[i];
  }
  return out << ']';
}

std::ostream& operator<<(std::ostream& out, const QuoteTally& tally) {
  return out << "{speakers " << tally.speakers << ", unattributed " << tally.unattributed
             << " q " << tally.unattributed_words << " w, not_speech " << tally.not_speech
             << '}';
}

}  // namespace newsdesk

// Compared as whole values, so that a failing check prints both lists in full.
template <>
struct boost::unit_test::is_forward_iterable<std::vector<newsdesk::SpeakerCount>>
    : std::false_type {};

namespace {

using newsdesk::QuoteKind;
using newsdesk::QuoteTally;
using newsdesk::ReportQuote;
using newsdesk::SpeakerCount;
using newsdesk::testing::CorpusArticle;
using newsdesk::testing::describe_position;
using newsdesk::testing::escaped;
using newsdesk::testing::NonAscii;
using json = nlohmann::ordered_json;

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

ReportQuote said(std::string text, std::string speaker) {
  return {std::move(text), QuoteKind::direct, std::move(speaker)};
}

ReportQuote fragment(std::string text, std::optional<std::string> speaker) {
  return {std::move(text), QuoteKind::partial, std::move(speaker)};
}

ReportQuote unattributed(std::string text) { return {std::move(text), QuoteKind::direct, {}}; }

ReportQuote scare(std::string text) { return {std::move(text), QuoteKind::not_speech, {}}; }

QuoteTally tally_of(const std::vector<ReportQuote>& quotes) {
  return newsdesk::tally_quotes(quotes);
}

QuoteTally merged(const std::vector<QuoteTally>& tallies) {
  return newsdesk::merge_tallies(tallies);
}

// The lines of a table, each without its "\n"; throws when the table does not end in one.
std::vector<std::string> lines_of(const std::string& table) {
  if (!table.empty() && table.back() != '\n') {
    throw std::invalid_argument("the table does not end in \"\\n\": " + escaped(table));
  }
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < table.size()) {
    const std::size_t end = table.find('\n', begin);
    lines.push_back(table.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

// The columns of `line` by a count of its own: every character but a combining mark is one
// column (no name of the corpus holds a wide character; the hand tables above check those).
std::size_t plain_columns(std::string_view line) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < line.size();) {
    const newsdesk::unicode::Decoded c = newsdesk::unicode::decode(line, i);
    columns += newsdesk::unicode::is_mark(c.value) ? 0 : 1;
    i += c.length;
  }
  return columns;
}

// --- An independent count of the gold, as plain as it can be --------------------------------

// The words of `text` by the README's definition, found another way than a solution would:
// cut the text into pieces at white space, then keep the pieces with a letter or a digit.
std::size_t plain_word_count(std::string_view text) {
  std::vector<std::string> pieces(1);
  for (std::size_t i = 0; i < text.size();) {
    const newsdesk::unicode::Decoded c = newsdesk::unicode::decode(text, i);
    if (newsdesk::unicode::is_white_space(c.value)) {
      pieces.emplace_back();
    } else {
      pieces.back() += text.substr(i, c.length);
    }
    i += c.length;
  }
  std::size_t words = 0;
  for (const std::string& piece : pieces) {
    bool has_letter_or_digit = false;
    for (std::size_t i = 0; i < piece.size();) {
      const newsdesk::unicode::Decoded c = newsdesk::unicode::decode(piece, i);
      has_letter_or_digit = has_letter_or_digit || newsdesk::unicode::is_letter(c.value) ||
                            newsdesk::unicode::is_digit(c.value);
      i += c.length;
    }
    words += has_letter_or_digit ? 1 : 0;
  }
  return words;
}

// One gold quotation of data/gold/NNN-*.json as the input of the report.
ReportQuote from_gold(const nlohmann::json& quotation) {
  const std::string kind = quotation.at("kind").get<std::string>();
  ReportQuote quote;
  quote.text = quotation.at("text").get<std::string>();
  quote.kind = kind == "direct"    ? QuoteKind::direct
               : kind == "partial" ? QuoteKind::partial
                                   : QuoteKind::not_speech;
  if (kind != "direct" && kind != "partial" && kind != "not-speech") {
    throw std::invalid_argument("unknown quotation kind in the gold: " + kind);
  }
  if (!quotation.at("speaker").is_null()) {
    quote.speaker = quotation.at("speaker").get<std::string>();
  }
  return quote;
}

std::vector<ReportQuote> gold_quotes(const CorpusArticle& article) {
  std::vector<ReportQuote> quotes;
  for (const auto& quotation : article.gold.at("quotations")) {
    quotes.push_back(from_gold(quotation));
  }
  return quotes;
}

// Counts the gold quotations of one article into `map` (name to quotations and words; "" for
// speech with no speaker, "not-speech" apart), as the README's rules say, without the solution.
struct PlainCount {
  std::map<std::string, std::pair<std::size_t, std::size_t>> speakers;
  std::size_t unattributed = 0;
  std::size_t unattributed_words = 0;
  std::size_t not_speech = 0;
};

void add_gold(const CorpusArticle& article, PlainCount& count) {
  for (const auto& quotation : article.gold.at("quotations")) {
    const std::string text = quotation.at("text").get<std::string>();
    if (quotation.at("kind") == "not-speech") {
      ++count.not_speech;
    } else if (quotation.at("speaker").is_null() || quotation.at("speaker") == "") {
      ++count.unattributed;
      count.unattributed_words += plain_word_count(text);
    } else {
      auto& entry = count.speakers[quotation.at("speaker").get<std::string>()];
      ++entry.first;
      entry.second += plain_word_count(text);
    }
  }
}

// The plain count as a tally, its speakers sorted by a key: fewer quotations last, then
// fewer words, then the names in std::string order.
QuoteTally as_tally(const PlainCount& count) {
  QuoteTally tally;
  for (const auto& [name, counts] : count.speakers) {
    tally.speakers.push_back({name, counts.first, counts.second});
  }
  const auto key = [](const SpeakerCount& s) {
    return std::make_tuple(-static_cast<long long>(s.quotations),
                           -static_cast<long long>(s.words), s.speaker);
  };
  std::sort(tally.speakers.begin(), tally.speakers.end(),
            [&](const SpeakerCount& a, const SpeakerCount& b) { return key(a) < key(b); });
  tally.unattributed = count.unattributed;
  tally.unattributed_words = count.unattributed_words;
  tally.not_speech = count.not_speech;
  return tally;
}

const std::vector<CorpusArticle>& gold_articles() {
  const auto& articles = newsdesk::testing::corpus_articles();
  for (const CorpusArticle& article : articles) {
    if (!article.gold.is_object() || !article.gold.contains("quotations")) {
      throw std::runtime_error("the gold file of " + article.file +
                               " is missing or has no \"quotations\"");
    }
  }
  return articles;
}

// The name of an article as the report gives it: "001-sao-paulo-waterways-pilot".
std::string article_name(const CorpusArticle& article) {
  const std::size_t slash = article.file.rfind('/');
  const std::size_t dot = article.file.rfind('.');
  return article.file.substr(slash + 1, dot - slash - 1);
}

// --- The documented shape of the JSON report -------------------------------------------------

// What is wrong with `report` as the report of `tally` for `article` (README.md, "The
// reports"), or "" when nothing is: its keys in their order, their types, and the sums.
std::string shape_problem(const json& report) {
  const auto keys_of = [](const json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) {
      keys.push_back(item.key());
    }
    return keys;
  };
  const auto is_count = [](const json& value) { return value.is_number_unsigned(); };
  if (!report.is_object()) {
    return "the report is not an object";
  }
  const std::vector<std::string> expected_keys = {"article",  "quotations",   "words",
                                                  "speakers", "unattributed", "not_speech"};
  if (keys_of(report) != expected_keys) {
    return "its keys are not article, quotations, words, speakers, unattributed, not_speech";
  }
  if (!report["article"].is_string()) return "\"article\" is not a string";
  if (!is_count(report["quotations"]) || !is_count(report["words"]) ||
      !is_count(report["not_speech"])) {
    return "\"quotations\", \"words\" or \"not_speech\" is not an unsigned integer";
  }
  const json& unknown = report["unattributed"];
  if (!unknown.is_object() || keys_of(unknown) != std::vector<std::string>{"quotations", "words"} ||
      !is_count(unknown["quotations"]) || !is_count(unknown["words"])) {
    return "\"unattributed\" is not {\"quotations\": N, \"words\": N}";
  }
  if (!report["speakers"].is_array()) return "\"speakers\" is not an array";
  std::size_t quotations = unknown["quotations"].get<std::size_t>();
  std::size_t words = unknown["words"].get<std::size_t>();
  for (const json& speaker : report["speakers"]) {
    if (!speaker.is_object() ||
        keys_of(speaker) != std::vector<std::string>{"speaker", "quotations", "words"} ||
        !speaker["speaker"].is_string() || !is_count(speaker["quotations"]) ||
        !is_count(speaker["words"]) || speaker["quotations"].get<std::size_t>() == 0) {
      return "a speaker is not {\"speaker\": name, \"quotations\": N > 0, \"words\": N}: " +
             speaker.dump();
    }
    quotations += speaker["quotations"].get<std::size_t>();
    words += speaker["words"].get<std::size_t>();
  }
  if (quotations != report["quotations"].get<std::size_t>() ||
      words != report["words"].get<std::size_t>()) {
    return "\"quotations\" or \"words\" is not the sum of the speakers and the unattributed";
  }
  return "";
}

// The report dumped and read back: valid UTF-8 JSON that says the same.
bool survives_a_round_trip(const json& report) {
  return json::parse(report.dump()) == report;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(quote_report)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::count_quoted_words("We are ready, and — frankly — it’s late.") == 7u);
  BOOST_TEST(newsdesk::ranks_before({"Ana Ruiz", 3, 20}, {"Ben Ola", 2, 90}) == true);
  BOOST_TEST(newsdesk::ranks_before({"Ben Ola", 2, 30}, {"Ana Ruiz", 2, 30}) == false);
  BOOST_TEST(tally_of({{"We are ready,", QuoteKind::direct, "Ana Ruiz"},
                       {"a gamble", QuoteKind::partial, std::nullopt},
                       {"quality", QuoteKind::not_speech, std::nullopt}}) ==
             (QuoteTally{{{"Ana Ruiz", 1, 3}}, 1, 2, 1}));
  BOOST_TEST(merged({QuoteTally{{{"Ana Ruiz", 1, 5}}, 1, 4, 0},
                     QuoteTally{{{"Ben Ola", 2, 7}, {"Ana Ruiz", 1, 2}}, 0, 0, 3}}) ==
             (QuoteTally{{{"Ana Ruiz", 2, 7}, {"Ben Ola", 2, 7}}, 1, 4, 3}));
  BOOST_TEST(newsdesk::display_width("Sigríður") == 8u);
  BOOST_TEST(newsdesk::display_width("王芳") == 4u);
  BOOST_TEST(newsdesk::report_json("001", QuoteTally{{{"Ana Ruiz", 2, 9}}, 1, 4, 0}).dump() ==
             R"({"article":"001","quotations":3,"words":13,"speakers":[{"speaker":"Ana Ruiz",)"
             R"("quotations":2,"words":9}],"unattributed":{"quotations":1,"words":4},)"
             R"("not_speech":0})");
  BOOST_TEST(newsdesk::report_table(
                 QuoteTally{{{"Sigríður Hallgrímsdóttir", 3, 41}, {"Ana Ruiz", 1, 7}}, 2, 12, 0}) ==
             "speaker                   quotations  words\n"
             "Sigríður Hallgrímsdóttir           3     41\n"
             "Ana Ruiz                           1      7\n"
             "(unknown)                          2     12\n");
}

// --- Task 1: count_quoted_words ---------------------------------------------------------------------

struct WordRow {
  std::string_view text;
  std::size_t expected;
};

void check_count_quoted_words(const std::vector<WordRow>& rows, NonAscii non_ascii = NonAscii::keep) {
  for (const WordRow& row : rows) {
    BOOST_TEST_CONTEXT("text: " << escaped(row.text, non_ascii)) {
      BOOST_TEST(newsdesk::count_quoted_words(row.text) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(count_quoted_words_counts_the_runs_between_white_space) {
  check_count_quoted_words({
      {"", 0},
      {" ", 0},
      {"one", 1},
      {"one two", 2},
      {"  one\ttwo\nthree  ", 3},
      {"one\r\ntwo", 2},
      {"one\u00A0two", 2},      // the no-break space is white space
      {"one\u2009two", 2},      // so is the thin space
      {"one\u3000two", 2},      // and the ideographic space
      {"one\u200Btwo", 1},      // the zero-width space is not
      {"don’t", 1},
      {"don't", 1},
      {"61-year-old", 1},
      {"Okafor-Mensah", 1},
      {"£2m", 1},
      {"3.5 percent", 2},
      {"the U.S. Navy", 3},
      {"We are ready,", 3},
      {"but the rivers are not going to wait for us to finish arguing.", 13},
  });
}

BOOST_AUTO_TEST_CASE(count_quoted_words_needs_a_letter_or_a_digit_in_a_run) {
  check_count_quoted_words({
      {"—", 0},
      {"yes — no", 2},
      {"yes—no", 1},            // a dash with no spaces joins
      {"…", 0},
      {"?!", 0},
      {"- 5 -", 1},
      {"“Yes,”", 1},
      {"“ Yes ”", 1},
      {"(a)", 1},
      {"%", 0},
      {"50 %", 1},
      {"Zoë", 1},
      {"Zoe\u0308", 1},         // a combining diaeresis stays in its word
      {"\u0308", 0},            // a mark alone is no letter
      {"王芳 说", 2},
      {"Ὀδυσσεύς ἦλθε", 2},
      {"١٢٣", 1},               // Arabic-Indic digits
      {"\u00BD", 0},            // ½ is a number, but not a decimal digit
  });
}

BOOST_AUTO_TEST_CASE(count_quoted_words_reads_invalid_utf8_and_nul_bytes_as_non_letters) {
  using namespace std::string_view_literals;
  check_count_quoted_words(
      {
          {"\xFF", 0},
          {"\xFF\xFE", 0},
          {"a\xFF" "b", 1},
          {"\xFF a", 1},
          {"a \xFF b", 2},
          {"Caf\xE9 ouvert", 2},
          {"\xE2\x80", 0},                // a sequence cut short
          {"\xC0\xA0", 0},                // an overlong space is no space
          {"a\xC0\xA0" "b", 1},
          {"\xED\xA0\x80 x", 1},          // a surrogate
          {"\0"sv, 0},
          {"a\0b"sv, 1},
          {"a \0 b"sv, 2},
      },
      NonAscii::escape);
}

BOOST_AUTO_TEST_CASE(count_quoted_words_counts_long_text_in_one_pass) {
  std::string words = "word ";
  while (words.size() < 10'000'000) {
    words += words;  // 10,240,000 bytes: 2,048,000 words
  }
  BOOST_TEST(newsdesk::count_quoted_words(words) == words.size() / 5);
  const std::string marks(10'000'000, '"');
  BOOST_TEST(newsdesk::count_quoted_words(marks) == 0u);
  const std::string bad(10'000'000, '\xFF');
  BOOST_TEST(newsdesk::count_quoted_words(bad) == 0u);
  std::string one_long_word(10'000'000, '\xFF');
  one_long_word[5'000'000] = 'x';
  BOOST_TEST(newsdesk::count_quoted_words(one_long_word) == 1u);
}

// --- Task 2: ranks_before and tally_quotes ---------------------------------------------------

BOOST_AUTO_TEST_CASE(ranks_before_orders_by_quotations_then_words_then_name) {
  struct Row {
    SpeakerCount a;
    SpeakerCount b;
    bool expected;
  };
  const std::vector<Row> rows = {
      {{"Ben Ola", 3, 1}, {"Ana Ruiz", 2, 90}, true},     // more quotations first
      {{"Ana Ruiz", 2, 90}, {"Ben Ola", 3, 1}, false},
      {{"Ben Ola", 2, 31}, {"Ana Ruiz", 2, 30}, true},    // then more words
      {{"Ana Ruiz", 2, 30}, {"Ben Ola", 2, 31}, false},
      {{"Ana Ruiz", 2, 30}, {"Ben Ola", 2, 30}, true},    // then the smaller name
      {{"Ben Ola", 2, 30}, {"Ana Ruiz", 2, 30}, false},
      {{"Ana Ruiz", 2, 30}, {"Ana Ruiz", 2, 30}, false},  // nothing ranks before itself
      {{"", 0, 0}, {"", 0, 0}, false},
      {{"Zoe", 1, 1}, {"Zoë", 1, 1}, true},               // by code point: e < ë
      {{"Zygmunt", 1, 1}, {"Ábel", 1, 1}, true},          // Z U+005A < Á U+00C1
      {{"Ábel", 1, 1}, {"Zygmunt", 1, 1}, false},
      {{"Ábel", 1, 1}, {"Ān", 1, 1}, true},               // U+00C1 < U+0100
      {{"Ān", 1, 1}, {"王芳", 1, 1}, true},
      {{"ana", 1, 1}, {"Ben", 1, 1}, false},              // case is a code point too
      {{"Ana", 1, 1}, {"Ana Ruiz", 1, 1}, true},          // a prefix first
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("a: " << row.a << ", b: " << row.b) {
      BOOST_TEST(newsdesk::ranks_before(row.a, row.b) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(ranks_before_sorts_a_shuffled_list_into_one_order) {
  const std::vector<SpeakerCount> expected = {
      {"Sigríður Hallgrímsdóttir", 4, 10}, {"Ana Ruiz", 3, 40},  {"Ben Ola", 3, 40},
      {"Zoë Lindqvist", 3, 40},            {"Ábel Nagy", 3, 40}, {"Ana Ruiz Jr.", 3, 12},
      {"王芳", 1, 0},
  };
  std::vector<std::vector<SpeakerCount>> orders = {expected, expected};
  std::reverse(orders[1].begin(), orders[1].end());
  std::vector<SpeakerCount> rotated = expected;
  std::rotate(rotated.begin(), rotated.begin() + 3, rotated.end());
  orders.push_back(rotated);
  for (std::vector<SpeakerCount>& order : orders) {
    BOOST_TEST_CONTEXT("from: " << order) {
      std::sort(order.begin(), order.end(), newsdesk::ranks_before);
      BOOST_TEST(order == expected);
    }
  }
}

struct TallyRow {
  std::string_view name;
  std::vector<ReportQuote> quotes;
  QuoteTally expected;
};

void check_tally_quotes(const std::vector<TallyRow>& rows) {
  for (const TallyRow& row : rows) {
    BOOST_TEST_CONTEXT("case: " << row.name) {
      BOOST_TEST(tally_of(row.quotes) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(tally_quotes_counts_quotations_and_words_per_speaker) {
  check_tally_quotes({
      {"no quotations", {}, QuoteTally{}},
      {"one speaker", {said("We are ready,", "Ana Ruiz")}, {{{"Ana Ruiz", 1, 3}}, 0, 0, 0}},
      {"a split quotation is two",
       {said("We are ready,", "Helena Castellano"),
        said("but the rivers are not going to wait for us to finish arguing.",
             "Helena Castellano")},
       {{{"Helena Castellano", 2, 16}}, 0, 0, 0}},
      {"direct and partial count alike",
       {said("It will hold.", "Ana Ruiz"), fragment("a gamble", "Ana Ruiz")},
       {{{"Ana Ruiz", 2, 5}}, 0, 0, 0}},
      {"names compared exactly",
       {said("One.", "Ana Ruiz"), said("Two.", "ana ruiz"), said("Three.", "Ana Ruiz ")},
       {{{"Ana Ruiz", 1, 1}, {"Ana Ruiz ", 1, 1}, {"ana ruiz", 1, 1}}, 0, 0, 0}},
  });
}

BOOST_AUTO_TEST_CASE(tally_quotes_leaves_out_not_speech) {
  check_tally_quotes({
      {"scare quotes only", {scare("quality assurance"), scare("The Hammer")},
       {{}, 0, 0, 2}},
      {"not-speech with a speaker is still left out",
       {{"Hoshizora", QuoteKind::not_speech, "Ana Ruiz"}, said("Yes.", "Ben Ola")},
       {{{"Ben Ola", 1, 1}}, 0, 0, 1}},
      {"not-speech with no words", {scare(""), scare("…")}, {{}, 0, 0, 2}},
  });
}

BOOST_AUTO_TEST_CASE(tally_quotes_counts_quotations_with_no_words) {
  check_tally_quotes({
      {"empty text", {said("", "Ana Ruiz")}, {{{"Ana Ruiz", 1, 0}}, 0, 0, 0}},
      {"punctuation alone", {said("…", "Ana Ruiz"), fragment("?!", "Ana Ruiz")},
       {{{"Ana Ruiz", 2, 0}}, 0, 0, 0}},
      {"no words and unattributed", {unattributed(" — ")}, {{}, 1, 0, 0}},
      {"no words still ranks by quotations",
       {said("…", "Ben Ola"), said("…", "Ben Ola"), said("Many words are here.", "Ana Ruiz")},
       {{{"Ben Ola", 2, 0}, {"Ana Ruiz", 1, 4}}, 0, 0, 0}},
  });
}

BOOST_AUTO_TEST_CASE(tally_quotes_counts_quotations_with_no_speaker_apart) {
  check_tally_quotes({
      {"all unattributed",
       {unattributed("We are ready."), fragment("a gamble", std::nullopt)},
       {{}, 2, 5, 0}},
      {"an empty name is no speaker",
       {said("We are ready.", ""), said("Yes.", "Ana Ruiz")},
       {{{"Ana Ruiz", 1, 1}}, 1, 3, 0}},
      {"every kind at once",
       {unattributed("One two."), said("Three.", "Ana Ruiz"), scare("four"),
        fragment("five six seven", std::nullopt)},
       {{{"Ana Ruiz", 1, 1}}, 2, 5, 1}},
  });
}

BOOST_AUTO_TEST_CASE(tally_quotes_ranks_ties_by_words_then_name) {
  check_tally_quotes({
      {"a tie on quotations goes to words",
       {said("a", "Ana Ruiz"), said("b c", "Ben Ola")},
       {{{"Ben Ola", 1, 2}, {"Ana Ruiz", 1, 1}}, 0, 0, 0}},
      {"a tie on both goes to the name",
       {said("b c", "Ben Ola"), said("a d", "Ana Ruiz"), said("e f", "Cara Lee")},
       {{{"Ana Ruiz", 1, 2}, {"Ben Ola", 1, 2}, {"Cara Lee", 1, 2}}, 0, 0, 0}},
      {"quotations before words",
       {said("one two three four five six", "Ana Ruiz"), said("a", "Ben Ola"),
        said("b", "Ben Ola")},
       {{{"Ben Ola", 2, 2}, {"Ana Ruiz", 1, 6}}, 0, 0, 0}},
      {"the order of the input does not matter",
       {said("e f", "Cara Lee"), said("a d", "Ana Ruiz"), said("b c", "Ben Ola")},
       {{{"Ana Ruiz", 1, 2}, {"Ben Ola", 1, 2}, {"Cara Lee", 1, 2}}, 0, 0, 0}},
  });
}

BOOST_AUTO_TEST_CASE(tally_quotes_keeps_non_ascii_names_as_they_are) {
  check_tally_quotes({
      {"accents",
       {said("Já.", "Sigríður Hallgrímsdóttir"), said("Ja.", "Hörður Þorvaldsson"),
        said("Nei.", "Sigríður Hallgrímsdóttir")},
       {{{"Sigríður Hallgrímsdóttir", 2, 2}, {"Hörður Þorvaldsson", 1, 1}}, 0, 0, 0}},
      {"composed and decomposed are two names",
       {said("Hej.", "Zoë Lindqvist"), said("Hej.", "Zoe\u0308 Lindqvist")},
       {{{"Zoe\u0308 Lindqvist", 1, 1}, {"Zoë Lindqvist", 1, 1}}, 0, 0, 0}},
      {"code point order", {said("x", "Ábel Nagy"), said("y", "Zygmunt Nowak")},
       {{{"Zygmunt Nowak", 1, 1}, {"Ábel Nagy", 1, 1}}, 0, 0, 0}},
      {"other scripts", {said("我们准备好了", "王芳"), said("Ναι.", "Ελένη Παππά")},
       {{{"Ελένη Παππά", 1, 1}, {"王芳", 1, 1}}, 0, 0, 0}},
  });
}

BOOST_AUTO_TEST_CASE(tally_quotes_reads_invalid_utf8_in_texts_and_names) {
  check_tally_quotes({
      {"bad bytes in a text",
       {said("Caf\xE9 ouvert \xFF\xFE !", "Ana Ruiz")}, {{{"Ana Ruiz", 1, 2}}, 0, 0, 0}},
      {"bad bytes in a name are kept in the tally",
       {said("Yes.", "Ana \xFFRuiz"), said("No.", "Ana \xFERuiz")},
       {{{"Ana \xFERuiz", 1, 1}, {"Ana \xFFRuiz", 1, 1}}, 0, 0, 0}},
      {"a NUL byte", {said(std::string("a\0b c", 5), "Ana Ruiz")},
       {{{"Ana Ruiz", 1, 2}}, 0, 0, 0}},
  });
}

BOOST_AUTO_TEST_CASE(tally_quotes_handles_many_quotations_and_speakers) {
  std::vector<ReportQuote> quotes;
  for (std::size_t i = 0; i < 20'000; ++i) {
    quotes.push_back(said("one two", fmt::format("Speaker {:05}", i % 10'000)));
  }
  quotes.push_back(unattributed(std::string(10'000'000, '"')));
  const QuoteTally tally = tally_of(quotes);
  BOOST_TEST_REQUIRE(tally.speakers.size() == 10'000u);
  BOOST_TEST(tally.speakers.front() == (SpeakerCount{"Speaker 00000", 2, 4}));
  BOOST_TEST(tally.speakers.back() == (SpeakerCount{"Speaker 09999", 2, 4}));
  BOOST_TEST(tally.unattributed == 1u);
  BOOST_TEST(tally.unattributed_words == 0u);
}

// --- Task 3: merge_tallies -------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(merge_tallies_sums_every_speaker_and_ranks_again) {
  struct Row {
    std::string_view name;
    std::vector<QuoteTally> tallies;
    QuoteTally expected;
  };
  const std::vector<Row> rows = {
      {"no tallies", {}, QuoteTally{}},
      {"empty tallies", {QuoteTally{}, QuoteTally{}}, QuoteTally{}},
      {"one tally comes back", {QuoteTally{{{"Ben Ola", 2, 3}, {"Ana Ruiz", 1, 9}}, 1, 2, 3}},
       QuoteTally{{{"Ben Ola", 2, 3}, {"Ana Ruiz", 1, 9}}, 1, 2, 3}},
      {"one tally is ranked", {QuoteTally{{{"Ana Ruiz", 1, 9}, {"Ben Ola", 2, 3}}, 0, 0, 0}},
       QuoteTally{{{"Ben Ola", 2, 3}, {"Ana Ruiz", 1, 9}}, 0, 0, 0}},
      {"a speaker overtakes another",
       {QuoteTally{{{"Ana Ruiz", 2, 9}, {"Ben Ola", 1, 3}}, 0, 0, 0},
        QuoteTally{{{"Ben Ola", 2, 3}}, 0, 0, 0}},
       QuoteTally{{{"Ben Ola", 3, 6}, {"Ana Ruiz", 2, 9}}, 0, 0, 0}},
      {"the unattributed and not-speech counts add up",
       {QuoteTally{{}, 1, 4, 2}, QuoteTally{{}, 3, 5, 0}, QuoteTally{{{"Ana Ruiz", 1, 1}}, 0, 0, 1}},
       QuoteTally{{{"Ana Ruiz", 1, 1}}, 4, 9, 3}},
      {"speakers of different articles stay apart",
       {QuoteTally{{{"Ana Ruiz", 1, 1}}, 0, 0, 0}, QuoteTally{{{"Ana Ruíz", 1, 1}}, 0, 0, 0}},
       QuoteTally{{{"Ana Ruiz", 1, 1}, {"Ana Ruíz", 1, 1}}, 0, 0, 0}},
      {"zero-quotation entries are merged too",
       {QuoteTally{{{"Ana Ruiz", 0, 0}}, 0, 0, 0}, QuoteTally{{{"Ana Ruiz", 1, 2}}, 0, 0, 0}},
       QuoteTally{{{"Ana Ruiz", 1, 2}}, 0, 0, 0}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("case: " << row.name) {
      BOOST_TEST(merged(row.tallies) == row.expected);
      std::vector<QuoteTally> reversed = row.tallies;
      std::reverse(reversed.begin(), reversed.end());
      BOOST_TEST(merged(reversed) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(merge_tallies_of_two_halves_is_the_tally_of_the_whole) {
  const std::vector<ReportQuote> quotes = {
      said("We are ready,", "Helena Castellano"), unattributed("It is late."),
      said("but not yet.", "Helena Castellano"),  scare("credits"),
      fragment("a gamble", "Sigríður Hallgrímsdóttir"), said("No.", "Ben Ola"),
      said("…", "Ben Ola"),                        fragment("money talks", std::nullopt),
      said("Two words", "Sigríður Hallgrímsdóttir"), said("Yes.", "Ábel Nagy"),
  };
  const QuoteTally whole = tally_of(quotes);
  for (std::size_t cut = 0; cut <= quotes.size(); ++cut) {
    BOOST_TEST_CONTEXT("the first " << cut << " quotations, then the rest") {
      const std::vector<ReportQuote> first(quotes.begin(), quotes.begin() + cut);
      const std::vector<ReportQuote> rest(quotes.begin() + cut, quotes.end());
      BOOST_TEST(merged({tally_of(first), tally_of(rest)}) == whole);
    }
  }
  std::vector<QuoteTally> one_by_one;
  for (const ReportQuote& quote : quotes) {
    one_by_one.push_back(tally_of({quote}));
  }
  BOOST_TEST(merged(one_by_one) == whole);
}

// --- Task 4: display_width, report_json and report_table -------------------------------------

BOOST_AUTO_TEST_CASE(display_width_counts_columns_not_bytes) {
  const std::vector<WordRow> rows = {
      {"", 0},
      {"abc", 3},
      {"(unknown)", 9},
      {"Sigríður Hallgrímsdóttir", 24},
      {"Hörður Þorvaldsson", 18},
      {"Ελένη", 5},
      {"Żółć", 4},
      {"e\u0301", 1},                 // a combining acute takes no column
      {"Zoe\u0308 Lindqvist", 13},
      {"\u0301", 0},
      {"王芳", 4},                    // wide
      {"한국", 4},
      {"ひらがな", 8},
      {"Ａ", 2},                      // fullwidth A, U+FF21
      {"ｱ", 1},                       // halfwidth katakana, U+FF71
      {"😀", 2},                      // an emoji, U+1F600
      {"…", 1},
      {"—", 1},
      {"\xFF", 1},                    // each ill-formed byte is one U+FFFD
      {"\xE2\x80", 2},
      {"a\xC0\xA0" "b", 4},
  };
  for (const WordRow& row : rows) {
    BOOST_TEST_CONTEXT("text: " << escaped(row.text)) {
      BOOST_TEST(newsdesk::display_width(row.text) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(report_json_has_the_documented_shape) {
  const QuoteTally tally{{{"Helena Castellano", 5, 80}, {"Sigríður Hallgrímsdóttir", 1, 3}},
                         2, 10, 3};
  const json expected = json::parse(R"({
    "article": "001-sao-paulo-waterways-pilot",
    "quotations": 8,
    "words": 93,
    "speakers": [
      {"speaker": "Helena Castellano", "quotations": 5, "words": 80},
      {"speaker": "Sigríður Hallgrímsdóttir", "quotations": 1, "words": 3}
    ],
    "unattributed": {"quotations": 2, "words": 10},
    "not_speech": 3
  })");
  const json report = newsdesk::report_json("001-sao-paulo-waterways-pilot", tally);
  BOOST_TEST(report.dump(2) == expected.dump(2));
  BOOST_TEST(shape_problem(report) == "");
}

BOOST_AUTO_TEST_CASE(report_json_of_an_empty_tally_has_zeros) {
  const json report = newsdesk::report_json("", QuoteTally{});
  BOOST_TEST(report.dump() ==
             R"({"article":"","quotations":0,"words":0,"speakers":[],)"
             R"("unattributed":{"quotations":0,"words":0},"not_speech":0})");
  BOOST_TEST(shape_problem(report) == "");
  const json only_unknown = newsdesk::report_json("x", QuoteTally{{}, 3, 0, 1});
  BOOST_TEST(only_unknown.dump() ==
             R"({"article":"x","quotations":3,"words":0,"speakers":[],)"
             R"("unattributed":{"quotations":3,"words":0},"not_speech":1})");
}

BOOST_AUTO_TEST_CASE(report_json_keeps_the_order_of_the_tally) {
  const QuoteTally tally{{{"Zoë Lindqvist", 2, 2}, {"Ana Ruiz", 2, 2}, {"王芳", 1, 9}}, 0, 0, 0};
  const json report = newsdesk::report_json("a", tally);
  std::vector<std::string> names;
  for (const json& speaker : report.at("speakers")) {
    names.push_back(speaker.at("speaker").get<std::string>());
  }
  BOOST_TEST(names == (std::vector<std::string>{"Zoë Lindqvist", "Ana Ruiz", "王芳"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(report_json_replaces_invalid_utf8_so_the_json_stays_valid) {
  using namespace std::string_literals;
  const std::string r(kReplacement);
  const QuoteTally tally{{{"Ana \xFFRuiz", 1, 2}, {"Caf\xE9", 1, 1}, {"cut \xE2\x80", 1, 1}},
                         0, 0, 0};
  const json report = newsdesk::report_json("art\xC0\xA0icle", tally);
  std::string dumped;
  BOOST_CHECK_NO_THROW(dumped = report.dump());
  BOOST_TEST(report.at("article") == "art" + r + r + "icle");
  BOOST_TEST(report.at("speakers").at(0).at("speaker") == "Ana " + r + "Ruiz");
  BOOST_TEST(report.at("speakers").at(1).at("speaker") == "Caf" + r);
  BOOST_TEST(report.at("speakers").at(2).at("speaker") == "cut " + r + r);
  BOOST_TEST(survives_a_round_trip(report));
  BOOST_TEST(shape_problem(report) == "");
  // Control characters are valid UTF-8: they stay, and dump() escapes them.
  const json controls = newsdesk::report_json("a\tb", QuoteTally{{{"x\ny\0z"s, 1, 1}}, 0, 0, 0});
  BOOST_TEST(controls.dump() ==
             R"({"article":"a\tb","quotations":1,"words":1,"speakers":[{"speaker":"x\ny\u0000z",)"
             R"("quotations":1,"words":1}],"unattributed":{"quotations":0,"words":0},)"
             R"("not_speech":0})");
}

struct TableRow {
  std::string_view name;
  QuoteTally tally;
  std::string_view expected;
};

void check_report_table(const std::vector<TableRow>& rows) {
  for (const TableRow& row : rows) {
    BOOST_TEST_CONTEXT("case: " << row.name << ", tally: " << row.tally) {
      BOOST_TEST(newsdesk::report_table(row.tally) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(report_table_lines_up_the_columns) {
  check_report_table({
      {"empty", QuoteTally{}, "speaker  quotations  words\n"},
      {"not-speech only", QuoteTally{{}, 0, 0, 4}, "speaker  quotations  words\n"},
      {"all unattributed", QuoteTally{{}, 2, 9, 0},
       "speaker    quotations  words\n"
       "(unknown)           2      9\n"},
      {"a short name", QuoteTally{{{"Ana", 1, 3}}, 0, 0, 0},
       "speaker  quotations  words\n"
       "Ana               1      3\n"},
      {"big numbers widen their columns",
       QuoteTally{{{"Ana Ruiz", 12'345'678'901, 1'234'567}}, 0, 0, 0},
       "speaker    quotations    words\n"
       "Ana Ruiz  12345678901  1234567\n"},
      {"the unknown line comes last whatever its counts",
       QuoteTally{{{"Ana Ruiz", 1, 1}}, 5, 50, 0},
       "speaker    quotations  words\n"
       "Ana Ruiz            1      1\n"
       "(unknown)           5     50\n"},
  });
}

BOOST_AUTO_TEST_CASE(report_table_pads_names_by_display_width) {
  check_report_table({
      {"accents", QuoteTally{{{"Sigríður Hallgrímsdóttir", 1, 1}, {"Hörður Þorvaldsson", 1, 1}}, 0, 0, 0},
       "speaker                   quotations  words\n"
       "Sigríður Hallgrímsdóttir           1      1\n"
       "Hörður Þorvaldsson                 1      1\n"},
      {"a combining accent", QuoteTally{{{"Zoe\u0308 Lind", 1, 1}, {"Ana Ruiz", 1, 1}}, 0, 0, 0},
       "speaker   quotations  words\n"
       "Zoe\u0308 Lind           1      1\n"
       "Ana Ruiz           1      1\n"},
      {"wide characters", QuoteTally{{{"王芳", 1, 1}, {"Ana Lee Ruiz", 1, 1}}, 0, 0, 0},
       "speaker       quotations  words\n"
       "王芳                   1      1\n"
       "Ana Lee Ruiz           1      1\n"},
  });
}

BOOST_AUTO_TEST_CASE(report_table_cuts_names_wider_than_32_columns) {
  const std::string thirty_two(32, 'a');
  const std::string thirty_three(33, 'b');
  const std::string cut = std::string(31, 'b') + "…";
  const std::string header = "speaker" + std::string(25, ' ') + "  quotations  words\n";
  const std::string tail = "         1      1\n";
  check_report_table({
      {"32 columns fit", QuoteTally{{{thirty_two, 1, 1}}, 0, 0, 0},
       header + thirty_two + "  " + tail},
      {"33 do not", QuoteTally{{{thirty_three, 1, 1}}, 0, 0, 0}, header + cut + "  " + tail},
  });
  // Whole characters only: 30 columns and a wide character that would reach 32 leave room
  // for nothing more; a combining accent stays with the character it sits on.
  const std::string wide_at_the_cut = std::string(30, 'c') + "王芳";
  const std::string accent_at_the_cut = std::string(30, 'd') + "e\u0301" + "xyz";
  const std::string accented_letters = "Sigríður Hallgrímsdóttir Hjaltadóttir";
  check_report_table({
      {"a wide character at the cut", QuoteTally{{{wide_at_the_cut, 1, 1}}, 0, 0, 0},
       "speaker" + std::string(24, ' ') + "  quotations  words\n" + std::string(30, 'c') + "…" +
           "  " + tail},
      {"an accent at the cut", QuoteTally{{{accent_at_the_cut, 1, 1}}, 0, 0, 0},
       header + std::string(30, 'd') + "e\u0301" + "…" + "  " + tail},
      {"accented letters", QuoteTally{{{accented_letters, 1, 1}}, 0, 0, 0},
       header + "Sigríður Hallgrímsdóttir Hjalta…" + "  " + tail},
  });
}

BOOST_AUTO_TEST_CASE(report_table_shows_bad_bytes_and_control_characters_as_replacements) {
  using namespace std::string_literals;
  const std::string r(kReplacement);
  check_report_table({
      {"an ill-formed byte", QuoteTally{{{"Ana \xFFRuiz", 1, 1}}, 0, 0, 0},
       "speaker    quotations  words\n"
       "Ana " + r + "Ruiz           1      1\n"},
      {"a tab and a line break", QuoteTally{{{"Ana\tR\nuiz", 1, 1}}, 0, 0, 0},
       "speaker    quotations  words\n"
       "Ana" + r + "R" + r + "uiz           1      1\n"},
      {"a NUL byte and a C1 control", QuoteTally{{{"A\0b\u0085c"s, 1, 1}}, 0, 0, 0},
       "speaker  quotations  words\n"
       "A" + r + "b" + r + "c             1      1\n"},
  });
}

BOOST_AUTO_TEST_CASE(report_table_handles_many_speakers) {
  QuoteTally tally;
  for (std::size_t i = 0; i < 10'000; ++i) {
    tally.speakers.push_back({std::string(1 + i % 50, 'x'), 1, i});
  }
  const std::vector<std::string> lines = lines_of(newsdesk::report_table(tally));
  BOOST_TEST_REQUIRE(lines.size() == 10'001u);
  for (const std::string& line : lines) {
    BOOST_TEST_REQUIRE(plain_columns(line) == plain_columns(lines.front()));
  }
}

// --- The corpus ------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(count_quoted_words_agrees_with_a_plain_count_on_every_gold_quotation) {
  std::size_t quotations = 0;
  std::size_t words = 0;
  for (const CorpusArticle& article : gold_articles()) {
    for (const auto& quotation : article.gold.at("quotations")) {
      const std::string text = quotation.at("text").get<std::string>();
      const auto begin = quotation.at("begin").get<std::size_t>();
      const std::size_t expected = plain_word_count(text);
      ++quotations;
      words += expected;
      BOOST_TEST_CONTEXT(article.file << ", the quotation at byte " << begin << " ("
                                      << describe_position(article.text, begin)
                                      << "): " << escaped(text)) {
        BOOST_TEST_REQUIRE(newsdesk::count_quoted_words(text) == expected);
      }
    }
  }
  BOOST_TEST_REQUIRE(quotations > 0u);
  BOOST_TEST_MESSAGE(fmt::format("{} gold quotations hold {} words", quotations, words));
}

BOOST_AUTO_TEST_CASE(tally_quotes_agrees_with_a_plain_count_of_every_article) {
  for (const CorpusArticle& article : gold_articles()) {
    PlainCount count;
    add_gold(article, count);
    BOOST_TEST_CONTEXT(article.file) {
      BOOST_TEST_REQUIRE(tally_of(gold_quotes(article)) == as_tally(count));
    }
  }
}

BOOST_AUTO_TEST_CASE(merge_tallies_of_every_article_is_the_plain_count_of_the_corpus) {
  const auto& articles = gold_articles();
  PlainCount count;
  std::vector<QuoteTally> tallies;
  std::vector<ReportQuote> first_half;
  std::vector<ReportQuote> second_half;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    add_gold(articles[i], count);
    const std::vector<ReportQuote> quotes = gold_quotes(articles[i]);
    tallies.push_back(tally_of(quotes));
    auto& half = i < articles.size() / 2 ? first_half : second_half;
    half.insert(half.end(), quotes.begin(), quotes.end());
  }
  const QuoteTally expected = as_tally(count);
  const QuoteTally corpus = merged(tallies);
  // The first speaker where the ranking goes wrong, named, before the whole comparison.
  for (std::size_t i = 0; i < std::min(corpus.speakers.size(), expected.speakers.size()); ++i) {
    BOOST_TEST_CONTEXT("rank " << i + 1) {
      BOOST_TEST_REQUIRE(corpus.speakers[i] == expected.speakers[i]);
    }
  }
  BOOST_TEST(corpus == expected);
  BOOST_TEST(merged({tally_of(first_half), tally_of(second_half)}) == expected);
  const auto middle = tallies.begin() + static_cast<std::ptrdiff_t>(articles.size() / 2);
  BOOST_TEST(tally_of(first_half) == merged(std::vector<QuoteTally>(tallies.begin(), middle)));

  std::string top;
  for (std::size_t i = 0; i < std::min<std::size_t>(5, corpus.speakers.size()); ++i) {
    top += fmt::format("{}{} ({} quotations, {} words)", i == 0 ? "" : ", ",
                       corpus.speakers[i].speaker, corpus.speakers[i].quotations,
                       corpus.speakers[i].words);
  }
  BOOST_TEST_MESSAGE(fmt::format(
      "{} articles: {} speakers; {} unattributed quotations of speech ({} words); {} not-speech "
      "left out; the first five: {}",
      articles.size(), corpus.speakers.size(), corpus.unattributed, corpus.unattributed_words,
      corpus.not_speech, top));
}

BOOST_AUTO_TEST_CASE(report_json_of_every_article_has_the_documented_shape) {
  for (const CorpusArticle& article : gold_articles()) {
    PlainCount count;
    add_gold(article, count);
    const QuoteTally tally = as_tally(count);
    const json report = newsdesk::report_json(article_name(article), tally);
    BOOST_TEST_CONTEXT(article.file << ": " << report.dump()) {
      BOOST_TEST_REQUIRE(shape_problem(report) == "");
      BOOST_TEST_REQUIRE(report.at("article") == article_name(article));
      BOOST_TEST_REQUIRE(report.at("speakers").size() == tally.speakers.size());
      BOOST_TEST_REQUIRE(report.at("not_speech") == count.not_speech);
      for (std::size_t i = 0; i < tally.speakers.size(); ++i) {
        BOOST_TEST_REQUIRE(report.at("speakers").at(i).at("speaker") == tally.speakers[i].speaker);
      }
      BOOST_TEST_REQUIRE(survives_a_round_trip(report));
    }
  }
}

BOOST_AUTO_TEST_CASE(report_table_of_every_article_lines_up) {
  for (const CorpusArticle& article : gold_articles()) {
    PlainCount count;
    add_gold(article, count);
    const QuoteTally tally = as_tally(count);
    const std::string table = newsdesk::report_table(tally);
    BOOST_TEST_CONTEXT(article.file << ":\n" << table) {
      const std::vector<std::string> lines = lines_of(table);
      const std::size_t unknown_lines = tally.unattributed > 0 ? 1 : 0;
      BOOST_TEST_REQUIRE(lines.size() == 1 + tally.speakers.size() + unknown_lines);
      for (std::size_t i = 0; i < lines.size(); ++i) {
        BOOST_TEST_CONTEXT("line " << i + 1 << ": " << escaped(lines[i])) {
          BOOST_TEST_REQUIRE(plain_columns(lines[i]) == plain_columns(lines[0]));
          BOOST_TEST_REQUIRE(lines[i].back() != ' ');
          // A name that fits starts its line as it is; a wider one is cut (its own test).
          if (i >= 1 && i <= tally.speakers.size() &&
              plain_columns(tally.speakers[i - 1].speaker) <= 32) {
            BOOST_TEST_REQUIRE(lines[i].starts_with(tally.speakers[i - 1].speaker + "  "));
          }
        }
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
