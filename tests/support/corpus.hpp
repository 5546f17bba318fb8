// Read-only access to the corpus in data/, for the corpus-wide checks of every exercise.
// Tests use it instead of exercise 03's loader, so that no exercise depends on another.
#ifndef NEWSDESK_TESTS_CORPUS_HPP
#define NEWSDESK_TESTS_CORPUS_HPP

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace newsdesk::testing {

// One article of data/corpus/corpus.json with its text and, when there is one, its gold file.
struct CorpusArticle {
  std::string file;        // relative to the source tree: "data/corpus/articles/001-....txt"
  std::string text;        // the article, byte for byte
  nlohmann::json manifest; // its entry in corpus.json
  nlohmann::json gold;     // data/gold/NNN-slug.json, or null when it has none
};

// The source tree, where data/ lives.
[[nodiscard]] std::filesystem::path source_dir();

// The whole file at `path` (absolute, or relative to the source tree), byte for byte.
// Throws newsdesk::input_error (a std::runtime_error) naming the file when it cannot be read.
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

// Every article of the corpus, in manifest order, read once per test program.
[[nodiscard]] const std::vector<CorpusArticle>& corpus_articles();

// One entry of data/abbreviations.txt: the abbreviation and its class, "before" or
// "ordinary".
struct ListedAbbreviation {
  std::string text;
  std::string kind;
};

// Every entry of data/abbreviations.txt, in the order of the file, read from the file itself
// (not from the list compiled into exercises/common), so that tests check the given code too.
// Throws std::runtime_error naming the line when a line is neither a comment nor an entry.
[[nodiscard]] const std::vector<ListedAbbreviation>& listed_abbreviations();

// The line and column (both from 1) of byte `offset` in `text`, as "line 3, column 14",
// so that a failing corpus check can say where to look.
[[nodiscard]] std::string describe_position(std::string_view text, std::size_t offset);

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTS_CORPUS_HPP
