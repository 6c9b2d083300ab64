#include "read/input_parser.h"

#include <gtest/gtest.h>
#include <zlib.h>

namespace precis::read {
namespace {

Result<ParsedInput> Parse(std::string_view bytes, const std::string& name,
                          InputFormat format = InputFormat::kAuto,
                          std::vector<std::string>* warnings = nullptr) {
  return ParseInput(std::string(bytes), name, format, 1 << 20, warnings);
}

TEST(InputParser, LooseArticlesAndClustersComeApart) {
  auto text = Parse("Just a story.\n", "s.txt");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->loose.size(), 1u);
  EXPECT_TRUE(text->clusters.empty());
  auto sgml = Parse(
      "<DOC><DOCNO>A</DOCNO><TEXT>x</TEXT></DOC><DOC><DOCNO>B</DOCNO><TEXT>y</TEXT></DOC>", "s");
  ASSERT_TRUE(sgml.ok());
  EXPECT_EQ(sgml->loose.size(), 2u);
  auto jsonl = Parse("{\"id\": \"c\", \"documents\": [{\"text\": \"t\"}]}\n", "c");
  ASSERT_TRUE(jsonl.ok());
  EXPECT_TRUE(jsonl->loose.empty());
  EXPECT_EQ(jsonl->clusters.size(), 1u);
  auto multi = Parse("a ||||| b\nc ||||| d\n", "m");
  ASSERT_TRUE(multi.ok());
  EXPECT_EQ(multi->clusters.size(), 2u);
}

TEST(InputParser, ForcedFormatWins) {
  auto html_as_text = Parse("<p>One.</p>", "x.html", InputFormat::kText);
  ASSERT_TRUE(html_as_text.ok());
  EXPECT_EQ(html_as_text->loose[0].text, "<p>One.</p>");
  auto as_html = Parse("<p>One.</p>", "x.txt", InputFormat::kHtml);
  EXPECT_EQ(as_html->loose[0].text, "One.");
  auto bad_jsonl = Parse("not json", "x.txt", InputFormat::kJsonl);
  ASSERT_FALSE(bad_jsonl.ok());
  EXPECT_EQ(bad_jsonl.status().message(), "x.txt:1: malformed JSON");
}

TEST(InputParser, EmptyArticlesAreSkippedWithAWarning) {
  std::vector<std::string> warnings;
  auto r = Parse(" \n\n ", "blank.txt", InputFormat::kAuto, &warnings);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->loose.empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "blank.txt: no article text, skipped");
}

TEST(InputParser, GzipIsUndoneBeforeDetection) {
  std::string json = "{\"id\": \"g\", \"documents\": [{\"text\": \"zipped\"}]}\n";
  uLongf size = compressBound(json.size()) + 64;
  std::string gz(size, '\0');
  z_stream zs{};
  ASSERT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  zs.next_in = reinterpret_cast<Bytef*>(json.data());
  zs.avail_in = static_cast<uInt>(json.size());
  zs.next_out = reinterpret_cast<Bytef*>(gz.data());
  zs.avail_out = static_cast<uInt>(gz.size());
  ASSERT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  gz.resize(zs.total_out);
  deflateEnd(&zs);
  auto r = Parse(gz, "c.jsonl.gz");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->clusters.size(), 1u);
  EXPECT_EQ(r->clusters[0].documents[0].text, "zipped");
  auto small = ParseInput(gz, "c.jsonl.gz", InputFormat::kAuto, 10, nullptr);
  ASSERT_FALSE(small.ok());
  EXPECT_EQ(small.status().message(), "c.jsonl.gz: decompressed data larger than 10 bytes");
}

TEST(InputParser, BinaryIsAnError) {
  auto r = Parse(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), "img.png");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "img.png: binary data, not text");
}

// The <meta> charset of an HTML page (detected or forced) decides how its
// bytes are read: no U+FFFD for accented letters, no warning.
TEST(InputParser, HtmlIsReadInItsDeclaredCharset) {
  std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
      "<title>Caf\xE9 ferm\xE9</title></head><body><p>Le caf\xE9 a ferm\xE9 \x96 \xE0 "
      "cause de la temp\xEAte.</p></body></html>";
  for (InputFormat format : {InputFormat::kAuto, InputFormat::kHtml}) {
    std::vector<std::string> warnings;
    auto r = Parse(page, "p.html", format, &warnings);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->loose.size(), 1u);
    EXPECT_EQ(r->loose[0].title, "Caf\u00e9 ferm\u00e9");
    EXPECT_EQ(r->loose[0].text,
              "Le caf\u00e9 a ferm\u00e9 \u2013 \u00e0 cause de la temp\u00eate.");
    EXPECT_TRUE(warnings.empty()) << warnings[0];
  }
}

