#include "clean/boilerplate_cleaner.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <unordered_map>

#include "base/ascii.h"
#include "base/find_bytes.h"
#include "base/id_scratch.h"
#include "base/parallel.h"
#include "base/sentence_end.h"
#include "clean/dateline.h"
#include "clean/inline_furniture.h"
#include "clean/paragraph_signals.h"
#include "clean/recurring_text.h"
#include "clean/text_normalizer.h"
#include "clean/tokenizer_spacing.h"
#include "text/context_dependence.h"
#include "text/time_expressions.h"
#include "text/tokenizer.h"

namespace precis::clean {
namespace {

std::string StampedDate(const std::vector<RemovedPiece>& removed) {
  for (const auto& r : removed) {
    if (r.reason != CutReason::kTimestamp && r.reason != CutReason::kDateline &&
        r.reason != CutReason::kByline)
      continue;
    for (const auto& e : text::FindTimeExpressions(r.text, std::nullopt))
      if (e.granularity == text::Granularity::kDay && e.explicit_date) return text::IsoDate(e.date);
  }
  return "";
}

// A unit of judgement: a paragraph, or one sentence of a long paragraph
// (so one sentence of furniture does not take a whole article with it).
struct Paragraph {
  std::string_view text;  // in the prepared paragraph
  // (32-bit: one of these per unit of a cluster; a document of 4G
  // paragraphs or sentences is past any input's size.)
  std::uint32_t group = 0;           // index of the source paragraph
  std::uint32_t first_sentence = 0;  // the paragraph's analysed sentences it spans
  std::uint32_t end_sentence = 0;
  CutReason reason = CutReason::kKept;
  bool glued : 1 = false;  // no space between it and the unit before ("said.the")
  // Kept, but its sentences are not candidates for a summary (nor for a
  // timeline's): a list beside the story (a timeline, a profile box), or a
  // caption running unmarked into the lead.
  bool not_offered : 1 = false;
  // A video box a unit before opened ends in it (OpensVideoBox).
  bool in_video_box : 1 = false;
  // A short unit holding a phrase that speaks to the reader ("click here").
  bool speaks_to_reader : 1 = false;
  // A photo's caption and its credit open it, the story after them
  // (CaptionEndBeforeStory): the caption goes, the story stays.
  bool caption_then_story : 1 = false;
  ParagraphSignals signals;
};
// 64 bytes: one is kept for every unit of a cluster while it is judged.
static_assert(sizeof(Paragraph) == 64);

// A document's paragraph or sentence index as Paragraph keeps it (a text
// is at most 4 GB, so its indices fit).
std::uint32_t U32(std::size_t index) { return static_cast<std::uint32_t>(index); }

// A unit whose shingles are mostly recurring material (RecurringText) is
// furniture; news shares phrases across stories, not whole sentences.
constexpr double kRecurringShare = 0.8;

constexpr std::uint32_t kNoTerm = 0xFFFFFFFFu;

// Paragraphs longer than this are judged sentence by sentence.
constexpr std::size_t kLongParagraphWords = 60;

// A run after a seam whose terms the other documents hold at least this
// share of is the story's own (a timeline, a profile list), not a second
// story: a glued story shares its common words only.
constexpr double kOnStoryShare = 0.6;

// A run after a seam that names its article's headline subject in this many
// units, a subject the other articles name at least this many times, is the
// article's own.
constexpr std::size_t kHeadlineNamingUnits = 3;
constexpr double kHeadlineTermInOthers = 3;

// Words a unit must keep after its opening furniture to be a story's sentence.
constexpr std::size_t kStoryWords = 8;

// Units of at most this many words are compared by key with the others of
// their document (captions repeat); shorter ones still across documents.
constexpr std::size_t kRepeatedCaptionWords = 20;
// Most words of a headline glued before an image's label.
constexpr std::size_t kMostHeadlineWords = 25;
// A unit of at most this many sentences that holds a phrase speaking to the
// reader ("click here", "read more") is not offered for a summary.
constexpr std::uint32_t kMostSentencesSpeakingToTheReader = 2;
// Other sentences naming the writer of such a note (lines that end no
// sentence, a byline or a copyright line, "By TIM GIAGO", "C. 1998 Tim
// Giago", name the writer as such and do not count).
constexpr std::size_t kAuthorNoteMentions = 1;

// Term counts, sorted by term id (flat: a map per paragraph of a large
// cluster cost more memory than its text).
using TermVector = std::vector<std::pair<text::Lexicon::Id, double>>;

CutReason CueReason(Cue cue) {
  switch (cue) {
    case Cue::kCookie:
      return CutReason::kCookieNotice;
    case Cue::kPaywall:
      return CutReason::kPaywall;
    case Cue::kNavigation:
      return CutReason::kNavigation;
    default:
      return CutReason::kSharePrompt;
  }
}

// Why a paragraph, judged on its own, is boilerplate; kKept when it is not.
CutReason JudgeAlone(const ParagraphSignals& s) {
  if (!s.has_letters) return s.words > 0 && s.price ? CutReason::kPaywall : CutReason::kNoText;
  if (s.placeholder) return CutReason::kTemplatePlaceholder;
  for (Cue c : {Cue::kCookie, Cue::kPaywall, Cue::kNavigation, Cue::kShare}) {
    std::size_t score = s.cue(c);
    if (score < 2) continue;
    // Furniture is short and unfinished, or dense in cues; prose that
    // mentions "Facebook" or "subscribers" is news.
    bool unfinished_line = !s.terminal && s.words <= 12;
    if (!s.prose() && (unfinished_line || score >= 3)) return CueReason(c);
    if (score >= 6 && score * 6 >= s.words) return CueReason(c);
  }
  // A price with a label ("ESTIMATED 1987 EARNINGS: $2 million", "306 pp.,
  // $18.95"); a finished sentence with a price is news ("Its average loan is
  // $303.").
  if (s.price && s.words <= 8 && !(s.terminal && s.stopword_share() >= 0.2))
    return CutReason::kPriceOrListLine;
  if (s.byline) return CutReason::kByline;
  if (s.time_or_date && !s.terminal && s.words <= 16 && s.stopwords <= 1)
    return CutReason::kTimestamp;
  return CutReason::kKept;
}

bool IsCueReason(CutReason r) {
  return r == CutReason::kCookieNotice || r == CutReason::kPaywall || r == CutReason::kNavigation ||
         r == CutReason::kSharePrompt;
}

// Sorts `entries` by term and adds up each term's counts.
TermVector Summed(TermVector entries) {
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t out = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (out > 0 && entries[out - 1].first == entries[i].first)
      entries[out - 1].second += entries[i].second;
    else
      entries[out++] = entries[i];
  }
  entries.resize(out);
  return entries;
}

void AddTo(TermVector& into, const TermVector& v) {
  TermVector sum;
  sum.reserve(into.size() + v.size());
  std::size_t i = 0, j = 0;
  while (i < into.size() || j < v.size()) {
    if (j == v.size() || (i < into.size() && into[i].first < v[j].first)) {
      sum.push_back(into[i++]);
    } else if (i == into.size() || v[j].first < into[i].first) {
      sum.push_back(v[j++]);
    } else {
      sum.emplace_back(into[i].first, into[i].second + v[j].second);
      ++i, ++j;
    }
  }
  into = std::move(sum);
}

// A sum of term vectors less one of its parts, `whole - part`; `whole` is
// dense, by term id.
struct OthersVector {
  OthersVector(const std::vector<double>& w, const TermVector& p, double whole_norm2)
      : whole(w), part(p), norm2(whole_norm2) {
    for (const auto& [t, x] : part) {
      const double all = whole[t], rest = all - x;
      norm2 -= all * all - rest * rest;
    }
  }
  const std::vector<double>& whole;
  const TermVector& part;
  double norm2;  // sum of the squared weights of the difference
};

// A sentence the page cut short with an ellipsis ("Karzai on sunday
// accused the taliban and the u.s. Of...", a wire teaser "siriusxm says
// it's buying music streaming...", a caption "... wounding at least
// 13,..."), not one that ends and trails off ("... she said....").
bool TrailsOff(std::string_view sentence) {
  while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '"'))
    sentence.remove_suffix(1);
  if (sentence.ends_with("\xE2\x80\xA6") || sentence.ends_with("..."))
    sentence.remove_suffix(3);
  else
    return false;
  while (!sentence.empty() && sentence.back() == ' ') sentence.remove_suffix(1);
  return !sentence.empty() &&
         std::string_view(".!?").find(sentence.back()) == std::string_view::npos;
}

