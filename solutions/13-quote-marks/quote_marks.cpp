// Exercise 13-quote-marks: reference solution.
#include "quote_marks.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

#include "abbreviations.hpp"
#include "cue_verbs.hpp"
#include "unicode.hpp"

namespace newsdesk {

namespace {

// The twelve marks, as UTF-8. Their order does not matter: each is tried at the offset.
struct MarkEntry {
  std::string_view bytes;
  QuoteMark mark;
};

constexpr auto kMarks = std::to_array<MarkEntry>({
    {"\"", {MarkFamily::double_quote, MarkShape::straight, 1}},
    {"\u201C", {MarkFamily::double_quote, MarkShape::opening, 3}},   // “
    {"\u201D", {MarkFamily::double_quote, MarkShape::closing, 3}},   // ”
    {"\u201E", {MarkFamily::double_quote, MarkShape::opening, 3}},   // „
    {"'", {MarkFamily::single_quote, MarkShape::straight, 1}},
    {"\u2018", {MarkFamily::single_quote, MarkShape::opening, 3}},   // ‘
    {"\u2019", {MarkFamily::single_quote, MarkShape::closing, 3}},   // ’
    {"\u201A", {MarkFamily::single_quote, MarkShape::opening, 3}},   // ‚
    {"\u00AB", {MarkFamily::double_angle, MarkShape::opening, 2}},   // «
    {"\u00BB", {MarkFamily::double_angle, MarkShape::closing, 2}},   // »
    {"\u2039", {MarkFamily::single_angle, MarkShape::opening, 3}},   // ‹
    {"\u203A", {MarkFamily::single_angle, MarkShape::closing, 3}},   // ›
});

// Every mark starts with one of four bytes: most bytes of a text are none of them, and the
// loops over a paragraph pass them by without reading a mark.
bool may_start_mark(char byte) {
  const auto first = static_cast<unsigned char>(byte);
  return first == '"' || first == '\'' || first == 0xC2 || first == 0xE2;
}

}  // namespace

std::optional<QuoteMark> read_quote_mark(std::string_view text, std::size_t offset) {
  if (offset >= text.size() || !may_start_mark(text[offset])) {
    return std::nullopt;
  }
  const std::string_view rest = text.substr(offset);
  for (const MarkEntry& entry : kMarks) {
    if (rest.starts_with(entry.bytes)) {
      return entry.mark;
    }
  }
  return std::nullopt;
}

namespace {

constexpr char32_t kNothing = 0;  // no character: the start or the end of the paragraph

bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_letter(char32_t c) { return is_ascii_letter(c) || (c >= 0x80 && unicode::is_letter(c)); }

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015); }

bool is_any_quote_mark(char32_t c) {
  return c == '"' || c == '\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB ||
         c == 0x2039 || c == 0x203A;
}

bool is_space(char32_t c) {
  if (c < 0x80) {
    return c == kNothing || c == ' ' || (c >= '\t' && c <= '\r');
  }
  return unicode::is_white_space(c);
}

// The character that ends just before byte `offset`, or kNothing at the start. UTF-8 lets us
// step back over continuation bytes (10xxxxxx) to the lead byte, at most three of them.
struct Before {
  char32_t value = kNothing;
  std::size_t offset = 0;  // where it starts
};

