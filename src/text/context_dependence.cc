#include "text/context_dependence.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "base/ascii.h"
#include "base/calendar_words.h"
#include "base/find_bytes.h"
#include "base/sentence_end.h"
#include "base/word_list.h"
#include "text/number_expressions.h"

namespace precis::text {
namespace {

// Word lists (data, not code): what makes a sentence lean on another.
constexpr std::string_view kPronouns[] = {"He",  "She", "It",  "They",  "This", "These", "Those",
                                          "His", "Her", "Its", "Their", "That", "Them",  "Him"};
// Openings that answer or go on from the sentence before. `joins_only`:
// one that only joins the sentence to it ("But", "However,", "Also,"):
// without it, and with a capitalised word next, the sentence says the same
// on its own ("But Congress also provided ..." -> "Congress also provided
// ..."); not one whose sense needs the other side ("Instead,", "By
// contrast,", "Then").
struct Connective {
  std::string_view text;
  bool joins_only = false;
};
constexpr Connective kConnectives[] = {{"But ", true},
                                       {"But,", true},
                                       {"However,", true},
                                       {"However "},
                                       {"Yet ", true},
                                       {"Yet,"},
                                       {"Still,", true},
                                       {"Also,", true},
                                       {"Also "},
                                       {"Again,"},
                                       {"Again "},
                                       {"And ", true},
                                       {"And,"},
                                       {"Instead,"},
                                       {"Moreover,", true},
                                       {"Furthermore,", true},
                                       {"Nevertheless,", true},
                                       {"Such "},
                                       {"Meanwhile,", true},
                                       {"As a result,"},
                                       {"As a result "},
                                       {"In addition,", true},
                                       {"To wit,"},
                                       {"Thus,"},
                                       {"Even so,", true},
                                       {"Nonetheless,", true},
                                       {"By contrast,"},
                                       {"In contrast,"},
                                       {"That said,"},
                                       {"Similarly,"},
                                       {"Likewise,"},
                                       {"In other words,"},
                                       {"Therefore,"},
                                       {"Consequently,"},
                                       {"Additionally,", true},
                                       {"Nor "},
                                       {"Or "},
                                       {"Or,"},
                                       {"Plus,", true},
                                       {"Plus "},
                                       {"Indeed,", true},
                                       {"In fact,", true},
                                       {"Of course,", true},
                                       {"Well,", true},
                                       {"Yes,"},
                                       {"Regardless,"},
                                       {"Hence "},
                                       {"Hence,"},
                                       {"After all,"},
                                       {"Besides,", true},
                                       {"Otherwise,"},
                                       {"Accordingly,"},
                                       {"So,"},
                                       // A time told from an event the reader never saw
                                       // ("At that point", "Since then").
                                       {"Then "},
                                       {"Then,"},
                                       {"Earlier,"},
                                       {"The next day"},
                                       {"The next morning"},
                                       {"The next night"},
                                       {"The next week"},
                                       {"The following day"},
                                       {"The following morning"},
                                       {"The following week"},
                                       {"The following month"},
                                       {"The following year"},
                                       {"The day before"},
                                       {"The previous day"},
                                       {"The day after"},
                                       {"Later that "},
                                       {"Later, "},
                                       {"Afterwards"},
                                       {"Afterward,"},
                                       {"Shortly afterward"},
                                       {"Soon afterward"},
                                       {"Shortly after that"},
                                       {"Soon after that"},
                                       {"That night"},
                                       {"That morning"},
                                       {"That evening"},
                                       {"That afternoon"},
                                       {"That day,"},
                                       {"That same day"},
                                       {"On that day"},
                                       {"At that point"},
                                       {"At that time"},
                                       {"At the time,"},
                                       {"By then"},
                                       {"By that time"},
                                       {"Until then"},
                                       {"Since then"},
                                       {"Back then"},
                                       {"Even then"},
                                       {"Before that"},
                                       {"After that"},
                                       {"In response,"}};
// "<how many> <units> later" opening a sentence ("Two days later, ...",
// "Weeks later ...", "A year later ..."): later than something not there.
constexpr std::string_view kLaterCounts[] = {
    "a",    "an",  "one",    "two",    "three", "four", "five", "six",     "seven", "eight",
    "nine", "ten", "eleven", "twelve", "a few", "few",  "some", "several", "many"};
// "The couple ...", "The pair ...": people the article named before.
constexpr std::string_view kGroupsToldBefore[] = {"couple", "pair", "duo", "trio"};
// "The two have been accused ...", "The three are charged ...": a count of
// people named before, with no noun of its own.
constexpr std::string_view kSmallCounts[] = {"two", "three", "four", "five"};
constexpr std::string_view kWhatAGroupDoes[] = {
    "have", "had",   "are", "were",  "was",     "is",      "will", "would", "can",  "could", "also",
    "then", "later", "met", "began", "started", "reached", "fell", "who",   "both", "each"};
// "Other runners followed", "Similar lawsuits are pending", "Further
// excavations have revealed": more of a kind told before.
constexpr std::string_view kMoreOfTheSameKind[] = {"Other", "Similar", "Further", "Additional"};
// "A second ...", "The third ...": one more of what was told before.
constexpr std::string_view kOrdinalsAfterTheFirst[] = {"second", "third", "fourth", "fifth"};
// "Both" names what it joins within this many words ("Both the house and the senate").
constexpr std::size_t kBothNamesWithin = 6;
// Words after an opening "So" that make it a degree, not a consequence.
constexpr std::string_view kSoDegrees[] = {"far", "long", "many", "much", "few", "little"};
// Words that make a count approximate before it ("About four hours later").
constexpr std::string_view kApproximately[] = {"About", "Nearly", "Almost",  "Roughly", "Just",
                                               "Only",  "Barely", "Exactly", "Around"};
constexpr std::string_view kLaterUnits[] = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day",    "days",
    "week",   "weeks",   "month",  "months",  "year", "years", "decade", "decades"};
// Endings a pronoun takes in a contraction ("It's", "They're", "He’d").
// (After the apostrophe.)
constexpr std::string_view kContractions[] = {"s", "re", "ve", "d", "ll"};
// Words ending like participles that follow an "It's" with nothing before
// it ("It's amazing how ...", "It's being built", "It's worth it").
constexpr std::string_view kJudgements[] = {
    "being",        "interesting",   "surprising",  "amazing",     "exciting",      "frustrating",
    "confusing",    "disappointing", "depressing",  "devastating", "heartbreaking", "shocking",
    "embarrassing", "troubling",     "disturbing",  "alarming",    "astonishing",   "fascinating",
    "striking",     "unprecedented", "complicated", "supposed"};

constexpr std::string_view kPronounSpeakers[] = {
    " he said",  " she said", " he added", " she added", " he told",  " she told", " he says",
    " she says", " said he",  " said she", " they said", " he wrote", " she wrote"};

// (Kept once for the sentence splitter and the cleaner's labels.)
constexpr std::string_view kSentenceOpeners[] = {
    "the",    "a",       "an",        "he",        "she",       "it",     "they",  "we",
    "i",      "you",     "this",      "that",      "these",     "those",  "there", "but",
    "and",    "or",      "so",        "in",        "on",        "at",     "for",   "to",
    "from",   "with",    "by",        "during",    "his",       "her",    "their", "our",
    "its",    "my",      "your",      "as",        "if",        "when",   "while", "after",
    "before", "since",   "then",      "now",       "some",      "many",   "more",  "most",
    "one",    "two",     "three",     "what",      "who",       "how",    "why",   "where",
    "no",     "not",     "all",       "according", "officials", "police", "also",  "still",
    "yet",    "however", "meanwhile", "later",     "earlier",   "last",   "next",  "every",
    "each",   "both"};

constexpr std::string_view kVerbsOfSaying[] = {
    "said",     "says",      "say",       "asked",     "asks",         "added",    "adds",
    "told",     "tells",     "wrote",     "writes",    "explained",    "noted",    "continued",
    "replied",  "according", "recalled",  "insisted",  "argued",       "admitted", "stated",
    "declared", "tweeted",   "posted",    "shouted",   "joked",        "warned",   "claimed",
    "quipped",  "reported",  "responded", "concluded", "acknowledged", "remarked", "exclaimed",
    "exclaims", "yelled",    "screamed"};

// A time without a comma before a pronoun ("Last year he ...", "On Monday
// they ...", "In the 1980s she ..."): its opening word, then up to
// kMaxTimeWords time words or numbers; or a time adverb alone ("Earlier he").
constexpr std::string_view kTimeOpeners[] = {"last",  "this", "next",  "on",    "in",
                                             "at",    "by",   "since", "until", "during",
                                             "early", "late", "that"};
constexpr std::string_view kTimeAdverbs[] = {"earlier",   "later",   "now",      "today",
                                             "yesterday", "tonight", "recently", "previously"};
constexpr std::string_view kTimeWords[] = {
    "year",   "years",    "week",      "weeks",     "month",    "months",   "day",       "days",
    "night",  "morning",  "afternoon", "evening",   "weekend",  "summer",   "winter",    "spring",
    "fall",   "autumn",   "season",    "time",      "monday",   "tuesday",  "wednesday", "thursday",
    "friday", "saturday", "sunday",    "january",   "february", "march",    "april",     "may",
    "june",   "july",     "august",    "september", "october",  "november", "december"};
constexpr std::size_t kMaxTimeWords = 2;
// A fronted phrase ("In 1982", "Since his retirement") is short.
constexpr std::size_t kMaxFrontedWords = 6;
// Words ending in "s" that name no plural "they" could mean.
constexpr std::string_view kNotPlurals[] = {
    "this",      "thus",       "always",       "perhaps",     "whereas", "unless",  "besides",
    "sometimes", "afterwards", "nevertheless", "nonetheless", "various", "previous"};

// Words a count of things told before is made of besides written numbers
// (IsNumberWord) and figures: "Four of those swimmers", "More than 60
// percent of those", "At least 200,000 of these deaths".
constexpr std::string_view kCountWords[] = {
    "most",     "many", "some",    "all",     "none",    "each",     "both",      "several",
    "few",      "half", "any",     "either",  "neither", "hundreds", "thousands", "dozens",
    "millions", "more", "than",    "at",      "least",   "about",    "nearly",    "almost",
    "only",     "just", "percent", "a",       "handful", "majority", "the",       "rest",
    "fewer",    "less", "over",    "roughly", "around",  "another",  "other"};
constexpr std::size_t kMaxCountWords = 5;
// After "of these" or "of those", words that say who they are ("those who
// died", "those surveyed", "those in the car"): no antecedent is needed.
constexpr std::string_view kSaysWhoTheyAre[] = {"who",   "whom", "whose", "that", "which",
                                                "with",  "in",   "at",    "on",   "from",
                                                "under", "over", "aged",  "still"};

// The first word of `rest` (up to its first space), taken off it.
std::string_view TakeWord(std::string_view& rest) {
  const std::size_t space = rest.find(' ');
  const std::string_view w = rest.substr(0, space);
  rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  return w;
}

// A personal pronoun as the subject after a short fronted phrase ("In 1982,
// they promoted him ...", "Alternately, they may be dipped ...", "A palmetto
// state native, he covered ..."): as dependent as an opening pronoun, unless
// the phrase may hold whom it means (a capitalised word after the first: "When
// Smith arrived, he ..."; a plural before "they": "When officers arrived,
// they found ...").
bool PronounAfterFrontedPhrase(std::string_view text) {
  if (text.empty() || !IsAsciiAlnum(text[0])) return false;  // not a quotation's words
  const std::size_t comma = text.substr(0, 60).find(", ");
  if (comma == std::string_view::npos) return false;
  const std::string_view phrase = text.substr(0, comma);
  std::string_view subject = text.substr(comma + 2);
  subject = subject.substr(0, std::min(subject.find(' '), subject.size()));
  const bool they = subject == "they";
  if (!they && subject != "he" && subject != "she") return false;
  std::size_t words = 0;
  for (std::size_t at = 0; at <= phrase.size();) {
    const std::size_t end = std::min(phrase.find(' ', at), phrase.size());
    const std::string_view w = phrase.substr(at, end - at);
    at = end + 1;
    if (w.empty()) continue;
    if (++words > kMaxFrontedWords) return false;
    if (words > 1 && IsAsciiUpper(w[0])) return false;
    // (Times are no one: "About four hours later, they ...".)
    if (they && w.size() > 3 && w.back() == 's' && !InWordList(w, kNotPlurals) &&
        !InWordList(w, kLaterUnits))
      return false;
  }
  return true;
}

// A personal pronoun as the subject after a time told without a comma
// ("Last year he finished in 5 hours", "On Monday they voted", "Earlier she
// said"): a time phrase holds no one the pronoun could mean.
bool PronounAfterATime(std::string_view text) {
  std::string_view rest = text;
  auto next_word = [&] { return TakeWord(rest); };
  const std::string_view first = next_word();
  const bool alone = InWordListIgnoringCase(first, kTimeAdverbs);
  if (!alone && !InWordListIgnoringCase(first, kTimeOpeners)) return false;
  for (std::size_t words = 0; words <= kMaxTimeWords; ++words) {
    const std::string_view w = next_word();
    if (w == "he" || w == "she" || w == "they") return words > 0 || alone;
    if (alone || w.empty()) return false;
    const bool digits = std::isdigit(static_cast<unsigned char>(w[0])) &&
                        std::all_of(w.begin(), w.end(), [](char c) {
                          return std::isdigit(static_cast<unsigned char>(c)) || c == 's';
                        });
    if (!digits && w != "the" && !InWordListIgnoringCase(w, kTimeWords)) return false;
  }
  return false;
}

}  // namespace

