#include "read/html_reader.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace precis::read {
namespace {

// The document read from `html`, which must be within the limits.
Document Html(std::string_view html, const std::string& path) {
  Result<Document> d = ReadHtml(html, path);
  EXPECT_TRUE(d.ok()) << d.status().message();
  return d.ok() ? std::move(d).value() : Document{};
}

TEST(HtmlReader, ExtractsArticleParagraphsAndMetadata) {
  Document d = Html(R"(<!DOCTYPE html>
<html><head>
<title>Storm hits coast | Daily News</title>
<meta property="og:title" content="Storm hits coast">
<meta property="og:site_name" content="Daily News">
<meta property="article:published_time" content="2013-02-25T10:04:05Z">
<script>var s = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<header><a href="/">Home</a> <a href="/world">World</a></header>
<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li></ul></nav>
<article>
  <h1>Storm hits coast</h1>
  <p>A strong   storm hit the coast on Sunday, cutting power to &quot;thousands&quot; of homes.</p>
  <p>Officials said repairs would take days&nbsp;&amp; nights.<br>Schools were closed.</p>
  <div class="share-bar"><a href="#">Share on Facebook</a> Share this story</div>
  <p>Crews were working <a href="/x">through the night</a> to restore service to the area.</p>
</article>
<aside>Most read: other things</aside>
<div id="comments"><p>First comment!</p></div>
<footer>Copyright</footer>
</body></html>)",
                    "pages/storm.html");
  EXPECT_EQ(d.id, "storm");
  EXPECT_EQ(d.title, "Storm hits coast");
  EXPECT_EQ(d.date, "2013-02-25T10:04:05Z");
  EXPECT_EQ(d.source, "Daily News");
  EXPECT_EQ(d.text,
            "A strong storm hit the coast on Sunday, cutting power to \"thousands\" of homes.\n\n"
            "Officials said repairs would take days & nights.\n\n"
            "Schools were closed.\n\n"
            "Crews were working through the night to restore service to the area.");
}

TEST(HtmlReader, FallsBackToBodyAndH1AndTitle) {
  Document d = Html(
      "<html><head><title>Page title</title></head><body><h1>Big News</h1>"
      "<div>First block.<div>Nested block.</div>Tail.</div></body></html>",
      "a.htm");
  EXPECT_EQ(d.title, "Big News");
  EXPECT_EQ(d.source, "a.htm");
  EXPECT_EQ(d.text, "First block.\n\nNested block.\n\nTail.");
  Document t = Html("<title>Only a title</title><p>Text.</p>", "b.html");
  EXPECT_EQ(t.title, "Only a title");
  EXPECT_EQ(t.text, "Text.");
}

TEST(HtmlReader, PrefersMainAndDropsLinkLists) {
  Document d = Html(
      "<body><div>Outside main.</div><main><p>Inside main, a sentence of text.</p>"
      "<ul><li><a href=1>Link one</a></li><li><a href=2>Link two</a></li></ul>"
      "<p>See <a href=3>this</a> for more detail about it.</p></main></body>",
      "m.html");
  EXPECT_EQ(d.text, "Inside main, a sentence of text.\n\nSee this for more detail about it.");
}

TEST(HtmlReader, OddMarkup) {
  // Unclosed tags, nested lists, entities, a script with "</p>" in a string,
  // hidden elements, a cookie banner, a table.
  Document d = Html(
      "<body><p>One &amp; only &eacute;t&eacute; &#8212; ok<p>Two<ul><li>Item a<ul><li>Sub b</li>"
      "</ul></li><li>Item c</ul><script>document.write('</p><p>evil');</script>"
      "<div class=\"cookie-consent\">We use cookies.</div><div hidden>Hidden.</div>"
      "<div style=\"display: none\">Also hidden.</div><div aria-hidden=\"true\">Icon</div>"
      "<table><tr><td>Cell 1</td><td>Cell 2</td></tr><tr><td>Cell 3</td></tr></table>"
      "<pre>line one\nline two</pre><noscript>Enable JS</noscript><template><p>T</p></template>"
      "<svg><text>svg text</text></svg><form><label>Email</label><button>Go</button></form>",
      "odd.html");
  EXPECT_EQ(d.text,
            "One & only \xC3\xA9t\xC3\xA9 \xE2\x80\x94 ok\n\nTwo\n\nItem a\n\nSub b\n\nItem c\n\n"
            "Cell 1 Cell 2\n\nCell 3\n\nline one\n\nline two");
}

