#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace precis::text {
namespace {

std::vector<std::string> SplitToStrings(std::string_view text) {
  auto splitter = SentenceSplitter::Create("english");
  EXPECT_TRUE(splitter.ok());
  std::vector<std::string> out;
  for (const Span& s : splitter->Split(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SentenceSplitter, SplitsPlainSentences) {
  EXPECT_EQ(SplitToStrings("The storm hit. It moved west! Did it stop?"),
            (std::vector<std::string>{"The storm hit.", "It moved west!", "Did it stop?"}));
}

// A paragraph with no terminator but in its closing run is one sentence
// without asking the break iterator; what follows a terminator otherwise
// (a closing mark after a space, more words, a separator) is the iterator's.
TEST(SentenceSplitter, AClosingRunEndsTheOnlySentenceAsTheIteratorWould) {
  EXPECT_EQ(SplitToStrings("The storm hit the coast"),
            (std::vector<std::string>{"The storm hit the coast"}));
  EXPECT_EQ(SplitToStrings("\"Did it stop?!\" she asked.\" )  "),
            (std::vector<std::string>{"\"Did it stop?!\" she asked.\" )"}));
  EXPECT_EQ(SplitToStrings("\u201cIt is over,\u201d he said.\u201d "),
            (std::vector<std::string>{"\u201cIt is over,\u201d he said.\u201d"}));
  // (The iterator splits these two; the marks go back to their sentence.)
  EXPECT_EQ(SplitToStrings("He spoke on june 27. ( )"),
            (std::vector<std::string>{"He spoke on june 27. ( )"}));
  EXPECT_EQ(SplitToStrings("Salazar : ` This is a mess and we will not rest. '"),
            (std::vector<std::string>{"Salazar : ` This is a mess and we will not rest. '"}));
  EXPECT_EQ(SplitToStrings("It rained\u2029It stopped"),
            (std::vector<std::string>{"It rained\u2029", "It stopped"}));
  EXPECT_EQ(SplitToStrings("The storm hit. It moved west"),
            (std::vector<std::string>{"The storm hit.", "It moved west"}));
}

TEST(SentenceSplitter, KeepsALowerCasedInitialismOpeningASentence) {
  EXPECT_EQ(SplitToStrings("U.s. officials said the talks failed. U.s. President donald trump "
                           "spoke later."),
            (std::vector<std::string>{"U.s. officials said the talks failed.",
                                      "U.s. President donald trump spoke later."}));
  // A single capital is an initial or a letter that may end a sentence.
  EXPECT_EQ(SplitToStrings("They chose plan B. The vote was close."),
            (std::vector<std::string>{"They chose plan B.", "The vote was close."}));
}

TEST(SentenceSplitter, KeepsTitlesWithNames) {
  EXPECT_EQ(
      SplitToStrings("Sen. John Kerry met Gen. Allen and Dr. Smith. They talked."),
      (std::vector<std::string>{"Sen. John Kerry met Gen. Allen and Dr. Smith.", "They talked."}));
  EXPECT_EQ(SplitToStrings("Mr. Obama spoke. Mrs. Clinton listened."),
            (std::vector<std::string>{"Mr. Obama spoke.", "Mrs. Clinton listened."}));
}

TEST(SentenceSplitter, KeepsLowerCasedTitles) {
  EXPECT_EQ(SplitToStrings("The center said it sued mr. miller in 1980. He lost."),
            (std::vector<std::string>{"The center said it sued mr. miller in 1980.", "He lost."}));
}

TEST(SentenceSplitter, KeepsLowerCasedAbbreviations) {
  EXPECT_EQ(
      SplitToStrings("A report from the u.s. Centers for disease control came out. Shares "
                     "of apple inc. Rose on sept. 5 and the u.n. Agreed."),
      (std::vector<std::string>{"A report from the u.s. Centers for disease control came out.",
                                "Shares of apple inc. Rose on sept. 5 and the u.n. Agreed."}));
}

TEST(SentenceSplitter, KeepsLowerCasedInitialismsAndMiddleInitials) {
  // A crawl that lower-cased the text capitalised the word after every
  // period, as if a sentence began.
  EXPECT_EQ(SplitToStrings("John o. Brennan, an adviser before taking over the c.i.a. This year "
                           "— and after — delivered it. It was new."),
            (std::vector<std::string>{"John o. Brennan, an adviser before taking over the c.i.a. "
                                      "This year — and after — delivered it.",
                                      "It was new."}));
  // But not before "The" or a pronoun (mnplus-44975's summary held "... arlington, virginia,
  // and washington, d.c. The conference call was originally scheduled ...").
  EXPECT_EQ(SplitToStrings("It has offices in washington, d.c. The call was moved. Deaths in the "
                           "u.s. He said so. It is a.k.a. The night before november 1."),
            (std::vector<std::string>{"It has offices in washington, d.c.", "The call was moved.",
                                      "Deaths in the u.s.", "He said so.",
                                      "It is a.k.a. The night before november 1."}));
  // The first name lower-cased too (mnplus-45266's summary opened "President trump sought
  // the firing of robert s.").
  EXPECT_EQ(SplitToStrings("President trump sought the firing of robert s. Mueller iii last june, "
                           "and he backed off after counsel donald f. Mcgahn threatened to quit."),
            (std::vector<std::string>{
                "President trump sought the firing of robert s. Mueller iii last june, and he "
                "backed off after counsel donald f. Mcgahn threatened to quit."}));
  // A name opening a quotation (mnplus-45980's summary held 'his "donald j.').
  EXPECT_EQ(
      SplitToStrings("He wore his \"donald j. Trump border wall\" shirt to class."),
      (std::vector<std::string>{"He wore his \"donald j. Trump border wall\" shirt to class."}));
  EXPECT_EQ(SplitToStrings("Pope francis named cardinal sean p. O'malley of boston."),
            (std::vector<std::string>{"Pope francis named cardinal sean p. O'malley of boston."}));
  // Before an Irish surname, a second initial or a spaced-out initialism (Multi-News dev
  // summaries held "Pope francis on saturday named cardinal sean p.", "... said oliver j." and
  // "... while serving the u.").
  EXPECT_EQ(
      SplitToStrings("Pope francis named cardinal sean p. O ' malley of boston."),
      (std::vector<std::string>{"Pope francis named cardinal sean p. O ' malley of boston."}));
  EXPECT_EQ(
      SplitToStrings("\"It's a find,\" said oliver j. T. O'grady, the director."),
      (std::vector<std::string>{"\"It's a find,\" said oliver j. T. O'grady, the director."}));
  EXPECT_EQ(
      SplitToStrings("He was killed while serving the u. S. Army in afghanistan."),
      (std::vector<std::string>{"He was killed while serving the u. S. Army in afghanistan."}));
  // An initialism after a hyphen (mnplus-46029's summary had "china suspended a sino-u.s." and
  // "Working group" apart).
  EXPECT_EQ(SplitToStrings("China suspended a sino-u.s. Working group on cyber security."),
            (std::vector<std::string>{"China suspended a sino-u.s. Working group on cyber "
                                      "security."}));
  // A state's abbreviation in parentheses (DUC 2002 d119i's summary held "Sens. Jesse Helms
  // (R-N.").
  EXPECT_EQ(SplitToStrings("The two senior Republicans, Sens. Jesse Helms (R-N.C.) and Richard "
                           "Lugar (R-Ind.), objected. They spoke."),
            (std::vector<std::string>{"The two senior Republicans, Sens. Jesse Helms (R-N.C.) and "
                                      "Richard Lugar (R-Ind.), objected.",
                                      "They spoke."}));
  // A sentence ending in a word and a letter is still one.
  EXPECT_EQ(SplitToStrings("We took vitamin c. Officials said it worked."),
            (std::vector<std::string>{"We took vitamin c.", "Officials said it worked."}));
  EXPECT_EQ(SplitToStrings("They chose plan b. The vote was close."),
            (std::vector<std::string>{"They chose plan b.", "The vote was close."}));
  EXPECT_EQ(SplitToStrings("It closed at 5 p.m. The rain went on."),
            (std::vector<std::string>{"It closed at 5 p.m.", "The rain went on."}));
  // A company of brothers goes on with its name, not with a new sentence.
  EXPECT_EQ(SplitToStrings("A rep for Warner Bros. Television said so. It was made by Warner "
                           "Bros. The studio agreed, claiming \" warner bros. Pictures won. \""),
            (std::vector<std::string>{
                "A rep for Warner Bros. Television said so.", "It was made by Warner Bros.",
                "The studio agreed, claiming \" warner bros. Pictures won. \""}));
  // A time's zone goes with it, as a lower-cased crawl writes it too.
  EXPECT_EQ(SplitToStrings("They meet at 6 p.m. Et tonight to find a path."),
            (std::vector<std::string>{"They meet at 6 p.m. Et tonight to find a path."}));
  EXPECT_EQ(SplitToStrings("It opens at 9 a.m. EDT on Monday."),
            (std::vector<std::string>{"It opens at 9 a.m. EDT on Monday."}));
  EXPECT_EQ(
      SplitToStrings("It closed at 5 p.m. West of the river, the rain went on."),
      (std::vector<std::string>{"It closed at 5 p.m.", "West of the river, the rain went on."}));
}

TEST(SentenceSplitter, KeepsAcronymsDecimalsAndDates) {
  EXPECT_EQ(
      SplitToStrings("The U.S. and the U.N. agreed on Jan. 5 to pay 8.2 percent more. "
                     "Officials said so."),
      (std::vector<std::string>{"The U.S. and the U.N. agreed on Jan. 5 to pay 8.2 percent more.",
                                "Officials said so."}));
}

TEST(SentenceSplitter, KeepsInitials) {
  EXPECT_EQ(
      SplitToStrings("President John F. Kennedy was shot. The nation mourned."),
      (std::vector<std::string>{"President John F. Kennedy was shot.", "The nation mourned."}));
  // After a title too.
  EXPECT_EQ(SplitToStrings("It was settled, commented Dr. J. Ward Kennedy of the University of "
                           "Washington. Mr. A. B. Smith left."),
            (std::vector<std::string>{
                "It was settled, commented Dr. J. Ward Kennedy of the University of Washington.",
                "Mr. A. B. Smith left."}));
}

TEST(SentenceSplitter, KeepsAPeriodInsideParenthesesThatCloseSoon) {
  // (ICU does not break before an opening parenthesis.)
  EXPECT_EQ(SplitToStrings("The rally was held on oct. 19. ( photo: phelan m. Ebenhack, ap ) "
                           "Obama leads in cash."),
            (std::vector<std::string>{"The rally was held on oct. 19. ( photo: phelan m. "
                                      "Ebenhack, ap ) Obama leads in cash."}));
  EXPECT_EQ(SplitToStrings("Democrats met. ( ap photo/j. Scott applewhite ) Clinton reached out."),
            (std::vector<std::string>{
                "Democrats met. ( ap photo/j. Scott applewhite ) Clinton reached out."}));
  // Parentheses holding whole sentences, or left open, do not join.
  EXPECT_EQ(SplitToStrings("He left (for good). She stayed. (Nobody knew why.) Then it rained."),
            (std::vector<std::string>{"He left (for good).", "She stayed.", "(Nobody knew why.)",
                                      "Then it rained."}));
  EXPECT_EQ(SplitToStrings("The list (a long one. It ran on. And on) ended."),
            (std::vector<std::string>{"The list (a long one.", "It ran on.", "And on) ended."}));
}

TEST(SentenceSplitter, QuotationEndingSentence) {
  EXPECT_EQ(
      SplitToStrings("\"We will win,\" he said. \"No doubt.\" Then he left."),
      (std::vector<std::string>{"\"We will win,\" he said.", "\"No doubt.\"", "Then he left."}));
}

TEST(SentenceSplitter, SplitsSentencesGluedWithoutASpace) {
  // Crawls that lost a line break: a lower-case word follows the period.
  EXPECT_EQ(SplitToStrings("it was, in a word, a bummer.harris tried to sing. \" We won, \" he "
                           "said.the cbs telecast ran long."),
            (std::vector<std::string>{"it was, in a word, a bummer.", "harris tried to sing.",
                                      "\" We won, \" he said.", "the cbs telecast ran long."}));
  EXPECT_EQ(
      SplitToStrings("crews found 276 dogs in the county.a litter was born."),
      (std::vector<std::string>{"crews found 276 dogs in the county.", "a litter was born."}));
  EXPECT_EQ(
      SplitToStrings("he was found dead at age 50.richmond police were called."),
      (std::vector<std::string>{"he was found dead at age 50.", "richmond police were called."}));
}

TEST(SentenceSplitter, ABulletOpensAnItem) {
  // A list flattened into a run of text: the bullets belong to no sentence.
  EXPECT_EQ(SplitToStrings("Here is the latest: syria \xE2\x80\xA2 troops have begun pulling back "
                           "\xE2\x80\xA2 the envoy said violence is clearly continuing."),
            (std::vector<std::string>{"Here is the latest: syria", "troops have begun pulling back",
                                      "the envoy said violence is clearly continuing."}));
  EXPECT_EQ(SplitToStrings("\xE2\x97\x8F Spy agencies piggyback on commercial data. \xE2\x96\xAA "
                           "Details can include age."),
            (std::vector<std::string>{"Spy agencies piggyback on commercial data.",
                                      "Details can include age."}));
  // A bullet inside a word or at the end stays where it is.
  EXPECT_EQ(SplitToStrings("The brand\xE2\x80\xA2x logo ran."),
            (std::vector<std::string>{"The brand\xE2\x80\xA2x logo ran."}));
  EXPECT_EQ(SplitToStrings("The list ends here \xE2\x80\xA2"),
            (std::vector<std::string>{"The list ends here \xE2\x80\xA2"}));
}

TEST(SentenceSplitter, KeepsAddressesAndCodeThatLookGlued) {
  for (std::string_view text :
       {"Head over to www.ouya.tv for more info.", "Read it at news.google.com today.",
        "She wrote to jane.doe@example.org about it.", "The photo was dom.jpg on the site.",
        "They moved to st.louis last year.", "A call to _taboola.push( { mode: x } ) ran.",
        "See https://example.org/a.html now.", "He ran a ph.d program.",
        "Shares of 005930.ks rose.", "The report is at 2012.pdf on the site.",
        "Call cbs8.com for news."})
    EXPECT_EQ(SplitToStrings(text).size(), 1u) << text;
}

TEST(SentenceSplitter, EllipsisInsideSentence) {
  EXPECT_EQ(
      SplitToStrings("It is an important meeting... and I remain hopeful. Next."),
      (std::vector<std::string>{"It is an important meeting... and I remain hopeful.", "Next."}));
}

TEST(SentenceSplitter, HeadlineWithoutPeriodIsItsOwnSentence) {
  EXPECT_EQ(SplitToStrings("Kerry urges talks\n\nThe secretary spoke on Monday."),
            (std::vector<std::string>{"Kerry urges talks", "The secretary spoke on Monday."}));
}

TEST(SentenceSplitter, SpansAreByteOffsetsIntoTheText) {
  std::string text = "  Caf\xC3\xA9 opens.  It\xE2\x80\x99s busy.\n\nNew para.";
  auto splitter = SentenceSplitter::Create("en");
  ASSERT_TRUE(splitter.ok());
  auto spans = splitter->Split(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "Caf\xC3\xA9 opens.");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "It\xE2\x80\x99s busy.");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "New para.");
}

TEST(SentenceSplitter, SpansStayByteOffsetsAfterCharactersOutsideTheBasicPlane) {
  // U+1F600 is two UTF-16 units and four bytes; U+00E9 one unit and two bytes.
  std::string text =
      "Fans cheered \xF0\x9F\x98\x80 loudly. Caf\xC3\xA9s closed \xF0\x9F\x98\x80. "
      "Then it rained.";
  auto splitter = SentenceSplitter::Create("en");
  ASSERT_TRUE(splitter.ok());
  auto spans = splitter->Split(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin),
            "Fans cheered \xF0\x9F\x98\x80 loudly.");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin),
            "Caf\xC3\xA9s closed \xF0\x9F\x98\x80.");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "Then it rained.");
}

