// Exercise 16-quote-report: who said what, and how much.
//
// The contract of the exercise: the quotations of an article, already found and attributed,
// go in; a tally of speakers, a JSON report and a table come out, and the tallies of many
// articles merge into a ranking of the whole corpus. README.md gives the rules with examples.
#ifndef NEWSDESK_QUOTE_REPORT_HPP
#define NEWSDESK_QUOTE_REPORT_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "article.hpp"

namespace newsdesk {

// ReportQuote
//
// One quotation of an article, as the quotation finders of level 4 give it: its content
// without the outer marks, its kind, and the canonical name of its speaker when it has one
// (data/ANNOTATION.md, 3.9: "Amara Okafor", "Millbrook Town Council").
struct ReportQuote {
  std::string text;                     // the content, without the outer marks
  QuoteKind kind = QuoteKind::direct;
  std::optional<std::string> speaker;   // the canonical name, or none
};

// SpeakerCount
//
// What one speaker said: how many quotations and how many words in them (count_quoted_words()).
struct SpeakerCount {
  std::string speaker;
  std::size_t quotations = 0;
  std::size_t words = 0;

  friend bool operator==(const SpeakerCount&, const SpeakerCount&) = default;
};

// QuoteTally
//
// Who said what in a set of quotations: the speakers in ranking order (ranks_before()), one
// entry per name; the quotations of speech with no speaker; and how many not-speech
// quotations were left out of both.
struct QuoteTally {
  std::vector<SpeakerCount> speakers;   // ranked: the first has the most quotations
  std::size_t unattributed = 0;         // direct or partial quotations with no speaker
  std::size_t unattributed_words = 0;   // the words in them
  std::size_t not_speech = 0;           // not-speech quotations, counted nowhere else

