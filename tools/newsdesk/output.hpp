// Writing what a command prints: results to one stream, problems to another, every write
// checked, and JSON written one way for every command.
#ifndef NEWSDESK_TOOLS_OUTPUT_HPP
#define NEWSDESK_TOOLS_OUTPUT_HPP

#include <cerrno>
#include <cstddef>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace newsdesk {

// write_error
//
// Output that could not be written: a full disk, a closed pipe, a file that cannot be
// created. The message is "write error: reason", e.g. "write error: No space left on device",
// or "write error: FILE: reason" when a file is named.
class write_error : public std::runtime_error {
 public:
  explicit write_error(int error_number, std::string_view file = {});  // an errno value
  // Whether the reader went away, as `head` does in `newsdesk tokenize big.txt | head`.
  [[nodiscard]] bool broken_pipe() const { return error_number_ == EPIPE; }

 private:
  int error_number_;
};

// Output
//
// Where a command writes: its results to `results` (standard output in the program) and its
// problems to `problems` (standard error), each problem as one line "newsdesk: message".
// Results are collected in a buffer of 64 KiB and written in blocks, so printing a token at a
// time costs no system call per token.
//
// Example:
//   std::ostringstream out, err;
//   Output output(out, err);
//   output.write("one\n");
//   output.report("b.txt: No such file or directory");
//   output.flush();
//   // => out.str() == "one\n", err.str() == "newsdesk: b.txt: No such file or directory\n"
//
// Errors: write() and flush() throw write_error when `results` fails, with the reason the
// system gave. Problems are written unbuffered and not checked: there is nowhere left to
// report a failure to report.
class Output {
 public:
  Output(std::ostream& results, std::ostream& problems);
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output();  // flushes what is left, ignoring errors: call flush() to see them

  void write(std::string_view text);
  void write(char c);
  void report(std::string_view message);
  void flush();
  [[nodiscard]] std::ostream& problems() { return problems_; }

 private:
  static constexpr std::size_t kBlockSize = std::size_t{1} << 16;
  std::ostream& results_;
  std::ostream& problems_;
  std::string buffer_;
};

// append_json_string()
//
// Appends `text` to `out` as a JSON string, quotes included. JSON text must be UTF-8 and the
// input need not be: each byte that is not part of valid UTF-8 becomes U+FFFD (offsets
// printed beside it still count the original bytes). Control characters, `"` and `\` are
// escaped; everything else is copied as it is.
//
// Example:
//   std::string out; append_json_string(out, "Caf\xE9 \"open\"");
//   // => out == "\"Caf\xEF\xBF\xBD \\\"open\\\"\""   (the JSON text "Caf� \"open\"")
void append_json_string(std::string& out, std::string_view text);

// JsonField
//
// One member of a JSON object: a name and a string, a whole number, true or false, null, or
// an object of its own (JsonNested, which points at that object's fields).
struct JsonField;
struct JsonNested {
  const JsonField* fields = nullptr;
  std::size_t size = 0;
};
using JsonValue = std::variant<std::string_view, std::size_t, bool, std::nullptr_t, JsonNested>;
struct JsonField {
  std::string_view name;
  JsonValue value;
};
using JsonObject = std::span<const JsonField>;

// JsonWriter
//
// Writes one JSON document as it goes, so that a list of a million tokens is never held in
// memory: members of the top object, each a string, a whole number, an object or a list of
// flat objects, one per line.
// Every command's --json output is written with it.
//
// Example:
//   JsonWriter json(output);
//   json.member("file", "a.txt");
//   json.begin_list("parts");
//   const JsonField part[] = {{"kind", "headline"}, {"begin", std::size_t{0}}};
//   json.item(part);
//   json.end_list();
//   json.finish();
//   // => {
//   //      "file": "a.txt",
//   //      "parts": [
//   //        {"kind": "headline", "begin": 0}
//   //      ]
//   //    }
//
// Errors: as Output::write(). Precondition: calls in the order above (item() only inside a
// list, finish() once, last).
class JsonWriter {
 public:
  explicit JsonWriter(Output& output);

  void member(std::string_view name, std::string_view value);
  void member(std::string_view name, std::size_t value);
  void member(std::string_view name, JsonObject object);
  void begin_list(std::string_view name);
  void item(JsonObject object);
  void end_list();
  void finish();

 private:
  void begin_member(std::string_view name);
  void append_object(JsonObject object);

  Output& output_;
  std::string line_;              // the text being put together, written once complete
  bool first_member_ = true;
  bool first_item_ = true;
};

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_OUTPUT_HPP