TEST(InputParser, Utf16TextIsDecoded) {
  std::string le = "\xFF\xFE";
  for (char c : std::string("Storm hits coast\n\nThe storm hit the coast.")) {
    le += c;
    le += '\0';
  }
  auto r = Parse(le, "u.txt");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->loose.size(), 1u);
  EXPECT_EQ(r->loose[0].title, "Storm hits coast");
  EXPECT_EQ(r->loose[0].text, "The storm hit the coast.");
}

// Escapes that decode to control characters (and raw ones) never reach a
// document, in any format.
TEST(InputParser, NoControlCharactersInAnyFormat) {
  auto jsonl = Parse(
      "{\"id\": \"c\\u0085\", \"documents\": [{\"id\": \"d\\u009b1\", \"title\": \"Alert\\u0007\", "
      "\"date\": \"2020-01-01\\r\", \"source\": \"wire\\u001b[2J\", \"text\": "
      "\"Red\\u001b[31m alert\\u0007now\\r\\nover.\"}]}\n",
      "c.jsonl");
  ASSERT_TRUE(jsonl.ok()) << jsonl.status().message();
  const Cluster& c = jsonl->clusters[0];
  EXPECT_EQ(c.id, "c\u2026");  // U+0085 is windows-1252's ellipsis
  const Document& d = c.documents[0];
  EXPECT_EQ(d.id, "d\u203a1");
  EXPECT_EQ(d.title, "Alert");
  EXPECT_EQ(d.date, "2020-01-01");
  EXPECT_EQ(d.source, "wire");
  EXPECT_EQ(d.text, "Red alert now\nover.");
  auto html = Parse(
      "<html><head><title>Bell&#7;s</title></head><body><p>Clear&#x1b;[2J the screen.</p>"
      "<p>&#x1b;&#x7;</p><p>Done.</p></body></html>",
      "p.html");
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->loose[0].title, "Bell s");
  EXPECT_EQ(html->loose[0].text, "Clear the screen.\n\nDone.");
  std::string story = "The council met on Tuesday to discuss the bridge and its repairs.";
  auto text = Parse("Storm Hits Coast\n\n" + story + "\n\nRaw \x1b[1mbold\x1b[0m and a bell\x07.\n",
                    "t.txt");
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_EQ(text->loose[0].text, story + "\n\nRaw bold and a bell.");
  auto sgml = Parse("<DOC><DOCNO>A\x07</DOCNO><TEXT>Bell\x07 text</TEXT></DOC>", "s.sgml");
  ASSERT_TRUE(sgml.ok());
  EXPECT_EQ(sgml->loose[0].id, "A");
  EXPECT_EQ(sgml->loose[0].text, "Bell text");
  auto multi = Parse("One\x1b story. " + story + " ||||| Two\x07 stories. " + story + "\n", "m.txt",
                     InputFormat::kMultiNews);
  ASSERT_TRUE(multi.ok()) << multi.status().message();
  EXPECT_EQ(multi->clusters[0].documents[0].text, "One story. " + story);
  EXPECT_EQ(multi->clusters[0].documents[1].text, "Two stories. " + story);
}

TEST(InputParser, DocumentOfControlCharactersIsSkipped) {
  std::vector<std::string> warnings;
  auto r = Parse(
      "{\"id\": \"c\", \"documents\": [{\"id\": \"a\", \"text\": \"\\u001b\\u0007\"}, {\"id\": "
      "\"b\", \"text\": \"Kept.\"}]}\n",
      "c.jsonl", InputFormat::kAuto, &warnings);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->clusters[0].documents.size(), 1u);
  EXPECT_EQ(r->clusters[0].documents[0].id, "b");
  EXPECT_EQ(warnings, std::vector<std::string>{
                          "c.jsonl: document a has only control characters for text, skipped"});
}

}  // namespace
}  // namespace precis::read
