// Exercise 14-quote-paragraphs: reference solution.
#include "quote_paragraphs.hpp"

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace newsdesk {

namespace {

// The opening quotation marks, in UTF-8. Closing marks (” ’ » ›) are left out: news reopens a
// quotation in a new paragraph with the mark that opens one, whatever closes it at the end.
constexpr std::array<std::string_view, 8> kOpeningMarks = {
    "\"",            // straight double
    "'",             // straight single
    "\xE2\x80\x9C",  // “ U+201C
    "\xE2\x80\x98",  // ‘ U+2018
    "\xE2\x80\x9E",  // „ U+201E
    "\xE2\x80\x9A",  // ‚ U+201A
    "\xC2\xAB",      // « U+00AB
    "\xE2\x80\xB9",  // ‹ U+2039
};

// Whether `block` holds `piece`: both ends inside it, and the piece not reversed.
bool holds(const Block& block, const Piece& piece) {
  return block.begin <= piece.begin && piece.begin <= piece.end && piece.end <= block.end;
}

// The quotation that one piece starts.
Quotation start_quotation(const Piece& piece) {
  return Quotation{piece.begin, piece.end, false, piece.unterminated, 1};
}

// `quotation` goes on with `next`: it now ends where `next` ends, and is closed only if
// `next` closes.
void extend(Quotation& quotation, const Piece& next) {
  quotation.end = next.end;
  quotation.multi_paragraph = true;
  quotation.unterminated = next.unterminated;
  ++quotation.pieces;
}

}  // namespace

std::size_t opening_mark_length(std::string_view text, const Block& block) {
  if (block.begin >= block.end || block.begin >= text.size()) {
    return 0;
  }
  // substr() keeps the view inside `text` even when block.end lies past its end.
  const std::string_view content = text.substr(block.begin, block.end - block.begin);
  for (const std::string_view mark : kOpeningMarks) {
    if (content.starts_with(mark)) {
      return mark.size();
    }
  }
  return 0;
}

std::vector<std::optional<std::size_t>> find_blocks(std::span<const Block> blocks,
                                                    std::span<const Piece> pieces) {
  std::vector<std::optional<std::size_t>> found;
  found.reserve(pieces.size());
  // Both lists are in text order, so the block of the next piece is never before the block
  // of this one: one index walks the blocks once, and the whole is linear. A piece out of
  // order is simply not found, since the index never goes back.
  std::size_t b = 0;
  for (const Piece& piece : pieces) {
    while (b < blocks.size() && blocks[b].end < piece.begin) {
      ++b;
    }
    if (b < blocks.size() && holds(blocks[b], piece)) {
      found.emplace_back(b);
    } else {
      found.emplace_back(std::nullopt);
    }
  }
  return found;
}

bool continues_into(std::string_view text, const Block& from, const Piece& piece,
                    const Block& to, const Piece& next) {
  // A subhead, a boilerplate line, the headline and the byline are the editor's words, not
  // the speaker's: no quotation runs into or out of them (data/ANNOTATION.md, hard cases).
  if (from.kind != BlockKind::paragraph || to.kind != BlockKind::paragraph) {
    return false;
  }
  if (!piece.unterminated) {
    return false;  // a closed quotation is over, whatever the next paragraph opens with
  }
  const std::size_t mark = opening_mark_length(text, to);
  // The reopening mark is the one the next piece opens with: a mark with no piece right
  // after it was no quotation mark (an apostrophe, "'90s"), and a piece further on in the
  // paragraph is a new quotation ("He added: “...").
  return mark > 0 && next.begin == to.begin + mark;
}

namespace {

// Whether pieces[i] goes on from pieces[i - 1], found in the blocks where[i - 1] and where[i].
// Only the piece right before it can: pieces are in text order, and an unterminated piece is
// the last of its block.
bool joins_previous(std::string_view text, std::span<const Block> blocks,
                    std::span<const Piece> pieces,
                    const std::vector<std::optional<std::size_t>>& where, std::size_t i) {
  if (i == 0 || !where[i - 1] || !where[i]) {
    return false;  // a piece in no block joins nothing
  }
  const std::size_t from = *where[i - 1];
  const std::size_t to = *where[i];
  if (to != from + 1) {
    return false;  // the same block, or a block between them
  }
  return continues_into(text, blocks[from], pieces[i - 1], blocks[to], pieces[i]);
}

}  // namespace

std::vector<Quotation> join_paragraphs(std::string_view text, std::span<const Block> blocks,
                                       std::span<const Piece> pieces) {
  const std::vector<std::optional<std::size_t>> where = find_blocks(blocks, pieces);
  std::vector<Quotation> quotations;
  quotations.reserve(pieces.size());
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (joins_previous(text, blocks, pieces, where, i)) {
      extend(quotations.back(), pieces[i]);
    } else {
      quotations.push_back(start_quotation(pieces[i]));
    }
  }
  return quotations;
}

}  // namespace newsdesk
