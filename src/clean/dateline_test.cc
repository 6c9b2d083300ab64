#include "clean/dateline.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::clean {
namespace {

std::string Strip(const std::string& p) { return p.substr(DatelineLength(p)); }

TEST(Dateline, AnAgencysDatelineWithNoDash) {
  auto after = [](const std::string& u) { return u.substr(BareAgencyDatelineEnd(u)); };
  EXPECT_EQ(after("WASHINGTON (CNN)The Secret Service spoke."), "The Secret Service spoke.");
  EXPECT_EQ(after("highlights here hong kong ( cnn ) a prominent academic spoke."),
            "a prominent academic spoke.");
  EXPECT_EQ(after("whitney houston ( ap ) the national enquirer sparked outrage."),
            "the national enquirer sparked outrage.");
  // Not an agency's, or a dash after it (InnerDatelineEnd's), or nothing after it.
  for (const std::string s :
       {"Sen. John McCain (R-Ariz.) spoke on Monday.", "The boy (pictured) was found.",
        "Goshen, n.y. ( ap ) \xE2\x80\x94 a woman spoke.",
        "The caption ( associated press ) the "
        "story.",
        "A photo of the bridge. ( reuters )"})
    EXPECT_EQ(BareAgencyDatelineEnd(s), 0u) << s;
}

TEST(Dateline, WireServiceDatelines) {
  EXPECT_EQ(Strip("WASHINGTON (AP) _ The drought may force action."),
            "The drought may force action.");
  EXPECT_EQ(Strip("SANTO DOMINGO, Dominican Republic (AP) -- Hurricane Gilbert swept on."),
            "Hurricane Gilbert swept on.");
  EXPECT_EQ(Strip("Washington, February 28 (XINHUA) -- U.S. President Bill Clinton spoke."),
            "U.S. President Bill Clinton spoke.");
  EXPECT_EQ(Strip("BEIRUT \xE2\x80\x94 Syrian troops advanced."), "Syrian troops advanced.");
  EXPECT_EQ(Strip("LONDON - Britain said on Monday it would act."),
            "Britain said on Monday it would act.");
  EXPECT_EQ(Strip("[Text] The ministry announced a plan."), "The ministry announced a plan.");
}

TEST(Dateline, LowerCasedAgencies) {
  EXPECT_EQ(Strip("Washington ( ap ) \xE2\x80\x94 homeland security secretary spoke."),
            "homeland security secretary spoke.");
  EXPECT_EQ(Strip("Dubai, united arab emirates ( ap ) \xE2\x80\x94 an iranian-british woman was "
                  "held."),
            "an iranian-british woman was held.");
  EXPECT_EQ(DatelineLength("The city ( population 5,000 ) - it grew."), 0u);
  EXPECT_EQ(Strip("( cnn ) -- the winter storm moved east."), "the winter storm moved east.");
  EXPECT_EQ(Strip("Washington \xE2\x80\x94 newly declassified documents were made public."),
            "newly declassified documents were made public.");
  EXPECT_EQ(Strip("Salt lake city -- a premature baby arrived."), "a premature baby arrived.");
  EXPECT_EQ(DatelineLength("( see below ) -- it grew."), 0u);
  EXPECT_EQ(DatelineLength("The storm, which hit on monday \xE2\x80\x94 and tuesday, moved."), 0u);
}

TEST(Dateline, InnerDatelinesOfLowerCasedCrawls) {
  auto after = [](const std::string& u) { return u.substr(InnerDatelineEnd(u)); };
  // A caption glued to the story's first sentence, and its credit.
  EXPECT_EQ(after("The suspect is led into court on monday. ( associated press ) goshen, n.y. ( ap "
                  ") \xE2\x80\x94 a woman accused of killing her fiance admitted it."),
            "a woman accused of killing her fiance admitted it.");
  EXPECT_EQ(after("Sponsored links omaha, neb. -- an angry online posting offers clues."),
            "an angry online posting offers clues.");
  EXPECT_EQ(after("Please enable javascript to watch this video ogden, utah -- a premature baby "
                  "arrived."),
            "a premature baby arrived.");
  EXPECT_EQ(after("portland, ore. ( koin ) -- a former student settled a lawsuit."),
            "a former student settled a lawsuit.");
  EXPECT_EQ(after("Gunshot wounds des moines, iowa -- an ames police staffer spoke."),
            "an ames police staffer spoke.");
  // A postal code or a Canadian province after the city.
  EXPECT_EQ(after("Update: a suspect has been charged flint, mi -- the police said on monday."),
            "the police said on monday.");
  EXPECT_EQ(after("By andy blatchford, the canadian press mont-tremblant, que. -- richard bain "
                  "left montreal."),
            "richard bain left montreal.");
  EXPECT_EQ(after("Views of bush improve princeton, nj -- more americans now approve."),
            "more americans now approve.");
  // An AP photo caption twice, cut short and whole, before the dateline.
  const std::string caption =
      "president barack obama waves to the media as he arrives for the gala dinner of asean "
      "leaders and its dialogue partners in the ongoing 28th and 29th asean summits and other "
      "related summits at the national convention center in vientiane, laos";
  const std::string twice = caption.substr(0, 200) + "... ( associated press ) " + caption +
                            ". ( ap photo/carolyn kaster ) ( associated press ) vientiane, laos ( "
                            "ap ) \xE2\x80\x94 president barack obama met rodrigo duterte.";
  EXPECT_GT(twice.find("vientiane, laos ( ap"), 400u);
  EXPECT_EQ(after(twice), "president barack obama met rodrigo duterte.");
  // Without its agency, a place that far in is not looked for.
  EXPECT_EQ(InnerDatelineEnd(std::string(420, 'x') + " omaha, neb. -- an angry posting spoke."),
            0u);
}

// Multi-News dev summaries held the headlines before these (session 39's reading): a dash
// twice, a station with its agency, a story opening with a quotation.
TEST(Dateline, ADoubleDashAStationsAgencyAndAQuotationAfterTheDash) {
  auto inner = [](const std::string& u) { return u.substr(InnerDatelineEnd(u)); };
  EXPECT_EQ(inner("Inmates sue over health care leavenworth, ks \xE2\x80\x93 \xE2\x80\x93 "
                  "imprisoned veterans say they were denied care."),
            "imprisoned veterans say they were denied care.");
  EXPECT_EQ(inner("Mother missing roselle park, n.j. ( cbsnewyork/ap ) \xE2\x80\x94 a woman "
                  "was found."),
            "a woman was found.");
  EXPECT_EQ(Strip("New york \xE2\x80\x94 \"can you hear me?\" the caller asked."),
            "\"can you hear me?\" the caller asked.");
  // Not a slash of two words, nor an agency a credit does not name.
  EXPECT_EQ(InnerDatelineEnd("Mother missing roselle park, n.j. ( the new/yorker ) \xE2\x80\x94 "
                             "a woman was found."),
            0u);
}

TEST(Dateline, PlacesInsideSentencesAreNotDatelines) {
  for (std::string s :
       {"The cnbc debate in boulder, colorado \xE2\x80\x94 a chaotic affair \xE2\x80\x94 drew "
        "criticism.",
        "She moved from new york, n.y. - and never came back.",
        "He grew up near st. louis, mo. -- the family said.", "Omaha, neb. is a city.",
        "They flew to detroit, mi -- and then home.", "The city ( population 5,000 ) - it grew.",
        "Rain fell in omaha, neb. -- ", ""})
    EXPECT_EQ(InnerDatelineEnd(s), 0u) << s;
}

TEST(Dateline, LeavesOrdinarySentencesAlone) {
  for (std::string s :
       {"The U.S. Army (USA) said it would act.", "Hurricane Gilbert swept on.",
        "NATO said the talks - which began Monday - would go on.",
        "US Secretary of State John Kerry on Monday appealed to the opposition.",
        "I think so - he said.", "A (small) step - they said.",
        // A sentence's opening before a dash is no place.
        "In five states \xE2\x80\x94 voters will decide.", "But wait \xE2\x80\x94 there is more.",
        "And get this -- it worked.",
        "She promptly croons \xE2\x80\x94 with raspy verve \xE2\x80\x94 a song.",
        // Someone's, or a clause the dash sets off (mn-train-638-4).
        "Ryan's move \xE2\x80\x94 and a blunt assessment of the race \xE2\x80\x94 widened it.",
        "Obama's plan \xE2\x80\x94 the second this year \xE2\x80\x94 failed.",
        "Three statewide races \xE2\x80\x94 which were close \xE2\x80\x94 were called.",
        // A subject the dashes set an aside after (mn-train-954-3, mn-train-6011-1).
        "Three americans \xE2\x80\x94 a filmmaker, a doctor and an engineer \xE2\x80\x94 are "
        "among the 17 people.",
        "Democrats \xE2\x80\x94 as well as key republican sen. Jeff flake \xE2\x80\x94 "
        "criticized the president.",
        ""})
    EXPECT_EQ(DatelineLength(s), 0u) << s;
  EXPECT_GT(DatelineLength("Washington \xE2\x80\x94 The president spoke."), 0u);
  EXPECT_GT(DatelineLength("Washington \xE2\x80\x94 as congressional republicans met, ..."), 0u);
  // An en dash too (a Multi-News dev summary opened "Sanford – after four
  // days of testimony ..."), not after words no place holds ("Come on
  // australia – it is time ..."); an aside set off by two is prose.
  EXPECT_EQ(DatelineLength("Sanford \xE2\x80\x93 after four days of testimony, the trial went on."),
            std::string_view("Sanford \xE2\x80\x93 ").size());
  EXPECT_EQ(DatelineLength("Come on australia \xE2\x80\x93 it is time to stand up and fight."), 0u);
  EXPECT_EQ(DatelineLength("Three americans \xE2\x80\x93 a filmmaker and a doctor \xE2\x80\x93 "
                           "are among the 17 people."),
            0u);
}

// A station, a source or a note in parentheses opening the story, with no
// separator after it (a Multi-News dev summary opened "( kutv ) a vernal man
// has been charged ...").
// A foreign dateline gives the country after the city (ICU's country names).
TEST(Dateline, InnerDatelinesWithACountry) {
  const std::string headline = "Us helicopter crashed in taliban trap: afghan official ";
  const std::string unit =
      headline + "puli alam, afghanistan \xE2\x80\x94 the helicopter went down on monday.";
  EXPECT_EQ(InnerDatelineEnd(unit),
            headline.size() + std::string("puli alam, afghanistan ").size() + 4);
  // Prose: a place after a preposition, or before a hyphen.
  EXPECT_EQ(InnerDatelineEnd("The couple are eyeing a property in picturesque punta mita, mexico "
                             "\xE2\x80\x94 the deal is near."),
            0u);
  EXPECT_EQ(InnerDatelineEnd("Tensions rose on the korean peninsula, china - the talks stalled."),
            0u);
}

TEST(Dateline, AParenthesisedSourceOpeningTheStory) {
  EXPECT_EQ(DatelineLength("( kutv ) a vernal man has been charged with raping a girl, police "
                           "said."),
            9u);
  EXPECT_EQ(DatelineLength("( updated below ) the us government said on monday that it would act."),
            18u);
  // Not a short aside, a number, or no story after it.
  EXPECT_EQ(DatelineLength("( 1 ) the first point is that the bridge must be closed now."), 0u);
  EXPECT_EQ(DatelineLength("( kutv ) a vernal man."), 0u);
}

TEST(Dateline, ALowerCasedCrawlsAgencyMayBeAnyShortName) {
  EXPECT_EQ(DatelineLength("Boston ( mainstreet ) -- not content with being stars, some invest."),
            std::string_view("Boston ( mainstreet ) -- ").size());
  EXPECT_EQ(DatelineLength("The senator ( who spoke last ) -- and others -- agreed."), 0u);
  EXPECT_EQ(DatelineLength("In the city ( mostly ) -- people stayed home."), 0u);
}

}  // namespace
}  // namespace precis::clean
