#include "words.hpp"

#include <array>
#include <cstdint>

#include <unicode/uchar.h>

#include "abbreviations.hpp"
#include "unicode.hpp"

namespace newsdesk::words {

namespace {

// ---- Bytes

// What one byte below 0x80 is to the rules; every byte from 0x80 on is `beyond_ascii`, to be
// decoded. One look-up in a table of 256 answers the question the scanner asks at nearly every
// byte of English news, where a chain of comparisons would ask up to five. After a run of
// ASCII letters and digits, a byte that `may_extend_word` is one that some rule reads on
// through (a joiner: - , . : '; or a sign within a URL, an e-mail address or an abbreviation:
// @ _ % +); a byte that `ends_word` ends the word there, whatever follows.
enum class ByteClass : std::uint8_t { space, letter_or_digit, may_extend_word, ends_word, beyond_ascii };

constexpr std::array<ByteClass, 256> make_byte_classes() {
  std::array<ByteClass, 256> classes{};
  constexpr std::string_view kMayExtendWord = "-,.:'@_%+";
  for (std::size_t byte = 0; byte < classes.size(); ++byte) {
    const bool letter = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
    const bool digit = byte >= '0' && byte <= '9';
    const bool space = byte == ' ' || (byte >= '\t' && byte <= '\r');
    if (byte >= 0x80) {
      classes[byte] = ByteClass::beyond_ascii;
    } else if (letter || digit) {
      classes[byte] = ByteClass::letter_or_digit;
    } else if (space) {
      classes[byte] = ByteClass::space;
    } else if (kMayExtendWord.find(static_cast<char>(byte)) != std::string_view::npos) {
      classes[byte] = ByteClass::may_extend_word;
    } else {
      classes[byte] = ByteClass::ends_word;
    }
  }
  return classes;
}

constexpr std::array<ByteClass, 256> kByteClasses = make_byte_classes();

// Each byte with its ASCII capital letter made small: a look-up per byte of a word.
constexpr std::array<unsigned char, 256> make_small_ascii() {
  std::array<unsigned char, 256> small{};
  for (std::size_t byte = 0; byte < small.size(); ++byte) {
    const bool capital = byte >= 'A' && byte <= 'Z';
    small[byte] = static_cast<unsigned char>(capital ? byte - 'A' + 'a' : byte);
  }
  return small;
}

constexpr std::array<unsigned char, 256> kSmallAscii = make_small_ascii();

// The byte at `offset` as unsigned char; 0 past the end, which no rule takes for anything, so
// that looking ahead needs no bounds check.
unsigned char byte_at(std::string_view text, std::size_t offset) {
  return offset < text.size() ? static_cast<unsigned char>(text[offset]) : 0;
}

ByteClass class_at(std::string_view text, std::size_t offset) {
  return kByteClasses[byte_at(text, offset)];
}

bool is_ascii_letter(unsigned char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
}

bool is_ascii_digit(unsigned char byte) { return byte >= '0' && byte <= '9'; }

bool is_ascii_alnum(unsigned char byte) { return kByteClasses[byte] == ByteClass::letter_or_digit; }

unsigned char to_ascii_lower(unsigned char byte) {
  return byte >= 'A' && byte <= 'Z' ? static_cast<unsigned char>(byte - 'A' + 'a') : byte;
}

// Whether `text` holds `expected` (in small ASCII letters) at `offset`, in any ASCII case.
bool has_at_ignoring_case(std::string_view text, std::size_t offset, std::string_view expected) {
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (to_ascii_lower(byte_at(text, offset + i)) != static_cast<unsigned char>(expected[i])) {
      return false;
    }
  }
  return true;
}

// ---- Characters

// The length of the white-space character at `offset` (rule 1), 0 for anything else.
std::size_t white_space_at(std::string_view text, std::size_t offset) {
  const ByteClass kind = class_at(text, offset);
  if (kind != ByteClass::beyond_ascii) {
    return kind == ByteClass::space ? 1 : 0;
  }
  const unicode::Decoded c = unicode::decode(text, offset);
  return c.valid && unicode::is_white_space(c.value) ? c.length : 0;
}

// The length of the word character (letter, digit or mark) at `offset`, 0 for anything else.
std::size_t word_character_at(std::string_view text, std::size_t offset) {
  const ByteClass kind = class_at(text, offset);
  if (kind != ByteClass::beyond_ascii) {
    return kind == ByteClass::letter_or_digit ? 1 : 0;
  }
  const unicode::Decoded c = unicode::decode(text, offset);
  const bool word = unicode::is_letter(c.value) || unicode::is_digit(c.value) ||
                    unicode::is_mark(c.value);
  return c.valid && word ? c.length : 0;
}

bool is_letter_at(std::string_view text, std::size_t offset) {
  const unsigned char byte = byte_at(text, offset);
  if (byte < 0x80) {
    return is_ascii_letter(byte);
  }
  const unicode::Decoded c = unicode::decode(text, offset);
  return c.valid && unicode::is_letter(c.value);
}

// The length of the apostrophe at `offset`: 1 for ', 3 for ’ (U+2019), 0 for anything else.
std::size_t apostrophe_at(std::string_view text, std::size_t offset) {
  if (byte_at(text, offset) == '\'') {
    return 1;
  }
  const bool curly = byte_at(text, offset) == 0xE2 && byte_at(text, offset + 1) == 0x80 &&
                     byte_at(text, offset + 2) == 0x99;
  return curly ? 3 : 0;
}

// ---- The rules of exercise 05, each the length of its kind of token at `offset`, or 0

// Rule 3: "n't" "'s" "'re" "'ve" "'ll" "'d" "'m", in any ASCII case, no word character after.
std::size_t clitic_at(std::string_view text, std::size_t offset) {
  std::size_t length = 0;
  if (const std::size_t apostrophe = apostrophe_at(text, offset); apostrophe > 0) {
    static constexpr std::array<std::string_view, 6> kAfterApostrophe = {"s", "re", "ve", "ll", "d", "m"};
    for (const std::string_view rest : kAfterApostrophe) {
      if (has_at_ignoring_case(text, offset + apostrophe, rest)) {
        length = apostrophe + rest.size();
        break;
      }
    }
  } else if (to_ascii_lower(byte_at(text, offset)) == 'n') {
    const std::size_t inner = apostrophe_at(text, offset + 1);
    if (inner > 0 && to_ascii_lower(byte_at(text, offset + 1 + inner)) == 't') {
      length = 1 + inner + 1;
    }
  }
  return length > 0 && word_character_at(text, offset + length) == 0 ? length : 0;
}

// Rules 2 and 4: word characters and the joiners between them, up to a clitic.
std::size_t word_at(std::string_view text, std::size_t offset) {
  std::size_t end = offset;
  for (;;) {
    while (is_ascii_alnum(byte_at(text, end))) {
      ++end;  // the bulk of English news: no decoding
    }
    if (class_at(text, end) == ByteClass::beyond_ascii) {
      if (const std::size_t length = word_character_at(text, end); length > 0) {
        end += length;
        continue;
      }
    }
    if (end == offset || class_at(text, end) == ByteClass::space) {
      break;  // no word here, or the commonest end of one
    }
    const unsigned char byte = byte_at(text, end);
    const std::size_t apostrophe = apostrophe_at(text, end);
    const bool between_digits =
        is_ascii_digit(byte_at(text, end - 1)) && is_ascii_digit(byte_at(text, end + 1));
    if (byte == '-' && word_character_at(text, end + 1) > 0) {
      end += 1;  // 61-year-old
    } else if ((byte == ',' || byte == '.' || byte == ':') && between_digits) {
      end += 1;  // 1,200  3.5  7:15
    } else if (apostrophe > 0 && end - 1 > offset && clitic_at(text, end - 1) > 0) {
      return end - 1 - offset;  // do | n't: the clitic takes the "n"
    } else if (apostrophe > 0 && clitic_at(text, end) == 0 &&
               is_letter_at(text, end + apostrophe)) {
      end += apostrophe;  // O'Neill; but it | 's
    } else {
      break;
    }
  }
  return end - offset;
}

// Rule 5, for a word that ends with its period.
bool is_abbreviation(std::string_view word) {
  if (abbreviations::find(word).has_value()) {
    return true;
  }
  const bool initial =
      word.size() == 2 && byte_at(word, 0) >= 'A' && byte_at(word, 0) <= 'Z' && word[1] == '.';
  if (initial) {
    return true;
  }
  if (word.size() < 4 || word.size() % 2 != 0) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); i += 2) {
    if (!is_ascii_letter(byte_at(word, i)) || word[i + 1] != '.') {
      return false;
    }
  }
  return true;
}

