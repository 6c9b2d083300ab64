// Whether a sentence leans on the one before it: it opens with a pronoun
// ("He said ...") or a connective ("But ..."), speaks through a pronoun
// ("..., she said."), holds a piece of a quotation (unpaired quotation
// marks), or names someone by title and surname alone. A summary should take
// such a sentence only after the sentence it depends on. Surface rules for English news; pure
// functions, thread-safe.
#ifndef PRECIS_TEXT_CONTEXT_DEPENDENCE_H_
#define PRECIS_TEXT_CONTEXT_DEPENDENCE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.h"

namespace precis::text {

enum class Dependence {
  kNone,
  kPronounOpening,     // "He", "They", "This", "Its" ...
  kConnectiveOpening,  // "But", "However,", "Also," ...
  kPronounSpeaker,     // "..., he said."
  kUnpairedQuote,      // quotation marks that do not pair up
  kUnattributedQuote,  // a quotation and nothing else: its speaker is named elsewhere
  kFirstPerson,        // "I ..." or "We ..." with no speaker named: whose words?
  kPointsAhead,        // "Here is a brief chronology ...": leans on what follows
};

// The first reason found (a connective before a pronoun, then in the order
// above); kNone when it stands alone.
Dependence DependsOnContext(std::string_view sentence);
std::string_view DependenceName(Dependence d);

// True when `word` (lower case) is a function word that opens sentences
// ("the", "but", "officials", "according"): after a label or an initial's
// period it starts a new sentence rather than going on with a name or a
// noun phrase.
bool IsSentenceOpener(std::string_view word);

// True when `word` (any ASCII case) is a verb that gives a quotation to its
// speaker ("said", "told", "according"). (Kept once for the sentence
// splitter and the cleaner's speaker tags.)
bool IsVerbOfSaying(std::string_view word);

// Bytes of a leading connective (with its comma and the spaces after it)
// that can go without changing what the sentence says on its own: "But ",
// "However, " before a capitalised word or a figure, when the rest stands
// alone. 0 when there is none.
std::size_t DroppableConnectiveBytes(std::string_view sentence);
// 1 when the sentence opens with the underscore the AP sets before an item
// of a roundup ("_Alabama: Seventeen people were killed ..."): a mark, not
// a word, that a reader of the sentence alone does not need. 0 otherwise.
std::size_t OpeningUnderscoreBytes(std::string_view sentence);
// A sentence opening with a count of what a sentence before it told ("Four
// of those swimmers were banned", "Three of them said ...", "More than 60
// percent of those occur ..."); not "Most of those killed ..." or "Some of
// those who ...", which say who they are. (Part of OpensWithPronoun.)
bool CountsWhatWasToldBefore(std::string_view sentence);
// A sentence opening with one more of what a sentence before it told, or
// the rest of them ("Another employee posted ...", "The other, a
// 16-year-old, ...", "A second woman was arrested", "Both women told the
// jury ...", "Others think ...", "Other runners followed", "Each dealer gets
// ..."); not "Both the house and the senate ...", which names them, nor
// "Each year, ...". (Part of OpensWithPronoun.)
bool AddsToWhatWasToldBefore(std::string_view sentence);
// A sentence opening with people the article named before as a group ("The
// couple turned themselves in ...", "The pair ...", "The two have been
// accused ...", "The three are charged ..."); not "The two injured officers
// ...", which says who they are. (Part of OpensWithPronoun.)
bool NamesAGroupToldBefore(std::string_view sentence);
// A sentence whose subject is a thing or a group by a bare definite
// description, "The" and at most kMaxDescriptionWords lower-case words
// before its verb or a comma ("The hurricane killed at least five people
// ...", "The telescope is named for ...", "The news agency said ...", "The
// storm, packing winds of up to 135 mph, ..."): which one, a sentence before
// it said. Not a name ("The Senate voted"), nor a description that says
// which ("The earthquake that struck northern Iran ...", "The biography by
// Albert Goldman ..."). A weaker lean than the others: not part of
// DependsOnContext; a summary should not open with it when another can.
inline constexpr std::size_t kMaxDescriptionWords = 2;
bool OpensWithADefiniteDescription(std::string_view sentence);
bool OpensWithPronoun(std::string_view sentence);
bool OpensWithConnective(std::string_view sentence);
// A sentence wholly in parentheses ("(The federal government could approve
// the project if the state refuses.)"): an aside to the sentence before it.
// (Part of OpensWithConnective.)
bool IsAnAside(std::string_view sentence);
bool SpeaksThroughAPronoun(std::string_view sentence);
bool HasUnpairedQuotes(std::string_view sentence);
// A sentence that is one quotation from its first word to its last ("\"It
// was too hot to set the world record.\""): who said it is told in another.
bool IsBareQuotation(std::string_view sentence);
// A sentence opening in the first person ("I think he needs ...", "We are
// working closely with our partners ...", "\"we'll see,\" ...") that names no
// speaker (no quotation closing before its end with an attribution after
// it): a quotation that lost its marks or a columnist's voice, and in a
// summary of several articles the reader cannot tell whose.
bool SpeaksInTheFirstPerson(std::string_view sentence);
// A sentence announcing what comes after it ("Here is a brief chronology of
// the dispute.", "The following list displays all of the strings.") with
// nothing after a colon: the list or text it announces is not in it.
bool PointsAhead(std::string_view sentence);
// An item of a list ("_ Mosquito control and public education.", "- And
// expertise on ...", "\u2022 ..."): it reads only under the list's lead.
bool IsListItem(std::string_view sentence);

// Sets AnalyzedSentence::in_quotation of `text`'s sentences: those that
// stand inside a quotation a sentence before them in the same paragraph
// opened ("``It's just been too long. I don't think there's anybody alive
// out there. You can't swim ...,'' said Chuck Vogt": the second and third),
// other than one opening with the closing mark. Only marks that tell
// opening from closing count (``'' and curly ones; a crawl's straight '"'
// is as often stray as not), and a quotation open for
// kMaxQuotedSentences sentences is a mark left unmatched.
inline constexpr int kMaxQuotedSentences = 3;
void MarkQuotations(AnalyzedText& text);

// Surnames the sentence gives only with a courtesy title ("Mr. Moualem said
// ...", "mrs gilbert"), lower-cased: news introduces a person by full name
// first, so such a sentence needs one naming them. A title before a full
// name ("Mr Lewis Preston, World Bank president") introduces the person.
std::vector<std::string> TitledSurnames(std::string_view sentence);

// Surnames given alone as a quotation's speaker ("..., Bloom said.", "Yahel
// said ...", "..., said Geyer."), as written: news names a speaker in full
// first ("Lee Bloom, a federal epidemiologist"), so a reader of such a
// sentence alone does not know who that is. Not after "the" (an
// organisation: "the Navy said") or another capitalised word ("Bob Sheets
// said").
std::vector<std::string> BareSpeakers(std::string_view sentence);

// True when `text` gives `surname` after a capitalised word: a given name or
// a title ("Lee Bloom", "Gov. Cowper"), which introduces the person; not a
// courtesy title ("Ms. Krass" says no more who it is than "Krass").
bool NamesInFull(std::string_view text, std::string_view surname);
// The capitalised words of `text` so given (runs of letters, after a space
// and a capitalised word), as views into it: NamesInFull(text, w) for each, found
// in one pass (for looking up many surnames in many sentences).
std::vector<std::string_view> NamesGivenInFull(std::string_view text);

// The surnames of BareSpeakers(sentence) that neither `sentence` nor
// `context` (the sentences a reader has before it) names in full.
std::vector<std::string> SpeakersNotNamedIn(std::string_view sentence, std::string_view context);

// True when a surname of TitledSurnames(sentence) is not a word of `context`
// (any case): the sentences a reader has before it do not say who that is.
bool NamesSomeoneNotIn(std::string_view sentence, std::string_view context);

}  // namespace precis::text

#endif  // PRECIS_TEXT_CONTEXT_DEPENDENCE_H_
