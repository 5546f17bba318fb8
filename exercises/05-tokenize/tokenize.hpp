// Exercise 05-tokenize: the newsdesk tokenization convention, with byte offsets.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/05-tokenize/ checks it. README.md states every rule with an example;
// the same rules are section 5 of data/ANNOTATION.md, from which the gold tokens were made.
#ifndef NEWSDESK_TOKENIZE_HPP
#define NEWSDESK_TOKENIZE_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsdesk {

// Token
//
// One token: a view of its bytes in the text it came from, and their place there, the
// half-open byte range [begin, end). text.substr(begin, end - begin) == token.text.
// Caveat: `text` points into the input, which must outlive the token.
struct Token {
  std::string_view text;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const Token&, const Token&) = default;
};

// is_abbreviation()
//
// Whether `word`, which ends with a period, keeps that period as part of the word: an
// abbreviation in the kit's list, with its case (data/abbreviations.txt, given as
// abbreviations::find()), a single capital initial ("J."), or a run of two or more letter-dot
// pairs ("U.S.", "a.m.", "e.g."). Letters here are the ASCII letters.
//
// Example:
//   is_abbreviation("Dr.")
//   // => true
//   is_abbreviation("said.")
//   // => false
//
// Edge cases:
//   - The case matters: "dr." and "JAN." are not in the list.
//   - A word without a final period is no abbreviation: is_abbreviation("Dr") is false.
// Caveat: the rules judge the shape, not the meaning: in "Plan B." or "as did I." at the end of
//   a sentence, "B." and "I." are initials.
// Errors: none.
[[nodiscard]] bool is_abbreviation(std::string_view word);

// match_web_token()
//
// The length of the URL ("https://...", "http://...", "www...."), e-mail address, @handle or
// #hashtag that starts at byte `offset` of `text`, without the sentence punctuation
// (. , ; : ! ?) at its end; 0 when none starts there. In full:
//   - A URL is "https://", "http://" or "www." (in any ASCII case), then the ASCII letters,
//     digits and - . _ ~ : / ? # [ ] @ ! $ & ( ) * + , ; = % that follow; at its end,
//     sentence punctuation and a ")" that closes no "(" of the URL are left out. It needs
//     something left after "https://", "http://" or "www.".
//   - An e-mail address is a local part of at most 64 ASCII letters, digits and . _ % + -,
//     starting with a letter or digit, then "@", then a domain of two or more labels of
//     ASCII letters, digits and "-", joined by single dots (read for at most 255 bytes).
//   - An @handle or #hashtag is "@" or "#", then one or more letters, digits, marks and "_".
//
// Example:
//   match_web_token("see https://a.example/x?page=3.", 4)
//   // => 26   ("https://a.example/x?page=3")
//
// Errors: none. Precondition: offset <= text.size().
[[nodiscard]] std::size_t match_web_token(std::string_view text, std::size_t offset);

// clitic_start()
//
// Where the clitic of `word` begins, when it ends in one: "n't", "'s", "'re", "'ve", "'ll",
// "'d", "'m" (with a straight ' or a curly ’, in any ASCII case), or the apostrophe of a
// plural possessive (an apostrophe after a final "s": "farmers'"); std::string_view::npos
// when it ends in none.
//
// Example:
//   clitic_start("don't")
//   // => 2   ("do" | "n't")
//   clitic_start("can't")
//   // => 2   ("ca" | "n't")
//
// Edge cases:
//   - A word that is only a clitic ("'s", "n't") has nothing to split it from: npos.
//   - Elisions and inner apostrophes are no clitics: "'90s", "'em", "O'Neill" give npos.
// Complexity: O(1): only the last bytes of `word` are read.
// Errors: none.
[[nodiscard]] std::size_t clitic_start(std::string_view word);

// tokenize()
//
// Splits `text` into tokens under the newsdesk convention (README.md, "The rules").
// Every token is an exact slice of `text`, and the tokens and the white space between them
// rebuild `text` exactly.
//
// Example:
//   tokenize("“It’s late,” she said.")
//   // => “ | It | ’s | late | , | ” | she | said | .
//
// Edge cases:
//   - Empty or all-space text gives no tokens.
//   - Each invalid UTF-8 byte is a token of its own; nothing is dropped.
//   - No token holds white space, so none spans a line break: tokenizing line by line gives
//     the same tokens, shifted by each line's offset.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::vector<Token> tokenize(std::string_view text);

}  // namespace newsdesk

#endif  // NEWSDESK_TOKENIZE_HPP
