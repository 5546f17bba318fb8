// Tests of exercise 05-tokenize, in the order of the tasks of README.md. Each task's cases are
// named after its function, so that `ctest -R tokenize/word_length` runs one task alone:
// white_space_length, word_character_length, clitic_length, word_length, is_abbreviation,
// abbreviation_length, url_length, email_length, handle_length, elision_length,
// punctuation_length, and last tokenize_*: rule by rule, the order of the rules, the edge
// cases, the promises tokenize() keeps on every article of the corpus, and the gold tokens of
// the annotated articles.
#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>

#include "compare.hpp"
#include "corpus.hpp"
#include "printing.hpp"
#include "tokenize.hpp"
#include "unicode.hpp"

namespace {

// Whether every byte of `text` is part of a well-formed UTF-8 sequence.
bool is_valid_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const newsdesk::unicode::Decoded c = newsdesk::unicode::decode(text, at);
    if (!c.valid) return false;
    at += c.length;
  }
  return true;
}

// `text` in quotes, readable: UTF-8 as it is, but invalid bytes as \xNN so that they show.
std::string shown(std::string_view text) {
  return newsdesk::testing::escaped(text, is_valid_utf8(text)
                                              ? newsdesk::testing::NonAscii::keep
                                              : newsdesk::testing::NonAscii::escape);
}

}  // namespace

namespace newsdesk {

// How Boost.Test prints tokens when a check fails: the text and where it begins, as in
//   "They"@0 | "ca"@5 | "n't"@7 | ","@10
// A token whose offsets do not match the length of its text says so.
std::ostream& operator<<(std::ostream& out, const Token& token) {
  out << shown(token.text) << '@' << token.begin;
  if (token.end != token.begin + token.text.size()) {
    out << " (end " << token.end << " does not fit the text)";
  }
  return out;
}

std::ostream& operator<<(std::ostream& out, const std::vector<Token>& tokens) {
  if (tokens.empty()) {
    return out << "(no tokens)";
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out << (i == 0 ? "" : " | ") << tokens[i];
  }
  return out;
}

}  // namespace newsdesk

// By default Boost.Test compares two vectors element by element and, when their sizes
// differ, prints only "check ... has failed". Comparing them as whole values instead prints
// both lists in full with the operator<< above.
template <>
struct boost::unit_test::is_forward_iterable<std::vector<newsdesk::Token>> : std::false_type {};

namespace {

using newsdesk::Token;
using newsdesk::testing::CorpusArticle;
using newsdesk::testing::describe_position;

// The articles whose gold files must hold tokens (data/README.md, "Files").
constexpr std::array<std::string_view, 10> kArticlesWithTokens = {
    "001", "002", "003", "004", "008", "022", "028", "031", "037", "038"};

// Whether the character at `at` is white space (Unicode White_Space), and how long it is.
// The tests ask the given unicode.hpp rather than the code under test.
std::size_t white_space_length(std::string_view text, std::size_t at) {
  const newsdesk::unicode::Decoded c = newsdesk::unicode::decode(text, at);
  return c.valid && newsdesk::unicode::is_white_space(c.value) ? c.length : 0;
}

// ---------------------------------------------------------------------------------------------
// Tables for the *_length() functions: a text, an offset, and the bytes from that offset that
// the function should measure ("" when it should return 0).

struct LengthRow {
  std::string_view text;
  std::size_t offset;
  std::string_view expected;
};

using LengthFunction = std::size_t (*)(std::string_view, std::size_t);

// What a *_length() function measured, shown as the bytes it covers: "\"@ana_r\"" or "0".
std::string shown_length(std::string_view text, std::size_t offset, std::size_t length) {
  if (length == 0) return "0";
  if (length > text.size() - offset) {
    return fmt::format("{} bytes, more than the text has after offset {}", length, offset);
  }
  return fmt::format("{} ({} bytes)", shown(text.substr(offset, length)), length);
}

// Checks `function` on every row of a table, naming the text and offset of a row that fails.
void check_lengths(LengthFunction function, const std::vector<LengthRow>& rows) {
  for (const LengthRow& row : rows) {
    if (row.offset > row.text.size() || !row.text.substr(row.offset).starts_with(row.expected)) {
      throw std::invalid_argument(fmt::format("test table error: {} is not at offset {} of {}",
                                              shown(row.expected), row.offset, shown(row.text)));
    }
    BOOST_TEST_CONTEXT("text: " << shown(row.text) << " at offset " << row.offset) {
      BOOST_TEST(shown_length(row.text, row.offset, function(row.text, row.offset)) ==
                 shown_length(row.text, row.offset, row.expected.size()));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Tables for tokenize(): an input and the texts of the tokens it should give.

// The tokens `input` should give, from their texts alone. Each text is looked for right after
// the one before, past white space only, so a table lists texts and the offsets follow.
std::vector<Token> located(std::string_view input, const std::vector<std::string_view>& texts) {
  std::vector<Token> tokens;
  std::size_t at = 0;
  for (const std::string_view text : texts) {
    while (at < input.size() && !input.substr(at).starts_with(text)) {
      const std::size_t space = white_space_length(input, at);
      if (space == 0) {
        throw std::invalid_argument(
            fmt::format("test table error: {} is not next in {}", shown(text), shown(input)));
      }
      at += space;
    }
    if (at + text.size() > input.size() || input.substr(at, text.size()) != text) {
      throw std::invalid_argument(
          fmt::format("test table error: {} is not in {}", shown(text), shown(input)));
    }
    tokens.push_back(Token{input.substr(at, text.size()), at, at + text.size()});
    at += text.size();
  }
  return tokens;
}

// One row of a tokenize() table: an input and the texts of the tokens it should give.
struct Row {
  std::string_view input;
  std::vector<std::string_view> expected;
};

// Checks tokenize() on every row of a table, naming the input of a row that fails.
void check_tokenize(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << shown(row.input)) {
      BOOST_TEST(newsdesk::tokenize(row.input) == located(row.input, row.expected));
    }
  }
}

// Checks what tokenize() promises for any text: every token is a non-empty, exact slice of
// `text`, in order, without overlaps; no token holds white space; and the bytes between the
// tokens are all white space, so that tokens and white space rebuild `text` exactly.
// Reports the first token or byte that breaks a promise, with its line and column. (Plain
// comparisons, and one BOOST_ERROR at most: millions of Boost.Test checks would be slow.)
void check_rebuilds(std::string_view text, const std::vector<Token>& tokens) {
  const auto where = [&](std::size_t at) {
    return fmt::format("byte {} ({})", at, describe_position(text, at));
  };
  // The first byte in [from, to) that does not start white space, or `to`.
  const auto first_non_space = [&](std::size_t from, std::size_t to) {
    std::size_t at = from;
    while (at < to) {
      const std::size_t space = white_space_length(text, at);
      if (space == 0) break;
      at += space;
    }
    return at;
  };

  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.begin >= token.end || token.end > text.size() || token.begin < previous_end ||
        token.text != text.substr(token.begin, token.end - token.begin)) {
      BOOST_ERROR("token " << i << " (from 0), " << token << ", is not a non-empty slice of the "
                           << "text [begin, end) that starts after the token before it");
      return;
    }
    if (const std::size_t gap = first_non_space(previous_end, token.begin); gap < token.begin) {
      BOOST_ERROR("a byte between tokens is dropped at "
                  << where(gap) << ": " << shown(text.substr(gap, 1)) << ", before token " << i
                  << ", " << token);
      return;
    }
    for (std::size_t at = token.begin; at < token.end;
         at += newsdesk::unicode::decode(text, at).length) {
      if (white_space_length(text, at) > 0) {
        BOOST_ERROR("token " << i << ", " << token << ", holds white space at " << where(at));
        return;
      }
    }
    previous_end = token.end;
  }
  if (const std::size_t gap = first_non_space(previous_end, text.size()); gap < text.size()) {
    BOOST_ERROR("a byte after the last token is dropped at " << where(gap) << ": "
                                                             << shown(text.substr(gap, 1)));
  }
}

