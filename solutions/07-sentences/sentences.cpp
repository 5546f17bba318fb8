// Exercise 07-sentences: reference solution.
#include "sentences.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "abbreviations.hpp"
#include "cue_verbs.hpp"
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

// Capitalised words that go on after a time of day: a day, a month or a time zone ("at 6 p.m.
// Friday", "at 9 a.m. Jan. 5", "at 8 p.m. Eastern"). README.md lists the same ones; a zone
// written in capitals ("GMT") is known by its shape instead.
constexpr auto kCalendarWords = std::to_array<std::string_view>({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Eastern", "Central", "Mountain", "Pacific", "Atlantic",
});

// The longest name an attribution may have: "Dr. J. R. Okafor" takes four words.
constexpr std::size_t kMostNameWords = 4;

constexpr std::size_t kNone = std::string_view::npos;

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
// space nor a letter, so it simply belongs to the word it stands in.
Char char_at(std::string_view text, std::size_t offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) {
    return {byte, 1};
  }
  const unicode::Decoded decoded = unicode::decode(text, offset);
  return {decoded.value, decoded.length};
}

// The first character of `word`, or 0 for an empty word, which no rule accepts.
char32_t first_char(std::string_view word) { return word.empty() ? 0 : char_at(word, 0).value; }

bool starts_with_digit(std::string_view word) {
  return !word.empty() && is_ascii_digit(static_cast<unsigned char>(word.front()));
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

// The bullets that open the items of a list: • ‣ ⁃ ◦ ▪ ●.
bool is_bullet(char32_t c) {
  switch (c) {
    case U'\u2022': case U'\u2023': case U'\u2043': case U'\u25E6': case U'\u25AA':
    case U'\u25CF':
      return true;
    default:
      return false;
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

// A small letter, as far as wrapping a line goes: an ASCII one or a small Latin one.
bool is_small_letter(char32_t c) {
  return c < 0x80 ? is_ascii_lower(static_cast<unsigned char>(c)) : is_small_latin(c);
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

template <typename List>
bool contains(const List& list, std::string_view word) {
  // A linear search over a few dozen short words, and only at a possible sentence end.
  // Equivalent to a sorted array with std::binary_search, or a std::unordered_set.
  return std::find(list.begin(), list.end(), word) != list.end();
}

// The ASCII letters a word starts with: "It’s" gives "It", "said," gives "said". The openers,
// the calendar words and the cue verbs are ASCII words, so that is all of them a word holds.
std::string_view leading_letters(std::string_view word) {
  std::size_t end = 0;
  while (end < word.size() && is_ascii_letter(static_cast<unsigned char>(word[end]))) {
    ++end;
  }
  return word.substr(0, end);
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

// A small ASCII letter and its period, or the same letter twice for a plural: "p." (page),
// "s." (section), "c." (circa), "pp." (pages). Before a number, it abbreviates a word.
bool is_small_letter_abbreviation(std::string_view word) {
  if (word.size() < 2 || word.back() != '.' ||
      !is_ascii_lower(static_cast<unsigned char>(word[0]))) {
    return false;
  }
  return word.size() == 2 || (word.size() == 3 && word[1] == word[0]);
}

// The numero sign and its period: N or n, then a degree sign ° or an ordinal sign º ("N°. 12").
bool is_numero_sign(std::string_view word) {
  if (word.empty() || (word[0] != 'N' && word[0] != 'n')) {
    return false;
  }
  const std::string_view sign = word.substr(1);
  return sign == "\u00B0." || sign == "\u00BA.";
}

}  // namespace

bool is_sentence_opener(std::string_view word) { return contains(kSentenceOpeners, word); }

AbbreviationKind classify_abbreviation(std::string_view word) {
  // The kit's one list (data/abbreviations.txt) says which class a listed word is in; the
  // list names the letter-dot runs that stand before what they introduce ("e.g."), so it is
  // asked before the rule for runs.
  const std::optional<abbreviations::Class> listed = abbreviations::find(word);
  if (listed == abbreviations::Class::before || is_initial(word)) {
    return AbbreviationKind::before_name;
  }
  if (is_small_letter_abbreviation(word) || is_numero_sign(word)) {
    return AbbreviationKind::before_number;
  }
  if (listed == abbreviations::Class::ordinary || is_letter_dot_run(word)) {
    return AbbreviationKind::other;
  }
  return AbbreviationKind::none;
}

std::optional<Ending> find_ending(std::string_view word) {
  // One pass: remember where the last run began and where the closing marks after it began;
  // any other character means that run was not the word's end.
  std::size_t run_begin = kNone;
  std::size_t marks_begin = kNone;
  for (std::size_t i = 0; i < word.size();) {
    const Char c = char_at(word, i);
    if (is_terminal(c.value)) {
      if (run_begin == kNone || marks_begin != kNone) {
        run_begin = i;  // a new run: "?”." ends in the run "."
        marks_begin = kNone;
      }
    } else if (run_begin != kNone && is_closing_mark(c.value)) {
      if (marks_begin == kNone) {
        marks_begin = i;
      }
    } else {
      run_begin = kNone;
      marks_begin = kNone;
    }
    i += c.length;
  }
  if (run_begin == kNone) {
    return std::nullopt;
  }
  const std::size_t run_end = marks_begin == kNone ? word.size() : marks_begin;
  return Ending{word.substr(0, run_begin), word.substr(run_begin, run_end - run_begin),
                word.substr(run_end)};
}

namespace {

// A word of a name: a title or an initial ("Dr.", "J."), or a capitalised word of letters,
// hyphens and apostrophes that is no sentence opener ("Okafor-Mensah", "O’Neill", "Phádraig").
bool is_name_word(std::string_view word) {
  if (classify_abbreviation(word) == AbbreviationKind::before_name) {
    return true;
  }
  if (!is_capital(first_char(word)) || is_sentence_opener(word)) {
    return false;
  }
  for (std::size_t i = 0; i < word.size();) {
    const Char c = char_at(word, i);
    if (!unicode::is_letter(c.value) && c.value != '-' && c.value != '\'' && c.value != U'\u2019') {
      return false;
    }
    i += c.length;
  }
  return true;
}

}  // namespace

bool starts_with_attribution(std::span<const std::string_view> words) {
  // The name comes first, so a cue verb counts from the second word on.
  for (std::size_t i = 0; i < words.size() && i <= kMostNameWords; ++i) {
    if (i > 0 && cue_verbs::contains(leading_letters(words[i]))) {
      return true;
    }
    if (!is_name_word(words[i])) {
      return false;
    }
  }
  return false;
}

namespace {

// The word without its opening marks and without the closing marks after its run: the
// abbreviation it may be. "(U.S." gives "U.S.", "“Inc.”" gives "Inc.".
std::string_view abbreviation_in(std::string_view word) {
  const std::size_t begin = skip_while(word, 0, is_opening_mark);
  const std::size_t end = word.size() - find_ending(word)->marks.size();
  return word.substr(begin, end - begin);
}

// Whether what comes after an abbreviation of the `other` kind starts a new sentence: an
// opening quotation mark, or a word from the list of openers.
bool starts_sentence_after_abbreviation(std::string_view next) {
  return is_opening_quote(first_char(next)) || is_sentence_opener(leading_letters(next));
}

// The four ways of writing the two times of day.
bool is_time_of_day(std::string_view word) {
  return word == "a.m." || word == "p.m." || word == "A.M." || word == "P.M.";
}

// Two or more ASCII capitals and nothing else: a time zone such as "GMT" or "ET".
bool is_in_capitals(std::string_view word) {
  return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char byte) {
           return is_ascii_upper(static_cast<unsigned char>(byte));
         });
}

// Whether the time of day that ends words[at], after its number words[at - 1], ends the
// sentence before the word after it. An opener or an opening quote starts a new sentence, as
// after any `other` abbreviation; so does any other capitalised word ("at 6 P.M. Mr. Ruiz
// left"), unless it names a day, a month or a time zone (a calendar word, or a word before
// "time"), or the time opens its sentence: every word before its number is an opener ("At 6
// a.m. Mr. Ruiz left" is one sentence).
bool time_ends_sentence(std::span<const std::string_view> words, std::size_t at) {
  const std::size_t next = at + 1;
  if (starts_sentence_after_abbreviation(words[next])) {
    return true;
  }
  const std::string_view name = leading_letters(words[next]);
  const bool zone = next + 1 < words.size() && leading_letters(words[next + 1]) == "time";
  if (name.empty() || !is_ascii_upper(static_cast<unsigned char>(name[0])) ||
      contains(kCalendarWords, name) || is_in_capitals(name) || zone) {
    return false;  // "at 6 p.m. Friday", "at 6 p.m. GMT", "at 4 p.m. London time"
  }
  for (std::size_t i = 0; i + 1 < at; ++i) {
    if (!is_sentence_opener(words[i])) {
      return true;
    }
  }
  return false;
}

// The kind of the abbreviation `word`, after the word `before` it. Two shapes read otherwise
// there: "I." after a small-letter word may be the pronoun at a sentence's end ("you and I.")
// as well as an initial ("lawyer I. Okafor"), so it is `other`; a capital N, S, E or W after
// a number of degrees is a point of the compass ("78.2° N."), a word like any other.
AbbreviationKind kind_after(std::string_view before, std::string_view word) {
  if (word == "I." && is_small_letter(first_char(before))) {
    return AbbreviationKind::other;
  }
  const bool compass = word == "N." || word == "S." || word == "E." || word == "W.";
  if (compass && (before.ends_with("\u00B0") || before.ends_with("\u2032") ||
                  before.ends_with("\u2033"))) {
    return AbbreviationKind::none;
  }
  return classify_abbreviation(word);
}

// A dot of a spaced ellipsis: a single "." with at most closing marks after it (".", ".]").
bool is_dot(std::string_view word) {
  const std::optional<Ending> ending = find_ending(word);
  return ending && ending->stem.empty() && ending->run == ".";
}

// Whether the Ending closes a quotation with a question or an exclamation: "?”", "!'". The
// marks are closing ones, so the first is a quotation mark unless it is a bracket.
bool ends_quoted_question(const Ending& ending) {
  const char last = ending.run.back();
  return (last == '?' || last == '!') && !ending.marks.empty() &&
         !is_closing_bracket(first_char(ending.marks));
}

// The four steps of ends_sentence_after() below, in the order it takes them.

bool can_start_sentence(std::string_view word) {
  // A capital, a digit, an opening quote or bracket; not a dot, so no dot of a spaced
  // ellipsis ends a sentence before the next one: "wait . . . Then" ends at its last dot, as
  // "wait... Then" ends after its run.
  const char32_t c = first_char(word);
  if (c < 0x80 && is_ascii_digit(static_cast<unsigned char>(c))) {
    return true;
  }
  return is_capital(c) || is_opening_mark(c) || (c >= 0x80 && unicode::is_digit(c));
}

bool opens_its_sentence(std::span<const std::string_view> words, std::size_t at) {
  // Go back over the dots of a spaced ellipsis to the word they start from. Only the last dot
  // of a run of them is asked about (a dot cannot start a sentence), so this stays one pass.
  std::size_t first = at;
  while (first > 0 && is_dot(words[first])) {
    --first;
  }
  if (first != 0) {
    return false;  // a word of the sentence comes before the run
  }
  const std::optional<Ending> ending = find_ending(words[0]);
  return ending && skip_while(ending->stem, 0, is_opening_mark) == ending->stem.size();
}

bool period_ends_sentence(std::span<const std::string_view> words, std::size_t at) {
  const std::string_view word = abbreviation_in(words[at]);
  const std::string_view before = at > 0 ? words[at - 1] : std::string_view{};
  if (is_time_of_day(word) && starts_with_digit(before)) {
    return time_ends_sentence(words, at);
  }
  switch (kind_after(before, word)) {
    case AbbreviationKind::none:
      return true;
    case AbbreviationKind::before_name:
      return false;
    case AbbreviationKind::before_number:
      return !starts_with_digit(words[at + 1]);  // "p. 55" goes on, "an x. Then" ends
    case AbbreviationKind::other:
      return starts_sentence_after_abbreviation(words[at + 1]);
  }
  return true;
}

bool run_ends_sentence(const Ending& ending, std::span<const std::string_view> after) {
  // "“Why not?” Ruiz asked." is one sentence, "“Why not?” Nobody answered." two.
  return !(ends_quoted_question(ending) && starts_with_attribution(after));
}

}  // namespace

bool ends_sentence_after(std::span<const std::string_view> words, std::size_t at) {
  // Given: the rules for the end of a word, in the order of README.md.
  if (at + 1 >= words.size()) {
    return false;  // the end of the text is split_sentences()'s
  }
  const std::optional<Ending> ending = find_ending(words[at]);
  if (!ending || !can_start_sentence(words[at + 1])) {
    return false;  // "3.5" goes on, and so do "over?” she asked" and "wait . . . and see"
  }
  if (opens_its_sentence(words, at)) {
    return false;  // "“[…] The council agreed", ". . . Then we left."
  }
  // Only a single full stop can be an abbreviation's: "etc..." and "Inc.!" end like any run.
  if (ending->run == ".") {
    return period_ends_sentence(words, at);
  }
  return run_ends_sentence(*ending, words.subspan(at + 1));
}

namespace {

// The number or letter a list marker starts with, with the rest of `label` as its form, not
// yet checked: "12.)" gives {number, 12, ".)"}, "b)" gives {small_letter, 2, ")"}. A number
// has one or two digits.
std::optional<ListMarker> read_list_label(std::string_view label) {
  if (label.empty()) {
    return std::nullopt;
  }
  const auto byte = static_cast<unsigned char>(label[0]);
  if (is_ascii_lower(byte)) {
    return ListMarker{ListStyle::small_letter, byte - 'a' + 1, label.substr(1)};
  }
  if (is_ascii_upper(byte)) {
    return ListMarker{ListStyle::capital_letter, byte - 'A' + 1, label.substr(1)};
  }
  int value = 0;
  std::size_t digits = 0;
  while (digits < label.size() && digits < 3 &&
         is_ascii_digit(static_cast<unsigned char>(label[digits]))) {
    value = value * 10 + (label[digits] - '0');
    ++digits;
  }
  if (digits == 0 || digits == 3) {
    return std::nullopt;
  }
  return ListMarker{ListStyle::number, value, label.substr(digits)};
}

}  // namespace

std::optional<ListMarker> read_list_marker(std::string_view word) {
  if (is_bullet(first_char(word))) {
    return ListMarker{};  // "•", and "⁃9." with its number attached
  }
  const bool bracketed = word.starts_with('(');
  std::optional<ListMarker> marker = read_list_label(word.substr(bracketed ? 1 : 0));
  if (!marker) {
    return std::nullopt;
  }
  if (bracketed) {
    if (marker->form != ")") {
      return std::nullopt;
    }
    marker->form = "()";
  } else if (marker->form != "." && marker->form != ")" && marker->form != ".)") {
    return std::nullopt;
  }
  if (marker->style == ListStyle::capital_letter && marker->form == ".") {
    return std::nullopt;  // "A." is an initial
  }
  return marker;
}

bool is_next_marker(const ListMarker& previous, const ListMarker& next) {
  if (previous.style == ListStyle::bullet) {
    return next.style == ListStyle::bullet;
  }
  return next.style == previous.style && next.form == previous.form &&
         next.value == previous.value + 1;
}

namespace {

// Given: what split_sentences() remembers about the sentence it is reading.
struct Scan {
  std::size_t first = 0;           // the index of its first word
  std::size_t body = 0;            // the index of its first word after a list marker
  std::size_t open_brackets = 0;   // no sentence ends inside brackets
  std::optional<ListMarker> list;  // the marker of the open list's last item
};

// Given: the sentence from the word `first` to the word `last`, both views into `text`. A
// view's data() points into the text, so the difference of two pointers is an offset.
Sentence sentence_of(std::string_view text, std::string_view first, std::string_view last) {
  const auto begin = static_cast<std::size_t>(first.data() - text.data());
  const auto end = static_cast<std::size_t>(last.data() - text.data()) + last.size();
  return {text.substr(begin, end - begin), begin, end};
}

// How many line breaks stand in the white space between two neighbouring words.
std::size_t line_breaks_between(std::string_view word, std::string_view next) {
  const std::string_view gap(word.data() + word.size(), next.data());
  return static_cast<std::size_t>(std::count(gap.begin(), gap.end(), '\n'));
}

// Whether the line breaks before `next` only wrap the sentence whose first word is `first`:
// one break, so the next line follows at once; that line is no list item and starts with a
// small letter; and the sentence began as a sentence does. Lines that start with small
// letters ("harbour" "schools") are a list of lines, not a sentence that wraps.
bool is_wrapped_line(std::size_t line_breaks, std::string_view first, std::string_view next) {
  return line_breaks == 1 && !read_list_marker(next) && is_small_letter(first_char(next)) &&
         can_start_sentence(first);
}

// The index of the first word after the list marker at words[i]: "1." takes one word, and a
// bullet alone with a number or letter after it ("• 9.") two.
std::size_t skip_list_marker(std::span<const std::string_view> words, std::size_t i) {
  const bool lone_bullet = char_at(words[i], 0).length == words[i].size() &&
                           is_bullet(first_char(words[i]));
  if (lone_bullet && i + 1 < words.size()) {
    const std::optional<ListMarker> label = read_list_marker(words[i + 1]);
    if (label && label->style != ListStyle::bullet) {
      return i + 2;
    }
  }
  return i + 1;
}

// Whether `marker` opens a list after `word` inside a sentence: after a colon, with the first
// number or letter ("Steps: 1. Pack the tent 2. Check the map"). A bullet needs no colon: it
// starts an item wherever it stands.
bool opens_list_after(std::string_view word, const ListMarker& marker) {
  return word.ends_with(':') && marker.style != ListStyle::bullet && marker.value == 1;
}

// The four steps of split_sentences() below.

std::vector<std::string_view> find_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t begin = kNone;  // where the word being read began, while there is one
  for (std::size_t i = 0; i < text.size();) {
    const Char c = char_at(text, i);
    if (is_space(c.value) && begin != kNone) {
      words.push_back(text.substr(begin, i - begin));
      begin = kNone;
    } else if (!is_space(c.value) && begin == kNone) {
      begin = i;
    }
    i += c.length;
  }
  if (begin != kNone) {
    words.push_back(text.substr(begin));
  }
  return words;
}

std::size_t count_brackets(std::string_view word, std::size_t open) {
  // Brackets are ASCII, so bytes will do; a stray ")", as in "1) Buy bread.", closes nothing.
  for (const char byte : word) {
    if (is_opening_bracket(static_cast<unsigned char>(byte))) {
      ++open;
    } else if (is_closing_bracket(static_cast<unsigned char>(byte)) && open > 0) {
      --open;
    }
  }
  return open;
}

void start_sentence(std::span<const std::string_view> words, std::size_t i, Scan& scan) {
  // A sentence that opens with a marker is an item, whether the list opens here or goes on.
  scan.first = i;
  scan.body = i;
  const std::optional<ListMarker> marker = read_list_marker(words[i]);
  if (marker) {
    scan.list = marker;
    scan.body = skip_list_marker(words, i);  // "1. Pack the tent", "• 9. Pack the tent"
  }
}

bool ends_between(std::span<const std::string_view> words, std::size_t i, Scan& scan) {
  // The rules between two words first (a line break, a bullet, the next item of a list, a
  // list opened after a colon, brackets, a marker's own words), then the rules of a word's end.
  const std::string_view next = words[i + 1];
  const std::optional<ListMarker> marker = read_list_marker(next);
  const std::size_t line_breaks = line_breaks_between(words[i], next);
  if (line_breaks > 0 && !is_wrapped_line(line_breaks, words[scan.first], next)) {
    scan.list.reset();  // a line opens a list only with a marker of its own
    return true;        // a headline or a subhead never runs into the next line
  }
  if (marker && marker->style == ListStyle::bullet) {
    return true;  // "Tickets at the door • Cash only": a bullet always starts an item
  }
  if (scan.list && marker && is_next_marker(*scan.list, *marker)) {
    return true;  // "1. Pack the tent 2. Check the map"
  }
  if (marker && opens_list_after(words[i], *marker)) {
    scan.list = marker;
    scan.body = skip_list_marker(words, i + 1);
    return false;
  }
  if (scan.open_brackets > 0 || i < scan.body) {
    return false;  // "(he said so. Twice!)", and the "1." of "1. Pack the tent"
  }
  return ends_sentence_after(words.subspan(scan.first), i - scan.first);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  // Given: the words of the text, and the white space after each one decided in turn.
  const std::vector<std::string_view> words = find_words(text);
  std::vector<Sentence> sentences;
  Scan scan;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i == scan.first) {
      start_sentence(words, i, scan);
    }
    scan.open_brackets = count_brackets(words[i], scan.open_brackets);
    if (i + 1 == words.size() || ends_between(words, i, scan)) {
      sentences.push_back(sentence_of(text, words[scan.first], words[i]));
      scan.first = i + 1;
      scan.open_brackets = 0;
    }
  }
  return sentences;
}

}  // namespace newsdesk
