#include "commands.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "count_text.hpp"
#include "paragraphs.hpp"
#include "sentences.hpp"
#include "tokenize.hpp"

namespace newsdesk {

namespace {

// JSON text must be valid UTF-8; the input need not be. Invalid bytes become U+FFFD rather
// than making the whole command fail.
std::string to_json_text(const nlohmann::ordered_json& document) {
  return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

nlohmann::ordered_json counts_to_json(const TextCounts& counts) {
  return {{"bytes", counts.bytes},           {"lines", counts.lines},
          {"words", counts.words},           {"characters", counts.characters},
          {"invalid_bytes", counts.invalid_bytes}};
}

std::string counts_row(const TextCounts& counts, const std::string& name) {
  return fmt::format("{:>7} {:>7} {:>7} {:>7} {:>7} {}\n", counts.lines, counts.words,
                     counts.characters, counts.bytes, counts.invalid_bytes, name);
}

// Appends one {"text": ..., "begin": ..., "end": ...} object of a JSON list of spans.
void append_json_span(std::string& out, std::string_view text, std::size_t begin,
                      std::size_t end, bool first) {
  out += first ? "\n    " : ",\n    ";
  out += "{\"text\": ";
  out += nlohmann::ordered_json(text).dump(-1, ' ', false,
                                           nlohmann::ordered_json::error_handler_t::replace);
  out += fmt::format(", \"begin\": {}, \"end\": {}}}", begin, end);
}

// Prints the spans that `split` finds in each line of `text`, one per line or as the JSON
// list `name`. Every line is split on its own, offsets shifted to the whole text: the rules
// of both tokens and sentences end every span at a line break, and a line at a time keeps
// memory bounded by the output rather than by a list of every span of a large file.
template <typename Split>
std::string print_spans_by_line(std::string_view text, OutputFormat format,
                                std::string_view name, Split split) {
  std::string out;
  if (format == OutputFormat::json) out += fmt::format("{{\n  \"{}\": [", name);
  bool first = true;
  for (std::size_t line_start = 0; line_start < text.size();) {
    std::size_t line_end = text.find('\n', line_start);
    line_end = line_end == std::string_view::npos ? text.size() : line_end + 1;
    for (const auto& span : split(text.substr(line_start, line_end - line_start))) {
      if (format == OutputFormat::json) {
        append_json_span(out, span.text, line_start + span.begin, line_start + span.end, first);
      } else {
        out += span.text;
        out += '\n';
      }
      first = false;
    }
    line_start = line_end;
  }
  if (format == OutputFormat::json) out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace

std::string run_tokenize(const NamedText& input, OutputFormat format) {
  return print_spans_by_line(input.text, format, "tokens",
                             [](std::string_view line) { return tokenize(line); });
}

std::string run_sentences(const NamedText& input, OutputFormat format) {
  return print_spans_by_line(input.text, format, "sentences",
                             [](std::string_view line) { return split_sentences(line); });
}

std::string run_count(const std::vector<NamedText>& inputs, OutputFormat format) {
  std::vector<TextCounts> counts;
  TextCounts total;
  for (const NamedText& input : inputs) {
    const TextCounts& one = counts.emplace_back(count_text(input.text));
    total.bytes += one.bytes;
    total.lines += one.lines;
    total.words += one.words;
    total.characters += one.characters;
    total.invalid_bytes += one.invalid_bytes;
  }

  if (format == OutputFormat::json) {
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      nlohmann::ordered_json file = {{"file", inputs[i].name}};
      file.update(counts_to_json(counts[i]));
      files.push_back(std::move(file));
    }
    return to_json_text({{"files", std::move(files)}, {"total", counts_to_json(total)}});
  }

  std::string out = fmt::format("{:>7} {:>7} {:>7} {:>7} {:>7}\n", "lines", "words", "chars",
                                "bytes", "invalid");
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    out += counts_row(counts[i], inputs[i].name);
  }
  if (inputs.size() > 1) {
    out += counts_row(total, "total");
  }
  return out;
}

std::string run_paragraphs(const NamedText& input, OutputFormat format) {
  const std::vector<Part> parts = split_article(input.text);

  if (format == OutputFormat::json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Part& part : parts) {
      list.push_back({{"kind", to_string(part.kind)},
                      {"text", part.text},
                      {"begin", part.begin},
                      {"end", part.end}});
    }
    return to_json_text({{"file", input.name}, {"parts", std::move(list)}});
  }

  std::string out;
  for (const Part& part : parts) {
    out += fmt::format("{:<11} {:>6} {:>6}  {}\n", to_string(part.kind), part.begin, part.end,
                       part.text);
  }
  return out;
}

}  // namespace newsdesk
