#include "clean/recurring_text.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <limits>
#include <vector>

#include "base/hash.h"

namespace precis {
namespace data {
extern const std::span<const std::pair<std::uint64_t, std::uint32_t>> recurring_shingle_rows;
}  // namespace data

namespace clean {
namespace {

std::uint64_t Key(std::uint64_t shingle) { return shingle == 0 ? 1 : shingle; }

}  // namespace

const RecurringText& RecurringText::Builtin() {
  static const RecurringText table = [] {
    RecurringText t;
    t.base_ = data::recurring_shingle_rows;
    static const std::vector<std::uint64_t> filter = [] {
      std::vector<std::uint64_t> bits(std::size_t{1} << 10, 0);
      for (const auto& row : data::recurring_shingle_rows)
        bits[row.first >> 54] |= std::uint64_t{1} << ((row.first >> 48) & 63);
      return bits;
    }();
    t.base_filter_ = filter;
    return t;
  }();
  return table;
}

const std::uint32_t* RecurringText::InBase(std::uint64_t key) const {
  if (!base_filter_.empty() && ((base_filter_[key >> 54] >> ((key >> 48) & 63)) & 1) == 0)
    return nullptr;
  auto it = std::lower_bound(base_.begin(), base_.end(), key,
                             [](const auto& row, std::uint64_t k) { return row.first < k; });
  return it != base_.end() && it->first == key ? &it->second : nullptr;
}

const std::uint32_t* RecurringText::Recurring(std::uint64_t key) const {
  if (!rows_.empty()) {
    const std::uint32_t row = recurring_ids_.Find(key);
    if (row != FlatIdMap::kNone) return &rows_[row].second;
  }
  return InBase(key);
}

void RecurringText::SetRecurring(std::uint64_t key, std::uint32_t stories) {
  const auto [row, added] = recurring_ids_.Insert(key);
  if (added) {
    rows_.emplace_back(key, stories);
    in_base_ += InBase(key) != nullptr ? 1 : 0;
  }
  rows_[row].second = stories;
}

Result<RecurringText> RecurringText::Parse(std::string_view tsv) {
  RecurringText out;
  out.recurring_ids_.Clear(static_cast<std::size_t>(std::count(tsv.begin(), tsv.end(), '\n')));
  std::size_t number = 0;
  while (!tsv.empty()) {
    std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++number;
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    std::uint64_t hash = 0;
    std::uint32_t stories = 0;
    bool ok = tab == 16;
    if (ok) {
      auto h = std::from_chars(line.data(), line.data() + 16, hash, 16);
      auto s = std::from_chars(line.data() + 17, line.data() + line.size(), stories);
      ok = h.ec == std::errc() && h.ptr == line.data() + 16 && s.ec == std::errc() &&
           s.ptr == line.data() + line.size();
    }
    if (!ok)
      return Status::InputError("recurring text table, line " + std::to_string(number) +
                                ": expected 16 hex digits, a tab and a count");
    if (stories >= kMinStories) out.SetRecurring(Key(hash), stories);
  }
  return out;
}

std::vector<std::uint64_t> RecurringText::Shingles(std::span<const text::AnalyzedWord> words,
                                                   const text::Lexicon& lexicon) {
  std::vector<std::uint64_t> hashes;
  hashes.reserve(words.size());
  for (const auto& w : words)
    if (w.has_letter) hashes.push_back(lexicon.TextHash(w.norm));
  std::vector<std::uint64_t> out;
  if (hashes.size() < kShingleWords) return out;
  out.reserve(hashes.size() - kShingleWords + 1);
  for (std::size_t i = 0; i + kShingleWords <= hashes.size(); ++i) {
    std::uint64_t h = 0;
    for (std::size_t k = 0; k < kShingleWords; ++k) h = Mix64(h ^ hashes[i + k]);
    out.push_back(h);
  }
  return out;
}

const RecurringText::Seen* RecurringText::Find(std::uint64_t shingle) const {
  if (counting_.empty()) return nullptr;
  const std::uint64_t key = Key(shingle);
  const std::size_t mask = counting_.size() - 1;
  for (std::size_t i = Mix64(key) & mask;; i = (i + 1) & mask) {
    if (counting_[i].shingle == key) return &counting_[i];
    if (counting_[i].shingle == 0) return nullptr;
  }
}

RecurringText::Seen& RecurringText::Slot(std::uint64_t shingle) {
  if (2 * (counted_ + 1) > counting_.size())
    Rebuild(counting_.empty() ? 1024 : 2 * counting_.size(), 0);
  const std::uint64_t key = Key(shingle);
  const std::size_t mask = counting_.size() - 1;
  for (std::size_t i = Mix64(key) & mask;; i = (i + 1) & mask) {
    Seen& seen = counting_[i];
    if (seen.shingle == key) return seen;
    if (seen.shingle == 0) {
      seen.shingle = key;
      ++counted_;
      // A shingle of the table goes on from the table's count.
      if (const std::uint32_t* known = Recurring(key)) seen.stories = *known;
      return seen;
    }
  }
}

void RecurringText::Rebuild(std::size_t slots, std::uint32_t min_stories) {
  std::vector<Seen> old = std::move(counting_);
  counting_.assign(slots, Seen{});
  counted_ = 0;
  const std::size_t mask = slots - 1;
  for (const Seen& seen : old) {
    if (seen.shingle == 0 || seen.stories < min_stories) continue;
    std::size_t i = Mix64(seen.shingle) & mask;
    while (counting_[i].shingle != 0) i = (i + 1) & mask;
    counting_[i] = seen;
    ++counted_;
  }
}

std::uint32_t RecurringText::Stories(std::uint64_t shingle) const {
  if (const std::uint32_t* stories = Recurring(Key(shingle))) return *stories;
  const Seen* seen = Find(shingle);
  return seen == nullptr ? 0 : seen->stories;
}

double RecurringText::RecurringShare(const std::vector<std::uint64_t>& shingles) const {
  if (shingles.empty() || recurring() == 0) return 0;
  const std::uint32_t needed = shingles.size() < kShortShingles ? 2 * kMinStories : kMinStories;
  std::size_t recurring = 0;
  for (std::uint64_t s : shingles) {
    const std::uint32_t* stories = Recurring(Key(s));
    recurring += stories != nullptr && *stories >= needed;
  }
  return static_cast<double>(recurring) / static_cast<double>(shingles.size());
}

bool RecurringText::MostlyRecurring(std::span<const text::AnalyzedWord> words,
                                    const text::Lexicon& lexicon, double share) const {
  std::size_t letter_words = 0;
  for (const auto& w : words) letter_words += w.has_letter ? 1 : 0;
  if (letter_words < kShingleWords || recurring() == 0) return 0 >= share;
  const std::size_t n = letter_words - kShingleWords + 1;
  const std::uint32_t needed = n < kShortShingles ? 2 * kMinStories : kMinStories;
  const auto total = static_cast<double>(n);
  // The last kShingleWords word hashes, in a ring.
  std::uint64_t ring[kShingleWords];
  std::size_t seen = 0, recurring = 0, made = 0;
  for (const auto& w : words) {
    if (!w.has_letter) continue;
    ring[seen++ % kShingleWords] = lexicon.TextHash(w.norm);
    if (seen < kShingleWords) continue;
    std::uint64_t h = 0;
    for (std::size_t k = seen - kShingleWords; k < seen; ++k)
      h = Mix64(h ^ ring[k % kShingleWords]);
    const std::uint32_t* stories = Recurring(Key(h));
    recurring += stories != nullptr && *stories >= needed;
    ++made;
    // Even if every shingle left recurred, the share would fall short.
    if (static_cast<double>(recurring + (n - made)) / total < share) return false;
  }
  return static_cast<double>(recurring) / total >= share;
}

void RecurringText::Count(std::uint64_t story, const std::vector<std::uint64_t>& shingles) {
  std::uint32_t key = static_cast<std::uint32_t>(story) + 1;
  if (key == 0) key = 1;
  for (std::uint64_t s : shingles) {
    Seen& seen = Slot(s);
    if (std::find(std::begin(seen.recent), std::end(seen.recent), key) != std::end(seen.recent))
      continue;
    seen.recent[seen.next] = key;
    seen.next = (seen.next + 1) % kMinStories;
    ++seen.stories;
    if (seen.stories >= kMinStories &&
        (recurring() < capacity_ || Recurring(seen.shingle) != nullptr))
      SetRecurring(seen.shingle, seen.stories);
  }
  // Forget the rarest until at most half the capacity is left, so that
  // pruning is rare: the fewest stories that keeps few enough.
  if (counted_ > capacity_) {
    std::vector<std::size_t> with(kMinStories + 2, 0);  // shingles by stories, the last "or more"
    for (const Seen& seen : counting_)
      if (seen.shingle != 0) ++with[std::min<std::size_t>(seen.stories, with.size() - 1)];
    std::uint32_t keep_from = std::numeric_limits<std::uint32_t>::max();  // none, if need be
    for (std::size_t kept = 0, k = with.size() - 1; k >= 1; --k) {
      if (kept + with[k] > capacity_ / 2) break;
      kept += with[k];
      keep_from = static_cast<std::uint32_t>(k);
    }
    Rebuild(counting_.size(), keep_from);
  }
}

std::string RecurringText::ToTsv(std::uint32_t min_stories) const {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> rows;
  for (const Seen& seen : counting_)
    if (seen.shingle != 0 && seen.stories >= min_stories)
      rows.emplace_back(seen.shingle, seen.stories);
  for (const auto& [hash, stories] : rows_)
    if (stories >= min_stories && Find(hash) == nullptr) rows.emplace_back(hash, stories);
  for (const auto& [hash, stories] : base_)
    if (stories >= min_stories && Find(hash) == nullptr &&
        recurring_ids_.Find(hash) == FlatIdMap::kNone)
      rows.emplace_back(hash, stories);
  std::sort(rows.begin(), rows.end());
  std::string out;
  char line[48];
  for (const auto& [hash, stories] : rows) {
    int n = std::snprintf(line, sizeof line, "%016llx\t%u\n", static_cast<unsigned long long>(hash),
                          stories);
    out.append(line, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace clean
}  // namespace precis
