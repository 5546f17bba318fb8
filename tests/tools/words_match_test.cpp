// The words of exercises/common/words.hpp against the reference solutions of exercises 05 and
// 06: a word is a token of tokenize() that holds a letter or digit, folded by
// normalize(token, Accents::keep). The given code is written on its own, for speed, so these
// tests check that it says exactly what the two exercises say, on every article of the corpus,
// on hostile text and on random text. (They need the solutions, so they live with the
// toolkit's tests.)
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "corpus.hpp"
#include "normalize.hpp"
#include "printing.hpp"
#include "tokenize.hpp"
#include "unicode.hpp"
#include "words.hpp"

namespace {

using newsdesk::testing::escaped;
using newsdesk::testing::NonAscii;
namespace words = newsdesk::words;

// A word with the place of its token in the text.
struct PlacedWord {
  std::string folded;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const PlacedWord&, const PlacedWord&) = default;
};

// The words as exercises 05 and 06 define them.
std::vector<PlacedWord> reference_words(std::string_view text) {
  std::vector<PlacedWord> found;
  for (const newsdesk::Token& token : newsdesk::tokenize(text)) {
    if (newsdesk::unicode::holds_letter_or_digit(token.text)) {
      found.push_back({newsdesk::normalize(token.text, newsdesk::Accents::keep), token.begin,
                       token.end});
    }
  }
  return found;
}

std::vector<PlacedWord> given_words(std::string_view text) {
  std::vector<PlacedWord> found;
  words::Scanner scanner(text);
  while (const std::optional<words::Word> word = scanner.next()) {
    found.push_back({std::string(word->folded), word->begin, word->end});
  }
  return found;
}

std::string describe(const std::vector<PlacedWord>& list, std::size_t i) {
  if (i >= list.size()) {
    return "(no more words)";
  }
  return escaped(list[i].folded, NonAscii::escape) + " at [" + std::to_string(list[i].begin) +
         ", " + std::to_string(list[i].end) + ")";
}

// Checks that both give the same words; a failure names the first that differs and where.
void check_same_words(std::string_view text, std::string_view name) {
  const std::vector<PlacedWord> expected = reference_words(text);
  const std::vector<PlacedWord> actual = given_words(text);
  std::size_t i = 0;
  while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) {
    ++i;
  }
  if (i == expected.size() && i == actual.size()) {
    BOOST_TEST(actual.size() == expected.size());  // counts as a check passed
    return;
  }
  const std::size_t offset = i < expected.size() ? expected[i].begin : actual[i].begin;
  BOOST_ERROR(name << ": word " << i << " differs, "
                   << newsdesk::testing::describe_position(text, offset) << ": words.hpp gives "
                   << describe(actual, i) << ", exercises 05 and 06 give " << describe(expected, i));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(words_match_exercises_05_and_06)

BOOST_AUTO_TEST_CASE(fold_is_normalize_on_every_code_point) {
  std::size_t differences = 0;
  for (char32_t c = 1; c <= U'\U0010FFFF'; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      continue;  // surrogates have no UTF-8 encoding
    }
    std::string token = "A";
    newsdesk::unicode::encode(c, token);
    const std::string expected = newsdesk::normalize(token, newsdesk::Accents::keep);
    if (words::fold(token) != expected && ++differences <= 10) {
      BOOST_ERROR("U+" << std::hex << static_cast<unsigned>(c) << ": fold() gives "
                       << escaped(words::fold(token), NonAscii::escape) << ", normalize() "
                       << escaped(expected, NonAscii::escape));
    }
  }
  BOOST_TEST(differences == 0u);
}

BOOST_AUTO_TEST_CASE(same_words_on_every_corpus_article) {
  for (const newsdesk::testing::CorpusArticle& article : newsdesk::testing::corpus_articles()) {
    check_same_words(article.text, article.file);
  }
}

BOOST_AUTO_TEST_CASE(same_words_on_hostile_text) {
  using namespace std::string_literals;
  const std::vector<std::string> inputs = {
      "\xFF\xFE\x80\xC3\x28\xE2\x82\xED\xA0\x80\xF4\x90\x80\x80 ab\xC3\xA9\xFF" "cd",
      "a\0b \0\0 'n\0't"s,
      std::string(5000, '.') + "x" + std::string(4999, '-') + "y" + std::string(3000, '\''),
      "!?!?;;::,,((]]{{" + std::string(1000, '"') + "\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x94",
      "https://a.example/x?page=3. (see http://b.example/Foo_(bar)).) WWW.C.EXAMPLE, www. "
      "https:// http://x", 
      "press@a.example. g.ashby@ashbyreed.example.com ana@localhost a@b.c. x@-y.z "
      "1,2@x.com a_b@c.d a+b@c-d.e-f. @@ ## #_ @_x #Zoë!",
      std::string(70, 'a') + "@b.example " + "a@" + std::string(300, 'b') + ".c",
      "don't DON'T can’t it’s the U.S.'s O'Neill's n't 'S x'Ll y’VE farmers' 'til ’til",
      "the '90s ’80s '905 'em 'emma 'n' ’n’ rock'n'roll o'clock '' ’’ 'n 'e",
      "1,200 1,200. 3.5 7:15 1,,2 3..4 1.2.3.4 ,5 5, 2018-2022 -1 B-52 61-year-old well- -x",
      "Dr. dr. U.S. U.S.A. U.S... etc... e.g. a.m. J. j. Plan B. Mr.Smith No.5 vs. Inc.,",
      "Zoe\xCC\x88 \xCC\x81 \xCC\x81x 王芳 İSTANBUL ŁÓDŹ ÿŸ ß ẞ Ω \xC2\xA0\xE2\x80\x8B\xE3\x80\x80",
      "a-\xCC\x81 a'\xCC\x81 1,\xD9\xA3 \xD9\xA3,1 #\xCC\x81 @\xE2\x80\x99s x\xE2\x80\x99s",
  };
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    BOOST_TEST_CONTEXT("input " << i << ": " << escaped(inputs[i].substr(0, 120), NonAscii::escape)) {
      check_same_words(inputs[i], "hostile input");
    }
  }
}

BOOST_AUTO_TEST_CASE(same_words_on_random_text_from_pieces_the_rules_look_for) {
  // Pieces that start, join and end tokens, put together at random: a small fuzzer that
  // always runs (tests/fuzz/fuzz_words.cpp runs a real one).
  const std::vector<std::string> pieces = {
      "a", "Z", "n", "t", "s", "em", "9", "0", ".", ",", ":", "-", "--", "...", "'", "\xE2\x80\x99",
      "@", "#", "_", "%", "+", "/", "(", ")", " ", "\n", "\xC2\xA0", "é", "É", "İ", "\xCC\x81",
      "\xFF", "\x80", std::string(1, '\0'), "www.", "http://", "https://", "Dr", "U", "etc", "\"",
      "\xE2\x80\x9C", "\xE2\x80\x94", "王", "\xD9\xA3", "x@y.z"};
  std::mt19937 random(20261201);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<std::size_t> length(1, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) {
      text += pieces[pick(random)];
    }
    BOOST_TEST_CONTEXT("text: " << escaped(text, NonAscii::escape)) {
      check_same_words(text, "random text");
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
