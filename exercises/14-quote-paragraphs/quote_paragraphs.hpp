// Exercise 14-quote-paragraphs: join the quotations that run over several paragraphs.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/14-quote-paragraphs/ checks it. See README.md for the rules and
// tasks. The functions come in the order of the tasks: each one uses those above it.
//
// The input is what a quotation finder has already found inside each block: the top-level
// quotations of one block at a time, as Pieces. This exercise pairs no marks itself; it only
// decides which pieces of neighbouring paragraphs are one quotation. In the examples,
// `paragraph` stands for BlockKind::paragraph.
#ifndef NEWSDESK_QUOTE_PARAGRAPHS_HPP
#define NEWSDESK_QUOTE_PARAGRAPHS_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "article.hpp"

namespace newsdesk {

// Piece
//
// One top-level quotation inside one block: its content (without the outer marks) as
// offsets into the whole text; unterminated when it runs to the block's end unclosed.
struct Piece {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool unterminated = false;

  friend bool operator==(const Piece&, const Piece&) = default;
};

// Quotation
//
// One quotation of the article (data/ANNOTATION.md, 3.4 and 3.5): one or more consecutive
// pieces joined. Its span runs from its first piece's begin to its last piece's end, so a
// multi-paragraph quotation holds the line breaks and the repeated opening marks between its
// paragraphs.
struct Quotation {
  std::size_t begin = 0;        // from the first piece's begin
  std::size_t end = 0;          // to the last piece's end
  bool multi_paragraph = false;
  bool unterminated = false;
  std::size_t pieces = 1;       // how many consecutive pieces it joins

  friend bool operator==(const Quotation&, const Quotation&) = default;
};

// opening_mark_length()
//
// How many bytes the opening quotation mark at the very start of `block` takes in `text`: 1
// for the straight marks " and ', 2 for the guillemet «, 3 for the curly “ and ‘, the low „
// and ‚ and the single guillemet ‹, and 0 when the block does not start with one of them.
// The mark must lie wholly inside the block and inside `text`. Closing marks (” ’ » ›) open nothing. The kind
// of the block does not matter here.
//
// Example:
//   opening_mark_length("“We will.”", Block{BlockKind::paragraph, 0, 14})
//   // => 3
//   opening_mark_length("He said so.", Block{BlockKind::paragraph, 0, 11})
//   // => 0
//
// Edge cases:
//   - An empty block, or one whose begin lies at or past the end of `text`, gives 0.
//   - A mark cut off by the block's end or the text's end ("\xE2\x80" alone) gives 0; so do
//     invalid UTF-8 and NUL bytes.
// Complexity: O(1).
// Errors: none.
[[nodiscard]] std::size_t opening_mark_length(std::string_view text, const Block& block);

// find_blocks()
//
// For each piece, in order, the index in `blocks` of the block that holds it
// (block.begin <= piece.begin <= piece.end <= block.end), or nothing when no block does.
// `blocks` and `pieces` are both in text order, as read_blocks() and a quotation finder give
// them.
//
// Example:
//   find_blocks({{paragraph, 0, 10}, {paragraph, 11, 20}}, {{2, 5}, {12, 20}})
//   // => 0, 1
//
// Edge cases:
//   - A piece in the line break between two blocks, one that reaches over two blocks, one
//     after the last block and one with end < begin are in no block.
//   - An empty piece at a block's end ("she said: “" opens a quotation and the block ends)
//     is in that block.
//   - A piece out of text order (before the block of the piece before it) is in no block.
//   - No blocks: every piece is in none. No pieces: an empty vector.
// Complexity: O(blocks + pieces): one walk over both lists together.
// Errors: none.
[[nodiscard]] std::vector<std::optional<std::size_t>> find_blocks(std::span<const Block> blocks,
                                                                  std::span<const Piece> pieces);

// continues_into()
//
// Whether `piece`, the last piece of the block `from`, goes on as `next`, the first piece of
// `to`, the block right after `from`: both blocks are paragraphs, `piece` is unterminated,
// `to` opens with a quotation mark (opening_mark_length() > 0) and `next` begins right after
// that mark. The caller makes sure that `to` follows `from` and that each piece lies in its
// block; this function looks at nothing else.
//
// Example:
//   // text: "She said: “We are ready.\n“We leave at dawn.”"
//   continues_into(text, {paragraph, 0, 26}, {13, 26, true}, {paragraph, 27, 50}, {30, 47})
//   // => true
//
// Edge cases:
//   - A headline, byline, subhead or boilerplate line on either side: false (they are the
//     editor's words, so they never join a quotation).
//   - `to` opens with a mark but `next` begins elsewhere (a later quotation of the
//     paragraph, or the mark was an apostrophe and no piece starts there): false.
//   - The opening mark of `to` need not match the one `piece` opened with.
// Complexity: O(1).
// Errors: none.
[[nodiscard]] bool continues_into(std::string_view text, const Block& from, const Piece& piece,
                                  const Block& to, const Piece& next);

// join_paragraphs()
//
// The quotations of an article, in order, from the pieces of its blocks: each piece starts a
// new quotation, unless the piece before it lies in the block right before its own and
// continues_into() that block. A quotation of several pieces is multi_paragraph; it is
// unterminated when its last piece is, so a chain whose last paragraph never closes is both.
//
// Example:
//   // text: "Ferry cut\nShe said: “We are ready.\n“We leave at dawn.”\n"
//   join_paragraphs(text, read_blocks(text), {{23, 36, true}, {40, 57, false}})
//   // => {23, 57, multi_paragraph, closed, 2 pieces}
//
// Edge cases:
//   - A piece in no block (find_blocks()) is a quotation of its own and joins nothing.
//   - An unterminated piece whose next block does not reopen the quotation (no mark, a mark
//     with no piece right after it, a subhead or a boilerplate line) ends its quotation,
//     which stays unterminated.
//   - A reopened last paragraph of the article ends the chain: unterminated if it never closes.
//   - No pieces: no quotations. Every piece belongs to exactly one quotation.
// Complexity: O(blocks + pieces).
// Errors: none.
[[nodiscard]] std::vector<Quotation> join_paragraphs(std::string_view text,
                                                     std::span<const Block> blocks,
                                                     std::span<const Piece> pieces);

}  // namespace newsdesk

#endif  // NEWSDESK_QUOTE_PARAGRAPHS_HPP
