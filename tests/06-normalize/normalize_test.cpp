// Tests of exercise 06-normalize: each fold on its own, against tables written out here from
// the Unicode code charts and against ICU; then normalize() on hand-written tokens; then
// every word of the corpus.
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "corpus.hpp"
#include "normalize.hpp"
#include "printing.hpp"
#include "unicode.hpp"

namespace {

using newsdesk::Accents;
using newsdesk::testing::CorpusArticle;
using newsdesk::testing::describe_position;
using newsdesk::testing::escaped;
using newsdesk::testing::NonAscii;

// The UTF-8 bytes of one code point, built with the given encoder.
std::string utf8(char32_t code_point) {
  std::string bytes;
  newsdesk::unicode::encode(code_point, bytes);
  return bytes;
}

// A code point as a failing check shows it: its number and, when it is a character, the
// character itself, as in U+0142 "ł".
std::string describe(char32_t code_point) {
  const auto number = static_cast<std::uint32_t>(code_point);
  if (number > 0x10FFFF || (number >= 0xD800 && number <= 0xDFFF)) {
    return fmt::format("U+{:04X} (not a character)", number);
  }
  return fmt::format("U+{:04X} {}", number, escaped(utf8(code_point)));
}

}  // namespace

// C++20 deletes operator<< for char32_t, so Boost.Test cannot print one on its own: without
// this, BOOST_TEST(fold_case(c) == expected) would not compile.
template <>
struct boost::test_tools::tt_detail::print_log_value<char32_t> {
  void operator()(std::ostream& out, char32_t code_point) { out << describe(code_point); }
};

namespace newsdesk {

// How Boost.Test prints the option when a check fails.
std::ostream& operator<<(std::ostream& out, Accents accents) {
  switch (accents) {
    case Accents::keep: return out << "Accents::keep";
    case Accents::strip: return out << "Accents::strip";
  }
  return out << "(not an Accents value)";
}

}  // namespace newsdesk