TEST(SentenceSplitter, AClosingQuoteSetOffByASpaceStaysWithItsSentence) {
  // Tokenized crawls space their quotation marks; the closing one must not
  // open the next sentence.
  EXPECT_EQ(SplitToStrings("Police were \" not ruling anything out. \" Cbs reported a drug link."),
            (std::vector<std::string>{"Police were \" not ruling anything out. \"",
                                      "Cbs reported a drug link."}));
  EXPECT_EQ(
      SplitToStrings("He said \xE2\x80\x9CNo more. \xE2\x80\x9D Then he left."),
      (std::vector<std::string>{"He said \xE2\x80\x9CNo more. \xE2\x80\x9D", "Then he left."}));
  // A straight mark after a sentence whose quotes are paired opens the next.
  EXPECT_EQ(SplitToStrings("He called it \"over\" today. \" We won, \" she said."),
            (std::vector<std::string>{"He called it \"over\" today.", "\" We won, \" she said."}));
  // One closing a quotation of several sentences goes back to the last.
  EXPECT_EQ(SplitToStrings("Ranta said: \" I am overwhelmed. I am happy. \" Neither lawyer could "
                           "be reached."),
            (std::vector<std::string>{"Ranta said: \" I am overwhelmed.", "I am happy. \"",
                                      "Neither lawyer could be reached."}));
}

