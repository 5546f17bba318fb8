#include "pattern.hpp"

#include <optional>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "unicode.hpp"

namespace newsdesk {

namespace {

using Step = Pattern::Step;

// Limits that keep a compiled pattern small, whatever the schema says.
constexpr std::size_t kMaxRepetitions = 1000;
constexpr std::size_t kMaxGroupDepth = 32;
constexpr std::size_t kMaxSteps = 10'000;

// One part of a parsed pattern, with how often it repeats: a character (or class), an
// anchor, or a group of parts.
struct Node {
  enum class Kind { kCharacter, kTextStart, kTextEnd, kGroup };
  Kind kind = Kind::kGroup;
  std::vector<std::pair<char32_t, char32_t>> ranges;  // kCharacter
  bool negated = false;                               // kCharacter
  std::vector<Node> parts;                            // kGroup
  std::size_t min = 1;
  std::optional<std::size_t> max = 1;  // none: no upper bound
};

bool is_ascii_punctuation(char32_t c) {
  return (c >= U'!' && c <= U'/') || (c >= U':' && c <= U'@') || (c >= U'[' && c <= U'`') ||
         (c >= U'{' && c <= U'~');
}

bool is_special(char32_t c) {
  return std::u32string_view(U"^$\\.|*+?()[]{}").find(c) != std::u32string_view::npos;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a pattern into a tree of Nodes, by recursive descent: one function per rule of
// pattern.hpp. Offsets in messages are bytes of the pattern, from 0.
class Parser {
 public:
  explicit Parser(std::string_view source) : source_(source) {}

  Node parse() {
    Node whole = parse_sequence(0);
    if (at_ < source_.size()) {  // parse_sequence() stops early only at a ")"
      fail(at_, "\")\" without \"(\"");
    }
    return whole;
  }

 private:
  std::string_view source_;
  std::size_t at_ = 0;

  [[noreturn]] static void fail(std::size_t offset, std::string_view what) {
    throw std::invalid_argument(fmt::format("{} at byte {}", what, offset));
  }

  [[noreturn]] static void unsupported(std::size_t offset, std::string_view construct) {
    throw std::invalid_argument(
        fmt::format("\"{}\" at byte {} is not supported", construct, offset));
  }

  bool next_is(char c) const { return at_ < source_.size() && source_[at_] == c; }

  char32_t take() {
    const unicode::Decoded decoded = unicode::decode(source_, at_);
    at_ += decoded.length;
    return decoded.value;
  }

  // Parts up to the end of the pattern or the ")" of the group they are in.
  Node parse_sequence(std::size_t depth) {
    Node group;
    while (at_ < source_.size() && !next_is(')')) {
      Node part = parse_atom(depth);
      parse_quantifier(part);
      group.parts.push_back(std::move(part));
    }
    return group;
  }

  Node parse_atom(std::size_t depth) {
    const std::size_t start = at_;
    const char32_t c = take();
    if (c == U'^' || c == U'$') {
      Node anchor;
      anchor.kind = c == U'^' ? Node::Kind::kTextStart : Node::Kind::kTextEnd;
      return anchor;
    }
    if (c == U'(') {
      if (next_is('?')) unsupported(start, "(?");
      if (depth == kMaxGroupDepth) fail(start, "groups nested more than 32 deep");
      Node group = parse_sequence(depth + 1);
      if (!next_is(')')) fail(start, "\"(\" without \")\"");
      ++at_;
      return group;
    }
    if (c == U'[') return parse_class(start);
    if (c == U'*' || c == U'+' || c == U'?' || c == U'{') {
      fail(start, fmt::format("nothing to repeat before \"{}\"", static_cast<char>(c)));
    }
    if (c == U'\\') return single(parse_escape(start));
    if (is_special(c)) unsupported(start, source_.substr(start, at_ - start));
    return single(c);
  }

  static Node single(char32_t c) {
    Node node;
    node.kind = Node::Kind::kCharacter;
    node.ranges.emplace_back(c, c);
    return node;
  }

  // After a backslash: only an escaped punctuation character, which stands for itself.
  char32_t parse_escape(std::size_t start) {
    if (at_ == source_.size()) fail(start, "\"\\\" at the end");
    const char32_t c = take();
    if (!is_ascii_punctuation(c)) unsupported(start, source_.substr(start, at_ - start));
    return c;
  }

  Node parse_class(std::size_t start) {
    Node node;
    node.kind = Node::Kind::kCharacter;
    if (next_is('^')) {
      node.negated = true;
      ++at_;
    }
    while (!next_is(']')) {
      if (at_ == source_.size()) fail(start, "\"[\" without \"]\"");
      const std::size_t range_start = at_;
      const char32_t first = class_character();
      char32_t last = first;
      if (next_is('-') && at_ + 1 < source_.size() && source_[at_ + 1] != ']') {
        ++at_;
        last = class_character();
        if (last < first) fail(range_start, "range out of order");
      }
      node.ranges.emplace_back(first, last);
    }
    ++at_;
    return node;
  }

  char32_t class_character() {
    const std::size_t start = at_;
    const char32_t c = take();
    return c == U'\\' ? parse_escape(start) : c;
  }

  void parse_quantifier(Node& part) {
    const std::size_t start = at_;
    if (next_is('*')) {
      part.min = 0;
      part.max = std::nullopt;
      ++at_;
    } else if (next_is('+')) {
      part.min = 1;
      part.max = std::nullopt;
      ++at_;
    } else if (next_is('?')) {
      part.min = 0;
      part.max = 1;
      ++at_;
    } else if (next_is('{')) {
      ++at_;
      parse_counts(start, part);
    } else {
      return;
    }
    if (part.kind == Node::Kind::kTextStart || part.kind == Node::Kind::kTextEnd) {
      fail(start, "nothing to repeat before a quantifier");
    }
    if (next_is('?')) ++at_;  // lazy: the same strings match
  }

  // After "{": "n}", "n,}" or "n,m}".
  void parse_counts(std::size_t start, Node& part) {
    part.min = parse_count(start);
    part.max = part.min;
    if (next_is(',')) {
      ++at_;
      part.max = std::nullopt;
      if (at_ < source_.size() && is_digit(source_[at_])) part.max = parse_count(start);
    }
    if (!next_is('}')) fail(start, "expected \"{n}\", \"{n,}\" or \"{n,m}\"");
    ++at_;
    if (part.max && *part.max < part.min) fail(start, "numbers out of order in \"{n,m}\"");
  }

  std::size_t parse_count(std::size_t start) {
    if (at_ == source_.size() || !is_digit(source_[at_])) {
      fail(start, "expected \"{n}\", \"{n,}\" or \"{n,m}\"");
    }
    std::size_t count = 0;
    while (at_ < source_.size() && is_digit(source_[at_])) {
      count = count * 10 + static_cast<std::size_t>(source_[at_++] - '0');
      if (count > kMaxRepetitions) fail(start, "more than 1000 repetitions");
    }
    return count;
  }
};

// Writes a tree of Nodes out as Steps: Thompson's construction, with each repetition spelt
// out (x{2,3} is x x x?), so that a step never needs a counter.
class Compiler {
 public:
  std::vector<Step> compile(const Node& whole) {
    emit(whole);
    add(Step::Kind::kMatch);
    return std::move(steps_);
  }

 private:
  std::vector<Step> steps_;

  std::size_t add(Step::Kind kind) {
    if (steps_.size() == kMaxSteps) {
      throw std::invalid_argument(
          "pattern too long: more than 10000 steps once its repetitions are written out");
    }
    steps_.push_back(Step{kind, {}, false, 0, 0});
    return steps_.size() - 1;
  }

  void emit(const Node& node) {
    for (std::size_t i = 0; i < node.min; ++i) {
      emit_once(node);
    }
    if (!node.max) {
      // Any number more: a loop that may run again or leave after each pass.
      const std::size_t loop = add(Step::Kind::kSplit);
      steps_[loop].next = steps_.size();
      emit_once(node);
      steps_[add(Step::Kind::kJump)].next = loop;
      steps_[loop].other = steps_.size();
      return;
    }
    // Up to max - min more, each optional: a split that may skip all that are left.
    std::vector<std::size_t> skips;
    for (std::size_t i = node.min; i < *node.max; ++i) {
      skips.push_back(add(Step::Kind::kSplit));
      steps_[skips.back()].next = steps_.size();
      emit_once(node);
    }
    for (const std::size_t skip : skips) {
      steps_[skip].other = steps_.size();
    }
  }

  void emit_once(const Node& node) {
    switch (node.kind) {
      case Node::Kind::kCharacter: {
        const std::size_t at = add(Step::Kind::kCharacter);
        steps_[at].ranges = node.ranges;
        steps_[at].negated = node.negated;
        break;
      }
      case Node::Kind::kTextStart:
        add(Step::Kind::kTextStart);
        break;
      case Node::Kind::kTextEnd:
        add(Step::Kind::kTextEnd);
        break;
      case Node::Kind::kGroup:
        for (const Node& part : node.parts) {
          emit(part);
        }
        break;
    }
  }
};

bool accepts(const Step& step, char32_t c) {
  bool inside = false;
  for (const auto& [first, last] : step.ranges) {
    inside = inside || (first <= c && c <= last);
  }
  return inside != step.negated;
}

}  // namespace

Pattern::Pattern(std::string_view source) : program_(Compiler().compile(Parser(source).parse())) {}

bool Pattern::search(std::string_view text) const {
  // The threads: the character steps waiting for the next character, each at most once.
  std::vector<std::size_t> current;
  std::vector<std::size_t> next;
  std::vector<std::size_t> pending;
  // For each step, one more than the text position at which it was last reached (0: never).
  std::vector<std::size_t> reached(program_.size(), 0);

  // Follows every step that consumes nothing from `first`, at text position `at`, and adds
  // the character steps it reaches to `threads`. Returns whether it reached the match.
  const auto follow = [&](std::vector<std::size_t>& threads, std::size_t first, std::size_t at) {
    pending.assign(1, first);
    while (!pending.empty()) {
      const std::size_t index = pending.back();
      pending.pop_back();
      if (reached[index] == at + 1) continue;
      reached[index] = at + 1;
      const Step& step = program_[index];
      switch (step.kind) {
        case Step::Kind::kCharacter:
          threads.push_back(index);
          break;
        case Step::Kind::kSplit:
          pending.push_back(step.other);
          pending.push_back(step.next);
          break;
        case Step::Kind::kJump:
          pending.push_back(step.next);
          break;
        case Step::Kind::kTextStart:
          if (at == 0) pending.push_back(index + 1);
          break;
        case Step::Kind::kTextEnd:
          if (at == text.size()) pending.push_back(index + 1);
          break;
        case Step::Kind::kMatch:
          return true;
      }
    }
    return false;
  };

  if (follow(current, 0, 0)) return true;
  for (std::size_t at = 0; at < text.size();) {
    const unicode::Decoded c = unicode::decode(text, at);
    const std::size_t after = at + c.length;
    next.clear();
    for (const std::size_t index : current) {
      if (accepts(program_[index], c.value) && follow(next, index + 1, after)) return true;
    }
    // A new try starts after every character: the search is anchored only where ^ says so.
    if (follow(next, 0, after)) return true;
    current.swap(next);
    at = after;
  }
  return false;
}

}  // namespace newsdesk
