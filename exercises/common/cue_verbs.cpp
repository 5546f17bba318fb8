#include "cue_verbs.hpp"

#include <algorithm>
#include <array>

namespace newsdesk::cue_verbs {

namespace {

// The verbs of data/cue_verbs.txt, written into newsdesk-cue-verbs_list.inc
// when CMake configures the build (add_word_list() in exercises/common/CMakeLists.txt).
constexpr auto kVerbs = std::to_array<std::string_view>({
#include "newsdesk-cue-verbs_list.inc"
});

}  // namespace

std::span<const std::string_view> all() { return kVerbs; }

bool contains(std::string_view word) { return std::ranges::find(kVerbs, word) != kVerbs.end(); }

}  // namespace newsdesk::cue_verbs
