// Tests of exercise 01-count-text: hand-written tables first, then the whole corpus.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>

#include "corpus.hpp"
#include "printing.hpp"
#include "count_text.hpp"

namespace newsdesk {

// How Boost.Test prints the values when a check fails.
std::ostream& operator<<(std::ostream& out, const TextCounts& counts) {
  return out << fmt::format("{{bytes {}, lines {}, words {}, characters {}, invalid bytes {}}}",
                            counts.bytes, counts.lines, counts.words, counts.characters,
                            counts.invalid_bytes);
}

std::ostream& operator<<(std::ostream& out, const CodePoint& point) {
  return out << fmt::format("{{U+{:04X}, length {}, {}}}", static_cast<std::uint32_t>(point.value),
                            point.length, point.valid ? "valid" : "invalid");
}

}  // namespace newsdesk

namespace {

using newsdesk::CodePoint;
using newsdesk::TextCounts;

// Bytes >= 0x80 are shown as \xNN: these tests are about the bytes themselves.
std::string escaped(std::string_view text) {
  return newsdesk::testing::escaped(text, newsdesk::testing::NonAscii::escape);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(count_text)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::count_lines("one\ntwo\r\nthree") == 3u);
  BOOST_TEST(newsdesk::decode_utf8("Zoë", 2) == (CodePoint{U'\u00EB', 2, true}));
  BOOST_TEST(newsdesk::decode_utf8("\xE2\x82", 0) == (CodePoint{U'\uFFFD', 1, false}));
  BOOST_TEST(newsdesk::is_space(U'\u00A0') == true);
  BOOST_TEST(newsdesk::count_words("Mayor\u00A0Okafor said: “no”.") == 4u);
  BOOST_TEST(newsdesk::count_text("Zoë won.\n") == (TextCounts{10, 1, 2, 9, 0}));
}

