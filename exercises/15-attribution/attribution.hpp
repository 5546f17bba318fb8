// Exercise 15-attribution: who said each quotation, and with which verb.
//
// This header is the contract: the stub in exercises/ and the reference in solutions/ both
// implement it, and tests/15-attribution/ checks it. See README.md for the rules and tasks.
// The functions come in the order of the tasks: each one uses those above it.
#ifndef NEWSDESK_ATTRIBUTION_HPP
#define NEWSDESK_ATTRIBUTION_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "article.hpp"

namespace newsdesk {

// QuoteToAttribute
//
// A quotation to attribute: its content (without the outer marks) as offsets into the
// whole text, and what exercises 13 and 14 found out about it.
struct QuoteToAttribute {
  std::size_t begin = 0;
  std::size_t end = 0;
  QuoteKind kind = QuoteKind::direct;
  bool multi_paragraph = false;
  bool unterminated = false;
};

// Mention
//
// A speaker mention as written, with its offsets into the whole text.
struct Mention {
  std::string text;
  std::size_t begin = 0;  // offsets into the whole text
  std::size_t end = 0;

  friend bool operator==(const Mention&, const Mention&) = default;
};

// Attribution
//
// Who said one quotation: the mention of its own attribution, the canonical speaker and the
// cue; each is nothing when the article does not give it (data/ANNOTATION.md, 3.8-3.10).
struct Attribution {
  std::optional<Mention> mention;
  std::optional<std::string> speaker;  // the canonical name
  std::optional<std::string> cue;      // lower case: "said", "according to", ...

  friend bool operator==(const Attribution&, const Attribution&) = default;
};

// Word
//
// One word of a paragraph: a view of its bytes and their place, the half-open byte range
// [begin, end) in the whole text. A word is a run of letters, digits, marks, inner hyphens
// and inner apostrophes, with the period of an abbreviation or an initial ("Dr.", "J.",
// "Ltd."); every other character that is not white space is a word of its own ("," "“" ".").
// Caveat: `text` points into the input, which must outlive the word.
struct Word {
  std::string_view text;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const Word&, const Word&) = default;
};

// split_words()
//
// The words of text[begin, end), in order (README.md, rule 1). An invalid UTF-8 byte or a
// NUL byte is a word of its own; white space (Unicode White_Space) belongs to no word.
//
// Example:
//   split_words("“We won,” Dr. Ruiz said.", 0, 28)
//   // => “ | We | won | , | ” | Dr. | Ruiz | said | .
//
// Edge cases:
//   - An empty range gives no words; `end` past the text is read as the text's end.
// Complexity: O(n) time in end - begin.
// Errors: none.
[[nodiscard]] std::vector<Word> split_words(std::string_view text, std::size_t begin,
                                            std::size_t end);

// Cue
//
// An attribution found next to a quotation: the speaker mention as written, with its
// offsets, and the cue in lower case ("said", "told", "according to", "called out").
struct Cue {
  Mention mention;
  std::string verb;

  friend bool operator==(const Cue&, const Cue&) = default;
};

// find_cue_after()
//
// The attribution that opens `words`, the words after a quotation's closing mark up to the
// end of its sentence or the next quotation mark (README.md, rules 3 and 4): a cue verb and
// the mention after it (`said Dr. Ruiz`, `according to Ruiz`), or a mention and the cue verb
// after it within twelve words (`she said`, `the union said`, `Ruiz, 61, asked`). Up to three
// leading closing marks, commas and dashes are skipped.
//
// Example:
//   find_cue_after(split_words("” she told reporters.", 0, 23))
//   // => Cue{{"she", 4, 7}, "told"}
//   find_cue_after(split_words("” said Dr. Ana Ruiz, a nurse.", 0, 31))
//   // => Cue{{"Dr. Ana Ruiz", 9, 21}, "said"}
//
// Edge cases:
//   - No cue verb where the rules look, or no mention beside it: nothing.
// Complexity: O(1): it reads at most the first forty words.
// Errors: none.
[[nodiscard]] std::optional<Cue> find_cue_after(std::span<const Word> words);

// find_cue_before()
//
// The attribution of a quotation in `words`, the words of its sentence before its opening
// mark (README.md, rules 5 and 6): the last cue verb or cue phrase ("according to", "in the
// words of") and its subject, the mention before the verb (`Ruiz called it`, `Ruiz said:`),
// or for a cue phrase the mention after it (`according to the ruling,`).
//
// Example:
//   find_cue_before(split_words("Ana Ruiz, 61, called it “", 0, 27))
//   // => Cue{{"Ana Ruiz", 0, 8}, "called"}
//   find_cue_before(split_words("According to the ruling, “", 0, 28))
//   // => Cue{{"the ruling", 13, 23}, "according to"}
//
// Edge cases:
//   - No cue, or a cue without a mention: nothing.
// Complexity: O(n) time in the number of words.
// Errors: none.
[[nodiscard]] std::optional<Cue> find_cue_before(std::span<const Word> words);

// Gender
//
// What the article tells about a person by the pronoun it uses for them: `she`/`her`,
// `he`/`him`/`his`, or nothing yet.
enum class Gender { unknown, female, male };

