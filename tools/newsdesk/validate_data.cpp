#include "validate_data.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "input.hpp"
#include "json_schema.hpp"
#include "load_corpus.hpp"

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
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t offset = 0; offset < length;) {
    const std::int32_t start = offset;
    UChar32 c = 0;
    U8_NEXT(bytes, offset, length, c);
    if (c < 0) {
      return static_cast<std::size_t>(start);
    }
  }
  return std::nullopt;
}

// The byte offset where `text` (valid UTF-8) stops being in Unicode Normalization Form C, or
// nothing when it is in NFC. ICU works in UTF-16, so the offset is found by walking back.
std::optional<std::size_t> first_non_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  std::int32_t units = 0;
  u_strFromUTF8(nullptr, 0, &units, text.data(), static_cast<std::int32_t>(text.size()),
                &status);
  std::u16string utf16(static_cast<std::size_t>(units), u'\0');
  status = U_ZERO_ERROR;
  u_strFromUTF8(utf16.data(), units, nullptr, text.data(), static_cast<std::int32_t>(text.size()),
                &status);
  const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(fmt::format("ICU: {}", u_errorName(status)));
  }
  if (unorm2_isNormalized(nfc, utf16.data(), units, &status)) {
    return std::nullopt;
  }
  const std::int32_t good_units = unorm2_spanQuickCheckYes(nfc, utf16.data(), units, &status);
  // Count the UTF-8 bytes of the first `good_units` UTF-16 units.
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::int32_t offset = 0;
  for (std::int32_t seen = 0; seen < good_units;) {
    UChar32 c = 0;
    U8_NEXT(bytes, offset, static_cast<std::int32_t>(text.size()), c);
    seen += U16_LENGTH(c);
  }
  return static_cast<std::size_t>(offset);
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
  explicit Validator(fs::path data_dir) : dir_(std::move(data_dir)) {}

  DataSummary run() {
    if (!fs::is_directory(dir_)) {
      report(dir_, "", "no such folder");
      return std::move(summary_);
    }
    const std::optional<json> corpus_schema = read_json(dir_ / "schema/corpus.schema.json");
    const std::optional<json> gold_schema = read_json(dir_ / "schema/gold.schema.json");
    const fs::path manifest_file = dir_ / "corpus/corpus.json";
    const std::optional<json> manifest = read_json(manifest_file);
    if (!manifest || !corpus_schema || !gold_schema) {
      return std::move(summary_);
    }
    const std::vector<SchemaProblem> manifest_problems = check_schema(*manifest, *corpus_schema);
    for (const SchemaProblem& problem : manifest_problems) {
      report(manifest_file, problem.path, problem.message);
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
            return p.path == at || p.path.starts_with(at + ".");
          });
      if (broken) {
        continue;
      }
      if (!ids.insert(entry.at("id").get<std::int64_t>()).second) {
        report(manifest_file, at + ".id", fmt::format("duplicate id {}", entry.at("id").dump()));
      }
      const fs::path article_file = dir_ / "corpus" / entry.at("file").get<std::string>();
      const std::optional<std::string> text = read_text(article_file);
      if (!text) {
        continue;
      }
      ++summary_.articles;
      check_article_text(article_file, *text, entry, manifest_file, at);

      const fs::path gold_file = dir_ / "gold" / article_file.stem().concat(".json");
      const std::optional<json> gold = read_json(gold_file);
      if (gold) {
        ++summary_.gold_files;
        if (check_against(gold_file, *gold, *gold_schema)) {
          check_gold(gold_file, *gold, *text, article_file.stem().string());
        }
      }
    }
    return std::move(summary_);
  }

 private:
  fs::path dir_;
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
      return json::parse(*text);
    } catch (const json::parse_error& error) {
      // nlohmann/json's message already gives the line and the column.
      report(file, "", fmt::format("invalid JSON: {}", error.what()));
      return std::nullopt;
    }
  }

  bool check_against(const fs::path& file, const json& document, const json& schema) {
    const std::vector<SchemaProblem> problems = check_schema(document, schema);
    for (const SchemaProblem& problem : problems) {
      report(file, problem.path, problem.message);
    }
    return problems.empty();
  }

  void check_article_text(const fs::path& file, const std::string& text, const json& entry,
                          const fs::path& manifest_file, const std::string& at) {
    const std::string digest = sha256_hex(text);
    if (digest != entry.at("sha256").get<std::string>()) {
      report(file, "", fmt::format("SHA-256 is {}, but {} {}.sha256 expects {}", digest,
                                   manifest_file.generic_string(), at,
                                   entry.at("sha256").get<std::string>()));
    }
    if (const std::optional<std::size_t> bad = first_invalid_utf8(text)) {
      report(file, "", fmt::format("byte {} is not valid UTF-8", *bad));
    } else if (const std::optional<std::size_t> offset = first_non_nfc(text)) {
      report(file, "", fmt::format("not in Unicode NFC from byte {}", *offset));
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
                         json(std::string(actual)).dump(-1, ' ', false,
                                                        json::error_handler_t::replace),
                         span.at("text").dump()));
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
             fmt::format("expected \"{}\", got {}", article_name, gold.at("article").dump()));
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
          report(file, path, fmt::format("duplicate id \"{}\" in this article", id));
          continue;
        }
        const auto [known, is_new] = names_by_id_.try_emplace(id, name, file);
        if (!is_new && with_straight_apostrophes(known->second.first) !=
                           with_straight_apostrophes(name)) {
          report(file, path,
                 fmt::format("id \"{}\" is \"{}\" here but \"{}\" in {}: give namesakes "
                             "different ids",
                             id, name, known->second.first,
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
                           speaker.is_null() ? "null" : "an id", speaker.dump(), id.dump()));
      }
      return;
    }
    const auto entry = names.find(id.get<std::string>());
    if (entry == names.end()) {
      report(file, path + ".speaker_id",
             fmt::format("{} is in neither people nor organisations", id.dump()));
    } else if (entry->second != speaker.get<std::string>()) {
      report(file, path + ".speaker_id",
             fmt::format("{} is \"{}\", but the speaker is {}", id.dump(), entry->second,
                         speaker.dump()));
    }
  }
};

}  // namespace

DataSummary validate_data(const std::filesystem::path& data_dir) {
  return Validator(data_dir).run();
}

}  // namespace newsdesk
