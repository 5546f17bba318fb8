#include "validate_data.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "input.hpp"
#include "json_schema.hpp"
#include "load_corpus.hpp"
#include "unicode.hpp"

namespace newsdesk {

std::string DataProblem::to_string() const {
  return path.empty() ? fmt::format("{}: {}", file, message)
                      : fmt::format("{}: {}: {}", file, path, message);
}

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// The arrays of a gold file whose elements are spans of the article that must come in text
// order without overlapping. (Quotations are checked the same way, with their mentions.)
constexpr std::array<std::string_view, 3> kOrderedSpans = {"parts", "sentences", "tokens"};

// The byte offset of the first byte of `text` that does not start a well-formed UTF-8
// sequence, or nothing when all of `text` is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  for (std::size_t offset = 0; offset < text.size();) {
    const unicode::Decoded decoded = unicode::decode(text, offset);
    if (!decoded.valid) {
      return offset;
    }
    offset += decoded.length;
  }
  return std::nullopt;
}

void throw_if_failed(UErrorCode status) {
  if (U_FAILURE(status)) {
    throw std::runtime_error(fmt::format("ICU: {}", u_errorName(status)));
  }
}

// ICU's normalization takes int32_t lengths, so first_non_nfc() checks a text in pieces of
// about this many bytes. A piece ends only before a character that has a normalization
// boundary before it (unorm2_hasBoundaryBefore): normalization never looks across such a
// boundary, so the pieces are all in NFC exactly when the whole text is, and the offsets stay
// std::size_t however long the text is. (No test has a text over INT32_MAX bytes, but nothing
// here depends on the length of the whole text.)
constexpr std::size_t kNfcPiece = std::size_t{1} << 16;

// Where the piece of `text` (valid UTF-8) that starts at `begin` ends: at the end of the text,
// else at the last boundary at most kNfcPiece bytes on, else (in a run of kNfcPiece bytes
// without one, such as a long run of combining marks) at the first boundary after that.
std::size_t nfc_piece_end(std::string_view text, std::size_t begin, const UNormalizer2* nfc) {
  if (text.size() - begin <= kNfcPiece) {
    return text.size();
  }
  const auto is_boundary = [&](std::size_t at) {
    const bool starts_character = (static_cast<unsigned char>(text[at]) & 0xC0u) != 0x80u;
    return starts_character &&
           unorm2_hasBoundaryBefore(nfc, static_cast<UChar32>(unicode::decode(text, at).value));
  };
  for (std::size_t at = begin + kNfcPiece; at > begin; --at) {
    if (is_boundary(at)) return at;
  }
  for (std::size_t at = begin + kNfcPiece + 1; at < text.size(); ++at) {
    if (is_boundary(at)) return at;
  }
  return text.size();
}

// The number of bytes that the first `units` UTF-16 code units of `text` (valid UTF-8) take.
std::size_t utf8_length_of_units(std::string_view text, std::size_t units) {
  std::size_t offset = 0;
  for (std::size_t seen = 0; seen < units && offset < text.size();) {
    const unicode::Decoded decoded = unicode::decode(text, offset);
    seen += decoded.value >= 0x10000 ? 2 : 1;
    offset += decoded.length;
  }
  return offset;
}

// The byte offset where `text` (valid UTF-8) stops being in Unicode Normalization Form C, or
// nothing when it is in NFC.
std::optional<std::size_t> first_non_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
  throw_if_failed(status);
  std::u16string utf16;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = nfc_piece_end(text, begin, nfc);
    const std::string_view piece = text.substr(begin, end - begin);
    if (piece.size() > static_cast<std::size_t>(INT32_MAX)) {
      throw std::length_error(fmt::format("more than {} bytes from byte {} without a "
                                          "normalization boundary: too long for ICU to check",
                                          INT32_MAX, begin));
    }
    // UTF-16 never takes more code units than UTF-8 takes bytes.
    const auto length = static_cast<std::int32_t>(piece.size());
    utf16.resize(piece.size());
    std::int32_t units = 0;
    u_strFromUTF8(utf16.data(), length, &units, piece.data(), length, &status);
    const bool normalized = unorm2_isNormalized(nfc, utf16.data(), units, &status) != 0;
    throw_if_failed(status);
    if (!normalized) {
      const std::int32_t good_units = unorm2_spanQuickCheckYes(nfc, utf16.data(), units, &status);
      throw_if_failed(status);
      return begin + utf8_length_of_units(piece, static_cast<std::size_t>(good_units));
    }
    begin = end;
  }
  return std::nullopt;
}

