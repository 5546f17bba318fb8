#include "unicode.hpp"

#include <algorithm>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace newsdesk::unicode {

Decoded decode(std::string_view text, std::size_t offset) {
  // ICU's U8_NEXT applies the same rules as exercise 01 (Unicode Standard, Table 3-7) and
  // gives a negative value for an ill-formed sequence, having consumed its maximal subpart;
  // the kit's convention is to consume one byte instead. U8_NEXT counts in int32_t, so it is
  // given the at most four bytes a sequence can take, from `offset` on: that decides the same
  // and stays right in a text longer than 2 GiB.
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data()) + offset;
  const auto window = static_cast<std::int32_t>(std::min<std::size_t>(4, text.size() - offset));
  std::int32_t length = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, length, window, c);
  if (c < 0) {
    return {U'\uFFFD', 1, false};
  }
  return {static_cast<char32_t>(c), static_cast<std::size_t>(length), true};
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

bool is_white_space(char32_t code_point) {
  return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_WHITE_SPACE) != 0;
}

bool is_letter(char32_t code_point) {
  return (U_GET_GC_MASK(static_cast<UChar32>(code_point)) & U_GC_L_MASK) != 0;
}

bool is_mark(char32_t code_point) {
  return (U_GET_GC_MASK(static_cast<UChar32>(code_point)) & U_GC_M_MASK) != 0;
}

bool is_digit(char32_t code_point) {
  return u_charType(static_cast<UChar32>(code_point)) == U_DECIMAL_DIGIT_NUMBER;
}

}  // namespace newsdesk::unicode
