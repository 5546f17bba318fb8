// Exercise 04-split-words. Replace each TODO with code; see README.md and HINTS.md.
#include "split_words.hpp"

#include "not_implemented.hpp"

namespace newsdesk {

bool is_ascii_punctuation(unsigned char byte) {
  // TODO: return true for exactly the 32 ASCII punctuation characters listed in the header.
  throw not_implemented(__FILE__, __func__);
}

std::vector<std::string_view> split_on_space(std::string_view text) {
  // TODO: return a view of each maximal run of bytes that are not ASCII white space.
  throw not_implemented(__FILE__, __func__);
}

std::vector<std::string_view> peel_punctuation(std::string_view piece) {
  // TODO: return each leading punctuation byte, then the core, then each trailing one.
  throw not_implemented(__FILE__, __func__);
}

std::vector<std::string_view> split_words(std::string_view text) {
  // TODO: peel the punctuation off each piece of split_on_space(text), in order.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