bool OpensWithPronoun(std::string_view text) {
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view first = text.substr(0, space);
  if (InWordList(first, kPronouns)) return true;
  if (PronounAfterFrontedPhrase(text) || PronounAfterATime(text)) return true;
  if (CountsWhatWasToldBefore(text) || AddsToWhatWasToldBefore(text) || NamesAGroupToldBefore(text))
    return true;
  // The contraction's apostrophe, straight or curly (U+2019).
  std::size_t apostrophe = first.find('\'');
  std::size_t mark = 1;
  if (const std::size_t curly = first.find("\xE2\x80\x99"); curly < apostrophe) {
    apostrophe = curly;
    mark = 3;
  }
  if (apostrophe == std::string_view::npos) return false;
  const std::string_view pronoun = first.substr(0, apostrophe);
  if (!InWordList(first.substr(apostrophe + mark), kContractions) ||
      !InWordList(pronoun, kPronouns))
    return false;
  if (pronoun != "It") return true;
  // "It's" is as often "it is" with nothing before it ("It's time to ...",
  // "It's unclear whether ..."); it leans on a thing named before when a
  // verb's participle or a place follows ("It's requesting crates", "It's
  // surrounded by ...", "It's in your fat cells").
  std::string_view rest = text.substr(space + 1);
  const std::string_view next = rest.substr(0, std::min(rest.find(' '), rest.size()));
  const std::string folded = AsciiFold(next);
  if (folded == "got" || folded == "in" || folded == "on") return true;
  return folded.size() > 4 && (folded.ends_with("ing") || folded.ends_with("ed")) &&
         !InWordList(folded, kJudgements);
}

