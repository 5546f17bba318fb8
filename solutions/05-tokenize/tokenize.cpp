// Exercise 05-tokenize: reference solution.
#include "tokenize.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "abbreviations.hpp"
#include "unicode.hpp"

namespace newsdesk {

namespace {

// The <cctype> functions take an int that must be an unsigned char value or EOF: a plain char
// holding a byte >= 0x80 is negative on most platforms, and passing it is undefined
// behaviour. These helpers take the byte as unsigned char and only ever answer for ASCII.
constexpr bool is_ascii_space(unsigned char byte) {
  return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\v' || byte == '\f' ||
         byte == '\r';
}

constexpr bool is_ascii_upper(unsigned char byte) { return byte >= 'A' && byte <= 'Z'; }

constexpr bool is_ascii_lower(unsigned char byte) { return byte >= 'a' && byte <= 'z'; }

constexpr bool is_ascii_letter(unsigned char byte) {
  return is_ascii_upper(byte) || is_ascii_lower(byte);
}

constexpr bool is_ascii_digit(unsigned char byte) { return byte >= '0' && byte <= '9'; }

constexpr bool is_ascii_alnum(unsigned char byte) {
  return is_ascii_letter(byte) || is_ascii_digit(byte);
}

constexpr unsigned char to_ascii_lower(unsigned char byte) {
  return is_ascii_upper(byte) ? static_cast<unsigned char>(byte - 'A' + 'a') : byte;
}

// The kind of each byte value, for the ASCII fast path: one table lookup per byte instead of
// a chain of comparisons, since most of news copy is ASCII letters, digits and spaces. A byte
// >= 0x80 starts (or continues) a multi-byte character and has to be decoded.
// (Equivalent to calling is_ascii_space() and is_ascii_alnum(); the table is built from them
// at compile time.)
enum class ByteKind : unsigned char { other, space, alnum, non_ascii };

constexpr std::array<ByteKind, 256> kByteKinds = [] {
  std::array<ByteKind, 256> kinds{};
  for (std::size_t value = 0; value < kinds.size(); ++value) {
    const auto byte = static_cast<unsigned char>(value);
    kinds[value] = byte >= 0x80           ? ByteKind::non_ascii
                   : is_ascii_space(byte) ? ByteKind::space
                   : is_ascii_alnum(byte) ? ByteKind::alnum
                                          : ByteKind::other;
  }
  return kinds;
}();

// The byte at `offset`, as unsigned char, so that comparisons with 0x80.. mean what they say.
// Past the end it is 0, which is no letter, digit, space or punctuation the rules name: the
// look-aheads below need no bounds checks of their own.
unsigned char byte_at(std::string_view text, std::size_t offset) {
  return offset < text.size() ? static_cast<unsigned char>(text[offset]) : 0;
}

// Whether `a` and `b` are equal, ignoring ASCII case.
bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return to_ascii_lower(static_cast<unsigned char>(x)) ==
           to_ascii_lower(static_cast<unsigned char>(y));
  });
}

// The curly apostrophe, U+2019 (which is also the closing single quotation mark): 3 bytes.
constexpr std::string_view kCurlyApostrophe = "\u2019";

// What a URL starts with, in any ASCII case.
constexpr std::array<std::string_view, 3> kUrlStarts = {"https://", "http://", "www."};

// The clitics that start at their apostrophe, without it: "'s", "'re" ... ("n't" is apart).
constexpr std::array<std::string_view, 6> kCliticsAfterApostrophe = {"s",  "re", "ve",
                                                                     "ll", "d",  "m"};

// The longest e-mail local part and domain name the standards allow (RFC 5321, RFC 1035).
// Bounding the search also keeps tokenize() O(n) on a long run of "@" and dots.
constexpr std::size_t kMaxLocalPart = 64;
constexpr std::size_t kMaxDomain = 255;

// Whether `code_point` belongs in a word: a letter, a decimal digit or a (combining) mark.
bool is_word_code_point(char32_t code_point) {
  return unicode::is_letter(code_point) || unicode::is_digit(code_point) ||
         unicode::is_mark(code_point);
}

