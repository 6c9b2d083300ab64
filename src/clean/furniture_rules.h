// The cleaner's rules for web furniture in a run of text, as data: each row
// is a phrase, where it may stand, what it takes with it, and what kind of
// furniture it is. inline_furniture.cc reads them with one matcher; a new
// kind of furniture is a row here and a case in furniture_rules_test.cc
// (which checks that every row has one). Also the lexicons the furniture
// rules share. Constant data; thread-safe.
#ifndef PRECIS_CLEAN_FURNITURE_RULES_H_
#define PRECIS_CLEAN_FURNITURE_RULES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace precis::clean {

// What a piece of furniture is: the reason `precis extract --explain` gives.
enum class FurnitureKind : std::uint8_t {
  kAdvertisement,    // "Advertisement", "Sponsored links"
  kContinueReading,  // "Continue reading the main story", "Story continued below"
  kImageLabel,       // "Enlarge this image", "Image caption", "toggle caption"
  kCredit,           // a photographer's or agency's credit
  kSignUp,           // a newsletter or subscription box
  kPlayer,           // a video or audio player's controls, box or title
  kShare,            // share buttons, "Follow us on ..."
  kLink,             // a link to another story: "Related: ...", "... read more"
  kPageLabel,        // a page's own controls and headings: "Text size - + reset"
  kByline,           // "/ updated by jane doe"
  kNotice,           // a page's notice: reprints, comments, updates, robots
  kTimestamp,        // "Updated: Tuesday, March 25, 2014 4:12 pm EDT"
  kEmbeddedPost,     // an embedded tweet's signature
  kCaption,          // a wire photo's caption: "FILE - In this Jan. 28, 2014, file photo, ..."
  kMarkup,           // HTML left in the text: "<img class= \" ... \" src= \" ... \" >"
};
std::string_view FurnitureKindName(FurnitureKind kind);

// Where a rule's phrase may stand: a set of these bits.
enum Stand : std::uint8_t {
  kOpensSentence = 1,  // at a unit's start, or after a sentence's end
  kAnywhere = 2,       // inside a sentence too: it cannot be prose
  kLabelsNext = 4,     // a label that goes with the furniture right after it
  kOpensPrompt = 8,    // opening a unit, it makes the whole unit a prompt
  kLinkLabel = 16,     // a link's label, another story's headline after it
  kGlued = 32,         // a box's opening, glued anywhere, through `close`
  kOpensCaption = 64,  // opening a unit, it makes the whole unit a photo's caption
};

// What a rule takes after its phrase. Each names a matcher of
// inline_furniture.cc; a matcher that finds nothing to take makes the rule
// fail there, and the next rule is tried.
enum class Takes : std::uint8_t {
  kPhrase,                  // the phrase alone
  kPhraseBeforeWord,        // the phrase, when a word follows ("Photo <story>")
  kThroughClose,            // through `close`, starting within `reach` bytes
  kThroughLastClose,        // through the last `close` within `reach` bytes (or the phrase)
  kClipLength,              // a player's clip title and length ("... 2: 23"), or the phrase
  kClipDigits,              // a clip's length right after ("4: 26")
  kClipLengthLabel,         // a clip's length in parentheses and a colon ("( 02: 54 ):")
  kCaptionWhereItEnds,      // a caption, when what resumes the story shows, or the phrase
  kMediaCaption,            // "media caption" and its caption, when it follows
  kImageCopyright,          // "image caption" close by, or a credit, or the phrase
  kCreditAfterLabel,        // a credit or a name/agency after a label ("Photo: getty")
  kCreditOrNameAfterLabel,  // the same, or a name alone before a sentence ("Picture: jo
                            // doe he was ...")
  kThroughColon,            // through a colon close by ("Photo courtesy of x:")
  kShareSites,              // the networks named after a share label
  kFollowNetworks,          // a site's name and its networks ("follow x: facebook | twitter")
  kBylineNames,             // "by" and the names after an update label
  kSourceByline,            // the outlet, "by" and names ("/ source: today by ...")
  kInboxBox,                // a sign-up box's messages through "invalid email"
  kPlayerBox,               // "just watched <title> replay more videos ... must watch ..."
  kPlayerBoxEnd,            // "must watch <title> 02: 13"
  kTitleThenShare,          // a video's title through its share button
  kAboutThePage,            // an editor's note about the page itself
  kSlashCredit,             // (no phrase) "name/agency" at the position
  kSlashCreditAfter,        // "name/agency" after the phrase
  kWebAddress,              // (no phrase) a web address not the subject of a verb
  kParenthesisedCredit,     // (no phrase) "( photo: tbi )", "(AP)"
  kCopyrightNotice,         // its year and owner, through "all rights reserved" or to the story
                            // ("copyright © 2018 albuquerque journal a construction crew ...")
};

