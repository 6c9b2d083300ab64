// Reads an HTML page's metadata from a gumbo tree: title (og:title, the first
// <h1>, <title>), publication date (article:published_time and similar meta
// tags, JSON-LD datePublished, <time datetime>, itemprop="datePublished";
// normalised to ISO), site name (og:site_name), canonical URL, author and
// declared language. Pure; thread-safe; keeps pointers into the tree.
#ifndef PRECIS_READ_HTML_METADATA_H_
#define PRECIS_READ_HTML_METADATA_H_

#include <gumbo.h>

#include <string>

namespace precis::read {

struct HtmlMetadata {
  std::string title;      // best title: og:title, else <h1>, else <title>
  std::string date;       // ISO date or timestamp; "" when unknown
  std::string site_name;  // og:site_name; "" when absent
  std::string url;        // <link rel=canonical>, else og:url
  std::string author;     // meta author / article:author, JSON-LD author, rel/itemprop author
  std::string language;   // <html lang>, else content-language, else og:locale
  const GumboNode* h1 = nullptr;  // the first <h1>, to keep it out of the body
};

HtmlMetadata ReadHtmlMetadata(const GumboNode* root);

// The text of a subtree, whitespace collapsed (scripts and styles left out).
std::string NodeText(const GumboNode* node);

}  // namespace precis::read

#endif  // PRECIS_READ_HTML_METADATA_H_
