// Exercise 05-tokenize: the newsdesk tokenization convention, with byte offsets.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/05-tokenize/ checks it. README.md teaches the rules and sets one task
// per function, in the order of this file; section 5 of data/ANNOTATION.md states the same
// rules for the annotators who made the gold tokens.
//
// The rules in short. A token is a slice of the text: its bytes, and their place as the
// half-open byte range [begin, end). A word character is a letter, digit or mark.
//   1. White space separates tokens and is never part of one: 7\u00A0% -> 7 | %
//   2. A word is a run of word characters, in any script: Zoë won -> Zoë | won
//   3. A clitic is a token of its own: don't -> do | n't, it's -> it | 's
//   4. A word goes on through "," "." ":" between ASCII digits, a hyphen between word
//      characters, and an apostrophe before a letter where no clitic starts:
//      1,200 61-year-old O'Neill
//   5. An abbreviation keeps its period: Dr. Okafor -> Dr. | Okafor
//   6. A URL stays whole, without the sentence punctuation at its end:
//      www.a.example. -> www.a.example | .
//   7. An e-mail address stays whole: press@a.example
//   8. A handle or a hashtag stays whole: #RiversRunDry
//   9. An elision stays whole: the '90s -> the | '90s
//  10. Anything else is one token per character, but "..." and "--" are one token each:
//      wait...! -> wait | ... | !
//
// Every *_length() function reads `text` at byte `offset` and returns how many bytes its kind
// of token (or part of one) takes there, or 0 when none starts there. None reads past the end
// of `text`, and at offset == text.size() each returns 0. None throws; each expects
// offset <= text.size().
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

// white_space_length()
//
// The length of the white-space character at `offset` (rule 1): 1 for the ASCII ones (space,
// "\t", "\n", "\v", "\f", "\r"), 2 or 3 for the other characters with the Unicode White_Space
// property, such as the no-break space U+00A0; 0 for any other character.
//
// Example:
//   white_space_length("7\u00A0%", 1)
//   // => 2
//
// Edge cases:
//   - The zero-width space U+200B is not white space: 0.
//   - An invalid UTF-8 byte is not white space: 0.
// Errors: none.
[[nodiscard]] std::size_t white_space_length(std::string_view text, std::size_t offset);

// word_character_length()
//
// The length of the word character at `offset` (rule 2): a letter, decimal digit or mark
// (Unicode general category L, Nd or M), in any script; 0 for any other character.
//
// Example:
//   word_character_length("Zoë", 2)
//   // => 2   ("ë")
//
// Edge cases:
//   - "_", "-", "'" and every other punctuation mark give 0.
//   - A combining mark is a word character of its own: U+0301 gives 2.
//   - An invalid UTF-8 byte gives 0.
// Errors: none.
[[nodiscard]] std::size_t word_character_length(std::string_view text, std::size_t offset);

// clitic_length()
//
// The length of the clitic at `offset` (rule 3): "n't", "'s", "'re", "'ve", "'ll", "'d" or
// "'m", with either apostrophe (' or ’) and in any ASCII case, when no word character
// follows it. 0 when none starts there.
//
// Example:
//   clitic_length("don't", 2)
//   // => 3   ("n't")
//   clitic_length("the U.S.'s plan", 8)
//   // => 2   ("'s")
//
// Edge cases:
//   - "'sa" and "n'th" give 0: a word character follows.
//   - An apostrophe that ends a word starts no clitic: "farmers'" at 7 gives 0. A plural
//     possessive and a closing quotation mark look the same, and both are punctuation.
//   - Elisions are no clitics: "'90s" and "'em" give 0.
// Errors: none.
[[nodiscard]] std::size_t clitic_length(std::string_view text, std::size_t offset);

// word_length()
//
// The length of the word that starts at `offset` with a word character (rules 2 and 4): a run
// of word characters and of the joiners between them,
//   - "," "." or ":" between two ASCII digits: "1,200", "3.5", "7:15";
//   - a hyphen between two word characters: "61-year-old", "Ortega-Vance";
//   - an apostrophe (' or ’) between a word character and a letter, where no clitic starts:
//     "O'Neill", "o'clock".
// The word ends before a clitic (clitic_length()), or before the "n" of "n't". 0 when no word
// character is at `offset`.
//
// Example:
//   word_length("the 61-year-old economist", 4)
//   // => 11   ("61-year-old")
//   word_length("O'Neill's farm", 0)
//   // => 7    ("O'Neill", then the clitic "'s")
//   word_length("don't", 0)
//   // => 2    ("do", then the clitic "n't")
//
// Edge cases:
//   - A joiner at the end is no joiner: "1,200." gives 5, "well-" gives 4, "farmers'" gives 7.
//   - A period between letters is no joiner: "U.S." gives 1.
//   - A word that starts with its clitic keeps it: "n't" gives 3, having nothing before it.
// Note: a hyphen typed for a dash ("speech-then") joins like any other; the rules read
//   shapes, not meaning.
// Errors: none.
[[nodiscard]] std::size_t word_length(std::string_view text, std::size_t offset);

