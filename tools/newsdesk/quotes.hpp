// The quotations of a text, found as the level-4 exercises find them, read in pieces.
//
// Exercise 13 pairs the marks of each block, 14 joins quotations across paragraphs, 15 finds
// who said each one; QuoteStream runs the three over a stream, a window at a time, for the
// `quotes` and `who` commands.
#ifndef NEWSDESK_TOOLS_QUOTES_HPP
#define NEWSDESK_TOOLS_QUOTES_HPP

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "article.hpp"
#include "input.hpp"

namespace newsdesk {

// FoundQuote
//
// One quotation of the input: its content without the outer marks and its byte offsets in the
// whole input, what exercises 13 and 14 found of it, and its attribution from exercise 15. A
// nested quotation has no attribution of its own: its speaker, mention and cue are empty.
// Nested quotations are listed when they are closed and directly inside an outer one; the
// others stay in the text of the quotation around them.
struct FoundQuote {
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;
  QuoteKind kind = QuoteKind::direct;
  bool nested = false;
  bool multi_paragraph = false;
  bool unterminated = false;
  std::optional<std::string> speaker;
  std::optional<std::string> mention;
  std::size_t mention_begin = 0;
  std::size_t mention_end = 0;
  std::optional<std::string> cue;
};

// find_quotes_in_stream()
//
// Calls `found` with every quotation of `reader`'s input, in the order of the text (an outer
// quotation before those nested in it).
//
// How: the input is read in pieces of whole lines (a line longer than a piece is cut after a
// space, PieceEnd::line_or_space, and its pieces wait for one another up to
// kMaxCarriedBytes); each piece is processed together with the
// lines carried over from the one before (those whose quotations may still go on) and up to
// kContextBytes of the lines before them as context, for the pronouns and names that
// attribution looks back for. A text shorter than a piece (every article of the corpus) is
// processed whole, so the result is exactly what the exercises give on the whole text.
// Caveat: in a longer text, a speaker named more than kContextBytes before a quotation is not
// seen, and a quotation carried over paragraph after paragraph for more than kMaxCarriedBytes
// is cut there (its first part flagged unterminated), and so is a line longer than that.
// Memory: a piece, the context and the lines carried over (at most kMaxCarriedBytes, or the
// longest run of bytes without a space or tab when it is longer), with what the exercises
// return for them.
// Errors: as PieceReader::next().
void find_quotes_in_stream(PieceReader& reader,
                           const std::function<void(const FoundQuote&)>& found);

inline constexpr std::size_t kContextBytes = 16 * 1024;
inline constexpr std::size_t kMaxCarriedBytes = 1024 * 1024;

}  // namespace newsdesk

#endif  // NEWSDESK_TOOLS_QUOTES_HPP
