// Exercise 02-paragraphs: reference solution.
#include "paragraphs.hpp"

#include <array>

namespace newsdesk {

namespace {

// A dateline must end within this many bytes of the start of its paragraph.
constexpr std::size_t kMaxDatelineLength = 80;

// A subhead is a short line: at most this many words.
constexpr std::size_t kMaxSubheadWords = 8;

// The <cctype> functions take an int that must be an unsigned char value or EOF: a plain char
// holding a byte >= 0x80 is negative on most platforms, and passing it is undefined
// behaviour. These helpers take the byte as unsigned char and only ever answer for ASCII.
bool is_ascii_space(unsigned char byte) {
  return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\v' || byte == '\f' ||
         byte == '\r';
}

bool is_ascii_upper(unsigned char byte) { return byte >= 'A' && byte <= 'Z'; }

bool is_ascii_lower(unsigned char byte) { return byte >= 'a' && byte <= 'z'; }

bool is_ascii_digit(unsigned char byte) { return byte >= '0' && byte <= '9'; }

bool is_ascii_letter(unsigned char byte) { return is_ascii_upper(byte) || is_ascii_lower(byte); }

unsigned char to_ascii_lower(unsigned char byte) {
  return is_ascii_upper(byte) ? static_cast<unsigned char>(byte - 'A' + 'a') : byte;
}

// The byte at `offset`, as unsigned char, so that comparisons with 0x80.. mean what they say.
unsigned char byte_at(std::string_view text, std::size_t offset) {
  return static_cast<unsigned char>(text[offset]);
}

// Whether `text` starts with `prefix`, ignoring ASCII case. Bytes >= 0x80 must match exactly.
bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (to_ascii_lower(byte_at(text, i)) != to_ascii_lower(byte_at(prefix, i))) {
      return false;
    }
  }
  return true;
}

// `text` without the ASCII white space at its end.
std::string_view trim_end(std::string_view text) {
  while (!text.empty() && is_ascii_space(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

// A word is "in capitals" when it has at least one ASCII capital and no ASCII small letter.
// Bytes >= 0x80 are neither, so "ŁÓDŹ" and "SÃO" count by their ASCII letters alone.
bool is_in_capitals(std::string_view word) {
  bool has_capital = false;
  for (const char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_ascii_lower(byte)) {
      return false;
    }
    has_capital = has_capital || is_ascii_upper(byte);
  }
  return has_capital;
}

// A date is made of ASCII letters, digits and full stops ("Sept. 12"), in words.
bool is_date_byte(unsigned char byte) {
  return is_ascii_letter(byte) || is_ascii_digit(byte) || byte == '.';
}

// The dashes a dateline may end with. "--" comes before "-" so that the longer one is tried
// first; the em dash (U+2014) and en dash (U+2013) are three bytes each in UTF-8.
constexpr std::array<std::string_view, 4> kDatelineDashes = {"\u2014", "\u2013", "--", "-"};

// When `text` holds a dash set off by spaces at `at` (" — ", " – ", " -- " or " - "), the
// offset just past the dash; otherwise 0, which can never be a dash's end.
std::size_t spaced_dash_end(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != ' ') {
    return 0;
  }
  const std::string_view rest = text.substr(at + 1);
  for (const std::string_view dash : kDatelineDashes) {
    if (rest.starts_with(dash)) {
      const std::size_t end = at + 1 + dash.size();
      return end < text.size() && text[end] == ' ' ? end : 0;
    }
  }
  return 0;
}

// The end of the place word that starts at `at`: the next ASCII space or comma.
std::size_t place_word_end(std::string_view text, std::size_t at) {
  while (at < text.size() && !is_ascii_space(byte_at(text, at)) && text[at] != ',') {
    ++at;
  }
  return at;
}

// The end of the date word that starts at `at`: the first byte that is not a date byte.
std::size_t date_word_end(std::string_view text, std::size_t at) {
  while (at < text.size() && is_date_byte(byte_at(text, at))) {
    ++at;
  }
  return at;
}

// The prefixes that mark a boilerplate line; README.md, "The rules", lists the same ones.
constexpr std::array<std::string_view, 9> kBoilerplatePrefixes = {
    "Read also:",       "Read more:",        "Also read:",
    "See also:",        "Related:",          "Related article:",
    "Related articles:", "Related story:",   "More on this story:"};

// The part of `text` in [begin, end), with its own copy of the text.
Part make_part(std::string_view text, PartKind kind, std::size_t begin, std::size_t end) {
  return Part{kind, std::string(text.substr(begin, end - begin)), begin, end};
}

}  // namespace

