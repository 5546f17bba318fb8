// Tests of exercise 14-quote-paragraphs: the steps in the order of the tasks (the opening mark
// of a block, the block of each piece, whether a piece goes on into the next block), then
// join_paragraphs() on a table of the rules and hard cases, the edge cases of bad input and
// long input, and the whole corpus, whose gold quotations are cut into per-paragraph pieces
// and must come back whole. Each case's name starts with the function it tests, so
// `ctest --preset exercises -R quote_paragraphs/find_blocks` runs one task's cases.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>

#include "article.hpp"
#include "compare.hpp"
#include "corpus.hpp"
#include "printing.hpp"
#include "quote_paragraphs.hpp"

namespace newsdesk {

// How Boost.Test prints the values when a check fails, e.g.
//   [{13, 47, multi_paragraph, closed, 2 pieces} | {60, 70, one paragraph, unterminated, 1 piece}]
std::ostream& operator<<(std::ostream& out, const Block& block) {
  return out << to_string(block.kind) << " [" << block.begin << ", " << block.end << ')';
}

std::ostream& operator<<(std::ostream& out, const Piece& piece) {
  return out << '[' << piece.begin << ", " << piece.end << ')'
             << (piece.unterminated ? " unterminated" : "");
}

std::ostream& operator<<(std::ostream& out, const Quotation& quotation) {
  return out << '{' << quotation.begin << ", " << quotation.end << ", "
             << (quotation.multi_paragraph ? "multi_paragraph" : "one paragraph") << ", "
             << (quotation.unterminated ? "unterminated" : "closed") << ", " << quotation.pieces
             << (quotation.pieces == 1 ? " piece}" : " pieces}");
}

std::ostream& operator<<(std::ostream& out, const std::vector<Quotation>& quotations) {
  out << '[';
  for (std::size_t i = 0; i < quotations.size(); ++i) {
    out << (i == 0 ? "" : " | ") << quotations[i];
  }
  return out << ']';
}

}  // namespace newsdesk

// Compare these vectors as whole values, so that a failure prints both in full with the
// operator<< above instead of element by element.
template <>
struct boost::unit_test::is_forward_iterable<std::vector<newsdesk::Quotation>> : std::false_type {
};

