#include "clean/tokenizer_spacing.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::clean {
namespace {

struct Case {
  const char* in;
  const char* out;
};

// One table: what a tokenizer left, and what a reader expects.
constexpr Case kCases[] = {
    // Straight quotes spaced on both sides: opening, then closing.
    {R"(global warming is " unequivocal ", it explained.)",
     R"(global warming is "unequivocal", it explained.)"},
    {R"(" it's a fantastic find, really, " said oliver.)",
     R"("it's a fantastic find, really," said oliver.)"},
    // A mark written against its word says which it is, and the next
    // spaced one is the other.
    {R"(called it "fat cats " and " obscene, " he said.)",
     R"(called it "fat cats" and "obscene," he said.)"},
    // A closing mark before punctuation closes even when none was open
    // (a quotation opened in an earlier paragraph).
    {R"(the end of it " , he said.)", R"(the end of it", he said.)"},
    // A speaker named after the mark closes a quotation, one named before it
    // opens one, whatever the count before says (here a mark left unpaired
    // earlier in the line).
    {R"(the "fat cats were there. " so our position is that, " gibbs said. " when leaders)",
     R"(the "fat cats were there." so our position is that," gibbs said. "when leaders)"},
    {R"(he said "x" and " y then the spokesman said: " america has drowned. ")",
     R"(he said "x" and "y then the spokesman said: "america has drowned.")"},
    // An ellipsis may open a quotation.
    {R"(said: "you are bankrupt. " "... there is no savior, " he said.)",
     R"(said: "you are bankrupt." "... there is no savior," he said.)"},
    // A quotation the crawl cut off stays open.
    {R"(he said, " the diocese and)", R"(he said, "the diocese and)"},
    // Contractions and an Irish O.
    {"i ' m proud , and we ' ll see.", "i'm proud, and we'll see."},
    {"don ' t ask o ' grady", "don't ask o'grady"},
    // A plural's apostrophe goes to its word; a single quotation mark, or
    // one after a function word or a verb of saying, is left as written.
    {"the fans ' hands and texas ' governor", "the fans' hands and texas' governor"},
    // Single quotation marks, told within their sentence.
    {"condemns 'absolutely unacceptable ' provocation",
     "condemns 'absolutely unacceptable' provocation"},
    {"he was ' a mere instrument ' and says ' no '", "he was 'a mere instrument' and says 'no'"},
    {"has the maturity to ' open a new era of hope ' after",
     "has the maturity to 'open a new era of hope' after"},
    {"i feel myself guilty, ' writes the man in the ' 80s",
     "i feel myself guilty,' writes the man in the '80s"},
    {"sanders to deliver ' major speech ' on trump",
     "sanders to deliver ' major speech ' on trump"},
    {"and i'm savin ' all my lovin ' just for you", "and i'm savin ' all my lovin ' just for you"},
    {"turn us to 'ashes and darkness ', says the agency",
     "turn us to 'ashes and darkness', says the agency"},
    // A plural's apostrophe glued to the next word gets its space back; a
    // contraction or French "s'il" does not.
    {"the saints'days and gibbs'response", "the saints' days and gibbs' response"},
    {"richard curtis's film, his'll do, s'il vous plait",
     "richard curtis's film, his'll do, s'il vous plait"},
    // A handle set off from its name; not "@ 70 mph".
    {"the @ nytimes article at @ 70 mph", "the @nytimes article at @ 70 mph"},
    // Parentheses and clocks stay as the crawl spaced them: the cleaner's
    // rules read "( ap )", "( @handle )" and "3: 09 pm" in that form.
    {"sen. jeff flake ( r-ariz. ) said at 11: 20 a.m.",
     "sen. jeff flake ( r-ariz. ) said at 11: 20 a.m."},
    // Currency.
    {"bail of $ 250,000 and more", "bail of $250,000 and more"},
    {"sold for $ 1.84 million, or $ 5.", "sold for $1.84 million, or $5."},
    {"\xC2\xA3 5 million",
     "\xC2\xA3"
     "5 million"},
    {"the dollar $ fell", "the dollar $ fell"},
    // Old wire copy: a space before a comma or a period, typographic quotes.
    {"\xE2\x80\x9CThey look like they ,\xE2\x80\x9D said one.",
     "\xE2\x80\x9CThey look like they,\xE2\x80\x9D said one."},
    {"\xE2\x80\x9CSo \xE2\x80\x9D he said", "\xE2\x80\x9CSo\xE2\x80\x9D he said"},
    {"raised by Iranians in California , was", "raised by Iranians in California, was"},
    {"the U.S . Embassy", "the U.S. Embassy"},
    // Ellipses and marks before a word stay as written.
    {"that minnow bucket . . . put ice in it", "that minnow bucket . . . put ice in it"},
    {"the .com domain", "the .com domain"},
    // Other languages' typography is left as written: a German quotation
    // closes with “, French sets off "?" and ";", German "%", Swedish opens
    // with ”.
    {"\xE2\x80\x9ETSM\xE2\x80\x9C genannt", "\xE2\x80\x9ETSM\xE2\x80\x9C genannt"},
    {"le travail ? Oui ; non", "le travail ? Oui ; non"},
    {"um 15,7 % gestiegen, \xE2\x82\xAC 5", "um 15,7 % gestiegen, \xE2\x82\xAC 5"},
    {"Jede weitere Person: US $ 100,00", "Jede weitere Person: US $ 100,00"},
    {"sa han \xE2\x80\x9Dhej\xE2\x80\x9D", "sa han \xE2\x80\x9Dhej\xE2\x80\x9D"},
    // Text written by hand is left alone.
    {R"(He said, "Yes." Then, 5% of $3 went.)", R"(He said, "Yes." Then, 5% of $3 went.)"},
    {"", ""},
    {"\"", "\""},
    {" \" ", " \""},
};

TEST(TokenizerSpacing, ParenthesesAndClocksAfterTheRules) {
  EXPECT_EQ(CloseParenthesesAndClocks("sen. jeff flake ( r-ariz. ) spoke at 11: 20 a.m. ( 0: 49 )"),
            "sen. jeff flake (r-ariz.) spoke at 11:20 a.m. (0:49)");
  // One side spaced, a year and a count, or no close in reach: as written.
  for (std::string same : {"a list ( of things) and (others ) too", "in 2015: 12 cases",
                           "it ( runs on\n\nand on )", "( alone", "", "written (so) well"})
    EXPECT_EQ(CloseParenthesesAndClocks(same), same);
}

TEST(TokenizerSpacing, EveryCase) {
  for (const Case& c : kCases) EXPECT_EQ(CloseTokenizerSpaces(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace precis::clean
