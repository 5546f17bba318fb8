#include "abbreviations.hpp"

#include <algorithm>
#include <array>

namespace newsdesk::abbreviations {

namespace {

// The entries of data/abbreviations.txt, written into newsdesk-abbreviations_list.inc
// when CMake configures the build (add_word_list() in exercises/common/CMakeLists.txt).
constexpr auto kEntries = std::to_array<Entry>({
#include "newsdesk-abbreviations_list.inc"
});

}  // namespace

std::span<const Entry> all() { return kEntries; }

std::optional<Class> find(std::string_view word) {
  const auto entry = std::ranges::find(kEntries, word, &Entry::text);
  if (entry == kEntries.end()) {
    return std::nullopt;
  }
  return entry->kind;
}

}  // namespace newsdesk::abbreviations