TEST(HtmlReader, LargestArticleWinsAndItempropBodyIsPreferred) {
  Document d = Html(
      "<body><article><p>Teaser.</p></article><article><p>The real story is longer than the "
      "teaser.</p></article></body>",
      "x.html");
  EXPECT_EQ(d.text, "The real story is longer than the teaser.");
  Document e = Html(
      "<article><p>Summary line outside.</p><div itemprop=\"articleBody\"><p>Body.</p></div>"
      "</article>",
      "y.html");
  EXPECT_EQ(e.text, "Body.");
}

TEST(HtmlReader, DatesFromTimeAndItemprop) {
  EXPECT_EQ(Html("<p>x</p><time datetime=\"2016-12-10\">Sat</time>", "a.html").date, "2016-12-10");
  EXPECT_EQ(Html("<p>x</p><span itemprop=\"datePublished\">June 5, 1990</span>", "a.html").date,
            "1990-06-05");
  EXPECT_EQ(Html("<p>x</p><meta itemprop=\"datePublished\" content=\"2011-11-21\">", "a.html").date,
            "2011-11-21");
}

TEST(HtmlReader, WrapperWithABoilerplateWordIsKept) {
  Document d = Html(
      "<body><div class=\"content no-sidebar\"><p>All of the story is in here, a long "
      "paragraph.</p></div><div class=\"sidebar\">Side.</div></body>",
      "w.html");
  EXPECT_EQ(d.text, "All of the story is in here, a long paragraph.");
}

// Four paragraphs of the story, for the content-scoring tests.
const std::string kStory =
    "<p>The council voted on Tuesday, after a long debate, to rebuild the harbor bridge 0, which "
    "inspectors closed in March.</p><p>The council voted on Tuesday, after a long debate, to "
    "rebuild the harbor bridge 1, which inspectors closed in March.</p><p>The council voted on "
    "Tuesday, after a long debate, to rebuild the harbor bridge 2, which inspectors closed in "
    "March.</p><p>The council voted on Tuesday, after a long debate, to rebuild the harbor bridge "
    "3, which inspectors closed in March.</p>";

