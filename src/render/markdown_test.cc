#include "render/markdown.h"

#include <gtest/gtest.h>

namespace precis::render {
namespace {

TEST(MarkdownTest, ArticleTextStaysText) {
  EXPECT_EQ(MarkdownEscaped("<script>x</script>"), "&lt;script&gt;x&lt;/script&gt;");
  EXPECT_EQ(MarkdownEscaped("[a](javascript:x)"), "\\[a\\](javascript:x)");
  EXPECT_EQ(MarkdownEscaped("- not a list"), "\\- not a list");
  EXPECT_EQ(MarkdownEscaped("1984. The year"), "1984\\. The year");
  EXPECT_EQ(MarkdownEscaped("plain words"), "plain words");
}

TEST(MarkdownTest, SourceLineNamesTitleIdDateAndSource) {
  EXPECT_EQ(MarkdownSource({"a", "Bridge *falls*", "2012-03-05", "a.txt", ""}),
            "*Bridge \\*falls\\** (a, 2012-03-05, a.txt)");
  EXPECT_EQ(MarkdownSource({"a", "", "", "a", ""}), "a");
  EXPECT_EQ(MarkdownSource({"a", "", "2012-03-05", "", ""}), "a (2012-03-05)");
}

TEST(MarkdownTest, SourcesAreNumberedByFirstCitation) {
  SourceNumbers number;
  EXPECT_EQ(number(2), 1);
  EXPECT_EQ(number(0), 2);
  EXPECT_EQ(number(2), 1);
  EXPECT_EQ(number(7), 3);  // not among the documents: numbered, not listed
  const std::vector<Document> documents = {
      {"a", "", "", "", ""}, {"b", "", "", "", ""}, {"c", "", "", "", ""}};
  EXPECT_EQ(number.List(documents), "**Sources**\n\n1. c\n2. a\n");
  EXPECT_EQ(SourceNumbers().List(documents), "**Sources**\n\n");
}

}  // namespace
}  // namespace precis::render