// The "tokens" of an article's gold file as Tokens viewing the article's text, or nothing
// when it has none.
std::vector<Token> gold_tokens(const CorpusArticle& article) {
  std::vector<Token> tokens;
  if (!article.gold.is_object() || !article.gold.contains("tokens")) {
    return tokens;
  }
  const std::string_view text = article.text;
  for (const nlohmann::json& entry : article.gold.at("tokens")) {
    const auto begin = entry.at("begin").get<std::size_t>();
    const auto end = entry.at("end").get<std::size_t>();
    if (begin > end || end > text.size() ||
        text.substr(begin, end - begin) != entry.at("text").get<std::string>()) {
      throw std::runtime_error(fmt::format("gold file of {}: token [{}, {}) does not slice {}",
                                           article.file, begin, end, entry.at("text").dump()));
    }
    tokens.push_back(Token{text.substr(begin, end - begin), begin, end});
  }
  return tokens;
}

// The article's number, "001" for data/corpus/articles/001-sao-paulo-waterways-pilot.txt.
std::string article_number(const CorpusArticle& article) {
  return std::filesystem::path(article.file).stem().string().substr(0, 3);
}

// The tokens of `text` with each line tokenized on its own, their offsets moved to the whole
// text: what tokenize(text) gives, since no token spans a line break.
std::vector<Token> tokenize_line_by_line(std::string_view text) {
  std::vector<Token> tokens;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t newline = text.find('\n', start);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    for (const Token& token : newsdesk::tokenize(text.substr(start, end - start))) {
      tokens.push_back(Token{text.substr(start + token.begin, token.text.size()),
                             start + token.begin, start + token.end});
    }
    start = end;
  }
  return tokens;
}

// Up to four tokens from `index` on, to show the neighbourhood of a disagreement.
std::vector<Token> tokens_from(const std::vector<Token>& tokens, std::size_t index) {
  const std::size_t from = std::min(index, tokens.size());
  const std::size_t to = std::min(from + 4, tokens.size());
  return {tokens.begin() + static_cast<std::ptrdiff_t>(from),
          tokens.begin() + static_cast<std::ptrdiff_t>(to)};
}

// Inputs chosen to trip up the offsets: white space of every kind at both ends, multi-byte
// characters next to punctuation, invalid bytes, and tokens made of several characters.
const std::vector<std::string> kTrickyInputs = {
    "",
    " \t\r\n\v\f",
    "\u00A0\u2003\u3000“It’s late,” she said.\u202F\r\n",
    "\xFF\xFE a\xC3 \xE2\x80 \xE2\x80\x9C\xE2\x80",
    std::string("a\0b \0 c", 7),
    "rock 'n' roll in the ’90s; see www.example.org/x_(y)). Write to a.b@c.example!",
    "U.S.'s e.g... etc... 7:15 p.m.? -- — – - speech-then 1,200.5% $12.75",
    "a'",
    "'",
    "\xE2\x80\x99",
    "n't n’ n\xE2\x80 '\xE2\x80 can't've",
};

}  // namespace

BOOST_AUTO_TEST_SUITE(tokenize)

// Every Example: of tokenize.hpp, the rules in short at its top included.
BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::white_space_length("7\u00A0%", 1) == 2u);
  BOOST_TEST(newsdesk::word_character_length("Zoë", 2) == 2u);
  BOOST_TEST(newsdesk::clitic_length("don't", 2) == 3u);
  BOOST_TEST(newsdesk::clitic_length("the U.S.'s plan", 8) == 2u);
  BOOST_TEST(newsdesk::word_length("the 61-year-old economist", 4) == 11u);
  BOOST_TEST(newsdesk::word_length("O'Neill's farm", 0) == 7u);
  BOOST_TEST(newsdesk::word_length("don't", 0) == 2u);
  BOOST_TEST(newsdesk::is_abbreviation("Dr.") == true);
  BOOST_TEST(newsdesk::is_abbreviation("said.") == false);
  BOOST_TEST(newsdesk::abbreviation_length("at 7 p.m. sharp", 5) == 4u);
  BOOST_TEST(newsdesk::abbreviation_length("U.S...", 0) == 3u);
  BOOST_TEST(newsdesk::url_length("see https://a.example/x?page=3.", 4) == 26u);
  BOOST_TEST(newsdesk::email_length("write to press@vessler.example.com.", 9) == 25u);
  BOOST_TEST(newsdesk::handle_length("as @SaveTheTub_ex.", 3) == 14u);
  BOOST_TEST(newsdesk::elision_length("since the ’90s,", 10) == 6u);
  BOOST_TEST(newsdesk::punctuation_length("wait...", 4) == 3u);
  BOOST_TEST(newsdesk::punctuation_length("a---b", 1) == 2u);
  check_tokenize({
      {"“It’s late,” she said.", {"“", "It", "’s", "late", ",", "”", "she", "said", "."}},
      // The rules in short.
      {"7\u00A0%", {"7", "%"}},
      {"Zoë won", {"Zoë", "won"}},
      {"don't", {"do", "n't"}},
      {"it's", {"it", "'s"}},
      {"1,200 61-year-old O'Neill", {"1,200", "61-year-old", "O'Neill"}},
      {"Dr. Okafor", {"Dr.", "Okafor"}},
      {"www.a.example.", {"www.a.example", "."}},
      {"press@a.example", {"press@a.example"}},
      {"#RiversRunDry", {"#RiversRunDry"}},
      {"the '90s", {"the", "'90s"}},
      {"wait...!", {"wait", "...", "!"}},
  });
}

// ---------------------------------------------------------------------------------------------
// Task 1: white_space_length()

BOOST_AUTO_TEST_CASE(white_space_length_measures_ascii_and_unicode_spaces) {
  const std::vector<LengthRow> rows = {
      {"a b", 1, " "}, {"\t", 0, "\t"}, {"\n", 0, "\n"}, {"\v", 0, "\v"}, {"\f", 0, "\f"},
      {"\r\n", 0, "\r"},
      {"7\u00A0%", 1, "\u00A0"},  // no-break space
      {"\u0085", 0, "\u0085"},    // next line
      {"\u1680", 0, "\u1680"}, {"\u2000", 0, "\u2000"},
      {"\u2003", 0, "\u2003"},  // em space
      {"\u2009", 0, "\u2009"},  // thin space
      {"\u200A", 0, "\u200A"}, {"\u2028", 0, "\u2028"}, {"\u202F", 0, "\u202F"},
      {"\u3000", 0, "\u3000"},
  };
  check_lengths(newsdesk::white_space_length, rows);
}

