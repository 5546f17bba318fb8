// Exercise 15-attribution: reference solution.
#include "attribution.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>

#include "abbreviations.hpp"
#include "cue_verbs.hpp"
#include "unicode.hpp"

namespace newsdesk {

namespace {

using Words = std::span<const Word>;

// The words of every block of an article, split once by words_of_blocks() and read by every
// step after it, since splitting is the costliest part of reading a block.
using BlockWordLists = std::vector<std::vector<Word>>;

std::string to_lower_ascii(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

// Whether `word` equals `lower`, a word in small ASCII letters, up to the case of its ASCII
// letters: "She" and "she" are the same pronoun. It makes no copy, as it runs for every word.
bool same_word(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c =
        word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
    if (c != lower[i]) {
      return false;
    }
  }
  return true;
}

// A list of words, kept by the first byte of each entry: the rules ask the lists about nearly
// every word of an article, and a word is compared only with the few entries that start as it
// does (most words, with none). That is cheaper than hashing the word, and in small letters
// it needs no copy of the word.
class WordSet {
 public:
  explicit WordSet(std::span<const std::string_view> words) {
    for (const std::string_view word : words) {
      by_first_byte_[static_cast<unsigned char>(word.front())].push_back(word);
    }
  }
  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(std::span(words.begin(), words.size())) {}
  bool contains(std::string_view word) const {
    if (word.empty()) {
      return false;
    }
    const auto& entries = by_first_byte_[static_cast<unsigned char>(word.front())];
    return std::find(entries.begin(), entries.end(), word) != entries.end();
  }
  // Whether the list holds `word` in small ASCII letters ("She" is "she"): the entries to
  // compare are those under its first letter in small.
  bool contains_lower(std::string_view word) const {
    if (word.empty()) {
      return false;
    }
    auto first = static_cast<unsigned char>(word.front());
    if (first >= 'A' && first <= 'Z') {
      first = static_cast<unsigned char>(first - 'A' + 'a');
    }
    const auto& entries = by_first_byte_[first];
    return std::any_of(entries.begin(), entries.end(),
                       [word](std::string_view entry) { return same_word(word, entry); });
  }