// Whether `sentence` holds a bar a page puts between its pieces ("The
// republic | azcentral.com ...", "Related | video of ...", "... the
// address. | getty white house circulates ...", "status | taxonomy |
// habitat"): prose has none, and what a crawl glued across one is not a
// sentence a reader can take.
bool HoldsPageBar(std::string_view sentence) {
  return sentence.starts_with("| ") || sentence.find(" | ") != std::string_view::npos ||
         sentence.ends_with(" |");
}

// Whether `sentence` points at the page's media by where they stand ("Watch
// the video above to find out how they do it.", "John lewis says in the
// video above.", "Check out the 911 call and the dash-cam video below."):
// a reader of the summary has no page.
bool PointsAtThePage(std::string_view sentence) {
  for (std::string_view side : {" above", " below"})
    for (std::size_t at = FindBytes(sentence, side, 0); at != std::string_view::npos;
         at = FindBytes(sentence, side, at + 1)) {
      const std::size_t end = at + side.size();
      if (end < sentence.size() && IsAsciiAlpha(sentence[end])) continue;  // "belowground"
      std::size_t word = at;
      while (word > 0 && sentence[word - 1] != ' ') --word;
      if (!InLexicon(AsciiFold(sentence.substr(word, at - word)), PageMedia())) continue;
      // A place in the story is above or below something ("family photos
      // above the fireplace").
      std::size_t next = end;
      while (next < sentence.size() && sentence[next] == ' ') ++next;
      std::size_t next_end = next;
      while (next_end < sentence.size() && IsAsciiAlpha(sentence[next_end])) ++next_end;
      static constexpr std::string_view kDeterminers[] = {"the",   "a",   "an",  "his", "her",
                                                          "their", "its", "our", "my",  "this"};
      if (!InLexicon(AsciiFold(sentence.substr(next, next_end - next)), kDeterminers)) return true;
    }
  return false;
}

// Whether `sentence` holds an e-mail address or a web address that is not
// set off between commas or in parentheses ("For information, visit
// http://www.exoticdriving.com ...", "Please send media inquiries to kyu lee,
// klee@ei.columbia.edu."): a page's promotion or contact line, or a crawl's
// link soup. Prose names a site in passing ("the movie's Web site,
// www.starwars.com, announced ..."); "einstein@home" is a name (no dot after
// the "@").
bool HoldsAddress(std::string_view sentence) {
  // (Every web address here holds a '/' or "www.": one memchr refuses most
  // sentences, a search for the two schemes the rest.)
  const bool web = sentence.find('/') != std::string_view::npos ||
                   FindBytes(sentence, "www.", 0) != std::string_view::npos;
  for (std::string_view scheme : {"http://", "https://", "www."})
    if (web)
      for (std::size_t at = FindBytes(sentence, scheme, 0); at != std::string_view::npos;
           at = FindBytes(sentence, scheme, at + 1)) {
        if (at > 0 && sentence[at - 1] != ' ' && sentence[at - 1] != '(') continue;
        std::size_t b = at;
        while (b > 0 && sentence[b - 1] == ' ') --b;
        std::size_t e = at;
        while (e < sentence.size() && sentence[e] != ' ') ++e;
        const bool set_off = b > 0 && (sentence[b - 1] == ',' || sentence[b - 1] == '(') &&
                             (sentence[e - 1] == ',' || sentence[e - 1] == ')' ||
                              (e < sentence.size() && e + 1 < sentence.size() &&
                               (sentence[e + 1] == ',' || sentence[e + 1] == ')')));
        if (!set_off) return true;
      }
  for (std::size_t at = sentence.find('@'); at != std::string_view::npos;
       at = sentence.find('@', at + 1)) {
    if (at == 0 || !IsAsciiAlnum(sentence[at - 1])) continue;
    std::size_t e = at + 1;
    while (e < sentence.size() && (IsAsciiAlnum(sentence[e]) || sentence[e] == '-')) ++e;
    if (e > at + 1 && e + 2 < sentence.size() && sentence[e] == '.' &&
        IsAsciiAlpha(sentence[e + 1]) && IsAsciiAlpha(sentence[e + 2]))
      return true;
  }
  return false;
}

// Whether `sentence` reads as a social-media post: two or more hashtags or
// handles ("a group of people are waiting for the humanitarian #aid #convoy
// at an entrance to #madaya.", "hi @istandwithahmed, we love building things
// at @twitter too."). A story's sentence names one in passing ("thousands
// tweeted along with the hashtag #standwithwendy").
bool ReadsAsAPost(std::string_view sentence) {
  if (sentence.find('#') == std::string_view::npos && sentence.find('@') == std::string_view::npos)
    return false;  // (two memchrs refuse most sentences)
  std::size_t marks = 0;
  for (std::size_t i = 0; i + 1 < sentence.size(); ++i)
    if ((sentence[i] == '#' || sentence[i] == '@') && (i == 0 || sentence[i - 1] == ' ') &&
        IsAsciiAlnum(sentence[i + 1]) && ++marks >= 2)
      return true;
  return false;
}

// An entry of a timeline or profile box: a short label, a dash, the rest
// ("Jan. 17, 1990 -- Jury deadlocks ...", "DANIEL G. DAVIS, 43 -- ...").
bool ListEntry(std::string_view unit) {
  for (std::string_view dash : {" -- ", " \u2014 ", " _ "}) {
    const std::size_t at = unit.find(dash);
    if (at != std::string_view::npos && at > 0 &&
        std::count(unit.begin(), unit.begin() + static_cast<std::ptrdiff_t>(at), ' ') < 6)
      return true;
  }
  return false;
}

