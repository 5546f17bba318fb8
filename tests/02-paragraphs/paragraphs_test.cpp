// Tests of exercise 02-paragraphs: hand-written tables for each function first, then the
// promises every split keeps, then the whole corpus against its gold annotations.
#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>

#include "compare.hpp"
#include "corpus.hpp"
#include "printing.hpp"
#include "paragraphs.hpp"

namespace {

using newsdesk::testing::escaped;

// The gold files' names for each kind. The tests keep their own table rather than call
// to_string(), so that reading the gold data does not depend on the code under test.
constexpr std::array<std::pair<newsdesk::PartKind, std::string_view>, 6> kKindNames = {{
    {newsdesk::PartKind::headline, "headline"},
    {newsdesk::PartKind::byline, "byline"},
    {newsdesk::PartKind::dateline, "dateline"},
    {newsdesk::PartKind::subhead, "subhead"},
    {newsdesk::PartKind::paragraph, "paragraph"},
    {newsdesk::PartKind::boilerplate, "boilerplate"},
}};

std::string_view kind_name(newsdesk::PartKind kind) {
  for (const auto& [known, name] : kKindNames) {
    if (known == kind) return name;
  }
  return "(not a PartKind)";
}

}  // namespace

namespace newsdesk {

// How Boost.Test prints the values when a check fails, e.g.
//   [headline "Flood wall approved" [0, 19) | paragraph "It passed." [53, 63)]
std::ostream& operator<<(std::ostream& out, PartKind kind) { return out << kind_name(kind); }

std::ostream& operator<<(std::ostream& out, const Part& part) {
  return out << part.kind << ' ' << escaped(part.text) << " [" << part.begin << ", " << part.end
             << ')';
}

std::ostream& operator<<(std::ostream& out, const Line& line) {
  return out << '{' << line.begin << ", " << line.end << '}';
}

template <typename T>
std::ostream& operator<<(std::ostream& out, const std::vector<T>& items) {
  out << '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << (i == 0 ? "" : " | ") << items[i];
  }
  return out << ']';
}

}  // namespace newsdesk

// By default Boost.Test compares two vectors element by element and, when their sizes
// differ, prints only "check ... has failed". Comparing them as whole values instead prints
// both lists in full with the operator<< above.
template <>
struct boost::unit_test::is_forward_iterable<std::vector<newsdesk::Part>> : std::false_type {};
template <>
struct boost::unit_test::is_forward_iterable<std::vector<newsdesk::Line>> : std::false_type {};

namespace {

using newsdesk::Line;
using newsdesk::Part;
using newsdesk::PartKind;
using newsdesk::testing::CorpusArticle;
using newsdesk::testing::describe_position;

// One expected part of a table row, without its offsets.
struct Expected {
  PartKind kind;
  std::string_view text;
};

// The parts `input` should split into. Each text is looked up in `input` after the end of
// the one before, so a table lists kinds and texts and the byte offsets follow from them.
std::vector<Part> located(std::string_view input, const std::vector<Expected>& expected) {
  std::vector<Part> parts;
  std::size_t from = 0;
  for (const Expected& part : expected) {
    const std::size_t begin = input.find(part.text, from);
    if (begin == std::string_view::npos) {
      throw std::invalid_argument(fmt::format("test table error: {} is not in {}",
                                              escaped(part.text), escaped(input)));
    }
    from = begin + part.text.size();
    parts.push_back(Part{part.kind, std::string(part.text), begin, from});
  }
  return parts;
}

// One row of a split_article() table: an input and the parts it should split into.
struct ArticleRow {
  std::string_view input;
  std::vector<Expected> expected;
};

// Checks split_article() on every row of a table, naming the input of a row that fails.
void check_split_article(const std::vector<ArticleRow>& rows) {
  for (const ArticleRow& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::split_article(row.input) == located(row.input, row.expected));
    }
  }
}

// What dateline_length() returned, shown with the text it covers so a wrong length is easy
// to see: "\"MILLBROOK —\" (13 bytes)" or "no dateline".
std::string shown_dateline(std::string_view paragraph, std::optional<std::size_t> length) {
  if (!length) return "no dateline";
  if (*length > paragraph.size()) {
    return fmt::format("{} bytes, more than the paragraph has", *length);
  }
  return fmt::format("{} ({} bytes)", escaped(paragraph.substr(0, *length)), *length);
}