TEST(SentenceSplitter, AQuotationOpeningALowerCasedSentenceStartsIt) {
  EXPECT_EQ(
      SplitToStrings("the meat will go to a food bank. \"these geese are year-round residents."),
      (std::vector<std::string>{"the meat will go to a food bank.",
                                "\"these geese are year-round residents."}));
  EXPECT_EQ(SplitToStrings("he was reunited with his family. \" he is coming home, it is"),
            (std::vector<std::string>{"he was reunited with his family.",
                                      "\" he is coming home, it is"}));
  // Not where the mark closes a quotation, nor after a title.
  EXPECT_EQ(SplitToStrings("he said \"we won. \"and left\" early."),
            (std::vector<std::string>{"he said \"we won. \"and left\" early."}));
  EXPECT_EQ(SplitToStrings("a word with mr. \"buzz\" aldrin today."),
            (std::vector<std::string>{"a word with mr. \"buzz\" aldrin today."}));
}

// A lower-cased crawl (Multi-News) capitalises only where a period ended a
// sentence: there a lower-case word after "?" or "!" opens the next one,
// unless it names who asked; in cased text it goes on with the sentence.
TEST(SentenceSplitter, AQuestionEndsALowerCasedCrawlsSentence) {
  const std::string crawl =
      "the rare coin was minted in carson city during a one-day run of dimes in 1873. Who would "
      "pay that much for a dime? plenty of collectors, apparently, and the bidding went on for "
      "an hour. \"is it worth it?\" the dealer asked. It sold on friday night to a buyer in "
      "texas for a record price, the auction house said.";
  EXPECT_EQ(SplitToStrings(crawl),
            (std::vector<std::string>{
                "the rare coin was minted in carson city during a one-day run of dimes in 1873.",
                "Who would pay that much for a dime?",
                "plenty of collectors, apparently, and the bidding went on for an hour.",
                "\"is it worth it?\" the dealer asked.",
                "It sold on friday night to a buyer in texas for a record price, the auction "
                "house said."}));
  const std::string cased =
      "The rare coin was minted in Carson City during a one-day run of dimes in 1873, and "
      "Stack's Bowers Galleries sold it on Friday. Who would pay that much? collectors from "
      "Texas and Nevada bid for an hour, said Chris Napolitano, the president of the gallery "
      "in New York, on Friday.";
  EXPECT_EQ(SplitToStrings(cased).size(), 2u);
}