// NameInText
//
// One occurrence of a name in the article (README.md, rule 7): `name`, its words without
// titles, post-nominal letters or non-Latin words ("Helena Castellano" for "Dr. Helena
// Castellano", "Chen Li" for "陈立 Chen Li"); `role`, the role and organisation nouns written
// next to it, in small letters and separated by spaces ("minister" in "Finance Minister Ana
// Ruiz", "union" in "the Havenbond union", "secretary" in "Ruiz, the union's secretary,",
// "statement" in "Ruiz said in a statement"), or empty; `canonical`, the canonical form of
// the name (canonical_name() over all the names of the article); [begin, end), the run of the
// name in the whole text, titles included; `gender`, what the pronouns after the person's
// names tell (rule 8); `person`, whether the article shows that it names a person (a title,
// an age, "who", a role noun, an apposition for a person or a cue verb beside one of its
// occurrences); `after_pronoun`, the gender of a pronoun that the name is not, as it comes
// after that pronoun in its clause ("He finished behind Lee") or is the apposition of a
// phrase with it ("her solicitor, Ms. Lydon,"), or unknown (rule 8).
struct NameInText {
  std::string name;
  std::string role;
  std::string canonical;
  std::size_t begin = 0;
  std::size_t end = 0;
  Gender gender = Gender::unknown;
  bool person = false;
  Gender after_pronoun = Gender::unknown;  // see above

  friend bool operator==(const NameInText&, const NameInText&) = default;
};

// find_names()
//
// Every name in the headline and paragraphs of `blocks` outside `quotes`, in text order
// (README.md, rule 7): runs of capitalised words, titles and initials, without a sentence
// opener ("The", "But") or a role word ("Hydrologist") at their start, and without dates,
// possessives ("Braithwaite’s") or pronouns with a verb ("I’m"). `quotes` are in text order.
//
// Example:
//   find_names("Dr. Ana Ruiz spoke. She left.", blocks of it, {})
//   // => {"Ana Ruiz", "dr.", "Ana Ruiz", 0, 12, Gender::female, person}
//
// Complexity: O(n) time in the length of the text, and near-linear in the number of names.
// Errors: none.
[[nodiscard]] std::vector<NameInText> find_names(std::string_view text,
                                                 std::span<const Block> blocks,
                                                 std::span<const QuoteToAttribute> quotes);

// canonical_name()
//
// The canonical form of the name `mention` (README.md, rule 8): the fullest name of `names`
// whose words hold every word of the mention without titles, in order; the earliest of the
// fullest on a tie. A name none of them holds is its own canonical form, without titles.
//
// Example:
//   canonical_name("Ms. Castellano", names holding "Helena Castellano")
//   // => "Helena Castellano"
//
// Edge cases:
//   - A mention of titles or small words only ("Inspector", "the union") gives "".
// Complexity: O(n) time in the total length of the names.
// Errors: none.
[[nodiscard]] std::string canonical_name(std::string_view mention,
                                         std::span<const NameInText> names);

// resolve_speaker()
//
// The canonical name of whoever `mention` stands for (README.md, rule 9): a name, or a
// phrase with a name in it, gives its canonical form (but not "One Coastal Alliance deputy");
// `he` or `she` (and `his` or `her` alone) the most recent person named before the mention
// whose gender fits, passing over first those after a pronoun of that gender (or, when none
// fits, the most recent person whose gender is unknown); `it` or `they` the organisation just
// named; an age ("the 52-year-old") the most recent person; a role or organisation noun
// (`the minister`, `the union`, `the judgment`) the most recent name written with that noun,
// and a document of an owner ("the council's counts") the owner. `we`, `I`, and anything
// that fits nothing: nothing. `names` are those of find_names().
//
// Example:
//   resolve_speaker({"she", 75, 78}, names of "Ana Ruiz, 61, spoke first. She said no.
//                   Tom Lee, 40, said he agreed. Later she left.")
//   // => "Ana Ruiz"
//
// Complexity: O(log n) in the number of names, and at most 80 names looked at.
// Errors: none.
[[nodiscard]] std::optional<std::string> resolve_speaker(const Mention& mention,
                                                         std::span<const NameInText> names);

// attribute_quotes()
//
// One Attribution per quotation of `quotes`, in the same order (README.md, rules 6 and 10
// to 15): a not-speech quotation gets nothing; any other takes its own cue (one that
// introduces it with a colon or a comma, then the cue after it, then one earlier in its
// sentence; a fragment takes the one of its sentence first), then the last attribution
// earlier in its paragraph, or the indirect speech of the sentence before it, then the
// subject before a colon without a cue verb; a quotation with none of these takes the
// speaker (alone) of the last quotation that had one. A speaker still null for `it`, `they`,
// `the spokeswoman` or `the statement` comes from the cue of an earlier sentence; `he` or
// `she` after an unnamed person with nobody named since stays null. Last, a headline or
// subhead quotation still without a speaker takes that of the first later quotation that
// repeats its words. `quotes` are in text order, each starting in a block of `blocks`.
//
// Example:
//   attribute_quotes("“We won,” Dr. Ana Ruiz said.", blocks, {{3, 10}})
//   // => {{"Dr. Ana Ruiz", 14, 26}, "Ana Ruiz", "said"}
//
// Edge cases:
//   - Empty text or no quotations: no attributions. A quotation outside every block, or
//     with offsets past the text, gets an empty Attribution.
// Complexity: O(n + q log n) time for n bytes and q quotations, and for each headline
//   quotation without a speaker one pass over the quotations after it.
// Errors: none.
[[nodiscard]] std::vector<Attribution> attribute_quotes(std::string_view text,
                                                        std::span<const Block> blocks,
                                                        std::span<const QuoteToAttribute> quotes);

}  // namespace newsdesk

#endif  // NEWSDESK_ATTRIBUTION_HPP
