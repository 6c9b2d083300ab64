#include "store/story_clusterer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace precis::data {
extern const std::string_view background_df;
}  // namespace precis::data

namespace precis::store {

std::string EncodeVector(const SparseVector& v) {
  std::string out(v.size() * 8, '\0');
  char* p = out.data();
  for (const auto& [id, w] : v) {
    std::memcpy(p, &id, 4);
    std::memcpy(p + 4, &w, 4);
    p += 8;
  }
  return out;
}

SparseVector DecodeVector(std::string_view blob) {
  SparseVector v(blob.size() / 8);
  const char* p = blob.data();
  for (auto& [id, w] : v) {
    std::memcpy(&id, p, 4);
    std::memcpy(&w, p + 4, 4);
    p += 8;
  }
  return v;
}

std::optional<std::int64_t> DayNumber(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (int i = 0; i < lengths[k]; ++i) {
      char c = date[starts[k] + i];
      if (c < '0' || c > '9') return std::nullopt;
      parts[k] = parts[k] * 10 + (c - '0');
    }
  }
  int y = parts[0], m = parts[1], d = parts[2];
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool Syndicated(std::optional<std::int64_t> day, std::optional<std::int64_t> first,
                std::optional<std::int64_t> last) {
  if (!day || !first || !last) return false;
  return *day >= *first - kSyndicationDays && *day <= *last + kSyndicationDays;
}

namespace {

struct Background {
  std::unordered_map<std::string, std::uint32_t> df;
  std::size_t documents = 0;
};

const Background& BackgroundFrequencies() {
  static const Background* background = [] {
    auto* b = new Background;
    std::string_view rest = data::background_df;
    while (!rest.empty()) {
      std::size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      std::uint32_t n = 0;
      for (char c : line.substr(tab + 1))
        if (c >= '0' && c <= '9') n = n * 10 + static_cast<std::uint32_t>(c - '0');
      if (line.substr(0, tab) == "#documents")
        b->documents = n;
      else
        b->df.emplace(std::string(line.substr(0, tab)), n);
    }
    return b;
  }();
  return *background;
}

}  // namespace

void TermTable::UseBackground() {
  const Background& b = BackgroundFrequencies();
  prior_ = &b.df;
  set_documents(documents_ + b.documents);
}

std::uint32_t TermTable::Id(const std::string& term) {
  auto [it, inserted] = ids_.try_emplace(term, static_cast<std::uint32_t>(terms_.size()));
  if (inserted) {
    std::uint32_t df = 0;
    if (prior_) {
      auto p = prior_->find(term);
      if (p != prior_->end()) df = p->second;
    }
    terms_.push_back(term);
    df_.push_back(df);
    log_df_.push_back(std::log(df + 1.0));
    changed_.push_back(true);
    changed_ids_.push_back(it->second);
  }
  return it->second;
}

void TermTable::Load(std::uint32_t id, std::string term, std::uint32_t df) {
  if (id >= terms_.size()) {
    terms_.resize(id + 1);
    df_.resize(id + 1, 0);
    log_df_.resize(id + 1, 0);
    changed_.resize(id + 1, false);
  }
  ids_[term] = id;
  terms_[id] = std::move(term);
  df_[id] = df;
  log_df_[id] = std::log(df + 1.0);
}

void TermTable::CountDocument(const std::vector<std::uint32_t>& ids) {
  set_documents(documents_ + 1);
  for (auto id : ids) {
    ++df_[id];
    log_df_[id] = std::log(df_[id] + 1.0);
    if (!changed_[id]) {
      changed_[id] = true;
      changed_ids_.push_back(id);
    }
  }
}

void TermTable::set_documents(std::size_t n) {
  documents_ = n;
  log_documents_ = std::log(static_cast<double>(n) + 1);
}

std::vector<std::uint32_t> TermTable::TakeChanged() {
  std::vector<std::uint32_t> out;
  out.swap(changed_ids_);
  for (auto id : out) changed_[id] = false;
  return out;
}

SparseVector TfIdfVector(const std::vector<std::pair<std::uint32_t, float>>& counts,
                         const TermTable& terms) {
  std::vector<std::pair<double, std::uint32_t>> weighted;  // tf-idf, id
  weighted.reserve(counts.size());
  for (const auto& [id, n] : counts) weighted.emplace_back((1 + std::log(n)) * terms.Idf(id), id);
  if (weighted.size() > kArticleTerms) {
    std::nth_element(weighted.begin(), weighted.begin() + kArticleTerms, weighted.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    weighted.resize(kArticleTerms);
  }
  double norm = 0;
  for (const auto& e : weighted) norm += e.first * e.first;
  norm = std::sqrt(norm);
  SparseVector v;
  v.reserve(weighted.size());
  for (const auto& [w, id] : weighted)
    v.emplace_back(id, static_cast<float>(norm > 0 ? w / terms.Idf(id) / norm : 0));
  std::sort(v.begin(), v.end());
  return v;
}

namespace {}  // namespace

double StoryClusterer::IdfNorm(const OpenStory& s) const {
  double n = 0;
  for (const auto& [id, w] : s.centroid) {
    double x = w * terms_.Idf(id);
    n += x * x;
  }
  return std::sqrt(n);
}

std::optional<std::int64_t> StoryClusterer::Best(const SparseVector& v,
                                                 std::optional<std::int64_t> day,
                                                 double* similarity) const {
  if (similarity) *similarity = 0;
  if (v.empty() || stories_.empty()) return std::nullopt;
  // The article's strongest terms find the candidates.
  SparseVector query = v;
  if (query.size() > kQueryTerms) {
    std::nth_element(query.begin(), query.begin() + kQueryTerms, query.end(),
                     [&](const auto& a, const auto& b) {
                       return a.second * terms_.Idf(a.first) > b.second * terms_.Idf(b.first);
                     });
    query.resize(kQueryTerms);
  }
  // A term in very many open stories says little and would cost a lot.
  constexpr std::size_t kMaxPosting = 400;
  for (auto& [id, w] : query) {
    double idf = terms_.Idf(id);
    double weight = w * idf * idf;
    auto p = postings_.find(id);
    if (p == postings_.end() || p->second.size() > kMaxPosting) continue;
    for (const Posting& posting : p->second) {
      const double norm = norm_by_slot_[posting.slot];
      if (norm <= 0) continue;
      double& score = scores_[posting.slot];
      if (score == 0) scored_.push_back(posting.slot);
      score += weight * *posting.weight / norm;
    }
  }
  std::vector<std::pair<double, std::int64_t>> ranked;
  ranked.reserve(scored_.size());
  for (std::uint32_t slot : scored_) {
    ranked.emplace_back(scores_[slot], story_by_slot_[slot]->id);
    scores_[slot] = 0;
  }
  scored_.clear();
  constexpr std::size_t kExact = 8;
  if (ranked.size() > kExact) {
    std::nth_element(ranked.begin(), ranked.begin() + kExact, ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    ranked.resize(kExact);
  }
  std::optional<std::int64_t> best;
  double best_score = 0;
  for (const auto& [unused, s] : ranked) {
    const OpenStory& story = stories_.at(s);
    if (day && story.first_day &&
        (*day < *story.first_day - params_.window_days ||
         *day > *story.last_day + params_.window_days))
      continue;
    double dot = 0, article_norm = 0;
    for (const auto& [id, w] : v) {
      double idf = terms_.Idf(id);
      article_norm += w * idf * w * idf;
      auto c = story.centroid.find(id);
      if (c != story.centroid.end()) dot += w * c->second * idf * idf;
    }
    double norm = story.norm * std::sqrt(article_norm);  // idf norm as of its last update
    double cos = norm > 0 ? dot / norm : 0;
    if (story.articles > 1)
      cos -= params_.size_slope * std::log(static_cast<double>(story.articles));
    if (cos > best_score || (cos == best_score && best && s > *best)) {
      best_score = cos;
      best = s;
    }
  }
  if (similarity) *similarity = best_score;
  if (best_score < params_.threshold) return std::nullopt;
  return best;
}

void StoryClusterer::Add(std::int64_t id, const SparseVector& v, std::optional<std::int64_t> day,
                         std::int64_t seq) {
  auto [entry, is_new] = stories_.try_emplace(id);
  OpenStory& s = entry->second;
  s.id = id;
  if (is_new) s.slot = AllocateSlot();
  for (const auto& [term, w] : v) {
    auto [it, inserted] = s.centroid.try_emplace(term, 0.0f);
    it->second += w;
    if (inserted) postings_[term].push_back({&it->second, s.slot});
  }
  if (s.centroid.size() > 2 * kCentroidTerms) {
    std::vector<std::pair<double, std::uint32_t>> weights;
    weights.reserve(s.centroid.size());
    for (const auto& [term, w] : s.centroid) weights.emplace_back(w * terms_.Idf(term), term);
    std::nth_element(weights.begin(), weights.begin() + kCentroidTerms, weights.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = kCentroidTerms; k < weights.size(); ++k) {
      std::uint32_t term = weights[k].second;
      Unpost(term, &s);
      s.centroid.erase(term);
    }
  }
  SetNorm(s);
  if (day) {
    if (!s.first_day || *day < *s.first_day) s.first_day = day;
    if (!s.last_day || *day > *s.last_day) s.last_day = day;
  }
  s.last_seq = std::max(s.last_seq, seq);
  ++s.articles;
}

void StoryClusterer::Subtract(std::int64_t id, const SparseVector& v) {
  auto it = stories_.find(id);
  if (it == stories_.end()) return;
  for (const auto& [term, w] : v) {
    auto c = it->second.centroid.find(term);
    if (c != it->second.centroid.end()) c->second = std::max(0.0f, c->second - w);
  }
  if (it->second.articles > 0) --it->second.articles;
  SetNorm(it->second);
}

void StoryClusterer::Restore(OpenStory story) {
  std::int64_t id = story.id;
  story.slot = AllocateSlot();
  OpenStory& s = stories_[id] = std::move(story);
  for (const auto& [term, w] : s.centroid) postings_[term].push_back({&w, s.slot});
  SetNorm(s);
}

// Past the window in days (when dated) and in arrivals: a stream whose
// articles come out of date order (late arrivals, a back-fill) does not close
// stories that are still being added to.
bool StoryClusterer::Expired(const OpenStory& s, std::optional<std::int64_t> newest_day,
                             std::int64_t seq) const {
  if (seq - s.last_seq <= params_.window_arrivals) return false;
  return !s.last_day || !newest_day || *newest_day - *s.last_day > params_.window_days;
}

std::vector<std::int64_t> StoryClusterer::CloseExpired(std::optional<std::int64_t> newest_day,
                                                       std::int64_t seq) {
  std::vector<std::int64_t> closed;
  for (const auto& [id, s] : stories_) {
    if (Expired(s, newest_day, seq)) closed.push_back(id);
  }
  if (stories_.size() - closed.size() > params_.max_open) {
    std::vector<std::pair<std::int64_t, std::int64_t>> by_age;  // last_seq, id
    for (const auto& [id, s] : stories_) by_age.emplace_back(s.last_seq, id);
    std::sort(by_age.begin(), by_age.end());
    std::size_t excess = stories_.size() - params_.max_open;
    closed.clear();
    for (const auto& [unused, id] : by_age) {
      if (Expired(stories_.at(id), newest_day, seq) || closed.size() < excess) closed.push_back(id);
    }
  }
  for (auto id : closed) {
    const OpenStory& s = stories_.at(id);
    for (const auto& [term, w] : s.centroid) Unpost(term, &s);
    free_slots_.push_back(s.slot);
    norm_by_slot_[s.slot] = 0;
    story_by_slot_[s.slot] = nullptr;
    stories_.erase(id);
  }
  return closed;
}

std::uint32_t StoryClusterer::AllocateSlot() {
  if (!free_slots_.empty()) {
    std::uint32_t slot = free_slots_.back();
    free_slots_.pop_back();
    return slot;
  }
  scores_.push_back(0);
  norm_by_slot_.push_back(0);
  story_by_slot_.push_back(nullptr);
  return static_cast<std::uint32_t>(scores_.size() - 1);
}

void StoryClusterer::Unpost(std::uint32_t term, const OpenStory* story) {
  auto it = postings_.find(term);
  if (it == postings_.end()) return;
  auto& p = it->second;
  p.erase(
      std::remove_if(p.begin(), p.end(), [&](const Posting& x) { return x.slot == story->slot; }),
      p.end());
  if (p.empty()) postings_.erase(it);
}

void StoryClusterer::SetNorm(OpenStory& s) {
  s.norm = IdfNorm(s);
  norm_by_slot_[s.slot] = s.norm;
  story_by_slot_[s.slot] = &s;
}

const OpenStory* StoryClusterer::Find(std::int64_t id) const {
  auto it = stories_.find(id);
  return it == stories_.end() ? nullptr : &it->second;
}

SparseVector StoryClusterer::Centroid(std::int64_t id) const {
  SparseVector v;
  if (const OpenStory* s = Find(id)) {
    v.assign(s->centroid.begin(), s->centroid.end());
    std::sort(v.begin(), v.end());
  }
  return v;
}

}  // namespace precis::store
