// Dense ids for 64-bit keys (term-pair concepts, fingerprints): ids count up
// from 0 in order of first insertion. Open addressing with linear probing,
// kept at most half full, so a lookup touches one cache line or two; the hot
// loops of selection and cleaning call it for every word. Not thread-safe.
#ifndef PRECIS_BASE_FLAT_ID_MAP_H_
#define PRECIS_BASE_FLAT_ID_MAP_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "base/hash.h"

namespace precis {

class FlatIdMap {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  explicit FlatIdMap(std::size_t expected = 0) { Clear(expected); }

  // Empties the map, keeping its memory (a map reused across calls saves
  // the allocator and the kernel fresh pages each time).
  void Clear(std::size_t expected = 0) {
    std::size_t slots = 16;
    while (slots < 2 * expected) slots *= 2;
    slots_.assign(slots, Slot{});  // the memory stays when it shrinks
    size_ = 0;
  }

  // The id of `key`, adding it with the next id if new; `.second` is true
  // when it was added.
  std::pair<std::uint32_t, bool> Insert(std::uint64_t key) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    Slot* s = Probe(slots_, key);
    if (s->id != kNone) return {s->id, false};
    s->key = key;
    s->id = static_cast<std::uint32_t>(size_++);
    return {s->id, true};
  }
  // The id of `key`, or kNone.
  std::uint32_t Find(std::uint64_t key) const {
    const Slot* s = Probe(slots_, key);
    return s->id;
  }
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t id = kNone;
  };
  template <typename Slots>
  static auto Probe(Slots& slots, std::uint64_t key) -> decltype(slots.data()) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = Mix64(key) & mask;; i = (i + 1) & mask)
      if (slots[i].id == kNone || slots[i].key == key) return &slots[i];
  }
  void Grow() {
    std::vector<Slot> bigger(2 * slots_.size());
    for (const Slot& s : slots_)
      if (s.id != kNone) *Probe(bigger, s.key) = s;
    slots_ = std::move(bigger);
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace precis

#endif  // PRECIS_BASE_FLAT_ID_MAP_H_
