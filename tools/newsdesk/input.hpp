// Reading files: the one place where the kit opens a file and reads it whole. The program, the
// data checks and the tests' access to the corpus all read through these functions, so that a
// missing file, a folder where a file should be, or a failed read gives the same message.
#ifndef NEWSDESK_TOOLS_INPUT_HPP
#define NEWSDESK_TOOLS_INPUT_HPP

#include <filesystem>
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

// read_file()
//
// Returns every byte of the file at `path`, unchanged.
//
// Errors: throws input_error naming the file when it is missing, is a folder ("FILE: is a
// folder, expected a file"), or cannot be read.
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

// read_input()
//
// Reads all of `name`, byte for byte: the file of that name, or standard input for "-".
//
// Errors: as read_file(); for standard input, "-: cannot read standard input: reason".
[[nodiscard]] NamedText read_input(const std::string& name);

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_INPUT_HPP
