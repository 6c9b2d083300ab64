#include "render/json_string.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace precis::render {
namespace {

std::string Nlohmann(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Control characters, a NUL among them (so not a C string).
constexpr char kControls[] = "nul \0 and \x01 \x1f \x7f";

TEST(AppendJsonString, WritesWhatNlohmannWrites) {
  std::vector<std::string> cases = {
      "",
      "plain text",
      "quote \" and backslash \\ and slash /",
      "lines\nand\ttabs\r\f\b",
      std::string(kControls, sizeof kControls - 1),
      "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 \xC2\x85",
      "invalid \xFF\xFE bytes",
      "truncated \xE2\x80",
      "overlong \xC0\xAF",
      "surrogate \xED\xA0\x80",
      "beyond \xF4\x90\x80\x80",
  };
  for (int c = 0; c < 256; ++c) cases.push_back(std::string("a") + static_cast<char>(c) + "b");
  for (const auto& s : cases) {
    std::string out = "x";
    AppendJsonString(s, out);
    EXPECT_EQ(out, "x" + Nlohmann(s)) << s;
  }
}

TEST(AppendJsonStringObject, WritesWhatNlohmannWrites) {
  std::string out;
  AppendJsonStringObject({{"date", ""}, {"id", "a\"1"}, {"text", "caf\xC3\xA9\n"}}, out);
  EXPECT_EQ(out, nlohmann::json({{"text", "caf\xC3\xA9\n"}, {"id", "a\"1"}, {"date", ""}})
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  out.clear();
  AppendJsonStringObject({}, out);
  EXPECT_EQ(out, "{}");
}

}  // namespace
}  // namespace precis::render
