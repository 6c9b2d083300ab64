#include "clean/boilerplate_cleaner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace precis::clean {
namespace {

Document Doc(std::string id, std::string text, std::string title = "") {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.title = std::move(title);
  return d;
}

// The cleaned text of a one-document cluster.
std::string CleanedText(const std::string& text) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a", text)});
  return out.size() == 1 ? out[0].analysis.text : "<not one document>";
}

std::string ReasonFor(const CleanedDocument& c, const std::string& needle) {
  for (const auto& r : c.removed)
    if (r.text.find(needle) != std::string::npos) return r.Reason();
  return "";
}

// Each sentence of the cleaned text, and whether it is offered for a summary.
std::vector<std::pair<std::string, bool>> Offered(const CleanedDocument& c) {
  std::vector<std::pair<std::string, bool>> out;
  for (const auto& sentence : c.analysis.sentences)
    out.emplace_back(c.analysis.text.substr(sentence.begin, sentence.end - sentence.begin),
                     sentence.candidate);
  return out;
}

// Whether the sentence of `c` holding `needle` is offered for a summary:
// "offered", "not offered", or "missing" when no sentence holds it.
std::string OfferOf(const CleanedDocument& c, const std::string& needle) {
  for (const auto& [text, offered] : Offered(c))
    if (text.find(needle) != std::string::npos) return offered ? "offered" : "not offered";
  return "missing";
}

const char* kStory =
    "The council voted on Tuesday to close the old harbor bridge after engineers found deep "
    "cracks in two of its supports.\n\n"
    "Traffic will be diverted through the tunnel, which officials said could handle the extra "
    "cars for several months.\n\n"
    "Repairs are expected to cost about $40 million, and the work could take two years, the "
    "city engineer told reporters.";

TEST(BoilerplateCleaner, KeepsPlainNews) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a", kStory)});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].removed.empty());
  EXPECT_EQ(out[0].analysis.text, kStory);
}

TEST(BoilerplateCleaner, MarksTheSentencesInsideAQuotation) {
  // The cleaned text's quotation marks are curly; the sentences a quotation
  // runs on after its opening are marked (text::MarkQuotations).
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a", std::string(kStory) + "\n\n``It's just been too long. I don't think there's "
                                      "anybody alive out there,'' the coroner said.")});
  ASSERT_EQ(out.size(), 1u);
  std::vector<std::string> inside;
  const auto& a = out[0].analysis;
  for (std::size_t k = 0; k < a.sentences.size(); ++k)
    if (a.sentences[k].in_quotation) inside.emplace_back(a.SentenceText(k));
  EXPECT_EQ(inside, std::vector<std::string>{
                        "I don't think there's anybody alive out there,\xE2\x80\x9D the coroner "
                        "said."});
}

TEST(BoilerplateCleaner, CutsFurnitureGluedIntoSentencesAndCaptions) {
  BoilerplateCleaner cleaner("english");
  std::string text =
      std::string("Advertisement continue reading the main story ") + kStory +
      "\n\nFILE - In this Jan. 28, 2014, file photo, the old bridge is seen from the river.\n\n"
      "Release date: 2009-12-18 running length: 2: 41 rating: pg-13 cast: sam worthington";
  auto out = cleaner.Clean({Doc("a", text)});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].analysis.text, kStory);
  EXPECT_EQ(ReasonFor(out[0], "continue reading"), "advertisement in a sentence");
  EXPECT_EQ(ReasonFor(out[0], "file photo"), "photo caption");
  EXPECT_EQ(ReasonFor(out[0], "Release date"), "field list");
}

TEST(BoilerplateCleaner, ListsFurnitureInReadingOrder) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a",
                                "Advertisement The council voted. (Photo: TBI) The bridge closed "
                                "after engineers found cracks in two of its supports on Monday.")});
  ASSERT_EQ(out.size(), 1u);
  ASSERT_EQ(out[0].removed.size(), 2u);
  EXPECT_EQ(out[0].removed[0].text, "Advertisement");
  EXPECT_EQ(out[0].removed[1].text, "(Photo: TBI)");
  EXPECT_EQ(out[0].analysis.text,
            "The council voted. The bridge closed after engineers found cracks in two of its "
            "supports on Monday.");
}

TEST(BoilerplateCleaner, RemovesWebFurniture) {
  BoilerplateCleaner cleaner("english");
  std::string text = std::string("Skip to main content\n\nBy Jane Doe\n\n") +
                     "12/03/2024 10:15 GMT | Updated 12/03/2024 11:40 GMT\n\n" + kStory +
                     "\n\nWe use cookies to personalise content. Accept all or manage "
                     "preferences.\n\nShare on Facebook\n\n"
                     "You have read {{count}} of your free articles.\n\n"
                     "Subscribe now for unlimited access.\n\nGold Plan\n\n$9.99\n\n1 Year";
  auto out = cleaner.Clean({Doc("a", text)});
  EXPECT_EQ(out[0].analysis.text, kStory);
  EXPECT_EQ(ReasonFor(out[0], "Skip to main"), "navigation");
  EXPECT_EQ(ReasonFor(out[0], "Jane Doe"), "byline");
  EXPECT_EQ(ReasonFor(out[0], "Updated"), "timestamp");
  EXPECT_EQ(ReasonFor(out[0], "cookies"), "cookie notice");
  EXPECT_EQ(ReasonFor(out[0], "Facebook"), "share prompt");
  EXPECT_EQ(ReasonFor(out[0], "{{count}}"), "template placeholder");
  EXPECT_EQ(ReasonFor(out[0], "Gold Plan"), "paywall");
  EXPECT_EQ(ReasonFor(out[0], "$9.99"), "paywall");
}

TEST(BoilerplateCleaner, NewsAboutSubscriptionsIsNotAPaywall) {
  BoilerplateCleaner cleaner("english");
  std::string text =
      "The streaming company said on Monday that its subscribers grew by two million in the "
      "quarter, helped by a cheaper plan with advertising.";
  auto out = cleaner.Clean({Doc("a", text)});
  EXPECT_TRUE(out[0].removed.empty());
}