// A prompt that is only a sentence's opening furniture, the story after it
// ("The news and stories that matter, delivered weekday mornings. / updated
// by jane doe <the story>"): the inline cut takes the prompt, the story stays.
enum class AfterFurniture {
  kNothing,         // the unit is furniture
  kStory,           // the story follows the furniture
  kCaptionAndStory  // a caption glued to the story unmarked follows
};
AfterFurniture StoryAfterFurniture(std::string_view unit) {
  const auto furniture = FindInlineFurniture(unit);
  if (furniture.empty() || unit.find_first_not_of(' ') < furniture.front().begin)
    return AfterFurniture::kNothing;
  std::string_view opening = unit.substr(0, furniture.front().end);
  while (!opening.empty() && opening.back() == ' ') opening.remove_suffix(1);
  const bool caption_label =
      furniture.front().headline_follows ||
      (opening.size() >= 7 && AsciiFold(opening.substr(opening.size() - 7)) == "caption");
  if (CountSpacedWords(unit.substr(furniture.front().end)) < kStoryWords)
    return AfterFurniture::kNothing;
  // After a caption label comes the caption, glued to the story unmarked:
  // kept (for citations and figures), not offered for a summary.
  return caption_label ? AfterFurniture::kCaptionAndStory : AfterFurniture::kStory;
}

// Where the story starts in a unit a photo's caption opens, the caption (or
// a row of them, each with its credit) ending at a credit: "This undated
// photo provided by ... with livestock... ( associated press ) denton, mont.
// ( ap ) -- a central montana rancher shot ...". The end of the last credit
// with a story's words after it; npos when there is none.
std::size_t CaptionEndBeforeStory(std::string_view unit) {
  const auto ranges = FindInlineFurniture(unit);
  // From the last credit back, the words after each counted once (a row of
  // many captions costs what its text does).
  std::size_t words = 0, counted_from = unit.size();
  for (auto r = ranges.rbegin(); r != ranges.rend(); ++r) {
    if (r->kind != FurnitureKind::kCredit || r->end > counted_from) continue;
    words += CountSpacedWords(unit.substr(r->end, counted_from - r->end));
    // (A word running on past `counted_from` was counted from there already.)
    if (counted_from > r->end && counted_from < unit.size() && unit[counted_from - 1] != ' ' &&
        unit[counted_from] != ' ')
      --words;
    counted_from = r->end;
    // (Not another caption: a crawl repeats the caption after its credit.)
    if (words >= kStoryWords && !IsPhotoCaption(unit.substr(r->end))) return r->end;
  }
  return std::string_view::npos;
}

// A year (1800-2099) among the words: a timeline's date heading ("June,
// 1952") holds one.
bool HasYear(std::string_view unit) {
  auto digit = [&](std::size_t i) {
    return std::isdigit(static_cast<unsigned char>(unit[i])) != 0;
  };
  for (std::size_t i = 0; i + 4 <= unit.size(); ++i) {
    if ((i > 0 && digit(i - 1)) || (i + 4 < unit.size() && digit(i + 4))) continue;
    if (!digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3)) continue;
    const std::string_view y = unit.substr(i, 2);
    if (y == "18" || y == "19" || y == "20") return true;
  }
  return false;
}

// Share of the terms of `a` the other documents also hold.
double SharedShare(const TermVector& a, const OthersVector& b) {
  std::size_t shared = 0;
  std::size_t j = 0;
  for (const auto& [t, w] : a) {
    while (j < b.part.size() && b.part[j].first < t) ++j;
    const double part = j < b.part.size() && b.part[j].first == t ? b.part[j].second : 0;
    if (t < b.whole.size() && b.whole[t] - part > 0) ++shared;
  }
  return a.empty() ? 0 : static_cast<double>(shared) / static_cast<double>(a.size());
}

// Cosine(a, whole - part). Weights are whole counts, so every sum is exact
// and the result is that of Cosine() on the difference built out.
double Cosine(const TermVector& a, const OthersVector& b) {
  double dot = 0, na = 0;
  std::size_t j = 0;
  for (const auto& [t, w] : a) {
    na += w * w;
    while (j < b.part.size() && b.part[j].first < t) ++j;
    const double part = j < b.part.size() && b.part[j].first == t ? b.part[j].second : 0;
    dot += w * (t < b.whole.size() ? b.whole[t] - part : 0);
  }
  const double nb = b.norm2;
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

double Cosine(const TermVector& a, const TermVector& b) {
  double dot = 0, na = 0, nb = 0;
  std::size_t j = 0;
  for (const auto& [t, w] : a) {
    na += w * w;
    while (j < b.size() && b[j].first < t) ++j;
    if (j < b.size() && b[j].first == t) dot += w * b[j].second;
  }
  for (const auto& [t, w] : b) nb += w * w;
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

// Pass 1: the units of judgement of every document, in one array (reserved
// exactly: a large cluster's are many, and one block goes back to the
// system at once when freed, where a block per document would leave its
// pages scattered among the memory still used). of[d] is document d's.
struct Units {
  std::vector<Paragraph> all;
  std::vector<std::span<Paragraph>> of;
  std::vector<std::uint64_t> title_keys;  // each document's title, as a key
};

// What assembling the kept text needs of a judged unit: 24 bytes where the
// unit with its signals takes 80, so that a large cluster's units are gone
// before its kept text is made.
struct Decision {
  std::string_view text;  // in the prepared paragraph
  std::uint32_t group = 0;
  CutReason reason = CutReason::kKept;
  bool glued : 1 = false;
  bool not_offered : 1 = false;
  bool in_video_box : 1 = false;
  bool speaks_to_reader : 1 = false;
  bool caption_then_story : 1 = false;
};

// Each document's decisions, in arrays of their own.
std::vector<std::vector<Decision>> Decide(const Units& units) {
  std::vector<std::vector<Decision>> out(units.of.size());
  for (std::size_t d = 0; d < units.of.size(); ++d) {
    out[d].reserve(units.of[d].size());
    for (const Paragraph& p : units.of[d])
      out[d].push_back({p.text, p.group, p.reason, p.glued, p.not_offered, p.in_video_box,
                        p.speaks_to_reader, p.caption_then_story});
  }
  return out;
}

// The units a paragraph is judged in, sentence by sentence: runs of its
// sentences [first, end). The items of a list flattened into a run of text
// ("<lead-in>: \u2022 <item> \u2022 <item>") are sentences of their own (the
// splitter ends one at each bullet) but are judged together, as one unit: a
// list of links, a profile box or a video's credits is furniture as a whole,
// and an item alone is a fragment that would read as a heading.
std::vector<std::pair<std::uint32_t, std::uint32_t>> SentenceRuns(const text::AnalyzedText& p) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> runs;
  for (std::size_t k = 0; k < p.sentences.size(); ++k) {
    std::string_view gap;
    if (k > 0 && p.sentences[k].begin > p.sentences[k - 1].end)
      gap = std::string_view(p.text).substr(p.sentences[k - 1].end,
                                            p.sentences[k].begin - p.sentences[k - 1].end);
    if (!runs.empty() &&
        ListBulletLength(gap.substr(std::min(gap.find_first_not_of(' '), gap.size()))) > 0)
      ++runs.back().second;  // a bullet between them
    else
      runs.emplace_back(U32(k), U32(k + 1));
  }
  return runs;
}

// Whether a word of lower-case ASCII letters alone starts at `at`: what a
// lower-cased crawl left uncapitalised, not "iPhone" or "4g".
bool PlainLowerWordAt(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && text[end] >= 'a' && text[end] <= 'z') ++end;
  return end > at && (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end])));
}

