#include "figures/tables.h"

#include <sstream>

#include "text/stemmer.h"

namespace precis::data {
extern const std::string_view figures_counted;
extern const std::string_view figures_units;
}  // namespace precis::data

namespace precis::figures {
namespace {

// The tab-separated fields of each line that is not blank or a # comment.
std::vector<std::vector<std::string>> Rows(std::string_view table) {
  std::vector<std::vector<std::string>> out;
  std::istringstream in{std::string(table)};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    out.push_back(std::move(fields));
  }
  return out;
}

std::vector<std::string> Words(const std::string& field) {
  std::vector<std::string> out;
  std::istringstream in(field);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

}  // namespace

Tables::Tables() {
  auto stemmer = text::Stemmer::Create("english");
  // Every money unit is made on first use, so the table is complete up front.
  for (const auto& row : Rows(data::figures_counted)) {
    if (row.size() < 3) continue;
    const std::size_t id = counted_.size();
    counted_.push_back({row[0], row[1]});
    for (auto& w : Words(row[2])) {
      if (w.back() == '^') {
        w.pop_back();
        const std::string stem = stemmer.ok() ? stemmer->Stem(w) : w;
        counted_by_stem_.emplace(stem, id);
        count_nouns_.insert(stem);
      } else if (w.back() == '=') {
        w.pop_back();
        counted_by_word_.emplace(w, id);
      } else {
        counted_by_stem_.emplace(stemmer.ok() ? stemmer->Stem(w) : w, id);
      }
    }
  }
  for (const auto& row : Rows(data::figures_units)) {
    if (row.size() < 4) continue;
    Unit u{row[0], row[1], std::nullopt};
    for (std::size_t c = 0; c < counted_.size(); ++c)
      if (counted_[c].name == row[2]) u.implied = c;
    const std::size_t id = units_.size();
    units_.push_back(u);
    for (auto& w : Words(row[3])) {
      if (w[0] == '*')
        unit_suffixes_.emplace_back(w.substr(1), id);
      else
        unit_by_word_.emplace(w, id);
    }
  }
  for (const char* currency : {"dollars", "pounds", "euros", "yen", "yuan", "rupees", "francs"}) {
    money_units_.emplace(currency, units_.size());
    units_.push_back({currency, "money", std::nullopt});
  }
}

const Tables& Tables::Get() {
  static const Tables tables;
  return tables;
}

std::optional<std::size_t> Tables::CountedOf(std::string_view word, std::string_view stem) const {
  if (auto it = counted_by_word_.find(std::string(word)); it != counted_by_word_.end())
    return it->second;
  if (auto it = counted_by_stem_.find(std::string(stem)); it != counted_by_stem_.end())
    return it->second;
  return std::nullopt;
}

std::optional<std::size_t> Tables::UnitOf(std::string_view word, bool capitalized) const {
  if (auto it = unit_by_word_.find(std::string(word)); it != unit_by_word_.end()) return it->second;
  if (capitalized)
    for (const auto& [suffix, id] : unit_suffixes_)
      if (word.size() > suffix.size() + 2 && word.ends_with(suffix)) return id;
  return std::nullopt;
}

std::size_t Tables::MoneyUnit(std::string_view currency) const {
  auto it = money_units_.find(std::string(currency));
  return it != money_units_.end() ? it->second : money_units_.at("dollars");
}

}  // namespace precis::figures