TEST(HtmlReader, APageWrappedInAFormIsRead) {
  Document d = Html(
      "<body><form id=\"aspnetForm\"><div class=\"nav\"><a href=\"/\">Home</a></div>"
      "<div>" +
          kStory + "</div><input type=\"hidden\"></form></body>",
      "form.html");
  EXPECT_NE(d.text.find("rebuild the harbor bridge 3"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Home"), std::string::npos);
}

TEST(HtmlReader, CommentsInArticleTagsDoNotBeatTheStory) {
  Document d =
      Html("<body><div class=\"story\">" + kStory +
               "</div><section class=\"comments\"><article class=\"comment-body\"><p>Great "
               "article, thanks, I agree with every word, and more, and more.</p></article>"
               "</section></body>",
           "comments.html");
  EXPECT_NE(d.text.find("rebuild the harbor bridge 0"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Great article"), std::string::npos) << d.text;
}

TEST(HtmlReader, ASmallPhotoBoxDoesNotBeatTheBody) {
  Document d = Html(
      "<body><article class=\"photo-caption\"><p>Photo: the harbor bridge at dusk, seen from "
      "the ferry.</p></article><div class=\"article-text\">" +
          kStory + "</div></body>",
      "photo.html");
  EXPECT_NE(d.text.find("rebuild the harbor bridge 2"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("at dusk"), std::string::npos) << d.text;
}

TEST(HtmlReader, SiblingParagraphsThatContinueTheArticleAreKept) {
  Document d =
      Html("<body><div><div class=\"lead\">" + kStory +
               "</div><p>Work on the new bridge is due to begin next spring and to last about "
               "two years, the mayor told reporters.</p><ul class=\"related\"><li><a "
               "href=\"/x\">Other news from the harbor district today</a></li></ul></div></body>",
           "siblings.html");
  EXPECT_NE(d.text.find("due to begin next spring"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Other news"), std::string::npos) << d.text;
}

// A story written as one <div> of text broken by <br> (forum posts, old CMS
// pages) is a paragraph, not a block of blocks: it beats a sidebar of <p>s.
TEST(HtmlReader, TextBrokenByBrIsAParagraph) {
  std::string story;
  for (int i = 0; i < 6; ++i)
    story += "The council voted on Tuesday, after a long debate, to rebuild the harbor bridge " +
             std::to_string(i) + ", which inspectors closed in March.<br><br>";
  Document d = Html(
      "<body><div class=\"col\"><div class=\"message\">" + story +
          "</div></div><div class=\"col sidebar\"><div class=\"box\"><p>Our shop: boots, coats, "
          "hats, "
          "gloves and scarves, all on sale.</p><p>Opening hours: Monday to Friday, 9 to 5, and "
          "Saturday, 10 to 2.</p></div></div></body>",
      "br.html");
  EXPECT_NE(d.text.find("harbor bridge 5"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Opening hours"), std::string::npos) << d.text;
}

// Page builders wrap each paragraph in blocks of its own, deeper than the
// scores climb: the whole article is read, its lead too, not the best piece.
TEST(HtmlReader, AnArticleSpreadOverDeepBlocksIsReadWhole) {
  std::string pieces;
  for (int i = 0; i < 5; ++i)
    pieces +=
        "<div class=\"slot\"><div class=\"component\"><div class=\"inner\"><div "
        "class=\"text\"><p>The council voted on Tuesday, after a long debate, to rebuild "
        "the harbor bridge " +
        std::to_string(i) + ", which inspectors closed in March.</p></div></div></div></div>";
  Document d = Html(
      "<body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
      "<div class=\"page\"><div class=\"lead\"><p>The harbor bridge will be rebuilt, the "
      "council decided.</p></div><div class=\"body\">" +
          pieces + "</div></div><div>Imprint</div></body>",
      "deep.html");
  EXPECT_NE(d.text.find("will be rebuilt"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("harbor bridge 0"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("harbor bridge 4"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Imprint"), std::string::npos) << d.text;
}

// Paragraphs inside a block named as furniture do not count, however deep
// (a product page's reviews under <div id="comments"> outweighed the
// description); a layout name ("with-sidebar") on the page wrapper is no
// such name.
TEST(HtmlReader, ParagraphsUnderAFurnitureNameDoNotWin) {
  std::string reviews;
  for (int i = 0; i < 3; ++i)
    reviews += "<div class=\"review\"><p>Great, sturdy, easy, cheap, fine, nice, good, ok " +
               std::to_string(i) + ".</p></div>";
  std::string specs;  // short lines, not paragraphs
  for (int i = 0; i < 20; ++i) specs += "<li>Size " + std::to_string(i) + ": 80 x 60 cm</li>";
  Document d = Html(
      "<body><div class=\"layout with-sidebar\"><div class=\"product\"><p>This hutch is made "
      "of solid pine wood with a pull-out tray and has room for two rabbits.</p><p>The roof opens "
      "from above and the door from the front for easy cleaning.</p></div><ul>" +
          specs +
          "</ul><div "
          "id=\"comments\"><div class=\"list\">" +
          reviews + "</div></div></div></body>",
      "reviews.html");
  EXPECT_NE(d.text.find("solid pine wood"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Great, sturdy"), std::string::npos) << d.text;
}

// German CMSs name the article's lead "teaser"; a teaser for another page
// is a link.
TEST(HtmlReader, ALeadNamedTeaserIsKeptAndPromotionsAreNot) {
  Document d = Html(
      "<body><div class=\"news-detail\"><div class=\"teaser-text\"><p>The harbor bridge will "
      "be rebuilt next year at a cost of twelve million euros, the council decided on Tuesday "
      "evening.</p></div>" +
          kStory +
          "<div class=\"teaser\"><p><a href=\"/other\">Read also: the ferry timetable for the "
          "summer months and the new fares</a></p></div></div></body>",
      "lead.html");
  EXPECT_NE(d.text.find("will be rebuilt next year"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("harbor bridge 3"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("ferry timetable"), std::string::npos) << d.text;
}

// End matter inside the article block: the post's metadata line, an
// embedded tweet, the author's box, a copyright line.
TEST(HtmlReader, AuthorBoxesMetadataAndEmbedsAreDropped) {
  Document d = Html(
      "<body><article class=\"post\"><p class=\"postmetadata\">Posted on Tuesday, 5 May 2020 "
      "by Anna in News</p>" +
          kStory +
          "<blockquote class=\"twitter-tweet\"><p>What a day for the harbor, the bridge is "
          "coming back at last, thanks to all of you.</p></blockquote><div "
          "class=\"author-box\"><p>Anna Berg writes about city politics, transport and the "
          "harbor for the paper since 2010.</p></div><p class=\"copyright\">Copyright 2020 The "
          "Harbor Times, all rights reserved, no reuse.</p></article></body>",
      "end.html");
  EXPECT_NE(d.text.find("harbor bridge 3"), std::string::npos) << d.text;
  for (const char* furniture : {"Posted on", "What a day", "Anna Berg", "Copyright"})
    EXPECT_EQ(d.text.find(furniture), std::string::npos) << furniture << "\n" << d.text;
}

// Forum and CMS posts mix loose text, <br> and image blocks in one <div>:
// the loose text is read as the block's paragraphs.
TEST(HtmlReader, LooseTextBesideImageBlocksIsScored) {
  std::string post;
  for (int i = 0; i < 4; ++i)
    post += "The council voted on Tuesday, after a long debate, to rebuild the harbor bridge " +
            std::to_string(i) +
            ", which inspectors closed in March.<br><br><div class=\"image\"><img "
            "src=\"b.jpg\"></div>";
  Document d =
      Html("<body><div class=\"post\"><div class=\"wrapper\">" + post +
               "</div></div><div class=\"box\"><p>Our shop: boots, coats, hats, gloves and "
               "scarves, all on sale.</p></div></body>",
           "loose.html");
  EXPECT_NE(d.text.find("harbor bridge 0"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("harbor bridge 3"), std::string::npos) << d.text;
}

// A comment thread longer than the article is still comments.
TEST(HtmlReader, ALongCommentThreadDoesNotWin) {
  std::string comments;
  for (int i = 0; i < 16; ++i)
    comments += "<div class=\"c\">Reader " + std::to_string(i) +
                ": I disagree, the old bridge was fine, and the money, all of it, should go to "
                "schools, roads, and parks instead.</div>";
  Document d = Html("<body><div class=\"main\"><div class=\"text\">" + kStory +
                        "</div></div><div class=\"bottom\"><div class=\"comments-container\">" +
                        comments + "</div></div></body>",
                    "thread.html");
  EXPECT_NE(d.text.find("harbor bridge 3"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("I disagree"), std::string::npos) << d.text;
}

// A page drawn by scripts whose only text is inside <noscript> is read
// from there; a page with text outside keeps leaving <noscript> out.
TEST(HtmlReader, APageWhoseTextIsOnlyInNoscriptIsRead) {
  Document d = Html(
      "<body><noscript><div id=\"container\"><ul><li><a href=\"/\">Home</a></li>"
      "</ul><div class=\"text\">" +
          kStory + "</div></div></noscript><script>draw()</script></body>",
      "noscript.html");
  EXPECT_NE(d.text.find("harbor bridge 3"), std::string::npos) << d.text;
  Document other = Html("<body><div>" + kStory +
                            "</div><noscript><p>Please enable JavaScript to see "
                            "the comments on this page.</p></noscript></body>",
                        "noscript2.html");
  EXPECT_NE(other.text.find("harbor bridge 3"), std::string::npos) << other.text;
  EXPECT_EQ(other.text.find("enable JavaScript"), std::string::npos) << other.text;
}

// An article with a long menu pasted inside it, more link text than not,
// is not dropped whole as a link list: the menu's list is.
TEST(HtmlReader, AnArticleHoldingALongMenuIsNotALinkList) {
  std::string menu = "<ul class=\"list\">";
  for (int i = 0; i < 60; ++i)
    menu += "<li><a href=\"/breed/" + std::to_string(i) + "\">Dog breed number " +
            std::to_string(i) + "</a></li>";
  menu += "</ul>";
  Document d = Html("<body><div id=\"container\"><article class=\"entry\">" + kStory + menu +
                        "</article></div></body>",
                    "menu.html");
  EXPECT_NE(d.text.find("harbor bridge 3"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Dog breed number 7"), std::string::npos) << d.text;
}

// A caption that tells part of the story is kept; a short credit is not.
TEST(HtmlReader, LongCaptionsAreKeptAndCreditsAreNot) {
  Document d = Html("<body><article>" + kStory +
                        "<figure><img src=\"a.jpg\"><figcaption>Shoppers at the harbor market "
                        "in November, where the council plans a second bridge for cyclists."
                        "</figcaption></figure><figure><img src=\"b.jpg\"><figcaption>Bridge "
                        "\xC2\xA9 J. Smith / Agency</figcaption></figure></article></body>",
                    "captions.html");
  EXPECT_NE(d.text.find("second bridge for cyclists"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("J. Smith"), std::string::npos) << d.text;
}

// The lead in the <header> that holds the article's <h1> comes first; the
// kicker, byline and the site's masthead do not.
TEST(HtmlReader, TheLeadInTheArticleHeaderIsKept) {
  Document d = Html(
      "<body><header class=\"site-header\"><h2>Daily News</h2><p>The best of the harbor "
      "town, <a href=\"/a\">every day</a>, <a href=\"/b\">every night and weekend</a></p>"
      "</header><article><header class=\"entry-header\"><a href=\"/local\">Local</a>"
      "<h1>Bridge to be rebuilt</h1><p class=\"excerpt\">The council will rebuild the "
      "harbor bridge, closed since March, at a cost of two million.</p><p>By A. Writer, "
      "12 May</p></header>" +
          kStory + "</article></body>",
      "lead.html");
  EXPECT_EQ(d.text.find("The council will rebuild the harbor bridge, closed"), 0u) << d.text;
  EXPECT_NE(d.text.find("harbor bridge 3"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("A. Writer"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("every night"), std::string::npos) << d.text;
}

TEST(HtmlReader, EmptyAndBrokenInput) {
  EXPECT_EQ(Html("", "e.html").text, "");
  EXPECT_EQ(Html("<html><body><script>x</script></body></html>", "e.html").text, "");
  EXPECT_EQ(Html("<<<>>></p></div><p", "e.html").text, "<<<>>>");
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += "<div>";
  deep += "deep text";
  EXPECT_EQ(Html(deep, "deep.html").text, "deep text");
  // Found by read_auto_fuzz: gumbo's text for a numeric reference cut off at
  // the end was not valid UTF-8.
  Document cut = Html("<p>&#3899999999", "cut.html");
  EXPECT_TRUE(utf8::IsValid(cut.text)) << cut.text;
  EXPECT_FALSE(cut.text.empty());
}

// Shapes that made gumbo crash (a recursive free of a tree 300,000 deep) or
// take seconds (its scans of the open-element stack, its attribute
// comparisons) are refused before parsing, in one line naming the file.
TEST(HtmlReader, RefusesPagesBeyondTheShapeLimits) {
  struct Case {
    std::string html;
    std::string message;
  };
  auto repeat = [](std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  std::string attributes = "<p";
  for (int i = 0; i < 5000; ++i) attributes += " a" + std::to_string(i) + "=1";
  std::string bold;
  for (int i = 0; i < 5000; ++i) bold += "<b id=" + std::to_string(i) + ">";
  const Case cases[] = {
      {"<body>" + repeat("<object>", 300000) + "x",
       "x.html: HTML nests elements about 300,000 deep"},
      {"<body>" + repeat("<table><tr><td>", 20000) + "x",
       "x.html: HTML nests elements about 20,000"},
      {"<body>" + repeat("<div>", 20000) + "x" + repeat("</div>", 20000), "about 20,000 deep"},
      {attributes + ">x</p>", "x.html: an HTML tag has 5,000 attributes (the limit is 1,000)"},
      {"<body>" + bold + "x", "x.html: HTML nests elements about 5,000 deep"},
      {repeat("<div>", 1900) + repeat("</div><div>", 2000), "too deeply nested for its size"},
  };
  for (const Case& c : cases) {
    Result<Document> d = ReadHtml(c.html, "x.html");
    ASSERT_FALSE(d.ok()) << c.message;
    EXPECT_NE(d.status().message().find(c.message), std::string::npos) << d.status().message();
    EXPECT_EQ(d.status().message().find('\n'), std::string::npos);
  }
}

}  // namespace
}  // namespace precis::read
