// Fuzzes exercise 05 (`newsdesk tokenize`): tokenize() and its *_length() functions on any
// bytes, against what tokenize.hpp promises.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "tokenize.hpp"
#include "unicode.hpp"

namespace {

using newsdesk::Token;
using newsdesk::fuzz::check;

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Checks that [begin, end) of `text` is white space and nothing else, one white-space character
// after the other as white_space_length() measures them.
void check_white_space(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t at = begin;
  while (at < end) {
    const std::size_t length = newsdesk::white_space_length(text, at);
    check(length > 0 && length <= end - at, "byte {} lies between tokens but is no white space",
          at);
    at += length;
  }
}

// Checks that `token`, which starts at a character, holds no white space: no ASCII white-space
// byte (which no UTF-8 sequence holds), and no other White_Space character decoded from the
// token's start.
void check_no_white_space_in(std::string_view text, const Token& token) {
  for (std::size_t at = token.begin; at < token.end;) {
    check(!is_ascii_space(text[at]), "the token at {} holds white space at {}", token.begin, at);
    const newsdesk::unicode::Decoded c = newsdesk::unicode::decode(text, at);
    check(!c.valid || !newsdesk::unicode::is_white_space(c.value),
          "the token at {} holds U+{:04X} at {}", token.begin,
          static_cast<std::uint32_t>(c.value), at);
    at += c.length;
  }
}

// Each *_length() at `offset`: no more than the bytes left, and 0 at the end of the text.
void check_lengths_at(std::string_view text, std::size_t offset) {
  const std::size_t left = text.size() - offset;
  const std::size_t lengths[] = {
      newsdesk::white_space_length(text, offset), newsdesk::word_character_length(text, offset),
      newsdesk::clitic_length(text, offset),      newsdesk::word_length(text, offset),
      newsdesk::abbreviation_length(text, offset), newsdesk::url_length(text, offset),
      newsdesk::email_length(text, offset),       newsdesk::handle_length(text, offset),
      newsdesk::elision_length(text, offset),     newsdesk::punctuation_length(text, offset)};
  for (const std::size_t length : lengths) {
    check(length <= left, "a length at {} is {}, with {} bytes left", offset, length, left);
  }
  const std::size_t word = lengths[3];
  const std::size_t word_character = lengths[1];
  check((word > 0) == (word_character > 0),
        "at {}, word_length() is {} but word_character_length() {}", offset, word,
        word_character);
  check(word_character == 0 || lengths[0] == 0, "at {}, a word character is white space",
        offset);
  check(left == 0 || lengths[9] > 0, "punctuation_length() at {} is 0", offset);
}

// The length of the token at `at`, the plain way tokenize.hpp tells it: the first rule that
// finds a token there decides. tokenize() asks fewer questions, for speed, and must still give
// the same tokens. `touches` says whether the token before ends at `at`.
std::size_t plain_token_length(std::string_view text, std::size_t at, bool touches) {
  if (newsdesk::word_character_length(text, at) > 0) {
    for (const auto rule : {newsdesk::url_length, newsdesk::email_length,
                            newsdesk::abbreviation_length, newsdesk::word_length}) {
      if (const std::size_t length = rule(text, at); length > 0) {
        return length;
      }
    }
  }
  for (const auto rule : {newsdesk::handle_length, newsdesk::elision_length}) {
    if (const std::size_t length = rule(text, at); length > 0) {
      return length;
    }
  }
  if (const std::size_t length = newsdesk::clitic_length(text, at); touches && length > 0) {
    return length;
  }
  return newsdesk::punctuation_length(text, at);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = newsdesk::fuzz::as_text(data, size);
  const std::vector<Token> tokens = newsdesk::tokenize(text);

  // Exact slices in order, white space between them and nowhere else, and together with it
  // the whole text again.
  std::string rebuilt;
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    check(token.begin >= previous_end && token.begin < token.end && token.end <= text.size(),
          "token {} [{}, {}) is out of order or empty", i, token.begin, token.end);
    check(token.text.data() == text.data() + token.begin &&
              token.text.size() == token.end - token.begin,
          "token {} is not the slice of its offsets", i);
    check_white_space(text, previous_end, token.begin);
    check_no_white_space_in(text, token);
    check_lengths_at(text, token.begin);
    const bool touches = i > 0 && previous_end == token.begin;
    check(token.text.size() == plain_token_length(text, token.begin, touches),
          "token {} at {} is {} bytes long, the rules in order give {}", i, token.begin,
          token.text.size(), plain_token_length(text, token.begin, touches));
    rebuilt += text.substr(previous_end, token.begin - previous_end);
    rebuilt += token.text;
    previous_end = token.end;
  }
  check_white_space(text, previous_end, text.size());
  rebuilt += text.substr(previous_end);
  check(rebuilt == text, "the tokens and the white space do not rebuild the text");

  // The character-sized questions anywhere, and every question at the end of the text.
  for (std::size_t offset = 0; offset < text.size(); ++offset) {
    check(newsdesk::white_space_length(text, offset) <= text.size() - offset &&
              newsdesk::word_character_length(text, offset) <= text.size() - offset &&
              newsdesk::punctuation_length(text, offset) <= text.size() - offset,
          "a character at {} runs past the end", offset);
  }
  check_lengths_at(text, text.size());

  // No token spans a line break: line by line, the same tokens, shifted.
  std::vector<Token> line_by_line;
  newsdesk::fuzz::split_after_line_breaks(text, [&](std::string_view line, std::size_t offset) {
    for (const Token& token : newsdesk::tokenize(line)) {
      line_by_line.push_back(
          {text.substr(token.begin + offset, token.text.size()), token.begin + offset,
           token.end + offset});
    }
  });
  check(line_by_line == tokens, "tokenizing line by line gives other tokens");
  return 0;
}