// Rule 5: the word at `offset` with its period, and more letter-period pairs after one
// letter ("U.S.A."), less a last period that an ellipsis takes.
std::size_t abbreviation_at(std::string_view text, std::size_t offset, std::size_t word) {
  std::size_t end = offset + word;
  if (byte_at(text, end) != '.') {
    return 0;
  }
  ++end;
  if (word == 1) {
    while (is_ascii_letter(byte_at(text, end)) && byte_at(text, end + 1) == '.') {
      end += 2;
    }
  }
  if (!is_abbreviation(text.substr(offset, end - offset))) {
    return 0;
  }
  if (byte_at(text, end) == '.' && byte_at(text, end + 1) == '.') {
    --end;  // "etc..." is etc | ...
  }
  return end - offset;
}

// Rule 6: a URL, without the sentence punctuation and the unmatched ")" at its end.
std::size_t url_at(std::string_view text, std::size_t offset) {
  std::size_t start = 0;
  static constexpr std::array<std::string_view, 3> kStarts = {"https://", "http://", "www."};
  for (const std::string_view prefix : kStarts) {
    if (has_at_ignoring_case(text, offset, prefix)) {
      start = prefix.size();
      break;
    }
  }
  if (start == 0) {
    return 0;
  }
  constexpr std::string_view kUrlPunctuation = "-._~:/?#[]@!$&()*+,;=%";
  std::size_t end = offset + start;
  std::size_t opened = 0;
  std::size_t closed = 0;
  for (; end < text.size(); ++end) {
    const unsigned char byte = byte_at(text, end);
    if (!is_ascii_alnum(byte) && kUrlPunctuation.find(static_cast<char>(byte)) == std::string_view::npos) {
      break;
    }
    opened += byte == '(' ? 1 : 0;
    closed += byte == ')' ? 1 : 0;
  }
  constexpr std::string_view kSentencePunctuation = ".,;:!?";
  while (end > offset + start) {
    const char last = text[end - 1];
    if (kSentencePunctuation.find(last) != std::string_view::npos) {
      --end;
    } else if (last == ')' && closed > opened) {
      --end;
      --closed;
    } else {
      break;
    }
  }
  return end > offset + start ? end - offset : 0;
}

