// precis_recurring_table: learns the table of text that recurs across
// unrelated stories (clean/recurring_text.h) from clusters of news, each
// cluster one story, and prints it (data/clean/recurring-shingles.tsv).
//
//   precis_recurring_table [--min-stories N] CLUSTERS.jsonl[.gz]...
//   precis_recurring_table --show TABLE.tsv < TEXT   (each line's shingles' story counts)
//
// Counts the shingles of each sentence as the cleaner prepares it, before
// any cleaning (the furniture is what is to be learned), when the sentence
// is mostly off the topic of the story's other articles.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "clean/boilerplate_cleaner.h"
#include "clean/recurring_text.h"
#include "precis/reader.h"
#include "text/analyzer.h"

int main(int argc, char** argv) {
  using namespace precis;
  std::uint32_t min_stories = clean::RecurringText::kMinStories;
  std::vector<std::string> sources;
  if (argc == 3 && std::strcmp(argv[1], "--show") == 0) {
    std::FILE* f = std::fopen(argv[2], "rb");
    if (f == nullptr) return 1;
    std::string tsv;
    char buffer[65536];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) tsv.append(buffer, n);
    std::fclose(f);
    auto table = clean::RecurringText::Parse(tsv);
    auto analyzer = text::Analyzer::Create("english");
    if (!table.ok() || !analyzer.ok()) return 1;
    char* line = nullptr;
    std::size_t capacity = 0;
    while (getline(&line, &capacity, stdin) > 0) {
      auto a = analyzer->Analyze(line);
      std::printf("%.3f", table->RecurringShare(
                              clean::RecurringText::Shingles(a.words, analyzer->lexicon())));
      for (auto h : clean::RecurringText::Shingles(a.words, analyzer->lexicon()))
        std::printf(" %u", table->Stories(h));
      std::printf("  %s", line);
    }
    std::free(line);
    return 0;
  }
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--min-stories") == 0 && i + 1 < argc)
      min_stories = static_cast<std::uint32_t>(std::stoul(argv[++i]));
    else
      sources.emplace_back(argv[i]);
  }
  if (sources.empty()) {
    std::fprintf(stderr, "usage: precis_recurring_table [--min-stories N] CLUSTERS.jsonl...\n");
    return 2;
  }
  auto analyzer = text::Analyzer::Create("english");
  if (!analyzer.ok()) return 4;
  clean::BoilerplateCleaner cleaner("english");
  clean::RecurringText counts;
  counts.set_capacity(std::size_t{1} << 40);  // learning keeps everything
  std::uint64_t story = 0;
  ReadOptions options;
  options.format = InputFormat::kJsonl;
  for (const auto& source : sources) {
    auto read = ReadSources({source}, options);
    if (!read.ok()) {
      std::fprintf(stderr, "precis_recurring_table: %s\n", read.status().message().c_str());
      return 1;
    }
    for (const auto& cluster : read->clusters) {
      std::vector<clean::PreparedDocument> docs;
      // Content terms of each document, to tell a sentence on the story's
      // topic (shared with the other articles) from one that is not.
      std::vector<std::unordered_set<text::Lexicon::Id>> terms;
      for (const auto& doc : cluster.documents) {
        docs.push_back(cleaner.Prepare(doc, *analyzer));
        auto& t = terms.emplace_back();
        for (const auto& p : docs.back().paragraphs)
          for (const auto& w : p.words)
            if (const text::TermToken c = text::TokenOf(w, analyzer->lexicon()); !c.stop)
              t.insert(c.term);
      }
      for (std::size_t d = 0; d < docs.size(); ++d)
        for (const auto& p : docs[d].paragraphs)
          for (const auto& sentence : p.sentences) {
            auto words = p.WordsOf(sentence);
            std::size_t content = 0, shared = 0;
            for (const auto& word : words) {
              const text::TermToken w = text::TokenOf(word, analyzer->lexicon());
              if (w.stop) continue;
              ++content;
              for (std::size_t o = 0; o < docs.size(); ++o)
                if (o != d && terms[o].count(w.term)) {
                  ++shared;
                  break;
                }
            }
            // News recurs when one event is in several clusters of the
            // background (or is reported in the same words); furniture does
            // not belong to its story: only sentences mostly off the topic of
            // the other articles are counted.
            if (docs.size() > 1 && content > 0 && 2 * shared >= content) continue;
            counts.Count(story, clean::RecurringText::Shingles(words, analyzer->lexicon()));
          }
      ++story;
    }
  }
  std::string table = counts.ToTsv(min_stories);
  std::fwrite(table.data(), 1, table.size(), stdout);
  std::fprintf(stderr, "precis_recurring_table: %llu stories, %zu shingles, %zu recurring\n",
               static_cast<unsigned long long>(story), counts.size(),
               static_cast<std::size_t>(std::count(table.begin(), table.end(), '\n')));
  return 0;
}
