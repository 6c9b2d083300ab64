#include "text/lexicon.h"

namespace precis::text {

Lexicon::Id Lexicon::Intern(std::string_view s) {
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  const Id id = static_cast<Id>(strings_.size());
  strings_.emplace_back(s);
  ids_.emplace(strings_.back(), id);
  return id;
}

}  // namespace precis::text