// Short sentences with a price are news; labelled prices are lists (DUC 2001
// and 2002 lost "Its average loan is $303." as a price line).
TEST(BoilerplateCleaner, ASentenceWithAPriceIsNotAPriceLine) {
  BoilerplateCleaner cleaner("english");
  std::string text = std::string(kStory) +
                     "\n\nThe prize is worth $32,000.\n\nIts average loan is $303.\n\n"
                     "ESTIMATED 1987 EARNINGS: $2 million\n\nSt. Martin's, 306 pp., $18.95";
  auto out = cleaner.Clean({Doc("a", text)});
  EXPECT_NE(out[0].analysis.text.find("The prize is worth $32,000."), std::string::npos);
  EXPECT_NE(out[0].analysis.text.find("Its average loan is $303."), std::string::npos);
  EXPECT_EQ(ReasonFor(out[0], "EARNINGS"), "price or list line");
  EXPECT_EQ(ReasonFor(out[0], "306 pp."), "price or list line");
}

TEST(BoilerplateCleaner, RepeatedCaptionAndHeadline) {
  BoilerplateCleaner cleaner("english");
  std::string text = std::string("Bridge closed for repairs\n\nWorkers inspect the bridge\n\n") +
                     "Workers inspect the bridge\n\n" + kStory;
  auto out = cleaner.Clean({Doc("a", text, "Bridge closed for repairs")});
  EXPECT_EQ(out[0].analysis.text, kStory);
  EXPECT_EQ(ReasonFor(out[0], "Bridge closed"), "repeated headline");
  EXPECT_EQ(ReasonFor(out[0], "Workers inspect"), "repeated caption");
}

TEST(BoilerplateCleaner, StripsDatelines) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a", "PORTVILLE (AP) _ The council voted on Tuesday.")});
  EXPECT_EQ(out[0].analysis.text, "The council voted on Tuesday.");
  EXPECT_EQ(ReasonFor(out[0], "PORTVILLE"), "dateline");
}

TEST(BoilerplateCleaner, CutsCaptionsBeforeADatelineAndCapitalisesTheStory) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a",
           "The suspect is led into court on monday. ( associated press ) goshen, n.y. ( ap ) "
           "\xE2\x80\x94 a woman accused of killing her fiance admitted tampering with his kayak, "
           "a prosecutor said.")});
  EXPECT_EQ(out[0].analysis.text,
            "A woman accused of killing her fiance admitted tampering with his kayak, a prosecutor "
            "said.");
  EXPECT_EQ(ReasonFor(out[0], "The suspect is led"), "caption or headline before a dateline");
  // A dateline alone keeps its own reason.
  out = cleaner.Clean({Doc("c",
                           "Omaha, neb. -- an angry online posting from the student offers "
                           "some clues about the shooting.")});
  EXPECT_EQ(out[0].analysis.text.substr(0, 9), "An angry ");
  EXPECT_EQ(ReasonFor(out[0], "Omaha, neb."), "dateline");
  // A lower-cased agency dateline at the start: the story gets the capital.
  out = cleaner.Clean(
      {Doc("b",
           "Washington ( ap ) \xE2\x80\x94 homeland security secretary kirstjen nielsen spoke "
           "on tuesday about the border.")});
  EXPECT_EQ(out[0].analysis.text.substr(0, 18), "Homeland security ");
}

TEST(BoilerplateCleaner, CutsAnAgencysDatelineWithNoDashAndWhatStoodBeforeIt) {
  BoilerplateCleaner cleaner("english");
  const std::string rest =
      "\n\nThe fence now stands about seven feet tall, and intruders have climbed it twice.";
  auto out = cleaner.Clean({Doc("a",
                                "WASHINGTON (CNN)The Secret Service is proposing a taller fence "
                                "around the White House, the agency said on Tuesday." +
                                    rest)});
  EXPECT_EQ(out[0].analysis.text.substr(0, 26), "The Secret Service is prop");
  EXPECT_EQ(ReasonFor(out[0], "WASHINGTON (CNN)"), "dateline");
  // A highlights box glued before it goes with it.
  out = cleaner.Clean(
      {Doc("b",
           "Story highlights the statement did not say how much the new fence would cost "
           "washington ( cnn ) the secret service is proposing a taller fence around the white "
           "house, the agency said on tuesday." +
               rest)});
  EXPECT_EQ(out[0].analysis.text.substr(0, 26), "The secret service is prop");
  EXPECT_EQ(ReasonFor(out[0], "Story highlights"), "caption or headline before a dateline");
  // Further into the article, "( ap )" after a caption is only its credit.
  out = cleaner.Clean(
      {Doc("c",
           "The council met on Monday and voted to close the harbor bridge for repairs.\n\n"
           "Officials said the work would take at least three weeks to finish.\n\n"
           "Workers inspect the bridge on monday ( ap ) the repairs will cost the city about "
           "40 million euros, the mayor said.")});
  EXPECT_NE(out[0].analysis.text.find("Workers inspect the bridge on monday the repairs"),
            std::string::npos)
      << out[0].analysis.text;
}

// A sentence where the page speaks to its reader, with story glued on where
// nothing marks the seam: kept for its words, not offered for a summary; a
// prompt the cleaner cuts out of the sentence leaves the rest offered.
TEST(BoilerplateCleaner, DoesNotOfferASentenceSpeakingToTheReader) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a",
           "Mobile users: click here for photos of abby patterson was last seen when she climbed "
           "into a brown buick near east ninth street, police said.\n\n" +
               std::string(kStory))});
  EXPECT_EQ(OfferOf(out[0], "was last seen"), "not offered");
  EXPECT_EQ(OfferOf(out[0], "The council voted on Tuesday"), "offered");
  out = cleaner.Clean({Doc("b",
                           "Advertisement continue reading the main story denver \xE2\x80\x94 "
                           "patrick sullivan was the kind of lawman coloradoans loved, a "
                           "straight-shooting sheriff.\n\n" +
                               std::string(kStory))});
  EXPECT_EQ(OfferOf(out[0], "was the kind of lawman"), "offered");
}

