// Exercise 16-quote-report: reference solution.
#include "quote_report.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include <fmt/format.h>
#include <unicode/uchar.h>

#include "unicode.hpp"

namespace newsdesk {

namespace {

// What a reader sees for a byte that is not UTF-8, and for a control character in a table.
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The line of the table for the quotations with no speaker.
constexpr std::string_view kUnknown = "(unknown)";

// The widest a name may be in the table, and what a cut name ends with.
constexpr std::size_t kWidestName = 32;
constexpr std::string_view kCut = "…";

// A speaker's counts as a map keeps them while they are summed: quotations, then words.
using Counts = std::pair<std::size_t, std::size_t>;

// The map's entries as SpeakerCounts, ranked. A std::map finds a name in O(log n); sorting
// once at the end is cheaper than keeping a vector ranked while the counts still change.
std::vector<SpeakerCount> ranked(const std::map<std::string, Counts>& counts) {
  std::vector<SpeakerCount> speakers;
  speakers.reserve(counts.size());
  for (const auto& [speaker, count] : counts) {
    speakers.push_back({speaker, count.first, count.second});
  }
  std::sort(speakers.begin(), speakers.end(), ranks_before);
  return speakers;
}

// What count_quoted_words() needs to know of a character.
enum class CharacterClass { white_space, letter_or_digit, other };

bool is_ascii_white_space(unsigned char byte) {
  return byte == ' ' || (byte >= '\t' && byte <= '\r');
}

bool is_ascii_letter_or_digit(unsigned char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9');
}

// Most news text is ASCII, and an ill-formed byte (U+FFFD) is neither white space nor a
// letter: both are answered without asking ICU, which is several times slower.
CharacterClass classify(const unicode::Decoded& decoded) {
  if (!decoded.valid) {
    return CharacterClass::other;
  }
  if (decoded.value < 0x80) {
    const auto byte = static_cast<unsigned char>(decoded.value);
    if (is_ascii_white_space(byte)) return CharacterClass::white_space;
    return is_ascii_letter_or_digit(byte) ? CharacterClass::letter_or_digit
                                          : CharacterClass::other;
  }
  if (unicode::is_white_space(decoded.value)) {
    return CharacterClass::white_space;
  }
  return unicode::is_letter(decoded.value) || unicode::is_digit(decoded.value)
             ? CharacterClass::letter_or_digit
             : CharacterClass::other;
}

bool is_control(char32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F);
}

// `text` with each byte of an ill-formed UTF-8 sequence replaced by U+FFFD, and control
// characters too when the text is for the table.
enum class Controls { keep, replace };

std::string shown(std::string_view text, Controls controls) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unicode::Decoded decoded = unicode::decode(text, i);
    if (!decoded.valid || (controls == Controls::replace && is_control(decoded.value))) {
      out += kReplacement;
    } else {
      out += text.substr(i, decoded.length);
    }
    i += decoded.length;
  }
  return out;
}