namespace {

// Every upper-case letter of the Latin-1 Supplement, each written just before its lower-case
// letter, in the order of the code chart. The multiplication sign × (U+00D7) is no letter.
constexpr std::u32string_view kLatin1Pairs =
    U"Àà Áá Ââ Ãã Ää Åå Ææ Çç Èè Éé Êê Ëë Ìì Íí Îî Ïï "
    U"Ðð Ññ Òò Óó Ôô Õõ Öö Øø Ùù Úú Ûû Üü Ýý Þþ";

// The same for Latin Extended-A. Irregular: İ (U+0130) pairs with the ASCII i, and Ÿ
// (U+0178) with ÿ (U+00FF) in Latin-1. ı ĸ ŉ ſ are small letters with no capital here.
constexpr std::u32string_view kLatinExtendedAPairs =
    U"Āā Ăă Ąą Ćć Ĉĉ Ċċ Čč Ďď Đđ Ēē Ĕĕ Ėė Ęę Ěě Ĝĝ Ğğ "
    U"Ġġ Ģģ Ĥĥ Ħħ Ĩĩ Īī Ĭĭ Įį İi Ĳĳ Ĵĵ Ķķ Ĺĺ Ļļ Ľľ Ŀŀ "
    U"Łł Ńń Ņņ Ňň Ŋŋ Ōō Ŏŏ Őő Œœ Ŕŕ Ŗŗ Řř Śś Ŝŝ Şş Šš "
    U"Ţţ Ťť Ŧŧ Ũũ Ūū Ŭŭ Ůů Űű Ųų Ŵŵ Ŷŷ Ÿÿ Źź Żż Žž";

// Every accented letter of both blocks, each written just before its base letter: the X of
// its Unicode name "LATIN ... LETTER X WITH ...", in the code chart's order.
constexpr std::u32string_view kAccentedPairs =
    // Latin-1 Supplement, capitals then small letters.
    U"ÀA ÁA ÂA ÃA ÄA ÅA ÇC ÈE ÉE ÊE ËE ÌI ÍI ÎI ÏI ÑN ÒO ÓO ÔO ÕO ÖO ØO ÙU ÚU ÛU ÜU ÝY "
    U"àa áa âa ãa äa åa çc èe ée êe ëe ìi íi îi ïi ñn òo óo ôo õo öo øo ùu úu ûu üu ýy ÿy "
    // Latin Extended-A.
    U"ĀA āa ĂA ăa ĄA ąa ĆC ćc ĈC ĉc ĊC ċc ČC čc ĎD ďd ĐD đd ĒE ēe ĔE ĕe ĖE ėe ĘE ęe "
    U"ĚE ěe ĜG ĝg ĞG ğg ĠG ġg ĢG ģg ĤH ĥh ĦH ħh ĨI ĩi ĪI īi ĬI ĭi ĮI įi İI ĴJ ĵj ĶK ķk "
    U"ĹL ĺl ĻL ļl ĽL ľl ĿL ŀl ŁL łl ŃN ńn ŅN ņn ŇN ňn ŌO ōo ŎO ŏo ŐO őo ŔR ŕr ŖR ŗr "
    U"ŘR řr ŚS śs ŜS ŝs ŞS şs ŠS šs ŢT ţt ŤT ťt ŦT ŧt ŨU ũu ŪU ūu ŬU ŭu ŮU ůu ŰU űu "
    U"ŲU ųu ŴW ŵw ŶY ŷy ŸY ŹZ źz ŻZ żz ŽZ žz";

// The letters of both blocks that are not an accented letter, so strip_accent() keeps them:
// ligatures, letters of their own (eth, thorn, sharp s, dotless i, kra, eng, long s) and ŉ,
// which Unicode spells as an apostrophe and n, not as a letter with a mark.
constexpr std::u32string_view kUnaccentedLetters = U"ÆÐÞßæðþıĲĳĸŉŊŋŒœſ";

// The two code points of both blocks from U+00C0 on that are not letters.
constexpr std::u32string_view kNotLetters = U"×÷";

// The code points from U+00C0 to U+017F, the range strip_accent() answers for.
constexpr char32_t kFirstLatinLetter = U'\u00C0';
constexpr char32_t kLastLatinLetter = U'\u017F';

// One row of a code point table: what goes in and what should come out.
struct CodePointRow {
  char32_t input;
  char32_t expected;
};

// The rows of a table written as pairs of characters separated by spaces: "Àà Áá".
std::vector<CodePointRow> pairs(std::u32string_view written) {
  std::vector<CodePointRow> rows;
  for (std::size_t i = 0; i + 1 < written.size(); i += 3) {
    rows.push_back({written[i], written[i + 1]});
  }
  return rows;
}

// What a table maps `code_point` to, or the code point itself when no row has it.
char32_t look_up(const std::vector<CodePointRow>& table, char32_t code_point) {
  for (const CodePointRow& row : table) {
    if (row.input == code_point) return row.expected;
  }
  return code_point;
}

// The lower-case letter these tables expect for `code_point`: its partner when it is a
// capital of ASCII or of the tables above, else the code point itself.
char32_t expected_lower(char32_t code_point) {
  static const std::vector<CodePointRow> capitals = [] {
    std::vector<CodePointRow> rows = pairs(kLatin1Pairs);
    for (const CodePointRow& row : pairs(kLatinExtendedAPairs)) {
      rows.push_back(row);
    }
    return rows;
  }();
  if (code_point >= U'A' && code_point <= U'Z') {
    return code_point - U'A' + U'a';
  }
  return look_up(capitals, code_point);
}

// The base letter the tables expect for `code_point`, or the code point itself.
char32_t expected_base(char32_t code_point) {
  static const std::vector<CodePointRow> accented = pairs(kAccentedPairs);
  return look_up(accented, code_point);
}

// Whether `text` is well-formed UTF-8, judged by the given decoder.
bool is_valid_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const newsdesk::unicode::Decoded decoded = newsdesk::unicode::decode(text, at);
    if (!decoded.valid) return false;
    at += decoded.length;
  }
  return true;
}