// A list's items open sentences (the splitter ends one at each bullet): an
// item a lower-cased crawl left in lower case ("... today: \u2022 syrian
// authorities say ...") gets its capital, as a unit's opening does. A word
// with capitals or digits inside ("iPhone") keeps its case.
void CapitalizeListItems(std::string& text) {
  for (std::size_t at = text.find('\xE2'); at != std::string::npos;
       at = text.find('\xE2', at + 1)) {
    if (at > 0 && text[at - 1] != ' ') continue;
    const std::size_t bullet = ListBulletLength(std::string_view(text).substr(at));
    std::size_t word = at + bullet;
    if (bullet == 0 || word >= text.size() || text[word] != ' ') continue;
    while (word < text.size() && text[word] == ' ') ++word;
    if (PlainLowerWordAt(text, word)) text[word] = static_cast<char>(text[word] - 'a' + 'A');
  }
}

// The text and words of sentences [first, end) of `p`.
std::string_view RunText(const text::AnalyzedText& p, std::uint32_t first, std::uint32_t end) {
  const std::size_t begin = p.sentences[first].begin;
  return std::string_view(p.text).substr(begin, p.sentences[end - 1].end - begin);
}
std::span<const text::AnalyzedWord> RunWords(const text::AnalyzedText& p, std::uint32_t first,
                                             std::uint32_t end) {
  const std::size_t from = p.sentences[first].first_word;
  const auto& last = p.sentences[end - 1];
  return std::span<const text::AnalyzedWord>(p.words).subspan(from,
                                                              last.first_word + last.words - from);
}

// Per document, on the chunks of `bounds` (documents) in parallel: the
// lexicon is only read here.
Units MakeUnits(const std::vector<Document>& docs, const std::vector<PreparedDocument>& prepared,
                const text::Analyzer& analyzer, const RecurringText* recurring,
                const text::Stopwords& stopwords, const std::vector<std::size_t>& bounds) {
  // A long paragraph is judged sentence by sentence. A short one is judged
  // whole, unless a sentence of it is a prompt or recurring furniture: a
  // widget's messages run together ("Get email notifications on jane doe
  // daily! ... Whenever jane doe posts new content, you'll get an email ...").
  // (When the paragraph is furniture as a whole, it goes whole.)
  auto holds_furniture_sentence = [&](const text::AnalyzedText& p) {
    if (p.sentences.size() < 2) return false;
    bool any = false;
    const auto runs = SentenceRuns(p);
    for (std::size_t r = 0; r < runs.size() && !any; ++r) {
      const auto& [first, end] = runs[r];
      const std::string_view text = RunText(p, first, end);
      const auto words = RunWords(p, first, end);
      // (The paragraph's own opening is judged with it.)
      any = (r > 0 && IsPrompt(text)) || IsGalleryCaption(text) ||
            (recurring != nullptr && words.size() >= RecurringText::kShingleWords &&
             recurring->MostlyRecurring(words, analyzer.lexicon(), kRecurringShare));
    }
    if (!any) return false;
    const ParagraphSignals whole = MeasureWords(p.text, p.words, 0, analyzer.lexicon());
    return JudgeAlone(whole) == CutReason::kKept && !IsPrompt(p.text) && !IsPhotoCaption(p.text) &&
           !(recurring != nullptr &&
             recurring->MostlyRecurring(p.words, analyzer.lexicon(), kRecurringShare));
  };
  // Which paragraphs are judged sentence by sentence, and where each
  // document's units start in the one array.
  std::vector<std::vector<char>> by_sentence(docs.size());
  std::vector<std::size_t> first_unit(docs.size() + 1, 0);
  RunChunks(bounds, [&](std::size_t, std::size_t begin, std::size_t end) {
    for (std::size_t d = begin; d < end; ++d) {
      std::size_t count = 0;
      for (const text::AnalyzedText& p : prepared[d].paragraphs) {
        by_sentence[d].push_back(p.words.size() > kLongParagraphWords ||
                                 holds_furniture_sentence(p));
        count += by_sentence[d].back() ? SentenceRuns(p).size() : 1;
      }
      first_unit[d + 1] = count;
    }
  });
  for (std::size_t d = 0; d < docs.size(); ++d) first_unit[d + 1] += first_unit[d];
  std::vector<Paragraph> units(first_unit.back());
  std::vector<std::span<Paragraph>> all(docs.size());
  std::vector<std::uint64_t> title_keys(docs.size());
  RunChunks(bounds, [&](std::size_t, std::size_t begin, std::size_t end) {
    for (std::size_t d = begin; d < end; ++d) {
      Paragraph* unit = units.data() + first_unit[d];
      for (std::size_t group = 0; group < prepared[d].paragraphs.size(); ++group) {
        const text::AnalyzedText& p = prepared[d].paragraphs[group];
        // (A paragraph's signals count its words as the analysis does.)
        if (by_sentence[d][group]) {
          std::size_t end_byte = std::string::npos;
          for (const auto& [first, end] : SentenceRuns(p)) {
            *unit = Paragraph();
            unit->text = RunText(p, first, end);
            unit->group = U32(group);
            unit->first_sentence = first;
            unit->end_sentence = end;
            unit->signals = MeasureWords(unit->text, RunWords(p, first, end),
                                         p.sentences[first].begin, analyzer.lexicon());
            unit->glued = p.sentences[first].begin == end_byte;
            end_byte = p.sentences[end - 1].end;
            ++unit;
          }
        } else {
          *unit = Paragraph();
          unit->text = p.text;
          unit->group = U32(group);
          unit->end_sentence = U32(p.sentences.size());
          unit->signals = MeasureWords(p.text, p.words, 0, analyzer.lexicon());
          ++unit;
        }
      }
      std::vector<char>().swap(by_sentence[d]);
      all[d] =
          std::span<Paragraph>(units).subspan(first_unit[d], first_unit[d + 1] - first_unit[d]);
      title_keys[d] = MeasureParagraph(docs[d].title, stopwords).key;
    }
  });

  return Units{std::move(units), std::move(all), std::move(title_keys)};
}

