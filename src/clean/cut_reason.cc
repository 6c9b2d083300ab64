#include "clean/cut_reason.h"

namespace precis::clean {

std::string_view CutReasonName(CutReason reason) {
  switch (reason) {
    case CutReason::kKept:
      return "kept";
    case CutReason::kNoText:
      return "no text";
    case CutReason::kTemplatePlaceholder:
      return "template placeholder";
    case CutReason::kCookieNotice:
      return "cookie notice";
    case CutReason::kPaywall:
      return "paywall";
    case CutReason::kNavigation:
      return "navigation";
    case CutReason::kSharePrompt:
      return "share prompt";
    case CutReason::kPriceOrListLine:
      return "price or list line";
    case CutReason::kByline:
      return "byline";
    case CutReason::kTimestamp:
      return "timestamp";
    case CutReason::kDateline:
      return "dateline";
    case CutReason::kCaptionBeforeDateline:
      return "caption or headline before a dateline";
    case CutReason::kHeadlineBeforeImage:
      return "headline before an image label";
    case CutReason::kPrompt:
      return "prompt";
    case CutReason::kPhotoGallery:
      return "photo gallery";
    case CutReason::kPhotoCaption:
      return "photo caption";
    case CutReason::kFieldList:
      return "field list";
    case CutReason::kRecurringAcrossStories:
      return "recurring across stories";
    case CutReason::kRepeatedHeadline:
      return "repeated headline";
    case CutReason::kRepeatedCaption:
      return "repeated caption";
    case CutReason::kRepeatedAcrossDocuments:
      return "repeated across documents";
    case CutReason::kUnrelatedStory:
      return "unrelated story";
    case CutReason::kFurnitureInSentence:
      return "furniture in a sentence";
  }
  return "boilerplate";
}

std::string RemovedPiece::Reason() const {
  if (reason == CutReason::kFurnitureInSentence)
    return std::string(FurnitureKindName(furniture)) + " in a sentence";
  return std::string(CutReasonName(reason));
}

}  // namespace precis::clean