bool AddsToWhatWasToldBefore(std::string_view text) {
  std::string_view rest = text;
  const std::string_view first = TakeWord(rest);
  std::string_view second = TakeWord(rest);
  if (first.empty() || second.empty()) return false;
  if (first == "Another" || first == "Others" || (first == "The" && second == "rest") ||
      InWordList(first, kMoreOfTheSameKind) ||
      (first == "The" &&
       (second == "other" || second == "other," || second == "latter" || second == "latter,")))
    return true;
  // "Each dealer gets a box ...": one by one, those told before; not a time
  // ("Each year, ...").
  if (first == "Each") {
    std::string_view word = second;
    while (!word.empty() && !IsAsciiAlpha(word.back())) word.remove_suffix(1);
    return !word.empty() && IsAsciiLower(word[0]) && word != "of" &&
           !InWordListIgnoringCase(word, kTimeWords);
  }
  // "A second man", "The third woman"; not "The second-largest bank".
  if ((first == "A" || first == "The") && InWordList(second, kOrdinalsAfterTheFirst)) return true;
  // "Both women told ...", "Both went on ...": not "Both the house and the
  // senate ...", which names them.
  if (first == "Both") {
    std::string_view next = second;
    for (std::size_t k = 0; k < kBothNamesWithin && !next.empty(); ++k, next = TakeWord(rest))
      if (next == "and") return false;
    return true;
  }
  return false;
}

