// Reading the files named on the command line, "-" being standard input.
#ifndef NEWSDESK_TOOLS_INPUT_HPP
#define NEWSDESK_TOOLS_INPUT_HPP

#include <stdexcept>
#include <string>

namespace newsdesk {

// input_error
//
// A file that cannot be read. The message is "FILE: reason", e.g.
// "notes.txt: No such file or directory"; the program prefixes it with "newsdesk: ".
class input_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// NamedText
//
// The bytes of one input and the name it was given by ("-" for standard input).
struct NamedText {
  std::string name;
  std::string text;
};

// read_input()
//
// Reads all of `name`, byte for byte: the file of that name, or standard input for "-".
//
// Errors: throws input_error when the file is missing, is a folder, or cannot be read.
[[nodiscard]] NamedText read_input(const std::string& name);

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_INPUT_HPP
