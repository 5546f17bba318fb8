// Readable failure messages: how tests show text whose bytes matter.
#ifndef NEWSDESK_TESTS_PRINTING_HPP
#define NEWSDESK_TESTS_PRINTING_HPP

#include <string>
#include <string_view>

namespace newsdesk::testing {

// What escaped() does with bytes >= 0x80: print them as they are (UTF-8 text such as "—" or
// "ŁÓDŹ" stays readable), or as \xNN (for tests about the bytes themselves).
enum class NonAscii { keep, escape };

// `text` in double quotes, with control characters, quotes and backslashes escaped, so that a
// "\r" or a tab in a failing row is visible: escaped("a\tb") == R"("a\tb")".
[[nodiscard]] std::string escaped(std::string_view text, NonAscii non_ascii = NonAscii::keep);

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTS_PRINTING_HPP