// Pass 2: each unit judged alone, against its document (repeated captions,
// the headline) and against the other documents (lines on several pages);
// then the blocks that paywall text carries with it.
// The counts across documents first; then each document's units, on the
// chunks of `bounds` in parallel.
void JudgeUnits(const std::vector<Document>& docs, const std::vector<PreparedDocument>& prepared,
                const text::Analyzer& analyzer, const RecurringText* recurring, Units& units,
                const std::vector<std::size_t>& bounds) {
  std::vector<std::span<Paragraph>>& all = units.of;
  const std::vector<std::uint64_t>& title_keys = units.title_keys;
  // Furniture repeated on several pages: short unfinished lines that occur
  // in more than one document.
  // Per key: the documents holding it (counted once each; documents come in
  // order) and the last one counted.
  // A line followed, or preceded, by the same sentence of prose in two
  // documents is part of a passage they share (an article filed twice), not
  // furniture.
  struct Spread {
    std::size_t documents = 0;
    std::size_t last = static_cast<std::size_t>(-1);
    std::size_t next = 0;      // hash of the prose after it where first seen; 0 for none
    std::size_t previous = 0;  // and of the prose before it
    bool passage = false;
  };
  // A document filed twice word for word counts once: what both copies hold
  // is the article's, not the site's.
  std::vector<std::size_t> original(docs.size());
  {
    std::unordered_map<std::string_view, std::size_t> first_with_text;
    for (std::size_t d = 0; d < docs.size(); ++d)
      original[d] = first_with_text.try_emplace(docs[d].text, d).first->second;
  }
  std::unordered_map<std::uint64_t, Spread> seen_in;
  for (std::size_t d = 0; d < docs.size(); ++d)
    for (std::size_t i = 0; i < all[d].size() && original[d] == d; ++i) {
      const Paragraph& p = all[d][i];
      if (p.signals.prose() || p.signals.words > 15) continue;
      Spread& spread = seen_in[p.signals.key];
      if (spread.last == d) continue;
      ++spread.documents, spread.last = d;
      auto prose_at = [&](std::size_t k) -> std::size_t {
        return k < all[d].size() && all[d][k].signals.prose()
                   ? std::hash<std::string_view>()(all[d][k].text) | 1
                   : 0;
      };
      const std::size_t next = prose_at(i + 1);
      const std::size_t previous = i > 0 ? prose_at(i - 1) : 0;
      if ((next != 0 && spread.next == next) || (previous != 0 && spread.previous == previous))
        spread.passage = true;
      if (spread.next == 0) spread.next = next;
      if (spread.previous == 0) spread.previous = previous;
    }

  auto judge = [&](std::size_t d) {
    auto& paras = all[d];
    const std::uint64_t title_key = title_keys[d];
    std::unordered_map<std::uint64_t, int> count_in_doc;
    for (const auto& p : paras) ++count_in_doc[p.signals.key];
    for (std::size_t i = 0; i < paras.size(); ++i) {
      Paragraph& p = paras[i];
      const ParagraphSignals& s = p.signals;
      p.reason = JudgeAlone(s);
      if (p.reason != CutReason::kKept) continue;
      if (IsPrompt(p.text)) {
        const AfterFurniture after = StoryAfterFurniture(p.text);
        if (after == AfterFurniture::kNothing) {
          p.reason = CutReason::kPrompt;
          continue;
        }
        if (after == AfterFurniture::kCaptionAndStory) p.not_offered = true;
      }
      // A sentence or two where the page speaks to its reader ("Mobile users:
      // click here for photos of ...") with story glued on: kept for its
      // words, not offered for a summary, if the phrase is still there when
      // the furniture inside it is cut (AssembleDocument).
      p.speaks_to_reader =
          s.formula && p.end_sentence - p.first_sentence <= kMostSentencesSpeakingToTheReader;
      if (IsGalleryCaption(p.text)) {
        p.reason = CutReason::kPhotoGallery;
        continue;
      }
      // A note on the writer or the paper (opening or closing the article, or
      // a crawl's bio box within it); one on someone the article tells of is
      // its story ("Andrew Anglin is the founder and editor of ..." in a
      // story about him).
      if (std::string subject; IsAuthorNote(p.text, &subject)) {
        std::size_t told = 0;
        for (std::size_t j = 0; j < paras.size() && !subject.empty(); ++j)
          if (j != i && EndsSentence(paras[j].text) &&
              HasAsciiWord(AsciiFold(paras[j].text), subject))
            ++told;
        if (told <= kAuthorNoteMentions) {
          p.reason = CutReason::kByline;
          continue;
        }
      }
      if (IsPhotoCaption(p.text) && StoryAfterFurniture(p.text) == AfterFurniture::kNothing) {
        if (CaptionEndBeforeStory(p.text) == std::string_view::npos) {
          p.reason = CutReason::kPhotoCaption;
          continue;
        }
        p.caption_then_story = true;
      }
      if (FieldLabels(p.text) >= 4 && s.stopword_share() < 0.25) {
        p.reason = CutReason::kFieldList;
        continue;
      }
      if (recurring != nullptr && s.words >= RecurringText::kShingleWords) {
        const text::AnalyzedText& source = prepared[d].paragraphs[p.group];
        const auto& first = source.sentences[p.first_sentence];
        const auto& last = source.sentences[p.end_sentence - 1];
        auto words =
            std::span<const text::AnalyzedWord>(source.words)
                .subspan(first.first_word, last.first_word + last.words - first.first_word);
        if (recurring->MostlyRecurring(words, analyzer.lexicon(), kRecurringShare)) {
          p.reason = CutReason::kRecurringAcrossStories;
          continue;
        }
      }
      if (!docs[d].title.empty() && s.key == title_key && s.words > 0) {
        p.reason = CutReason::kRepeatedHeadline;
      } else if (count_in_doc[s.key] > 1 && !s.prose() && s.words <= kRepeatedCaptionWords) {
        p.reason = CutReason::kRepeatedCaption;
      } else if (auto it = seen_in.find(s.key); it != seen_in.end() && it->second.documents > 1 &&
                                                !it->second.passage && s.words <= 15 &&
                                                !s.prose() && !s.clause() && !s.terminal) {
        p.reason = CutReason::kRepeatedAcrossDocuments;
      }
    }
    // A video box opening a paragraph runs over its units: their captions
    // go, through the photo credit that ends the box.
    for (std::size_t i = 0; i < paras.size(); ++i) {
      if ((i > 0 && paras[i - 1].group == paras[i].group) || !OpensVideoBox(paras[i].text))
        continue;
      std::size_t bytes = paras[i].text.size();
      for (std::size_t j = i + 1;
           j < paras.size() && paras[j].group == paras[i].group && bytes <= kVideoBoxBytes; ++j) {
        if (VideoBoxCloses(paras[j].text)) {
          for (std::size_t k = i; k < j; ++k) paras[k].reason = CutReason::kPhotoCaption;
          paras[j].in_video_box = true;
          break;
        }
        bytes += paras[j].text.size();
      }
    }
    // A block of furniture carries its unfinished lines with it: the menu
    // items, plan names and prices around a paywall or cookie notice.
    for (std::size_t i = 1; i < paras.size(); ++i) {
      if (paras[i].reason != CutReason::kKept || paras[i].signals.prose()) continue;
      const CutReason prev = paras[i - 1].reason;
      if (prev == CutReason::kPaywall && !paras[i].signals.terminal && paras[i].signals.words <= 15)
        paras[i].reason = prev;
    }
    // Paywall or cookie text near the end cuts off what follows it, unless
    // real prose resumes.
    for (std::size_t i = 0; i + 1 < paras.size(); ++i) {
      if (paras[i].reason != CutReason::kPaywall) continue;
      std::size_t prose_after = 0, rest = 0;
      for (std::size_t j = i + 1; j < paras.size(); ++j) {
        ++rest;
        if (paras[j].signals.prose()) ++prose_after;
      }
      if (rest > 0 && prose_after * 3 < rest)
        for (std::size_t j = i + 1; j < paras.size(); ++j)
          if (paras[j].reason == CutReason::kKept) paras[j].reason = paras[i].reason;
    }
  };
  RunChunks(bounds, [&](std::size_t, std::size_t begin, std::size_t end) {
    for (std::size_t d = begin; d < end; ++d) judge(d);
  });
}

