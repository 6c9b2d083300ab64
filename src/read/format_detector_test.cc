#include "read/format_detector.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(FormatDetector, Jsonl) {
  EXPECT_EQ(DetectFormat("  {\"id\": \"a\", \"documents\": []}\n{}", "x"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("anything", "clusters.jsonl"), InputFormat::kJsonl);
  // A brace that does not start valid JSON is just text.
  EXPECT_EQ(DetectFormat("{not json} and then prose", "x.txt"), InputFormat::kText);
}

TEST(FormatDetector, Sgml) {
  EXPECT_EQ(DetectFormat("\n<DOC>\n<DOCNO> AP880911-0016 </DOCNO>\n", "AP880911-0016"),
            InputFormat::kSgml);
  EXPECT_EQ(DetectFormat("<doc id=\"1\">\n", "x"), InputFormat::kSgml);
  EXPECT_EQ(DetectFormat("<DOCUMENT>", "x"), InputFormat::kText);
}

TEST(FormatDetector, Html) {
  EXPECT_EQ(DetectFormat("<!DOCTYPE html><title>x</title>", "x"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("<html><body>hi</body></html>", "x"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("<p>One.</p>\n<p>Two.</p>", "x"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("Intro line\n<p>One.</p><p>Two.</p><div>3</div>", "x"),
            InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("plain words", "page.HTM"), InputFormat::kHtml);
  // One stray tag in a long text does not make it HTML.
  std::string text = "A <p> tag mentioned in prose.\n";
  for (int i = 0; i < 20; ++i) text += "More prose here.\n";
  EXPECT_EQ(DetectFormat(text, "notes.txt"), InputFormat::kText);
}

TEST(FormatDetector, MultiNewsAndText) {
  EXPECT_EQ(DetectFormat("a story ||||| another story", "x"), InputFormat::kMultiNews);
  EXPECT_EQ(DetectFormat("line NEWLINE_CHAR NEWLINE_CHAR more", "x"), InputFormat::kMultiNews);
  EXPECT_EQ(DetectFormat("Just a story.\n\nWith two paragraphs.", "x.txt"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("", "x"), InputFormat::kText);
}

}  // namespace
}  // namespace precis::read
