#include "commands.hpp"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>

#include <fmt/format.h>

#include "count_text.hpp"
#include "freq.hpp"
#include "generate.hpp"
#include "input.hpp"
#include "paragraphs.hpp"
#include "quote_report.hpp"
#include "quotes.hpp"
#include "sentences.hpp"
#include "tokenize.hpp"
#include "validate_data.hpp"

namespace newsdesk {

namespace {

// Calls `read` with each input of `options` in turn. Like wc, an input that cannot be read
// is reported and the others are still read: the status is kExitBadInput when any failed.
int for_each_input(const Options& options, std::istream& standard_input, Output& output,
                   const std::function<void(const std::string& name, InputFile& input)>& read) {
  int status = kExitSuccess;
  for (const std::string& name : options.files) {
    try {
      InputFile input(name, standard_input);
      read(name, input);
    } catch (const input_error& error) {
      output.report(error.what());
      status = kExitBadInput;
    }
  }
  return status;
}

// ---- count

void add_counts(TextCounts& total, const TextCounts& counts) {
  total.bytes += counts.bytes;
  total.lines += counts.lines;
  total.words += counts.words;
  total.characters += counts.characters;
  total.invalid_bytes += counts.invalid_bytes;
}

// The counts of one input, summed over its pieces: no word, character or invalid sequence
// spans a line break, so the sum is what count_text() gives on the whole text.
TextCounts count_input(InputFile& input, std::size_t piece_size) {
  PieceReader reader(input.stream(), input.name(), PieceEnd::line, piece_size);
  TextCounts counts;
  while (const std::optional<TextPiece> piece = reader.next()) {
    add_counts(counts, count_text(piece->text));
  }
  counts.bytes = reader.bytes_read();  // a byte-order mark is no text, but it is bytes
  return counts;
}

void write_counts_row(Output& output, const TextCounts& counts, std::string_view name) {
  output.write(fmt::format("{:>7} {:>7} {:>7} {:>7} {:>7} {}\n", counts.lines, counts.words,
                           counts.characters, counts.bytes, counts.invalid_bytes, name));
}

// The JSON members of one count; the list of files puts the file's name before them.
std::vector<JsonField> count_fields(const TextCounts& counts, std::vector<JsonField> fields = {}) {
  fields.insert(fields.end(), {{"bytes", counts.bytes},
                               {"lines", counts.lines},
                               {"words", counts.words},
                               {"characters", counts.characters},
                               {"invalid_bytes", counts.invalid_bytes}});
  return fields;
}

// ---- tokens and sentences

// How each span of a text command is printed: one per line, or one JSON object per line.
class SpanPrinter {
 public:
  SpanPrinter(Output& output, OutputFormat format, std::string_view list_name)
      : output_(output), format_(format) {
    if (format_ == OutputFormat::json) {
      json_.emplace(output_);
      json_->begin_list(list_name);
    }
  }

  // Prints `text`, which starts at `begin` in the input. In plain text a line break inside
  // a span (a wrapped sentence) is printed as a space, so that each span is one line.
  void print(std::string_view text, std::size_t begin) {
    if (json_) {
      const JsonField fields[] = {{"text", text}, {"begin", begin}, {"end", begin + text.size()}};
      json_->item(fields);
      return;
    }
    std::size_t line_break = text.find('\n');
    while (line_break != std::string_view::npos) {
      const bool crlf = line_break > 0 && text[line_break - 1] == '\r';
      output_.write(text.substr(0, crlf ? line_break - 1 : line_break));
      output_.write(' ');
      text.remove_prefix(line_break + 1);
      line_break = text.find('\n');
    }
    output_.write(text);
    output_.write('\n');
  }

  void finish() {
    if (json_) {
      json_->end_list();
      json_->finish();
    }
    output_.flush();
  }

