#include "clean/dateline.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <unordered_set>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "base/ascii.h"
#include "base/word_list.h"
#include "clean/furniture_rules.h"
#include "clean/inline_furniture.h"
#include "text/stopwords.h"

namespace precis::clean {
namespace {

// Separators that follow a dateline: "_", "-", "--", em and en dashes, ":".
std::size_t SeparatorLength(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t start = i;
  auto is_dash = [&](std::size_t at) {
    return s.substr(at).starts_with("\xE2\x80\x94") || s.substr(at).starts_with("\xE2\x80\x93");
  };
  while (i < s.size()) {
    if (s[i] == '_' || s[i] == '-' || s[i] == ':') {
      ++i;
    } else if (is_dash(i)) {
      i += 3;
    } else {
      break;
    }
  }
  if (i == start || i - start > 3) return 0;
  // A dash twice, a space between ("leavenworth, ks – – imprisoned ...").
  if (i - start == 3 && i + 4 <= s.size() && s[i] == ' ' && is_dash(i + 1)) i += 4;
  if (i < s.size() && s[i] != ' ') return 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// `s` without the spaces around it ("( ap )" holds " ap ").
std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

// The world's countries by their English names, lower case ("afghanistan",
// "syria", "united kingdom"), from ICU's locale data: a foreign dateline
// gives the country after the city ("herat, afghanistan — ").
const std::unordered_set<std::string>& CountryNames() {
  static const auto* names = [] {
    auto* set = new std::unordered_set<std::string>();
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
      icu::UnicodeString name;
      icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(), name);
      std::string utf8;
      name.toLower(icu::Locale::getEnglish()).toUTF8String(utf8);
      if (!utf8.empty()) set->insert(std::move(utf8));
    }
    return set;
  }();
  return *names;
}

// The country ending `head` after ", " ("herat, afghanistan"): where the
// city ends, else npos.
std::size_t CityEndBeforeCountry(std::string_view head) {
  const std::size_t comma = head.rfind(", ");
  if (comma == std::string_view::npos || comma == 0) return std::string_view::npos;
  const std::string country(head.substr(comma + 2));
  return CountryNames().count(country) > 0 ? comma : std::string_view::npos;
}

// U.S. states with their AP abbreviations and the postal codes that are not
// also words, and Canada's provinces, lower case, as datelines write them
// after the city.
constexpr std::string_view kStates[] = {
    "ala", "alabama", "alaska", "ariz", "arizona", "ark", "arkansas", "calif", "california", "colo",
    "colorado", "conn", "connecticut", "del", "delaware", "fla", "florida", "ga", "georgia",
    "hawaii", "idaho", "ill", "illinois", "ind", "indiana", "iowa", "kan", "kansas", "ky",
    "kentucky", "la", "louisiana", "maine", "md", "maryland", "mass", "massachusetts", "mich",
    "michigan", "minn", "minnesota", "miss", "mississippi", "mo", "missouri", "mont", "montana",
    "neb", "nebraska", "nev", "nevada", "n.h", "new hampshire", "n.j", "new jersey", "n.m",
    "new mexico", "n.y", "new york", "n.c", "north carolina", "n.d", "north dakota", "ohio", "okla",
    "oklahoma", "ore", "oregon", "pa", "pennsylvania", "r.i", "rhode island", "s.c",
    "south carolina", "s.d", "south dakota", "tenn", "tennessee", "texas", "utah", "vt", "vermont",
    "va", "virginia", "wash", "washington", "w.va", "west virginia", "wis", "wisconsin", "wyo",
    "wyoming", "d.c",
    // Postal codes that are not also words
    // ("leavenworth, ks – –").
    "ak", "az", "ar", "ca", "ct", "fl", "ia", "il", "ks", "mi", "mn", "ms", "mt", "nc", "nd", "ne",
    "nh", "nj", "nm", "nv", "ny", "ri", "sc", "sd", "tn", "tx", "ut", "wa", "wi", "wv", "wy", "dc",
    // Canada's provinces ("mont-tremblant, que. --").
    "ont", "ontario", "que", "quebec", "b.c", "british columbia", "alta", "alberta", "manitoba",
    "sask", "saskatchewan", "n.s", "nova scotia", "n.b", "new brunswick", "nfld", "newfoundland",
    "p.e.i"};

// Words that put a place inside a sentence ("the debate in boulder,
// colorado — a chaotic affair") rather than at the head of a story.
bool IsPlacePreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in",      "at",   "from",   "near",    "of",     "to",      "into",
      "outside", "for",  "and",    "by",      "across", "around",  "over",
      "between", "via",  "toward", "towards", "with",   "on",      "about",
      "like",    "than", "beyond", "inside",  "within", "through", "throughout"};
  return InWordList(w, kWords);
}

