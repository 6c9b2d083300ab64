// A dense array over small ids (lexicon ids) that one caller reuses from
// call to call: direct indexing, as fast as a vector sized to the lexicon,
// without paying for the whole lexicon each call. Touch(id) grows it as
// needed and remembers the id; Reset() puts back the empty value where it
// was touched. Not thread-safe: keep one per thread (thread_local).
#ifndef PRECIS_BASE_ID_SCRATCH_H_
#define PRECIS_BASE_ID_SCRATCH_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis {

template <typename T>
class IdScratch {
 public:
  explicit IdScratch(T empty) : empty_(empty) {}

  // The entry of `id`, `empty` until written since the last Reset().
  T& Touch(std::size_t id) {
    if (id >= values_.size()) {
      values_.resize(id + id / 2 + 1024, empty_);
      touched_mark_.resize(values_.size(), 0);
    }
    if (!touched_mark_[id]) {
      touched_mark_[id] = 1;
      touched_.push_back(static_cast<std::uint32_t>(id));
    }
    return values_[id];
  }
  void Reset() {
    for (std::uint32_t id : touched_) {
      values_[id] = empty_;
      touched_mark_[id] = 0;
    }
    touched_.clear();
    if (values_.size() > kMaxKept) *this = IdScratch(empty_);
  }

 private:
  static constexpr std::size_t kMaxKept = std::size_t{1} << 22;  // ids; beyond, memory goes back
  T empty_;
  std::vector<T> values_;
  std::vector<char> touched_mark_;
  std::vector<std::uint32_t> touched_;
};

// Calls Reset() on the way out of a scope.
template <typename T>
class IdScratchReset {
 public:
  explicit IdScratchReset(IdScratch<T>& scratch) : scratch_(scratch) {}
  IdScratchReset(const IdScratchReset&) = delete;
  IdScratchReset& operator=(const IdScratchReset&) = delete;
  ~IdScratchReset() { scratch_.Reset(); }

 private:
  IdScratch<T>& scratch_;
};

}  // namespace precis

#endif  // PRECIS_BASE_ID_SCRATCH_H_