// A wire photo's caption (or a row of them, each with its credit) opening
// a unit, the story after the last credit: the captions go, the story stays
// and is offered (it used to go with them).
TEST(BoilerplateCleaner, KeepsTheStoryAfterAPhotosCaptionAndCredit) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc(
      "a",
      "This undated photo provided by the state wildlife agency shows a wolf-like animal that "
      "was shot after it was spotted in a private pasture with livestock... ( associated press ) "
      "denton, mont. ( ap ) \xE2\x80\x94 a central montana rancher shot a wolf-like animal after "
      "it was spotted in a pasture with livestock, officials said.\n\n" +
          std::string(kStory))});
  EXPECT_EQ(ReasonFor(out[0], "This undated photo"), "photo caption");
  EXPECT_EQ(ReasonFor(out[0], "denton, mont."), "dateline");
  EXPECT_EQ(OfferOf(out[0], "A central montana rancher shot"), "offered");
  EXPECT_EQ(OfferOf(out[0], "This undated photo"), "missing");
  out = cleaner.Clean({Doc(
      "b",
      "This image released by the agency shows a piece of machinery that is part of the cargo "
      "of a stolen... ( associated press ) This image released by the agency shows a large box "
      "that is part of the cargo of a stolen truck... ( associated press ) The highly radioactive "
      "material was found in an empty lot about a kilometer from the town, officials said.\n\n" +
          std::string(kStory))});
  EXPECT_EQ(ReasonFor(out[0], "This image released"), "photo caption");
  EXPECT_EQ(OfferOf(out[0], "The highly radioactive material"), "offered");
  EXPECT_EQ(OfferOf(out[0], "large box"), "missing");
  // A caption alone still goes whole.
  out = cleaner.Clean({Doc("c",
                           "This undated photo provided by the state wildlife agency shows a "
                           "wolf-like animal. ( associated press )\n\n" +
                               std::string(kStory))});
  EXPECT_EQ(ReasonFor(out[0], "This undated photo"), "photo caption");
  EXPECT_EQ(OfferOf(out[0], "wolf-like"), "missing");
}

// A copyright notice standing as a unit of its own is removed; one left
// alone by a cut before it ("Article continues below copyright ...") stays
// for its words but is not offered for a summary.
TEST(BoilerplateCleaner, RemovesACopyrightLineStandingAlone) {
  BoilerplateCleaner cleaner("english");
  auto out =
      cleaner.Clean({Doc("a", std::string(kStory) + "\n\nCopyright 2014 The Associated Press.\n\n" +
                                  "All rights reserved.")});
  EXPECT_EQ(ReasonFor(out[0], "Copyright 2014"), "prompt");
  EXPECT_EQ(ReasonFor(out[0], "All rights reserved"), "prompt");
  EXPECT_EQ(OfferOf(out[0], "Copyright"), "missing");
  out = cleaner.Clean(
      {Doc("b", std::string(kStory) +
                    "\n\nArticle continues below copyright 2014 the associated press. All rights "
                    "reserved.")});
  EXPECT_EQ(ReasonFor(out[0], "Article continues below"), "continue reading in a sentence");
  EXPECT_EQ(OfferOf(out[0], "opyright 2014"), "not offered");
  EXPECT_EQ(OfferOf(out[0], "The council voted on Tuesday"), "offered");
}

// A photo's credit with no credit's word (a name and a paper, a source
// ending in "photo", a clip's length) after the unit's first sentence: the
// credit goes with the dateline after it, the caption before it is kept but
// not offered, and the story after it is a sentence of its own.
TEST(BoilerplateCleaner, ACaptionBeforeANamedCreditIsNotOffered) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a",
           "Sullivan's bond was raised from $250,000 to $500,000. ( rj sangosti, the denver post ) "
           "centennial \xE2\x80\x94 authorities began investigating the former sheriff in june "
           "after a tip from a deputy. He was arrested on friday, officials said.\n\n" +
               std::string(kStory))});
  EXPECT_EQ(OfferOf(out[0], "bond was raised"), "not offered");
  EXPECT_EQ(OfferOf(out[0], "Authorities began investigating"), "offered");
  EXPECT_EQ(out[0].analysis.text.find("sangosti"), std::string::npos) << out[0].analysis.text;
  EXPECT_EQ(out[0].analysis.text.find("centennial"), std::string::npos) << out[0].analysis.text;
  out = cleaner.Clean({Doc("b",
                           "Espn analyst mike clay breaks down what it means for the packers. ( 0: "
                           "49 ) minneapolis -- aaron rodgers broke his right collarbone on "
                           "sunday.\n\n" +
                               std::string(kStory))});
  EXPECT_EQ(OfferOf(out[0], "breaks down"), "not offered");
  EXPECT_EQ(OfferOf(out[0], "Aaron rodgers broke"), "offered");
}

// The crawl's spaced parentheses and clocks: the rules read them as they
// are (a credit in parentheses is still cut), the reader gets them closed up.
TEST(BoilerplateCleaner, ClosesUpParenthesesAndClocksAfterTheRules) {
  EXPECT_EQ(CleanedText("Sen. jeff flake ( r-ariz. ) spoke at 11: 20 a.m. on monday in the senate "
                        "chamber. ( ap photo/j. scott applewhite ) the vote was close, and the "
                        "bill passed.\n\n" +
                        std::string(kStory)),
            "Sen. jeff flake (r-ariz.) spoke at 11:20 a.m. on monday in the senate chamber. The "
            "vote was close, and the bill passed.\n\n" +
                std::string(kStory));
}

TEST(BoilerplateCleaner, CutsTheDatelineThatFurnitureStoodBefore) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a",
                                "Sign up for world news delivered to your inbox LONDON "
                                "\xE2\x80\x94 eleven people have been killed in a shooting at a "
                                "synagogue, the police said on saturday.")});
  EXPECT_EQ(out[0].analysis.text,
            "Eleven people have been killed in a shooting at a synagogue, the police said on "
            "saturday.");
  EXPECT_EQ(ReasonFor(out[0], "Sign up for"), "sign-up in a sentence");
  EXPECT_EQ(ReasonFor(out[0], "LONDON"), "dateline");
}

TEST(BoilerplateCleaner, KeepsAHeadlineApartFromTheStoryAfterAStampAndCapitalisesAfterCuts) {
  EXPECT_EQ(CleanedText("World's oldest person dies posted: monday, april 6, 2015 3: 09 pm edt "
                        "channel 7 news has confirmed that she died.\n\nOthers went to the "
                        "church. Crowds gather: a vigil for the victims of the storm read more "
                        "after the service, the mayor spoke."),
            "World's oldest person dies\n\nChannel 7 news has confirmed that she died.\n\n"
            "Others went to the church. After the service, the mayor spoke.");
}