// A lower-cased crawl capitalised the word after every "a.m." and "p.m."
// (mnplus-45639's summary held the fragment "Following an hours-long
// standoff at an el cajon home."): a word that goes on with a sentence goes
// on with it; one that opens sentences opens the next.
TEST(SentenceSplitter, ALowerCasedCrawlsTimeGoesOnWithItsSentence) {
  const std::string crawl =
      "the sports director was shot outside his home in the afternoon, and neighbors reported "
      "hearing several shots. Police arrested 54-year-old mike montana shortly before 10 p.m. "
      "Following an hours-long standoff at an el cajon home. The shooting happened around 9: 30 "
      "a.m. At the secluded ranch subdivision, a spokeswoman said. The station closed at 11 p.m. "
      "The suspect is due in court on monday.";
  EXPECT_EQ(SplitToStrings(crawl),
            (std::vector<std::string>{
                "the sports director was shot outside his home in the afternoon, and neighbors "
                "reported hearing several shots.",
                "Police arrested 54-year-old mike montana shortly before 10 p.m. Following an "
                "hours-long standoff at an el cajon home.",
                "The shooting happened around 9: 30 a.m. At the secluded ranch subdivision, a "
                "spokeswoman said.",
                "The station closed at 11 p.m.", "The suspect is due in court on monday."}));
  // A time after a determiner names a noun's time: the noun follows.
  EXPECT_EQ(SplitToStrings("Ms. Guthrie has been the co-host of the 9 a.m. Hour of today since "
                           "june. He hosted the cbs 12: 35 a.m. Show. It ended at 2 a.m. The "
                           "crew left."),
            (std::vector<std::string>{
                "Ms. Guthrie has been the co-host of the 9 a.m. Hour of today since june.",
                "He hosted the cbs 12: 35 a.m. Show.", "It ended at 2 a.m.", "The crew left."}));
  // In cased text the capital is the text's own: a sentence opens there.
  EXPECT_EQ(SplitToStrings("It closed at 5 p.m. On Sunday, the police came back to the house."),
            (std::vector<std::string>{"It closed at 5 p.m.",
                                      "On Sunday, the police came back to the house."}));
}

