#include "clean/furniture_rules.h"

#include <algorithm>
#include <array>
#include <bit>
#include <iterator>
#include <vector>

namespace precis::clean {
namespace {

using K = FurnitureKind;
using T = Takes;
using F = Follows;

constexpr std::uint8_t kOpens = kOpensSentence;
// Furniture that cannot be prose wherever it stands (a caption toggle in the
// middle of a run of text), so it is looked for everywhere.
constexpr std::uint8_t kEverywhere = kOpensSentence | kAnywhere;

constexpr FurnitureRule kRules[] = {
    // Labels, buttons and boxes opening a sentence, taken alone.
    {"advertisementskip", kOpens, T::kPhrase, K::kAdvertisement},
    {"advertisement", kOpens | kLabelsNext, T::kPhrase, K::kAdvertisement, F::kNewSentenceNotHead},
    {"continue reading the main story", kEverywhere, T::kPhrase, K::kContinueReading},
    {"photo advertisement", kOpens, T::kPhrase, K::kAdvertisement},
    {"enlarge this image", kEverywhere, T::kPhrase, K::kImageLabel},
    {"image caption", kOpens, T::kPhrase, K::kImageLabel},
    {"newsletter sign up", kOpens | kLabelsNext | kOpensPrompt, T::kPhrase, K::kSignUp},
    {"view full image", kOpens, T::kPhrase, K::kImageLabel},
    {"view enlarged image", kOpens, T::kPhrase, K::kImageLabel},
    {"enlarge image", kOpens, T::kPhrase, K::kImageLabel},
    {"view images", kOpens, T::kPhrase, K::kImageLabel},
    {"buy photo", kOpens, T::kPhrase, K::kImageLabel},
    {"story continued below", kOpens, T::kPhrase, K::kContinueReading},
    {"please enable javascript to watch this video", kOpens, T::kPhrase, K::kPlayer},
    {"sponsored links", kOpens, T::kPhrase, K::kAdvertisement, F::kNewSentence},
    {"story highlights", kOpens, T::kPhrase, K::kPageLabel},
    // A page's label before its headline or lead ("Exclusive: ...",
    // "Exclusive video: ...").
    {"exclusive:", kOpens, T::kPhrase, K::kPageLabel},
    // A paper's abstract quoted whole, its headings run into its text ("Abstract
    // it is widely accepted that humans can taste ...", "Methods: free hiv
    // self-test kits were ..."; "Abstract" opened 63 paragraphs of the
    // background's 10,000 stories, each a heading).
    {"abstract:", kOpens, T::kPhrase, K::kPageLabel},
    {"abstract", kOpens, T::kPhraseBeforeWord, K::kPageLabel, F::kNewSentence},
    {"background:", kOpens, T::kPhrase, K::kPageLabel},
    {"methods:", kOpens, T::kPhrase, K::kPageLabel},
    {"results:", kOpens, T::kPhrase, K::kPageLabel},
    {"conclusions:", kOpens, T::kPhrase, K::kPageLabel},
    {"exclusive video:", kOpens, T::kPhrase, K::kPageLabel},
    {"text size - + reset", kOpens, T::kPhrase, K::kPageLabel},
    {"embed more news videos", kOpens, T::kPhrase, K::kPlayer},
    {"getty images", kOpens, T::kPhrase, K::kCredit},
    // (Not a slash credit: "ap photo/jane doe" goes whole, below.)
    {"ap photo ", kOpens, T::kPhrase, K::kCredit},
    {"the news and stories that matter, delivered weekday mornings.", kOpens, T::kPhrase,
     K::kSignUp},
    {"get the latest from today sign up for our newsletter", kOpens, T::kPhrase, K::kSignUp},
    // A newsletter link before the story's next sentence ("Sign up for more
    // newsletters here police fired back, ...": 17 background units went
    // whole as prompts).
    {"sign up for more newsletters here", kOpens, T::kPhrase, K::kSignUp},
    // A sign-up box and its messages: "get daily updates directly to your
    // inbox + subscribe thank you for subscribing! could not subscribe, try
    // again later invalid email".
    {"get", kOpens, T::kInboxBox, K::kSignUp},
    // A video player's box: "just watched <title> replay more videos ...
    // must watch <title> 02: 50", or either half of it.
    {"just watched", kEverywhere, T::kPlayerBox, K::kPlayer},
    {"must watch", kOpens, T::kPlayerBoxEnd, K::kPlayer},
    // A byline after the stamp's label: "/ updated by dennis romero", "/
    // source: today by kate holland", or the label alone ("/ updated").
    {"/ updated", kOpens, T::kBylineNames, K::kByline},
    {"/ source:", kOpens, T::kSourceByline, K::kByline},
    // A player's controls, then the clip's title and length.
    {"play facebook twitter google plus embed", kOpens, T::kClipLength, K::kPlayer},
    {"play facebook twitter embed", kEverywhere, T::kClipLength, K::kPlayer},
    {"facebook twitter google plus embed", kOpens, T::kClipLength, K::kPlayer},
    {"close skip in skip x embed x share", kOpens, T::kPhrase, K::kPlayer},
    {"skip in skip x embed x share", kEverywhere, T::kPhrase, K::kPlayer},
    {"skip ad ad loading... x embed x share", kOpens, T::kPhrase, K::kPlayer},
    {"skip ad x embed x share", kOpens, T::kPhrase, K::kPlayer},
    {"x embed x share", kOpens, T::kPhrase, K::kPlayer},
    {"continue reading below", kOpens, T::kPhrase, K::kContinueReading},
    {"- continue reading below", kOpens, T::kPhrase, K::kContinueReading},
    {"related stories:", kOpens, T::kPhrase, K::kLink},
    {"related content", kOpens, T::kPhrase, K::kLink},
    {"subscribe now", kOpens, T::kPhrase, K::kSignUp},
    {"add interest", kOpens, T::kPhrase, K::kSignUp},
    {"continue reading", kOpens, T::kPhrase, K::kContinueReading},
    {"article continues below", kOpens, T::kPhrase, K::kContinueReading},
    // A player's caption label, and the caption where its end shows.
    {"media caption", kOpens, T::kCaptionWhereItEnds, K::kImageLabel},
    // A photographer and an agency: "jeffrey mayer/getty images; vince
    // bucci/getty images".
    {"", kOpens, T::kSlashCredit, K::kCredit},
    {";", kOpens, T::kSlashCreditAfter, K::kCredit},
    // A page's own link opening a sentence, unless the sentence is about it.
    {"", kOpens, T::kWebAddress, K::kLink},
    // Dow Jones's reprint notice, through its address.
    {"to order presentation-ready copies", kOpens, T::kThroughClose, K::kNotice, F::kAnything,
     "djreprints.com", 200},
    // The caption's toggle, then its credit, often twice ("patrick
    // baz/afp/getty images patrick baz/afp/getty images").
    {"toggle caption", kEverywhere, T::kThroughLastClose, K::kImageLabel, F::kAnything,
     "getty images", 120},
    {"itoggle caption", kEverywhere, T::kThroughLastClose, K::kImageLabel, F::kAnything,
     "getty images", 120},
    {"media playback is unsupported on your device", kOpens, T::kMediaCaption, K::kPlayer},
    {"image copyright", kEverywhere, T::kImageCopyright, K::kImageLabel},
    {"share this article", kEverywhere, T::kShareSites, K::kShare},
    {"share this story", kOpens, T::kShareSites, K::kShare},
    {"share this video", kOpens, T::kShareSites, K::kShare},
    {"share this post", kOpens, T::kShareSites, K::kShare},
    {"share this page", kOpens, T::kShareSites, K::kShare},
    {"share this gallery", kOpens, T::kShareSites, K::kShare},
    {"share this:", kOpens, T::kShareSites, K::kShare},
    {"listen to article", kEverywhere, T::kClipDigits, K::kPlayer},
    // A clip's label and length before its caption: "Video ( 02: 54 ): sen.
    // al franken spoke to the media ...".
    {"video (", kOpens | kOpensPrompt, T::kClipLengthLabel, K::kPlayer, F::kCaption},
    // "Photo: getty", "Photographer: luke sharrett/bloomberg in a series ...".
    {"photo:", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"photos:", kOpens, T::kCreditAfterLabel, K::kCredit},
    {"picture:", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"image:", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"photograph:", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"photographer:", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"credit:", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"photo credit:", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"image credit:", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"picture credit:", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    // A photo credited to a social network's account ("Facebook/alex bowen he
    // stood at the register ...", "Youtube/cnn ...").
    {"facebook/", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"instagram/", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"twitter/", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    {"youtube/", kOpens, T::kCreditOrNameAfterLabel, K::kCredit},
    // ... or, where the credit's end does not show ("Photo: montgomery county
    // sheriff's offi bobby martin was sentenced ...", "Photo by melissa
    // phillip/houston chronicle a group of girls hug ..."), the label alone:
    // a credit and a caption or the story run together follow, kept out of
    // the summary.
    {"photo:", kOpens, T::kPhrase, K::kCredit, F::kCaption},
    {"picture:", kOpens, T::kPhrase, K::kCredit, F::kCaption},
    {"image:", kOpens, T::kPhrase, K::kCredit, F::kCaption},
    {"photo by", kOpens, T::kPhrase, K::kCredit, F::kCaption},
    {"illustration by", kOpens, T::kPhrase, K::kCredit, F::kCaption},
    // "File photo buy photo fourth judicial district attorney ...".
    {"file photo buy photo", kOpens, T::kPhrase, K::kImageLabel},
    // "follow cbsdfw.com: facebook | twitter", "follow ynetnews on facebook".
    {"follow", kOpens, T::kFollowNetworks, K::kShare},
    // "Photo courtesy of elkhart police:" before the caption it credits.
    {"photo courtesy of", kOpens, T::kThroughColon, K::kCredit},
    // "Video: man cited after walking on the cone of old faithful share this".
    {"video:", kOpens, T::kTitleThenShare, K::kPlayer},
    // A bare "Photo" label before the story.
    {"photo", kOpens | kLabelsNext, T::kPhraseBeforeWord, K::kImageLabel,
     F::kNewSentenceNotCompound},
    {"", kOpens, T::kParenthesisedCredit, K::kCredit},
    // A player's close button, cut only with the furniture after it.
    {"close", kLabelsNext, T::kPhrase, K::kPlayer},
    // ... or before its clip's caption run into the story ("Close police
    // confirmed that two bodies found tuesday were ...").
    {"close", kOpens, T::kPhraseBeforeWord, K::kPlayer, F::kLowerCaseSentenceNotProse},

    // Whole units that are prompts when they open with these.
    // "Sign up" opening a unit, as a verb, is the page asking its reader
    // ("Sign up for breaking news ...", "Sign up be the first to know.",
    // "Sign up help us deliver journalism ..."); not a noun ("Sign up rates
    // rose").
    {"sign up for", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"sign up to", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"sign up now", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"sign up today", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"sign up here", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"sign up be", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"sign up help", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"sign up you", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"please verify you're not a robot", kOpensPrompt, T::kPhrase, K::kNotice},
    {"please verify you are not a robot", kOpensPrompt, T::kPhrase, K::kNotice},
    {"click to view", kOpensPrompt, T::kPhrase, K::kLink},
    {"thanks for subscribing", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"media playback is unsupported", kOpensPrompt, T::kPhrase, K::kPlayer},
    {"you must enter the characters", kOpensPrompt, T::kPhrase, K::kNotice},
    {"get the times of israel's daily edition", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"breaking news emails get breaking news alerts", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"the news and stories that matter", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"check back often for updates", kOpensPrompt, T::kPhrase, K::kNotice},
    {"check back for updates", kOpensPrompt, T::kPhrase, K::kNotice},
    {"this story will be updated", kOpensPrompt, T::kPhrase, K::kNotice},
    // A player's or gallery's label, alone or before the story glued on.
    {"scroll down for video", kOpens | kOpensPrompt, T::kPhrase, K::kPlayer},
    {"watch the report", kOpens | kOpensPrompt, T::kPhrase, K::kPlayer},
    {"watch this story", kOpens | kOpensPrompt, T::kPhrase, K::kPlayer},
    {"see more videos", kOpens | kOpensPrompt, T::kPhrase, K::kLink},
    {"see more photos", kOpens | kOpensPrompt, T::kPhrase, K::kLink},
    {"get email notifications on", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"this article will be updated", kOpensPrompt, T::kPhrase, K::kNotice},
    {"this page will be updated", kOpensPrompt, T::kPhrase, K::kNotice},
    {"click here to see", kOpensPrompt, T::kPhrase, K::kLink},
    {"click here for more", kOpensPrompt, T::kPhrase, K::kLink},
    {"looking for news you can trust", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"subscribe to our", kOpensPrompt, T::kPhrase, K::kSignUp},
    {"never miss a", kOpensPrompt, T::kPhrase, K::kSignUp},
    // A note on the page itself ("Editor's note: this story has been
    // updated."); a note may also carry the news, which stays.
    {"editor's note:", kOpensPrompt, T::kAboutThePage, K::kNotice},
    {"editors' note:", kOpensPrompt, T::kAboutThePage, K::kNotice},
    {"editors note:", kOpensPrompt, T::kAboutThePage, K::kNotice},
    {"ed. note:", kOpensPrompt, T::kAboutThePage, K::kNotice},
    // A wire service's note to the editors of the papers taking its copy
    // ("ATTENTION EDITORS: The following photos are part of tonight's ...
    // Photo Package"): about the delivery, never the story.
    {"attention editors:", kOpensPrompt, T::kPhrase, K::kNotice},
    {"note to editors:", kOpensPrompt, T::kPhrase, K::kNotice},
    // A page's copyright line glued before the story.
    {"copyright", kOpens, T::kCopyrightNotice, K::kNotice},
    {"\xC2\xA9 copyright", kOpens, T::kCopyrightNotice, K::kNotice},
    {"correction:", kOpensPrompt, T::kAboutThePage, K::kNotice},
    {"corrections & clarifications:", kOpensPrompt, T::kAboutThePage, K::kNotice},
    {"clarification:", kOpensPrompt, T::kAboutThePage, K::kNotice},

    // Labels of a link to another story or a gallery, its headline after.
    {"watch:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"more:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"related:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"photos:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"see also:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"also read:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"read also:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"read:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"video:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"gallery:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"listen:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"view caption", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},
    {"pictured:", kLinkLabel | kOpensPrompt, T::kPhrase, K::kLink},

    // A wire photo's caption: "FILE - In this ...", "FILE PHOTO: ...", "This
    // undated photo provided by ...", "This handout image made ...".
    {"file -", kOpensCaption, T::kPhrase, K::kCaption},
    {"file- ", kOpensCaption, T::kPhrase, K::kCaption},
    {"file \xE2\x80\x94", kOpensCaption, T::kPhrase, K::kCaption},
    {"file \xE2\x80\x93", kOpensCaption, T::kPhrase, K::kCaption},
    {"file photo -", kOpensCaption, T::kPhrase, K::kCaption},
    {"file photo:", kOpensCaption, T::kPhrase, K::kCaption},
    {"file photo \xE2\x80\x94", kOpensCaption, T::kPhrase, K::kCaption},
    {"this undated photo", kOpensCaption, T::kPhrase, K::kCaption},
    {"this undated image", kOpensCaption, T::kPhrase, K::kCaption},
    {"this handout photo", kOpensCaption, T::kPhrase, K::kCaption},
    {"this file photo", kOpensCaption, T::kPhrase, K::kCaption},
    {"this photo provided", kOpensCaption, T::kPhrase, K::kCaption},
    {"this photo taken", kOpensCaption, T::kPhrase, K::kCaption},
    {"this image provided", kOpensCaption, T::kPhrase, K::kCaption},
    {"this photo released", kOpensCaption, T::kPhrase, K::kCaption},
    {"this image released", kOpensCaption, T::kPhrase, K::kCaption},

    // Boxes glued into a run of text, from their opening through `close`: a
    // comment box, a newsletter box, a paywall offer, a player's transcript.
    {"leave a comment of your own", kGlued, T::kThroughClose, K::kNotice, F::kAnything,
     "what other readers have to say about this story", 240},
    {"want more stories like this?", kGlued, T::kThroughClose, K::kSignUp, F::kAnything,
     "thank you for signing up!", 240},
    {"premium content for only", kGlued, T::kThroughClose, K::kSignUp, F::kAnything,
     "subscribe today.", 240},
    {"hide transcript show transcript", kGlued, T::kThroughClose, K::kPlayer, F::kAnything,
     "webvtt", 240},
    {"sign up for", kGlued, T::kThroughClose, K::kSignUp, F::kAnything, "to your inbox", 240},
    // An age gate before a video: its prompts run into the story.
    {"please confirm your birth date", kGlued, T::kThroughClose, K::kNotice, F::kAnything,
     "this content is restricted.", 240},
    {"this content is restricted.", kOpensPrompt, T::kPhrase, K::kNotice},
    // A read-aloud service's offer, glued into the story: "Listen to the
    // audio version of this article: download the audm app for your iphone
    // to listen to more titles."
    {"listen to the audio version of this article:", kGlued, T::kThroughClose, K::kPlayer,
     F::kAnything, ".", 200},
    // An app's offer opening a sentence: "Download the wgal app ...".
    {"download the", kOpens, T::kThroughClose, K::kSignUp, F::kAnything, " app ", 40},
    // The Associated Press's notice, glued after the story it ends.
    {"copyright", kGlued, T::kThroughClose, K::kNotice, F::kAnything, "or redistributed.", 240},
    // A link to another story set in parentheses inside this one ("... the
    // first debate. ( more: what happened at the first presidential debate )
    // ...", "(Related: ...)", "( see also: full coverage ... )", "( see below
    // for video )"), as a tokenized crawl spaces it or not.
    {"( related:", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 160},
    {"(related:", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 160},
    {"( more:", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 160},
    {"(more:", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 160},
    {"( see also:", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 160},
    {"(see also:", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 160},
    {"( read more", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 160},
    {"(read more", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 160},
    {"( see below", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 40},
    {"(see below", kGlued, T::kThroughClose, K::kLink, F::kAnything, ")", 40},
};

constexpr std::string_view kCredits[] = {
    "getty images", "getty", "ap photo", "ap", "afp", "reuters", "associated press",
    "the associated press", "upi", "cnn", "the washington post", "bloomberg", "contributed",
    "courtesy", "file", "supplied", "handout", "istock", "shutterstock", "epa", "xinhua", "pa",
    "bbc", "ians", "pti",
    // Found after "first last/" in 8 or more of the background's 10,000 stories.
    "agence france-presse", "european pressphoto agency", "wireimage", "filmmagic", "invision",
    "istockphoto", "alamy", "flickr", "pool", "npr", "cnet", "the new york times",
    // After "Image copyright" in 11 of them (mnplus-46434's summary held "Thinkstock security
    // researchers have discovered ...").
    "thinkstock"};

// (In the background's 28,806 articles, "( cnn )" stands before the story
// without a dash 561 times, "( reuters )" 76, "( ap )" 31.)
constexpr std::string_view kBareDatelineAgencies[] = {"cnn", "ap", "reuters", "afp", "upi"};

constexpr std::string_view kPhotoCompounds[] = {
    "id",       "ids",      "identification", "op",          "ops",        "opportunity",
    "shoot",    "shoots",   "finish",         "booth",       "booths",     "album",
    "albums",   "essay",    "editor",         "editors",     "radar",      "enforcement",
    "evidence", "agency",   "agencies",       "library",     "sharing",    "app",
    "apps",     "lineup",   "contest",        "exhibit",     "exhibition", "collection",
    "archive",  "archives", "journalist",     "journalists", "studio",     "session",
    "sessions"};

// Words that open a story's sentence run into a photographer's name left
// alone after a label ("Picture: neil hanna he was regarded as ..."): a
// pronoun or determiner, which a name (or an outlet's, "paramount pictures
// say ...", "nasa people who ...") does not run on into.
constexpr std::string_view kStoryOpenersAfterName[] = {
    "he", "she", "it", "they", "we", "the", "a", "an", "his", "her", "their", "its", "this", "but"};

// Words after which "close" opening a sentence is prose: an adjective
// ("Close aides said", "Close to 500 people"), an adverb ("close behind")
// or a verb ("Close your eyes"). (In the 10,000 background stories, "Close"
// opened 325 paragraphs, a player's button before all but a few, "Close the
// ..." and "Close a ..." included: "Close the dow plunged more than ...".)
constexpr std::string_view kCloseProse[] = {
    "to",          "by",           "behind",        "enough",      "up",           "down",
    "out",         "off",          "together",      "this",        "that",         "these",
    "those",       "your",         "his",           "her",         "their",        "its",
    "our",         "my",           "all",           "friend",      "friends",      "friendship",
    "ties",        "tie",          "call",          "calls",       "aide",         "aides",
    "ally",        "allies",       "adviser",       "advisers",    "advisor",      "advisors",
    "associate",   "associates",   "confidant",     "confidants",  "relative",     "relatives",
    "family",      "colleague",    "colleagues",    "observers",   "watchers",     "inspection",
    "examination", "scrutiny",     "attention",     "look",        "contact",      "contacts",
    "proximity",   "range",        "quarters",      "race",        "races",        "contest",
    "contests",    "election",     "elections",     "vote",        "votes",        "game",
    "games",       "match",        "finish",        "second",      "margin",       "encounter",
    "encounters",  "relationship", "relationships", "cooperation", "coordination", "collaboration",
    "links",       "connection",   "connections",   "watch",       "supervision",  "monitoring",
    "personal",    "working",      "combat",        "air"};

// (A "Photo" label's end no case marks in a lower-cased crawl.)
constexpr std::string_view kPhotoCredits[] = {
    "by",       "by:",       "credit",  "credit:",  "credits",      "via",
    "courtesy", "courtesy:", "of",      "from",     "illustration", "processing",
    "dated",    "project",   "gallery", "gallery:", "caption"};

constexpr std::string_view kDatePrepositions[] = {
    "on",       "since",     "until",     "till",      "by",   "before", "after",
    "from",     "through",   "of",        "to",        "and",  "or",     "between",
    "dated",    "as",        "than",      "in",        "at",   "for",    "effective",
    "starting", "beginning", "ending",    "including", "is",   "was",    "be",
    "date",     "effect",    "expires",   "expire",    "ends", "begins", "opens",
    "closes",   "due",       "scheduled", "set",       "born", "died",   "deadline"};
// What follows a credit that is a poll's ("an abc news/ap poll found"), and
// who stands after an agency's slash that is no photographer
// ("reuters/ipsos polling shows").
constexpr std::string_view kPollNouns[] = {"poll",     "polls",  "polling",
                                           "pollster", "survey", "surveys"};
constexpr std::string_view kPollsters[] = {"ipsos",         "marist",      "yougov",    "gallup",
                                           "harris",        "zogby",       "rasmussen", "edison",
                                           "survey-monkey", "surveymonkey"};
// A press release's labels before its contact block.
constexpr std::string_view kContactLabels[] = {"contact:", "contacts:", "press contacts",
                                               "media contact:"};

// Words that put a dated sentence in prose: a report ("said", "say"), the
// future ("will", "scheduled"): a caption tells what is seen, in the present.
constexpr std::string_view kProseAroundADay[] = {"said", "says",  "say",       "told",
                                                 "will", "would", "scheduled", "expected"};

// Marks a page puts before its pieces: a close button, bullets, arrows.
constexpr std::string_view kPageMarks[] = {"\u00d7", "\u2022", "\u25a0", "\u25ba",
                                           "\u25b6", "\u00bb", "\u203a"};
constexpr std::string_view kSurnameParticles[] = {"van", "von", "de",  "del", "der", "da",
                                                  "di",  "du",  "la",  "le",  "mac", "al",
                                                  "el",  "bin", "dos", "das", "st"};
constexpr std::string_view kCreditRoles[] = {"stringer", "handout", "pool",      "staff",
                                             "file",     "files",   "file photo"};

// (In the 10,000 background stories, "advertisement" before any other word
// at a sentence start opened 529 times, all labels.)
constexpr std::string_view kAdvertisementHeads[] = {
    "revenue",  "revenues",  "spending",  "sales",      "campaign", "campaigns",
    "industry", "agency",    "agencies",  "market",     "budget",   "budgets",
    "rates",    "space",     "executive", "executives", "blocker",  "blockers",
    "blocking", "standards", "was",       "is"};

constexpr std::string_view kReaderOffers[] = {
    "to your inbox",    "in your inbox",  "free articles",   "sign up for our",
    "subscribe to our", "our newsletter", "our newsletters", "to receive our"};
constexpr std::string_view kMailWords[] = {
    "email",     "e-mail",      "newsletter",           "newsletters",
    "subscribe", "subscribing", "subscription",         "sign up",
    "updates",   "headlines",   "thank you for reading"};

constexpr std::string_view kContactOffers[] = {
    "be reached at",   "contact him at", "contact her at", "email him at",
    "email her at",    "e-mail him at",  "e-mail her at",  "write to him at",
    "write to her at", "reach him at",   "reach her at"};

constexpr std::string_view kCommentPlaces[] = {"in the comments", "the comments section",
                                               "the comment section", "comments below",
                                               "comment below"};
constexpr std::string_view kCommentInvitations[] = {"let us know",
                                                    "tell us",
                                                    "feel free",
                                                    "share it",
                                                    "share your",
                                                    "sound off",
                                                    "leave a",
                                                    "you can",
                                                    "please",
                                                    "your thoughts",
                                                    "do you think",
                                                    "what do you",
                                                    "join the conversation",
                                                    "continue the conversation"};

constexpr std::string_view kProseAfterSeen[] = {"as",   "by",       "to",     "fit",  "with",
                                                "it",   "him",      "her",    "them", "this",
                                                "that", "anything", "nothing"};

constexpr std::string_view kPageMedia[] = {"video",   "videos", "clip",    "photo",  "photos",
                                           "image",   "images", "gallery", "player", "slideshow",
                                           "graphic", "tweet",  "tweets",  "chart",  "map"};

constexpr std::string_view kLinkVerbs[] = {"read",   "see",  "watch",    "view",
                                           "listen", "find", "download", "check",
                                           "learn",  "get",  "browse",   "explore"};

constexpr std::string_view kStampLabels[] = {"last updated",   "last modified", "first published",
                                             "published date", "updated",       "update",
                                             "posted",         "published"};
constexpr std::string_view kStampLabelWords[] = {"updated", "update", "posted", "published",
                                                 "modified"};

}  // namespace

std::string_view FurnitureKindName(FurnitureKind kind) {
  switch (kind) {
    case K::kAdvertisement:
      return "advertisement";
    case K::kContinueReading:
      return "continue reading";
    case K::kImageLabel:
      return "image label";
    case K::kCredit:
      return "credit";
    case K::kSignUp:
      return "sign-up";
    case K::kPlayer:
      return "player";
    case K::kShare:
      return "share buttons";
    case K::kLink:
      return "link";
    case K::kPageLabel:
      return "page label";
    case K::kByline:
      return "byline";
    case K::kNotice:
      return "page notice";
    case K::kTimestamp:
      return "timestamp";
    case K::kEmbeddedPost:
      return "embedded post";
    case K::kCaption:
      return "caption";
    case K::kMarkup:
      return "markup";
  }
  return "furniture";
}

std::span<const FurnitureRule> FurnitureRules() { return kRules; }

std::span<const FurnitureRule* const> RulesStanding(Stand where) {
  // One list per bit, made once.
  static const auto* by_bit = [] {
    auto* lists = new std::array<std::vector<const FurnitureRule*>, 8>();
    for (const FurnitureRule& rule : kRules)
      for (unsigned bit = 0; bit < 8; ++bit)
        if ((rule.stands >> bit) & 1) (*lists)[bit].push_back(&rule);
    return lists;
  }();
  return (*by_bit)[static_cast<unsigned>(std::countr_zero(static_cast<unsigned>(where)))];
}
std::span<const std::string_view> CreditNames() { return kCredits; }
std::span<const std::string_view> BareDatelineAgencies() { return kBareDatelineAgencies; }
std::span<const std::string_view> PhotoCompounds() { return kPhotoCompounds; }
std::span<const std::string_view> CloseProse() { return kCloseProse; }
std::span<const std::string_view> StoryOpenersAfterName() { return kStoryOpenersAfterName; }
std::span<const std::string_view> PhotoCredits() { return kPhotoCredits; }
std::span<const std::string_view> CreditRoles() { return kCreditRoles; }
std::span<const std::string_view> SurnameParticles() { return kSurnameParticles; }
std::span<const std::string_view> DatePrepositions() { return kDatePrepositions; }
std::span<const std::string_view> PollNouns() { return kPollNouns; }
std::span<const std::string_view> Pollsters() { return kPollsters; }
std::span<const std::string_view> PageMarks() { return kPageMarks; }
std::span<const std::string_view> ContactLabels() { return kContactLabels; }
std::span<const std::string_view> ProseAroundADay() { return kProseAroundADay; }
std::span<const std::string_view> AdvertisementHeads() { return kAdvertisementHeads; }
std::span<const std::string_view> ReaderOffers() { return kReaderOffers; }
std::span<const std::string_view> MailWords() { return kMailWords; }
std::span<const std::string_view> ContactOffers() { return kContactOffers; }
std::span<const std::string_view> CommentPlaces() { return kCommentPlaces; }
std::span<const std::string_view> CommentInvitations() { return kCommentInvitations; }
std::span<const std::string_view> ProseAfterSeen() { return kProseAfterSeen; }
std::span<const std::string_view> PageMedia() { return kPageMedia; }
std::span<const std::string_view> LinkVerbs() { return kLinkVerbs; }
std::span<const std::string_view> StampLabels() { return kStampLabels; }
std::span<const std::string_view> StampLabelWords() { return kStampLabelWords; }

bool InLexicon(std::string_view word, std::span<const std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace precis::clean
