// Exercise 13-quote-marks: find the quotations of a paragraph, and what kind each one is.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/13-quote-marks/ checks it. See README.md for the rules and tasks.
// The functions come in the order of the tasks: each one uses those above it.
#ifndef NEWSDESK_QUOTE_MARKS_HPP
#define NEWSDESK_QUOTE_MARKS_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "article.hpp"

namespace newsdesk {

// MarkFamily, MarkShape, QuoteMark
//
// A quotation mark as a character (README.md, rule 1): its family (a quotation closes only
// with a mark of the family that opened it) and its shape (which way it faces).
//   - double_quote: " “ ” „ (the straight one and the curly ones are one family, so “Yes,"
//     is still a pair);
//   - single_quote: ' ‘ ’ ‚ (the only family whose marks can be apostrophes);
//   - double_angle: « »;   single_angle: ‹ ›.
// The shape is `opening` for “ „ ‘ ‚ « ‹, `closing` for ” ’ » ›, and `straight` for " and ',
// which face neither way.
enum class MarkFamily { double_quote, single_quote, double_angle, single_angle };
enum class MarkShape { opening, closing, straight };

struct QuoteMark {
  MarkFamily family = MarkFamily::double_quote;
  MarkShape shape = MarkShape::straight;
  std::size_t length = 1;  // its bytes in UTF-8: 1 for " and ', 2 for « and », 3 for the rest

  friend bool operator==(const QuoteMark&, const QuoteMark&) = default;
};

// read_quote_mark()
//
// The quotation mark that starts at byte `offset` of `text`, or nothing when none does: one of
// the twelve marks of MarkFamily, in UTF-8 (" and ' one byte each, « U+00AB and » U+00BB two,
// “ ” „ ‘ ’ ‚ U+201C U+201D U+201E U+2018 U+2019 U+201A and ‹ › U+2039 U+203A three). Any
// other character, a byte in the middle of a character, an invalid byte or an offset at or past
// the end gives nothing.
//
// Example:
//   read_quote_mark("“Yes”", 0)
//   // => {MarkFamily::double_quote, MarkShape::opening, 3}
//   read_quote_mark("it's", 2)
//   // => {MarkFamily::single_quote, MarkShape::straight, 1}
//   read_quote_mark("it's", 1)
//   // => nothing
//
// Errors: none.
[[nodiscard]] std::optional<QuoteMark> read_quote_mark(std::string_view text,
                                                       std::size_t offset);

// MarkRole, MarkContext
//
// What one mark does where it stands: opens a quotation, closes the innermost open one of its
// family, is an apostrophe (don't, players', '90s: only marks of the single_quote family), or
// is a stray mark that does neither (a closing mark with nothing open to close, a " alone
// between spaces). The context is what mark_role() cannot see at the mark itself:
// `open_in_family`, whether a quotation of the mark's family is open; `closer_follows`,
// whether a later mark of the single_quote family in the paragraph could close a quotation
// (README.md, rule 7: it tells "the birds' nests were empty,'" from "days' and left").
enum class MarkRole { opening, closing, apostrophe, stray };

struct MarkContext {
  bool open_in_family = false;
  bool closer_follows = false;

