// Exercise 01-count-text. Replace each TODO with code; see README.md and HINTS.md.
#include "count_text.hpp"

#include "not_implemented.hpp"

namespace newsdesk {

std::size_t count_lines(std::string_view text) {
  // TODO: count the "\n" line breaks, plus one for a last line that has none.
  throw not_implemented(__FILE__, __func__);
}

CodePoint decode_utf8(std::string_view text, std::size_t offset) {
  // TODO: decode the well-formed UTF-8 sequence at `offset`, or return {U+FFFD, 1, false}.
  throw not_implemented(__FILE__, __func__);
}

bool is_space(char32_t code_point) {
  // TODO: return true for exactly the White_Space characters listed in count_text.hpp.
  throw not_implemented(__FILE__, __func__);
}

std::size_t count_words(std::string_view text) {
  // TODO: count the maximal runs of code points that are not is_space().
  throw not_implemented(__FILE__, __func__);
}

TextCounts count_text(std::string_view text) {
  // TODO: fill in every field of TextCounts, using the functions above.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
