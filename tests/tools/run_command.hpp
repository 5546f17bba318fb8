// Runs a newsdesk command as a function, as the tests of the commands do: with a string as its
// standard input, and what it writes on standard output and standard error caught.
#ifndef NEWSDESK_TESTS_TOOLS_RUN_COMMAND_HPP
#define NEWSDESK_TESTS_TOOLS_RUN_COMMAND_HPP

#include <istream>
#include <sstream>
#include <string>

#include "commands.hpp"
#include "output.hpp"

namespace newsdesk::testing {

// A command of commands.hpp: run_count, run_quotes, run_freq, ...
using CommandFunction = int (*)(const Options&, std::istream&, Output&);

// What a command gave: its exit status and the text it wrote on each stream.
struct RunResult {
  int status = 0;
  std::string out;
  std::string err;
};

// Runs `command` with `options` and `standard_input` as its standard input. The output is
// flushed (the Output destroyed) before its text is read.
inline RunResult run_command(CommandFunction command, const Options& options,
                             const std::string& standard_input) {
  std::istringstream in(standard_input);
  std::ostringstream out;
  std::ostringstream err;
  RunResult result;
  {
    Output output(out, err);
    result.status = command(options, in, output);
  }
  result.out = out.str();
  result.err = err.str();
  return result;
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTS_TOOLS_RUN_COMMAND_HPP