bool is_ascii_space(unsigned char byte) {
  return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\v' || byte == '\f' ||
         byte == '\r';
}

// Checks what split_article() promises for any text: every part is an exact, non-empty
// slice of `text`, the parts come in order without overlapping, and every byte that is not
// white space belongs to exactly one part. Reports the first byte that breaks a promise.
void check_covers_every_byte_once(std::string_view text, const std::vector<Part>& parts) {
  std::vector<int> owners(text.size(), 0);
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const Part& part = parts[i];
    BOOST_TEST_CONTEXT("part " << i << ": " << part) {
      BOOST_TEST(part.begin < part.end);
      BOOST_TEST(part.end <= text.size());
      BOOST_TEST(part.begin >= previous_end);
      if (part.begin >= part.end || part.end > text.size()) {
        return;  // the checks above failed; the offsets cannot be used
      }
      BOOST_TEST(part.text == std::string(text.substr(part.begin, part.end - part.begin)));
      previous_end = part.end;
      for (std::size_t offset = part.begin; offset < part.end; ++offset) {
        ++owners[offset];
      }
    }
  }
  for (std::size_t offset = 0; offset < text.size(); ++offset) {
    const bool space = is_ascii_space(static_cast<unsigned char>(text[offset]));
    if (owners[offset] > 1 || (owners[offset] == 0 && !space)) {
      BOOST_TEST_CONTEXT("byte " << offset << " (" << describe_position(text, offset)
                                 << "), " << escaped(text.substr(offset, 1))) {
        BOOST_TEST(owners[offset] == (space ? 0 : 1));
      }
      return;
    }
  }
}

// The "parts" of an article's gold file, or nothing when it has none.
std::vector<Part> gold_parts(const CorpusArticle& article) {
  std::vector<Part> parts;
  if (!article.gold.is_object() || !article.gold.contains("parts")) {
    return parts;
  }
  for (const nlohmann::json& entry : article.gold.at("parts")) {
    const auto name = entry.at("kind").get<std::string>();
    const auto known = std::find_if(kKindNames.begin(), kKindNames.end(),
                                    [&](const auto& pair) { return pair.second == name; });
    if (known == kKindNames.end()) {
      throw std::runtime_error(fmt::format("gold file of {}: unknown kind {}", article.file,
                                           escaped(name)));
    }
    parts.push_back(Part{known->first, entry.at("text").get<std::string>(),
                         entry.at("begin").get<std::size_t>(),
                         entry.at("end").get<std::size_t>()});
  }
  return parts;
}

// Inputs chosen to trip up the offsets: "\r\n", blank and white-space-only lines, tabs,
// a dateline followed by several spaces, and no final line break.
constexpr std::array<std::string_view, 9> kTrickyInputs = {
    "",
    " \r\n\t\n",
    "  Headline only  ",
    "\r\n\r\n  Headline\t\r\n\r\nBy A. Writer \r\n\r\nMILLBROOK —   First.\r\nSecond.\r\n",
    "Headline\n\n\nTROMSØ (Wire) - First.\n\t \nShort head\n\nSecond.\nRead also: more",
    "Headline\nShort intro\nMILLBROOK — not a dateline here.\nThe end",
    "Headline\n\"Quote.\"\nA head\nRelated: x\n\nLast.\n\n\n",
    "H\nGLASGOW, Nov. 8 (Newsline) — A\nB\nC\nD",
    "Headline\r\nBy\r\nby me\r\nRelated article:\r\n",
};

}  // namespace

