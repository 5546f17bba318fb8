// `newsdesk validate-data`: checks the corpus and its gold annotations in a data folder.
#ifndef NEWSDESK_TOOLS_VALIDATE_DATA_HPP
#define NEWSDESK_TOOLS_VALIDATE_DATA_HPP

#include <filesystem>
#include <string>
#include <vector>

namespace newsdesk {

// DataProblem
//
// One problem in a data folder: the file, the JSON path inside it (empty for the file as a
// whole) and what is wrong. to_string() gives "file: path: message".
struct DataProblem {
  std::string file;
  std::string path;
  std::string message;

  [[nodiscard]] std::string to_string() const;
};

// DataSummary
//
// What validate_data() checked and what it found.
struct DataSummary {
  std::size_t articles = 0;
  std::size_t gold_files = 0;
  std::vector<DataProblem> problems;
};

// validate_data()
//
// Checks the data folder `data_dir` (laid out as data/ is):
//   - schema/corpus.schema.json and schema/gold.schema.json: JSON, and schemas the checker of
//     json_schema.hpp can apply (a keyword or pattern it does not support is named by its
//     JSON path in the schema);
//   - corpus/corpus.json against the corpus schema, with unique ids and each "file" a relative
//     path inside corpus/ without ".." (a path that would leave it is reported, not read);
//   - each article file: present, its SHA-256 as the manifest says, valid UTF-8 in NFC, and
//     the manifest's word_count, line_count and character_count (counted as
//     data/tools/refresh_manifest.py counts them), headline (the first line), byline (the
//     second line when it starts with "By ", else null) and dateline (the start of the line
//     after them) as the file has them;
//   - each gold file gold/NNN-slug.json: present for every article, against the gold schema,
//     "article" naming its article, every offset inside the article and slicing exactly the
//     text it claims (parts, sentences, quotations, speaker mentions, tokens), parts,
//     sentences, quotations and tokens in order and not overlapping;
//   - identities: ids unique among an article's people and organisations, each quotation's
//     speaker_id naming the entry whose name is its speaker (null exactly when the speaker
//     is), and one name for each id across the corpus (namesakes have different ids).
// A problem does not stop the run: a broken manifest entry, article or gold file is reported
// and the others are still checked; a broken gold schema leaves the gold files unchecked (and
// uncounted), but not the articles. Without the manifest or its schema nothing past the two
// schemas can be checked. A folder where a file should be is a problem of that file; a value
// nested deeper than kMaxNesting levels is reported at its path; messages quote at most the
// start of a long value.
// File names in problems are as `data_dir` / relative path, so "data/gold/001-x.json".
//
// Example:
//   validate_data("data").problems.empty()
//   // => true
//
// Errors: none; every problem found is in the summary.
[[nodiscard]] DataSummary validate_data(const std::filesystem::path& data_dir);

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_VALIDATE_DATA_HPP