// Rule 7: at most 64 bytes of local part, "@", then two or more labels joined by single dots,
// read for at most 255 bytes.
std::size_t email_at(std::string_view text, std::size_t offset) {
  constexpr std::size_t kMaxLocalPart = 64;
  constexpr std::size_t kMaxDomain = 255;
  constexpr std::string_view kLocalPunctuation = "._%+-";
  if (!is_ascii_alnum(byte_at(text, offset))) {
    return 0;
  }
  std::size_t at = offset;
  while (at < text.size() && at - offset < kMaxLocalPart &&
         (is_ascii_alnum(byte_at(text, at)) ||
          kLocalPunctuation.find(text[at]) != std::string_view::npos)) {
    ++at;
  }
  if (byte_at(text, at) != '@' || !is_ascii_alnum(byte_at(text, at + 1))) {
    return 0;
  }
  const std::size_t domain = at + 1;
  std::size_t end = domain;
  std::size_t labels = 1;
  for (;;) {
    while (end - domain < kMaxDomain &&
           (is_ascii_alnum(byte_at(text, end)) || byte_at(text, end) == '-')) {
      ++end;
    }
    const bool another_label = byte_at(text, end) == '.' && is_ascii_alnum(byte_at(text, end + 1));
    if (end - domain >= kMaxDomain || !another_label) {
      break;
    }
    ++end;
    ++labels;
  }
  return labels >= 2 ? end - offset : 0;
}