BOOST_AUTO_TEST_SUITE(paragraphs)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::to_string(PartKind::subhead) == "subhead");
  BOOST_TEST(newsdesk::split_lines("Title\r\n\r\n  Body.\n") ==
             (std::vector<Line>{{0, 5}, {11, 16}}));
  BOOST_TEST(newsdesk::is_boilerplate("Read also: Council delays vote on harbour wall") == true);
  const std::string_view millbrook = "MILLBROOK, May 9 — The council voted.";
  BOOST_TEST(shown_dateline(millbrook, newsdesk::dateline_length(millbrook)) ==
             "\"MILLBROOK, May 9 —\" (20 bytes)");
  const std::string_view lodz = "ŁÓDŹ (Wire) - The party met.";
  BOOST_TEST(shown_dateline(lodz, newsdesk::dateline_length(lodz)) ==
             "\"ŁÓDŹ (Wire) -\" (16 bytes)");
  const std::string_view officials = "U.S. officials said on Monday — late — that ...";
  BOOST_TEST(shown_dateline(officials, newsdesk::dateline_length(officials)) == "no dateline");
  BOOST_TEST(newsdesk::is_subhead_candidate("Costs questioned") == true);
  BOOST_TEST(newsdesk::split_article(
                 "Flood wall approved\nBy Ana Ruiz\nMILLBROOK, May 9 — It passed.\n") ==
             (std::vector<Part>{{PartKind::headline, "Flood wall approved", 0, 19},
                                {PartKind::byline, "By Ana Ruiz", 20, 31},
                                {PartKind::dateline, "MILLBROOK, May 9 —", 32, 52},
                                {PartKind::paragraph, "It passed.", 53, 63}}));
}

BOOST_AUTO_TEST_CASE(names_every_part_kind) {
  for (const auto& [kind, name] : kKindNames) {
    BOOST_TEST_CONTEXT("kind: " << name) {
      BOOST_TEST(newsdesk::to_string(kind) == name);
    }
  }
}

