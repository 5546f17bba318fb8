// Tests of exercise 13-quote-marks: the steps in the order of the tasks (reading a mark, its
// role, pairing marks into spans, the kind of one span), then find_quotes() on the hard cases
// of data/ANNOTATION.md, the edge cases of bad input, and the whole corpus against its gold
// quotations. Each case's name starts with the function it tests, so
// `ctest --preset exercises -R quote_marks/mark_role` runs one task's cases.
#include <algorithm>
#include <cstddef>
#include <iostream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>

#include "article.hpp"
#include "corpus.hpp"
#include "printing.hpp"
#include "quote_marks.hpp"

namespace newsdesk {

// How Boost.Test prints the values when a check fails, e.g.
//   [[3, 16) direct | [9, 13) nested partial]
std::ostream& operator<<(std::ostream& out, MarkFamily family) {
  switch (family) {
    case MarkFamily::double_quote: return out << "double_quote";
    case MarkFamily::single_quote: return out << "single_quote";
    case MarkFamily::double_angle: return out << "double_angle";
    case MarkFamily::single_angle: return out << "single_angle";
  }
  return out << "(not a MarkFamily)";
}

std::ostream& operator<<(std::ostream& out, MarkShape shape) {
  switch (shape) {
    case MarkShape::opening: return out << "opening";
    case MarkShape::closing: return out << "closing";
    case MarkShape::straight: return out << "straight";
  }
  return out << "(not a MarkShape)";
}

std::ostream& operator<<(std::ostream& out, const QuoteMark& mark) {
  return out << '{' << mark.family << ", " << mark.shape << ", " << mark.length << '}';
}

std::ostream& operator<<(std::ostream& out, const std::optional<QuoteMark>& mark) {
  return mark ? out << *mark : out << "nothing";
}

std::ostream& operator<<(std::ostream& out, MarkRole role) {
  switch (role) {
    case MarkRole::opening: return out << "opening";
    case MarkRole::closing: return out << "closing";
    case MarkRole::apostrophe: return out << "apostrophe";
    case MarkRole::stray: return out << "stray";
  }
  return out << "(not a MarkRole)";
}

std::ostream& operator<<(std::ostream& out, QuoteKind kind) { return out << to_string(kind); }

std::ostream& operator<<(std::ostream& out, const QuoteSpan& span) {
  out << '[' << span.begin << ", " << span.end << ')';
  if (span.nested) {
    out << " nested";
  }
  if (span.unterminated) {
    out << " unterminated";
  }
  return out << ' ' << span.kind;
}

std::ostream& operator<<(std::ostream& out, const std::vector<QuoteSpan>& spans) {
  out << '[';
  for (std::size_t i = 0; i < spans.size(); ++i) {
    out << (i == 0 ? "" : " | ") << spans[i];
  }
  return out << ']';
}

}  // namespace newsdesk

// Compare vectors of spans as whole values, so that a failure prints both lists in full.
template <>
struct boost::unit_test::is_forward_iterable<std::vector<newsdesk::QuoteSpan>>
    : std::false_type {};

namespace {

using newsdesk::MarkContext;
using newsdesk::MarkFamily;
using newsdesk::MarkRole;
using newsdesk::MarkShape;
using newsdesk::QuoteKind;
using newsdesk::QuoteMark;
using newsdesk::QuoteSpan;
using newsdesk::testing::CorpusArticle;
using newsdesk::testing::describe_position;
using newsdesk::testing::escaped;

// The contents of the spans, each as text, for readable failures: "We are ready," | "wait"
std::string contents(std::string_view text, const std::vector<QuoteSpan>& spans) {
  std::string out;
  for (const QuoteSpan& span : spans) {
    out += out.empty() ? "" : " | ";
    if (span.begin <= span.end && span.end <= text.size()) {
      out += escaped(text.substr(span.begin, span.end - span.begin));
    } else {
      out += "(out of range)";
    }
  }
  return out;
}

// The size of the "10 MB" paragraphs of the linear-time tests. Under AddressSanitizer every
// byte read is checked, and 10 MB would outlast the time a test case is given, so the
// sanitizer build reads 1 MB: still far too long for a quadratic pass to finish in time.
#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kLargeParagraph = 1'000'000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr std::size_t kLargeParagraph = 1'000'000;
#else
constexpr std::size_t kLargeParagraph = 10'000'000;
#endif
#else
constexpr std::size_t kLargeParagraph = 10'000'000;
#endif

// A span given by its content: the first place where `content` follows an opening mark.
// Tables name spans by their text, which reads far better than offsets.
struct Expected {
  std::string_view content;
  bool nested = false;
  bool unterminated = false;
  QuoteKind kind = QuoteKind::direct;
};

std::vector<QuoteSpan> spans_of(std::string_view text, const std::vector<Expected>& expected,
                                bool with_kinds) {
  std::vector<QuoteSpan> spans;
  std::size_t from = 0;
  for (const Expected& e : expected) {
    std::size_t at = text.find(e.content, from);
    BOOST_TEST_REQUIRE(at != std::string_view::npos, "no " << escaped(e.content) << " in the row");
    spans.push_back({at, at + e.content.size(), e.nested, e.unterminated,
                     with_kinds ? e.kind : QuoteKind::direct});
    from = at;
  }
  std::sort(spans.begin(), spans.end(), [](const QuoteSpan& a, const QuoteSpan& b) {
    return a.begin < b.begin || (a.begin == b.begin && a.end > b.end);
  });
  return spans;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(quote_marks)

// ---------------------------------------------------------------------------------------------
// The header's examples, each as it is written there.

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::read_quote_mark("“Yes”", 0) ==
             (QuoteMark{MarkFamily::double_quote, MarkShape::opening, 3}));
  BOOST_TEST(newsdesk::read_quote_mark("it's", 2) ==
             (QuoteMark{MarkFamily::single_quote, MarkShape::straight, 1}));
  BOOST_TEST(newsdesk::read_quote_mark("it's", 1) == std::optional<QuoteMark>());

