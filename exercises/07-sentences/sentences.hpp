// Exercise 07-sentences: split text into sentences, with byte offsets.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/07-sentences/ checks it. See README.md for the rules and tasks.
// The functions come in the order of the tasks: each one uses those above it.
#ifndef NEWSDESK_SENTENCES_HPP
#define NEWSDESK_SENTENCES_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace newsdesk {

// Sentence
//
// One sentence: a view of its bytes and their place, the half-open byte range [begin, end).
// It starts at its first character that is not white space and ends after its last one: its
// final punctuation and closing marks, or, without them, the last word before a line break or
// before the next item of a list.
// Caveat: `text` points into the input, which must outlive the sentence.
struct Sentence {
  std::string_view text;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const Sentence&, const Sentence&) = default;
};

// is_sentence_opener()
//
// Whether `word` is a common sentence opener from the documented list (pronouns, articles,
// question words and similar: "He", "She", "The", "It", "But", ...), compared exactly, so
// capitalised.
//
// Example:
//   is_sentence_opener("He")
//   // => true
//   is_sentence_opener("Navy")
//   // => false
//
// Errors: none.
[[nodiscard]] bool is_sentence_opener(std::string_view word);

// AbbreviationKind
//
// How an abbreviation behaves at a possible sentence end (data/abbreviations.txt gives each
// listed one its class, `before` or `ordinary`):
//   - before_name: stands before what it introduces, a name, a number or an example (Mr. Dr.
//     Prof. St. Gen. No. vs. e.g. i.e. ...), or is a single capital initial ("J."): never ends
//     a sentence.
//   - before_number: a single small ASCII letter ("p." for page, "s." for section, "c." for
//     circa), the same letter doubled ("pp."), or a numero sign ("N°.", "Nº."): ends a sentence
//     unless a number comes next.
//   - other: U.S. Inc. Co. Ltd. Jr. a.m. p.m. etc. and the months: ends a sentence only when
//     the next word is a common sentence opener, or an opening quotation mark comes next.
//   - none: not an abbreviation.
enum class AbbreviationKind { none, before_name, before_number, other };

// classify_abbreviation()
//
// What kind of abbreviation `word` is. `word` is an abbreviation as README.md defines it: a
// word with its final period, whose opening marks and closing marks after its run are already
// removed (ends_sentence_after() passes "U.S." for the word "(U.S.”"; "(U.S." itself is none).
// The kit's list is asked through abbreviations::find(), exactly, case included ("DR." is
// none): class `before` gives before_name, class `ordinary` gives other. A single capital
// (README.md: an ASCII one, or a letter beyond ASCII that is no small Latin letter, so "Ł."
// and "王." but not "é.") with its period is an initial (before_name); a single small ASCII
// letter, the same letter twice, or N or n with a degree sign ° or an ordinal sign º, each
// with its period, is before_number; any other run of two or more ASCII letter-dot pairs
// ("U.S.A.", "a.m.") is other. Anything else, "é." included, is none.
//
// Example:
//   classify_abbreviation("Dr.")
//   // => AbbreviationKind::before_name
//   classify_abbreviation("p.")
//   // => AbbreviationKind::before_number
//   classify_abbreviation("U.S.")
//   // => AbbreviationKind::other
//
// Errors: none.
[[nodiscard]] AbbreviationKind classify_abbreviation(std::string_view word);

// Ending
//
// How a word ends when it can end a sentence: the text before its last run of terminal
// punctuation (. ! ? and …), the run, and the closing quotes and brackets after the run. Each
// is a view into the word, and stem + run + marks is the whole word.
struct Ending {
  std::string_view stem;
  std::string_view run;
  std::string_view marks;

  friend bool operator==(const Ending&, const Ending&) = default;
};

// find_ending()
//
// The Ending of `word`, or nothing when the word does not end in a run of terminal
// punctuation and its closing marks. The stem keeps any opening marks: "(U.S." gives the stem
// "(U.S", the run "." and no marks.
//
// Example:
//   find_ending("over?”")
//   // => {stem "over", run "?", marks "”"}
//   find_ending("3.5")
//   // => nothing: the run is not at the end
//
// Edge cases:
//   - "..." gives an empty stem and the run "..."; "?!”)" the run "?!" and the marks "”)".
//   - A word whose last run is followed by anything but closing marks ("?),", "U.S.-based")
//     gives nothing.
// Errors: none.
[[nodiscard]] std::optional<Ending> find_ending(std::string_view word);

