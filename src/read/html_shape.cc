#include "read/html_shape.h"

#include <algorithm>
#include <array>
#include <vector>

#include "base/ascii.h"

namespace precis::read {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Elements that never hold content.
constexpr std::array<std::string_view, 19> kVoid = {
    "area", "base",  "basefont", "bgsound", "br",   "col",   "embed",  "frame", "hr", "image",
    "img",  "input", "keygen",   "link",    "meta", "param", "source", "track", "wbr"};

// Elements whose end tag may be left out (the next one of their kind, or a
// parent's end, closes them): counting them would make every list deep.
constexpr std::array<std::string_view, 21> kOptionalEnd = {
    "body", "caption", "colgroup", "dd",  "dt", "head", "html",  "li", "optgroup", "option", "p",
    "rb",   "rp",      "rt",       "rtc", "td", "th",   "tbody", "tr", "tfoot",    "thead"};

// Elements whose content is text up to their end tag.
constexpr std::array<std::string_view, 9> kRawText = {
    "iframe", "noembed", "noframes", "script", "style", "textarea", "title", "xmp", "plaintext"};

template <std::size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

// An end tag is looked for this far down the stack; a stray one is ignored.
// Keeps the scan linear whatever the page does.
constexpr std::size_t kEndTagSearch = 64;

class ShapeScanner {
 public:
  explicit ShapeScanner(std::string_view html) : s_(html) {}

  HtmlShape Scan() {
    while (i_ < s_.size()) {
      std::size_t lt = s_.find('<', i_);
      if (lt == std::string_view::npos || lt + 1 >= s_.size()) break;
      i_ = lt + 1;
      char c = s_[i_];
      if (c == '!') {
        if (s_.substr(i_, 3) == "!--") {
          std::size_t end = s_.find("-->", i_ + 3);
          i_ = end == std::string_view::npos ? s_.size() : end + 3;
        } else {
          SkipPast('>');
        }
      } else if (c == '?') {
        SkipPast('>');
      } else if (c == '/' && i_ + 1 < s_.size() && IsAsciiAlpha(s_[i_ + 1])) {
        ++i_;
        EndTag(ReadName());
        SkipPast('>');
      } else if (IsAsciiAlpha(c)) {
        StartTag();
      }
    }
    return shape_;
  }

 private:
  void SkipPast(char c) {
    std::size_t at = s_.find(c, i_);
    i_ = at == std::string_view::npos ? s_.size() : at + 1;
  }

  std::string ReadName() {
    std::string name;
    while (i_ < s_.size() && !IsSpace(s_[i_]) && s_[i_] != '/' && s_[i_] != '>') {
      if (name.size() < 32) name += AsciiLower(s_[i_]);
      ++i_;
    }
    return name;
  }

