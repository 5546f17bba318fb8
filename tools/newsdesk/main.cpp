// newsdesk: the kit's reference solutions as a command-line text toolkit.
//
// main() parses the command line and dispatches through the table of commands (kCommands in
// commands.hpp); each command reads its files or standard input ("-") and writes plain text
// or, with --json, one JSON document. Errors are reported here, in one place.
// Exit status: 0 on success, 1 for input that cannot be read or processed or output that
// cannot be written, 2 for bad usage.
#include <charconv>
#include <cstdint>
#include <exception>
#include <iostream>
#include <limits>
#include <string>
#include <string_view>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.hpp"
#include "input.hpp"
#include "not_implemented.hpp"
#include "output.hpp"

namespace {

using newsdesk::Options;

// The text of the numeric options, checked by parse_whole_number() once parsing is done.
// (CLI11 would read "-1" as the largest unsigned number, and "1e30" as the largest too.)
struct NumberTexts {
  std::string megabytes;
  std::string seed = "1";
  std::string top;
};

// Whether standard error is a terminal, where a person may be waiting for a long run.
bool standard_error_is_a_terminal() {
#ifdef _WIN32
  return _isatty(_fileno(stderr)) != 0;
#else
  return isatty(fileno(stderr)) != 0;
#endif
}

class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads `text` as a whole number from `min` to `max`: digits only, no sign, no fraction.
std::uint64_t parse_whole_number(std::string_view option, std::string_view text,
                                 std::uint64_t min, std::uint64_t max) {
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < min ||
      value > max) {
    throw usage_error(fmt::format("{}: expected a whole number from {} to {}, got \"{}\"",
                                  option, min, max, text));
  }
  return value;
}

void declare_options(CLI::App& command, newsdesk::OptionSet set, Options& options,
                     NumberTexts& numbers, bool& json, bool& tsv) {
  using newsdesk::OptionSet;
  switch (set) {
    case OptionSet::files:
      command.add_option("FILE", options.files, "Files to read; - for standard input")
          ->required();
      command.add_flag("--json", json, "Print one JSON document");
      break;
    case OptionSet::one_file:
      command.add_option("FILE", options.files, "The text; - for standard input")
          ->required()
          ->expected(1);
      command.add_flag("--json", json, "Print one JSON document with byte offsets");
      break;
    case OptionSet::counts: {
      command.add_option("FILE", options.files,
                         "Files or folders (read with every file under them); - for standard input")
          ->required();
      CLI::Option* json_flag = command.add_flag("--json", json, "Print one JSON document");
      command.add_flag("--tsv", tsv, "Print COUNT<TAB>WORD lines, every word unless --top")
          ->excludes(json_flag);
      command.add_option("--top", numbers.top,
                         "How many words, the most frequent first (default: 20; 0: all)");
      break;
    }
    case OptionSet::data_dir:
      command.add_option("DIR", options.data_dir, "The data folder (default: data)");
      break;
    case OptionSet::generate:
      command.add_option("--megabytes", numbers.megabytes,
                         "At least this many megabytes (10^6 bytes), 1 to 100000")
          ->required();
      command.add_option("--seed", numbers.seed, "Same seed, same bytes (default: 1)");
      command.add_option("--out", options.out_file, "The file to write; - for standard output")
          ->required();
      command.add_option("--data", options.data_dir,
                         "The data folder to draw from (default: data)");
      break;
  }
}

// Runs `command`, turning every error into a message on standard error and an exit status.
int run(const newsdesk::Command& command, const Options& options) {
  newsdesk::Output output(std::cout, std::cerr);
  try {
    return command.run(options, std::cin, output);
  } catch (const newsdesk::write_error& error) {
    // A reader that went away (`| head`) is no error to report, as with coreutils.
    if (!error.broken_pipe()) {
      fmt::print(stderr, "newsdesk: {}\n", error.what());
    }
  } catch (const std::exception& error) {
    // input_error and not_implemented say what went wrong; anything else (out of memory,
    // say) is reported too rather than left to abort the program.
    output.report(error.what());
  }
  return newsdesk::kExitBadInput;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);  // the streams buffer on their own; nothing mixes them

  CLI::App app{
      "newsdesk: count, split and study news text with the kit's exercise code.\n"
      "FILE may be - for standard input. Offsets are bytes, half-open [begin, end).",
      "newsdesk"};
  app.require_subcommand(1);

  Options options;
  NumberTexts numbers;
  bool json = false;
  bool tsv = false;
  for (const newsdesk::Command& command : newsdesk::kCommands) {
    CLI::App* sub = app.add_subcommand(std::string(command.name),
                                       std::string(command.description));
    declare_options(*sub, command.options, options, numbers, json, tsv);
  }

  // CLI11 would answer an unknown command with "A subcommand is required"; name it instead.
  const auto is_command = [&](const CLI::App* command) { return command->get_name() == argv[1]; };
  if (argc > 1 && argv[1][0] != '-' && app.get_subcommands(is_command).empty()) {
    fmt::print(stderr,
               "newsdesk: unknown command \"{}\"\nRun 'newsdesk --help' for the commands.\n",
               argv[1]);
    return newsdesk::kExitBadUsage;
  }
  try {
    app.parse(argc, argv);
    options.format = json  ? newsdesk::OutputFormat::json
                     : tsv ? newsdesk::OutputFormat::tsv
                           : newsdesk::OutputFormat::plain;
    const CLI::App* chosen = app.get_subcommands().front();
    if (chosen->get_option_no_throw("--top") != nullptr && chosen->count("--top") > 0) {
      options.top = parse_whole_number("--top", numbers.top, 0,
                                       std::numeric_limits<std::size_t>::max());
    }
    options.progress = standard_error_is_a_terminal();
    if (app.got_subcommand("generate")) {
      options.megabytes = parse_whole_number("--megabytes", numbers.megabytes, 1, 100'000);
      options.seed = parse_whole_number("--seed", numbers.seed, 0,
                                        std::numeric_limits<std::uint64_t>::max());
    }
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const std::exception& error) {  // CLI::ParseError or usage_error
    fmt::print(stderr, "newsdesk: {}\nRun 'newsdesk --help' for usage.\n", error.what());
    return newsdesk::kExitBadUsage;
  }

  for (const newsdesk::Command& command : newsdesk::kCommands) {
    if (app.got_subcommand(std::string(command.name))) {
      return run(command, options);
    }
  }
  return newsdesk::kExitBadUsage;  // not reached: require_subcommand(1)
}
