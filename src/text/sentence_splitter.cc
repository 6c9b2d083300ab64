#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <initializer_list>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "base/ascii.h"
#include "base/calendar_words.h"
#include "base/sentence_end.h"
#include "base/word_list.h"
#include "text/context_dependence.h"

namespace precis::text {
namespace {

struct LanguageName {
  const char* name;
  const char* code;
};

constexpr std::array<LanguageName, 29> kLanguages = {{
    {"arabic", "ar"},     {"armenian", "hy"},   {"basque", "eu"},    {"catalan", "ca"},
    {"danish", "da"},     {"dutch", "nl"},      {"english", "en"},   {"finnish", "fi"},
    {"french", "fr"},     {"german", "de"},     {"greek", "el"},     {"hindi", "hi"},
    {"hungarian", "hu"},  {"indonesian", "id"}, {"irish", "ga"},     {"italian", "it"},
    {"lithuanian", "lt"}, {"nepali", "ne"},     {"norwegian", "no"}, {"porter", "en"},
    {"portuguese", "pt"}, {"romanian", "ro"},   {"russian", "ru"},   {"serbian", "sr"},
    {"spanish", "es"},    {"swedish", "sv"},    {"tamil", "ta"},     {"turkish", "tr"},
    {"yiddish", "yi"},
}};

// Abbreviations that precede a name and so never end a sentence.
constexpr std::string_view kTitles[] = {
    "Mr",   "Mrs",  "Ms",  "Dr",     "Sen",  "Sens", "Rep",  "Reps", "Gov", "Gen", "Lt", "Col",
    "Maj",  "Capt", "Sgt", "Adm",    "Cmdr", "Cpl",  "Prof", "Rev",  "St",  "Mt",  "Ft", "Pres",
    "Supt", "Atty", "Hon", "Messrs", "Mmes", "Gens", "Brig", "Insp", "Det", "Pvt",
};

// Abbreviations that end a sentence only when a capitalised word follows
// that is not a number.
constexpr std::string_view kBeforeNumbers[] = {
    "Jan", "Feb",  "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "No",  "Nos",
};

// Lower-case abbreviations before a figure, beside kBeforeNumbers ("approx.
// 30 people", "vol. 2 of", "fig. 3 shows"), roads' and a state's with a
// route's number ("state rd. 25", "rt. 11", "the del. 896 on-ramp").
constexpr std::string_view kBeforeFiguresToo[] = {
    "approx", "vol", "fig", "pp",  "lbs", "ca",   "vs",  "ext", "tel", "oz",
    "rd",     "rt",  "rte", "hwy", "ave", "blvd", "ste", "apt", "del"};

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// The Sentence_Break property (UAX #29) of a code point; ASCII from a table.
int SentenceBreakOf(UChar32 c) {
  static const auto kAscii = [] {
    std::array<std::uint8_t, 128> t{};
    for (UChar32 a = 0; a < 128; ++a)
      t[static_cast<std::size_t>(a)] =
          static_cast<std::uint8_t>(u_getIntPropertyValue(a, UCHAR_SENTENCE_BREAK));
    return t;
  }();
  return c >= 0 && c < 128 ? kAscii[static_cast<std::size_t>(c)]
                           : u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

// Whether the sentence break rules find no break inside `text`: no
// terminator or separator but in its closing run (terminators, then closing
// marks, then spaces, up to the end), as in most one-sentence paragraphs.
// Breaks come only after a terminator or a separator (UAX #29, SB4-SB11),
// so the iterator would return the whole text; it need not be run.
bool HasNoInnerBreak(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  // Before the closing run; in it, after a terminator, a closing mark, a space.
  enum { kBefore, kTerminator, kClose, kSpace } state = kBefore;
  // ASCII bytes that are neither a terminator nor a separator, which the
  // text before its closing run is mostly made of.
  static constexpr auto kPlain = [] {
    std::array<bool, 256> plain{};
    for (unsigned b = 0; b < 0x80; ++b)
      plain[b] = b != '.' && b != '!' && b != '?' && b != '\n' && b != '\r' && b != 0x0B &&
                 b != 0x0C && b != 0x85;
    return plain;
  }();
  for (int32_t i = 0; i < size;) {
    if (state == kBefore && kPlain[bytes[i]]) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT_OR_FFFD(bytes, i, size, c);
    const int sb = SentenceBreakOf(c);
    if (sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF) return false;
    if (sb == U_SB_ATERM || sb == U_SB_STERM) {
      state = kTerminator;  // (one after another joins: SB8a)
    } else if (state == kBefore || sb == U_SB_EXTEND || sb == U_SB_FORMAT) {
      continue;
    } else if (sb == U_SB_CLOSE && state != kSpace) {
      state = kClose;
    } else if (sb == U_SB_SP) {
      state = kSpace;
    } else {
      return false;  // more after the terminator: the iterator decides
    }
  }
  return true;
}

// The word just before the final '.' of `s` (letters only), or empty.
std::string_view WordBeforePeriod(std::string_view s) {
  if (s.empty() || s.back() != '.') return {};
  std::size_t end = s.size() - 1;
  std::size_t b = end;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
  if (b > 0 && !IsSpace(s[b - 1]) && s[b - 1] != '(' && s[b - 1] != '"' && s[b - 1] != '.')
    return {};
  return s.substr(b, end - b);
}

// The letters `s` opens with (its first word, without a mark after it).
std::string_view FirstWordOf(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && std::isalpha(static_cast<unsigned char>(s[n]))) ++n;
  return s.substr(0, n);
}

// A time zone (all capitals, 2-4 letters) or a weekday: what follows "a.m.".
bool IsTimeFollower(std::string_view next) {
  std::size_t n = 0;
  while (n < next.size() && std::isalpha(static_cast<unsigned char>(next[n]))) ++n;
  std::string_view w = next.substr(0, n);
  static constexpr std::string_view kDays[] = {"Monday",  "Tuesday",  "Wednesday", "Thursday",
                                               "Friday",  "Saturday", "Sunday",    "Today",
                                               "Tonight", "Tomorrow", "Yesterday"};
  for (auto d : kDays)
    if (w == d) return true;
  if (w.size() < 2 || w.size() > 4) return false;
  if (std::all_of(w.begin(), w.end(),
                  [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
    return true;
  // A lower-cased crawl's zone, capitalised as if a sentence began ("6 p.m.
  // Et tonight"); not one that is also a word ("West", "Met", "Cat").
  static constexpr std::string_view kAlsoWords[] = {"west", "met", "cat", "eat", "wet"};
  const std::string lower = AsciiFold(w);
  return IsCalendarName(kTimeZones, lower) &&
         std::find(std::begin(kAlsoWords), std::end(kAlsoWords), lower) == std::end(kAlsoWords);
}

// Words that go on with the sentence after a time ("shortly before 10 p.m.
// following a standoff", "at 9: 30 a.m. at the ranch", "about 10 a.m. and
// opened fire"), where a lower-cased crawl capitalised them as if its period
// ended one. (Of 1,680 such times in 10,000 Multi-News training clusters,
// these words went on with the sentence; "The", "Police", "He" opened the
// next, as a live blog's stamps do.)
constexpr std::string_view kGoOnAfterATime[] = {
    "on", "and", "to",   "at",    "in",        "after", "when",    "near",   "with",
    "as", "by",  "from", "while", "following", "local", "eastern", "pacific"};

// Whether the time `prev` ends with ("... 9 a.m.") names a noun's time, after
// a determiner at most two words before its number ("the 9 a.m. hour", "his
// own 11: 35 p.m. late-night show", "the cbs 12: 35 a.m. show"): the noun
// follows, whatever case a crawl gave it.
bool TimeModifiesANoun(std::string_view prev) {
  static constexpr std::string_view kDeterminers[] = {"the", "a",     "an",  "his", "her",
                                                      "its", "their", "our", "own", "this"};
  prev.remove_suffix(4);  // "a.m." or "p.m."
  while (!prev.empty() && IsSpace(prev.back())) prev.remove_suffix(1);
  // The number: digits, a colon and the spaces a tokenized crawl sets in it ("12: 35").
  const std::size_t before = prev.size();
  while (!prev.empty() && (std::isdigit(static_cast<unsigned char>(prev.back())) ||
                           prev.back() == ':' || IsSpace(prev.back())))
    prev.remove_suffix(1);
  if (prev.size() == before) return false;
  for (int words = 0; words < 2 && !prev.empty(); ++words) {
    std::size_t b = prev.size();
    while (b > 0 && !IsSpace(prev[b - 1])) --b;
    const std::string_view w = prev.substr(b);
    if (InWordListIgnoringCase(w, kDeterminers)) return true;
    prev = prev.substr(0, b);
    while (!prev.empty() && IsSpace(prev.back())) prev.remove_suffix(1);
  }
  return false;
}

// Words that open a sentence after a lower-cased initialism, where the
// crawl capitalised them (of 10,000 Multi-News training clusters: 54 "The",
// 8 "He", 8 "She", 3 "They" after one, each opening a sentence but after
// "a.k.a."); "In", "This", "A" go on as often ("the u.s. In a few days",
// "the u.n. This week", "in the u.s. A year").
constexpr std::string_view kOpenAfterAnInitialism[] = {"the", "he", "she", "they", "it", "we", "i"};
// Initialisms that introduce what follows, whatever it is.
constexpr std::string_view kIntroducingInitialisms[] = {"a.k.a.", "i.e.", "e.g."};

// Verbs that cannot open a sentence that asks nothing: they go on from a
// subject before them ("... inc. Is poised to ...", "... co. Are
// considering ...", "E! was first to report ..."). (Not "have", "had",
// "should", "did": "Have a look ...", "Had the country been ...".)
constexpr std::string_view kVerbsGoingOnFromASubject[] = {"is",  "are",   "was",   "were",
                                                          "has", "would", "could", "does"};

// Whether `s` ends with a question mark (before closing marks and spaces).
bool AsksAQuestion(std::string_view s) {
  while (!s.empty() &&
         (IsSpace(s.back()) || s.back() == '"' || s.back() == ')' || s.back() == '\''))
    s.remove_suffix(1);
  return !s.empty() && s.back() == '?';
}

// Whether `token` is a figure: digits and commas, perhaps a decade's "s"
// ("2013", "26", "1,500", "1950s").
bool IsAFigure(std::string_view token) {
  if (token.ends_with('s')) token.remove_suffix(1);
  return !token.empty() && std::isdigit(static_cast<unsigned char>(token[0])) &&
         std::all_of(token.begin(), token.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || c == ',';
         });
}

// Whether `next` opens with one of `words` (any case).
template <std::size_t N>
bool OpensWithOneOf(std::string_view next, const std::string_view (&words)[N]) {
  return InWordListIgnoringCase(FirstWordOf(next), words);
}

// A title or a month's abbreviation: its period need not end a sentence.
bool IsAbbreviation(std::string_view word) {
  auto same = [&](std::string_view t) { return EqualsIgnoringAsciiCase(word, t); };
  return std::any_of(std::begin(kTitles), std::end(kTitles), same) ||
         std::any_of(std::begin(kBeforeNumbers), std::end(kBeforeNumbers), same);
}

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsLetterAscii(char c) { return IsLowerAscii(c) || (c >= 'A' && c <= 'Z'); }

// Where a sentence glued to the one before without a space begins ("he
// said.the cbs telecast", crawled text that lost a line break): after a
// period that follows a word of two or more lower-case letters, or a
// number, and comes before a word. Web addresses, file names, e-mail addresses, code and
// abbreviations ("st.louis") are left alone. ICU does not break there,
// since a lower-case letter follows.
// Whether `rest`, the words after a closing quotation mark, names who said
// it before its clause ends: a verb of saying within its first words ("he
// said", "the former south carolina governor said", "according to ...").
bool ClosesWithItsAttribution(std::string_view rest) {
  constexpr std::size_t kAttributionWords = 8;
  std::size_t at = 0;
  for (std::size_t words = 0; words < kAttributionWords && at < rest.size(); ++words) {
    std::size_t end = at;
    while (end < rest.size() && IsLetterAscii(rest[end])) ++end;
    const std::string_view word = rest.substr(at, end - at);
    if (IsVerbOfSaying(word)) return true;
    // The clause ends at a mark other than a word's apostrophe or hyphen.
    if (end < rest.size() && rest[end] != ' ' && rest[end] != '\'' && rest[end] != '-')
      return false;
    at = end;
    while (at < rest.size() && (rest[at] == ' ' || rest[at] == '\'' || rest[at] == '-')) ++at;
  }
  return false;
}

// Whether the quotation ending at `end` (its "!" or "?") holds at most a
// title's few words ("jeopardy!", "help!", "mamma mia!").
// (A tokenized crawl sets the marks off: '" jeopardy! "'.)
bool EndsAShortTitle(std::string_view s, std::size_t end) {
  constexpr std::size_t kTitleWords = 3;
  const std::size_t open = s.rfind('"', end);
  if (open == std::string_view::npos) return false;
  std::size_t words = 0;
  for (std::size_t k = open + 1; k < end; ++k)
    if (!IsSpace(s[k]) && (k == open + 1 || IsSpace(s[k - 1]))) ++words;
  return words <= kTitleWords;
}

// Whether `prev` closes with a short title's quotation (EndsAShortTitle):
// '... the game show " jeopardy! "', '... "help!"'.
bool ClosesAShortTitle(std::string_view prev) {
  while (!prev.empty() && IsSpace(prev.back())) prev.remove_suffix(1);
  if (prev.empty() || prev.back() != '"' || std::count(prev.begin(), prev.end(), '"') % 2 != 0)
    return false;
  prev.remove_suffix(1);
  while (!prev.empty() && IsSpace(prev.back())) prev.remove_suffix(1);
  return !prev.empty() && (prev.back() == '!' || prev.back() == '?') &&
         EndsAShortTitle(prev, prev.size() - 1);
}

// Whether `rest` opens with a word that starts a clause of its own after a
// title ('... "mother!" it is an audacious film', '"take that liberals!"
// she went on'), unlike what goes on with the sentence ("since 1984", "as
// the audience laughed", "by the beatles").
bool OpensAClause(std::string_view rest) {
  static constexpr std::string_view kClauseOpeners[] = {"he",    "she",  "it",    "they", "we",
                                                        "i",     "you",  "if",    "but",  "this",
                                                        "there", "when", "while", "the"};
  std::size_t end = 0;
  while (end < rest.size() && IsLetterAscii(rest[end])) ++end;
  return end < rest.size() && rest[end] == ' ' &&
         std::any_of(std::begin(kClauseOpeners), std::end(kClauseOpeners), [&](std::string_view w) {
           return EqualsIgnoringAsciiCase(rest.substr(0, end), w);
         });
}

// `open_quotes`: the straight quotation marks of the paragraph before `s`
// (a mark's parity tells opening from closing).
std::vector<std::size_t> GluedSentenceStarts(std::string_view s, std::size_t open_quotes) {
  static constexpr std::string_view kNotWords[] = {
      "com",  "org", "net",  "gov", "edu",  "mil", "int",  "co",  "uk",   "us",  "ca",  "au",
      "de",   "fr",  "io",   "ly",  "tv",   "fm",  "me",   "ru",  "cn",   "jp",  "nz",  "ie",
      "info", "biz", "html", "htm", "php",  "asp", "aspx", "jpg", "jpeg", "png", "gif", "pdf",
      "mp3",  "mp4", "txt",  "doc", "docx", "xml", "json", "js",  "css"};
  std::vector<std::size_t> starts;
  for (std::size_t k = 2; k + 1 < s.size(); ++k) {
    if (s[k] != '.' || !IsLetterAscii(s[k + 1])) continue;
    std::size_t lb = k;  // the token before the period
    while (lb > 0 && !IsSpace(s[lb - 1])) --lb;
    std::string_view left = s.substr(lb, k - lb);
    // A word of two lower-case letters or more, or a number ("at age
    // 50.richmond police say", "62,000.after").
    const bool number = !left.empty() && std::all_of(left.begin(), left.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == ',';
    }) && left.back() != ',';
    if (!number && !(IsLowerAscii(s[k - 1]) && IsLowerAscii(s[k - 2]))) continue;
    if (left.find_first_of("./@:_=") != std::string_view::npos || left.starts_with("www") ||
        left.starts_with("http"))
      continue;
    std::size_t wb = k;  // the word before the period
    while (wb > lb && IsLetterAscii(s[wb - 1])) --wb;
    const std::string_view word = s.substr(wb, k - wb);
    if (IsAbbreviation(word)) continue;
    std::size_t re = k + 1;  // the word after it, and the rest of its token
    while (re < s.size() && IsLetterAscii(s[re])) ++re;
    const std::string_view next = s.substr(k + 1, re - k - 1);
    std::size_t te = re;
    while (te < s.size() && !IsSpace(s[te])) ++te;
    if (s.substr(re, te - re).find_first_of("./@(=") != std::string_view::npos) continue;
    if (next.size() < 2 && !EqualsIgnoringAsciiCase(next, "a") &&
        !EqualsIgnoringAsciiCase(next, "i"))
      continue;
    if (number && next.size() < 3) continue;  // "005930.ks": a stock ticker
    if (std::any_of(std::begin(kNotWords), std::end(kNotWords),
                    [&](std::string_view t) { return EqualsIgnoringAsciiCase(next, t); }))
      continue;
    starts.push_back(k + 1);
  }
  // A sentence opening with a figure before a lower-case word ("... her
  // second child. 30 rock returns later this year.", "... this interview.
  // 40,000 questions have come in."): ICU reads no break before a lower-case
  // letter, digits between or not. Not after an abbreviation ("on jan. 18
  // ...", "no. 2 power", "approx. 30 people").
  for (std::size_t k = s.find(". ", 2); k != std::string_view::npos && k + 3 < s.size();
       k = s.find(". ", k + 1)) {
    if (!std::isdigit(static_cast<unsigned char>(s[k + 2]))) continue;
    std::size_t lb = k;  // the word before the period: lower-case letters only
    while (lb > 0 && IsLowerAscii(s[lb - 1])) --lb;
    const std::string_view left = s.substr(lb, k - lb);
    if (left.size() < 2 || (lb > 0 && !IsSpace(s[lb - 1])) || IsAbbreviation(left) ||
        InWordList(left, kBeforeFiguresToo))
      continue;
    std::size_t e = k + 2;  // the figure, then a space and a lower-case word
    while (e < s.size() &&
           (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == ',' || s[e] == '.'))
      ++e;
    if (e + 1 < s.size() && s[e] == ' ' && IsLowerAscii(s[e + 1])) starts.push_back(k + 2);
  }
  // A quotation opening a sentence in lower-cased text ("... in a charged
  // context. \"these trolls seem ..."): ICU reads no break before a
  // lower-case word. Only where the mark opens (an even number before it)
  // and a word of two lower-case letters or more ends the sentence before.
  std::size_t quotes = open_quotes;
  // (From two bytes before the first mark: most sentences hold none.)
  const std::size_t first_quote = s.find('"');
  const std::size_t from = first_quote == std::string_view::npos ? s.size()
                           : first_quote >= 2                    ? first_quote - 2
                                                                 : 0;
  for (std::size_t k = from; k + 3 < s.size(); ++k) {
    if (s[k] == '"') ++quotes;
    // (Or glued to the period: '... antiquities authority."they discovered'.)
    const std::size_t mark = s[k + 1] == '"' ? k + 1 : k + 2;
    if ((s[k] != '.' && s[k] != '?' && s[k] != '!') || (mark == k + 2 && s[k + 1] != ' ') ||
        s[mark] != '"' || quotes % 2 != 0 || k < 2)
      continue;
    // (Tokenized crawls set the mark off: '. " he is coming home'.)
    const std::size_t first = s[mark + 1] == ' ' && mark + 2 < s.size() ? mark + 2 : mark + 1;
    if (!IsLowerAscii(s[first]) || (mark == k + 1 && first != mark + 1)) continue;
    std::size_t lb = k;  // the token before the mark
    while (lb > 0 && !IsSpace(s[lb - 1])) --lb;
    const std::string_view left = s.substr(lb, k - lb);
    // (A word of two lower-case letters or more, or a year or a figure: "...
    // in the first quarter of 2013. \"we don't believe", "... the 1950s.".)
    if (!((left.size() >= 2 && std::all_of(left.begin(), left.end(), IsLowerAscii) &&
           !IsAbbreviation(left)) ||
          IsAFigure(left)))
      continue;
    starts.push_back(mark);
  }
  // A quotation closing a sentence in lower-cased text ("... the u.s.
  // arsenal \"works.\" trump was responding to ...", or as a tokenized
  // crawl sets it off, '. \" trump'): the next sentence starts after the
  // mark, unless what follows is the quotation's attribution ("...
  // realistic.\" the former governor said").
  quotes = open_quotes;
  for (std::size_t k = from; k + 3 < s.size(); ++k) {
    if (s[k] == '"') ++quotes;
    if ((s[k] != '.' && s[k] != '?' && s[k] != '!') || quotes % 2 != 1 || k < 2 ||
        !IsLowerAscii(s[k - 1]))
      continue;
    std::size_t next = 0;
    // (Against the mark, a "!" or "?" may end a title of a few words, as in
    // 'the game show "jeopardy!" since 1984', not a sentence.)
    if (s[k + 1] == '"' && s[k + 2] == ' ' &&
        (s[k] == '.' || !EndsAShortTitle(s, k) || OpensAClause(s.substr(k + 3))))
      next = k + 3;
    else if (k + 4 < s.size() && s[k + 1] == ' ' && s[k + 2] == '"' && s[k + 3] == ' ' &&
             (s[k] == '.' || !EndsAShortTitle(s, k) || OpensAClause(s.substr(k + 4))))
      next = k + 4;
    else
      continue;
    if (!IsLowerAscii(s[next]) || ClosesWithItsAttribution(s.substr(next))) continue;
    std::size_t lb = k;  // the word before the period: not an abbreviation
    while (lb > 0 && IsLetterAscii(s[lb - 1])) --lb;
    const std::string_view left = s.substr(lb, k - lb);
    if (lb > 0 && s[lb - 1] == '.') continue;  // "u.s."
    if (IsAbbreviation(left)) continue;
    starts.push_back(next);
  }
  std::sort(starts.begin(), starts.end());
  return starts;
}

// The items of a list flattened into a run of text ("... developments so far
// today: \u2022 troops have begun pulling back \u2022 the envoy said ..."): a
// bullet between spaces ends the text before it, and the item begins after
// it (the bullet belongs to neither). Offsets within `s`: where each bullet
// starts, and where the item after it starts.
std::vector<std::pair<std::size_t, std::size_t>> BulletItems(std::string_view s) {
  std::vector<std::pair<std::size_t, std::size_t>> items;
  for (std::size_t k = s.find('\xE2'); k != std::string_view::npos; k = s.find('\xE2', k + 1)) {
    const std::size_t bullet = ListBulletLength(s.substr(k));
    const std::size_t after = k + bullet;
    if (bullet == 0 || (k > 0 && !IsSpace(s[k - 1])) || after >= s.size() || !IsSpace(s[after]))
      continue;
    std::size_t item = after;
    while (item < s.size() && IsSpace(s[item])) ++item;
    if (item < s.size()) items.emplace_back(k, item);
  }
  return items;
}

// A closing quotation mark set off by a space ("... with amazon. \" cain
// replied"): ICU breaks before the space, and the mark would open the next
// sentence. It goes back to the sentence it closes: a curly closing mark
// always, a straight one when that sentence has an odd number of them.
void MoveClosingQuotesBack(std::string_view text, std::vector<Span>& pieces) {
  constexpr std::string_view kCurlyClose = "\xE2\x80\x9D";
  for (std::size_t k = 1; k < pieces.size(); ++k) {
    Span& prev = pieces[k - 1];
    Span& cur = pieces[k];
    const std::string_view piece = text.substr(cur.begin, cur.end - cur.begin);
    std::size_t mark = 0;
    if (piece.starts_with(kCurlyClose)) {
      mark = kCurlyClose.size();
    } else if (piece.starts_with('"')) {
      // The sentence it closes, or one before it in the paragraph (a
      // quotation of several sentences: "\" i'm overwhelmed. i'm happy. \"
      // neither ...").
      const std::string_view before = text.substr(prev.begin, prev.end - prev.begin);
      const std::string_view paragraph = text.substr(0, cur.begin);
      if (std::count(before.begin(), before.end(), '"') % 2 == 1 ||
          std::count(paragraph.begin(), paragraph.end(), '"') % 2 == 1)
        mark = 1;
    }
    if (mark == 0 || (mark < piece.size() && !IsSpace(piece[mark]))) continue;
    prev.end = cur.begin + mark;
    cur.begin += mark;
    while (cur.begin < cur.end && IsSpace(text[cur.begin])) ++cur.begin;
  }
  std::erase_if(pieces, [](const Span& p) { return p.begin >= p.end; });
}

// Parentheses whose period does not end a sentence close within this many
// bytes of their opening and of the break.
constexpr std::size_t kParenthesisReach = 60;

// True when `next` opens with a word written as the lower-cased corpora
// write a surname after an initial (a capital, then lower-case letters:
// "Mueller", "Mcgahn") that is not a word opening sentences.
bool LowerCasedSurname(std::string_view next) {
  // An Irish surname as such crawls tokenised it ("O ' malley", "O'grady").
  if (next.size() >= 3 && next[0] == 'O') {
    std::size_t k = 1;
    if (next[k] == ' ') ++k;
    if (k < next.size() && next[k] == '\'') {
      ++k;
      if (k < next.size() && next[k] == ' ') ++k;
      if (k + 1 < next.size() && IsLowerAscii(next[k]) && IsLowerAscii(next[k + 1])) return true;
    }
  }
  std::size_t e = 0;
  while (e < next.size() && IsLetterAscii(next[e])) ++e;
  const std::string_view w = next.substr(0, e);
  if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0])) ||
      !std::all_of(w.begin() + 1, w.end(), IsLowerAscii))
    return false;
  return !IsSentenceOpener(AsciiFold(w));
}