bool NamesAGroupToldBefore(std::string_view text) {
  std::string_view rest = text;
  if (TakeWord(rest) != "The") return false;
  std::string_view group = TakeWord(rest);
  while (!group.empty() && group.back() == ',') group.remove_suffix(1);
  if (InWordList(group, kGroupsToldBefore)) return true;
  if (!InWordList(group, kSmallCounts)) return false;
  std::string_view next = TakeWord(rest);
  while (!next.empty() && (next.back() == ',' || next.back() == '.')) next.remove_suffix(1);
  return InWordList(next, kWhatAGroupDoes);
}

bool OpensWithADefiniteDescription(std::string_view text) {
  static constexpr std::string_view kSaysWhich[] = {"that", "who",  "which", "whose", "of",
                                                    "in",   "by",   "for",   "from",  "on",
                                                    "at",   "with", "to",    "and",   "or"};
  static constexpr std::string_view kVerbsAfterASubject[] = {
      "is",  "was",  "are",  "were", "has",   "had", "have",  "will", "would", "could",
      "can", "said", "says", "told", "tells", "may", "might", "must", "did"};
  auto lower_word = [](std::string_view w) {
    return w.size() >= 2 && std::all_of(w.begin(), w.end(), IsAsciiLower);
  };
  std::string_view rest = text;
  if (TakeWord(rest) != "The") return false;
  for (std::size_t k = 0; k < kMaxDescriptionWords; ++k) {
    std::string_view word = TakeWord(rest);
    const bool comma = word.ends_with(',');
    if (comma) word.remove_suffix(1);
    // A noun in lower case: not a name ("The Senate"), a figure or a possessive;
    // nor a word that goes on to say which ("The man who ...", "The rise of ...").
    if (!lower_word(word) || InWordList(word, kSaysWhich)) return false;
    if (comma) return true;  // "The storm, packing winds ..."
    std::string_view next = rest.substr(0, rest.find(' '));
    while (!next.empty() && (next.back() == ',' || next.back() == '.')) next.remove_suffix(1);
    if (InWordList(next, kVerbsAfterASubject) ||
        (next.size() > 4 && next.ends_with("ed") && lower_word(next)))
      return true;
  }
  return false;
}

bool IsAnAside(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!text.starts_with('(')) return false;
  if (text.ends_with('.')) text.remove_suffix(1);
  // Its first closing parenthesis ends it: "(The first movie is set a
  // generation before.)", not "(AP) Police said ... (file photo).".
  return text.size() > 2 && text.back() == ')' && text.find(')') + 1 == text.size();
}

bool CountsWhatWasToldBefore(std::string_view text) {
  std::string_view rest = text;
  for (std::size_t k = 0; k <= kMaxCountWords; ++k) {
    std::string_view word = TakeWord(rest);
    while (!word.empty() && (word.back() == ',' || word.back() == '%')) word.remove_suffix(1);
    if (word.empty()) return false;
    std::string folded = AsciiFold(word);
    if (k > 0 && folded == "of") {
      std::string_view next = TakeWord(rest);
      while (!next.empty() && (next.back() == ',' || next.back() == '.')) next.remove_suffix(1);
      const std::string what = AsciiFold(next);
      if (what == "them") return true;
      if (what != "these" && what != "those") return false;
      std::string_view after = TakeWord(rest);
      while (!after.empty() && !IsAsciiAlpha(after.back())) after.remove_suffix(1);
      const std::string then = AsciiFold(after);
      return !InWordList(std::string_view(then), kSaysWhoTheyAre) &&
             !(then.size() > 4 && then.ends_with("ed"));
    }
    const bool number = std::all_of(folded.begin(), folded.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-';
    });
    // "Twenty-four", "Forty-five".
    if (const std::size_t dash = folded.find('-'); dash != std::string::npos && !number)
      folded = folded.substr(0, dash);
    if (!number && !IsNumberWord(folded) && !InWordList(std::string_view(folded), kCountWords))
      return false;
  }
  return false;
}

