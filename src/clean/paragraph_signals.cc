#include "clean/paragraph_signals.h"

#include <cctype>
#include <initializer_list>

#include "base/utf8.h"
#include "text/tokenizer.h"

namespace precis::clean {
namespace {

// Phrases in folded words, matched on word boundaries. Strong cues are
// almost never news prose; weak ones often are and only count together.
struct CueLexicon {
  std::initializer_list<std::string_view> strong;
  std::initializer_list<std::string_view> weak;
};

const CueLexicon kCookie = {
    {"cookie", "cookies", "consent", "privacy policy", "manage preferences", "cookie settings",
     "accept all", "reject all", "privacy settings", "gdpr"},
    {"third party", "your device", "your activity", "load the content", "opt out", "we use",
     "accept them", "tracking", "personalised", "personalized"}};
const CueLexicon kPaywall = {
    {"subscribe", "subscription", "free articles", "unlimited access", "renews automatically",
     "cancel anytime", "free trial", "paywall", "reached your limit", "already a subscriber",
     "log in", "sign in", "full story", "digital access"},
    {"subscriber", "subscribers", "subscribed", "subscriptions", "login", "premium", "per month",
     "month", "epaper", "ad free", "plans", "membership", "become a member", "register",
     "exclusive", "unlimited"}};
const CueLexicon kNavigation = {{"skip to main content", "skip to content", "skip navigation",
                                 "main menu", "back to top", "toggle navigation", "you are here"},
                                {"jump to", "home page", "go to", "menu", "search", "home"}};
const CueLexicon kShare = {
    {"share this", "share on", "follow us", "email this", "print this", "click here", "read more",
     "related articles", "related stories", "advertisement", "sign up for", "newsletter",
     "download our app", "leave a comment", "copy link", "continue reading"},
    {"facebook", "twitter", "whatsapp", "linkedin", "pinterest", "comments", "embed", "share",
     "sign up", "sponsored", "image caption", "photo"}};

bool HasPhrase(const std::string& key, std::string_view phrase) {
  std::string needle;
  needle.reserve(phrase.size() + 2);
  needle += ' ';
  needle += phrase;
  needle += ' ';
  return key.find(needle) != std::string::npos;
}

// Strong cues count 2, weak ones 1.
std::size_t CueScore(const std::string& key, const CueLexicon& lexicon) {
  std::size_t score = 0;
  for (std::string_view p : lexicon.strong)
    if (HasPhrase(key, p)) score += 2;
  for (std::string_view p : lexicon.weak)
    if (HasPhrase(key, p)) score += 1;
  return score;
}

constexpr std::string_view kTimeWords[] = {
    "updated", "published", "posted", "last modified", "gmt", "utc", "edt", "est", "bst", "cet"};
constexpr std::string_view kBylineWords[] = {
    "staff writer", "associated press writer", "correspondent", "reporter", "contributor",
    "news service", "staff reporter"};

template <std::size_t N>
std::size_t CountHits(const std::string& key, const std::string_view (&phrases)[N]) {
  std::size_t hits = 0;
  for (std::string_view p : phrases)
    if (HasPhrase(key, p)) ++hits;
  return hits;
}

bool IsTerminal(std::string_view s) {
  while (!s.empty()) {
    unsigned char c = static_cast<unsigned char>(s.back());
    if (c == '.' || c == '!' || c == '?') return true;
    // Closing quotes and brackets after the final punctuation.
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
      continue;
    }
    if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) {  // ” ’
      s.remove_suffix(3);
      continue;
    }
    if (s.ends_with("\xE2\x80\xA6")) return true;  // …
    return false;
  }
  return false;
}

bool HasPlaceholder(std::string_view s) {
  std::size_t open = s.find("{{");
  if (open != std::string_view::npos && s.find("}}", open) != std::string_view::npos) return true;
  std::size_t dollar = s.find("${");
  if (dollar != std::string_view::npos && s.find('}', dollar) != std::string_view::npos)
    return true;
  std::size_t pct = s.find("%%");
  return pct != std::string_view::npos && s.find("%%", pct + 2) != std::string_view::npos;
}

bool IsCurrency(char32_t c) {
  return c == U'$' || c == U'\u00A3' || c == U'\u20AC' || c == U'\u00A5' || c == U'\u20B9' ||
         c == U'\u20BD' || c == U'\u20A9';
}

// A currency sign next to a digit, or a "/month" style rate.
bool HasPrice(std::string_view s) {
  if (s.find("/month") != std::string_view::npos || s.find("/Month") != std::string_view::npos ||
      s.find("/year") != std::string_view::npos || s.find("/mo") != std::string_view::npos)
    return true;
  std::size_t i = 0;
  char32_t prev = 0;
  while (i < s.size()) {
    char32_t c = utf8::Next(s, i);
    bool digit = c >= U'0' && c <= U'9';
    if ((digit && IsCurrency(prev)) || (IsCurrency(c) && prev >= U'0' && prev <= U'9')) return true;
    prev = c;
  }
  return false;
}

// 09:29, 21/11/2011, 2011-11-21.
bool HasClockOrNumericDate(std::string_view s) {
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    bool digits_around = std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
                         std::isdigit(static_cast<unsigned char>(s[i + 1]));
    if (digits_around && (s[i] == ':' || s[i] == '/')) return true;
  }
  return false;
}

}  // namespace

std::string_view CueName(Cue cue) {
  switch (cue) {
    case Cue::kCookie:
      return "cookie notice";
    case Cue::kPaywall:
      return "paywall";
    case Cue::kNavigation:
      return "navigation";
    case Cue::kShare:
      return "share prompt";
    default:
      return "boilerplate";
  }
}

ParagraphSignals MeasureParagraph(std::string_view paragraph, const text::Stopwords& stopwords) {
  ParagraphSignals s;
  auto words = text::Tokenize(paragraph);
  s.key = " ";
  for (const auto& w : words) {
    ++s.words;
    if (w.has_letter) {
      ++s.letter_words;
      s.has_letters = true;
      if (stopwords.Contains(w.norm)) ++s.stopwords;
      unsigned char first = static_cast<unsigned char>(paragraph[w.begin]);
      if (std::isupper(first)) ++s.capitalized;
    }
    s.key += w.norm;
    s.key += ' ';
  }
  s.terminal = IsTerminal(paragraph);
  s.placeholder = HasPlaceholder(paragraph);
  s.price = HasPrice(paragraph);
  s.cues[static_cast<int>(Cue::kCookie)] = CueScore(s.key, kCookie);
  s.cues[static_cast<int>(Cue::kPaywall)] = CueScore(s.key, kPaywall);
  s.cues[static_cast<int>(Cue::kNavigation)] = CueScore(s.key, kNavigation);
  s.cues[static_cast<int>(Cue::kShare)] = CueScore(s.key, kShare);
  s.time_or_date = HasClockOrNumericDate(paragraph) || CountHits(s.key, kTimeWords) > 0;
  bool by = s.key.starts_with(" by ") && s.words <= 8 && !s.terminal &&
            s.capitalized + 1 >= s.letter_words;
  s.byline = by || (CountHits(s.key, kBylineWords) > 0 && s.words <= 8 && !s.terminal);
  return s;
}

}  // namespace precis::clean
