// `newsdesk generate`: a large, realistic, deterministic text made from the corpus, for
// benchmarks that need 100 MB rather than 20 kB.
#ifndef NEWSDESK_TOOLS_GENERATE_HPP
#define NEWSDESK_TOOLS_GENERATE_HPP

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "output.hpp"

namespace newsdesk {

// SourceText
//
// What generation draws from: the parts and sentences of the corpus, as the gold files mark
// them.
struct SourceText {
  std::vector<std::string> headlines;
  std::vector<std::string> bylines;
  std::vector<std::string> datelines;
  std::vector<std::string> subheads;
  std::vector<std::string> sentences;  // the sentences of body paragraphs
};

// load_source_text()
//
// Reads every article of `data_dir`/corpus/corpus.json and its gold file, and collects their
// headlines, bylines, datelines, subheads and paragraph sentences.
//
// Errors: throws std::runtime_error naming the file when a file cannot be read or parsed, or
// when the corpus has no sentences to draw from.
[[nodiscard]] SourceText load_source_text(const std::filesystem::path& data_dir);

// generate_text()
//
// Writes to `out` at least `bytes` bytes of articles in the corpus's format (headline, byline,
// dateline, paragraphs and subheads, one per line), separated by blank lines, ending at the
// end of an article. Sentences are drawn from `source` and recombined; some words are replaced
// by invented ones, more of them the longer the text grows (about as the square root of the
// number of words, as Heaps' law has it for real news), so that the number of distinct words
// keeps growing with size. The same `source`, `bytes` and `seed` always give the same bytes:
// the generator is std::mt19937_64, used without the standard distributions (which differ
// between standard libraries).
//
// Example:
//   std::ostringstream a, b, problems;
//   Output to_a(a, problems), to_b(b, problems);
//   generate_text(source, 1'000'000, 7, to_a);
//   generate_text(source, 1'000'000, 7, to_b);
//   to_a.flush(); to_b.flush();
//   a.str() == b.str()
//   // => true
//
// Errors: throws write_error when `out` cannot be written.
void generate_text(const SourceText& source, std::size_t bytes, std::uint64_t seed,
                   Output& out);

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_GENERATE_HPP