// is_abbreviation()
//
// Whether `word`, which ends with a period, keeps that period (rule 5): it is in the kit's
// list with this case (data/abbreviations.txt, given as abbreviations::find()), or it is a
// single capital initial ("J."), or a run of two or more ASCII letters each followed by a
// period ("U.S.", "a.m.", "e.g.").
//
// Example:
//   is_abbreviation("Dr.")
//   // => true
//   is_abbreviation("said.")
//   // => false
//
// Edge cases:
//   - The case matters: "dr." and "JAN." are not in the list.
//   - A word without a final period is no abbreviation: "Dr" gives false.
// Errors: none.
[[nodiscard]] bool is_abbreviation(std::string_view word);

// abbreviation_length()
//
// The length of the abbreviation that starts at `offset` (rule 5): the word there
// (word_length()) and the period after it, when is_abbreviation() holds for the two; after a
// one-letter word, with as many more letter-period pairs as follow ("U.S.A."). 0 when no
// abbreviation starts there. When the last period also begins "...", the ellipsis takes it
// and the length leaves it out.
//
// Example:
//   abbreviation_length("at 7 p.m. sharp", 5)
//   // => 4   ("p.m.")
//   abbreviation_length("U.S...", 0)
//   // => 3   ("U.S", then "..." is a token of its own)
//
// Edge cases:
//   - "said." gives 0: the word keeps no period, and the period is a token of its own.
// Caveat: the rules judge the shape, not the meaning: at the end of "It needs a Plan B.",
//   "B." is an initial, 2.
// Errors: none.
[[nodiscard]] std::size_t abbreviation_length(std::string_view text, std::size_t offset);

// url_length()
//
// The length of the URL at `offset` (rule 6): "https://", "http://" or "www." in any ASCII
// case, then the ASCII letters, digits and - . _ ~ : / ? # [ ] @ ! $ & ( ) * + , ; = % that
// follow, less what ends the sentence rather than the URL: the sentence punctuation
// . , ; : ! ? at its end, and a ")" at its end that closes no "(" of the URL. 0 when no URL
// starts there, or nothing is left after "https://", "http://" or "www.".
//
// Example:
//   url_length("see https://a.example/x?page=3.", 4)
//   // => 26   ("https://a.example/x?page=3")
//
// Edge cases:
//   - "https://a.example/Foo_(bar))." keeps the ")" that closes its own "(": only the
//     second ")" and the "." are left out.
//   - An apostrophe or a quotation mark ends the URL.
// Errors: none.
[[nodiscard]] std::size_t url_length(std::string_view text, std::size_t offset);

// email_length()
//
// The length of the e-mail address at `offset` (rule 7): a local part of at most 64 ASCII
// letters, digits and . _ % + -, starting with a letter or digit; "@"; then a domain of two or
// more labels of ASCII letters, digits and "-", each starting with a letter or digit, joined
// by single dots and read for at most 255 bytes. 0 when no address starts there.
//
// Example:
//   email_length("write to press@vessler.example.com.", 9)
//   // => 25   ("press@vessler.example.com")
//
// Edge cases:
//   - A domain of one label is none: "ana@localhost" gives 0.
//   - A dot belongs to the domain only when a label follows it, so a final full stop stays
//     out.
// Errors: none.
[[nodiscard]] std::size_t email_length(std::string_view text, std::size_t offset);

// handle_length()
//
// The length of the @handle or #hashtag at `offset` (rule 8): "@" or "#", then one or more
// word characters and "_". 0 when none starts there.
//
// Example:
//   handle_length("as @SaveTheTub_ex.", 3)
//   // => 14   ("@SaveTheTub_ex")
//
// Edge cases:
//   - A lone sign is none: "@" and "# 1" give 0.
//   - Letters beyond ASCII count: "#Zoë!" gives 5.
// Errors: none.
[[nodiscard]] std::size_t handle_length(std::string_view text, std::size_t offset);

// elision_length()
//
// The length of the elision at `offset` (rule 9): an apostrophe (' or ’), then two ASCII
// digits and an optional "s" ("'90s", "'90"), or "em" ("'em"), or "n" and another
// apostrophe ("'n'"), when no word character follows. 0 when none starts there.
//
// Example:
//   elision_length("since the ’90s,", 10)
//   // => 6   ("’90s")
//
// Edge cases:
//   - Any other apostrophe that opens a word starts no elision: "'til" gives 0.
//   - "'905" and "'emma" give 0: a word character follows.
// Errors: none.
[[nodiscard]] std::size_t elision_length(std::string_view text, std::size_t offset);

// punctuation_length()
//
// The length of the token at `offset` that is neither white space nor a word (rule 10): "..."
// (3 bytes) and "--" (2) are one token each; anything else is one character: its UTF-8
// length, and 1 for an invalid byte.
//
// Example:
//   punctuation_length("wait...", 4)
//   // => 3
//   punctuation_length("a---b", 1)
//   // => 2   ("--", then "-")
//
// Edge cases:
//   - "…", "—" and "“" are one character of three bytes each: 3.
//   - A NUL byte is a character: 1.
// Errors: none.
[[nodiscard]] std::size_t punctuation_length(std::string_view text, std::size_t offset);

// tokenize()
//
// Splits `text` into tokens by the rules above. It reads from left to right, skips white
// space, and takes each token by the first of these that finds one where the token starts:
//   - at a word character: a URL, an e-mail address, an abbreviation, else the word;
//   - at any other character: a handle or hashtag, an elision, a clitic that touches the
//     token before it (no white space between them), else punctuation_length().
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
