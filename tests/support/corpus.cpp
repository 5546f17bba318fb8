#include "corpus.hpp"

#include <sstream>
#include <stdexcept>

#include <fmt/core.h>

#include "input.hpp"

namespace newsdesk::testing {

std::filesystem::path source_dir() { return NEWSDESK_SOURCE_DIR; }

std::string read_file(const std::filesystem::path& path) {
  return newsdesk::read_file(path.is_absolute() ? path : source_dir() / path);
}

const std::vector<CorpusArticle>& corpus_articles() {
  static const std::vector<CorpusArticle> articles = [] {
    const std::string manifest_file = "data/corpus/corpus.json";
    const nlohmann::json manifest = nlohmann::json::parse(read_file(manifest_file));
    std::vector<CorpusArticle> result;
    for (const nlohmann::json& entry : manifest.at("articles")) {
      CorpusArticle article;
      article.file = "data/corpus/" + entry.at("file").get<std::string>();
      article.text = read_file(article.file);
      article.manifest = entry;
      // The gold file shares the article's name: articles/001-x.txt, gold/001-x.json.
      const std::filesystem::path gold =
          std::filesystem::path("data/gold") /
          std::filesystem::path(article.file).stem().concat(".json");
      if (std::filesystem::exists(source_dir() / gold)) {
        article.gold = nlohmann::json::parse(read_file(gold));
      }
      result.push_back(std::move(article));
    }
    return result;
  }();
  return articles;
}

const std::vector<ListedAbbreviation>& listed_abbreviations() {
  static const std::vector<ListedAbbreviation> entries = [] {
    const std::string file = "data/abbreviations.txt";
    std::istringstream lines(read_file(file));
    std::vector<ListedAbbreviation> result;
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
      if (line.empty() || line.starts_with('#')) {
        continue;
      }
      const std::size_t tab = line.find('\t');
      const std::string kind = tab == std::string::npos ? "" : line.substr(tab + 1);
      if (tab == 0 || (kind != "before" && kind != "ordinary")) {
        throw std::runtime_error(fmt::format(
            "{}:{}: expected an abbreviation, a tab and \"before\" or \"ordinary\", got \"{}\"",
            file, number, line));
      }
      result.push_back({line.substr(0, tab), kind});
    }
    return result;
  }();
  return entries;
}

std::string describe_position(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return fmt::format("line {}, column {}", line, offset - line_start + 1);
}

}  // namespace newsdesk::testing
