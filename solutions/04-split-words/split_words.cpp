// Exercise 04-split-words: reference solution.
#include "split_words.hpp"

namespace newsdesk {

namespace {

// The <cctype> functions take an int that must be an unsigned char value or EOF: a plain char
// holding a byte >= 0x80 is negative on most platforms, and passing it is undefined
// behaviour. std::isspace also depends on the C locale. This helper takes the byte as
// unsigned char and answers for the six ASCII white-space characters only.
bool is_ascii_space(unsigned char byte) {
  return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\v' || byte == '\f' ||
         byte == '\r';
}

// Appends the tokens of one non-empty piece to `tokens`: peel_punctuation() without a vector
// of its own, so that split_words() can collect every token in one vector.
void append_peeled(std::string_view piece, std::vector<std::string_view>& tokens) {
  // The core is what is left between the punctuation at the start and at the end.
  std::size_t core_begin = 0;
  while (core_begin < piece.size() &&
         is_ascii_punctuation(static_cast<unsigned char>(piece[core_begin]))) {
    ++core_begin;
  }
  std::size_t core_end = piece.size();
  // Stopping at core_begin means a piece made only of punctuation has an empty core, and each
  // of its bytes is counted once, at the start, never a second time at the end.
  while (core_end > core_begin &&
         is_ascii_punctuation(static_cast<unsigned char>(piece[core_end - 1]))) {
    --core_end;
  }

  for (std::size_t i = 0; i < core_begin; ++i) {
    tokens.push_back(piece.substr(i, 1));
  }
  if (core_begin < core_end) {
    tokens.push_back(piece.substr(core_begin, core_end - core_begin));
  }
  for (std::size_t i = core_end; i < piece.size(); ++i) {
    tokens.push_back(piece.substr(i, 1));
  }
}

// Calls `visit(piece)` for each piece of `text` between runs of ASCII white space, in order.
// split_on_space() collects the pieces; split_words() peels each one as it comes.
template <typename Visit>
void for_each_piece(std::string_view text, Visit visit) {
  std::size_t offset = 0;
  while (offset < text.size()) {
    while (offset < text.size() && is_ascii_space(static_cast<unsigned char>(text[offset]))) {
      ++offset;
    }
    const std::size_t begin = offset;
    while (offset < text.size() && !is_ascii_space(static_cast<unsigned char>(text[offset]))) {
      ++offset;
    }
    if (begin < offset) {
      visit(text.substr(begin, offset - begin));
    }
  }
}

}  // namespace

bool is_ascii_punctuation(unsigned char byte) {
  // The four ranges of printable ASCII that are neither letters, digits nor the space:
  // ! to /, : to @, [ to `, { to ~. Equivalent to std::ispunct(byte) in the "C" locale, but
  // the same in every locale, and false for every byte >= 0x80.
  return (byte >= '!' && byte <= '/') || (byte >= ':' && byte <= '@') ||
         (byte >= '[' && byte <= '`') || (byte >= '{' && byte <= '~');
}

std::vector<std::string_view> split_on_space(std::string_view text) {
  // Equivalent to std::views::split over each white-space byte, without the empty pieces
  // that a run of two spaces would give.
  std::vector<std::string_view> pieces;
  for_each_piece(text, [&pieces](std::string_view piece) { pieces.push_back(piece); });
  return pieces;
}

std::vector<std::string_view> peel_punctuation(std::string_view piece) {
  std::vector<std::string_view> tokens;
  append_peeled(piece, tokens);
  return tokens;
}

std::vector<std::string_view> split_words(std::string_view text) {
  // Equivalent to calling peel_punctuation() on each piece of split_on_space(text) and
  // appending the results, but with one vector instead of one per piece: this function is the
  // toolkit's fast path through a whole corpus.
  std::vector<std::string_view> tokens;
  // The corpus has one token per five bytes or so: reserving that many saves the regrowth.
  tokens.reserve(text.size() / 5);
  for_each_piece(text, [&tokens](std::string_view piece) { append_peeled(piece, tokens); });
  return tokens;
}

}  // namespace newsdesk