 private:
  Output& output_;
  OutputFormat format_;
  std::optional<JsonWriter> json_;
};

const std::string& the_one_file(const Options& options) { return options.files.at(0); }

// ---- paragraphs

void print_part(Output& output, std::optional<JsonWriter>& json, const Part& part,
                std::size_t shift) {
  if (json) {
    const JsonField fields[] = {{"kind", to_string(part.kind)},
                                {"text", part.text},
                                {"begin", part.begin + shift},
                                {"end", part.end + shift}};
    json->item(fields);
  } else {
    output.write(fmt::format("{:<11} {:>6} {:>6}  {}\n", to_string(part.kind), part.begin + shift,
                             part.end + shift, part.text));
  }
}

// The parts of an article read in pieces, with split_article() itself. It decides each line
// from the line, its headline and second line (a byline or not), whether a paragraph came
// before it (only the first paragraph has a dateline, and a subhead needs one before it) and
// whether a paragraph line comes after it (a subhead needs one). So the parts of all lines
// before the last paragraph line read so far are final, and they are written at once; that
// line and what follows it wait for the next piece, after a context of at most three lines
// (the headline, the second line, the first paragraph) that makes split_article() decide as
// it would on the whole text. Memory: those lines, a piece, and the lines carried over.
class ArticleParts {
 public:
  ArticleParts(Output& output, std::optional<JsonWriter>& json) : output_(output), json_(json) {}

  void add(const TextPiece& piece) {
    if (window_.size() == context_size_) {
      pending_offset_ = piece.offset;
    }
    window_ += piece.text;
    print_final_parts(/*at_end=*/false);
  }

  void finish() { print_final_parts(/*at_end=*/true); }

 private:
  void print_final_parts(bool at_end) {
    const std::vector<Part> parts = split_article(window_);
    // The last paragraph line waits, with everything after it, unless the text has ended.
    std::size_t keep_from = window_.size();
    if (!at_end) {
      for (const Part& part : parts) {
        if (part.begin >= context_size_ &&
            (part.kind == PartKind::paragraph || part.kind == PartKind::subhead)) {
          keep_from = line_start(part.begin);
        }
      }
    }
    for (const Part& part : parts) {
      if (part.begin >= context_size_ && part.begin < keep_from) {
        print_part(output_, json_, part, pending_offset_ - context_size_);
      }
    }
    keep_context(parts, keep_from);
  }

  // Replaces the window by the lines of context the kept lines need, then the kept lines.
  void keep_context(const std::vector<Part>& parts, std::size_t keep_from) {
    std::string next;
    std::size_t last_added = std::string::npos;  // the start of the last line added
    const auto add_line_of = [&](const Part& part) {
      const std::size_t begin = line_start(part.begin);
      if (begin != last_added) {  // a dateline and its paragraph share a line
        next += std::string_view(window_).substr(begin, line_end(part.begin) - begin);
        last_added = begin;
      }
    };
    bool first_paragraph = true;
    for (std::size_t i = 0; i < parts.size() && line_start(parts[i].begin) < keep_from; ++i) {
      const bool second_line = i == 1 && parts[0].kind == PartKind::headline;
      const bool paragraph = parts[i].kind == PartKind::paragraph && first_paragraph;
      if (i == 0 || second_line || paragraph) {
        add_line_of(parts[i]);
      }
      first_paragraph = first_paragraph && !paragraph;
    }
    const std::size_t kept_offset = pending_offset_ + (keep_from - context_size_);
    context_size_ = next.size();
    next += std::string_view(window_).substr(keep_from);
    window_ = std::move(next);
    pending_offset_ = kept_offset;
  }

  // The start of the line holding window_[at], and its end (after its line break).
  std::size_t line_start(std::size_t at) const {
    const std::size_t line_break = at == 0 ? std::string::npos : window_.rfind('\n', at - 1);
    return line_break == std::string::npos ? 0 : line_break + 1;
  }
  std::size_t line_end(std::size_t at) const {
    const std::size_t line_break = window_.find('\n', at);
    return line_break == std::string::npos ? window_.size() : line_break + 1;
  }

