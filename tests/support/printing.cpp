#include "printing.hpp"

#include <fmt/format.h>

namespace newsdesk::testing {

std::string escaped(std::string_view text, NonAscii non_ascii) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (byte < 0x20 || byte == 0x7F) out += fmt::format("\\x{:02X}", byte);
    else if (byte >= 0x80 && non_ascii == NonAscii::escape) out += fmt::format("\\x{:02X}", byte);
    else out += c;
  }
  return out + "\"";
}

}  // namespace newsdesk::testing