TEST(BoilerplateCleaner, CapitalisesUnitsThatOpenInLowerCase) {
  EXPECT_EQ(CleanedText("the grammy-nominated band, founded in 1984, is known for its "
                        "costumes.\n\niPhone sales rose again in the third quarter."),
            "The grammy-nominated band, founded in 1984, is known for its costumes.\n\niPhone "
            "sales rose again in the third quarter.");
}

TEST(BoilerplateCleaner, AListFlattenedIntoTextKeepsItsBulletsAndItsItemsAreSentences) {
  // A long paragraph (judged sentence by sentence) with a list run into it.
  const std::string text =
      "The united nations expects a ceasefire between the troops and opposition forces to be in "
      "place no later than april 12, a spokesman said on thursday. Here is a summary of the main "
      "developments so far today: \u2022 syrian authorities say troops have begun pulling back "
      "from three areas \u2022 international envoy kofi annan said violence is clearly continuing "
      "in the country and the situation is unacceptable.";
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a", text)});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].removed.empty());
  // The bullets stay between the items; each item opens a sentence, with a capital.
  EXPECT_NE(out[0].analysis.text.find("today: \u2022 Syrian authorities say"), std::string::npos)
      << out[0].analysis.text;
  std::vector<std::string> sentences;
  for (const auto& [sentence, offered] : Offered(out[0])) sentences.push_back(sentence);
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[1], "Here is a summary of the main developments so far today:");
  EXPECT_EQ(sentences[2], "Syrian authorities say troops have begun pulling back from three areas");
  EXPECT_TRUE(sentences[3].starts_with("International envoy kofi annan said")) << sentences[3];
}

TEST(BoilerplateCleaner, RepairsSpacesAndMojibake) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a",
                                "The\xC2\xA0"
                                "council  voted.\n\xC3\x82\xC2\xA0\n")});
  EXPECT_EQ(out[0].analysis.text, "The council voted.");
}

std::vector<Document> ReadExample() {
  namespace fs = std::filesystem;
  std::vector<Document> docs;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(PRECIS_SHARED_DIR) / "examples/syria-talks"))
    files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    docs.push_back(Doc(f.stem().string(), ss.str()));
  }
  return docs;
}

// An article's opening whose words the cluster's other articles repeat.
const char* kBridgeOpening =
    "The council closed the harbor bridge after engineers found cracks in the bridge "
    "supports. The bridge carries most harbor traffic, and the bridge closure sends traffic "
    "through the harbor tunnel. Engineers said the bridge cracks grew over the winter.";

// A sign-up prompt glued into the article's last paragraph (a crawl that
// joined the page's blocks) is cut; the story after it stays.
TEST(BoilerplateCleaner, CutsASignUpPromptInsideAParagraph) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a", std::string(kBridgeOpening) +
                    " Sign up be the first to know. Repairs to the bridge supports will take "
                    "three weeks, the council said.")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(ReasonFor(out[0], "Sign up be the first"), "prompt");
  EXPECT_EQ(OfferOf(out[0], "Sign up be the first"), "missing");
  EXPECT_EQ(OfferOf(out[0], "Repairs to the bridge"), "offered");
}

// After a heading, a run far from its article's opening is a second story
// glued on, unless the other articles tell most of its words: then it is the
// story's own sidebar (a profile, a timeline), and stays.
TEST(BoilerplateCleaner, KeepsTheStorysOwnSidebarAndCutsAGluedStory) {
  const std::string bridge = kBridgeOpening;
  const std::string sidebar =
      "Who is who\n\n"
      "Mayor Ana Ruiz, a former schoolteacher elected in 2019, pushed for the tunnel plan "
      "and promised residents free ferries during the repairs.\n\n"
      "Tom Reyes, the city engineer who led the inspection team, spent two decades building "
      "ferries and docks before joining the city.";
  const std::string glued =
      "Sports results\n\n"
      "The home side won the cup final on penalties after a goalless match, the striker "
      "scoring the decisive kick in front of a sold-out stadium.\n\n"
      "The coach praised the goalkeeper, who saved two kicks, and fans celebrated in the "
      "streets until dawn with flares and songs.";
  const std::string profiles =
      " Mayor Ana Ruiz, a former schoolteacher elected in 2019, pushed for the tunnel plan. "
      "Tom Reyes, the city engineer, led the inspection team; he spent two decades building "
      "ferries and docks, and residents get free ferries during the repairs.";
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a", bridge + "\n\n" + sidebar), Doc("b", bridge + profiles),
                            Doc("c", bridge), Doc("d", bridge + "\n\n" + glued)});
  ASSERT_EQ(out.size(), 4u);
  EXPECT_NE(out[0].analysis.text.find("Tom Reyes"), std::string::npos);
  EXPECT_EQ(ReasonFor(out[0], "Tom Reyes"), "");
  EXPECT_EQ(out[3].analysis.text.find("goalkeeper"), std::string::npos);
  EXPECT_EQ(ReasonFor(out[3], "goalkeeper"), "unrelated story");
}

// A run after a heading that keeps naming its headline's subject, the
// subject the other articles are about, is its article's own (a review of
// the year by month), though it tells things they do not; the same run
// naming something else is a glued story.
TEST(BoilerplateCleaner, KeepsARunNamingItsHeadlinesSubject) {
  const std::string bridge = kBridgeOpening;
  auto review = [](const std::string& subject) {
    const std::pair<const char*, const char*> months[] = {
        {"In January the orchestra toured five countries and sold every seat of its winter season.",
         "tour"},
        {"In February the @ toll rose again as the city budget shrank and schools closed.", "rise"},
        {"In March a storm flooded the museum basement and ruined paintings, sculptures and "
         "archives.",
         "flood"},
        {"In April the football club hired a coach from abroad and signed two young strikers.",
         "signing"},
        {"In May the @ hosted a marathon, a parade and an open-air concert despite rain.", "race"},
        {"In June farmers protested against grain prices with tractors blocking the motorway.",
         "protest"},
        {"In July the zoo welcomed twin pandas, and queues stretched around the aquarium.",
         "birth"},
        {"In August the @ lights were switched to cheaper lamps after power prices doubled.",
         "switch"}};
    std::string out = "Twelve months of tolls";
    for (const auto& [month, what] : months) {
      std::string text = month;
      if (const auto at = text.find('@'); at != std::string::npos) text.replace(at, 1, subject);
      out += "\n\n" + text + " The " + what +
             " was followed closely by residents, shopkeepers, teachers and visitors from "
             "neighbouring provinces, who wrote letters and phoned radio stations.";
    }
    return out;
  };
  BoilerplateCleaner cleaner("english");
  auto named = cleaner.Clean({Doc("a", bridge + "\n\n" + review("bridge"), "The bridge's year"),
                              Doc("b", bridge), Doc("c", bridge)});
  ASSERT_EQ(named.size(), 3u);
  EXPECT_NE(named[0].analysis.text.find("open-air concert"), std::string::npos);
  EXPECT_EQ(ReasonFor(named[0], "open-air concert"), "");
  auto other = cleaner.Clean({Doc("a", bridge + "\n\n" + review("tower"), "The bridge's year"),
                              Doc("b", bridge), Doc("c", bridge)});
  EXPECT_EQ(ReasonFor(other[0], "open-air concert"), "unrelated story");
}