// True when the break between `prev` and `next` is a false one.
// Whether `text` reads as a lower-cased crawl's: of its words (40 or more),
// at most one in a hundred capitalised but where a period ended a sentence.
// (Multi-News capitalises only there: "... in front of the camera! to mark
// the birth ...", "... literate? what sort of books did they keep?".)
bool IsLowerCasedCrawl(std::string_view text) {
  constexpr std::size_t kMinWords = 40;
  std::size_t words = 0, capitals = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!IsLetterAscii(text[i]) || (i > 0 && !IsSpace(text[i - 1]))) continue;
    ++words;
    if (text[i] < 'A' || text[i] > 'Z' || i < 2) continue;
    const char before = text[i - 2];  // the mark before the space
    if (before != '.' && before != '"') ++capitals;
  }
  return words >= kMinWords && capitals * 100 <= words;
}

// Whether `prev` ends with a question mark or an exclamation mark (before
// closing marks).
bool EndsAsking(std::string_view prev) {
  while (!prev.empty() && (prev.back() == '"' || prev.back() == ')' || prev.back() == '\''))
    prev.remove_suffix(1);
  return !prev.empty() && (prev.back() == '?' || prev.back() == '!');
}

// `lower_cased` says whether the paragraph is a lower-cased crawl's
// (IsLowerCasedCrawl), where a lower-case word after "?" or "!" opens a
// sentence; asked only then.
bool ShouldJoin(std::string_view prev, std::string_view next,
                const std::function<bool()>& lower_cased) {
  if (next.empty() || prev.empty()) return false;
  unsigned char first = static_cast<unsigned char>(next[0]);
  // A fragment of closing punctuation belongs to the previous sentence.
  if (std::ispunct(first) && next.size() <= 3) return true;
  if (std::islower(first))
    return !EndsAsking(prev) || ClosesWithItsAttribution(next) || !lower_cased() ||
           (ClosesAShortTitle(prev) && !OpensAClause(next)) ||
           // A verb with no subject of its own: the name before ended in the
           // mark ("E! was first to report the news", "Yahoo! is ...").
           (OpensWithOneOf(next, kVerbsGoingOnFromASubject) && !AsksAQuestion(next));
  // A period inside parentheses that close a few words on: a credit's or
  // aside's initial ("( photo: phelan m. Ebenhack, ap )", "(ap photo/j.
  // Scott applewhite)").
  if (const std::size_t open = prev.rfind('('); open != std::string_view::npos &&
                                                prev.size() - open <= kParenthesisReach &&
                                                prev.find(')', open) == std::string_view::npos) {
    // (A period of an abbreviation may come before the close: "(R-N.C.)".)
    const std::size_t close = next.find(')');
    const std::string_view inside = next.substr(0, close);
    if (close != std::string_view::npos && close <= kParenthesisReach &&
        inside.find_first_of("(?!") == std::string_view::npos &&
        inside.find(". ") == std::string_view::npos)
      return true;
  }
  // A lower-cased crawl's verb goes on with its subject after an ellipsis
  // ("an alleged accomplice, daniel martinez,...... Was expected to be
  // arraigned"), as "which" does ("... the grand mosque... Which is now
  // getting flooded"), unless it asks a question.
  if ((prev.ends_with("...") || prev.ends_with("\xE2\x80\xA6")) &&
      (OpensWithOneOf(next, kVerbsGoingOnFromASubject) ||
       EqualsIgnoringAsciiCase(FirstWordOf(next), "which")) &&
      !AsksAQuestion(next) && lower_cased())
    return true;
  std::string_view word = WordBeforePeriod(prev);
  if (word.empty()) return false;
  // "at 8 a.m. EDT", "6 p.m. Sunday": a time is followed by a zone or day.
  // In a lower-cased crawl, a capital after the time says nothing: the words
  // that go on with a sentence go on with it.
  if ((word == "m" && prev.size() >= 4 && (prev.ends_with("a.m.") || prev.ends_with("p.m."))) &&
      (IsTimeFollower(next) || TimeModifiesANoun(prev) ||
       (OpensWithOneOf(next, kGoOnAfterATime) && lower_cased())))
    return true;
  for (auto t : kTitles)
    if (EqualsIgnoringAsciiCase(word, t)) return true;
  if (std::isdigit(first))
    for (auto t : kBeforeNumbers)
      if (EqualsIgnoringAsciiCase(word, t)) return true;
  // Abbreviations written in lower case, as lower-cased corpora do ("the
  // u.s. Supreme court", "apple inc. Said"): their tokenizer capitalised the
  // next word as if a sentence began. Properly cased "U.S." and "Inc." are
  // left to ICU's CLDR suppressions.
  // ("Kellogg co. Is recalling ...", "walt disney co. Are considering ...";
  // not a sentence after one: "... holding ltd. The board is expected ...",
  // "... and co. The band ...".)
  for (std::string_view a : std::initializer_list<std::string_view>{
           " inc.", " jr.", " sr.", " corp.", " ltd.", " vs.", " co."})
    if ((prev.ends_with(a) || prev == a.substr(1)) && !OpensWithOneOf(next, kOpenAfterAnInitialism))
      return true;
  // A street's direction after its number ("petsmart at 3520 s. El camino
  // real"): one of n, s, e, w after a figure.
  if (prev.size() >= 4 && prev[prev.size() - 1] == '.' &&
      std::string_view("nsewNSEW").find(prev[prev.size() - 2]) != std::string_view::npos &&
      prev[prev.size() - 3] == ' ' &&
      std::isdigit(static_cast<unsigned char>(prev[prev.size() - 4])))
    return true;
  // A company of brothers goes on with the rest of its name ("Warner Bros.
  // Television", "warner bros. Pictures"), not with a word opening a
  // sentence ("... by Warner Bros. The studio said").
  if (EqualsIgnoringAsciiCase(word, "bros") && !IsSentenceOpener(AsciiFold(FirstWordOf(next))))
    return true;
  // Any lower-cased initialism ("the c.i.a. This year", "u.s.", "f.b.i."):
  // single letters, each with its period, two or more.
  {
    std::size_t k = prev.size();
    std::size_t letters = 0;
    while (k >= 2 && prev[k - 1] == '.' && IsLowerAscii(prev[k - 2]) &&
           (k == 2 || !IsLetterAscii(prev[k - 3]))) {
      ++letters;
      k -= 2;
    }
    // Its first letter capitalised where it opens a sentence ("U.s. officials
    // said", "U.s. President ...").
    if (letters >= 1 && k >= 2 && prev[k - 1] == '.' && prev[k - 2] >= 'A' && prev[k - 2] <= 'Z' &&
        (k == 2 || !IsLetterAscii(prev[k - 3]))) {
      ++letters;
      k -= 2;
    }
    // (Not "a.m." and "p.m.", which end sentences; see the time rule above.)
    const std::string_view initialism = prev.substr(k);
    // (After a hyphen too: "a sino-u.s. Working group".)
    // But a place's ends a sentence before "The" or a pronoun ("washington,
    // d.c. The conference call was ...", "deaths in the u.s. He called ..."),
    // which go on with no initialism but one that introduces ("a.k.a. The
    // night before").
    if (letters >= 2 && initialism != "a.m." && initialism != "p.m." &&
        (k == 0 || IsSpace(prev[k - 1]) || prev[k - 1] == '(' || prev[k - 1] == '"' ||
         prev[k - 1] == '-') &&
        (!OpensWithOneOf(next, kOpenAfterAnInitialism) ||
         InWordListIgnoringCase(initialism, kIntroducingInitialisms)))
      return true;
  }
  // A lower-cased crawl's middle initial ("John o. Brennan"): one letter
  // after a capitalised first name, before a capitalised surname; or after
  // a first name the crawl lower-cased too ("the firing of robert s. Mueller
  // iii", "white house counsel donald f. Mcgahn"), when what the corpus
  // capitalised is a name, not a word that opens sentences ("plan b. The
  // vote").
  if (word.size() == 1 && IsLowerAscii(word[0]) && std::isupper(first)) {
    std::string_view head = prev.substr(0, prev.size() - 2);
    while (!head.empty() && IsSpace(head.back())) head.remove_suffix(1);
    std::size_t b = head.size();
    while (b > 0 && !IsSpace(head[b - 1])) --b;
    // (A name may open a quotation or an aside: 'his "donald j. Trump
    // border wall construction co." shirt'.)
    while (b < head.size() && (head[b] == '"' || head[b] == '(')) ++b;
    const std::string_view before = head.substr(b);
    if (before.size() >= 2 && std::isupper(static_cast<unsigned char>(before[0])) &&
        std::all_of(before.begin() + 1, before.end(), IsLowerAscii))
      return true;
    // Before a surname, or before another initial: a second middle initial
    // ("said oliver j. T. O ' grady") or an initialism the crawl spaced out
    // ("serving the u. S. Army").
    const bool next_initial = next.size() >= 2 && next[1] == '.' &&
                              (next.size() == 2 || IsSpace(next[2]) || IsLetterAscii(next[2]));
    if (before.size() >= 2 && std::all_of(before.begin(), before.end(), IsLowerAscii) &&
        (LowerCasedSurname(next) || next_initial))
      return true;
  }
  // An initial inside a name ("John F. Kennedy", "J. R. R. Tolkien"): one
  // capital letter after a capitalised word or another initial.
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) {
    std::string_view head = prev.substr(0, prev.size() - 2);
    while (!head.empty() && IsSpace(head.back())) head.remove_suffix(1);
    std::size_t b = head.size();
    while (b > 0 && !IsSpace(head[b - 1])) --b;
    std::string_view before = head.substr(b);
    if (before.size() == 2 && IsLetterAscii(before[0]) && before[1] == '.')
      return true;  // "J. R." chains of initials, "the u. S. Army" in a lower-cased crawl
    if (!before.empty() && std::isupper(static_cast<unsigned char>(before[0])) &&
        before.back() != '.' && before.back() != ',')
      return std::isupper(first) != 0;  // "John F. Kennedy"
    // After a title ("Dr. J. Ward Kennedy", "Mr. A. B. Smith").
    if (before.size() >= 3 && before.back() == '.' && std::isupper(first) != 0) {
      const std::string_view title = before.substr(0, before.size() - 1);
      for (auto t : kTitles)
        if (EqualsIgnoringAsciiCase(title, t)) return true;
    }
  }
  return false;
}

}  // namespace

