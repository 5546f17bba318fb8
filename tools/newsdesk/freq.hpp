// Word frequencies for the `freq` and `merge-counts` commands: a table of counts that grows
// with the vocabulary, not with the input, and the tab-separated lines that carry counts from
// one run to another, so that many runs over parts of a text can be added up into the count
// of the whole (a map step and a reduce step).
#ifndef NEWSDESK_TOOLS_FREQ_HPP
#define NEWSDESK_TOOLS_FREQ_HPP

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "input.hpp"

namespace newsdesk {

// WordCount
//
// One word and how many times it was seen. `word` points into the WordCounts it came from.
struct WordCount {
  std::string_view word;
  std::uint64_t count = 0;

  friend bool operator==(const WordCount&, const WordCount&) = default;
};

// WordCounts
//
// How many times each word was seen: an open-addressing hash table of the words, each stored
// once in one block of text, with its count. Memory is 64 to 128 bytes per distinct word (a
// slot of 32 bytes, two to four slots a word) plus its bytes, however long the input.
//
// Example:
//   WordCounts counts;
//   counts.add("the");
//   counts.add("tub", 2);
//   counts.add("the");
//   counts.ranked(0);
//   // => {{"the", 2}, {"tub", 2}}   (ties by word, in code point order)
//   counts.tokens();  // => 4
//   counts.types();   // => 2
//
// Errors: add() throws std::overflow_error when a count or the total would pass 2^64 - 1.
class WordCounts {
 public:
  WordCounts();

  void add(std::string_view word, std::uint64_t count = 1);
  // The sum of all counts, and the number of distinct words.
  [[nodiscard]] std::uint64_t tokens() const { return tokens_; }
  [[nodiscard]] std::size_t types() const { return front_types_ + back_types_; }

  // ranked()
  //
  // The `top` most frequent words (all when `top` is 0 or more than there are), by count
  // descending, then by word in byte order, which for UTF-8 is code point order: the same
  // words in the same order on every run. The views are valid until the next add().
  [[nodiscard]] std::vector<WordCount> ranked(std::size_t top) const;

 private:
  // A slot of a hash table: the hash of a word, which rules out nearly every other word
  // without reading it, its count (0 for an empty slot: every word counted was seen at least
  // once), and the word's place in words_.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint64_t count = 0;
    std::size_t begin = 0;
    std::size_t size = 0;
  };

  [[nodiscard]] std::string_view word_of(const Slot& slot) const {
    return std::string_view(words_).substr(slot.begin, slot.size);
  }
  // The slot of `word` in `table`, or the empty slot where it would go.
  [[nodiscard]] Slot& slot_for(std::vector<Slot>& table, std::uint64_t hash,
                               std::string_view word);
  void grow_back();

  // Two tables. The front one, small and of a fixed size, takes the first distinct words
  // seen: the frequent words of a language come early, and most words counted are among them,
  // so that nearly every add() reads a table small enough to stay in the processor's cache.
  // The back one takes the words after, and grows. (One table of all words is as correct,
  // but its few thousand frequent words lie scattered over megabytes of slots: on 100 MB of
  // news with 76,000 distinct words, counting took 1.39 s instead of 1.31 s.)
  std::string words_;       // every distinct word, one after the other
  std::vector<Slot> front_; // a power of two of slots, at most half in use
  std::vector<Slot> back_;  // the same, doubled when more than half would be in use
  std::size_t front_types_ = 0;
  std::size_t back_types_ = 0;
  std::uint64_t tokens_ = 0;
};

// count_words()
//
// Adds every word of `reader`'s input (exercises/common/words.hpp: 05's tokens with a letter
// or digit, folded as 06 folds them) to `counts`, a piece at a time, and calls `progress`
// with the number of bytes read after each piece. No word spans a line break, so the pieces
// give the words of the whole input.
//
// Errors: as PieceReader::next().
void count_words(PieceReader& reader, WordCounts& counts,
                 const std::function<void(std::size_t bytes_read)>& progress);

// counts_error
//
// A line of counts that is not `COUNT<TAB>WORD`. The message names the input and the line:
// `a.tsv:3: expected a count, a tab and a word, got "the 12"`.
class counts_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// read_counts()
//
// Adds the counts of `reader`'s input, lines of `COUNT<TAB>WORD` as `freq --tsv` writes them,
// to `counts`. COUNT is a whole number from 1 to 2^64 - 1 in decimal digits; WORD is the rest
// of the line, not empty and without a tab; a "\r" before the line break is no part of it.
// A bad line is passed to `bad_line` (a counts_error naming `name` and the line number) and
// skipped; the others are added.
//
// Example ("3\tthe\n1\ttub\n" and "2\tthe\n" read into the same counts):
//   // => counts.ranked(0) == {{"the", 5}, {"tub", 1}}
//
// Errors: as PieceReader::next(); a sum past 2^64 - 1 is a counts_error passed to `bad_line`.
void read_counts(PieceReader& reader, std::string_view name, WordCounts& counts,
                 const std::function<void(const counts_error&)>& bad_line);

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_FREQ_HPP
