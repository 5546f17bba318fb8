// Given code for level 4: the blocks of an article, and the kinds of quotation.
//
// The quotation exercises work paragraph by paragraph, and need to know which lines of an
// article are paragraphs, which are subheads or boilerplate (which never join a quotation),
// and which is the headline (which may carry one). Exercise 02 teaches how to split an article
// into its parts; this is that split, given, in the short form level 4 needs: one block a
// line, and no dateline of its own (the dateline stays at the start of the first paragraph,
// where it holds no quotation marks).
#ifndef NEWSDESK_ARTICLE_HPP
#define NEWSDESK_ARTICLE_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsdesk {

// BlockKind, Block
//
// One non-blank line of an article and what it is: the half-open byte range [begin, end) of
// the line, trimmed of ASCII white space, in the whole text.
enum class BlockKind { headline, byline, subhead, paragraph, boilerplate };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const Block&, const Block&) = default;
};

// to_string()
//
// The lower-case name of `kind`: "headline", "byline", "subhead", "paragraph" or
// "boilerplate", as in the gold files.
//
// Example:
//   to_string(BlockKind::subhead)
//   // => "subhead"
//
// Errors: none.
[[nodiscard]] std::string_view to_string(BlockKind kind);

// read_blocks()
//
// The blocks of `text`, in order, by the rules of exercise 02 (its README, "The rules"): lines
// end at "\n" (a "\r" before it is trimmed), blank lines are skipped; the first line is the
// headline; a second line that starts with "By " is the byline; a body line is boilerplate
// when it starts with one of 02's prefixes ("Read also:", "See also:", "Related:", ... in any
// ASCII case), a subhead when it has one to eight words, no closing punctuation (. ! ? : ; , …
// or a closing quote or bracket), at least one paragraph before it and one after it, and a
// paragraph otherwise.
//
// Example:
//   read_blocks("Wall approved\nBy Ana Ruiz\nIt passed.\nCosts\nIt cost £2m.\n")
//   // => headline [0, 13), byline [14, 25), paragraph [26, 36), subhead [37, 42),
//   //    paragraph [43, 56)
//
// Edge cases:
//   - Empty or all-blank text gives no blocks.
//   - The dateline of the first paragraph is part of that paragraph's block.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::vector<Block> read_blocks(std::string_view text);

// QuoteKind
//
// What a quotation is (data/ANNOTATION.md, 3.2): `direct`, a speaker's words given as a whole
// utterance; `partial`, a fragment of someone's words inside the reporter's own sentence;
// `not_speech`, quotation marks that report no one's words (scare quotes, nicknames, titles).
enum class QuoteKind { direct, partial, not_speech };

// to_string()
//
// The name of `kind` as in the gold files: "direct", "partial" or "not-speech".
//
// Example:
//   to_string(QuoteKind::not_speech)
//   // => "not-speech"
//
// Errors: none.
[[nodiscard]] std::string_view to_string(QuoteKind kind);

}  // namespace newsdesk

#endif  // NEWSDESK_ARTICLE_HPP
