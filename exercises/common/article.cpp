// Given code for level 4: see article.hpp.
#include "article.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace newsdesk {
namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Exercise 02's boilerplate prefixes (its README, "The rules"), in small letters.
constexpr std::array<std::string_view, 9> kBoilerplate = {
    "read also:", "read more:", "also read:", "see also:", "related:", "related article:",
    "related articles:", "related story:", "more on this story:"};

bool is_boilerplate_line(std::string_view line) {
  for (const std::string_view prefix : kBoilerplate) {
    if (line.size() < prefix.size()) {
      continue;
    }
    bool same = true;
    for (std::size_t i = 0; i < prefix.size() && same; ++i) {
      same = ascii_lower(line[i]) == prefix[i];
    }
    if (same) {
      return true;
    }
  }
  return false;
}

// The closing punctuation that keeps a line from being a subhead.
constexpr std::array<std::string_view, 16> kClosing = {
    ".", "!", "?", ":", ";", ",", "\xE2\x80\xA6", "\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99",
    "\xC2\xBB", "\xE2\x80\xBA", ")", "]", "}"};

// One to eight words and no closing punctuation at the end.
bool has_subhead_shape(std::string_view line) {
  for (const std::string_view mark : kClosing) {
    if (line.ends_with(mark)) {
      return false;
    }
  }
  std::size_t words = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!is_ascii_space(line[i]) && (i == 0 || is_ascii_space(line[i - 1]))) {
      ++words;
    }
  }
  return words >= 1 && words <= 8;
}

// The next non-blank line at or after `at`, trimmed, as [begin, end); `at` moves past it.
std::optional<Block> next_line(std::string_view text, std::size_t& at) {
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::size_t begin = at;
    at = end + 1;
    while (begin < end && is_ascii_space(text[begin])) {
      ++begin;
    }
    while (end > begin && is_ascii_space(text[end - 1])) {
      --end;
    }
    if (begin < end) {
      return Block{BlockKind::paragraph, begin, end};
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::headline: return "headline";
    case BlockKind::byline: return "byline";
    case BlockKind::subhead: return "subhead";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::boilerplate: return "boilerplate";
  }
  return "unknown";
}

std::string_view to_string(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::partial: return "partial";
    case QuoteKind::not_speech: return "not-speech";
  }
  return "unknown";
}

std::vector<Block> read_blocks(std::string_view text) {
  std::vector<Block> blocks;
  std::size_t at = 0;
  while (std::optional<Block> line = next_line(text, at)) {
    const std::string_view line_text = text.substr(line->begin, line->end - line->begin);
    if (blocks.empty()) {
      line->kind = BlockKind::headline;
    } else if (blocks.size() == 1 && line_text.starts_with("By ")) {
      line->kind = BlockKind::byline;
    } else if (is_boilerplate_line(line_text)) {
      line->kind = BlockKind::boilerplate;
    }
    blocks.push_back(*line);
  }

  // A body line of subhead shape is a subhead when a paragraph stands before it and one is
  // still to come. The last body line that is not boilerplate is always a paragraph (nothing
  // comes after it), and every line before it has it still to come: find it first.
  std::size_t last_paragraph = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::paragraph) {
      last_paragraph = i;
    }
  }
  bool paragraph_before = false;
  for (std::size_t i = 0; i < last_paragraph; ++i) {
    Block& block = blocks[i];
    if (block.kind != BlockKind::paragraph) {
      continue;
    }
    if (paragraph_before && has_subhead_shape(text.substr(block.begin, block.end - block.begin))) {
      block.kind = BlockKind::subhead;
    } else {
      paragraph_before = true;
    }
  }
  return blocks;
}

}  // namespace newsdesk
