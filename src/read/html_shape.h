// A cheap, linear pre-scan of an HTML page that estimates how hard the page
// is for an HTML5 tree builder before gumbo sees it. Gumbo scans its stack of
// open elements for most start tags and compares every attribute of an
// element with the others, so a page of 100,000 nested <div>s or 40,000
// attributes on one tag costs it minutes; such pages are refused with a clear
// error instead. Pure; thread-safe.
#ifndef PRECIS_READ_HTML_SHAPE_H_
#define PRECIS_READ_HTML_SHAPE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/status.h"

namespace precis::read {

struct HtmlShape {
  std::size_t max_depth = 0;       // deepest nesting of open elements (estimated)
  std::size_t max_attributes = 0;  // most attributes on one tag
  // Estimated tree-building work: the sum over start tags of the depth they
  // open at plus the square of their attribute count.
  std::size_t work = 0;
  // Byte ranges [first, second) of the bodies of <script> and <style>
  // elements (raw text, never shown) that can be dropped before parsing
  // without changing the tree otherwise: not JSON-LD (metadata), not in SVG
  // or MathML, no "<!--" inside (the tokenizer's escape states could end them
  // elsewhere), and ended by a proper end tag. On news pages they are most of
  // the bytes, and a tree builder reads them one character at a time.
  std::vector<std::pair<std::size_t, std::size_t>> droppable;
};

// `html` less the droppable ranges of `shape` (MeasureHtmlShape(html)).
std::string WithoutDroppable(std::string_view html, const HtmlShape& shape);

// Tokenizes `html` the way an HTML5 tokenizer would in outline (tags,
// comments, raw-text elements) and models the open-element stack: void
// elements and elements whose end tag may be left out (p, li, td, ...) are not
// counted; an end tag closes the nearest open element of its name. Linear in
// the input.
HtmlShape MeasureHtmlShape(std::string_view html);

// The limits a page must stay within; see README "Errors". On the 248 real
// pages of the extraction dev set the deepest nesting is 40, the most
// attributes on a tag 31, and the work at most 0.33 per byte.
inline constexpr std::size_t kMaxHtmlDepth = 2000;
inline constexpr std::size_t kMaxHtmlAttributes = 1000;
inline constexpr std::size_t kHtmlWorkPerByte = 32;

// An input error naming `name` and the limit when `html` is beyond them.
Status CheckHtmlShape(std::string_view html, const std::string& name);
// The same for a page of `bytes` bytes already measured.
Status CheckHtmlShape(const HtmlShape& shape, std::size_t bytes, const std::string& name);

}  // namespace precis::read

#endif  // PRECIS_READ_HTML_SHAPE_H_
