// Exercise 07-sentences: reference solution.
#include "sentences.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "abbreviations.hpp"
#include "unicode.hpp"

namespace newsdesk {

namespace {

// Capitalised words that often open a sentence and seldom go on a name: after "U.S." or
// "Inc." they tell a new sentence ("... the U.S. He followed") from the rest of a name ("the
// U.S. Navy"). README.md lists the same ones.
constexpr auto kSentenceOpeners = std::to_array<std::string_view>({
    // Articles and determiners.
    "A", "An", "The", "This", "That", "These", "Those", "Some", "Many", "Most", "Several",
    "Both", "All", "Each", "Every", "Any", "Another", "Such", "Few", "Much", "Neither",
    "Either",
    // Pronouns and possessives.
    "I", "He", "She", "It", "We", "They", "You", "His", "Her", "Its", "Our", "Their", "My",
    "Your", "There", "Here", "One", "Nobody", "None",
    // Question words.
    "What", "When", "Where", "Who", "Whom", "Whose", "Why", "How", "Which",
    // Conjunctions and adverbs that open a clause.
    "But", "And", "Or", "So", "Yet", "Nor", "If", "As", "Because", "Although", "Though",
    "While", "Whether", "Unless", "Once", "Since", "After", "Before", "Until", "Then", "Now",
    "Still", "Also", "However", "Meanwhile", "Instead", "Later", "Earlier", "Today",
    "Yesterday", "Tomorrow",
    // Prepositions that open a sentence ("In 2020, ...").
    "In", "On", "At", "For", "By", "With", "From", "During", "Under", "Despite",
    // Verbs that open a question.
    "Is", "Are", "Was", "Were", "Do", "Does", "Did",
});

// The <cctype> functions take an int that must be an unsigned char value or EOF: a plain char
// holding a byte >= 0x80 is negative on most platforms, and passing it is undefined
// behaviour. These helpers take the byte as unsigned char and only ever answer for ASCII.
bool is_ascii_upper(unsigned char byte) { return byte >= 'A' && byte <= 'Z'; }

bool is_ascii_lower(unsigned char byte) { return byte >= 'a' && byte <= 'z'; }

bool is_ascii_letter(unsigned char byte) { return is_ascii_upper(byte) || is_ascii_lower(byte); }

bool is_ascii_digit(unsigned char byte) { return byte >= '0' && byte <= '9'; }

// One character of the text: its code point and how many bytes it takes.
struct Char {
  char32_t value = 0;
  std::size_t length = 1;
};

// The character at byte `offset`. News text is mostly ASCII, so a byte < 0x80 is answered
// without decoding. An invalid byte comes back as U+FFFD, one byte long: it is neither white
// space nor a letter, so it simply belongs to the sentence it stands in.
Char char_at(std::string_view text, std::size_t offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) {
    return {byte, 1};
  }
  const unicode::Decoded decoded = unicode::decode(text, offset);
  return {decoded.value, decoded.length};
}

// White space: the ASCII bytes, then the Unicode White_Space characters (U+00A0, U+2009, ...).
bool is_space(char32_t c) {
  if (c < 0x80) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
  }
  return unicode::is_white_space(c);
}

// . ! ? and the ellipsis character; "..." is a run of three full stops.
bool is_terminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == U'\u2026'; }

// The quotation marks that open a quotation: " ' ‘ “ ‚ „ ‹ «.
bool is_opening_quote(char32_t c) {
  switch (c) {
    case '"': case '\'': case U'\u2018': case U'\u201C': case U'\u201A': case U'\u201E':
    case U'\u2039': case U'\u00AB':
      return true;
    default:
      return false;
  }
}

bool is_opening_bracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }

bool is_closing_bracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }

bool is_opening_mark(char32_t c) { return is_opening_quote(c) || is_opening_bracket(c); }

// What may follow the terminal punctuation and still belong to its sentence: " ' ’ ” › » and
// the closing brackets. A straight quote right after a full stop can only be a closing one.
bool is_closing_mark(char32_t c) {
  switch (c) {
    case '"': case '\'': case U'\u2019': case U'\u201D': case U'\u203A': case U'\u00BB':
      return true;
    default:
      return is_closing_bracket(c);
  }
}

