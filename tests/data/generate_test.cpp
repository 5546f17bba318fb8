// Tests of `newsdesk generate`: deterministic, as large as asked, in the corpus's format, with
// a vocabulary that keeps growing.
#include <set>
#include <sstream>
#include <string>

#include <boost/test/unit_test.hpp>

#include "corpus.hpp"
#include "generate.hpp"

namespace {

const newsdesk::SourceText& source() {
  static const newsdesk::SourceText text =
      newsdesk::load_source_text(newsdesk::testing::source_dir() / "data");
  return text;
}

std::string generated(std::size_t bytes, std::uint64_t seed) {
  std::ostringstream out;
  std::ostringstream problems;
  {
    newsdesk::Output output(out, problems);
    newsdesk::generate_text(source(), bytes, seed, output);
  }
  return std::move(out).str();
}

std::size_t distinct_words(const std::string& text) {
  std::set<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.insert(word);
  return words.size();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(generate)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(generated(1'000'000, 7) == generated(1'000'000, 7));
}

BOOST_AUTO_TEST_CASE(other_seeds_give_other_text) {
  BOOST_TEST(generated(200'000, 1) != generated(200'000, 2));
}

BOOST_AUTO_TEST_CASE(writes_whole_articles_up_to_at_least_the_size_asked) {
  const std::string text = generated(300'000, 3);
  BOOST_TEST(text.size() >= 300'000u);
  BOOST_TEST(text.size() < 320'000u);  // one article more at most
  BOOST_TEST(text.back() == '\n');
  BOOST_TEST(text.find("\n\n\n") == std::string::npos);
  // Articles are separated by one blank line and each opens with a headline, then perhaps a
  // byline, then a paragraph that opens with a dateline from the corpus.
  const std::size_t second = text.find("\n\n");
  BOOST_TEST_REQUIRE(second != std::string::npos);
  const std::string first_article = text.substr(0, second + 1);
  bool has_dateline = false;
  for (const std::string& dateline : source().datelines) {
    has_dateline = has_dateline || first_article.find("\n" + dateline + " ") != std::string::npos;
  }
  BOOST_TEST(has_dateline, "no corpus dateline opens a paragraph of:\n" << first_article);
}

BOOST_AUTO_TEST_CASE(vocabulary_keeps_growing_with_size) {
  const std::size_t small = distinct_words(generated(500'000, 5));
  const std::size_t large = distinct_words(generated(4'000'000, 5));
  // Heaps' law with exponent 0.5: 8 times the text, about 2.8 times the words. The bound
  // leaves room, but fails if the vocabulary stopped at the corpus's own.
  BOOST_TEST(static_cast<double>(large) > 1.8 * static_cast<double>(small),
             "distinct words: " << small << " in 0.5 MB, " << large << " in 4 MB");
}

BOOST_AUTO_TEST_CASE(names_a_data_folder_it_cannot_read) {
  BOOST_CHECK_EXCEPTION(static_cast<void>(newsdesk::load_source_text("no/such/data")),
                        std::runtime_error, [](const std::runtime_error& error) {
                          return std::string(error.what()) ==
                                 "no/such/data/corpus/corpus.json: No such file or directory";
                        });
}

BOOST_AUTO_TEST_SUITE_END()