  Output& output_;
  std::optional<JsonWriter>& json_;
  std::string window_;              // the lines of context, then the lines not yet written
  std::size_t context_size_ = 0;    // how many bytes of window_ are context
  std::size_t pending_offset_ = 0;  // where the lines after the context start in the input
};

// ---- quotes

// At most `limit` characters of `text` on one line: line breaks as spaces, and "…" after a
// cut, which falls between two UTF-8 sequences.
std::string shortened(std::string_view text, std::size_t limit) {
  std::string line;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    const bool starts_character = (byte & 0xC0) != 0x80;
    if (starts_character && ++characters > limit) {
      line += "\u2026";
      break;
    }
    line += (text[i] == '\n' || text[i] == '\r') ? ' ' : text[i];
  }
  return line;
}

std::string quote_flags(const FoundQuote& quote) {
  std::string flags;
  flags += quote.nested ? "N" : "";
  flags += quote.multi_paragraph ? "M" : "";
  flags += quote.unterminated ? "U" : "";
  return flags.empty() ? "-" : flags;
}

void print_quote(Output& output, const FoundQuote& quote) {
  output.write(fmt::format("{:>7} {:>7}  {:<10}  {:<5}  {:<24}  {:<10}  {}\n", quote.begin,
                           quote.end, to_string(quote.kind), quote_flags(quote),
                           quote.speaker.value_or("-"), quote.cue.value_or("-"),
                           shortened(quote.text, 60)));
}

JsonValue string_or_null(const std::optional<std::string>& value) {
  return value ? JsonValue(std::string_view(*value)) : JsonValue(nullptr);
}

void print_quote_json(JsonWriter& json, std::string_view file, const FoundQuote& quote) {
  const std::string_view mention_text = quote.mention ? *quote.mention : std::string_view();
  const JsonField mention[] = {{"text", mention_text},
                               {"begin", quote.mention_begin},
                               {"end", quote.mention_end}};
  const JsonField fields[] = {
      {"file", file},
      {"text", quote.text},
      {"begin", quote.begin},
      {"end", quote.end},
      {"kind", to_string(quote.kind)},
      {"nested", quote.nested},
      {"multi_paragraph", quote.multi_paragraph},
      {"unterminated", quote.unterminated},
      {"speaker", string_or_null(quote.speaker)},
      {"mention", quote.mention ? JsonValue(JsonNested{mention, 3}) : JsonValue(nullptr)},
      {"cue", string_or_null(quote.cue)}};
  json.item(fields);
}

// The tally of exercise 16 over one input, merged batch by batch so that memory holds the
// speakers, not every quotation.
QuoteTally tally_input(PieceReader& reader) {
  constexpr std::size_t kBatch = 4096;
  QuoteTally tally;
  std::vector<ReportQuote> batch;
  const auto merge_batch = [&] {
    const QuoteTally both[] = {tally, tally_quotes(batch)};
    tally = merge_tallies(both);
    batch.clear();
  };
  find_quotes_in_stream(reader, [&](const FoundQuote& quote) {
    if (!quote.nested) {
      batch.push_back(ReportQuote{quote.text, quote.kind, quote.speaker});
    }
    if (batch.size() == kBatch) {
      merge_batch();
    }
  });
  merge_batch();
  return tally;
}

// ---- freq and merge-counts

constexpr std::size_t kDefaultTop = 20;
constexpr std::size_t kProgressStep = 100'000'000;  // bytes between two progress lines

// `options` with each folder among the inputs replaced by the files under it. A folder that
// cannot be listed is reported, and sets `status` to kExitBadInput.
Options with_folders_listed(const Options& options, Output& output, int& status) {
  Options listed = options;
  listed.files = list_inputs(options.files, [&](const input_error& error) {
    output.report(error.what());
    status = kExitBadInput;
  });
  return listed;
}

// Prints the counts as freq and merge-counts do: see run_freq() in commands.hpp.
void print_counts(const WordCounts& counts, const Options& options, Output& output) {
  const std::size_t default_top = options.format == OutputFormat::tsv ? 0 : kDefaultTop;
  const std::vector<WordCount> ranked = counts.ranked(options.top.value_or(default_top));
  if (options.format == OutputFormat::tsv) {
    std::string line;
    for (const WordCount& entry : ranked) {
      line.clear();
      fmt::format_to(std::back_inserter(line), "{}\t{}\n", entry.count, entry.word);
      output.write(line);
    }
  } else if (options.format == OutputFormat::json) {
    JsonWriter json(output);
    json.member("tokens", counts.tokens());
    json.member("types", counts.types());
    json.begin_list("words");
    for (const WordCount& entry : ranked) {
      const JsonField fields[] = {{"word", entry.word}, {"count", entry.count}};
      json.item(fields);
    }
    json.end_list();
    json.finish();
  } else {
    // The counts column is as wide as the largest count, the first.
    const std::size_t width =
        std::max<std::size_t>(5, ranked.empty() ? 0 : fmt::formatted_size("{}", ranked[0].count));
    output.write(fmt::format("{} tokens, {} types\n{:>{}}  word\n", counts.tokens(),
                             counts.types(), "count", width));
    for (const WordCount& entry : ranked) {
      output.write(fmt::format("{:>{}}  {}\n", entry.count, width, entry.word));
    }
  }
  output.flush();
}

}  // namespace

