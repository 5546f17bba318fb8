// Fuzzes exercise 02 (`newsdesk paragraphs`): split_lines() and split_article() on any bytes,
// against what paragraphs.hpp promises.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "paragraphs.hpp"

namespace {

using newsdesk::Line;
using newsdesk::Part;
using newsdesk::PartKind;
using newsdesk::fuzz::check;

// The ASCII white space, as paragraphs.hpp means it.
bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_all_space(std::string_view text) {
  for (const char c : text) {
    if (!is_ascii_space(c)) {
      return false;
    }
  }
  return true;
}

std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  return text.substr(begin, end - begin);
}

// Checks split_lines(): non-empty trimmed lines in order, a line break between two of them,
// nothing but white space left out, and the same lines when each line of the text is split on
// its own (a line is read without looking past its break).
std::vector<Line> check_lines(std::string_view text) {
  const std::vector<Line> lines = newsdesk::split_lines(text);
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    check(line.begin >= previous_end && line.begin < line.end && line.end <= text.size(),
          "line {} [{}, {}) is out of order or empty", i, line.begin, line.end);
    const std::string_view line_text = slice(text, line.begin, line.end);
    check(line_text.find('\n') == std::string_view::npos && !is_ascii_space(line_text.front()) &&
              !is_ascii_space(line_text.back()),
          "line {} holds a line break or is not trimmed", i);
    const std::string_view gap = slice(text, previous_end, line.begin);
    check(is_all_space(gap), "bytes before line {} are left out but not white space", i);
    check(i == 0 || gap.find('\n') != std::string_view::npos,
          "no line break between line {} and the one before", i);
    previous_end = line.end;
  }
  check(is_all_space(text.substr(previous_end)), "bytes after the last line are left out");

  std::vector<Line> line_by_line;
  newsdesk::fuzz::split_after_line_breaks(text, [&](std::string_view raw, std::size_t offset) {
    for (const Line& line : newsdesk::split_lines(raw)) {
      line_by_line.push_back({line.begin + offset, line.end + offset});
    }
  });
  check(line_by_line == lines, "splitting line by line gives other lines");
  return lines;
}

// The index of the last body line that is not boilerplate, or 0 (the headline) when none is:
// the paragraph that every subhead needs after it.
std::size_t last_paragraph_line(std::string_view text, const std::vector<Line>& lines,
                                std::size_t first_body_line) {
  std::size_t last = 0;
  for (std::size_t i = first_body_line; i < lines.size(); ++i) {
    if (!newsdesk::is_boilerplate(slice(text, lines[i].begin, lines[i].end))) {
      last = i;
    }
  }
  return last;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = newsdesk::fuzz::as_text(data, size);
  const std::vector<Line> lines = check_lines(text);
  const std::vector<Part> parts = newsdesk::split_article(text);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    check(parts[i].text == slice(text, parts[i].begin, parts[i].end) &&
              newsdesk::to_string(parts[i].kind) != "unknown",
          "part {} [{}, {}) is not the slice of its offsets, or has no kind", i, parts[i].begin,
          parts[i].end);
  }

  // Lines and parts in step: each line is one part, but for the dateline and its paragraph.
  const bool has_byline =
      lines.size() > 1 && slice(text, lines[1].begin, lines[1].end).starts_with("By ");
  const std::size_t first_body_line = has_byline ? 2 : 1;
  const std::size_t last_paragraph = last_paragraph_line(text, lines, first_body_line);
  bool seen_paragraph = false;
  std::size_t next = 0;  // the index of the next part
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const std::string_view line_text = slice(text, line.begin, line.end);
    check(next < parts.size(), "line {} has no part", i);
    Part part = parts[next++];

    PartKind expected = PartKind::paragraph;
    if (i == 0) {
      expected = PartKind::headline;
    } else if (i == 1 && has_byline) {
      expected = PartKind::byline;
    } else if (newsdesk::is_boilerplate(line_text)) {
      expected = PartKind::boilerplate;
    } else if (seen_paragraph && i < last_paragraph && newsdesk::is_subhead_candidate(line_text)) {
      expected = PartKind::subhead;
    }

    if (expected == PartKind::paragraph && !seen_paragraph) {
      const std::optional<std::size_t> dateline = newsdesk::dateline_length(line_text);
      if (dateline) {
        check(*dateline > 0 && *dateline <= 80 && *dateline < line_text.size(),
              "dateline_length() of line {} is {}", i, *dateline);
        check(part.kind == PartKind::dateline && part.begin == line.begin &&
                  part.end == line.begin + *dateline,
              "line {} opens with a dateline of {} bytes, but its part is not it", i, *dateline);
        check(next < parts.size(), "the dateline of line {} has no paragraph after it", i);
        const std::size_t dateline_end = part.end;
        part = parts[next++];
        check(part.begin > dateline_end && is_all_space(slice(text, dateline_end, part.begin)),
              "the paragraph of line {} does not start after the dateline's white space", i);
        check(part.kind == PartKind::paragraph && part.end == line.end,
              "the dateline of line {} is not followed by the rest of its line", i);
        seen_paragraph = true;
        continue;
      }
    }
    check(part.kind == expected, "line {} is a part of kind {}, expected {}", i,
          newsdesk::to_string(part.kind), newsdesk::to_string(expected));
    check(part.begin == line.begin && part.end == line.end, "line {} is not one whole part", i);
    seen_paragraph = seen_paragraph || expected == PartKind::paragraph;
  }
  check(next == parts.size(), "{} parts for {} lines", parts.size(), lines.size());
  return 0;
}