// A verb with no subject before it goes on from the sentence before, where a
// lower-cased crawl's capital or mark cut it off (Multi-News dev summaries held "Is recalling
// more than 11 million boxes of honey smacks cereal ...", "Was first to report the news.").
TEST(SentenceSplitter, ALowerCasedCrawlsVerbGoesOnFromItsSubject) {
  const std::string crawl =
      "Kellogg co. Is recalling more than 11 million boxes of honey smacks cereal in the eighth "
      "outbreak this year. An alleged accomplice, daniel martinez... Was expected to be "
      "arraigned on monday. Carey was married to mottola for five years. E! was first to "
      "report the news. She toured with smith and co. The band played on. What a night! is it "
      "over?";
  EXPECT_EQ(
      SplitToStrings(crawl),
      (std::vector<std::string>{
          "Kellogg co. Is recalling more than 11 million boxes of honey smacks cereal in the "
          "eighth outbreak this year.",
          "An alleged accomplice, daniel martinez... Was expected to be arraigned on monday.",
          "Carey was married to mottola for five years.", "E! was first to report the news.",
          "She toured with smith and co.", "The band played on.", "What a night!", "is it over?"}));
}

// A short quotation ending in "!" or "?" (a show's title, a cry) goes on
// with its sentence in a lower-cased crawl (mnplus-46212's summary opened
// "Alex trebek, who has hosted the popular game show \"jeopardy!\"", then
// "Since 1984, recently underwent brain surgery ..."), where a lower-case
// word after "!" otherwise opens a sentence.
TEST(SentenceSplitter, ALowerCasedCrawlsQuotedCryGoesOnWithItsSentence) {
  const std::string crawl =
      "alex trebek, who has hosted the popular game show \" jeopardy! \" since 1984, recently "
      "underwent brain surgery, but expects to return to taping new episodes soon. The gunmen "
      "stormed the hotel shouting \" god is great! \" in arabic, witnesses said. The crowd "
      "chanted \" bravo! \" the president smiled and waved from the stage.";
  EXPECT_EQ(
      SplitToStrings(crawl),
      (std::vector<std::string>{
          "alex trebek, who has hosted the popular game show \" jeopardy! \" since 1984, "
          "recently underwent brain surgery, but expects to return to taping new episodes "
          "soon.",
          "The gunmen stormed the hotel shouting \" god is great! \" in arabic, witnesses "
          "said.",
          "The crowd chanted \" bravo! \"", "the president smiled and waved from the stage."}));
}

