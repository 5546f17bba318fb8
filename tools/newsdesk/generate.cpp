#include "generate.hpp"

#include <array>
#include <cmath>
#include <optional>
#include <random>
#include <set>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "input.hpp"

namespace newsdesk {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

json read_json(const fs::path& file) {
  const std::string text = read_file(file);
  try {
    return json::parse(text);
  } catch (const json::exception& error) {
    throw std::runtime_error(fmt::format("{}: {}", file.generic_string(), error.what()));
  }
}

// Syllables for invented words: they read like names and words of no particular language.
constexpr std::array<std::string_view, 24> kSyllables = {
    "ka", "lo", "ren", "dor", "mi", "sa", "vel", "tor", "an", "bri", "que", "sel",
    "mar", "ti", "nov", "ra", "es", "pol", "gun", "da", "ler", "vi", "ost", "hem"};

// Heaps' law: a text of n words has about K * n^0.5 distinct words (real news has K in the
// tens). Invented words make up what the corpus's own vocabulary lacks of that, so they start
// once the text outgrows the corpus; at 100 MB, about 16 million words, they number some
// 150,000.
constexpr double kHeapsK = 40.0;

class Generator {
 public:
  Generator(const SourceText& source, std::uint64_t seed)
      : source_(source), random_(seed), source_vocabulary_(count_vocabulary(source)) {}

  std::string article() {
    std::string text = pick(source_.headlines) + "\n";
    if (!source_.bylines.empty() && chance(0.6)) {
      text += pick(source_.bylines) + "\n";
    }
    const std::size_t paragraphs = 8 + below(13);
    for (std::size_t i = 0; i < paragraphs; ++i) {
      if (i == 0 && !source_.datelines.empty()) {
        text += pick(source_.datelines) + " ";
      } else if (i > 1 && i + 1 < paragraphs && !source_.subheads.empty() && chance(0.08)) {
        text += pick(source_.subheads) + "\n";
      }
      const std::size_t sentences = 1 + below(3);
      for (std::size_t s = 0; s < sentences; ++s) {
        text += (s == 0 ? "" : " ") + widened(pick(source_.sentences));
      }
      text += "\n";
    }
    return text;
  }

 private:
  const SourceText& source_;
  std::mt19937_64 random_;
  std::vector<std::string> invented_;
  std::size_t words_written_ = 0;
  std::size_t source_vocabulary_;

  // The distinct space-separated words of the source sentences.
  static std::size_t count_vocabulary(const SourceText& source) {
    std::set<std::string_view> words;
    for (const std::string& sentence : source.sentences) {
      std::string_view rest = sentence;
      while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        words.insert(rest.substr(0, space));
        rest = space == std::string_view::npos ? "" : rest.substr(space + 1);
      }
    }
    return words.size();
  }

  // A number in [0, n). The modulo bias is far below anything a benchmark can see.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(random_() % n); }

  // true with probability p: 53 random bits make a double in [0, 1).
  bool chance(double p) { return static_cast<double>(random_() >> 11) * 0x1.0p-53 < p; }

  const std::string& pick(const std::vector<std::string>& items) {
    return items[below(items.size())];
  }

  std::string invent_word() {
    std::string word;
    const std::size_t syllables = 2 + below(3);
    for (std::size_t i = 0; i < syllables; ++i) {
      word += kSyllables[below(kSyllables.size())];
    }
    return word;
  }

  // A replacement for a word: a new invented word while the invented vocabulary is behind the
  // Heaps curve, otherwise now and then an earlier one, the early ones more often (a
  // Zipf-like skew, as in real text), otherwise nothing.
  std::optional<std::string> replacement() {
    const double heaps = kHeapsK * std::sqrt(static_cast<double>(words_written_));
    if (static_cast<double>(invented_.size() + source_vocabulary_) < heaps) {
      invented_.push_back(invent_word());
      return invented_.back();
    }
    if (!invented_.empty() && chance(0.03)) {
      const double u = static_cast<double>(random_() >> 11) * 0x1.0p-53;
      return invented_[static_cast<std::size_t>(u * u * static_cast<double>(invented_.size()))];
    }
    return std::nullopt;
  }

  // `sentence` with some of its words of four or more ASCII letters replaced by invented
  // ones; the punctuation around a word and the case of its first letter are kept.
  std::string widened(const std::string& sentence) {
    std::string out;
    std::size_t at = 0;
    while (at < sentence.size()) {
      const std::size_t start = at;
      while (at < sentence.size() && is_ascii_letter(sentence[at])) ++at;
      if (at == start) {
        out += sentence[at++];
        continue;
      }
      std::string word = sentence.substr(start, at - start);
      ++words_written_;
      // A run of ASCII letters next to a byte >= 0x80 is only part of a word ("Müller").
      const bool whole_word = (start == 0 || !is_non_ascii(sentence[start - 1])) &&
                              (at == sentence.size() || !is_non_ascii(sentence[at]));
      if (word.size() >= 4 && whole_word) {
        if (std::optional<std::string> other = replacement()) {
          const bool capital = word[0] >= 'A' && word[0] <= 'Z';
          word = std::move(*other);
          if (capital) word[0] = static_cast<char>(word[0] - 'a' + 'A');
        }
      }
      out += word;
    }
    return out;
  }

  static bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

  static bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
};

}  // namespace

SourceText load_source_text(const std::filesystem::path& data_dir) {
  const json manifest = read_json(data_dir / "corpus/corpus.json");
  SourceText source;
  for (const json& entry : manifest.at("articles")) {
    const fs::path file = fs::path(entry.at("file").get<std::string>());
    const json gold = read_json(data_dir / "gold" / file.stem().concat(".json"));
    // Sentences that lie inside a paragraph part are body sentences.
    std::vector<std::pair<std::size_t, std::size_t>> paragraphs;
    for (const json& part : gold.at("parts")) {
      const std::string kind = part.at("kind").get<std::string>();
      const std::string text = part.at("text").get<std::string>();
      if (kind == "headline") source.headlines.push_back(text);
      if (kind == "byline") source.bylines.push_back(text);
      if (kind == "dateline") source.datelines.push_back(text);
      if (kind == "subhead") source.subheads.push_back(text);
      if (kind == "paragraph") {
        paragraphs.emplace_back(part.at("begin").get<std::size_t>(),
                                part.at("end").get<std::size_t>());
      }
    }
    for (const json& sentence : gold.value("sentences", json::array())) {
      const auto begin = sentence.at("begin").get<std::size_t>();
      for (const auto& [p_begin, p_end] : paragraphs) {
        if (begin >= p_begin && begin < p_end) {
          source.sentences.push_back(sentence.at("text").get<std::string>());
          break;
        }
      }
    }
  }
  if (source.sentences.empty() || source.headlines.empty()) {
    throw std::runtime_error(fmt::format(
        "{}: the gold files hold no sentences to generate text from", data_dir.generic_string()));
  }
  return source;
}

void generate_text(const SourceText& source, std::size_t bytes, std::uint64_t seed,
                   Output& out) {
  Generator generator(source, seed);
  std::size_t written = 0;
  while (written < bytes) {
    const std::string text = (written == 0 ? "" : "\n") + generator.article();
    out.write(text);
    written += text.size();
  }
}

}  // namespace newsdesk
