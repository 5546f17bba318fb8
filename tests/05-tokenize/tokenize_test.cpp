// Tests of exercise 05-tokenize: hand-written tables for each function and for each rule of
// README.md first, then the edge cases, then the promises tokenize() keeps on every article of
// the corpus, then the gold tokens of the annotated articles.
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

// The tokens `input` should give, from their texts alone. Each text is looked for right after
// the one before, past white space only, so a table lists texts and the offsets follow.
std::vector<Token> located(std::string_view input, const std::vector<std::string_view>& texts) {
  std::vector<Token> tokens;
  std::size_t at = 0;
  for (const std::string_view text : texts) {
    while (at < input.size() && !input.substr(at).starts_with(text)) {
      const std::size_t space = white_space_length(input, at);
      if (space == 0) {
        throw std::invalid_argument(fmt::format("test table error: {} is not next in {}",
                                                shown(text), shown(input)));
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

// What match_web_token() found, shown as the text it covers: "\"@ana_r\"" or "nothing".
std::string shown_match(std::string_view text, std::size_t offset, std::size_t length) {
  if (length == 0) return "nothing";
  if (length > text.size() - offset) {
    return fmt::format("{} bytes, more than the text has after offset {}", length, offset);
  }
  return shown(text.substr(offset, length));
}

// What clitic_start() found, shown as the split it makes: "\"do\" | \"n't\"" or "no clitic".
std::string shown_split(std::string_view word, std::size_t start) {
  if (start == std::string_view::npos) return "no clitic";
  if (start > word.size()) return fmt::format("{}, past the end of the word", start);
  return shown(word.substr(0, start)) + " | " + shown(word.substr(start));
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
};

}  // namespace

BOOST_AUTO_TEST_SUITE(tokenize)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::is_abbreviation("Dr.") == true);
  BOOST_TEST(newsdesk::is_abbreviation("said.") == false);
  const std::string_view see = "see https://a.example/x?page=3.";
  BOOST_TEST(newsdesk::match_web_token(see, 4) == 26u);
  BOOST_TEST(newsdesk::clitic_start("don't") == 2u);
  BOOST_TEST(newsdesk::clitic_start("can't") == 2u);
  const std::string_view late = "“It’s late,” she said.";
  BOOST_TEST(newsdesk::tokenize(late) ==
             located(late, {"“", "It", "’s", "late", ",", "”", "she", "said", "."}));
}

BOOST_AUTO_TEST_CASE(recognises_abbreviations_initials_and_letter_dot_runs) {
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
      {"Sept.", true}, {"Oct.", true}, {"Nov.", true}, {"Dec.", true},
      // Single capital initials, and letter-dot runs in any case.
      {"J.", true}, {"B.", true}, {"U.S.", true}, {"U.K.", true}, {"a.m.", true},
      {"p.m.", true}, {"e.g.", true}, {"i.e.", true}, {"J.R.R.", true},
      // Everything else.
      {"said.", false}, {"dr.", false}, {"DR.", false}, {"JAN.", false}, {"Dr", false},
      {"j.", false}, {"1.", false}, {"A", false}, {"", false}, {".", false}, {"US.", false},
      {"U.S", false}, {"Ph.D.", false}, {"a.1.", false}, {"May.", false}, {"Zoë.", false},
      {"É.", false}, {"U..", false},
  };
  for (const AbbreviationRow& row : rows) {
    BOOST_TEST_CONTEXT("word: " << shown(row.word)) {
      BOOST_TEST(newsdesk::is_abbreviation(row.word) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(measures_urls_addresses_handles_and_hashtags) {
  struct WebRow {
    std::string_view text;
    std::size_t offset;
    std::string_view expected;  // the web token's text; empty when none starts there
  };
  const std::vector<WebRow> rows = {
      {"https://a.example/x?page=3", 0, "https://a.example/x?page=3"},
      {"see http://a.example.", 4, "http://a.example"},
      {"www.example.org/pilot-2026?lang=en&section=rules, and", 0,
       "www.example.org/pilot-2026?lang=en&section=rules"},
      {"HTTPS://A.EXAMPLE/X!?", 0, "HTTPS://A.EXAMPLE/X"},
      {"(see https://a.example/x).", 5, "https://a.example/x"},     // an unmatched ")"
      {"https://a.example/Foo_(bar)).", 0, "https://a.example/Foo_(bar)"},
      {"https://a.example/x'", 0, "https://a.example/x"},           // a quote ends it
      {"https://a.example/“x”", 0, "https://a.example/"},
      {"https://", 0, ""},                                          // nothing after the start
      {"www.", 0, ""},
      {"https://...", 0, ""},
      {"http:/a.example", 0, ""},
      {"wwwexample.org", 0, ""},
      {"write to press@vessler.example.com.", 9, "press@vessler.example.com"},
      {"g.ashby@ashbyreed.example.com", 0, "g.ashby@ashbyreed.example.com"},
      {"pilot-desk@example.org,", 0, "pilot-desk@example.org"},
      {"first_last+news@a-b.example", 0, "first_last+news@a-b.example"},
      {"ana@localhost", 0, ""},                                     // one label only
      {"ana@.example", 0, ""},
      {"ana@example.", 0, ""},
      {"@WaterwaysForum_ex, posted", 0, "@WaterwaysForum_ex"},
      {"#RiversRunDry.", 0, "#RiversRunDry"},
      {"#Zoë!", 0, "#Zoë"},
      {"#1", 0, "#1"},
      {"@", 0, ""},
      {"# 1", 0, ""},
      {"@-x", 0, ""},
      {"x", 1, ""},                                                 // at the very end
      {"", 0, ""},
  };
  for (const WebRow& row : rows) {
    BOOST_TEST_CONTEXT("text: " << shown(row.text) << " at offset " << row.offset) {
      const std::string expected = row.expected.empty() ? "nothing" : shown(row.expected);
      BOOST_TEST(shown_match(row.text, row.offset,
                             newsdesk::match_web_token(row.text, row.offset)) == expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(finds_clitics_and_plural_possessives) {
  struct CliticRow {
    std::string_view word;
    std::size_t expected;
  };
  constexpr std::size_t none = std::string_view::npos;
  const std::vector<CliticRow> rows = {
      // n't takes the n before its apostrophe; the others start at the apostrophe.
      {"don't", 2}, {"can't", 2}, {"won't", 2}, {"isn't", 2}, {"DON'T", 2}, {"don’t", 2},
      {"it's", 2}, {"it’s", 2}, {"HE'S", 2}, {"Wrona's", 5}, {"1990's", 4}, {"O'Neill's", 7},
      {"they're", 4}, {"we’ve", 2}, {"you'll", 3}, {"I'd", 1}, {"I’m", 1},
      // A plural possessive: the apostrophe after a final s.
      {"farmers'", 7}, {"farmers’", 7}, {"Jones'", 5}, {"s'", 1},
      // No clitic at the end, or nothing before it to split it from.
      {"don", none}, {"O'Neill", none}, {"o'clock", none}, {"y'all", none},
      {"rock'n'roll", none}, {"'90s", none}, {"'em", none}, {"'n'", none}, {"wait'", none},
      {"'s", none}, {"’s", none}, {"n't", none}, {"'", none}, {"", none},
  };
  for (const CliticRow& row : rows) {
    BOOST_TEST_CONTEXT("word: " << shown(row.word)) {
      BOOST_TEST(shown_split(row.word, newsdesk::clitic_start(row.word)) ==
                 shown_split(row.word, row.expected));
    }
  }
}

BOOST_AUTO_TEST_CASE(splits_on_any_white_space) {
  check_tokenize({
      {"one two", {"one", "two"}},
      {"  one\t\ttwo \n", {"one", "two"}},
      {"one\r\ntwo\r\n", {"one", "two"}},
      {"one\vtwo\fthree", {"one", "two", "three"}},
      {"7\u00A0%", {"7", "%"}},                          // no-break space
      {"one\u2003two\u2009three", {"one", "two", "three"}},  // em space, thin space
      {"one\u202Ftwo\u3000three", {"one", "two", "three"}},
      {"one\u0085two\u2028three", {"one", "two", "three"}},
      {"one\u200Btwo", {"one", "\u200B", "two"}},        // zero-width space: not white space
  });
}

BOOST_AUTO_TEST_CASE(keeps_urls_addresses_handles_and_hashtags_whole) {
  check_tokenize({
      {"see https://a.example/x?page=3.", {"see", "https://a.example/x?page=3", "."}},
      {"Bookings open at https://www.example.org/pellworth-baths or by e-mail.",
       {"Bookings", "open", "at", "https://www.example.org/pellworth-baths", "or", "by",
        "e-mail", "."}},
      {"(www.example.org)", {"(", "www.example.org", ")"}},
      {"send questions to pilot-desk@example.org, the forum said.",
       {"send", "questions", "to", "pilot-desk@example.org", ",", "the", "forum", "said", "."}},
      {"from g.ashby@ashbyreed.example.com to", {"from", "g.ashby@ashbyreed.example.com", "to"}},
      {"as @SaveTheTub_ex.", {"as", "@SaveTheTub_ex", "."}},
      {"the hashtag #RiversRunDry were", {"the", "hashtag", "#RiversRunDry", "were"}},
      {"#KeepTheBench and @werkbund_uhren_ex!",
       {"#KeepTheBench", "and", "@werkbund_uhren_ex", "!"}},
      {"x@y", {"x", "@y"}},                                 // no domain: a word, a handle
      {"https:// is", {"https", ":", "/", "/", "is"}},
  });
}

BOOST_AUTO_TEST_CASE(keeps_numbers_and_hyphenated_words_whole) {
  check_tokenize({
      {"1,200 barges", {"1,200", "barges"}},
      {"3.5 billion", {"3.5", "billion"}},
      {"at 7:15", {"at", "7:15"}},
      {"1,234,567.89", {"1,234,567.89"}},
      {"the 61-year-old economist", {"the", "61-year-old", "economist"}},
      {"2018-2022 B-52 MH-60 Ortega-Vance 27-25", {"2018-2022", "B-52", "MH-60", "Ortega-Vance",
                                                   "27-25"}},
      {"Szabó-Hale", {"Szabó-Hale"}},
      {"$ 12.75; € 3,400", {"$", "12.75", ";", "€", "3,400"}},
      {"$1.2 million", {"$", "1.2", "million"}},
      {"£4.50", {"£", "4.50"}},
      {"7 % and 41%", {"7", "%", "and", "41", "%"}},
      {"1,200.", {"1,200", "."}},                           // no digit after the period
      {"rose 5, then 6", {"rose", "5", ",", "then", "6"}},
      {"a,b 1.a 5:x", {"a", ",", "b", "1", ".", "a", "5", ":", "x"}},
      {"a,1 b.2 c:3", {"a", ",", "1", "b", ".", "2", "c", ":", "3"}},  // a digit on each side
      {"-5 well- -well", {"-", "5", "well", "-", "-", "well"}},
      {"3rd 1990s", {"3rd", "1990s"}},
  });
}

BOOST_AUTO_TEST_CASE(keeps_abbreviation_periods) {
  check_tokenize({
      {"at 7:15 p.m. in Leeds.", {"at", "7:15", "p.m.", "in", "Leeds", "."}},
      {"Dr. Helena Castellano", {"Dr.", "Helena", "Castellano"}},
      {"Dr. M. J. Osei", {"Dr.", "M.", "J.", "Osei"}},
      {"the U.S. East Coast", {"the", "U.S.", "East", "Coast"}},
      {"in the U.K. She returned", {"in", "the", "U.K.", "She", "returned"}},  // no extra "."
      {"Ashby & Reed Civil Works Co.", {"Ashby", "&", "Reed", "Civil", "Works", "Co."}},
      {"i.e. four times, e.g., twice", {"i.e.", "four", "times", ",", "e.g.", ",", "twice"}},
      {"Plan B.", {"Plan", "B."}},                          // a documented limit
      {"Jan. 24, Sept. 1, Sep. 2", {"Jan.", "24", ",", "Sept.", "1", ",", "Sep.", "2"}},
      {"the JAN. show", {"the", "JAN", ".", "show"}},       // the list has its case
      {"she said.", {"she", "said", "."}},
      {"a. b.", {"a", ".", "b", "."}},                      // lower case: no initial
      {"etc... and so on", {"etc", "...", "and", "so", "on"}},
      {"U.S.-made", {"U.S.", "-", "made"}},
  });
}

BOOST_AUTO_TEST_CASE(keeps_the_period_of_every_listed_abbreviation) {
  // Every entry of data/abbreviations.txt, whatever its class, before a name and at the end.
  for (const auto& entry : newsdesk::testing::listed_abbreviations()) {
    BOOST_TEST_CONTEXT("data/abbreviations.txt: " << entry.text << " (" << entry.kind << ")") {
      const std::string before_name = "ask " + entry.text + " Okafor";
      const std::string at_the_end = "it was " + entry.text;
      BOOST_TEST(newsdesk::is_abbreviation(entry.text));
      check_tokenize({{before_name, {"ask", entry.text, "Okafor"}},
                      {at_the_end, {"it", "was", entry.text}}});
    }
  }
}

BOOST_AUTO_TEST_CASE(splits_clitics_as_the_penn_treebank_does) {
  check_tokenize({
      {"They can't, and she won't.", {"They", "ca", "n't", ",", "and", "she", "wo", "n't", "."}},
      {"We don’t.", {"We", "do", "n’t", "."}},
      {"It's it’s they're we've you'll I'd I'm",
       {"It", "'s", "it", "’s", "they", "'re", "we", "'ve", "you", "'ll", "I", "'d", "I", "'m"}},
      {"the farmers' market", {"the", "farmers", "'", "market"}},
      {"the farmers’ market", {"the", "farmers", "’", "market"}},
      {"the forum’s own", {"the", "forum", "’s", "own"}},
      {"since the ’90s, the '50s", {"since", "the", "’90s", ",", "the", "'50s"}},
      {"class of '90", {"class", "of", "'90"}},
      {"rock 'n' roll, rock ’n’ roll", {"rock", "'n'", "roll", ",", "rock", "’n’", "roll"}},
      {"tell 'em", {"tell", "'em"}},
      {"O'Neill at five o'clock", {"O'Neill", "at", "five", "o'clock"}},
      {"O’Neill’s", {"O’Neill", "’s"}},
      {"the U.S.'s plan", {"the", "U.S.", "'s", "plan"}},   // a clitic after a token
      {"'won't wait'", {"'", "wo", "n't", "wait", "'"}},    // quotes around a clitic
      {"'Emma' 'n", {"'", "Emma", "'", "'", "n"}},
  });
}

BOOST_AUTO_TEST_CASE(makes_one_token_of_each_punctuation_mark) {
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
      {"the Asunción–Rosario stretch", {"the", "Asunción", "–", "Rosario", "stretch"}},  // always its own token
      {"bad - and worse", {"bad", "-", "and", "worse"}},
      {"a short speech-then left", {"a", "short", "speech-then", "left"}},  // a documented limit
      {"«Non» ‹oui›", {"«", "Non", "»", "‹", "oui", "›"}},
  });
}

BOOST_AUTO_TEST_CASE(makes_one_token_of_every_other_character) {
  check_tokenize({
      {"Ashby & Reed", {"Ashby", "&", "Reed"}},
      {"45 °C", {"45", "°", "C"}},
      {"a+b=c", {"a", "+", "b", "=", "c"}},
      {"snake_case", {"snake", "_", "case"}},
      {"C# or C++", {"C", "#", "or", "C", "+", "+"}},
      {"*** / \\ | ~", {"*", "*", "*", "/", "\\", "|", "~"}},
      {"ok👍🏽", {"ok", "👍", "🏽"}},
      {"a\u00ADb", {"a", "\u00AD", "b"}},                 // a soft hyphen is a format character
  });
}

BOOST_AUTO_TEST_CASE(makes_words_of_letters_digits_and_marks) {
  check_tokenize({
      {"Zoë Achterberg", {"Zoë", "Achterberg"}},
      {"Zoe\u0308 (combining)", {"Zoe\u0308", "(", "combining", ")"}},
      {"Hydrologist 王芳 Wang Fang", {"Hydrologist", "王芳", "Wang", "Fang"}},
      {"ŁÓDŹ, Łódź", {"ŁÓDŹ", ",", "Łódź"}},
      {"१२३ ٣٤", {"१२३", "٣٤"}},                        // digits of other scripts
      {"\u0301x", {"\u0301x"}},                         // a mark may start a word
  });
}

BOOST_AUTO_TEST_CASE(empty_or_all_space_text_gives_no_tokens) {
  for (const std::string_view input : {"", " ", "\r\n", " \t\n\v\f\r", "\u00A0\u2003\u3000"}) {
    BOOST_TEST_CONTEXT("input: " << shown(input)) {
      BOOST_TEST(newsdesk::tokenize(input) == std::vector<Token>{});
    }
  }
}

BOOST_AUTO_TEST_CASE(keeps_each_invalid_byte_as_a_token_of_its_own) {
  check_tokenize({
      {"\xFF", {"\xFF"}},
      {"a\xFF" "b", {"a", "\xFF", "b"}},
      {"\xE2\x80 ok", {"\xE2", "\x80", "ok"}},            // a sequence cut short
      {"\xC0\xAF", {"\xC0", "\xAF"}},                     // overlong
      {"\xED\xA0\x80", {"\xED", "\xA0", "\x80"}},         // a surrogate
      {"\x80\x80 x", {"\x80", "\x80", "x"}},              // continuation bytes alone
      {"Zo\xC3", {"Zo", "\xC3"}},                         // cut short at the very end
      {"\xE2\x80\x9C\xFE\xE2\x80\x9D", {"“", "\xFE", "”"}},
  });
}

BOOST_AUTO_TEST_CASE(keeps_nul_bytes_as_tokens) {
  const std::string input("a\0b \0", 5);
  const std::vector<Token> expected = {
      {std::string_view(input).substr(0, 1), 0, 1},
      {std::string_view(input).substr(1, 1), 1, 2},
      {std::string_view(input).substr(2, 1), 2, 3},
      {std::string_view(input).substr(4, 1), 4, 5},
  };
  BOOST_TEST(newsdesk::tokenize(input) == expected);
}

BOOST_AUTO_TEST_CASE(treats_crlf_as_white_space_with_exact_offsets) {
  const std::string_view input = "One.\r\n“Two,” she said.\r\n";
  BOOST_TEST(newsdesk::tokenize(input) ==
             located(input, {"One", ".", "“", "Two", ",", "”", "she", "said", "."}));
  BOOST_TEST(newsdesk::tokenize(input).at(2).begin == 6u);  // after "\r\n"
  // A stray "\r" inside a line is white space too (data/README.md lists one in the corpus).
  check_tokenize({{"the\r chamber", {"the", "chamber"}}});
}

BOOST_AUTO_TEST_CASE(tokenizes_a_10_mb_line_without_spaces) {
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
  BOOST_TEST(std::vector<Token>(tokens.begin(), tokens.begin() + 12) ==
             located(line, {"“", "Zoë", "’s", "”", "—", "U.S.", "-", "made", ",", "1,200", "%",
                            "…"}));
  BOOST_TEST(tokens.back().begin == line.size() - std::string_view("…").size());
  BOOST_TEST(tokens.back().end == line.size());

  // Runs that look like the start of something long, each a trap for code that searches
  // ahead again from every token: dots, "@", hyphens, apostrophes, URL starts. A quarter of
  // a megabyte is plenty to catch that.
  constexpr std::size_t kQuarterMegabyte = 256 * 1024;
  for (const std::string_view unit : {".", "@", "a@", "a.", "a.a@", "a+", "a%", "-", "'", "’",
                                      "http://", "1,", "#"}) {
    std::string run;
    while (run.size() + unit.size() <= kQuarterMegabyte) run += unit;
    BOOST_TEST_CONTEXT("a run of " << shown(unit)) {
      check_rebuilds(run, newsdesk::tokenize(run));
    }
  }
}

BOOST_AUTO_TEST_CASE(rebuilds_tricky_inputs_exactly) {
  for (const std::string& input : kTrickyInputs) {
    BOOST_TEST_CONTEXT("input: " << shown(input)) {
      check_rebuilds(input, newsdesk::tokenize(input));
    }
  }
}

BOOST_AUTO_TEST_CASE(rebuilds_every_corpus_article_exactly) {
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  for (const CorpusArticle& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      check_rebuilds(article.text, newsdesk::tokenize(article.text));
    }
  }
}

BOOST_AUTO_TEST_CASE(gives_the_same_tokens_line_by_line) {
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  for (const CorpusArticle& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      const std::string_view text = article.text;
      std::vector<Token> by_line;
      for (std::size_t start = 0; start < text.size();) {
        const std::size_t newline = text.find('\n', start);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
        for (const Token& token : newsdesk::tokenize(text.substr(start, end - start))) {
          by_line.push_back(Token{text.substr(start + token.begin, token.text.size()),
                                  start + token.begin, start + token.end});
        }
        start = end;
      }
      BOOST_TEST(newsdesk::tokenize(text) == by_line);
    }
  }
}

BOOST_AUTO_TEST_CASE(matches_the_gold_tokens_of_the_annotated_articles) {
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  std::size_t compared = 0;
  for (const CorpusArticle& article : articles) {
    const std::vector<Token> expected = gold_tokens(article);
    const bool must_have_tokens =
        std::ranges::find(kArticlesWithTokens, article_number(article)) !=
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
