// Tests of the given code in exercises/common/words.hpp, the words that level 3 counts: a
// table per rule of exercise 05 with the words written by hand, folding, and the scanner's
// offsets. (tests/tools/words_match_test.cpp compares the words with exercises 05 and 06 on
// the whole corpus.)
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "printing.hpp"
#include "words.hpp"

namespace {

using newsdesk::testing::escaped;
using newsdesk::testing::NonAscii;
namespace words = newsdesk::words;

// The words of `text` joined with " | ", so that a failing row shows them all.
std::string joined_words(std::string_view text) {
  std::string out;
  for (const std::string& word : words::all(text)) {
    out += out.empty() ? "" : " | ";
    out += word;
  }
  return out;
}

struct Row {
  std::string input;
  std::string expected;  // the words, joined with " | "
};

void check_rows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input, NonAscii::escape)) {
      BOOST_TEST(joined_words(row.input) == row.expected);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(words_for_counting)

BOOST_AUTO_TEST_CASE(documented_examples) {
  std::string out;
  words::fold("Zoë’s", out);
  BOOST_TEST(out == "zoë's");
  BOOST_TEST(words::fold("ÉCOLE") == "école");

  words::Scanner scanner("They can't.");
  BOOST_TEST(scanner.next()->folded == "they");
  BOOST_TEST(scanner.next()->folded == "ca");
  BOOST_TEST(scanner.next()->folded == "n't");
  BOOST_TEST(!scanner.next().has_value());

  std::vector<std::string> seen;
  words::for_each_word("Dr. Okafor’s 1,200 boats…",
                       [&](std::string_view w) { seen.emplace_back(w); });
  const std::vector<std::string> expected = {"dr.", "okafor", "'s", "1,200", "boats"};
  BOOST_TEST(seen == expected);

  BOOST_TEST(joined_words("Zoë WON, didn't she?") == "zoë | won | did | n't | she");
  BOOST_TEST(joined_words("“It’s late,” she said.") == "it | 's | late | she | said");
}

BOOST_AUTO_TEST_CASE(empty_text_and_punctuation_give_no_words) {
  check_rows({
      {"", ""},
      {" \t\r\n", ""},
      {"... -- — – “ ” ‘ ’ « » ( ) , ; : ! ? & % $ € °", ""},
      {"\xC2\xA0\xE2\x80\x83\xE3\x80\x80", ""},  // no-break, em and ideographic spaces
      {"📰 🙂", ""},
  });
}

BOOST_AUTO_TEST_CASE(white_space_separates_words) {
  check_rows({
      {"one two", "one | two"},
      {"one\ttwo\nthree\r\nfour", "one | two | three | four"},
      {"7\xC2\xA0km", "7 | km"},                 // a no-break space
      {"a\xE2\x80\xAF" "b", "a | b"},            // a narrow no-break space
      {"a\xE2\x80\x8B" "b", "a | b"},            // a zero-width space: punctuation
  });
}

BOOST_AUTO_TEST_CASE(words_hold_letters_digits_and_marks_of_any_script) {
  check_rows({
      {"Zoë 王芳 1990s", "zoë | 王芳 | 1990s"},
      {"Zoe\xCC\x88 won", "zoe\xCC\x88 | won"},  // e and a combining diaeresis: one word
      {"snake_case", "snake | case"},
      {"\xCC\x81 alone", "alone"},               // a lone combining mark is no word
      {"Ω ψ", "Ω | ψ"},                          // Greek keeps its case: outside 06's blocks
  });
}

BOOST_AUTO_TEST_CASE(folds_case_of_ascii_latin1_and_latin_extended_a) {
  check_rows({
      {"THE Tub", "the | tub"},
      {"ÉCOLE ŁÓDŹ ÀÞ", "école | łódź | àþ"},
      {"İSTANBUL", "istanbul"},                  // İ becomes the ASCII i, one byte
      {"Ÿ ß ẞ", "ÿ | ß | ẞ"},                    // ẞ (U+1E9E) lies outside the blocks
      {"Straße", "straße"},
  });
}

BOOST_AUTO_TEST_CASE(clitics_are_words_of_their_own) {
  check_rows({
      {"don't", "do | n't"},
      {"can't", "ca | n't"},
      {"it’s", "it | 's"},
      {"DON'T", "do | n't"},
      {"we're they've you'll I'd I'm", "we | 're | they | 've | you | 'll | i | 'd | i | 'm"},
      {"the U.S.'s plan", "the | u.s. | 's | plan"},
      {"n't", "n't"},
      {"a 's", "a | s"},                         // after white space: a quotation mark, then s
  });
}

BOOST_AUTO_TEST_CASE(joiners_keep_numbers_and_words_whole) {
  check_rows({
      {"1,200 3.5 7:15", "1,200 | 3.5 | 7:15"},
      {"1,200.", "1,200"},
      {"61-year-old Ortega-Vance B-52", "61-year-old | ortega-vance | b-52"},
      {"well- farmers'", "well | farmers"},
      {"O'Neill o'clock rock'n'roll", "o'neill | o'clock | rock'n'roll"},
      {"O'Neill's", "o'neill | 's"},
      {"Asunción–Rosario", "asunción | rosario"},  // an en dash never joins
      {"1,,2 3..4", "1 | 2 | 3 | 4"},
  });
}

BOOST_AUTO_TEST_CASE(abbreviations_keep_their_period) {
  check_rows({
      {"Dr. Okafor", "dr. | okafor"},
      {"in the U.K. She", "in | the | u.k. | she"},
      {"at 7 p.m. sharp", "at | 7 | p.m. | sharp"},
      {"J. R. R. Tolkien", "j. | r. | r. | tolkien"},
      {"etc... U.S...", "etc | u.s"},            // the ellipsis takes the last period
      {"she said. dr. Okafor", "she | said | dr | okafor"},  // the list's case must match
  });
}

BOOST_AUTO_TEST_CASE(urls_emails_handles_and_hashtags_stay_whole) {
  check_rows({
      {"see https://a.example/x?page=3.", "see | https://a.example/x?page=3"},
      {"(see https://a.example/x).", "see | https://a.example/x"},
      {"WWW.A.EXAMPLE", "www.a.example"},
      {"write to press@a.example.", "write | to | press@a.example"},
      {"g.ashby@ashbyreed.example.com", "g.ashby@ashbyreed.example.com"},
      {"ana@localhost", "ana | @localhost"},     // one label: no address, then a handle
      {"@SaveTheTub_ex #RiversRunDry #Zoë", "@savethetub_ex | #riversrundry | #zoë"},
      {"C# @ #_ #1", "c | #1"},                  // a lone sign, and a handle with no letter
  });
}

BOOST_AUTO_TEST_CASE(elisions_stay_whole) {
  check_rows({
      {"the '90s and ’80s", "the | '90s | and | '80s"},
      {"rock 'n' roll, get 'em", "rock | 'n' | roll | get | 'em"},
      {"'til then", "til | then"},
      {"'905 'emma", "905 | emma"},
  });
}

BOOST_AUTO_TEST_CASE(invalid_utf8_and_nul_bytes_are_no_words_but_stay_in_words) {
  using namespace std::string_literals;
  check_rows({
      {"\xFF\xFE \x80", ""},
      {"ab\xFF" "cd", "ab | cd"},                // an invalid byte is a token of its own
      {"a\0b"s, "a | b"},
      {"\xC3" "x", "x"},                         // a broken sequence: one bad byte, then x
  });
  BOOST_TEST(words::fold("A\xFF" "B") == "a\xFF" "b");
}

BOOST_AUTO_TEST_CASE(folds_typographic_punctuation_inside_tokens) {
  BOOST_TEST(words::fold("‘“—–”’‚„") == "'\"--\"''\"");
  BOOST_TEST(words::fold("«»′") == "«»′");  // guillemets and primes unchanged
}

BOOST_AUTO_TEST_CASE(scanner_gives_the_offsets_of_each_token) {
  const std::string text = "“It’s LATE,” she said.";
  words::Scanner scanner(text);
  const std::optional<words::Word> it = scanner.next();
  BOOST_TEST(it->folded == "it");
  BOOST_TEST(it->begin == 3u);
  BOOST_TEST(it->end == 5u);
  const std::optional<words::Word> clitic = scanner.next();
  BOOST_TEST(clitic->folded == "'s");
  BOOST_TEST(text.substr(clitic->begin, clitic->end - clitic->begin) == "’s");
  const std::optional<words::Word> late = scanner.next();
  BOOST_TEST(late->folded == "late");
  BOOST_TEST(text.substr(late->begin, late->end - late->begin) == "LATE");
}

BOOST_AUTO_TEST_CASE(words_of_lines_are_the_words_of_the_text) {
  const std::string text = "It's 7:15.\nDr. Ruiz said: “Wait...”\nwww.a.example\n";
  std::vector<std::string> by_line;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t end = text.find('\n', begin) + 1;
    for (std::string& word : words::all(std::string_view(text).substr(begin, end - begin))) {
      by_line.push_back(std::move(word));
    }
    begin = end;
  }
  BOOST_TEST(by_line == words::all(text));
}

BOOST_AUTO_TEST_SUITE_END()
