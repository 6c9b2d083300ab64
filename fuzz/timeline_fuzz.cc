// libFuzzer target: time expressions on arbitrary text against an arbitrary
// article date, and the whole timeline on arbitrary (repaired) text split
// into up to three dated documents.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "precis/timeline.h"
#include "text/time_expressions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  // The first ten bytes, when they are a date, anchor the expressions.
  auto anchor = precis::text::ParseIsoDate(raw);
  for (const auto& e : precis::text::FindTimeExpressions(raw, anchor))
    if (e.begin >= e.end || e.end > raw.size() ||
        precis::text::ParseIsoDate(precis::text::IsoDate(e.date)) != e.date)
      __builtin_trap();

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
  precis::TimelineOptions options;
  options.dates = 1 + size % 5;
  options.sentences_per_date = 1 + size % 3;
  auto timeline = precis::BuildTimeline(cluster, options);
  if (timeline.ok())
    for (const auto& e : timeline->entries)
      for (const auto& s : e.sentences) {
        const std::string& doc = timeline->documents[s.source.document].text;
        if (s.source.end < s.source.start || s.source.end > precis::utf8::CodePoints(doc))
          __builtin_trap();
      }
  return 0;
}