// Start of the word that ends at `end` (exclusive) in `s`.
std::size_t WordStart(std::string_view s, std::size_t end) {
  while (end > 0 && s[end - 1] != ' ') --end;
  return end;
}

}  // namespace

namespace {

// A place does not open with a preposition, conjunction or pronoun: "In
// five states — " and "She promptly croons — " open sentences, not
// datelines.
bool OpensLikeASentence(std::string_view place) {
  const std::string first = AsciiFold(place.substr(0, place.find(' ')));
  for (std::string_view w :
       {"in",    "on",   "at",    "by",      "for",    "of",    "to",     "from",  "with",  "and",
        "but",   "or",   "as",    "after",   "before", "since", "during", "when",  "while", "if",
        "under", "over", "among", "between", "he",     "she",   "it",     "they",  "we",    "i",
        "you",   "his",  "her",   "its",     "their",  "this",  "that",   "these", "those"})
    if (first == w) return true;
  return false;
}

// A place is not someone's: "Ryan's move — and a blunt assessment ..."
// opens a sentence.
bool Possessive(std::string_view place) {
  const std::size_t at = place.find("'s");
  return at != std::string_view::npos && (at + 2 == place.size() || place[at + 2] == ' ');
}

// Whether one of the words of `place` (folded) is in `words`.
bool HoldsAWordOf(std::string_view place, const text::Stopwords& words) {
  const std::string folded = AsciiFold(place);
  for (std::size_t w = 0; w < folded.size();) {
    std::size_t e = folded.find(' ', w);
    if (e == std::string::npos) e = folded.size();
    if (e > w && words.Contains(folded.substr(w, e - w))) return true;
    w = e + 1;
  }
  return false;
}

// After a dateline's dash the story's sentence begins; a conjunction or a
// relative pronoun there goes on with a clause the dash set off ("Ryan's
// move — and a blunt assessment of the race ...", "Degeneres — who ..."). ("As"
// opens many a dateline's sentence: "Washington — as congressional ...".)
bool ContinuesAClause(std::string_view after) {
  const std::string first = AsciiFold(after.substr(0, after.find(' ')));
  for (std::string_view w :
       {"and", "or", "but", "nor", "which", "who", "whose", "including", "plus", "not"})
    if (first == w) return true;
  return false;
}

}  // namespace

