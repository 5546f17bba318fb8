// Exercise 02-paragraphs. Replace each TODO with code; see README.md and HINTS.md.
#include "paragraphs.hpp"

#include "not_implemented.hpp"

namespace newsdesk {

std::string_view to_string(PartKind kind) {
  // TODO: return the lower-case name of each PartKind.
  throw not_implemented(__FILE__, __func__);
}

std::vector<Line> split_lines(std::string_view text) {
  // TODO: return the trimmed, non-blank lines of `text` with their byte offsets.
  throw not_implemented(__FILE__, __func__);
}

bool is_boilerplate(std::string_view line) {
  // TODO: return whether `line` starts with one of the documented prefixes, ignoring case.
  throw not_implemented(__FILE__, __func__);
}

bool is_subhead_candidate(std::string_view line) {
  // TODO: return whether `line` has one to eight words and no closing punctuation at its end.
  throw not_implemented(__FILE__, __func__);
}

namespace {

// Given: a dateline's dash must end within the first 80 bytes of its paragraph.
constexpr std::size_t kMaxDatelineLength = 80;

// The four steps of a dateline, in the order of the rules. Each reads `head` (the first bytes
// of the paragraph) from `at` and returns where its part ends, or nothing when the paragraph
// does not open with a dateline. The optional parts return `at` itself when they are absent.

std::optional<std::size_t> place_end(std::string_view head) {
  // TODO: return the end of the place (words in capitals, single spaces between them).
  throw not_implemented(__FILE__, __func__);
}

std::optional<std::size_t> date_end(std::string_view head, std::size_t at) {
  // TODO: return the end of the ", " and date at `at`, or `at` when no comma comes there.
  throw not_implemented(__FILE__, __func__);
}

std::optional<std::size_t> agency_end(std::string_view head, std::size_t at) {
  // TODO: return the end of the " (agency)" at `at`, or `at` when no " (" comes there.
  throw not_implemented(__FILE__, __func__);
}

std::optional<std::size_t> dash_end(std::string_view paragraph, std::string_view head,
                                    std::size_t at) {
  // TODO: return the end of the spaced dash at `at`, when more than white space follows it.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace

std::optional<std::size_t> dateline_length(std::string_view paragraph) {
  // Given: the four steps above, chained. Only the first 81 bytes can hold a dateline (a dash
  // may end at byte 80, and the space after it must be seen too).
  const std::string_view head = paragraph.substr(0, kMaxDatelineLength + 1);
  // Each step starts where the one before ended, and a step that fails ends the search.
  // (std::optional's and_then() in C++23 would chain them; the ifs say the same in C++20.)
  std::optional<std::size_t> at = place_end(head);
  if (at) {
    at = date_end(head, *at);
  }
  if (at) {
    at = agency_end(head, *at);
  }
  if (at) {
    at = dash_end(paragraph, head, *at);
  }
  return at;
}

std::vector<Part> split_article(std::string_view text) {
  // TODO: label each line as headline, byline, boilerplate, subhead or paragraph, and split
  // the dateline off the first paragraph.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
