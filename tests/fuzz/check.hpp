// What every harness of tests/fuzz shares: check(), which stops the program when a promise of
// a header is broken, so that libFuzzer reports the input as a crash and saves it.
#ifndef NEWSDESK_FUZZ_CHECK_HPP
#define NEWSDESK_FUZZ_CHECK_HPP

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace newsdesk::fuzz {

// check()
//
// Does nothing when `holds` is true. Otherwise prints "broken promise: " and the message made
// from `format` and `args`, then aborts.
//
// Example:
//   check(counts.bytes == text.size(), "bytes is {}, the text has {}", counts.bytes, text.size());
template <typename... Args>
void check(bool holds, fmt::format_string<Args...> format, Args&&... args) {
  if (!holds) {
    fmt::print(stderr, "broken promise: {}\n", fmt::format(format, std::forward<Args>(args)...));
    std::abort();
  }
}

// as_text()
//
// The bytes libFuzzer hands a harness, as text.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// split_after_line_breaks()
//
// `text` cut after each "\n": the lines with their line breaks, which put together give `text`.
// Calls `visit(line, offset)` for each, `offset` being where the line starts in `text`.
template <typename Visit>
void split_after_line_breaks(std::string_view text, Visit visit) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t line_break = text.find('\n', begin);
    const std::size_t end = line_break == std::string_view::npos ? text.size() : line_break + 1;
    visit(text.substr(begin, end - begin), begin);
    begin = end;
  }
}

}  // namespace newsdesk::fuzz

#endif  // NEWSDESK_FUZZ_CHECK_HPP
