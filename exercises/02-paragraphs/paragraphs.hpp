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
// Edge cases:
//   - A "\r" that is not followed by "\n" does not end a line (as in count_lines()).
//   - Bytes >= 0x80 are never white space here: a no-break space (U+00A0) is not trimmed.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::vector<Line> split_lines(std::string_view text);

// is_boilerplate()
//
// Whether `line` is a boilerplate line to drop from the body: one that starts with one of the
// prefixes "Read also:", "Read more:", "Also read:", "See also:", "Related:", "Related
// article:", "Related articles:", "Related story:" or "More on this story:", compared without
// regard to ASCII case. The prefix must stand at the very start of `line` (split_lines() has
// trimmed it); "Related" without its colon is not a prefix.
//
// Example:
//   is_boilerplate("Read also: Council delays vote on harbour wall")
//   // => true
//
// Complexity: O(1): only the first bytes of `line` are compared.
// Errors: none.
[[nodiscard]] bool is_boilerplate(std::string_view line);

// is_subhead_candidate()
//
// Whether `line` has the shape of a subhead: one to eight words, and not ending in
// punctuation that closes a sentence or a quotation (. ! ? : ; , … and closing quotes or
// brackets). Whether it really is a subhead also depends on where it stands (see
// split_article()). In full: one to eight words, a word being a run of bytes that are not
// ASCII white space; and a last character, once white space at the end is set aside, that is
// none of . ! ? : ; , … " ' ” ’ » › ) ] }.
//
// Example:
//   is_subhead_candidate("Costs questioned")
//   // => true
//
// Edge cases:
//   - Empty or all-space `line` has no words, so it is not a candidate.
//   - A no-break space (U+00A0) is not ASCII white space: "7\u00A0%" is one word.
// Complexity: O(n) time in the length of `line`.
// Errors: none.
[[nodiscard]] bool is_subhead_candidate(std::string_view line);

// dateline_length()
//
// The length in bytes of the dateline that opens `paragraph`, counted up to and including
// its dash, or std::nullopt when the paragraph does not open with one. A dateline is a place
// in capitals, optionally followed by a comma and a date and/or an agency in brackets, then a
// dash set off by spaces (" — ", " – ", " - " or " -- "), within the first 80 bytes. In full,
// from the first byte of `paragraph`:
//   1. The place: one or more words in capitals, separated by single spaces. A place word is
//      a run of bytes other than ASCII white space and "," that does not start with "(". It
//      is in capitals when it has at least one ASCII capital and no ASCII small letter; bytes
//      >= 0x80 are neither, so "SÃO", "ŁÓDŹ" and "ZÜRICH" are in capitals.
//   2. Optionally ", " and a date: words of ASCII letters, digits and full stops, separated
//      by single spaces, with at least one digit ("May 9", "Sept. 12").
//   3. Optionally " (", an agency (one or more bytes, no brackets) and ")".
//   4. A dash with one space before it and one after it: " — ", " – ", " - " or " -- ".
// The dash must end within the first 80 bytes, and more than white space must follow it.
//
// Example:
//   dateline_length("MILLBROOK, May 9 — The council voted.")
//   // => 20   ("MILLBROOK, May 9 —"; the em dash is 3 bytes)
//   dateline_length("ŁÓDŹ (Wire) - The party met.")
//   // => 16   ("ŁÓDŹ (Wire) -"; Ł, Ó and Ź are 2 bytes each)
//   dateline_length("U.S. officials said on Monday — late — that ...")
//   // => std::nullopt   ("officials" is not in capitals)
//
// Edge cases:
//   - "MILLBROOK —" with nothing after the dash is not a dateline: no paragraph would be left.
//   - "U.S., Canada agree — ..." is not one either: "Canada agree" has no digit to be a date.
// Caveat: the rules judge the shape of the words, not their meaning, so "NATO — the alliance
//   said ..." opens with the dateline "NATO —".
// Complexity: O(1): it reads the first 81 bytes at most (a dash may end at byte 80, and the
//   space after it is read too), then only the white space after the dash.
// Errors: none.
[[nodiscard]] std::optional<std::size_t> dateline_length(std::string_view paragraph);

// split_article()
//
// Splits `text` into its parts, in order: the headline (the first non-blank line), an optional
// byline (the second line, when it starts with "By "), then the body. Each body line is
// boilerplate, a subhead (a subhead candidate after the first paragraph with a paragraph still
// to come), or a paragraph. When the first paragraph opens with a dateline, the dateline is a
// part of its own and the paragraph starts after the white space that follows its dash.
// The lines are those of split_lines(). Boilerplate lines are returned as parts of their own,
// so that no byte is lost and the caller decides whether to drop them.
//
// Example:
//   split_article("Flood wall approved\nBy Ana Ruiz\nMILLBROOK, May 9 — It passed.\n")
//   // => headline "Flood wall approved" [0, 19), byline "By Ana Ruiz" [20, 31),
//   //    dateline "MILLBROOK, May 9 —" [32, 52), paragraph "It passed." [53, 63)
//
// Edge cases:
//   - Empty or all-blank text gives no parts; a text of one line gives only a headline.
//   - Every byte of the text that is not white space belongs to exactly one part. No part
//     is empty, and the parts come in the order of the text.
//   - "By " is matched exactly (capital B, then a space), and only on the second line.
//   - A short line before the first paragraph is a paragraph (the first one). So is a short
//     line with no paragraph after it, even when boilerplate follows it.
//   - Only the first paragraph can have a dateline; boilerplate before it does not count.
// Complexity: O(n) time in the length of `text`.
// Errors: none.
[[nodiscard]] std::vector<Part> split_article(std::string_view text);

}  // namespace newsdesk

#endif  // NEWSDESK_PARAGRAPHS_HPP