Before character_before(std::string_view text, std::size_t offset) {
  if (offset == 0) {
    return {};
  }
  std::size_t start = offset - 1;
  while (start > 0 && offset - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  const unicode::Decoded decoded = unicode::decode(text, start);
  if (start + decoded.length != offset) {
    return {0xFFFD, offset - 1};  // a stray continuation byte: one invalid character
  }
  return {decoded.value, start};
}

char32_t character_at(std::string_view text, std::size_t offset) {
  return offset < text.size() ? unicode::decode(text, offset).value : kNothing;
}

// What may stand beside a word and still leave a mark "free" on that side: space, brackets,
// dashes and other quotation marks. A mark with a free left side cannot close a word ("(\"Yes"),
// one with a free right side cannot open one ("Yes\")").
bool frees_left_side(char32_t c) {
  return is_space(c) || c == '(' || c == '[' || c == '{' || is_dash(c) || c == '/' ||
         is_any_quote_mark(c);
}

bool frees_right_side(char32_t c) {
  static constexpr std::u32string_view kClosingPunctuation = U".,;:!?\u2026)]}";
  return is_space(c) || kClosingPunctuation.find(c) != std::u32string_view::npos ||
         is_dash(c) || c == '/' || is_any_quote_mark(c);
}

// The sides of one mark: whether a word (or punctuation) touches it on the left, and whether
// a word touches it on the right.
struct Sides {
  char32_t before = kNothing;
  char32_t after = kNothing;
  bool left = false;
  bool right = false;
};

Sides sides_of(std::string_view text, std::size_t offset, std::size_t length) {
  Sides sides;
  sides.before = character_before(text, offset).value;
  sides.after = character_at(text, offset + length);
  sides.left = !frees_left_side(sides.before);
  sides.right = !frees_right_side(sides.after);
  return sides;
}

char32_t lower_ascii(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

// Words that English writes with their first letters elided: 'tis, 'twas, 'til and 'em (rule
// 3). A mark before one of them is an apostrophe, not an opening quote.
bool starts_elision(std::string_view text, std::size_t after) {
  static constexpr auto kElided = std::to_array<std::string_view>({"tis", "twas", "til", "em"});
  const std::string_view rest = text.substr(std::min(after, text.size()));
  for (std::string_view word : kElided) {
    if (rest.size() < word.size()) {
      continue;
    }
    bool same = true;
    for (std::size_t i = 0; i < word.size(); ++i) {
      same = same && lower_ascii(static_cast<unsigned char>(rest[i])) ==
                    static_cast<unsigned char>(word[i]);
    }
    if (same && !is_letter(character_at(text, after + word.size()))) {
      return true;
    }
  }
  return false;
}

// The 'n' of "rock 'n' roll" and "rock ’n’ roll" (rule 3): an n alone between two single
// marks, the first after a space.
bool is_in_rock_n_roll(std::string_view text, std::size_t offset, std::size_t length) {
  const auto is_single = [&](std::size_t at) {
    const std::optional<QuoteMark> mark = read_quote_mark(text, at);
    return mark && mark->family == MarkFamily::single_quote;
  };
  const char32_t after = character_at(text, offset + length);
  if (lower_ascii(after) == 'n' && is_single(offset + length + 1)) {
    return true;  // the mark before the n
  }
  const Before n = character_before(text, offset);
  if (lower_ascii(n.value) != 'n' || n.offset == 0) {
    return false;
  }
  const Before mark = character_before(text, n.offset);
  return is_any_quote_mark(mark.value) && is_single(mark.offset) &&
         is_space(character_before(text, mark.offset).value);  // the mark after the n
}

// After an s inside an open single quotation that a later mark can still close, a mark is the
// plural's apostrophe when a word follows it ("the birds' nests") or when only punctuation
// stands between it and the next single mark ("the birds','"): rule 7.
bool looks_like_plural_possessive(std::string_view text, std::size_t offset, std::size_t length,
                                  const Sides& sides) {
  if (lower_ascii(sides.before) != 's') {
    return false;
  }
  const std::size_t next = offset + length + 1;  // after one space or one punctuation byte
  if (sides.after == ' ') {
    return is_letter(character_at(text, next));
  }
  const std::optional<QuoteMark> mark = read_quote_mark(text, next);
  return sides.after < 0x80 && mark && mark->family == MarkFamily::single_quote;
}

// Rules 3 to 7 for the single marks, the apostrophes first.
MarkRole single_mark_role(std::string_view text, std::size_t offset, const QuoteMark& mark,
                          const Sides& sides, MarkContext context) {
  if (is_in_rock_n_roll(text, offset, mark.length)) {
    return MarkRole::apostrophe;
  }
  if (sides.right && (is_digit(sides.after) || starts_elision(text, offset + mark.length))) {
    return MarkRole::apostrophe;  // '90s, 'Tis
  }
  const bool word_before = is_letter(sides.before) || is_digit(sides.before);
  if (word_before && sides.right) {
    return MarkRole::apostrophe;  // don't, O'Neill
  }
  if (sides.right && !sides.left) {
    // ’ faces the wrong way to open: before a word it is an elision we do not know.
    return mark.shape == MarkShape::closing ? MarkRole::apostrophe : MarkRole::opening;
  }
  if (!context.open_in_family) {
    // Nothing to close: after a word it is the apostrophe of players' (a ‘ there is a typo),
    // and alone between spaces it is nothing at all.
    const bool apostrophe = sides.left && mark.shape != MarkShape::opening;
    return apostrophe ? MarkRole::apostrophe : MarkRole::stray;
  }
  if (context.closer_follows && looks_like_plural_possessive(text, offset, mark.length, sides)) {
    return MarkRole::apostrophe;
  }
  return MarkRole::closing;
}

// Rules 4 to 6 for the marks that are never apostrophes.
MarkRole other_mark_role(const QuoteMark& mark, const Sides& sides, MarkContext context) {
  if (sides.right && !sides.left && mark.shape != MarkShape::closing) {
    return MarkRole::opening;  // "Yes, “Yes, «Yes, and the inner „ of „a „b“ c“
  }
  if (context.open_in_family) {
    return MarkRole::closing;  // Yes", Yes”, and the “ that closes German „Ja“
  }
  if (mark.shape == MarkShape::straight && sides.right) {
    return MarkRole::opening;  // a"b with nothing open: the mark can only open
  }
  return MarkRole::stray;  // Yes” with nothing open, or " alone between spaces
}

}  // namespace

MarkRole mark_role(std::string_view paragraph, std::size_t offset, MarkContext context) {
  const std::optional<QuoteMark> mark = read_quote_mark(paragraph, offset);
  if (!mark) {
    return MarkRole::stray;  // the precondition is broken: nothing to pair
  }
  const Sides sides = sides_of(paragraph, offset, mark->length);
  if (mark->family == MarkFamily::single_quote) {
    return single_mark_role(paragraph, offset, *mark, sides, context);
  }
  return other_mark_role(*mark, sides, context);
}

namespace {

constexpr std::size_t kFamilies = 4;

std::size_t family_index(MarkFamily family) { return static_cast<std::size_t>(family); }

// The offset of the last mark of the single family that could close a quotation (a word on
// its left, none on its right), if there is one: rule 7 asks whether one comes later. One
// pass from the end finds it.
std::optional<std::size_t> last_single_closer(std::string_view paragraph) {
  for (std::size_t i = paragraph.size(); i-- > 0;) {
    if (!may_start_mark(paragraph[i])) {
      continue;
    }
    const std::optional<QuoteMark> mark = read_quote_mark(paragraph, i);
    if (mark && mark->family == MarkFamily::single_quote) {
      const Sides sides = sides_of(paragraph, i, mark->length);
      if (sides.left && !sides.right) {
        return i;
      }
    }
  }
  return std::nullopt;
}

// One open quotation on the stack: which family opened it, and its span in the output.
struct Open {
  MarkFamily family = MarkFamily::double_quote;
  std::size_t span = 0;
};

struct Pairing {
  std::vector<QuoteSpan> spans;
  std::vector<Open> stack;
  std::array<std::size_t, kFamilies> open_count{};  // how many of each family the stack holds
};

void open_quote(Pairing& pairing, MarkFamily family, std::size_t content_begin) {
  QuoteSpan span;
  span.begin = content_begin;
  span.nested = !pairing.stack.empty();
  pairing.stack.push_back({family, pairing.spans.size()});
  pairing.spans.push_back(span);
  ++pairing.open_count[family_index(family)];
}

// Closes the innermost open quotation of `family` at byte `end`, and every quotation opened
// inside it that is still open: those end there too, unterminated. Each quotation is popped
// once, so all the closing of a paragraph takes linear time.
void close_quote(Pairing& pairing, MarkFamily family, std::size_t end) {
  while (!pairing.stack.empty()) {
    const Open top = pairing.stack.back();
    pairing.stack.pop_back();
    --pairing.open_count[family_index(top.family)];
    QuoteSpan& span = pairing.spans[top.span];
    span.end = end;
    if (top.family == family) {
      return;
    }
    span.unterminated = true;
  }
}

}  // namespace

std::vector<QuoteSpan> pair_quotes(std::string_view paragraph) {
  const std::optional<std::size_t> last_closer = last_single_closer(paragraph);
  Pairing pairing;
  std::size_t i = 0;
  while (i < paragraph.size()) {
    const std::optional<QuoteMark> mark =
        may_start_mark(paragraph[i]) ? read_quote_mark(paragraph, i) : std::nullopt;
    if (!mark) {
      ++i;
      continue;
    }
    const MarkContext context{pairing.open_count[family_index(mark->family)] > 0,
                              last_closer && i < *last_closer};
    const MarkRole role = mark_role(paragraph, i, context);
    if (role == MarkRole::opening) {
      open_quote(pairing, mark->family, i + mark->length);
    } else if (role == MarkRole::closing) {
      close_quote(pairing, mark->family, i);
    }
    i += mark->length;
  }
  for (const Open& open : pairing.stack) {
    pairing.spans[open.span].end = paragraph.size();
    pairing.spans[open.span].unterminated = true;
  }
  return pairing.spans;
}

namespace {

// How far classify_quote() reads either side of a quotation: enough for a reporter's clause,
// and a bound that keeps find_quotes() linear however many quotations a paragraph holds.
constexpr std::size_t kWindow = 300;

// The words of `text`, split at ASCII spaces, as views into it.
std::vector<std::string_view> words_of(std::string_view text) {
  // Room for a word in every five bytes, about what news text holds, spares the vector its
  // regrowing: this runs several times for every quotation.
  constexpr std::size_t kBytesPerWord = 5;
  std::vector<std::string_view> words;
  words.reserve(text.size() / kBytesPerWord + 1);
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') {
      ++i;
    }
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ') {
      ++i;
    }
    if (i > start) {
      words.push_back(text.substr(start, i - start));
    }
  }
  return words;
}

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return is_ascii_letter(byte) || is_digit(byte) || byte == '-';
}