int run_freq(const Options& options, std::istream& standard_input, Output& output) {
  int status = kExitSuccess;
  const Options listed = with_folders_listed(options, output, status);
  WordCounts counts;
  std::size_t bytes_before = 0;  // of the inputs already counted
  std::size_t next_progress = kProgressStep;
  const int read_status = for_each_input(listed, standard_input, output,
                                         [&](const std::string&, InputFile& input) {
    PieceReader reader(input.stream(), input.name(), PieceEnd::line, options.piece_size);
    count_words(reader, counts, [&](std::size_t bytes_read) {
      if (options.progress && bytes_before + bytes_read >= next_progress) {
        output.report(fmt::format("freq: {} MB read, {} words so far",
                                  (bytes_before + bytes_read) / 1'000'000, counts.tokens()));
        next_progress += kProgressStep;
      }
    });
    bytes_before += reader.bytes_read();
  });
  print_counts(counts, options, output);
  return status == kExitSuccess ? read_status : status;
}

int run_merge_counts(const Options& options, std::istream& standard_input, Output& output) {
  int status = kExitSuccess;
  const Options listed = with_folders_listed(options, output, status);
  WordCounts counts;
  const int read_status = for_each_input(listed, standard_input, output,
                                         [&](const std::string& name, InputFile& input) {
    PieceReader reader(input.stream(), input.name(), PieceEnd::line, options.piece_size);
    read_counts(reader, name, counts, [&](const counts_error& error) {
      output.report(error.what());
      status = kExitBadInput;
    });
  });
  print_counts(counts, options, output);
  return status == kExitSuccess ? read_status : status;
}

int run_quotes(const Options& options, std::istream& standard_input, Output& output) {
  std::optional<JsonWriter> json;
  if (options.format == OutputFormat::json) {
    json.emplace(output);
    json->begin_list("quotes");
  } else {
    output.write(fmt::format("{:>7} {:>7}  {:<10}  {:<5}  {:<24}  {:<10}  {}\n", "begin", "end",
                             "kind", "flags", "speaker", "cue", "quote"));
  }
  const int status = for_each_input(options, standard_input, output,
                                    [&](const std::string& name, InputFile& input) {
    PieceReader reader(input.stream(), input.name(), PieceEnd::line_or_space, options.piece_size);
    if (!json && options.files.size() > 1) {
      output.write(fmt::format("{}:\n", name));
    }
    find_quotes_in_stream(reader, [&](const FoundQuote& quote) {
      if (json) {
        print_quote_json(*json, name, quote);
      } else {
        print_quote(output, quote);
      }
    });
  });
  if (json) {
    json->end_list();
    json->finish();
  }
  output.flush();
  return status;
}

int run_who(const Options& options, std::istream& standard_input, Output& output) {
  QuoteTally all;
  std::size_t inputs = 0;
  nlohmann::ordered_json articles = nlohmann::ordered_json::array();
  const int status = for_each_input(options, standard_input, output,
                                    [&](const std::string& name, InputFile& input) {
    PieceReader reader(input.stream(), input.name(), PieceEnd::line_or_space, options.piece_size);
    const QuoteTally tally = tally_input(reader);
    if (options.format == OutputFormat::json) {
      articles.push_back(report_json(name, tally));
    } else {
      output.write(fmt::format("{}:\n{}", name, report_table(tally)));
    }
    const QuoteTally both[] = {all, tally};
    all = merge_tallies(both);
    ++inputs;
  });
  if (options.format == OutputFormat::json) {
    nlohmann::ordered_json report;
    report["articles"] = std::move(articles);
    report["all"] = report_json("all", all);
    output.write(report.dump(2) + "\n");
  } else if (inputs > 1) {
    output.write(fmt::format("all {} inputs:\n{}", inputs, report_table(all)));
  }
  output.flush();
  return status;
}