bool IsSentenceOpener(std::string_view word) { return InWordList(word, kSentenceOpeners); }

bool IsVerbOfSaying(std::string_view word) { return InWordListIgnoringCase(word, kVerbsOfSaying); }

bool OpensWithConnective(std::string_view text) {
  // (The first byte first: this runs on every sentence a summary may take.)
  if (text.empty()) return false;
  if (text[0] == '(') return IsAnAside(text);
  if (std::any_of(std::begin(kConnectives), std::end(kConnectives), [&](const Connective& c) {
        return c.text[0] == text[0] && text.starts_with(c.text);
      }))
    return true;
  // "So it makes sense ...", "So is Virginia's governor": so the sentence
  // before says; not a degree ("So far, ...", "So many fans ...").
  if (text.starts_with("So ")) {
    std::string_view rest = text.substr(3);
    std::string_view next = TakeWord(rest);
    while (!next.empty() && next.back() == ',') next.remove_suffix(1);
    return !InWordList(next, kSoDegrees);
  }
  // "<count> <unit> later" or "<Units> later": the count is a word of
  // kLaterCounts or digits, the unit one of kLaterUnits (capitalised alone).
  std::string_view rest = text;
  auto word = [&] { return TakeWord(rest); };
  std::string_view first = word();
  if (first.empty()) return false;
  // "About four hours later", "Nearly two weeks later".
  const bool qualified = InWordList(first, kApproximately);
  if (qualified && (first = word()).empty()) return false;
  const std::string count = AsciiFold(first);
  if (InWordList(std::string_view(count), kLaterCounts) ||
      std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (count == "a" && rest.starts_with("few ")) word();
    if (!InWordList(word(), kLaterUnits)) return false;
  } else if (qualified || !IsAsciiUpper(first[0]) ||
             !InWordList(std::string_view(AsciiFold(first)), kLaterUnits)) {
    return false;
  }
  // ("A day later than planned" is told from the plan.)
  return (rest.starts_with("later ") && !rest.starts_with("later than")) ||
         rest.starts_with("later,") || rest == "later.";
}

std::size_t DroppableConnectiveBytes(std::string_view sentence) {
  if (sentence.empty()) return 0;
  for (const auto& [c, joins_only] : kConnectives) {
    if (!joins_only) continue;
    if (c[0] != sentence[0] || !sentence.starts_with(c)) continue;
    std::size_t at = c.size();
    while (at < sentence.size() && sentence[at] == ' ') ++at;
    if (at >= sentence.size()) return 0;
    const char first = sentence[at];
    if (!IsAsciiUpper(first)) return 0;
    if (DependsOnContext(sentence.substr(at)) != Dependence::kNone) return 0;
    return at;
  }
  return 0;
}

std::size_t OpeningUnderscoreBytes(std::string_view sentence) {
  return sentence.size() > 1 && sentence[0] == '_' && IsAsciiUpper(sentence[1]) ? 1 : 0;
}

bool SpeaksThroughAPronoun(std::string_view text) {
  // An attribution tag follows what was said: a comma or a closing quotation
  // mark stands before it ("..., he said.", "...!" she said"). Elsewhere
  // the words are prose ("Gray said he uncovered ...", "the man he said
  // was there"). One pass over the marks that may stand before a tag.
  auto tags_at = [&](std::size_t at) {
    const std::string_view rest = text.substr(at);
    return std::any_of(std::begin(kPronounSpeakers), std::end(kPronounSpeakers),
                       [&](std::string_view a) {
                         if (!rest.starts_with(a)) return false;
                         // Inverted, the tag ends there ("...," said he.);
                         // "..., said he would" names its speaker before the comma.
                         if (!a.starts_with(" said")) return true;
                         const std::size_t end = at + a.size();
                         return end == text.size() || text[end] == '.' || text[end] == ',';
                       });
  };
  static constexpr ByteSet kMarkBytes(",\"'\x9D");
  for (std::size_t k = 0; k + 1 < text.size(); ++k) {
    const char c = text[k];
    if (!kMarkBytes.Has(c)) continue;  // (most bytes)
    const bool mark = c == ',' || c == '"' || c == '\'' ||
                      (c == '\x9D' && k >= 2 && text[k - 2] == '\xE2' && text[k - 1] == '\x80');
    // Every tag is " he ...", " she ...", " said ..." or " they ...".
    if (mark && text[k + 1] == ' ' && k + 2 < text.size() &&
        (text[k + 2] == 'h' || text[k + 2] == 's' || text[k + 2] == 't') && tags_at(k + 1))
      return true;
  }
  return false;
}

namespace {

// Calls mark(kind) for each quotation mark of `t`, in order: a straight
// '"', an opening `` or U+201C, a closing '' or U+201D.
enum class QuoteMark { kStraight, kOpening, kClosing };
template <typename Mark>
void ForEachQuoteMark(std::string_view t, Mark mark) {
  static constexpr ByteSet kQuoteBytes("\"`'\xE2");
  for (std::size_t k = FindAnyOf(t, kQuoteBytes); k < t.size();
       k = FindAnyOf(t, kQuoteBytes, k + 1)) {
    const std::string_view at = t.substr(k);
    if (at[0] == '"') {
      mark(QuoteMark::kStraight);
    } else if (at.starts_with("``") || at.starts_with("''")) {
      mark(at[0] == '`' ? QuoteMark::kOpening : QuoteMark::kClosing);
      k += 1;
    } else if (at.starts_with("\xE2\x80\x9C") || at.starts_with("\xE2\x80\x9D")) {
      mark(at[2] == '\x9C' ? QuoteMark::kOpening : QuoteMark::kClosing);
      k += 2;
    }
  }
}

}  // namespace