// The word without the punctuation and quotation marks around it: "(“said,”" gives "said".
// Letters beyond ASCII are kept; curly marks, dashes and ellipses are taken off like "," is.
std::string_view bare(std::string_view word) {
  std::size_t begin = 0;
  while (begin < word.size() && !is_word_byte(word[begin]) &&
         !is_letter(unicode::decode(word, begin).value)) {
    begin += std::max<std::size_t>(unicode::decode(word, begin).length, 1);
  }
  std::size_t end = word.size();
  while (end > begin) {
    const Before last = character_before(word, end);
    if (is_word_byte(word[end - 1]) || is_letter(last.value)) {
      break;
    }
    end = std::max(last.offset, begin);
  }
  return word.substr(begin, end - begin);
}

// A capital as exercise 07 reads one, short of ICU's case tables: an ASCII capital, or a
// letter beyond ASCII that is not a small letter of Latin-1 (é, ß, ø ...) or of Latin
// Extended-A. There the capital is mostly on the even code point and its small letter on the
// next, but from Ĺ to ň and from Ź to ž the pairs are shifted by one, Ÿ is a capital, and ĸ,
// ŉ, ſ are small letters with no capital. Ł and Ż count; ł and ż do not.
bool is_capital(char32_t c) {
  if (c < 0x80) {
    return c >= 'A' && c <= 'Z';
  }
  if (c >= 0xDF && c <= 0xFF) {
    return false;
  }
  if (c < 0x100 || c > 0x17F) {
    return unicode::is_letter(c);
  }
  if (c == 0x138 || c == 0x149 || c == 0x17F) {
    return false;
  }
  if (c == 0x178) {
    return true;
  }
  const bool shifted = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  return shifted ? c % 2 == 1 : c % 2 == 0;
}