// Whether the character at `offset` belongs in a word; false past the end and for an invalid
// byte. ASCII is answered without decoding.
bool is_word_char_at(std::string_view text, std::size_t offset) {
  const unsigned char byte = byte_at(text, offset);
  if (byte < 0x80) {
    return is_ascii_alnum(byte);
  }
  const unicode::Decoded c = unicode::decode(text, offset);
  return c.valid && is_word_code_point(c.value);
}

// Whether the character at `offset` is a letter, in any script.
bool is_letter_at(std::string_view text, std::size_t offset) {
  const unsigned char byte = byte_at(text, offset);
  if (byte < 0x80) {
    return is_ascii_letter(byte);
  }
  const unicode::Decoded c = unicode::decode(text, offset);
  return c.valid && unicode::is_letter(c.value);
}

// The length of the apostrophe at `offset`: 1 for ', 3 for ’, 0 for anything else.
std::size_t apostrophe_length_at(std::string_view text, std::size_t offset) {
  const unsigned char byte = byte_at(text, offset);
  if (byte == '\'') {
    return 1;
  }
  // Looking at the first byte (0xE2) before comparing all three is only a speed-up.
  if (byte == 0xE2 && text.substr(offset).starts_with(kCurlyApostrophe)) {
    return kCurlyApostrophe.size();
  }
  return 0;
}

// Whether `byte` may stand in a URL: the unreserved and reserved characters of RFC 3986 and
// "%", but not the apostrophe, which in news copy is far more often a closing quote.
bool is_url_byte(unsigned char byte) {
  constexpr std::string_view kUrlPunctuation = "-._~:/?#[]@!$&()*+,;=%";
  return is_ascii_alnum(byte) ||
         kUrlPunctuation.find(static_cast<char>(byte)) != std::string_view::npos;
}

// The sentence punctuation that is split off the end of a web token.
bool is_sentence_punctuation(unsigned char byte) {
  return byte == '.' || byte == ',' || byte == ';' || byte == ':' || byte == '!' || byte == '?';
}

// The length of the URL at `offset`: "https://", "http://" or "www." (in any ASCII case),
// then URL bytes, less sentence punctuation and unmatched ")" at its end; 0 when none.
std::size_t url_length(std::string_view text, std::size_t offset) {
  const std::string_view rest = text.substr(offset);
  std::size_t prefix = 0;
  for (const std::string_view start : kUrlStarts) {
    if (rest.size() >= start.size() && equals_ignoring_case(rest.substr(0, start.size()), start)) {
      prefix = start.size();
      break;
    }
  }
  if (prefix == 0) {
    return 0;
  }
  // Count the brackets on the way, so that "(see https://a.example/x)" leaves its ")" out
  // while "https://a.example/Foo_(bar)" keeps its own.
  std::size_t end = prefix;
  std::ptrdiff_t open_brackets = 0;
  while (end < rest.size() && is_url_byte(byte_at(rest, end))) {
    open_brackets += rest[end] == '(' ? 1 : rest[end] == ')' ? -1 : 0;
    ++end;
  }
  for (;;) {
    const unsigned char last = byte_at(rest, end - 1);
    if (end > prefix && is_sentence_punctuation(last)) {
      --end;
    } else if (end > prefix && last == ')' && open_brackets < 0) {
      --end;
      ++open_brackets;
    } else {
      break;
    }
  }
  return end > prefix ? end : 0;
}