std::size_t DatelineLength(std::string_view p) {
  if (p.starts_with("[Text] ")) return 7;
  // "( cnn ) -- ": the agency alone.
  if (p.starts_with("(")) {
    std::size_t close = p.find(')');
    if (close == std::string_view::npos || close > 30) return 0;
    std::string_view agency = p.substr(1, close - 1);
    agency = TrimSpaces(agency);
    std::size_t sep = SeparatorLength(p.substr(close + 1));
    if (IsCreditName(agency)) return sep ? close + 1 + sep : 0;
    // A station, a source or a note in parentheses before the story, no
    // separator after it: "( kutv ) a utah man ...", "( updated below ) the
    // us ...", "( american heart association ) couples with ...".
    constexpr std::size_t kStoryWords = 8;
    const bool words_only = !agency.empty() && CountSpacedWords(agency) <= 5 &&
                            std::all_of(agency.begin(), agency.end(), [](char c) {
                              return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' ||
                                     c == '.' || c == '\'' || c == '&' || c == '-';
                            });
    std::size_t rest = close + 1;
    while (rest < p.size() && p[rest] == ' ') ++rest;
    if (sep == 0 && words_only && rest > close + 1 && rest < p.size() &&
        std::isalpha(static_cast<unsigned char>(p[rest])) &&
        CountSpacedWords(p.substr(rest)) >= kStoryWords)
      return rest;
    return 0;
  }
  if (p.empty() || !IsUpper(p[0])) return 0;
  // "Washington — ", "St. petersburg -- ", "Sanford – ": a lower-cased
  // crawl's place, one to three words, before a dash.
  for (std::string_view dash :
       std::initializer_list<std::string_view>{" \xE2\x80\x94 ", " -- ", " \xE2\x80\x93 "}) {
    std::size_t at = p.substr(0, 40).find(dash);
    if (at == std::string_view::npos) continue;
    std::string_view place = p.substr(0, at);
    const bool words_only = std::all_of(place.begin(), place.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '\'';
    });
    const std::size_t rest = at + dash.size();
    // A second dash in the sentence closes an aside: "Three americans — a
    // filmmaker, a doctor and an engineer — are among ..." is prose.
    // (Within 160 bytes, abbreviations' periods and all: "democrats — as
    // well as key republican sen. jeff flake — criticized ...".)
    constexpr std::size_t kAsideReach = 160;
    if (p.substr(rest, kAsideReach).find(dash) != std::string_view::npos) continue;
    // An en dash also sets off a heading's or a sentence's first words
    // ("Please – that kind of birtherism is so 2008", "Come on australia –
    // it is time ..."): before one, a place holds no function word.
    static const text::Stopwords& english = text::Stopwords::For("english");
    const bool en_dash = dash == " \xE2\x80\x93 ";
    if (en_dash && HoldsAWordOf(place, english)) continue;
    // (The story may open with a quotation: 'New york — "can you ...'.)
    if (words_only && CountSpacedWords(place) <= 3 && !OpensLikeASentence(place) &&
        rest < p.size() && (std::isalnum(static_cast<unsigned char>(p[rest])) || p[rest] == '"') &&
        !Possessive(place) && !ContinuesAClause(p.substr(rest)))
      return rest;
  }
  std::string_view head = p.substr(0, 90);
  // "PLACE[, Region] (AGENCY) <sep>"
  std::size_t open = head.find('(');
  std::size_t close = head.find(')');
  if (open != std::string_view::npos && close != std::string_view::npos && open < close &&
      open > 0) {
    std::string_view place = head.substr(0, open);
    std::string_view agency = head.substr(open + 1, close - open - 1);
    // Lower-cased crawls write "washington ( ap ) —".
    agency = TrimSpaces(agency);
    // A lower-cased crawl's agency may be any short name ("boston (
    // mainstreet ) -- "), before a dash after a short place.
    const std::string_view after = TrimSpaces(p.substr(close + 1, 5));
    const bool dash = after.starts_with("--") || after.starts_with("\xE2\x80\x94");
    const bool short_name = CountSpacedWords(agency) <= 2 && CountSpacedWords(place) <= 3 && dash &&
                            std::all_of(agency.begin(), agency.end(), [](char c) {
                              return (c >= 'a' && c <= 'z') || c == ' ' || c == '-';
                            });
    if (CountSpacedWords(place) <= 6 && CountSpacedWords(agency) <= 3 && !agency.empty() &&
        (IsUpper(agency[0]) || IsCreditName(agency) ||
         (short_name && !OpensLikeASentence(place))) &&
        place.find('.') == std::string_view::npos) {
      std::size_t sep = SeparatorLength(p.substr(close + 1));
      if (sep) return close + 1 + sep;
    }
  }
  // "PLACE <sep>" with the place in capitals.
  std::size_t i = 0;
  std::size_t letters = 0;
  while (i < head.size() && (IsUpper(head[i]) || head[i] == ' ' || head[i] == ',' ||
                             head[i] == '.' || head[i] == '\'')) {
    if (IsUpper(head[i])) ++letters;
    ++i;
  }
  if (letters >= 3 && i > 0 && CountSpacedWords(p.substr(0, i)) <= 4) {
    // Back up over the space before the separator.
    std::size_t sep = SeparatorLength(p.substr(i));
    if (sep && (p[i] == ' ' || p[i] == '_' || p[i] == '-' || p[i] == '\xE2')) {
      // All-caps words must be followed by a separator and then real text.
      std::string_view rest = p.substr(i + sep);
      if (!rest.empty() && !(rest[0] >= 'a' && rest[0] <= 'z')) return i + sep;
    }
  }
  return 0;
}

// How far into a unit a dateline is looked for: 400 bytes, and 720 for
// one with its agency ("city ( ap ) —"), which the AP's photo captions often
// stand before twice, cut short and whole ("... at the national... (
// associated press ) <the caption> ( associated press ) vientiane, laos (
// ap ) — ...").
constexpr std::size_t kDatelineReach = 400;
// "( reuters )" with its spaces: an agency's name is short.
constexpr std::size_t kMaxBareAgencyParenthesis = 12;
constexpr std::size_t kAgencyDatelineReach = 720;

