#include "abbreviations.hpp"

#include <array>
#include <unordered_map>

namespace newsdesk::abbreviations {

namespace {

// The entries of data/abbreviations.txt, written into newsdesk-abbreviations_list.inc
// when CMake configures the build (add_word_list() in exercises/common/CMakeLists.txt).
constexpr auto kEntries = std::to_array<Entry>({
#include "newsdesk-abbreviations_list.inc"
});

// The entries by their text, built once: find() runs for nearly every word with a period.
// emplace() keeps the first of two equal entries, as a scan of the list in order would.
const std::unordered_map<std::string_view, Class>& by_text() {
  static const std::unordered_map<std::string_view, Class> map = [] {
    std::unordered_map<std::string_view, Class> entries;
    for (const Entry& entry : kEntries) {
      entries.emplace(entry.text, entry.kind);
    }
    return entries;
  }();
  return map;
}

}  // namespace

std::span<const Entry> all() { return kEntries; }

std::optional<Class> find(std::string_view word) {
  // Every entry ends with its period: a word without one needs no look-up.
  if (!word.ends_with('.')) {
    return std::nullopt;
  }
  const auto entry = by_text().find(word);
  if (entry == by_text().end()) {
    return std::nullopt;
  }
  return entry->second;
}

}  // namespace newsdesk::abbreviations