 private:
  std::array<std::vector<std::string_view>, 256> by_first_byte_;
};

// The small word lists of README.md, "The rules". Each is compared with the word in small
// ASCII letters, so "She" and "she" are the same pronoun.
const WordSet kPronouns({"he", "she", "they", "it", "we", "i"});

// The possessive pronouns that tell a gender stand for a person as "he" and "she" do.
const WordSet kPossessivePronouns({"his", "her"});

// Words that open a noun phrase naming a speaker by role ("the union", "a spokeswoman").
const WordSet kDeterminers({"the",     "a",    "an",      "his",  "her",   "its",   "their",
                            "our",     "my",   "this",    "that", "these", "those", "one",
                            "another", "some", "several", "many", "two",   "three", "other"});

// Capitalised words that open a sentence or a clause and never start a name.
const WordSet kOpeners(
    {"the",     "a",      "an",        "but",      "and",     "or",        "so",       "then",
     "when",    "while",  "after",     "before",   "in",      "on",        "at",       "as",
     "if",      "yet",    "still",     "also",     "however", "meanwhile", "for",      "by",
     "with",    "from",   "during",    "under",    "despite", "asked",     "speaking", "both",
     "only",    "even",   "now",       "since",    "until",   "once",      "this",     "that",
     "his",     "her",    "its",       "their",    "our",     "my",        "your",     "there",
     "here",    "what",   "why",       "how",      "who",     "where",     "instead",  "later",
     "earlier", "today",  "yesterday", "tomorrow", "last",    "next",      "every",    "each",
     "like",    "unlike", "among",     "although", "though",  "because",   "not",      "no"});

// Titles that stand before a name without a period ("Judge Morag Kinloch"); those with a
// period are the abbreviations of class `before` (Dr., Ms., Prof., ...).
const WordSet kTitles({"judge",      "justice",      "councillor",    "mayor",    "minister",
                       "president",  "professor",    "inspector",     "sir",      "dame",
                       "lord",       "lady",         "senator",       "governor", "father",
                       "sister",     "chief",        "captain",       "coach",    "detective",
                       "sergeant",   "officer",      "general",       "prime",    "deputy",
                       "chancellor", "commissioner", "superintendent"});

// Words between a subject and its verb that are no part of either ("Ruiz had said",
// "she later told").
const WordSet kAuxiliaries({"had",  "has",   "have",   "was",       "is",    "were",
                            "are",  "also",  "later",  "then",      "again", "once",
                            "just", "would", "will",   "did",       "does",  "do",
                            "then", "first", "simply", "afterwards"});

// Words that end a mention read after its verb ("said Ruiz on Friday").
const WordSet kMentionStops({"in",      "on",         "at",      "during", "after",     "before",
                             "outside", "inside",     "while",   "when",   "as",        "with",
                             "to",      "into",       "later",   "then",   "yesterday", "today",
                             "and",     "but",        "who",     "which",  "whose",     "that",
                             "where",   "afterwards", "shortly", "last",   "this",      "told",
                             "said"});

// How far the rules look. They bound the work per quotation and per name, so that a text
// without punctuation, or a paragraph of ten thousand quotation marks, still takes linear
// time: the sentence before a quotation, a role phrase, the words after a verb.
constexpr std::size_t kMostSentenceWords = 80;
constexpr std::size_t kMostRoleWords = 12;
constexpr std::size_t kMostObjectWords = 30;

// Words that open a relative clause, which a role mention leaves out.
const WordSet kRelatives({"who", "which", "whose", "that", "where"});

bool is_in(const WordSet& list, std::string_view word) { return list.contains(word); }

bool is_lower_in(const WordSet& list, std::string_view word) { return list.contains_lower(word); }

// The character that starts at byte `at` of `text`. Most characters of a news text are ASCII,
// each its own byte, so they are read here without a call to unicode::decode().
unicode::Decoded decode_at(std::string_view text, std::size_t at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  return byte < 0x80 ? unicode::Decoded{byte, 1, true} : unicode::decode(text, at);
}

// The first character of `word`, decoded; U+FFFD when there is none.
char32_t first_char(std::string_view word) {
  return word.empty() ? U'\uFFFD' : decode_at(word, 0).value;
}

// The character classes below answer ASCII themselves, as the unicode:: ones do, and ask
// the Unicode tables only about the rest: they run for every character of every block.
bool is_ascii_word_char(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return is_ascii_word_char(c);
  }
  return unicode::is_letter(c) || unicode::is_digit(c) || unicode::is_mark(c);
}

bool is_space_char(char32_t c) {
  if (c < 0x80) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
  return unicode::is_white_space(c);
}

// Small letters: in ASCII, a to z only.
bool is_lower_char(char32_t c) {
  if (c < 0x80) {
    return c >= 'a' && c <= 'z';
  }
  return u_islower(static_cast<UChar32>(c));
}

// A capitalised word starts with a letter that is not small: "Ruiz", "Élodie" and "王芳"
// (a script without case) are; "ruiz" and "3rd" are not.
bool is_capitalised(std::string_view word) {
  const char32_t c = first_char(word);
  return unicode::is_letter(c) && !is_lower_char(c);
}

bool is_small(std::string_view word) { return is_lower_char(first_char(word)); }

bool is_latin(std::string_view word) {
  const char32_t c = first_char(word);
  return c < 0x0250 || (c >= 0x1E00 && c < 0x1F00);
}

// A quotation mark is a word of one character, one of the twelve marks. Asked about nearly
// every word, it decodes the first character and compares code points, not strings.
bool is_quote_mark(std::string_view word) {
  static constexpr std::u32string_view kMarks = U"\"'“”‘’«»„‚‹›";
  if (word.empty()) {
    return false;
  }
  const unicode::Decoded c = decode_at(word, 0);
  return c.valid && c.length == word.size() && kMarks.find(c.value) != kMarks.npos;
}

bool is_sentence_end(std::string_view word) {
  return word == "." || word == "!" || word == "?" || word == "…";
}

bool is_dash(std::string_view word) {
  return word == "—" || word == "–" || word == "-" || word == "--";
}

bool is_title(std::string_view word) {
  return abbreviations::find(word) == abbreviations::Class::before || is_lower_in(kTitles, word);
}

// A single capital with its period: "J.".
bool is_initial(std::string_view word) {
  return word.size() >= 2 && word.back() == '.' && is_capitalised(word) &&
         unicode::decode(word, 0).length + 1 == word.size();
}

// Days and months: capitalised, inside sentences, and never anybody's name here.
const WordSet kCalendarWords({"monday",    "tuesday", "wednesday", "thursday", "friday",
                              "saturday",  "sunday",  "january",   "february", "march",
                              "april",     "may",     "june",      "july",     "august",
                              "september", "october", "november",  "december", "jan.",
                              "feb.",      "aug.",    "sept.",     "oct.",     "nov.",
                              "dec."});

// A word that may stand in a name: capitalised, a title, an initial, or a particle between
// capitalised words ("de", "van", "bin").
bool is_name_word(std::string_view word) {
  static const WordSet kParticles({"de", "da", "do", "dos", "das", "del", "della", "di", "van",
                                   "von", "der", "den", "bin", "al", "la", "le", "du", "ter"});
  // The particles are in small letters, so a capitalised word needs no look-up in them.
  if (is_capitalised(word)) {
    return !is_sentence_end(word) && !is_quote_mark(word) && !is_lower_in(kCalendarWords, word);
  }
  return is_in(kParticles, word);
}

bool is_possessive_end(std::string_view word) {
  return word.ends_with("'s") || word.ends_with("’s");
}

// The last words of a place's name ("the Jamuna River"), and the words for a part of a
// country that may stand between a preposition and a place ("across northern Kenya").
const WordSet kPlaceWords({"river", "lake", "bay", "sea", "ocean", "island", "islands",
                           "valley", "mountains", "street", "road", "square", "bridge", "park",
                           "harbour", "airport", "station"});
const WordSet kRegionWords({"northern", "southern", "eastern", "western", "central", "north",
                            "south", "east", "west", "rural", "coastal", "upper", "lower"});

// The last words of an organisation's name ("Millbrook Town Council", "Brekke Subsea ASA").
const WordSet kOrganisationWords(
    {"council",   "union",      "association", "party",      "fund",        "board",
     "institute", "ministry",   "department",  "commission", "alliance",    "forum",
     "group",     "trust",      "laboratory",  "team",       "committee",   "authority",
     "agency",    "club",       "court",       "company",    "partnership", "guild",
     "society",   "foundation", "bank",        "university", "school",      "hospital",
     "police",    "service",    "office",      "lab",        "network",     "federation",
     "coalition", "league",     "ltd.",        "inc.",       "co.",         "corp.",
     "plc",       "asa",        "gmbh",        "ag",         "llc",         "securities",
     "capital",   "holdings"});

// The last words of the name of an event or a prize: "the Konyaaltı Clay Cup".
const WordSet kEventWords({"cup", "open", "games", "festival", "prize", "award", "awards",
                           "championship", "championships", "marathon", "rally", "trophy",
                           "tournament", "classic", "grand", "series", "fair", "week"});

// Whether the last word of `name` (its words between spaces) says that it names a place, an
// organisation or an event, never a person: "Galway Bay", "Kahika District Council".
bool ends_like_no_person(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
  return is_lower_in(kPlaceWords, last) || is_lower_in(kOrganisationWords, last) ||
         is_lower_in(kEventWords, last);
}

// Whether a word ends like a noun for a person's job ("projectionist", "owner", "inspector",
// "spokeswoman"), so that, capitalised at a sentence's start before a name, it is a role.
bool looks_like_role(std::string_view lower) {
  static constexpr auto kEndings =
      std::to_array<std::string_view>({"ist", "er", "or", "ant", "ent", "ian", "man", "woman"});
  return std::any_of(kEndings.begin(), kEndings.end(),
                     [lower](std::string_view ending) { return lower.ends_with(ending); });
}

// Whether `word` is punctuation: it starts with no letter, digit or mark.
bool is_punctuation(std::string_view word) { return !is_word_char(first_char(word)); }

// Whether words[at] is an apostrophe, no quotation mark: one that closes a plural possessive,
// attached to the word before it ("operators’ association"), or one that stands for the
// century of a decade, attached to the digits after it ("the late '90s").
bool is_attached_apostrophe(std::span<const Word> words, std::size_t at) {
  if (words[at].text != "'" && words[at].text != "’") {
    return false;
  }
  const bool closes_plural =
      at > 0 && words[at].begin == words[at - 1].end && words[at - 1].text.ends_with('s');
  const bool opens_decade = at + 1 < words.size() && words[at + 1].begin == words[at].end &&
                            unicode::is_digit(first_char(words[at + 1].text));
  return closes_plural || opens_decade;
}

// Whether a sentence ends after words[at]: at a full stop, ! or ?, or at an abbreviation that
// closes a name or a place before a sentence opener ("... to the U.S. Its manager said").
bool ends_sentence(std::span<const Word> words, std::size_t at) {
  if (is_sentence_end(words[at].text)) {
    return true;
  }
  const std::string_view word = words[at].text;
  return word.size() > 1 && word.back() == '.' && at + 1 < words.size() && !is_title(word) &&
         !is_initial(word) && is_capitalised(words[at + 1].text) &&
         is_lower_in(kOpeners, words[at + 1].text);
}

// Whether `word` is a cue verb: one of data/cue_verbs.txt, exactly, as cue_verbs::contains()
// says; asked about most words, the list is looked up through a set of its entries.
bool is_cue_verb(std::string_view word) {
  static const WordSet kCueVerbs(cue_verbs::all());
  return kCueVerbs.contains(word);
}

// The mention made of words[from, to), as written: the words are views into one text, so the
// bytes from the first to the end of the last are that text too.
Mention mention_in(Words words, std::size_t from, std::size_t to) {
  const std::size_t begin = words[from].begin;
  const std::size_t end = words[to - 1].end;
  return Mention{std::string(words[from].text.data(), end - begin), begin, end};
}

// Whether words[at] is the apostrophe of a plural possessive inside a name, attached to the
// word before it and followed by a capitalised word: "Kirkgate Patients’ Forum".
bool is_plural_possessive(Words words, std::size_t at) {
  return at > 0 && at + 1 < words.size() && (words[at].text == "'" || words[at].text == "’") &&
         words[at].begin == words[at - 1].end && words[at - 1].text.ends_with('s') &&
         is_capitalised(words[at + 1].text);
}

// The run of name words that ends segment [from, to) ("defence lawyer Mr. Desmond Farrow"
// gives "Mr. Desmond Farrow"), starting at its first title when it holds one and without
// sentence openers; nothing when the segment does not end in a name.
std::optional<std::pair<std::size_t, std::size_t>> trailing_name(Words words, std::size_t from,
                                                                 std::size_t to) {
  std::size_t start = to;
  while (start > from &&
         (is_name_word(words[start - 1].text) || is_plural_possessive(words, start - 1))) {
    --start;
  }
  while (start < to && is_lower_in(kOpeners, words[start].text)) {
    ++start;
  }
  if (start == to || is_small(words[start].text)) {
    return std::nullopt;
  }
  for (std::size_t i = start; i < to; ++i) {
    if (is_title(words[i].text)) {
      start = i;
      break;
    }
  }
  return std::pair{start, to};
}

// The run of name words that opens segment [from, to) when a preposition or the segment's end
// follows it ("Pieter Kramer of Alpine Grid Monitor"), but not a noun it qualifies ("the
// Havenbond union") or a possessive ("Verdant's sports director").
std::optional<std::pair<std::size_t, std::size_t>> leading_name(Words words, std::size_t from,
                                                                std::size_t to) {
  static const WordSet kPrepositions({"of", "from", "at", "for", "in", "with"});
  std::size_t start = from;
  while (start < to && is_lower_in(kOpeners, words[start].text)) {
    ++start;
  }
  std::size_t end = start;
  while (end < to && is_name_word(words[end].text) && !is_possessive_end(words[end].text)) {
    ++end;
  }
  while (end > start && is_small(words[end - 1].text)) {
    --end;
  }
  const bool followed_well = end < to && is_in(kPrepositions, words[end].text);
  if (end == start || end == to || !followed_well || start > from) {
    return std::nullopt;
  }
  return std::pair{start, end};
}

// The end of a role mention that starts at `from`: before a relative clause, a participle
// ("a carpenter working on ...") or a stop word.
std::size_t role_end(Words words, std::size_t from, std::size_t to) {
  static const WordSet kLinks({"of", "for", "from", "at"});
  to = std::min(to, from + kMostRoleWords);
  std::size_t end = from + 1;
  while (end < to) {
    const std::string lower = to_lower_ascii(words[end].text);
    // "a carpenter working on ..." ends before its participle; "a farming weekly" does not.
    const std::string previous = to_lower_ascii(words[end - 1].text);
    const bool participle = lower.size() > 5 && lower.ends_with("ing") && is_small(lower) &&
                            !is_in(kDeterminers, std::string_view(previous)) &&
                            !is_in(kLinks, std::string_view(previous));
    const bool punctuation = is_punctuation(lower) && !is_attached_apostrophe(words, end);
    if (is_in(kRelatives, std::string_view(lower)) || participle || punctuation ||
        is_in(kMentionStops, std::string_view(lower))) {
      break;
    }
    ++end;
  }
  return end;
}

bool is_segment_start_ok(std::string_view word) {
  return !is_in(kRelatives, std::string_view(to_lower_ascii(word))) && word != "," &&
         !is_sentence_end(word) && !is_quote_mark(word);
}

// Small words that open a clause or a phrase, never a speaker: "if gauges fell", "of it".
const WordSet kFunctionWords({"if",     "because", "although", "though", "than",  "of",
                              "for",    "by",      "from",     "not",    "so",    "nor",
                              "or",     "yet",     "what",     "how",    "why",   "whether",
                              "unless", "until",   "since",    "where",  "about", "over",
                              "under",  "without", "like",     "even",   "only",  "just",
                              "all",    "both"});

// A pronoun or a role phrase that opens words[from, to) ("she", "the union", "a spokeswoman
// for the commission", "traders"), or nothing.
std::optional<Mention> role_mention(Words words, std::size_t from, std::size_t to) {
  if (from >= to || !is_segment_start_ok(words[from].text)) {
    return std::nullopt;
  }
  const std::string first = to_lower_ascii(words[from].text);
  if (is_in(kPronouns, std::string_view(first))) {
    return mention_in(words, from, from + 1);
  }
  const std::size_t end = role_end(words, from, to);
  if (is_in(kDeterminers, std::string_view(first))) {
    return mention_in(words, from, end);
  }
  // Without a determiner, only a short plural or a bare noun: "traders", "opposition members".
  constexpr std::size_t kMostBareWords = 2;
  const bool bare = is_small(words[from].text) && end - from <= kMostBareWords &&
                    !is_in(kMentionStops, std::string_view(first)) &&
                    !is_in(kFunctionWords, std::string_view(first)) && !is_cue_verb(first);
  if (bare) {
    return mention_in(words, from, end);
  }
  return std::nullopt;
}

// The mention in words[from, to), the words a cue verb has as its subject or object
// (README.md, rule 2): a name that opens or ends one of its comma-separated segments beats a
// role; else the pronoun or role phrase of the segment nearest the verb.
std::optional<Mention> choose_mention(Words words, std::size_t from, std::size_t to) {
  std::vector<std::pair<std::size_t, std::size_t>> segments;
  for (std::size_t segment = from; segment < to;) {
    std::size_t segment_end = segment;
    while (segment_end < to && words[segment_end].text != ",") {
      ++segment_end;
    }
    // An opening bracket is no part of the segment: "(The fund's board has called".
    const std::size_t start =
        segment < segment_end && (words[segment].text == "(" || words[segment].text == "[")
            ? segment + 1
            : segment;
    if (segment_end > start && is_segment_start_ok(words[start].text)) {
      segments.emplace_back(start, segment_end);
    }
    segment = segment_end + 1;
  }
  for (const auto& [start, end] : segments) {
    if (const auto name = leading_name(words, start, end)) {
      return mention_in(words, name->first, name->second);
    }
    if (const auto name = trailing_name(words, start, end)) {
      return mention_in(words, name->first, name->second);
    }
  }
  for (auto it = segments.rbegin(); it != segments.rend(); ++it) {
    if (auto mention = role_mention(words, it->first, it->second)) {
      return mention;
    }
  }
  return std::nullopt;
}

// The subject of a verb that follows words[from, to): a pronoun just before the verb ("for
// what she called"), or the mention of choose_mention().
std::optional<Mention> subject_mention(Words words, std::size_t from, std::size_t to) {
  if (to > from && is_lower_in(kPronouns, words[to - 1].text)) {
    return mention_in(words, to - 1, to);
  }
  return choose_mention(words, from, to);
}

// The name or pronoun that opens words[from, to), after the sentence openers ("But"), when
// it is followed by a small word, as a subject is by its verb: "Mayor Sigríður
// Hallgrímsdóttir put", "She spent".
std::optional<Mention> opening_subject(Words words, std::size_t from, std::size_t to) {
  while (from < to && is_lower_in(kOpeners, words[from].text)) {
    ++from;
  }
  if (from < to && is_lower_in(kPronouns, words[from].text)) {
    return mention_in(words, from, from + 1);
  }
  std::size_t end = from;
  while (end < to && is_name_word(words[end].text) && !is_possessive_end(words[end].text)) {
    ++end;
  }
  if (end == from || end == to || !is_capitalised(words[from].text) ||
      !is_small(words[end].text)) {
    return std::nullopt;
  }
  return mention_in(words, from, end);
}

// The cue verb at words[at], with the particle of a phrasal verb ("called out").
std::string cue_at(Words words, std::size_t at) {
  std::string cue = to_lower_ascii(words[at].text);
  if (at + 1 < words.size() && words[at + 1].text == "out") {
    cue += " out";
  }
  return cue;
}

// The words after a verb that name its speaker ("said the forum's secretary-general, Dr.
// Helena Castellano, ..."): up to a stop word, a quotation mark or the sentence's end, and
// through at most one comma, when a name follows it.
std::size_t object_end(Words words, std::size_t from) {
  std::size_t end = from;
  std::size_t commas = 0;
  bool in_relative = false;
  const std::size_t limit = std::min(words.size(), from + kMostObjectWords);
  while (end < limit) {
    const std::string_view word = words[end].text;
    // A relative clause stays, since a name in it beats a role: "asked a shareholder who
    // gave her name as Greet Verhoeven".
    in_relative = in_relative || is_lower_in(kRelatives, word);
    const bool stop_word = end > from && !in_relative && is_lower_in(kMentionStops, word);
    const bool punctuation =
        is_punctuation(word) && word != "," && !is_attached_apostrophe(words, end);
    if (punctuation || stop_word) {
      break;
    }
    if (word == "," &&
        (++commas > 1 || end + 1 >= words.size() || !is_name_word(words[end + 1].text))) {
      break;
    }
    ++end;
  }
  return end;
}

// The first word of the subject before a verb at `verb`: the words back to the last comma
// pair, quotation mark or clause start, skipping the auxiliaries just before the verb.
std::size_t subject_end(Words words, std::size_t verb, std::size_t from) {
  std::size_t end = verb;
  while (end > from && is_lower_in(kAuxiliaries, words[end - 1].text)) {
    --end;
  }
  return end;
}

std::size_t clause_start(Words words, std::size_t end) {
  std::size_t start = end;
  while (start > 0) {
    const std::string_view word = words[start - 1].text;
    const bool mark = is_quote_mark(word) && !is_attached_apostrophe(words, start - 1);
    if (mark || is_sentence_end(word) || word == ";" || word == ":" || is_dash(word)) {
      break;
    }
    --start;
  }
  return start;
}

// A phrase cue ("according to", "in the words of") whose last word is words[at], or 0.
std::size_t phrase_cue_length(Words words, std::size_t at) {
  const auto is = [words](std::size_t i, std::string_view lower) {
    return same_word(words[i].text, lower);
  };
  if (at >= 1 && is(at, "to") && is(at - 1, "according")) {
    return 2;
  }
  if (at >= 3 && is(at, "of") && is(at - 1, "words") && is(at - 2, "the") && is(at - 3, "in")) {
    return 4;
  }
  return 0;
}

// The length of a cue phrase that starts at words[start] ("according to"), if one does.
std::optional<std::size_t> phrase_cue_at(Words words, std::size_t start) {
  constexpr std::size_t kLongestPhrase = 4;
  for (std::size_t last = start; last < words.size() && last < start + kLongestPhrase; ++last) {
    if (phrase_cue_length(words, last) == last + 1 - start) {
      return last + 1 - start;
    }
  }
  return std::nullopt;
}

// The cue phrase of `length` words that ends at words[last], in small letters.
std::string phrase_cue(Words words, std::size_t last, std::size_t length) {
  std::string cue;
  for (std::size_t i = last + 1 - length; i <= last; ++i) {
    if (!cue.empty()) {
      cue += ' ';
    }
    cue += to_lower_ascii(words[i].text);
  }
  return cue;
}

// The end of the run of word characters that goes on at byte `at`: letters, digits and marks,
// an apostrophe or a hyphen between two of them ("don't", "Ortega-Vance"), and a period or a
// comma between two digits ("1.1", "4,300").
std::size_t word_end(std::string_view text, std::size_t at, std::size_t end) {
  while (at < end) {
    // Most bytes of a word are ASCII letters, read without decoding them.
    if (is_ascii_word_char(static_cast<unsigned char>(text[at]))) {
      ++at;
      continue;
    }
    const unicode::Decoded next = decode_at(text, at);
    if (next.valid && is_word_char(next.value)) {
      at += next.length;
      continue;
    }
    const bool joiner =
        next.valid && (next.value == U'\'' || next.value == U'’' || next.value == U'-');
    const bool in_number = next.valid && (next.value == U'.' || next.value == U',') && at > 0 &&
                           text[at - 1] >= '0' && text[at - 1] <= '9';
    if (!(joiner || in_number) || at + next.length >= end) {
      break;
    }
    const unicode::Decoded after = decode_at(text, at + next.length);
    const bool joins = in_number ? after.value >= U'0' && after.value <= U'9'
                                 : is_word_char(after.value);
    if (!after.valid || !joins || at + next.length + after.length > end) {
      break;
    }
    at += next.length + after.length;
  }
  return at;
}

// The end of the word text[start, stop) with the period of an abbreviation or an initial
// ("Dr.", "J."), and the rest of a run of letter-dot pairs ("U.S.", "a.m.").
std::size_t with_period(std::string_view text, std::size_t start, std::size_t stop,
                        std::size_t end) {
  if (stop >= end || text[stop] != '.') {
    return stop;
  }
  const std::string_view word = text.substr(start, stop + 1 - start);
  if (!abbreviations::find(word) && !is_initial(word)) {
    return stop;
  }
  ++stop;
  while (stop + 1 < end && text[stop + 1] == '.' &&
         is_word_char(static_cast<unsigned char>(text[stop]))) {
    stop += 2;
  }
  return stop;
}

}  // namespace

