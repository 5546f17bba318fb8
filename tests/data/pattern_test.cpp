// Tests of the regular expressions of the schemas' "pattern" keyword (tools/newsdesk/pattern.hpp):
// what the subset matches, what it rejects, and that a long text cannot overflow the stack.
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "pattern.hpp"

namespace {

// The message of the std::invalid_argument that compiling `source` throws, or "" if none.
std::string compile_error(const std::string& source) {
  try {
    static_cast<void>(newsdesk::Pattern(source));
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pattern)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::Pattern("^[a-z0-9]+(-[a-z0-9]+)*$").search("jose-nunez-2") == true);
  BOOST_TEST(compile_error("ab|c") == "\"|\" at byte 2 is not supported");
}

BOOST_AUTO_TEST_CASE(searches_as_json_schema_asks) {
  struct Row {
    std::string pattern;
    std::string text;
    bool expected;
  };
  const std::string hex64(64, 'f');
  const std::vector<Row> rows = {
      // The kit's own patterns.
      {"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2026-03-03", true},
      {"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2026-3-03", false},
      {"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x2026-03-03", false},
      {"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2026-03-03\n", false},
      {"^[0-9a-f]{64}$", hex64, true},
      {"^[0-9a-f]{64}$", hex64.substr(1), false},
      {"^[0-9a-f]{64}$", hex64 + "f", false},
      {"^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*$", "001-sao-paulo-waterways-pilot", true},
      {"^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*$", "001-sao--paulo", false},
      {"^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*$", "001-", false},
      {"^[a-z0-9]+(-[a-z0-9]+)*$", "jose-nunez-2", true},
      {"^[a-z0-9]+(-[a-z0-9]+)*$", "José", false},
      // A search, not a whole match, unless ^ and $ say so.
      {"a+", "xxaayy", true},
      {"a+", "xxyy", false},
      {"^a*$", "aaa", true},
      {"^a*$", "abc", false},
      {"", "anything", true},
      {"^$", "", true},
      {"^$", "a", false},
      // Classes, escapes and quantifiers.
      {"[^a-z]", "abc", false},
      {"[^a-z]", "abC", true},
      {"^[\\]\\-]+$", "]-]", true},
      {"^[a-]+$", "a-a", true},
      {"^\\.\\*$", ".*", true},
      {"^\\.$", "a", false},
      {"^colou?r$", "color", true},
      {"^colou?r$", "colouur", false},
      {"^a{2,3}$", "aa", true},
      {"^a{2,3}$", "aaaa", false},
      {"^a{2,}$", "aaaaaa", true},
      {"^a{2,}$", "a", false},
      {"^(ab)+$", "ababab", true},
      {"^(ab)+$", "ababa", false},
      {"^(a(b)?)*c$", "aabac", true},
      {"^a+?$", "aaa", true},
      // Characters are code points, so a class or a ? takes a whole UTF-8 sequence.
      {"^[à-ÿ]+$", "éü", true},
      {"^[à-ÿ]+$", "eu", false},
      {"^é?x$", "x", true},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("pattern: " << row.pattern << ", text: " << row.text) {
      BOOST_TEST(newsdesk::Pattern(row.pattern).search(row.text) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_what_is_outside_the_subset_naming_it) {
  struct Row {
    std::string pattern;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"a|b", "\"|\" at byte 1 is not supported"},
      {"a.c", "\".\" at byte 1 is not supported"},
      {"^\\d+$", "\"\\d\" at byte 1 is not supported"},
      {"(?=a)", "\"(?\" at byte 0 is not supported"},
      {"a]", "\"]\" at byte 1 is not supported"},
      {"(a", "\"(\" without \")\" at byte 0"},
      {"a)", "\")\" without \"(\" at byte 1"},
      {"[a", "\"[\" without \"]\" at byte 0"},
      {"[z-a]", "range out of order at byte 1"},
      {"*a", "nothing to repeat before \"*\" at byte 0"},
      {"a**", "nothing to repeat before \"*\" at byte 2"},
      {"^*", "nothing to repeat before a quantifier at byte 1"},
      {"a{x}", "expected \"{n}\", \"{n,}\" or \"{n,m}\" at byte 1"},
      {"a{2", "expected \"{n}\", \"{n,}\" or \"{n,m}\" at byte 1"},
      {"a{3,2}", "numbers out of order in \"{n,m}\" at byte 1"},
      {"a{1001}", "more than 1000 repetitions at byte 1"},
      {"\\", "\"\\\" at the end at byte 0"},
      {std::string(33, '(') + std::string(33, ')'), "groups nested more than 32 deep at byte 32"},
      {"(a{1000}){11}", "pattern too long: more than 10000 steps once its repetitions are "
                        "written out"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("pattern: " << row.pattern) {
      BOOST_TEST(compile_error(row.pattern) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(searches_a_long_text_in_linear_time_without_recursion) {
  // std::regex overflowed the stack on a 50 KB string; this takes 10 MB, and a pattern that
  // backtracking would take exponential time on.
  const std::string long_word(10'000'000, 'a');
  BOOST_TEST(newsdesk::Pattern("^[a-z0-9]+(-[a-z0-9]+)*$").search(long_word) == true);
  BOOST_TEST(newsdesk::Pattern("^[0-9a-f]{64}$").search(long_word) == false);
  BOOST_TEST(newsdesk::Pattern("(a*)*b").search(long_word.substr(0, 1'000'000)) == false);
}

BOOST_AUTO_TEST_SUITE_END()