namespace {

using newsdesk::Block;
using newsdesk::BlockKind;
using newsdesk::Piece;
using newsdesk::Quotation;
using newsdesk::testing::CorpusArticle;
using newsdesk::testing::describe_position;
using newsdesk::testing::escaped;
using newsdesk::testing::NonAscii;

constexpr BlockKind kHeadline = BlockKind::headline;
constexpr BlockKind kByline = BlockKind::byline;
constexpr BlockKind kSubhead = BlockKind::subhead;
constexpr BlockKind kParagraph = BlockKind::paragraph;
constexpr BlockKind kBoilerplate = BlockKind::boilerplate;

using Found = std::vector<std::optional<std::size_t>>;

// The block indices of find_blocks() as one line, "0, none, 2", so a failure shows them all.
std::string listed(const Found& found) {
  std::string out;
  for (const std::optional<std::size_t>& index : found) {
    out += out.empty() ? "" : ", ";
    out += index ? std::to_string(*index) : "none";
  }
  return out.empty() ? "(empty)" : out;
}

// A small article for a table row: its lines, each a block of the given kind, joined by "\n".
struct Line {
  BlockKind kind;
  std::string_view text;
};

// One piece of a row: the content of a quotation in one line, looked up in that line after
// the piece before it. Empty content stands for an empty piece at the line's end ("she said:
// “" opens a quotation and the line ends).
struct Cut {
  std::size_t line;
  std::string_view content;
  bool unterminated = false;
};

// One expected quotation: it joins the pieces [first, first + count).
struct Join {
  std::size_t first;
  std::size_t count;
  bool unterminated;
};

struct Built {
  std::string text;
  std::vector<Block> blocks;
  std::vector<Piece> pieces;
};

Built build(const std::vector<Line>& lines, const std::vector<Cut>& cuts) {
  Built built;
  for (const Line& line : lines) {
    if (!built.text.empty()) {
      built.text += '\n';
    }
    const std::size_t begin = built.text.size();
    built.text += line.text;
    built.blocks.push_back({line.kind, begin, built.text.size()});
  }
  std::size_t from = 0;
  for (const Cut& cut : cuts) {
    const Block& block = built.blocks.at(cut.line);
    from = std::max(from, block.begin);
    std::size_t begin = block.end;
    if (!cut.content.empty()) {
      begin = built.text.find(cut.content, from);
      BOOST_TEST_REQUIRE((begin != std::string::npos && begin + cut.content.size() <= block.end),
                         "the table is wrong: " << escaped(cut.content) << " is not in line "
                                                << cut.line);
    }
    built.pieces.push_back({begin, begin + cut.content.size(), cut.unterminated});
    from = begin + cut.content.size();
  }
  return built;
}

std::vector<Quotation> expected_of(const std::vector<Piece>& pieces,
                                   const std::vector<Join>& joins) {
  std::vector<Quotation> quotations;
  for (const Join& join : joins) {
    quotations.push_back({pieces.at(join.first).begin, pieces.at(join.first + join.count - 1).end,
                          join.count > 1, join.unterminated, join.count});
  }
  return quotations;
}

struct JoinRow {
  std::string_view name;
  std::vector<Line> lines;
  std::vector<Cut> cuts;
  std::vector<Join> expected;
};

void check_rows(const std::vector<JoinRow>& rows) {
  for (const JoinRow& row : rows) {
    const Built built = build(row.lines, row.cuts);
    BOOST_TEST_CONTEXT(row.name << ": " << escaped(built.text)) {
      BOOST_TEST(newsdesk::join_paragraphs(built.text, built.blocks, built.pieces) ==
                 expected_of(built.pieces, row.expected));
    }
  }
}

// The tests' own list of opening marks (README.md, rule 2), to cut the gold into pieces
// without the code under test.
std::size_t mark_at(std::string_view text, std::size_t at) {
  for (const std::string_view mark : {"\"", "'", "“", "‘", "„", "‚", "«", "‹"}) {
    if (text.substr(at).starts_with(mark)) {
      return mark.size();
    }
  }
  return 0;
}

// The quotation at `i` as the operator<< above prints it, or "(none)" past the end.
std::string shown(const std::vector<Quotation>& quotations, std::size_t i) {
  if (i >= quotations.size()) {
    return "(none)";
  }
  std::ostringstream out;
  out << quotations[i];
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(quote_paragraphs)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::opening_mark_length("“We will.”", Block{kParagraph, 0, 14}) == 3U);
  BOOST_TEST(newsdesk::opening_mark_length("He said so.", Block{kParagraph, 0, 11}) == 0U);

  const std::vector<Block> two = {{kParagraph, 0, 10}, {kParagraph, 11, 20}};
  const std::vector<Piece> two_pieces = {{2, 5}, {12, 20}};
  BOOST_TEST(listed(newsdesk::find_blocks(two, two_pieces)) == listed(Found{0, 1}));

  const std::string_view ready = "She said: “We are ready.\n“We leave at dawn.”";
  BOOST_TEST(newsdesk::continues_into(ready, {kParagraph, 0, 26}, {13, 26, true},
                                      {kParagraph, 27, 50}, {30, 47}) == true);

  const std::string_view agreed = "Ferry cut\nShe said: “We are ready.\n“We leave at dawn.”\n";
  const std::vector<Piece> pieces = {{23, 36, true}, {40, 57, false}};
  BOOST_TEST(newsdesk::join_paragraphs(agreed, newsdesk::read_blocks(agreed), pieces) ==
             (std::vector<Quotation>{{23, 57, true, false, 2}}));
}

