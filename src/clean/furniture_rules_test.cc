#include "clean/furniture_rules.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

#include "clean/inline_furniture.h"

namespace precis::clean {
namespace {

// A story's sentence that furniture is glued to.
constexpr std::string_view kStory = "The board met on Monday and approved the plan for the bridge.";

// What a unit is, for a rule's case.
constexpr std::string_view kPrompt = "<prompt>";
constexpr std::string_view kCaption = "<caption>";

// One case of a rule: the rule (its phrase and what it takes), a unit, and
// the unit without its furniture, or kPrompt (kCaption) when the whole unit
// is a prompt (a photo's caption).
struct Case {
  std::string_view phrase;
  Takes takes;
  std::string unit;
  std::string kept;
};

std::string Story(std::string_view furniture) {
  return std::string(furniture) + " " + std::string(kStory);
}

// Every rule's cases. A new rule comes with one here.
const std::vector<Case>& Cases() {
  using T = Takes;
  const std::string story(kStory);
  static const auto* cases = new std::vector<Case>{
      {"advertisementskip", T::kPhrase, Story("Advertisementskip"), story},
      {"advertisement", T::kPhrase, Story("Advertisement"), story},
      {"continue reading the main story", T::kPhrase, Story("Continue reading the main story"),
       story},
      {"continue reading the main story", T::kPhrase,
       "The board met on Monday continue reading the main story and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"photo advertisement", T::kPhrase, Story("Photo advertisement"), story},
      {"enlarge this image", T::kPhrase, Story("Enlarge this image"), story},
      {"image caption", T::kPhrase, Story("Image caption"), story},
      {"newsletter sign up", T::kPhrase, Story("Newsletter sign up"), story},
      {"newsletter sign up", T::kPhrase, "Newsletter sign up for our daily headlines",
       std::string(kPrompt)},
      {"view full image", T::kPhrase, Story("View full image"), story},
      {"view enlarged image", T::kPhrase, Story("View enlarged image"), story},
      {"enlarge image", T::kPhrase, Story("Enlarge image"), story},
      {"view images", T::kPhrase, Story("View images"), story},
      {"buy photo", T::kPhrase, Story("Buy photo"), story},
      {"story continued below", T::kPhrase, Story("Story continued below"), story},
      {"please enable javascript to watch this video", T::kPhrase,
       Story("Please enable javascript to watch this video"), story},
      {"sponsored links", T::kPhrase, Story("Sponsored links"), story},
      {"story highlights", T::kPhrase, Story("Story highlights"), story},
      {"exclusive:", T::kPhrase, Story("Exclusive:"), story},
      {"abstract:", T::kPhrase, Story("Abstract:"), story},
      {"abstract", T::kPhraseBeforeWord,
       "Abstract it is widely accepted that humans can taste mono- and disaccharides.",
       "it is widely accepted that humans can taste mono- and disaccharides."},
      {"background:", T::kPhrase, Story("Background:"), story},
      {"methods:", T::kPhrase, Story("Methods:"), story},
      {"results:", T::kPhrase, Story("Results:"), story},
      {"conclusions:", T::kPhrase, Story("Conclusions:"), story},
      {"exclusive video:", T::kPhrase, Story("Exclusive video:"), story},
      {"text size - + reset", T::kPhrase, Story("Text size - + reset"), story},
      {"embed more news videos", T::kPhrase, Story("Embed more news videos"), story},
      {"getty images", T::kPhrase, Story("Getty images"), story},
      {"ap photo ", T::kPhrase, Story("Ap photo"), story},
      {"ap photo ", T::kPhrase,
       "Ap photo exclusive: gop campaigns plot revolt against rnc the sunday meeting comes after "
       "complaints.",
       "gop campaigns plot revolt against rnc the sunday meeting comes after "
       "complaints."},
      {"the news and stories that matter, delivered weekday mornings.", T::kPhrase,
       Story("The news and stories that matter, delivered weekday mornings."), story},
      {"get the latest from today sign up for our newsletter", T::kPhrase,
       Story("Get the latest from today sign up for our newsletter"), story},
      {"sign up for more newsletters here", T::kPhrase, Story("Sign up for more newsletters here"),
       story},
      {"get", T::kInboxBox,
       Story("Get daily updates directly to your inbox + subscribe thank you for subscribing! "
             "could not subscribe, try again later invalid email"),
       story},
      {"just watched", T::kPlayerBox,
       Story("Just watched storm hits the coast replay more videos... must watch storm hits the "
             "coast 02: 50"),
       story},
      {"must watch", T::kPlayerBoxEnd, Story("Must watch storm hits the coast 02: 13"), story},
      {"/ updated", T::kBylineNames, Story("/ updated by dennis romero"), story},
      {"/ source:", T::kSourceByline, Story("/ source: today by kate holland"), story},
      {"play facebook twitter google plus embed", T::kClipLength,
       Story("Play facebook twitter google plus embed storm hits the coast 2: 23"), story},
      {"play facebook twitter embed", T::kClipLength,
       Story("Play facebook twitter embed storm hits the coast 2: 23"), story},
      {"facebook twitter google plus embed", T::kClipLength,
       Story("Facebook twitter google plus embed storm hits the coast 0:48"), story},
      {"close skip in skip x embed x share", T::kPhrase,
       Story("Close skip in skip x embed x share"), story},
      {"skip in skip x embed x share", T::kPhrase, Story("Skip in skip x embed x share"), story},
      {"skip ad ad loading... x embed x share", T::kPhrase,
       Story("Skip ad ad loading... x embed x share"), story},
      {"skip ad x embed x share", T::kPhrase, Story("Skip ad x embed x share"), story},
      {"x embed x share", T::kPhrase, Story("X embed x share"), story},
      {"continue reading below", T::kPhrase, Story("Continue reading below"), story},
      {"- continue reading below", T::kPhrase, Story("- continue reading below"), story},
      {"related stories:", T::kPhrase, Story("Related stories:"), story},
      {"related content", T::kPhrase, Story("Related content"), story},
      {"subscribe now", T::kPhrase, Story("Subscribe now"), story},
      {"add interest", T::kPhrase, Story("Add interest"), story},
      {"continue reading", T::kPhrase, Story("Continue reading"), story},
      {"article continues below", T::kPhrase, Story("Article continues below"), story},
      {"media caption", T::kCaptionWhereItEnds, Story("Media caption"), story},
      {"", T::kSlashCredit, Story("Jeffrey mayer/getty images"), story},
      {";", T::kSlashCreditAfter, Story("Jeffrey mayer/getty images; vince bucci/getty images"),
       story},
      {"", T::kWebAddress, Story("Http://www.example.com/story.html"), story},
      {"to order presentation-ready copies", T::kThroughClose,
       Story("To order presentation-ready copies for distribution to your colleagues, clients or "
             "customers visit www.djreprints.com"),
       story},
      {"toggle caption", T::kThroughLastClose, Story("Toggle caption getty images getty images"),
       story},
      {"itoggle caption", T::kThroughLastClose, Story("Itoggle caption getty images"), story},
      {"media playback is unsupported on your device", T::kMediaCaption,
       Story("Media playback is unsupported on your device media caption"), story},
      {"image copyright", T::kImageCopyright, Story("Image copyright AFP image caption"), story},
      {"share this article", T::kShareSites, Story("Share this article facebook twitter email"),
       story},
      {"share this story", T::kShareSites, Story("Share this story"), story},
      {"share this video", T::kShareSites, Story("Share this video facebook"), story},
      {"share this post", T::kShareSites, Story("Share this post pinterest reddit"), story},
      {"share this page", T::kShareSites, Story("Share this page linkedin"), story},
      {"share this gallery", T::kShareSites, Story("Share this gallery whatsapp"), story},
      {"share this:", T::kShareSites, Story("Share this: print share"), story},
      {"listen to article", T::kClipDigits, Story("Listen to article 4: 26"), story},
      {"video (", T::kClipLengthLabel, Story("Video ( 02: 54 ):"), story},
      {"photo:", T::kCreditOrNameAfterLabel, Story("Photo: getty"), story},
      {"photos:", T::kCreditAfterLabel, Story("Photos: AFP"), story},
      {"picture:", T::kCreditOrNameAfterLabel, Story("Picture: reuters"), story},
      {"photo:", T::kPhrase,
       "Photo: montgomery county sheriff's offi bobby martin was sentenced this week.",
       "montgomery county sheriff's offi bobby martin was sentenced this week."},
      {"picture:", T::kPhrase, "Picture: hull daily mail jo smith walks her dog by the river.",
       "hull daily mail jo smith walks her dog by the river."},
      {"image:", T::kPhrase, "Image: cards against humanity unsurprisingly, gadgets sold well.",
       "cards against humanity unsurprisingly, gadgets sold well."},
      {"photo by", T::kPhrase,
       "Photo by harris county sheriff's office luis alfaro, 17, is jailed in the stabbing.",
       "harris county sheriff's office luis alfaro, 17, is jailed in the stabbing."},
      {"illustration by", T::kPhrase,
       "Illustration by barry falls parents of girls are 5 percent more likely to divorce.",
       "barry falls parents of girls are 5 percent more likely to divorce."},
      {"file photo buy photo", T::kPhrase, Story("File photo buy photo"), story},
      {"image:", T::kCreditOrNameAfterLabel, Story("Image: shutterstock"), story},
      {"photograph:", T::kCreditOrNameAfterLabel, Story("Photograph: jane doe/guardian"), story},
      {"photographer:", T::kCreditOrNameAfterLabel, Story("Photographer: luke sharrett/bloomberg"),
       story},
      {"credit:", T::kCreditOrNameAfterLabel, Story("Credit: handout"), story},
      {"photo credit:", T::kCreditOrNameAfterLabel, Story("Photo credit: epa"), story},
      {"image credit:", T::kCreditOrNameAfterLabel, Story("Image credit: istock"), story},
      {"picture credit:", T::kCreditOrNameAfterLabel, Story("Picture credit: pa"), story},
      {"facebook/", T::kCreditOrNameAfterLabel,
       "Facebook/alex bowen he stood at the register for ten minutes, waiting for his order.",
       "he stood at the register for ten minutes, waiting for his order."},
      {"instagram/", T::kCreditOrNameAfterLabel, Story("Instagram/jane doe"), story},
      {"twitter/", T::kCreditOrNameAfterLabel, Story("Twitter/pa"), story},
      {"youtube/", T::kCreditOrNameAfterLabel, Story("Youtube/cnn"), story},
      {"follow", T::kFollowNetworks, Story("Follow ynetnews on facebook and twitter"), story},
      {"follow", T::kFollowNetworks, Story("Follow cbsdfw.com: facebook &#124; twitter"), story},
      {"photo courtesy of", T::kThroughColon, Story("Photo courtesy of elkhart police:"), story},
      {"video:", T::kTitleThenShare,
       Story("Video: man cited after walking on the cone of old faithful share this"), story},
      {"photo", T::kPhraseBeforeWord, Story("Photo"), story},
      {"", T::kParenthesisedCredit, Story("(AP)"), story},
      {"close", T::kPhrase,
       "The board met on Monday close toggle caption john moore/getty images and approved it.",
       "The board met on Monday and approved it."},
      {"close", T::kPhraseBeforeWord,
       "Close police confirmed that two bodies found tuesday were the missing teens.",
       "police confirmed that two bodies found tuesday were the missing teens."},

      {"sign up for", T::kPhrase, "Sign up for breaking news emails and alerts",
       std::string(kPrompt)},
      {"sign up for", T::kPhrase, "Sign up for the Morning Briefing", std::string(kPrompt)},
      {"sign up you", T::kPhrase, "Sign up you agree to our terms of use", std::string(kPrompt)},
      {"sign up to", T::kPhrase, "Sign up to receive our daily newsletter.", std::string(kPrompt)},
      {"sign up here", T::kPhrase, "Sign up here for alerts.", std::string(kPrompt)},
      {"sign up be", T::kPhrase, "Sign up be the first to know.", std::string(kPrompt)},
      {"sign up help", T::kPhrase,
       "Sign up help us deliver journalism that makes a difference in our community.",
       std::string(kPrompt)},
      {"please verify you're not a robot", T::kPhrase,
       "Please verify you're not a robot by clicking the box.", std::string(kPrompt)},
      {"please verify you are not a robot", T::kPhrase,
       "Please verify you are not a robot by clicking the box.", std::string(kPrompt)},
      {"click to view", T::kPhrase, "Click to view the gallery", std::string(kPrompt)},
      {"thanks for subscribing", T::kPhrase, "Thanks for subscribing!", std::string(kPrompt)},
      {"media playback is unsupported", T::kPhrase, "Media playback is unsupported on your device",
       std::string(kPrompt)},
      {"you must enter the characters", T::kPhrase,
       "You must enter the characters shown to continue.", std::string(kPrompt)},
      {"get the times of israel's daily edition", T::kPhrase,
       "Get The Times of Israel's Daily Edition by email", std::string(kPrompt)},
      {"breaking news emails get breaking news alerts", T::kPhrase,
       "Breaking News Emails Get breaking news alerts and special reports.", std::string(kPrompt)},
      {"the news and stories that matter", T::kPhrase,
       "The news and stories that matter, delivered weekday mornings.", std::string(kPrompt)},
      {"check back often for updates", T::kPhrase, "Check back often for updates.",
       std::string(kPrompt)},
      {"check back for updates", T::kPhrase, "Check back for updates.", std::string(kPrompt)},
      {"this story will be updated", T::kPhrase,
       "This story will be updated as more information becomes available.", std::string(kPrompt)},
      {"this article will be updated", T::kPhrase,
       "This article will be updated as more information becomes available.", std::string(kPrompt)},
      {"this page will be updated", T::kPhrase, "This page will be updated as the calendar is set.",
       std::string(kPrompt)},
      {"scroll down for video", T::kPhrase, Story("Scroll down for video"), story},
      {"watch the report", T::kPhrase, Story("Watch the report"), story},
      {"watch this story", T::kPhrase, Story("Watch this story"), story},
      {"see more videos", T::kPhrase, Story("See more videos"), story},
      {"see more photos", T::kPhrase, Story("See more photos"), story},
      {"get email notifications on", T::kPhrase,
       "Get email notifications on jane doe daily! your notification has been saved.",
       std::string(kPrompt)},
      {"click here to see", T::kPhrase, "Click here to see the photos.", std::string(kPrompt)},
      {"click here for more", T::kPhrase, "Click here for more stories.", std::string(kPrompt)},
      {"looking for news you can trust", T::kPhrase, "Looking for news you can trust?",
       std::string(kPrompt)},
      {"sign up now", T::kPhrase, "Sign up now for our newsletter", std::string(kPrompt)},
      {"subscribe to our", T::kPhrase, "Subscribe to our YouTube channel", std::string(kPrompt)},
      {"sign up today", T::kPhrase,
       "Sign up today for a free 30 day free trial of unlimited digital access.",
       std::string(kPrompt)},
      {"never miss a", T::kPhrase, "Never miss a local story.", std::string(kPrompt)},
      {"editor's note:", T::kAboutThePage, "Editor's note: This story has been updated.",
       std::string(kPrompt)},
      {"editors' note:", T::kAboutThePage, "Editors' note: this article was corrected.",
       std::string(kPrompt)},
      {"editors note:", T::kAboutThePage, "Editors note: An earlier version misspelled a name.",
       std::string(kPrompt)},
      {"attention editors:", T::kPhrase,
       "ATTENTION EDITORS: The following photos are part of tonight's photo package.",
       std::string(kPrompt)},
      {"note to editors:", T::kPhrase, "Note to editors: the embargo lifts at noon.",
       std::string(kPrompt)},
      {"copyright", T::kCopyrightNotice,
       "Copyright \xC2\xA9 2018 albuquerque journal a construction crew found new evidence.",
       "a construction crew found new evidence."},
      {"\xC2\xA9 copyright", T::kCopyrightNotice,
       "\xC2\xA9 copyright 2016 the associated press. All rights reserved. The bill passed.",
       "The bill passed."},
      {"ed. note:", T::kAboutThePage,
       "Ed. Note: the original version of this story misnamed the company.", std::string(kPrompt)},
      {"correction:", T::kAboutThePage,
       "Correction: an earlier version of this story misspelled the president's name.",
       std::string(kPrompt)},
      {"corrections & clarifications:", T::kAboutThePage,
       "Corrections & clarifications: a previous version of this story misstated the date.",
       std::string(kPrompt)},
      {"clarification:", T::kAboutThePage,
       "Clarification: this article has been updated to say when the vote took place.",
       std::string(kPrompt)},

      {"watch:", T::kPhrase, "Watch: leah remini opens up about her past", std::string(kPrompt)},
      {"more:", T::kPhrase, "More: the ten best beaches", std::string(kPrompt)},
      {"related:", T::kPhrase, "Related: who is michael fry", std::string(kPrompt)},
      {"photos:", T::kPhrase, "Photos: hot summer romances", std::string(kPrompt)},
      {"see also:", T::kPhrase, "See also: the storm in pictures", std::string(kPrompt)},
      {"also read:", T::kPhrase, "Also read: how the vote went", std::string(kPrompt)},
      {"read also:", T::kPhrase, "Read also: how the vote went", std::string(kPrompt)},
      {"read:", T::kPhrase, "Read: the full statement", std::string(kPrompt)},
      {"video:", T::kPhrase, "Video: the storm hits the coast", std::string(kPrompt)},
      {"gallery:", T::kPhrase, "Gallery: the storm hits the coast", std::string(kPrompt)},
      {"listen:", T::kPhrase, "Listen: the mayor on the vote", std::string(kPrompt)},
      {"view caption", T::kPhrase, "View caption the storm hits the coast", std::string(kPrompt)},
      {"pictured:", T::kPhrase, "Pictured: the mayor's new office", std::string(kPrompt)},

      {"file -", T::kPhrase, "FILE - In this Jan. 28, 2014, file photo, the quarterback throws.",
       std::string(kCaption)},
      {"file- ", T::kPhrase, "FILE- The quarterback throws a pass on Sunday.",
       std::string(kCaption)},
      {"file \xE2\x80\x94", T::kPhrase, "FILE \xE2\x80\x94 The quarterback throws a pass.",
       std::string(kCaption)},
      {"file \xE2\x80\x93", T::kPhrase, "FILE \xE2\x80\x93 The quarterback throws a pass.",
       std::string(kCaption)},
      {"file photo -", T::kPhrase, "FILE PHOTO - The quarterback throws a pass.",
       std::string(kCaption)},
      {"file photo:", T::kPhrase, "FILE PHOTO: The quarterback throws a pass.",
       std::string(kCaption)},
      {"file photo \xE2\x80\x94", T::kPhrase, "File photo \xE2\x80\x94 The quarterback throws.",
       std::string(kCaption)},
      {"this undated photo", T::kPhrase, "This undated photo provided by the family shows him.",
       std::string(kCaption)},
      {"this undated image", T::kPhrase, "This undated image released by police shows the car.",
       std::string(kCaption)},
      {"this handout photo", T::kPhrase, "This handout photo shows the damaged bridge.",
       std::string(kCaption)},
      {"this file photo", T::kPhrase, "This file photo shows the senator in 2010.",
       std::string(kCaption)},
      {"this photo provided", T::kPhrase, "This photo provided by NASA shows the comet.",
       std::string(kCaption)},
      {"this photo taken", T::kPhrase, "This photo taken on Monday shows the flood.",
       std::string(kCaption)},
      {"this image provided", T::kPhrase, "This image provided by the army shows the base.",
       std::string(kCaption)},
      {"this photo released", T::kPhrase, "This photo released by the navy shows the ship.",
       std::string(kCaption)},
      {"this image released", T::kPhrase, "This image released by the court shows the defendant.",
       std::string(kCaption)},

      {"leave a comment of your own", T::kThroughClose,
       "The board met on Monday. Leave a comment of your own and see what other readers have to "
       "say about this story. It approved the plan.",
       "The board met on Monday. It approved the plan."},
      {"want more stories like this?", T::kThroughClose,
       "The board met on Monday. Want more stories like this? Sign up here. Thank you for signing "
       "up! It approved the plan.",
       "The board met on Monday. It approved the plan."},
      {"premium content for only", T::kThroughClose,
       "The board met on Monday. Premium content for only $1 a week. Subscribe today. It approved "
       "the plan.",
       "The board met on Monday. It approved the plan."},
      {"hide transcript show transcript", T::kThroughClose,
       "The board met on Monday. Hide transcript show transcript WEBVTT It approved the plan.",
       "The board met on Monday. It approved the plan."},
      {"sign up for", T::kThroughClose,
       "The board met on Monday. Sign up for our newsletter delivered to your inbox. It approved "
       "the plan.",
       "The board met on Monday. It approved the plan."},
      {"please confirm your birth date", T::kThroughClose,
       "Please confirm your birth date: please confirm your birth date: please enter a valid date "
       "please enter your full birth year this content is restricted. Model jane doe, 20, was "
       "found dead.",
       "Model jane doe, 20, was found dead."},
      {"this content is restricted.", T::kPhrase, "This content is restricted.",
       std::string(kPrompt)},
      {"listen to the audio version of this article:", T::kThroughClose,
       "The board met on Monday. Listen to the audio version of this article: download the audm "
       "app for your iphone to listen to more titles. It approved the plan.",
       "The board met on Monday. It approved the plan."},
      {"download the", T::kThroughClose, Story("Download the wgal app"), story},
      {"copyright", T::kThroughClose,
       "The board met on Monday. Copyright 2014 The Associated Press. All rights reserved. This "
       "material may not be published, broadcast, rewritten or redistributed.",
       "The board met on Monday."},
      {"( related:", T::kThroughClose,
       "The board met on Monday ( related: the bridge's history ) and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"(related:", T::kThroughClose,
       "The board met on Monday (Related: The bridge's history) and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"( more:", T::kThroughClose,
       "The board met on Monday ( more: what happened at the first debate ) and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"(more:", T::kThroughClose,
       "The board met on Monday (More: What happened at the first debate) and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"( see also:", T::kThroughClose,
       "The board met on Monday ( see also: full coverage of the bridge ) and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"(see also:", T::kThroughClose,
       "The board met on Monday (See also: Full coverage of the bridge) and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"( read more", T::kThroughClose,
       "The board met on Monday ( read more... ) and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"(read more", T::kThroughClose,
       "The board met on Monday (Read more: The bridge's history) and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"( see below", T::kThroughClose,
       "The board met on Monday ( see below for video ) and approved the plan.",
       "The board met on Monday and approved the plan."},
      {"(see below", T::kThroughClose, "The board met on Monday (see below) and approved the plan.",
       "The board met on Monday and approved the plan."},
  };
  return *cases;
}

// `unit` with its furniture cut out.
std::string Without(std::string unit) {
  auto ranges = FindInlineFurniture(unit);
  for (auto r = ranges.rbegin(); r != ranges.rend(); ++r)
    unit.replace(r->begin, r->end - r->begin, r->separates ? "\n\n" : "");
  return unit;
}

const FurnitureRule* RuleOf(const Case& c) {
  for (const FurnitureRule& rule : FurnitureRules())
    if (rule.phrase == c.phrase && rule.takes == c.takes) return &rule;
  return nullptr;
}

TEST(FurnitureRules, EveryCaseIsCutAsItsRuleSays) {
  for (const Case& c : Cases()) {
    const FurnitureRule* rule = RuleOf(c);
    ASSERT_NE(rule, nullptr) << "no rule for the case of \"" << c.phrase << "\"";
    if (c.kept == kPrompt) {
      EXPECT_TRUE(IsPrompt(c.unit)) << c.unit;
      continue;
    }
    if (c.kept == kCaption) {
      EXPECT_TRUE(IsPhotoCaption(c.unit)) << c.unit;
      continue;
    }
    EXPECT_EQ(Without(c.unit), c.kept) << c.unit;
    // The range says what the rule's furniture is (a label that only goes
    // with the furniture after it is cut as that furniture).
    const auto ranges = FindInlineFurniture(c.unit);
    if (!ranges.empty() && rule->stands != kLabelsNext) {
      EXPECT_EQ(FurnitureKindName(ranges.front().kind), FurnitureKindName(rule->kind)) << c.unit;
    }
  }
}

TEST(FurnitureRules, EveryRuleHasACase) {
  std::set<std::pair<std::string_view, Takes>> covered;
  for (const Case& c : Cases()) covered.emplace(c.phrase, c.takes);
  std::set<std::pair<std::string_view, Takes>> rules;
  for (const FurnitureRule& rule : FurnitureRules()) {
    EXPECT_TRUE(rules.emplace(rule.phrase, rule.takes).second)
        << "two rules for \"" << rule.phrase << "\" take the same";
    EXPECT_TRUE(covered.count({rule.phrase, rule.takes}) > 0)
        << "the rule for \"" << rule.phrase << "\" has no case";
  }
}

TEST(FurnitureRules, PhrasesAreLowerCaseAndGluedBoxesClose) {
  for (const FurnitureRule& rule : FurnitureRules()) {
    for (char c : rule.phrase) EXPECT_FALSE(c >= 'A' && c <= 'Z') << rule.phrase;
    if (rule.phrase.empty()) {
      EXPECT_TRUE(rule.takes == Takes::kSlashCredit || rule.takes == Takes::kWebAddress ||
                  rule.takes == Takes::kParenthesisedCredit);
    }
    if ((rule.stands & kGlued) != 0 || rule.takes == Takes::kThroughClose ||
        rule.takes == Takes::kThroughLastClose) {
      EXPECT_TRUE(!rule.close.empty() && rule.reach > 0) << rule.phrase;
    }
    // (IsPhotoCaption looks further only at units opening with these bytes.)
    if ((rule.stands & kOpensCaption) != 0) {
      EXPECT_TRUE(rule.phrase.starts_with("fi") || rule.phrase.starts_with("th") ||
                  rule.phrase.starts_with("in"))
          << rule.phrase;
    }
    if ((rule.stands & kAnywhere) != 0) {
      EXPECT_GE(rule.phrase.size(), 2u);
    }
  }
}

TEST(FurnitureRules, ProseIsNeitherCutNorAPrompt) {
  for (std::string s :
       {"Advertisement revenue fell by a third last year.",
        "Photo ID laws have been passed in several states.", "Follow the money, he said.",
        "I just watched it burn.", "She signed up for the course in 2012.",
        "Copyright law protects the work for 70 years.",
        "Watch the video to see what happened next, police said.",
        "The editor's decision was final, the paper said.",
        "Close aides to the governor said on Monday that the plan would pass.",
        "Close to 500 people attended the vigil on Monday night in the park.",
        "Close your eyes and touch the tip of your nose with one finger, he said.",
        "Close inspection revealed cells that line the skin and internal organs of the bird.",
        "Close Republican allies of the president said they would vote against the bill."}) {
    EXPECT_EQ(Without(s), s) << s;
    EXPECT_FALSE(IsPrompt(s)) << s;
  }
}

TEST(FurnitureRules, LexiconsAreLowerCase) {
  for (auto list :
       {CreditNames(), PhotoCompounds(), CloseProse(), StoryOpenersAfterName(), PhotoCredits(),
        AdvertisementHeads(), ReaderOffers(), MailWords(), ContactOffers(), CommentPlaces(),
        CommentInvitations(), ProseAfterSeen(), PageMedia(), StampLabels(), StampLabelWords()}) {
    EXPECT_FALSE(list.empty());
    for (std::string_view w : list)
      for (char c : w) EXPECT_FALSE(c >= 'A' && c <= 'Z') << w;
  }
  EXPECT_TRUE(InLexicon("reuters", CreditNames()));
  EXPECT_FALSE(InLexicon("Reuters", CreditNames()));
}

}  // namespace
}  // namespace precis::clean
