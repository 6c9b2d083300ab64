// Why the cleaner removed a piece of a document: one code per reason, and
// the name `precis extract --explain` and Summary::removed give it.
#ifndef PRECIS_CLEAN_CUT_REASON_H_
#define PRECIS_CLEAN_CUT_REASON_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "clean/furniture_rules.h"

namespace precis::clean {

enum class CutReason : std::uint8_t {
  kKept,                 // not removed
  kNoText,               // no letters
  kTemplatePlaceholder,  // "{{headline}}"
  kCookieNotice,         // the cue lexicons' kinds (paragraph_signals.h)
  kPaywall,
  kNavigation,
  kSharePrompt,
  kPriceOrListLine,  // "ESTIMATED 1987 EARNINGS: $2 million"
  kByline,
  kTimestamp,
  kDateline,
  kCaptionBeforeDateline,  // what a crawl glued before a wire dateline
  kHeadlineBeforeImage,    // a headline glued before an image's label opening the story
  kPrompt,                 // a whole unit of sign-up, player or link prompt
  kPhotoGallery,
  kPhotoCaption,
  kFieldList,               // an info box flattened into one line
  kRecurringAcrossStories,  // RecurringText
  kRepeatedHeadline,
  kRepeatedCaption,
  kRepeatedAcrossDocuments,
  kUnrelatedStory,       // a second story glued onto the article
  kFurnitureInSentence,  // inline furniture; its FurnitureKind says what
};

std::string_view CutReasonName(CutReason reason);

// A piece of a document the cleaner removed, and why.
struct RemovedPiece {
  std::string text;
  CutReason reason = CutReason::kKept;
  FurnitureKind furniture = FurnitureKind::kPageLabel;  // for kFurnitureInSentence

  // The reason's name: "paywall", "credit in a sentence".
  std::string Reason() const;
};

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_CUT_REASON_H_
