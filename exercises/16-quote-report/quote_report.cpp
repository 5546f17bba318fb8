// Exercise 16-quote-report. Replace each TODO with code; see README.md and HINTS.md.
#include "quote_report.hpp"

#include "not_implemented.hpp"
#include "unicode.hpp"

namespace newsdesk {

std::size_t count_quoted_words(std::string_view text) {
  // TODO: return how many runs of characters that are not white space hold a letter or a digit.
  throw not_implemented(__FILE__, __func__);
}

bool ranks_before(const SpeakerCount& a, const SpeakerCount& b) {
  // TODO: return whether `a` has more quotations, or as many and more words, or as many of both
  // and a smaller name.
  throw not_implemented(__FILE__, __func__);
}

QuoteTally tally_quotes(std::span<const ReportQuote> quotes) {
  // TODO: return the counts of each speaker, ranked, of the unattributed and of the not-speech
  // quotations of `quotes`.
  throw not_implemented(__FILE__, __func__);
}

QuoteTally merge_tallies(std::span<const QuoteTally> tallies) {
  // TODO: return one tally with the counts of every speaker name summed over `tallies`, ranked
  // again, and the other counts summed.
  throw not_implemented(__FILE__, __func__);
}

std::size_t display_width(std::string_view text) {
  // TODO: return the columns of `text`: none for a mark, two for a wide or fullwidth
  // character, one for anything else and for each ill-formed byte.
  throw not_implemented(__FILE__, __func__);
}

nlohmann::ordered_json report_json(std::string_view article, const QuoteTally& tally) {
  // TODO: return the documented JSON report of `tally`, its keys in order and its strings
  // made valid UTF-8.
  throw not_implemented(__FILE__, __func__);
}

std::string report_table(const QuoteTally& tally) {
  // TODO: return the header, the speakers and the "(unknown)" line, the names padded by
  // display width and the numbers right-aligned.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