std::string LanguageCode(std::string_view language) {
  for (const auto& l : kLanguages)
    if (language == l.name || language == l.code) return l.code;
  return {};
}

SentenceSplitter::SentenceSplitter(std::unique_ptr<icu::BreakIterator> it) : it_(std::move(it)) {}
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;
SentenceSplitter::~SentenceSplitter() = default;

namespace {

// ICU's sentence iterator for `code`, wrapped in CLDR's abbreviation filter
// ("Mr.", "U.S.", ...) when ICU has one for the language.
Result<std::unique_ptr<icu::BreakIterator>> BuildIterator(const std::string& code) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(code.c_str());
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || !base)
    return Status::InputError("cannot create ICU sentence iterator for '" + code + "'");
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_SUCCESS(status) && builder) {
    icu::BreakIterator* wrapped = builder->wrapIteratorWithFilter(base.release(), status);
    if (U_FAILURE(status) || !wrapped)
      return Status::InputError("cannot create ICU sentence filter for '" + code + "'");
    return std::unique_ptr<icu::BreakIterator>(wrapped);
  }
  return base;
}

}  // namespace

Result<SentenceSplitter> SentenceSplitter::Create(std::string_view language) {
  std::string code = LanguageCode(language);
  if (code.empty()) return Status::UsageError("unknown language '" + std::string(language) + "'");
  // Building an iterator (rules, and the abbreviation filter's trie) costs
  // about 0.1 ms; a clone of a built one shares that data. So one prototype
  // per language is built, kept for the life of the process, and cloned.
  static std::mutex mutex;
  static auto* prototypes = new std::map<std::string, std::unique_ptr<icu::BreakIterator>>();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = prototypes->find(code);
  if (it == prototypes->end()) {
    auto built = BuildIterator(code);
    if (!built.ok()) return built.status();
    it = prototypes->emplace(code, std::move(built).value()).first;
  }
  std::unique_ptr<icu::BreakIterator> copy(it->second->clone());
  if (!copy) return Status::InputError("cannot create ICU sentence iterator for '" + code + "'");
  return SentenceSplitter(std::move(copy));
}

