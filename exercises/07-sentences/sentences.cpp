// Exercise 07-sentences. Replace each TODO with code; see README.md and HINTS.md.
#include "sentences.hpp"

#include "abbreviations.hpp"
#include "not_implemented.hpp"

namespace newsdesk {

AbbreviationKind classify_abbreviation(std::string_view word) {
  // TODO: return the kind of `word`: its class in abbreviations::find(), or as an initial or
  // a letter-dot run.
  throw not_implemented(__FILE__, __func__);
}

bool is_sentence_opener(std::string_view word) {
  // TODO: return whether `word` is exactly one of the documented sentence openers.
  throw not_implemented(__FILE__, __func__);
}

std::vector<Sentence> split_sentences(std::string_view text) {
  // TODO: return the sentences of `text`, ending each where README.md's rules find a boundary.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
