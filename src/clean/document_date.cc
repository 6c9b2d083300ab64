#include "clean/document_date.h"

#include "text/time_expressions.h"

namespace precis::clean {

std::string DateOfRemovedStamp(const CleanedDocument& doc) {
  for (const auto& r : doc.removed) {
    if (r.reason != "timestamp" && r.reason != "dateline" && r.reason != "byline") continue;
    for (const auto& e : text::FindTimeExpressions(r.text, std::nullopt))
      if (e.granularity == text::Granularity::kDay && e.explicit_date) return text::IsoDate(e.date);
  }
  return "";
}

}  // namespace precis::clean
