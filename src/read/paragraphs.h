// Whitespace and paragraph helpers shared by the readers. Text is UTF-8 with
// '\n' line ends (see text_decoder.h). Pure functions; thread-safe.
#ifndef PRECIS_READ_PARAGRAPHS_H_
#define PRECIS_READ_PARAGRAPHS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis::read {

// ASCII whitespace (space, tab, newline, CR, FF, VT).
bool IsAsciiSpace(char c);

// Without leading and trailing ASCII whitespace.
std::string_view Trim(std::string_view s);

bool IsBlank(std::string_view s);

// Runs of whitespace (ASCII, no-break and other Unicode spaces) become one
// space; leading and trailing whitespace is removed. Zero-width characters
// (U+200B, U+FEFF) are dropped.
std::string CollapseWhitespace(std::string_view s);

// Splits on '\n'. A trailing newline does not make an extra empty line.
std::vector<std::string_view> SplitLines(std::string_view s);

// Number of code points in (valid) UTF-8.
std::size_t Width(std::string_view s);

// Collects paragraphs into one string: each is whitespace-collapsed, blank
// ones are ignored, and they are separated by "\n\n". Keeping one string
// (not one per paragraph) bounds memory on huge inputs with tiny paragraphs.
class ParagraphList {
 public:
  void Add(std::string_view raw);
  bool empty() const { return count_ == 0; }
  std::size_t size() const { return count_; }
  void Append(const ParagraphList& other);
  void Reserve(std::size_t bytes) { text_.reserve(bytes); }
  const std::string& text() const { return text_; }
  std::string Take() { return std::move(text_); }

 private:
  std::string text_;
  std::size_t count_ = 0;
};

}  // namespace precis::read

#endif  // PRECIS_READ_PARAGRAPHS_H_