// A figure opening a sentence before a lower-case word (mnplus-46087's summary held "The
// actress recently gave birth to her second child. 30 rock returns later this year." as one
// line), and a quotation glued to the period before it (mnplus-46476's: '... to the
// antiquities authority."they discovered the gold ...').
TEST(SentenceSplitter, AFigureOrAGluedQuotationOpensALowerCasedSentence) {
  EXPECT_EQ(SplitToStrings("She gave birth to her second child. 30 rock returns later this year."),
            (std::vector<std::string>{"She gave birth to her second child.",
                                      "30 rock returns later this year."}));
  EXPECT_EQ(SplitToStrings("He was booked on jan. 18 at the jail. It held approx. 30 people and "
                           "the country's no. 2 power."),
            (std::vector<std::string>{"He was booked on jan. 18 at the jail.",
                                      "It held approx. 30 people and the country's no. 2 power."}));
  EXPECT_EQ(SplitToStrings("They reported it to the authority.\"they found the gold,\" he said."),
            (std::vector<std::string>{"They reported it to the authority.",
                                      "\"they found the gold,\" he said."}));
  EXPECT_EQ(SplitToStrings("he said \"we won.\"and left\" early."),
            (std::vector<std::string>{"he said \"we won.\"and left\" early."}));
}

// After a figure too (Multi-News dev summaries held "... in the first quarter of 2013. \"we
// don't believe ..." as one line), and not after a company's abbreviation before "The" (" ...
// holding ltd. The board is expected ...") nor a street's direction ("at 3520 s. El camino").
TEST(SentenceSplitter, AQuotationAfterAFigureOpensALowerCasedSentence) {
  EXPECT_EQ(SplitToStrings("sales grew in the first quarter of 2013. \"we don't believe it,\" "
                           "he said."),
            (std::vector<std::string>{"sales grew in the first quarter of 2013.",
                                      "\"we don't believe it,\" he said."}));
  EXPECT_EQ(SplitToStrings("It sold its stake in holding ltd. The board is expected to meet. Visa "
                           "inc. In 2008 went public. It was found at 3520 s. El camino real."),
            (std::vector<std::string>{
                "It sold its stake in holding ltd.", "The board is expected to meet.",
                "Visa inc. In 2008 went public.", "It was found at 3520 s. El camino real."}));
}