BOOST_AUTO_TEST_CASE(counts_lines) {
  struct Row {
    std::string_view input;
    std::size_t expected;
  };
  const std::vector<Row> rows = {
      {"", 0},
      {"one", 1},
      {"one\n", 1},
      {"\n", 1},
      {"\n\n\n", 3},
      {"one\ntwo", 2},
      {"one\n\ntwo\n", 3},
      {"one\r\ntwo\r\n", 2},
      {"one\r\ntwo", 2},
      {"carriage\rreturn", 1},
      {"ends with a carriage return\r", 1},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::count_lines(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(decodes_well_formed_sequences) {
  struct Row {
    std::string_view input;
    std::size_t offset;
    CodePoint expected;
  };
  const std::vector<Row> rows = {
      {"A", 0, {U'A', 1, true}},
      {"\x7F", 0, {U'\x7F', 1, true}},
      {"\xC2\xA0", 0, {U'\u00A0', 2, true}},        // no-break space
      {"\xC5\x81\xC3\xB3", 2, {U'\u00F3', 2, true}},  // "Łó", from the second letter
      {"\xE2\x82\xAC", 0, {U'\u20AC', 3, true}},    // euro sign
      {"\xE2\x80\x94", 0, {U'\u2014', 3, true}},    // em dash
      {"\xEF\xBF\xBD", 0, {U'\uFFFD', 3, true}},    // a real U+FFFD is valid
      {"\xF0\x9F\x93\xB0", 0, {U'\U0001F4F0', 4, true}},  // newspaper emoji
      {"\xF4\x8F\xBF\xBF", 0, {U'\U0010FFFF', 4, true}},  // the last code point
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input) << " at offset " << row.offset) {
      BOOST_TEST(newsdesk::decode_utf8(row.input, row.offset) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_ill_formed_sequences_one_byte_at_a_time) {
  const CodePoint invalid{U'\uFFFD', 1, false};
  struct Row {
    std::string_view input;
    std::string_view why;
  };
  const std::vector<Row> rows = {
      {"\x80", "a continuation byte cannot start a sequence"},
      {"\xBF\x41", "a continuation byte cannot start a sequence"},
      {"\xC0\xAF", "C0 starts only overlong forms"},
      {"\xC1\xBF", "C1 starts only overlong forms"},
      {"\xE0\x80\xAF", "overlong three-byte form"},
      {"\xF0\x80\x80\xAF", "overlong four-byte form"},
      {"\xED\xA0\x80", "a surrogate, U+D800"},
      {"\xF4\x90\x80\x80", "above U+10FFFF"},
      {"\xF5\x80\x80\x80", "F5 cannot start a sequence"},
      {"\xFF", "FF never appears in UTF-8"},
      {"\xC3", "cut short by the end of the text"},
      {"\xE2\x82", "cut short by the end of the text"},
      {"\xF0\x9F\x93", "cut short by the end of the text"},
      // A view may end before the bytes that follow it in memory: they are not part of the text.
      {std::string_view("\xE2\x82\xAC", 2), "the view ends inside the sequence"},
      {std::string_view("\xF0\x9F\x93\xB0", 3), "the view ends inside the sequence"},
      {"\xE2\x82\x41", "the third byte is not a continuation"},
      {"\xC3\x28", "the second byte is not a continuation"},
      {"\xE9t\xE9", "Latin-1, not UTF-8"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input) << " (" << row.why << ")") {
      BOOST_TEST(newsdesk::decode_utf8(row.input, 0) == invalid);
    }
  }
}

BOOST_AUTO_TEST_CASE(knows_the_white_space_characters) {
  const std::vector<char32_t> spaces = {
      U'\t', U'\n', U'\v', U'\f', U'\r', U' ', U'\u0085', U'\u00A0', U'\u1680', U'\u2000',
      U'\u2005', U'\u200A', U'\u2028', U'\u2029', U'\u202F', U'\u205F', U'\u3000'};
  // Look-alikes that are not White_Space: zero-width space, word joiner, byte order mark,
  // soft hyphen, Mongolian vowel separator (White_Space until Unicode 6.3), NUL, letters.
  const std::vector<char32_t> not_spaces = {
      U'\u200B', U'\u2060', U'\uFEFF', U'\u00AD', U'\u180E', U'\0', U'a', U'_', U'\u2014',
      U'\u1FFF', U'\u200C', U'\u3001', U'\x1C'};
  for (const char32_t c : spaces) {
    BOOST_TEST_CONTEXT(fmt::format("U+{:04X}", static_cast<std::uint32_t>(c))) {
      BOOST_TEST(newsdesk::is_space(c) == true);
    }
  }
  for (const char32_t c : not_spaces) {
    BOOST_TEST_CONTEXT(fmt::format("U+{:04X}", static_cast<std::uint32_t>(c))) {
      BOOST_TEST(newsdesk::is_space(c) == false);
    }
  }
}

BOOST_AUTO_TEST_CASE(counts_words_between_any_white_space) {
  struct Row {
    std::string_view input;
    std::size_t expected;
  };
  const std::vector<Row> rows = {
      {"", 0},
      {"   ", 0},
      {"\n\r\n\t", 0},
      {"one", 1},
      {"  one  two  ", 2},
      {"one\ttwo\nthree\r\nfour", 4},
      {"7\u00A0%", 2},                     // no-break space
      {"\u00A0\u00A0", 0},
      {"wide\u3000space", 2},              // ideographic space
      {"thin\u2009space", 2},              // thin space
      {"narrow\u202Fno-break", 2},
      {"zero\u200Bwidth", 1},              // zero-width space is not white space
      {"a — b", 3},                        // a dash is a word of its own here
      {"“It’s late,” she said.", 4},
      {"bad\xFF" "byte", 1},               // an invalid byte stays inside its word
      {"\xFF \xFE", 2},
      {"\xC2 split", 2},                   // a cut-short sequence before a space
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::count_words(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(counts_everything_in_one_text) {
  struct Row {
    std::string_view input;
    TextCounts expected;
  };
  const std::vector<Row> rows = {
      {"", {0, 0, 0, 0, 0}},
      {"\n", {1, 1, 0, 1, 0}},
      {"one two\r\nthree\r\n", {16, 2, 3, 16, 0}},
      {"São Paulo\n", {11, 1, 2, 10, 0}},
      {"王芳 said", {11, 1, 2, 7, 0}},
      {"caf\xE9 au lait", {12, 1, 3, 12, 1}},       // Latin-1 é: one invalid byte
      {"\xE2\x82 euro", {7, 1, 2, 7, 2}},           // each byte of a bad sequence counts
      {"\xF0\x9F\x93\xB0 news", {9, 1, 2, 6, 0}},
      {std::string_view("ok \xE2\x82\xAC", 5), {5, 1, 2, 5, 2}},  // the view cuts the euro sign
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::count_text(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(never_drops_a_byte_of_any_value) {
  // Every byte value once: 128 ASCII characters, then 128 bytes that cannot form UTF-8 in
  // this order, each one a character of its own.
  std::string every_byte;
  for (int value = 0; value < 256; ++value) {
    every_byte += static_cast<char>(value);
  }
  const TextCounts counts = newsdesk::count_text(every_byte);
  BOOST_TEST(counts.bytes == 256u);
  BOOST_TEST(counts.characters == 256u);
  BOOST_TEST(counts.invalid_bytes == 128u);
  BOOST_TEST(counts.lines == 2u);  // one "\n", then an unterminated last line
}

BOOST_AUTO_TEST_CASE(matches_the_manifest_on_every_corpus_article) {
  for (const newsdesk::testing::CorpusArticle& article : newsdesk::testing::corpus_articles()) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      const TextCounts counts = newsdesk::count_text(article.text);
      BOOST_TEST(counts.bytes == article.text.size());
      BOOST_TEST(counts.words == article.manifest.at("word_count").get<std::size_t>());
      BOOST_TEST(counts.lines == article.manifest.at("line_count").get<std::size_t>());
      BOOST_TEST(counts.characters == article.manifest.at("character_count").get<std::size_t>());
      BOOST_TEST(counts.invalid_bytes == 0u);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