BOOST_AUTO_TEST_CASE(opening_mark_length_knows_every_opening_mark_and_nothing_else) {
  struct Row {
    std::string_view text;
    std::size_t begin;
    std::size_t end;
    std::size_t expected;
  };
  const std::vector<Row> rows = {
      // The opening marks of rule 2, each at the start of a block.
      {"\"Yes", 0, 4, 1}, {"'Yes", 0, 4, 1}, {"“Yes", 0, 6, 3}, {"‘Yes", 0, 6, 3},
      {"„Ja“", 0, 8, 3}, {"‚Ja‘", 0, 8, 3}, {"«Oui»", 0, 7, 2}, {"‹Oui›", 0, 9, 3},
      // Closing marks, letters and other punctuation open nothing.
      {"”No", 0, 5, 0}, {"’90s", 0, 6, 0}, {"»Nein«", 0, 8, 0}, {"›Nein‹", 0, 9, 0},
      {"Yes", 0, 3, 0}, {"(Yes)", 0, 5, 0}, {"—Yes", 0, 6, 0}, {"`Yes", 0, 4, 0},
      // The block's own start counts, not the text's, and only its start.
      {"He said.\n“Yes", 9, 15, 3}, {"“Yes\nHe said.", 5, 13, 0}, {"He said “yes”", 0, 15, 0},
      {" “Yes", 0, 6, 0},
      // A block that is only the mark, or whose end lies past the text's.
      {"“", 0, 3, 3}, {"“", 0, 100, 3},
      // A mark cut off by the block's end or the text's, a block that starts inside a mark.
      {"“Yes", 0, 2, 0}, {"\xE2\x80", 0, 2, 0}, {"“Yes", 1, 6, 0},
      // Empty and reversed blocks, blocks past the text, empty text.
      {"ab\"c", 2, 2, 0}, {"ab\"c", 3, 1, 0}, {"“Yes", 6, 6, 0}, {"“Yes", 10, 20, 0},
      {"", 0, 0, 0}, {"", 0, 5, 0},
      // NUL bytes and invalid UTF-8.
      {std::string_view("\0\"", 2), 0, 2, 0}, {"\xFF\"", 0, 2, 0}, {"\xE2\x80\x20", 0, 3, 0},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("text " << escaped(row.text, NonAscii::escape) << ", block [" << row.begin
                               << ", " << row.end << ")") {
      BOOST_TEST(newsdesk::opening_mark_length(row.text, Block{kParagraph, row.begin, row.end}) ==
                 row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(opening_mark_length_does_not_look_at_the_kind_of_block) {
  for (const BlockKind kind : {kHeadline, kByline, kSubhead, kParagraph, kBoilerplate}) {
    BOOST_TEST_CONTEXT("kind " << newsdesk::to_string(kind)) {
      BOOST_TEST(newsdesk::opening_mark_length("“Yes", Block{kind, 0, 6}) == 3U);
    }
  }
}

BOOST_AUTO_TEST_CASE(find_blocks_finds_the_block_that_holds_each_piece) {
  // Three blocks of a text of 30 bytes, with one line break between each two.
  const std::vector<Block> blocks = {{kParagraph, 0, 10}, {kSubhead, 11, 20}, {kParagraph, 21, 30}};
  struct Row {
    std::string_view name;
    std::vector<Piece> pieces;
    Found expected;
  };
  const std::vector<Row> rows = {
      {"one piece in each block", {{2, 5}, {12, 20, true}, {21, 30}}, {0, 1, 2}},
      {"a whole block", {{0, 10}}, {0}},
      {"two pieces in one block", {{1, 2}, {3, 4}}, {0, 0}},
      {"an empty piece at a block's end", {{10, 10, true}}, {0}},
      {"an empty piece at a block's start", {{21, 21}}, {2}},
      {"empty pieces at the end of every block", {{10, 10}, {20, 20}, {30, 30}}, {0, 1, 2}},
      {"a piece in the line break", {{2, 5}, {10, 11}, {12, 13}}, {0, std::nullopt, 1}},
      {"a piece inside the line break", {{11, 11}, {10, 10}}, {1, std::nullopt}},
      {"a piece over two blocks", {{5, 25}, {26, 28}}, {std::nullopt, 2}},
      {"a piece after the last block", {{22, 25}, {31, 35}}, {2, std::nullopt}},
      {"a reversed piece", {{6, 4}, {12, 13}}, {std::nullopt, 1}},
      {"a piece out of text order", {{22, 25}, {2, 5}, {26, 27}}, {2, std::nullopt, 2}},
      {"no pieces", {}, {}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      BOOST_TEST(listed(newsdesk::find_blocks(blocks, row.pieces)) == listed(row.expected));
    }
  }
  const std::vector<Piece> pieces = {{2, 5}, {12, 13}};
  BOOST_TEST(listed(newsdesk::find_blocks({}, pieces)) == "none, none");
}

BOOST_AUTO_TEST_CASE(continues_into_needs_two_paragraphs_an_open_piece_and_a_reopening_mark) {
  // The documented example, then one thing changed at a time.
  const std::string_view curly = "She said: “We are ready.\n“We leave at dawn.”";
  const std::string_view plain = "She said: “We are ready.\nWe leave at dawn.";
  const std::string_view straight = "She said: “We are ready.\n\"We leave at dawn.\"";
  const std::string_view guillemet = "She said: “We are ready.\n«We leave at dawn.»";
  const std::string_view apostrophe = "She said: “We are ready.\n'Tis “dawn”, she said.";
  const Block from{kParagraph, 0, 26};
  const Piece open{13, 26, true};
  struct Row {
    std::string_view name;
    std::string_view text;
    Block from;
    Piece piece;
    Block to;
    Piece next;
    bool expected;
  };
  const std::vector<Row> rows = {
      {"reopened with a curly mark", curly, from, open, {kParagraph, 27, 50}, {30, 47}, true},
      {"reopened with a straight mark", straight, from, open, {kParagraph, 27, 46}, {28, 45},
       true},
      {"reopened with a guillemet", guillemet, from, open, {kParagraph, 27, 48}, {29, 46}, true},
      {"reopened, and the next piece runs on too", curly, from, open, {kParagraph, 27, 50},
       {30, 50, true}, true},
      {"the piece is closed", curly, from, {13, 26, false}, {kParagraph, 27, 50}, {30, 47}, false},
      {"from a subhead", curly, {kSubhead, 0, 26}, open, {kParagraph, 27, 50}, {30, 47}, false},
      {"from boilerplate", curly, {kBoilerplate, 0, 26}, open, {kParagraph, 27, 50}, {30, 47},
       false},
      {"from the headline", curly, {kHeadline, 0, 26}, open, {kParagraph, 27, 50}, {30, 47},
       false},
      {"from the byline", curly, {kByline, 0, 26}, open, {kParagraph, 27, 50}, {30, 47}, false},
      {"into a subhead", curly, from, open, {kSubhead, 27, 50}, {30, 47}, false},
      {"into boilerplate", curly, from, open, {kBoilerplate, 27, 50}, {30, 47}, false},
      {"into the headline", curly, from, open, {kHeadline, 27, 50}, {30, 47}, false},
      {"into the byline", curly, from, open, {kByline, 27, 50}, {30, 47}, false},
      {"no mark opens the next paragraph", plain, from, open, {kParagraph, 27, 44}, {27, 44},
       false},
      {"the next piece starts on the mark", curly, from, open, {kParagraph, 27, 50}, {27, 47},
       false},
      {"the next piece starts inside the mark", curly, from, open, {kParagraph, 27, 50},
       {28, 47}, false},
      {"the next piece starts one byte after the mark", curly, from, open,
       {kParagraph, 27, 50}, {31, 47}, false},
      {"a mark with no piece after it", apostrophe, from, open, {kParagraph, 27, 51}, {35, 39},
       false},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name << ": " << escaped(row.text) << ", from " << row.from << " "
                                << row.piece << " to " << row.to << " " << row.next) {
      BOOST_TEST(newsdesk::continues_into(row.text, row.from, row.piece, row.to, row.next) ==
                 row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(join_paragraphs_joins_a_quotation_reopened_in_the_next_paragraph) {
  check_rows({
      {"two paragraphs, curly marks",
       {{kParagraph, "She said: “We are ready."}, {kParagraph, "“We leave at dawn.”"}},
       {{0, "We are ready.", true}, {1, "We leave at dawn."}},
       {{0, 2, false}}},
      {"two paragraphs, straight marks",
       {{kParagraph, "He said: \"We are ready."}, {kParagraph, "\"We leave at dawn.\" He left."}},
       {{0, "We are ready.", true}, {1, "We leave at dawn."}},
       {{0, 2, false}}},
      {"two paragraphs, British single marks",
       {{kParagraph, "‘We are ready."}, {kParagraph, "‘We leave,’ she said."}},
       {{0, "We are ready.", true}, {1, "We leave,"}},
       {{0, 2, false}}},
      {"the second paragraph reopens with another mark",
       {{kParagraph, "She said: “One."}, {kParagraph, "\"Two.\""}},
       {{0, "One.", true}, {1, "Two."}},
       {{0, 2, false}}},
      {"an empty piece at the end of the first paragraph",
       {{kParagraph, "She said:“"}, {kParagraph, "“We leave.”"}},
       {{0, "", true}, {1, "We leave."}},
       {{0, 2, false}}},
      {"the open quotation is the paragraph's last of several",
       {{kParagraph, "“A,” she said, “b."}, {kParagraph, "“C.”"}},
       {{0, "A,"}, {0, "b.", true}, {1, "C."}},
       {{0, 1, false}, {1, 2, false}}},
      {"the chain closes inside its last paragraph, and a new quotation follows",
       {{kParagraph, "“One."}, {kParagraph, "“Two,” she said, “three.”"}},
       {{0, "One.", true}, {1, "Two,"}, {1, "three."}},
       {{0, 2, false}, {2, 1, false}}},
  });
}

BOOST_AUTO_TEST_CASE(join_paragraphs_follows_a_chain_to_its_end) {
  check_rows({
      {"a three-paragraph chain",
       {{kParagraph, "She said: “One."}, {kParagraph, "“Two."}, {kParagraph, "“Three.”"}},
       {{0, "One.", true}, {1, "Two.", true}, {2, "Three."}},
       {{0, 3, false}}},
      {"a chain ending unterminated: the next paragraph does not reopen it",
       {{kParagraph, "“One."}, {kParagraph, "“Two."}, {kParagraph, "He left."}},
       {{0, "One.", true}, {1, "Two.", true}},
       {{0, 2, true}}},
      {"a chain ending unterminated: the next paragraph holds a quotation further on",
       {{kParagraph, "“One."}, {kParagraph, "“Two."}, {kParagraph, "He said “three”."}},
       {{0, "One.", true}, {1, "Two.", true}, {2, "three"}},
       {{0, 2, true}, {2, 1, false}}},
      {"a reopened paragraph that is the last of the article and never closes",
       {{kHeadline, "Ferry cut"}, {kParagraph, "She said: “One."}, {kParagraph, "“Two."}},
       {{1, "One.", true}, {2, "Two.", true}},
       {{0, 2, true}}},
      {"a reopened paragraph that is the last of the article and closes",
       {{kHeadline, "Ferry cut"}, {kParagraph, "She said: “One."}, {kParagraph, "“Two.”"}},
       {{1, "One.", true}, {2, "Two."}},
       {{0, 2, false}}},
      {"two chains one after the other",
       {{kParagraph, "“One."}, {kParagraph, "“Two.”"}, {kParagraph, "“Three."},
        {kParagraph, "“Four.”"}},
       {{0, "One.", true}, {1, "Two."}, {2, "Three.", true}, {3, "Four."}},
       {{0, 2, false}, {2, 2, false}}},
      {"a chain, a closed paragraph between, an open last paragraph",
       {{kParagraph, "“One."}, {kParagraph, "“Two.”"}, {kParagraph, "“Three."}},
       {{0, "One.", true}, {1, "Two."}, {2, "Three.", true}},
       {{0, 2, false}, {2, 1, true}}},
  });
}

BOOST_AUTO_TEST_CASE(join_paragraphs_ends_a_quotation_that_the_next_paragraph_does_not_reopen) {
  check_rows({
      {"no mark opens the next paragraph",
       {{kParagraph, "She said: “We are ready."}, {kParagraph, "Officials disagreed."}},
       {{0, "We are ready.", true}},
       {{0, 1, true}}},
      {"a piece that is not at the block's start",
       {{kParagraph, "She said: “We are ready."}, {kParagraph, "He added: “We leave.”"}},
       {{0, "We are ready.", true}, {1, "We leave."}},
       {{0, 1, true}, {1, 1, false}}},
      {"a reopening mark not followed by a piece",
       {{kParagraph, "She said: “We are ready."}, {kParagraph, "'Tis “dawn”, she said."}},
       {{0, "We are ready.", true}, {1, "dawn"}},
       {{0, 1, true}, {1, 1, false}}},
      {"a paragraph that opens with a mark after a closed quotation",
       {{kParagraph, "“We are ready,” she said."}, {kParagraph, "“We leave at dawn.”"}},
       {{0, "We are ready,"}, {1, "We leave at dawn."}},
       {{0, 1, false}, {1, 1, false}}},
      {"a quotation closed at the very end of its paragraph",
       {{kParagraph, "She said: “We are ready.”"}, {kParagraph, "“We leave.”"}},
       {{0, "We are ready."}, {1, "We leave."}},
       {{0, 1, false}, {1, 1, false}}},
      {"a paragraph that opens with a NUL byte",
       {{kParagraph, "She said: “We are ready."}, {kParagraph, std::string_view("\0“x”", 8)}},
       {{0, "We are ready.", true}, {1, "x"}},
       {{0, 1, true}, {1, 1, false}}},
  });
}

BOOST_AUTO_TEST_CASE(join_paragraphs_never_joins_across_subheads_boilerplate_or_the_headline) {
  check_rows({
      {"a subhead between",
       {{kParagraph, "She said: “We are ready."}, {kSubhead, "Next steps"},
        {kParagraph, "“We leave at dawn.”"}},
       {{0, "We are ready.", true}, {2, "We leave at dawn."}},
       {{0, 1, true}, {1, 1, false}}},
      {"a subhead that opens with a quotation",
       {{kParagraph, "She said: “We are ready."}, {kSubhead, "“Dawn” plan"},
        {kParagraph, "It left."}},
       {{0, "We are ready.", true}, {1, "Dawn"}},
       {{0, 1, true}, {1, 1, false}}},
      {"an open subhead before a paragraph that reopens",
       {{kParagraph, "It rained."}, {kSubhead, "The “last"}, {kParagraph, "“word”, she said."}},
       {{1, "last", true}, {2, "word"}},
       {{0, 1, true}, {1, 1, false}}},
      {"a boilerplate line between",
       {{kParagraph, "“We are ready."}, {kBoilerplate, "Read also: Storm Brynja"},
        {kParagraph, "“We leave.”"}},
       {{0, "We are ready.", true}, {2, "We leave."}},
       {{0, 1, true}, {1, 1, false}}},
      {"a boilerplate line between, holding a quotation",
       {{kParagraph, "“We are ready."}, {kBoilerplate, "Related: “Ready” campaign"},
        {kParagraph, "“We leave.”"}},
       {{0, "We are ready.", true}, {1, "Ready"}, {2, "We leave."}},
       {{0, 1, true}, {1, 1, false}, {2, 1, false}}},
      {"an open headline before a paragraph that reopens",
       {{kHeadline, "Mayor: ‘We will not wait"},
        {kParagraph, "‘We will not wait,’ the mayor said."}},
       {{0, "We will not wait", true}, {1, "We will not wait,"}},
       {{0, 1, true}, {1, 1, false}}},
      {"an open quotation before the byline",
       {{kHeadline, "Mayor: ‘We will not wait"}, {kByline, "By Ana Ruiz"},
        {kParagraph, "‘We will not wait,’ the mayor said."}},
       {{0, "We will not wait", true}, {2, "We will not wait,"}},
       {{0, 1, true}, {1, 1, false}}},
  });
}

BOOST_AUTO_TEST_CASE(join_paragraphs_gives_no_quotations_without_pieces) {
  const std::string_view text = "She said: “We are ready.\n“We leave at dawn.”";
  const std::vector<Block> blocks = newsdesk::read_blocks(text);
  BOOST_TEST(newsdesk::join_paragraphs(text, blocks, {}).empty());
  BOOST_TEST(newsdesk::join_paragraphs("", {}, {}).empty());
}

BOOST_AUTO_TEST_CASE(join_paragraphs_keeps_a_piece_in_no_block_on_its_own) {
  const std::string_view text = "She said: “We are ready.\n“We leave at dawn.”";
  const std::vector<Block> blocks = {{kParagraph, 0, 26}, {kParagraph, 27, 50}};
  // A piece in the line break between the open piece and the reopening one.
  const std::vector<Piece> between = {{13, 26, true}, {26, 27, true}, {30, 47}};
  BOOST_TEST(newsdesk::join_paragraphs(text, blocks, between) ==
             (std::vector<Quotation>{{13, 26, false, true, 1},
                                     {26, 27, false, true, 1},
                                     {30, 47, false, false, 1}}));
  // Without blocks, every piece is a quotation of its own, as it came.
  const std::vector<Piece> pieces = {{13, 26, true}, {30, 47}};
  BOOST_TEST(newsdesk::join_paragraphs(text, {}, pieces) ==
             (std::vector<Quotation>{{13, 26, false, true, 1}, {30, 47, false, false, 1}}));
  // Pieces past the text and its blocks, and pieces out of order.
  const std::vector<Piece> odd = {{30, 47}, {13, 26, true}, {900, 950, true}, {951, 960}};
  BOOST_TEST(newsdesk::join_paragraphs(text, blocks, odd) ==
             (std::vector<Quotation>{{30, 47, false, false, 1},
                                     {13, 26, false, true, 1},
                                     {900, 950, false, true, 1},
                                     {951, 960, false, false, 1}}));
}

BOOST_AUTO_TEST_CASE(join_paragraphs_survives_blocks_that_lie_outside_the_text) {
  // Blocks whose offsets run past a short text: no mark is read there, so nothing joins.
  const std::string_view text = "“Yes";
  const std::vector<Block> blocks = {{kParagraph, 0, 6}, {kParagraph, 7, 40}};
  const std::vector<Piece> pieces = {{3, 6, true}, {8, 20}};
  BOOST_TEST(newsdesk::join_paragraphs(text, blocks, pieces) ==
             (std::vector<Quotation>{{3, 6, false, true, 1}, {8, 20, false, false, 1}}));
}

BOOST_AUTO_TEST_CASE(join_paragraphs_joins_ten_thousand_unclosed_opening_marks_in_one_pass) {
  // 10,000 paragraphs that are each one opening mark: every one reopens the quotation of the
  // one before, and none closes it, so they make one unterminated chain of empty pieces.
  std::string text;
  std::vector<Block> blocks;
  std::vector<Piece> pieces;
  const std::size_t count = 10'000;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t begin = text.size();
    text += "“\n";
    blocks.push_back({kParagraph, begin, begin + 3});
    pieces.push_back({begin + 3, begin + 3, true});
  }
  BOOST_TEST(newsdesk::join_paragraphs(text, blocks, pieces) ==
             (std::vector<Quotation>{{3, text.size() - 1, true, true, count}}));
}

BOOST_AUTO_TEST_CASE(join_paragraphs_runs_in_linear_time_on_long_input) {
  // 200,000 paragraphs "“a": one chain of 200,000 pieces (a search for each piece's block
  // from the first block would take minutes here).
  std::string chain;
  std::vector<Block> blocks;
  std::vector<Piece> pieces;
  const std::size_t count = 200'000;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t begin = chain.size();
    chain += "“a\n";
    blocks.push_back({kParagraph, begin, begin + 4});
    pieces.push_back({begin + 3, begin + 4, true});
  }
  BOOST_TEST(newsdesk::join_paragraphs(chain, blocks, pieces) ==
             (std::vector<Quotation>{{3, chain.size() - 1, true, true, count}}));
  const Found found = newsdesk::find_blocks(blocks, pieces);
  BOOST_TEST_REQUIRE(found.size() == count);
  BOOST_TEST(found.back().has_value());
  BOOST_TEST(found.back().value_or(0) == count - 1);

  // A 10 MB paragraph of straight quotation marks, in which a finder found 200,000 empty
  // quotations: one paragraph joins nothing, so each is its own.
  const std::string marks(10'000'000, '"');
  const std::vector<Block> one = {{kParagraph, 0, marks.size()}};
  std::vector<Piece> empty;
  for (std::size_t at = 1; at + 1 < marks.size(); at += 50) {
    empty.push_back({at, at});
  }
  const std::vector<Quotation> quotations = newsdesk::join_paragraphs(marks, one, empty);
  BOOST_TEST_REQUIRE(quotations.size() == empty.size());
  BOOST_TEST(quotations.back() ==
             (Quotation{empty.back().begin, empty.back().end, false, false, 1}));
}

BOOST_AUTO_TEST_CASE(join_paragraphs_gives_back_the_gold_quotations_of_every_article) {
  // Each gold quotation is cut into the pieces a quotation finder gives for one block at a
  // time: a multi-paragraph one into a piece per paragraph, the first running to its
  // paragraph's end, unterminated, each later one starting after the opening mark of its
  // paragraph, and the last ending at the gold end, unterminated as the gold says. Joining
  // them again must give the gold quotations back, with blocks read from the gold parts and
  // with blocks from read_blocks().
  const auto& articles = newsdesk::testing::corpus_articles();
  std::size_t checked = 0;
  std::size_t quotations = 0;
  std::size_t multi = 0;
  std::size_t unterminated = 0;
  std::size_t pieces_cut = 0;
  for (const CorpusArticle& article : articles) {
    if (!article.gold.is_object() || !article.gold.contains("quotations")) {
      BOOST_ERROR(article.file << ": no gold quotations to compare with");
      continue;
    }
    const std::string_view text = article.text;
    // The gold parts as blocks, the dateline joined to the paragraph it opens (as
    // read_blocks() gives it).
    std::vector<Block> gold_blocks;
    std::optional<std::size_t> dateline;
    for (const nlohmann::json& part : article.gold.at("parts")) {
      const std::string kind = part.at("kind");
      if (kind == "dateline") {
        dateline = part.at("begin").get<std::size_t>();
        continue;
      }
      Block block{kParagraph, dateline.value_or(part.at("begin").get<std::size_t>()),
                  part.at("end").get<std::size_t>()};
      for (const BlockKind k : {kHeadline, kByline, kSubhead, kParagraph, kBoilerplate}) {
        if (newsdesk::to_string(k) == kind) {
          block.kind = k;
        }
      }
      gold_blocks.push_back(block);
      dateline.reset();
    }

    std::vector<Piece> pieces;
    std::vector<Quotation> expected;
    bool cut_ok = true;
    std::size_t b = 0;
    for (const nlohmann::json& gold : article.gold.at("quotations")) {
      const auto begin = gold.at("begin").get<std::size_t>();
      const auto end = gold.at("end").get<std::size_t>();
      const bool gold_unterminated = gold.at("unterminated").get<bool>();
      while (b < gold_blocks.size() && gold_blocks[b].end < begin) {
        ++b;
      }
      if (b == gold_blocks.size() || begin < gold_blocks[b].begin) {
        BOOST_ERROR(article.file << ": the gold quotation at byte " << begin << " ("
                                 << describe_position(text, begin)
                                 << ") lies in no part, or the quotations are out of order");
        cut_ok = false;
        break;
      }
      std::size_t from = begin;
      std::size_t count = 1;
      while (end > gold_blocks[b].end) {
        pieces.push_back({from, gold_blocks[b].end, true});
        ++b;
        const std::size_t mark = b < gold_blocks.size() ? mark_at(text, gold_blocks[b].begin) : 0;
        if (mark == 0) {
          BOOST_ERROR(article.file << ": the gold quotation at byte " << begin << " ("
                                   << describe_position(text, begin)
                                   << ") runs into a part that no opening mark starts");
          cut_ok = false;
          break;
        }
        from = gold_blocks[b].begin + mark;
        ++count;
      }
      if (!cut_ok) {
        break;
      }
      pieces.push_back({from, end, gold_unterminated});
      expected.push_back({begin, end, gold.at("multi_paragraph").get<bool>(), gold_unterminated,
                          count});
    }
    if (!cut_ok) {
      continue;
    }
    ++checked;
    quotations += expected.size();
    pieces_cut += pieces.size();
    for (const Quotation& quotation : expected) {
      multi += quotation.multi_paragraph ? 1 : 0;
      unterminated += quotation.unterminated ? 1 : 0;
    }

    const std::vector<std::pair<std::string_view, std::vector<Block>>> sources = {
        {"the gold parts", gold_blocks}, {"read_blocks()", newsdesk::read_blocks(text)}};
    for (const auto& [source, blocks] : sources) {
      const std::vector<Quotation> actual = newsdesk::join_paragraphs(text, blocks, pieces);
      if (const auto difference = newsdesk::testing::first_difference(actual, expected)) {
        const std::size_t i = difference->index;
        BOOST_ERROR(fmt::format(
            "{}, with blocks from {}: quotation {} first differs, byte {} ({}):\n"
            "  solution: {}\n  gold:     {}",
            article.file, source, i, difference->offset,
            describe_position(text, difference->offset),
            shown(actual, i), shown(expected, i)));
      }
    }
  }
  BOOST_TEST_MESSAGE(fmt::format(
      "{} articles, {} gold quotations ({} multi-paragraph, {} unterminated) cut into {} "
      "pieces",
      checked, quotations, multi, unterminated, pieces_cut));
  BOOST_TEST(checked == articles.size());
  BOOST_TEST(multi > 0U);
  BOOST_TEST(unterminated > 0U);
}

BOOST_AUTO_TEST_SUITE_END()
