#include "read/html_metadata.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

// Owns a parse of `html` for one test.
class Parsed {
 public:
  explicit Parsed(const char* html) : output_(gumbo_parse(html)) {}
  ~Parsed() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }
  const GumboNode* document() const { return output_->document; }

 private:
  GumboOutput* output_;
};

TEST(HtmlMetadata, OpenGraphWins) {
  Parsed p(
      "<head><title>T</title><meta property='og:title' content=' OG  title '>"
      "<meta property='og:site_name' content='Site'><meta name='pubdate' content='20130225'>"
      "</head><body><h1>H1</h1><time datetime='2001-01-01'>x</time></body>");
  HtmlMetadata m = ReadHtmlMetadata(p.document());
  EXPECT_EQ(m.title, "OG title");
  EXPECT_EQ(m.site_name, "Site");
  EXPECT_EQ(m.date, "2013-02-25");
  ASSERT_NE(m.h1, nullptr);
  EXPECT_EQ(NodeText(m.h1), "H1");
}

TEST(HtmlMetadata, H1BeforeTitleTimeBeforeItemprop) {
  Parsed p(
      "<title>Page</title><h1> </h1><h1>Real <b>headline</b></h1>"
      "<span itemprop='datePublished' content='2010-10-10'></span><time datetime='bad'></time>"
      "<time datetime='2016-12-10T08:00:00+01:00'>x</time>");
  HtmlMetadata m = ReadHtmlMetadata(p.document());
  EXPECT_EQ(m.title, "Real headline");
  EXPECT_EQ(m.date, "2016-12-10T08:00:00+01:00");
}

TEST(HtmlMetadata, NothingKnown) {
  Parsed p("<p>just text</p>");
  HtmlMetadata m = ReadHtmlMetadata(p.document());
  EXPECT_EQ(m.title, "");
  EXPECT_EQ(m.date, "");
  EXPECT_EQ(m.site_name, "");
  EXPECT_EQ(m.h1, nullptr);
}

TEST(HtmlMetadata, NodeTextSkipsScripts) {
  Parsed p("<div id=x>a<script>bad()</script> b<br>c</div>");
  EXPECT_EQ(NodeText(p.document()), "a b c");
}

TEST(HtmlMetadata, CanonicalUrlAuthorAndLanguage) {
  Parsed p(
      "<html lang='de-DE'><head><meta property='og:url' content='https://x.example/og'>"
      "<link rel='Canonical' href=' https://x.example/a '>"
      "<meta name='author' content='Jane  Doe'></head><body><p>x</p></body></html>");
  HtmlMetadata m = ReadHtmlMetadata(p.document());
  EXPECT_EQ(m.url, "https://x.example/a");
  EXPECT_EQ(m.author, "Jane Doe");
  EXPECT_EQ(m.language, "de-DE");
}

TEST(HtmlMetadata, OpenGraphUrlAndLocaleWhenNothingBetter) {
  Parsed p(
      "<head><meta property='og:url' content='https://x.example/og'>"
      "<meta property='og:locale' content='fr_FR'>"
      "<meta property='article:author' content='https://facebook.example/someone'></head>"
      "<body><span itemprop='author'>Ana Lima</span></body>");
  HtmlMetadata m = ReadHtmlMetadata(p.document());
  EXPECT_EQ(m.url, "https://x.example/og");
  EXPECT_EQ(m.language, "fr_FR");
  EXPECT_EQ(m.author, "Ana Lima");  // an author given as a URL is no name
}

TEST(HtmlMetadata, JsonLdDateAndAuthors) {
  Parsed p(
      "<head><script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
      "\"@graph\": [{\"@type\": \"WebSite\"}, {\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2011-11-21T09:29:00Z\", \"author\": [{\"name\": \"A One\"}, "
      "\"B Two\"]}]}</script></head><body><time datetime='2001-01-01'>x</time></body>");
  HtmlMetadata m = ReadHtmlMetadata(p.document());
  EXPECT_EQ(m.date, "2011-11-21T09:29:00Z");
  EXPECT_EQ(m.author, "A One, B Two");
}

TEST(HtmlMetadata, MalformedOrDeepJsonLdIsIgnored) {
  std::string deep = "<script type='application/ld+json'>" + std::string(10000, '[') +
                     "</script><script type='application/ld+json'>{\"datePublished\": </script>"
                     "<time datetime='2001-01-01'>x</time>";
  Parsed p(deep.c_str());
  HtmlMetadata m = ReadHtmlMetadata(p.document());
  EXPECT_EQ(m.date, "2001-01-01");
  EXPECT_EQ(m.author, "");
}

}  // namespace
}  // namespace precis::read
