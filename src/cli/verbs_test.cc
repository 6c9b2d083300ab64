#include "cli/verbs.h"

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "cli/app_parse.h"
#include "precis/reader.h"

namespace precis::cli {
namespace {

std::string ReadmeSection(const std::string& marker) {
  std::ifstream in(std::string(PRECIS_SOURCE_DIR) + "/README.md");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string readme = buffer.str();
  std::string begin = "<!-- " + marker + " -->\n", end = "<!-- /" + marker + " -->";
  std::size_t b = readme.find(begin), e = readme.find(end);
  if (b == std::string::npos || e == std::string::npos || e < b) return "(no " + begin + ")";
  return readme.substr(b + begin.size(), e - b - begin.size());
}

TEST(Verbs, ReadmeListsTheRegistry) {
  EXPECT_EQ(ReadmeSection("commands"), VerbsMarkdown());
  EXPECT_EQ(ReadmeSection("input-formats"), InputFormatsMarkdown());
}

TEST(Verbs, FindsEveryVerbByName) {
  for (const Verb& verb : Verbs()) {
    ASSERT_NE(FindVerb(verb.name), nullptr) << verb.name;
    EXPECT_NE(verb.run, nullptr) << verb.name;
    EXPECT_NE(Usage().find("  " + std::string(verb.name) + " "), std::string::npos) << verb.name;
  }
  EXPECT_EQ(FindVerb("summarise"), nullptr);
}

TEST(Verbs, UsageListsFormatsAndExitCodes) {
  std::string usage = Usage();
  for (const InputFormatInfo& f : InputFormats())
    EXPECT_NE(usage.find("  " + std::string(f.name) + " "), std::string::npos) << f.name;
  EXPECT_NE(usage.find("\n  3  input beyond a limit"), std::string::npos) << usage;
  EXPECT_EQ(InputFormatList(), "auto, text, html, sgml, multinews or jsonl");
}

TEST(Verbs, InputFormatAliasesParse) {
  for (const InputFormatInfo& f : InputFormats()) {
    EXPECT_EQ(*ParseInputFormat(f.name), f.format);
    for (std::string_view alias : f.aliases) EXPECT_EQ(*ParseInputFormat(alias), f.format);
  }
  EXPECT_EQ(ParseInputFormat("xml").status().message(),
            "unknown input format 'xml' (expected auto, text, html, sgml, multinews or jsonl)");
}

}  // namespace
}  // namespace precis::cli
