// Exercise 15-attribution. Replace each TODO with code; see README.md and HINTS.md.
#include "attribution.hpp"

#include "abbreviations.hpp"
#include "cue_verbs.hpp"
#include "not_implemented.hpp"
#include "unicode.hpp"

namespace newsdesk {

std::vector<Word> split_words(std::string_view text, std::size_t begin, std::size_t end) {
  // TODO: return the words of text[begin, end): runs of word characters with their inner
  // apostrophes and hyphens and an abbreviation's period, and every other character alone.
  throw not_implemented(__FILE__, __func__);
}

std::optional<Cue> find_cue_after(std::span<const Word> words) {
  // TODO: return the cue verb and the mention that open `words`, in either order.
  throw not_implemented(__FILE__, __func__);
}

std::optional<Cue> find_cue_before(std::span<const Word> words) {
  // TODO: return the last cue verb or cue phrase of `words` with the mention that goes with it.
  throw not_implemented(__FILE__, __func__);
}

std::vector<NameInText> find_names(std::string_view text, std::span<const Block> blocks,
                                   std::span<const QuoteToAttribute> quotes) {
  // TODO: return every name outside the quotations of the headline and paragraphs, with its
  // role nouns and the gender its pronouns tell.
  throw not_implemented(__FILE__, __func__);
}

std::string canonical_name(std::string_view mention, std::span<const NameInText> names) {
  // TODO: return the fullest name of `names` that holds every word of `mention` without titles.
  throw not_implemented(__FILE__, __func__);
}

std::optional<std::string> resolve_speaker(const Mention& mention,
                                           std::span<const NameInText> names) {
  // TODO: return the canonical name `mention` stands for: its own, or the most recent name
  // before it that fits its pronoun or its role noun.
  throw not_implemented(__FILE__, __func__);
}

std::vector<Attribution> attribute_quotes(std::string_view text, std::span<const Block> blocks,
                                          std::span<const QuoteToAttribute> quotes) {
  // TODO: return one Attribution per quotation: its own cue, else the last one of its
  // paragraph, else the speaker alone of the quotation before it.
  throw not_implemented(__FILE__, __func__);
}

}  // namespace newsdesk
