// Given code for level 2: the kit's one list of cue verbs.
//
// The list is data/cue_verbs.txt, one verb a line; the build compiles it in, so that exercise
// 07 (which keeps "Ruiz asked." in the sentence of the question before it) and the quotation
// exercises (which look for the verb that attributes a quotation) read the same words.
#ifndef NEWSDESK_CUE_VERBS_HPP
#define NEWSDESK_CUE_VERBS_HPP

#include <span>
#include <string_view>

namespace newsdesk::cue_verbs {

// all()
//
// Every verb of data/cue_verbs.txt, in the order of the file.
//
// Example:
//   all().front()
//   // => "said"
//
// Errors: none.
[[nodiscard]] std::span<const std::string_view> all();

// contains()
//
// Whether `word` is one of the verbs, exactly: in small letters, without punctuation.
//
// Example:
//   contains("asked")   // => true
//   contains("Asked")   // => false: the case must match
//   contains("asked.")  // => false: the caller takes the punctuation off
//
// Complexity: O(n) in the length of the list (68 verbs).
// Errors: none.
[[nodiscard]] bool contains(std::string_view word);

}  // namespace newsdesk::cue_verbs

#endif  // NEWSDESK_CUE_VERBS_HPP
