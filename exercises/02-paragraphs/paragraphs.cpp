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

std::optional<std::size_t> dateline_length(std::string_view paragraph) {
  // TODO: return the length of the opening dateline up to and including its dash.
  throw not_implemented(__FILE__, __func__);
}

std::vector<Part> split_article(std::string_view text) {
  // TODO: label each line as headline, byline, boilerplate, subhead or paragraph, and split
  // the dateline off the first paragraph.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