// How many characters `text` holds, as the given decoder reads them: an invalid byte is one.
std::size_t count_characters(std::string_view text) {
  std::size_t characters = 0;
  for (std::size_t at = 0; at < text.size(); at += newsdesk::unicode::decode(text, at).length) {
    ++characters;
  }
  return characters;
}

// One row of a normalize() table.
struct TextRow {
  std::string_view input;
  std::string_view expected;
};

// Checks normalize(row.input, accents) on every row, naming the row that fails. Bytes >= 0x80
// are shown as \xNN when the rows are about the bytes themselves.
void check_normalize(const std::vector<TextRow>& rows, Accents accents,
                     NonAscii non_ascii = NonAscii::keep) {
  for (const TextRow& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input, non_ascii) << ", " << accents) {
      const std::string actual = newsdesk::normalize(row.input, accents);
      BOOST_TEST(escaped(actual, non_ascii) == escaped(row.expected, non_ascii));
    }
  }
}

// What is wrong with `folded`, normalize(word, accents), or "none". These are promises that
// hold for any word: the result is valid UTF-8 (the corpus is), no longer than the word,
// has as many characters (each one folds to one, so an empty result is wrong), holds no
// capital letter of ASCII or either block and none of the typographic marks, no accented
// letter when accents are stripped, and does not change when normalized again.
std::string problem_with(std::string_view word, std::string_view folded, Accents accents) {
  if (!is_valid_utf8(folded)) {
    return fmt::format("{} is not valid UTF-8", escaped(folded, NonAscii::escape));
  }
  if (folded.size() > word.size()) {
    return fmt::format("{} is {} bytes, longer than the word's {}", escaped(folded),
                       folded.size(), word.size());
  }
  if (count_characters(folded) != count_characters(word)) {
    return fmt::format("{} has {} characters, the word {}: each character folds to one",
                       escaped(folded), count_characters(folded), count_characters(word));
  }
  for (std::size_t at = 0; at < folded.size();) {
    const newsdesk::unicode::Decoded decoded = newsdesk::unicode::decode(folded, at);
    const char32_t code_point = decoded.value;
    at += decoded.length;
    const auto icu = static_cast<UChar32>(code_point);
    if (code_point <= kLastLatinLetter && u_isupper(icu)) {
      return fmt::format("{} keeps the capital {}", escaped(folded), describe(code_point));
    }
    if (code_point == U'\u2013' || code_point == U'\u2014' ||
        (code_point >= U'\u2018' && code_point <= U'\u201F')) {
      return fmt::format("{} keeps the mark {}", escaped(folded), describe(code_point));
    }
    if (accents == Accents::strip && expected_base(code_point) != code_point) {
      return fmt::format("{} keeps the accented {}", escaped(folded), describe(code_point));
    }
  }
  if (const std::string again = newsdesk::normalize(folded, accents); again != folded) {
    return fmt::format("{} becomes {} when normalized again", escaped(folded), escaped(again));
  }
  return "none";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(normalize)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::fold_punctuation(U'’') == U'\'');
  BOOST_TEST(newsdesk::fold_case(U'Ł') == U'ł');
  BOOST_TEST(newsdesk::fold_case(U'Ÿ') == U'ÿ');
  BOOST_TEST(newsdesk::fold_case(U'İ') == U'i');
  BOOST_TEST(newsdesk::strip_accent(U'ë') == U'e');
  BOOST_TEST(newsdesk::normalize("Zoë’s") == "zoë's");
  BOOST_TEST(newsdesk::normalize("ÉCOLE", Accents::strip) == "ecole");
}

