#include "unicode.hpp"

#include <unicode/uchar.h>

namespace newsdesk::unicode {

namespace {

// Whether `byte` is a UTF-8 continuation byte, 10xxxxxx, within [low, high].
bool is_continuation(unsigned char byte, unsigned char low = 0x80, unsigned char high = 0xBF) {
  return byte >= low && byte <= high;
}

}  // namespace

Decoded decode(std::string_view text, std::size_t offset) {
  // Decoded by hand, not with ICU's U8_NEXT: that macro takes the offset and the length as
  // int32_t, so from 2 GiB on it would read before the text. The rules are exercise 01's
  // (Unicode Standard, Table 3-7), and an ill-formed sequence consumes one byte.
  const Decoded invalid{U'\uFFFD', 1, false};
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) {
    return {lead, 1, true};
  }
  // The lead byte fixes the length and the range of the second byte, which rules out
  // overlong forms (E0 80.., F0 80..), surrogates (ED A0..) and code points above U+10FFFF.
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
  if (text.size() - offset < length || !is_continuation(byte(1), second_low, second_high)) {
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

void encode(char32_t code_point, std::string& out) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// Each class answers ASCII itself: most news text is ASCII, and a call into ICU per character
// would cost more than the rest of a tokenizer's work. Beyond ASCII, ICU's tables decide.

bool is_white_space(char32_t code_point) {
  if (code_point < 0x80) {
    return code_point == ' ' || (code_point >= '\t' && code_point <= '\r');
  }
  return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_WHITE_SPACE) != 0;
}

bool is_letter(char32_t code_point) {
  if (code_point < 0x80) {
    return (code_point >= 'a' && code_point <= 'z') || (code_point >= 'A' && code_point <= 'Z');
  }
  return (U_GET_GC_MASK(static_cast<UChar32>(code_point)) & U_GC_L_MASK) != 0;
}

bool is_mark(char32_t code_point) {
  if (code_point < 0x80) {
    return false;
  }
  return (U_GET_GC_MASK(static_cast<UChar32>(code_point)) & U_GC_M_MASK) != 0;
}

bool is_digit(char32_t code_point) {
  if (code_point < 0x80) {
    return code_point >= '0' && code_point <= '9';
  }
  return u_charType(static_cast<UChar32>(code_point)) == U_DECIMAL_DIGIT_NUMBER;
}

bool holds_letter_or_digit(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const Decoded c = decode(text, at);
    if (c.valid && (is_letter(c.value) || is_digit(c.value))) {
      return true;
    }
    at += c.length;
  }
  return false;
}

}  // namespace newsdesk::unicode
