// Fuzzes exercise 01 (`newsdesk count`): count_text() and the functions it is made of, on any
// bytes, against what count_text.hpp promises, and its decoder against the kit's given one.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "count_text.hpp"
#include "unicode.hpp"

namespace {

using newsdesk::fuzz::check;

// Steps through `text` with decode_utf8(), checking each step, and counts the characters, the
// invalid bytes and the words (runs of characters without the White_Space property, as ICU
// has it) it met. Exercise 01's decoder and the kit's (unicode::decode(), used from level 2 on)
// follow the same table, so they must agree on every byte, and is_space() must agree with ICU.
newsdesk::TextCounts decode_every_character(std::string_view text) {
  newsdesk::TextCounts counts;
  bool in_word = false;
  for (std::size_t offset = 0; offset < text.size();) {
    const newsdesk::CodePoint c = newsdesk::decode_utf8(text, offset);
    check(c.length >= 1 && c.length <= 4 && c.length <= text.size() - offset,
          "decode_utf8 at {} takes {} bytes of the {} left", offset, c.length,
          text.size() - offset);
    check(c.valid || (c.value == U'\uFFFD' && c.length == 1),
          "decode_utf8 at {} is invalid but not {{U+FFFD, 1}}", offset);
    const newsdesk::unicode::Decoded given = newsdesk::unicode::decode(text, offset);
    check(given.value == c.value && given.length == c.length && given.valid == c.valid,
          "at {}, decode_utf8 gives U+{:04X} ({} bytes), unicode::decode U+{:04X} ({} bytes)",
          offset, static_cast<std::uint32_t>(c.value), c.length,
          static_cast<std::uint32_t>(given.value), given.length);
    check(newsdesk::is_space(c.value) == newsdesk::unicode::is_white_space(c.value),
          "is_space(U+{:04X}) disagrees with the White_Space property",
          static_cast<std::uint32_t>(c.value));
    ++counts.characters;
    if (!c.valid) {
      ++counts.invalid_bytes;
    }
    const bool space = c.valid && newsdesk::unicode::is_white_space(c.value);
    if (!space && !in_word) {
      ++counts.words;
    }
    in_word = !space;
    offset += c.length;
  }
  return counts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = newsdesk::fuzz::as_text(data, size);
  const newsdesk::TextCounts counts = newsdesk::count_text(text);

  // count_text() is the other functions together.
  check(counts.bytes == text.size(), "bytes is {}, the text has {}", counts.bytes, text.size());
  check(counts.lines == newsdesk::count_lines(text), "lines differ from count_lines()");
  check(counts.words == newsdesk::count_words(text), "words differ from count_words()");
  const newsdesk::TextCounts decoded = decode_every_character(text);
  check(counts.characters == decoded.characters, "characters is {}, decoding gives {}",
        counts.characters, decoded.characters);
  check(counts.invalid_bytes == decoded.invalid_bytes, "invalid_bytes is {}, decoding gives {}",
        counts.invalid_bytes, decoded.invalid_bytes);
  check(counts.words == decoded.words, "words is {}, decoding gives {}", counts.words,
        decoded.words);

  // A line is a "\n" or the unterminated rest; a word is at least one character.
  const auto breaks = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  const bool unterminated = !text.empty() && text.back() != '\n';
  check(counts.lines == breaks + (unterminated ? 1 : 0), "lines is {}, with {} line breaks",
        counts.lines, breaks);
  check(counts.words <= counts.characters && counts.characters <= counts.bytes,
        "words {} <= characters {} <= bytes {} does not hold", counts.words, counts.characters,
        counts.bytes);

  // A "\n" is one white-space byte that no UTF-8 sequence holds, so no word and no character
  // runs across it: the counts of the lines add up to those of the text.
  newsdesk::TextCounts sum;
  newsdesk::fuzz::split_after_line_breaks(text, [&](std::string_view line, std::size_t) {
    const newsdesk::TextCounts part = newsdesk::count_text(line);
    sum.bytes += part.bytes;
    sum.lines += part.lines;
    sum.words += part.words;
    sum.characters += part.characters;
    sum.invalid_bytes += part.invalid_bytes;
  });
  check(sum == counts, "the lines add up to other counts than the whole text's");
  return 0;
}
