#include "input.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <system_error>

#include <fmt/format.h>

namespace newsdesk {

namespace {

// Opens `path` for reading in binary mode, or throws input_error saying why it cannot.
void open_for_reading(const std::filesystem::path& path, std::ifstream& file) {
  // Opening a folder succeeds on some systems and fails only at the first read.
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw input_error(fmt::format("{}: is a folder, expected a file", path.generic_string()));
  }
  file.open(path, std::ios::binary);
  if (!file.is_open()) {
    throw input_error(fmt::format("{}: {}", path.generic_string(), std::strerror(errno)));
  }
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_ascii_small_letter(unsigned char byte) { return byte >= 'a' && byte <= 'z'; }
bool is_ascii_space(unsigned char byte) { return byte == ' ' || (byte >= '\t' && byte <= '\r'); }

// Whether a line that starts with `byte` ends the sentence before it, whatever that sentence
// was: see PieceEnd::sentence.
bool starts_a_sentence_for_sure(unsigned char byte) {
  return byte == '\n' || (byte < 0x80 && !is_ascii_space(byte) && !is_ascii_small_letter(byte));
}

// Appends the files under `folder` to `files`, folder by folder, depth first.
void add_files_under(const std::filesystem::path& folder, std::vector<std::string>& files,
                     const std::function<void(const input_error&)>& problem) {
  std::error_code error;
  std::filesystem::directory_iterator entries(folder, error);
  for (; !error && entries != std::filesystem::directory_iterator(); entries.increment(error)) {
    const std::filesystem::directory_entry& entry = *entries;
    std::error_code kind_error;
    if (entry.is_symlink(kind_error)) {
      // A link to a folder is not followed; any other is an input, and one that leads
      // nowhere says so when it is opened.
      if (!entry.is_directory(kind_error)) {
        files.push_back(entry.path().generic_string());
      }
    } else if (entry.is_directory(kind_error)) {
      add_files_under(entry.path(), files, problem);
    } else if (entry.is_regular_file(kind_error)) {
      files.push_back(entry.path().generic_string());
    }
  }
  if (error) {
    problem(input_error(fmt::format("{}: {}", folder.generic_string(), error.message())));
  }
}

}  // namespace

std::vector<std::string> list_inputs(const std::vector<std::string>& names,
                                     const std::function<void(const input_error&)>& problem) {
  std::vector<std::string> inputs;
  for (const std::string& name : names) {
    std::error_code error;
    if (name == "-" || !std::filesystem::is_directory(name, error)) {
      inputs.push_back(name);
      continue;
    }
    std::vector<std::string> files;
    add_files_under(name, files, problem);
    std::sort(files.begin(), files.end());
    inputs.insert(inputs.end(), files.begin(), files.end());
  }
  return inputs;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file;
  open_for_reading(path, file);
  std::string text(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>{});
  if (file.bad()) {
    throw input_error(fmt::format("{}: {}", path.generic_string(), std::strerror(errno)));
  }
  return text;
}

InputFile::InputFile(const std::string& name, std::istream& standard_input)
    : name_(name), standard_input_(standard_input) {
  if (name != "-") {
    open_for_reading(name, file_);
  }
}

PieceReader::PieceReader(std::istream& in, std::string name, PieceEnd end,
                         std::size_t piece_size)
    : in_(in), name_(std::move(name)), end_(end), piece_size_(piece_size) {}

std::optional<TextPiece> PieceReader::next() {
  buffer_.erase(0, consumed_);
  offset_ += consumed_;
  searched_ -= consumed_;
  if (last_line_break_) {
    *last_line_break_ -= consumed_;  // a sentence piece ends before it, never after
  }
  consumed_ = 0;
  // Read until a piece of full size can end, or the input does.
  std::size_t end = 0;
  while (!at_end_ &&
         (!mark_checked_ || buffer_.size() < piece_size_ || (end = find_end()) == 0)) {
    read_more();
  }
  if (at_end_) {
    end = buffer_.size();  // the rest, whatever it ends with
  }
  if (end == 0) {
    return std::nullopt;
  }
  consumed_ = end;
  if (end == buffer_.size()) {
    searched_ = end;
    last_line_break_.reset();
  }
  const std::string_view rest = std::string_view(buffer_).substr(end);
  return TextPiece{std::string_view(buffer_).substr(0, end), offset_,
               end_ == PieceEnd::sentence ? rest.substr(0, rest.find('\n') + 1) : ""};
}

void PieceReader::read_more() {
  const std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + piece_size_);
  in_.read(buffer_.data() + old_size, static_cast<std::streamsize>(piece_size_));
  buffer_.resize(old_size + static_cast<std::size_t>(in_.gcount()));
  if (in_.bad()) {
    throw input_error(fmt::format("{}: {}", name_, std::strerror(errno != 0 ? errno : EIO)));
  }
  at_end_ = in_.eof();
  // The mark is looked for once its three bytes are in, however small the reads.
  if (!mark_checked_ && (buffer_.size() >= kByteOrderMark.size() || at_end_)) {
    mark_checked_ = true;
    if (buffer_.starts_with(kByteOrderMark)) {
      buffer_.erase(0, kByteOrderMark.size());
      offset_ = kByteOrderMark.size();
    }
  }
}

// The end of the last place in the buffer where a piece may end, or 0 when there is none.
// For sentences, a whole line must follow that place. The search goes forward over the bytes
// no call has searched yet, so a long run with no place to end is searched once.
std::size_t PieceReader::find_end() {
  const std::string_view text = buffer_;
  const std::size_t new_bytes = searched_;
  std::size_t end = 0;
  for (std::size_t at = text.find('\n', searched_); at != std::string_view::npos;
       at = text.find('\n', at + 1)) {
    if (end_ != PieceEnd::sentence) {
      end = at + 1;
      continue;
    }
    // The line after the last line break is whole now: it ends at `at`.
    if (last_line_break_ &&
        starts_a_sentence_for_sure(static_cast<unsigned char>(text[*last_line_break_ + 1]))) {
      end = *last_line_break_ + 1;
    }
    last_line_break_ = at;
  }
  searched_ = text.size();
  if (end == 0 && end_ == PieceEnd::line_or_space) {
    // A line longer than a piece: it may end after its last space or tab. The bytes searched
    // before hold none (a piece would have ended there), so only the new ones are looked at.
    const std::size_t space = text.substr(new_bytes).find_last_of(" \t");
    end = space == std::string_view::npos ? 0 : new_bytes + space + 1;
  }
  return end;
}

}  // namespace newsdesk