  // Reads the attributes up to the tag's '>'; returns their number and
  // whether the tag closed itself ("/>").
  std::size_t Attributes(bool& self_closing) {
    std::size_t count = 0;
    self_closing = false;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '>') {
        ++i_;
        return count;
      }
      if (IsSpace(c) || c == '/') {
        self_closing = c == '/';
        ++i_;
        continue;
      }
      self_closing = false;
      ++count;
      ++i_;  // the first character belongs to the name, even if it is '='
      while (i_ < s_.size() && !IsSpace(s_[i_]) && s_[i_] != '/' && s_[i_] != '>' && s_[i_] != '=')
        ++i_;
      while (i_ < s_.size() && IsSpace(s_[i_])) ++i_;
      if (i_ >= s_.size() || s_[i_] != '=') continue;
      ++i_;
      while (i_ < s_.size() && IsSpace(s_[i_])) ++i_;
      if (i_ < s_.size() && (s_[i_] == '"' || s_[i_] == '\'')) {
        char quote = s_[i_++];
        SkipPast(quote);
      } else {
        while (i_ < s_.size() && !IsSpace(s_[i_]) && s_[i_] != '>') ++i_;
      }
    }
    return count;
  }

  void StartTag() {
    const std::size_t tag_start = i_ - 1;  // at the '<'
    std::string name = ReadName();
    bool self_closing = false;
    std::size_t attributes = Attributes(self_closing);
    shape_.max_attributes = std::max(shape_.max_attributes, attributes);
    shape_.work += open_.size() + attributes * attributes;
    if (In(kRawText, name)) {
      const std::size_t body = i_;
      const std::size_t end_tag = SkipRawText(name);
      if ((name == "script" || name == "style") && foreign_ == 0 && end_tag != kNoEnd &&
          end_tag > body && !ContainsFolded(s_.substr(tag_start, body - tag_start), "ld+json") &&
          s_.substr(body, end_tag - body).find("<!--") == std::string_view::npos)
        shape_.droppable.emplace_back(body, end_tag);
      return;
    }
    if (In(kVoid, name) || In(kOptionalEnd, name)) return;
    // Inside SVG and MathML "/>" closes an element; in HTML it is ignored.
    if (self_closing && foreign_ > 0) return;
    if (name == "svg" || name == "math") ++foreign_;
    open_.push_back(std::move(name));
    shape_.max_depth = std::max(shape_.max_depth, open_.size());
  }

  void EndTag(const std::string& name) {
    const std::size_t n = open_.size();
    for (std::size_t k = 0; k < std::min(n, kEndTagSearch); ++k) {
      if (open_[n - 1 - k] != name) continue;
      for (std::size_t j = n - 1 - k; j < n; ++j)
        if (open_[j] == "svg" || open_[j] == "math") --foreign_;
      open_.resize(n - 1 - k);
      return;
    }
  }

  static constexpr std::size_t kNoEnd = std::string_view::npos;

  // Moves past the text of a raw-text element and its end tag. Returns where
  // the end tag starts when it is one an HTML5 tokenizer takes as such ("</"
  // and the name, then a space, '/' or '>'), else kNoEnd.
  std::size_t SkipRawText(const std::string& name) {
    if (name == "plaintext") {
      i_ = s_.size();
      return kNoEnd;
    }
    while (i_ < s_.size()) {
      std::size_t at = s_.find("</", i_);
      if (at == std::string_view::npos) {
        i_ = s_.size();
        return kNoEnd;
      }
      i_ = at + 2;
      std::size_t k = 0;
      while (k < name.size() && i_ + k < s_.size() && AsciiLower(s_[i_ + k]) == name[k]) ++k;
      if (k == name.size()) {
        const std::size_t after = i_ + k;
        const bool proper =
            after < s_.size() && (IsSpace(s_[after]) || s_[after] == '/' || s_[after] == '>');
        SkipPast('>');
        return proper ? at : kNoEnd;
      }
    }
    return kNoEnd;
  }

  // Whether `text` holds `word` (lower case), ignoring ASCII case.
  static bool ContainsFolded(std::string_view text, std::string_view word) {
    for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
      std::size_t k = 0;
      while (k < word.size() && AsciiLower(text[i + k]) == word[k]) ++k;
      if (k == word.size()) return true;
    }
    return false;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t foreign_ = 0;
  std::vector<std::string> open_;
  HtmlShape shape_;
};

std::string WithCommas(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

HtmlShape MeasureHtmlShape(std::string_view html) { return ShapeScanner(html).Scan(); }

std::string WithoutDroppable(std::string_view html, const HtmlShape& shape) {
  std::string out;
  std::size_t dropped = 0;
  for (const auto& [b, e] : shape.droppable) dropped += e - b;
  out.reserve(html.size() - std::min(dropped, html.size()));
  std::size_t at = 0;
  for (const auto& [b, e] : shape.droppable) {
    if (b < at || e > html.size()) continue;  // ranges come in order; never overlapping
    out.append(html.substr(at, b - at));
    at = e;
  }
  out.append(html.substr(at));
  return out;
}

Status CheckHtmlShape(std::string_view html, const std::string& name) {
  return CheckHtmlShape(MeasureHtmlShape(html), html.size(), name);
}

Status CheckHtmlShape(const HtmlShape& shape, std::size_t bytes, const std::string& name) {
  if (shape.max_depth > kMaxHtmlDepth)
    return Status::InputError(name + ": HTML nests elements about " + WithCommas(shape.max_depth) +
                              " deep (the limit is " + WithCommas(kMaxHtmlDepth) + ")");
  if (shape.max_attributes > kMaxHtmlAttributes)
    return Status::InputError(name + ": an HTML tag has " + WithCommas(shape.max_attributes) +
                              " attributes (the limit is " + WithCommas(kMaxHtmlAttributes) + ")");
  const std::size_t allowed = kHtmlWorkPerByte * bytes + 1'000'000;
  if (shape.work > allowed)
    return Status::InputError(name +
                              ": HTML too deeply nested for its size to parse in linear time "
                              "(about " +
                              WithCommas(shape.work / std::max<std::size_t>(bytes, 1)) +
                              " steps per byte; the limit is " + WithCommas(kHtmlWorkPerByte) +
                              ")");
  return Status::Ok();
}

}  // namespace precis::read