// A small letter of the Latin-1 Supplement or Latin Extended-A (à é ß ł ś ž ...). Latin
// Extended-A pairs each capital with the small letter after it, the capital on the even code
// point, except in two stretches where it is on the odd one (Ĺ U+0139 ... Ň U+0147, Ź U+0179
// ... Ž U+017D). Equivalent, with ICU: u_islower(c).
bool is_small_latin(char32_t c) {
  if (c >= U'\u00DF' && c <= U'\u00FF') {
    return c != U'\u00F7';  // the division sign
  }
  if (c < U'\u0100' || c > U'\u017F') {
    return false;
  }
  if (c == U'\u0138' || c == U'\u0149' || c == U'\u017F') {
    return true;  // ĸ ŉ ſ have no capital
  }
  if (c == U'\u0178') {
    return false;  // Ÿ, the capital of ÿ U+00FF
  }
  const bool capital_on_odd =
      (c >= U'\u0139' && c <= U'\u0148') || (c >= U'\u0179' && c <= U'\u017E');
  return capital_on_odd ? c % 2 == 0 : c % 2 == 1;
}

// A capital, as far as starting a sentence goes: an ASCII capital, or a letter beyond ASCII
// that is not a known small letter. So "Łódź" and "Élise" start sentences, and so does
// Chinese, which has no case; a small Greek or Cyrillic letter does too (README.md, limits).
bool is_capital(char32_t c) {
  if (c < 0x80) {
    return is_ascii_upper(static_cast<unsigned char>(c));
  }
  return unicode::is_letter(c) && !is_small_latin(c);
}

// Whether a sentence can start with `c`: a capital, a digit, an opening quote or bracket.
bool can_start_sentence(char32_t c) {
  if (c < 0x80 && is_ascii_digit(static_cast<unsigned char>(c))) {
    return true;
  }
  return is_capital(c) || is_opening_mark(c) || (c >= 0x80 && unicode::is_digit(c));
}

// The offset of the first character at or after `at` for which `wanted` is false.
template <typename Predicate>
std::size_t skip_while(std::string_view text, std::size_t at, Predicate wanted) {
  while (at < text.size()) {
    const Char c = char_at(text, at);
    if (!wanted(c.value)) {
      break;
    }
    at += c.length;
  }
  return at;
}

// One possible sentence end: the word before it, its run of . ! ? … and the closing marks
// after the run. In "the “U.S.” He", the word is U.S. and the run is its last period.
struct Candidate {
  std::size_t word_begin = 0;  // after the word's opening quotes and brackets
  std::size_t run_begin = 0;
  std::size_t run_end = 0;
  std::size_t marks_end = 0;   // after the closing quotes and brackets
};

// Whether what comes after an abbreviation of the `other` kind starts a new sentence: an
// opening quotation mark, or a word from the list of openers. `next` is the first byte after
// the white space.
bool starts_sentence_after_abbreviation(std::string_view text, std::size_t next) {
  if (is_opening_quote(char_at(text, next).value)) {
    return true;  // "Towage Ltd. “Last month ..."
  }
  // The openers are ASCII words, so the word's letters are ASCII too: "It’s" gives "It".
  std::size_t word_end = next;
  while (word_end < text.size() && is_ascii_letter(static_cast<unsigned char>(text[word_end]))) {
    ++word_end;
  }
  return is_sentence_opener(text.substr(next, word_end - next));
}

// Whether the candidate ends a sentence (README.md, "The rules"): white space after it, then,
// on the same line, a character that can start a sentence, and no abbreviation that says
// otherwise. A line break or the end of the text needs no decision: the sentence ends there.
bool ends_sentence(std::string_view text, const Candidate& at) {
  if (at.marks_end == text.size() || !is_space(char_at(text, at.marks_end).value)) {
    return false;  // "3.5", "U.S.-based" and "?)," go on
  }
  const std::size_t next =
      skip_while(text, at.marks_end, [](char32_t c) { return is_space(c) && c != '\n'; });
  if (next == text.size() || text[next] == '\n' || !can_start_sentence(char_at(text, next).value)) {
    return false;  // "“Is it over?” she asked."
  }
  // Only a single full stop can be an abbreviation's: "etc..." and "Inc.!" end like any run.
  if (at.run_end - at.run_begin != 1 || text[at.run_begin] != '.') {
    return true;
  }
  switch (classify_abbreviation(text.substr(at.word_begin, at.run_end - at.word_begin))) {
    case AbbreviationKind::none:
      return true;
    case AbbreviationKind::before_name:
      return false;
    case AbbreviationKind::other:
      return starts_sentence_after_abbreviation(text, next);
  }
  return true;
}

