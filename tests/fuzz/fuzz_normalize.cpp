// Fuzzes exercise 06: normalize() on any bytes, with and without accents, against what
// normalize.hpp promises.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.hpp"
#include "normalize.hpp"
#include "unicode.hpp"

namespace {

using newsdesk::Accents;
using newsdesk::fuzz::check;

bool is_valid_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const newsdesk::unicode::Decoded c = newsdesk::unicode::decode(text, at);
    if (!c.valid) {
      return false;
    }
    at += c.length;
  }
  return true;
}

bool is_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      return false;
    }
  }
  return true;
}

std::string to_ascii_lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return lower;
}

void check_normalize(std::string_view token, Accents accents) {
  const std::string folded = newsdesk::normalize(token, accents);
  check(folded.size() <= token.size(), "normalize() makes {} bytes of {}", folded.size(),
        token.size());
  const bool valid = is_valid_utf8(token);
  check(!valid || is_valid_utf8(folded), "normalize() makes valid UTF-8 invalid");
  check(!is_ascii(token) || folded == to_ascii_lower(token),
        "normalize() of ASCII is not its lower case");
  // Folded text folds to itself: every rule's result is a fixed point of all the rules.
  check(!valid || newsdesk::normalize(folded, accents) == folded,
        "normalize() of a normalized token changes it");

  // Code point by code point: a "\n" is one byte that no UTF-8 sequence holds and that no rule
  // changes, so the lines fold one by one to the same text.
  std::string line_by_line;
  newsdesk::fuzz::split_after_line_breaks(token, [&](std::string_view line, std::size_t) {
    line_by_line += newsdesk::normalize(line, accents);
  });
  check(line_by_line == folded, "normalizing line by line gives another text");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view token = newsdesk::fuzz::as_text(data, size);
  check_normalize(token, Accents::keep);
  check_normalize(token, Accents::strip);
  return 0;
}
