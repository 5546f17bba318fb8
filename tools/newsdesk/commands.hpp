// The `newsdesk` commands: each is a function of (options, standard input, output) that the
// program dispatches to through one table, and that tests call directly.
//
// The text commands stream: they read their input in pieces (PieceReader) and write as they
// go (Output, JsonWriter), so that memory is bounded by a piece and the longest run of text
// that cannot be cut (a line; for sentences a wrapped paragraph), not by the input or output.
#ifndef NEWSDESK_TOOLS_COMMANDS_HPP
#define NEWSDESK_TOOLS_COMMANDS_HPP

#include <cstdint>
#include <istream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "input.hpp"
#include "output.hpp"

namespace newsdesk {

// OutputFormat
//
// Plain text for people, one JSON document for programs (`--json`), or tab-separated lines
// for other tools (`--tsv`, freq and merge-counts only).
enum class OutputFormat { plain, json, tsv };

// Options
//
// Everything the command line can set. Each command reads the options it declares (see
// kCommands) and ignores the others, which keep these defaults.
struct Options {
  std::vector<std::string> files;  // inputs; "-" is standard input
  OutputFormat format = OutputFormat::plain;
  std::string data_dir = "data";   // validate-data, generate
  std::size_t megabytes = 0;       // generate
  std::uint64_t seed = 1;          // generate
  std::string out_file;            // generate; "-" is standard output
  std::optional<std::size_t> top;  // freq, merge-counts: how many words; 0 for all
  bool progress = false;           // freq: report progress on standard error
  // How many bytes the text commands read at a time; tests make it small to cut a short
  // text into many pieces.
  std::size_t piece_size = PieceReader::kPieceSize;
};

// Exit statuses of every command.
constexpr int kExitSuccess = 0;
constexpr int kExitBadInput = 1;  // input that cannot be read or processed; a write error
constexpr int kExitBadUsage = 2;

// run_count()
//
// `newsdesk count FILE...`: bytes, lines, words, characters and invalid UTF-8 bytes of each
// input (the rules of exercise 01-count-text), one line per input, then a total line when
// there is more than one. Like wc, a file that cannot be read is reported and the others are
// still counted (exit status 1). A byte-order mark counts as 3 bytes and no character.
//
// Example (plain, "a.txt" holding "Zoë won.\n"):
//   // =>   lines   words   chars   bytes invalid
//   //          1       2       9      10       0 a.txt
//
// JSON: {"files": [{"file": ..., "bytes": ..., "lines": ..., "words": ..., "characters": ...,
// "invalid_bytes": ...}, ...], "total": {the same but "file"}}.
int run_count(const Options& options, std::istream& standard_input, Output& output);

// run_paragraphs()
//
// `newsdesk paragraphs FILE`: the parts of an article (the rules of exercise 02-paragraphs),
// one per line as "kind begin end text", byte offsets half-open.
//
// Example (plain, "Flood wall approved\nIt passed.\n"):
//   // => headline        0     19  Flood wall approved
//   //    paragraph      20     30  It passed.
//
// JSON: {"file": ..., "parts": [{"kind": ..., "text": ..., "begin": ..., "end": ...}, ...]}.
int run_paragraphs(const Options& options, std::istream& standard_input, Output& output);

// run_tokenize()
//
// `newsdesk tokenize FILE`: the tokens of the input (the rules of exercise 05-tokenize), one
// per line; with JSON, {"tokens": [{"text": ..., "begin": ..., "end": ...}, ...]}.
//
// Example (plain, "They can't.\n"):
//   // => They
//   //    ca
//   //    n't
//   //    .
int run_tokenize(const Options& options, std::istream& standard_input, Output& output);

// run_sentences()
//
// `newsdesk sentences FILE`: the sentences of the input (the rules of exercise 07-sentences),
// one per line (a line break inside a wrapped sentence is printed as a space); with JSON,
// {"sentences": [{"text": ..., "begin": ..., "end": ...}, ...]}.
//
// Example (plain, "It passed. He left.\n"):
//   // => It passed.
//   //    He left.
//
// Caveat: the input is split at line breaks that end a sentence whatever came before (see
// PieceEnd::sentence), and each piece sees the line after it; a sentence rule that looks
// further ahead across such a line break could decide differently on the whole text.
int run_sentences(const Options& options, std::istream& standard_input, Output& output);

// run_quotes()
//
// `newsdesk quotes FILE...`: the quotations of each input and who said them (the rules of
// exercises 13-quote-marks, 14-quote-paragraphs and 15-attribution; see quotes.hpp). Plain:
// a table of offsets, kind, flags (N nested, M multi-paragraph, U unterminated), speaker,
// cue and the quotation shortened to 60 characters, under a "FILE:" line when there is more
// than one input. Like count, a file that cannot be read is reported and the others are still
// read (exit status 1).
//
// Example (plain, "a.txt" holding "Vote\n\"We are ready,\" Ana Ruiz said.\n"):
//   // =>   begin     end  kind        flags  speaker                   cue         quote
//   //          6      19  direct      -      Ana Ruiz                  said        We are ready,
//
// JSON: {"quotes": [{"file", "text", "begin", "end", "kind", "nested", "multi_paragraph",
// "unterminated", "speaker", "mention": {"text", "begin", "end"} | null, "cue"}, ...]}, with
// `text` the content without the outer marks, offsets in bytes into the file, and speaker
// and cue null when not found.
int run_quotes(const Options& options, std::istream& standard_input, Output& output);

// run_who()
//
// `newsdesk who FILE...`: who said what (the report of exercise 16-quote-report, from the
// quotations `quotes` finds): for each input, a table of its speakers with the number of
// their quotations and the words in them, ranked, and an "(unknown)" line for quotations
// without a speaker; not-speech and nested quotations are left out. With more than one input,
// a ranking over all of them follows. A file that cannot be read is reported and the others
// are still read (exit status 1). Memory: the speakers, not the quotations.
//
// Example (plain, "a.txt" holding "Vote\n\"We are ready,\" Ana Ruiz said.\n"):
//   // => a.txt:
//   //    speaker   quotations  words
//   //    Ana Ruiz           1      3
//
// JSON: {"articles": [one report per input, as report_json() of exercise 16 gives it, the
// file name as its "article"], "all": the same for all inputs together}.
int run_who(const Options& options, std::istream& standard_input, Output& output);

// run_freq()
//
// `newsdesk freq [--top N] [--json|--tsv] FILE|DIR|-...`: how many times each word occurs in
// all the inputs together. A word is a token of exercise 05 that holds a letter or digit,
// folded as exercise 06 folds it with accents kept (exercises/common/words.hpp). A folder is
// read with every file under it, in sorted order (list_inputs()). Words are listed by count
// descending, then by word in code point order. Plain: a line with the number of tokens
// (words counted) and types (distinct words), then a table of count and word, the 20 most
// frequent unless --top says otherwise (--top 0: all). JSON: {"tokens": N, "types": N,
// "words": [{"word": ..., "count": ...}, ...]}, the same words as plain. TSV: one
// "COUNT<TAB>WORD" line per word, every word unless --top is given, for merge-counts. Like
// count, an input that cannot be read is reported and the others are still counted (exit
// status 1). With `progress`, a line on standard error after each 100 MB read.
//
// Example (plain, "a.txt" holding "The tub, the TUB and the sea.\n"):
//   // => 7 tokens, 4 types
//   //    count  word
//   //        3  the
//   //        2  tub
//   //        1  and
//   //        1  sea
//
// Memory: the distinct words and their counts, not the input.
int run_freq(const Options& options, std::istream& standard_input, Output& output);

// run_merge_counts()
//
// `newsdesk merge-counts [--top N] [--json|--tsv] FILE|DIR|-...`: adds up the counts of
// "COUNT<TAB>WORD" lines, as `freq --tsv` writes them, from all the inputs, and prints them as
// freq does (the same formats, order and --top). Counting two parts of a text and merging
// gives exactly the count of the whole. A line that is not COUNT<TAB>WORD is reported as
// "FILE:LINE: what was expected" and skipped, and so is an input that cannot be read; the
// rest is merged (exit status 1).
//
// Example (plain, "3\tthe\n1\ttub\n" and "2\tthe\n" as two inputs):
//   // => 6 tokens, 2 types
//   //    count  word
//   //        5  the
//   //        1  tub
int run_merge_counts(const Options& options, std::istream& standard_input, Output& output);

// run_validate_data()
//
// `newsdesk validate-data [DIR]`: checks the manifest, articles and gold files of the data
// folder; each problem is reported as "FILE: JSON path: message", then a summary line.
int run_validate_data(const Options& options, std::istream& standard_input, Output& output);

// run_generate()
//
// `newsdesk generate --megabytes N [--seed S] --out FILE`: a large deterministic text made
// from the corpus, for benchmarks (see generate.hpp).
int run_generate(const Options& options, std::istream& standard_input, Output& output);

// OptionSet
//
// Which options a command declares on the command line.
enum class OptionSet { files, one_file, counts, data_dir, generate };

// Command
//
// One row of the program's table of commands.
struct Command {
  std::string_view name;
  std::string_view description;
  OptionSet options;
  int (*run)(const Options&, std::istream&, Output&);
};

// kCommands
//
// Every command of the program, in the order `newsdesk --help` lists them.
inline constexpr Command kCommands[] = {
    {"count", "Count lines, words, characters (UTF-8 code points), bytes and invalid bytes",
     OptionSet::files, run_count},
    {"paragraphs", "Split an article into headline, byline, dateline, subheads, paragraphs",
     OptionSet::one_file, run_paragraphs},
    {"tokenize", "Split text into tokens by the newsdesk convention, one per line",
     OptionSet::one_file, run_tokenize},
    {"sentences", "Split text into sentences, one per line", OptionSet::one_file,
     run_sentences},
    {"quotes", "Find the quotations of news text and who said them", OptionSet::files,
     run_quotes},
    {"who", "Rank the speakers of news text by their quotations and the words quoted",
     OptionSet::files, run_who},
    {"freq", "Count the words of news text (05's tokens, folded as 06), most frequent first",
     OptionSet::counts, run_freq},
    {"merge-counts", "Add up the COUNT<TAB>WORD lines of freq --tsv from several runs",
     OptionSet::counts, run_merge_counts},
    {"validate-data",
     "Check the corpus manifest, article files and gold annotations against their schemas",
     OptionSet::data_dir, run_validate_data},
    {"generate", "Write a large deterministic text made from the corpus, for benchmarks",
     OptionSet::generate, run_generate},
};

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_COMMANDS_HPP
