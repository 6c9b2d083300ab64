#include "store/story_writer.h"

#include <cstdlib>
#include <utility>

namespace precis::store {
namespace {

// Open stories are checked for closing every this many articles.
constexpr std::size_t kCloseEvery = 256;

std::string DayOf(const std::string& date) {
  return DayNumber(date) ? date.substr(0, 10) : std::string();
}

// Takes the stored article `row` out of its story and the store (an
// article sent again with another text).
Status RemoveArticle(const WriterTables::StoredRow& row, WriterState& state, WriterTables& tables) {
  if (!row.duplicate) {
    state.clusterer.Subtract(row.story, DecodeVector(row.vector));
    if (state.clusterer.Find(row.story)) state.touched.insert(row.story);
    auto signature = tables.Signature(row.n);
    if (!signature.ok()) return signature.status();
    if (Status s = tables.DeleteBandKeys(BandKeys(*signature), row.n); !s.ok()) return s;
  }
  if (Status s = tables.UntouchStory(row.story, !row.duplicate); !s.ok()) return s;
  return tables.DeleteArticle(row.n);
}

Status CloseStories(WriterState& state, WriterTables& tables) {
  for (auto id : state.clusterer.CloseExpired(state.newest_day, state.seq)) {
    if (Status s = tables.CloseStory(id); !s.ok()) return s;
    state.touched.erase(id);
  }
  return Status::Ok();
}

}  // namespace

WriterState::WriterState(const StoreOptions& options)
    : clusterer(ClusterParams{options.join_threshold, options.window_days,
                              static_cast<std::int64_t>(options.window_articles),
                              options.max_open_stories},
                terms) {}

Status LoadWriterState(const StoreOptions& options, WriterTables& tables, WriterState& state) {
  TermTable& terms = state.terms;
  if (Status s = tables.ForEachTerm([&](std::uint32_t id, const std::string& term,
                                        std::uint32_t df) { terms.Load(id, term, df); });
      !s.ok())
    return s;
  terms.TakeChanged();
  auto documents = tables.Meta("documents");
  if (!documents.ok()) return documents.status();
  if (*documents) terms.set_documents(static_cast<std::size_t>(std::atoll((*documents)->c_str())));
  // A new store starts from the background frequencies (kept in `terms` as
  // the terms are met; the prior's document count is in "documents").
  else if (options.background_idf)
    terms.UseBackground();
  auto newest = tables.Meta("newest_day");
  if (!newest.ok()) return newest.status();
  state.newest_day.reset();
  if (*newest) state.newest_day = std::atoll((*newest)->c_str());
  return tables.ForEachOpenStory([&](const WriterTables::OpenStoryRow& row) {
    OpenStory story;
    story.id = row.id;
    story.first_day = DayNumber(row.first);
    story.last_day = DayNumber(row.last);
    story.last_seq = row.last_seq;
    story.articles = static_cast<std::size_t>(row.articles);
    for (const auto& [term, w] : DecodeVector(row.centroid)) story.centroid[term] = w;
    state.clusterer.Restore(std::move(story));
  });
}

Result<IngestOutcome> IngestArticle(const Article& article, const StoreOptions& options,
                                    ArticleAnalysis& analysis, WriterState& state,
                                    WriterTables& tables) {
  AnalyzedArticle a = analysis.Analyze(article);
  IngestOutcome outcome;
  std::optional<std::int64_t> replaced;  // n of the article this one updates
  auto found = tables.FindById(article.id);
  if (!found.ok()) return found.status();
  if (*found) {
    const WriterTables::StoredRow& old = **found;
    if (old.hash == a.hash && old.title == article.title) {
      outcome.action = IngestAction::kUnchanged;
      outcome.story = old.story;
      return outcome;
    }
    if (Status s = RemoveArticle(old, state, tables); !s.ok()) return s;
    replaced = old.n;
    outcome.action = IngestAction::kUpdated;
  }
  if (a.cleaned.empty()) {
    outcome.action = IngestAction::kEmpty;
    return outcome;
  }
  const std::int64_t n = ++state.seq;
  const std::optional<std::int64_t> day = DayNumber(article.date);
  if (day && (!state.newest_day || *day > *state.newest_day)) state.newest_day = day;

  // A brief (few content words: a login wall, an archive notice, a caption)
  // is too little to tell its story by: it stays a story of its own, neither
  // joined nor joining, and is no original for copies.
  double content_words = 0;
  for (const auto& t : a.term_ids) content_words += t.second;
  bool brief = content_words < options.min_content_words;
  // Copies: the same cleaned text, else a near-duplicate by MinHash.
  std::optional<WriterTables::Original> original;
  if (!brief) {
    auto same = tables.FindByHash(a.hash);
    if (!same.ok()) return same.status();
    original = *same;
  }
  std::vector<std::int64_t> keys = brief ? std::vector<std::int64_t>() : BandKeys(a.signature);
  if (!original && !keys.empty()) {
    auto candidates = tables.FindByBands(keys);
    if (!candidates.ok()) return candidates.status();
    double best = 0;
    for (const auto& c : *candidates) {
      const double sim = SignatureSimilarity(a.signature, c.signature);
      if (sim >= options.near_duplicate_jaccard && sim > best) {
        best = sim;
        original = WriterTables::Original{c.n, c.story};
      }
    }
  }
  bool copy = original.has_value();
  if (copy && options.max_copies > 0) {
    auto copies = tables.CountCopies(original->story, original->n);
    if (!copies.ok()) return copies.status();
    if (copies->count >= options.max_copies &&
        !Syndicated(day, DayNumber(copies->first), DayNumber(copies->last))) {
      copy = false;  // a recurring page: alone, like a brief
      brief = true;
      keys.clear();
    }
  }
  WriterTables::NewRow row;
  row.n = n;
  row.article = &article;
  row.text = &a.cleaned;
  row.hash = a.hash;
  if (copy) {
    outcome.action = IngestAction::kDuplicate;
    outcome.story = original->story;
    auto id = tables.ArticleId(original->n);
    if (!id.ok()) return id.status();
    outcome.duplicate_of = *id;
    row.story = original->story;
    row.duplicate_of = original->n;
    if (Status s = tables.InsertArticle(row); !s.ok()) return s;
    if (Status s = tables.TouchStory(original->story, DayOf(article.date), n, false); !s.ok())
      return s;
    return outcome;
  }

  // A new story or the best open one.
  std::vector<std::uint32_t> ids;
  ids.reserve(a.term_ids.size());
  for (const auto& [id, count] : a.term_ids) ids.push_back(id);
  state.terms.CountDocument(ids);
  SparseVector v = TfIdfVector(a.term_ids, state.terms);
  std::optional<std::int64_t> story;
  if (!brief) story = state.clusterer.Best(v, day);
  if (!story) {
    auto made =
        tables.InsertStory(article.title.empty() ? a.lead : article.title, DayOf(article.date), n);
    if (!made.ok()) return made.status();
    story = *made;
    outcome.new_story = true;
  }
  outcome.story = *story;
  row.story = *story;
  row.vector = EncodeVector(v);
  if (!a.signature.empty()) row.signature = EncodeSignature(a.signature);
  if (Status s = tables.InsertArticle(row); !s.ok()) return s;
  if (Status s = tables.InsertBandKeys(keys, n); !s.ok()) return s;
  if (replaced)
    if (Status s = tables.Repoint(*replaced, n); !s.ok()) return s;
  if (!brief) {
    const OpenStory* open = outcome.new_story ? nullptr : state.clusterer.Find(*story);
    analysis.Learn(*story, open ? &open->centroid : nullptr);
    state.clusterer.Add(*story, v, day, n);
    state.touched.insert(*story);
  } else if (outcome.new_story) {
    if (Status s = tables.CloseStory(*story); !s.ok()) return s;
  }
  if (Status s = tables.TouchStory(*story, DayOf(article.date), n, true); !s.ok()) return s;
  if (++state.since_close >= kCloseEvery) {
    state.since_close = 0;
    if (Status s = CloseStories(state, tables); !s.ok()) return s;
  }
  return outcome;
}

Status SaveWriterState(WriterTables& tables, WriterState& state) {
  for (auto id : state.touched)
    if (Status s = tables.SaveCentroid(id, EncodeVector(state.clusterer.Centroid(id))); !s.ok())
      return s;
  state.touched.clear();
  for (auto id : state.terms.TakeChanged())
    if (Status s = tables.SaveTerm(id, state.terms.Term(id), state.terms.df(id)); !s.ok()) return s;
  if (Status s = tables.SetMeta("documents", std::to_string(state.terms.documents())); !s.ok())
    return s;
  if (state.newest_day) return tables.SetMeta("newest_day", std::to_string(*state.newest_day));
  return Status::Ok();
}

}  // namespace precis::store