BOOST_AUTO_TEST_CASE(white_space_length_is_zero_for_anything_else) {
  const std::vector<LengthRow> rows = {
      {"a b", 0, ""},
      {"\u200B", 0, ""},  // zero-width space
      {"_", 0, ""}, {std::string_view("\0", 1), 0, ""},
      {"\xA0", 0, ""},  // U+00A0 without its lead
      {"\xC2", 0, ""},  // and cut short
      {"\u00AD", 0, ""},
      {"x", 1, ""},  // at the very end
      {"", 0, ""},
  };
  check_lengths(newsdesk::white_space_length, rows);
}

// ---------------------------------------------------------------------------------------------
// Task 2: word_character_length()

BOOST_AUTO_TEST_CASE(word_character_length_takes_letters_digits_and_marks_of_any_script) {
  const std::vector<LengthRow> rows = {
      {"a", 0, "a"}, {"Z", 0, "Z"}, {"7", 0, "7"}, {"Zoë", 2, "ë"}, {"Ł", 0, "Ł"}, {"ß", 0, "ß"},
      {"α", 0, "α"}, {"Ж", 0, "Ж"}, {"א", 0, "א"}, {"王芳", 3, "芳"}, {"क", 0, "क"},
      {"\u093F", 0, "\u093F"},  // a vowel sign
      {"\u0301", 0, "\u0301"},  // combining acute
      {"٣", 0, "٣"},            // Arabic-Indic 3
      {"९", 0, "९"},            // Devanagari 9
  };
  check_lengths(newsdesk::word_character_length, rows);
}

BOOST_AUTO_TEST_CASE(word_character_length_is_zero_for_everything_else) {
  const std::vector<LengthRow> rows = {
      {"_", 0, ""}, {"-", 0, ""}, {"'", 0, ""}, {"’", 0, ""}, {" ", 0, ""}, {"\u00A0", 0, ""},
      {".", 0, ""}, {"$", 0, ""}, {"€", 0, ""}, {"%", 0, ""}, {"👍", 0, ""},
      {"\u00AD", 0, ""},  // soft hyphen
      {"\u200B", 0, ""},
      {"²", 0, ""},  // a digit, but not decimal
      {"Ⅻ", 0, ""},  // a number, not a letter
      {"\xFF", 0, ""},
      {"\xC3", 0, ""},  // "é" cut short
      {std::string_view("\0", 1), 0, ""}, {"x", 1, ""}, {"", 0, ""},
  };
  check_lengths(newsdesk::word_character_length, rows);
}

// ---------------------------------------------------------------------------------------------
// Task 3: clitic_length()

BOOST_AUTO_TEST_CASE(clitic_length_finds_the_penn_treebank_clitics) {
  const std::vector<LengthRow> rows = {
      {"don't", 2, "n't"}, {"don’t", 2, "n’t"}, {"DON'T", 2, "N'T"}, {"it's", 2, "'s"},
      {"it’s", 2, "’s"}, {"HE'S", 2, "'S"}, {"they're", 4, "'re"}, {"we’ve", 2, "’ve"},
      {"you'll", 3, "'ll"}, {"I'd", 1, "'d"}, {"I’m", 1, "’m"}, {"the U.S.'s plan", 8, "'s"},
      {"it's.", 2, "'s"},  // punctuation may follow
      {"Zoë’s”", 4, "’s"}, {"'s", 0, "'s"}, {"n't", 0, "n't"},
  };
  check_lengths(newsdesk::clitic_length, rows);
}

BOOST_AUTO_TEST_CASE(clitic_length_needs_the_end_of_a_word) {
  const std::vector<LengthRow> rows = {
      {"'sa", 0, ""}, {"n'th", 0, ""}, {"'ss", 0, ""}, {"'rex", 0, ""},
      {"'s\u0301", 0, ""},  // a mark is a word character
      {"'s1", 0, ""},
  };
  check_lengths(newsdesk::clitic_length, rows);
}

// A final apostrophe is no clitic: a plural possessive and a closing quotation mark look the
// same, and tokenize() makes both punctuation (see tokenize_splits_off_every_final_apostrophe).
BOOST_AUTO_TEST_CASE(clitic_length_leaves_final_apostrophes_and_elisions_alone) {
  const std::vector<LengthRow> rows = {
      {"farmers'", 7, ""}, {"farmers’", 7, ""}, {"wait'", 4, ""}, {"'", 0, ""}, {"’", 0, ""},
      {"'90s", 0, ""}, {"'em", 0, ""}, {"'n'", 0, ""}, {"'til", 0, ""}, {"don", 2, ""},
      {"n'", 0, ""}, {"n’", 0, ""},
      {"\xE2\x80", 0, ""},  // "’" cut short
      {"x", 1, ""}, {"", 0, ""},
  };
  check_lengths(newsdesk::clitic_length, rows);
}

// ---------------------------------------------------------------------------------------------
// Task 4: word_length()

BOOST_AUTO_TEST_CASE(word_length_runs_over_word_characters) {
  const std::vector<LengthRow> rows = {
      {"Zoë won", 0, "Zoë"}, {"Zoë won", 5, "won"}, {"Hydrologist 王芳 Wang", 12, "王芳"},
      {"ŁÓDŹ, Łódź", 0, "ŁÓDŹ"}, {"१२३ ٣٤", 0, "१२३"}, {"Zoe\u0308 (combining)", 0, "Zoe\u0308"},
      {"\u0301x", 0, "\u0301x"},  // a mark may start one
      {"3rd 1990s", 0, "3rd"}, {"3rd 1990s", 4, "1990s"}, {"snake_case", 0, "snake"},
      {"a\u00ADb", 0, "a"}, {"ok👍", 0, "ok"},
      {"Zo\xC3", 0, "Zo"},  // cut short at the end
      {" x", 0, ""}, {".x", 0, ""}, {"x", 1, ""}, {"", 0, ""},
  };
  check_lengths(newsdesk::word_length, rows);
}

BOOST_AUTO_TEST_CASE(word_length_joins_digits_through_comma_period_and_colon) {
  const std::vector<LengthRow> rows = {
      {"1,200 barges", 0, "1,200"}, {"3.5 billion", 0, "3.5"}, {"at 7:15", 3, "7:15"},
      {"1,234,567.89", 0, "1,234,567.89"}, {"$12.75", 1, "12.75"},
      {"1,200.", 0, "1,200"},  // no digit after the period
      {"rose 5, then", 5, "5"}, {"a,b", 0, "a"}, {"1.a", 0, "1"}, {"a.1", 0, "a"}, {"5:x", 0, "5"},
      {"1,,2", 0, "1"},
      {"٣,٤", 0, "٣"},  // ASCII digits only
  };
  check_lengths(newsdesk::word_length, rows);
}

BOOST_AUTO_TEST_CASE(word_length_joins_hyphenated_words) {
  const std::vector<LengthRow> rows = {
      {"the 61-year-old economist", 4, "61-year-old"}, {"2018-2022", 0, "2018-2022"},
      {"B-52", 0, "B-52"}, {"MH-60", 0, "MH-60"}, {"Ortega-Vance", 0, "Ortega-Vance"},
      {"Szabó-Hale", 0, "Szabó-Hale"}, {"e-mail.", 0, "e-mail"}, {"x-\u0301", 0, "x-\u0301"},
      {"well- known", 0, "well"}, {"well--known", 0, "well"}, {"bad - worse", 0, "bad"},
      {"U.S.-based", 0, "U"},  // a period is no word char
      // A limit of reading shapes: a hyphen typed for a
      // dash joins like any other.
      {"a short speech-then left", 8, "speech-then"},
  };
  check_lengths(newsdesk::word_length, rows);
}