bool IsBareQuotation(std::string_view t) {
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  const bool opens = t.starts_with("\"") || t.starts_with("``") || t.starts_with("\xE2\x80\x9C");
  const bool closes = t.ends_with("\"") || t.ends_with("''") || t.ends_with("\xE2\x80\x9D");
  if (!opens || !closes || t.size() < 4) return false;
  std::size_t marks = 0;
  ForEachQuoteMark(t, [&](QuoteMark) { ++marks; });
  return marks == 2;
}

bool SpeaksInTheFirstPerson(std::string_view t) {
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  std::size_t mark = 0;  // the opening quotation mark's bytes, if any
  if (t.starts_with("\"") || t.starts_with("'")) {
    mark = 1;
  } else if (t.starts_with("``")) {
    mark = 2;
  } else if (t.starts_with("\xE2\x80\x9C")) {
    mark = 3;
  }
  std::string_view rest = t.substr(mark);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  std::size_t letters = 0;
  while (letters < rest.size() && letters <= 2 && IsAsciiAlpha(rest[letters])) ++letters;
  // "I-95", "I. M. Pei", "Iran": the pronoun ends at a space or an apostrophe.
  if (letters == 0 || letters > 2 || letters == rest.size() ||
      (rest[letters] != ' ' && rest[letters] != '\'' &&
       !rest.substr(letters).starts_with("\xE2\x80\x99")))
    return false;
  const std::string folded = AsciiFold(rest.substr(0, letters));
  if (folded != "i" && folded != "we") return false;
  if (mark == 0) return true;
  // A quotation that closes before the end leaves room for its speaker
  // ("\"We are going to harvest ...,\" said Shifeta."); one running to the
  // end names no one.
  std::size_t marks = 0;
  ForEachQuoteMark(t.substr(mark), [&](QuoteMark) { ++marks; });
  if (marks == 0) return true;
  std::string_view tail = t;
  while (!tail.empty() && (tail.back() == ' ' || tail.back() == '.')) tail.remove_suffix(1);
  return tail.ends_with("\"") || tail.ends_with("''") || tail.ends_with("\xE2\x80\x9D");
}

bool PointsAhead(std::string_view t) {
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  // (Every announcing opening starts with "here", "below", "following" or
  // "the" in any case: most sentences go no further.)
  if (t.empty()) return false;
  const char c = static_cast<char>(t[0] | 0x20);
  if (c != 'h' && c != 'b' && c != 'f' && c != 't') return false;
  std::string_view rest = t;
  const std::string first = AsciiFold(TakeWord(rest));
  const std::string second = AsciiFold(TakeWord(rest));
  std::string_view third = TakeWord(rest);
  while (!third.empty() && (third.back() == ',' || third.back() == '.')) third.remove_suffix(1);
  const bool announces = ((first == "here" || first == "below" || first == "following") &&
                          (second == "is" || second == "are")) ||
                         first == "here's" || first == "here\xE2\x80\x99s" ||
                         // (Not a time: "The following day, ...".)
                         (first == "the" && second == "following" && !third.empty() &&
                          IsAsciiAlpha(third[0]) && !InWordListIgnoringCase(third, kTimeWords));
  if (!announces) return false;
  // What it announces may follow a colon in the same sentence ("The
  // following statement was issued: the united states condemns ...").
  const std::size_t colon = t.find(':');
  return colon == std::string_view::npos || colon + 2 >= t.size();
}

bool IsListItem(std::string_view t) {
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  return t.starts_with("_ ") || t.starts_with("- ") || t.starts_with("* ") ||
         ListBulletLength(t) > 0;
}

bool HasUnpairedQuotes(std::string_view t) {
  std::size_t straight = 0, open = 0, close = 0;
  ForEachQuoteMark(t, [&](QuoteMark m) {
    (m == QuoteMark::kStraight ? straight : m == QuoteMark::kOpening ? open : close) += 1;
  });
  return straight % 2 == 1 || open != close;
}

void MarkQuotations(AnalyzedText& text) {
  int depth = 0;           // ``/“ opened and not yet closed by ''/”
  int sentences_open = 0;  // sentences read since the quotation opened
  std::size_t last_end = 0;
  for (std::size_t k = 0; k < text.sentences.size(); ++k) {
    AnalyzedSentence& s = text.sentences[k];
    // A paragraph closes what its sentences left open.
    if (k > 0 && std::string_view(text.text).substr(last_end, s.begin - last_end).find('\n') !=
                     std::string_view::npos)
      depth = 0;
    last_end = s.end;
    const std::string_view t = text.SentenceText(k);
    const bool closes_first = t.starts_with("''") || t.starts_with("\xE2\x80\x9D");
    s.in_quotation = depth > 0 && !closes_first;
    const bool was_open = depth > 0;
    ForEachQuoteMark(t, [&](QuoteMark m) {
      if (m == QuoteMark::kOpening) ++depth;
      if (m == QuoteMark::kClosing) depth = std::max(0, depth - 1);
    });
    sentences_open = depth > 0 && was_open ? sentences_open + 1 : 0;
    if (sentences_open >= kMaxQuotedSentences || depth > 2) depth = 0;
  }
}

