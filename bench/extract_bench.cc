// Extraction speed on the HTML extraction dev set (issue 11): each saved page
// read (HTML parsed, the article found) and cleaned, in-process, as
// `precis extract` does one page per document. Reports pages per second and
// the slowest page's time.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "precis/extract.h"
#include "precis/reader.h"

namespace {

// (name, bytes) of every page of ../shared/data/extraction-dev/pages, sorted.
const std::vector<std::pair<std::string, std::string>>& Pages() {
  static const auto pages = [] {
    std::vector<std::pair<std::string, std::string>> out;
    const std::filesystem::path dir =
        std::filesystem::path(PRECIS_SHARED_DIR) / "data" / "extraction-dev" / "pages";
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
      if (entry.path().extension() != ".html") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      out.emplace_back(entry.path().string(), std::string(std::istreambuf_iterator<char>(in),
                                                          std::istreambuf_iterator<char>()));
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  return pages;
}

bool ExtractPage(const std::pair<std::string, std::string>& page) {
  auto read = precis::ParseBytes(page.second, page.first, precis::InputFormat::kHtml);
  if (!read.ok()) return false;
  for (const auto& cluster : read->clusters) {
    auto articles = precis::ExtractArticles(cluster);
    benchmark::DoNotOptimize(articles);
  }
  return true;
}

void BM_ExtractDevPages(benchmark::State& state) {
  const auto& pages = Pages();
  if (pages.empty()) return state.SkipWithError("no extraction-dev pages under PRECIS_SHARED_DIR");
  double slowest = 0;
  for (auto _ : state) {
    for (const auto& page : pages) {
      const auto start = std::chrono::steady_clock::now();
      ExtractPage(page);
      slowest = std::max(slowest, std::chrono::duration<double, std::milli>(
                                      std::chrono::steady_clock::now() - start)
                                      .count());
    }
  }
  state.counters["pages_per_second"] = benchmark::Counter(
      static_cast<double>(pages.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["slowest_page_ms"] = slowest;
}
BENCHMARK(BM_ExtractDevPages)->Unit(benchmark::kMillisecond);

}  // namespace