BOOST_AUTO_TEST_CASE(splits_lines_and_trims_them) {
  struct Row {
    std::string_view input;
    std::vector<Line> expected;
  };
  const std::vector<Row> rows = {
      {"", {}},
      {"\n\n", {}},
      {" \t\r\n \n", {}},                       // all blank
      {"one", {{0, 3}}},                         // no final line break
      {"one\n", {{0, 3}}},
      {"one\ntwo", {{0, 3}, {4, 7}}},
      {"one\r\ntwo\r\n", {{0, 3}, {5, 8}}},      // "\r\n" is one line break
      {"one\n\n\ntwo", {{0, 3}, {6, 9}}},        // blank lines are left out
      {"\n\n  one", {{4, 7}}},                   // leading blank lines
      {"one  \t\ntwo  ", {{0, 3}, {7, 10}}},     // trailing spaces and tabs
      {"  two words  ", {{2, 11}}},              // inner spaces stay in the line
      {"a\rb\n", {{0, 3}}},                      // a lone "\r" does not end a line
      {"\xC2\xA0no-break\xC2\xA0", {{0, 12}}},  // U+00A0 is not ASCII white space
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::split_lines(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(recognises_boilerplate_prefixes_in_any_case) {
  struct Row {
    std::string_view input;
    bool expected;
  };
  const std::vector<Row> rows = {
      {"Read also: Council delays vote", true},
      {"Read more: Council delays vote", true},
      {"Also read: Council delays vote", true},
      {"See also: Council delays vote", true},
      {"Related: Council delays vote", true},
      {"Related article: Council delays vote", true},
      {"Related articles: Council delays vote", true},
      {"Related story: Council delays vote", true},
      {"More on this story: Council delays vote", true},
      {"Read also:", true},                          // the prefix alone
      {"READ ALSO: Council delays vote", true},      // ASCII case does not matter
      {"read also: council delays vote", true},
      {"rElAtEd ArTiClE: Council delays vote", true},
      {"Related coverage of the vote", false},       // "Related" without a colon
      {"Related story on page 4", false},
      {"Read also the council's report.", false},
      {"Related:", true},
      {"Relatedly: the vote was delayed", false},
      {"The mayor said: Read also: nothing", false}, // only the start of the line counts
      {"", false},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::is_boilerplate(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(finds_datelines_that_open_a_paragraph) {
  // A place in capitals of 78 bytes, so that with " -" the dateline is exactly 80 bytes.
  const std::string place_78(78, 'A');
  const std::string at_limit = place_78 + " - It fits.";
  const std::string over_limit = place_78 + "B - It does not fit.";
  struct Row {
    std::string_view input;
    std::optional<std::string_view> dateline;
  };
  const std::vector<Row> rows = {
      {"MILLBROOK — The council voted.", "MILLBROOK —"},          // em dash
      {"MILLBROOK – The council voted.", "MILLBROOK –"},          // en dash
      {"MILLBROOK - The council voted.", "MILLBROOK -"},          // hyphen
      {"MILLBROOK -- The council voted.", "MILLBROOK --"},        // two hyphens
      {"MARLOWE CREEK, Sept. 12 — A former inspector", "MARLOWE CREEK, Sept. 12 —"},
      {"GLASGOW, Nov. 8 (Newsline) — Ana Ruiz", "GLASGOW, Nov. 8 (Newsline) —"},
      {"TROMSØ (Wire) - A dense bloom", "TROMSØ (Wire) -"},       // agency only
      {"SÃO PAULO, March 3 (Newsline) — Delegates", "SÃO PAULO, March 3 (Newsline) —"},
      {"ŁÓDŹ (Wire) - The New Commons Party", "ŁÓDŹ (Wire) -"},
      {"ZÜRICH, Feb. 4 — Swiss watchmaker", "ZÜRICH, Feb. 4 —"},
      {"MILLBROOK —   Several spaces follow.", "MILLBROOK —"},
      {at_limit, std::string_view(at_limit).substr(0, 80)},       // 80 bytes: accepted
      {over_limit, std::nullopt},                                 // 81 bytes: rejected
      {"U.S. officials said on Monday — late — that ...", std::nullopt},
      {"Millbrook, May 9 — The council voted.", std::nullopt},    // not in capitals
      {"the council voted - again.", std::nullopt},
      {"U.S., Canada agree — the deal", std::nullopt},           // a date has a digit
      {"NATO — the alliance said", "NATO —"},                     // shape, not meaning
      {"MILLBROOK, May 9 —", std::nullopt},                       // nothing after the dash
      {"MILLBROOK, May 9 — ", std::nullopt},
      {"MILLBROOK—The council voted.", std::nullopt},             // dash not set off
      {"MILLBROOK -The council voted.", std::nullopt},
      {"MILLBROOK, May 9 The council voted.", std::nullopt},      // no dash at all
      {"MILLBROOK () — The council voted.", std::nullopt},        // empty agency
      {"MILLBROOK (Wire — The council voted.", std::nullopt},     // agency not closed
      {" MILLBROOK — The council voted.", std::nullopt},          // must open the paragraph
      {"(AP) — The council voted.", std::nullopt},                // an agency needs a place
      {"", std::nullopt},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      const std::optional<std::size_t> expected =
          row.dateline ? std::optional<std::size_t>(row.dateline->size()) : std::nullopt;
      BOOST_TEST(shown_dateline(row.input, newsdesk::dateline_length(row.input)) ==
                 shown_dateline(row.input, expected));
    }
  }
}

BOOST_AUTO_TEST_CASE(recognises_short_lines_without_final_punctuation) {
  struct Row {
    std::string_view input;
    bool expected;
  };
  const std::vector<Row> rows = {
      {"Costs questioned", true},
      {"Cross-examination", true},
      {"Farmers wary of trading", true},
      {"one two three four five six seven eight", true},     // eight words
      {"one two three four five six seven eight nine", false},
      {"one two three four five six seven 7\xC2\xA0%", true}, // U+00A0 joins "7 %"
      {"Costs questioned  ", true},                          // trailing spaces
      {"Vote — again", true},                                // a dash is not closing
      {"ZÜRICH talks", true},
      {"Costs questioned.", false},
      {"Costs questioned.  ", false},
      {"Really?", false},
      {"Stop!", false},
      {"Costs:", false},
      {"Costs;", false},
      {"Costs,", false},
      {"Costs…", false},
      {"“Never again”", false},                              // closing quotes
      {"‘Never again’", false},
      {"\"Never again\"", false},
      {"'Never again'", false},
      {"«Never again»", false},
      {"(Never again)", false},                              // closing brackets
      {"[Never again]", false},
      {"", false},                                           // no words at all
      {"   ", false},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("input: " << escaped(row.input)) {
      BOOST_TEST(newsdesk::is_subhead_candidate(row.input) == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(blank_text_gives_no_parts) {
  for (const std::string_view input : {"", "\n", "   ", " \r\n\t\n\r\n"}) {
    BOOST_TEST_CONTEXT("input: " << escaped(input)) {
      BOOST_TEST(newsdesk::split_article(input) == std::vector<Part>{});
    }
  }
}

BOOST_AUTO_TEST_CASE(splits_headline_byline_and_dateline) {
  check_split_article({
      {"Flood wall approved", {{PartKind::headline, "Flood wall approved"}}},
      {"\n\n  Flood wall approved  \n\n", {{PartKind::headline, "Flood wall approved"}}},
      {"Flood wall approved\nBy Ana Ruiz",
          {{PartKind::headline, "Flood wall approved"}, {PartKind::byline, "By Ana Ruiz"}}},
      // No byline: the second line is the first paragraph.
      {"Flood wall approved\nMILLBROOK — It passed.",
          {{PartKind::headline, "Flood wall approved"},
           {PartKind::dateline, "MILLBROOK —"},
           {PartKind::paragraph, "It passed."}}},
      {"Flood wall approved\nIt passed.",
          {{PartKind::headline, "Flood wall approved"}, {PartKind::paragraph, "It passed."}}},
      // "\r\n", blank lines and trailing spaces change the offsets, not the parts.
      {"Flood wall approved \r\n\r\nBy Ana Ruiz\r\n\r\nMILLBROOK, May 9 — It passed.\r\n",
          {{PartKind::headline, "Flood wall approved"},
           {PartKind::byline, "By Ana Ruiz"},
           {PartKind::dateline, "MILLBROOK, May 9 —"},
           {PartKind::paragraph, "It passed."}}},
      {"Flood wall approved\nBy Ana Ruiz\nGLASGOW, Nov. 8 (Newsline) —   It passed.",
          {{PartKind::headline, "Flood wall approved"},
           {PartKind::byline, "By Ana Ruiz"},
           {PartKind::dateline, "GLASGOW, Nov. 8 (Newsline) —"},
           {PartKind::paragraph, "It passed."}}},
      // "By " is matched exactly, and only on the second line.
      {"Flood wall approved\nby Ana Ruiz\nBygones are bygones.",
          {{PartKind::headline, "Flood wall approved"},
           {PartKind::paragraph, "by Ana Ruiz"},
           {PartKind::paragraph, "Bygones are bygones."}}},
      {"Flood wall approved\nBygones are bygones.",
          {{PartKind::headline, "Flood wall approved"},
           {PartKind::paragraph, "Bygones are bygones."}}},
      {"Flood wall approved\nIt passed.\nBy Ana Ruiz",
          {{PartKind::headline, "Flood wall approved"},
           {PartKind::paragraph, "It passed."},
           {PartKind::paragraph, "By Ana Ruiz"}}},
      // Only the first paragraph can open with a dateline.
      {"Flood wall approved\nIt passed.\nMILLBROOK — Later, the mayor spoke.",
          {{PartKind::headline, "Flood wall approved"},
           {PartKind::paragraph, "It passed."},
           {PartKind::paragraph, "MILLBROOK — Later, the mayor spoke."}}},
      // A first paragraph that is only a dateline-like opening keeps its text whole.
      {"Flood wall approved\nMILLBROOK —\nIt passed.",
          {{PartKind::headline, "Flood wall approved"},
           {PartKind::paragraph, "MILLBROOK —"},
           {PartKind::paragraph, "It passed."}}},
  });
}

BOOST_AUTO_TEST_CASE(finds_subheads_only_between_paragraphs) {
  check_split_article({
      {"Headline\nFirst paragraph.\nCosts questioned\nSecond paragraph.",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::subhead, "Costs questioned"},
           {PartKind::paragraph, "Second paragraph."}}},
      // Before the first paragraph, a short line is the first paragraph.
      {"Headline\nShort intro\nFirst paragraph.",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "Short intro"},
           {PartKind::paragraph, "First paragraph."}}},
      // With no paragraph after it, a short final line is a paragraph.
      {"Headline\nFirst paragraph.\nThe end",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::paragraph, "The end"}}},
      // Boilerplate is not a paragraph, so it does not make the line before it a subhead.
      {"Headline\nFirst paragraph.\nThe end\nRead also: Council delays vote",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::paragraph, "The end"},
           {PartKind::boilerplate, "Read also: Council delays vote"}}},
      // A short line ending in a closing quote is a paragraph.
      {"Headline\nFirst paragraph.\n“Never again.”\nSecond paragraph.",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::paragraph, "“Never again.”"},
           {PartKind::paragraph, "Second paragraph."}}},
      // A paragraph still to come may be further on, past boilerplate or another subhead.
      {"Headline\nFirst paragraph.\nCosts questioned\nRelated: More costs\nSecond one.",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::subhead, "Costs questioned"},
           {PartKind::boilerplate, "Related: More costs"},
           {PartKind::paragraph, "Second one."}}},
      {"Headline\nFirst paragraph.\nPart one\nPart two\nSecond paragraph.",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::subhead, "Part one"},
           {PartKind::subhead, "Part two"},
           {PartKind::paragraph, "Second paragraph."}}},
      // A long line without final punctuation is a paragraph.
      {"Headline\nFirst paragraph.\none two three four five six seven eight nine\nLast.",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::paragraph, "one two three four five six seven eight nine"},
           {PartKind::paragraph, "Last."}}},
  });
}