// The story's own timeline after a heading stays in the text (for citations,
// figures) but its entries are not offered for a summary.
TEST(BoilerplateCleaner, KeepsTheStorysTimelineOutOfTheSummary) {
  const std::string bridge = kBridgeOpening;
  const std::string timeline =
      "How it unfolded\n\n"
      "March 3, 2019 -- Inspectors report rust on the steel supports of the span.\n\n"
      "June 9, 2020 -- Mayor Ana Ruiz asks for a study of the tunnel route.\n\n"
      "Jan. 17, 2021 -- Divers find a crack below the waterline near the pier.";
  const std::string told =
      " Inspectors reported rust on the steel supports in 2019, Mayor Ana Ruiz asked for a "
      "study of the tunnel route in 2020, and divers found a crack below the waterline near "
      "the pier in 2021.";
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a", bridge + "\n\n" + timeline), Doc("b", bridge + told), Doc("c", bridge)});
  ASSERT_EQ(out.size(), 3u);
  const auto& a = out[0].analysis;
  ASSERT_NE(a.text.find("Divers find a crack"), std::string::npos);
  EXPECT_EQ(ReasonFor(out[0], "Divers"), "");
  for (const auto& sentence : a.sentences) {
    const std::string text = a.text.substr(sentence.begin, sentence.end - sentence.begin);
    if (text.find(" -- ") != std::string::npos) {
      EXPECT_FALSE(sentence.candidate) << text;
    }
    if (text.find("The council closed") != std::string::npos) {
      EXPECT_TRUE(sentence.candidate) << text;
    }
  }
}

// A photo's caption left as a sentence of its own once the teaser and
// credit before it are cut stays in the text, not in a summary.
TEST(BoilerplateCleaner, KeepsACaptionLeftInsideAParagraphOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a",
           "The council closed the bridge on Tuesday after engineers found deep cracks in two "
           "of its supports. ( associated press ) File - in this jan. 11, 2016, file photo, "
           "traffic crosses the old harbor bridge in the city. The repairs could take two years "
           "and cost about $40 million, the city engineer said.\n\n" +
               std::string(kStory))});
  ASSERT_EQ(out.size(), 1u);
  bool saw_caption = false;
  for (const auto& [text, offered] : Offered(out[0])) {
    const bool caption = text.starts_with("File - in this");
    saw_caption |= caption;
    EXPECT_EQ(offered, !caption) << text;
  }
  EXPECT_TRUE(saw_caption) << out[0].analysis.text;
}

// What a crawl glued across a page's bar (a site's name and stamp, a
// link's label, a menu) stays in the text, out of the summary
// (mnplus-45504's summary opened "The republic | azcentral.com thu jan 23,
// 2014 9: 59 pm the last thing ...").
TEST(BoilerplateCleaner, KeepsASentenceAcrossAPagesBarOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a", std::string(kStory) +
                    "\n\nRelated | video of a man harassing a bison leaves people outraged this "
                    "is the second incident for park officials in six weeks.\n\nStatus | "
                    "taxonomy | species description | habitat | distribution | threats.")});
  ASSERT_EQ(out.size(), 1u);
  bool saw_bar = false;
  for (const auto& [text, offered] : Offered(out[0])) {
    const bool bar = text.find(" | ") != std::string::npos;
    saw_bar |= bar;
    EXPECT_EQ(offered, !bar) << text;
  }
  EXPECT_TRUE(saw_bar) << out[0].analysis.text;
}

// A page's promotion or contact line holds an address; prose names a site
// in passing, set off between commas (DUC 2006's "the movie's Web site,
// www.starwars.com, announced advance screenings").
TEST(BoilerplateCleaner, KeepsASentenceWithAnAddressOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a", std::string(kStory) +
                    "\n\nFor information about the bridge, visit http://www.harborbridge.org "
                    "before the work begins.\n\nPlease send media inquiries to kyu lee, "
                    "klee@ei.columbia.edu.\n\nThe city's Web site, www.city.gov, lists the "
                    "detours for every neighborhood.")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(OfferOf(out[0], "visit http"), "not offered");
  EXPECT_EQ(OfferOf(out[0], "klee@"), "not offered");
  EXPECT_EQ(OfferOf(out[0], "www.city.gov,"), "offered");
}

// Two hashtags or handles make a sentence a social-media post; one is named
// in passing.
TEST(BoilerplateCleaner, KeepsAPostOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a", std::string(kStory) +
                    "\n\nA group of people are waiting for the humanitarian #aid #convoy at an "
                    "entrance to #madaya.\n\nThousands of people tweeted along with the hashtag "
                    "#standwithwendy during the long filibuster.")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(OfferOf(out[0], "#aid"), "not offered");
  EXPECT_EQ(OfferOf(out[0], "#standwithwendy"), "offered");
}

