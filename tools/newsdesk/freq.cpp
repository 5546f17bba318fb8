#include "freq.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <limits>
#include <optional>

#include <fmt/format.h>

#include "words.hpp"

namespace newsdesk {

namespace {

// The front table: 8192 slots of 32 bytes, 256 KiB, which stay in the processor's cache; at
// most half are used, by the first 4096 distinct words.
constexpr std::size_t kFrontSlots = 8192;
constexpr std::size_t kFirstBackSlots = 1024;
constexpr std::uint64_t kMaxCount = std::numeric_limits<std::uint64_t>::max();

// Up to 8 bytes of a word as one number: 1 to 3 bytes from their places (the first, middle
// and last cover them all), 4 to 8 as two 4-byte numbers, the first 4 bytes and the last 4
// (they overlap below 8). For words of the same size, two different words give two different
// numbers; reading fixed sizes with memcpy is a single load, where a loop would take a step
// per byte.
std::uint64_t as_number(const char* bytes, std::size_t size) {
  if (size >= 4) {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    std::memcpy(&first, bytes, 4);
    std::memcpy(&last, bytes + size - 4, 4);
    return first | (std::uint64_t{last} << 32);
  }
  if (size == 0) {
    return 0;
  }
  const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(bytes[i])}; };
  return byte(0) | (byte(size / 2) << 8) | (byte(size - 1) << 16);
}

// One step of the hash: `value` mixed into `hash` by a multiplication with an odd constant
// (2^64 divided by the golden ratio) and a shift, both of which can be undone.
std::uint64_t mix(std::uint64_t hash, std::uint64_t value) {
  constexpr std::uint64_t kOdd = 0x9E3779B97F4A7C15;
  hash = (hash ^ value) * kOdd;
  return hash ^ (hash >> 29);
}

// The hash of a word. A word of up to 8 bytes is one number (as_number()) mixed in once, so
// two words of that size and the same size never share a hash; a longer one is mixed in 8
// bytes at a time, and its last 8 bytes too. Written here rather than std::hash, which costs
// a call into the library per word: counting hashes 17 million words on 100 MB.
std::uint64_t hash_of(std::string_view word) {
  const char* const bytes = word.data();
  const std::size_t size = word.size();
  if (size <= 8) {
    return mix(size, as_number(bytes, size));
  }
  std::uint64_t hash = size;
  for (std::size_t at = 0; at + 8 <= size; at += 8) {
    hash = mix(hash, as_number(bytes + at, 8));
  }
  return mix(hash, as_number(bytes + size - 8, 8));
}

// Whether `a` and `b`, of the same size, hold the same bytes: a loop the compiler keeps
// inline, where std::string_view's == calls memcmp for a word of five bytes.
bool same_bytes(const char* a, const char* b, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    if (a[i] != b[i]) {
      return false;
    }
  }
  return true;
}

// Out of the way of add(), which runs for every word: building a message takes registers and
// code that the common path does without.
[[noreturn]] [[gnu::noinline]] void throw_too_many(std::string_view word) {
  throw std::overflow_error(
      fmt::format("counting \"{}\" takes a count or the total past 2^64 - 1", word));
}

}  // namespace

WordCounts::WordCounts() : front_(kFrontSlots), back_(kFirstBackSlots) {}

inline WordCounts::Slot& WordCounts::slot_for(std::vector<Slot>& table, std::uint64_t hash,
                                       std::string_view word) {
  const std::size_t mask = table.size() - 1;
  // Linear probing: the next slot, and the next, until the word or an empty slot. The table
  // is at most half full, so an empty slot comes soon.
  for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
    Slot& slot = table[i];
    if (slot.count == 0) {
      return slot;
    }
    // Two words of up to 8 bytes and the same size have the same hash only when they are the
    // same word (see hash_of()), so most words are told by their hash alone.
    const bool same_word = slot.hash == hash && slot.size == word.size() &&
                           (word.size() <= 8 ||
                            same_bytes(words_.data() + slot.begin, word.data(), word.size()));
    if (same_word) {
      return slot;
    }
  }
}

