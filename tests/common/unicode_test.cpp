// Tests of the given code in exercises/common/unicode.hpp, which every level-2 exercise uses.
#include <cstddef>
#include <cstdint>
#include <string>

#include <boost/test/unit_test.hpp>
#include <unicode/uchar.h>

#include "printing.hpp"
#include "unicode.hpp"

namespace {

using newsdesk::testing::escaped;
using newsdesk::testing::NonAscii;
namespace unicode = newsdesk::unicode;

bool same(const unicode::Decoded& a, const unicode::Decoded& b) {
  return a.value == b.value && a.length == b.length && a.valid == b.valid;
}

// A Unicode scalar value: a code point that is no surrogate.
bool is_scalar_value(char32_t c) { return c <= U'\U0010FFFF' && (c < 0xD800 || c > 0xDFFF); }

}  // namespace

BOOST_AUTO_TEST_SUITE(unicode_helpers)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(same(unicode::decode("Zoë", 2), {U'\u00EB', 2, true}));
  std::string s;
  unicode::encode(U'é', s);
  BOOST_TEST(s == "\xC3\xA9");
  BOOST_TEST(unicode::holds_letter_or_digit("'90s"));
}

BOOST_AUTO_TEST_CASE(decodes_one_byte_of_each_ill_formed_sequence) {
  for (const std::string input : {"\x80", "\xC0\xAF", "\xE2\x82", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                  "\xFF"}) {
    BOOST_TEST_CONTEXT("input: " << escaped(input, NonAscii::escape)) {
      BOOST_TEST(same(unicode::decode(input, 0), {U'\uFFFD', 1, false}));
    }
  }
}

BOOST_AUTO_TEST_CASE(encode_reverses_decode_for_every_length) {
  for (const char32_t c : {U'A', U'\u00E9', U'\u2014', U'\U0001F4F0', U'\U0010FFFF'}) {
    std::string bytes;
    unicode::encode(c, bytes);
    BOOST_TEST_CONTEXT("U+" << std::hex << static_cast<std::uint32_t>(c)) {
      BOOST_TEST(same(unicode::decode(bytes, 0), {c, bytes.size(), true}));
    }
  }
}

BOOST_AUTO_TEST_CASE(decode_reads_back_every_scalar_value) {
  // A continuation byte after each sequence: decode() must stop before it.
  for (char32_t c = 0; c <= U'\U0010FFFF'; ++c) {
    if (!is_scalar_value(c)) {
      continue;  // a surrogate
    }
    std::string bytes;
    unicode::encode(c, bytes);
    const std::size_t length = bytes.size();
    bytes += '\x80';
    if (!same(unicode::decode(bytes, 0), {c, length, true})) {
      BOOST_ERROR("U+" << std::hex << static_cast<std::uint32_t>(c) << " does not decode back");
      break;
    }
  }
}

BOOST_AUTO_TEST_CASE(decode_accepts_only_the_encodings_of_scalar_values) {
  // Every first and second byte, before continuation bytes or a letter: what decode() reads as
  // a character must be the encoding of that character, and anything else is one bad byte.
  for (const std::string tail : {"\x80\x80", "\xBF\xBF", "A"}) {
    for (unsigned first = 0; first < 256; ++first) {
      for (unsigned second = 0; second < 256; ++second) {
        std::string bytes{static_cast<char>(first), static_cast<char>(second)};
        bytes += tail;
        const unicode::Decoded decoded = unicode::decode(bytes, 0);
        std::string encoded;
        unicode::encode(decoded.value, encoded);
        const bool ok = decoded.valid ? is_scalar_value(decoded.value) &&
                                            bytes.starts_with(encoded) &&
                                            encoded.size() == decoded.length
                                      : same(decoded, {U'\uFFFD', 1, false});
        if (!ok) {
          BOOST_ERROR("decode(" << escaped(bytes, NonAscii::escape) << ") reads "
                                << decoded.length << " bytes as U+" << std::hex
                                << static_cast<std::uint32_t>(decoded.value));
          return;
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(answers_ascii_as_icu_does) {
  // The classes answer ASCII without ICU; they must agree with ICU's properties.
  for (char32_t c = 0; c < 0x80; ++c) {
    const auto icu = static_cast<UChar32>(c);
    BOOST_TEST_CONTEXT("U+" << std::hex << static_cast<std::uint32_t>(c)) {
      BOOST_TEST(unicode::is_white_space(c) ==
                 (u_hasBinaryProperty(icu, UCHAR_WHITE_SPACE) != 0));
      BOOST_TEST(unicode::is_letter(c) == ((U_GET_GC_MASK(icu) & U_GC_L_MASK) != 0));
      BOOST_TEST(unicode::is_mark(c) == ((U_GET_GC_MASK(icu) & U_GC_M_MASK) != 0));
      BOOST_TEST(unicode::is_digit(c) == (u_charType(icu) == U_DECIMAL_DIGIT_NUMBER));
    }
  }
}

BOOST_AUTO_TEST_CASE(holds_letter_or_digit_looks_at_every_valid_character) {
  BOOST_TEST(unicode::holds_letter_or_digit("—Zoë"));
  BOOST_TEST(unicode::holds_letter_or_digit("\xFF" "7"));  // an invalid byte, then a digit
  BOOST_TEST(unicode::holds_letter_or_digit("\u0661"));  // ARABIC-INDIC DIGIT ONE
  BOOST_TEST(!unicode::holds_letter_or_digit("..."));
  BOOST_TEST(!unicode::holds_letter_or_digit("\u0301"));  // a mark alone
  BOOST_TEST(!unicode::holds_letter_or_digit("\xFF\xFE"));
  BOOST_TEST(!unicode::holds_letter_or_digit(""));
}

BOOST_AUTO_TEST_CASE(classifies_characters) {
  BOOST_TEST(unicode::is_white_space(U'\u00A0'));
  BOOST_TEST(unicode::is_white_space(U'\u3000'));
  BOOST_TEST(!unicode::is_white_space(U'\u200B'));
  BOOST_TEST(unicode::is_letter(U'Ł'));
  BOOST_TEST(unicode::is_letter(U'王'));
  BOOST_TEST(!unicode::is_letter(U'’'));
  BOOST_TEST(unicode::is_mark(U'\u0301'));
  BOOST_TEST(!unicode::is_mark(U'e'));
  BOOST_TEST(unicode::is_digit(U'7'));
  BOOST_TEST(!unicode::is_digit(U'Ⅶ'));
}

BOOST_AUTO_TEST_SUITE_END()