// A player's caption glued to the lead with nothing to mark where it ends:
// the label goes, caption and lead stay in the text, out of the summary.
TEST(BoilerplateCleaner, KeepsALeadGluedToACaptionOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a",
           "Media playback is unsupported on your device media caption launch of the gaia "
           "satellite from sinnamary in french guiana europe has launched the gaia "
           "satellite, one of the most ambitious space missions in history.\n\n" +
               std::string(kStory))});
  ASSERT_EQ(out.size(), 1u);
  const auto& a = out[0].analysis;
  ASSERT_TRUE(a.text.starts_with("Launch of the gaia satellite")) << a.text;
  EXPECT_EQ(ReasonFor(out[0], "Media playback"), "player in a sentence");
  for (const auto& [text, offered] : Offered(out[0]))
    EXPECT_EQ(offered, text.find("gaia") == std::string::npos) << text;
}

// A link's label whose headline runs into the story unmarked (a crawl's
// "See also: <headline> <the story's sentence>"): the label goes, the story
// stays in the text (mnplus-46238 lost "in turn, one runner took a moment
// ..." as a prompt), out of the summary with the headline glued to it. A
// link alone, as short as a headline, is still a prompt.
TEST(BoilerplateCleaner, KeepsAStoryGluedAfterALinksHeadlineOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  const std::string glued =
      "See also: budweiser honors veteran with surprise homecoming in turn, one runner took a "
      "moment from the race to shake 95-year-old bell's hand, thanking him for his service.";
  auto out = cleaner.Clean({Doc("a", std::string(kStory) + "\n\n" + glued +
                                         "\n\nRelated: who is michael fry, the man who rammed "
                                         "a truck into the building?")});
  ASSERT_EQ(out.size(), 1u);
  const auto& a = out[0].analysis;
  EXPECT_NE(a.text.find("one runner took a moment from the race"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("See also"), std::string::npos) << a.text;
  EXPECT_EQ(ReasonFor(out[0], "See also"), "link in a sentence");
  EXPECT_EQ(ReasonFor(out[0], "michael fry"), "prompt");
  for (const auto& [text, offered] : Offered(out[0]))
    EXPECT_EQ(offered, text.find("runner") == std::string::npos) << text;
}

// A clip's label and length before its caption (mnplus-46612's summary held
// "Video ( 02: 54 ): video: sen. Al franken spoke to the media ..."): the
// label goes, the caption stays in the text, out of the summary.
TEST(BoilerplateCleaner, KeepsAClipsCaptionOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a", std::string(kStory) +
                    "\n\nVideo ( 02: 54 ): video: sen. al franken spoke to the media on capitol "
                    "hill monday in response to accusations that he groped two women.")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].analysis.text.find("02: 54"), std::string::npos) << out[0].analysis.text;
  EXPECT_EQ(ReasonFor(out[0], "Video ("), "player in a sentence");
  for (const auto& [text, offered] : Offered(out[0]))
    EXPECT_EQ(offered, text.find("franken") == std::string::npos) << text;
}

// A sentence pointing at the page's media by where they stand stays in the
// text, out of the summary; "above" and "below" in prose are kept.
TEST(BoilerplateCleaner, KeepsASentencePointingAtThePagesMediaOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a", std::string(kStory) +
                    "\n\nWatch the video above to find out how the engineers do it.\n\nCheck "
                    "out the 911 call and the dash-cam video below.\n\nTemperatures stayed "
                    "below freezing, and the river rose above its banks on monday.\n\nThe "
                    "family photos above the fireplace were untouched by the fire, he said.")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(OfferOf(out[0], "video above"), "not offered");
  EXPECT_EQ(OfferOf(out[0], "video below"), "not offered");
  EXPECT_EQ(OfferOf(out[0], "below freezing"), "offered");
  EXPECT_EQ(OfferOf(out[0], "photos above"), "offered");
}

// A photo's label whose credit runs into the caption or story unmarked
// (mnplus-45954's summary opened "Illustration by barry falls parents of
// girls are ..."): the label goes, the rest stays in the text, out of the
// summary.
TEST(BoilerplateCleaner, KeepsWhatRunsOnFromAPhotosLabelOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  for (const std::string label : {"Photo by", "Illustration by"}) {
    auto out = cleaner.Clean(
        {Doc("a", std::string(kStory) + "\n\n" + label +
                      " melissa phillip/houston chronicle a group of girls hug outside the "
                      "school after the shooting on friday morning. The school will stay "
                      "closed until monday, the district said.")});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].analysis.text.find(label), std::string::npos) << out[0].analysis.text;
    EXPECT_EQ(OfferOf(out[0], "group of girls"), "not offered") << label;
    EXPECT_EQ(OfferOf(out[0], "stay closed"), "offered") << label;
    EXPECT_EQ(OfferOf(out[0], "The council voted"), "offered");
  }
}

// A sentence the page cut short with an ellipsis stays in the text, not in
// a summary; one that ends before trailing off is a sentence.
TEST(BoilerplateCleaner, KeepsASentenceCutShortOutOfTheSummary) {
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(
      {Doc("a",
           "Satellite radio company siriusxm says it's buying music streaming... The deal would "
           "bring together 36 million subscribers and 70 million listeners, the companies "
           "said. \"We've achieved a big victory. ...\" the chairman told the crowd on "
           "Monday.\n\n" +
               std::string(kStory))});
  ASSERT_EQ(out.size(), 1u);
  bool saw_cut_short = false;
  for (const auto& [text, offered] : Offered(out[0])) {
    if (text.ends_with("streaming...")) {
      saw_cut_short = true;
      EXPECT_FALSE(offered) << text;
    } else if (text.find("victory") != std::string::npos ||
               text.find("36 million") != std::string::npos) {
      EXPECT_TRUE(offered) << text;
    }
  }
  EXPECT_TRUE(saw_cut_short) << out[0].analysis.text;
}