std::size_t InnerDatelineEnd(std::string_view unit) {
  // Most units hold no separator after a space: nothing to look for.
  {
    const std::string_view head = unit.substr(0, kAgencyDatelineReach + 80);
    bool separator = false;
    for (std::size_t k = 1; k < head.size() && !separator; ++k) {
      const char c = head[k];
      // (A dash, not a curly quote: "\xE2\x80\x94" or "\xE2\x80\x93".)
      const bool dash = c == '\xE2' && head.substr(k + 1, 1) == "\x80" &&
                        (head.substr(k + 2, 1) == "\x94" || head.substr(k + 2, 1) == "\x93");
      separator = (c == '_' || c == '-' || c == ':' || dash) && head[k - 1] == ' ';
    }
    if (!separator) return 0;
  }
  std::string s(unit.substr(0, kAgencyDatelineReach + 80));
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t k = s.find(' '); k != std::string::npos && k <= kAgencyDatelineReach;
       k = s.find(' ', k + 1)) {
    // A separator after a space, then the story.
    std::size_t sep = SeparatorLength(std::string_view(s).substr(k));
    if (sep == 0 || k + sep >= s.size()) continue;
    std::string_view head = std::string_view(s).substr(0, k);
    // "( ap )", "( koin )": an agency or a station's call letters.
    bool agency = false;
    if (head.ends_with(")")) {
      std::size_t open = head.rfind('(');
      if (open == std::string_view::npos) continue;
      std::string_view name = head.substr(open + 1, head.size() - open - 2);
      name = TrimSpaces(name);
      const bool call_letters =
          name.size() >= 3 && name.size() <= 6 && (name[0] == 'k' || name[0] == 'w') &&
          std::all_of(name.begin(), name.end(),
                      [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
      // (Or a station's with its agency: "cbs/ap", "cbsnewyork/ap".)
      const std::size_t slash = name.rfind('/');
      const bool with_agency = slash != std::string_view::npos &&
                               IsCreditName(name.substr(slash + 1)) && slash > 0 &&
                               name.find(' ') == std::string_view::npos;
      if (!IsCreditName(name) && !call_letters && !with_agency) continue;
      agency = true;
      head = head.substr(0, open);
      while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    }
    // ", state" (with or without its period) after the city.
    std::size_t city_end = std::string_view::npos;
    std::string_view h = head;
    if (h.ends_with(".")) h.remove_suffix(1);
    for (std::string_view state : kStates) {
      if (h.size() > state.size() + 2 && h.ends_with(state) &&
          h.substr(h.size() - state.size() - 2, 2) == ", ") {
        city_end = h.size() - state.size() - 2;
        break;
      }
    }
    // A country instead of a state, before a dash (not a hyphen, which
    // prose spaces too), with no preposition in the five words before it
    // ("... property in picturesque punta mita, mexico - ..." is prose).
    std::size_t look_back = 3;
    if (city_end == std::string_view::npos && !agency) {
      const std::string_view mark = std::string_view(s).substr(k + 1, 2);
      if (mark == "--" || mark == "\xE2\x80") {
        city_end = CityEndBeforeCountry(h);
        look_back = 5;
      }
    }
    if (!agency && k > kDatelineReach) continue;
    if (city_end == std::string_view::npos) {
      if (!agency) continue;
      city_end = head.size();  // "city ( ap ) —"
    }
    // The city, not the object of a preposition within its last three words
    // ("the debate in boulder, colorado — ...").
    if (city_end == 0 || head[city_end - 1] == ' ' || head[city_end - 1] == ',') continue;
    bool inside = false;
    for (std::size_t w = city_end, words = 0; words < look_back; ++words) {
      const std::size_t b = WordStart(head, w);
      inside = inside || IsPlacePreposition(head.substr(b, w - b));
      if (b == 0) break;
      w = b - 1;  // the space before it
    }
    if (inside) continue;
    // The story follows: a word, a number or a quotation.
    const char next = s[k + sep];
    if (!std::isalnum(static_cast<unsigned char>(next)) && next != '"' && next != '\'') continue;
    return k + sep;
  }
  return 0;
}

std::size_t BareAgencyDatelineEnd(std::string_view unit) {
  const std::string_view head = unit.substr(0, kAgencyDatelineReach);
  for (std::size_t open = head.find('('); open != std::string_view::npos;
       open = head.find('(', open + 1)) {
    const std::size_t close = unit.find(')', open);
    if (close == std::string_view::npos) return 0;
    if (close - open > kMaxBareAgencyParenthesis) continue;
    const std::string name = AsciiFold(TrimSpaces(unit.substr(open + 1, close - open - 1)));
    if (!InLexicon(name, BareDatelineAgencies())) continue;
    // A dash after it is InnerDatelineEnd's; a story follows: a word, a
    // number or a quotation.
    if (SeparatorLength(unit.substr(close + 1)) > 0) continue;
    std::size_t at = close + 1;
    while (at < unit.size() && unit[at] == ' ') ++at;
    if (at >= unit.size()) return 0;
    const char next = unit[at];
    if (!IsAsciiAlnum(next) && next != '"' && next != '\'') continue;
    return at;
  }
  return 0;
}

}  // namespace precis::clean
