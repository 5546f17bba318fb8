// Tests of exercise 04-split-words: hand-written tables for each function first, then the
// edge cases, then the promises split_words() keeps on every article of the corpus. There is
// no comparison with the gold tokens: this tokenizer is naive on purpose, and README.md
// measures how far it is from them.
#include <algorithm>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>

#include "corpus.hpp"
#include "printing.hpp"
#include "split_words.hpp"

namespace newsdesk {

// How a list of pieces or tokens is shown when a check fails, as the header writes it:
//   "the" | "U.S." | "Navy"
std::ostream& operator<<(std::ostream& out, const std::vector<std::string_view>& tokens) {
  if (tokens.empty()) {
    return out << "(none)";
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out << (i == 0 ? "" : " | ") << testing::escaped(tokens[i]);
  }
  return out;
}

}  // namespace newsdesk

// Boost.Test finds operator<< by argument-dependent lookup, which for a std::vector of
// std::string_view looks only in namespace std. This specialization points it to the one
// above. And by default Boost.Test compares two vectors element by element; comparing them as
// whole values prints both lists in full instead.
template <>
struct boost::test_tools::tt_detail::print_log_value<std::vector<std::string_view>> {
  void operator()(std::ostream& out, const std::vector<std::string_view>& tokens) {
    newsdesk::operator<<(out, tokens);
  }
};
template <>
struct boost::unit_test::is_forward_iterable<std::vector<std::string_view>> : std::false_type {};

namespace {

using Tokens = std::vector<std::string_view>;
using newsdesk::testing::CorpusArticle;
using newsdesk::testing::describe_position;
using newsdesk::testing::escaped;

// One row of a table: an input and the pieces or tokens it should give.
struct Row {
  std::string_view input;
  Tokens expected;
};

// Shows bytes >= 0x80 as \xNN, for the tests about the bytes themselves.
std::string escaped_bytes(std::string_view text) {
  return escaped(text, newsdesk::testing::NonAscii::escape);
}

// The six ASCII white-space characters. The tests keep their own list rather than trust the
// code under test.
constexpr std::string_view kAsciiWhiteSpace = " \t\n\v\f\r";

// Whether `view` lies inside `text`. std::less_equal gives a total order on pointers even when
// they point into different arrays, where the built-in <= is unspecified.
bool is_inside(std::string_view view, std::string_view text) {
  const std::less_equal<const char*> not_after;
  return not_after(text.data(), view.data()) &&
         not_after(view.data() + view.size(), text.data() + text.size());
}

// Where `view` starts in `text`, or std::string_view::npos when it is not inside `text`.
std::size_t offset_in(std::string_view text, std::string_view view) {
  return is_inside(view, text) ? static_cast<std::size_t>(view.data() - text.data())
                               : std::string_view::npos;
}

// Up to five tokens of `tokens` from `index` on: enough to see a disagreement in context.
Tokens five_from(const Tokens& tokens, std::size_t index) {
  const auto first = static_cast<std::ptrdiff_t>(std::min(index, tokens.size()));
  const auto last = static_cast<std::ptrdiff_t>(std::min(index + 5, tokens.size()));
  return Tokens(tokens.begin() + first, tokens.begin() + last);
}

// The tokens of `text` as task 4 of README.md builds them: peel_punctuation() on each piece
// of split_on_space(text), all in one list.
Tokens split_in_three_steps(std::string_view text) {
  Tokens tokens;
  for (const std::string_view piece : newsdesk::split_on_space(text)) {
    const Tokens peeled = newsdesk::peel_punctuation(piece);
    tokens.insert(tokens.end(), peeled.begin(), peeled.end());
  }
  return tokens;
}

// The byte offsets in `text` at which each view of `views` starts, or an empty list and a
// failed check when one of them is not inside `text`.
std::vector<std::size_t> begin_offsets(const Tokens& views, std::string_view text) {
  std::vector<std::size_t> offsets;
  for (std::size_t index = 0; index < views.size(); ++index) {
    const std::string_view view = views[index];
    // Its bytes are not printed: a view that is not into the input may point to memory that
    // is gone.
    if (!is_inside(view, text)) {
      BOOST_ERROR("view " << index << " (from 0) is not into the input: is it a copy?");
      return {};
    }
    offsets.push_back(static_cast<std::size_t>(view.data() - text.data()));
  }
  return offsets;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(split_words)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::is_ascii_punctuation(',') == true);
  BOOST_TEST(newsdesk::split_on_space("  the U.S.\tNavy ") == (Tokens{"the", "U.S.", "Navy"}));
  BOOST_TEST(newsdesk::peel_punctuation("(U.S.),") == (Tokens{"(", "U.S", ".", ")", ","}));
  BOOST_TEST(newsdesk::peel_punctuation("?!") == (Tokens{"?", "!"}));
  BOOST_TEST(newsdesk::split_words("Don't pay $1,200!") ==
             (Tokens{"Don't", "pay", "$", "1,200", "!"}));
}

