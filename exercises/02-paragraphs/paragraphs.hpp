// Exercise 02-paragraphs: split a news article into its parts.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/02-paragraphs/ checks it. See README.md for the rules and tasks.
#ifndef NEWSDESK_PARAGRAPHS_HPP
#define NEWSDESK_PARAGRAPHS_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk {

// PartKind
//
// What a part of an article is. README.md, "The rules", defines each kind.
enum class PartKind { headline, byline, dateline, subhead, paragraph, boilerplate };

// Part
//
// One part of an article, with its place in the original text: the half-open byte range
// [begin, end), so that text.substr(begin, end - begin) == part.text.
struct Part {
  PartKind kind = PartKind::paragraph;
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const Part&, const Part&) = default;
};

// to_string()
//
// The lower-case name of `kind`, as used in JSON and in the gold files: "headline", "byline",
// "dateline", "subhead", "paragraph" or "boilerplate".
//
// Example:
//   to_string(PartKind::subhead)
//   // => "subhead"
//
// Errors: none.
[[nodiscard]] std::string_view to_string(PartKind kind);

// Line
//
// One line of text without its line break and without the white space around it.
struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const Line&, const Line&) = default;
};

// split_lines()
//
// The non-blank lines of `text`, in order. Lines end at "\n" or "\r\n", or at the end of the
// text. Each line is trimmed of ASCII white space (space, tab, "\r", ...) at both ends; lines
// that are empty after trimming are left out.
//
// Example:
//   split_lines("Title\r\n\r\n  Body.\n")
//   // => {0, 5}, {11, 16}
//
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::vector<Line> split_lines(std::string_view text);

// is_boilerplate()
//
// Whether `line` is a boilerplate line to drop from the body: one that starts with one of the
// prefixes "Read also:", "Read more:", "Also read:", "See also:", "Related:", "Related
// article:", "Related articles:", "Related story:" or "More on this story:", compared without
// regard to ASCII case.
//
// Example:
//   is_boilerplate("Read also: Council delays vote on harbour wall")
//   // => true
//
// Errors: none.
[[nodiscard]] bool is_boilerplate(std::string_view line);

// dateline_length()
//
// The length in bytes of the dateline that opens `paragraph`, counted up to and including
// its dash, or std::nullopt when the paragraph does not open with one. A dateline is a place
// in capitals, optionally followed by a comma and a date and/or an agency in brackets, then a
// dash set off by spaces (" — ", " – ", " - " or " -- "), within the first 80 bytes.
//
// Example:
//   dateline_length("MILLBROOK, May 9 — The council voted.")
//   // => 20   ("MILLBROOK, May 9 —"; the em dash is 3 bytes)
//   dateline_length("U.S. officials said on Monday — late — that ...")
//   // => std::nullopt   ("officials" is not in capitals)
//
// Complexity: O(1): at most the first 80 bytes are read.
// Errors: none.
[[nodiscard]] std::optional<std::size_t> dateline_length(std::string_view paragraph);

// is_subhead_candidate()
//
// Whether `line` has the shape of a subhead: at most eight words, and not ending in
// punctuation that closes a sentence or a quotation (. ! ? : ; , … and closing quotes or
// brackets). Whether it really is a subhead also depends on where it stands (see
// split_article()).
//
// Example:
//   is_subhead_candidate("Costs questioned")
//   // => true
//
// Errors: none.
[[nodiscard]] bool is_subhead_candidate(std::string_view line);

// split_article()
//
// Splits `text` into its parts, in order: the headline (the first non-blank line), an optional
// byline (the second line, when it starts with "By "), then the body. Each body line is
// boilerplate, a subhead (a subhead candidate after the first paragraph with a paragraph still
// to come), or a paragraph. When the first paragraph opens with a dateline, the dateline is a
// part of its own and the paragraph starts after the white space that follows its dash.
//
// Example:
//   split_article("Flood wall approved\nBy Ana Ruiz\nMILLBROOK, May 9 — It passed.\n")
//   // => headline "Flood wall approved" [0, 19), byline "By Ana Ruiz" [20, 31),
//   //    dateline "MILLBROOK, May 9 —" [32, 52), paragraph "It passed." [53, 63)
//
// Edge cases:
//   - Empty or all-blank text gives no parts.
//   - Every byte of the text that is not white space belongs to exactly one part.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::vector<Part> split_article(std::string_view text);

}  // namespace newsdesk

#endif  // NEWSDESK_PARAGRAPHS_HPP