std::size_t character_width(const unicode::Decoded& decoded) {
  if (!decoded.valid) {
    return 1;  // shown as U+FFFD, which is narrow
  }
  if (unicode::is_mark(decoded.value)) {
    return 0;  // a combining accent sits on the character before it
  }
  const auto width = u_getIntPropertyValue(static_cast<UChar32>(decoded.value),
                                           UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

// `name` as the table shows it: readable, and at most kWidestName columns wide. A cut stops
// at the first character that does not fit, so the marks of a character left out go too.
std::string table_name(std::string_view name) {
  std::string text = shown(name, Controls::replace);
  if (display_width(text) <= kWidestName) {
    return text;
  }
  const std::size_t room = kWidestName - display_width(kCut);
  std::size_t width = 0;
  std::size_t end = 0;
  while (end < text.size()) {
    const unicode::Decoded decoded = unicode::decode(text, end);
    if (width + character_width(decoded) > room) {
      break;
    }
    width += character_width(decoded);
    end += decoded.length;
  }
  return text.substr(0, end) + std::string(kCut);
}

// One line of the table: the name padded by display width (fmt's own padding measures width
// by its own rules, which count a combining accent as a column), then the two numbers.
std::string table_line(std::string_view name, std::string_view quotations,
                       std::string_view words, const std::vector<std::size_t>& widths) {
  const std::string padding(widths[0] - display_width(name), ' ');
  return fmt::format("{}{}  {:>{}}  {:>{}}\n", name, padding, quotations, widths[1], words,
                     widths[2]);
}

}  // namespace

std::size_t count_quoted_words(std::string_view text) {
  std::size_t words = 0;
  bool in_run = false;         // inside a run of characters that are not white space
  bool run_is_word = false;    // and that run has met a letter or a digit
  for (std::size_t i = 0; i < text.size();) {
    const unicode::Decoded decoded = unicode::decode(text, i);
    i += decoded.length;
    const CharacterClass kind = classify(decoded);
    if (kind == CharacterClass::white_space) {
      in_run = false;
      continue;
    }
    if (!in_run) {
      in_run = true;
      run_is_word = false;
    }
    if (!run_is_word && kind == CharacterClass::letter_or_digit) {
      run_is_word = true;  // counted once, at its first letter or digit
      ++words;
    }
  }
  return words;
}

bool ranks_before(const SpeakerCount& a, const SpeakerCount& b) {
  if (a.quotations != b.quotations) {
    return a.quotations > b.quotations;
  }
  if (a.words != b.words) {
    return a.words > b.words;
  }
  // std::string compares its bytes as unsigned char, so UTF-8 names compare by code point.
  return a.speaker < b.speaker;
}

QuoteTally tally_quotes(std::span<const ReportQuote> quotes) {
  QuoteTally tally;
  std::map<std::string, Counts> counts;
  for (const ReportQuote& quote : quotes) {
    if (quote.kind == QuoteKind::not_speech) {
      ++tally.not_speech;  // no one's words, whoever the field names
      continue;
    }
    const std::size_t words = count_quoted_words(quote.text);
    if (!quote.speaker || quote.speaker->empty()) {
      ++tally.unattributed;
      tally.unattributed_words += words;
      continue;
    }
    Counts& count = counts[*quote.speaker];
    ++count.first;
    count.second += words;
  }
  tally.speakers = ranked(counts);
  return tally;
}

QuoteTally merge_tallies(std::span<const QuoteTally> tallies) {
  QuoteTally merged;
  std::map<std::string, Counts> counts;
  for (const QuoteTally& tally : tallies) {
    for (const SpeakerCount& speaker : tally.speakers) {
      Counts& count = counts[speaker.speaker];
      count.first += speaker.quotations;
      count.second += speaker.words;
    }
    merged.unattributed += tally.unattributed;
    merged.unattributed_words += tally.unattributed_words;
    merged.not_speech += tally.not_speech;
  }
  merged.speakers = ranked(counts);
  return merged;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const unicode::Decoded decoded = unicode::decode(text, i);
    width += character_width(decoded);
    i += decoded.length;
  }
  return width;
}

nlohmann::ordered_json report_json(std::string_view article, const QuoteTally& tally) {
  std::size_t quotations = tally.unattributed;
  std::size_t words = tally.unattributed_words;
  nlohmann::ordered_json speakers = nlohmann::ordered_json::array();
  for (const SpeakerCount& speaker : tally.speakers) {
    quotations += speaker.quotations;
    words += speaker.words;
    speakers.push_back({{"speaker", shown(speaker.speaker, Controls::keep)},
                        {"quotations", speaker.quotations},
                        {"words", speaker.words}});
  }
  // Control characters may stay: dump() escapes them. Ill-formed bytes would make it throw.
  nlohmann::ordered_json report;
  report["article"] = shown(article, Controls::keep);
  report["quotations"] = quotations;
  report["words"] = words;
  report["speakers"] = std::move(speakers);
  report["unattributed"] = {{"quotations", tally.unattributed},
                            {"words", tally.unattributed_words}};
  report["not_speech"] = tally.not_speech;
  return report;
}

std::string report_table(const QuoteTally& tally) {
  // Each line as its cells: the header, the speakers, then the unattributed line.
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"speaker", "quotations", "words"});
  for (const SpeakerCount& speaker : tally.speakers) {
    rows.push_back({table_name(speaker.speaker), std::to_string(speaker.quotations),
                    std::to_string(speaker.words)});
  }
  if (tally.unattributed > 0) {
    rows.push_back({std::string(kUnknown), std::to_string(tally.unattributed),
                    std::to_string(tally.unattributed_words)});
  }
  // The width of each column is its widest cell; digits and headers are ASCII, one column each.
  std::vector<std::size_t> widths(3, 0);
  for (const auto& row : rows) {
    for (std::size_t column = 0; column < widths.size(); ++column) {
      widths[column] = std::max(widths[column], display_width(row[column]));
    }
  }
  std::string table;
  for (const auto& row : rows) {
    table += table_line(row[0], row[1], row[2], widths);
  }
  return table;
}

}  // namespace newsdesk
