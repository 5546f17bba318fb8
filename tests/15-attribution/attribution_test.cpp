// Tests of exercise 15-attribution (work in progress: the corpus check first).
#include <cstddef>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "article.hpp"
#include "attribution.hpp"
#include "corpus.hpp"
#include "printing.hpp"

namespace {

using newsdesk::Attribution;
using newsdesk::Mention;
using newsdesk::QuoteKind;
using newsdesk::QuoteToAttribute;

QuoteKind kind_of(const std::string& name) {
  if (name == "direct") return QuoteKind::direct;
  if (name == "partial") return QuoteKind::partial;
  return QuoteKind::not_speech;
}

std::string show(const std::optional<std::string>& value) {
  return value ? newsdesk::testing::escaped(*value) : std::string("null");
}

std::string show(const std::optional<Mention>& value) {
  return value ? fmt::format("{} [{}, {})", newsdesk::testing::escaped(value->text), value->begin,
                             value->end)
               : std::string("null");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(attribution)

BOOST_AUTO_TEST_CASE(attribute_quotes_matches_the_gold_of_the_corpus) {
  std::size_t total = 0, speakers = 0, cues = 0, mentions = 0;
  std::size_t shown = 0;
  for (const auto& article : newsdesk::testing::corpus_articles()) {
    if (!article.gold.is_object()) continue;
    const auto blocks = newsdesk::read_blocks(article.text);
    std::vector<QuoteToAttribute> quotes;
    std::vector<Attribution> gold;
    for (const auto& q : article.gold.at("quotations")) {
      quotes.push_back(QuoteToAttribute{q.at("begin").get<std::size_t>(), q.at("end").get<std::size_t>(),
                                        kind_of(q.at("kind").get<std::string>()),
                                        q.at("multi_paragraph").get<bool>(),
                                        q.at("unterminated").get<bool>()});
      Attribution a;
      if (!q.at("speaker_mention").is_null()) {
        const auto& m = q.at("speaker_mention");
        a.mention = Mention{m.at("text").get<std::string>(), m.at("begin").get<std::size_t>(),
                            m.at("end").get<std::size_t>()};
      }
      if (!q.at("speaker").is_null()) a.speaker = q.at("speaker").get<std::string>();
      if (!q.at("cue").is_null()) a.cue = q.at("cue").get<std::string>();
      gold.push_back(a);
    }
    const auto found = newsdesk::attribute_quotes(article.text, blocks, quotes);
    BOOST_TEST_REQUIRE(found.size() == gold.size());
    for (std::size_t i = 0; i < gold.size(); ++i) {
      ++total;
      speakers += found[i].speaker == gold[i].speaker;
      cues += found[i].cue == gold[i].cue;
      mentions += found[i].mention == gold[i].mention;
      if (!(found[i] == gold[i]) && shown < 1000) {
        ++shown;
        std::cout << fmt::format("{} {} ({}): quote {}\n  found {} | {} | {}\n  gold  {} | {} | {}\n",
                                 article.file.substr(21, 3), quotes[i].begin,
                                 newsdesk::testing::describe_position(article.text, quotes[i].begin),
                                 newsdesk::testing::escaped(article.text.substr(quotes[i].begin, std::min<std::size_t>(50, quotes[i].end - quotes[i].begin))),
                                 show(found[i].mention), show(found[i].speaker), show(found[i].cue),
                                 show(gold[i].mention), show(gold[i].speaker), show(gold[i].cue));
      }
    }
  }
  std::cout << fmt::format("speaker {}/{} cue {} mention {}\n", speakers, total, cues, mentions);
  BOOST_TEST(total > 0u);
  BOOST_TEST(static_cast<double>(speakers) / static_cast<double>(total) >= 0.90);
  BOOST_TEST(static_cast<double>(cues) / static_cast<double>(total) >= 0.96);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(debug_names)
BOOST_AUTO_TEST_CASE(print_names) {
  const char* which = std::getenv("NAMES_OF");
  BOOST_TEST(newsdesk::find_names("Dr. Ana Ruiz spoke.", newsdesk::read_blocks("Dr. Ana Ruiz spoke."), {}).size() == 1u);
  if (!which) return;
  for (const auto& article : newsdesk::testing::corpus_articles()) {
    if (article.file.find(which) == std::string::npos) continue;
    for (const auto& n : newsdesk::find_names(article.text, newsdesk::read_blocks(article.text), {})) {
      std::cout << n.begin << " " << n.name << " [" << n.role << "] " << static_cast<int>(n.gender) << (n.person ? " P" : "") << "\n";
    }
  }
}
BOOST_AUTO_TEST_SUITE_END()