void WordCounts::add(std::string_view word, std::uint64_t count) {
  if (count > kMaxCount - tokens_) {
    throw_too_many(word);
  }
  const std::uint64_t hash = hash_of(word);
  const bool front_is_full = front_types_ * 2 == front_.size();
  Slot* slot = &slot_for(front_, hash, word);
  if (slot->count == 0 && front_is_full) {
    slot = &slot_for(back_, hash, word);
  }
  if (slot->count == 0) {
    *slot = Slot{hash, count, words_.size(), word.size()};
    words_ += word;
    ++(front_is_full ? back_types_ : front_types_);
    if (back_types_ * 2 > back_.size()) {
      grow_back();
    }
  } else if (count > kMaxCount - slot->count) {
    throw_too_many(word);
  } else {
    slot->count += count;
  }
  tokens_ += count;
}

// Twice the slots, and every word put in again where its hash now points.
void WordCounts::grow_back() {
  std::vector<Slot> bigger(back_.size() * 2);
  const std::size_t mask = bigger.size() - 1;
  for (const Slot& slot : back_) {
    if (slot.count == 0) {
      continue;
    }
    std::size_t i = static_cast<std::size_t>(slot.hash) & mask;
    while (bigger[i].count != 0) {
      i = (i + 1) & mask;
    }
    bigger[i] = slot;
  }
  back_ = std::move(bigger);
}

std::vector<WordCount> WordCounts::ranked(std::size_t top) const {
  std::vector<WordCount> list;
  list.reserve(types());
  for (const std::vector<Slot>* table : {&front_, &back_}) {
    for (const Slot& slot : *table) {
      if (slot.count > 0) {
        list.push_back(WordCount{word_of(slot), slot.count});
      }
    }
  }
  // std::string_view compares bytes as unsigned char, so UTF-8 sorts by code point.
  const auto before = [](const WordCount& a, const WordCount& b) {
    return a.count != b.count ? a.count > b.count : a.word < b.word;
  };
  if (top == 0 || top >= list.size()) {
    std::sort(list.begin(), list.end(), before);
  } else {
    std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(top), list.end(),
                      before);
    list.resize(top);
  }
  return list;
}

void count_words(PieceReader& reader, WordCounts& counts,
                 const std::function<void(std::size_t bytes_read)>& progress) {
  while (const std::optional<TextPiece> piece = reader.next()) {
    words::for_each_word(piece->text, [&](std::string_view word) { counts.add(word); });
    progress(reader.bytes_read());
  }
}

namespace {

// At most 60 bytes of `line` for a message, "..." after a cut.
std::string shown(std::string_view line) {
  constexpr std::size_t kShown = 60;
  return line.size() <= kShown ? std::string(line) : std::string(line.substr(0, kShown)) + "...";
}

// Adds the count of one line, line `number` of input `name`, or throws a counts_error saying
// what is wrong with it.
void add_line(std::string_view line, std::string_view name, std::size_t number,
              WordCounts& counts) {
  const auto where = [&] { return fmt::format("{}:{}", name, number); };
  if (line.ends_with('\r')) {
    line.remove_suffix(1);
  }
  const std::size_t tab = line.find('\t');
  std::uint64_t count = 0;
  const std::string_view digits = line.substr(0, tab);
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
  // from_chars takes no sign and no space: digits only.
  const bool whole_number =
      !digits.empty() && error == std::errc() && end == digits.data() + digits.size();
  if (tab == std::string_view::npos || tab + 1 == line.size() ||
      line.find('\t', tab + 1) != std::string_view::npos) {
    throw counts_error(fmt::format("{}: expected a count, a tab and a word, got \"{}\"", where(),
                                   shown(line)));
  }
  if (!whole_number || count == 0) {
    throw counts_error(fmt::format("{}: expected a count from 1 to 2^64 - 1 before the tab, got "
                                   "\"{}\"", where(), shown(digits)));
  }
  try {
    counts.add(line.substr(tab + 1), count);
  } catch (const std::overflow_error& overflow) {
    throw counts_error(fmt::format("{}: {}", where(), overflow.what()));
  }
}

}  // namespace

void read_counts(PieceReader& reader, std::string_view name, WordCounts& counts,
                 const std::function<void(const counts_error&)>& bad_line) {
  std::size_t line_number = 0;
  while (const std::optional<TextPiece> piece = reader.next()) {
    std::string_view text = piece->text;
    while (!text.empty()) {
      const std::size_t line_break = text.find('\n');
      const std::string_view line = text.substr(0, line_break);
      text.remove_prefix(line_break == std::string_view::npos ? text.size() : line_break + 1);
      ++line_number;
      try {
        add_line(line, name, line_number, counts);
      } catch (const counts_error& error) {
        bad_line(error);
      }
    }
  }
}

}  // namespace newsdesk
