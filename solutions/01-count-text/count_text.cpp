// Exercise 01-count-text: reference solution.
#include "count_text.hpp"

#include <algorithm>

namespace newsdesk {

namespace {

constexpr char32_t kReplacementCharacter = U'\uFFFD';

// Whether `byte` is a UTF-8 continuation byte, 10xxxxxx, within [low, high].
bool is_continuation(unsigned char byte, unsigned char low = 0x80, unsigned char high = 0xBF) {
  return byte >= low && byte <= high;
}

}  // namespace

std::size_t count_lines(std::string_view text) {
  // "\r\n" holds exactly one "\n", so counting "\n" alone treats it as one break.
  const auto breaks = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  const bool last_line_unterminated = !text.empty() && text.back() != '\n';
  return breaks + (last_line_unterminated ? 1 : 0);
}

CodePoint decode_utf8(std::string_view text, std::size_t offset) {
  const CodePoint invalid{kReplacementCharacter, 1, false};
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const std::size_t available = text.size() - offset;
  const unsigned char lead = byte(0);

  if (lead < 0x80) {
    return {lead, 1, true};
  }
  // Table 3-7 of the Unicode Standard: the lead byte fixes the length and the range allowed
  // for the second byte, which is what rules out overlong forms, surrogates (ED A0..BF) and
  // code points above U+10FFFF (F4 90.. and F5..FF).
  std::size_t length = 0;
  unsigned char second_low = 0x80;
  unsigned char second_high = 0xBF;
  char32_t value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0Fu;
    if (lead == 0xE0) second_low = 0xA0;
    if (lead == 0xED) second_high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07u;
    if (lead == 0xF0) second_low = 0x90;
    if (lead == 0xF4) second_high = 0x8F;
  } else {
    return invalid;  // a continuation byte, C0, C1 or F5..FF cannot start a sequence
  }

  if (available < length || !is_continuation(byte(1), second_low, second_high)) {
    return invalid;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (!is_continuation(byte(i))) {
      return invalid;
    }
    value = (value << 6) | (byte(i) & 0x3Fu);
  }
  return {value, length, true};
}

bool is_space(char32_t code_point) {
  // The White_Space property, from the Unicode Character Database (PropList.txt).
  switch (code_point) {
    case U'\t': case U'\n': case U'\v': case U'\f': case U'\r': case U' ':
    case U'\u0085': case U'\u00A0': case U'\u1680':
    case U'\u2028': case U'\u2029': case U'\u202F': case U'\u205F': case U'\u3000':
      return true;
    default:
      return code_point >= U'\u2000' && code_point <= U'\u200A';
  }
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t offset = 0; offset < text.size();) {
    const CodePoint next = decode_utf8(text, offset);
    // An invalid byte decodes to U+FFFD, which is not space: it stays inside its word.
    const bool space = is_space(next.value);
    if (!space && !in_word) {
      ++words;
    }
    in_word = !space;
    offset += next.length;
  }
  return words;
}

TextCounts count_text(std::string_view text) {
  TextCounts counts;
  counts.bytes = text.size();
  counts.lines = count_lines(text);
  counts.words = count_words(text);
  for (std::size_t offset = 0; offset < text.size();) {
    const CodePoint next = decode_utf8(text, offset);
    ++counts.characters;
    if (!next.valid) {
      ++counts.invalid_bytes;
    }
    offset += next.length;
  }
  return counts;
}

}  // namespace newsdesk
