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

TEST(TextDecoder, DecodesUtf16WithAByteOrderMark) {
  std::vector<std::string> warnings;
  // "Caf\u00e9\r\n\U0001F600" in UTF-16LE and UTF-16BE.
  auto le = DecodeText(std::string("\xFF\xFE"
                                   "C\0a\0f\0\xE9\0\r\0\n\0\x3D\xD8\x00\xDE",
                                   18),
                       "le.txt", &warnings);
  ASSERT_TRUE(le.ok()) << le.status().message();
  EXPECT_EQ(le.value(), "Caf\u00e9\n\U0001F600");
  auto be = DecodeText(std::string("\xFE\xFF\0C\0a\0f\0\xE9\0\r\0\n\xD8\x3D\xDE\x00", 18), "be.txt",
                       &warnings);
  ASSERT_TRUE(be.ok()) << be.status().message();
  EXPECT_EQ(be.value(), "Caf\u00e9\n\U0001F600");
  EXPECT_TRUE(warnings.empty());
}

// Binary data that opens with FF FE is not taken for UTF-16: it has NULs
// (U+0000) or many unpaired surrogates.
TEST(TextDecoder, RefusesBinaryAfterAUtf16ByteOrderMark) {
  auto nul = DecodeText(std::string("\xFF\xFEh\0i\0\0\0", 8), "nul.txt", nullptr);
  ASSERT_FALSE(nul.ok());
  EXPECT_EQ(nul.status().message(), "nul.txt: binary data, not text");
  auto lone = DecodeText(std::string("\xFF\xFE\x00\xDCh\0\x00\xDCi\0", 10), "lone.txt", nullptr);
  ASSERT_FALSE(lone.ok());
  EXPECT_EQ(lone.status().message(), "lone.txt: binary data, not text");
}

TEST(TextDecoder, ReadsUndeclaredLatin1WithAWarning) {
  std::vector<std::string> warnings;
  auto r = DecodeText(
      "Le pr\xE9sident a annonc\xE9 mercredi une r\xE9"
      "forme tr\xE8s attendue des retraites.\r\n",
      "a.txt", &warnings);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(),
            "Le pr\u00e9sident a annonc\u00e9 mercredi une r\u00e9forme tr\u00e8s attendue des "
            "retraites.\n");
  EXPECT_EQ(warnings, std::vector<std::string>{"a.txt: not UTF-8; read as windows-1252"});
}

TEST(TextDecoder, HtmlDeclaredCharsetWinsWithoutAWarning) {
  std::vector<std::string> warnings;
  auto meta = DecodeText("<meta charset=\"iso-8859-1\"><p>Caf\xE9 \xAB ferm\xE9 \xBB</p>", "a.html",
                         &warnings, /*html=*/true);
  ASSERT_TRUE(meta.ok());
  EXPECT_EQ(meta.value(), "<meta charset=\"iso-8859-1\"><p>Caf\u00e9 \u00ab ferm\u00e9 \u00bb</p>");
  auto equiv = DecodeText(
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
      "<p>\x93Quoted\x94</p>",
      "b.html", &warnings, /*html=*/true);
  ASSERT_TRUE(equiv.ok());
  EXPECT_NE(equiv.value().find("<p>\u201cQuoted\u201d</p>"), std::string::npos);
  EXPECT_TRUE(warnings.empty());
  // Only HTML is prescanned.
  auto text = DecodeText("<meta charset=\"iso-8859-1\"> Caf\xE9", "c.txt", &warnings);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text.value(), "<meta charset=\"iso-8859-1\"> Caf\xEF\xBF\xBD");
}

// Valid UTF-8 stays UTF-8 whatever a stale <meta> says; a declared UTF-8
// and a UTF-8 byte order mark mean repair, not conversion.
TEST(TextDecoder, Utf8IsNotConvertedAndDeclaredUtf8IsRepaired) {
  std::vector<std::string> warnings;
  auto valid = DecodeText("<meta charset=latin1><p>Caf\xC3\xA9</p>", "a.html", &warnings, true);
  ASSERT_TRUE(valid.ok());
  EXPECT_EQ(valid.value(), "<meta charset=latin1><p>Caf\u00e9</p>");
  EXPECT_TRUE(warnings.empty());
  std::string latin = "Le caf\xE9 du coin a ferm\xE9 mardi apr\xE8s la temp\xEAte.";
  auto declared = DecodeText("<meta charset=utf-8>" + latin, "b.html", &warnings, true);
  ASSERT_TRUE(declared.ok());
  EXPECT_NE(declared.value().find("caf\uFFFD"), std::string::npos);
  auto bom = DecodeText("\xEF\xBB\xBF" + latin, "c.txt", &warnings);
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(bom.value().substr(0, 9), "Le caf\uFFFD");
  EXPECT_EQ(warnings, (std::vector<std::string>{
                          "b.html: invalid UTF-8 at byte 26 (4 sequences replaced with U+FFFD)",
                          "c.txt: invalid UTF-8 at byte 9 (4 sequences replaced with U+FFFD)"}));
}

TEST(TextDecoder, UnknownDeclaredCharsetFallsBackWithAWarning) {
  std::vector<std::string> warnings;
  auto r = DecodeText(
      "<meta charset=x-klingon><p>Le caf\xE9 du coin a ferm\xE9 mardi apr\xE8s la "
      "temp\xEAte.</p>",
      "a.html", &warnings, true);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r.value().find("caf\u00e9"), std::string::npos);
  auto bad = DecodeText("<meta charset=x-klingon><p>ok \xFF\xFE</p>", "b.html", &warnings, true);
  ASSERT_TRUE(bad.ok());
  EXPECT_EQ(warnings,
            (std::vector<std::string>{
                "a.html: unknown charset 'x-klingon' declared; not UTF-8; read as windows-1252",
                "b.html: unknown charset 'x-klingon' declared; invalid UTF-8 at byte 30 (2 "
                "sequences replaced with U+FFFD)"}));
}

TEST(TextDecoder, NormalizesMixedLineEnds) {
  EXPECT_EQ(NormalizeLineEnds("a\r\r\nb\n\rc"), "a\n\nb\n\nc");
}

}  // namespace
}  // namespace precis::read
