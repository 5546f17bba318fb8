#include "output.hpp"

#include <cstring>
#include <iterator>

#include <fmt/format.h>

#include "unicode.hpp"

namespace newsdesk {

write_error::write_error(int error_number, std::string_view file)
    : std::runtime_error(file.empty()
                             ? fmt::format("write error: {}", std::strerror(error_number))
                             : fmt::format("write error: {}: {}", file, std::strerror(error_number))),
      error_number_(error_number) {}

Output::Output(std::ostream& results, std::ostream& problems)
    : results_(results), problems_(problems) {
  buffer_.reserve(kBlockSize);
}

Output::~Output() {
  try {
    flush();
  } catch (const write_error&) {
    // Reported by the flush() the command makes before it returns; here there is no one to tell.
  }
}

void Output::write(std::string_view text) {
  buffer_ += text;
  if (buffer_.size() >= kBlockSize) {
    flush();
  }
}

void Output::write(char c) { write(std::string_view(&c, 1)); }

void Output::report(std::string_view message) {
  problems_ << "newsdesk: " << message << '\n' << std::flush;
}

void Output::flush() {
  if (!results_) {
    buffer_.clear();  // failed before: said so once already
    return;
  }
  errno = 0;
  results_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  results_.flush();
  buffer_.clear();
  if (!results_) {
    // A stream sets no errno of its own; the system call under a file stream does. A stream
    // that failed for another reason (a string stream cannot) is reported as an I/O error.
    throw write_error(errno != 0 ? errno : EIO);
  }
}

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte == '"' || byte == '\\') {
      out += '\\';
      out += static_cast<char>(byte);
      ++i;
    } else if (byte < 0x20) {
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", byte);  // "\n" too: one line per item stays one line
      ++i;
    } else if (byte < 0x80) {
      out += static_cast<char>(byte);
      ++i;
    } else {
      const unicode::Decoded decoded = unicode::decode(text, i);
      if (decoded.valid) {
        out += text.substr(i, decoded.length);
      } else {
        out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      }
      i += decoded.length;
    }
  }
  out += '"';
}

JsonWriter::JsonWriter(Output& output) : output_(output) { output_.write('{'); }

void JsonWriter::member(std::string_view name, std::string_view value) {
  begin_member(name);
  append_json_string(line_, value);
  output_.write(line_);
}

void JsonWriter::member(std::string_view name, std::size_t value) {
  begin_member(name);
  fmt::format_to(std::back_inserter(line_), "{}", value);
  output_.write(line_);
}

void JsonWriter::member(std::string_view name, JsonObject object) {
  begin_member(name);
  append_object(object);
  output_.write(line_);
}

void JsonWriter::begin_list(std::string_view name) {
  begin_member(name);
  line_ += '[';
  output_.write(line_);
  first_item_ = true;
}

void JsonWriter::item(JsonObject object) {
  line_ = first_item_ ? "\n    " : ",\n    ";
  first_item_ = false;
  append_object(object);
  output_.write(line_);
}

void JsonWriter::end_list() { output_.write(first_item_ ? "]" : "\n  ]"); }

void JsonWriter::finish() { output_.write(first_member_ ? "}\n" : "\n}\n"); }

void JsonWriter::begin_member(std::string_view name) {
  line_ = first_member_ ? "\n  " : ",\n  ";
  first_member_ = false;
  append_json_string(line_, name);
  line_ += ": ";
}

void JsonWriter::append_object(JsonObject object) {
  line_ += '{';
  bool first = true;
  for (const JsonField& field : object) {
    if (!first) {
      line_ += ", ";
    }
    first = false;
    append_json_string(line_, field.name);
    line_ += ": ";
    if (const auto* text = std::get_if<std::string_view>(&field.value)) {
      append_json_string(line_, *text);
    } else if (const auto* number = std::get_if<std::size_t>(&field.value)) {
      fmt::format_to(std::back_inserter(line_), "{}", *number);
    } else if (const auto* flag = std::get_if<bool>(&field.value)) {
      line_ += *flag ? "true" : "false";
    } else if (const auto* nested = std::get_if<JsonNested>(&field.value)) {
      append_object(JsonObject(nested->fields, nested->size));
    } else {
      line_ += "null";
    }
  }
  line_ += '}';
}

}  // namespace newsdesk