// Rule 8: "@" or "#", then word characters and "_".
std::size_t handle_at(std::string_view text, std::size_t offset) {
  std::size_t end = offset + 1;
  for (;;) {
    if (byte_at(text, end) == '_') {
      ++end;
    } else if (const std::size_t length = word_character_at(text, end); length > 0) {
      end += length;
    } else {
      break;
    }
  }
  return end > offset + 1 ? end - offset : 0;
}

// Rule 9: '90s '90 'em 'n', no word character after.
std::size_t elision_at(std::string_view text, std::size_t offset, std::size_t apostrophe) {
  const std::size_t after = offset + apostrophe;
  std::size_t length = 0;
  if (is_ascii_digit(byte_at(text, after)) && is_ascii_digit(byte_at(text, after + 1))) {
    length = apostrophe + 2 + (to_ascii_lower(byte_at(text, after + 2)) == 's' ? 1 : 0);
  } else if (has_at_ignoring_case(text, after, "em")) {
    length = apostrophe + 2;
  } else if (to_ascii_lower(byte_at(text, after)) == 'n' && apostrophe_at(text, after + 1) > 0) {
    length = apostrophe + 1 + apostrophe_at(text, after + 1);
  }
  return length > 0 && word_character_at(text, offset + length) == 0 ? length : 0;
}

// Rule 10: "..." "--", or one character (one byte when it is not valid UTF-8).
std::size_t punctuation_at(std::string_view text, std::size_t offset) {
  const unsigned char byte = byte_at(text, offset);
  if (byte == '.' && byte_at(text, offset + 1) == '.' && byte_at(text, offset + 2) == '.') {
    return 3;
  }
  if (byte == '-' && byte_at(text, offset + 1) == '-') {
    return 2;
  }
  return byte < 0x80 ? 1 : unicode::decode(text, offset).length;
}

// The length of the run of ASCII letters and digits at `offset` when that run is the whole
// token, 0 otherwise: when the end of the text, white space or a byte that ends a word
// follows it, or a comma after a letter (a comma joins only digits).
std::size_t plain_ascii_word_at(std::string_view text, std::size_t offset) {
  std::size_t end = offset;
  while (end < text.size() &&
         kByteClasses[static_cast<unsigned char>(text[end])] == ByteClass::letter_or_digit) {
    ++end;
  }
  if (end == offset) {
    return 0;
  }
  if (end == text.size()) {
    return end - offset;
  }
  const ByteClass next = class_at(text, end);
  const bool comma_after_letter = text[end] == ',' && !is_ascii_digit(byte_at(text, end - 1));
  const bool ends_there =
      next == ByteClass::space || next == ByteClass::ends_word || comma_after_letter;
  return ends_there ? end - offset : 0;
}

// ---- Folding (exercise 06, accents kept)

// The small letter of each code point below U+0180 (ASCII, Latin-1 Supplement, Latin
// Extended-A), itself when it has none: the simple lower case of the Unicode Character
// Database, as ICU's u_tolower() gives it. Exercise 06's fold_case() states the same rule
// letter by letter; the tests compare the two on every code point.
constexpr char32_t kEndOfCaseFolding = U'\u0180';

const std::array<char32_t, kEndOfCaseFolding>& small_letters() {
  static const std::array<char32_t, kEndOfCaseFolding> table = [] {
    std::array<char32_t, kEndOfCaseFolding> small{};
    for (char32_t c = 0; c < kEndOfCaseFolding; ++c) {
      small[c] = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    }
    return small;
  }();
  return table;
}

// 06's fold_punctuation(): typographic quotation marks and apostrophes become straight ones,
// the en and em dashes a hyphen.
char32_t straight_punctuation(char32_t c) {
  if (c >= U'\u2018' && c <= U'\u201B') {
    return U'\'';
  }
  if (c >= U'\u201C' && c <= U'\u201F') {
    return U'"';
  }
  if (c == U'\u2013' || c == U'\u2014') {
    return U'-';
  }
  return c;
}

