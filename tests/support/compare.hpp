// Comparing a list of spans (parts, tokens, sentences) with its gold list, for corpus-wide
// checks that report only the first disagreement and where it is.
#ifndef NEWSDESK_TESTS_COMPARE_HPP
#define NEWSDESK_TESTS_COMPARE_HPP

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

namespace newsdesk::testing {

// FirstDifference
//
// Where two lists of spans first disagree: the index (from 0) and the byte offset in the
// text, the smaller `begin` of the two elements there, or the `begin` of the one element
// that the shorter list lacks.
struct FirstDifference {
  std::size_t index = 0;
  std::size_t offset = 0;
};

// first_difference()
//
// Where `actual` first differs from `expected`, or nothing when they are equal. T is any
// type with operator== and a `begin` offset.
template <typename T>
[[nodiscard]] std::optional<FirstDifference> first_difference(const std::vector<T>& actual,
                                                              const std::vector<T>& expected) {
  const std::size_t common = std::min(actual.size(), expected.size());
  std::size_t index = 0;
  while (index < common && actual[index] == expected[index]) {
    ++index;
  }
  if (index == common && actual.size() == expected.size()) {
    return std::nullopt;
  }
  if (index < common) {
    return FirstDifference{index, std::min(actual[index].begin, expected[index].begin)};
  }
  return FirstDifference{index, (index < actual.size() ? actual : expected)[index].begin};
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTS_COMPARE_HPP