// The length of the e-mail address at `offset`: a local part of ASCII letters, digits and
// . _ % + - that starts with a letter or digit, "@", then a domain of two or more labels
// (letters, digits and hyphens) joined by single dots; 0 when none.
std::size_t email_length(std::string_view text, std::size_t offset) {
  const auto is_local_byte = [](unsigned char byte) {
    return is_ascii_alnum(byte) || byte == '.' || byte == '_' || byte == '%' || byte == '+' ||
           byte == '-';
  };
  if (!is_ascii_alnum(byte_at(text, offset))) {
    return 0;
  }
  std::size_t at = offset;
  while (at - offset < kMaxLocalPart && is_local_byte(byte_at(text, at))) {
    ++at;
  }
  if (byte_at(text, at) != '@' || !is_ascii_alnum(byte_at(text, at + 1))) {
    return 0;
  }
  const std::size_t domain = at + 1;
  std::size_t end = domain;
  std::size_t dots = 0;
  for (;;) {
    while (end - domain < kMaxDomain &&
           (is_ascii_alnum(byte_at(text, end)) || byte_at(text, end) == '-')) {
      ++end;
    }
    // A dot belongs to the address only when another label follows it, so the full stop of
    // "write to press@a.example." stays out.
    if (end - domain >= kMaxDomain || byte_at(text, end) != '.' ||
        !is_ascii_alnum(byte_at(text, end + 1))) {
      break;
    }
    ++end;
    ++dots;
  }
  return dots > 0 ? end - offset : 0;
}

// The length of the @handle or #hashtag at `offset`: "@" or "#", then one or more letters,
// digits, marks and "_"; 0 when none.
std::size_t tag_length(std::string_view text, std::size_t offset) {
  const unsigned char first = byte_at(text, offset);
  if (first != '@' && first != '#') {
    return 0;
  }
  std::size_t end = offset + 1;
  for (;;) {
    const unsigned char byte = byte_at(text, end);
    if (is_ascii_alnum(byte) || byte == '_') {
      ++end;
    } else if (byte >= 0x80 && is_word_char_at(text, end)) {
      end += unicode::decode(text, end).length;
    } else {
      break;
    }
  }
  return end > offset + 1 ? end - offset : 0;
}

// The length of the elision at `offset`, which starts with an apostrophe: "'90s" (two digits,
// then an optional "s"), "'em" or "'n'", not followed by a letter or digit; 0 when none.
std::size_t elision_length(std::string_view text, std::size_t offset) {
  const std::size_t apostrophe = apostrophe_length_at(text, offset);
  if (apostrophe == 0) {
    return 0;
  }
  const std::size_t at = offset + apostrophe;
  std::size_t end = 0;  // where the elision would end; 0 while none fits
  if (is_ascii_digit(byte_at(text, at)) && is_ascii_digit(byte_at(text, at + 1))) {
    end = to_ascii_lower(byte_at(text, at + 2)) == 's' ? at + 3 : at + 2;
  } else if (equals_ignoring_case(text.substr(at, 2), "em")) {
    end = at + 2;
  } else if (to_ascii_lower(byte_at(text, at)) == 'n') {
    const std::size_t closing = apostrophe_length_at(text, at + 1);
    end = closing > 0 ? at + 1 + closing : 0;
  }
  return end > 0 && !is_word_char_at(text, end) ? end - offset : 0;
}

// The length of the clitic at `offset`, which starts with an apostrophe: "'s", "'re", "'ve",
// "'ll", "'d" or "'m", not followed by a letter or digit; 0 when none. tokenize() asks only
// where the apostrophe touches the token before it ("U.S.'s"), since "'s" after a space is
// more likely a quotation mark and the word "s".
std::size_t clitic_length(std::string_view text, std::size_t offset) {
  const std::size_t at = offset + apostrophe_length_at(text, offset);
  for (const std::string_view clitic : kCliticsAfterApostrophe) {
    if (equals_ignoring_case(text.substr(at, clitic.size()), clitic) &&
        !is_word_char_at(text, at + clitic.size())) {
      return at + clitic.size() - offset;
    }
  }
  return 0;
}

// What scan_word() found: where the word ends, and whether it holds an apostrophe (only
// then can it end in a clitic, so most words need no call to clitic_start()).
struct WordScan {
  std::size_t end = 0;
  bool has_apostrophe = false;
};

