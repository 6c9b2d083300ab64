#include "read/text_decoder.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(TextDecoder, StripsBomAndNormalizesLineEnds) {
  std::vector<std::string> warnings;
  auto r = DecodeText("\xEF\xBB\xBFone\r\ntwo\rthree\n", "a.txt", &warnings);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "one\ntwo\nthree\n");
  EXPECT_TRUE(warnings.empty());
}

TEST(TextDecoder, RepairsInvalidUtf8WithAWarning) {
  std::vector<std::string> warnings;
  auto r = DecodeText("ok \xFF\xFE then \xC3", "bad.txt", &warnings);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "ok \xEF\xBF\xBD\xEF\xBF\xBD then \xEF\xBF\xBD");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "bad.txt: invalid UTF-8 at byte 3 (3 sequences replaced with U+FFFD)");
}

TEST(TextDecoder, RefusesBinaryData) {
  std::string bytes("PK\x03\x04\0\0binary", 12);
  auto r = DecodeText(bytes, "x.zip", nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().kind(), Status::Kind::kInput);
  EXPECT_EQ(r.status().message(), "x.zip: binary data, not text");
}

TEST(TextDecoder, NormalizesMixedLineEnds) {
  EXPECT_EQ(NormalizeLineEnds("a\r\r\nb\n\rc"), "a\n\nb\n\nc");
}

}  // namespace
}  // namespace precis::read
