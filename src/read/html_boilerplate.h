// Decides which HTML elements are page furniture rather than article text:
// by tag (script, nav, footer, ...), when hidden, or when the words of
// their class, id or role name navigation, menus, share bars, comments,
// cookie banners, related links and the like. Pure; thread-safe.
#ifndef PRECIS_READ_HTML_BOILERPLATE_H_
#define PRECIS_READ_HTML_BOILERPLATE_H_

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis::read {

// Elements never holding article text (script, style, nav, header, ...).
bool IsSkippedTag(GumboTag tag);

// Elements that break paragraphs (p, div, li, h1-h6, blockquote, tr, ...).
bool IsBlockTag(GumboTag tag);

// Hidden with the hidden attribute, aria-hidden="true" or display:none.
bool IsHidden(const GumboElement& element);

// Class, id (not a heading's: an anchor) or role words that signal boilerplate ("share-bar",
// "cookieBanner", role="navigation"); not after a layout modifier ("with-sidebar", "has-ads").
bool HasBoilerplateName(const GumboElement& element);

// Whether the furniture words of its class or id name readers' comments
// ("comments-container", "disqus_thread").
bool HasCommentName(const GumboElement& element);

// Whether an element whose only furniture word is "teaser" is the article's
// lead (German CMSs: "teaser-text", "ce-news--teaser") rather than a
// promotion for another page: a block of `text` visible bytes, 80 or more,
// none of them link text (`links`), not a heading or figure.
bool IsLeadTeaser(const GumboElement& element, std::size_t text, std::size_t links);

// Lower-case words of a class or id value, split at non-alphanumerics and
// camelCase humps: "shareBar main-nav" -> share, bar, main, nav.
std::vector<std::string> NameWords(std::string_view value);

}  // namespace precis::read

#endif  // PRECIS_READ_HTML_BOILERPLATE_H_
