#include "clean/recurring_text.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "base/hash.h"

namespace precis {
namespace data {
extern const std::string_view recurring_shingles;
}  // namespace data

namespace clean {

const RecurringText& RecurringText::Builtin() {
  static const RecurringText table = [] {
    auto parsed = Parse(data::recurring_shingles);
    return parsed.ok() ? std::move(parsed).value() : RecurringText();
  }();
  return table;
}

Result<RecurringText> RecurringText::Parse(std::string_view tsv) {
  RecurringText out;
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
    if (stories >= kMinStories) out.recurring_[hash] = stories;
  }
  return out;
}

std::vector<std::uint64_t> RecurringText::Shingles(std::span<const text::AnalyzedWord> words,
                                                   const text::Lexicon& lexicon) {
  std::vector<std::uint64_t> hashes;
  hashes.reserve(words.size());
  for (const auto& w : words)
    if (w.has_letter) hashes.push_back(Fnv1a64(lexicon.Text(w.norm)));
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

std::uint32_t RecurringText::Stories(std::uint64_t shingle) const {
  if (auto it = recurring_.find(shingle); it != recurring_.end()) return it->second;
  auto it = counting_.find(shingle);
  return it == counting_.end() ? 0 : it->second.stories;
}

double RecurringText::RecurringShare(const std::vector<std::uint64_t>& shingles) const {
  if (shingles.empty() || recurring_.empty()) return 0;
  const std::uint32_t needed = shingles.size() < kShortShingles ? 2 * kMinStories : kMinStories;
  std::size_t recurring = 0;
  for (std::uint64_t s : shingles) {
    auto it = recurring_.find(s);
    recurring += it != recurring_.end() && it->second >= needed;
  }
  return static_cast<double>(recurring) / static_cast<double>(shingles.size());
}

void RecurringText::Count(std::uint64_t story, const std::vector<std::uint64_t>& shingles) {
  const std::uint64_t key = story + 1;
  for (std::uint64_t s : shingles) {
    auto [it, added] = counting_.try_emplace(s);
    Seen& seen = it->second;
    if (added) {  // a shingle of the table goes on from the table's count
      auto known = recurring_.find(s);
      if (known != recurring_.end()) seen.stories = known->second;
    }
    if (std::find(std::begin(seen.recent), std::end(seen.recent), key) != std::end(seen.recent))
      continue;
    seen.recent[seen.next] = key;
    seen.next = (seen.next + 1) % kMinStories;
    ++seen.stories;
    if (seen.stories >= kMinStories && (recurring_.size() < capacity_ || recurring_.count(s)))
      recurring_[s] = seen.stories;
  }
  // Forget the rarest until half the capacity is left, so pruning is rare.
  if (counting_.size() > capacity_)
    for (std::uint32_t rarest = 2; counting_.size() > capacity_ / 2; ++rarest)
      std::erase_if(counting_, [rarest](const auto& entry) { return entry.second.stories < rarest; });
}

std::string RecurringText::ToTsv(std::uint32_t min_stories) const {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> rows;
  for (const auto& [hash, seen] : counting_)
    if (seen.stories >= min_stories) rows.emplace_back(hash, seen.stories);
  for (const auto& [hash, stories] : recurring_)
    if (stories >= min_stories && !counting_.count(hash)) rows.emplace_back(hash, stories);
  std::sort(rows.begin(), rows.end());
  std::string out;
  char line[48];
  for (const auto& [hash, stories] : rows) {
    int n = std::snprintf(line, sizeof line, "%016llx\t%u\n",
                          static_cast<unsigned long long>(hash), stories);
    out.append(line, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace clean
}  // namespace precis