std::vector<Word> split_words(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Word> words;
  end = std::min(end, text.size());
  // News text holds about a word (or a mark) in five bytes: room for them from the start
  // spares the vector its regrowing.
  constexpr std::size_t kBytesPerWord = 5;
  if (begin < end) {
    words.reserve((end - begin) / kBytesPerWord);
  }
  std::size_t at = begin;
  while (at < end) {
    if (text[at] == ' ') {  // the most common byte, with no need to decode it
      ++at;
      continue;
    }
    const unicode::Decoded c = decode_at(text, at);
    const std::size_t length = std::min(std::max<std::size_t>(c.length, 1), end - at);
    if (c.valid && is_space_char(c.value)) {
      at += length;
      continue;
    }
    // A word character starts a word; anything else, an invalid byte too, is one of its own.
    const bool starts_word = c.valid && is_word_char(c.value);
    const std::size_t stop =
        starts_word ? with_period(text, at, word_end(text, at + length, end), end) : at + length;
    words.push_back(Word{text.substr(at, stop - at), at, stop});
    at = stop;
  }
  return words;
}

std::optional<Cue> find_cue_after(std::span<const Word> words) {
  // At most a closing mark, a comma and a dash: "”, — said Ruiz".
  constexpr std::size_t kMostLeadingMarks = 3;
  std::size_t start = 0;
  while (start < words.size() && start < kMostLeadingMarks &&
         (words[start].text == "," || is_dash(words[start].text) ||
          is_quote_mark(words[start].text))) {
    ++start;
  }
  if (start >= words.size()) {
    return std::nullopt;
  }
  // Step 1: the verb or a cue phrase first, its speaker after it ("said Dr. Ruiz",
  // "according to Ruiz").
  if (const auto length = phrase_cue_at(words, start)) {
    const std::size_t last = start + *length - 1;
    auto mention = choose_mention(words, last + 1, object_end(words, last + 1));
    return mention ? std::optional<Cue>(Cue{*mention, phrase_cue(words, last, *length)})
                   : std::nullopt;
  }
  if (is_cue_verb(words[start].text)) {
    auto mention = choose_mention(words, start + 1, object_end(words, start + 1));
    return mention ? std::optional<Cue>(Cue{*mention, cue_at(words, start)}) : std::nullopt;
  }
  // Step 2: the speaker first, within a few words, then the verb ("Ruiz, 61, said").
  constexpr std::size_t kMostSubjectWords = 12;
  for (std::size_t verb = start + 1; verb < words.size() && verb <= start + kMostSubjectWords;
       ++verb) {
    const std::string_view word = words[verb].text;
    const bool mark = is_quote_mark(word) && !is_attached_apostrophe(words, verb);
    if (is_sentence_end(word) || mark || word == ";" || word == ":") {
      break;
    }
    if (is_cue_verb(word)) {
      auto mention = subject_mention(words, start, subject_end(words, verb, start));
      return mention ? std::optional<Cue>(Cue{*mention, cue_at(words, verb)}) : std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<Cue> find_cue_before(std::span<const Word> words) {
  for (std::size_t at = words.size(); at-- > 0;) {
    // Step 1: a cue phrase, whose speaker follows it ("according to the ruling,").
    if (const std::size_t length = phrase_cue_length(words, at)) {
      const std::size_t end = object_end(words, at + 1);
      if (auto mention = choose_mention(words, at + 1, end)) {
        return Cue{*std::move(mention), phrase_cue(words, at, length)};
      }
      return std::nullopt;
    }
    if (!is_cue_verb(words[at].text)) {
      continue;
    }
    // Step 2: a cue verb and its subject before it, in its clause ("Ruiz called it").
    const std::size_t start = clause_start(words, at);
    const std::size_t end = subject_end(words, at, start);
    if (auto mention = subject_mention(words, start, end)) {
      return Cue{*std::move(mention), cue_at(words, at)};
    }
    // A verb joined by "and" or "but" to an earlier one shares its subject, the name or
    // pronoun that opens the clause ("Ruiz put the damage at €7 million, but told reporters").
    const bool joined = end > start && (same_word(words[end - 1].text, "and") ||
                                        same_word(words[end - 1].text, "but"));
    if (joined) {
      if (auto mention = opening_subject(words, start, end - 1)) {
        return Cue{*std::move(mention), cue_at(words, at)};
      }
    }
    // Step 3: a verb that opens its clause names its speaker after it ("said Ruiz, “").
    if (end == start) {
      if (auto mention = choose_mention(words, at + 1, object_end(words, at + 1))) {
        return Cue{*std::move(mention), cue_at(words, at)};
      }
    }
    // A verb without a speaker ("the board had asked owners") leaves the search to the
    // verbs before it.
  }
  return std::nullopt;
}

namespace {

// Nouns that a company's name ends with, so that "the company" finds "Vessler Group Ltd.".
const WordSet kCompanyEndings({"ltd.", "inc.", "co.", "corp.", "plc", "asa", "gmbh", "ag", "llc",
                               "group"});

std::string_view without_possessive(std::string_view word) {
  if (word.ends_with("'s")) {
    return word.substr(0, word.size() - 2);
  }
  if (word.ends_with("’s")) {
    return word.substr(0, word.size() - 4);
  }
  return word;
}

// Post-nominal letters ("KC", "MP") are capitals only, two to four of them.
bool is_post_nominal(std::string_view word) {
  return word.size() >= 2 && word.size() <= 4 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The words of a name as the canonical form keeps them (README.md, rule 8): without openers
// and titles at its start, without non-Latin words when Latin ones are there, without
// post-nominal letters and small descriptor words at its end, without a final "'s".
std::vector<std::string_view> name_words(std::span<const std::string_view> written) {
  std::size_t from = 0;
  while (from < written.size() &&
         (is_lower_in(kOpeners, written[from]) || is_title(written[from]))) {
    ++from;
  }
  for (std::size_t i = from; i < written.size(); ++i) {
    if (is_title(written[i])) {
      from = i + 1;
    }
  }
  const bool has_latin = std::any_of(written.begin() + static_cast<std::ptrdiff_t>(from),
                                     written.end(), [](std::string_view w) { return is_latin(w); });
  std::vector<std::string_view> kept;
  for (std::size_t i = from; i < written.size(); ++i) {
    if (!has_latin || is_latin(written[i])) {
      kept.push_back(without_possessive(written[i]));
    }
  }
  while (!kept.empty() && (is_small(kept.back()) || is_post_nominal(kept.back()))) {
    kept.pop_back();
  }
  return kept;
}

std::string join(std::span<const std::string_view> words) {
  std::string out;
  for (const std::string_view word : words) {
    out += (out.empty() ? "" : " ");
    out += word;
  }
  return out;
}

// Fills `words` with the words of `text` between its spaces. A loop that splits many texts
// passes the same vector each time, which keeps its storage instead of allocating anew.
void split_on_spaces_into(std::string_view text, std::vector<std::string_view>& words) {
  words.clear();
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t space = std::min(text.find(' ', at), text.size());
    if (space > at) {
      words.push_back(text.substr(at, space - at));
    }
    at = space + 1;
  }
}

std::vector<std::string_view> split_on_spaces(std::string_view text) {
  std::vector<std::string_view> words;
  split_on_spaces_into(text, words);
  return words;
}

// Whether `word` is one of the words of `text` between its spaces, as a search of
// split_on_spaces(text) would say, without the vector.
bool holds_word(std::string_view text, std::string_view word) {
  if (word.empty()) {
    return false;
  }
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const bool starts = at == 0 || text[at - 1] == ' ';
    const bool ends = at + word.size() == text.size() || text[at + word.size()] == ' ';
    if (starts && ends) {
      return true;
    }
  }
  return false;
}

// Whether `part` appears in `whole`, word by word and in order.
bool holds_in_order(std::span<const std::string_view> whole,
                    std::span<const std::string_view> part) {
  std::size_t next = 0;
  for (const std::string_view word : whole) {
    if (next < part.size() && word == part[next]) {
      ++next;
    }
  }
  return next == part.size();
}

// Whether an offset lies inside one of `quotes`, asked with offsets that never decrease, so
// that the whole article costs one pass over the quotations.
class InsideQuotes {
 public:
  explicit InsideQuotes(std::span<const QuoteToAttribute> quotes) : quotes_(quotes) {}
  bool contains(std::size_t offset) {
    while (next_ < quotes_.size() && quotes_[next_].end <= offset) {
      ++next_;
    }
    return next_ < quotes_.size() && quotes_[next_].begin <= offset;
  }

 private:
  std::span<const QuoteToAttribute> quotes_;
  std::size_t next_ = 0;
};

// What the whole article says about its capitalised words: `small` holds every word that
// starts with a small letter, `inside` every capitalised word that stands inside a sentence.
// A capitalised word at a sentence's start that is in `small` ("Hydrologist", "Shipping"),
// or is missing from `inside` before a name of two more words ("Projectionist Tetsuo
// Kanemura"), is a word of the language, not a name.
struct WordSets {
  std::unordered_set<std::string_view> small;
  std::unordered_set<std::string_view> inside;
};

WordSets word_sets(const BlockWordLists& block_words) {
  WordSets sets;
  for (const std::vector<Word>& words : block_words) {
    bool starts = true;
    for (const Word& word : words) {
      if (is_small(word.text)) {
        sets.small.insert(word.text);
      } else if (!starts && is_capitalised(word.text)) {
        sets.inside.insert(word.text);
      }
      starts = is_sentence_end(word.text) || (starts && is_quote_mark(word.text));
    }
  }
  return sets;
}

// The noun of an apposition that starts at words[from]: "the union's regional secretary"
// gives "secretary", "finance minister in the governing party" gives "minister". Nothing when
// the apposition holds a capitalised word before its noun or is no noun phrase.
std::optional<std::string_view> apposition_head(Words words, std::size_t from, std::size_t to) {
  to = std::min(to, from + kMostRoleWords);
  std::size_t at = from;
  if (at < to && is_lower_in(kDeterminers, words[at].text)) {
    ++at;
    // One capitalised word after the determiner qualifies the noun: "a Brazilian-born chef".
    if (at + 1 < to && is_capitalised(words[at].text) && is_small(words[at + 1].text)) {
      ++at;
    }
  }
  std::optional<std::string_view> head;
  for (; at < to && is_small(words[at].text) && !is_lower_in(kMentionStops, words[at].text); ++at) {
    if (words[at].text == "of" || words[at].text == "for" || is_cue_verb(words[at].text) ||
        is_lower_in(kRelatives, words[at].text)) {
      break;
    }
    head = words[at].text;
  }
  return head;
}

// Whoever speaks for the name at words[from]: "a spokeswoman for the Ewaso Basin Fund".
std::optional<std::string_view> speaker_for(Words words, std::size_t from) {
  std::size_t before = from;
  if (before > 0 && is_lower_in(kDeterminers, words[before - 1].text)) {
    --before;
  }
  if (before >= 2 && words[before - 1].text == "for" && is_small(words[before - 2].text)) {
    return words[before - 2].text;
  }
  return std::nullopt;
}

// The document the words of the name before words[to] are in: "Furlong said in a
// statement", "Kinloch wrote in the judgment".
std::optional<std::string_view> document_after(Words words, std::size_t to) {
  const bool in_document = to + 3 < words.size() && is_cue_verb(words[to].text) &&
                           words[to + 1].text == "in" &&
                           is_lower_in(kDeterminers, words[to + 2].text);
  if (!in_document) {
    return std::nullopt;
  }
  return words[role_end(words, to + 2, words.size()) - 1].text;
}

// The noun of an apposition after the name before words[to] (", the union's secretary,").
std::optional<std::string_view> apposition_after(Words words, std::size_t to) {
  if (to + 1 >= words.size() || words[to].text != ",") {
    return std::nullopt;
  }
  return apposition_head(words, to + 1, words.size());
}

// The noun of an apposition before the name at words[from] ("Its spokesman, Lennart").
std::optional<std::string_view> apposition_before(Words words, std::size_t from) {
  if (from < 2 || words[from - 1].text != ",") {
    return std::nullopt;
  }
  std::size_t start = from - 1;
  const std::size_t limit = start > kMostRoleWords ? start - kMostRoleWords : 0;
  while (start > limit && words[start - 1].text != "," && !is_sentence_end(words[start - 1].text) &&
         !is_quote_mark(words[start - 1].text)) {
    --start;
  }
  return apposition_head(words, start, from - 1);
}

// The role nouns written next to the name words[from, to): a title in it, the small word
// before it ("prosecutor Ms. Ama Boateng"), the small word after it ("the Havenbond union")
// and the last word of an apposition after it (", the union's regional secretary,").
std::string role_words(Words words, std::size_t from, std::size_t to) {
  std::vector<std::string_view> roles;
  for (std::size_t i = from; i < to; ++i) {
    if (is_title(words[i].text)) {
      roles.push_back(words[i].text);
    }
  }
  if (from > 0 && is_small(words[from - 1].text) &&
      !is_lower_in(kMentionStops, words[from - 1].text) &&
      !is_in(kRegionWords, words[from - 1].text)) {
    roles.push_back(words[from - 1].text);
  }
  // The noun after it, when it names a kind of body or a job: "the Havenbond union".
  const bool noun_after = to < words.size() && is_small(words[to].text) &&
                          (is_lower_in(kOrganisationWords, words[to].text) ||
                           looks_like_role(to_lower_ascii(words[to].text)));
  if (noun_after) {
    roles.push_back(words[to].text);
  }
  for (const auto role : {speaker_for(words, from), document_after(words, to),
                          apposition_after(words, to), apposition_before(words, from)}) {
    if (role) {
      roles.push_back(*role);
    }
  }
  std::string joined;
  for (const std::string_view role : roles) {
    joined += (joined.empty() ? "" : " ");
    joined += to_lower_ascii(without_possessive(role));
  }
  return joined;
}

// By canonical name, a view into one of the names voted for; > 0: female.
using GenderVotes = std::unordered_map<std::string_view, int>;

// The first he, his, she or her outside the quotations after a person's name votes for that
// name's gender, before another person's name takes the vote. The first person named in a
// sentence keeps it through the sentence: in "Bethan Rowlands, a steward at Wrenfield's
// factory, said" the pronoun after is hers. "Him" is as often someone else, the object of
// the name's verb, so it does not vote (measured on the corpus: "her" helps, "him" harms).
GenderVotes count_pronouns(const BlockWordLists& block_words,
                           std::span<const QuoteToAttribute> quotes,
                           std::span<const NameInText> names) {
  GenderVotes votes;
  constexpr std::size_t kNoName = static_cast<std::size_t>(-1);
  std::size_t next = 0;
  std::size_t open = kNoName;  // the name waiting for its pronoun
  bool open_starts_sentence = false;
  InsideQuotes inside(quotes);
  for (const std::vector<Word>& words : block_words) {
    for (const Word& word : words) {
      for (; next < names.size() && names[next].begin <= word.begin; ++next) {
        if (names[next].person && !open_starts_sentence) {
          open = next;
          open_starts_sentence = true;
        }
      }
      if (is_sentence_end(word.text)) {
        open_starts_sentence = false;
      }
      const bool female = same_word(word.text, "she") || same_word(word.text, "her");
      const bool male = same_word(word.text, "he") || same_word(word.text, "his");
      if (open != kNoName && (female || male) && !inside.contains(word.begin)) {
        votes[names[open].canonical] += female ? 1 : -1;
        open = kNoName;
      }
    }
  }
  return votes;
}

// A title that tells the gender (Mr., Mrs., Ms.) outweighs the pronouns.
void count_titles(std::span<const NameInText> names, GenderVotes& votes) {
  constexpr int kTitleWeight = 5;
  for (const NameInText& name : names) {
    const auto has = [&name](std::string_view title) { return holds_word(name.role, title); };
    if (has("mrs.") || has("ms.")) {
      votes[name.canonical] += kTitleWeight;
    } else if (has("mr.")) {
      votes[name.canonical] -= kTitleWeight;
    }
  }
}

// Every name takes the majority of the votes for its last word.
void learn_genders(const BlockWordLists& block_words, std::span<const QuoteToAttribute> quotes,
                   std::vector<NameInText>& names) {
  GenderVotes votes = count_pronouns(block_words, quotes, names);
  count_titles(names, votes);
  for (NameInText& name : names) {
    const int vote = votes[name.canonical];
    name.gender = vote > 0 ? Gender::female : vote < 0 ? Gender::male : Gender::unknown;
  }
}

// Gives every name its canonical form, as canonical_name() would over all of `names`, but
// asking it only about the names that hold the rarest word of each distinct name, so that an
// article with many names takes near-linear time instead of comparing every pair.
void fill_canonical_names(std::vector<NameInText>& names) {
  std::unordered_map<std::string, std::vector<std::size_t>> holding;  // word -> names with it
  std::unordered_map<std::string, std::size_t> first_of;              // name -> first occurrence
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (first_of.emplace(names[i].name, i).second) {
      for (const std::string_view word : split_on_spaces(names[i].name)) {
        holding[std::string(word)].push_back(i);
      }
    }
  }
  std::unordered_map<std::string, std::string> canonical;
  for (NameInText& name : names) {
    auto [it, added] = canonical.try_emplace(name.name);
    if (added) {
      const std::vector<std::size_t>* rarest = nullptr;
      for (const std::string_view word : split_on_spaces(name.name)) {
        const auto& with_word = holding[std::string(word)];
        if (rarest == nullptr || with_word.size() < rarest->size()) {
          rarest = &with_word;
        }
      }
      std::vector<NameInText> candidates;
      for (const std::size_t i : *rarest) {
        candidates.push_back(names[i]);
      }
      it->second = canonical_name(name.name, candidates);
    }
    name.canonical = it->second;
  }
}

// A name is a person's when one of its occurrences shows it: every name with the same
// canonical name ("Mamani" and "Dr. Killa Mamani Quispe") is then a person's, unless that
// canonical name ends like a place's, an organisation's or an event's ("Galway" of the city
// and "Galway Bay").
void mark_people(std::vector<NameInText>& names) {
  std::unordered_set<std::string_view> people;  // canonical names, views into `names`
  for (const NameInText& name : names) {
    if (name.person) {
      people.insert(name.canonical);
    }
  }
  for (NameInText& name : names) {
    name.person = people.contains(name.canonical) && !ends_like_no_person(name.canonical);
  }
}

bool is_organisation_word(std::string_view word) {
  return is_lower_in(kOrganisationWords, without_possessive(word));
}

// Whether words[at], "of", "for" or "and", joins two parts of an organisation's name that
// starts at words[from]: after an organisation word ("Department for Local Journeys") or,
// for "and", between a part without one and a name that ends in one ("Valleys and Vale Bus
// Operators’ Association", but "the Department for Local Journeys and Kahika District
// Council" are two).
bool joins_organisation(Words words, std::size_t from, std::size_t at) {
  if (at + 1 >= words.size() || !is_capitalised(words[at + 1].text)) {
    return false;
  }
  const std::string_view joiner = words[at].text;
  const bool organisation_before =
      std::any_of(words.begin() + static_cast<std::ptrdiff_t>(from),
                  words.begin() + static_cast<std::ptrdiff_t>(at),
                  [](const Word& w) { return is_organisation_word(w.text); });
  if (joiner == "of" || joiner == "for") {
    return organisation_before;
  }
  if (joiner != "and" || organisation_before) {
    return false;
  }
  constexpr std::size_t kMostWordsAfter = 6;
  std::size_t end = at + 1;
  while (end < words.size() && end <= at + kMostWordsAfter &&
         (is_name_word(words[end].text) || is_plural_possessive(words, end))) {
    if (is_organisation_word(words[end].text)) {
      return true;
    }
    ++end;
  }
  return false;
}

// The end of the run of name words that starts at words[at]. A possessive ends it ("Verdant's
// sports director"), a particle cannot end it, the parts of an organisation's name stay
// together ("Department for Local Journeys"), and a nickname in quotation marks between name
// words stays in it (`Ana "The Hammer" Ruiz`).
std::size_t name_run_end(Words words, std::size_t at) {
  std::size_t end = at + 1;
  while (end < words.size() && !is_possessive_end(words[end - 1].text)) {
    if (is_name_word(words[end].text) || is_plural_possessive(words, end) ||
        joins_organisation(words, at, end)) {
      ++end;
      continue;
    }
    std::size_t close = end + 1;
    while (close < words.size() && close < end + 5 && is_name_word(words[close].text)) {
      ++close;
    }
    const bool nickname = is_quote_mark(words[end].text) && close > end + 1 &&
                          close + 1 < words.size() && is_quote_mark(words[close].text) &&
                          is_capitalised(words[close + 1].text);
    if (!nickname) {
      break;
    }
    end = close + 1;
  }
  while (end > at + 1 && is_small(words[end - 1].text)) {
    --end;
  }
  return end;
}

// A pronoun with a verb ("I’m", "We’ve", "They’re"), capitalised at a sentence's start.
bool is_contraction(std::string_view word) {
  static constexpr auto kEndings = std::to_array<std::string_view>(
      {"'m", "’m", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d"});
  return std::any_of(kEndings.begin(), kEndings.end(),
                     [word](std::string_view ending) { return word.ends_with(ending); });
}

// The name that the run words[at, end) writes, when it is one (README.md, rule 7).
std::optional<NameInText> name_of_run(Words words, std::size_t at, std::size_t end,
                                      bool sentence_start, const WordSets& sets) {
  std::size_t from = at;
  const std::string lower = to_lower_ascii(words[at].text);
  const bool common_word =
      sets.small.contains(std::string_view(lower)) ||
      (end - at >= 3 && !sets.inside.contains(words[at].text) && looks_like_role(lower));
  if (sentence_start && common_word) {
    ++from;
  }
  const bool lone_opener = sentence_start && end - at == 1 && !sets.inside.contains(words[at].text);
  if (lone_opener || is_lower_in(kCalendarWords, words[from].text) ||
      is_contraction(words[from].text)) {
    return std::nullopt;
  }
  std::vector<std::string_view> written;
  for (std::size_t i = from; i < end; ++i) {
    if (i > from && is_plural_possessive(words, i)) {
      written.back() = std::string_view(written.back().data(), words[i].end - words[i - 1].begin);
      continue;
    }
    const bool in_nickname = is_quote_mark(words[i].text);
    if (in_nickname) {
      for (++i; i < end && !is_quote_mark(words[i].text); ++i) {
      }
      continue;
    }
    written.push_back(words[i].text);
  }
  const auto kept = name_words(written);
  if (kept.empty()) {
    return std::nullopt;
  }
  return NameInText{join(kept),
                    role_words(words, at, end),
                    std::string(),
                    words[from].begin,
                    words[end - 1].end,
                    Gender::unknown,
                    false};
}

// The first word after the apposition between commas that follows a name ending before
// words[end] ("Ólafsdóttir, 56, said" gives "said"), or words[end] when none follows it.
std::size_t past_apposition(Words words, std::size_t end) {
  if (end + 1 >= words.size() || words[end].text != ",") {
    return end;
  }
  constexpr std::size_t kMostAppositionWords = 20;
  std::size_t close = end + 1;
  while (close < words.size() && close < end + kMostAppositionWords &&
         words[close].text != "," && !is_sentence_end(words[close].text)) {
    ++close;
  }
  return close < words.size() && words[close].text == "," ? close + 1 : end;
}

// Whether a cue verb follows a name that ends before words[end]: directly, after a comma or
// after an apposition ("Ruiz said", "Ruiz, said", "Ólafsdóttir, 56, said").
bool says_after(Words words, std::size_t end) {
  if (end + 1 < words.size() && words[end].text == "," && is_cue_verb(words[end + 1].text)) {
    return true;
  }
  const std::size_t after = past_apposition(words, end);
  return after < words.size() && is_cue_verb(words[after].text);
}

// Whether the words after a name at words[end] show a person: an age ("Wolny, 58,",
// "Sønderby, the 31-year-old Dane"), "who", or a cue verb, directly or after an apposition
// ("Ólafsdóttir, 56, said").
bool shown_after(Words words, std::size_t end) {
  if (end + 1 < words.size() && words[end].text == ",") {
    const std::string_view next = words[end + 1].text;
    const bool age = unicode::is_digit(first_char(next)) ||
                     (end + 2 < words.size() && is_lower_in(kDeterminers, next) &&
                      unicode::is_digit(first_char(words[end + 2].text)));
    if (next == "who" || age) {
      return true;
    }
  }
  return says_after(words, end);
}

// Whether `noun`, the head of an apposition, is a word for a person: a title ("president"),
// a word that ends like a job ("accountant") or a word for kin or company ("wife").
bool names_a_person(std::optional<std::string_view> noun) {
  static const WordSet kPersonNouns(
      {"wife",     "husband",  "son",     "daughter", "mother",    "father",      "brother",
       "sister",   "widow",    "partner", "friend",   "neighbour", "neighbor",    "colleague",
       "resident", "student",  "child",   "uncle",    "aunt",      "grandmother", "grandfather",
       "cousin",   "nephew",   "niece",   "chef",     "nurse",     "poet",        "pilot",
       "clerk",    "steward",  "guard",   "priest",   "cook",      "surgeon",     "midwife",
       "veteran",  "pupil",    "fan",     "volunteer"});
  if (!noun) {
    return false;
  }
  const std::string lower = to_lower_ascii(without_possessive(*noun));
  return is_in(kPersonNouns, std::string_view(lower)) || is_in(kTitles, std::string_view(lower)) ||
         looks_like_role(lower);
}

// Whether the run words[at, end) shows that it names a person (README.md, rule 7): a title in
// it, a role noun just before it ("historian Dr. Lucía Ferrándiz"), an age or "who" after it
// ("Wolny, 58,", "Coyle, who represents"), or a cue verb next to it, directly or after an
// apposition ("Ólafsdóttir, 56, said"). An organisation's name is none.
bool shows_person(Words words, std::size_t at, std::size_t end) {
  // A name after a preposition is a place as often as not: "a group in Moyale", also with a
  // word for a part of a country between them: "across northern Kenya".
  static const WordSet kPlacePrepositions(
      {"in", "at", "from", "of", "to", "near", "across", "into", "on", "outside", "around"});
  const bool after_region = at > 1 && is_in(kRegionWords, words[at - 1].text);
  const bool after_preposition =
      at > 0 && is_in(kPlacePrepositions, words[at - (after_region ? 2 : 1)].text);
  // A name that ends in a word for a place names that place: "the Jamuna River".
  if (ends_like_no_person(words[end - 1].text) || is_lower_in(kOpeners, words[at].text) ||
      after_preposition) {
    return false;
  }
  for (std::size_t i = at; i < end; ++i) {
    if (is_title(words[i].text)) {
      return true;
    }
  }
  const bool role_before = at > 0 && is_small(words[at - 1].text) &&
                           names_a_person(words[at - 1].text);
  const bool verb_before = at >= 2 && is_cue_verb(words[at - 1].text) &&
                           (is_quote_mark(words[at - 2].text) || words[at - 2].text == ",");
  return role_before || verb_before || shown_after(words, end) ||
         names_a_person(apposition_before(words, at)) || names_a_person(apposition_after(words, end));
}

// The gender that a pronoun for a person tells (he, his: male; she, her: female), or unknown.
Gender gender_of_pronoun(std::string_view word) {
  if (same_word(word, "he") || same_word(word, "his")) {
    return Gender::male;
  }
  if (same_word(word, "she") || same_word(word, "her")) {
    return Gender::female;
  }
  return Gender::unknown;
}

// The gender of the possessive pronoun in the phrase that the name words[at, end) is the
// apposition of, between commas: "by her solicitor, Ms. Saoirse Lydon," gives female, as the
// solicitor is someone else than "her". Unknown when there is none: in "On her first day
// off, Kim laughed", Kim is no apposition.
Gender possessive_before_apposition(Words words, std::size_t at, std::size_t end) {
  const bool closed = end < words.size() && (words[end].text == "," || is_sentence_end(words[end].text));
  if (at < 2 || words[at - 1].text != "," || !closed) {
    return Gender::unknown;
  }
  const std::size_t limit = at - 1 > kMostRoleWords ? at - 1 - kMostRoleWords : 0;
  for (std::size_t i = at - 1; i-- > limit;) {
    const std::string_view word = words[i].text;
    if (word == "," || is_sentence_end(word) || is_quote_mark(word)) {
      break;
    }
    if (same_word(word, "his") || same_word(word, "her")) {
      return gender_of_pronoun(word);
    }
  }
  return Gender::unknown;
}

// Appends the names of one block's words to `names`, with what each occurrence shows, and
// their places to `places`; `sentence` counts the sentences of the article. A name inside a
// quotation, or a possessive ("Braithwaite’s wheel"), is seldom the speaker a pronoun stands
// for, and is left out.
void add_names_of_block(Words words, const WordSets& sets, InsideQuotes& inside,
                        std::vector<NameInText>& names) {
  bool sentence_start = true;
  Gender pronoun = Gender::unknown;  // of the first pronoun for a person in the clause
  for (std::size_t at = 0; at < words.size();) {
    if (pronoun == Gender::unknown && !inside.contains(words[at].begin)) {
      pronoun = gender_of_pronoun(words[at].text);
    }
    if (is_small(words[at].text) || !is_name_word(words[at].text)) {
      // A pronoun in a clause before a comma is often the name's own: "As she left, Kim said".
      const bool clause_end = is_sentence_end(words[at].text) || words[at].text == ",";
      pronoun = clause_end ? Gender::unknown : pronoun;
      sentence_start =
          is_sentence_end(words[at].text) || (sentence_start && is_quote_mark(words[at].text));
      ++at;
      continue;
    }
    const std::size_t end = name_run_end(words, at);
    const bool left_out =
        inside.contains(words[at].begin) || is_possessive_end(words[end - 1].text);
    if (!left_out) {
      if (auto name = name_of_run(words, at, end, sentence_start, sets)) {
        names.push_back(*std::move(name));
        names.back().person = shows_person(words, at, end);
        names.back().after_pronoun =
            pronoun != Gender::unknown ? pronoun : possessive_before_apposition(words, at, end);
      }
    }
    sentence_start = false;
    at = end;
  }
}

BlockWordLists words_of_blocks(std::string_view text, std::span<const Block> blocks) {
  BlockWordLists block_words;
  block_words.reserve(blocks.size());
  for (const Block& block : blocks) {
    block_words.push_back(split_words(text, block.begin, block.end));
  }
  return block_words;
}

// find_names() over words already split, block by block.
std::vector<NameInText> names_in_words(std::span<const Block> blocks,
                                       const BlockWordLists& block_words,
                                       std::span<const QuoteToAttribute> quotes) {
  std::vector<NameInText> names;
  const WordSets sets = word_sets(block_words);
  InsideQuotes inside(quotes);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind == BlockKind::headline || blocks[b].kind == BlockKind::paragraph) {
      add_names_of_block(block_words[b], sets, inside, names);
    }
  }
  fill_canonical_names(names);
  mark_people(names);
  learn_genders(block_words, quotes, names);
  return names;
}

}  // namespace

std::vector<NameInText> find_names(std::string_view text, std::span<const Block> blocks,
                                   std::span<const QuoteToAttribute> quotes) {
  return names_in_words(blocks, words_of_blocks(text, blocks), quotes);
}

std::string canonical_name(std::string_view mention, std::span<const NameInText> names) {
  const std::vector<std::string_view> wanted = name_words(split_on_spaces(mention));
  if (wanted.empty()) {
    return std::string();
  }
  std::vector<std::string_view> best = wanted;
  std::vector<std::string_view> candidate;
  for (const NameInText& name : names) {
    // A name that holds the wanted words holds the last of them in its text: most names do
    // not, and are passed over without splitting them.
    if (name.name.find(wanted.back()) == std::string::npos) {
      continue;
    }
    split_on_spaces_into(name.name, candidate);
    if (candidate.size() > best.size() && holds_in_order(candidate, wanted)) {
      best = candidate;
    }
  }
  return join(best);
}

namespace {

// Documents that speak for their authors: "the statement said", "according to the report".
const WordSet kDocumentWords({"statement", "report", "ruling", "judgment", "judgement", "audit",
                              "review", "assessment", "letter", "email", "e-mail", "survey",
                              "study", "figures", "counts", "data", "records", "minutes",
                              "filing", "notice", "papers", "analysis", "plan", "website"});

// The noun a role mention is about: "minister" in "the finance minister", "commission" in
// "a spokeswoman for the commission" (the words are the organisation's). A document or a
// body of an owner named with a possessive is about its owner: "council" in "the council's
// own visitor counts", "fund" in "the fund's board".
std::string role_head(std::span<const std::string_view> words) {
  const std::string last = to_lower_ascii(without_possessive(words.back()));
  if (is_in(kDocumentWords, std::string_view(last)) ||
      is_in(kOrganisationWords, std::string_view(last))) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      if (is_possessive_end(words[i])) {
        return to_lower_ascii(without_possessive(words[i]));
      }
    }
  }
  return last;
}

