// Fuzzes exercise 07 (`newsdesk sentences`): split_sentences() and the functions it is made of,
// on any bytes, against what sentences.hpp promises.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "sentences.hpp"
#include "unicode.hpp"

namespace {

using newsdesk::Sentence;
using newsdesk::fuzz::check;

// One character of the text and whether it is white space (Unicode White_Space; an invalid
// byte is one character and no white space).
struct Char {
  std::size_t length = 1;
  bool space = false;
};

Char char_at(std::string_view text, std::size_t offset) {
  const newsdesk::unicode::Decoded c = newsdesk::unicode::decode(text, offset);
  return {c.length, c.valid && newsdesk::unicode::is_white_space(c.value)};
}

// The words of `text`: its maximal runs of characters that are not white space, read from the
// start of the text, as split_sentences() reads them.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t begin = 0;
  bool in_word = false;
  for (std::size_t at = 0; at < text.size();) {
    const Char c = char_at(text, at);
    if (c.space && in_word) {
      words.push_back(text.substr(begin, at - begin));
    } else if (!c.space && !in_word) {
      begin = at;
    }
    in_word = !c.space;
    at += c.length;
  }
  if (in_word) {
    words.push_back(text.substr(begin));
  }
  return words;
}

bool is_bullet(char32_t c) {
  return c == U'\u2022' || c == U'\u2023' || c == U'\u2043' || c == U'\u25E6' ||
         c == U'\u25AA' || c == U'\u25CF';
}

// Checks find_ending() and read_list_marker() on one word of `text`.
void check_word(std::string_view text, std::string_view word) {
  const auto offset = static_cast<std::size_t>(word.data() - text.data());
  if (const std::optional<newsdesk::Ending> ending = newsdesk::find_ending(word)) {
    check(ending->stem.data() == word.data() &&
              ending->run.data() == word.data() + ending->stem.size() &&
              ending->marks.data() == ending->run.data() + ending->run.size() &&
              ending->stem.size() + ending->run.size() + ending->marks.size() == word.size(),
          "the ending of the word at {} is not stem + run + marks", offset);
    check(!ending->run.empty(), "the ending of the word at {} has an empty run", offset);
  }
  if (const std::optional<newsdesk::ListMarker> marker = newsdesk::read_list_marker(word)) {
    const bool bullet = marker->style == newsdesk::ListStyle::bullet;
    const bool known_form = marker->form == "." || marker->form == ")" ||
                            marker->form == ".)" || marker->form == "()";
    check(bullet ? marker->value == 0 && marker->form.empty()
                 : known_form && marker->value >= 0 && marker->value <= 99,
          "the word at {} is a list marker with value {} and form \"{}\"", offset,
          marker->value, marker->form);
  }
  static_cast<void>(newsdesk::classify_abbreviation(word));
}

// Checks a sentence's inside: the gaps between its words. A sentence holds a line break only
// where a line wraps: one "\n", and a small letter (ASCII, or a Latin letter beyond ASCII) after
// it. No bullet stands after white space inside a sentence: a bullet starts one.
void check_gaps(std::string_view text, const Sentence& sentence) {
  std::size_t line_breaks = 0;
  bool in_gap = false;
  for (std::size_t at = sentence.begin; at < sentence.end;) {
    const Char c = char_at(text, at);
    if (c.space) {
      line_breaks += text[at] == '\n' ? 1 : 0;
      in_gap = true;
    } else if (in_gap) {
      const auto first = static_cast<unsigned char>(text[at]);
      check(line_breaks <= 1, "the sentence at {} holds {} line breaks in a row at {}",
            sentence.begin, line_breaks, at);
      check(line_breaks == 0 || (first >= 'a' && first <= 'z') || first >= 0x80,
            "the sentence at {} goes on past a line break, at {}", sentence.begin, at);
      const newsdesk::unicode::Decoded next = newsdesk::unicode::decode(text, at);
      check(!next.valid || !is_bullet(next.value), "the sentence at {} goes on past a bullet at {}",
            sentence.begin, at);
      line_breaks = 0;
      in_gap = false;
    }
    at += c.length;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = newsdesk::fuzz::as_text(data, size);
  const std::vector<std::string_view> words = words_of(text);
  for (const std::string_view word : words) {
    check_word(text, word);
  }
  for (std::size_t at = 0; at < words.size(); ++at) {
    const bool ends = newsdesk::ends_sentence_after(words, at);
    check(!ends || at + 1 < words.size(), "ends_sentence_after() ends the text's last word");
  }

  // The sentences are the words, in order, in groups: each starts at a word's first byte and
  // ends at a word's last, and only white space lies between two of them.
  const std::vector<Sentence> sentences = newsdesk::split_sentences(text);
  check(sentences.empty() == words.empty(), "{} sentences for {} words", sentences.size(),
        words.size());
  std::size_t word = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& sentence = sentences[i];
    check(sentence.begin < sentence.end && sentence.end <= text.size() &&
              sentence.text.data() == text.data() + sentence.begin &&
              sentence.text.size() == sentence.end - sentence.begin,
          "sentence {} [{}, {}) is not the slice of its offsets", i, sentence.begin,
          sentence.end);
    check(word < words.size() && words[word].data() == sentence.text.data(),
          "sentence {} does not start at the next word", i);
    const char* const end = sentence.text.data() + sentence.text.size();
    while (word < words.size() && words[word].data() < end) {
      ++word;
    }
    const std::string_view last = words[word - 1];
    check(last.data() + last.size() == end, "sentence {} does not end at the end of a word", i);
    check_gaps(text, sentence);
  }
  check(word == words.size(), "the sentences leave out words after word {}", word);
  return 0;
}
