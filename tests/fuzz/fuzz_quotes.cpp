// Fuzzes level 4 (`newsdesk quotes`): the blocks of exercises/common, the pairing of exercise
// 13, the joining of 14 and the attribution of 15, run together as the toolkit runs them, on
// any bytes, against what their headers promise.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "article.hpp"
#include "attribution.hpp"
#include "check.hpp"
#include "quote_marks.hpp"
#include "quote_paragraphs.hpp"

namespace {

using newsdesk::fuzz::check;

// The spans of one block: inside it, in order of begin, a nested one inside an outer one.
void check_spans(const std::vector<newsdesk::QuoteSpan>& spans, std::size_t size) {
  const newsdesk::QuoteSpan* outer = nullptr;
  std::size_t last_begin = 0;
  for (const newsdesk::QuoteSpan& span : spans) {
    check(span.begin <= span.end && span.end <= size, "span [{}, {}) outside a block of {}",
          span.begin, span.end, size);
    check(span.begin >= last_begin, "span at {} comes after one at {}", span.begin, last_begin);
    last_begin = span.begin;
    if (!span.nested) {
      check(outer == nullptr || outer->end <= span.begin, "outer spans at {} and {} overlap",
            outer == nullptr ? 0 : outer->begin, span.begin);
      outer = &span;
    } else {
      check(outer != nullptr && outer->begin <= span.begin && span.end <= outer->end,
            "nested span [{}, {}) is not inside an outer one", span.begin, span.end);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = newsdesk::fuzz::as_text(data, size);
  const std::vector<newsdesk::Block> blocks = newsdesk::read_blocks(text);

  std::vector<newsdesk::Piece> pieces;
  std::vector<newsdesk::QuoteKind> kinds;
  for (const newsdesk::Block& block : blocks) {
    check(block.begin < block.end && block.end <= text.size(), "block [{}, {}) in {} bytes",
          block.begin, block.end, text.size());
    const std::vector<newsdesk::QuoteSpan> spans =
        newsdesk::find_quotes(text.substr(block.begin, block.end - block.begin));
    check_spans(spans, block.end - block.begin);
    for (const newsdesk::QuoteSpan& span : spans) {
      if (!span.nested) {
        pieces.push_back({block.begin + span.begin, block.begin + span.end, span.unterminated});
        kinds.push_back(span.kind);
      }
    }
  }

  const std::vector<newsdesk::Quotation> quotations =
      newsdesk::join_paragraphs(text, blocks, pieces);
  std::size_t joined = 0;
  std::size_t last_end = 0;
  std::vector<newsdesk::QuoteToAttribute> quotes;
  for (const newsdesk::Quotation& quotation : quotations) {
    check(quotation.pieces >= 1 && joined + quotation.pieces <= pieces.size(),
          "a quotation joins {} pieces after {} of {}", quotation.pieces, joined, pieces.size());
    check(quotation.begin == pieces[joined].begin &&
              quotation.end == pieces[joined + quotation.pieces - 1].end,
          "quotation [{}, {}) does not run from its first piece to its last", quotation.begin,
          quotation.end);
    check(quotation.begin >= last_end, "quotations at {} and before {} overlap",
          quotation.begin, last_end);
    check(quotation.multi_paragraph == (quotation.pieces > 1),
          "quotation at {} joins {} pieces, multi_paragraph {}", quotation.begin,
          quotation.pieces, quotation.multi_paragraph);
    quotes.push_back({quotation.begin, quotation.end, kinds[joined], quotation.multi_paragraph,
                      quotation.unterminated});
    joined += quotation.pieces;
    last_end = quotation.end;
  }
  check(joined == pieces.size(), "{} pieces joined of {}", joined, pieces.size());

  const std::vector<newsdesk::Attribution> attributions =
      newsdesk::attribute_quotes(text, blocks, quotes);
  check(attributions.size() == quotes.size(), "{} attributions for {} quotations",
        attributions.size(), quotes.size());
  for (const newsdesk::Attribution& attribution : attributions) {
    if (attribution.mention) {
      const newsdesk::Mention& mention = *attribution.mention;
      check(mention.begin <= mention.end && mention.end <= text.size() &&
                text.substr(mention.begin, mention.end - mention.begin) == mention.text,
            "mention [{}, {}) does not slice its text", mention.begin, mention.end);
    }
  }
  return 0;
}
