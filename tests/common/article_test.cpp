// Tests of the given blocks of an article (exercises/common/article.hpp): read_blocks() agrees
// with the parts of every gold file, and the kinds have their gold names.
#include <ostream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "article.hpp"
#include "compare.hpp"
#include "corpus.hpp"

namespace newsdesk {

std::ostream& operator<<(std::ostream& out, const Block& block) {
  return out << to_string(block.kind) << " [" << block.begin << ", " << block.end << ")";
}

}  // namespace newsdesk

namespace {

using newsdesk::Block;
using newsdesk::BlockKind;

// The blocks that an article's gold parts make: one a part, the dateline joined to the
// paragraph it opens.
std::vector<Block> gold_blocks(const nlohmann::json& gold) {
  const std::vector<std::pair<std::string, BlockKind>> kinds = {
      {"headline", BlockKind::headline}, {"byline", BlockKind::byline},
      {"subhead", BlockKind::subhead}, {"paragraph", BlockKind::paragraph},
      {"boilerplate", BlockKind::boilerplate}};
  std::vector<Block> blocks;
  std::optional<std::size_t> dateline_begin;
  for (const nlohmann::json& part : gold.at("parts")) {
    const std::string kind = part.at("kind");
    if (kind == "dateline") {
      dateline_begin = part.at("begin").get<std::size_t>();
      continue;
    }
    Block block;
    for (const auto& [name, value] : kinds) {
      if (name == kind) {
        block.kind = value;
      }
    }
    block.begin = dateline_begin.value_or(part.at("begin").get<std::size_t>());
    block.end = part.at("end").get<std::size_t>();
    dateline_begin.reset();
    blocks.push_back(block);
  }
  return blocks;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(article)

BOOST_AUTO_TEST_CASE(documented_examples) {
  using newsdesk::read_blocks;
  const std::vector<Block> expected = {{BlockKind::headline, 0, 13},
                                       {BlockKind::byline, 14, 25},
                                       {BlockKind::paragraph, 26, 36},
                                       {BlockKind::subhead, 37, 42},
                                       {BlockKind::paragraph, 43, 56}};
  BOOST_TEST(read_blocks("Wall approved\nBy Ana Ruiz\nIt passed.\nCosts\nIt cost £2m.\n") ==
                 expected,
             boost::test_tools::per_element());
  BOOST_TEST(newsdesk::to_string(BlockKind::subhead) == "subhead");
  BOOST_TEST(newsdesk::to_string(newsdesk::QuoteKind::not_speech) == "not-speech");
}

BOOST_AUTO_TEST_CASE(names_every_kind_as_the_gold_files_do) {
  BOOST_TEST(newsdesk::to_string(BlockKind::headline) == "headline");
  BOOST_TEST(newsdesk::to_string(BlockKind::byline) == "byline");
  BOOST_TEST(newsdesk::to_string(BlockKind::paragraph) == "paragraph");
  BOOST_TEST(newsdesk::to_string(BlockKind::boilerplate) == "boilerplate");
  BOOST_TEST(newsdesk::to_string(newsdesk::QuoteKind::direct) == "direct");
  BOOST_TEST(newsdesk::to_string(newsdesk::QuoteKind::partial) == "partial");
}

BOOST_AUTO_TEST_CASE(keeps_short_lines_as_paragraphs_where_no_paragraph_surrounds_them) {
  using newsdesk::read_blocks;
  // A short line before the first paragraph, and the last line, are paragraphs; so is a short
  // line with only boilerplate after it.
  const std::vector<Block> expected = {{BlockKind::headline, 0, 5},
                                       {BlockKind::paragraph, 6, 11},
                                       {BlockKind::paragraph, 12, 22},
                                       {BlockKind::paragraph, 23, 28},
                                       {BlockKind::boilerplate, 30, 42}};
  BOOST_TEST(read_blocks("Title\nShort\nIt rained.\nAfter\r\nread more: x\n\n") == expected,
             boost::test_tools::per_element());
  BOOST_TEST(read_blocks(" \n\t\n").empty());
}

BOOST_AUTO_TEST_CASE(agrees_with_the_parts_of_every_gold_file) {
  std::size_t checked = 0;
  for (const newsdesk::testing::CorpusArticle& article : newsdesk::testing::corpus_articles()) {
    if (article.gold.is_null()) {
      continue;
    }
    ++checked;
    const std::vector<Block> actual = newsdesk::read_blocks(article.text);
    const std::vector<Block> expected = gold_blocks(article.gold);
    if (const auto difference = newsdesk::testing::first_difference(actual, expected)) {
      BOOST_ERROR(article.file << ": the blocks first differ at block " << difference->index
                               << ", " << newsdesk::testing::describe_position(article.text, difference->offset));
    }
  }
  BOOST_TEST(checked == newsdesk::testing::corpus_articles().size());
}

BOOST_AUTO_TEST_SUITE_END()
