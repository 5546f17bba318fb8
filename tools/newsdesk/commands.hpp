// The work behind each `newsdesk` command: functions from the inputs to the text printed, so
// that they can be tested without running the program.
#ifndef NEWSDESK_TOOLS_COMMANDS_HPP
#define NEWSDESK_TOOLS_COMMANDS_HPP

#include <string>
#include <vector>

#include "input.hpp"

namespace newsdesk {

// OutputFormat
//
// Plain text for people, or one JSON document for programs (`--json`).
enum class OutputFormat { plain, json };

// run_count()
//
// `newsdesk count`: bytes, lines, words, characters and invalid UTF-8 bytes of each input
// (the rules of exercise 01-count-text), one line per input, then a total line when there is
// more than one input.
//
// Example (plain):
//   run_count({{"a.txt", "Zoë won.\n"}}, OutputFormat::plain)
//   // =>   lines   words   chars   bytes invalid
//   //          1       2       9      10       0 a.txt
//
// JSON: {"files": [{"file": ..., "bytes": ..., "lines": ..., "words": ..., "characters": ...,
// "invalid_bytes": ...}, ...], "total": {same fields but "file"}}.
// Errors: none of its own; the exercise code may throw not_implemented.
[[nodiscard]] std::string run_count(const std::vector<NamedText>& inputs, OutputFormat format);

// run_paragraphs()
//
// `newsdesk paragraphs`: the parts of an article (the rules of exercise 02-paragraphs), one
// per line as "kind begin end text", byte offsets half-open.
//
// Example (plain):
//   run_paragraphs({"a.txt", "Flood wall approved\nIt passed.\n"}, OutputFormat::plain)
//   // => headline        0     19  Flood wall approved
//   //    paragraph      20     30  It passed.
//
// JSON: {"file": ..., "parts": [{"kind": ..., "text": ..., "begin": ..., "end": ...}, ...]}.
// Bytes that are not valid UTF-8 are written as U+FFFD in JSON strings; offsets still count
// the original bytes.
// Errors: none of its own; the exercise code may throw not_implemented.
[[nodiscard]] std::string run_paragraphs(const NamedText& input, OutputFormat format);

// run_tokenize()
//
// `newsdesk tokenize`: the tokens of the input (the rules of exercise 05-tokenize), one per
// line; with JSON, {"tokens": [{"text": ..., "begin": ..., "end": ...}, ...]}. The input is
// tokenized line by line (no token spans a line break), so memory stays bounded by the size
// of the output.
//
// Example (plain):
//   run_tokenize({"a.txt", "They can't.\n"}, OutputFormat::plain)
//   // => "They\nca\nn't\n.\n"
//
// Errors: none of its own; the exercise code may throw not_implemented.
[[nodiscard]] std::string run_tokenize(const NamedText& input, OutputFormat format);

// run_sentences()
//
// `newsdesk sentences`: the sentences of the input (the rules of exercise 07-sentences), one
// per line; with JSON, {"sentences": [{"text": ..., "begin": ..., "end": ...}, ...]}.
//
// Example (plain):
//   run_sentences({"a.txt", "It passed. He left.\n"}, OutputFormat::plain)
//   // => "It passed.\nHe left.\n"
//
// Errors: none of its own; the exercise code may throw not_implemented.
[[nodiscard]] std::string run_sentences(const NamedText& input, OutputFormat format);

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_COMMANDS_HPP