// Scans the word that starts at `at` with a letter, digit or mark: a maximal run of those,
// through the joiners that keep a token whole.
//   - A hyphen with a word character after it: "61-year-old", "Ortega-Vance".
//   - "," "." or ":" between two ASCII digits: "1,200", "3.5", "7:15".
//   - An apostrophe with a letter after it: "O'Neill", and "don't" for clitic_start().
// The character before a joiner is always a word character, since the loop only reaches a
// joiner after one.
WordScan scan_word(std::string_view text, std::size_t at) {
  WordScan word;
  for (;;) {
    // The ASCII fast path: most words are plain letters and digits.
    while (kByteKinds[byte_at(text, at)] == ByteKind::alnum) {
      ++at;
    }
    if (at >= text.size()) {
      break;
    }
    const unsigned char byte = byte_at(text, at);
    if (byte >= 0x80) {
      const unicode::Decoded c = unicode::decode(text, at);
      if (c.valid && is_word_code_point(c.value)) {
        at += c.length;
      } else if (c.valid && c.value == U'\u2019' && is_letter_at(text, at + c.length)) {
        at += c.length;  // the curly apostrophe of "O’Neill" or "it’s"
        word.has_apostrophe = true;
      } else {
        break;
      }
    } else if (byte == '-' && is_word_char_at(text, at + 1)) {
      ++at;
    } else if ((byte == ',' || byte == '.' || byte == ':') &&
               is_ascii_digit(byte_at(text, at - 1)) && is_ascii_digit(byte_at(text, at + 1))) {
      ++at;
    } else if (byte == '\'' && is_letter_at(text, at + 1)) {
      ++at;
      word.has_apostrophe = true;
    } else {
      break;
    }
  }
  word.end = at;
  return word;
}

// The end of the abbreviation made of the word [begin, end) and the periods after it, or `end`
// when the word keeps no period. A one-letter word may go on as a letter-dot run ("U.S.").
std::size_t abbreviation_end(std::string_view text, std::size_t begin, std::size_t end) {
  // A period that begins "..." is not an abbreviation's: the ellipsis is a token of its own
  // ("etc..." gives "etc" | "...").
  const auto is_period_at = [&](std::size_t offset) {
    return byte_at(text, offset) == '.' && text.substr(offset, 3) != "...";
  };
  if (!is_period_at(end)) {
    return end;
  }
  std::size_t candidate = end + 1;
  if (end == begin + 1) {
    while (is_ascii_letter(byte_at(text, candidate)) && is_period_at(candidate + 1)) {
      candidate += 2;
    }
  }
  return is_abbreviation(text.substr(begin, candidate - begin)) ? candidate : end;
}

// Whether `byte`, just after a word, may be where a URL or an e-mail address goes on:
// "https:", "www.", "press@", "g.ashby@", "first_last@" ... Other words need no second look.
bool may_continue_web_token(unsigned char byte) {
  return byte == '.' || byte == ':' || byte == '@' || byte == '_' || byte == '%' || byte == '+' ||
         byte == '-';
}

}  // namespace