std::string_view to_string(PartKind kind) {
  // A switch without `default` lets the compiler warn (-Wswitch) when a kind is added.
  switch (kind) {
    case PartKind::headline: return "headline";
    case PartKind::byline: return "byline";
    case PartKind::dateline: return "dateline";
    case PartKind::subhead: return "subhead";
    case PartKind::paragraph: return "paragraph";
    case PartKind::boilerplate: return "boilerplate";
  }
  // Reached only through a value cast from an integer outside the enumeration.
  return "unknown";
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    // The line runs to the next "\n"; the "\r" of a "\r\n" is trimmed below as white space,
    // so the two line endings need no separate cases. (std::views::split could cut the lines
    // too, but find() keeps the offsets in plain sight.)
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) {
      line_end = text.size();
    }
    std::size_t begin = line_start;
    std::size_t end = line_end;
    while (begin < end && is_ascii_space(byte_at(text, begin))) {
      ++begin;
    }
    while (end > begin && is_ascii_space(byte_at(text, end - 1))) {
      --end;
    }
    if (begin < end) {
      lines.push_back(Line{begin, end});
    }
    line_start = line_end + 1;
  }
  return lines;
}

bool is_boilerplate(std::string_view line) {
  // Equivalent to std::ranges::any_of over the prefixes; the loop reads as the rule does.
  for (const std::string_view prefix : kBoilerplatePrefixes) {
    if (starts_with_ignoring_case(line, prefix)) {
      return true;
    }
  }
  return false;
}

bool is_subhead_candidate(std::string_view line) {
  const std::string_view trimmed = trim_end(line);

  // Words are runs of bytes that are not ASCII white space. Equivalent to counting the bytes
  // where a word starts: a non-space byte at offset 0 or after a space.
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : trimmed) {
    const bool space = is_ascii_space(static_cast<unsigned char>(c));
    if (!space && !in_word) {
      ++words;
    }
    in_word = !space;
  }
  if (words == 0 || words > kMaxSubheadWords) {
    return false;
  }

  // Punctuation that ends a sentence, a quotation or a bracket. The UTF-8 ones are compared
  // as whole byte sequences at the end of the line.
  constexpr std::string_view kClosingAscii = ".!?:;,\"')]}";
  constexpr std::array<std::string_view, 5> kClosingUtf8 = {
      "\u2026",   // … horizontal ellipsis
      "\u201D",   // ” right double quotation mark
      "\u2019",   // ’ right single quotation mark
      "\u00BB",   // » right-pointing double angle quotation mark
      "\u203A"};  // › single right-pointing angle quotation mark
  if (kClosingAscii.find(trimmed.back()) != std::string_view::npos) {
    return false;
  }
  for (const std::string_view closing : kClosingUtf8) {
    if (trimmed.ends_with(closing)) {
      return false;
    }
  }
  return true;
}

