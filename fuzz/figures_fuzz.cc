// libFuzzer target: number expressions on arbitrary text, and the figures of
// arbitrary (repaired) text split into up to three dated documents: every
// expression lies in its text, every value cites a sentence of its document
// and its mention lies in that sentence.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "precis/figures.h"
#include "text/number_expressions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  for (const auto& e : precis::text::FindNumberExpressions(raw))
    if (e.begin > e.number_begin || e.number_begin >= e.end || e.end > raw.size()) __builtin_trap();

  std::string text = precis::utf8::MakeValid(raw).text;
  precis::Cluster cluster;
  cluster.id = "fuzz";
  const char* kDates[] = {"2010-04-20", "", "2011-02-29T10:00"};  // a real, none, an invalid one
  std::size_t start = 0;
  for (int d = 0; d < 3 && start <= text.size(); ++d) {
    std::size_t end = text.find('\f', start);
    if (end == std::string::npos || d == 2) end = text.size();
    cluster.documents.push_back(
        {"d" + std::to_string(d), "", kDates[d], "", text.substr(start, end - start)});
    start = end + 1;
  }
  auto figures = precis::BuildFigures(cluster, {});
  if (figures.ok())
    for (const auto& f : figures->figures)
      for (const auto& v : f.values) {
        const std::string& doc = figures->documents[v.source.document].text;
        if (v.source.end < v.source.start || v.source.end > precis::utf8::CodePoints(doc) ||
            v.text.find(v.mention) == std::string::npos)
          __builtin_trap();
      }
  return 0;
}