TEST(SentenceSplitter, AQuotationClosingALowerCasedSentenceEndsIt) {
  EXPECT_EQ(SplitToStrings("he said the arsenal \" works. \" trump was responding to a speech."),
            (std::vector<std::string>{"he said the arsenal \" works. \"",
                                      "trump was responding to a speech."}));
  // The same with the crawl's spaces closed up (clean/tokenizer_spacing).
  EXPECT_EQ(SplitToStrings("he said the arsenal \"works.\" trump was responding to a speech."),
            (std::vector<std::string>{"he said the arsenal \"works.\"",
                                      "trump was responding to a speech."}));
  EXPECT_EQ(SplitToStrings("\"we have to be realistic.\" the former south carolina governor "
                           "said on monday."),
            (std::vector<std::string>{"\"we have to be realistic.\" the former south carolina "
                                      "governor said on monday."}));
  EXPECT_EQ(SplitToStrings("he has hosted the game show \"jeopardy!\" since 1984, it said."),
            (std::vector<std::string>{"he has hosted the game show \"jeopardy!\" since 1984, it "
                                      "said."}));
  EXPECT_EQ(SplitToStrings("we saw \"mother!\" it is an audacious film."),
            (std::vector<std::string>{"we saw \"mother!\"", "it is an audacious film."}));
  EXPECT_EQ(SplitToStrings("abc news asked: \"is karzai our ally?\" gibbs gave no answer."),
            (std::vector<std::string>{"abc news asked: \"is karzai our ally?\"",
                                      "gibbs gave no answer."}));
  EXPECT_EQ(SplitToStrings("she called it \"the u.s.\" nation of the future today."),
            (std::vector<std::string>{"she called it \"the u.s.\" nation of the future today."}));
  // Not before the quotation's attribution, nor after an abbreviation.
  EXPECT_EQ(SplitToStrings("\" we have to be realistic. \" the former south carolina governor "
                           "said on monday."),
            (std::vector<std::string>{"\" we have to be realistic. \" the former south carolina "
                                      "governor said on monday."}));
  EXPECT_EQ(SplitToStrings("she called it \" the u.s. \" nation of the future today."),
            (std::vector<std::string>{"she called it \" the u.s. \" nation of the future today."}));
  // A quotation opened in an earlier sentence of the paragraph: the mark
  // closes it, and the next sentence starts after it.
  EXPECT_EQ(SplitToStrings("the signs read, \" a convicted sexual predator... Lives at this "
                           "location. \" the police department installed the signs."),
            (std::vector<std::string>{"the signs read, \" a convicted sexual predator...",
                                      "Lives at this location. \"",
                                      "the police department installed the signs."}));
}

TEST(SentenceSplitter, EmptyAndWhitespace) {
  EXPECT_TRUE(SplitToStrings("").empty());
  EXPECT_TRUE(SplitToStrings("  \n\n  ").empty());
}

TEST(SentenceSplitter, UnknownLanguageIsAUsageError) {
  auto s = SentenceSplitter::Create("klingon");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().kind(), Status::Kind::kUsage);
}

TEST(SentenceSplitter, OtherLanguages) {
  auto s = SentenceSplitter::Create("german");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->Split("Das ist gut. Er kommt morgen.").size(), 2u);
}

// --- Agreement with NIST's sentence-tagged DUC 2002 documents. ---

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s)
    // NIST moves quotes across periods (`.''` becomes `''.`): ignore quotes.
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '\'' && c != '`' && c != '"') out += c;
  return out;
}

