// Exercise 13-quote-marks. Replace each TODO with code; see README.md and HINTS.md.
#include "quote_marks.hpp"

#include "abbreviations.hpp"
#include "cue_verbs.hpp"
#include "not_implemented.hpp"
#include "unicode.hpp"

namespace newsdesk {

std::optional<QuoteMark> read_quote_mark(std::string_view text, std::size_t offset) {
  // TODO: return the family, shape and length of the quotation mark at `offset`, if one is.
  throw not_implemented(__FILE__, __func__);
}

MarkRole mark_role(std::string_view paragraph, std::size_t offset, MarkContext context) {
  // TODO: return what the mark at `offset` does, from the characters either side of it and
  // `context`, by rules 2 to 8.
  throw not_implemented(__FILE__, __func__);
}

std::vector<QuoteSpan> pair_quotes(std::string_view paragraph) {
  // TODO: return the quotations of `paragraph`, pairing its marks with a stack of the open
  // ones, in one pass.
  throw not_implemented(__FILE__, __func__);
}

QuoteKind classify_quote(std::string_view paragraph, std::span<const QuoteSpan> spans,
                         std::size_t index) {
  // TODO: return the kind of spans[index] by rules 10 to 16, in their order.
  throw not_implemented(__FILE__, __func__);
}

std::vector<QuoteSpan> find_quotes(std::string_view paragraph) {
  // TODO: return pair_quotes(paragraph) with each span's kind set by classify_quote().
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
