// Given code for level 2: reading UTF-8 and asking what a character is.
//
// Exercise 01 has you write UTF-8 decoding yourself; from level 2 on, this header gives it to
// every exercise, so that no exercise depends on another. Character classes come from ICU
// (International Components for Unicode), which holds the Unicode Character Database.
#ifndef NEWSDESK_UNICODE_HPP
#define NEWSDESK_UNICODE_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace newsdesk::unicode {

// Decoded
//
// One step of UTF-8 decoding: the code point and how many bytes it took. An ill-formed
// sequence gives {U+FFFD, 1, false}: one byte, so nothing is ever skipped.
struct Decoded {
  char32_t value = 0;
  std::size_t length = 0;
  bool valid = false;
};

// decode()
//
// Decodes the UTF-8 sequence at byte `offset` of `text`, as exercise 01's decode_utf8() does.
//
// Example:
//   decode("Zoë", 2)
//   // => {U+00EB, 2, true}
//
// Errors: none. Precondition: offset < text.size().
[[nodiscard]] Decoded decode(std::string_view text, std::size_t offset);

// encode()
//
// The UTF-8 bytes of `code_point`, appended to `out`.
//
// Example:
//   std::string s; encode(U'é', s);
//   // => s == "\xC3\xA9"
//
// Errors: none. Precondition: `code_point` is a Unicode scalar value.
void encode(char32_t code_point, std::string& out);

// is_white_space()
//
// Whether `code_point` has the Unicode White_Space property (space, tab, line breaks, the
// no-break space U+00A0, U+2000 to U+200A, U+202F, U+3000 and the others).
[[nodiscard]] bool is_white_space(char32_t code_point);

// is_letter(), is_mark(), is_digit()
//
// Whether `code_point` is a letter (general category L*), a mark (M*, e.g. a combining
// accent) or a decimal digit (Nd), in any script.
[[nodiscard]] bool is_letter(char32_t code_point);
[[nodiscard]] bool is_mark(char32_t code_point);
[[nodiscard]] bool is_digit(char32_t code_point);

// holds_letter_or_digit()
//
// Whether `text` holds a letter or a decimal digit (is_letter() or is_digit()) among its
// valid UTF-8 characters: what makes a token a word to count ("don't", "7", "Zoë"; not "—"
// or "...").
//
// Example:
//   holds_letter_or_digit("'90s")
//   // => true
[[nodiscard]] bool holds_letter_or_digit(std::string_view text);

}  // namespace newsdesk::unicode

#endif  // NEWSDESK_UNICODE_HPP
