// Exercise 01-count-text: what `wc` counts, done right for UTF-8 news text.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/01-count-text/ checks it. See README.md for the rules and tasks.
#ifndef NEWSDESK_COUNT_TEXT_HPP
#define NEWSDESK_COUNT_TEXT_HPP

#include <cstddef>
#include <string_view>

namespace newsdesk {

// TextCounts
//
// Everything count_text() measures in one text.
struct TextCounts {
  std::size_t bytes = 0;          // the length of the text in bytes
  std::size_t lines = 0;          // see count_lines()
  std::size_t words = 0;          // see count_words()
  std::size_t characters = 0;     // code points; each invalid byte counts as one
  std::size_t invalid_bytes = 0;  // bytes that are not part of a well-formed UTF-8 sequence

  friend bool operator==(const TextCounts&, const TextCounts&) = default;
};

// CodePoint
//
// One step of UTF-8 decoding: the code point read and how many bytes it took.
struct CodePoint {
  char32_t value = 0;       // the code point, or U+FFFD when `valid` is false
  std::size_t length = 0;   // bytes consumed: 1 to 4; always 1 when `valid` is false
  bool valid = false;       // whether the bytes form a well-formed UTF-8 sequence

  friend bool operator==(const CodePoint&, const CodePoint&) = default;
};

// count_lines()
//
// Counts the lines of `text`. A line ends at a line break, "\n" or "\r\n" (one break, not
// two); a last line without a line break still counts.
//
// Example:
//   count_lines("one\ntwo\r\nthree")
//   // => 3
//
// Edge cases:
//   - Empty text has 0 lines; "\n" alone is 1 empty line.
//   - A "\r" that is not followed by "\n" is not a line break (as in `wc -l`).
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::size_t count_lines(std::string_view text);

// decode_utf8()
//
// Decodes the UTF-8 sequence that starts at byte `offset` of `text`. A well-formed sequence
// (Unicode Standard, Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF)
// gives its code point and length. Anything else gives {U+FFFD, 1, false}: exactly one byte
// is consumed, so the caller moves on and no byte is ever skipped.
//
// Example:
//   decode_utf8("Zoë", 2)
//   // => {U+00EB, 2, true}
//   decode_utf8("\xE2\x82", 0)
//   // => {U+FFFD, 1, false}   (a sequence cut short)
//
// Complexity: O(1).
// Errors: none. Precondition: offset < text.size().
[[nodiscard]] CodePoint decode_utf8(std::string_view text, std::size_t offset);

// is_space()
//
// Whether `code_point` is white space: the characters with the Unicode White_Space property.
// ASCII: tab, line feed, vertical tab, form feed, carriage return, space. Beyond ASCII:
// U+0085, the no-break space U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F,
// U+205F and U+3000.
//
// Example:
//   is_space(U'\u00A0')
//   // => true
//
// Complexity: O(1).
// Errors: none.
[[nodiscard]] bool is_space(char32_t code_point);

// count_words()
//
// Counts the words of `text`: maximal runs of characters that are not white space in the
// sense of is_space(). An invalid byte is not white space, so it belongs to a word.
//
// Example:
//   count_words("Mayor\u00A0Okafor said: “no”.")
//   // => 4
//
// Edge cases:
//   - Empty or all-space text has 0 words.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::size_t count_words(std::string_view text);

// count_text()
//
// Measures `text`: bytes, lines, words, characters and invalid bytes, with the rules of the
// functions above. Never fails and never drops a byte, whatever the input.
//
// Example:
//   count_text("Zoë won.\n")
//   // => {.bytes = 10, .lines = 1, .words = 2, .characters = 9, .invalid_bytes = 0}
//
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] TextCounts count_text(std::string_view text);

}  // namespace newsdesk

#endif  // NEWSDESK_COUNT_TEXT_HPP
