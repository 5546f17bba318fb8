// Fuzzes the given words of level 3 (exercises/common/words.hpp) against exercises 05 and 06:
// on any bytes, the words are the tokens of tokenize() that hold a letter or digit, each
// folded by normalize(token, Accents::keep), with the same offsets; and line by line gives the
// same words.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "normalize.hpp"
#include "tokenize.hpp"
#include "unicode.hpp"
#include "words.hpp"

namespace {

using newsdesk::fuzz::check;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = newsdesk::fuzz::as_text(data, size);
  newsdesk::words::Scanner scanner(text);
  std::vector<std::string> folded;
  for (const newsdesk::Token& token : newsdesk::tokenize(text)) {
    if (!newsdesk::unicode::holds_letter_or_digit(token.text)) {
      continue;
    }
    const std::optional<newsdesk::words::Word> word = scanner.next();
    check(word.has_value(), "no word for the token at {}", token.begin);
    check(word->begin == token.begin && word->end == token.end,
          "the word at [{}, {}) is the token at [{}, {})", word->begin, word->end, token.begin,
          token.end);
    const std::string expected = newsdesk::normalize(token.text, newsdesk::Accents::keep);
    check(word->folded == expected, "the word at {} is folded to another text", token.begin);
    folded.push_back(expected);
  }
  check(!scanner.next().has_value(), "a word after the last token with a letter or digit");

  std::vector<std::string> by_line;
  newsdesk::fuzz::split_after_line_breaks(text, [&](std::string_view line, std::size_t) {
    newsdesk::words::for_each_word(line, [&](std::string_view word) { by_line.emplace_back(word); });
  });
  check(by_line == folded, "the words line by line are not the words of the whole text");
  return 0;
}
