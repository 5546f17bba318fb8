// Exercise 04-split-words: the first, naive tokenizer, and where it breaks.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/04-split-words/ checks it. See README.md for the rules and tasks.
#ifndef NEWSDESK_SPLIT_WORDS_HPP
#define NEWSDESK_SPLIT_WORDS_HPP

#include <string_view>
#include <vector>

namespace newsdesk {

// is_ascii_punctuation()
//
// Whether `byte` is one of the 32 ASCII punctuation characters:
// ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~
// Bytes >= 0x80 (the pieces of “ ” ’ — and every other non-ASCII character) are not.
//
// Example:
//   is_ascii_punctuation(',')
//   // => true
//
// Errors: none.
[[nodiscard]] bool is_ascii_punctuation(unsigned char byte);

// split_on_space()
//
// The pieces of `text` between runs of ASCII white space (space, tab, "\n", "\v", "\f",
// "\r"), as views into `text`.
//
// Example:
//   split_on_space("  the U.S.\tNavy ")
//   // => "the" | "U.S." | "Navy"
//
// Edge cases:
//   - Empty or all-space text gives no pieces; a piece is never empty.
//   - Bytes >= 0x80 are never white space here: a no-break space (U+00A0) stays inside its
//     piece, as do invalid UTF-8 bytes. A NUL byte is not white space either.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::vector<std::string_view> split_on_space(std::string_view text);

// peel_punctuation()
//
// Splits one piece into tokens: each ASCII punctuation byte at its start is a token, then the
// core, then each ASCII punctuation byte at its end is a token. A piece made only of
// punctuation gives one token per byte.
//
// Example:
//   peel_punctuation("(U.S.),")
//   // => "(" | "U.S" | "." | ")" | ","
//   peel_punctuation("?!")
//   // => "?" | "!"
//
// Edge cases:
//   - Punctuation inside the core stays there: "1,200" and "e-mail" are one token each.
//   - Bytes >= 0x80 are never punctuation here: “ ” ’ … and — stay in the core, and so
//     does ASCII punctuation that they shield from the ends: "“Yes,”" is one token.
// Complexity: O(n) time in the length of `piece`.
// Errors: none. Precondition: `piece` is not empty.
[[nodiscard]] std::vector<std::string_view> peel_punctuation(std::string_view piece);

// split_words()
//
// The naive tokenizer: split_on_space(), then peel_punctuation() on each piece, all the
// tokens in one list. Every token is a view into `text`; in order, with the ASCII white space
// between them, the tokens rebuild `text` exactly, so no byte other than white space is lost.
//
// Example:
//   split_words("Don't pay $1,200!")
//   // => "Don't" | "pay" | "$" | "1,200" | "!"
//
// Edge cases:
//   - Empty or all-space text gives no tokens.
// Complexity: O(n) time in the length of `text`.
// Caveat: this is the tokenizer exercise 05 improves on: it tears "U.S." apart, leaves curly
//   quotes stuck to words and does not split "Don't". README.md shows where, on the corpus.
// Errors: none.
[[nodiscard]] std::vector<std::string_view> split_words(std::string_view text);

}  // namespace newsdesk

#endif  // NEWSDESK_SPLIT_WORDS_HPP
