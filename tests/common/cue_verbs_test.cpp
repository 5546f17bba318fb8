// Tests of the given cue-verb list (exercises/common/cue_verbs.hpp): it holds exactly the
// verbs of data/cue_verbs.txt, and contains() answers as the header says.
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "corpus.hpp"
#include "cue_verbs.hpp"

namespace {

// The verbs of data/cue_verbs.txt, read from the file itself (not from the list compiled into
// exercises/common), so that the test checks the given code.
std::vector<std::string> listed_cue_verbs() {
  std::istringstream lines(newsdesk::testing::read_file("data/cue_verbs.txt"));
  std::vector<std::string> verbs;
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && !line.starts_with('#')) {
      verbs.push_back(line);
    }
  }
  return verbs;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cue_verbs)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::cue_verbs::all().front() == "said");
  BOOST_TEST(newsdesk::cue_verbs::contains("asked") == true);
  BOOST_TEST(newsdesk::cue_verbs::contains("Asked") == false);
  BOOST_TEST(newsdesk::cue_verbs::contains("asked.") == false);
}

BOOST_AUTO_TEST_CASE(holds_every_verb_of_the_data_file_in_order) {
  const std::vector<std::string> expected = listed_cue_verbs();
  const auto actual = newsdesk::cue_verbs::all();
  BOOST_TEST_REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    BOOST_TEST_CONTEXT("data/cue_verbs.txt verb " << i + 1 << ": " << expected[i]) {
      BOOST_TEST(std::string(actual[i]) == expected[i]);
      BOOST_TEST(newsdesk::cue_verbs::contains(expected[i]) == true);
    }
  }
}

BOOST_AUTO_TEST_CASE(finds_only_exact_verbs) {
  for (const char* word : {"said,", "Said", " said", "sai", "saidx", "", "Ruiz"}) {
    BOOST_TEST_CONTEXT("word: \"" << word << "\"") {
      BOOST_TEST(newsdesk::cue_verbs::contains(word) == false);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