// What the manifest's word_count, line_count and character_count say of a file, defined as
// data/tools/refresh_manifest.py computes them (and corpus.schema.json describes them).
struct FileCounts {
  std::size_t words = 0;
  std::size_t lines = 0;
  std::size_t characters = 0;
};

// The counts of `text` (valid UTF-8): lines are the "\n" bytes (so "\r\n" counts once), plus
// one for a last line without a break; words are maximal runs of code points without the
// Unicode White_Space property (the same 25 code points as the script's WHITE_SPACE);
// characters are code points.
FileCounts count_file(std::string_view text) {
  FileCounts counts;
  counts.lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  if (!text.empty() && !text.ends_with('\n')) {
    ++counts.lines;
  }
  bool in_word = false;
  for (std::size_t offset = 0; offset < text.size();) {
    const unicode::Decoded decoded = unicode::decode(text, offset);
    ++counts.characters;
    if (unicode::is_white_space(decoded.value)) {
      in_word = false;
    } else if (!in_word) {
      ++counts.words;
      in_word = true;
    }
    offset += decoded.length;
  }
  return counts;
}

// The first `count` lines of `text` (fewer if it has fewer), each without its line break
// ("\n", or "\r\n" as a whole).
std::vector<std::string_view> first_lines(std::string_view text, std::size_t count) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (lines.size() < count && begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    end = std::min(end, text.size());
    if (end > begin && end < text.size() && text[end - 1] == '\r') {
      --end;
    }
    lines.push_back(text.substr(begin, end - begin));
    begin = next;
  }
  return lines;
}

// Whether `file`, a path from the manifest, stays inside the folder it is relative to: not
// absolute, and with no ".." part (which could climb out of it).
bool stays_inside(const std::string& file) {
  const fs::path path(file);
  return !path.has_root_path() &&
         std::none_of(path.begin(), path.end(), [](const fs::path& part) { return part == ".."; });
}

// `message` cut to a length that a line of output can hold.
std::string shortened(std::string_view message) {
  constexpr std::size_t kMaxMessage = 300;
  if (message.size() <= kMaxMessage) {
    return std::string(message);
  }
  std::size_t end = kMaxMessage;
  while (end > 0 && (static_cast<unsigned char>(message[end]) & 0xC0u) == 0x80u) {
    --end;
  }
  return fmt::format("{}...", message.substr(0, end));
}

// `name` with each curly apostrophe ’ written as a straight one ', so that an organisation
// spelt in the quotation style of each article ("Workers’ Union", "Workers' Union") is one name.
std::string with_straight_apostrophes(std::string_view name) {
  constexpr std::string_view kCurly = "\u2019";
  std::string result;
  for (std::size_t at = 0; at < name.size();) {
    if (name.substr(at).starts_with(kCurly)) {
      result += '\'';
      at += kCurly.size();
    } else {
      result += name[at++];
    }
  }
  return result;
}

class Validator {
 public:
  explicit Validator(fs::path data_dir)
      : dir_(std::move(data_dir)), manifest_file_(dir_ / "corpus/corpus.json") {}

  DataSummary run() {
    if (!fs::is_directory(dir_)) {
      report(dir_, "", "no such folder");
      return std::move(summary_);
    }
    // Both schemas are read first, so that a problem in either is reported whatever else is
    // wrong. Without the manifest, or its schema, there is no list of articles to trust.
    const std::optional<json> corpus_schema = read_schema(dir_ / "schema/corpus.schema.json");
    const std::optional<json> gold_schema = read_schema(dir_ / "schema/gold.schema.json");
    const std::optional<json> manifest = read_json(manifest_file_);
    if (!manifest || !corpus_schema) {
      return std::move(summary_);
    }
    const std::vector<SchemaProblem> manifest_problems = check_schema(*manifest, *corpus_schema);
    for (const SchemaProblem& problem : manifest_problems) {
      report(manifest_file_, problem.path, problem.message);
    }
    const auto articles = manifest->find("articles");
    if (articles == manifest->end() || !articles->is_array()) {
      return std::move(summary_);  // nothing more can be read
    }

    // An entry that breaks the schema is reported above and skipped here; the others are
    // still checked, so that one run shows every problem.
    std::set<std::int64_t> ids;
    for (std::size_t i = 0; i < articles->size(); ++i) {
      const json& entry = (*articles)[i];
      const std::string at = fmt::format("articles[{}]", i);
      const bool broken = std::any_of(
          manifest_problems.begin(), manifest_problems.end(), [&](const SchemaProblem& p) {
            return p.path == at || p.path.starts_with(at + ".") || p.path.starts_with(at + "[");
          });
      if (broken) {
        continue;
      }
      if (!ids.insert(entry.at("id").get<std::int64_t>()).second) {
        report(manifest_file_, at + ".id", fmt::format("duplicate id {}", entry.at("id").dump()));
      }
      try {
        check_entry(entry, at, gold_schema ? &*gold_schema : nullptr);
      } catch (const std::exception& error) {
        // Not expected: the schemas let through only what these checks can read. Reported
        // rather than left to stop the run.
        report(manifest_file_, at, fmt::format("could not be checked: {}", error.what()));
      }
    }
    return std::move(summary_);
  }

