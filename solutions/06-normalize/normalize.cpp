// Exercise 06-normalize: reference solution.
#include "normalize.hpp"

#include <cstddef>
#include <string_view>

#include "unicode.hpp"

namespace newsdesk {

namespace {

// The bytes of ASCII letters. Taking unsigned char keeps a byte >= 0x80 from turning
// negative, and answering for ASCII only keeps the locale out of it, unlike <cctype>.
bool is_ascii_upper(unsigned char byte) { return byte >= 'A' && byte <= 'Z'; }

unsigned char to_ascii_lower(unsigned char byte) {
  return is_ascii_upper(byte) ? static_cast<unsigned char>(byte - 'A' + 'a') : byte;
}

// The distance from a capital letter to its small letter in ASCII, and again in Latin-1,
// whose letters U+00C0 to U+00DE mirror U+00E0 to U+00FE.
constexpr char32_t kCaseDistance = U'a' - U'A';

// strip_accent() covers the letters of the Latin-1 Supplement (from U+00C0) and the whole of
// Latin Extended-A (to U+017F): 192 code points.
constexpr char32_t kFirstLatinLetter = U'\u00C0';
constexpr char32_t kLastLatinLetter = U'\u017F';

// The base letter of each code point from U+00C0 to U+017F, sixteen to a row, the letters
// themselves in the comment above each row. '.' marks a code point without one: a letter
// whose Unicode name has no "WITH" (Æ, Ð, Þ, ß, ı, Ĳ, ĸ, ŉ, Ŋ, Œ, ſ) or not a letter at
// all (× and ÷). Equivalent to a switch with one case per letter, or to ICU's canonical
// decomposition (NFD) and keeping the first code point; but NFD leaves the letters with a
// stroke (Ø, Đ, Ħ, Ł, Ŧ) and Ŀ whole, and the table answers in one look-up.
constexpr std::string_view kBaseLetters =
    // À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
      "AAAAAA.CEEEEIIII"
    // Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
      ".NOOOOO.OUUUUY.."
    // à á â ã ä å æ ç è é ê ë ì í î ï
      "aaaaaa.ceeeeiiii"
    // ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
      ".nooooo.ouuuuy.y"
    // Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
      "AaAaAaCcCcCcCcDd"
    // Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
      "DdEeEeEeEeEeGgGg"
    // Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
      "GgGgHhHhIiIiIiIi"
    // İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
      "I...JjKk.LlLlLlL"
    // ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
      "lLlNnNnNn...OoOo"
    // Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
      "Oo..RrRrRrSsSsSs"
    // Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
      "SsTtTtTtUuUuUuUu"
    // Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
      "UuUuWwYyYZzZzZz.";
static_assert(kBaseLetters.size() == kLastLatinLetter - kFirstLatinLetter + 1,
              "one entry per code point from U+00C0 to U+017F");

// Latin Extended-A sets each capital letter next to its small letter, capital first, so a
// capital is the even or the odd code point of its pair. The letters without a partner next
// to them switch which: ĸ (U+0138) and ŉ (U+0149), which have no capital, and Ÿ (U+0178),
// whose small letter ÿ is back in Latin-1. İ and ı (U+0130, U+0131) stand where a pair would
// but are not one (İ's small letter is the ASCII i, ı's capital the ASCII I), so the first
// run of pairs stops before them.
bool is_paired_capital(char32_t code_point) {
  const bool even = code_point % 2 == 0;
  return (code_point >= U'\u0100' && code_point <= U'\u012F' && even) ||   // Ā ā ... Į į
         (code_point >= U'\u0132' && code_point <= U'\u0137' && even) ||   // Ĳ ĳ ... Ķ ķ
         (code_point >= U'\u0139' && code_point <= U'\u0148' && !even) ||  // Ĺ ĺ ... Ň ň
         (code_point >= U'\u014A' && code_point <= U'\u0177' && even) ||   // Ŋ ŋ ... Ŷ ŷ
         (code_point >= U'\u0179' && code_point <= U'\u017E' && !even);    // Ź ź ... Ž ž
}

}  // namespace

char32_t fold_punctuation(char32_t code_point) {
  switch (code_point) {
    case U'\u2018':  // ‘ left single quotation mark
    case U'\u2019':  // ’ right single quotation mark, also the usual apostrophe
    case U'\u201A':  // ‚ single low-9 quotation mark
    case U'\u201B':  // ‛ single high-reversed-9 quotation mark
      return U'\'';
    case U'\u201C':  // “ left double quotation mark
    case U'\u201D':  // ” right double quotation mark
    case U'\u201E':  // „ double low-9 quotation mark
    case U'\u201F':  // ‟ double high-reversed-9 quotation mark
      return U'"';
    case U'\u2013':  // – en dash
    case U'\u2014':  // — em dash
      return U'-';
    default:
      return code_point;
  }
}

char32_t fold_case(char32_t code_point) {
  if (code_point >= U'A' && code_point <= U'Z') {
    return code_point + kCaseDistance;
  }
  // À (U+00C0) to Þ (U+00DE) lie as far from à to þ as ASCII's capitals from its small
  // letters; × (U+00D7) sits among them, and its partner ÷ is no letter either.
  if (code_point >= U'\u00C0' && code_point <= U'\u00DE' && code_point != U'\u00D7') {
    return code_point + kCaseDistance;
  }
  if (is_paired_capital(code_point)) {
    return code_point + 1;
  }
  // The two capitals of Latin Extended-A without a small letter next to them. Unicode gives
  // İ the simple lower case i (the full one adds U+0307, a combining dot above), and ICU's
  // u_tolower() agrees with every answer of this function in both blocks.
  if (code_point == U'\u0130') {
    return U'i';
  }
  if (code_point == U'\u0178') {
    return U'\u00FF';
  }
  return code_point;
}

char32_t strip_accent(char32_t code_point) {
  if (code_point < kFirstLatinLetter || code_point > kLastLatinLetter) {
    return code_point;
  }
  const char base = kBaseLetters[code_point - kFirstLatinLetter];
  return base == '.' ? code_point : static_cast<char32_t>(base);
}

std::string normalize(std::string_view token, Accents accents) {
  std::string folded;
  // Every rule keeps a code point's length or shortens it, so one allocation is enough.
  folded.reserve(token.size());
  std::size_t at = 0;
  while (at < token.size()) {
    const auto byte = static_cast<unsigned char>(token[at]);
    // The ASCII fast path: most bytes of English news are ASCII, and for them folding is at
    // most one subtraction, with no decoding and no encoding.
    if (byte < 0x80) {
      folded += static_cast<char>(to_ascii_lower(byte));
      ++at;
      continue;
    }
    const unicode::Decoded decoded = unicode::decode(token, at);
    if (!decoded.valid) {
      // An invalid byte is copied as it is, never replaced with U+FFFD: the caller may count
      // it, but normalizing must not invent text. decode() consumed exactly this one byte.
      folded += token[at];
      ++at;
      continue;
    }
    // Case first, then the accent: strip_accent() keeps the letter's case, so either order
    // gives the same result, but this one reads as "lower-case, then simplify".
    char32_t code_point = fold_punctuation(fold_case(decoded.value));
    if (accents == Accents::strip) {
      code_point = strip_accent(code_point);
    }
    unicode::encode(code_point, folded);
    at += decoded.length;
  }
  return folded;
}

}  // namespace newsdesk
