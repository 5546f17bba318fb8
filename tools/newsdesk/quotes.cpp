#include "quotes.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "attribution.hpp"
#include "quote_marks.hpp"
#include "quote_paragraphs.hpp"

namespace newsdesk {
namespace {

// A quotation of exercise 13 in window coordinates, with the block it was found in.
struct BlockSpan {
  std::size_t block = 0;
  QuoteSpan span;  // begin and end already shifted to the window
};

// What the three exercises find in one window of text.
struct WindowResult {
  std::vector<Block> blocks;
  std::vector<BlockSpan> spans;            // every span of every block, in order
  std::vector<Quotation> quotations;       // the top-level spans joined across paragraphs
  std::vector<QuoteToAttribute> attributed_quotes;
  std::vector<Attribution> attributions;   // one per quotation
};

// The blocks of the window. A window that does not start the input starts after a paragraph:
// its first lines are no headline or byline.
std::vector<Block> window_blocks(std::string_view text, bool at_input_start) {
  std::vector<Block> blocks = read_blocks(text);
  if (!at_input_start) {
    for (std::size_t i = 0; i < blocks.size() && i < 2; ++i) {
      if (blocks[i].kind == BlockKind::headline || blocks[i].kind == BlockKind::byline) {
        blocks[i].kind = BlockKind::paragraph;
      }
    }
  }
  return blocks;
}

WindowResult find_in_window(std::string_view text, bool at_input_start) {
  WindowResult result;
  result.blocks = window_blocks(text, at_input_start);
  std::vector<Piece> pieces;
  std::vector<QuoteKind> piece_kinds;
  for (std::size_t b = 0; b < result.blocks.size(); ++b) {
    const Block& block = result.blocks[b];
    if (block.kind == BlockKind::byline) {
      continue;
    }
    for (QuoteSpan span : find_quotes(text.substr(block.begin, block.end - block.begin))) {
      span.begin += block.begin;
      span.end += block.begin;
      result.spans.push_back(BlockSpan{b, span});
      if (!span.nested) {
        pieces.push_back(Piece{span.begin, span.end, span.unterminated});
        piece_kinds.push_back(span.kind);
      }
    }
  }
  result.quotations = join_paragraphs(text, result.blocks, pieces);
  // A quotation joined over paragraphs has the kind of its first part.
  std::size_t first_piece = 0;
  for (const Quotation& quotation : result.quotations) {
    result.attributed_quotes.push_back(QuoteToAttribute{
        quotation.begin, quotation.end, piece_kinds.at(first_piece), quotation.multi_paragraph,
        quotation.unterminated});
    first_piece += quotation.pieces;
  }
  result.attributions = attribute_quotes(text, result.blocks, result.attributed_quotes);
  return result;
}

// The first byte not yet reported when the window is cut before its last paragraph: the
// quotations of that paragraph may go on in the next piece, and so may a subhead-shaped line
// before it (which is a subhead only with a paragraph after it). Quotations that reach past
// that point are carried over whole, from the start of their first block.
std::size_t carry_from(const WindowResult& result, std::size_t context) {
  std::size_t carry = std::string_view::npos;
  for (const Block& block : result.blocks) {
    if (block.begin >= context && (block.kind == BlockKind::paragraph ||
                                   carry == std::string_view::npos)) {
      carry = block.begin;
    }
  }
  if (carry == std::string_view::npos) {
    return carry;
  }
  for (auto q = result.quotations.rbegin(); q != result.quotations.rend(); ++q) {
    if (q->end <= carry) {
      break;
    }
    if (q->begin < carry) {
      for (const Block& block : result.blocks) {
        if (block.begin <= q->begin && q->begin <= block.end) {
          carry = std::min(carry, block.begin);
        }
      }
    }
  }
  return carry;
}

FoundQuote make_found(std::string_view text, std::size_t offset, std::size_t begin,
                      std::size_t end, QuoteKind kind) {
  FoundQuote found;
  found.text = std::string(text.substr(begin, end - begin));
  found.begin = offset + begin;
  found.end = offset + end;
  found.kind = kind;
  return found;
}

// The outer quotation `i` of the window, with its attribution.
FoundQuote outer_quote(std::string_view text, std::size_t offset, const WindowResult& result,
                       std::size_t i) {
  const Quotation& quotation = result.quotations[i];
  FoundQuote found = make_found(text, offset, quotation.begin, quotation.end,
                                result.attributed_quotes[i].kind);
  found.multi_paragraph = quotation.multi_paragraph;
  found.unterminated = quotation.unterminated;
  const Attribution& attribution = result.attributions.at(i);
  found.speaker = attribution.speaker;
  found.cue = attribution.cue;
  if (attribution.mention) {
    found.mention = attribution.mention->text;
    found.mention_begin = offset + attribution.mention->begin;
    found.mention_end = offset + attribution.mention->end;
  }
  return found;
}

// Only closed quotations directly inside an outer one are listed: they never overlap, so
// their texts together are no longer than the outer one's. One never closed, or one nested in
// a nested one, stays in the text around it; listing each would make the output grow with the
// square of the input ("“a “b “c ..." with no closing mark).
std::vector<const QuoteSpan*> listed_nested(const WindowResult& result) {
  std::vector<const QuoteSpan*> listed;
  std::size_t listed_end = 0;
  for (const BlockSpan& span : result.spans) {
    if (span.span.nested && !span.span.unterminated && span.span.begin >= listed_end) {
      listed.push_back(&span.span);
      listed_end = span.span.end;
    }
  }
  return listed;
}

// Calls `found` with each quotation of the window that begins in [from, until), in the order
// of the text: the outer ones and the listed nested ones are each in order of begin, and an
// outer one begins before those nested in it, so one walk over both lists merges them.
void report(std::string_view text, std::size_t offset, const WindowResult& result,
            std::size_t from, std::size_t until,
            const std::function<void(const FoundQuote&)>& found) {
  const std::vector<const QuoteSpan*> nested = listed_nested(result);
  std::size_t n = 0;
  const auto in_range = [&](std::size_t begin) { return begin >= from && begin < until; };
  for (std::size_t i = 0; i <= result.quotations.size(); ++i) {
    const std::size_t next_outer = i < result.quotations.size() ? result.quotations[i].begin
                                                                : std::string_view::npos;
    for (; n < nested.size() && nested[n]->begin < next_outer; ++n) {
      if (in_range(nested[n]->begin)) {
        FoundQuote quote = make_found(text, offset, nested[n]->begin, nested[n]->end,
                                      nested[n]->kind);
        quote.nested = true;
        found(quote);
      }
    }
    if (i < result.quotations.size() && in_range(next_outer)) {
      found(outer_quote(text, offset, result, i));
    }
  }
}

// The text not yet reported, with the lines before it that attribution may look back at.
class QuoteWindow {
 public:
  void add(const TextPiece& piece) {
    if (text_.empty()) {
      offset_ = piece.offset;
    }
    text_ += piece.text;
  }

