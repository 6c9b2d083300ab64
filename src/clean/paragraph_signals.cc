#include "clean/paragraph_signals.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/ascii.h"
#include "base/hash.h"
#include "base/sentence_end.h"
#include "base/utf8.h"
#include "text/tokenizer.h"

namespace precis::clean {
namespace {

// Phrases in folded words, matched on word boundaries. Formulas are the
// page speaking to its reader ("share this", "already a subscriber"), never
// a story's words; other strong cues are almost never news prose either but
// are also what news is about (cookies, subscriptions); weak ones often are
// news and only count together. Formulas and strong cues score alike.
struct CueLexicon {
  std::initializer_list<std::string_view> formula;
  std::initializer_list<std::string_view> strong;
  std::initializer_list<std::string_view> weak;
};

const CueLexicon kCookie = {
    {"manage preferences", "cookie settings", "accept all", "reject all"},
    {"cookie", "cookies", "consent", "privacy policy", "privacy settings", "gdpr"},
    {"third party", "your device", "your activity", "load the content", "opt out", "we use",
     "accept them", "tracking", "personalised", "personalized"}};
const CueLexicon kPaywall = {
    {"free articles", "unlimited access", "renews automatically", "cancel anytime",
     "reached your limit", "already a subscriber", "digital access"},
    {"subscribe", "subscription", "free trial", "paywall", "log in", "sign in", "full story"},
    {"subscriber", "subscribers", "subscribed", "subscriptions", "login", "premium", "per month",
     "month", "epaper", "ad free", "plans", "membership", "become a member", "register",
     "exclusive", "unlimited"}};
const CueLexicon kNavigation = {{"skip to main content", "skip to content", "skip navigation",
                                 "main menu", "back to top", "toggle navigation", "you are here"},
                                {},
                                {"jump to", "home page", "go to", "menu", "search", "home"}};
const CueLexicon kShare = {{"share this", "follow us", "email this", "print this", "click here",
                            "read more", "related articles", "related stories", "download our app",
                            "leave a comment", "copy link", "continue reading"},
                           {"share on", "advertisement", "sign up for", "newsletter"},
                           {"facebook", "twitter", "whatsapp", "linkedin", "pinterest", "comments",
                            "embed", "share", "sign up", "sponsored", "image caption", "photo"}};

// More formulas, which flag a unit without adding to its cue scores (most
// extend a strong cue above: "subscribe to our", "sign up for our").
constexpr std::string_view kMoreFormulas[] = {
    "cookie policy",   "subscribe now", "subscribe to our", "sign up for our", "our newsletter",
    "our newsletters", "to your inbox", "read caption",     "font size",       "app users"};

constexpr std::string_view kTimeWords[] = {
    "updated", "published", "posted", "last modified", "gmt", "utc", "edt", "est", "bst", "cet"};
constexpr std::string_view kBylineWords[] = {
    "staff writer", "associated press writer", "correspondent", "reporter", "contributor",
    "news service", "staff reporter"};

// Every phrase above, indexed by its first word, so that one pass over the
// words of a key finds them all. A phrase " a b " occurs in a key (folded
// words joined by single spaces, with a space at both ends) exactly when
// consecutive space-separated pieces of the key are "a", "b".
class PhraseMatcher {
 public:
  // Phrase ids are assigned in this order: the four lexicons (formulas,
  // strong, then weak), then kMoreFormulas, kTimeWords, kBylineWords.
  static const PhraseMatcher& Get() {
    static const PhraseMatcher matcher;
    return matcher;
  }

  struct Range {
    int begin = 0, end = 0;
  };
  Range formula[static_cast<int>(Cue::kCount)];
  Range strong[static_cast<int>(Cue::kCount)];
  Range weak[static_cast<int>(Cue::kCount)];
  Range more_formulas, time_words, byline_words;

  // hits[p] is set for every phrase p found in the words `pieces` (a key's
  // pieces between two consecutive spaces).
  // Returns whether any phrase was found.
  bool Match(std::span<const std::string_view> pieces, std::vector<char>& hits) const {
    hits.assign(phrases_.size(), 0);
    bool any = false;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      if (!MayStartPhrase(pieces[i])) continue;
      auto it = by_first_.find(pieces[i]);
      if (it == by_first_.end()) continue;
      for (int p : it->second) {
        const auto& words = phrases_[p];
        if (i + words.size() > pieces.size()) continue;
        bool all = true;
        for (std::size_t k = 1; k < words.size() && all; ++k) all = pieces[i + k] == words[k];
        if (all) hits[p] = 1;
        any |= all;
      }
    }
    return any;
  }

