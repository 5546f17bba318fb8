// newsdesk: the kit's reference solutions as a command-line text toolkit.
//
// Each command reads files (or standard input for "-"), runs the code of one exercise of the
// track it was built from, and prints plain text or, with --json, one JSON document. main()
// only parses arguments and dispatches; the commands themselves are in commands.cpp.
// Exit status: 0 on success, 1 for input that cannot be read or processed, 2 for bad usage.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.hpp"
#include "generate.hpp"
#include "input.hpp"
#include "not_implemented.hpp"
#include "validate_data.hpp"

namespace {

constexpr int kExitBadInput = 1;
constexpr int kExitBadUsage = 2;

newsdesk::OutputFormat format_of(bool json) {
  return json ? newsdesk::OutputFormat::json : newsdesk::OutputFormat::plain;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "newsdesk: count, split and study news text with the kit's exercise code.\n"
      "FILE may be - for standard input. Offsets are bytes, half-open [begin, end).",
      "newsdesk"};
  app.require_subcommand(1);

  bool json = false;
  std::vector<std::string> files;
  std::string file;

  CLI::App* count = app.add_subcommand(
      "count", "Count lines, words, characters (UTF-8 code points), bytes and invalid bytes");
  count->add_option("FILE", files, "Files to count; - for standard input")->required();
  count->add_flag("--json", json, "Print one JSON document");

  CLI::App* paragraphs = app.add_subcommand(
      "paragraphs", "Split an article into headline, byline, dateline, subheads, paragraphs");
  paragraphs->add_option("FILE", file, "The article; - for standard input")->required();
  paragraphs->add_flag("--json", json, "Print one JSON document");

  CLI::App* tokenize = app.add_subcommand(
      "tokenize", "Split text into tokens by the newsdesk convention, one per line");
  tokenize->add_option("FILE", file, "The text; - for standard input")->required();
  tokenize->add_flag("--json", json, "Print one JSON document with byte offsets");

  CLI::App* sentences =
      app.add_subcommand("sentences", "Split text into sentences, one per line");
  sentences->add_option("FILE", file, "The text; - for standard input")->required();
  sentences->add_flag("--json", json, "Print one JSON document with byte offsets");

  std::string data_dir = "data";
  CLI::App* validate_data = app.add_subcommand(
      "validate-data",
      "Check the corpus manifest, article files and gold annotations against their schemas");
  validate_data->add_option("DIR", data_dir, "The data folder (default: data)");

  std::size_t megabytes = 0;
  std::uint64_t seed = 1;
  std::string out_file;
  CLI::App* generate = app.add_subcommand(
      "generate", "Write a large deterministic text made from the corpus, for benchmarks");
  generate->add_option("--megabytes", megabytes, "At least this many megabytes (10^6 bytes)")
      ->required()
      ->check(CLI::Range(std::size_t{1}, std::size_t{100'000}));
  generate->add_option("--seed", seed, "Same seed, same bytes (default: 1)");
  generate->add_option("--out", out_file, "The file to write; - for standard output")->required();
  generate->add_option("--data", data_dir, "The data folder to draw from (default: data)");

  // CLI11 would answer an unknown command with "A subcommand is required"; name it instead.
  const auto is_command = [&](const CLI::App* command) { return command->get_name() == argv[1]; };
  if (argc > 1 && argv[1][0] != '-' && app.get_subcommands(is_command).empty()) {
    fmt::print(stderr,
               "newsdesk: unknown command \"{}\"\nRun 'newsdesk --help' for the commands.\n",
               argv[1]);
    return kExitBadUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    fmt::print(stderr, "newsdesk: {}\nRun 'newsdesk --help' for usage.\n", error.what());
    return kExitBadUsage;
  }

  try {
    std::string output;
    int status = 0;
    if (count->parsed()) {
      // Like wc: a file that cannot be read is reported, and the others are still counted.
      std::vector<newsdesk::NamedText> inputs;
      for (const std::string& name : files) {
        try {
          inputs.push_back(newsdesk::read_input(name));
        } catch (const newsdesk::input_error& error) {
          fmt::print(stderr, "newsdesk: {}\n", error.what());
          status = kExitBadInput;
        }
      }
      if (!inputs.empty()) {
        output = newsdesk::run_count(inputs, format_of(json));
      }
    } else if (paragraphs->parsed()) {
      output = newsdesk::run_paragraphs(newsdesk::read_input(file), format_of(json));
    } else if (tokenize->parsed()) {
      output = newsdesk::run_tokenize(newsdesk::read_input(file), format_of(json));
    } else if (sentences->parsed()) {
      output = newsdesk::run_sentences(newsdesk::read_input(file), format_of(json));
    } else if (validate_data->parsed()) {
      const newsdesk::DataSummary summary = newsdesk::validate_data(data_dir);
      for (const newsdesk::DataProblem& problem : summary.problems) {
        fmt::print(stderr, "newsdesk: {}\n", problem.to_string());
      }
      const std::size_t problems = summary.problems.size();
      output = fmt::format("{}: {} articles and {} gold files checked, {} problem{}\n", data_dir,
                           summary.articles, summary.gold_files, problems,
                           problems == 1 ? "" : "s");
      status = summary.problems.empty() ? 0 : kExitBadInput;
    } else if (generate->parsed()) {
      const newsdesk::SourceText source = newsdesk::load_source_text(data_dir);
      if (out_file == "-") {
        newsdesk::generate_text(source, megabytes * 1'000'000, seed, std::cout);
      } else {
        std::ofstream out(out_file, std::ios::binary);
        if (!out) {
          throw newsdesk::input_error(fmt::format("{}: {}", out_file, std::strerror(errno)));
        }
        newsdesk::generate_text(source, megabytes * 1'000'000, seed, out);
        if (!out.flush()) {
          throw newsdesk::input_error(fmt::format("{}: could not write", out_file));
        }
      }
    }
    std::fwrite(output.data(), 1, output.size(), stdout);
    return status;
  } catch (const newsdesk::input_error& error) {
    fmt::print(stderr, "newsdesk: {}\n", error.what());
  } catch (const newsdesk::not_implemented& error) {
    fmt::print(stderr, "newsdesk: {}\n", error.what());
  } catch (const std::exception& error) {
    // Not expected (out of memory, say), but reported rather than left to abort the program.
    fmt::print(stderr, "newsdesk: {}\n", error.what());
  }
  return kExitBadInput;
}