bool is_abbreviation(std::string_view word) {
  // The kit's one list (data/abbreviations.txt), whatever the class of the entry: a period
  // stays on its word both before a name ("Dr.") and at the end of one ("Ltd.").
  if (abbreviations::find(word).has_value()) {
    return true;
  }
  // A single capital initial: "J."
  if (word.size() == 2 && is_ascii_upper(byte_at(word, 0)) && word[1] == '.') {
    return true;
  }
  // A run of two or more letter-dot pairs: "U.S.", "a.m.", "e.g."
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

std::size_t match_web_token(std::string_view text, std::size_t offset) {
  // Each try gives up early (after a few hundred bytes at most) when its shape does not start
  // here, so trying them in turn costs little. A URL goes first: "www.x@y.example" is a URL
  // that holds an "@", not an e-mail address.
  if (const std::size_t length = url_length(text, offset); length > 0) {
    return length;
  }
  if (const std::size_t length = email_length(text, offset); length > 0) {
    return length;
  }
  return tag_length(text, offset);
}

std::size_t clitic_start(std::string_view word) {
  // Every clitic has an apostrophe, and it starts among the last five bytes ("’ll" is the
  // longest: 3 + 2 bytes). Looking only there keeps this O(1) per word, which matters since
  // tokenize() asks about every word. (Equivalent: rfind over the whole word.)
  const std::size_t tail = word.size() > 5 ? word.size() - 5 : 0;
  std::size_t apostrophe = word.size();
  std::size_t length = 0;
  while (apostrophe > tail && length == 0) {
    --apostrophe;
    length = apostrophe_length_at(word, apostrophe);
  }
  if (length == 0) {
    return std::string_view::npos;
  }

  const std::string_view after = word.substr(apostrophe + length);
  // A plural possessive: "farmers'". The apostrophe itself is the token split off.
  if (after.empty()) {
    const bool plural = apostrophe > 0 && to_ascii_lower(byte_at(word, apostrophe - 1)) == 's';
    return plural ? apostrophe : std::string_view::npos;
  }
  // "n't" takes the "n" before the apostrophe: "do" | "n't", "ca" | "n't".
  if (equals_ignoring_case(after, "t") && apostrophe >= 2 &&
      to_ascii_lower(byte_at(word, apostrophe - 1)) == 'n') {
    return apostrophe - 1;
  }
  // The others start at the apostrophe; a word that is only a clitic ("'s") keeps it.
  for (const std::string_view clitic : kCliticsAfterApostrophe) {
    if (equals_ignoring_case(after, clitic)) {
      return apostrophe > 0 ? apostrophe : std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  // News copy has about one token per five bytes. Reserving one per four spares the vector
  // its regrowth, each step of which would copy every token so far. Each Token is a view
  // into `text`, so there is no allocation per token either.
  tokens.reserve(text.size() / 4);
  const auto add = [&](std::size_t begin, std::size_t end) {
    tokens.push_back(Token{std::string_view(text.data() + begin, end - begin), begin, end});
  };

  std::size_t at = 0;
  while (at < text.size()) {
    const unsigned char byte = byte_at(text, at);

    // What kind of character starts here. ASCII is read directly; the rest is decoded.
    bool starts_word = false;
    std::size_t length = 1;  // of a token of one character
    const ByteKind kind = kByteKinds[byte];
    if (kind == ByteKind::space) {
      ++at;
      continue;
    }
    if (kind != ByteKind::non_ascii) {
      starts_word = kind == ByteKind::alnum;
    } else {
      const unicode::Decoded c = unicode::decode(text, at);
      if (c.valid && unicode::is_white_space(c.value)) {
        at += c.length;
        continue;
      }
      starts_word = c.valid && is_word_code_point(c.value);
      length = c.length;  // an invalid byte has length 1: a token of its own
    }

    if (starts_word) {
      const WordScan word = scan_word(text, at);
      const std::size_t end = word.end;
      // A URL or an e-mail address would otherwise be cut at its first "." or "@".
      if (may_continue_web_token(byte_at(text, end))) {
        if (const std::size_t web = match_web_token(text, at); web > 0) {
          add(at, at + web);
          at += web;
          continue;
        }
      }
      const std::size_t abbreviation = abbreviation_end(text, at, end);
      if (abbreviation != end) {
        add(at, abbreviation);
        at = abbreviation;
        continue;
      }
      const std::size_t clitic =
          word.has_apostrophe ? clitic_start(text.substr(at, end - at)) : std::string_view::npos;
      if (clitic != std::string_view::npos) {
        add(at, at + clitic);
        add(at + clitic, end);
      } else {
        add(at, end);
      }
      at = end;
      continue;
    }

    // Not a word: one character, except for the tokens of several characters that start
    // with punctuation.
    if (text.substr(at, 3) == "...") {
      length = 3;
    } else if (text.substr(at, 2) == "--") {
      length = 2;
    } else if (byte == '@' || byte == '#') {
      length = std::max(length, match_web_token(text, at));
    } else if (apostrophe_length_at(text, at) > 0) {
      const bool touches_token = !tokens.empty() && tokens.back().end == at;
      length =
          std::max({length, elision_length(text, at), touches_token ? clitic_length(text, at) : 0});
    }
    add(at, at + length);
    at += length;
  }
  return tokens;
}

}  // namespace newsdesk