  friend bool operator==(const QuoteTally&, const QuoteTally&) = default;
};

// count_quoted_words()
//
// The number of words in `text`. A *word* is a maximal run of characters that are not white
// space (Unicode White_Space, unicode::is_white_space()) and that holds at least one letter
// or digit (unicode::is_letter(), unicode::is_digit()), as a reader counts them: "don’t",
// "61-year-old" and "£2m" are one word each, and a dash between spaces ("yes — no") is none.
//
// Example:
//   count_quoted_words("We are ready, and — frankly — it’s late.")
//   // => 7
//
// Edge cases:
//   - Empty text, white space alone, or punctuation alone ("…", "?!") has no words.
//   - Each byte of an ill-formed UTF-8 sequence is a character that is neither white space
//     nor a letter or digit: it belongs to the run it stands in, but makes no word by itself.
//     NUL bytes likewise.
// Caveat: words joined by a dash with no spaces ("ready—and") are one word.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::size_t count_quoted_words(std::string_view text);

// ranks_before()
//
// Whether `a` comes before `b` in a ranking: more quotations first; on a tie, more words
// first; on a tie again, the name that is smaller byte by byte (as std::string's operator<
// compares: for valid UTF-8, by code point), so "Ábel" comes after "Zygmunt" (U+00C1 is more
// than U+005A): one fixed order on every machine, not a dictionary's.
//
// Example:
//   ranks_before({"Ana Ruiz", 3, 20}, {"Ben Ola", 2, 90})
//   // => true
//   ranks_before({"Ben Ola", 2, 30}, {"Ana Ruiz", 2, 30})
//   // => false
//
// Edge cases:
//   - No entry ranks before itself: ranks_before(a, a) is false.
// Errors: none.
[[nodiscard]] bool ranks_before(const SpeakerCount& a, const SpeakerCount& b);

// tally_quotes()
//
// Who said what in `quotes`: direct and partial quotations count for their speaker, names
// compared exactly (the canonical names are already one spelling per person); those with no
// speaker, or an empty one, count as unattributed; not-speech quotations (scare quotes,
// titles, nicknames) report no one's words and only add to `not_speech`, whatever their
// speaker field says. The speakers are ranked by ranks_before().
//
// Example:
//   tally_quotes({{"We are ready,", QuoteKind::direct, "Ana Ruiz"},
//                 {"a gamble", QuoteKind::partial, std::nullopt},
//                 {"quality", QuoteKind::not_speech, std::nullopt}})
//   // => speakers {"Ana Ruiz", 1, 3}, unattributed 1, unattributed_words 2, not_speech 1
//
// Edge cases:
//   - No quotations give an empty tally: QuoteTally{}.
//   - A quotation with no words still counts as a quotation, with 0 words.
// Complexity: O(n log n) in the number of quotations, plus count_quoted_words() of each text.
// Errors: none.
[[nodiscard]] QuoteTally tally_quotes(std::span<const ReportQuote> quotes);

// merge_tallies()
//
// The tally of all the quotations behind `tallies` together, as tally_quotes() would give it
// for them in one list: the counts of each speaker name summed over the tallies, the
// unattributed and not-speech counts summed, and the speakers ranked again. Over the tallies
// of every article it is the ranking of the corpus.
//
// Example:
//   merge_tallies({QuoteTally{{{"Ana Ruiz", 1, 5}}, 1, 4, 0},
//                  QuoteTally{{{"Ben Ola", 2, 7}, {"Ana Ruiz", 1, 2}}, 0, 0, 3}})
//   // => speakers {"Ana Ruiz", 2, 7} | {"Ben Ola", 2, 7}, unattributed 1,
//   //    unattributed_words 4, not_speech 3
//
// Edge cases:
//   - No tallies, or only empty ones, give QuoteTally{}.
//   - The order of `tallies` does not matter; one tally merged alone comes back as it was
//     (ranked).
// Complexity: O(n log n) in the number of speaker entries of all the tallies.
// Errors: none.
[[nodiscard]] QuoteTally merge_tallies(std::span<const QuoteTally> tallies);

// display_width()
//
// How many columns of a terminal `text` takes, character by character: a mark
// (unicode::is_mark(), such as a combining accent) takes none; a character whose Unicode
// East_Asian_Width is Wide or Fullwidth (Chinese, Japanese and Korean characters, fullwidth
// forms, most emoji) takes two; every other character, and each byte of an ill-formed UTF-8
// sequence (shown as U+FFFD), takes one.
//
// Example:
//   display_width("Sigríður")
//   // => 8
//   display_width("王芳")
//   // => 4
//
// Edge cases:
//   - Empty text takes 0 columns; "e" followed by the combining acute U+0301 takes 1.
// Caveat: format characters (the zero-width space U+200B, the joiner U+200D) take one column
//   here, and an emoji sequence joined by U+200D takes the width of its parts.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::size_t display_width(std::string_view text);

// report_json()
//
// The report of one article (or of any tally, such as the corpus's from merge_tallies()) as
// JSON, its keys in this order:
//   {"article": "001-sao-paulo-waterways-pilot",
//    "quotations": 8,                   the direct and partial quotations, attributed or not
//    "words": 93,                       the words in them
//    "speakers": [{"speaker": "Helena Castellano", "quotations": 5, "words": 80}, ...],
//    "unattributed": {"quotations": 2, "words": 10},
//    "not_speech": 3}
// "speakers" follows the tally's order, and "quotations" and "words" are the sums of the
// speakers' and the unattributed counts.
//
// Example:
//   report_json("001", QuoteTally{{{"Ana Ruiz", 2, 9}}, 1, 4, 0}).dump()
//   // => {"article":"001","quotations":3,"words":13,"speakers":[{"speaker":"Ana Ruiz",
//   //    "quotations":2,"words":9}],"unattributed":{"quotations":1,"words":4},"not_speech":0}
//
// Edge cases:
//   - An empty tally gives "speakers": [] and zeros.
//   - Each byte of an ill-formed UTF-8 sequence in the article or a speaker name becomes
//     U+FFFD, so that dump() never throws and its output is valid UTF-8.
// Errors: none.
[[nodiscard]] nlohmann::ordered_json report_json(std::string_view article,
                                                 const QuoteTally& tally);

// report_table()
//
// The tally as a table for a terminal: a header line, one line per speaker in the tally's
// order, then one line "(unknown)" for the unattributed quotations when there are any. Three
// columns, two spaces apart: the speaker, padded with spaces to the width of the widest name
// (the header "speaker" included) by display_width(), not by bytes; then "quotations" and
// "words", right-aligned, each as wide as its header or its widest number. A name wider than
// 32 columns is cut to its first whole characters that fit in 31 and "…". Every line ends in
// "\n" and has no trailing spaces.
//
// Example:
//   report_table(QuoteTally{{{"Sigríður Hallgrímsdóttir", 3, 41}, {"Ana Ruiz", 1, 7}}, 2, 12, 0})
//   // => "speaker                   quotations  words\n"
//   //    "Sigríður Hallgrímsdóttir           3     41\n"
//   //    "Ana Ruiz                           1      7\n"
//   //    "(unknown)                          2     12\n"
//
// Edge cases:
//   - An empty tally gives the header line alone: "speaker  quotations  words\n".
//   - Ill-formed UTF-8 bytes and control characters (U+0000 to U+001F, U+007F to U+009F) of a
//     name are shown as U+FFFD each, so a tab or a line break cannot break the table.
// Caveat: a speaker whose name is "(unknown)" looks like the unattributed line; the JSON
//   report tells them apart.
// Complexity: O(n) in the size of the tally's names.
// Errors: none.
[[nodiscard]] std::string report_table(const QuoteTally& tally);

}  // namespace newsdesk

#endif  // NEWSDESK_QUOTE_REPORT_HPP
