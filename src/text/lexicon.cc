#include "text/lexicon.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#include "base/hash.h"

namespace precis::text {

namespace {

std::uint32_t Tag(std::uint64_t text_hash) {
  return static_cast<std::uint32_t>(Mix64(text_hash) >> 32);
}

}  // namespace

std::uint64_t Lexicon::NewSerial() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

Lexicon::Lexicon(Lexicon&& other) noexcept
    : strings_(std::move(other.strings_)),
      text_hashes_(std::move(other.text_hashes_)),
      holds_space_(std::move(other.holds_space_)),
      classes_(std::move(other.classes_)),
      slots_(std::move(other.slots_)),
      serial_(other.serial_) {
  other.strings_.clear();
  other.text_hashes_.clear();
  other.holds_space_.clear();
  other.classes_.clear();
  other.slots_.clear();
  other.serial_ = NewSerial();
}

Lexicon& Lexicon::operator=(Lexicon&& other) noexcept {
  if (this == &other) return *this;
  strings_ = std::move(other.strings_);
  text_hashes_ = std::move(other.text_hashes_);
  holds_space_ = std::move(other.holds_space_);
  classes_ = std::move(other.classes_);
  slots_ = std::move(other.slots_);
  serial_ = other.serial_;
  other.strings_.clear();
  other.text_hashes_.clear();
  other.holds_space_.clear();
  other.classes_.clear();
  other.slots_.clear();
  other.serial_ = NewSerial();
  return *this;
}

std::uint64_t Lexicon::Head(std::string_view s) {
  std::uint64_t head = 0;
  const std::size_t n = s.size() < 7 ? s.size() : 7;
  std::memcpy(&head, s.data(), n);  // little- or big-endian alike: only compared
  return head | (std::uint64_t{s.size() < 8 ? s.size() : 8} << 56);
}

Lexicon::Id Lexicon::Intern(std::string_view s) {
  if (2 * (strings_.size() + 1) > slots_.size()) Grow();
  const std::uint64_t text_hash = Fnv1a64(s);
  const std::uint32_t tag = Tag(text_hash);
  const std::uint64_t head = Head(s);
  const bool short_string = s.size() < 8;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id == 0) {
      const Id id = static_cast<Id>(strings_.size());
      strings_.emplace_back(s);
      text_hashes_.push_back(text_hash);
      holds_space_.push_back(s.find(' ') != std::string_view::npos ? 1 : 0);
      slot = {head, tag, id + 1};
      return id;
    }
    if (slot.tag == tag && slot.head == head &&
        (short_string || strings_[slot.id - 1] == s))  // the head holds all of a short string
      return slot.id - 1;
  }
}

void Lexicon::SetClass(Id norm, bool has_letter, TermToken c) {
  const std::size_t i = ClassIndex(norm, has_letter);
  if (classes_.size() <= i)
    classes_.resize(std::max(i + 1, 2 * strings_.size()), {kNoClass, false});
  classes_[i] = c;
}

Lexicon::Id Lexicon::Find(std::string_view s) const {
  if (slots_.empty()) return kNotFound;
  const std::uint32_t tag = Tag(Fnv1a64(s));
  const std::uint64_t head = Head(s);
  const bool short_string = s.size() < 8;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == 0) return kNotFound;
    if (slot.tag == tag && slot.head == head && (short_string || strings_[slot.id - 1] == s))
      return slot.id - 1;
  }
}

void Lexicon::Grow() {
  std::vector<Slot> slots(slots_.empty() ? 1024 : 2 * slots_.size());
  const std::size_t mask = slots.size() - 1;
  for (const Slot& slot : slots_) {
    if (slot.id == 0) continue;
    std::size_t i = slot.tag & mask;
    while (slots[i].id != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
  slots_ = std::move(slots);
}

}  // namespace precis::text