std::string DecodeEntities(std::string s) {
  static const std::vector<std::pair<std::string, std::string>> kEntities = {
      {"&amp;", "&"}, {"&AMP;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}};
  for (const auto& [from, to] : kEntities)
    for (std::size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, from.size(), to);
  return s;
}

// Sentence end offsets, counted in non-whitespace characters of `squeezed`,
// for the sentences that can be found in order.
std::set<std::size_t> Boundaries(const std::string& squeezed,
                                 const std::vector<std::string>& sentences) {
  std::set<std::size_t> out;
  std::size_t cursor = 0;
  for (const auto& s : sentences) {
    std::string q = Squeeze(s);
    if (q.empty()) continue;
    std::size_t at = squeezed.find(q, cursor);
    if (at == std::string::npos || at > cursor + 200) continue;
    cursor = at + q.size();
    out.insert(cursor);
  }
  return out;
}

TEST(SentenceSplitter, AgreesWithNistOnDuc2002) {
  namespace fs = std::filesystem;
  fs::path root = fs::path(PRECIS_SHARED_DIR) / "data/duc2002/raw";
  ASSERT_TRUE(fs::exists(root)) << "missing " << root;
  auto splitter = SentenceSplitter::Create("english");
  ASSERT_TRUE(splitter.ok());
  std::regex sent_re("<s docid=\"[^\"]*\" num=\"[0-9]+\" wdcount=\"[0-9]+\">([^]*?)</s>");
  std::size_t agree = 0, ours_only = 0, nist_only = 0, docs = 0;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root / "docs.with.sentence.breaks"))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::string tagged = ReadFile(f);
    std::size_t tb = tagged.find("<TEXT>"), te = tagged.rfind("</TEXT>");
    if (tb == std::string::npos || te == std::string::npos) continue;
    std::string body = tagged.substr(tb, te - tb);
    std::vector<std::string> nist;
    for (std::sregex_iterator it(body.begin(), body.end(), sent_re), end; it != end; ++it)
      nist.push_back(DecodeEntities((*it)[1].str()));
    // Our input: the raw document's <TEXT>, paragraphs at blank or indented
    // lines (as the DUC files mark them), tags dropped.
    fs::path raw = root / "docs" / f.parent_path().filename() / f.stem();
    std::string doc = ReadFile(raw);
    std::size_t db = doc.find("<TEXT>"), de = doc.rfind("</TEXT>");
    ASSERT_NE(db, std::string::npos) << raw;
    std::string running;
    std::istringstream lines(DecodeEntities(doc.substr(db + 6, de - db - 6)));
    for (std::string line; std::getline(lines, line);) {
      if (line.find('<') != std::string::npos)
        line = std::regex_replace(line, std::regex("<[^>]*>"), " ");
      bool blank = line.find_first_not_of(" \t\r") == std::string::npos;
      if (blank || line[0] == ' ' || line[0] == '\t') running += "\n\n";
      if (!blank) running += line + " ";
    }
    std::vector<std::string> ours;
    for (const Span& s : splitter->Split(running))
      ours.push_back(running.substr(s.begin, s.end - s.begin));
    std::string squeezed = Squeeze(running);
    auto a = Boundaries(squeezed, nist), b = Boundaries(squeezed, ours);
    for (auto x : b) (a.count(x) ? agree : ours_only)++;
    for (auto x : a)
      if (!b.count(x)) {
        ++nist_only;
        if (std::getenv("SHOW_DISAGREEMENTS"))
          std::printf("NIST-only: ...%s | %s...\n",
                      squeezed.substr(x > 40 ? x - 40 : 0, x > 40 ? 40 : x).c_str(),
                      squeezed.substr(x, 30).c_str());
      }
    for (auto x : b)
      if (!a.count(x) && std::getenv("SHOW_DISAGREEMENTS"))
        std::printf("ours-only: ...%s | %s...\n",
                    squeezed.substr(x > 40 ? x - 40 : 0, x > 40 ? 40 : x).c_str(),
                    squeezed.substr(x, 30).c_str());
    ++docs;
  }
  double precision = static_cast<double>(agree) / static_cast<double>(agree + ours_only);
  double recall = static_cast<double>(agree) / static_cast<double>(agree + nist_only);
  std::printf(
      "DUC 2002 raw (%zu docs): boundaries agree %zu, ours only %zu, NIST only %zu, "
      "P %.4f R %.4f\n",
      docs, agree, ours_only, nist_only, precision, recall);
  EXPECT_EQ(docs, 47u);
  EXPECT_GT(precision, 0.96);  // measured 0.971; the rest are mostly NIST errors
  EXPECT_GT(recall, 0.96);     // measured 0.978
}

}  // namespace
}  // namespace precis::text
