#include "store/story_reader.h"

#include <algorithm>
#include <utility>

#include "store/story_summary.h"

namespace precis::store {
namespace {

Status AddArticleIds(ReaderTables& tables, StoryInfo& info) {
  auto ids = tables.ArticleIds(info.id);
  if (!ids.ok()) return ids.status();
  for (auto& row : *ids) (row.copy ? info.copies : info.documents).push_back(std::move(row.id));
  return Status::Ok();
}

Status NoStory(std::int64_t id) { return Status::InputError("no story " + std::to_string(id)); }

}  // namespace

Result<std::vector<StoryInfo>> ReadStories(ReaderTables& tables, const StoryQuery& query) {
  auto rows = tables.StoryRows(query, std::nullopt);
  if (!rows.ok()) return rows.status();
  for (StoryInfo& info : *rows)
    if (Status s = AddArticleIds(tables, info); !s.ok()) return s;
  return std::move(rows).value();
}

Result<StoryInfo> ReadStory(ReaderTables& tables, std::int64_t id) {
  auto rows = tables.StoryRows(StoryQuery(), id);
  if (!rows.ok()) return rows.status();
  if (rows->size() != 1) return NoStory(id);
  StoryInfo info = std::move(rows->front());
  if (Status s = AddArticleIds(tables, info); !s.ok()) return s;
  return info;
}

Result<std::string> ReadSummaryJson(ReaderTables& tables, std::optional<Summarizer>& summarizer,
                                    const StoreOptions& options, std::int64_t story) {
  auto cached = tables.CachedSummary(story);
  if (!cached.ok()) return cached.status();
  if (!cached->has_value()) return NoStory(story);
  const ReaderTables::SummaryRow& row = **cached;
  if (row.json && !row.dirty) return *row.json;
  auto latest = tables.LatestOriginals(story, kSummaryArticles);
  if (!latest.ok()) return latest.status();
  Cluster cluster;
  cluster.id = std::to_string(story);
  cluster.documents = std::move(latest).value();
  std::reverse(cluster.documents.begin(), cluster.documents.end());  // oldest first
  auto made = StorySummaryJson(summarizer, options, cluster);
  if (!made.ok()) return made.status();
  if (Status s = tables.SaveSummary(story, *made, row); !s.ok()) return s;
  return std::move(made).value();
}

}  // namespace precis::store
