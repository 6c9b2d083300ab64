// Web furniture glued into a sentence by a crawler that dropped the line
// breaks around it: credits and prompts at the start of a sentence
// ("Advertisement continue reading the main story denver — ...", "Image
// copyright AFP image caption ...", "( photo: TBI ) the department ..."),
// credits in parentheses inside one ("... ( associated press ) a dime ..."),
// and whole photo captions ("FILE - In this Jan. 28, 2014, file photo, ...").
// Pure functions; thread-safe.
#ifndef PRECIS_CLEAN_INLINE_FURNITURE_H_
#define PRECIS_CLEAN_INLINE_FURNITURE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "clean/furniture_rules.h"

namespace precis::clean {

// [begin, end) byte range of furniture inside a sentence or paragraph.
struct FurnitureRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  // What stood on either side are separate units (a headline and the story
  // after a page's time stamp): replace the range by a paragraph break.
  bool separates = false;
  FurnitureKind kind = FurnitureKind::kPageLabel;  // what the first piece is
  // A caption or headline runs into the story after it, unmarked: the rest
  // of the unit is kept, but not offered for a summary.
  bool headline_follows = false;
  // The unit's first sentence, before this range, is a photo's or a
  // video's caption (a credit or a clip's length follows it): kept, but
  // not offered for a summary.
  bool caption_before = false;
};

// Furniture ranges of `unit`, in order and not overlapping; each range
// includes the spaces after it, so removing it leaves the text readable.
// `in_video_box`: a unit before this one opened a video box (OpensVideoBox)
// that this one closes; its text through the box's photo credit goes.
std::vector<FurnitureRange> FindInlineFurniture(std::string_view unit, bool in_video_box = false);

// A news network's video box opening a paragraph: the player's close
// button, the video's caption and credit, the article's photo with its
// caption, the photo's credit, then the story ("Close president donald
// trump picks ... john kelly. Usa today cfpb acting director mick mulvaney
// ( photo: alex brandon, ap ) washington - mick mulvaney, who ..."). True
// when `unit` opens one that goes on past it; VideoBoxCloses(unit) when
// `unit` holds the box's photo credit with the story after it.
// The box, from the close button through the photo credit, is at most
// this long.
inline constexpr std::size_t kVideoBoxBytes = 1000;
bool OpensVideoBox(std::string_view unit);
bool VideoBoxCloses(std::string_view unit);

// True when the whole `unit` is a sign-up, verification or player prompt
// ("Sign up for breaking news emails ...", "Please verify you're not a
// robot by clicking the box."), a labelled link to another story ("Watch:
// ...", "Related: ..."), an editor's note on the page ("Editor's note:
// this story has been updated.") or the writer's contact line ("Email him at
// jdoe@example.com or follow him on twitter.").
bool IsPrompt(std::string_view unit);
// True when `text` is a copyright notice and nothing else: "Copyright 2014
// the associated press.", "(c) 2016 Example Media. All rights reserved.",
// "All rights reserved." (a rule cuts one only with the story after it).
bool IsCopyrightLine(std::string_view text);
// Whether `text` opens with a rule that makes a unit a prompt ("Sign up
// ...", "Click to view", "Editor's note: this story has been updated"):
// a sentence so opening inside a paragraph is not offered for a summary.
bool OpensLikeAPrompt(std::string_view text);

// True when the whole `unit` is a wire photo caption.
bool IsPhotoCaption(std::string_view unit);

// True when `unit` is a note on who wrote the article or where it comes
// from ("(David Nyhan is a Globe columnist.)", "Paul Conner is an online
// editor with the daily caller.", "(The Press Democrat in Santa Rosa,
// Calif., is part of the New York Times Regional Newspaper Group.)"): a
// short sentence naming a writer's role for an outlet, or a paper's group.
// Prose can say as much of someone in the news: the caller looks at whether
// the rest of the document names `subject` (the writer's surname, lower
// case; empty for a paper).
bool IsAuthorNote(std::string_view unit, std::string* subject = nullptr);

// True when `unit` holds a gallery's caption label ("hide caption 2 of 32
// photos: ..."): the captions of a slide show, one after another.
bool IsGalleryCaption(std::string_view unit);

// True when `sentence` holds what only a photo's caption says: who stands
// where ("Pamela Levy-Arauz, left, and ..."), that someone is pictured or
// "is seen" on a day given in full, or the photo itself ("... in this file
// photo taken in chardon, ohio", "... in this illustration").
bool HoldsCaptionPhrase(std::string_view sentence);

// True when `name` (any case) is one of the photo and news credits the
// functions above know ("AP", "reuters", "Getty Images").
bool IsCreditName(std::string_view name);

// Number of field labels in `unit`: words of two or more letters ending in
// ':' ("Release date: 2009-12-18 running length: 2: 41 cast: ..."). An info
// box flattened into one line has many; prose seldom more than two.
std::size_t FieldLabels(std::string_view unit);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_INLINE_FURNITURE_H_