// What follows a rule's phrase: for one that stands alone before the rest of
// a unit, what must follow for it to be furniture, not a noun phrase of prose
// ("Advertisement revenue fell", "Photo ID laws"); or a caption.
enum class Follows : std::uint8_t {
  kAnything,
  kNewSentence,             // a capital, a quotation or a function word
  kNewSentenceNotHead,      // or any word but kAdvertisementHeads, then more
  kNewSentenceNotCompound,  // not kPhotoCompounds/kPhotoCredits; or finished lower-case prose
  // Finished lower-case prose of 8 words or more, not opening with a word of
  // kCloseProse (a player's "Close" before its clip's caption in a
  // lower-cased crawl; "Close aides said", "Close to 500" are prose).
  kLowerCaseSentenceNotProse,
  // Not a label of prose: what follows is the caption of the image or clip
  // it labels, run into the story unmarked (kept, not offered for a summary).
  kCaption,
};

struct FurnitureRule {
  std::string_view phrase;  // ASCII lower case, whole words; empty: a shape
  std::uint8_t stands;      // Stand bits
  Takes takes;
  FurnitureKind kind;
  Follows follows = Follows::kAnything;
  std::string_view close = {};  // for kThroughClose, kThroughLastClose, kGlued
  std::size_t reach = 0;        // bytes from the phrase's end to `close`
};

// Every rule, in the order they are tried: at one position the first that
// takes something wins.
std::span<const FurnitureRule> FurnitureRules();
// The rules that may stand as `where` says (one Stand bit), in that order.
std::span<const FurnitureRule* const> RulesStanding(Stand where);

// Shared lexicons (ASCII lower case).
// Who a photo or story is credited to ("getty images", "ap", "reuters").
std::span<const std::string_view> CreditNames();
// News agencies whose name in parentheses may open the story with no dash
// after it ("WASHINGTON (CNN)The ...", "whitney houston ( ap ) the national
// enquirer ..."); "associated press" so placed is a photo's credit.
std::span<const std::string_view> BareDatelineAgencies();
// Words that make "photo" a noun phrase's head in prose ("Photo ID laws").
std::span<const std::string_view> PhotoCompounds();
std::span<const std::string_view> CloseProse();
// Words opening a story's sentence after a photographer's name alone
// ("Picture: neil hanna he was ...").
std::span<const std::string_view> StoryOpenersAfterName();
// Words after "Photo" that make it a credit or a caption ("Photo by ...").
std::span<const std::string_view> PhotoCredits();
// Who stands alone after an agency's slash, without a photographer's name
// ("reuters/stringer", "reuters/handout"), and what may end a credit after
// the name ("reuters/fred prouser/files").
std::span<const std::string_view> CreditRoles();
// Words that put a date in prose ("on may 2, 2015", "since", "until"); a
// caption puts it straight after the place.
std::span<const std::string_view> DatePrepositions();
// A poll an agency runs with a pollster: the words that make a credit-like
// "news/ap" a poll's name ("an abc news/ap poll found"), and the pollsters
// after an agency's slash ("reuters/ipsos polling shows").
std::span<const std::string_view> PollNouns();
std::span<const std::string_view> Pollsters();
// Marks a page puts before its pieces, where prose has none: a close
// button's "×", bullets, arrows (UTF-8, whole tokens).
std::span<const std::string_view> PageMarks();
// A press release's labels before its contact block ("contact:").
std::span<const std::string_view> ContactLabels();
// Words that put a sentence giving a day in prose, not a photo's caption:
// a report ("said") or the future ("will", "scheduled").
std::span<const std::string_view> ProseAroundADay();
// Words inside a surname ("van", "de", "mac"): a name holding one runs on.
std::span<const std::string_view> SurnameParticles();
// Words that make "advertisement" a noun phrase's head ("Advertisement revenue").
std::span<const std::string_view> AdvertisementHeads();
// How a page addresses its reader about mail or reading ("to your inbox",
// "sign up for our"), and the words of mail and subscriptions ("newsletter"):
// a short sentence holding one of each is a notice, not news.
std::span<const std::string_view> ReaderOffers();
std::span<const std::string_view> MailWords();
// How a page offers its writer's address ("he can be reached at").
std::span<const std::string_view> ContactOffers();
// Where a page asks its readers to write ("in the comments"), and how it
// asks them ("let us know", "feel free"): a short sentence holding one of
// each is the page speaking to its reader.
std::span<const std::string_view> CommentPlaces();
std::span<const std::string_view> CommentInvitations();
// Words after "is seen" that make it prose ("is seen as a blow"), not a
// caption ("is seen outside the courthouse").
std::span<const std::string_view> ProseAfterSeen();
// A page's media, which it points at by where they stand ("the video above").
std::span<const std::string_view> PageMedia();
// Verbs a page sends its reader to a link with ("Read the full story here.").
std::span<const std::string_view> LinkVerbs();
// A page's time stamp labels ("last updated", "posted"), longest first,
// and the words one of which each holds.
std::span<const std::string_view> StampLabels();
std::span<const std::string_view> StampLabelWords();

// True when `word` is in `list`.
bool InLexicon(std::string_view word, std::span<const std::string_view> list);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_FURNITURE_RULES_H_