// starts_with_attribution()
//
// Whether `words`, the words after a quotation that ends in ? or !, open with its speaker and
// a speech verb: one to four name words, then a cue verb of data/cue_verbs.txt
// (cue_verbs::contains()), compared by its leading ASCII letters ("said," gives "said"). A
// name word is a title or an initial (classify_abbreviation() gives before_name: "Dr.", "J."),
// or a word that starts with a capital, holds only letters, hyphens and apostrophes, and is
// no sentence opener ("Ruiz", "Okafor-Mensah", "Phádraig"; not "Nobody").
//
// Example:
//   starts_with_attribution(std::vector<std::string_view>{"Ruiz", "asked."})
//   // => true
//   starts_with_attribution(std::vector<std::string_view>{"Nobody", "answered."})
//   // => false
//
// Errors: none.
[[nodiscard]] bool starts_with_attribution(std::span<const std::string_view> words);

// ends_sentence_after()
//
// Whether a sentence ends in the white space after `words[at]`, by README.md's rules 1 to 6
// for the end of a word: a run and what may follow it, ellipses, abbreviations, times of day
// and attributions. `words` are the words of the text, as split at white space, from the first
// word of the open sentence on: words[0] is that first word. Brackets, line breaks and lists
// are split_sentences()'s to decide, and the last word never ends a sentence here.
//
// Example:
//   ends_sentence_after(std::vector<std::string_view>{"She", "left.", "He", "stayed."}, 1)
//   // => true
//   ends_sentence_after(std::vector<std::string_view>{"At", "6", "a.m.", "Ms.", "Ruiz"}, 2)
//   // => false
//
// Edge cases:
//   - Every ellipsis, "...", "…", spaced dots ". . ." or one in brackets ("[…]"), ends its
//     sentence before a word that can start one, and only there: "wait . . . Then" ends after
//     its last dot, "wait . . . and" goes on.
//   - A run that opens its sentence ends nothing: "“[…] The", ". . . Then".
// Errors: none.
[[nodiscard]] bool ends_sentence_after(std::span<const std::string_view> words, std::size_t at);

// ListStyle, ListMarker
//
// The marker that opens an item of a list: a bullet ("•", "⁃9.") or a number or letter with
// its form, the punctuation around it: "." ")" ".)" or "()" for a bracketed one ("(2)").
enum class ListStyle { bullet, number, small_letter, capital_letter };

struct ListMarker {
  ListStyle style = ListStyle::bullet;
  int value = 0;           // 1 for "1." "a." "(A)"; 0 for a bullet
  std::string_view form;   // "." ")" ".)" or "()"; empty for a bullet

  friend bool operator==(const ListMarker&, const ListMarker&) = default;
};

// read_list_marker()
//
// The list marker that `word` is, or nothing. A marker is a bullet (• ‣ ⁃ ◦ ▪ ●, alone or
// before the item's number: "⁃9."), or one or two digits or a single ASCII letter in one of
// the forms "1." "1)" "1.)" "(1)". A capital with a period alone is an initial, not a
// marker: "A." gives nothing, "A)" a capital_letter marker.
//
// Example:
//   read_list_marker("2.)")
//   // => {ListStyle::number, 2, ".)"}
//   read_list_marker("A.")
//   // => nothing
//
// Errors: none.
[[nodiscard]] std::optional<ListMarker> read_list_marker(std::string_view word);

// is_next_marker()
//
// Whether `next` opens the item after the one `previous` opened: any bullet after a bullet;
// otherwise the same style and form, and the value one more ("b)" after "a)").
//
// Example:
//   is_next_marker({ListStyle::number, 1, "."}, {ListStyle::number, 2, "."})
//   // => true
//
// Errors: none.
[[nodiscard]] bool is_next_marker(const ListMarker& previous, const ListMarker& next);

// split_sentences()
//
// The sentences of `text` (README.md, "The rules"): a sentence ends at . ! ? a run of them or
// an ellipsis, with any closing quotes and brackets after it, then white space, when the next
// token can start a sentence (a capital, a digit, an opening quote or bracket), as
// ends_sentence_after() decides; text inside brackets stays in its sentence; each item of a
// list is a sentence, and a bullet after white space always starts one, even inside a line;
// a line break ("\n") ends a sentence, so a headline or subhead is a sentence of its own,
// unless it only wraps one: the next line starts with a small letter and the sentence began
// as one does.
//
// Example:
//   split_sentences("She moved to the U.S. He followed a year later.")
//   // => "She moved to the U.S." | "He followed a year later."
//   split_sentences("\"Is it over?\" she asked.")
//   // => "\"Is it over?\" she asked."
//   split_sentences("Tickets at the door • Cash only")
//   // => "Tickets at the door" | "• Cash only"
//
// Edge cases:
//   - Empty or all-space text gives no sentences; white space is Unicode White_Space.
//   - Invalid UTF-8 bytes and NUL bytes belong to the sentence they stand in.
//   - A sentence holds a line break only where a line is wrapped.
// Caveat: the rules are a heuristic; README.md lists the cases they knowingly get wrong.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace newsdesk

#endif  // NEWSDESK_SENTENCES_HPP