// Pass 3 (clusters of two or more documents): a second story glued onto an
// article. After a heading or a removed block, a run of paragraphs far less
// similar to the rest of the cluster than the article's opening is.
void MarkSecondStories(const std::vector<PreparedDocument>& prepared,
                       std::vector<std::span<Paragraph>>& all, const text::Lexicon& lexicon,
                       const std::vector<std::vector<text::Lexicon::Id>>& title_terms) {
  const std::size_t documents = all.size();
  // Terms numbered here, densely (a lexicon may hold many more words),
  // through the thread's array; `total` counts each over the cluster.
  // Counts are whole numbers, so sums and cosines come out the same in any
  // order. Term vectors of paragraphs are built only for a document with a
  // seam (a vector per paragraph of a large cluster cost more memory than
  // its text).
  thread_local IdScratch<std::uint32_t> local(kNoTerm);
  const IdScratchReset<std::uint32_t> reset_local(local);
  std::vector<double> total;
  auto for_each_term = [&](std::size_t d, std::size_t i, auto fn) {
    const Paragraph& p = all[d][i];
    const text::AnalyzedText& source = prepared[d].paragraphs[p.group];
    for (std::size_t k = p.first_sentence; k < p.end_sentence; ++k)
      for (const auto& word : source.WordsOf(source.sentences[k]))
        if (const text::TermToken w = text::TokenOf(word, lexicon); !w.stop) {
          std::uint32_t& t = local.Touch(w.term);
          if (t == kNoTerm) {
            t = static_cast<std::uint32_t>(total.size());
            total.push_back(0);
          }
          fn(t);
        }
  };
  for (std::size_t d = 0; d < documents; ++d)
    for (std::size_t i = 0; i < all[d].size(); ++i)
      if (all[d][i].reason == CutReason::kKept)
        for_each_term(d, i, [&](std::uint32_t t) { total[t] += 1; });
  double total_norm2 = 0;
  for (double w : total) total_norm2 += w * w;
  std::vector<TermVector> vectors;  // of the document at hand, by paragraph
  for (std::size_t d = 0; d < documents; ++d) {
    // Candidate boundaries: where web furniture (a player, a share bar,
    // a newsletter box) sits between two runs of text. Crawlers glue the
    // next story on there; headings inside one story are not enough.
    std::vector<int> group_size(prepared[d].paragraphs.size(), 0);
    for (const auto& p : all[d]) ++group_size[p.group];
    std::vector<std::vector<std::size_t>> segments(1);  // paragraph indices
    std::vector<bool> furniture_seam(1, false);
    bool after_furniture = false;
    for (std::size_t i = 0; i < all[d].size(); ++i) {
      const Paragraph& p = all[d][i];
      if (p.reason != CutReason::kKept) {
        // Only whole paragraphs of furniture; a sentence of it inside a
        // paragraph is not a seam between stories.
        after_furniture |= IsCueReason(p.reason) && group_size[p.group] == 1;
        continue;
      }
      bool heading = p.signals.fragment() && p.signals.words >= 2;
      if ((after_furniture || heading) && !segments.back().empty()) {
        segments.emplace_back();
        furniture_seam.push_back(after_furniture);
      }
      after_furniture = false;
      segments.back().push_back(i);
    }
    if (segments.size() < 2) continue;
    vectors.assign(all[d].size(), TermVector());
    TermVector doc_vector;
    for (std::size_t i = 0; i < all[d].size(); ++i) {
      if (all[d][i].reason != CutReason::kKept) continue;
      TermVector counts;
      for_each_term(d, i, [&](std::uint32_t t) { counts.emplace_back(t, 1); });
      vectors[i] = Summed(std::move(counts));
      doc_vector.insert(doc_vector.end(), vectors[i].begin(), vectors[i].end());
    }
    doc_vector = Summed(std::move(doc_vector));
    // The other documents: the total less this one, read through without
    // building it (a copy per document would be quadratic).
    const OthersVector others{total, doc_vector, total_norm2};
    auto segment_vector = [&](const std::vector<std::size_t>& segment) {
      TermVector v;
      for (std::size_t i : segment) v.insert(v.end(), vectors[i].begin(), vectors[i].end());
      return Summed(std::move(v));
    };
    TermVector before = segment_vector(segments[0]);
    double best = Cosine(before, others);
    for (std::size_t k = 1; k < segments.size(); ++k) {
      std::size_t words = 0;
      for (std::size_t i : segments[k]) words += all[d][i].signals.words;
      TermVector v = segment_vector(segments[k]);
      double sim = Cosine(v, others);
      double own = Cosine(v, before);
      // Unlike its own article's earlier text, and further from the
      // cluster's topic than that text. A bare heading (the page's
      // furniture already stripped by the HTML reader) needs a clearer
      // break than furniture does: sections of one long story have
      // headings too.
      bool unrelated =
          furniture_seam[k] ? own < 0.35 && sim < 0.85 * best : own < 0.2 && sim < 0.6 * best;
      if (segments[k].size() >= 2 && words >= 40 && unrelated) {
        // What follows is on the story when most of its words are in the
        // other articles too. In prose it is more of the story; as a list
        // (a timeline, a profile box: "Jan. 17, 1990 -- Jury deadlocks")
        // it stays in the text but is not offered for a summary.
        TermVector rest;
        std::size_t units = 0, prose = 0, listed = 0;
        for (std::size_t m = k; m < segments.size(); ++m) {
          TermVector x = segment_vector(segments[m]);
          rest.insert(rest.end(), x.begin(), x.end());
          for (std::size_t i : segments[m]) {
            const Paragraph& u = all[d][i];
            const bool entry = ListEntry(u.text) || (u.signals.fragment() && HasYear(u.text));
            ++units;
            listed += entry;
            prose += u.signals.prose() && !entry;
          }
        }
        // Or when it keeps naming what its article's headline is about, as
        // the other articles do ("John Major's Year" and a month-by-month
        // list of his government's year): a second story glued on names
        // its own subject.
        std::vector<std::uint32_t> named;  // the headline's terms the others hold widely
        for (const text::Lexicon::Id term : title_terms[d]) {
          const std::uint32_t t = local.Touch(term);
          if (t == kNoTerm) continue;
          double own_count = 0;
          for (const auto& [u, x] : doc_vector)
            if (u == t) own_count = x;
          if (total[t] - own_count >= kHeadlineTermInOthers) named.push_back(t);
        }
        std::size_t naming = 0;
        for (std::size_t m = k; m < segments.size() && !named.empty(); ++m)
          for (std::size_t i : segments[m])
            naming += std::any_of(vectors[i].begin(), vectors[i].end(), [&](const auto& tx) {
              return std::find(named.begin(), named.end(), tx.first) != named.end();
            });
        const bool on_story = SharedShare(Summed(std::move(rest)), others) >= kOnStoryShare ||
                              naming >= kHeadlineNamingUnits;
        if (!on_story || 2 * prose < units || 3 * listed >= units) {
          for (std::size_t m = k; m < segments.size(); ++m)
            for (std::size_t i : segments[m]) {
              if (on_story)
                all[d][i].not_offered = true;
              else
                all[d][i].reason = CutReason::kUnrelatedStory;
            }
          break;
        }
      }
      best = std::max(best, sim);
      AddTo(before, v);
    }
  }
}