int run_count(const Options& options, std::istream& standard_input, Output& output) {
  std::vector<std::pair<std::string, TextCounts>> counted;
  const int status = for_each_input(options, standard_input, output,
                                    [&](const std::string& name, InputFile& input) {
    counted.emplace_back(name, count_input(input, options.piece_size));
  });
  if (counted.empty()) {
    return status;
  }
  TextCounts total;
  for (const auto& [name, counts] : counted) {
    add_counts(total, counts);
  }

  if (options.format == OutputFormat::json) {
    JsonWriter json(output);
    json.begin_list("files");
    for (const auto& [name, counts] : counted) {
      json.item(count_fields(counts, {{"file", name}}));
    }
    json.end_list();
    json.member("total", count_fields(total));
    json.finish();
  } else {
    output.write(fmt::format("{:>7} {:>7} {:>7} {:>7} {:>7}\n", "lines", "words", "chars",
                             "bytes", "invalid"));
    for (const auto& [name, counts] : counted) {
      write_counts_row(output, counts, name);
    }
    if (counted.size() > 1) {
      write_counts_row(output, total, "total");
    }
  }
  output.flush();
  return status;
}

int run_paragraphs(const Options& options, std::istream& standard_input, Output& output) {
  InputFile input(the_one_file(options), standard_input);
  PieceReader reader(input.stream(), input.name(), PieceEnd::line, options.piece_size);
  std::optional<JsonWriter> json;
  if (options.format == OutputFormat::json) {
    json.emplace(output);
    json->member("file", input.name());
    json->begin_list("parts");
  }
  ArticleParts parts(output, json);
  while (const std::optional<TextPiece> piece = reader.next()) {
    parts.add(*piece);
  }
  parts.finish();
  if (json) {
    json->end_list();
    json->finish();
  }
  output.flush();
  return kExitSuccess;
}

int run_tokenize(const Options& options, std::istream& standard_input, Output& output) {
  InputFile input(the_one_file(options), standard_input);
  PieceReader reader(input.stream(), input.name(), PieceEnd::line, options.piece_size);
  SpanPrinter printer(output, options.format, "tokens");
  while (const std::optional<TextPiece> piece = reader.next()) {
    for (const Token& token : tokenize(piece->text)) {
      printer.print(token.text, piece->offset + token.begin);
    }
  }
  printer.finish();
  return kExitSuccess;
}

int run_sentences(const Options& options, std::istream& standard_input, Output& output) {
  InputFile input(the_one_file(options), standard_input);
  PieceReader reader(input.stream(), input.name(), PieceEnd::sentence, options.piece_size);
  SpanPrinter printer(output, options.format, "sentences");
  while (const std::optional<TextPiece> piece = reader.next()) {
    // The piece and the line after it, which is contiguous in the reader's buffer; only the
    // sentences of the piece are printed (the next piece starts at a sentence).
    const std::string_view window(piece->text.data(),
                                  piece->text.size() + piece->next_line.size());
    for (const Sentence& sentence : split_sentences(window)) {
      if (sentence.begin >= piece->text.size()) {
        break;
      }
      printer.print(sentence.text, piece->offset + sentence.begin);
    }
  }
  printer.finish();
  return kExitSuccess;
}

int run_validate_data(const Options& options, std::istream& /*standard_input*/,
                      Output& output) {
  const DataSummary summary = validate_data(options.data_dir);
  for (const DataProblem& problem : summary.problems) {
    output.report(problem.to_string());
  }
  const std::size_t problems = summary.problems.size();
  output.write(fmt::format("{}: {} articles and {} gold files checked, {} problem{}\n",
                           options.data_dir, summary.articles, summary.gold_files, problems,
                           problems == 1 ? "" : "s"));
  output.flush();
  return problems == 0 ? kExitSuccess : kExitBadInput;
}

int run_generate(const Options& options, std::istream& /*standard_input*/, Output& output) {
  const SourceText source = load_source_text(options.data_dir);
  const std::size_t bytes = options.megabytes * 1'000'000;
  if (options.out_file == "-") {
    generate_text(source, bytes, options.seed, output);
    output.flush();
    return kExitSuccess;
  }
  std::ofstream file(options.out_file, std::ios::binary);
  if (!file) {
    throw write_error(errno, options.out_file);
  }
  Output to_file(file, output.problems());
  generate_text(source, bytes, options.seed, to_file);
  to_file.flush();
  return kExitSuccess;
}

}  // namespace newsdesk
