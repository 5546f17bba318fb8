// Exercise 06-normalize. Replace each TODO with code; see README.md and HINTS.md.
#include "normalize.hpp"

#include "not_implemented.hpp"
#include "unicode.hpp"

namespace newsdesk {

char32_t fold_punctuation(char32_t code_point) {
  // TODO: map the eight typographic quotation marks and the two dashes to their ASCII forms.
  throw not_implemented(__FILE__, __func__);
}

char32_t fold_case(char32_t code_point) {
  // TODO: lower-case the capital letters of ASCII, Latin-1 and Latin Extended-A.
  throw not_implemented(__FILE__, __func__);
}

char32_t strip_accent(char32_t code_point) {
  // TODO: return the base letter of an accented Latin-1 or Latin Extended-A letter.
  throw not_implemented(__FILE__, __func__);
}

std::string normalize(std::string_view token, Accents accents) {
  // TODO: fold every code point of `token` and copy each invalid UTF-8 byte as it is.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