bool starts_with_capital(std::string_view word) {
  const std::string_view core = bare(word);
  return !core.empty() && is_capital(unicode::decode(core, 0).value);
}

// Whether the first word of `content` that holds a letter (in its first kWindow bytes)
// starts with a small one.
bool starts_with_small_letter(std::string_view content) {
  for (std::string_view word : words_of(content.substr(0, kWindow))) {
    const std::string_view core = bare(word);
    if (!core.empty() && is_letter(unicode::decode(core, 0).value)) {
      return !starts_with_capital(core);
    }
  }
  return false;
}

// Whether a sentence ends with the word that ends just before `end`: its last byte is . ? or
// !, and it is not an abbreviation of the kit's list or an initial ("Dr.", "Ltd.", "J.").
bool ends_sentence_at(std::string_view text, std::size_t end) {
  const char last = text[end - 1];
  if (last == '?' || last == '!') {
    return true;
  }
  if (last != '.') {
    return false;
  }
  // Abbreviations are short: a word of more than a dozen bytes is none, and the bound keeps
  // this step quick on a paragraph without spaces.
  constexpr std::size_t kLongestAbbreviation = 12;
  std::size_t start = end - 1;
  while (start > 0 && text[start - 1] != ' ') {
    if (end - start > kLongestAbbreviation) {
      return true;
    }
    --start;
  }
  const std::string_view word = text.substr(start, end - start);
  const bool initial = word.size() == 2 && is_capital(static_cast<unsigned char>(word[0]));
  return !initial && !abbreviations::find(word);
}