// Appends `token` folded to `out`, and says whether it holds a letter or a digit (a mark
// alone, "_" or "#" do not make a word).
bool fold_and_check(std::string_view token, std::string& out) {
  bool letter_or_digit = false;
  std::size_t at = 0;
  while (at < token.size()) {
    const unsigned char byte = byte_at(token, at);
    if (byte < 0x80) {
      letter_or_digit = letter_or_digit || is_ascii_alnum(byte);
      out += static_cast<char>(to_ascii_lower(byte));
      ++at;
      continue;
    }
    const unicode::Decoded c = unicode::decode(token, at);
    if (!c.valid) {
      out += token[at];  // copied as it is: folding never invents text
    } else {
      letter_or_digit = letter_or_digit || unicode::is_letter(c.value) || unicode::is_digit(c.value);
      const char32_t folded =
          c.value < kEndOfCaseFolding ? small_letters()[c.value] : straight_punctuation(c.value);
      if (folded == c.value) {
        out += token.substr(at, c.length);  // the bytes already are the encoding
      } else {
        unicode::encode(folded, out);
      }
    }
    at += c.length;
  }
  return letter_or_digit;
}

// ---- Tokens

// The token at `begin`: its length, and whether it may be a word (false for punctuation).
struct Token {
  std::size_t length = 0;
  bool may_be_word = true;
};

// The token at `begin` by exercise 05's order of rules: at a word character a URL, an e-mail
// address, an abbreviation, else the word; at any other character a handle, an elision, a
// clitic that touches the token before it (`touches_last`), else punctuation. A URL, an
// address and an abbreviation all begin like a word that stops at one of . : @ _ % + -, so
// only such a word is asked the three questions.
Token token_at(std::string_view text, std::size_t begin, bool touches_last) {
  if (const std::size_t word = word_at(text, begin); word > 0) {
    const unsigned char after = byte_at(text, begin + word);
    std::size_t length = 0;
    if (after == '.' || after == ':' || after == '@' || after == '_' || after == '%' ||
        after == '+' || after == '-') {
      length = url_at(text, begin);
      length = length > 0 ? length : email_at(text, begin);
      length = length > 0 ? length : abbreviation_at(text, begin, word);
    }
    return Token{length > 0 ? length : word};
  }
  const unsigned char byte = byte_at(text, begin);
  std::size_t length = 0;
  if (byte == '@' || byte == '#') {
    length = handle_at(text, begin);
  } else if (const std::size_t apostrophe = apostrophe_at(text, begin); apostrophe > 0) {
    length = elision_at(text, begin, apostrophe);
    if (length == 0 && touches_last) {
      length = clitic_at(text, begin);
    }
  }
  if (length > 0) {
    return Token{length};
  }
  return Token{punctuation_at(text, begin), /*may_be_word=*/false};
}

}  // namespace

void fold(std::string_view token, std::string& out) { fold_and_check(token, out); }

std::string fold(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  fold(token, out);
  return out;
}

Scanner::Scanner(std::string_view text) : text_(text) {}

// One token at a time. Most words of English news are a run of ASCII letters and digits that
// white space or punctuation ends: no rule but rule 2 applies to them, and folding lowers
// each byte, so they go by the fast path. Anything else goes through token_at().
std::optional<Word> Scanner::next() {
  // Local copies: a byte written into folded_ might alias a member, so the compiler would
  // read the members again after every write; locals stay in registers.
  const std::string_view text = text_;
  std::size_t at = at_;
  while (at < text.size()) {
    if (const std::size_t space = white_space_at(text, at); space > 0) {
      at += space;
      continue;
    }
    const std::size_t begin = at;
    if (const std::size_t run = plain_ascii_word_at(text, begin); run > 0) {
      folded_.assign(text.substr(begin, run));
      for (char& c : folded_) {
        c = static_cast<char>(kSmallAscii[static_cast<unsigned char>(c)]);
      }
      at_ = begin + run;
      last_end_ = at_;
      return Word{folded_, begin, at_};
    }
    const Token token = token_at(text, begin, last_end_ == begin);
    at = begin + token.length;
    last_end_ = at;
    if (token.may_be_word) {
      folded_.clear();
      if (fold_and_check(text.substr(begin, token.length), folded_)) {
        at_ = at;
        return Word{folded_, begin, at};
      }
    }
  }
  at_ = at;
  return std::nullopt;
}

std::vector<std::string> all(std::string_view text) {
  std::vector<std::string> words;
  for_each_word(text, [&](std::string_view word) { words.emplace_back(word); });
  return words;
}

}  // namespace newsdesk::words
