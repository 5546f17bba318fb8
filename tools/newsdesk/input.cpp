#include "input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

namespace newsdesk {

namespace {

// Reads `stream` to its end. Returns false, with errno set, when a read fails.
bool read_all(std::FILE* stream, std::string& out) {
  char buffer[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, stream)) > 0) {
    out.append(buffer, got);
  }
  return std::ferror(stream) == 0;
}

}  // namespace

std::string read_file(const std::filesystem::path& path) {
  const std::string name = path.generic_string();
  // fopen() accepts a folder on some systems and fails only at the first read.
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw input_error(fmt::format("{}: is a folder, expected a file", name));
  }
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                             &std::fclose);
  if (!file) {
    throw input_error(fmt::format("{}: {}", name, std::strerror(errno)));
  }
  std::string text;
  if (!read_all(file.get(), text)) {
    throw input_error(fmt::format("{}: {}", name, std::strerror(errno)));
  }
  return text;
}

NamedText read_input(const std::string& name) {
  if (name != "-") {
    return {name, read_file(name)};
  }
  NamedText input{name, ""};
  if (!read_all(stdin, input.text)) {
    throw input_error(fmt::format("-: cannot read standard input: {}", std::strerror(errno)));
  }
  return input;
}

}  // namespace newsdesk