// The reporter's words before a quotation whose opening mark starts at `offset`: back to
// the last sentence end, but never past `floor` (where the quotation before it ends) nor more
// than kWindow bytes.
std::string_view sentence_before(std::string_view text, std::size_t offset, std::size_t floor) {
  floor = std::max(floor, offset > kWindow ? offset - kWindow : 0);
  std::size_t start = offset;
  while (start > floor &&
         !(text[start - 1] == ' ' && start - 1 > floor && ends_sentence_at(text, start - 1))) {
    --start;
  }
  return text.substr(start, offset - start);
}

// The reporter's words after a quotation, from `offset` just past its closing mark: up to the
// next sentence end, but never past `limit` (where the next quotation opens) nor more than
// kWindow bytes.
std::string_view sentence_after(std::string_view text, std::size_t offset, std::size_t limit) {
  const std::size_t begin = std::min(offset, text.size());
  limit = std::min({limit, text.size(), begin + kWindow});
  std::size_t end = begin;
  while (end < limit && !(text[end] == ' ' && end > begin && ends_sentence_at(text, end))) {
    ++end;
  }
  return text.substr(begin, end - begin);
}

// Whether `word` is one of the kit's cue verbs, as cue_verbs::contains() says. The words
// around every quotation are asked, so the list is looked up through a set built once.
bool is_cue_verb(std::string_view word) {
  static const std::unordered_set<std::string_view> kCueVerbs(cue_verbs::all().begin(),
                                                              cue_verbs::all().end());
  return kCueVerbs.contains(word);
}

// Words a reporter uses to hand a phrase to someone without a full attribution ("called the
// plan", "described it as", "before adding that", "according to", "in the words of", "a
// warning"). The kit's cue verbs (data/cue_verbs.txt) count as well.
bool is_framing_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kFraming({
      // Verbs of calling and describing, and forms of the cue verbs the list does not hold.
      "call", "calls", "calling", "describe", "describes", "described", "describing",
      "dismissed", "accused", "billed", "branded", "labelled", "labeled", "termed",
      "promoted", "say", "tell", "adding", "saying", "telling", "notes", "vows", "vowed", "finds",
      "reads", "reading",
      // Words that name what someone said.
      "according", "words", "warning", "claim", "verdict", "pledge", "statement",
  });
  return kFraming.contains(word);
}

// Whether `word`, bare and with its first letter in small case ("According"), is a cue verb
// or a framing word.
bool is_speech_word(std::string_view word) {
  std::string core(bare(word));
  if (!core.empty()) {
    core[0] = static_cast<char>(lower_ascii(static_cast<unsigned char>(core[0])));
  }
  return is_cue_verb(core) || is_framing_word(core);
}

bool holds_speech_word(std::string_view text) {
  const std::vector<std::string_view> words = words_of(text);
  return std::any_of(words.begin(), words.end(), is_speech_word);
}

// Rule 10: the words just before the opening mark name what follows instead of quoting it:
// so-called "rest day", nicknamed "BirdEar", the word "binding", known (locally) as "the Tub".
bool follows_naming_words(std::string_view before) {
  static constexpr auto kNaming = std::to_array<std::string_view>({
      "so-called", "nicknamed", "dubbed", "titled", "entitled", "named", "nickname", "word",
      "term", "phrase", "label",
  });
  const std::vector<std::string_view> words = words_of(before);
  const std::size_t n = words.size();
  if (n == 0) {
    return false;
  }
  const std::string_view last = bare(words[n - 1]);
  if (std::find(kNaming.begin(), kNaming.end(), last) != kNaming.end()) {
    return true;
  }
  if (last == "of" && n >= 2 && bare(words[n - 2]) == "label") {
    return true;
  }
  return last == "as" && ((n >= 2 && bare(words[n - 2]) == "known") ||
                          (n >= 3 && bare(words[n - 3]) == "known"));
}

// The end of the content (its last kWindow bytes) without the spaces and straight marks at
// its end: the rules only ask how it ends, and a bound keeps them quick on long quotations.
std::string_view trimmed_end(std::string_view content) {
  content = content.substr(content.size() - std::min(content.size(), kWindow));
  const std::size_t last = content.find_last_not_of(" \"'");
  return last == std::string_view::npos ? std::string_view{} : content.substr(0, last + 1);
}