BOOST_AUTO_TEST_CASE(knows_the_32_ascii_punctuation_characters) {
  const std::string_view punctuation = R"(!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)";
  BOOST_TEST_REQUIRE(punctuation.size() == 32u);
  // Every byte value once: letters, digits, space, control characters, DEL, and the bytes
  // >= 0x80 that UTF-8 uses for “ ” ’ — and the rest, none of which are ASCII punctuation.
  for (int value = 0; value < 256; ++value) {
    const auto byte = static_cast<unsigned char>(value);
    const bool expected = punctuation.find(static_cast<char>(byte)) != std::string_view::npos;
    BOOST_TEST_CONTEXT(fmt::format("byte 0x{:02X}", value)) {
      BOOST_TEST(newsdesk::is_ascii_punctuation(byte) == expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(splits_on_runs_of_ascii_white_space) {
  const std::vector<Row> rows = {
      {"one", {"one"}},
      {"one two", {"one", "two"}},
      {"one   two", {"one", "two"}},
      {"  one two  ", {"one", "two"}},
      {"one\ttwo\nthree\vfour\ffive\rsix", {"one", "two", "three", "four", "five", "six"}},
      {"Hello, world!", {"Hello,", "world!"}},
      {"(Newsline) —", {"(Newsline)", "—"}},
      {"x", {"x"}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::split_on_space(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(keeps_non_ascii_space_inside_pieces) {
  // Only ASCII white space separates pieces: the Unicode spaces of exercise 01 do not.
  const std::vector<Row> rows = {
      {"7\u00A0% more", {"7\u00A0%", "more"}},          // no-break space
      {"45\u202F°C", {"45\u202F°C"}},                   // narrow no-break space
      {"thin\u2009space", {"thin\u2009space"}},         // thin space
      {"wide\u3000space", {"wide\u3000space"}},         // ideographic space
      {"zero\u200Bwidth", {"zero\u200Bwidth"}},         // zero-width space
      {"“Yes,” she said.", {"“Yes,”", "she", "said."}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped_bytes(row.input)) {
      BOOST_TEST(newsdesk::split_on_space(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(peels_punctuation_off_both_ends) {
  const std::vector<Row> rows = {
      {"word", {"word"}},
      {"word.", {"word", "."}},
      {"(word", {"(", "word"}},
      {"\"word\"", {"\"", "word", "\""}},
      {"(word).", {"(", "word", ")", "."}},
      {"said:", {"said", ":"}},
      {"$1,200", {"$", "1,200"}},
      {"1,200,", {"1,200", ","}},
      {"3.5%", {"3.5", "%"}},
      {"7:15", {"7:15"}},
      {"U.S.", {"U.S", "."}},
      {"61-year-old", {"61-year-old"}},
      {"e-mail.", {"e-mail", "."}},
      {"farmers'", {"farmers", "'"}},
      {"'50s", {"'", "50s"}},
      {"#hashtag", {"#", "hashtag"}},
      {"@handle.", {"@", "handle", "."}},
      {"https://a.example/x?page=3.", {"https://a.example/x?page=3", "."}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::peel_punctuation(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_piece_of_only_punctuation_gives_one_token_per_byte) {
  const std::vector<Row> rows = {
      {".", {"."}},
      {"?!", {"?", "!"}},
      {"...", {".", ".", "."}},
      {"--", {"-", "-"}},
      {"\"'", {"\"", "'"}},
      {"(!)", {"(", "!", ")"}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::peel_punctuation(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(leaves_non_ascii_punctuation_in_the_core) {
  // “ ” ‘ ’ … — – € £ are two or three bytes >= 0x80 each, never ASCII punctuation, so they
  // stay in the core, and so does ASCII punctuation between them and the core.
  const std::vector<Row> rows = {
      {"“Yes,”", {"“Yes,”"}},
      {"“We", {"“We"}},
      {"ready,”", {"ready,”"}},
      {"(“Yes”)", {"(", "“Yes”", ")"}},
      {"don’t.", {"don’t", "."}},
      {"again…", {"again…"}},
      {"—", {"—"}},
      {"Asunción–Rosario", {"Asunción–Rosario"}},
      {"€3,400.", {"€3,400", "."}},
      {"£4.2", {"£4.2"}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::peel_punctuation(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(splits_words_in_sentences) {
  const std::vector<Row> rows = {
      {"The council voted.", {"The", "council", "voted", "."}},
      {"MILLBROOK, May 9 (Newsline) — It passed.",
       {"MILLBROOK", ",", "May", "9", "(", "Newsline", ")", "—", "It", "passed", "."}},
      {"\"We are ready,\" she said.",
       {"\"", "We", "are", "ready", ",", "\"", "she", "said", "."}},
      {"Is it over?! No -- not yet...",
       {"Is", "it", "over", "?", "!", "No", "-", "-", "not", "yet", ".", ".", "."}},
      {"prices rose 3.5% (to $12.75).",
       {"prices", "rose", "3.5", "%", "(", "to", "$", "12.75", ")", "."}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::split_words(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(breaks_where_the_readme_says) {
  // The README's "Where it breaks", each row from the corpus: what split_words gives, which
  // is not what the newsdesk convention (exercise 05) wants. If one of these rows fails, the
  // README is out of date too.
  const std::vector<Row> rows = {
      {"the U.S. Navy", {"the", "U.S", ".", "Navy"}},          // the period is torn off
      {"Dr. Helena Castellano", {"Dr", ".", "Helena", "Castellano"}},
      {"We don't.", {"We", "don't", "."}},                     // "do" | "n't" is not split
      {"the forum’s secretary", {"the", "forum’s", "secretary"}},
      {"“We are ready,” said", {"“We", "are", "ready,”", "said"}},  // curly quotes stick
      {"costs €3,400 a year", {"costs", "€3,400", "a", "year"}},   // a sign that is not ASCII
      {"about 7\u00A0% nationally", {"about", "7\u00A0", "%", "nationally"}},
      {"#RiversRunDry @WaterwaysForum_ex",
       {"#", "RiversRunDry", "@", "WaterwaysForum_ex"}},
      {"the '50s", {"the", "'", "50s"}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::split_words(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(empty_or_all_space_text_gives_no_words) {
  for (const std::string_view input : {"", " ", "   ", "\n", "\r\n\r\n", " \t\v\f\r\n "}) {
    BOOST_TEST_CONTEXT("input: " << escaped(input)) {
      BOOST_TEST(newsdesk::split_on_space(input) == Tokens{});
      BOOST_TEST(newsdesk::split_words(input) == Tokens{});
    }
  }
}

BOOST_AUTO_TEST_CASE(treats_crlf_line_endings_as_white_space) {
  const std::vector<Row> rows = {
      {"one,\r\ntwo.\r\n", {"one", ",", "two", "."}},
      {"\r\n\r\nHeadline\r\n", {"Headline"}},
      {"the\r chamber", {"the", "chamber"}},  // a stray "\r", as in article 031
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::split_words(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(keeps_invalid_utf8_bytes_in_their_words) {
  // A byte that is not UTF-8 is neither white space nor punctuation: it stays where it is.
  const std::vector<Row> rows = {
      {"caf\xE9, au lait", {"caf\xE9", ",", "au", "lait"}},  // Latin-1 é
      {"\xFF", {"\xFF"}},
      {"(\xFF)", {"(", "\xFF", ")"}},
      {"\xE2\x80 cut", {"\xE2\x80", "cut"}},                 // a sequence cut short
      {"\x80\xBF.", {"\x80\xBF", "."}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped_bytes(row.input)) {
      BOOST_TEST(newsdesk::split_words(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(keeps_nul_bytes_in_their_words) {
  using namespace std::string_view_literals;
  const std::vector<Row> rows = {
      {"a\0b c"sv, {"a\0b"sv, "c"}},
      {"\0"sv, {"\0"sv}},
      {"(\0)"sv, {"(", "\0"sv, ")"}},
      {"end.\0"sv, {"end.\0"sv}},  // NUL is not punctuation, so the period is not at the end
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::split_words(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(handles_long_inputs) {
  // 100,000 copies of "(word), " make 400,000 tokens.
  std::string text;
  for (int i = 0; i < 100'000; ++i) {
    text += "(word), ";
  }
  const Tokens words = newsdesk::split_words(text);
  BOOST_TEST_REQUIRE(words.size() == 400'000u);
  BOOST_TEST((Tokens(words.end() - 4, words.end())) == (Tokens{"(", "word", ")", ","}));

  // One piece of 100,000 bytes, and one of 100,000 punctuation bytes.
  const std::string long_piece = " " + std::string(100'000, 'x') + ".";
  const Tokens word_and_period = newsdesk::split_words(long_piece);
  BOOST_TEST_REQUIRE(word_and_period.size() == 2u);
  BOOST_TEST(word_and_period[0].size() == 100'000u);
  BOOST_TEST(word_and_period[1] == ".");
  const std::string exclamations(100'000, '!');
  const Tokens marks = newsdesk::split_words(exclamations);
  BOOST_TEST_REQUIRE(marks.size() == 100'000u);
  BOOST_TEST(marks.back() == "!");
}

BOOST_AUTO_TEST_CASE(returns_views_into_the_input) {
  // A view into the input, not a copy: its place in the text is the token's byte offset.
  const std::string_view text = "  the U.S.\tNavy ";
  BOOST_TEST(begin_offsets(newsdesk::split_on_space(text), text) ==
             (std::vector<std::size_t>{2, 6, 11}));
  BOOST_TEST(begin_offsets(newsdesk::split_words(text), text) ==
             (std::vector<std::size_t>{2, 6, 9, 11}));
  const std::string_view piece = "(U.S.),";
  BOOST_TEST(begin_offsets(newsdesk::peel_punctuation(piece), piece) ==
             (std::vector<std::size_t>{0, 1, 4, 5, 6}));
}

BOOST_AUTO_TEST_CASE(never_drops_a_byte_of_any_corpus_article) {
  // For every article: each token is a non-empty slice of the article without white space,
  // the tokens come in order, and only white space lies between them (and before the first
  // and after the last). So the tokens and the white space rebuild the article exactly.
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  for (const CorpusArticle& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      const std::string_view text = article.text;
      Tokens tokens = newsdesk::split_words(text);
      BOOST_TEST(!tokens.empty());
      // An empty view at the very end stands for what follows the last token.
      tokens.push_back(text.substr(text.size()));
      std::size_t covered = 0;  // the end of the token before, in bytes from the start
      for (std::size_t index = 0; index < tokens.size(); ++index) {
        const std::string_view token = tokens[index];
        const bool is_end = index + 1 == tokens.size();
        if (!is_inside(token, text)) {
          BOOST_ERROR("token " << index << " (from 0) is not a slice of the article; the token "
                               "before it ends at byte " << covered << " ("
                               << describe_position(text, covered) << ")");
          break;
        }
        const auto begin = static_cast<std::size_t>(token.data() - text.data());
        std::string problem;
        std::size_t at = begin;
        if (begin < covered) {
          problem = fmt::format("token {}, {}, overlaps or comes before the token before it",
                                index, escaped(token));
        } else if (const std::size_t dropped = text.substr(covered, begin - covered)
                                                    .find_first_not_of(kAsciiWhiteSpace);
                   dropped != std::string_view::npos) {
          at = covered + dropped;
          problem = fmt::format("the byte {} is in no token, and it is not white space",
                                escaped_bytes(text.substr(at, 1)));
        } else if (!is_end && token.empty()) {
          problem = fmt::format("token {} is empty", index);
        } else if (const std::size_t space = token.find_first_of(kAsciiWhiteSpace);
                   space != std::string_view::npos) {
          at = begin + space;
          problem = fmt::format("token {}, {}, holds white space", index, escaped(token));
        }
        if (!problem.empty()) {
          BOOST_ERROR("byte " << at << " (" << describe_position(text, at) << "): " << problem);
          break;
        }
        covered = begin + token.size();
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(leaves_no_punctuation_at_either_end_of_a_corpus_token) {
  // What peeling leaves: a token of two bytes or more never starts or ends with ASCII
  // punctuation. A one-byte token may be a punctuation mark.
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  for (const CorpusArticle& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      const std::string_view text = article.text;
      const Tokens tokens = newsdesk::split_words(text);
      BOOST_TEST(!tokens.empty());
      for (const std::string_view token : tokens) {
        if (!is_inside(token, text)) {
          BOOST_ERROR("a token is not a slice of the article: "
                      "see never_drops_a_byte_of_any_corpus_article");
          break;
        }
        const bool peeled =
            token.size() < 2 ||
            (!newsdesk::is_ascii_punctuation(static_cast<unsigned char>(token.front())) &&
             !newsdesk::is_ascii_punctuation(static_cast<unsigned char>(token.back())));
        if (!peeled) {
          const std::size_t at = offset_in(text, token);
          BOOST_ERROR("byte " << at << " (" << describe_position(text, at) << "): token "
                              << escaped(token) << " still has punctuation at one end");
          break;
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(splits_every_corpus_article_as_the_three_steps_do) {
  // split_words(text) gives the same tokens, at the same places, as peel_punctuation() on each
  // piece of split_on_space(text). A known answer first: the two ways could agree on a wrong
  // answer, even on no tokens at all.
  const std::string_view sample = "“We are ready,” she said (at 7:15). Don't pay $1,200!";
  const Tokens sample_tokens = {"“We", "are", "ready,”", "she", "said", "(", "at", "7:15", ")",
                                ".", "Don't", "pay", "$", "1,200", "!"};
  BOOST_TEST(newsdesk::split_words(sample) == sample_tokens);
  BOOST_TEST(split_in_three_steps(sample) == sample_tokens);

  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  for (const CorpusArticle& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      const std::string_view text = article.text;
      const Tokens actual = newsdesk::split_words(text);
      const Tokens expected = split_in_three_steps(text);
      // Report the first token where the two disagree, and where it is in the article.
      const std::size_t common = std::min(actual.size(), expected.size());
      std::size_t index = 0;
      while (index < common && actual[index] == expected[index] &&
             actual[index].data() == expected[index].data()) {
        ++index;
      }
      if (index == common && actual.size() == expected.size()) {
        continue;
      }
      const std::string_view first = index < expected.size() ? expected[index] : actual[index];
      const std::size_t at = std::min(offset_in(text, first), text.size());
      BOOST_TEST_CONTEXT("first disagreement at token " << index << " (from 0), byte " << at
                                                        << " (" << describe_position(text, at)
                                                        << ")") {
        BOOST_TEST(five_from(actual, index) == five_from(expected, index));
        if (index < common) {
          BOOST_TEST(offset_in(text, actual[index]) == offset_in(text, expected[index]));
        } else {
          BOOST_TEST(actual.size() == expected.size());
        }
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