BOOST_AUTO_TEST_CASE(keeps_boilerplate_as_parts_of_its_own) {
  check_split_article({
      {"Headline\nFirst paragraph.\nREAD ALSO: Council delays vote\nSecond paragraph.",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::boilerplate, "READ ALSO: Council delays vote"},
           {PartKind::paragraph, "Second paragraph."}}},
      // Before the first paragraph, boilerplate does not take the dateline.
      {"Headline\nSee also: Council\nMILLBROOK — It passed.",
          {{PartKind::headline, "Headline"},
           {PartKind::boilerplate, "See also: Council"},
           {PartKind::dateline, "MILLBROOK —"},
           {PartKind::paragraph, "It passed."}}},
      // "Related" without its colon is ordinary text.
      {"Headline\nFirst paragraph.\nRelated coverage follows.",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::paragraph, "Related coverage follows."}}},
      {"Headline\r\nFirst paragraph.\r\nRelated article: Council delays vote\r\n",
          {{PartKind::headline, "Headline"},
           {PartKind::paragraph, "First paragraph."},
           {PartKind::boilerplate, "Related article: Council delays vote"}}},
  });
}

BOOST_AUTO_TEST_CASE(covers_every_non_space_byte_exactly_once) {
  for (const std::string_view input : kTrickyInputs) {
    BOOST_TEST_CONTEXT("input: " << escaped(input)) {
      check_covers_every_byte_once(input, newsdesk::split_article(input));
    }
  }
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  for (const CorpusArticle& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      check_covers_every_byte_once(article.text, newsdesk::split_article(article.text));
    }
  }
}

