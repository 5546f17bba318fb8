// Given code for level 2: the kit's one list of abbreviations.
//
// The list is data/abbreviations.txt, one entry a line with its class; the build compiles it
// in, so that exercise 05 (which keeps an abbreviation's period on its word) and exercise 07
// (which asks whether an abbreviation may end a sentence) read the same words. Single capital
// initials ("J.") and runs of letter-dot pairs ("U.S.") are abbreviations by rule, not by
// list: each exercise's README says how it treats them.
#ifndef NEWSDESK_ABBREVIATIONS_HPP
#define NEWSDESK_ABBREVIATIONS_HPP

#include <optional>
#include <span>
#include <string_view>

namespace newsdesk::abbreviations {

// Class
//
// What an abbreviation does in a sentence. `before`: it stands before what it introduces (a
// title before a name, "No." before a number, "vs." before a second name, "e.g." before an
// example), so it never ends a sentence. `ordinary`: it closes a name, a date or a list
// ("Acme Ltd.", "on Jan. 5", "fees etc."), so it may end one.
enum class Class { before, ordinary };

// Entry
//
// One line of data/abbreviations.txt: the abbreviation with its period, and its class.
struct Entry {
  std::string_view text;
  Class kind = Class::ordinary;
};

// all()
//
// Every entry of data/abbreviations.txt, in the order of the file.
//
// Example:
//   all().front()
//   // => {"Mr.", Class::before}
//
// Errors: none.
[[nodiscard]] std::span<const Entry> all();

// find()
//
// The class of `word` when the list holds it, with the same case and its period; nothing
// otherwise. Initials and letter-dot runs are not in the list unless they stand before what
// they introduce ("e.g.", "i.e.").
//
// Example:
//   find("Dr.")   // => Class::before
//   find("Jan.")  // => Class::ordinary
//   find("dr.")   // => nothing: the case must match
//   find("U.S.")  // => nothing: a letter-dot run, an abbreviation by rule
//
// Complexity: O(n) in the length of the list (70 entries).
// Errors: none.
[[nodiscard]] std::optional<Class> find(std::string_view word);

}  // namespace newsdesk::abbreviations

#endif  // NEWSDESK_ABBREVIATIONS_HPP
