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
//   - corpus/corpus.json against schema/corpus.schema.json, with unique ids;
//   - each article file: present, its SHA-256 as the manifest says, valid UTF-8 in NFC;
//   - each gold file gold/NNN-slug.json: present for every article, against
//     schema/gold.schema.json, "article" naming its article, every offset inside the article
//     and slicing exactly the text it claims (parts, sentences, quotations, speaker mentions,
//     tokens), parts, sentences, quotations and tokens in order and not overlapping;
//   - identities: ids unique among an article's people and organisations, each quotation's
//     speaker_id naming the entry whose name is its speaker (null exactly when the speaker
//     is), and one name for each id across the corpus (namesakes have different ids).
// File names in problems are as `data_dir` / relative path, so "data/gold/001-x.json".
//
// Example:
//   validate_data("data").problems.empty()
//   // => true
//
// Errors: none; every problem found is in the summary. Throws std::invalid_argument only if a
// schema file itself uses a JSON Schema keyword the checker does not support.
[[nodiscard]] DataSummary validate_data(const std::filesystem::path& data_dir);

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_VALIDATE_DATA_HPP