// Whether the name `name` is written with the role noun `head`.
bool has_role(const NameInText& name, std::string_view head) {
  if (holds_word(name.role, head)) {
    return true;
  }
  // "Department" stands for "the Department for Local Journeys" as "Council" does for
  // "Kahika District Council": the noun opens or ends the name.
  const auto words = split_on_spaces(name.name);
  const std::string last = to_lower_ascii(words.back());
  return last == head || to_lower_ascii(words.front()) == head ||
         (head == "company" && is_in(kCompanyEndings, std::string_view(last)));
}

// The canonical form of a name mention: that of the name found at its place, which
// find_names() has worked out already, or else canonical_name() over all the names.
std::string canonical_of(const Mention& mention, std::span<const NameInText> names) {
  const auto at =
      std::upper_bound(names.begin(), names.end(), mention.end,
                       [](std::size_t offset, const NameInText& n) { return offset < n.begin; });
  if (at != names.begin() && std::prev(at)->end <= mention.end &&
      std::prev(at)->begin >= mention.begin) {
    // A name before a noun for a person is where that person belongs, not who speaks: "One
    // Coastal Alliance deputy"; "the Havenbond union" is the union.
    const std::vector<std::string_view> after =
        split_on_spaces(std::string_view(mention.text).substr(std::prev(at)->end - mention.begin));
    const bool member = !after.empty() && is_small(after.front()) &&
                        !is_organisation_word(after.front()) &&
                        !is_lower_in(kMentionStops, after.front());
    return member ? std::string() : std::prev(at)->canonical;
  }
  const bool role =
      is_small(mention.text) || is_lower_in(kDeterminers, split_on_spaces(mention.text).front());
  return role ? std::string() : canonical_name(mention.text, names);
}

