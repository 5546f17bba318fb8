// Exercise 07-sentences: split text into sentences, with byte offsets.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/07-sentences/ checks it. See README.md for the rules and tasks.
#ifndef NEWSDESK_SENTENCES_HPP
#define NEWSDESK_SENTENCES_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsdesk {

// Sentence
//
// One sentence: a view of its bytes and their place, the half-open byte range [begin, end).
// It starts at its first character that is not white space and ends after its last one: its
// final punctuation and closing marks, or the last word of a line without them.
// Caveat: `text` points into the input, which must outlive the sentence.
struct Sentence {
  std::string_view text;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const Sentence&, const Sentence&) = default;
};

// AbbreviationKind
//
// How an abbreviation behaves at a possible sentence end (data/abbreviations.txt gives each
// listed one its class, `before` or `ordinary`):
//   - before_name: stands before what it introduces, a name, a number or an example (Mr. Dr.
//     Prof. St. Gen. No. vs. e.g. i.e. ...), or is a single capital initial ("J."): never ends
//     a sentence.
//   - other: U.S. Inc. Co. Ltd. Jr. a.m. p.m. etc. and the months: ends a sentence only when
//     the next word is a common sentence opener, or an opening quotation mark comes next.
//   - none: not an abbreviation.
enum class AbbreviationKind { none, before_name, other };

// classify_abbreviation()
//
// What kind of abbreviation `word` (with its final period) is. The kit's list is asked through
// abbreviations::find(), exactly, case included ("DR." is none): class `before` gives
// before_name, class `ordinary` gives other. A single capital letter with its period is
// an initial (before_name); any other run of two or more ASCII letter-dot pairs ("U.S.A.",
// "a.m.") is other.
//
// Example:
//   classify_abbreviation("Dr.")
//   // => AbbreviationKind::before_name
//   classify_abbreviation("U.S.")
//   // => AbbreviationKind::other
//
// Errors: none.
[[nodiscard]] AbbreviationKind classify_abbreviation(std::string_view word);

// is_sentence_opener()
//
// Whether `word` is a common sentence opener from the documented list (pronouns, articles,
// question words and similar: "He", "She", "The", "It", "But", ...), compared exactly, so
// capitalised.
//
// Example:
//   is_sentence_opener("He")
//   // => true
//   is_sentence_opener("Navy")
//   // => false
//
// Errors: none.
[[nodiscard]] bool is_sentence_opener(std::string_view word);

// split_sentences()
//
// The sentences of `text` (README.md, "The rules"): a sentence ends at . ! ? a run of them or
// an ellipsis, with any closing quotes and brackets after it, then white space, when the next
// token can start a sentence (a capital, a digit, an opening quote or bracket);
// abbreviations follow classify_abbreviation(); a line break ("\n") always ends a sentence,
// so a headline or subhead is a sentence of its own; text inside brackets stays in its
// sentence.
//
// Example:
//   split_sentences("She moved to the U.S. He followed a year later.")
//   // => "She moved to the U.S." | "He followed a year later."
//   split_sentences("\"Is it over?\" she asked.")
//   // => "\"Is it over?\" she asked."
//
// Edge cases:
//   - Empty or all-space text gives no sentences; white space is Unicode White_Space.
//   - Invalid UTF-8 bytes and NUL bytes belong to the sentence they stand in.
// Caveat: the rules are a heuristic; README.md lists the cases they knowingly get wrong.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace newsdesk

#endif  // NEWSDESK_SENTENCES_HPP
