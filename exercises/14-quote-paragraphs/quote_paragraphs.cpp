// Exercise 14-quote-paragraphs. Replace each TODO with code; see README.md and HINTS.md.
#include "quote_paragraphs.hpp"

#include "not_implemented.hpp"

namespace newsdesk {

std::size_t opening_mark_length(std::string_view text, const Block& block) {
  // TODO: return the byte length of the opening quotation mark that starts `block`, or 0.
  throw not_implemented(__FILE__, __func__);
}

std::vector<std::optional<std::size_t>> find_blocks(std::span<const Block> blocks,
                                                    std::span<const Piece> pieces) {
  // TODO: return the index of the block that holds each piece, walking both lists once.
  throw not_implemented(__FILE__, __func__);
}

bool continues_into(std::string_view text, const Block& from, const Piece& piece,
                    const Block& to, const Piece& next) {
  // TODO: return whether the unterminated `piece` of paragraph `from` is reopened by `next`
  // right after the opening mark of paragraph `to`.
  throw not_implemented(__FILE__, __func__);
}

std::vector<Quotation> join_paragraphs(std::string_view text, std::span<const Block> blocks,
                                       std::span<const Piece> pieces) {
  // TODO: return one Quotation per run of pieces that continue into each other, in order.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
