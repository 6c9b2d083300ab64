// Text that recurs verbatim across unrelated stories (site notices, sign-up
// lines, crawl notices, caption and credit formulas) is page furniture by
// definition. RecurringText counts, for fingerprints of word shingles, the
// number of distinct stories they were seen in: a table learned from the
// background news (data/clean/recurring-shingles.tsv, made by
// scripts/make-recurring-table.sh), which a long-running process (the story
// store) keeps counting from its own stream. Fingerprints are stable across
// processes and platforms. Not thread-safe while counting; const use is.
#ifndef PRECIS_CLEAN_RECURRING_TEXT_H_
#define PRECIS_CLEAN_RECURRING_TEXT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/flat_id_map.h"
#include "precis/status.h"
#include "text/analyzer.h"

namespace precis::clean {

class RecurringText {
 public:
  // Shingles of this many words (those with a letter: "Copyright 2016 The
  // Associated Press" and "... 2018 ..." are the same furniture).
  static constexpr std::size_t kShingleWords = 5;
  // A shingle seen in at least this many stories is recurring material.
  static constexpr std::uint32_t kMinStories = 4;
  static constexpr std::size_t kShortShingles = 3;

  // The table built into precis; parsed on first use.
  static const RecurringText& Builtin();
  // Lines "<16 hex digits>\t<stories>"; a bad line is an input error.
  static Result<RecurringText> Parse(std::string_view tsv);

  // Fingerprints of the shingles of `words` (from an analysis by an Analyzer
  // whose lexicon is `lexicon`), in order; none when there are fewer words
  // with a letter than a shingle holds.
  static std::vector<std::uint64_t> Shingles(std::span<const text::AnalyzedWord> words,
                                             const text::Lexicon& lexicon);

  // The number of stories a shingle was counted in.
  std::uint32_t Stories(std::uint64_t shingle) const;
  // The share of `shingles` seen in at least kMinStories stories; 0 for none.
  // A short text (under kShortShingles shingles) needs twice the stories:
  // a few generic words ("No charges have been filed") recur in news too.
  double RecurringShare(const std::vector<std::uint64_t>& shingles) const;
  // Whether RecurringShare(Shingles(words, lexicon)) >= share, making only
  // the shingles needed to tell (most text shows it is not in a few).
  bool MostlyRecurring(std::span<const text::AnalyzedWord> words, const text::Lexicon& lexicon,
                       double share) const;

  // Counts each shingle once for `story`. Each shingle remembers the last
  // kMinStories stories it was counted for, so a count of kMinStories means
  // as many distinct stories however their articles interleave. Memory is
  // bounded: past `capacity` shingles, those seen in one story only are
  // forgotten (furniture recurs, so it stays).
  void Count(std::uint64_t story, const std::vector<std::uint64_t>& shingles);
  void set_capacity(std::size_t capacity) { capacity_ = capacity; }
  // Shingles being counted (bounded by the capacity).
  std::size_t size() const { return counted_; }
  // Shingles seen in at least kMinStories stories (the table's and those
  // counted since).
  std::size_t recurring() const { return base_.size() + rows_.size() - in_base_; }

  // The table of shingles seen in at least `min_stories` stories, sorted.
  std::string ToTsv(std::uint32_t min_stories = kMinStories) const;

 private:
  // A shingle being counted; a slot of an open-addressing table (flat: a
  // store counts every shingle of every article it takes in).
  struct Seen {
    std::uint64_t shingle = 0;  // 0: an empty slot (shingle 0 is counted as 1)
    std::uint32_t stories = 0;
    std::uint32_t next = 0;                  // where the next story goes in `recent`
    std::uint32_t recent[kMinStories] = {};  // low 32 bits of story + 1; 0 is none
  };
  Seen& Slot(std::uint64_t shingle);  // found or added
  const Seen* Find(std::uint64_t shingle) const;
  void Rebuild(std::size_t slots, std::uint32_t min_stories);
  // Looked up for every shingle of every unit the cleaner judges: small (the
  // recurring ones only), so that it stays in cache.
  // The built-in table: rows (shingle, stories) sorted by shingle, in
  // read-only memory (nothing to parse or allocate at start-up).
  std::span<const std::pair<std::uint64_t, std::uint32_t>> base_;
  // One bit per value of a shingle's top 16 bits, set where the base has
  // one (most shingles are prose, which the base never holds: one probe
  // rejects them); empty: no filter.
  std::span<const std::uint64_t> base_filter_;
  // Rows parsed or learned since, which take precedence over the base's.
  FlatIdMap recurring_ids_;                                    // shingle -> row
  std::vector<std::pair<std::uint64_t, std::uint32_t>> rows_;  // (shingle, stories)
  std::size_t in_base_ = 0;  // rows_ whose shingle the base holds too
  const std::uint32_t* Recurring(std::uint64_t key) const;
  const std::uint32_t* InBase(std::uint64_t key) const;
  void SetRecurring(std::uint64_t key, std::uint32_t stories);
  // Every shingle counted in this process (none for a table just parsed);
  // linear probing, at most half full.
  std::vector<Seen> counting_;
  std::size_t counted_ = 0;
  std::size_t capacity_ = 2'000'000;
};

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_RECURRING_TEXT_H_
