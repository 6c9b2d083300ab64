#include "read/charset.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(Charset, FindsTheMetaCharset) {
  EXPECT_EQ(DeclaredHtmlCharset("<html><head><meta charset=\"ISO-8859-1\"><title>x</title>"),
            "iso-8859-1");
  EXPECT_EQ(DeclaredHtmlCharset("<!doctype html><META CHARSET=windows-1252>"), "windows-1252");
  EXPECT_EQ(DeclaredHtmlCharset("<meta http-equiv=\"Content-Type\" "
                                "content=\"text/html; charset=windows-1252\">"),
            "windows-1252");
  EXPECT_EQ(DeclaredHtmlCharset("<meta content='text/html;charset = \"koi8-r\"' "
                                "http-equiv=content-type>"),
            "koi8-r");
}

TEST(Charset, PrescanSkipsWhatIsNotADeclaration) {
  // Commented out, inside another tag's attribute, without http-equiv, or
  // after <body> or the first 64 KB.
  EXPECT_EQ(DeclaredHtmlCharset("<!-- <meta charset=latin1> --><p>x</p>"), "");
  EXPECT_EQ(DeclaredHtmlCharset("<div title='<meta charset=latin1>'>x</div>"), "");
  EXPECT_EQ(DeclaredHtmlCharset("<meta content=\"text/html; charset=latin1\">"), "");
  EXPECT_EQ(DeclaredHtmlCharset("<head></head><body><meta charset=latin1>"), "");
  EXPECT_EQ(DeclaredHtmlCharset(std::string(70000, ' ') + "<meta charset=latin1>"), "");
  // Beyond the prescan's 1024 bytes, still in the head: found, as browsers do.
  EXPECT_EQ(DeclaredHtmlCharset("<head><script src=x></script>" + std::string(1500, ' ') +
                                "<meta charset=iso-8859-2><bodyx>"),
            "iso-8859-2");
  EXPECT_EQ(DeclaredHtmlCharset("<meta charset=\"bad\nname\">"), "");
  EXPECT_EQ(DeclaredHtmlCharset("plain text"), "");
}

TEST(Charset, ReadsLabelsAsBrowsersDo) {
  EXPECT_EQ(HtmlCharsetName("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(HtmlCharsetName("us-ascii"), "windows-1252");
  EXPECT_EQ(HtmlCharsetName("latin5"), "windows-1254");
  EXPECT_EQ(HtmlCharsetName("utf-16"), "utf-8");
  EXPECT_EQ(HtmlCharsetName("Shift_JIS"), "shift_jis");
  EXPECT_TRUE(IsUtf8Name("UTF-8"));
  EXPECT_FALSE(IsUtf8Name("windows-1252"));
}

TEST(Charset, ConvertsToUtf8) {
  auto r = ToUtf8(
      "\x93"
      "caf\xE9\x94 \x96 na\xEFve",
      "windows-1252");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->text,
            "\u201c"
            "caf\u00e9\u201d \u2013 na\u00efve");
  EXPECT_EQ(r->replaced, 0u);
  auto le = ToUtf8(std::string("h\0\xE9\0\x3D\xD8\x00\xDE", 8), "UTF-16LE");
  ASSERT_TRUE(le.has_value());
  EXPECT_EQ(le->text, "h\u00e9\U0001F600");
  // Bytes the charset does not define become U+FFFD and are counted.
  auto bad = ToUtf8(std::string("a\0\x00\xD8"
                                "b\0",
                                6),
                    "UTF-16LE");
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(bad->text,
            "a\uFFFD"
            "b");
  EXPECT_EQ(bad->replaced, 1u);
  EXPECT_FALSE(ToUtf8("x", "no-such-charset").has_value());
  EXPECT_FALSE(ToUtf8("x", "").has_value());
}

TEST(Charset, GuessesLegacyText) {
  EXPECT_EQ(GuessLegacyCharset("Le caf\xE9 du coin a ferm\xE9 mardi apr\xE8s la temp\xEAte. Les "
                               "habitants sont d\xE9\xE7us."),
            "windows-1252");
  EXPECT_EQ(GuessLegacyCharset("He said \x93it\x92s over\x94 \x96 and left the hall."),
            "windows-1252");
  EXPECT_EQ(GuessLegacyCharset("\xCF\xF0\xE8\xE2\xE5\xF2 \xEC\xE8\xF0, \xFD\xF2\xEE \xF2\xE5\xF1"
                               "\xF2 \xED\xE0 \xF0\xF3\xF1\xF1\xEA\xEE\xEC \xFF\xE7\xFB\xEA\xE5."),
            "windows-1251");
}

// A few bad bytes in UTF-8 (or ASCII) text are left for repair.
TEST(Charset, LeavesDamagedUtf8Alone) {
  EXPECT_EQ(GuessLegacyCharset("The council closed the bridge after finding cracks \xFF\xFE in "
                               "it."),
            "");
  EXPECT_EQ(GuessLegacyCharset("The caf\xE9 on the corner closed on Tuesday."), "");
  EXPECT_EQ(GuessLegacyCharset("caf\xC3\xA9, na\xC3\xAFve, r\xC3\xA9sum\xC3\xA9 and fa\xE7"
                               "ade"),
            "");
  EXPECT_EQ(GuessLegacyCharset("plain ASCII"), "");
}

}  // namespace
}  // namespace precis::read