  friend bool operator==(const MarkContext&, const MarkContext&) = default;
};

// mark_role()
//
// The role of the quotation mark at byte `offset` of `paragraph` (README.md, rules 2 to 8), by
// what stands either side of it: a word touching it on the left only makes it a closing mark,
// on the right only an opening mark; a mark between two letters or before a digit is an
// apostrophe; a mark that would close with nothing of its family open is an apostrophe or a
// stray mark.
//
// Example:
//   mark_role("don't", 3, {})
//   // => MarkRole::apostrophe
//   mark_role("'Wait,' she said", 0, {})
//   // => MarkRole::opening
//   mark_role("'Wait,' she said", 6, {.open_in_family = true})
//   // => MarkRole::closing
//
// Edge cases:
//   - A mark at the very start or end of `paragraph` has nothing on that side: "\"" alone is
//     stray, "'" at the end of "players'" an apostrophe.
//   - Brackets, dashes and other quotation marks beside a mark count as space on its side:
//     ("Yes") and —“No”— hold one quotation each, "'No'" a single one inside a double one.
// Errors: none. Where read_quote_mark() finds no mark at `offset`, the role is stray.
[[nodiscard]] MarkRole mark_role(std::string_view paragraph, std::size_t offset,
                                 MarkContext context);

// QuoteSpan
//
// One quotation of a paragraph (data/ANNOTATION.md, section 3). A nested quotation that is
// still open when its outer one closes ends where the outer one ends, and is unterminated too.
struct QuoteSpan {
  std::size_t begin = 0;      // the content, without the outer marks: offsets into `paragraph`
  std::size_t end = 0;
  bool nested = false;        // inside another quotation of the paragraph
  bool unterminated = false;  // never closed: runs to the end of the paragraph
  QuoteKind kind = QuoteKind::direct;
  friend bool operator==(const QuoteSpan&, const QuoteSpan&) = default;
};

// pair_quotes()
//
// The quotations of `paragraph`, every mark's role decided by mark_role() from left to right
// and the open quotations kept on a stack (README.md, rule 9): an opening mark pushes a
// quotation, nested when another is open; a closing mark closes the innermost open quotation
// of its family, and ends with it any quotation opened inside it and still open. Every
// quotation still open at the end runs to the end of the paragraph. Each span's `kind` is
// left `direct`: classify_quote() decides it.
//
// Example:
//   pair_quotes("“Wait ‘here’,” he said.")
//   // => {3, 19} | {11, 15, nested}
//   pair_quotes("\"Never closed")
//   // => {1, 13, unterminated}
//
// Edge cases:
//   - Order: by begin, an outer quotation before the ones nested in it.
//   - Empty text, text without marks, invalid UTF-8 and NUL bytes give no quotations or the
//     ones their marks make; nothing throws.
//   - Marks with no word beside them open nothing ("\"\"", " \" "); 10,000 opening marks each
//     before a word give 10,000 quotations, all but the first nested, all unterminated.
// Complexity: O(n) time in the length of `paragraph`, however its marks are arranged.
// Errors: none.
[[nodiscard]] std::vector<QuoteSpan> pair_quotes(std::string_view paragraph);

// classify_quote()
//
// The kind of spans[index], one quotation of `paragraph` (data/ANNOTATION.md, 3.2), by
// README.md's rules 10 to 16, the first that applies: not_speech for a name, a nickname or a
// title, direct for a whole utterance or one attributed to its speaker, partial for a fragment
// inside the reporter's sentence. `spans` are all the quotations of the paragraph, as
// pair_quotes() gives them, so that the ones before and after can be seen; those before
// `index` already carry their kinds (rule 16 reads the kind of the one before).
//
// Example:
//   classify_quote("“We are ready,” she said.", std::vector<QuoteSpan>{{3, 16}}, 0)
//   // => QuoteKind::direct
//   classify_quote("He called it “a gamble”.", std::vector<QuoteSpan>{{16, 24}}, 0)
//   // => QuoteKind::partial
//   classify_quote("Ana “The Hammer” Ruiz won.", std::vector<QuoteSpan>{{7, 17}}, 0)
//   // => QuoteKind::not_speech
//
// Complexity: O(1) in the length of `paragraph`: it reads at most 300 bytes either side of the
// quotation and at each end of its content, and at most eight spans either side of it.
// Errors: none. Precondition: index < spans.size(), and the spans are those of `paragraph`.
[[nodiscard]] QuoteKind classify_quote(std::string_view paragraph,
                                       std::span<const QuoteSpan> spans, std::size_t index);

// find_quotes()
//
// The quotations of `paragraph`, one trimmed line of an article (a headline, a paragraph, a
// subhead), each with its kind: pair_quotes(), then classify_quote() for every span in order.
//
// Example:
//   find_quotes("“We are ready,” she said, “but not yet.”")
//   // => {3, 16, direct} | {33, 45, direct}
//
// Edge cases:
//   - Apostrophes are no quotation marks: don't, players', the '90s, rock 'n' roll, O'Neill.
//   - A quotation never closed runs to the end of the paragraph and is unterminated.
// Caveat: kinds follow rules of thumb; README.md, "Known limits", lists what they get wrong.
// Complexity: O(n) time in the length of `paragraph`.
// Errors: none.
[[nodiscard]] std::vector<QuoteSpan> find_quotes(std::string_view paragraph);

}  // namespace newsdesk

#endif  // NEWSDESK_QUOTE_MARKS_HPP