 private:
  PhraseMatcher() {
    const CueLexicon* lexicons[] = {&kCookie, &kPaywall, &kNavigation, &kShare};
    for (int c = 0; c < static_cast<int>(Cue::kCount); ++c) {
      formula[c] = AddAll(lexicons[c]->formula);
      strong[c] = AddAll(lexicons[c]->strong);
      weak[c] = AddAll(lexicons[c]->weak);
    }
    more_formulas = AddAll(kMoreFormulas);
    time_words = AddAll(kTimeWords);
    byline_words = AddAll(kBylineWords);
  }

  template <typename Phrases>
  Range AddAll(const Phrases& phrases) {
    Range r;
    r.begin = static_cast<int>(phrases_.size());
    for (std::string_view phrase : phrases) {
      std::vector<std::string_view> words;
      std::size_t start = 0;
      while (start < phrase.size()) {
        std::size_t space = phrase.find(' ', start);
        if (space == std::string_view::npos) space = phrase.size();
        words.push_back(phrase.substr(start, space - start));
        start = space + 1;
      }
      by_first_[words[0]].push_back(static_cast<int>(phrases_.size()));
      if (words[0].size() < kMaxLength)
        starts_[static_cast<unsigned char>(words[0][0])][words[0].size()] = true;
      else
        long_starts_ = true;
      phrases_.push_back(std::move(words));
    }
    r.end = static_cast<int>(phrases_.size());
    return r;
  }

  // Whether some phrase starts with a word of this first byte and length: a
  // cheap test before hashing the piece.
  bool MayStartPhrase(std::string_view piece) const {
    if (piece.empty()) return false;
    if (piece.size() >= kMaxLength) return long_starts_;
    return starts_[static_cast<unsigned char>(piece[0])][piece.size()];
  }

  static constexpr std::size_t kMaxLength = 32;
  std::vector<std::vector<std::string_view>> phrases_;
  std::unordered_map<std::string_view, std::vector<int>> by_first_;
  bool starts_[256][kMaxLength] = {};
  bool long_starts_ = false;  // a first word of kMaxLength bytes or more
};

std::size_t CountHits(const std::vector<char>& hits, PhraseMatcher::Range r) {
  std::size_t n = 0;
  for (int p = r.begin; p < r.end; ++p) n += hits[p] ? 1 : 0;
  return n;
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
  // Every currency sign but '$' is outside ASCII.
  if (std::none_of(s.begin(), s.end(),
                   [](char c) { return c == '$' || static_cast<unsigned char>(c) >= 0x80; }))
    return false;
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
    if (s[i] != ':' && s[i] != '/') continue;  // (most bytes)
    if (std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 1])))
      return true;
  }
  return false;
}

// The bytes HasPlaceholder, HasPrice and HasClockOrNumericDate need, one
// bit each: a unit holding none of a test's bytes fails it.
constexpr unsigned kBrace = 1, kDollar = 2, kPercent = 4, kSlash = 8, kColon = 16, kHigh = 32;
constexpr unsigned kPlaceholderMarks = kBrace | kDollar | kPercent;
constexpr unsigned kPriceMarks = kSlash | kDollar | kHigh;
constexpr unsigned kClockMarks = kSlash | kColon;

unsigned MarksIn(std::string_view s) {
  static constexpr auto kMarkOf = [] {
    std::array<unsigned char, 256> t{};
    t['{'] = kBrace;
    t['$'] = kDollar;
    t['%'] = kPercent;
    t['/'] = kSlash;
    t[':'] = kColon;
    for (int c = 0x80; c < 256; ++c) t[c] = kHigh;
    return t;
  }();
  unsigned marks = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: the marks a block holds, by comparison.
  const __m128i brace = _mm_set1_epi8('{'), dollar = _mm_set1_epi8('$'),
                percent = _mm_set1_epi8('%'), slash = _mm_set1_epi8('/'),
                colon = _mm_set1_epi8(':');
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    auto has = [&](__m128i c) { return _mm_movemask_epi8(_mm_cmpeq_epi8(b, c)) != 0; };
    marks |= (has(brace) ? kBrace : 0) | (has(dollar) ? kDollar : 0) |
             (has(percent) ? kPercent : 0) | (has(slash) ? kSlash : 0) | (has(colon) ? kColon : 0) |
             (_mm_movemask_epi8(b) != 0 ? kHigh : 0);
  }
#endif
  for (; i < s.size(); ++i) marks |= kMarkOf[static_cast<unsigned char>(s[i])];
  return marks;
}

// Words of a unit a thread keeps memory for between calls.
constexpr std::size_t kKeptViews = 1 << 14;

