// Exercise 05-tokenize. Replace each TODO with code; see README.md and HINTS.md.
#include "tokenize.hpp"

#include <string_view>

#include "abbreviations.hpp"
#include "not_implemented.hpp"
#include "unicode.hpp"

namespace newsdesk {

namespace {

// Given: small helpers for reading bytes, already written. They are plumbing, not rules of
// README.md: use them, or write your own. [[maybe_unused]] keeps the compiler quiet while
// nothing calls them yet.

// The byte at `offset`, as unsigned char, so that comparisons with 0x80 mean what they say.
// Past the end it is 0, which no rule takes for anything: a look ahead needs no bounds check.
[[maybe_unused]] constexpr unsigned char byte_at(std::string_view text, std::size_t offset) {
  return offset < text.size() ? static_cast<unsigned char>(text[offset]) : 0;
}

// ASCII classes of one byte. (The <cctype> functions are undefined for a negative char, which
// is what a byte >= 0x80 is on most platforms, and they depend on the locale.)
[[maybe_unused]] constexpr bool is_ascii_upper(unsigned char byte) {
  return byte >= 'A' && byte <= 'Z';
}

[[maybe_unused]] constexpr bool is_ascii_letter(unsigned char byte) {
  return is_ascii_upper(byte) || (byte >= 'a' && byte <= 'z');
}

[[maybe_unused]] constexpr bool is_ascii_digit(unsigned char byte) {
  return byte >= '0' && byte <= '9';
}

[[maybe_unused]] constexpr bool is_ascii_alnum(unsigned char byte) {
  return is_ascii_letter(byte) || is_ascii_digit(byte);
}

// The ASCII white space: " ", and "\t" "\n" "\v" "\f" "\r", which are the bytes 9 to 13.
[[maybe_unused]] constexpr bool is_ascii_space(unsigned char byte) {
  return byte == ' ' || (byte >= '\t' && byte <= '\r');
}

// `byte` in lower case when it is an ASCII capital; any other byte as it is.
[[maybe_unused]] constexpr unsigned char to_ascii_lower(unsigned char byte) {
  if (is_ascii_upper(byte)) {
    return static_cast<unsigned char>(byte - 'A' + 'a');
  }
  return byte;
}

// Whether `text` holds `prefix` at `offset`, ignoring ASCII case:
// starts_with_ignoring_case("HTTPS://x", 0, "https://") is true.
[[maybe_unused]] constexpr bool starts_with_ignoring_case(std::string_view text, std::size_t offset,
                                                          std::string_view prefix) {
  if (offset > text.size() || text.size() - offset < prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (to_ascii_lower(byte_at(text, offset + i)) !=
        to_ascii_lower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

// The length of the apostrophe at `offset`: 1 for the straight ', 3 for the curly ’ (U+2019,
// the bytes "\xE2\x80\x99"), 0 for anything else.
[[maybe_unused]] constexpr std::size_t apostrophe_length(std::string_view text,
                                                         std::size_t offset) {
  if (byte_at(text, offset) == '\'') {
    return 1;
  }
  if (byte_at(text, offset) == 0xE2 && byte_at(text, offset + 1) == 0x80 &&
      byte_at(text, offset + 2) == 0x99) {
    return 3;
  }
  return 0;
}

// Whether the character at `offset` is a letter, in any script; false past the end and for
// an invalid byte.
[[maybe_unused]] bool is_letter_at(std::string_view text, std::size_t offset) {
  const unsigned char byte = byte_at(text, offset);
  if (byte < 0x80) {
    return is_ascii_letter(byte);
  }
  const unicode::Decoded c = unicode::decode(text, offset);
  return c.valid && unicode::is_letter(c.value);
}

}  // namespace

std::size_t white_space_length(std::string_view text, std::size_t offset) {
  // TODO: return the length of the white-space character at `offset`, or 0 when there is none.
  throw not_implemented(__FILE__, __func__);
}

std::size_t word_character_length(std::string_view text, std::size_t offset) {
  // TODO: return the length of the letter, digit or mark at `offset`, or 0 when there is none.
  throw not_implemented(__FILE__, __func__);
}

std::size_t clitic_length(std::string_view text, std::size_t offset) {
  // TODO: return the length of the clitic at `offset` when no word character follows it, or 0.
  throw not_implemented(__FILE__, __func__);
}

std::size_t word_length(std::string_view text, std::size_t offset) {
  // TODO: return the length of the word at `offset`: word characters and the joiners between
  // them, up to a clitic.
  throw not_implemented(__FILE__, __func__);
}

bool is_abbreviation(std::string_view word) {
  // TODO: return whether abbreviations::find() knows `word`, or it is a capital initial or a
  // run of letter-dot pairs.
  throw not_implemented(__FILE__, __func__);
}

std::size_t abbreviation_length(std::string_view text, std::size_t offset) {
  // TODO: return the length of the word at `offset` and its period when is_abbreviation() holds,
  // without a last period that begins "...".
  throw not_implemented(__FILE__, __func__);
}

std::size_t url_length(std::string_view text, std::size_t offset) {
  // TODO: return the length of the URL at `offset`, without the sentence punctuation and unmatched
  // ")" at its end, or 0.
  throw not_implemented(__FILE__, __func__);
}

std::size_t email_length(std::string_view text, std::size_t offset) {
  // TODO: return the length of the e-mail address at `offset`, or 0.
  throw not_implemented(__FILE__, __func__);
}

std::size_t handle_length(std::string_view text, std::size_t offset) {
  // TODO: return the length of the @handle or #hashtag at `offset`, or 0.
  throw not_implemented(__FILE__, __func__);
}

std::size_t elision_length(std::string_view text, std::size_t offset) {
  // TODO: return the length of the elision at `offset` when no word character follows it, or 0.
  throw not_implemented(__FILE__, __func__);
}

std::size_t punctuation_length(std::string_view text, std::size_t offset) {
  // TODO: return 3 for "...", 2 for "--", else the length of the one character at `offset`.
  throw not_implemented(__FILE__, __func__);
}

std::vector<Token> tokenize(std::string_view text) {
  // TODO: return the tokens of `text`: skip white space, and take each token by the first rule
  // that finds one there, in the order the header gives.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