  BOOST_TEST(newsdesk::mark_role("don't", 3, {}) == MarkRole::apostrophe);
  BOOST_TEST(newsdesk::mark_role("'Wait,' she said", 0, {}) == MarkRole::opening);
  BOOST_TEST(newsdesk::mark_role("'Wait,' she said", 6, {.open_in_family = true}) ==
             MarkRole::closing);

  BOOST_TEST(newsdesk::pair_quotes("“Wait ‘here’,” he said.") ==
             (std::vector<QuoteSpan>{{3, 19}, {11, 15, true}}));
  BOOST_TEST(newsdesk::pair_quotes("\"Never closed") ==
             (std::vector<QuoteSpan>{{1, 13, false, true}}));

  BOOST_TEST(newsdesk::classify_quote("“We are ready,” she said.",
                                      std::vector<QuoteSpan>{{3, 16}}, 0) == QuoteKind::direct);
  BOOST_TEST(newsdesk::classify_quote("He called it “a gamble”.",
                                      std::vector<QuoteSpan>{{16, 24}}, 0) == QuoteKind::partial);
  BOOST_TEST(newsdesk::classify_quote("Ana “The Hammer” Ruiz won.",
                                      std::vector<QuoteSpan>{{7, 17}}, 0) ==
             QuoteKind::not_speech);

  BOOST_TEST(newsdesk::find_quotes("“We are ready,” she said, “but not yet.”") ==
             (std::vector<QuoteSpan>{{3, 16}, {33, 45}}));
}

// ---------------------------------------------------------------------------------------------
// Task 1: read_quote_mark()