 private:
  fs::path dir_;
  fs::path manifest_file_;
  DataSummary summary_;
  // Each entity id met so far, with its name and the gold file that first gave it (all gold
  // files are in one folder, so its file name is enough to find it).
  std::map<std::string, std::pair<std::string, fs::path>, std::less<>> names_by_id_;

  void report(const fs::path& file, std::string path, std::string message) {
    summary_.problems.push_back({file.generic_string(), std::move(path), std::move(message)});
  }

  std::optional<std::string> read_text(const fs::path& file) {
    try {
      return read_file(file);
    } catch (const input_error& error) {
      // The message starts with the file's name, which the report gives already.
      const std::string_view message = error.what();
      const std::string prefix = file.generic_string() + ": ";
      report(file, "", std::string(message.starts_with(prefix) ? message.substr(prefix.size())
                                                                : message));
      return std::nullopt;
    }
  }

  std::optional<json> read_json(const fs::path& file) {
    const std::optional<std::string> text = read_text(file);
    if (!text) {
      return std::nullopt;
    }
    try {
      // nlohmann/json parses and frees any depth of nesting without recursing, so a deep
      // document cannot overflow the stack here; check_schema() reports it.
      return json::parse(*text);
    } catch (const json::parse_error& error) {
      // nlohmann/json's message already gives the line and the column; it ends with the
      // token last read, which may be as long as the file.
      report(file, "", fmt::format("invalid JSON: {}", shortened(error.what())));
      return std::nullopt;
    }
  }

  // A schema file that the checker can apply, or nothing, with every reason reported.
  std::optional<json> read_schema(const fs::path& file) {
    std::optional<json> schema = read_json(file);
    if (!schema) {
      return std::nullopt;
    }
    const std::vector<SchemaProblem> errors = schema_errors(*schema);
    for (const SchemaProblem& error : errors) {
      report(file, error.path, error.message);
    }
    if (!errors.empty()) {
      return std::nullopt;
    }
    return schema;
  }

  bool check_against(const fs::path& file, const json& document, const json& schema) {
    const std::vector<SchemaProblem> problems = check_schema(document, schema);
    for (const SchemaProblem& problem : problems) {
      report(file, problem.path, problem.message);
    }
    return problems.empty();
  }

  // Checks the article file of one manifest entry `at`, which conforms to the schema, and its
  // gold file (against `gold_schema`, unless that is null because the schema is broken).
  void check_entry(const json& entry, const std::string& at, const json* gold_schema) {
    const std::string& file = entry.at("file").get_ref<const std::string&>();
    if (!stays_inside(file)) {
      report(manifest_file_, at + ".file",
             fmt::format("expected a relative path inside corpus/, without \"..\", got {}",
                         json_excerpt(entry.at("file"))));
      return;
    }
    const fs::path article_file = dir_ / "corpus" / file;
    const std::optional<std::string> text = read_text(article_file);
    if (!text) {
      return;
    }
    ++summary_.articles;
    check_article_text(article_file, *text, entry, at);

    const fs::path gold_file = dir_ / "gold" / article_file.stem().concat(".json");
    const std::optional<json> gold = read_json(gold_file);
    if (gold && gold_schema != nullptr) {
      ++summary_.gold_files;
      if (check_against(gold_file, *gold, *gold_schema)) {
        check_gold(gold_file, *gold, *text, article_file.stem().string());
      }
    }
  }