BOOST_AUTO_TEST_CASE(matches_the_gold_parts_of_every_corpus_article) {
  const auto& articles = newsdesk::testing::corpus_articles();
  BOOST_TEST_REQUIRE(!articles.empty());
  for (const CorpusArticle& article : articles) {
    BOOST_TEST_CONTEXT("article " << article.file) {
      const std::vector<Part> expected = gold_parts(article);
      if (expected.empty()) {
        const std::string gold_file =
            "data/gold/" + std::filesystem::path(article.file).stem().string() + ".json";
        BOOST_ERROR("no gold parts to compare with: " << gold_file
                                                      << " is missing or has no \"parts\"");
        continue;
      }
      const std::vector<Part> actual = newsdesk::split_article(article.text);

      // Report the first part where the two disagree, and where it is in the article.
      const std::optional<newsdesk::testing::FirstDifference> difference =
          newsdesk::testing::first_difference(actual, expected);
      if (!difference) {
        continue;
      }
      const auto [index, offset] = *difference;
      const std::size_t common = std::min(actual.size(), expected.size());
      BOOST_TEST_CONTEXT("first disagreement at part "
                         << index << " (from 0), byte " << offset << " ("
                         << describe_position(article.text, offset) << ")") {
        if (index < common) {
          BOOST_TEST(actual[index] == expected[index]);
        } else if (index < actual.size()) {
          BOOST_TEST_CONTEXT("unexpected part: " << actual[index]) {
            BOOST_TEST(actual.size() == expected.size());
          }
        } else {
          BOOST_TEST_CONTEXT("missing part: " << expected[index]) {
            BOOST_TEST(actual.size() == expected.size());
          }
        }
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