// A word as the measures need it.
struct WordView {
  std::string_view norm;
  std::uint64_t norm_hash = 0;  // Fnv1a64(norm)
  bool spaced = false;          // norm holds a space
  std::size_t begin = 0;        // in the paragraph
  bool has_letter = false;
  bool stopword = false;
};

ParagraphSignals Measure(std::string_view paragraph, std::span<const WordView> words) {
  ParagraphSignals s;
  std::uint64_t key = 0x9E3779B97F4A7C15ull;
  // The words' pieces, for the phrase matcher and the key (the thread's buffer).
  thread_local std::vector<std::string_view> pieces;
  if (pieces.capacity() > kKeptViews) pieces = {};
  pieces.clear();
  for (const auto& w : words) {
    if (!w.spaced) {  // (most words: one piece, its hash known)
      pieces.push_back(w.norm);
      key = Mix64(key ^ w.norm_hash);
    } else {  // NFKC folding may put a space inside a word: "\uFDFA" is four words
      for (std::string_view rest = w.norm;;) {
        const std::size_t space = rest.find(' ');
        pieces.push_back(rest.substr(0, space));
        key = Mix64(key ^ Fnv1a64(pieces.back()));
        if (space == std::string_view::npos) break;
        rest.remove_prefix(space + 1);
      }
    }
    ++s.words;
    if (w.has_letter) {
      ++s.letter_words;
      s.has_letters = true;
      if (w.stopword) ++s.stopwords;
      unsigned char first = static_cast<unsigned char>(paragraph[w.begin]);
      if (IsAsciiUpper(static_cast<char>(first))) ++s.capitalized;
    }
  }
  s.key = key;
  s.terminal = EndsSentence(paragraph);
  // (One pass over the bytes tells which of the tests below can hold.)
  const unsigned marks = MarksIn(paragraph);
  s.placeholder = (marks & kPlaceholderMarks) != 0 && HasPlaceholder(paragraph);
  s.price = (marks & kPriceMarks) != 0 && HasPrice(paragraph);
  const PhraseMatcher& matcher = PhraseMatcher::Get();
  thread_local std::vector<char> hits;  // one flag per phrase
  const bool any_phrase = matcher.Match(pieces, hits);
  // Formulas and strong cues count 2, weak ones 1.
  s.formula = any_phrase && CountHits(hits, matcher.more_formulas) > 0;
  for (int c = 0; c < static_cast<int>(Cue::kCount) && any_phrase; ++c) {
    const std::size_t formulas = CountHits(hits, matcher.formula[c]);
    s.formula |= formulas > 0;
    const std::size_t score =
        2 * (formulas + CountHits(hits, matcher.strong[c])) + CountHits(hits, matcher.weak[c]);
    s.cues[c] = static_cast<std::uint8_t>(std::min<std::size_t>(score, UINT8_MAX));
  }
  s.time_or_date = ((marks & kClockMarks) != 0 && HasClockOrNumericDate(paragraph)) ||
                   (any_phrase && CountHits(hits, matcher.time_words) > 0);
  bool by = !pieces.empty() && pieces.front() == "by" && s.words <= 8 && !s.terminal &&
            s.capitalized + 1 >= s.letter_words;
  s.byline = by || (any_phrase && CountHits(hits, matcher.byline_words) > 0 && s.words <= 8 &&
                    !s.terminal);
  return s;
}

}  // namespace

ParagraphSignals MeasureParagraph(std::string_view paragraph, const text::Stopwords& stopwords) {
  const auto words = text::Tokenize(paragraph);
  std::vector<WordView> views;
  views.reserve(words.size());
  for (const auto& w : words)
    views.push_back({w.norm, Fnv1a64(w.norm), w.norm.find(' ') != std::string::npos, w.begin,
                     w.has_letter, w.has_letter && stopwords.Contains(w.norm)});
  return Measure(paragraph, views);
}

ParagraphSignals MeasureWords(std::string_view unit, std::span<const text::AnalyzedWord> words,
                              std::size_t offset, const text::Lexicon& lexicon) {
  thread_local std::vector<WordView> views;
  if (views.capacity() > kKeptViews) views = {};
  views.clear();
  // The analyzer's stop flag is "no letter, or a stopword".
  for (const auto& w : words)
    views.push_back({lexicon.Text(w.norm), lexicon.TextHash(w.norm), lexicon.HoldsSpace(w.norm),
                     w.begin - offset, w.has_letter,
                     w.has_letter && text::TokenOf(w, lexicon).stop});
  return Measure(unit, views);
}

}  // namespace precis::clean