  void check_article_text(const fs::path& file, const std::string& text, const json& entry,
                          const std::string& at) {
    const std::string digest = sha256_hex(text);
    if (digest != entry.at("sha256").get<std::string>()) {
      report(file, "", fmt::format("SHA-256 is {}, but {} {}.sha256 expects {}", digest,
                                   manifest_file_.generic_string(), at,
                                   entry.at("sha256").get<std::string>()));
    }
    const std::string& name = entry.at("file").get_ref<const std::string&>();
    if (const std::optional<std::size_t> bad = first_invalid_utf8(text)) {
      report(file, "", fmt::format("byte {} is not valid UTF-8", *bad));
    } else {
      if (const std::optional<std::size_t> offset = first_non_nfc(text)) {
        report(file, "", fmt::format("not in Unicode NFC from byte {}", *offset));
      }
      // Words and characters are counted in code points, so only in valid UTF-8, as the
      // script that computes them decodes the file first.
      const FileCounts counts = count_file(text);
      check_count(entry, at, "word_count", counts.words, "words", name);
      check_count(entry, at, "line_count", counts.lines, "lines", name);
      check_count(entry, at, "character_count", counts.characters, "characters", name);
    }
    check_layout(text, entry, at, name);
  }

  // Checks one count of the manifest's entry `at`, `field`, against `found`, the number of
  // `what` in the file `name` (as the manifest gives it).
  void check_count(const json& entry, const std::string& at, std::string_view field,
                   std::size_t found, std::string_view what, const std::string& name) {
    const json& given = entry.at(field);
    if (given != found) {
      report(manifest_file_, fmt::format("{}.{}", at, field),
             fmt::format("expected {}, the {} in {}, got {}", found, what, name, given.dump()));
    }
  }

  // Checks the manifest's headline, byline and dateline against the lines of the file `name`:
  // the headline is the first line, the byline the second when that starts with "By ", and
  // the line after them starts with the dateline (corpus.schema.json; data/README.md,
  // "Composition").
  void check_layout(std::string_view text, const json& entry, const std::string& at,
                    const std::string& name) {
    const std::vector<std::string_view> lines = first_lines(text, 3);
    const std::string_view headline = lines.empty() ? std::string_view() : lines[0];
    if (entry.at("headline").get_ref<const std::string&>() != headline) {
      report(manifest_file_, at + ".headline",
             fmt::format("expected {}, the first line of {}, got {}",
                         json_excerpt(json(std::string(headline))), name,
                         json_excerpt(entry.at("headline"))));
    }
    std::size_t body = 1;  // the index of the line that opens with the dateline
    json byline = nullptr;
    if (lines.size() > 1 && lines[1].starts_with("By ")) {
      byline = std::string(lines[1]);
      body = 2;
    }
    if (entry.at("byline") != byline && byline.is_null()) {
      report(manifest_file_, at + ".byline",
             fmt::format("expected null, since line 2 of {} does not start with \"By \", got {}",
                         name, json_excerpt(entry.at("byline"))));
    } else if (entry.at("byline") != byline) {
      report(manifest_file_, at + ".byline",
             fmt::format("expected {}, line 2 of {}, got {}", json_excerpt(byline), name,
                         json_excerpt(entry.at("byline"))));
    }
    const std::string_view paragraph = lines.size() > body ? lines[body] : std::string_view();
    if (!paragraph.starts_with(entry.at("dateline").get_ref<const std::string&>())) {
      report(manifest_file_, at + ".dateline",
             fmt::format("expected the start of line {} of {}, {}, got {}", body + 1, name,
                         json_excerpt(json(std::string(paragraph))),
                         json_excerpt(entry.at("dateline"))));
    }
  }

  // Checks that `span` (with "text", "begin" and "end") slices `article` exactly; returns
  // whether it does.
  bool check_span(const fs::path& file, const std::string& path, const json& span,
                  std::string_view article) {
    const auto begin = span.at("begin").get<std::size_t>();
    const auto end = span.at("end").get<std::size_t>();
    if (begin > end || end > article.size()) {
      report(file, path, fmt::format("[{}, {}) is not a range inside the article ({} bytes)",
                                     begin, end, article.size()));
      return false;
    }
    const std::string_view actual = article.substr(begin, end - begin);
    if (actual != span.at("text").get<std::string>()) {
      report(file, path + ".text",
             fmt::format("expected the article's bytes [{}, {}), {}, got {}", begin, end,
                         json_excerpt(json(std::string(actual))),
                         json_excerpt(span.at("text"))));
      return false;
    }
    return true;
  }

