// precis ingest / stories / story: the story store from the command line.
// The work is in the library (precis/store.h); these parse flags and print.
#include <CLI/CLI.hpp>
#include <charconv>
#include <iostream>

#include "cli/app_parse.h"
#include "cli/commands.h"
#include "cli/printable.h"
#include "precis/store.h"

namespace precis::cli {
namespace {

void AddStoreFlag(CLI::App& app, std::string& store) {
  app.add_option("-s,--store", store,
                 "The story store: an SQLite file (made when missing), or a postgresql:// URI")
      ->required();
}

}  // namespace

int RunIngest(int argc, char** argv) {
  CLI::App app{
      "Add articles to a story store: each is cleaned, checked for copies and joined to "
      "a story.",
      "precis ingest"};
  std::string location;
  std::vector<std::string> sources;
  StoreOptions options;
  IngestOptions ingest;
  bool quiet = false;
  AddStoreFlag(app, location);
  app.add_option("sources", sources,
                 "JSONL article lines, files or folders of articles, or - for a stream on stdin")
      ->required();
  app.add_option("--threshold", options.join_threshold,
                 "Cosine similarity an article needs to join a story of one article "
                 "(0.02 ln k more for k articles)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--window-days", options.window_days,
                 "Days after its last article that a story stays open")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  app.add_option("--min-words", options.min_content_words,
                 "Content words an article needs to join or start a shared story")
      ->capture_default_str();
  app.add_flag("!--no-background-idf", options.background_idf,
               "A new store learns document frequencies from its own articles only");
  app.add_option("--batch", ingest.batch, "Articles per transaction")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app.add_flag("-q,--quiet", quiet, "Do not print warnings or the closing counts");
  if (auto exit_code = ParseApp(app, argc, argv)) return *exit_code;

  auto store = StoryStore::Open(location, options);
  if (!store.ok()) return Fail("ingest", store.status());
  auto report = IngestSources(**store, sources, ingest, [&](const std::string& w) {
    if (!quiet) PrintWarning("ingest", w);
  });
  if (!report.ok()) return Fail("ingest", report.status());
  const IngestReport& r = *report;
  if (!quiet)
    std::cerr << "ingest: " << r.read << " articles read: " << r.added << " added ("
              << r.new_stories << " new stories), " << r.duplicates << " copies, " << r.updated
              << " updated, " << r.unchanged << " unchanged, " << r.empty << " empty; "
              << r.malformed << " malformed lines skipped\n";
  if (r.malformed > 0) {
    PrintError("ingest", std::to_string(r.malformed) +
                             (r.malformed == 1 ? " malformed line was" : " malformed lines were") +
                             " skipped (the others are stored)");
    return 1;
  }
  return 0;
}

int RunStories(int argc, char** argv) {
  CLI::App app{"List a story store's stories, latest first, each with its summary.",
               "precis stories"};
  std::string location, format = "text";
  StoryQuery query;
  query.limit = 20;
  bool no_summary = false;
  AddStoreFlag(app, location);
  app.add_option("--since", query.since, "Only stories with an article on or after this date");
  app.add_option("-n,--limit", query.limit, "At most N stories (0: all)")->capture_default_str();
  app.add_option("-f,--format", format, "Output: text, json or markdown")->capture_default_str();
  app.add_flag("--no-summary", no_summary, "Leave the summaries out (faster on a changed store)");
  if (auto exit_code = ParseApp(app, argc, argv)) return *exit_code;
  auto out_format = ParseOutputFormat(format);
  if (!out_format.ok()) return Fail("stories", out_format.status());
  StoreOptions read_only;
  read_only.create = false;
  auto store = StoryStore::Open(location, read_only);
  if (!store.ok()) return Fail("stories", store.status());
  auto stories = (*store)->Stories(query);
  if (!stories.ok()) return Fail("stories", stories.status());
  bool first = true;
  for (const auto& info : *stories) {
    std::string summary;
    if (!no_summary) {
      auto s = (*store)->SummaryJson(info.id);
      if (!s.ok()) return Fail("stories", s.status());
      summary = std::move(s).value();
    }
    if (!first && *out_format != OutputFormat::kJson) std::cout << "\n";
    first = false;
    std::cout << RenderStoryEntry(info, summary, *out_format);
  }
  std::cout << std::flush;
  return 0;
}

int RunStory(int argc, char** argv) {
  CLI::App app{"Show one story of a store: summary, sources and timeline.", "precis story"};
  std::string location, format = "text", id_text;
  AddStoreFlag(app, location);
  app.add_option("id", id_text, "The story's id (from precis stories)")->required();
  app.add_option("-f,--format", format, "Output: text, json or markdown")->capture_default_str();
  if (auto exit_code = ParseApp(app, argc, argv)) return *exit_code;
  auto out_format = ParseOutputFormat(format);
  if (!out_format.ok()) return Fail("story", out_format.status());
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (ec != std::errc() || end != id_text.data() + id_text.size() || id <= 0)
    return Fail("story", Status::UsageError("a story id is a positive number (got '" +
                                            Printable(id_text) + "')"));
  StoreOptions read_only;
  read_only.create = false;
  auto store = StoryStore::Open(location, read_only);
  if (!store.ok()) return Fail("story", store.status());
  auto view = ViewStory(**store, id);
  if (!view.ok()) return Fail("story", view.status());
  std::cout << RenderStoryView(*view, *out_format) << std::flush;
  return 0;
}

}  // namespace precis::cli