// Two or more ASCII letter-dot pairs: "U.S.", "U.K.", "a.m.", "e.g.".
bool is_letter_dot_run(std::string_view word) {
  if (word.size() < 4 || word.size() % 2 != 0) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); i += 2) {
    if (!is_ascii_letter(static_cast<unsigned char>(word[i])) || word[i + 1] != '.') {
      return false;
    }
  }
  return true;
}

// A single capital and its period: "J." in "J. R. Okafor", "Ł." in "Ł. Wrona".
bool is_initial(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') {
    return false;
  }
  const Char letter = char_at(word, 0);
  return letter.length == word.size() - 1 && is_capital(letter.value);
}

template <typename List>
bool contains(const List& list, std::string_view word) {
  // A linear search over a few dozen short words, and only at a possible sentence end.
  // Equivalent to a sorted array with std::binary_search, or a std::unordered_set.
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

AbbreviationKind classify_abbreviation(std::string_view word) {
  // The kit's one list (data/abbreviations.txt) says which class a listed word is in; the
  // list names the letter-dot runs that stand before what they introduce ("e.g."), so it is
  // asked before the rule for runs.
  const std::optional<abbreviations::Class> listed = abbreviations::find(word);
  if (listed == abbreviations::Class::before || is_initial(word)) {
    return AbbreviationKind::before_name;
  }
  if (listed == abbreviations::Class::ordinary || is_letter_dot_run(word)) {
    return AbbreviationKind::other;
  }
  return AbbreviationKind::none;
}

bool is_sentence_opener(std::string_view word) { return contains(kSentenceOpeners, word); }

std::vector<Sentence> split_sentences(std::string_view text) {
  constexpr std::size_t kNone = std::string_view::npos;
  std::vector<Sentence> sentences;
  std::size_t begin = kNone;   // where the sentence being read began, while one is open
  std::size_t end = 0;         // the end of its last character that is not white space
  std::size_t word_begin = 0;  // where the word being read began
  int open_brackets = 0;       // no sentence ends inside brackets

  const auto close_sentence = [&] {
    if (begin != kNone) {
      sentences.push_back({text.substr(begin, end - begin), begin, end});
      begin = kNone;
    }
  };
  const auto count_bracket = [&](char32_t c) {
    if (is_opening_bracket(c)) {
      ++open_brackets;
    } else if (is_closing_bracket(c) && open_brackets > 0) {
      --open_brackets;  // a stray ")", as in "1) Buy bread.", closes nothing
    }
  };

  for (std::size_t i = 0; i < text.size();) {
    const Char c = char_at(text, i);
    if (is_space(c.value)) {
      if (c.value == '\n') {
        close_sentence();  // a line break ends the sentence, and any bracket left open
        open_brackets = 0;
      }
      i += c.length;
      word_begin = i;
      continue;
    }
    if (begin == kNone) {
      begin = i;
    }
    if (!is_terminal(c.value)) {
      count_bracket(c.value);
      i += c.length;
      end = i;
      continue;
    }

    // A run of . ! ? … ("?!", "...", "…"), then the closing quotes and brackets after it.
    Candidate candidate;
    candidate.word_begin = skip_while(text, word_begin, is_opening_mark);
    candidate.run_begin = i;
    candidate.run_end = skip_while(text, i, is_terminal);
    candidate.marks_end = skip_while(text, candidate.run_end, is_closing_mark);
    for (std::size_t k = candidate.run_end; k < candidate.marks_end; ++k) {
      count_bracket(static_cast<unsigned char>(text[k]));  // brackets are ASCII
    }
    i = candidate.marks_end;
    end = i;
    if (open_brackets == 0 && ends_sentence(text, candidate)) {
      close_sentence();
    }
  }
  close_sentence();
  return sentences;
}

}  // namespace newsdesk