// The content ends as a sentence does: "Is it over?", "We are ready." and "Wait…" do.
bool ends_like_sentence(std::string_view content) {
  const std::string_view core = trimmed_end(content);
  return core.ends_with('.') || core.ends_with('?') || core.ends_with('!') ||
         core.ends_with("\u2026");
}

// Rule 11: Ana “The Hammer” Ruiz: a short capitalised content with capitalised words right
// before and right after it.
bool sits_inside_name(std::string_view before, std::string_view after, std::string_view content) {
  const std::vector<std::string_view> words_before = words_of(before);
  const std::vector<std::string_view> words_after = words_of(after.substr(0, 40));
  return content.size() <= kWindow && !words_before.empty() && !words_after.empty() &&
         before.ends_with(' ') && after.starts_with(' ') && words_of(content).size() <= 3 &&
         starts_with_capital(content) && !ends_like_sentence(content) &&
         starts_with_capital(words_before.back()) && starts_with_capital(words_after.front());
}

// A word that may stand before the cue verb of an attribution that follows a quotation: a
// pronoun, an article or a possessive ("she said", "the minister said", "its manager"), or
// a capitalised word ("Okafor said").
bool may_open_attribution(std::string_view word) {
  static constexpr auto kOpeners = std::to_array<std::string_view>({
      "he", "she", "they", "we", "i", "it", "the", "a", "an", "his", "her", "its", "their",
  });
  const std::string_view core = bare(word);
  return starts_with_capital(core) ||
         std::find(kOpeners.begin(), kOpeners.end(), core) != kOpeners.end();
}

// Rule 12: the content ends as a quotation handed to its speaker does (with , ? ! or a dash),
// and a cue verb follows as the first word after the closing mark ("said Ross Mackie"), or
// as the second or third after words that may open an attribution ("she said", "the mayor
// said"), not after "and" ("... clock,” and asked whether").
bool attributed_after(std::string_view content, std::string_view after) {
  const std::string_view core = trimmed_end(content);
  if (!(core.ends_with(',') || core.ends_with('?') || core.ends_with('!') ||
        core.ends_with("\u2014"))) {
    return false;
  }
  const std::vector<std::string_view> words = words_of(after.substr(0, 80));
  for (std::size_t i = 0; i < words.size() && i < 3; ++i) {
    if (is_cue_verb(bare(words[i]))) {
      return true;
    }
    if (!may_open_attribution(words[i])) {
      return false;
    }
  }
  return false;
}

// How many quotations back classify_quote() looks for the one before at the same depth: a
// bound, so that a paragraph of a million nested quotations still takes linear time.
constexpr std::size_t kLookBack = 8;

// The quotation before spans[index] at the same depth that closed before it opened, if one
// is among the last kLookBack.
std::optional<std::size_t> previous_sibling(std::span<const QuoteSpan> spans, std::size_t index) {
  const QuoteSpan& span = spans[index];
  for (std::size_t j = index; j-- > 0 && index - j <= kLookBack;) {
    if (spans[j].nested == span.nested && !spans[j].unterminated && spans[j].end < span.begin) {
      return j;
    }
  }
  return std::nullopt;
}

// Rule 13: the second half of a split quotation, “We are ready,” she said, “but not yet.”:
// `between`, from the closing mark before to this opening mark, is an attribution that ends
// in a comma (and only spaces after it) and holds no ? or !.
bool continues_split_quote(std::string_view between) {
  const std::size_t comma = between.find_last_not_of(' ');
  if (comma == std::string_view::npos || between[comma] != ',' ||
      between.find_first_of("?!") != std::string_view::npos) {
    return false;  // not "..., she said, “": “Yes,” she said, that “... is no split
  }
  return holds_speech_word(between.substr(0, comma));
}

// Rule 16, the second fragment of a list: called it “bold” and “overdue”. `between` holds
// no sentence end, and the quotation before was partial.
bool continues_fragments(std::string_view between, QuoteKind kind_before) {
  return kind_before == QuoteKind::partial &&
         between.find_first_of(".?!") == std::string_view::npos;
}

