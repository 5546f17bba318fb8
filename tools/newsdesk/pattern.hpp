// Regular expressions for the "pattern" keyword of the kit's JSON Schemas (json_schema.hpp).
//
// Why this and not std::regex or RE2: libstdc++'s std::regex recurses once per character it
// matches, so a 50 KB string overflows the stack. RE2 cannot fail that way, but it would be one
// more library to install on every platform (and Debian's comes without a CMake package), for
// schemas that use four short patterns. The subset below is what those patterns need, and a
// matcher of it that keeps every possible state at once (Thompson's construction, as RE2 and
// grep do) takes time linear in the text and a fixed amount of stack, whatever the text.
#ifndef NEWSDESK_TOOLS_PATTERN_HPP
#define NEWSDESK_TOOLS_PATTERN_HPP

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdesk {

// Pattern
//
// A compiled regular expression in this subset of ECMAScript's syntax (the syntax JSON
// Schema names), with ECMAScript's meaning:
//   1. A character stands for itself, except the special ones ^ $ \ . | * + ? ( ) [ ] { }.
//      A backslash before an ASCII punctuation character stands for that character: \. \-.
//   2. [...] is one character of a class of characters and ranges, such as [a-z0-9_];
//      [^...] is one character outside it. Inside, write \] \\ \- \^ for those characters.
//   3. (...) groups, so that a quantifier repeats the whole group. Nothing is captured.
//   4. The quantifiers *, +, ?, {n}, {n,} and {n,m} (n, m at most 1000) repeat the character,
//      class or group before them. A lazy one (+?) is accepted: for a yes-or-no search it
//      finds the same.
//   5. ^ matches only at the start of the text and $ only at its end (no multiline mode).
// Characters are code points: the text is read as UTF-8, and each ill-formed byte is one
// character U+FFFD. Anything else (| . \d \w \s \b, (?...) groups, backreferences) is
// rejected, so a schema never means something else than it says.
//
// Example:
//   Pattern("^[a-z0-9]+(-[a-z0-9]+)*$").search("jose-nunez-2")
//   // => true
//
// Note: search() takes O(n * m) time for a text of n characters and a pattern compiled to m
// steps (a repeated part counts once per repetition), O(m) memory and no recursion.
// Errors: the constructor throws std::invalid_argument for a pattern outside the subset,
// naming the construct and its byte offset: "\"|\" at byte 4 is not supported".
class Pattern {
 public:
  explicit Pattern(std::string_view source);

  // Whether some part of `text` matches: a search, as JSON Schema's "pattern" asks, so a
  // pattern that must match the whole text says so with ^ and $.
  [[nodiscard]] bool search(std::string_view text) const;

  // One step of the compiled program: pattern.cpp writes them, search() follows them.
  struct Step {
    enum class Kind { kCharacter, kSplit, kJump, kTextStart, kTextEnd, kMatch };
    Kind kind = Kind::kMatch;
    // kCharacter: the code point ranges [first, second] it accepts, or rejects if negated.
    std::vector<std::pair<char32_t, char32_t>> ranges;
    bool negated = false;
    // kSplit goes on at both; kJump at `next` only.
    std::size_t next = 0;
    std::size_t other = 0;
  };

 private:
  std::vector<Step> program_;
};

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_PATTERN_HPP