Dependence DependsOnContext(std::string_view sentence) {
  // (A connective first: "But, she said, ..." leans as a connective does.)
  if (OpensWithConnective(sentence)) return Dependence::kConnectiveOpening;
  if (OpensWithPronoun(sentence)) return Dependence::kPronounOpening;
  if (SpeaksThroughAPronoun(sentence)) return Dependence::kPronounSpeaker;
  if (HasUnpairedQuotes(sentence)) return Dependence::kUnpairedQuote;
  if (IsBareQuotation(sentence)) return Dependence::kUnattributedQuote;
  if (SpeaksInTheFirstPerson(sentence)) return Dependence::kFirstPerson;
  if (PointsAhead(sentence)) return Dependence::kPointsAhead;
  return Dependence::kNone;
}

std::string_view DependenceName(Dependence d) {
  switch (d) {
    case Dependence::kPronounOpening:
      return "opens with a pronoun";
    case Dependence::kConnectiveOpening:
      return "opens with a connective";
    case Dependence::kPronounSpeaker:
      return "speaker is a pronoun";
    case Dependence::kUnpairedQuote:
      return "piece of a quotation";
    case Dependence::kUnattributedQuote:
      return "quotation with no speaker";
    case Dependence::kFirstPerson:
      return "first person with no speaker";
    case Dependence::kPointsAhead:
      return "points to what follows";
    default:
      return "stands alone";
  }
}

namespace {
bool IsCourtesyTitle(std::string_view folded) {
  return folded == "mr" || folded == "mrs" || folded == "ms" || folded == "miss";
}
}  // namespace

std::vector<std::string> TitledSurnames(std::string_view text) {
  std::vector<std::string> out;
  auto word_at = [&](std::size_t at) {
    std::size_t e = at;
    while (e < text.size() &&
           (IsAsciiAlpha(text[e]) || text[e] == '-' || static_cast<unsigned char>(text[e]) >= 0x80))
      ++e;
    return text.substr(at, e - at);
  };
  static constexpr ByteSet kTitleInitials("Mm");
  for (std::size_t k = FindAnyOf(text, kTitleInitials); k != std::string_view::npos;
       k = FindAnyOf(text, kTitleInitials, k + 1)) {
    if (k > 0 && (IsAsciiAlpha(text[k - 1]) || (text[k - 1] >= '0' && text[k - 1] <= '9') ||
                  text[k - 1] == '.'))
      continue;
    const std::string title = AsciiFold(word_at(k));
    if (!IsCourtesyTitle(title)) continue;
    std::size_t at = k + title.size();
    if (at < text.size() && text[at] == '.') ++at;
    if (at >= text.size() || text[at] != ' ') continue;
    ++at;
    const std::string_view name = word_at(at);
    // A name has a letter and is not "Miss" the verb ("miss the bus").
    if (name.size() < 2 || !IsAsciiAlpha(name[0]) || (title == "miss" && !IsAsciiUpper(name[0])))
      continue;
    // "Mr Lewis Preston": a first name and a surname, both capitalised.
    const std::size_t next = at + name.size();
    if (IsAsciiUpper(name[0]) && next + 1 < text.size() && text[next] == ' ' &&
        IsAsciiUpper(text[next + 1]))
      continue;
    std::string surname = AsciiFold(name);
    if (!IsCourtesyTitle(surname)) out.push_back(std::move(surname));
  }
  return out;
}

namespace {

// The word of `text` ending right before `end` (letters, '-', '\'', and a
// title's period), or empty.
std::string_view WordBefore(std::string_view text, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && (IsAsciiAlpha(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '\'' ||
                   (b == end && text[b - 1] == '.')))
    --b;
  return text.substr(b, end - b);
}

// Groups that speak as one ("Police said ...", "Officials say ..."), which
// open sentences capitalised like a surname.
constexpr std::string_view kSpeakingGroups[] = {
    "police",  "officials", "authorities", "investigators", "witnesses",   "doctors",
    "experts", "analysts",  "researchers", "scientists",    "prosecutors", "residents",
    "sources", "critics",   "officers",    "aides",         "reports",     "students"};

// A calendar word ("said Friday", "Monday said" in a headline) names no one.
bool IsCalendarWord(std::string_view w) {
  const std::string folded = AsciiFold(w);
  return IsCalendarName(kMonthNames, folded) || IsCalendarName(kWeekdayNames, folded) ||
         IsCalendarName(kRelativeDays, folded);
}

bool IsCapitalisedWord(std::string_view w) {
  if (w.ends_with('.')) w.remove_suffix(1);
  return w.size() >= 2 && IsAsciiUpper(w[0]) &&
         std::all_of(w.begin() + 1, w.end(), [](char c) { return IsAsciiAlpha(c) || c == '-'; });
}

// A given name or a title before a surname: capitalised, and not a word
// that opens sentences ("In Russia ...", "The Navy ...").
// (A courtesy title says no more who someone is than the surname alone:
// "Ms. Krass" introduces no one; "Gov. Cowper" does.)
bool IsGivenNameOrTitle(std::string_view w) {
  if (!IsCapitalisedWord(w)) return false;
  if (w.ends_with('.')) w.remove_suffix(1);
  const std::string folded = AsciiFold(w);
  return !InWordList(std::string_view(folded), kSentenceOpeners) && !IsCourtesyTitle(folded);
}

}  // namespace