// Rule 14: a title or a name: at most eight words, starting with a capital, no sentence
// punctuation at its end, and at least half of the words that start with a letter start
// with a capital ("Lantern Street", "The Girl from the Tram", "Sæunn II").
bool reads_as_title(std::string_view content) {
  if (content.size() > kWindow) {
    return false;  // far longer than eight words of any title
  }
  const std::vector<std::string_view> words = words_of(content);
  if (words.empty() || words.size() > 8 || !starts_with_capital(words.front()) ||
      ends_like_sentence(content)) {
    return false;
  }
  std::size_t with_letters = 0;
  std::size_t capitals = 0;
  for (std::string_view word : words) {
    const std::string_view core = bare(word);
    if (!core.empty() && is_letter(unicode::decode(core, 0).value)) {
      ++with_letters;
      capitals += starts_with_capital(core) ? 1 : 0;
    }
  }
  return 2 * capitals >= with_letters;
}

// Rule 15: a quotation that fills a pair of brackets, (“...”), is a remark of its own.
bool fills_brackets(std::string_view paragraph, const QuoteSpan& span, std::size_t mark_start) {
  const std::optional<QuoteMark> closing = read_quote_mark(paragraph, span.end);
  return !span.unterminated && closing && mark_start > 0 && paragraph[mark_start - 1] == '(' &&
         character_at(paragraph, span.end + closing->length) == ')';
}

// What classify_quote() reads around one quotation. Each window stops at the quotation next
// to it, so that no byte is read for more than two quotations: linear time in all.
struct Surroundings {
  std::string_view content;
  std::size_t mark_start = 0;         // where its opening mark starts
  std::string_view before;            // the reporter's words before the opening mark
  std::string_view after;             // the reporter's words after the closing mark
  std::string_view between;           // from the sibling's closing mark to the opening mark
  std::optional<QuoteKind> kind_before;  // the kind of that sibling, when there is one
};

Surroundings surroundings_of(std::string_view paragraph, std::span<const QuoteSpan> spans,
                             std::size_t index) {
  const QuoteSpan& span = spans[index];
  Surroundings around;
  around.content = paragraph.substr(span.begin, span.end - span.begin);
  around.mark_start = character_before(paragraph, span.begin).offset;
  const QuoteSpan* left = index > 0 ? &spans[index - 1] : nullptr;
  const std::size_t floor = !left ? 0 : (left->end <= around.mark_start ? left->end : left->begin);
  around.before = sentence_before(paragraph, around.mark_start, floor);
  const std::optional<QuoteMark> closing = read_quote_mark(paragraph, span.end);
  if (!span.unterminated && closing) {
    std::size_t limit = paragraph.size();
    for (std::size_t j = index + 1; j < spans.size() && j - index <= kLookBack; ++j) {
      if (spans[j].begin > span.end) {
        limit = character_before(paragraph, spans[j].begin).offset;
        break;
      }
    }
    around.after = sentence_after(paragraph, span.end + closing->length, limit);
  }
  if (const std::optional<std::size_t> j = previous_sibling(spans, index)) {
    const std::size_t from = spans[*j].end;
    around.between = paragraph.substr(from, around.mark_start - std::min(from, around.mark_start));
    around.kind_before = spans[*j].kind;
  }
  return around;
}

}  // namespace

QuoteKind classify_quote(std::string_view paragraph, std::span<const QuoteSpan> spans,
                         std::size_t index) {
  const Surroundings around = surroundings_of(paragraph, spans, index);
  const std::string_view content = around.content;
  if (follows_naming_words(around.before) ||
      sits_inside_name(around.before, around.after, content)) {
    return QuoteKind::not_speech;
  }
  if (attributed_after(content, around.after) ||
      (around.kind_before && continues_split_quote(around.between))) {
    return QuoteKind::direct;
  }
  if (reads_as_title(content)) {
    return QuoteKind::not_speech;
  }
  if (!starts_with_small_letter(content) ||
      fills_brackets(paragraph, spans[index], around.mark_start)) {
    return QuoteKind::direct;
  }
  // Rule 16: a fragment in small letters is someone's words when the reporter's sentence
  // around it says so, and a scare quote otherwise.
  const bool framed = holds_speech_word(around.before) || holds_speech_word(around.after) ||
                      (around.kind_before && continues_fragments(around.between,
                                                                 *around.kind_before));
  return framed ? QuoteKind::partial : QuoteKind::not_speech;
}

std::vector<QuoteSpan> find_quotes(std::string_view paragraph) {
  std::vector<QuoteSpan> spans = pair_quotes(paragraph);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    spans[i].kind = classify_quote(paragraph, spans, i);
  }
  return spans;
}

}  // namespace newsdesk