// A short unfinished line in several documents is a wire slug or a site's
// furniture, unless it reads as a piece of a sentence (duplicated articles
// share their list items and broken lines); a finished sentence is not a
// line.
TEST(BoilerplateCleaner, ALineInSeveralDocumentsIsFurnitureUnlessItReadsAsProse) {
  const std::string item = "-- The drive must continue to curb the rising crime rates;";
  const std::string slug = "Story Filed By Cox Newspapers";
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a", std::string(kStory) + "\n\n" + item + "\n\n" + slug),
                            Doc("b", item + "\n\nThe ministry said so on Monday.\n\n" + slug)});
  ASSERT_EQ(out.size(), 2u);
  for (const auto& doc : out) {
    EXPECT_NE(doc.analysis.text.find("The drive must continue"), std::string::npos);
    EXPECT_EQ(doc.analysis.text.find("Cox Newspapers"), std::string::npos);
    EXPECT_EQ(ReasonFor(doc, "Cox Newspapers"), "repeated across documents");
  }
  // A finished sentence two articles tell alike is the story's, however
  // short or bare of function words ("Sheriff's Sgt. Bart Giesey said 10
  // people were confirmed dead.", a quotation's last words).
  const std::string told = "Sheriff's Sgt. Bart Giesey said 10 people were confirmed dead.";
  const std::string quoted = "\"She was pronounced dead at the scene.\"";
  out = cleaner.Clean({Doc("a", std::string(kStory) + "\n\n" + told + "\n\n" + quoted),
                       Doc("b", "The ministry said so on Monday.\n\n" + told + "\n\n" + quoted +
                                    "\n\nOfficials met again on Tuesday.")});
  for (const auto& doc : out) {
    EXPECT_NE(doc.analysis.text.find("10 people were confirmed dead"), std::string::npos);
    EXPECT_NE(doc.analysis.text.find("pronounced dead at the scene"), std::string::npos);
  }
}

// Two copies of one article share their short lines with what follows them:
// a passage, not furniture.
TEST(BoilerplateCleaner, ALineOfAPassageTwoDocumentsShareIsNotFurniture) {
  const std::string passage =
      "Research by the National AIDS and Sexually Transmitted Diseases\n\n"
      "Control indicates that more than 1.9 million adults in Kenya are infected with HIV.";
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a", std::string(kStory) + "\n\n" + passage),
                            Doc("b", "The minister spoke in Nairobi on Monday.\n\n" + passage)});
  ASSERT_EQ(out.size(), 2u);
  for (const auto& doc : out) EXPECT_NE(doc.analysis.text.find("Research by"), std::string::npos);
  // Nor one that the same prose precedes in both (a quotation's last line).
  const std::string quote =
      "\" We were together for so long, \" said Billy Williams, who played alongside him for "
      "many years.\n\nWe formed a bond.";
  out = cleaner.Clean({Doc("a", std::string(kStory) + "\n\n" + quote),
                       Doc("b", "The minister spoke in Nairobi on Monday.\n\n" + quote)});
  for (const auto& doc : out)
    EXPECT_NE(doc.analysis.text.find("We formed a bond."), std::string::npos);
}

// An article filed twice word for word: its lines are the article's.
TEST(BoilerplateCleaner, ADocumentFiledTwiceKeepsItsShortLines) {
  const std::string text = "Ron Santo died.\n\nHe was 70.\n\n" + std::string(kStory);
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean({Doc("a", text), Doc("b", text)});
  ASSERT_EQ(out.size(), 2u);
  for (const auto& doc : out)
    EXPECT_NE(doc.analysis.text.find("Ron Santo died."), std::string::npos);
}

// A prompt glued before the story loses the prompt only; alone, it goes whole.
TEST(BoilerplateCleaner, CutsAPromptBeforeTheStoryAndKeepsTheStory) {
  EXPECT_EQ(CleanedText("The news and stories that matter, delivered weekday mornings. / updated "
                        "by jane doe the council closed the harbor bridge after engineers found "
                        "cracks in its supports.\n\n" +
                        std::string(kStory)),
            "The council closed the harbor bridge after engineers found cracks in its "
            "supports.\n\n" +
                std::string(kStory));
  EXPECT_EQ(CleanedText("Whenever jane doe posts new content, you ' ll get an email delivered "
                        "to your inbox with a link.\n\n" +
                        std::string(kStory)),
            kStory);
  // A short paragraph holding a prompt among its sentences loses that one.
  EXPECT_EQ(
      CleanedText("The mayor spoke on Monday. Whenever jane doe posts new content, you ' ll "
                  "get an email delivered to your inbox with a link. The bridge stays shut "
                  "until June.\n\n" +
                  std::string(kStory)),
      "The mayor spoke on Monday. The bridge stays shut until June.\n\n" + std::string(kStory));
  // A photo's caption and credit glued before the story: the story stays.
  EXPECT_EQ(CleanedText("This aug. 22, 2012, photo provided by the police shows dogs that were "
                        "attacked. ( ap photo/beaverton police department ) it was more than ten "
                        "years ago that she first asked the question.\n\n" +
                        std::string(kStory)),
            "It was more than ten years ago that she first asked the question.\n\n" +
                std::string(kStory));
  // A link's label and headline glued before a quotation and its speaker.
  EXPECT_EQ(CleanedText("Related: ten bridges that fell down \" we closed it because the "
                        "cracks kept growing, \" the mayor said on monday.\n\n" +
                        std::string(kStory)),
            "\"we closed it because the cracks kept growing,\" the mayor said on "
            "monday.\n\n" +
                std::string(kStory));
}

// A note on the writer or the paper goes; one on someone the story tells of stays.
TEST(BoilerplateCleaner, CutsANoteOnTheWriterButNotOnSomeoneInTheStory) {
  EXPECT_EQ(CleanedText(std::string(kStory) + "\n\n(David Nyhan is a Globe columnist.)"), kStory);
  EXPECT_EQ(CleanedText(std::string(kStory) +
                        "\n\n(The Press Democrat in Santa Rosa, Calif., is part of the New York "
                        "Times Regional Newspaper Group.)"),
            kStory);
  const std::string story =
      "Andrew Weigel is a reporter for the Harbor Times.\n\nThe council said Weigel found the "
      "cracks in the bridge's supports last week.\n\nWeigel said the steel had rusted.\n\n" +
      std::string(kStory);
  EXPECT_EQ(CleanedText(story), story);
  // A byline and a copyright line name the writer as such: the note goes.
  const std::string signed_story =
      "By TIM GIAGO\n\n(Tim Giago, Lakota Indian, is publisher and "
      "editor-in-chief of Indian Country Today.)\n\n" +
      std::string(kStory) + "\n\nC. 1998 Tim Giago";
  EXPECT_EQ(CleanedText(signed_story).find("publisher"), std::string::npos)
      << CleanedText(signed_story);
}

// A wire service's note to its clients' editors is not the story.
TEST(BoilerplateCleaner, CutsANoteToEditors) {
  EXPECT_EQ(CleanedText("ATTENTION EDITORS: The following material is for use only by "
                        "arrangement with New York Times Syndicate. For purchase information see "
                        "end of text.\n\n" +
                        std::string(kStory)),
            kStory);
}