BOOST_AUTO_TEST_CASE(folds_typographic_quotes_and_dashes) {
  const std::vector<CodePointRow> rows = {
      {U'‘', U'\''}, {U'’', U'\''}, {U'‚', U'\''}, {U'‛', U'\''},  // U+2018 to U+201B
      {U'“', U'"'}, {U'”', U'"'}, {U'„', U'"'}, {U'‟', U'"'},      // U+201C to U+201F
      {U'–', U'-'}, {U'—', U'-'},                                  // en dash, em dash
  };
  for (const CodePointRow& row : rows) {
    BOOST_TEST_CONTEXT("input: " << describe(row.input)) {
      BOOST_TEST(newsdesk::fold_punctuation(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(leaves_other_punctuation_alone) {
  std::u32string unchanged =
      U"'\"-`´"     // already straight, or a spacing accent
      U"«»‹›"       // guillemets
      U"′″ʼ"        // primes and the modifier letter apostrophe U+02BC
      U"‐‑‒―−"      // hyphen, no-break hyphen, figure dash, horizontal bar, minus sign
      U"‗†…"        // the neighbours of the folded U+2013 to U+201F, and the ellipsis
      U"＂＇"        // fullwidth quotation mark and apostrophe
      U"aZé";
  unchanged += U'\0';
  for (const char32_t code_point : unchanged) {
    BOOST_TEST_CONTEXT("input: " << describe(code_point)) {
      BOOST_TEST(newsdesk::fold_punctuation(code_point) == code_point);
    }
  }
}

BOOST_AUTO_TEST_CASE(lower_cases_ascii_capitals) {
  for (char32_t capital = U'A'; capital <= U'Z'; ++capital) {
    BOOST_TEST_CONTEXT("input: " << describe(capital)) {
      BOOST_TEST(newsdesk::fold_case(capital) == static_cast<char32_t>(capital - U'A' + U'a'));
    }
  }
  // The neighbours of the capitals, the small letters and the other ends of ASCII.
  for (const char32_t other : {U'@', U'[', U'`', U'{', U'a', U'z', U'0', U'\0', U'\x7F'}) {
    BOOST_TEST_CONTEXT("input: " << describe(other)) {
      BOOST_TEST(newsdesk::fold_case(other) == other);
    }
  }
}

BOOST_AUTO_TEST_CASE(lower_cases_every_latin_1_capital) {
  for (const CodePointRow& row : pairs(kLatin1Pairs)) {
    BOOST_TEST_CONTEXT("input: " << describe(row.input)) {
      BOOST_TEST(newsdesk::fold_case(row.input) == row.expected);
    }
  }
  BOOST_TEST(newsdesk::fold_case(U'×') == U'×');
}

BOOST_AUTO_TEST_CASE(lower_cases_every_latin_extended_a_capital) {
  for (const CodePointRow& row : pairs(kLatinExtendedAPairs)) {
    BOOST_TEST_CONTEXT("input: " << describe(row.input)) {
      BOOST_TEST(newsdesk::fold_case(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(leaves_small_letters_and_other_scripts_alone) {
  // Every small letter of the tables, and the irregular small letters: ß µ ı ĸ ŉ ſ have no
  // capital partner in these blocks (ſ and ß are not case-folded to s and ss either).
  std::u32string unchanged = U"ßµıĸŉſ";
  for (const std::u32string_view table : {kLatin1Pairs, kLatinExtendedAPairs}) {
    for (const CodePointRow& row : pairs(table)) {
      unchanged += row.expected;
    }
  }
  // Not letters; and capitals outside the two blocks, some of which Unicode does lower-case:
  // ẞ (capital sharp s), Ƀ and Ǆ (Latin Extended-B), Ḁ, Greek, Cyrillic, the Kelvin sign K
  // and the Angstrom sign Å, fullwidth Ａ.
  unchanged += U"×÷¿\u00A0ªº\u0180ẞɃǄḀΣΩДЖ\u212A\u212BＡ\uFFFD\U0010FFFF";
  for (const char32_t code_point : unchanged) {
    BOOST_TEST_CONTEXT("input: " << describe(code_point)) {
      BOOST_TEST(newsdesk::fold_case(code_point) == code_point);
    }
  }
}

BOOST_AUTO_TEST_CASE(agrees_with_icu_on_every_code_point_of_both_blocks) {
  // The tables above list every capital that ICU knows in the two blocks, and no other.
  for (char32_t code_point = 0; code_point <= kLastLatinLetter; ++code_point) {
    const bool capital_in_tables = expected_lower(code_point) != code_point;
    const bool capital_in_icu = u_isupper(static_cast<UChar32>(code_point)) != 0;
    BOOST_TEST_CONTEXT("a capital in the test's tables and in ICU? " << describe(code_point)) {
      BOOST_TEST(capital_in_tables == capital_in_icu);
    }
  }
  // And fold_case() gives ICU's simple lower case for every code point up to U+017F.
  for (char32_t code_point = 0; code_point <= kLastLatinLetter; ++code_point) {
    BOOST_TEST_CONTEXT("input: " << describe(code_point)) {
      const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(code_point)));
      BOOST_TEST(newsdesk::fold_case(code_point) == lower);
    }
  }
}

BOOST_AUTO_TEST_CASE(strips_every_accented_letter_to_its_base) {
  for (const CodePointRow& row : pairs(kAccentedPairs)) {
    BOOST_TEST_CONTEXT("input: " << describe(row.input)) {
      BOOST_TEST(newsdesk::strip_accent(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(keeps_letters_that_carry_no_accent) {
  // The lists of the test cover every code point from U+00C0 to U+017F once.
  std::u32string listed(kUnaccentedLetters);
  listed += kNotLetters;
  for (const CodePointRow& row : pairs(kAccentedPairs)) {
    listed += row.input;
  }
  BOOST_TEST(listed.size() == std::size_t{kLastLatinLetter - kFirstLatinLetter + 1});

  std::u32string unchanged(kUnaccentedLetters);
  unchanged += kNotLetters;
  // Letters without accents, and accented letters outside the two blocks: ǎ (Latin
  // Extended-B), ạ (Latin Extended Additional), Greek ά, Cyrillic й.
  unchanged += U"AZaz09\u00BF\u00B5ǎạάй王\uFFFD";
  for (const char32_t code_point : unchanged) {
    BOOST_TEST_CONTEXT("input: " << describe(code_point)) {
      BOOST_TEST(newsdesk::strip_accent(code_point) == code_point);
    }
  }
}

BOOST_AUTO_TEST_CASE(agrees_with_icu_where_unicode_decomposes_the_letter) {
  // Unicode decomposes most accented letters into a base letter and combining marks (NFD):
  // É is E and U+0301. Where the base is an ASCII letter, strip_accent() must give it. The
  // letters with a stroke (Ø Đ Ħ Ł Ŧ) and Ŀ have no decomposition; the table covers them.
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfd = unorm2_getNFDInstance(&status);
  BOOST_TEST_REQUIRE(U_SUCCESS(status));
  std::size_t decomposed = 0;
  for (char32_t code_point = kFirstLatinLetter; code_point <= kLastLatinLetter; ++code_point) {
    UChar parts[8] = {};
    const int32_t length = unorm2_getRawDecomposition(nfd, static_cast<UChar32>(code_point),
                                                      parts, 8, &status);
    BOOST_TEST_REQUIRE(U_SUCCESS(status));
    if (length < 2 || parts[0] >= 0x80 || !u_isalpha(parts[0])) continue;
    ++decomposed;
    BOOST_TEST_CONTEXT("input: " << describe(code_point)) {
      BOOST_TEST(newsdesk::strip_accent(code_point) == static_cast<char32_t>(parts[0]));
    }
  }
  BOOST_TEST(decomposed >= std::size_t{150});
}

BOOST_AUTO_TEST_CASE(folds_case_and_punctuation_in_a_token) {
  check_normalize(
      {
          {"word", "word"},
          {"Word", "word"},
          {"NEWSDESK", "newsdesk"},
          {"Zoë’s", "zoë's"},
          {"ŁÓDŹ", "łódź"},
          {"ZÜRICH", "zürich"},
          {"SÃO", "são"},
          {"TROMSØ", "tromsø"},
          {"ÞINGVELLIR", "þingvellir"},
          {"ÆSIR", "æsir"},
          {"STRAẞE", "straẞe"},           // capital sharp s is outside both blocks
          {"Weißkopf", "weißkopf"},       // ß stays ß, not ss
          {"İSTANBUL", "istanbul"},       // two bytes become one
          {"ŸVES", "ÿves"},
          {"“Quote”", "\"quote\""},
          {"‘Rock’", "'rock'"},
          {"„Tak“", "\"tak\""},
          {"2018–2022", "2018-2022"},
          {"now—then", "now-then"},
          {"«Non»", "«non»"},             // guillemets stay
          {"ΣΟΦΙΑ", "ΣΟΦΙΑ"},             // Greek is outside both blocks
          {"王芳", "王芳"},
          {"61-Year-Old", "61-year-old"},
          {"@Newsdesk", "@newsdesk"},
          {"https://A.example/X", "https://a.example/x"},
      },
      Accents::keep);
}

BOOST_AUTO_TEST_CASE(strips_accents_only_when_asked) {
  const std::vector<TextRow> stripped = {
      {"ÉCOLE", "ecole"},
      {"Zoë’s", "zoe's"},
      {"ŁÓDŹ", "lodz"},
      {"Kraków", "krakow"},
      {"TROMSØ", "tromso"},
      {"Đoàn", "doan"},              // D with stroke: lower case first, then its base
      {"ŠKODA–ČSA", "skoda-csa"},
      {"İzmir", "izmir"},
      {"Þórsdóttir", "þorsdottir"},  // thorn stays, the accents go
      {"Æbleskiver", "æbleskiver"},
      {"Weißkopf", "weißkopf"},
      {"ǎ", "ǎ"},                    // outside both blocks
  };
  check_normalize(stripped, Accents::strip);
  // The same tokens keep their accents by default.
  for (const TextRow& row : stripped) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::normalize(row.input) == newsdesk::normalize(row.input, Accents::keep));
    }
  }
  check_normalize({{"ÉCOLE", "école"}, {"Kraków", "kraków"}, {"ŁÓDŹ", "łódź"}}, Accents::keep);
}

BOOST_AUTO_TEST_CASE(normalizes_every_code_point_of_both_blocks) {
  // From U+0080 to U+017F, one character at a time: the lower case from the tables, and with
  // Accents::strip the base letter of that lower case.
  for (char32_t code_point = 0x80; code_point <= kLastLatinLetter; ++code_point) {
    const std::string input = utf8(code_point);
    const char32_t lower = expected_lower(code_point);
    BOOST_TEST_CONTEXT("input: " << describe(code_point)) {
      BOOST_TEST(newsdesk::normalize(input) == utf8(lower));
      BOOST_TEST(newsdesk::normalize(input, Accents::strip) == utf8(expected_base(lower)));
    }
  }
}

BOOST_AUTO_TEST_CASE(passes_invalid_utf8_bytes_through_unchanged) {
  const std::vector<TextRow> rows = {
      {"\xFF", "\xFF"},                              // never in UTF-8
      {"\x80", "\x80"},                              // a continuation byte alone
      {"A\x80\x80" "B", "a\x80\x80" "b"},
      {"\xC3", "\xC3"},                              // cut short by the end
      {"CAF\xC3", "caf\xC3"},
      {"\xC3(", "\xC3("},                            // second byte not a continuation
      {"\xC9" "COLE", "\xC9" "cole"},                // Latin-1 É, not UTF-8
      {"\xE2\x80" "S", "\xE2\x80" "s"},              // a right quote cut short
      {"\xC0\xAF", "\xC0\xAF"},                      // overlong
      {"\xED\xA0\x80", "\xED\xA0\x80"},              // a surrogate
      {"\xF4\x90\x80\x80", "\xF4\x90\x80\x80"},      // above U+10FFFF
      {"\xE2\x80\x99\xE2\x80", "'\xE2\x80"},         // ’ then a cut-short one
  };
  check_normalize(rows, Accents::keep, NonAscii::escape);
  check_normalize(rows, Accents::strip, NonAscii::escape);
  // Letters folded on either side of an invalid byte: Ł then a lone lead byte; É, FF, É.
  check_normalize({{"\xC5\x81\xC5", "\xC5\x82\xC5"},
                   {"\xC3\x89\xFF\xC3\x89", "\xC3\xA9\xFF\xC3\xA9"}},
                  Accents::keep, NonAscii::escape);
  check_normalize({{"\xC5\x81\xC5", "l\xC5"},
                   {"\xC3\x89\xFF\xC3\x89", "e\xFF" "e"}},
                  Accents::strip, NonAscii::escape);
}

BOOST_AUTO_TEST_CASE(passes_nul_bytes_through) {
  using namespace std::string_view_literals;
  const std::vector<TextRow> rows = {
      {"\0"sv, "\0"sv},
      {"A\0B"sv, "a\0b"sv},
      {"É\0’"sv, "é\0'"sv},
      {"\0\xC3\0"sv, "\0\xC3\0"sv},  // a lead byte followed by NUL is invalid: both stay
  };
  check_normalize(rows, Accents::keep, NonAscii::escape);
  check_normalize({{"É\0"sv, "e\0"sv}}, Accents::strip, NonAscii::escape);
}

BOOST_AUTO_TEST_CASE(keeps_empty_and_white_space_text) {
  const std::vector<TextRow> rows = {
      {"", ""},
      {" ", " "},
      {"  \t ", "  \t "},
      {"\r\n", "\r\n"},
      {"A\r\nB", "a\r\nb"},
      {"\n\n", "\n\n"},
      {"\u00A0", "\u00A0"},          // no-break space
      {"A\u2009B", "a\u2009b"},      // thin space
  };
  check_normalize(rows, Accents::keep);
  check_normalize(rows, Accents::strip);
}

BOOST_AUTO_TEST_CASE(normalizes_a_long_text) {
  std::string input;
  std::string expected;
  for (int i = 0; i < 20'000; ++i) {
    input += "ÉCOLE’S — “ŁÓDŹ” ";
    expected += "école's - \"łódź\" ";
  }
  const std::string actual = newsdesk::normalize(input);
  BOOST_TEST(actual.size() == expected.size());
  // Show where the two first differ rather than all of both.
  std::size_t at = 0;
  while (at < actual.size() && at < expected.size() && actual[at] == expected[at]) {
    ++at;
  }
  BOOST_TEST_CONTEXT("first difference at byte " << at) {
    BOOST_TEST(escaped(std::string_view(actual).substr(at, 24)) ==
               escaped(std::string_view(expected).substr(at, 24)));
  }
}

BOOST_AUTO_TEST_CASE(folds_every_corpus_word_to_valid_utf8_no_longer_than_itself) {
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  std::size_t words = 0;
  for (const CorpusArticle& article : articles) {
    const std::string_view text = article.text;
    // Words are the runs between Unicode white space; report the first word that breaks a
    // promise in each article, for each option.
    for (const Accents accents : {Accents::keep, Accents::strip}) {
      std::size_t begin = 0;
      std::string problem = "none";
      std::size_t problem_at = 0;
      std::string_view problem_word;
      for (std::size_t at = 0; at <= text.size() && problem == "none";) {
        const newsdesk::unicode::Decoded decoded =
            at < text.size() ? newsdesk::unicode::decode(text, at)
                             : newsdesk::unicode::Decoded{U' ', 1, true};
        if (decoded.valid && newsdesk::unicode::is_white_space(decoded.value)) {
          if (begin < at) {
            const std::string_view word = text.substr(begin, at - begin);
            ++words;
            problem = problem_with(word, newsdesk::normalize(word, accents), accents);
            problem_at = begin;
            problem_word = word;
          }
          begin = at + decoded.length;
        }
        at += decoded.length;
      }
      BOOST_TEST_CONTEXT("article " << article.file << ", " << accents << ", word "
                                    << escaped(problem_word) << " at byte " << problem_at
                                    << " (" << describe_position(text, problem_at) << ")") {
        BOOST_TEST(problem == "none");
      }
    }
  }
  BOOST_TEST(words > std::size_t{1000});
}

BOOST_AUTO_TEST_SUITE_END()