namespace {

// The four steps of a dateline, in the order of the rules. Each reads `head` (the first bytes
// of the paragraph) from `at` and returns where its part ends, or nothing when the paragraph
// does not open with a dateline. The optional parts return `at` itself when they are absent.

// Step 1: the place, one or more words in capitals separated by single spaces. A space
// followed by "(" or by a dash ends the place instead of starting another word.
std::optional<std::size_t> place_end(std::string_view head) {
  std::size_t at = 0;
  for (;;) {
    const std::string_view word = head.substr(at, place_word_end(head, at) - at);
    if (word.starts_with('(') || !is_in_capitals(word)) {
      return std::nullopt;  // "U.S. officials": "officials" is not in capitals
    }
    at += word.size();
    const bool another_word = at + 1 < head.size() && head[at] == ' ' && head[at + 1] != '(' &&
                              spaced_dash_end(head, at) == 0;
    if (!another_word) {
      return at;
    }
    ++at;
  }
}

// Step 2: an optional date after ", ": words of letters, digits and full stops with a digit
// somewhere ("May 9", "Sept. 12"), which keeps "U.S., Canada agree — ..." out.
std::optional<std::size_t> date_end(std::string_view head, std::size_t at) {
  if (at >= head.size() || head[at] != ',') {
    return at;  // no date
  }
  if (at + 1 >= head.size() || head[at + 1] != ' ') {
    return std::nullopt;
  }
  at += 2;
  bool has_digit = false;
  for (;;) {
    const std::size_t end = date_word_end(head, at);
    if (end == at) {
      return std::nullopt;  // no date at all, or two spaces in a row
    }
    for (std::size_t i = at; i < end; ++i) {
      has_digit = has_digit || is_ascii_digit(byte_at(head, i));
    }
    at = end;
    const bool another_word =
        at + 1 < head.size() && head[at] == ' ' && is_date_byte(byte_at(head, at + 1));
    if (!another_word) {
      break;
    }
    ++at;
  }
  if (!has_digit) {
    return std::nullopt;
  }
  return at;
}

// Step 3: an optional agency in brackets, " (Newsline)": any bytes but brackets, at least one.
std::optional<std::size_t> agency_end(std::string_view head, std::size_t at) {
  if (at + 1 >= head.size() || head[at] != ' ' || head[at + 1] != '(') {
    return at;  // no agency
  }
  const std::size_t close = head.find_first_of("()", at + 2);
  if (close == std::string_view::npos || head[close] != ')' || close == at + 2) {
    return std::nullopt;
  }
  return close + 1;
}

// Step 4: the dash, set off by spaces, with the paragraph's own text still to come after it
// ("MILLBROOK — " with nothing after the dash is not a dateline).
std::optional<std::size_t> dash_end(std::string_view paragraph, std::string_view head,
                                    std::size_t at) {
  const std::size_t end = spaced_dash_end(head, at);
  if (end == 0) {
    return std::nullopt;
  }
  for (std::size_t i = end; i < paragraph.size(); ++i) {
    if (!is_ascii_space(byte_at(paragraph, i))) {
      return end;
    }
  }
  return std::nullopt;
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
  const std::vector<Line> lines = split_lines(text);
  std::vector<Part> parts;
  if (lines.empty()) {
    return parts;
  }
  const auto line_text = [&](const Line& line) {
    return text.substr(line.begin, line.end - line.begin);
  };

  parts.push_back(make_part(text, PartKind::headline, lines[0].begin, lines[0].end));
  std::size_t first_body_line = 1;
  if (lines.size() > 1 && line_text(lines[1]).starts_with("By ")) {
    parts.push_back(make_part(text, PartKind::byline, lines[1].begin, lines[1].end));
    first_body_line = 2;
  }

  // "A paragraph still to come" needs a look ahead. The last body line that is not
  // boilerplate can never be a subhead (nothing comes after it), so it is a paragraph, and
  // every line before it has that paragraph still to come. Finding that line first spares
  // the main loop any further look ahead: two passes, O(n) in all. (Equivalent: search
  // backwards from the end and stop at the first line that is not boilerplate.)
  std::size_t last_paragraph_line = 0;  // 0 is the headline: "no body paragraph"
  for (std::size_t i = first_body_line; i < lines.size(); ++i) {
    if (!is_boilerplate(line_text(lines[i]))) {
      last_paragraph_line = i;
    }
  }

  bool seen_paragraph = false;
  for (std::size_t i = first_body_line; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const std::string_view body = line_text(line);
    if (is_boilerplate(body)) {
      parts.push_back(make_part(text, PartKind::boilerplate, line.begin, line.end));
    } else if (seen_paragraph && i < last_paragraph_line && is_subhead_candidate(body)) {
      parts.push_back(make_part(text, PartKind::subhead, line.begin, line.end));
    } else {
      std::size_t begin = line.begin;
      if (!seen_paragraph) {
        if (const std::optional<std::size_t> length = dateline_length(body)) {
          parts.push_back(make_part(text, PartKind::dateline, begin, begin + *length));
          // The paragraph starts at its first word: dateline_length() made sure there is one.
          begin += *length;
          while (is_ascii_space(byte_at(text, begin))) {
            ++begin;
          }
        }
      }
      parts.push_back(make_part(text, PartKind::paragraph, begin, line.end));
      seen_paragraph = true;
    }
  }
  return parts;
}

}  // namespace newsdesk