// An apostrophe inside a word keeps it together, unless a clitic starts there: the two
// halves of one rule (README.md, rule 4).
BOOST_AUTO_TEST_CASE(word_length_joins_an_apostrophe_before_a_letter) {
  const std::vector<LengthRow> rows = {
      {"O'Neill at five", 0, "O'Neill"}, {"O’Neill", 0, "O’Neill"}, {"five o'clock", 5, "o'clock"},
      {"y'all", 0, "y'all"}, {"ma'am", 0, "ma'am"}, {"rock'n'roll", 0, "rock'n'roll"},
      {"l’État", 0, "l’État"}, {"farmers' market", 0, "farmers"}, {"farmers’ market", 0, "farmers"},
      {"in'90", 0, "in"},  // a digit after it
      {"wait'", 0, "wait"},
  };
  check_lengths(newsdesk::word_length, rows);
}

BOOST_AUTO_TEST_CASE(word_length_stops_before_a_clitic) {
  const std::vector<LengthRow> rows = {
      {"it's", 0, "it"}, {"it’s", 0, "it"}, {"O'Neill's farm", 0, "O'Neill"},
      {"O’Neill’s", 0, "O’Neill"}, {"1990's", 0, "1990"}, {"they're", 0, "they"}, {"I'd", 0, "I"},
      {"don't", 0, "do"}, {"can't", 0, "ca"}, {"won't", 0, "wo"}, {"DON'T", 0, "DO"},
      {"don’t", 0, "do"}, {"can't've", 0, "ca"}, {"can't've", 2, "n't"},
      {"n't", 0, "n't"},            // nothing to split it from
      {"don'tcha", 0, "don'tcha"},  // no clitic: "tcha"
      {"she'sa", 0, "she'sa"},
  };
  check_lengths(newsdesk::word_length, rows);
}

// ---------------------------------------------------------------------------------------------
// Task 5: is_abbreviation()

