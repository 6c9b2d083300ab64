#include "store/story_reader.h"

#include <gtest/gtest.h>

#include <map>

namespace precis::store {
namespace {

// The tables in memory: what the reader asks of a backend, and what it
// asked.
class MemoryTables : public ReaderTables {
 public:
  std::vector<StoryInfo> stories;  // rows as a backend keeps them, latest first
  std::map<std::int64_t, std::vector<ArticleIdRow>> ids;
  std::map<std::int64_t, SummaryRow> summaries;
  std::map<std::int64_t, std::vector<Document>> originals;  // oldest first
  std::size_t asked_limit = 0;
  int saves = 0;

  Result<std::vector<StoryInfo>> StoryRows(const StoryQuery& query,
                                           std::optional<std::int64_t> only) override {
    std::vector<StoryInfo> out;
    for (const StoryInfo& s : stories)
      if ((!only || s.id == *only) && (query.since.empty() || s.last >= query.since))
        out.push_back(s);
    if (query.limit > 0 && out.size() > query.limit) out.resize(query.limit);
    return out;
  }
  Result<std::vector<ArticleIdRow>> ArticleIds(std::int64_t story) override { return ids[story]; }
  Result<std::optional<SummaryRow>> CachedSummary(std::int64_t story) override {
    auto it = summaries.find(story);
    if (it == summaries.end()) return std::optional<SummaryRow>();
    return std::optional<SummaryRow>(it->second);
  }
  Result<std::vector<Document>> LatestOriginals(std::int64_t story, std::size_t limit) override {
    asked_limit = limit;
    std::vector<Document> out(originals[story].rbegin(), originals[story].rend());
    if (out.size() > limit) out.resize(limit);
    return out;
  }
  Status SaveSummary(std::int64_t story, const std::string& json, const SummaryRow& read) override {
    ++saves;
    if (read.sources == summaries[story].sources) summaries[story] = {json, false, read.sources, 0};
    return Status::Ok();
  }
};

MemoryTables TwoStories() {
  MemoryTables t;
  t.stories = {{2, "Volcano erupts", "2024-05-02", "2024-05-03", {}, {}, 2, true},
               {1, "Bridge closed", "2024-05-01", "2024-05-01", {}, {}, 3, false}};
  t.ids[1] = {{"a", false}, {"a-copy", true}, {"b", false}};
  t.ids[2] = {{"c", false}, {"d", false}};
  return t;
}

TEST(StoryReader, StoriesCarryTheirArticlesWithCopiesApart) {
  MemoryTables t = TwoStories();
  auto stories = ReadStories(t, StoryQuery());
  ASSERT_TRUE(stories.ok()) << stories.status().message();
  ASSERT_EQ(stories->size(), 2u);
  EXPECT_EQ((*stories)[0].id, 2);
  EXPECT_EQ((*stories)[1].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ((*stories)[1].copies, (std::vector<std::string>{"a-copy"}));
  StoryQuery since;
  since.since = "2024-05-02";
  auto recent = ReadStories(t, since);
  ASSERT_TRUE(recent.ok());
  ASSERT_EQ(recent->size(), 1u);
  EXPECT_EQ((*recent)[0].documents, (std::vector<std::string>{"c", "d"}));
}

TEST(StoryReader, OneStoryOrAnErrorNamingIt) {
  MemoryTables t = TwoStories();
  auto story = ReadStory(t, 1);
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->title, "Bridge closed");
  EXPECT_EQ(story->sources, 3u);
  EXPECT_EQ(story->copies.size(), 1u);
  auto missing = ReadStory(t, 7);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().kind(), Status::Kind::kInput);
  EXPECT_EQ(missing.status().message(), "no story 7");
  std::optional<Summarizer> summarizer;
  auto no_summary = ReadSummaryJson(t, summarizer, StoreOptions(), 7);
  ASSERT_FALSE(no_summary.ok());
  EXPECT_EQ(no_summary.status().message(), "no story 7");
}

// A clean cached summary is returned as it is; a dirty one is made again
// from the latest originals, oldest first, and cached.
TEST(StoryReader, ASummaryIsMadeAgainOnlyWhenTheStoryChanged) {
  MemoryTables t = TwoStories();
  t.summaries[1] = {std::string("[\"cached\"]"), false, 3, 5};
  std::optional<Summarizer> summarizer;
  auto cached = ReadSummaryJson(t, summarizer, StoreOptions(), 1);
  ASSERT_TRUE(cached.ok());
  EXPECT_EQ(*cached, "[\"cached\"]");
  EXPECT_EQ(t.saves, 0);
  EXPECT_FALSE(summarizer.has_value());  // not even made

  t.summaries[1].dirty = true;
  Document first, second;
  first.id = "a";
  first.date = "2024-05-01";
  first.text =
      "The Harbor Bridge in Aldwin closed on Monday after inspectors found cracks in two steel "
      "girders supporting the main span.";
  second.id = "b";
  second.date = "2024-05-01";
  second.text =
      "City engineers said repairs to the cracked bridge girders could take three weeks, and "
      "commuters were told to use the ferry.";
  t.originals[1] = {first, second};
  auto made = ReadSummaryJson(t, summarizer, StoreOptions(), 1);
  ASSERT_TRUE(made.ok()) << made.status().message();
  EXPECT_EQ(t.asked_limit, kSummaryArticles);
  EXPECT_EQ(t.saves, 1);
  EXPECT_NE(*made, "[\"cached\"]");
  EXPECT_NE(made->find("Harbor Bridge"), std::string::npos) << *made;
  EXPECT_EQ(t.summaries[1].json, *made);
  EXPECT_FALSE(t.summaries[1].dirty);
  // Cached now: the next read makes nothing.
  auto again = ReadSummaryJson(t, summarizer, StoreOptions(), 1);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *made);
  EXPECT_EQ(t.saves, 1);
}

}  // namespace
}  // namespace precis::store