  // Checks each span of `spans` and that they come in order without overlapping.
  void check_ordered_spans(const fs::path& file, std::string_view name, const json& spans,
                           std::string_view article) {
    std::size_t previous_end = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
      const std::string path = fmt::format("{}[{}]", name, i);
      if (!check_span(file, path, spans[i], article)) {
        continue;
      }
      const auto begin = spans[i].at("begin").get<std::size_t>();
      if (begin < previous_end) {
        report(file, path, fmt::format("begins at {}, before the end of {}[{}] at {}: spans must "
                                       "be in order and must not overlap",
                                       begin, name, i - 1, previous_end));
      }
      previous_end = spans[i].at("end").get<std::size_t>();
    }
  }

  void check_gold(const fs::path& file, const json& gold, std::string_view article,
                  const std::string& article_name) {
    if (gold.at("article") != article_name) {
      report(file, "article",
             fmt::format("expected {}, got {}", json_excerpt(json(article_name)),
                         json_excerpt(gold.at("article"))));
    }
    for (const std::string_view name : kOrderedSpans) {
      if (const auto spans = gold.find(name); spans != gold.end()) {
        check_ordered_spans(file, name, *spans, article);
      }
    }
    const std::map<std::string, std::string, std::less<>> names = check_entities(file, gold);
    const json& quotations = gold.at("quotations");
    check_ordered_spans(file, "quotations", quotations, article);
    for (std::size_t i = 0; i < quotations.size(); ++i) {
      const std::string path = fmt::format("quotations[{}]", i);
      const json& mention = quotations[i].at("speaker_mention");
      if (!mention.is_null()) {
        check_span(file, path + ".speaker_mention", mention, article);
      }
      check_speaker_id(file, path, quotations[i], names);
    }
  }

  // Checks the ids of the article's people and organisations (unique in the article, one
  // name per id in the corpus) and returns each id with its name.
  std::map<std::string, std::string, std::less<>> check_entities(const fs::path& file,
                                                                 const json& gold) {
    std::map<std::string, std::string, std::less<>> names;
    for (const std::string_view list : {"people", "organisations"}) {
      const json& entities = gold.at(list);
      for (std::size_t i = 0; i < entities.size(); ++i) {
        const std::string path = fmt::format("{}[{}].id", list, i);
        const auto id = entities[i].at("id").get<std::string>();
        const auto name = entities[i].at("name").get<std::string>();
        if (!names.emplace(id, name).second) {
          report(file, path,
                 fmt::format("duplicate id {} in this article", json_excerpt(json(id))));
          continue;
        }
        const auto [known, is_new] = names_by_id_.try_emplace(id, name, file);
        if (!is_new && with_straight_apostrophes(known->second.first) !=
                           with_straight_apostrophes(name)) {
          report(file, path,
                 fmt::format("id {} is {} here but {} in {}: give namesakes different ids",
                             json_excerpt(json(id)), json_excerpt(json(name)),
                             json_excerpt(json(known->second.first)),
                             known->second.second.filename().string()));
        }
      }
    }
    return names;
  }

  // Checks that a quotation's speaker_id names the entry of its speaker.
  void check_speaker_id(const fs::path& file, const std::string& path, const json& quotation,
                        const std::map<std::string, std::string, std::less<>>& names) {
    const json& speaker = quotation.at("speaker");
    const json& id = quotation.at("speaker_id");
    if (speaker.is_null() || id.is_null()) {
      if (speaker.is_null() != id.is_null()) {
        report(file, path + ".speaker_id",
               fmt::format("expected {} with the speaker {}, got {}",
                           speaker.is_null() ? "null" : "an id", json_excerpt(speaker),
                           json_excerpt(id)));
      }
      return;
    }
    const auto entry = names.find(id.get<std::string>());
    if (entry == names.end()) {
      report(file, path + ".speaker_id",
             fmt::format("{} is in neither people nor organisations", json_excerpt(id)));
    } else if (entry->second != speaker.get<std::string>()) {
      report(file, path + ".speaker_id",
             fmt::format("{} is {}, but the speaker is {}", json_excerpt(id),
                         json_excerpt(json(entry->second)), json_excerpt(speaker)));
    }
  }
};

}  // namespace

DataSummary validate_data(const std::filesystem::path& data_dir) {
  return Validator(data_dir).run();
}

}  // namespace newsdesk
