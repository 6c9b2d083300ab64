#include "text/lexicon.h"

#include "base/hash.h"

namespace precis::text {

namespace {

std::uint32_t Tag(std::string_view s) {
  return static_cast<std::uint32_t>(Mix64(Fnv1a64(s)) >> 32);
}

}  // namespace

Lexicon::Id Lexicon::Intern(std::string_view s) {
  if (2 * (strings_.size() + 1) > slots_.size()) Grow();
  const std::uint32_t tag = Tag(s);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0) {
      const Id id = static_cast<Id>(strings_.size());
      strings_.emplace_back(s);
      slots_[i] = (std::uint64_t{tag} << 32) | (std::uint64_t{id} + 1);
      return id;
    }
    if (static_cast<std::uint32_t>(slot >> 32) == tag) {
      const Id id = static_cast<Id>((slot & 0xFFFFFFFFu) - 1);
      if (strings_[id] == s) return id;
    }
  }
}

void Lexicon::Grow() {
  std::vector<std::uint64_t> slots(slots_.empty() ? 1024 : 2 * slots_.size(), 0);
  const std::size_t mask = slots.size() - 1;
  for (std::size_t id = 0; id < strings_.size(); ++id) {
    const std::uint32_t tag = Tag(strings_[id]);
    std::size_t i = tag & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = (std::uint64_t{tag} << 32) | (std::uint64_t{id} + 1);
  }
  slots_ = std::move(slots);
}

}  // namespace precis::text