  // Reports the quotations that are final: all of them at the end of the input.
  void report_final(bool at_end, const std::function<void(const FoundQuote&)>& found) {
    // A piece that ends inside a line (a line longer than a piece): that line goes on, so
    // nothing from its start on is final yet; the lines before it can wait for it, up to
    // the bound. Waiting without looking keeps a long line from being read again and again.
    const bool in_line = !text_.empty() && text_.back() != '\n';
    if (!at_end && in_line && text_.size() - context_ < kMaxCarriedBytes) {
      return;
    }
    const WindowResult result = find_in_window(text_, at_input_start_);
    std::size_t until = text_.size();
    if (!at_end) {
      until = std::min(until, carry_from(result, context_));
      if (until <= context_) {
        // One quotation carried over piece after piece: keep reading, up to a bound.
        if (text_.size() - context_ < kMaxCarriedBytes) {
          return;
        }
        until = text_.size();
      }
    }
    report(text_, offset_, result, context_, until, found);
    keep_from(until);
  }

 private:

  // Drops what is reported, but the whole lines of context just before `until`.
  void keep_from(std::size_t until) {
    std::size_t start = until > kContextBytes ? until - kContextBytes : 0;
    if (start > 0 && text_[start - 1] != '\n') {
      const std::size_t line_break = text_.find('\n', start);
      start = line_break == std::string::npos || line_break >= until ? until : line_break + 1;
    }
    at_input_start_ = at_input_start_ && start == 0;
    text_.erase(0, start);
    offset_ += start;
    context_ = until - start;
  }

  std::string text_;             // context, then the text not yet reported
  std::size_t offset_ = 0;       // where text_ starts in the input
  std::size_t context_ = 0;      // how many bytes of text_ are context
  bool at_input_start_ = true;   // whether text_ starts where the input does
};

}  // namespace

void find_quotes_in_stream(PieceReader& reader,
                           const std::function<void(const FoundQuote&)>& found) {
  QuoteWindow window;
  while (const std::optional<TextPiece> piece = reader.next()) {
    window.add(*piece);
    window.report_final(/*at_end=*/false, found);
  }
  window.report_final(/*at_end=*/true, found);
}

}  // namespace newsdesk
