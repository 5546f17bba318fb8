// Exercise 05-tokenize. Replace each TODO with code; see README.md and HINTS.md.
#include "tokenize.hpp"

#include "abbreviations.hpp"
#include "not_implemented.hpp"

namespace newsdesk {

bool is_abbreviation(std::string_view word) {
  // TODO: return whether abbreviations::find() knows `word`, or it is a capital initial or a
  // run of letter-dot pairs.
  throw not_implemented(__FILE__, __func__);
}

std::size_t match_web_token(std::string_view text, std::size_t offset) {
  // TODO: return the length of the URL, e-mail address, @handle or #hashtag at `offset`, or 0.
  throw not_implemented(__FILE__, __func__);
}

std::size_t clitic_start(std::string_view word) {
  // TODO: return where the clitic or plural possessive apostrophe at the end of `word` begins.
  throw not_implemented(__FILE__, __func__);
}

std::vector<Token> tokenize(std::string_view text) {
  // TODO: return the tokens of `text` under the rules of README.md, each with its offsets.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
