// libFuzzer target: the boilerplate cleaner and the whole summarizing
// pipeline on arbitrary (repaired) text split into up to three documents.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "clean/boilerplate_cleaner.h"
#include "precis/summarizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text =
      precis::utf8::MakeValid(std::string_view(reinterpret_cast<const char*>(data), size)).text;
  precis::Cluster cluster;
  cluster.id = "fuzz";
  // Documents are separated by a form feed, so the fuzzer can build clusters.
  std::size_t start = 0;
  for (int d = 0; d < 3 && start <= text.size(); ++d) {
    std::size_t end = text.find('\f', start);
    if (end == std::string::npos || d == 2) end = text.size();
    cluster.documents.push_back(
        {"d" + std::to_string(d), "", "", "", text.substr(start, end - start)});
    start = end + 1;
  }
  precis::clean::BoilerplateCleaner cleaner("english");
  auto cleaned = cleaner.Clean(cluster.documents);
  if (cleaned.size() != cluster.documents.size()) __builtin_trap();
  for (const auto& c : cleaned) {
    const auto& a = c.analysis;
    if (!precis::utf8::IsValid(a.text)) __builtin_trap();
    // Every sentence and word lies in the text, in order.
    std::size_t at = 0;
    for (const auto& s : a.sentences) {
      if (s.begin < at || s.end < s.begin || s.end > a.text.size()) __builtin_trap();
      if (s.first_word + s.words > a.words.size()) __builtin_trap();
      at = s.end;
    }
    // Every word lies in its sentence, and ends there.
    for (const auto& s : a.sentences) {
      const std::string_view sentence = std::string_view(a.text).substr(s.begin, s.end - s.begin);
      for (const auto& w : a.WordsOf(s)) {
        const std::size_t end = precis::text::WordEnd(sentence, s.begin, w);
        if (w.begin < s.begin || end <= w.begin || end > s.end) __builtin_trap();
      }
    }
  }

  static const char* kMethods[] = {"ilp", "lexrank", "submodular", "coverage"};
  precis::SummarizeOptions options;
  options.method = kMethods[size % 4];
  options.budget.limit = 30;
  options.budget.fill = size % 2 == 0;
  options.time_limit_seconds = 0.05;
  auto summarizer = precis::Summarizer::Create(options);
  auto summary = summarizer->Summarize(cluster);
  if (summary.ok())
    for (const auto& s : summary->sentences) {
      const std::string& doc = summary->documents[s.source.document].text;
      if (s.source.end < s.source.start || s.source.end > precis::utf8::CodePoints(doc))
        __builtin_trap();
    }
  return 0;
}
