// Tests of the toolkit's functions on a text of more than 2^31 bytes, past the largest offset a
// 32-bit int holds: the offsets are std::size_t end to end, and nothing on the way may narrow
// them. Labelled `large`; they take a minute and are not part of the solutions workflow
// (`ctest --preset large` runs them, see README.md).
//
// The text is a repeated chunk: white space, then a corpus article. It is never allocated:
// RepeatedText maps the one chunk over and over, so 2 GiB of text costs the memory of a chunk.
// The answers expected are worked out from the chunk, with the copy's offset added.
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "corpus.hpp"
#include "count_text.hpp"
#include "paragraphs.hpp"
#include "printing.hpp"
#include "sentences.hpp"
#include "tokenize.hpp"
#include "unicode.hpp"

namespace {

using newsdesk::testing::escaped;

// RepeatedText
//
// A read-only text of `copies` copies of `chunk`, end to end, that costs the memory of one
// chunk. The chunk is written once to an anonymous file (memfd_create), then the file is mapped
// `copies` times at consecutive addresses of one reserved range (mmap with MAP_FIXED), so each
// copy is the same page of memory seen at another address. `chunk.size()` must be a multiple of
// the page size. Throws std::system_error when the system refuses a step; the test then fails,
// and the end of its process gives back what was mapped.
class RepeatedText {
 public:
  RepeatedText(std::string_view chunk, std::size_t copies) : size_(chunk.size() * copies) {
    const int file = memfd_create("newsdesk-large-text", MFD_CLOEXEC);
    check(file != -1, "memfd_create");
    for (std::size_t written = 0; written < chunk.size();) {
      const ssize_t result = write(file, chunk.data() + written, chunk.size() - written);
      check(result > 0, "write");
      written += static_cast<std::size_t>(result);
    }
    // Reserve the whole range first, so that no other mapping can take a part of it.
    base_ = mmap(nullptr, size_, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    check(base_ != MAP_FAILED, "mmap of the range");
    for (std::size_t copy = 0; copy < copies; ++copy) {
      void* at = static_cast<char*>(base_) + copy * chunk.size();
      check(mmap(at, chunk.size(), PROT_READ, MAP_SHARED | MAP_FIXED, file, 0) == at,
            "mmap of a copy");
    }
    close(file);  // the mappings keep the file alive
  }

  ~RepeatedText() { munmap(base_, size_); }

  RepeatedText(const RepeatedText&) = delete;
  RepeatedText& operator=(const RepeatedText&) = delete;

  [[nodiscard]] std::string_view view() const {
    return {static_cast<const char*>(base_), size_};
  }

 private:
  static void check(bool ok, const char* what) {
    if (!ok) {
      throw std::system_error(errno, std::generic_category(), what);
    }
  }

  void* base_ = nullptr;
  std::size_t size_ = 0;
};

constexpr std::size_t k2GiB = std::size_t{1} << 31;

// 128 KiB, a multiple of every common page size. The text then takes 16,385 mappings, well
// under Linux's default limit of 65,530 per process (vm.max_map_count).
constexpr std::size_t kChunkSize = std::size_t{128} << 10;

// Enough copies to pass 2^31 bytes by one chunk.
constexpr std::size_t kCopies = k2GiB / kChunkSize + 1;

// An article with a dateline, subheads, boilerplate, abbreviations and letters beyond ASCII.
constexpr std::string_view kArticle = "data/corpus/articles/002-lodz-new-commons-leader.txt";

// Shape
//
// The two texts: one line of more than 2 GiB with no line break at all, and the article with
// its lines as they are.
enum class Shape { one_line, lines };

std::ostream& operator<<(std::ostream& out, Shape shape) {
  return out << (shape == Shape::one_line ? "one line" : "lines");
}

constexpr Shape kShapes[] = {Shape::one_line, Shape::lines};

// The chunk of a shape: white space up to kChunkSize, then the article. Each copy so starts
// with white space, which keeps words and tokens from running from one copy into the next. As
// one line, the article's line breaks become spaces, and the text ends with its last byte, a
// letter; with lines, the white space is lines of spaces, and the text ends with a line break.
std::string make_chunk(Shape shape) {
  std::string article = newsdesk::testing::read_file(kArticle);
  if (shape == Shape::one_line) {
    article.pop_back();  // the final line break
    std::replace(article.begin(), article.end(), '\n', ' ');
  }
  const std::size_t padding = kChunkSize - article.size();
  std::string chunk(padding, ' ');
  if (shape == Shape::lines) {
    // Lines of 64 bytes, and the last one to fit.
    for (std::size_t end = 63; end < padding; end += 64) {
      chunk[end] = '\n';
    }
    chunk.back() = '\n';
  }
  return chunk + article;
}

// The same text held in memory, for a few copies: where the expected answers come from.
std::string repeat(std::string_view chunk, std::size_t copies) {
  std::string text;
  for (std::size_t copy = 0; copy < copies; ++copy) {
    text += chunk;
  }
  return text;
}

// `span` (a Token, Sentence or Part) moved `by` bytes further into the text. Its text stays as
// it is: copies hold the same bytes.
template <typename Span>
Span shifted(Span span, std::size_t by) {
  span.begin += by;
  span.end += by;
  return span;
}

// How a failure names a span of the large text: its offsets and the start of its bytes.
template <typename Span>
std::string describe(const Span& span) {
  const std::string_view text = span.text;
  return escaped(text.substr(0, 40)) + (text.size() > 40 ? "..." : "") + " [" +
         std::to_string(span.begin) + ", " + std::to_string(span.end) + ")";
}

// The spans of `copies` copies of the chunk, from the spans of four copies (`sample`), for a
// function whose answer near a copy depends on the text around it (sentences, parts): those
// that begin in the first copy as they are; those that begin in the second, once for every copy
// up to the last but one; then those of the fourth copy, for the last one. That holds when the
// spans of the second copy are those of the third, one chunk earlier, and the test checks it.
template <typename Span>
std::vector<Span> expected_spans(const std::vector<Span>& sample, std::size_t copies) {
  std::vector<std::vector<Span>> by_copy(4);
  for (const Span& span : sample) {
    by_copy[span.begin / kChunkSize].push_back(span);
  }
  std::vector<Span> second_moved;
  for (const Span& span : by_copy[1]) {
    second_moved.push_back(shifted(span, kChunkSize));
  }
  BOOST_TEST_REQUIRE((by_copy[2] == second_moved),
                     "the second and third of four copies split alike");

  std::vector<Span> expected = by_copy[0];
  for (std::size_t copy = 1; copy + 1 < copies; ++copy) {
    for (const Span& span : by_copy[1]) {
      expected.push_back(shifted(span, (copy - 1) * kChunkSize));
    }
  }
  for (const Span& span : by_copy[3]) {
    expected.push_back(shifted(span, (copies - 4) * kChunkSize));
  }
  return expected;
}

// Checks `actual` against `expected` span by span, and that each span is an exact slice of
// `text`; reports the first difference only (there may be millions of spans).
template <typename Span>
void check_spans(std::string_view text, const std::vector<Span>& actual,
                 const std::vector<Span>& expected) {
  BOOST_TEST(actual.size() == expected.size());
  const std::size_t common = std::min(actual.size(), expected.size());
  for (std::size_t i = 0; i < common; ++i) {
    const bool in_place = actual[i].end <= text.size() &&
                          text.substr(actual[i].begin, actual[i].end - actual[i].begin) ==
                              std::string_view(actual[i].text);
    if (!(actual[i] == expected[i]) || !in_place) {
      BOOST_ERROR("span " << i << ": got " << describe(actual[i]) << ", expected "
                          << describe(expected[i]));
      return;
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(large_text)

BOOST_AUTO_TEST_CASE(unicode_decode_reads_characters_past_2_gib) {
  for (const Shape shape : kShapes) {
    BOOST_TEST_CONTEXT("text: " << shape) {
      const std::string chunk = make_chunk(shape);
      const RepeatedText text(chunk, kCopies);
      const std::size_t last_copy = (kCopies - 1) * kChunkSize;
      // Every character of the last copy, which lies wholly past 2^31.
      for (std::size_t offset = 0; offset < chunk.size();) {
        const newsdesk::unicode::Decoded expected = newsdesk::unicode::decode(chunk, offset);
        const newsdesk::unicode::Decoded actual =
            newsdesk::unicode::decode(text.view(), last_copy + offset);
        if (actual.value != expected.value || actual.length != expected.length ||
            actual.valid != expected.valid) {
          BOOST_ERROR("decode at " << last_copy + offset << " differs from the chunk's");
          break;
        }
        offset += expected.length;
      }
    }
  }
}

// count_text() reads each byte three times: its two cases run side by side.
void check_counts(Shape shape) {
  const std::string chunk = make_chunk(shape);
  const RepeatedText text(chunk, kCopies);
  // The chunk is valid UTF-8 and starts with white space, so every count but the lines of the
  // one-line text is the chunk's, once per copy.
  const newsdesk::TextCounts one = newsdesk::count_text(chunk);
  const newsdesk::TextCounts actual = newsdesk::count_text(text.view());
  BOOST_TEST(actual.bytes == kCopies * kChunkSize);
  BOOST_TEST(actual.lines == (shape == Shape::one_line ? 1 : kCopies * one.lines));
  BOOST_TEST(actual.words == kCopies * one.words);
  BOOST_TEST(actual.characters == kCopies * one.characters);
  BOOST_TEST(actual.invalid_bytes == 0U);
}

BOOST_AUTO_TEST_CASE(count_text_counts_one_line_past_2_gib) { check_counts(Shape::one_line); }

BOOST_AUTO_TEST_CASE(count_text_counts_lines_past_2_gib) { check_counts(Shape::lines); }

BOOST_AUTO_TEST_CASE(tokenize_gives_offsets_past_2_gib) {
  for (const Shape shape : kShapes) {
    BOOST_TEST_CONTEXT("text: " << shape) {
      const std::string chunk = make_chunk(shape);
      const RepeatedText text(chunk, kCopies);
      // No token holds white space, and each copy starts with some, so the tokens are the
      // chunk's, copy after copy.
      const std::vector<newsdesk::Token> one = newsdesk::tokenize(chunk);
      std::vector<newsdesk::Token> expected;
      expected.reserve(kCopies * one.size());
      for (std::size_t copy = 0; copy < kCopies; ++copy) {
        for (const newsdesk::Token& token : one) {
          expected.push_back(shifted(token, copy * kChunkSize));
        }
      }
      const std::vector<newsdesk::Token> actual = newsdesk::tokenize(text.view());
      check_spans(text.view(), actual, expected);
      BOOST_TEST_REQUIRE(!actual.empty());
      BOOST_TEST(actual.back().begin > k2GiB);
      const std::size_t last_byte = shape == Shape::one_line ? 0 : 1;  // the line break
      BOOST_TEST(actual.back().end == text.view().size() - last_byte);
    }
  }
}

BOOST_AUTO_TEST_CASE(split_sentences_gives_offsets_past_2_gib) {
  for (const Shape shape : kShapes) {
    BOOST_TEST_CONTEXT("text: " << shape) {
      const std::string chunk = make_chunk(shape);
      const RepeatedText text(chunk, kCopies);
      const std::string four_copies = repeat(chunk, 4);
      const std::vector<newsdesk::Sentence> expected =
          expected_spans(newsdesk::split_sentences(four_copies), kCopies);
      const std::vector<newsdesk::Sentence> actual = newsdesk::split_sentences(text.view());
      check_spans(text.view(), actual, expected);
      BOOST_TEST_REQUIRE(!actual.empty());
      BOOST_TEST(actual.back().begin > k2GiB);
      const std::size_t last_byte = shape == Shape::one_line ? 0 : 1;  // the line break
      BOOST_TEST(actual.back().end == text.view().size() - last_byte);
    }
  }
}

BOOST_AUTO_TEST_CASE(split_article_of_one_line_past_2_gib_is_its_headline) {
  const std::string chunk = make_chunk(Shape::one_line);
  const RepeatedText text(chunk, kCopies);
  const std::size_t first_letter = chunk.find_first_not_of(' ');
  const std::vector<newsdesk::Part> parts = newsdesk::split_article(text.view());
  BOOST_TEST_REQUIRE(parts.size() == 1U);
  BOOST_TEST((parts[0].kind == newsdesk::PartKind::headline));
  BOOST_TEST(parts[0].begin == first_letter);
  BOOST_TEST(parts[0].end == text.view().size());
  BOOST_TEST((parts[0].text == text.view().substr(first_letter)));
}

BOOST_AUTO_TEST_CASE(split_article_gives_offsets_past_2_gib) {
  const std::string chunk = make_chunk(Shape::lines);
  const RepeatedText text(chunk, kCopies);
  const std::string four_copies = repeat(chunk, 4);
  const std::vector<newsdesk::Part> expected =
      expected_spans(newsdesk::split_article(four_copies), kCopies);
  const std::vector<newsdesk::Part> actual = newsdesk::split_article(text.view());
  check_spans(text.view(), actual, expected);
  BOOST_TEST_REQUIRE(!actual.empty());
  BOOST_TEST(actual.back().end == text.view().size() - 1);  // before the final line break
}

BOOST_AUTO_TEST_CASE(url_length_counts_more_than_2_31_brackets) {
  // One URL: "www.a", brackets and one ")", copy after copy. Its "(" outnumber its ")" by more
  // than 2^31, so the ")" at its end closes one of them and stays in the URL.
  const std::string chunk = "www.a" + std::string(kChunkSize - 6, '(') + ")";
  const RepeatedText text(chunk, kCopies);
  BOOST_TEST(newsdesk::url_length(text.view(), 0) == text.view().size());
}

BOOST_AUTO_TEST_CASE(split_sentences_keeps_more_than_2_31_open_brackets_in_one_sentence) {
  // Brackets that never close, then "a. B", copy after copy. "a. B" ends a sentence, but not
  // inside brackets, so the whole text is one sentence, up to its final space.
  const std::string chunk = std::string(kChunkSize - 6, '(') + " a. B ";
  const RepeatedText text(chunk, kCopies);
  const std::vector<newsdesk::Sentence> sentences = newsdesk::split_sentences(text.view());
  BOOST_TEST_REQUIRE(sentences.size() == 1U);
  BOOST_TEST(sentences[0].begin == 0U);
  BOOST_TEST(sentences[0].end == text.view().size() - 1);
}

BOOST_AUTO_TEST_SUITE_END()