std::vector<Span> SentenceSplitter::Split(std::string_view text) {
  std::vector<Span> out;
  // Paragraphs first: a blank line always ends a sentence.
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t blank = text.find("\n\n", start);
    std::size_t end = blank == std::string_view::npos ? text.size() : blank;
    if (end > start) SplitParagraph(text.substr(start, end - start), start, out);
    if (blank == std::string_view::npos) break;
    start = blank + 2;
  }
  return out;
}

void SentenceSplitter::SplitParagraph(std::string_view text, std::size_t offset,
                                      std::vector<Span>& out) {
  std::vector<Span>& pieces = pieces_;
  pieces.clear();
  auto add_piece = [&](std::size_t s, std::size_t e) {
    while (s < e && IsSpace(text[s])) ++s;
    while (e > s && IsSpace(text[e - 1])) --e;
    if (e > s) pieces.push_back({s, e});
  };
  if (HasNoInnerBreak(text)) {
    add_piece(0, text.size());
  } else {
    // UTF-16 for ICU, with the byte offset of every code unit (the same
    // offsets a UTF-8 UText reports; identity for ASCII).
    units_.clear();
    byte_of_unit_.clear();
    const bool ascii = std::all_of(text.begin(), text.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
      units_.assign(text.begin(), text.end());
    } else {
      const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
      const auto size = static_cast<int32_t>(text.size());
      for (int32_t i = 0; i < size;) {
        const int32_t at = i;
        UChar32 c;
        U8_NEXT_OR_FFFD(bytes, i, size, c);
        if (U_IS_BMP(c)) {
          units_.push_back(static_cast<char16_t>(c));
          byte_of_unit_.push_back(static_cast<std::uint32_t>(at));
        } else {
          units_.push_back(U16_LEAD(c));
          units_.push_back(U16_TRAIL(c));
          byte_of_unit_.push_back(static_cast<std::uint32_t>(at));
          byte_of_unit_.push_back(static_cast<std::uint32_t>(at));
        }
      }
      byte_of_unit_.push_back(static_cast<std::uint32_t>(text.size()));
    }
    auto byte_offset = [&](int32_t unit) {
      return ascii ? static_cast<std::size_t>(unit) : std::size_t{byte_of_unit_[unit]};
    };
    // A read-only alias: nothing is copied.
    const icu::UnicodeString paragraph(false, units_.data(), static_cast<int32_t>(units_.size()));
    it_->setText(paragraph);
    int32_t prev = it_->first();
    for (int32_t b = it_->next(); b != icu::BreakIterator::DONE; prev = b, b = it_->next())
      add_piece(byte_offset(prev), byte_offset(b));
    // The iterator keeps a pointer to the text; detach it before returning.
    it_->setText(icu::UnicodeString());
  }
  MoveClosingQuotesBack(text, pieces);
  std::vector<Span>& joined = joined_;
  joined.clear();
  std::optional<bool> lower_cased_crawl;
  const std::function<bool()> lower_cased = [&] {
    if (!lower_cased_crawl) lower_cased_crawl = IsLowerCasedCrawl(text);
    return *lower_cased_crawl;
  };
  for (const Span& p : pieces) {
    if (!joined.empty() &&
        ShouldJoin(text.substr(joined.back().begin, joined.back().end - joined.back().begin),
                   text.substr(p.begin, p.end - p.begin), lower_cased)) {
      joined.back().end = p.end;
      continue;
    }
    joined.push_back(p);
  }
  // Straight quotation marks before each piece (a quotation opened in one
  // piece may close in the next: "... read, \" a convicted sexual
  // predator... Lives at this location. \" the bradford county police ...").
  std::size_t quotes = 0, counted_to = 0;
  for (const Span& p : joined) {
    const std::string_view piece = text.substr(p.begin, p.end - p.begin);
    quotes += static_cast<std::size_t>(
        std::count(text.begin() + counted_to, text.begin() + p.begin, '"'));
    counted_to = p.begin;
    // Seams within the piece: where a sentence ends and where the next begins.
    std::vector<std::pair<std::size_t, std::size_t>> seams = BulletItems(piece);
    for (std::size_t start : GluedSentenceStarts(piece, quotes % 2))
      seams.emplace_back(start, start);
    std::sort(seams.begin(), seams.end());
    std::size_t begin = p.begin;
    for (const auto& [seam_end, seam_begin] : seams) {
      if (p.begin + seam_begin <= begin) continue;  // a glued start within a bullet's spaces
      std::size_t end = p.begin + seam_end;         // without the space before a quotation
      while (end > begin && IsSpace(text[end - 1])) --end;
      if (end > begin) out.push_back({begin + offset, end + offset});
      begin = p.begin + seam_begin;
    }
    out.push_back({begin + offset, p.end + offset});
  }
}

}  // namespace precis::text