std::vector<std::string> BareSpeakers(std::string_view text) {
  std::vector<std::string> out;
  auto add = [&](std::string_view name) {
    if (InWordList(name, kPronouns) || name == "We" || IsCalendarWord(name) ||
        InWordListIgnoringCase(name, kSpeakingGroups))
      return;
    if (std::find(out.begin(), out.end(), name) == out.end()) out.emplace_back(name);
  };
  // "Bloom said": a capitalised word alone (after a mark or a lower-case
  // word other than an article), then a verb of saying.
  for (std::size_t at = FindAsciiUpper(text); at < text.size(); at = FindAsciiUpper(text, at)) {
    // (Inside a word or a longer name: "McBride", "al-Moualem", "O'Brien".)
    if (at > 0 && (IsAsciiAlpha(text[at - 1]) || text[at - 1] == '-' || text[at - 1] == '\'')) {
      ++at;
      continue;
    }
    std::size_t end = at + 1;
    while (end < text.size() && (IsAsciiAlpha(text[end]) || text[end] == '-')) ++end;
    const std::string_view name = text.substr(at, end - at);
    // (The verb first: few capitalised words have one after them.)
    if (name.size() >= 2 && end + 1 < text.size() && text[end] == ' ') {
      std::size_t v = end + 1;
      while (v < text.size() && IsAsciiLower(text[v])) ++v;
      const std::string_view verb = text.substr(end + 1, v - end - 1);
      if (verb.size() >= 3 && verb != "according" && IsVerbOfSaying(verb)) {
        std::size_t k = at;
        while (k > 0 && text[k - 1] == ' ') --k;
        const std::string_view before =
            k > 0 && (IsAsciiAlpha(text[k - 1]) || text[k - 1] == '.') ? WordBefore(text, k) : "";
        if (before.empty() ||
            (!IsCapitalisedWord(before) && before != "the" && before != "a" && before != "an"))
          add(name);
      }
    }
    at = end;
  }
  // "..., said Geyer.": an inverted attribution ending the clause.
  // (Looked for from the 's': a needle opening with a space stops at every word.)
  for (const std::string_view tag : {std::string_view("said "), std::string_view("says ")}) {
    for (std::size_t at = FindBytes(text, tag); at != std::string_view::npos;
         at = FindBytes(text, tag, at + 1)) {
      if (at == 0 || text[at - 1] != ' ') continue;
      const std::size_t begin = at + tag.size();
      std::size_t e = begin;
      while (e < text.size() && (IsAsciiAlpha(text[e]) || text[e] == '-')) ++e;
      // (Not a title: "..., said Dr. Marie Bristol-Power".)
      const bool title = e < text.size() && text[e] == '.' && e + 2 < text.size() &&
                         text[e + 1] == ' ' && IsAsciiUpper(text[e + 2]);
      if (e - begin >= 2 && IsAsciiUpper(text[begin]) && !title &&
          (e == text.size() || text[e] == '.' || text[e] == ','))
        add(text.substr(begin, e - begin));
    }
  }
  return out;
}

std::vector<std::string_view> NamesGivenInFull(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t at = FindAsciiUpper(text, 1); at < text.size();
       at = FindAsciiUpper(text, at + 1)) {
    if (text[at - 1] != ' ' || at < 2) continue;
    std::size_t end = at;
    while (end < text.size() && IsAsciiAlpha(text[end])) ++end;
    if (IsGivenNameOrTitle(WordBefore(text, at - 1))) out.push_back(text.substr(at, end - at));
    at = end - 1;
  }
  return out;
}

bool NamesInFull(std::string_view text, std::string_view surname) {
  for (std::size_t at = FindBytes(text, surname); at != std::string_view::npos;
       at = FindBytes(text, surname, at + 1)) {
    const std::size_t end = at + surname.size();
    if (end < text.size() && IsAsciiAlpha(text[end])) continue;  // a longer word
    if (at < 2 || text[at - 1] != ' ') continue;
    if (IsGivenNameOrTitle(WordBefore(text, at - 1))) return true;
  }
  return false;
}

std::vector<std::string> SpeakersNotNamedIn(std::string_view sentence, std::string_view context) {
  std::vector<std::string> out = BareSpeakers(sentence);
  std::erase_if(out, [&](const std::string& surname) {
    return NamesInFull(sentence, surname) || NamesInFull(context, surname);
  });
  return out;
}

bool NamesSomeoneNotIn(std::string_view sentence, std::string_view context) {
  const std::vector<std::string> surnames = TitledSurnames(sentence);
  if (surnames.empty()) return false;
  const std::string folded = AsciiFold(context);
  return std::any_of(surnames.begin(), surnames.end(),
                     [&](const std::string& surname) { return !HasAsciiWord(folded, surname); });
}

}  // namespace precis::text
