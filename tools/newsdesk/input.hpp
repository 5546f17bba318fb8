// Reading files: the one place where the kit opens a file. The program, the data checks and
// the tests' access to the corpus all read through these functions, so that a missing file, a
// folder where a file should be, or a failed read gives the same message everywhere. Small
// files are read whole; the program's inputs, of any size, are read in pieces.
#ifndef NEWSDESK_TOOLS_INPUT_HPP
#define NEWSDESK_TOOLS_INPUT_HPP

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <functional>
#include <istream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk {

// input_error
//
// A file that cannot be read. The message is "FILE: reason", e.g.
// "notes.txt: No such file or directory"; the program prefixes it with "newsdesk: ".
class input_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// read_file()
//
// Returns every byte of the file at `path`, unchanged.
//
// Errors: throws input_error naming the file when it is missing, is a folder ("FILE: is a
// folder, expected a file"), or cannot be read.
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

// InputFile
//
// An input opened by name: the file, or `standard_input` for "-". The stream reads bytes as
// they are, in binary mode.
class InputFile {
 public:
  // Errors: throws input_error as read_file() does.
  InputFile(const std::string& name, std::istream& standard_input);

  [[nodiscard]] const std::string& name() const { return name_; }
  [[nodiscard]] std::istream& stream() { return file_.is_open() ? file_ : standard_input_; }

 private:
  std::string name_;
  std::istream& standard_input_;
  std::ifstream file_;
};

// list_inputs()
//
// The inputs `names` stand for: each name as it is ("-" too), except that a folder stands for
// every file under it, at any depth, in the byte order of their paths, so that the same folder
// gives the same inputs in the same order on every run. Symbolic links to folders are not
// followed (a link back up would never end); other symbolic links are inputs (one that leads
// nowhere is reported when it is opened). Other kinds of file (sockets, pipes) are left out.
// A name that is not a folder, such as a missing file, stays in the list: opening it says
// what is wrong.
//
// Example (data/corpus/articles holding 001-....txt to 045-....txt):
//   list_inputs({"-", "data/corpus/articles"}, report)
//   // => {"-", "data/corpus/articles/001-....txt", ..., "data/corpus/articles/045-....txt"}
//
// Errors: a folder that cannot be listed is passed to `problem` as an input_error
// ("FOLDER: reason") and left out; the other inputs are still listed.
[[nodiscard]] std::vector<std::string> list_inputs(
    const std::vector<std::string>& names,
    const std::function<void(const input_error&)>& problem);

// PieceEnd
//
// Where a piece of input may end, so that the exercise code gives the same answer on the
// pieces as on the whole text:
//   - line: after any line break. No token, word, character or part of an article spans one.
//   - sentence: after a line break that ends a sentence whatever came before, by the contract
//     of split_sentences(): the next line is blank or starts with an ASCII character that is
//     neither white space nor a small letter. A run of lines that each start with a small
//     letter (a wrapped paragraph) is one piece.
//   - line_or_space: after any line break, or, in a line longer than the piece size, after
//     its last space or tab within the bytes read: no token or word spans one, but a line
//     may. For a reader that joins the pieces of a line again where it must (the quotations
//     of `newsdesk quotes`), so that a line of any length is read in bounded memory.
enum class PieceEnd { line, sentence, line_or_space };

// TextPiece
//
// A piece of input: its bytes, where they start in the input, and (for PieceEnd::sentence)
// the line that follows it, which split_sentences() may look at to decide how the piece's
// last sentence ends. The views are valid until the next call to PieceReader::next().
struct TextPiece {
  std::string_view text;
  std::size_t offset = 0;
  std::string_view next_line;
};

// PieceReader
//
// Reads a stream in pieces of about `piece_size` bytes (1 MiB unless a test asks for less)
// that end where `end` allows, so that memory stays
// bounded by the piece size and the longest run of text that cannot be cut (a line, a
// wrapped paragraph, or for line_or_space a run without white space), not by the size of
// the input. A UTF-8 byte-order mark (EF BB BF) at
// the very start is skipped: it is not text. Offsets still count its three bytes.
//
// Example:
//   std::istringstream in("\xEF\xBB\xBFOne.\nTwo.\n");
//   PieceReader reader(in, "-", PieceEnd::line);
//   reader.next();  // => TextPiece{"One.\nTwo.\n", 3, ""}
//   reader.next();  // => std::nullopt
//
// Errors: next() throws input_error "NAME: reason" when the stream fails.
class PieceReader {
 public:
  static constexpr std::size_t kPieceSize = std::size_t{1} << 20;

  PieceReader(std::istream& in, std::string name, PieceEnd end,
              std::size_t piece_size = kPieceSize);

  [[nodiscard]] std::optional<TextPiece> next();
  // The number of bytes read so far, byte-order mark included: at the end, the input's size.
  [[nodiscard]] std::size_t bytes_read() const { return offset_ + buffer_.size(); }

 private:
  void read_more();
  [[nodiscard]] std::size_t find_end();

  std::istream& in_;
  std::string name_;
  PieceEnd end_;
  std::size_t piece_size_;
  std::string buffer_;       // bytes read and not yet given out
  std::size_t offset_ = 0;   // where buffer_ starts in the input
  std::size_t consumed_ = 0; // bytes of buffer_ given out by the last next()
  std::size_t searched_ = 0; // where find_end() starts looking for line breaks
  std::optional<std::size_t> last_line_break_;  // the last one find_end() saw
  bool mark_checked_ = false;  // whether the start was checked for a byte-order mark
  bool at_end_ = false;
};

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_INPUT_HPP