BOOST_AUTO_TEST_CASE(read_quote_mark_reads_the_twelve_marks) {
  struct Row {
    std::string_view text;
    QuoteMark expected;
  };
  const Row rows[] = {
      {"\"", {MarkFamily::double_quote, MarkShape::straight, 1}},
      {"“", {MarkFamily::double_quote, MarkShape::opening, 3}},
      {"”", {MarkFamily::double_quote, MarkShape::closing, 3}},
      {"„", {MarkFamily::double_quote, MarkShape::opening, 3}},
      {"'", {MarkFamily::single_quote, MarkShape::straight, 1}},
      {"‘", {MarkFamily::single_quote, MarkShape::opening, 3}},
      {"’", {MarkFamily::single_quote, MarkShape::closing, 3}},
      {"‚", {MarkFamily::single_quote, MarkShape::opening, 3}},
      {"«", {MarkFamily::double_angle, MarkShape::opening, 2}},
      {"»", {MarkFamily::double_angle, MarkShape::closing, 2}},
      {"‹", {MarkFamily::single_angle, MarkShape::opening, 3}},
      {"›", {MarkFamily::single_angle, MarkShape::closing, 3}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("mark: " << escaped(row.text)) {
      const std::string text = "a" + std::string(row.text) + "b";
      BOOST_TEST(newsdesk::read_quote_mark(text, 1) == std::optional<QuoteMark>(row.expected));
      BOOST_TEST(newsdesk::read_quote_mark(row.text, 0) == std::optional<QuoteMark>(row.expected));
    }
  }
}

BOOST_AUTO_TEST_CASE(read_quote_mark_gives_nothing_for_anything_else) {
  struct Row {
    std::string_view text;
    std::size_t offset;
  };
  const Row rows[] = {
      {"abc", 1},          // a letter
      {"“Yes”", 1},        // the middle of a mark
      {"“Yes”", 2},        // its last byte
      {"″", 0},            // a double prime (inches), U+2033
      {"‛", 0},            // U+201B, a reversed single mark no news text uses
      {"`", 0},            // a backtick
      {"\xE2", 0},         // the first byte of “ alone: invalid UTF-8
      {"\xE2\x80", 0},     // two of its three bytes
      {std::string_view("\0", 1), 0},
      {"", 0},             // empty text
      {"ab", 2},           // at the end
      {"ab", 7},           // past the end
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("text: " << escaped(row.text, newsdesk::testing::NonAscii::escape)
                                << ", offset " << row.offset) {
      BOOST_TEST(newsdesk::read_quote_mark(row.text, row.offset) == std::optional<QuoteMark>());
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Task 2: mark_role()

namespace {

struct RoleRow {
  std::string_view text;
  std::string_view at;  // the text from the mark on: its offset is text.find(at)
  MarkContext context;
  MarkRole expected;
};

void check_roles(const std::vector<RoleRow>& rows) {
  for (const RoleRow& row : rows) {
    const std::size_t offset = row.text.find(row.at);
    BOOST_TEST_CONTEXT("text: " << escaped(row.text) << ", the mark at byte " << offset
                                << " (" << escaped(row.at) << "), open_in_family "
                                << row.context.open_in_family << ", closer_follows "
                                << row.context.closer_follows) {
      BOOST_TEST_REQUIRE(offset != std::string_view::npos);
      BOOST_TEST(newsdesk::mark_role(row.text, offset, row.context) == row.expected);
    }
  }
}

constexpr MarkContext kNothingOpen{};
constexpr MarkContext kOpen{.open_in_family = true};
constexpr MarkContext kOpenAndCloserFollows{.open_in_family = true, .closer_follows = true};

}  // namespace

BOOST_AUTO_TEST_CASE(mark_role_opens_before_a_word_and_closes_after_one) {
  check_roles({
      {"\"Yes,\" she said", "\"Yes", kNothingOpen, MarkRole::opening},
      {"\"Yes,\" she said", "\" she", kOpen, MarkRole::closing},
      {"“Yes,” she said", "“", kNothingOpen, MarkRole::opening},
      {"“Yes,” she said", "”", kOpen, MarkRole::closing},
      {"'Yes,' she said", "'Yes", kNothingOpen, MarkRole::opening},
      {"'Yes,' she said", "' she", kOpen, MarkRole::closing},
      {"‘Yes,’ she said", "‘", kNothingOpen, MarkRole::opening},
      {"‘Yes,’ she said", "’", kOpen, MarkRole::closing},
      {"«Oui», dit-elle", "«", kNothingOpen, MarkRole::opening},
      {"«Oui», dit-elle", "»", kOpen, MarkRole::closing},
      {"‹oui›", "‹", kNothingOpen, MarkRole::opening},
      {"‹oui›", "›", kOpen, MarkRole::closing},
      {"„Ja“, sagte sie", "„", kNothingOpen, MarkRole::opening},
      {"„Ja“, sagte sie", "“,", kOpen, MarkRole::closing},  // German closes with “
      {"‚ja‘, sagte sie", "‘,", kOpen, MarkRole::closing},
      {"said \"no\"", "\"no", kNothingOpen, MarkRole::opening},
      {"said \"no\"", "\"", kNothingOpen, MarkRole::opening},
  });
}

BOOST_AUTO_TEST_CASE(mark_role_treats_brackets_dashes_and_other_marks_as_space) {
  check_roles({
      {"(\"Yes\")", "\"Yes", kNothingOpen, MarkRole::opening},
      {"(\"Yes\")", "\")", kOpen, MarkRole::closing},
      {"[“Yes”]", "“", kNothingOpen, MarkRole::opening},
      {"—“No”—", "“", kNothingOpen, MarkRole::opening},
      {"—“No”—", "”", kOpen, MarkRole::closing},
      {"a -\"b\"- c", "\"b", kNothingOpen, MarkRole::opening},
      {"\"'No,' he said\"", "'No", kNothingOpen, MarkRole::opening},
      {"\"He said 'no'\"", "'\"", kOpen, MarkRole::closing},
      {"“‘No’”", "‘", kNothingOpen, MarkRole::opening},
  });
}

BOOST_AUTO_TEST_CASE(mark_role_finds_apostrophes_between_letters_and_in_elisions) {
  check_roles({
      {"don't", "'", kNothingOpen, MarkRole::apostrophe},
      {"don't", "'", kOpen, MarkRole::apostrophe},
      {"don’t", "’", kOpen, MarkRole::apostrophe},
      {"O'Neill", "'", kNothingOpen, MarkRole::apostrophe},
      {"the 1990's", "'", kNothingOpen, MarkRole::apostrophe},
      {"the '90s", "'", kNothingOpen, MarkRole::apostrophe},
      {"the ’90s", "’", kNothingOpen, MarkRole::apostrophe},
      {"the ‘90s", "‘", kNothingOpen, MarkRole::apostrophe},
      {"'Tis the season", "'", kNothingOpen, MarkRole::apostrophe},
      {"’Twas night", "’", kNothingOpen, MarkRole::apostrophe},
      {"out 'til dawn", "'", kNothingOpen, MarkRole::apostrophe},
      {"tell 'em", "'", kNothingOpen, MarkRole::apostrophe},
      {"rock 'n' roll", "'n", kNothingOpen, MarkRole::apostrophe},
      {"rock 'n' roll", "' r", kNothingOpen, MarkRole::apostrophe},
      {"rock ’n’ roll", "’n", kNothingOpen, MarkRole::apostrophe},
      {"rock ’n’ roll", "’ r", kOpen, MarkRole::apostrophe},
  });
}

BOOST_AUTO_TEST_CASE(mark_role_needs_an_open_quotation_to_close) {
  check_roles({
      {"the players' union", "'", kNothingOpen, MarkRole::apostrophe},
      {"the players’ union", "’", kNothingOpen, MarkRole::apostrophe},
      {"“the players’ union”", "’", kNothingOpen, MarkRole::apostrophe},
      {"the Joneses'", "'", kNothingOpen, MarkRole::apostrophe},
      {"a 6' pole", "'", kNothingOpen, MarkRole::apostrophe},
      {"Yes\" she said", "\"", kNothingOpen, MarkRole::stray},
      {"Yes” she said", "”", kNothingOpen, MarkRole::stray},
      {"Yes» she said", "»", kNothingOpen, MarkRole::stray},
      {"word‘ here", "‘", kNothingOpen, MarkRole::stray},
      {"a \" b", "\"", kNothingOpen, MarkRole::stray},
      {"a \" b", "\"", kOpen, MarkRole::closing},
      {"\"", "\"", kNothingOpen, MarkRole::stray},
      {"\"", "\"", kOpen, MarkRole::closing},
      {"'", "'", kNothingOpen, MarkRole::stray},
      {"’", "’", kNothingOpen, MarkRole::stray},
      {"abc", "b", kOpen, MarkRole::stray},  // no mark at all
      {"a ’ b", "’", kNothingOpen, MarkRole::stray},
  });
}

BOOST_AUTO_TEST_CASE(mark_role_keeps_a_plural_possessive_inside_an_open_single_quotation) {
  check_roles({
      {"'The birds' nests were empty,' he said.", "' nests", kOpenAndCloserFollows,
       MarkRole::apostrophe},
      {"'The birds' nests were empty,' he said.", "' he", kOpen, MarkRole::closing},
      {"'It was the birds',' she said.", "',", kOpenAndCloserFollows, MarkRole::apostrophe},
      {"'It was the birds',' she said.", "' she", kOpen, MarkRole::closing},
      {"‘The birds’ nests were empty,’ he said.", "’ nests", kOpenAndCloserFollows,
       MarkRole::apostrophe},
      // With no mark after it that could close, the s' closes: "a matter of days' and left".
      {"She called it 'a matter of days' and left.", "' and", kOpen, MarkRole::closing},
      // Only after an s: "the hour' nests" is no plural.
      {"'in the last hour' then left, 'again'", "' then", kOpenAndCloserFollows,
       MarkRole::closing},
  });
}

// ---------------------------------------------------------------------------------------------
// Task 3: pair_quotes()

namespace {

struct PairRow {
  std::string_view text;
  std::vector<Expected> expected;
};

void check_pairs(const std::vector<PairRow>& rows) {
  for (const PairRow& row : rows) {
    BOOST_TEST_CONTEXT("text: " << escaped(row.text)) {
      const std::vector<QuoteSpan> actual = newsdesk::pair_quotes(row.text);
      const std::vector<QuoteSpan> expected = spans_of(row.text, row.expected, false);
      BOOST_TEST_CONTEXT("solution: " << contents(row.text, actual)
                                      << "\ngold:     " << contents(row.text, expected)) {
        BOOST_TEST(actual == expected);
      }
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(pair_quotes_pairs_straight_and_curly_double_and_single_marks) {
  check_pairs({
      {"“We are ready,” she said.", {{"We are ready,"}}},
      {"\"We are ready,\" she said.", {{"We are ready,"}}},
      {"'We are ready,' she said.", {{"We are ready,"}}},
      {"‘We are ready,’ she said.", {{"We are ready,"}}},
      {"«Nous sommes prêts», a-t-elle dit.", {{"Nous sommes prêts"}}},
      {"‹prêts›", {{"prêts"}}},
      {"„Wir sind bereit“, sagte sie.", {{"Wir sind bereit"}}},
      {"‚bereit‘", {{"bereit"}}},
      {"“Yes,\" she said.", {{"Yes,"}}},  // a curly opening and a straight closing mark
      {"“We are ready,” she said, “but not yet.”", {{"We are ready,"}, {"but not yet."}}},
      {"Mayor says town ‘will not wait’", {{"will not wait"}}},
      {"He said \"no\" and \"never\".", {{"no"}, {"never"}}},
  });
}

BOOST_AUTO_TEST_CASE(pair_quotes_keeps_apostrophes_out_of_the_pairing) {
  check_pairs({
      {"“Don’t touch the players’ kit,” he said.", {{"Don’t touch the players’ kit,"}}},
      {"'We don't know,' she said.", {{"We don't know,"}}},
      {"‘We don’t know,’ she said.", {{"We don’t know,"}}},
      {"O'Neill sold rock 'n' roll records from the '90s.", {}},
      {"'Tis the season, said O’Neill.", {}},
      {"the players' union and the farmers’ market", {}},
      {"'The birds' nests were empty,' he said.", {{"The birds' nests were empty,"}}},
      {"'It was the birds',' she said.", {{"It was the birds',"}}},
      {"She called it 'a matter of days' and left.", {{"a matter of days"}}},
      {"His allies call it \"the dockers' deal\"; opponents prefer \"the fee grab.\"",
       {{"the dockers' deal"}, {"the fee grab."}}},
  });
}

BOOST_AUTO_TEST_CASE(pair_quotes_reports_nested_quotations_inside_their_outer_one) {
  check_pairs({
      {"“He said ‘wait’ twice,” she said.", {{"He said ‘wait’ twice,"}, {"wait", true}}},
      {"\"He said 'wait' twice,\" she said.", {{"He said 'wait' twice,"}, {"wait", true}}},
      // British style: single outer marks, double nested ones.
      {"‘He said “wait” twice,’ she said.", {{"He said “wait” twice,"}, {"wait", true}}},
      {"'We get told, \"It's the boats,\" but not by us,' he said.",
       {{"We get told, \"It's the boats,\" but not by us,"}, {"It's the boats,", true}}},
      {"“A ‘b “c” d’ e”", {{"A ‘b “c” d’ e"}, {"b “c” d", true}, {"c", true}}},
      {"“One ‘two’ three” and “four”", {{"One ‘two’ three"}, {"two", true}, {"four"}}},
  });
}

BOOST_AUTO_TEST_CASE(pair_quotes_runs_an_unclosed_quotation_to_the_paragraph_end) {
  check_pairs({
      {"\"We need boats, the relief worker said, and left.",
       {{"We need boats, the relief worker said, and left.", false, true}}},
      {"She said: “We will be back", {{"We will be back", false, true}}},
      {"\"a\" \"b", {{"a"}, {"b", false, true}}},
      // An inner quotation still open when its outer one closes ends with it.
      {"“He said ‘wait,” she said.", {{"He said ‘wait,"}, {"wait,", true, true}}},
      {"‘He said “wait,’ she said. “Then", {{"He said “wait,"}, {"wait,", true, true},
                                             {"Then", false, true}}},
      {"“Open ‘and open", {{"Open ‘and open", false, true}, {"and open", true, true}}},
  });
}

BOOST_AUTO_TEST_CASE(pair_quotes_never_throws_on_odd_marks_at_the_edges) {
  check_pairs({
      {"", {}},
      {"\"", {}},
      {"'", {}},
      {"”", {}},
      {"“", {}},
      {"\"\"", {}},
      {"\"a", {{"a", false, true}}},
      {"a\"", {}},
      {"“a”", {{"a"}}},
      {"(\"Yes\")", {{"Yes"}}},
      {"—“No”—", {{"No"}}},
      {"[“a”] (“b”) {‘c’}", {{"a"}, {"b"}, {"c"}}},
      {"” stray closing marks ’ » ›", {}},
      {"\"a\" b\"", {{"a"}}},
      {"a \" b \" c", {}},  // marks alone between spaces open nothing
  });
}

BOOST_AUTO_TEST_CASE(pair_quotes_keeps_invalid_utf8_and_nul_bytes_as_content) {
  const std::string text = std::string("\"a\xFF") + '\0' + "b\xE2\x80\" c";
  const std::vector<QuoteSpan> spans = newsdesk::pair_quotes(text);
  BOOST_TEST(spans == (std::vector<QuoteSpan>{{1, 7}}));
  const std::string broken = "\xE2\x80\x9C";  // “ with a byte before it cut off
  BOOST_TEST(newsdesk::pair_quotes(broken.substr(1)) == std::vector<QuoteSpan>{});
}

BOOST_AUTO_TEST_CASE(pair_quotes_handles_ten_thousand_unclosed_opening_marks) {
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    text += "“a ";
  }
  const std::vector<QuoteSpan> spans = newsdesk::pair_quotes(text);
  BOOST_TEST_REQUIRE(spans.size() == 10000u);
  BOOST_TEST(spans.front() == (QuoteSpan{3, text.size(), false, true}));
  BOOST_TEST(spans.back() == (QuoteSpan{text.size() - 2, text.size(), true, true}));
  const bool all_nested = std::all_of(spans.begin() + 1, spans.end(), [&](const QuoteSpan& s) {
    return s.nested && s.unterminated && s.end == text.size();
  });
  BOOST_TEST(all_nested);
}

BOOST_AUTO_TEST_CASE(pair_quotes_pairs_a_ten_megabyte_paragraph_in_one_pass) {
  // A paragraph of quotations: "a" "a" "a" ... ten megabytes of them, and one of only marks.
  const std::size_t copies = kLargeParagraph / 4;
  std::string quotations;
  quotations.reserve(copies * 4);
  for (std::size_t i = 0; i < copies; ++i) {
    quotations += "\"a\" ";
  }
  const std::vector<QuoteSpan> spans = newsdesk::pair_quotes(quotations);
  BOOST_TEST_REQUIRE(spans.size() == copies);
  BOOST_TEST(spans.back() == (QuoteSpan{quotations.size() - 3, quotations.size() - 2}));

  std::string marks;
  marks.reserve(kLargeParagraph);
  while (marks.size() < kLargeParagraph) {
    marks += "\"'“”‘’«»";
  }
  const std::vector<QuoteSpan> from_marks = newsdesk::pair_quotes(marks);
  const bool in_order = std::is_sorted(
      from_marks.begin(), from_marks.end(),
      [](const QuoteSpan& a, const QuoteSpan& b) { return a.begin < b.begin; });
  BOOST_TEST(in_order);
  BOOST_TEST(from_marks.empty());  // no mark touches a word, so none opens
}

// ---------------------------------------------------------------------------------------------
// Task 4: classify_quote()

namespace {

struct KindRow {
  std::string_view text;
  std::vector<Expected> spans;  // every top-level quotation of the row, with its kind
};

void check_kinds(const std::vector<KindRow>& rows) {
  for (const KindRow& row : rows) {
    BOOST_TEST_CONTEXT("text: " << escaped(row.text)) {
      const std::vector<QuoteSpan> spans = spans_of(row.text, row.spans, true);
      for (std::size_t i = 0; i < spans.size(); ++i) {
        BOOST_TEST_CONTEXT("quotation " << i << ": "
                                        << escaped(row.text.substr(
                                               spans[i].begin, spans[i].end - spans[i].begin))) {
          BOOST_TEST(newsdesk::classify_quote(row.text, spans, i) == spans[i].kind);
        }
      }
    }
  }
}

Expected partial(std::string_view content) { return {content, false, false, QuoteKind::partial}; }

Expected nested_partial(std::string_view content) {
  return {content, true, false, QuoteKind::partial};
}

Expected not_speech(std::string_view content) {
  return {content, false, false, QuoteKind::not_speech};
}

}  // namespace

BOOST_AUTO_TEST_CASE(classify_quote_finds_names_nicknames_and_titles) {
  check_kinds({
      // Rule 10: naming words before the mark.
      {"the firm’s so-called “quality assurance” unit", {not_speech("quality assurance")}},
      {"an app, nicknamed “BirdEar” by its users, said to work", {not_speech("BirdEar")}},
      {"Asked whether the word \"binding\" would survive, he replied.", {not_speech("binding")}},
      {"The lido, known locally as “the Tub,” opened in 1935.", {not_speech("the Tub,")}},
      {"the official label of “big beat”, a phrase coined, he said, by critics",
       {not_speech("big beat")}},
      // Rule 11: a nickname inside a name.
      {"Ana “The Hammer” Ruiz kept her title.", {not_speech("The Hammer")}},
      {"She beat Marek \"Bulldozer\" Zieliński, who said little.", {not_speech("Bulldozer")}},
      // Rule 12: a title or a name of a work, a ship, an event.
      {"co-wrote “Lantern Street”, the 1994 single", {not_speech("Lantern Street")}},
      {"The trawler \"Sæunn II\", which had been tied up", {not_speech("Sæunn II")}},
      {"a song, “The Girl from the Tram”, survives", {not_speech("The Girl from the Tram")}},
      {"\"El Cóndor\" Arboleda wins queen stage", {not_speech("El Cóndor")}},
  });
}

BOOST_AUTO_TEST_CASE(classify_quote_finds_direct_speech) {
  check_kinds({
      {"“Is it over?” she asked.", {{"Is it over?"}}},
      {"Okafor said: “The wall will hold. It has to.”", {{"The wall will hold. It has to."}}},
      {"She said, \"The release will follow the schedule.\"",
       {{"The release will follow the schedule."}}},
      {"\"Will the gates open on Monday?\" a reporter asked.",
       {{"Will the gates open on Monday?"}}},
      {"According to the judgment, \"The notices were defective.\"",
       {{"The notices were defective."}}},
      {"'We don't know,' she said.", {{"We don't know,"}}},
      {"Etxeberria: ‘I just stopped looking back’", {{"I just stopped looking back"}}},
      {"a banner reading “Don’t drain our summer” for the meeting", {{"Don’t drain our summer"}}},
      // Rule 13: attributed right after, whatever its first letter.
      {"“Yes,” she said.", {{"Yes,"}}},
      {"down from 940 tonnes (“and 2022 was already a poor year,” said its manager).",
       {{"and 2022 was already a poor year,"}}},
      // Rule 14: the second half of a split quotation.
      {"“We are ready,” she said, “but not yet.”", {{"We are ready,"}, {"but not yet."}}},
      {"“It hurt,” said Dr. Ana Ruiz, “but it hurt everyone else more.”",
       {{"It hurt,"}, {"but it hurt everyone else more."}}},
      // Rule 15: a remark of its own in brackets.
      {"She had watched videos (“my brother sent them, so the credit is really his”) twice.",
       {{"my brother sent them, so the credit is really his"}}},
  });
}

BOOST_AUTO_TEST_CASE(classify_quote_finds_partial_quotes_and_scare_quotes) {
  check_kinds({
      {"called it “a gamble.” The board disagreed.", {partial("a gamble.")}},
      {"Mayor says town ‘will not wait’", {partial("will not wait")}},
      {"Kinloch wrote that the trust had \"acted in haste\"", {partial("acted in haste")}},
      {"the trust acted \"in haste\", according to the ruling", {partial("in haste")}},
      {"distribution was \"uneven at best,\" according to a field officer",
       {partial("uneven at best,")}},
      {"His allies call it \"the dockers' deal\"", {partial("the dockers' deal")}},
      {"(The lawyer had called the notices \"routine paperwork\".)",
       {partial("routine paperwork")}},
      {"when, he said, “nobody wanted them.”", {partial("nobody wanted them.")}},
      // A cue verb after "and" is no attribution of the quotation before it.
      {"She wrote that they were “the only hours left,” and asked whether anyone cared.",
       {partial("the only hours left,")}},
      // "It's a practice, Qureshi said, that “...": the comma is not right before the mark.
      {"“No,” he said. It works, Qureshi said, that “works until it doesn’t.”",
       {{"No,"}, partial("works until it doesn’t.")}},
      // Rule 16: no speech word in the sentence: a scare quote.
      {"Firms trade short-term water “credits” on a shared ledger.", {not_speech("credits")}},
      {"Wrona has promised to run a \"people's budget\" for the party.",
       {not_speech("people's budget")}},
      {"He said so. The basin was a biological “desert” in summer.", {not_speech("desert")}},
  });
}

// ---------------------------------------------------------------------------------------------
// Task 5: find_quotes()

BOOST_AUTO_TEST_CASE(find_quotes_gives_the_spans_of_pair_quotes_with_their_kinds) {
  const std::string_view rows[] = {
      "“We are ready,” she said, “but not yet.”",
      "Ana “The Hammer” Ruiz called the plan “a gamble” and left.",
      "‘He said “wait” twice,’ she said. 'Then",
      "\"He called it 'the dockers' deal',\" she said.",
  };
  for (std::string_view text : rows) {
    BOOST_TEST_CONTEXT("text: " << escaped(text)) {
      std::vector<QuoteSpan> expected = newsdesk::pair_quotes(text);
      for (std::size_t i = 0; i < expected.size(); ++i) {
        expected[i].kind = newsdesk::classify_quote(text, expected, i);
      }
      BOOST_TEST(newsdesk::find_quotes(text) == expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(find_quotes_decides_the_hard_cases_of_the_guidelines) {
  struct Row {
    std::string_view text;
    std::vector<Expected> expected;
  };
  const std::vector<Row> rows = {
      {"“Is it over?” she asked.", {{"Is it over?"}}},
      {"called it “a gamble.” The board disagreed.", {partial("a gamble.")}},
      {"the so-called “quality assurance” unit", {not_speech("quality assurance")}},
      {"“X,” she said. “Y.”", {{"X,"}, {"Y."}}},
      {"‘We don’t know,’ she said.", {{"We don’t know,"}}},
      {"'The birds' nests were empty,' he said.", {{"The birds' nests were empty,"}}},
      {"\"We need boats, the relief worker said, and left.",
       {{"We need boats, the relief worker said, and left.", false, true}}},
      {"‘He said “no” twice,’ she said.", {{"He said “no” twice,"}, nested_partial("no")}},
      {"a dealer in ’50s rock ’n’ roll records and “a man who sharpens knives.”", 
       {not_speech("a man who sharpens knives.")}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("text: " << escaped(row.text)) {
      const std::vector<QuoteSpan> actual = newsdesk::find_quotes(row.text);
      const std::vector<QuoteSpan> expected = spans_of(row.text, row.expected, true);
      BOOST_TEST_CONTEXT("solution: " << contents(row.text, actual)) {
        BOOST_TEST(actual == expected);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(find_quotes_survives_bad_input) {
  BOOST_TEST(newsdesk::find_quotes("") == std::vector<QuoteSpan>{});
  BOOST_TEST(newsdesk::find_quotes(std::string_view("\0\0\"", 3)) == std::vector<QuoteSpan>{});
  const std::string invalid = "\xFF\"\xC3\" \xE2\x80 “\x80”";
  const std::vector<QuoteSpan> spans = newsdesk::find_quotes(invalid);
  for (const QuoteSpan& span : spans) {
    BOOST_TEST_CONTEXT("span " << span) {
      BOOST_TEST(span.begin <= span.end);
      BOOST_TEST(span.end <= invalid.size());
    }
  }
  BOOST_TEST(spans.size() == 2u);

  std::string unclosed;
  for (int i = 0; i < 10000; ++i) {
    unclosed += "'b ";
  }
  const std::vector<QuoteSpan> open = newsdesk::find_quotes(unclosed);
  BOOST_TEST(open.size() == 10000u);
  BOOST_TEST(open.back().unterminated);
}

BOOST_AUTO_TEST_CASE(find_quotes_classifies_a_ten_megabyte_paragraph_in_one_pass) {
  std::string text;
  text.reserve(kLargeParagraph + 60);
  while (text.size() < kLargeParagraph) {
    text += "“Yes,” she said, “but no.” He called it “a gamble”. ";
  }
  const std::vector<QuoteSpan> spans = newsdesk::find_quotes(text);
  BOOST_TEST_REQUIRE(spans.size() % 3 == 0u);
  BOOST_TEST(spans[0].kind == QuoteKind::direct);
  BOOST_TEST(spans[1].kind == QuoteKind::direct);
  BOOST_TEST(spans[2].kind == QuoteKind::partial);
  BOOST_TEST(spans[spans.size() - 1].kind == QuoteKind::partial);
}

// ---------------------------------------------------------------------------------------------
// The corpus: every block of every gold article against its gold quotations.

namespace {

// One gold quotation, cut at paragraph ends: the piece of it inside one block.
struct Piece {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool unterminated = false;
  QuoteKind kind = QuoteKind::direct;
};

QuoteKind kind_named(const std::string& name) {
  if (name == "partial") {
    return QuoteKind::partial;
  }
  return name == "not-speech" ? QuoteKind::not_speech : QuoteKind::direct;
}

// The gold quotations of `article` as per-block pieces (README.md, "Checked against the
// gold"): a multi-paragraph quotation gives one piece per block it crosses; every piece but
// the last runs to its block's end, unterminated; every piece but the first starts after the
// opening mark of its block.
std::vector<Piece> gold_pieces(const CorpusArticle& article,
                               const std::vector<newsdesk::Block>& blocks) {
  std::vector<Piece> pieces;
  for (const auto& quotation : article.gold.at("quotations")) {
    const auto begin = quotation.at("begin").get<std::size_t>();
    const auto end = quotation.at("end").get<std::size_t>();
    const bool unterminated = quotation.at("unterminated").get<bool>();
    const QuoteKind kind = kind_named(quotation.at("kind").get<std::string>());
    if (!quotation.at("multi_paragraph").get<bool>()) {
      pieces.push_back({begin, end, unterminated, kind});
      continue;
    }
    for (const newsdesk::Block& block : blocks) {
      if (block.end <= begin || block.begin >= end) {
        continue;
      }
      const bool first = block.begin <= begin;
      const bool last = block.end >= end;
      std::size_t piece_begin = begin;
      if (!first) {
        const std::optional<QuoteMark> mark = newsdesk::read_quote_mark(article.text, block.begin);
        piece_begin = block.begin + (mark ? mark->length : 0);
      }
      pieces.push_back({piece_begin, last ? end : block.end, last ? unterminated : true, kind});
    }
  }
  std::sort(pieces.begin(), pieces.end(),
            [](const Piece& a, const Piece& b) { return a.begin < b.begin; });
  return pieces;
}

std::string shown(std::string_view text, std::size_t begin, std::size_t end) {
  return fmt::format("[{}, {}) {}", begin, end,
                     escaped(text.substr(begin, std::min(end, text.size()) - begin)));
}

}  // namespace

BOOST_AUTO_TEST_CASE(find_quotes_matches_the_gold_quotations_of_the_corpus) {
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  std::size_t compared = 0;
  std::size_t same_kind = 0;
  std::size_t span_disagreements = 0;
  std::optional<std::string> first_kind_disagreement;
  // For each gold kind (direct, partial, not_speech): pieces compared, and of the same kind.
  std::size_t per_kind[3][2] = {};
  for (const CorpusArticle& article : articles) {
    if (!article.gold.is_object() || !article.gold.contains("quotations")) {
      BOOST_ERROR("no gold quotations in the gold file of " << article.file);
      continue;
    }
    const std::string_view text = article.text;
    const std::vector<newsdesk::Block> blocks = newsdesk::read_blocks(text);
    std::vector<Piece> found;
    for (const newsdesk::Block& block : blocks) {
      const std::string_view paragraph = text.substr(block.begin, block.end - block.begin);
      for (const QuoteSpan& span : newsdesk::find_quotes(paragraph)) {
        if (!span.nested) {
          found.push_back({block.begin + span.begin, block.begin + span.end, span.unterminated,
                           span.kind});
        }
      }
    }
    const std::vector<Piece> gold = gold_pieces(article, blocks);
    for (std::size_t i = 0; i < std::max(found.size(), gold.size()); ++i) {
      const bool same_span = i < found.size() && i < gold.size() &&
                             found[i].begin == gold[i].begin && found[i].end == gold[i].end &&
                             found[i].unterminated == gold[i].unterminated;
      if (!same_span) {
        ++span_disagreements;
        const std::size_t offset = i < found.size() && i < gold.size()
                                       ? std::min(found[i].begin, gold[i].begin)
                                       : (i < found.size() ? found[i] : gold[i]).begin;
        BOOST_ERROR(fmt::format(
            "{}, quotation {} at byte {} ({}):\n  solution: {}{}\n  gold:     {}{}", article.file,
            i, offset, describe_position(text, offset),
            i < found.size() ? shown(text, found[i].begin, found[i].end) : "(none)",
            i < found.size() && found[i].unterminated ? " unterminated" : "",
            i < gold.size() ? shown(text, gold[i].begin, gold[i].end) : "(none)",
            i < gold.size() && gold[i].unterminated ? " unterminated" : ""));
        break;  // the rest of the article is shifted: one report says it
      }
      ++compared;
      const auto gold_kind = static_cast<std::size_t>(gold[i].kind);
      ++per_kind[gold_kind][0];
      if (found[i].kind == gold[i].kind) {
        ++same_kind;
        ++per_kind[gold_kind][1];
      } else {
        std::cout << fmt::format("{} at {} ({}): solution {}, gold {}: {}\n", article.file,
                                 gold[i].begin, describe_position(text, gold[i].begin),
                                 newsdesk::to_string(found[i].kind),
                                 newsdesk::to_string(gold[i].kind),
                                 shown(text, gold[i].begin, gold[i].end));
        if (!first_kind_disagreement) {
          first_kind_disagreement = fmt::format(
              "{} at byte {} ({}): solution {}, gold {}", article.file, gold[i].begin,
              describe_position(text, gold[i].begin), newsdesk::to_string(found[i].kind),
              newsdesk::to_string(gold[i].kind));
        }
      }
    }
  }
  const double agreement = compared == 0 ? 0.0 : static_cast<double>(same_kind) / compared;
  const std::string summary = fmt::format(
      "{} quotation pieces with the gold's span, {} of the same kind: kind agreement {:.4f} "
      "(gold direct {}/{}, partial {}/{}, not-speech {}/{}); {} articles with a span "
      "disagreement; first kind disagreement: {}",
      compared, same_kind, agreement, per_kind[0][1], per_kind[0][0], per_kind[1][1],
      per_kind[1][0], per_kind[2][1], per_kind[2][0], span_disagreements,
      first_kind_disagreement.value_or("none"));
  BOOST_TEST_MESSAGE(summary);
  std::cout << summary << '\n';
  BOOST_TEST(span_disagreements == 0u);
  BOOST_TEST_CONTEXT(summary) {
    BOOST_TEST(agreement >= 0.98);
  }
}

BOOST_AUTO_TEST_SUITE_END()

