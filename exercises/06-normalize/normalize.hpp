// Exercise 06-normalize: fold a token for counting.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/06-normalize/ checks it. See README.md for the rules and tasks.
#ifndef NEWSDESK_NORMALIZE_HPP
#define NEWSDESK_NORMALIZE_HPP

#include <string>
#include <string_view>

namespace newsdesk {

// Accents
//
// Whether normalize() keeps accents (é stays é) or strips them (é becomes e).
enum class Accents { keep, strip };

// fold_punctuation()
//
// Curly and other typographic quotation marks and apostrophes become straight ones (‘ ’ ‚ ‛
// become ', “ ” „ ‟ become "), and en and em dashes become '-'; any other code point
// unchanged. In full, these ten and no others: U+2018 to U+201B become U+0027, U+201C to
// U+201F become U+0022, and U+2013 and U+2014 become U+002D.
//
// Example:
//   fold_punctuation(U'’')
//   // => U'\''
//
// Edge cases:
//   - Guillemets (« » ‹ ›), primes (′ ″), the modifier letter apostrophe ʼ (U+02BC), the
//     hyphen U+2010, the figure dash U+2012, the horizontal bar U+2015 and the minus sign
//     U+2212 are unchanged.
// Errors: none.
[[nodiscard]] char32_t fold_punctuation(char32_t code_point);

// fold_case()
//
// The lower-case form of an upper-case letter of ASCII, the Latin-1 Supplement (U+00C0 to
// U+00DE, but not the multiplication sign U+00D7) or Latin Extended-A (U+0100 to U+017F);
// any other code point unchanged. The lower-case form is the simple one of the Unicode
// Character Database, one code point for one, the same for every language.
//
// Example:
//   fold_case(U'Ł')
//   // => U'ł'
//   fold_case(U'Ÿ')
//   // => U'ÿ'   (U+0178 in Latin Extended-A; its small letter U+00FF is in Latin-1)
//   fold_case(U'İ')
//   // => U'i'
//
// Edge cases:
//   - İ (U+0130, capital I with dot above) becomes the ASCII i, not the Turkish dotless ı;
//     the full lower case, i followed by the combining dot U+0307, is not used.
//   - Letters that are lower case already are unchanged, even where Unicode case folding
//     would change them: ß, µ, ı (U+0131), ĸ (U+0138), ŉ (U+0149) and ſ (U+017F, long s).
//   - Letters outside these blocks (ẞ U+1E9E, Greek, Cyrillic, Latin Extended-B) are
//     unchanged.
// Note: a letter and its lower-case form take the same number of UTF-8 bytes, except İ,
//   which goes from two bytes to one.
// Errors: none.
[[nodiscard]] char32_t fold_case(char32_t code_point);

// strip_accent()
//
// The base letter of an accented letter of the Latin-1 Supplement or Latin Extended-A
// (é → e, Ł → L, ł → l, Ø → O); any other code point unchanged, including letters that are
// not an accented base letter (ß, æ, þ). An accented letter is one whose Unicode name reads
// "LATIN ... LETTER X WITH ...": X, in the letter's own case, is its base, whatever the mark
// (acute, grave, circumflex, tilde, diaeresis, ring, cedilla, ogonek, caron, breve, macron,
// dot above, double acute, stroke or middle dot). README.md, "The rules", lists them all.
//
// Example:
//   strip_accent(U'ë')
//   // => U'e'
//
// Edge cases:
//   - İ (U+0130) becomes I; the ligatures Æ æ Œ œ Ĳ ĳ, the letters Ð ð (eth) Þ þ ß ı ĸ Ŋ ŋ
//     ſ, and ŉ (n preceded by an apostrophe) are unchanged. Đ (U+0110, D with stroke)
//     becomes D, but Ð (U+00D0, eth), which looks the same, does not.
//   - Accented letters outside these blocks (ǎ U+01CE, ạ U+1EA1) are unchanged.
// Errors: none.
[[nodiscard]] char32_t strip_accent(char32_t code_point);

// normalize()
//
// `token` folded for counting: fold_case() and fold_punctuation() on every code point, and
// strip_accent() too when `accents` is Accents::strip. Bytes that are not valid UTF-8 pass
// through unchanged, one by one, and so does every other byte that no rule changes (NUL,
// white space, "\r\n").
//
// Example:
//   normalize("Zoë’s")
//   // => "zoë's"
//   normalize("ÉCOLE", Accents::strip)
//   // => "ecole"
//
// Edge cases:
//   - Empty `token` gives "".
//   - The result is never longer than `token`, and it is valid UTF-8 when `token` is.
// Complexity: O(n) time in the length of `token`.
// Errors: none.
[[nodiscard]] std::string normalize(std::string_view token, Accents accents = Accents::keep);

}  // namespace newsdesk

#endif  // NEWSDESK_NORMALIZE_HPP