// Pass 4: the kept text, paragraph by paragraph. A paragraph that comes out
// as it went in keeps its analysis; one with cuts is analysed again (the
// same as analysing the whole text: sentences never cross a blank line).
// `reanalysed` gets the ranges of out.analysis's words that `analyzer` made
// here (the rest came from `prepared`: the sentences the cuts left as they
// were keep their words).
void AssembleDocument(PreparedDocument& prepared, std::span<const Decision> units,
                      text::Analyzer& analyzer, CleanedDocument& out,
                      std::vector<std::pair<std::size_t, std::size_t>>& reanalysed) {
  std::size_t kept = 0;
  std::size_t last_group = static_cast<std::size_t>(-1);
  std::size_t last_kept = static_cast<std::size_t>(-1);
  bool last_end_intact = false;  // nothing cut from the end of the last kept unit
  std::string group_text;
  // Byte ranges of group_text whose sentences are not offered.
  std::vector<std::pair<std::size_t, std::size_t>> not_offered;
  // The kept groups' analyses, joined at the end (each array made once, at
  // its size).
  std::vector<text::AnalyzedText> groups;
  std::size_t words_before = 0;  // in the groups so far
  bool any_text = false;         // in the groups so far
  std::size_t unchanged_groups = 0;
  auto finish_group = [&] {
    if (last_group == static_cast<std::size_t>(-1)) return;
    text::AnalyzedText& source = prepared.paragraphs[last_group];
    if (group_text == source.text) {
      groups.push_back(std::move(source));
      ++unchanged_groups;
    } else {
      // Only sentences the cuts changed are read again.
      std::vector<std::size_t> read;
      groups.push_back(analyzer.AnalyzeEdited(std::move(group_text), source, &read));
      for (std::size_t k : read) {
        const text::AnalyzedSentence& sentence = groups.back().sentences[k];
        reanalysed.emplace_back(words_before + sentence.first_word,
                                words_before + sentence.first_word + sentence.words);
      }
    }
    text::AnalyzedText& group = groups.back();
    words_before += group.words.size();
    any_text = any_text || !group.text.empty();
    // The sentences of units not offered, and a photo's caption, a
    // caption's phrase, a sentence cut short, one across a page's bar, one
    // holding an address, reading as a post or opening as a prompt ("Sign up
    // be the first to know."), that the cuts left inside a paragraph, stay in
    // the text but are not offered for a summary.
    for (std::size_t k = 0; k < group.sentences.size(); ++k) {
      auto& sentence = group.sentences[k];
      const std::string_view text = group.SentenceText(k);
      const bool in_not_offered = std::any_of(
          not_offered.begin(), not_offered.end(),
          [&](const auto& r) { return sentence.begin < r.second && sentence.end > r.first; });
      if (in_not_offered ||
          (sentence.candidate &&
           (IsPhotoCaption(text) || HoldsCaptionPhrase(text) || TrailsOff(text) ||
            HoldsPageBar(text) || HoldsAddress(text) || ReadsAsAPost(text) ||
            PointsAtThePage(text) || OpensLikeAPrompt(text) || IsCopyrightLine(text))))
        sentence.candidate = false;
    }
    group_text.clear();
    not_offered.clear();
  };
  for (std::size_t index = 0; index < units.size(); ++index) {
    const Decision& p = units[index];
    if (p.reason != CutReason::kKept) {
      out.removed.push_back({std::string(p.text), p.reason});
      continue;
    }
    std::string text(p.text);
    bool front_cut = false;  // something cut from the start
    if (const std::size_t e =
            p.caption_then_story ? CaptionEndBeforeStory(text) : std::string::npos;
        e != std::string::npos) {
      std::string caption = text.substr(0, e);
      while (!caption.empty() && caption.back() == ' ') caption.pop_back();
      out.removed.push_back({std::move(caption), CutReason::kPhotoCaption});
      text = text.substr(e);
      front_cut = true;
    }
    // A dateline opening the story, or a lower-cased U.S. one further on:
    // what precedes that is a caption, headline or prompt glued to the
    // story's first sentence.
    auto cut_dateline = [&] {
      if (kept < 2) {
        std::size_t n = DatelineLength(text);
        if (n > 0 && n < text.size()) {
          out.removed.push_back({text.substr(0, n), CutReason::kDateline});
          text = text.substr(n);
          front_cut = true;
        }
      }
      std::size_t n = InnerDatelineEnd(text);
      // An agency's dateline with no dash ("WASHINGTON (CNN)The ..."), in
      // the story's opening units only: further on, "( ap )" is a credit.
      if (n == 0 && kept < 2) n = BareAgencyDatelineEnd(text);
      if (n > 0 && n < text.size()) {
        std::string piece = text.substr(0, n);
        while (!piece.empty() && piece.back() == ' ') piece.pop_back();
        // Only a dateline is a few words; more is what was glued before it.
        const bool alone = std::count(piece.begin(), piece.end(), ' ') < 8;
        out.removed.push_back(
            {std::move(piece), alone ? CutReason::kDateline : CutReason::kCaptionBeforeDateline});
        text = text.substr(n);
        front_cut = true;
      }
    };
    cut_dateline();
    // Credits and prompts glued into the sentence: listed in reading
    // order, cut out last first so that the earlier ranges stay valid.
    auto furniture = FindInlineFurniture(text, p.in_video_box);
    // An image's label a few words into the story's first unit, with no
    // sentence ending before it: those words are the page's headline, glued
    // on ("Catholics should not try to convert jews, vatican commission says
    // enlarge this image toggle caption ..."; in the dev set's 2,510
    // Multi-News documents, each of the 12 such openings a headline).
    if (kept == 0 && !front_cut && !furniture.empty() &&
        furniture.front().kind == FurnitureKind::kImageLabel && furniture.front().begin > 0) {
      const std::string_view before = std::string_view(text).substr(0, furniture.front().begin);
      if (static_cast<std::size_t>(std::count(before.begin(), before.end(), ' ')) <=
              kMostHeadlineWords &&
          before.find_first_of(".?!") == std::string_view::npos) {
        std::string headline(before);
        while (!headline.empty() && headline.back() == ' ') headline.pop_back();
        out.removed.push_back({std::move(headline), CutReason::kHeadlineBeforeImage});
        const std::size_t n = furniture.front().begin;
        text = text.substr(n);
        for (auto& r : furniture) {
          r.begin -= n;
          r.end -= n;
        }
        front_cut = true;
      }
    }
    for (const auto& r : furniture) {
      std::string_view piece = std::string_view(text).substr(r.begin, r.end - r.begin);
      while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
      while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
      out.removed.push_back({std::string(piece), CutReason::kFurnitureInSentence, r.kind});
    }
    // A label whose caption (or credit) runs into the story unmarked ("Photo
    // by jane doe/the daily a group of girls hug ..."): the rest of its
    // sentence is kept, not offered for a summary.
    const bool caption_follows = !furniture.empty() && furniture.front().headline_follows &&
                                 furniture.front().begin <= text.find_first_not_of(' ');
    // A caption before its credit, the story after it.
    const bool caption_first = !furniture.empty() && furniture.front().caption_before;
    const bool end_intact = furniture.empty() || furniture.back().end < text.size();
    for (auto r = furniture.rbegin(); r != furniture.rend(); ++r) {
      text.replace(r->begin, r->end - r->begin, r->separates ? "\n\n" : "");
      // What now opens a sentence or the unit gets its capital (see below;
      // a lower-cased crawl's dateline needs it to be seen: "Photo
      // advertisement continue reading the main story washington — edward
      // j. snowden ...").
      std::size_t at = r->begin + (r->separates ? 2 : 0);
      if (at < text.size() && text[at] >= 'a' && text[at] <= 'z' &&
          (at == 0 || r->separates || EndsSentence(std::string_view(text).substr(0, at))))
        text[at] = static_cast<char>(text[at] - 'a' + 'A');
    }
    if (!furniture.empty() && furniture.front().begin == 0) {
      // The dateline the furniture stood before ("Follow cbsdfw.com:
      // facebook | twitter dallas ( cbs11 i-team ) - the gravestone ...").
      front_cut = true;
      if (!furniture.front().separates) cut_dateline();
    } else if (!furniture.empty() && !front_cut) {
      // A dateline the furniture kept out of reach ("<caption>. ( ap
      // photo/j. david ake ) ( associated press ) west palm beach, fla. (
      // ap ) — ...").
      cut_dateline();
    }
    // Lower-cased crawls capitalise only what opened the unit; the story
    // now opening it gets the capital, so it reads (and splits) as a
    // sentence start.
    // Units that open in lower case (a crawl that lower-cased whole
    // paragraphs, or sentences glued without a space) get it too; a word
    // with capitals inside ("iPhone", "eBay") keeps its case.
    if ((front_cut || PlainLowerWordAt(text, 0)) && !text.empty() && text[0] >= 'a' &&
        text[0] <= 'z')
      text[0] = static_cast<char>(text[0] - 'a' + 'A');
    CapitalizeListItems(text);
    // What the rules read in the crawl's spacing, closed up for the reader.
    text = CloseParenthesesAndClocks(std::move(text));
    // Units glued in the source stay glued, so the sentence splitter sees
    // the same text it split them from: "said. the" would not split.
    const bool glued_to_last = p.glued && !front_cut && last_end_intact && last_kept + 1 == index;
    if (p.group != last_group) {
      finish_group();
    } else if (any_text || !group_text.empty()) {
      group_text += glued_to_last ? "" : " ";
    }
    if (p.not_offered ||
        (p.speaks_to_reader && MeasureParagraph(text, analyzer.stopwords()).formula))
      not_offered.emplace_back(group_text.size(), group_text.size() + text.size());
    else if (caption_follows || caption_first)
      // (The credit after a caption left a paragraph break.)
      not_offered.emplace_back(
          group_text.size(),
          group_text.size() + std::min(FirstSentenceEnd(text), text.find("\n\n")));
    group_text += text;
    last_group = p.group;
    last_kept = index;
    last_end_intact = end_intact;
    ++kept;
  }
  finish_group();
  const bool one_unchanged = groups.size() == 1 && unchanged_groups == 1;
  out.analysis = text::AnalyzedText::Join("\n\n", std::move(groups));
  text::MarkQuotations(out.analysis);
  // A paragraph kept as it was prepared moves here with its words, which
  // sit in pool chunks among the words of the cluster's other prepared
  // paragraphs, freed now; a copy lets those chunks go (base/chunk_pool.h).
  if (one_unchanged) out.analysis.words = text::AnalyzedWords(out.analysis.words);
  // What was prepared for this document is done with: its memory goes
  // now rather than once the whole cluster is.
  prepared = PreparedDocument();
}

