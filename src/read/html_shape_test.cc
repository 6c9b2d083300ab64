#include "read/html_shape.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::read {
namespace {

std::string Dropped(const std::string& html) {
  return WithoutDroppable(html, MeasureHtmlShape(html));
}

TEST(HtmlShapeTest, DepthIgnoresVoidAndOptionalEndElements) {
  const HtmlShape shape = MeasureHtmlShape("<div><div><p>a<p>b<br><img src=x></div></div>");
  EXPECT_EQ(shape.max_depth, 2u);
}

TEST(HtmlShapeTest, ScriptAndStyleBodiesAreDroppedTheirTagsKept) {
  EXPECT_EQ(Dropped("<p>a</p><script src=\"x>y\">var s = '<p>no</p>';</script >"
                    "<STYLE>p { color: red }</Style><p>b</p>"),
            "<p>a</p><script src=\"x>y\"></script ><STYLE></Style><p>b</p>");
}

TEST(HtmlShapeTest, WhatAParserCouldReadOtherwiseIsKept) {
  for (const std::string& html : {
           // metadata
           std::string("<script type=\"application/LD+JSON\">{\"datePublished\": 1}</script>"),
           // an escape state: "</script>" inside may not end it
           std::string("<script><!-- document.write('<script></script>') --></script>"),
           // not an end tag of the script ("</scripts")
           std::string("<script>a = '</scripts>';</script>"),
           // SVG's script is not raw text
           std::string("<svg><script>x</script></svg>"),
           // no end
           std::string("<script>never ended"),
           // in a comment, or text of a title
           std::string("<!-- <script>x</script> --><title><script>y</script></title>"),
       })
    EXPECT_EQ(Dropped(html), html) << html;
}

}  // namespace
}  // namespace precis::read