// How far back a pronoun or a role looks for its name.
constexpr std::size_t kMostNamesBack = 80;

// The canonical name of the most recent person of `gender` among `earlier`, the names before a
// pronoun, leaving out first those after a pronoun of that gender in their sentence (in "He
// finished behind Lee", "he" is not Lee); when none of the last names is known to be of that
// gender, the most recent person whose gender the article does not tell.
std::optional<std::string> person_before(std::span<const NameInText> earlier, Gender gender) {
  std::optional<std::size_t> unknown;
  std::optional<std::size_t> fitting;
  const std::size_t stop = earlier.size() > kMostNamesBack ? earlier.size() - kMostNamesBack : 0;
  for (std::size_t i = earlier.size(); i-- > stop;) {
    if (!earlier[i].person) {
      continue;
    }
    if (earlier[i].gender == gender && earlier[i].after_pronoun != gender) {
      return earlier[i].canonical;
    }
    if (earlier[i].gender == gender && !fitting) {
      fitting = i;
    }
    if (earlier[i].gender == Gender::unknown && !unknown) {
      unknown = i;
    }
  }
  if (fitting) {
    return earlier[*fitting].canonical;
  }
  if (unknown) {
    return earlier[*unknown].canonical;
  }
  return std::nullopt;
}

// The canonical name of the organisation that "it" or "they" stands for: the most recent name
// before the pronoun, when it ends in an organisation word ("the Kirkgate Patients’ Forum
// said ... “...,” they said"). A person named after the organisation, or nothing within a few
// names, gives nothing; names that are neither (places, titles of works) are passed over.
std::optional<std::string> organisation_before(std::span<const NameInText> earlier) {
  constexpr std::size_t kMostNamesPassed = 8;
  const std::size_t stop = earlier.size() > kMostNamesPassed ? earlier.size() - kMostNamesPassed : 0;
  for (std::size_t i = earlier.size(); i-- > stop;) {
    if (earlier[i].person) {
      return std::nullopt;
    }
    const auto words = split_on_spaces(earlier[i].name);
    if (is_lower_in(kOrganisationWords, without_possessive(words.back()))) {
      return earlier[i].canonical;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> resolve_speaker(const Mention& mention,
                                           std::span<const NameInText> names) {
  const std::vector<std::string_view> words = split_on_spaces(mention.text);
  if (words.empty()) {
    return std::nullopt;
  }
  const std::string first = to_lower_ascii(words.front());
  // Step 1: a name is its own speaker, in its canonical form, and a name inside a role
  // phrase is the speaker too ("the Havenbond union", "a spokeswoman for the Basin Fund").
  if (!is_in(kPronouns, std::string_view(first))) {
    if (std::string name = canonical_of(mention, names); !name.empty()) {
      return name;
    }
  }
  // Step 2: a pronoun looks back for the most recent person of its gender, a role for the
  // most recent name written with its noun.
  const auto later =
      std::lower_bound(names.begin(), names.end(), mention.begin,
                       [](const NameInText& n, std::size_t at) { return n.begin < at; });
  const auto earlier = names.first(static_cast<std::size_t>(later - names.begin()));
  // A possessive alone stands for a person ("Her view: “"); "His allies" is a role phrase.
  const bool alone = words.size() == 1;
  if (first == "he" || (alone && first == "his")) {
    return person_before(earlier, Gender::male);
  }
  if (first == "she" || (alone && first == "her")) {
    return person_before(earlier, Gender::female);
  }
  if (first == "it" || first == "they") {
    return organisation_before(earlier);
  }
  if (is_in(kPronouns, std::string_view(first))) {
    return std::nullopt;
  }
  const std::string head = role_head(words);
  const std::size_t stop = earlier.size() > kMostNamesBack ? earlier.size() - kMostNamesBack : 0;
  // An age stands for the person just named, as a pronoun does: "The 52-year-old said".
  if (head.ends_with("-year-old")) {
    for (std::size_t i = earlier.size(); i-- > stop;) {
      if (earlier[i].person) {
        return earlier[i].canonical;
      }
    }
    return std::nullopt;
  }
  for (std::size_t i = earlier.size(); i-- > stop;) {
    if (has_role(earlier[i], head)) {
      return earlier[i].canonical;
    }
  }
  return std::nullopt;
}

namespace {

// The index of the first word that begins at or after `offset`.
std::size_t first_word_from(Words words, std::size_t offset) {
  return static_cast<std::size_t>(
      std::lower_bound(words.begin(), words.end(), offset,
                       [](const Word& w, std::size_t at) { return w.begin < at; }) -
      words.begin());
}

// The first word of the sentence that holds words[at].
std::size_t sentence_start(Words words, std::size_t at, std::size_t floor = 0) {
  const std::size_t limit = std::max(floor, at > kMostSentenceWords ? at - kMostSentenceWords : 0);
  while (at > limit && !ends_sentence(words, at - 1)) {
    --at;
  }
  return at;
}

// The index of the block that holds byte `offset`, or blocks.size().
std::size_t block_of(std::span<const Block> blocks, std::size_t offset) {
  const auto it = std::upper_bound(blocks.begin(), blocks.end(), offset,
                                   [](std::size_t at, const Block& b) { return at < b.begin; });
  if (it == blocks.begin() || offset > std::prev(it)->end) {
    return blocks.size();
  }
  return static_cast<std::size_t>(std::prev(it) - blocks.begin());
}

bool is_pronoun_for_a_person(std::string_view word) {
  return same_word(word, "he") || same_word(word, "she");
}

// Whether a person is named in the text between the offsets `from` and `to`.
bool person_named_between(std::span<const NameInText> names, std::size_t from, std::size_t to) {
  auto it = std::lower_bound(names.begin(), names.end(), from,
                             [](const NameInText& n, std::size_t at) { return n.begin < at; });
  for (; it != names.end() && it->begin < to; ++it) {
    if (it->person) {
      return true;
    }
  }
  return false;
}

// The attribution a quotation has of its own: the cue that introduces it ("Ruiz said: “"),
// the one after it ("” she said"), or one earlier in its sentence ("Ruiz called it “").
std::optional<Cue> own_cue(std::string_view text, Words before, Words after,
                           const QuoteToAttribute& quote) {
  const auto cue_before = find_cue_before(before);
  const bool introduces =
      !before.empty() && (before.back().text == ":" || before.back().text == ",");
  if (cue_before && introduces) {
    return cue_before;
  }
  // After a full stop inside the marks, a capitalised word starts a new sentence.
  const bool sentence_ended = quote.end > quote.begin && text[quote.end - 1] == '.' &&
                              !after.empty() && !is_small(after.front().text);
  // A fragment stands in the reporter's sentence, whose verb comes before it.
  if (quote.kind == QuoteKind::partial && cue_before) {
    return cue_before;
  }
  if (!sentence_ended) {
    if (auto cue_after = find_cue_after(after)) {
      return cue_after;
    }
  }
  return cue_before;
}

// The words around a quotation: `before`, those of its sentence before its opening mark,
// which starts at words[start]; `after`, those after its closing mark to its paragraph's end
// (an unterminated quotation has none).
// `before` starts no earlier than words[floor], the first word after the quotation before it
// in the same paragraph: what lies between them belongs to that one's attribution, and each
// word is looked at for one quotation only, however many a paragraph holds.
struct Around {
  Words before;
  Words after;
  std::size_t start = 0;  // of `before`, in `words`
  std::size_t next = 0;   // of `after`, in `end_words`
};

Around words_around(Words words, Words end_words, const QuoteToAttribute& quote,
                    std::size_t floor) {
  const std::size_t opening = first_word_from(words, quote.begin);
  const bool has_mark = opening > 0 && is_quote_mark(words[opening - 1].text);
  const std::size_t mark = has_mark ? opening - 1 : opening;
  const std::size_t start = sentence_start(words, mark, std::min(floor, mark));
  std::size_t after = first_word_from(end_words, quote.end);
  if (after < end_words.size() && is_quote_mark(end_words[after].text) && !quote.unterminated) {
    ++after;
  }
  return Around{words.subspan(start, mark - start), end_words.subspan(after), start, after};
}

// The cue of the sentence before words[start] in its paragraph, an indirect-speech sentence
// that introduces the quotation after it ("Talukder said the board had asked owners. “...").
std::optional<Cue> cue_of_sentence_before(Words words, std::size_t start) {
  if (start == 0) {
    return std::nullopt;
  }
  const std::size_t previous = sentence_start(words, start - 1);
  return find_cue_before(words.subspan(previous, start - previous));
}

// The subject of the sentence that a colon without a cue verb ends, before a quotation it
// introduces: "Her view: “", "Verdant's sports director, Florian Weißkopf, was blunt: “". A
// possessive pronoun that opens the sentence is the mention ("Her"); else the mention of its
// words (rule 3). Nothing when the words do not end in a colon.
std::optional<Mention> subject_before_colon(Words before) {
  if (before.size() < 2 || before.back().text != ":") {
    return std::nullopt;
  }
  if (is_lower_in(kPossessivePronouns, before.front().text)) {
    return mention_in(before, 0, 1);
  }
  return choose_mention(before, 0, before.size() - 1);
}

// Rule 14: a definite role or document that no name is written with ("the spokeswoman said",
// "the statement said") stands for the speaker of the cue of the nearest earlier sentence
// that names the same noun ("A spokeswoman for the fund said ...", "In a statement read by
// his solicitor, he said ..."), in the paragraph of the quotation before `offset` or in the
// few paragraphs before it.
std::optional<std::string> speaker_of_earlier_noun(const BlockWordLists& block_words,
                                                   std::size_t block, std::size_t offset,
                                                   const Mention& mention,
                                                   std::span<const NameInText> names) {
  const std::vector<std::string_view> words = split_on_spaces(mention.text);
  if (words.size() < 2 || !same_word(words.front(), "the")) {
    return std::nullopt;
  }
  const std::string noun = role_head(words);
  constexpr std::size_t kMostBlocksBack = 3;
  const std::size_t stop = block > kMostBlocksBack ? block - kMostBlocksBack : 0;
  for (std::size_t b = block + 1; b-- > stop;) {
    const Words paragraph = block_words[b];
    std::size_t end = b == block ? sentence_start(paragraph, first_word_from(paragraph, offset))
                                 : paragraph.size();
    while (end > 0) {
      const std::size_t start = sentence_start(paragraph, end - 1);
      const Words sentence = paragraph.subspan(start, end - start);
      const auto named = std::find_if(sentence.begin(), sentence.end(),
                                      [&](const Word& w) { return same_word(w.text, noun); });
      // The noun stands in the subject or before it, not after the verb: in "Castellano
      // accused the minister", the minister is not Castellano.
      if (named != sentence.end()) {
        const auto cue = find_cue_before(sentence);
        if (cue && named->begin < cue->mention.end) {
          if (auto speaker = resolve_speaker(cue->mention, names)) {
            return speaker;
          }
        }
      }
      end = start;
    }
  }
  return std::nullopt;
}

// "It" or "they" that no name stands for, in a paragraph whose earlier sentence gives its cue
// to an organisation named by its noun ("The traders’ association said it would keep a
// record. “...,” they said"): that organisation. Only the nearest sentence with a cue counts.
std::optional<std::string> organisation_of_sentence_before(Words paragraph, std::size_t offset,
                                                           std::span<const NameInText> names) {
  std::size_t end = sentence_start(paragraph, first_word_from(paragraph, offset));
  while (end > 0) {
    const std::size_t start = sentence_start(paragraph, end - 1);
    if (const auto cue = find_cue_before(paragraph.subspan(start, end - start))) {
      const std::vector<std::string_view> words = split_on_spaces(cue->mention.text);
      if (!is_organisation_word(role_head(words))) {
        return std::nullopt;
      }
      return resolve_speaker(cue->mention, names);
    }
    end = start;
  }
  return std::nullopt;
}

// The offset of the end of the last mention of a person the article does not name ("a
// field officer"), while no quotation with a speaker has come after it (rule 15).
constexpr std::size_t kNoMention = static_cast<std::size_t>(-1);

// The speaker of a quotation whose cue is `cue`, in block `block` of the article (rules 9,
// 14 and 15): the mention resolved; else, for "it" or "they", the organisation the sentence
// before gives its cue to, and for a definite role or document the speaker of an earlier
// sentence with the same noun. "He" or "she" after an unnamed person (`unnamed_until`) with
// nobody named since is that person: nobody the rules can tell.
std::optional<std::string> speaker_of_cue(const Cue& cue, const QuoteToAttribute& quote,
                                          const BlockWordLists& block_words, std::size_t block,
                                          std::span<const NameInText> names,
                                          std::size_t unnamed_until) {
  const Mention& mention = cue.mention;
  if (unnamed_until != kNoMention && is_pronoun_for_a_person(mention.text) &&
      !person_named_between(names, unnamed_until, mention.begin)) {
    return std::nullopt;
  }
  std::optional<std::string> speaker = resolve_speaker(mention, names);
  const std::size_t before = std::min(quote.begin, mention.begin);
  if (!speaker && (same_word(mention.text, "it") || same_word(mention.text, "they"))) {
    speaker = organisation_of_sentence_before(block_words[block], before, names);
  }
  if (!speaker) {
    speaker = speaker_of_earlier_noun(block_words, block, before, mention, names);
  }
  return speaker;
}

// Whether `quote` is one to attribute: speech, starting in a block and ending in the same
// block or a later one.
bool can_attribute(const QuoteToAttribute& quote, std::size_t block, std::size_t end_block,
                   std::size_t blocks) {
  return quote.kind != QuoteKind::not_speech && block < blocks && end_block < blocks &&
         end_block >= block;
}

// The words of `text` in small ASCII letters with one space between them, punctuation left
// out; bytes beyond ASCII are kept as they are. Two quotations of the same words fold alike.
std::string folded_words(std::string_view text) {
  std::string folded;
  bool gap = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool small = byte >= 'a' && byte <= 'z';
    const bool capital = byte >= 'A' && byte <= 'Z';
    const bool digit = byte >= '0' && byte <= '9';
    if (!(byte >= 0x80 || small || capital || digit)) {
      gap = !folded.empty();
      continue;
    }
    if (gap) {
      folded += ' ';
      gap = false;
    }
    folded += capital ? static_cast<char>(byte - 'A' + 'a') : c;
  }
  return folded;
}

// Whether the words `part` (folded_words()) stand in `whole`, all of them in a row, or, for a
// part of five words or more, all but one at its start or its end: a headline shortens what
// the story quotes ("Water came up like a bath" for "It came up like a bath filling").
bool repeats_words(std::string_view whole, std::string_view part) {
  if (part.empty()) {
    return false;
  }
  if (whole.find(part) != std::string_view::npos) {
    return true;
  }
  constexpr std::size_t kFewestWordsToShorten = 5;
  if (static_cast<std::size_t>(std::count(part.begin(), part.end(), ' ')) + 1 <
      kFewestWordsToShorten) {
    return false;
  }
  const std::string_view without_first = part.substr(part.find(' ') + 1);
  const std::string_view without_last = part.substr(0, part.rfind(' '));
  return whole.find(without_first) != std::string_view::npos ||
         whole.find(without_last) != std::string_view::npos;
}

// Rule 13: a headline or a subhead quotes words that the story quotes again, where it says who
// said them. Such a quotation still without a speaker takes the speaker of the first later
// quotation that repeats its words (repeats_words()); its mention and cue stay null, as it has
// no attribution of its own. No such quotation: the speaker stays null.
void take_speakers_from_the_story(std::string_view text, std::span<const Block> blocks,
                                  std::span<const QuoteToAttribute> quotes,
                                  std::vector<Attribution>& result) {
  for (std::size_t q = 0; q < quotes.size(); ++q) {
    const std::size_t block = block_of(blocks, quotes[q].begin);
    const bool in_heading = block < blocks.size() && (blocks[block].kind == BlockKind::headline ||
                                                      blocks[block].kind == BlockKind::subhead);
    if (!in_heading || result[q].speaker || quotes[q].kind == QuoteKind::not_speech) {
      continue;
    }
    const std::string words = folded_words(text.substr(quotes[q].begin,
                                                       quotes[q].end - quotes[q].begin));
    for (std::size_t later = q + 1; later < quotes.size() && !words.empty(); ++later) {
      const QuoteToAttribute& other = quotes[later];
      if (result[later].speaker &&
          repeats_words(folded_words(text.substr(other.begin, other.end - other.begin)), words)) {
        result[q].speaker = result[later].speaker;
        break;
      }
    }
  }
}

}  // namespace

std::vector<Attribution> attribute_quotes(std::string_view text, std::span<const Block> blocks,
                                          std::span<const QuoteToAttribute> quotes) {
  std::vector<Attribution> result(quotes.size());
  if (quotes.empty()) {
    return result;  // no quotation, no names to look for
  }
  const BlockWordLists block_words = words_of_blocks(text, blocks);
  const std::vector<NameInText> names = names_in_words(blocks, block_words, quotes);
  std::optional<std::string> last_speaker;  // of the most recent attributed quotation
  std::size_t unnamed_until = kNoMention;   // rule 15
  std::optional<Cue> last_cue_in_block;     // of the block `last_block`
  std::size_t last_block = blocks.size();
  std::size_t free_from = 0;  // the first word of `last_block` after its last quotation
  for (std::size_t q = 0; q < quotes.size(); ++q) {
    const QuoteToAttribute& quote = quotes[q];
    const std::size_t block = block_of(blocks, quote.begin);
    const std::size_t end_block = block_of(blocks, quote.end);
    if (!can_attribute(quote, block, end_block, blocks.size())) {
      continue;
    }
    if (block != last_block) {
      last_cue_in_block.reset();
      last_block = block;
      free_from = 0;
    }
    // Step 1: the words around the quotation.
    const std::vector<Word>& words = block_words[block];
    const std::vector<Word>& end_words = block_words[end_block];
    const Around around = words_around(words, end_words, quote, free_from);
    const bool first_in_block = free_from == 0;
    free_from = end_block == block ? around.next : words.size();
    // Step 2: its own cue, or the last one earlier in its paragraph.
    std::optional<Cue> cue = own_cue(text, around.before, around.after, quote);
    if (!cue) {
      cue = first_in_block ? cue_of_sentence_before(words, around.start) : last_cue_in_block;
    }
    // Step 3: a colon with no cue verb introduces the words of its sentence's subject, when
    // that subject is someone the rules can name.
    if (!cue) {
      if (auto subject = subject_before_colon(around.before)) {
        if (auto speaker = resolve_speaker(*subject, names)) {
          result[q] = Attribution{std::move(subject), speaker, std::nullopt};
          last_speaker = std::move(speaker);
          continue;
        }
      }
    }
    // Step 4: a quotation with no attribution takes the speaker of the one before.
    if (!cue) {
      result[q] = Attribution{std::nullopt, last_speaker, std::nullopt};
      continue;
    }
    // Step 5: the speaker of its cue.
    const Mention& mention = cue->mention;
    result[q] = Attribution{mention,
                            speaker_of_cue(*cue, quote, block_words, block, names, unnamed_until),
                            cue->verb};
    const bool unnamed =
        !result[q].speaker && is_small(mention.text) && !is_lower_in(kPronouns, mention.text);
    if (unnamed) {
      unnamed_until = mention.end;
    } else if (result[q].speaker) {
      unnamed_until = kNoMention;
    }
    last_speaker = result[q].speaker ? result[q].speaker : last_speaker;
    last_cue_in_block = cue;
  }
  take_speakers_from_the_story(text, blocks, quotes, result);
  return result;
}

}  // namespace newsdesk
