// Exercise 07-sentences. Replace each TODO with code; see README.md and HINTS.md.
#include "sentences.hpp"

#include "abbreviations.hpp"
#include "cue_verbs.hpp"
#include "not_implemented.hpp"
#include "unicode.hpp"

namespace newsdesk {

bool is_sentence_opener(std::string_view word) {
  // TODO: return whether `word` is exactly one of the documented sentence openers.
  throw not_implemented(__FILE__, __func__);
}

AbbreviationKind classify_abbreviation(std::string_view word) {
  // TODO: return the kind of `word`: its class in abbreviations::find(), or as an initial, a
  // small letter, a numero sign or a letter-dot run.
  throw not_implemented(__FILE__, __func__);
}

std::optional<Ending> find_ending(std::string_view word) {
  // TODO: return the stem, the last run and the closing marks after it, when they end `word`.
  throw not_implemented(__FILE__, __func__);
}

bool starts_with_attribution(std::span<const std::string_view> words) {
  // TODO: return whether `words` open with one to four name words and then a cue verb.
  throw not_implemented(__FILE__, __func__);
}

namespace {

// The four steps of ends_sentence_after() below, in the order it takes them.

bool can_start_sentence(std::string_view word) {
  // TODO: return whether `word` starts with a capital, a digit or an opening mark.
  throw not_implemented(__FILE__, __func__);
}

bool opens_its_sentence(std::span<const std::string_view> words, std::size_t at) {
  // TODO: return whether words[at] is words[0], or a dot with only dots back to words[0],
  // and words[0] holds nothing before its run but opening marks.
  throw not_implemented(__FILE__, __func__);
}

bool period_ends_sentence(std::span<const std::string_view> words, std::size_t at) {
  // TODO: return whether the single full stop of words[at] ends its sentence before
  // words[at + 1], by rules 4 and 5.
  throw not_implemented(__FILE__, __func__);
}

bool run_ends_sentence(const Ending& ending, std::span<const std::string_view> after) {
  // TODO: return false when `ending` closes a quotation with ? or ! and an attribution opens
  // `after`, and true otherwise.
  throw not_implemented(__FILE__, __func__);
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

std::optional<ListMarker> read_list_marker(std::string_view word) {
  // TODO: return the bullet, or the number or letter with its form, that `word` is as a list
  // marker.
  throw not_implemented(__FILE__, __func__);
}

bool is_next_marker(const ListMarker& previous, const ListMarker& next) {
  // TODO: return whether `next` opens the item after the one `previous` opened.
  throw not_implemented(__FILE__, __func__);
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

// The four steps of split_sentences() below.

std::vector<std::string_view> find_words(std::string_view text) {
  // TODO: return the words of `text`, its maximal runs of characters that are not white
  // space, as views into it.
  throw not_implemented(__FILE__, __func__);
}

std::size_t count_brackets(std::string_view word, std::size_t open) {
  // TODO: return how many brackets are open after `word` when `open` were open before it.
  throw not_implemented(__FILE__, __func__);
}

void start_sentence(std::span<const std::string_view> words, std::size_t i, Scan& scan) {
  // TODO: note in `scan` that a sentence starts at words[i], and the list and the first word
  // after the marker when words[i] is a list marker.
  throw not_implemented(__FILE__, __func__);
}

bool ends_between(std::span<const std::string_view> words, std::size_t i, Scan& scan) {
  // TODO: return whether the sentence ends between words[i] and words[i + 1], by rules 7 to
  // 9 and then ends_sentence_after(), keeping `scan` up to date.
  throw not_implemented(__FILE__, __func__);
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