TEST(BoilerplateCleaner, SyriaExampleLosesItsNoise) {
  auto docs = ReadExample();
  ASSERT_EQ(docs.size(), 5u);
  BoilerplateCleaner cleaner("english");
  auto out = cleaner.Clean(docs);
  std::string all;
  for (const auto& c : out) all += c.analysis.text + "\n\n";
  for (const char* noise :
       {"skip to main content", "consent", "cookies", "GMT", "Subscribe", "free_limit",
        "\xE2\x82\xB9", "Renews automatically", "Archives", "Ad-free", "Raqqa", "ISIL", "Manama"})
    EXPECT_EQ(all.find(noise), std::string::npos) << noise;
  for (const char* news :
       {"Kerry urges 'grace' from Russia", "a little grace", "Syria is ready for talks",
        "common platform", "Geneva 2", "arms embargo lifted"})
    EXPECT_NE(all.find(news), std::string::npos) << news;
  for (std::size_t d = 0; d < out.size(); ++d)
    for (const auto& r : out[d].removed)
      std::printf("%s\t%s\t%.70s\n", docs[d].id.c_str(), r.Reason().c_str(), r.text.c_str());
}

// A large cluster is prepared and cleaned on several threads, each with an
// analyser of its own adopted into the caller's: the result is the one of a
// single thread, ids included.
TEST(BoilerplateCleaner, ThreadsGiveTheResultOfOne) {
  const std::vector<std::string> bank = {
      "The city closed the harbor bridge on Tuesday after inspectors found cracks in supports.",
      "Officials said traffic would go through the tunnel for several months, perhaps longer.",
      "\"We will not reopen it until engineers say it is safe,\" the mayor told reporters.",
      "Ferries added sailings; commuters ( photo: jane doe, ap ) waited in long queues downtown.",
      "Repairs could cost as much as $ 40 million, according to an estimate seen by the council.",
  };
  std::vector<Document> docs;
  std::size_t bytes = 0;
  for (int d = 0; d < 120; ++d) {
    std::string text = "Skip to main content\n\nAdvertisement\n\n";
    for (int p = 0; p < 12; ++p) {
      for (int k = 0; k < 5; ++k) {
        // Words of this document alone, so that each analyser meets new ones.
        text += bank[(d + p + k) % bank.size()] + " Witness" + std::to_string(d * 100 + p) +
                " spoke of quay" + std::to_string(p * 7 + k) + "s and ferry" +
                std::to_string(d % 17) + "ing crews. ";
      }
      text += "\n\n";
      if (p % 5 == 0) text += "Share on Facebook\n\n";
    }
    bytes += text.size();
    docs.push_back(Doc("d" + std::to_string(d), text, "Bridge shut " + std::to_string(d)));
  }
  ASSERT_GT(bytes, std::size_t{3} << 18);  // enough for three threads' share

  auto one = text::Analyzer::Create("english");
  ASSERT_TRUE(one.ok());
  const auto expected =
      BoilerplateCleaner("english", &RecurringText::Builtin(), 1).Clean(docs, *one);
  for (int threads : {2, 3}) {
    auto many = text::Analyzer::Create("english");
    ASSERT_TRUE(many.ok());
    const auto got =
        BoilerplateCleaner("english", &RecurringText::Builtin(), threads).Clean(docs, *many);
    ASSERT_EQ(got.size(), expected.size());
    ASSERT_EQ(many->lexicon().size(), one->lexicon().size());
    for (std::size_t id = 0; id < one->lexicon().size(); ++id)
      ASSERT_EQ(many->lexicon().Text(static_cast<text::Lexicon::Id>(id)),
                one->lexicon().Text(static_cast<text::Lexicon::Id>(id)));
    for (std::size_t d = 0; d < got.size(); ++d) {
      const auto& a = got[d].analysis;
      const auto& b = expected[d].analysis;
      ASSERT_EQ(a.text, b.text) << threads << " threads, document " << d;
      ASSERT_TRUE(a.words == b.words) << threads << " threads, document " << d;
      ASSERT_TRUE(a.sentences == b.sentences) << threads << " threads, document " << d;
      ASSERT_EQ(got[d].removed.size(), expected[d].removed.size());
      for (std::size_t r = 0; r < got[d].removed.size(); ++r) {
        EXPECT_EQ(got[d].removed[r].text, expected[d].removed[r].text);
        EXPECT_EQ(got[d].removed[r].Reason(), expected[d].removed[r].Reason());
      }
    }
  }
  // The credit inside a paragraph was cut (so paragraphs were analysed
  // again after cleaning, on the threads too) and the furniture went.
  EXPECT_EQ(expected[60].analysis.text.find("photo:"), std::string::npos);
  EXPECT_EQ(expected[60].analysis.text.find("Share on Facebook"), std::string::npos);
}

}  // namespace
// A page's headline glued before an image's label at the story's start (mnplus-46466: "Catholics
// should not try to convert jews, vatican commission says enlarge this image toggle caption
// ..."): cut with the label; not a sentence that ends before a label further on.
TEST(BoilerplateCleaner, CutsAHeadlineGluedBeforeAnImageLabel) {
  BoilerplateCleaner cleaner("english");
  const auto out = cleaner.Clean(
      {Doc("a",
           "Catholics should not try to convert jews, vatican commission says enlarge this image "
           "toggle caption andreas solaro/afp/getty images the vatican said thursday that "
           "catholics should not try to convert jews and should work with them against "
           "anti-semitism, in a document issued on the anniversary of a landmark declaration.")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(ReasonFor(out[0], "vatican commission says"), "headline before an image label");
  EXPECT_EQ(out[0].analysis.text.find("Catholics should not try to convert jews, vatican"),
            std::string::npos);
  EXPECT_NE(out[0].analysis.text.find("The vatican said thursday"), std::string::npos);
  const auto kept = cleaner.Clean(
      {Doc("b",
           "The vatican said thursday that catholics should not try to convert jews. Enlarge "
           "this image the document was issued on the anniversary of a declaration.")});
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_NE(kept[0].analysis.text.find("The vatican said thursday"), std::string::npos);
}

}  // namespace precis::clean