// Pass 4 for every document, on the chunks of `bounds` in parallel (with
// analysers of their own, adopted in document order, so the result is the
// one of a single thread).
std::vector<CleanedDocument> AssembleKept(std::vector<PreparedDocument>& prepared,
                                          std::vector<std::vector<Decision>>& all,
                                          text::Analyzer& analyzer,
                                          const std::vector<std::size_t>& bounds) {
  const std::size_t documents = all.size();
  std::vector<CleanedDocument> out(documents);
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> reanalysed(documents);
  text::AnalyzeInChunks(
      bounds, analyzer,
      [&](std::size_t d, text::Analyzer& own) {
        AssembleDocument(prepared[d], all[d], own, out[d], reanalysed[d]);
        std::vector<Decision>().swap(all[d]);
      },
      [&](std::size_t d, std::span<const text::Lexicon::Id> map) {
        for (const auto& [first, last] : reanalysed[d])
          text::RemapIds(
              std::span<text::AnalyzedWord>(out[d].analysis.words).subspan(first, last - first),
              map);
      });
  return out;
}

}  // namespace

BoilerplateCleaner::BoilerplateCleaner(std::string language, const RecurringText* recurring,
                                       int threads)
    : language_(std::move(language)),
      stopwords_(&text::Stopwords::For(language_)),
      recurring_(recurring),
      threads_(threads) {}

PreparedDocument BoilerplateCleaner::Prepare(const Document& doc, text::Analyzer& analyzer) const {
  PreparedDocument out;
  for (auto& p : NormalizedParagraphs(doc.text))
    out.paragraphs.push_back(analyzer.Analyze(std::move(p)));
  return out;
}

std::vector<PreparedDocument> BoilerplateCleaner::PrepareAll(
    const std::vector<Document>& docs, text::Analyzer& analyzer,
    const std::function<void(std::size_t)>& prepared_one) const {
  std::vector<PreparedDocument> out(docs.size());
  std::vector<std::size_t> weights(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) weights[d] = docs[d].text.size();
  const std::vector<std::size_t> bounds =
      SplitByWeight(weights, ThreadsForBytes(weights, threads_));
  text::AnalyzeInChunks(
      bounds, analyzer,
      [&](std::size_t d, text::Analyzer& own) {
        out[d] = Prepare(docs[d], own);
        if (prepared_one) prepared_one(d);
      },
      [&](std::size_t d, std::span<const text::Lexicon::Id> map) {
        for (auto& p : out[d].paragraphs) text::RemapIds(p.words, map);
      });
  return out;
}

std::vector<CleanedDocument> BoilerplateCleaner::Clean(const std::vector<Document>& docs) const {
  auto lease = text::AnalyzerLease::Borrow(language_);
  std::vector<CleanedDocument> out(docs.size());
  if (!lease.ok()) return out;  // the language was checked by whoever made this cleaner
  return Clean(docs, **lease);
}

std::vector<CleanedDocument> BoilerplateCleaner::Clean(const std::vector<Document>& docs,
                                                       text::Analyzer& analyzer) const {
  return Clean(docs, PrepareAll(docs, analyzer), analyzer);
}

std::vector<CleanedDocument> BoilerplateCleaner::Clean(const std::vector<Document>& docs,
                                                       std::vector<PreparedDocument> prepared,
                                                       text::Analyzer& analyzer) const {
  // Per-document passes run on chunks of documents of about equal text.
  std::vector<std::size_t> weights(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d)
    for (const auto& p : prepared[d].paragraphs) weights[d] += p.text.size();
  const std::vector<std::size_t> bounds =
      SplitByWeight(weights, ThreadsForBytes(weights, threads_));
  Units units = MakeUnits(docs, prepared, analyzer, recurring_, *stopwords_, bounds);
  JudgeUnits(docs, prepared, analyzer, recurring_, units, bounds);
  if (docs.size() >= 2) {
    std::vector<std::vector<text::Lexicon::Id>> title_terms(docs.size());
    for (std::size_t d = 0; d < docs.size(); ++d)
      if (!docs[d].title.empty()) title_terms[d] = analyzer.KnownContentTerms(docs[d].title);
    MarkSecondStories(prepared, units.of, analyzer.lexicon(), title_terms);
  }
  std::vector<std::vector<Decision>> decisions = Decide(units);
  units = Units();
  std::vector<CleanedDocument> out = AssembleKept(prepared, decisions, analyzer, bounds);
  for (auto& doc : out) doc.stamped_date = StampedDate(doc.removed);
  return out;
}

}  // namespace precis::clean
