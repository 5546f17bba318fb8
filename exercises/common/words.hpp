// Given code for level 3: the words of a text, folded for counting.
//
// Level 3 counts words, and a word is what level 2 taught: a token of exercise 05's rules
// (exercises/05-tokenize/README.md, "The rules"; data/ANNOTATION.md, section 5) that holds at
// least one letter or digit, folded as exercise 06's normalize(token, Accents::keep) folds it
// (exercises/06-normalize/normalize.hpp). This header gives both, so that no level-3 exercise
// depends on the code of another exercise, and it gives them fast: one pass over the text,
// no allocation per word, so that counting the words of 100 MB takes about as long as
// `wc -w` does to count white-space runs.
//
// In short:
//   "“It’s late,” she said." has the tokens “ | It | ’s | late | , | ” | she | said | .
//   and the words                               it | 's | late | she | said
//
// What is left out: punctuation ("," "..." "—" quotation marks), signs ("$" "%" "&"), emoji,
// invalid UTF-8 bytes, a lone combining mark, and a handle with no letter ("#_"). What is kept
// whole, as 05 keeps it: numbers ("1,200" "3.5"), clitics ("n't" "'s"), elisions ("'90s"),
// abbreviations with their period ("dr." "u.s."), URLs, e-mail addresses, handles and hashtags
// ("#riversrundry").
//
// Folding (06's rules with accents kept): the capital letters of ASCII, the Latin-1
// Supplement and Latin Extended-A become small letters (É → é, Ł → ł, İ → i); the curly
// quotation marks and apostrophes become straight ones (’ → ') and the en and em dashes "-";
// everything else is kept as it is, accents included (é stays é), and so is every byte that
// is not valid UTF-8.
#ifndef NEWSDESK_WORDS_HPP
#define NEWSDESK_WORDS_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::words {

// fold()
//
// `token` folded for counting, appended to `out`: exactly what exercise 06's
// normalize(token, Accents::keep) returns, for any bytes.
//
// Example:
//   std::string out; fold("Zoë’s", out);
//   // => out == "zoë's"
//
// Edge cases:
//   - Bytes that are not valid UTF-8 are copied one by one, unchanged.
//   - The result is never longer than `token`; only İ (two bytes) becomes shorter (i, one).
// Complexity: O(n) time in the length of `token`; no allocation when `out` has the room.
// Errors: none.
void fold(std::string_view token, std::string& out);

// fold()
//
// `token` folded for counting, as a new string.
//
// Example:
//   fold("ÉCOLE")
//   // => "école"
//
// Errors: none.
[[nodiscard]] std::string fold(std::string_view token);

// Word
//
// One word of a text: its folded form, and where its token lies in the text, the half-open
// byte range [begin, end) (text.substr(begin, end - begin) is the token before folding).
// Caveat: `folded` points into the Scanner that found the word, and is valid only until its
// next call to next().
struct Word {
  std::string_view folded;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Scanner
//
// Reads the words of `text` one by one, from left to right: each call to next() gives the
// next word, or nothing after the last. The scanner keeps one buffer for the folded word and
// reuses it, so that reading a text allocates only while the buffer grows to the longest word.
//
// Example:
//   Scanner scanner("They can't.");
//   scanner.next()->folded;  // => "they"
//   scanner.next()->folded;  // => "ca"
//   scanner.next()->folded;  // => "n't"
//   scanner.next();          // => std::nullopt   (the "." is no word)
//
// Edge cases:
//   - Empty text, or text of white space and punctuation only, gives no words.
//   - No token holds white space, so no word spans a line break: the words of a text cut
//     after line breaks are the words of its pieces, one piece after the other (offsets then
//     count from the start of each piece).
// Note: a byte below 0x80 is classified from a table; only the bytes from 0x80 on are decoded
//   as UTF-8 and their character looked up (exercises/common/unicode.hpp).
// Complexity: O(n) time in the length of `text`, over all calls.
// Caveat: `text` must outlive the scanner.
// Errors: none.
class Scanner {
 public:
  explicit Scanner(std::string_view text);

  [[nodiscard]] std::optional<Word> next();

 private:
  std::string_view text_;
  std::size_t at_ = 0;                  // where the next token starts, or white space before it
  std::optional<std::size_t> last_end_; // where the last token ended: a clitic must touch it
  std::string folded_;                  // the folded form of the last word
};

// for_each_word()
//
// Calls `visit(word)` with each word of `text`, folded, in order: a std::string_view that is
// valid during the call only (copy it to keep it, as a map of counts does once per new word).
//
// Example:
//   std::vector<std::string> seen;
//   for_each_word("Dr. Okafor’s 1,200 boats…", [&](std::string_view w) { seen.emplace_back(w); });
//   // => seen == {"dr.", "okafor", "'s", "1,200", "boats"}
//
// Complexity: O(n) time in the length of `text`; no allocation per word.
// Errors: none, unless `visit` throws.
template <typename Visit>
void for_each_word(std::string_view text, Visit&& visit) {
  Scanner scanner(text);
  while (const std::optional<Word> word = scanner.next()) {
    visit(word->folded);
  }
}

// all()
//
// Every word of `text`, folded, in order, as strings: for tests and small texts.
//
// Example:
//   all("Zoë WON, didn't she?")
//   // => {"zoë", "won", "did", "n't", "she"}
//
// Errors: none.
[[nodiscard]] std::vector<std::string> all(std::string_view text);

}  // namespace newsdesk::words

#endif  // NEWSDESK_WORDS_HPP
