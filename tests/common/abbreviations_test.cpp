// Tests of the given abbreviation list (exercises/common/abbreviations.hpp): it holds exactly
// the entries of data/abbreviations.txt, and find() answers as the header says.
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "abbreviations.hpp"
#include "corpus.hpp"

namespace {

using newsdesk::abbreviations::Class;

std::string class_name(Class kind) { return kind == Class::before ? "before" : "ordinary"; }

}  // namespace

BOOST_AUTO_TEST_SUITE(abbreviations)

BOOST_AUTO_TEST_CASE(documented_examples) {
  BOOST_TEST(newsdesk::abbreviations::all().front().text == "Mr.");
  BOOST_TEST((newsdesk::abbreviations::all().front().kind == Class::before));
  BOOST_TEST((newsdesk::abbreviations::find("Dr.") == Class::before));
  BOOST_TEST((newsdesk::abbreviations::find("Jan.") == Class::ordinary));
  BOOST_TEST(!newsdesk::abbreviations::find("dr.").has_value());
  BOOST_TEST(!newsdesk::abbreviations::find("U.S.").has_value());
}

BOOST_AUTO_TEST_CASE(holds_every_entry_of_the_data_file_in_order) {
  const auto& expected = newsdesk::testing::listed_abbreviations();
  const auto actual = newsdesk::abbreviations::all();
  BOOST_TEST_REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    BOOST_TEST_CONTEXT("data/abbreviations.txt entry " << i + 1 << ": " << expected[i].text) {
      BOOST_TEST(std::string(actual[i].text) == expected[i].text);
      BOOST_TEST(class_name(actual[i].kind) == expected[i].kind);
      BOOST_TEST(newsdesk::abbreviations::find(expected[i].text).has_value());
    }
  }
}

BOOST_AUTO_TEST_CASE(finds_only_exact_entries) {
  for (const char* word : {"Dr", "Dr.,", " Dr.", "DR.", "Inc", "", "."}) {
    BOOST_TEST_CONTEXT("word: \"" << word << "\"") {
      BOOST_TEST(!newsdesk::abbreviations::find(word).has_value());
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