BOOST_AUTO_TEST_CASE(is_abbreviation_knows_the_list_initials_and_letter_dot_runs) {
  struct AbbreviationRow {
    std::string_view word;
    bool expected;
  };
  const std::vector<AbbreviationRow> rows = {
      // The list, with its case.
      {"Mr.", true}, {"Mrs.", true}, {"Ms.", true}, {"Dr.", true}, {"Prof.", true},
      {"St.", true}, {"Mt.", true}, {"Jr.", true}, {"Sr.", true}, {"Gov.", true},
      {"Sen.", true}, {"Rep.", true}, {"Gen.", true}, {"Col.", true}, {"Lt.", true},
      {"Sgt.", true}, {"Capt.", true}, {"Rev.", true}, {"No.", true}, {"Inc.", true},
      {"Ltd.", true}, {"Co.", true}, {"Corp.", true}, {"Bros.", true}, {"Dept.", true},
      {"Univ.", true}, {"Ave.", true}, {"Rd.", true}, {"vs.", true}, {"etc.", true},
      {"approx.", true}, {"est.", true}, {"Jan.", true}, {"Feb.", true}, {"Mar.", true},
      {"Apr.", true}, {"Jun.", true}, {"Jul.", true}, {"Aug.", true}, {"Sep.", true},
      {"Sept.", true}, {"Oct.", true}, {"Nov.", true}, {"Dec.", true}, {"v.", true},
      // Single capital initials, and letter-dot runs in any case.
      {"J.", true}, {"B.", true}, {"U.S.", true}, {"U.K.", true}, {"a.m.", true},
      {"p.m.", true}, {"e.g.", true}, {"i.e.", true}, {"J.R.R.", true}, {"x.y.", true},
      // Everything else.
      {"said.", false}, {"dr.", false}, {"DR.", false}, {"JAN.", false}, {"Dr", false},
      {"j.", false}, {"1.", false}, {"A", false}, {"", false}, {".", false}, {"US.", false},
      {"U.S", false}, {"Ph.D.", false}, {"a.1.", false}, {"May.", false}, {"Zoë.", false},
      {"É.", false}, {"U..", false}, {"Dr.Dr.", false},
  };
  for (const AbbreviationRow& row : rows) {
    BOOST_TEST_CONTEXT("word: " << shown(row.word)) {
      BOOST_TEST(newsdesk::is_abbreviation(row.word) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(is_abbreviation_holds_for_every_listed_abbreviation) {
  // Every entry of data/abbreviations.txt, whatever its class.
  for (const auto& entry : newsdesk::testing::listed_abbreviations()) {
    BOOST_TEST_CONTEXT("data/abbreviations.txt: " << entry.text << " (" << entry.kind << ")") {
      BOOST_TEST(newsdesk::is_abbreviation(entry.text));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Task 6: abbreviation_length()

BOOST_AUTO_TEST_CASE(abbreviation_length_takes_the_period) {
  const std::vector<LengthRow> rows = {
      {"Dr. Helena Castellano", 0, "Dr."}, {"at 7 p.m. sharp", 5, "p.m."},
      {"the U.S. East Coast", 4, "U.S."},
      {"in the U.K. She returned", 7, "U.K."},  // at a sentence end too
      {"J.R.R. Tolkien", 0, "J.R.R."}, {"U.S.A.", 0, "U.S.A."}, {"Dr. M. J. Osei", 4, "M."},
      {"Jan. 24", 0, "Jan."}, {"i.e. four", 0, "i.e."}, {"e.g., twice", 0, "e.g."},
      {"the U.S.'s plan", 4, "U.S."}, {"U.S.-made", 0, "U.S."}, {"Works Co.", 6, "Co."},
      // A limit of reading shapes: at the end of a sentence too, "B." is an
      // initial.
      {"It needs a Plan B.", 16, "B."},
  };
  check_lengths(newsdesk::abbreviation_length, rows);
}

BOOST_AUTO_TEST_CASE(abbreviation_length_is_zero_where_a_word_keeps_no_period) {
  const std::vector<LengthRow> rows = {
      {"said.", 0, ""}, {"she said.", 4, ""},
      {"the JAN. show", 4, ""},  // the list's case
      {"a. b.", 0, ""},          // no lower-case initial
      {"1.", 0, ""}, {"1,200.", 0, ""}, {"Dr", 0, ""}, {"Dr Okafor", 0, ""}, {"US.", 0, ""},
      {"Ph.D.", 0, ""}, {"Zoë.", 0, ""}, {"É.", 0, ""}, {"a...", 0, ""}, {".", 0, ""}, {"x", 1, ""},
      {"", 0, ""},
  };
  check_lengths(newsdesk::abbreviation_length, rows);
}

// One period cannot be two tokens: when an abbreviation's last period begins "...", the
// ellipsis takes it (README.md, rule 5).
BOOST_AUTO_TEST_CASE(abbreviation_length_gives_its_last_period_to_an_ellipsis) {
  const std::vector<LengthRow> rows = {
      {"U.S...", 0, "U.S"}, {"U.S.A...", 0, "U.S.A"}, {"e.g...", 0, "e.g"}, {"etc...", 0, "etc"},
      {"J...", 0, "J"}, {"Dr....", 0, "Dr"},
      {"U.S.. then", 0, "U.S."},  // no ellipsis
  };
  check_lengths(newsdesk::abbreviation_length, rows);
}

// ---------------------------------------------------------------------------------------------
// Task 7: url_length()

BOOST_AUTO_TEST_CASE(url_length_keeps_urls_whole) {
  const std::vector<LengthRow> rows = {
      {"https://a.example/x?page=3", 0, "https://a.example/x?page=3"},
      {"see http://a.example.", 4, "http://a.example"},
      {"www.example.org/pilot-2026?lang=en&section=rules, and", 0,
       "www.example.org/pilot-2026?lang=en&section=rules"},
      {"HTTPS://A.EXAMPLE/X!?", 0, "HTTPS://A.EXAMPLE/X"},
      {"Www.Example.org", 0, "Www.Example.org"},
      {"https://a.example/~ana/a_b;c=d*e+f$g@h[1]#top%20", 0,
       "https://a.example/~ana/a_b;c=d*e+f$g@h[1]#top%20"},
      {"(see https://a.example/x).", 5, "https://a.example/x"},  // an unmatched ")"
      {"https://a.example/Foo_(bar)).", 0, "https://a.example/Foo_(bar)"},
      {"https://a.example/x'", 0, "https://a.example/x"},  // a quote ends it
      {"https://a.example/“x”", 0, "https://a.example/"},
      {"https://a.example/x y", 0, "https://a.example/x"},
  };
  check_lengths(newsdesk::url_length, rows);
}

BOOST_AUTO_TEST_CASE(url_length_is_zero_without_a_url) {
  const std::vector<LengthRow> rows = {
      {"https://", 0, ""},  // nothing after the start
      {"www.", 0, ""},
      {"https://...", 0, ""},
      {"www.)", 0, ""}, {"http:/a.example", 0, ""}, {"wwwexample.org", 0, ""},
      {"ftp://a.example", 0, ""},
      {"see https://a.example", 0, ""},
      {"x", 1, ""}, {"", 0, ""},
  };
  check_lengths(newsdesk::url_length, rows);
}

// ---------------------------------------------------------------------------------------------
// Task 8: email_length()

BOOST_AUTO_TEST_CASE(email_length_keeps_addresses_whole) {
  const std::vector<LengthRow> rows = {
      {"write to press@vessler.example.com.", 9, "press@vessler.example.com"},
      {"g.ashby@ashbyreed.example.com", 0, "g.ashby@ashbyreed.example.com"},
      {"pilot-desk@example.org,", 0, "pilot-desk@example.org"},
      {"first_last+news@a-b.example", 0, "first_last+news@a-b.example"},
      {"50%off@deals.example!", 0, "50%off@deals.example"},
      {"Ana@Example.ORG", 0, "Ana@Example.ORG"},
  };
  check_lengths(newsdesk::email_length, rows);
}

BOOST_AUTO_TEST_CASE(email_length_is_zero_without_an_address) {
  const std::vector<LengthRow> rows = {
      {"ana@localhost", 0, ""},  // one label only
      {"ana@.example", 0, ""}, {"ana@example.", 0, ""}, {"ana@-b.example", 0, ""},
      {".ana@a.example", 0, ""}, {"@a.example", 0, ""}, {"x@y", 0, ""}, {"ana", 0, ""},
      {"zoë@a.example", 0, ""},  // ASCII only
      {"x", 1, ""}, {"", 0, ""},
  };
  check_lengths(newsdesk::email_length, rows);
}

BOOST_AUTO_TEST_CASE(email_length_reads_a_local_part_of_at_most_64_bytes) {
  const std::string longest = std::string(64, 'a') + "@b.example";
  const std::string too_long = std::string(65, 'a') + "@b.example";
  const std::vector<LengthRow> rows = {
      {longest, 0, longest}, {too_long, 0, ""}, {too_long, 1, longest},
  };
  check_lengths(newsdesk::email_length, rows);
}

// ---------------------------------------------------------------------------------------------
// Task 9: handle_length()

BOOST_AUTO_TEST_CASE(handle_length_keeps_handles_and_hashtags_whole) {
  const std::vector<LengthRow> rows = {
      {"as @SaveTheTub_ex.", 3, "@SaveTheTub_ex"},
      {"@WaterwaysForum_ex, posted", 0, "@WaterwaysForum_ex"},
      {"#RiversRunDry.", 0, "#RiversRunDry"}, {"#Zoë!", 0, "#Zoë"}, {"#1", 0, "#1"},
      {"@_", 0, "@_"}, {"x@y", 1, "@y"}, {"#a-b", 0, "#a"},
  };
  check_lengths(newsdesk::handle_length, rows);
}

BOOST_AUTO_TEST_CASE(handle_length_is_zero_for_a_lone_sign) {
  const std::vector<LengthRow> rows = {
      {"@", 0, ""}, {"# 1", 0, ""}, {"@-x", 0, ""}, {"@@x", 0, ""}, {"a", 0, ""}, {"x", 1, ""},
      {"", 0, ""},
  };
  check_lengths(newsdesk::handle_length, rows);
}

// ---------------------------------------------------------------------------------------------
// Task 10: elision_length()

BOOST_AUTO_TEST_CASE(elision_length_keeps_elisions_whole) {
  const std::vector<LengthRow> rows = {
      {"since the ’90s,", 10, "’90s"}, {"the '50s", 4, "'50s"}, {"class of '90", 9, "'90"},
      {"'90S", 0, "'90S"}, {"tell 'em", 5, "'em"}, {"'EM", 0, "'EM"}, {"rock 'n' roll", 5, "'n'"},
      {"’n’", 0, "’n’"}, {"'n’", 0, "'n’"},
  };
  check_lengths(newsdesk::elision_length, rows);
}

BOOST_AUTO_TEST_CASE(elision_length_is_zero_for_other_apostrophes) {
  const std::vector<LengthRow> rows = {
      {"'til", 0, ""},
      {"'905", 0, ""},  // a word character follows
      {"'90sx", 0, ""}, {"'emma", 0, ""}, {"'n'roll", 0, ""}, {"'n", 0, ""}, {"'9", 0, ""},
      {"'s", 0, ""}, {"'", 0, ""}, {"90s", 0, ""}, {"x", 1, ""}, {"", 0, ""},
  };
  check_lengths(newsdesk::elision_length, rows);
}

// ---------------------------------------------------------------------------------------------
// Task 11: punctuation_length()

BOOST_AUTO_TEST_CASE(punctuation_length_takes_one_character_or_an_ellipsis_or_two_hyphens) {
  check_lengths(
      newsdesk::punctuation_length,
      {
          {"wait...", 4, "..."}, {"x....", 1, "..."},
          {"y..", 1, "."},       {"money -- and", 6, "--"},
          {"a---b", 1, "--"},    {"a---b", 3, "-"},
          {"…", 0, "…"},         {"—", 0, "—"},
          {"–", 0, "–"},         {"“", 0, "“"},
          {"?!", 0, "?"},        {",", 0, ","},
          {"&", 0, "&"},         {"°C", 0, "°"},
          {"👍🏽", 0, "👍"},  {std::string_view("\0", 1), 0, std::string_view("\0", 1)},
          {"\xFF", 0, "\xFF"},   {"\xE2\x80 ok", 0, "\xE2"},  // cut short
          {"x", 1, ""},          {"", 0, ""},
      });
}

// ---------------------------------------------------------------------------------------------
// Task 12: tokenize(), rule by rule

BOOST_AUTO_TEST_CASE(tokenize_splits_on_any_white_space) {
  check_tokenize({
      {"one two", {"one", "two"}},
      {"  one\t\ttwo \n", {"one", "two"}},
      {"one\r\ntwo\r\n", {"one", "two"}},
      {"one\vtwo\fthree", {"one", "two", "three"}},
      {"7\u00A0%", {"7", "%"}},                              // no-break space
      {"one\u2003two\u2009three", {"one", "two", "three"}},  // em space, thin space
      {"one\u202Ftwo\u3000three", {"one", "two", "three"}},
      {"one\u0085two\u2028three", {"one", "two", "three"}},
      {"one\u200Btwo", {"one", "\u200B", "two"}},  // zero-width space: not white space
  });
}

BOOST_AUTO_TEST_CASE(tokenize_makes_words_of_letters_digits_and_marks) {
  check_tokenize({
      {"Zoë Achterberg", {"Zoë", "Achterberg"}},
      {"Zoe\u0308 (combining)", {"Zoe\u0308", "(", "combining", ")"}},
      {"Hydrologist 王芳 Wang Fang", {"Hydrologist", "王芳", "Wang", "Fang"}},
      {"ŁÓDŹ, Łódź", {"ŁÓDŹ", ",", "Łódź"}},
      {"१२३ ٣٤", {"१२३", "٣٤"}},  // digits of other scripts
      {"\u0301x", {"\u0301x"}},   // a mark may start a word
  });
}

BOOST_AUTO_TEST_CASE(tokenize_splits_clitics_as_the_penn_treebank_does) {
  check_tokenize({
      {"They can't, and she won't.", {"They", "ca", "n't", ",", "and", "she", "wo", "n't", "."}},
      {"We don’t.", {"We", "do", "n’t", "."}},
      {"It's it’s they're we've you'll I'd I'm",
       {"It", "'s", "it", "’s", "they", "'re", "we", "'ve", "you", "'ll", "I", "'d", "I", "'m"}},
      {"DO N'T, DON'T", {"DO", "N'T", ",", "DO", "N'T"}},
      {"the forum’s own", {"the", "forum", "’s", "own"}},
      {"the 1990's", {"the", "1990", "'s"}},
      {"the U.S.'s plan", {"the", "U.S.", "'s", "plan"}},  // a clitic after a token
      {"can't've", {"ca", "n't", "'ve"}},
      {"'won't wait'", {"'", "wo", "n't", "wait", "'"}},  // quotes around a clitic
      {"the 's' key", {"the", "'", "s", "'", "key"}},     // after a space: a quotation mark
      {"n't alone", {"n't", "alone"}},
  });
}

// The inner apostrophe and the clitic are two halves of one rule: an apostrophe before a
// letter keeps the word together, unless a clitic starts there.
BOOST_AUTO_TEST_CASE(tokenize_keeps_an_inner_apostrophe_unless_a_clitic_starts_there) {
  check_tokenize({
      {"O'Neill at five o'clock", {"O'Neill", "at", "five", "o'clock"}},
      {"O’Neill’s", {"O’Neill", "’s"}},
      {"O'Neill's farm", {"O'Neill", "'s", "farm"}},
      {"y'all, rock'n'roll", {"y'all", ",", "rock'n'roll"}},
      {"it's", {"it", "'s"}},
      {"don'tcha", {"don'tcha"}},
  });
}

// A plural possessive and a closing quotation mark look the same, an apostrophe after a word:
// both are a token of their own, by the punctuation rule (README.md, rule 10).
BOOST_AUTO_TEST_CASE(tokenize_splits_off_every_final_apostrophe) {
  check_tokenize({
      {"the farmers' market", {"the", "farmers", "'", "market"}},
      {"the farmers’ market", {"the", "farmers", "’", "market"}},
      {"Jones' car", {"Jones", "'", "car"}},
      {"'wait'", {"'", "wait", "'"}},
      {"‘wait’", {"‘", "wait", "’"}},
      {"the delegates'.", {"the", "delegates", "'", "."}},
      {"s'", {"s", "'"}},
      {"a'", {"a", "'"}},
  });
}

BOOST_AUTO_TEST_CASE(tokenize_keeps_numbers_and_hyphenated_words_whole) {
  check_tokenize({
      {"1,200 barges", {"1,200", "barges"}},
      {"3.5 billion", {"3.5", "billion"}},
      {"at 7:15", {"at", "7:15"}},
      {"1,234,567.89", {"1,234,567.89"}},
      {"the 61-year-old economist", {"the", "61-year-old", "economist"}},
      {"2018-2022 B-52 MH-60 Ortega-Vance 27-25",
       {"2018-2022", "B-52", "MH-60", "Ortega-Vance", "27-25"}},
      {"Szabó-Hale", {"Szabó-Hale"}},
      {"$ 12.75; € 3,400", {"$", "12.75", ";", "€", "3,400"}},
      {"$1.2 million", {"$", "1.2", "million"}},
      {"£4.50", {"£", "4.50"}},
      {"7 % and 41%", {"7", "%", "and", "41", "%"}},
      {"1,200.", {"1,200", "."}},  // no digit after the period
      {"rose 5, then 6", {"rose", "5", ",", "then", "6"}},
      {"a,b 1.a 5:x", {"a", ",", "b", "1", ".", "a", "5", ":", "x"}},
      {"a,1 b.2 c:3", {"a", ",", "1", "b", ".", "2", "c", ":", "3"}},  // a digit on each side
      {"-5 well- -well", {"-", "5", "well", "-", "-", "well"}},
      {"3rd 1990s", {"3rd", "1990s"}},
      {"U.S.-based", {"U.S.", "-", "based"}},  // a period is no word character
      {"a short speech-then left", {"a", "short", "speech-then", "left"}},  // a limit
  });
}

BOOST_AUTO_TEST_CASE(tokenize_keeps_abbreviation_periods) {
  check_tokenize({
      {"at 7:15 p.m. in Leeds.", {"at", "7:15", "p.m.", "in", "Leeds", "."}},
      {"Dr. Helena Castellano", {"Dr.", "Helena", "Castellano"}},
      {"Dr. M. J. Osei", {"Dr.", "M.", "J.", "Osei"}},
      {"the U.S. East Coast", {"the", "U.S.", "East", "Coast"}},
      {"in the U.K. She returned", {"in", "the", "U.K.", "She", "returned"}},  // no extra "."
      {"Ashby & Reed Civil Works Co.", {"Ashby", "&", "Reed", "Civil", "Works", "Co."}},
      {"i.e. four times, e.g., twice", {"i.e.", "four", "times", ",", "e.g.", ",", "twice"}},
      {"It needs a Plan B.", {"It", "needs", "a", "Plan", "B."}},  // a limit
      {"Jan. 24, Sept. 1, Sep. 2", {"Jan.", "24", ",", "Sept.", "1", ",", "Sep.", "2"}},
      {"the JAN. show", {"the", "JAN", ".", "show"}},  // the list has its case
      {"she said.", {"she", "said", "."}},
      {"a. b.", {"a", ".", "b", "."}},  // lower case: no initial
      {"U.S.-made", {"U.S.", "-", "made"}},
  });
}

BOOST_AUTO_TEST_CASE(tokenize_gives_an_abbreviations_last_period_to_an_ellipsis) {
  check_tokenize({
      {"etc... and so on", {"etc", "...", "and", "so", "on"}},
      {"back to the U.S... and", {"back", "to", "the", "U.S", "...", "and"}},
      {"e.g... or", {"e.g", "...", "or"}},
  });
}

BOOST_AUTO_TEST_CASE(tokenize_keeps_the_period_of_every_listed_abbreviation) {
  // Every entry of data/abbreviations.txt, whatever its class, before a name and at the end.
  for (const auto& entry : newsdesk::testing::listed_abbreviations()) {
    BOOST_TEST_CONTEXT("data/abbreviations.txt: " << entry.text << " (" << entry.kind << ")") {
      const std::string before_name = "ask " + entry.text + " Okafor";
      const std::string at_the_end = "it was " + entry.text;
      check_tokenize(
          {{before_name, {"ask", entry.text, "Okafor"}}, {at_the_end, {"it", "was", entry.text}}});
    }
  }
}

BOOST_AUTO_TEST_CASE(tokenize_keeps_urls_addresses_handles_and_hashtags_whole) {
  check_tokenize({
      {"see https://a.example/x?page=3.", {"see", "https://a.example/x?page=3", "."}},
      {"Bookings open at https://www.example.org/pellworth-baths or by e-mail.",
       {"Bookings", "open", "at", "https://www.example.org/pellworth-baths", "or", "by", "e-mail",
        "."}},
      {"(www.example.org)", {"(", "www.example.org", ")"}},
      {"(see https://a.example/x).", {"(", "see", "https://a.example/x", ")", "."}},
      {"send questions to pilot-desk@example.org, the forum said.",
       {"send", "questions", "to", "pilot-desk@example.org", ",", "the", "forum", "said", "."}},
      {"from g.ashby@ashbyreed.example.com to", {"from", "g.ashby@ashbyreed.example.com", "to"}},
      {"write to first_last@a.example.", {"write", "to", "first_last@a.example", "."}},
      {"as @SaveTheTub_ex.", {"as", "@SaveTheTub_ex", "."}},
      {"the hashtag #RiversRunDry were", {"the", "hashtag", "#RiversRunDry", "were"}},
      {"#KeepTheBench and @werkbund_uhren_ex!",
       {"#KeepTheBench", "and", "@werkbund_uhren_ex", "!"}},
      {"https:// is", {"https", ":", "/", "/", "is"}},
  });
}

BOOST_AUTO_TEST_CASE(tokenize_keeps_elisions_whole) {
  check_tokenize({
      {"since the ’90s, the '50s", {"since", "the", "’90s", ",", "the", "'50s"}},
      {"class of '90", {"class", "of", "'90"}},
      {"rock 'n' roll, rock ’n’ roll", {"rock", "'n'", "roll", ",", "rock", "’n’", "roll"}},
      {"tell 'em", {"tell", "'em"}},
      {"'til dawn", {"'", "til", "dawn"}},  // no elision: the apostrophe is a token
      {"'Emma' 'n", {"'", "Emma", "'", "'", "n"}},
  });
}

BOOST_AUTO_TEST_CASE(tokenize_makes_one_token_of_each_punctuation_mark) {
  check_tokenize({
      {"“It’s late,” she said.", {"“", "It", "’s", "late", ",", "”", "she", "said", "."}},
      {"\"Yes,\" he said; 'no.'", {"\"", "Yes", ",", "\"", "he", "said", ";", "'", "no", ".", "'"}},
      {"‘sign it and move on,’", {"‘", "sign", "it", "and", "move", "on", ",", "’"}},
      {"(Newsline) [a] {b}", {"(", "Newsline", ")", "[", "a", "]", "{", "b", "}"}},
      {"Really?! Yes!", {"Really", "?", "!", "Yes", "!"}},
      {"wait... well… then", {"wait", "...", "well", "…", "then"}},
      {"x.... y..", {"x", "...", ".", "y", ".", "."}},
      {"money -- and", {"money", "--", "and"}},
      {"a---b", {"a", "--", "-", "b"}},
      {"the deal — though", {"the", "deal", "—", "though"}},
      {"the Asunción–Rosario stretch", {"the", "Asunción", "–", "Rosario", "stretch"}},
      {"bad - and worse", {"bad", "-", "and", "worse"}},
      {"«Non» ‹oui›", {"«", "Non", "»", "‹", "oui", "›"}},
  });
}

BOOST_AUTO_TEST_CASE(tokenize_makes_one_token_of_every_other_character) {
  check_tokenize({
      {"Ashby & Reed", {"Ashby", "&", "Reed"}},
      {"45 °C", {"45", "°", "C"}},
      {"a+b=c", {"a", "+", "b", "=", "c"}},
      {"snake_case", {"snake", "_", "case"}},
      {"C# or C++", {"C", "#", "or", "C", "+", "+"}},
      {"*** / \\ | ~", {"*", "*", "*", "/", "\\", "|", "~"}},
      {"ok👍🏽", {"ok", "👍", "🏽"}},
      {"a\u00ADb", {"a", "\u00AD", "b"}},  // a soft hyphen is a format character
  });
}

// Where two rules could start a token at the same place, the first in tokenize.hpp's order
// decides.
BOOST_AUTO_TEST_CASE(tokenize_applies_the_rules_in_their_order) {
  check_tokenize({
      {"www.x@y.example/a", {"www.x@y.example/a"}},    // a URL before an e-mail address
      {"g.ashby@a.example", {"g.ashby@a.example"}},    // an address before the initial "g."
      {"J.Okafor@a.example", {"J.Okafor@a.example"}},  // and before the initial "J."
      {"x@y", {"x", "@y"}},                            // no address: a word, then a handle
      {"Dr.Okafor", {"Dr.", "Okafor"}},                // an abbreviation before the word
      {"in’90s", {"in", "’90s"}},                      // an elision that touches a word
      {"U.S.'s", {"U.S.", "'s"}},                      // a clitic that touches a token
      {"the 's", {"the", "'", "s"}},                   // and one that does not
      {"(’s)", {"(", "’s", ")"}},
      {"#1 and # 1", {"#1", "and", "#", "1"}},
  });
}

// ---------------------------------------------------------------------------------------------
// Task 12: tokenize(), the edge cases and the promises of README.md

BOOST_AUTO_TEST_CASE(tokenize_gives_no_tokens_for_empty_or_all_space_text) {
  for (const std::string_view input : {"", " ", "\r\n", " \t\n\v\f\r", "\u00A0\u2003\u3000"}) {
    BOOST_TEST_CONTEXT("input: " << shown(input)) {
      BOOST_TEST(newsdesk::tokenize(input) == std::vector<Token>{});
    }
  }
}

BOOST_AUTO_TEST_CASE(tokenize_keeps_each_invalid_byte_as_a_token_of_its_own) {
  check_tokenize({
      {"\xFF", {"\xFF"}},
      {"a\xFF"
       "b",
       {"a", "\xFF", "b"}},
      {"\xE2\x80 ok", {"\xE2", "\x80", "ok"}},     // a sequence cut short
      {"\xC0\xAF", {"\xC0", "\xAF"}},              // overlong
      {"\xED\xA0\x80", {"\xED", "\xA0", "\x80"}},  // a surrogate
      {"\x80\x80 x", {"\x80", "\x80", "x"}},       // continuation bytes alone
      {"Zo\xC3", {"Zo", "\xC3"}},                  // cut short at the very end
      {"\xE2\x80\x9C\xFE\xE2\x80\x9D", {"“", "\xFE", "”"}},
      {"it\xE2\x80", {"it", "\xE2", "\x80"}},  // an apostrophe cut short
  });
}

BOOST_AUTO_TEST_CASE(tokenize_keeps_nul_bytes_as_tokens) {
  const std::string input("a\0b \0", 5);
  const std::vector<Token> expected = {
      {std::string_view(input).substr(0, 1), 0, 1},
      {std::string_view(input).substr(1, 1), 1, 2},
      {std::string_view(input).substr(2, 1), 2, 3},
      {std::string_view(input).substr(4, 1), 4, 5},
  };
  BOOST_TEST(newsdesk::tokenize(input) == expected);
}

BOOST_AUTO_TEST_CASE(tokenize_treats_crlf_as_white_space_with_exact_offsets) {
  const std::string_view input = "One.\r\n“Two,” she said.\r\n";
  BOOST_TEST(newsdesk::tokenize(input) ==
             located(input, {"One", ".", "“", "Two", ",", "”", "she", "said", "."}));
  BOOST_TEST(newsdesk::tokenize(input).at(2).begin == 6u);  // after "\r\n"
  // A stray "\r" inside a line is white space too (data/README.md lists one in the corpus).
  check_tokenize({{"the\r chamber", {"the", "chamber"}}});
}

BOOST_AUTO_TEST_CASE(tokenize_returns_views_into_the_text) {
  const std::string text = "“It’s late,” she said: https://a.example/x.";
  const std::vector<Token> tokens = newsdesk::tokenize(text);
  // The tokens first, so that no tokens at all cannot pass for views into the text.
  BOOST_TEST(tokens == located(text, {"“", "It", "’s", "late", ",", "”", "she", "said", ":",
                                      "https://a.example/x", "."}));
  for (const Token& token : tokens) {
    BOOST_TEST_CONTEXT("token " << token) {
      BOOST_TEST(static_cast<const void*>(token.text.data()) ==
                 static_cast<const void*>(text.data() + token.begin));
    }
  }
}

BOOST_AUTO_TEST_CASE(tokenize_handles_a_10_mb_line_without_spaces) {
  constexpr std::size_t kTenMegabytes = 10 * 1024 * 1024;

  // One word: a single token, however long.
  const std::string letters(kTenMegabytes, 'a');
  const std::vector<Token> one = newsdesk::tokenize(letters);
  BOOST_TEST_REQUIRE(one.size() == 1u);
  BOOST_TEST(one[0].begin == 0u);
  BOOST_TEST(one[0].end == letters.size());

  // A piece of twelve tokens, again and again with nothing between: a tokenizer that looks
  // ahead to the next space from every token would take hours here.
  const std::string_view piece = "“Zoë’s”—U.S.-made,1,200%…";
  std::string line;
  while (line.size() + piece.size() <= kTenMegabytes) line += piece;
  const std::size_t pieces = line.size() / piece.size();
  const std::vector<Token> tokens = newsdesk::tokenize(line);
  BOOST_TEST_REQUIRE(tokens.size() == 12 * pieces);
  BOOST_TEST(
      std::vector<Token>(tokens.begin(), tokens.begin() + 12) ==
      located(line, {"“", "Zoë", "’s", "”", "—", "U.S.", "-", "made", ",", "1,200", "%", "…"}));
  BOOST_TEST(tokens.back().begin == line.size() - std::string_view("…").size());
  BOOST_TEST(tokens.back().end == line.size());

  // Runs that look like the start of something long, each a trap for code that searches
  // ahead again from every token: dots, "@", hyphens, apostrophes, URL starts. A quarter of
  // a megabyte is plenty to catch that.
  constexpr std::size_t kQuarterMegabyte = 256 * 1024;
  for (const std::string_view unit : {".", "@", "a@", "a.", "a.a@", "a+", "a%", "-", "'", "’",
                                      "http://", "1,", "#", "a'", "n'", "a-", "U."}) {
    std::string run;
    while (run.size() + unit.size() <= kQuarterMegabyte) run += unit;
    BOOST_TEST_CONTEXT("a run of " << shown(unit)) { check_rebuilds(run, newsdesk::tokenize(run)); }
  }
}

BOOST_AUTO_TEST_CASE(tokenize_rebuilds_tricky_inputs_exactly) {
  for (const std::string& input : kTrickyInputs) {
    BOOST_TEST_CONTEXT("input: " << shown(input)) {
      check_rebuilds(input, newsdesk::tokenize(input));
    }
  }
}

BOOST_AUTO_TEST_CASE(tokenize_rebuilds_every_corpus_article_exactly) {
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  for (const CorpusArticle& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      check_rebuilds(article.text, newsdesk::tokenize(article.text));
    }
  }
}

BOOST_AUTO_TEST_CASE(tokenize_gives_the_same_tokens_line_by_line) {
  // A known answer first: the two ways could agree on a wrong answer, even on no tokens at all.
  const std::string_view lines = "“It’s late,” she said.\r\nThe U.S.'s plan\n\n— at 7:15 p.m.";
  const std::vector<Token> expected =
      located(lines, {"“", "It", "’s", "late", ",", "”", "she", "said", ".", "The", "U.S.", "'s",
                      "plan", "—", "at", "7:15", "p.m."});
  BOOST_TEST(newsdesk::tokenize(lines) == expected);
  BOOST_TEST(tokenize_line_by_line(lines) == expected);

  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  for (const CorpusArticle& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      BOOST_TEST(newsdesk::tokenize(article.text) == tokenize_line_by_line(article.text));
    }
  }
}

BOOST_AUTO_TEST_CASE(tokenize_matches_the_gold_tokens_of_the_annotated_articles) {
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  std::size_t compared = 0;
  for (const CorpusArticle& article : articles) {
    const std::vector<Token> expected = gold_tokens(article);
    const bool must_have_tokens = std::ranges::find(kArticlesWithTokens, article_number(article)) !=
                                  kArticlesWithTokens.end();
    BOOST_TEST_CONTEXT("article " << article.file) {
      if (expected.empty()) {
        if (must_have_tokens) {
          BOOST_ERROR("no gold tokens to compare with: data/gold/"
                      << std::filesystem::path(article.file).stem().string()
                      << ".json is missing or has no \"tokens\"");
        }
        continue;
      }
      ++compared;
      const std::vector<Token> actual = newsdesk::tokenize(article.text);

      // Report the first token where the two disagree, and where it is in the article.
      const std::optional<newsdesk::testing::FirstDifference> difference =
          newsdesk::testing::first_difference(actual, expected);
      if (!difference) {
        continue;
      }
      const auto [index, offset] = *difference;
      BOOST_TEST_CONTEXT("first disagreement at token "
                         << index << " (from 0), byte " << offset << " ("
                         << describe_position(article.text, offset) << ")") {
        BOOST_TEST(tokens_from(actual, index) == tokens_from(expected, index));
        BOOST_TEST(actual.size() == expected.size());
      }
    }
  }
  BOOST_TEST(compared >= kArticlesWithTokens.size());
}

BOOST_AUTO_TEST_SUITE_END()
