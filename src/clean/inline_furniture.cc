#include "clean/inline_furniture.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string>

#include "base/ascii.h"
#include "base/calendar_words.h"
#include "base/find_bytes.h"
#include "base/sentence_end.h"
#include "base/word_list.h"
#include "clean/furniture_rules.h"
#include "text/context_dependence.h"
#include "text/stopwords.h"

namespace precis::clean {

bool IsPhotographerNameWord(std::string_view word);

namespace {

// True when " email this " at `at` of `folded` is a verb of prose ("I will
// email this to the board", "please email this"), not a share button.
bool EmailsSomething(std::string_view folded, std::size_t at) {
  static constexpr std::string_view kBefore[] = {
      "will",  "would", "to",    "please", "can",  "could", "i",    "you",    "we",   "they",
      "he",    "she",   "and",   "or",     "then", "just",  "also", "should", "must", "may",
      "might", "i'll",  "we'll", "you'll", "not",  "never", "did",  "didn't", "don't"};
  std::size_t b = folded.rfind(' ', at > 0 ? at - 1 : 0);
  b = b == std::string_view::npos ? 0 : b + 1;
  if (InWordList(folded.substr(b, at - b), kBefore)) return true;
  const std::string_view after = folded.substr(at + 12, 3);
  return after == "to " || after == "to";
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// A word a page's time stamp is made of: a weekday, a month, a clock
// word or a time zone.
bool IsTimestampWord(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
  return w.empty() || w == "on" || w == "at" || w == "," || w == "|" || w == "-" || w == "am" ||
         w == "pm" || w == "a.m" || w == "p.m" || CalendarValue(kMonthNames, w) >= 0 ||
         CalendarValue(kWeekdayNames, w) >= 0 || CalendarValue(kTimeZones, w) >= 0;
}

// A number in a time stamp: "2014,", "11:", "45", "10th", "22/6/2015", "25pm".
bool IsTimestampNumber(std::string_view w) {
  if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
  std::size_t k = 0;
  while (k < w.size() && (std::isdigit(static_cast<unsigned char>(w[k])) || w[k] == '/')) ++k;
  std::string_view rest = w.substr(k);
  return rest.empty() || rest == "," || rest == ":" || rest == "." || rest == "st" ||
         rest == "nd" || rest == "rd" || rest == "th" || rest == "am" || rest == "pm" ||
         rest == "am:" || rest == "pm:";
}

// Words that are a date and nothing else, a number among them ("sept. 18,
// 1993", "wednesday, april 23, 2014", "jan. 28, 2014, file"). `folded` is
// ASCII lower case.
bool IsDate(std::string_view folded) {
  bool number = false;
  for (std::size_t w = 0; w < folded.size();) {
    std::size_t we = folded.find(' ', w);
    if (we == std::string_view::npos) we = folded.size();
    const std::string_view word = folded.substr(w, we - w);
    number |= IsTimestampNumber(word);
    if (!word.empty() && word != "file" && !IsTimestampNumber(word) && !IsTimestampWord(word))
      return false;
    w = we + 1;
  }
  return number;
}

// What a photo's caption says that a story's sentence seldom does: what
// HoldsCaptionPhrase finds, that something is shown, someone poses, or the
// day in the wire's caption style ("monday, march 30, 2015"). `folded` is
// ASCII lower case. (Looser than HoldsCaptionPhrase: for a sentence that a
// photo's credit follows.)
bool ReadsAsCaption(std::string_view folded) {
  if (HoldsCaptionPhrase(folded)) return true;
  for (std::string_view cue : {" is shown", " are shown", " pictured", " poses "})
    if (FindBytes(folded, cue, 0) != std::string_view::npos) return true;
  for (std::string_view day :
       {"monday, ", "tuesday, ", "wednesday, ", "thursday, ", "friday, ", "saturday, ", "sunday, "})
    for (std::size_t at = FindBytes(folded, day, 0); at != std::string_view::npos;
         at = FindBytes(folded, day, at + 1)) {
      std::size_t m = at + day.size();
      const std::size_t space = folded.find(' ', m);
      if (space == std::string_view::npos) break;
      std::string_view month = folded.substr(m, space - m);
      while (!month.empty() && month.back() == '.') month.remove_suffix(1);
      if (IsTimestampWord(month) && month.size() >= 3 && month != "on" && month != "at")
        return true;
    }
  return false;
}

// A clip's length, as its minutes and seconds: "2" and "23", "0" and "49".
bool IsClipTime(std::string_view minutes, std::string_view seconds) {
  auto digits = [](std::string_view d) { return std::all_of(d.begin(), d.end(), IsAsciiDigit); };
  return !minutes.empty() && minutes.size() <= 2 && seconds.size() == 2 && digits(minutes) &&
         digits(seconds);
}

class Scanner {
 public:
  explicit Scanner(const std::string& folded) : s_(folded) {}

  std::size_t SkipSpaces(std::size_t i) const {
    while (i < s_.size() && s_[i] == ' ') ++i;
    return i;
  }

  // End of `phrase` when it occurs at `i` as whole words, else npos.
  std::size_t Phrase(std::size_t i, std::string_view phrase) const {
    // (The first two bytes first: most calls fail there, without a memcmp.)
    if (i >= s_.size() || phrase.empty() || s_[i] != phrase[0] ||
        (phrase.size() > 1 && (i + 1 >= s_.size() || s_[i + 1] != phrase[1])) ||
        s_.compare(i, phrase.size(), phrase) != 0)
      return std::string::npos;
    std::size_t e = i + phrase.size();
    if (IsWordChar(phrase.back()) && e < s_.size() && IsWordChar(s_[e])) return std::string::npos;
    return e;
  }

  // End of one credit ("getty images", "afp/getty images", "pool via
  // reuters", "filmmagic / getty images") at `i`, else npos.
  std::size_t Credit(std::size_t i) const {
    std::size_t best = std::string::npos;
    for (std::string_view c : CreditNames()) {
      std::size_t e = Phrase(i, c);
      if (e != std::string::npos && (best == std::string::npos || e > best)) best = e;
    }
    if (best == std::string::npos) return best;
    // Another agency after a slash or "via" belongs to the same credit.
    std::size_t next = SkipSpaces(best);
    if (next < s_.size() && s_[next] == '/') {
      next = SkipSpaces(next + 1);
    } else if (std::size_t via = Phrase(next, "via"); via != std::string::npos) {
      next = SkipSpaces(via);
    } else {
      return best;
    }
    std::size_t more = Credit(next);
    return more != std::string::npos ? more : best;
  }

  // End of a clip's length ("2: 23", "0:48") found within the next `words`
  // words from `i`, else npos.
  std::size_t ClipLength(std::size_t i, int words) const {
    for (int n = 0; n < words && i < s_.size(); ++n) {
      std::size_t we = Word(i);
      std::string_view w = std::string_view(s_).substr(i, we - i);
      // "2:" then "23", or "2:23"
      const std::size_t colon = w.find(':');
      if (colon != std::string_view::npos) {
        if (colon + 1 < w.size()) {
          if (IsClipTime(w.substr(0, colon), w.substr(colon + 1))) return we;
        } else {
          const std::size_t nb = SkipSpaces(we), ne = Word(nb);
          if (IsClipTime(w.substr(0, colon), std::string_view(s_).substr(nb, ne - nb))) return ne;
        }
      }
      i = SkipSpaces(we);
    }
    return std::string::npos;
  }

  // Number of words from `i`, counting at most `most`.
  std::size_t WordsFrom(std::size_t i, std::size_t most) const {
    std::size_t n = 0;
    for (i = SkipSpaces(i); i < s_.size() && n < most; i = SkipSpaces(Word(i))) ++n;
    return n;
  }

  // End of a photographer's or agency's name alone at `i`, which nothing
  // marks the end of in a lower-cased crawl: one or two words of letters,
  // then a word of kStoryOpenersAfterName and a sentence's worth of words
  // ("picture: neil hanna he was regarded as ...", "photo: tt it might
  // sound ..."); else npos. (A label before prose opens on such a word at
  // once: "photo: the hosts during ...".)
  std::size_t NameBeforeSentence(std::size_t i) const {
    constexpr std::size_t npos = std::string::npos;
    constexpr int kMostNameWords = 2;
    constexpr std::size_t kSentenceWords = 8;
    static const text::Stopwords& english = text::Stopwords::For("english");
    for (int names = 0; names < kMostNameWords && i < s_.size(); ++names) {
      const std::size_t end = Word(i);
      const std::string_view word = std::string_view(s_).substr(i, end - i);
      if (!std::all_of(word.begin(), word.end(),
                       [](char c) { return IsAsciiLower(c) || c == '-'; }) ||
          text::IsSentenceOpener(word) || english.Contains(word) ||
          IsCalendarName(kWeekdayNames, word) || IsCalendarName(kRelativeDays, word))
        return npos;
      const std::size_t next = SkipSpaces(end);
      // (Or a quotation opening the story: 'picture credit: darren gerrish
      // " i think right now ...'.)
      const bool quotation = next < s_.size() && s_[next] == '"';
      if ((quotation || InLexicon(std::string_view(s_).substr(next, Word(next) - next),
                                  StoryOpenersAfterName())) &&
          WordsFrom(quotation ? SkipSpaces(next + 1) : next, kSentenceWords) >= kSentenceWords)
        return end;
      i = next;
    }
    return npos;
  }

  // A copyright line's rest after "copyright" at `i`: a mark ("©"), the
  // year, the owner ("by" and up to 6 words), through "all rights reserved"
  // or to where the story starts (a function word, or one that opens a
  // story after a name: "... albuquerque journal a construction crew ...");
  // npos without the year or the story after it.
  std::size_t CopyrightNotice(std::size_t i) const {
    const std::size_t e = CopyrightNoticeEnd(i);
    return e < s_.size() ? e : std::string::npos;
  }
  // The same, the notice allowed to run to the end of the text (a unit that
  // is nothing but the notice: "Copyright 2014 the associated press.").
  std::size_t CopyrightNoticeEnd(std::size_t i) const {
    constexpr std::size_t npos = std::string::npos;
    constexpr int kOwnerWords = 6;
    static const text::Stopwords& english = text::Stopwords::For("english");
    std::size_t w = SkipSpaces(i);
    for (std::string_view mark : {"\xC2\xA9", "(c)", "@"})
      if (const std::size_t m = Phrase(w, mark); m != npos) w = SkipSpaces(m);
    std::string_view year = std::string_view(s_).substr(w, Word(w) - w);
    if (year.ends_with(',')) year.remove_suffix(1);
    if (year.size() != 4 || !(year.starts_with("19") || year.starts_with("20")) ||
        !std::all_of(year.begin(), year.end(), IsAsciiDigit))
      return npos;
    w = SkipSpaces(Word(w));
    if (const std::size_t by = Phrase(w, "by"); by != npos) w = SkipSpaces(by);
    for (int words = 0; words <= kOwnerWords && w < s_.size(); ++words) {
      if (std::size_t r = Phrase(w, "all rights reserved"); r != npos) {
        if (r < s_.size() && s_[r] == '.') ++r;
        return SkipSpaces(r);
      }
      std::string_view word = std::string_view(s_).substr(w, Word(w) - w);
      while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
      // (The owner's name may open with "the": "the associated press".)
      if (words > 0 && (InLexicon(word, StoryOpenersAfterName()) || english.Contains(word)))
        return w;
      w = SkipSpaces(Word(w));
    }
    return w >= s_.size() ? s_.size() : npos;
  }

  // End of the word starting at `i`.
  std::size_t Word(std::size_t i) const {
    while (i < s_.size() && s_[i] != ' ') ++i;
    return i;
  }

  // End of a web address at `i` ("http://bit.ly/2rc5rve", "www.cnn.com"),
  // else npos.
  std::size_t Url(std::size_t i) const {
    for (std::string_view scheme :
         std::initializer_list<std::string_view>{"http://", "https://", "www."})
      if (s_.compare(i, scheme.size(), scheme) == 0 && i + scheme.size() < s_.size() &&
          s_[i + scheme.size()] != ' ')
        return Word(i);
    return std::string::npos;
  }

  // A photographer and an agency at `i`, joined by a slash: "jeffrey
  // mayer/getty images", "lisa lake / getty images", "education images/uig
  // via getty images". End of the credit, else npos.
  // Whether the word after `i` names a poll ("... news/ap poll found").
  bool BeforePoll(std::size_t i) const {
    const std::size_t next = SkipSpaces(i);
    return InLexicon(std::string_view(s_).substr(next, Word(next) - next), PollNouns());
  }

  std::size_t LastVia() const {
    std::size_t last = std::string::npos;
    for (std::size_t k = FindBytes(s_, "via"); k != std::string::npos;
         k = FindBytes(s_, "via", k + 1))
      last = k;
    return last;
  }

  std::size_t SlashCredit(std::size_t i) const {
    // (A slash or "via" must follow: most sentences have neither.)
    constexpr std::size_t npos = std::string::npos;
    if (last_slash_ == kUnknown) last_slash_ = s_.rfind('/');
    if (last_slash_ == npos || last_slash_ < i) {
      if (last_via_ == kUnknown) last_via_ = LastVia();
      if (last_via_ == npos || last_via_ < i) return npos;
    }
    std::size_t w = i;
    for (int words = 0; words < 6 && w < s_.size(); ++words) {
      std::size_t we = Word(w);
      std::string_view word = std::string_view(s_).substr(w, we - w);
      // (A middle initial is part of the name: "john j. young via flickr".)
      const bool initial = words > 0 && word.size() == 2 && word[1] == '.' && IsAsciiAlpha(word[0]);
      if (!initial && word.find_first_of(".,:;!?\"()") != std::string_view::npos)
        return std::string::npos;
      for (std::size_t slash = word.find('/'); slash != std::string_view::npos;
           slash = word.find('/', slash + 1)) {
        std::size_t c = Credit(SkipSpaces(w + slash + 1));
        if (c != std::string::npos && (slash > 0 || words > 0)) {
          // "john moore / getty images, file"
          if (std::size_t f = Phrase(c, ", file"); f != std::string::npos) c = f;
          // A poll the agency ran with another ("an abc news/ap poll found").
          if (BeforePoll(c)) return std::string::npos;
          if (c == s_.size() || s_[c] == ' ' || s_[c] == ';') return c;
        }
      }
      if (word == "via" && words > 0) {
        std::size_t c = Credit(SkipSpaces(we));
        if (c != std::string::npos && (c == s_.size() || s_[c] == ' ')) return c;
      }
      w = SkipSpaces(we);
    }
    return std::string::npos;
  }

  // Where a caption starting at `i` ends and the story resumes, when
  // something marks it: a quotation given to a speaker ("the bbc's andrew
  // north: \" this is a race against time \" two owners of ..."), or a
  // reporter's credit ("... as jonah fisher reports ousted thai leader ...").
  // Unmarked (a caption is a clause without a full stop), npos.
  std::size_t CaptionEnd(std::size_t i) const {
    constexpr std::size_t npos = std::string::npos;
    const std::size_t limit = std::min(s_.size(), i + 240);
    std::size_t best = npos;
    // The speaker is named first: the caption's first colon, a few words in.
    const std::size_t colon = s_.find(':', i);
    if (colon != npos && colon < limit && s_.compare(colon, 3, ": \"") == 0 &&
        std::count(s_.begin() + static_cast<std::ptrdiff_t>(i),
                   s_.begin() + static_cast<std::ptrdiff_t>(colon),
                   ' ') < static_cast<std::ptrdiff_t>(kSpeakerWords)) {
      const std::size_t close = s_.find('"', colon + 3);
      if (close != npos && close < limit) best = SkipSpaces(close + 1);
    }
    for (std::size_t as = FindBytes(s_, " as ", i); as != npos && as < limit && as < best;
         as = FindBytes(s_, " as ", as + 1)) {
      // " as <first> <last> reports "
      const std::size_t first = SkipSpaces(as + 4), last = SkipSpaces(Word(first));
      const std::size_t reports = Phrase(SkipSpaces(Word(last)), "reports");
      if (reports != npos && Word(first) > first && Word(last) > last) {
        best = std::min(best, SkipSpaces(reports));
        break;
      }
    }
    // The story must go on after it.
    return best != npos && WordsFrom(best, kStoryAfterCaption) >= kStoryAfterCaption ? best : npos;
  }
  static constexpr std::size_t kStoryAfterCaption = 8;

  // Where the story resumes after a link's label (ending at `e`) and its
  // headline, when
  // a quotation given to its speaker marks it ("related: sanders: trump
  // enticing his supporters to be violent \"when you are inciting mob
  // violence, \" clinton said, ..."): the opening quotation mark. The
  // headline is a few words with no sentence end; a speech verb comes within
  // a few words of the closing mark; the quotation is a sentence, not a few
  // words of one ("he took a \" turn for the worse, \" the family
  // explained"). Else npos.
  std::size_t LinkHeadlineEnd(std::size_t e) const {
    constexpr std::size_t npos = std::string::npos;
    const std::size_t open = s_.find('"', e);
    if (open == npos || open - e > 200 || WordsBetween(e, open) < kHeadlineWords) return npos;
    if (FindBytes(std::string_view(s_).substr(0, open), ". ", e) != npos) return npos;
    // "... he tweeted his followers: \"": the sentence began before it.
    std::size_t before = open;
    while (before > e && s_[before - 1] == ' ') --before;
    if (s_[before - 1] == ':') return npos;
    const std::size_t close = s_.find('"', open + 1);
    if (close == npos || close - open > 400 || WordsBetween(open + 1, close) < kQuoteWords)
      return npos;
    // A quotation given to a speaker ends with its sentence's mark inside:
    // "... to separate, \" stiller said", not a title ("\"gatsby era\" and asked").
    std::size_t last = close;
    while (last > open + 1 && s_[last - 1] == ' ') --last;
    if (last == open + 1 || std::string_view(",.?!").find(s_[last - 1]) == std::string_view::npos)
      return npos;
    std::size_t w = SkipSpaces(close + 1);
    for (int n = 0; n < kSpeakerTagWords && w < s_.size(); ++n, w = SkipSpaces(Word(w))) {
      std::string_view word = std::string_view(s_).substr(w, Word(w) - w);
      while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
      if (text::IsVerbOfSaying(word))
        return WordsFrom(open, kStoryAfterCaption) >= kStoryAfterCaption ? open : npos;
    }
    return npos;
  }
  static constexpr std::size_t kHeadlineWords = 3;
  static constexpr int kAboutThePageWords = 6;

  // End of a link's label at `i` ("related:", "see also:"), else npos.
  std::size_t LinkLabel(std::size_t i) const {
    for (const FurnitureRule* rule : RulesStanding(kLinkLabel))
      if (const std::size_t e = Phrase(i, rule->phrase); e != std::string::npos) return e;
    return std::string::npos;
  }

  static constexpr std::size_t kPlayerTitleWords = 16;
  static constexpr std::size_t kQuoteWords = 6;
  static constexpr int kSpeakerTagWords = 4;

  // True when the player's label at `i` opens a sentence and its title,
  // from `e`, runs to the end of the text: a few words, no sentence end but
  // a title's question mark.
  bool PlayerTitleToTheEnd(std::size_t i, std::size_t e) const {
    std::size_t before = i;
    while (before > 0 && s_[before - 1] == ' ') --before;
    const bool opens_sentence =
        before == 0 ||
        std::string_view(".?!\"0123456789").find(s_[before - 1]) != std::string::npos;
    if (!opens_sentence || WordsFrom(e, kPlayerTitleWords) >= kPlayerTitleWords) return false;
    std::size_t end = s_.size();
    while (end > e && (s_[end - 1] == ' ' || s_[end - 1] == '?')) --end;
    return s_.find_first_of(".?!\"", e) >= end;
  }

  // Words in [b, e).
  std::size_t WordsBetween(std::size_t b, std::size_t e) const {
    std::size_t n = 0;
    for (b = SkipSpaces(b); b < e; b = SkipSpaces(Word(b))) ++n;
    return n;
  }
  static constexpr std::size_t kSpeakerWords = 12;

  // End of a byline's names at `i`: "sarah fitzpatrick and tracy connor",
  // "ken dilanian, courtney kube and mac bishop". Each name is taken to be
  // two words (a crawl lower-cases them, so nothing marks where they end).
  std::size_t Names(std::size_t i) const {
    std::size_t e = i;
    for (;;) {
      const std::size_t b = SkipSpaces(e);
      const std::size_t first = Word(b);
      const std::size_t second = SkipSpaces(first);
      std::size_t last = Word(second);
      if (first == b || last == second) break;
      const bool comma = s_[last - 1] == ',';
      std::string_view name = std::string_view(s_).substr(b, last - comma - b);
      if (name.find_first_of(".,:;!?\"()/") != std::string_view::npos) break;
      std::size_t next = std::string::npos;
      if (comma) {
        next = last;
      } else if (std::size_t a = Phrase(SkipSpaces(last), "and"); a != std::string::npos) {
        next = a;
      }
      e = last - comma;
      if (next == std::string::npos) break;
      // Another name must follow the comma or "and".
      const std::size_t nb = SkipSpaces(next);
      const std::size_t nf = Word(nb);
      if (nf == nb || Word(SkipSpaces(nf)) == SkipSpaces(nf)) break;
      // "by maggie fox and you thought the 70s were wild": the story, not
      // a second name, follows "and".
      if (!IsPhotographerNameWord(s_.substr(nb, nf - nb))) break;
      e = next;
    }
    return e == i ? std::string::npos : e;
  }

  // A parenthesised credit at `i`: "( photo: tbi )", "(AP)", "( the
  // washington post )". End after ')', else npos.
  std::size_t ParenthesisedCredit(std::size_t i) const {
    if (i >= s_.size() || s_[i] != '(') return std::string::npos;
    std::size_t close = s_.find(')', i);
    if (close == std::string::npos || close - i > 80) return std::string::npos;
    std::size_t in = SkipSpaces(i + 1);
    std::size_t in_end = close;
    while (in_end > in && s_[in_end - 1] == ' ') --in_end;
    if (in_end <= in) return std::string::npos;
    // "( http://bit.ly/2rc5rve )": a newspaper's link to its source.
    if (std::size_t u = Url(in); u != std::string::npos && u == in_end) return close + 1;
    for (std::string_view cue :
         {"photo", "photos", "image", "picture", "video", "credit", "courtesy of"}) {
      std::size_t e = Phrase(in, cue);
      if (e != std::string::npos && e < in_end && (s_[e] == ':' || s_[e] == ' ')) return close + 1;
    }
    // A wire dateline's credit ("BEIJING, Jan. 5 (Xinhua) -- ") belongs
    // to the dateline, which is cut whole or not at all.
    std::size_t next = SkipSpaces(close + 1);
    if (next < s_.size() && (s_[next] == '-' || s_[next] == '_' || s_[next] == '\xE2'))
      return std::string::npos;
    // "(AP Photo/Manuel Balce Ceneta)": a credit and the photographer.
    std::size_t credit = Credit(in);
    if (credit == in_end || (credit != std::string::npos && s_[credit] == '/')) return close + 1;
    // "( kevin winter/getty images )": the photographer and the agency.
    // (SlashCredit needs a slash or "via": most parentheses have neither.)
    const std::string_view inside = std::string_view(s_).substr(in, in_end - in);
    if (inside.find('/') != std::string_view::npos ||
        FindBytes(inside, " via ", 0) != std::string_view::npos)
      if (std::size_t c = SlashCredit(in); c != std::string::npos && c == in_end) return close + 1;
    return std::string::npos;
  }

  // A parenthesis at `i` that stands after a sentence's end and holds only
  // a photo's credit without a credit's word: a name, with the
  // photographer's paper or service after a comma or slash ("( rj
  // sangosti, the denver post )", "( brian bowman/twitter )", "( sara
  // holbrook )"), a source ending in "photo" ("( u.s. department of state
  // photo )") or a clip's length ("( 0: 49 )"). End after ')', else npos.
  // (Mid-sentence, "the senator ( john smith )" names someone.)
  std::size_t CreditAfterASentence(std::size_t i) const {
    constexpr std::size_t kReach = 60;
    constexpr int kMostWords = 8;
    if (i >= s_.size() || s_[i] != '(') return std::string::npos;
    const std::size_t close = s_.find(')', i);
    if (close == std::string::npos || close - i > kReach) return std::string::npos;
    std::vector<std::string_view> words;
    for (std::size_t w = SkipSpaces(i + 1); w < close; w = SkipSpaces(Word(w)))
      words.push_back(std::string_view(s_).substr(w, std::min(Word(w), close) - w));
    if (words.empty() || words.size() > kMostWords) return std::string::npos;
    // An aside ("( love ya, rexy. )", "( anybody? )") is a sentence.
    const std::string_view inside = std::string_view(s_).substr(i + 1, close - i - 1);
    if (inside.find_first_of("?!") != std::string_view::npos ||
        (words.back().ends_with('.') && inside.find('/') == std::string_view::npos))
      return std::string::npos;
    // A clip's length: "( 0: 49 )", "(0:49)".
    if (words.size() <= 2) {
      std::string clip;
      for (std::string_view w : words) clip += w;
      const std::size_t colon = clip.find(':');
      if (colon != std::string::npos && IsClipTime(std::string_view(clip).substr(0, colon),
                                                   std::string_view(clip).substr(colon + 1)))
        return close + 1;
    }
    static constexpr std::string_view kSourceEnds[] = {"photo", "photos", "image", "images"};
    if (words.size() >= 2 && InWordList(words.back(), kSourceEnds)) return close + 1;
    // Two or three words of a name, then the end, or a comma or a slash
    // and the photographer's paper or service.
    std::size_t names = 0;
    for (std::string_view w : words) {
      const std::size_t slash = w.find('/');
      std::string_view name = w.substr(0, slash);
      const bool comma = name.ends_with(',');
      if (comma) name.remove_suffix(1);
      if (!IsPhotographerNameWord(name) || IsTimestampWord(name)) return std::string::npos;
      ++names;
      if (comma || slash != std::string_view::npos) break;
    }
    return names >= 2 && names <= 3 ? close + 1 : std::string::npos;
  }

  // A place's name of one to three words at `i` (", state" after it may
  // be), then a dash set off by spaces ("centennial — ", "minneapolis --
  // ", "leavenworth, ks – – "): a dateline, where a caption's credit came
  // before it. End after the dash and its spaces, else npos.
  std::size_t PlaceBeforeDash(std::size_t i) const {
    constexpr int kPlaceWords = 3;
    for (int n = 0; n < kPlaceWords && i < s_.size(); ++n) {
      const std::size_t we = Word(i);
      std::string_view w = std::string_view(s_).substr(i, we - i);
      const bool comma = w.ends_with(',');
      if (comma) w.remove_suffix(1);
      if (!IsPhotographerNameWord(w)) return std::string::npos;
      i = SkipSpaces(we);
      if (comma) {  // the state: one word, then the dash
        const std::size_t se = Word(i);
        if (se - i > 6) return std::string::npos;
        i = SkipSpaces(se);
      }
      std::size_t d = i;
      for (int dashes = 0; dashes < 2; ++dashes) {
        std::size_t e = d;
        while (e < s_.size() && s_[e] == '-') ++e;
        if (e == d &&
            (s_.compare(d, 3, "\xE2\x80\x94") == 0 || s_.compare(d, 3, "\xE2\x80\x93") == 0))
          e = d + 3;
        if (e == d || e - d > 3 || (e < s_.size() && s_[e] != ' ')) break;
        d = SkipSpaces(e);
      }
      if (d != i) return d < s_.size() && IsWordChar(s_[d]) ? d : std::string::npos;
      if (comma) return std::string::npos;
    }
    return std::string::npos;
  }

  // End of a furniture prefix at `i` (one piece of it), else npos; the
  // rule that took it in `matched`. The first rule standing at a sentence's
  // opening that takes something there wins.
  std::size_t Prefix(std::size_t i, const FurnitureRule** matched = nullptr) const {
    if (i >= s_.size()) return std::string::npos;
    for (const FurnitureRule* rule : OpeningRules(static_cast<unsigned char>(s_[i]))) {
      const std::size_t e = rule->phrase.empty() ? i : Phrase(i, rule->phrase);
      if (e == std::string::npos) continue;
      if (const std::size_t end = Take(*rule, i, e); end != std::string::npos) {
        if (matched != nullptr) *matched = rule;
        return end;
      }
    }
    return std::string::npos;
  }

  // What `rule` takes at `i`, its phrase ending at `e`; npos when nothing.
  std::size_t Take(const FurnitureRule& rule, std::size_t i, std::size_t e) const {
    constexpr std::size_t npos = std::string::npos;
    switch (rule.takes) {
      case Takes::kPhrase:
        return e;
      case Takes::kPhraseBeforeWord:
        return e < s_.size() && s_[e] == ' ' ? e : npos;
      case Takes::kThroughClose: {
        const std::size_t at = s_.find(rule.close, e);
        return at != npos && at - e <= rule.reach ? at + rule.close.size() : npos;
      }
      case Takes::kThroughLastClose: {
        const std::size_t window = std::min(s_.size(), e + rule.reach);
        std::size_t last = npos;
        for (std::size_t k = s_.find(rule.close, e); k != npos && k + rule.close.size() <= window;
             k = s_.find(rule.close, k + 1))
          last = k + rule.close.size();
        return last != npos ? last : e;
      }
      case Takes::kClipLength: {
        const std::size_t length = ClipLength(SkipSpaces(e), 24);
        return length != npos ? length : e;
      }
      case Takes::kClipDigits: {
        // "listen to article 4: 26"
        std::size_t k = SkipSpaces(e);
        while (k < s_.size() &&
               (std::isdigit(static_cast<unsigned char>(s_[k])) || s_[k] == ':' || s_[k] == ' '))
          ++k;
        while (k > e && s_[k - 1] == ' ') --k;
        return k;
      }
      case Takes::kClipLengthLabel: {
        // "( 02: 54 ):" (the phrase ends with the parenthesis)
        std::size_t k = SkipSpaces(e);
        const std::size_t digits = k;
        while (k < s_.size() &&
               (std::isdigit(static_cast<unsigned char>(s_[k])) || s_[k] == ':' || s_[k] == ' '))
          ++k;
        if (k == digits || k >= s_.size() || s_[k] != ')') return npos;
        if (k + 1 >= s_.size() || s_[k + 1] != ':') return npos;
        return k + 2;
      }
      case Takes::kCaptionWhereItEnds: {
        const std::size_t caption_end = CaptionEnd(SkipSpaces(e));
        return caption_end != npos ? caption_end : e;
      }
      case Takes::kMediaCaption: {
        const std::size_t cap = Phrase(SkipSpaces(e), "media caption");
        if (cap == npos) return e;
        const std::size_t caption_end = CaptionEnd(SkipSpaces(cap));
        return caption_end != npos ? caption_end : cap;
      }
      case Takes::kImageCopyright: {
        const std::size_t cap = s_.find("image caption", e);
        if (cap != npos && cap - e <= 50) return cap + 13;
        const std::size_t c = Credit(SkipSpaces(e));
        return c != npos ? c : e;
      }
      case Takes::kCreditAfterLabel:
      case Takes::kCreditOrNameAfterLabel: {
        // A credit, or a name and an agency joined by '/'.
        std::size_t w = SkipSpaces(e);
        if (std::size_t c = Credit(w); c != npos) return c;
        if (std::size_t c = SlashCredit(w); c != npos) return c;
        for (int words = 0; words < 6 && w < s_.size(); ++words) {
          std::size_t we = Word(w);
          if (s_.find('/', w) < we) return we;
          w = SkipSpaces(we);
        }
        // (Not after "Photos:": a gallery's link, "Photos: celebrity
        // cheaters the list ...".)
        return rule.takes == Takes::kCreditOrNameAfterLabel ? NameBeforeSentence(SkipSpaces(e))
                                                            : npos;
      }
      case Takes::kCopyrightNotice:
        return CopyrightNotice(e);
      case Takes::kThroughColon: {
        const std::size_t colon = s_.find(':', e);
        return colon != npos && colon - e <= 60 && s_.find_first_of(".\"", e) > colon ? colon + 1
                                                                                      : npos;
      }
      case Takes::kShareSites: {
        if (e < s_.size() && s_[e] == ':') ++e;
        for (;;) {
          std::size_t w = SkipSpaces(e);
          std::size_t we = npos;
          for (std::string_view site : std::initializer_list<std::string_view>{
                   "facebook", "twitter", "linkedin", "email", "pinterest", "whatsapp", "reddit",
                   "print", "share"})
            if ((we = Phrase(w, site)) != npos) break;
          if (we == npos) return e;
          e = we;
        }
      }
      case Takes::kFollowNetworks:
        return FollowNetworks(e);
      case Takes::kBylineNames:
        return BylineNames(e);
      case Takes::kSourceByline:
        return BylineNames(i);
      case Takes::kInboxBox: {
        const std::size_t inbox = FindBytes(s_, " directly to your inbox ", i);
        const std::size_t invalid = FindBytes(s_, " invalid email", i);
        return inbox != npos && inbox - i <= 40 && invalid != npos && invalid - inbox <= 240
                   ? invalid + 14
                   : npos;
      }
      case Takes::kPlayerBox: {
        const std::size_t replay = FindBytes(s_, " replay more videos", e);
        if (replay != npos && replay - e <= 200) {
          std::size_t end = replay + 19;
          while (end < s_.size() && s_[end] == '.') ++end;
          if (std::size_t must = Phrase(SkipSpaces(end), "must watch"); must != npos) {
            const std::size_t clip = ClipLength(SkipSpaces(must), 24);
            end = clip != npos ? clip : must;
          }
          return end;
        }
        return PlayerTitleToTheEnd(i, e) ? s_.size() : npos;
      }
      case Takes::kPlayerBoxEnd:
        // The box's second half on its own: "must watch <title> 02: 13".
        if (std::size_t clip = ClipLength(SkipSpaces(e), 24); clip != npos) return clip;
        return PlayerTitleToTheEnd(i, e) ? s_.size() : npos;
      case Takes::kTitleThenShare: {
        const std::size_t button = s_.find(" share this ", e);
        return button != npos && button - e <= 160 && s_.find_first_of(".?!", e) > button
                   ? button + 11
                   : npos;
      }
      case Takes::kAboutThePage: {
        // Within the note's first words ("Editor's note: the newest version
        // of this story can be found here"); a note may also carry the news
        // ("Editor's note: koko the gorilla ... has died").
        std::size_t w = SkipSpaces(e);
        for (int words = 0; words < kAboutThePageWords && w < s_.size(); ++words) {
          for (std::string_view about : std::initializer_list<std::string_view>{
                   "this story", "this article", "this video", "this post", "this report",
                   "an earlier version", "a previous version"})
            if (Phrase(w, about) != npos) return e;
          w = SkipSpaces(Word(w));
        }
        return npos;
      }
      case Takes::kSlashCredit:
        return SlashCredit(i);
      case Takes::kSlashCreditAfter:
        return SlashCredit(SkipSpaces(e));
      case Takes::kWebAddress: {
        // Unless the sentence is about it ("www.example.org is where ...").
        const std::size_t u = Url(i);
        if (u == npos) return npos;
        const std::size_t w = SkipSpaces(u);
        const std::string_view next = std::string_view(s_).substr(w, Word(w) - w);
        static constexpr std::string_view kVerbs[] = {"is",   "was",   "are",   "were",  "has",
                                                      "had",  "will",  "would", "can",   "says",
                                                      "said", "shows", "lists", "offers"};
        return InWordList(next, kVerbs) ? npos : u;
      }
      case Takes::kParenthesisedCredit:
        return ParenthesisedCredit(i);
    }
    return npos;
  }

  // NBC's byline after a stamp's label ending at `e`: "by" and the names
  // ("/ updated by dennis romero"), after the outlet when a source is named
  // ("/ updated / source: nbc news by alex johnson"); `e` when none follow.
  std::size_t BylineNames(std::size_t e) const {
    constexpr std::size_t npos = std::string::npos;
    std::size_t by = Phrase(SkipSpaces(e), "by");
    if (std::size_t source = Phrase(SkipSpaces(e), "/ source:"); source != npos) {
      // the outlet: a few words before "by"
      std::size_t w = SkipSpaces(source);
      for (int words = 0; words < 4 && by == npos && w < s_.size(); ++words) {
        w = SkipSpaces(Word(w));
        by = Phrase(w, "by");
      }
    }
    if (by == npos) return e;
    std::size_t names = Names(by);
    return names != npos ? names : by;
  }

 private:
  // The rules that may open a sentence, in order, that may match at a
  // position whose byte is `first`: those whose phrase starts with it, and
  // the shapes.
  static std::span<const FurnitureRule* const> OpeningRules(unsigned char first) {
    static const auto* index = [] {
      auto* by_byte = new std::array<std::vector<const FurnitureRule*>, 256>();
      for (const FurnitureRule& rule : FurnitureRules()) {
        if ((rule.stands & kOpensSentence) == 0) continue;
        for (unsigned b = 0; b < 256; ++b)
          if (rule.phrase.empty() || static_cast<unsigned char>(rule.phrase[0]) == b)
            (*by_byte)[b].push_back(&rule);
      }
      return by_byte;
    }();
    return (*index)[first];
  }

  // "follow cbsdfw.com: facebook &#124; twitter": the site's name, then its
  // networks joined by bars; "follow ynetnews on facebook and twitter".
  std::size_t FollowNetworks(std::size_t e) const {
    constexpr std::size_t npos = std::string::npos;
    const std::size_t name = Word(SkipSpaces(e));
    if (name > 0 && s_[name - 1] == ':') {
      std::size_t end = npos;
      for (std::size_t w = SkipSpaces(name); w < s_.size();) {
        std::size_t we = Phrase(w, "facebook");
        if (we == npos) we = Phrase(w, "twitter");
        if (we == npos) we = Phrase(w, "instagram");
        if (we == npos) break;
        end = we;
        w = SkipSpaces(we);
        for (std::string_view bar : {"&#124;", "|", "and"})
          if (std::size_t b = Phrase(w, bar); b != npos) w = SkipSpaces(b);
      }
      if (end != npos) return end;
    }
    std::size_t on = s_.find(" on ", e);
    if (on != npos && on - e <= 30) {
      std::size_t site = SkipSpaces(on + 4);
      std::size_t se = Phrase(site, "facebook");
      if (se == npos) se = Phrase(site, "twitter");
      if (se != npos) {
        std::size_t more = Phrase(SkipSpaces(se), "and twitter");
        if (more == npos) more = Phrase(SkipSpaces(se), "and facebook");
        return more != npos ? more : se;
      }
    }
    return npos;
  }

  const std::string& s_;
  // Where the last '/' and the last "via" are (npos: none), once asked
  // (kUnknown: not yet; most scanners never ask).
  static constexpr std::size_t kUnknown = std::string::npos - 1;
  mutable std::size_t last_slash_ = kUnknown;
  mutable std::size_t last_via_ = kUnknown;
};

// True when `sentence` ends with a day written out in full straight after
// a place or "taken", as a wire photo's caption does ("... in boston,
// massachusetts february 26, 2015.", "... picture taken january 28,
// 2017."); prose puts a preposition before it ("... on may 2, 2015.").
bool EndsWithCaptionDate(std::string_view sentence) {
  while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '.'))
    sentence.remove_suffix(1);
  auto digits_before = [&](std::size_t end) {
    std::size_t b = end;
    while (b > 0 && std::isdigit(static_cast<unsigned char>(sentence[b - 1]))) --b;
    return b;
  };
  const std::size_t year = digits_before(sentence.size());
  if (sentence.size() - year != 4 || year < 2 || sentence.compare(year - 2, 2, ", ") != 0)
    return false;
  const std::size_t day = digits_before(year - 2);
  if (day == year - 2 || year - 2 - day > 2 || day < 2 || sentence[day - 1] != ' ') return false;
  std::size_t month_end = day - 1;
  if (month_end > 0 && sentence[month_end - 1] == '.') --month_end;
  std::size_t month = month_end;
  while (month > 0 && IsAsciiAlpha(sentence[month - 1])) --month;
  const std::string name = AsciiFold(sentence.substr(month, month_end - month));
  if (month < 2 || sentence[month - 1] != ' ' ||
      std::none_of(std::begin(kMonthNames), std::end(kMonthNames),
                   [&](const CalendarName& m) { return m.text == name; }))
    return false;
  std::size_t word = month - 1;
  while (word > 0 && sentence[word - 1] != ' ') --word;
  std::string before = AsciiFold(sentence.substr(word, month - 1 - word));
  // (The place may end in an abbreviation: "in washington, u.s., october 28, 2016".)
  while (!before.empty() && (before.back() == ',' || before.back() == '.')) before.pop_back();
  if (before.empty() || !IsAsciiAlpha(before.back()) || InLexicon(before, DatePrepositions()) ||
      IsCalendarName(kWeekdayNames, before))
    return false;
  // Where the picture was taken comes just before ("in tehran, iran,"), or
  // that it was taken ("picture taken january 28, 2017").
  if (before == "taken") return true;
  std::size_t from = word;
  for (int words = 0; words < 8 && from > 0; ++words) {
    --from;
    while (from > 0 && sentence[from - 1] != ' ') --from;
  }
  const std::string window = " " + AsciiFold(sentence.substr(from, word - from));
  return window.find(" in ") != std::string::npos;
}

}  // namespace

// A caption is at most this many words.
constexpr std::size_t kCaptionWords = 70;

// Words of story a credit glued before it must leave.
constexpr std::size_t kStoryWordsAfterCredit = 6;

// An embedded post's signature: its handle in parentheses is at most this
// long, the author's name before it at most this many words.
constexpr std::size_t kHandleBytes = 40;
constexpr int kSignatureNameWords = 6;

// Another story's headline before its link's arrow is at most this long.
constexpr std::size_t kLinkHeadlineBytes = 200;

// A press release's contact block: its last number or address within this
// many words of "contact:", and "for immediate release" (with its day) at
// most this far before it.
constexpr int kContactWords = 16;
constexpr std::size_t kReleaseLabelBytes = 40;

// A word of a photographer's name that a lower-cased crawl gives no end:
// letters (with a hyphen or apostrophe), no function word but a surname's
// particle, no word opening sentences, no poll or pollster.
bool IsPhotographerNameWord(std::string_view word) {
  static const text::Stopwords& english = text::Stopwords::For("english");
  return word.size() >= 2 &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return IsAsciiLower(c) || c == '-' || c == '\''; }) &&
         (!english.Contains(word) || InLexicon(word, SurnameParticles())) &&
         !text::IsSentenceOpener(word) && !InLexicon(word, PollNouns()) &&
         !InLexicon(word, Pollsters());
}

namespace {

// Words after a link's label that its headline alone never has.
constexpr std::size_t kHeadlineAndStoryWords = 25;

// One unit's furniture search: each pass adds the ranges it finds to `out`.
struct FurnitureSearch {
  explicit FurnitureSearch(std::string_view u) : unit(u), folded(AsciiFold(u)), scan(folded) {}
  FurnitureSearch(const FurnitureSearch&) = delete;
  FurnitureSearch& operator=(const FurnitureSearch&) = delete;

  std::string_view unit;
  std::string folded;   // ASCII lower case, byte for byte
  Scanner scan;         // over `folded`
  std::size_t cut = 0;  // where the furniture opening the unit ends
  std::vector<FurnitureRange> out;
  // Whether a word of a time stamp's label stands after the opening, and
  // the words there that a phrase of a rule standing anywhere may start
  // (most units have neither).
  bool any_stamp_label = false;
  std::vector<std::size_t> anywhere_at;
  // The glued boxes (RulesStanding(kGlued), by index) whose phrase's first
  // kGluedPrefix bytes open a word after the opening (a rule past the 64th,
  // or with a shorter phrase, is looked for anyway).
  static constexpr std::size_t kGluedPrefix = 4;
  std::uint64_t glued_at = 0;

  // Furniture opening a sentence at `at`, possibly several pieces in a
  // row: where the pieces end (`at` when there are none), the first one's
  // kind, and whether to cut them. Something must be left after them. A
  // lone label ("Advertisement", "Sponsored links", "Photo") may open a
  // sentence of prose ("Advertisement revenue fell"); as furniture it is
  // followed by a new sentence: a capital, a quotation, or (in lower-cased
  // crawls) a function word.
  struct Opening {
    std::size_t end;
    FurnitureKind kind;
    bool cut;
    bool caption_follows = false;  // the last piece's rule says a caption follows
  };
  Opening OpeningAt(std::size_t at) const {
    Opening opening = OpeningPieces(at);
    opening.cut = opening.cut && Cuts(at, opening.end);
    return opening;
  }
  // The pieces of furniture in a row from `at`; `cut` when there are some
  // and something is left after them.
  Opening OpeningPieces(std::size_t at) const {
    std::size_t end = at;
    FurnitureKind kind = FurnitureKind::kPageLabel;
    bool caption_follows = false;
    for (;;) {
      const FurnitureRule* rule = nullptr;
      std::size_t e = scan.Prefix(end, &rule);
      if (e == std::string::npos || e <= end) break;
      if (end == at) kind = rule->kind;
      caption_follows = rule->follows == Follows::kCaption;
      end = scan.SkipSpaces(e);
    }
    return Opening{end, kind, end != at && end < unit.size(), caption_follows};
  }
  // Whether to cut the furniture from `at` to `end`: a lone label may open
  // prose.
  bool Cuts(std::size_t at, std::size_t end) const {
    // A label standing alone before the rest, which may open prose.
    const FurnitureRule* lone = nullptr;
    for (const FurnitureRule& rule : FurnitureRules())
      if (IsLoneLabelRule(rule) && scan.Phrase(at, rule.phrase) != std::string::npos &&
          end == scan.SkipSpaces(at + rule.phrase.size())) {
        lone = &rule;
        break;
      }
    if (lone == nullptr) return true;
    const std::string_view next = std::string_view(folded).substr(end, scan.Word(end) - end);
    if (lone->follows == Follows::kLowerCaseSentenceNotProse)
      return IsAsciiLower(unit[end]) && !InLexicon(next, CloseProse()) &&
             scan.WordsFrom(end, 8) >= 8 &&
             (unit.back() == '.' || unit.back() == '"' || unit.back() == '?' || unit.back() == '!');
    if (lone->follows == Follows::kNewSentenceNotCompound) {
      // "Photo ID laws ...", "Photo op": prose whose noun phrase "photo" opens.
      if (InLexicon(next, PhotoCompounds()) || InLexicon(next, PhotoCredits())) return false;
      // A lower-cased crawl's label before the story's sentence ("Photo bob
      // bradley was fired thursday as coach ..."): a finished sentence follows.
      if (IsAsciiLower(unit[end]) && scan.WordsFrom(end, 8) >= 8 &&
          (unit.back() == '.' || unit.back() == '"' || unit.back() == '?' || unit.back() == '!'))
        return true;
    }
    return IsAsciiUpper(unit[end]) || unit[end] == '"' || text::IsSentenceOpener(next) ||
           (lone->follows == Follows::kNewSentenceNotHead &&
            !InLexicon(next, AdvertisementHeads()) && scan.WordsFrom(end, 4) >= 4);
  }
  static bool IsLoneLabelRule(const FurnitureRule& rule) {
    return rule.follows == Follows::kNewSentence || rule.follows == Follows::kNewSentenceNotHead ||
           rule.follows == Follows::kNewSentenceNotCompound ||
           rule.follows == Follows::kLowerCaseSentenceNotProse;
  }

  // The furniture opening the unit, or a button or link label before its
  // story.
  void CutOpening() {
    std::size_t i = scan.SkipSpaces(0);
    // A page's or a transcript's marks opening the unit ("× video of 3 deer
    // ...", ">>> alarming new questions ...").
    if (const std::size_t m = MarksEnd(i); m > i && m < folded.size()) {
      out.push_back({i, m, false, FurnitureKind::kPageLabel});
      i = m;
    }
    const Opening opening = OpeningAt(i);
    cut = opening.end;
    if (opening.cut) {
      FurnitureRange range{i, cut, false, opening.kind};
      range.headline_follows = opening.caption_follows;
      out.push_back(range);
    } else if (std::size_t e = scan.Phrase(i, "subscribe"); cut == i && e != std::string::npos) {
      // A "Subscribe" button before a sentence ("Subscribe watching michelle
      // duggar ..."); "Subscribe to ..." is a prompt, judged whole.
      const std::size_t w = scan.SkipSpaces(e);
      const std::string_view next = std::string_view(folded).substr(w, scan.Word(w) - w);
      if (next != "to" && next != "for" && next != "now" && next != "today" && next != "here" &&
          scan.WordsFrom(w, 4) >= 4)
        out.push_back({i, w, false, FurnitureKind::kSignUp});
    } else if (cut == i && !CutLinkBeforeStory(i)) {
      // A headline and its "email this" button glued before the story
      // ("levi johnston: i don't need to be qualified to be mayor email this
      // while on 'the view,' ..."): the headline is the sentence's opening,
      // with no sentence end before the button.
      const std::size_t at = FindBytes(folded, " email this ", i);
      if (at != std::string::npos && at - i <= 200 &&
          FindBytes(std::string_view(folded).substr(0, at), ". ", i) == std::string::npos &&
          scan.WordsFrom(at + 12, 4) >= 4 && !EmailsSomething(folded, at))
        out.push_back({i, scan.SkipSpaces(at + 11), false, FurnitureKind::kShare});
    }
  }

  // A network's video box opening the unit: the player's close button, the
  // video's caption and credit, the article's photo with its caption, and
  // the photo's credit, then the story ("Close president donald trump picks
  // mick mulvaney ... Usa today cfpb acting director mick mulvaney ( photo:
  // alex brandon, ap ) washington - mick mulvaney, who ..."). Only after
  // the player's controls, with the story after the credit.
  // (`in_box`: a unit before this one opened the box.)
  void CutVideoBox(bool in_box) {
    const std::size_t i = scan.SkipSpaces(0);
    const std::size_t from = in_box ? i : PlayerControlsEnd();
    if (from == std::string::npos) return;
    if (const std::size_t after = VideoBoxEnd(from); after != std::string::npos) {
      out.push_back({i, after, false, FurnitureKind::kPlayer});
      cut = std::max(cut, after);
    }
  }
  // Where a player's controls opening the unit end: its close button (as
  // CutOpening took it), or its skip and embed buttons; npos when none do.
  std::size_t PlayerControlsEnd() const {
    const std::size_t i = scan.SkipSpaces(0);
    if (cut > i && scan.Phrase(i, "close") != std::string::npos) return cut;
    static const auto* const kSkipAndEmbed = [] {
      auto* rules = new std::vector<const FurnitureRule*>();
      for (const FurnitureRule& rule : FurnitureRules())
        if (rule.kind == FurnitureKind::kPlayer && rule.takes == Takes::kPhrase &&
            rule.phrase.ends_with("embed x share"))
          rules->push_back(&rule);
      return rules;
    }();
    for (const FurnitureRule* rule : *kSkipAndEmbed)
      if (const std::size_t e = scan.Phrase(i, rule->phrase); e != std::string::npos)
        return scan.SkipSpaces(e);
    return std::string::npos;
  }
  // Where the story starts after a video box's photo credit, the credit
  // within reach of `from`; npos when there is none (or no story after it).
  std::size_t VideoBoxEnd(std::size_t from) const {
    const std::size_t reach = std::min(folded.size(), from + kVideoBoxBytes);
    for (std::size_t k = folded.find('(', from); k != std::string::npos && k < reach;
         k = folded.find('(', k + 1)) {
      const std::size_t e = scan.ParenthesisedCredit(k);
      if (e == std::string::npos) continue;
      if (std::string_view(folded).substr(k, e - k).find("photo") == std::string_view::npos)
        continue;
      const std::size_t after = scan.SkipSpaces(e);
      return scan.WordsFrom(after, kStoryWordsAfterCredit) < kStoryWordsAfterCredit
                 ? std::string::npos
                 : after;
    }
    return std::string::npos;
  }

  // A celebrity site's headline given twice before its "exclusive" label
  // ("Lindsay lohan stupidly pulls plug on rehab plea deal lindsay lohan
  // stupidly pulls plug on rehab plea deal exclusive could have avoided
  // ...", "... exclusive details 12: 32 pm pt -- law enforcement sources
  // ..."): the headlines, the label and its time go. The headline shows
  // by a run of three words given twice; "an exclusive interview" in
  // prose repeats nothing.
  void CutDoubledHeadline() {
    constexpr std::size_t kHeadlinesBytes = 300;
    constexpr std::size_t kLeastHeadlineWords = 6;
    const std::size_t label = FindBytes(folded, " exclusive ", cut);
    if (label == std::string::npos || label - cut > kHeadlinesBytes || folded[label - 1] == '.')
      return;
    std::vector<std::string_view> words;
    for (std::size_t w = scan.SkipSpaces(cut); w < label; w = scan.SkipSpaces(scan.Word(w)))
      words.push_back(std::string_view(folded).substr(w, scan.Word(w) - w));
    if (words.size() < kLeastHeadlineWords) return;
    bool doubled = false;
    for (std::size_t a = 0; a + 2 < words.size() && !doubled; ++a)
      for (std::size_t b = a + 3; b + 2 < words.size() && !doubled; ++b)
        doubled =
            words[a] == words[b] && words[a + 1] == words[b + 1] && words[a + 2] == words[b + 2];
    if (!doubled) return;
    std::size_t e = scan.SkipSpaces(label + 10);
    if (const std::size_t d = scan.Phrase(e, "details"); d != std::string::npos)
      e = scan.SkipSpaces(d);
    // Its time ("12: 32 pm pt --").
    std::size_t t = e;
    while (t < folded.size()) {
      const std::string_view word = std::string_view(folded).substr(t, scan.Word(t) - t);
      // (US sites write the zone "pt", "ct", "mt" for Pacific, Central,
      // Mountain time.)
      if (!IsTimestampNumber(word) && !IsTimestampWord(word) && word != "pt" && word != "ct" &&
          word != "mt")
        break;
      t = scan.SkipSpaces(scan.Word(t));
    }
    if (t > e && scan.Phrase(t, "--") != std::string::npos) e = scan.SkipSpaces(t + 2);
    if (scan.WordsFrom(e, kStoryWordsAfterCredit) < kStoryWordsAfterCredit) return;
    out.push_back({cut, e, false, FurnitureKind::kPageLabel});
    cut = e;
  }

  // Whether `c` occurs from `cut` on: one memchr, so that a pass whose
  // furniture needs the byte skips most units at once.
  bool HoldsByte(char c) const {
    return cut < folded.size() &&
           std::memchr(folded.data() + cut, c, folded.size() - cut) != nullptr;
  }

  // Where the marks from `i` end (after the spaces that follow them): a
  // close button's "×", a bullet, a transcript's ">>" before each speaker
  // (glued to the next word too: ">>scroll down ..."). Prose has none.
  std::size_t MarksEnd(std::size_t i) const {
    while (i < folded.size()) {
      const std::size_t e = scan.Word(i);
      const std::string_view token = std::string_view(folded).substr(i, e - i);
      std::size_t arrows = 0;
      while (arrows < token.size() && token[arrows] == '>') ++arrows;
      if (arrows >= 2) {
        i = scan.SkipSpaces(i + arrows);
        if (arrows < token.size()) break;  // glued to a word
        continue;
      }
      if (!InLexicon(token, PageMarks())) break;
      i = scan.SkipSpaces(e);
    }
    return i;
  }

  // A transcript's ">>" before a speaker's turn inside the unit: the turns
  // are kept apart ("tom costello, good morning to you. >> the magazine
  // tested ...").
  void CutTranscriptMarks() {
    if (!HoldsByte('>')) return;
    for (std::size_t k = FindBytes(folded, ">>", cut); k != std::string::npos;
         k = FindBytes(folded, ">>", k + 1)) {
      if (k > cut && folded[k - 1] != ' ') continue;
      const std::size_t e = MarksEnd(k);
      // (A turn opens with words: "3 >> 2" is arithmetic.)
      if (e == k || e >= folded.size() || !(IsAsciiLower(folded[e]) || folded[e] == '"')) continue;
      // (Inside a player's box or right after it, it goes with the box.)
      if (std::any_of(out.begin(), out.end(),
                      [&](const FurnitureRange& r) { return r.begin <= k && k <= r.end; })) {
        out.push_back({k, e, false, FurnitureKind::kPageLabel});
        continue;
      }
      std::size_t b = k;
      while (b > cut && folded[b - 1] == ' ') --b;
      out.push_back({b, e, b > cut && e < folded.size(), FurnitureKind::kPageLabel});
      k = e > 0 ? e - 1 : e;
    }
  }

  // Another story's headline and the arrow linking to it, opening the unit
  // before this story ("why an outburst at ' fiddler on the roof ' is
  // notable » audience members said ..."). Not after "«": a quotation.
  void CutLinkArrow() {
    constexpr std::string_view kArrow = " » ";
    if (!HoldsByte(kArrow[2])) return;  // the arrow's last byte, rare in text
    const std::size_t at = FindBytes(folded, kArrow, cut);
    if (at == std::string::npos || at - cut > kLinkHeadlineBytes) return;
    const std::string_view before = std::string_view(folded).substr(cut, at - cut);
    // (After a finished sentence the arrow is a "more" link of this story's.)
    if (before.find("«") != std::string_view::npos || before.find(". ") != std::string_view::npos ||
        before.ends_with(".") || before.ends_with("!") || before.ends_with("?") ||
        before.ends_with("\""))
      return;
    const std::size_t e = scan.SkipSpaces(at + kArrow.size());
    if (scan.WordsFrom(e, kStoryWordsAfterCredit) < kStoryWordsAfterCredit) return;
    out.push_back({cut, e, false, FurnitureKind::kLink});
  }

  // A press release's contact block: "contact:" (after "for immediate
  // release" and its day), the names, and the last telephone number, e-mail
  // or web address soon after ("contact: peter e waldron, 727-415-7189,
  // contactamerica1@msn.com; www.peterewaldron.com tampa, fla. ..."). What
  // came before (the release's headline) and the story after stay apart.
  void CutPressContacts() {
    if (FindBytes(folded, "contact", cut) == std::string::npos) return;
    for (std::string_view label : ContactLabels()) {
      for (std::size_t at = FindBytes(folded, label, cut); at != std::string::npos;
           at = FindBytes(folded, label, at + 1)) {
        if (at > cut && folded[at - 1] != ' ') continue;
        std::size_t end = std::string::npos;
        std::size_t w = scan.SkipSpaces(at + label.size());
        for (int words = 0; words < kContactWords && w < folded.size(); ++words) {
          const std::size_t we = scan.Word(w);
          std::string_view token = std::string_view(folded).substr(w, we - w);
          while (!token.empty() && (token.back() == ',' || token.back() == ';'))
            token.remove_suffix(1);
          const std::size_t digits =
              static_cast<std::size_t>(std::count_if(token.begin(), token.end(), IsAsciiDigit));
          const bool email = token.find('@') != std::string_view::npos &&
                             token.find('.') != std::string_view::npos;
          const bool web = token.starts_with("www.") || token.starts_with("http");
          const bool phone =
              digits >= 3 && token.find_first_not_of("0123456789-.()") == std::string_view::npos;
          if (email || web || phone) end = w + token.size();
          w = scan.SkipSpaces(we);
        }
        if (end == std::string::npos) continue;
        // (A phone number runs over words: "206 375 4139".)
        for (std::size_t x = scan.SkipSpaces(end); x < folded.size() && IsAsciiDigit(folded[x]);
             x = scan.SkipSpaces(end)) {
          const std::size_t xe = scan.Word(x);
          if (std::string_view(folded).substr(x, xe - x).find_first_not_of("0123456789-.") !=
              std::string_view::npos)
            break;
          end = xe;
        }
        std::size_t b = at;
        // "for immediate release[, july 28, 2016]" before it.
        if (std::size_t r = FindBytes(folded, "for immediate release", cut);
            r != std::string::npos && r < at && at - r <= kReleaseLabelBytes)
          b = r;
        while (b > cut && folded[b - 1] == ' ') --b;
        const std::size_t e = scan.SkipSpaces(end);
        out.push_back({b, e, b > cut && e < folded.size(), FurnitureKind::kNotice});
        at = e;
      }
    }
  }

  // A link's label and headline before the story at `i`: through the
  // headline when a quotation given to its speaker marks where the story
  // resumes; the label alone when the headline runs into the story with
  // nothing to mark where ("See also: budweiser honors veteran with surprise
  // homecoming in turn, one runner took a moment ..."): more words than a
  // headline has. Then the rest stays (for citations and figures), not
  // offered for a summary. True when something was cut.
  bool CutLinkBeforeStory(std::size_t i) {
    const std::size_t label = scan.LinkLabel(i);
    if (label == std::string::npos) return false;
    if (const std::size_t story = scan.LinkHeadlineEnd(label); story != std::string::npos) {
      out.push_back({i, story, false, FurnitureKind::kLink});
      return true;
    }
    if (scan.WordsFrom(label, kHeadlineAndStoryWords) < kHeadlineAndStoryWords) return false;
    FurnitureRange range{i, scan.SkipSpaces(label), false, FurnitureKind::kLink};
    range.headline_follows = true;
    out.push_back(range);
    return true;
  }

  // Finds which rare starts the unit's words have, word by word from the
  // opening's end: their first two bytes.
  // Bit 1: a phrase standing anywhere starts with the two bytes at `w`;
  // bit 2: a stamp label's word does; bit 4: a glued box's phrase does.
  unsigned char RareStart(std::size_t w) const {
    static const auto* starts = [] {
      auto* t = new std::array<unsigned char, 1 << 16>();
      auto mark = [&](std::string_view w, unsigned char bit) {
        (*t)[static_cast<unsigned char>(w[0]) << 8 | static_cast<unsigned char>(w[1])] |= bit;
      };
      for (const FurnitureRule* rule : RulesStanding(kAnywhere)) mark(rule->phrase, 1);
      for (std::string_view w : StampLabelWords()) mark(w, 2);
      for (const FurnitureRule* rule : RulesStanding(kGlued)) mark(rule->phrase, 4);
      return t;
    }();
    if (w + 1 >= folded.size()) return 0;
    return (*starts)[static_cast<unsigned char>(folded[w]) << 8 |
                     static_cast<unsigned char>(folded[w + 1])];
  }

  void Prefilter() {
    for (std::size_t w = cut; w + 1 < folded.size();) {
      const unsigned char bits = RareStart(w);
      if ((bits & 1) != 0 && w > cut) anywhere_at.push_back(w);
      if ((bits & 4) != 0) {
        const auto glued = RulesStanding(kGlued);
        for (std::size_t g = 0; g < glued.size() && g < 64; ++g)
          if (folded.compare(w, kGluedPrefix, glued[g]->phrase.substr(0, kGluedPrefix)) == 0)
            glued_at |= std::uint64_t{1} << g;
      }
      if ((bits & 2) != 0 && !any_stamp_label)
        for (std::string_view word : StampLabelWords())
          any_stamp_label |= scan.Phrase(w, word) != std::string::npos;
      // (Words are short: a loop costs less than a call to memchr.)
      std::size_t space = w;
      while (space < folded.size() && folded[space] != ' ') ++space;
      if (space == folded.size()) break;
      w = space + 1;
    }
  }

  // Furniture that cannot be prose wherever it stands: a page's caption
  // toggle or "continue reading" box in the middle of a run of text, with
  // the label before it ("Advertisement").
  void CutEverywhere() {
    std::size_t done = 0;  // what a cut took: words up to here are past
    for (const std::size_t w : anywhere_at) {
      if (w <= done) continue;
      bool anywhere = false;
      for (const FurnitureRule* rule : RulesStanding(kAnywhere))
        anywhere |= scan.Phrase(w, rule->phrase) != std::string::npos;
      if (!anywhere) continue;
      // The labels that go with it ("advertisement", "close"), each "label ".
      std::size_t b = w;
      for (const FurnitureRule* rule : RulesStanding(kLabelsNext)) {
        const std::string_view label = rule->phrase;
        if (b >= label.size() + 1 && folded[b - 1] == ' ' &&
            folded.compare(b - label.size() - 1, label.size(), label) == 0 &&
            (b == label.size() + 1 || folded[b - label.size() - 2] == ' '))
          b -= label.size() + 1;
      }
      const Opening pieces = OpeningPieces(w);
      const FurnitureKind kind = pieces.kind;
      const std::size_t e = pieces.end;
      if (e == w) continue;  // prose after all ("just watched it burn.")
      if (e >= folded.size()) {
        while (b > cut && folded[b - 1] == ' ') --b;  // furniture at the end: cut to the end
      }
      out.push_back({b, e, false, kind});
      done = e;
    }
  }

  // An embedded tweet's signature: "pic.twitter.com/epn0w2zcnt — amber
  // sullins ( @ambersullins ) july 26, 2014".
  std::size_t TweetLink(std::size_t from) const {
    std::size_t at = std::string::npos;
    for (std::string_view link : std::initializer_list<std::string_view>{
             "pic.twitter.com/", "https://t.co/", "http://t.co/"})
      at = std::min(at, FindBytes(folded, link, from));
    return at;
  }
  // Markup left in the text by a page's crawl: tags with their attributes
  // ("<img class= \" styles__x \" src= \" https://... \" >", "<a href= \"
  // https://t.co/x \" >", "</a>") and a player's attribute before the story
  // ("poster= \" https://.../still.jpg \" true"). A tag is '<' and a tag name
  // glued together, closed within reach; an attribute is a name glued to "=
  // \"" and a quoted web address.
  void CutMarkup() {
    for (std::size_t k = folded.find('<', cut); k != std::string::npos;
         k = folded.find('<', k + 1)) {
      std::size_t n = k + 1;
      if (n < folded.size() && folded[n] == '/') ++n;
      const std::size_t name = n;
      while (n < folded.size() && IsAsciiLower(folded[n])) ++n;
      if (n == name || n - name > kTagNameBytes) continue;
      if (n < folded.size() && folded[n] != ' ' && folded[n] != '>') continue;
      const std::size_t close = folded.find('>', n);
      if (close == std::string::npos || close - k > kTagBytes) continue;
      // Attributes or nothing: a quotation's '<' does not hold "= \"".
      const std::string_view inside = std::string_view(folded).substr(n, close - n);
      if (inside.find_first_not_of(' ') != std::string_view::npos &&
          FindBytes(inside, "= \"", 0) == std::string_view::npos &&
          FindBytes(inside, "=\"", 0) == std::string_view::npos)
        continue;
      Cut(k, close + 1);
      k = close;
    }
    for (std::size_t k = FindBytes(folded, "= \"", cut); k != std::string::npos;
         k = FindBytes(folded, "= \"", k + 1)) {
      // The address may stand against the mark once tokenizer spaces are
      // closed ("= \"http").
      if (!std::string_view(folded).substr(scan.SkipSpaces(k + 3)).starts_with("http")) continue;
      std::size_t b = k;
      while (b > cut && (IsAsciiLower(folded[b - 1]) || folded[b - 1] == '-')) --b;
      if (b == k || (b > 0 && folded[b - 1] != ' ')) continue;  // inside a tag, or no name
      const std::size_t value_end = folded.find('"', k + 3);
      if (value_end == std::string::npos ||
          folded.find(' ', scan.SkipSpaces(k + 3)) < value_end - 1)
        continue;
      std::size_t e = scan.SkipSpaces(value_end + 1);
      for (std::string_view flag : {"true", "false"})
        if (const std::size_t f = scan.Phrase(e, flag); f != std::string::npos) e = f;
      Cut(b, e);
      k = e;
    }
  }
  static constexpr std::size_t kTagNameBytes = 10;
  static constexpr std::size_t kTagBytes = 600;
  // Cuts [b, e) and the spaces around it but one between the words on
  // either side ("@example</a> at": the space after stays).
  void Cut(std::size_t b, std::size_t e) {
    const std::size_t after = scan.SkipSpaces(e);
    if (b > cut && folded[b - 1] != ' ') {
      out.push_back({b, e, false, FurnitureKind::kMarkup});
      return;
    }
    if (b > cut) {
      while (b > cut && folded[b - 1] == ' ') --b;
      if (after < folded.size()) ++b;
    }
    out.push_back({b, after, false, FurnitureKind::kMarkup});
  }

  void CutEmbeddedPosts() {
    for (std::size_t k = TweetLink(cut); k != std::string::npos; k = TweetLink(k + 1)) {
      std::size_t e = scan.SkipSpaces(scan.Word(k));
      std::size_t handle = folded.find("@", e);
      std::size_t close = handle == std::string::npos ? handle : folded.find(')', handle);
      if (close != std::string::npos && close - e <= 80) {
        e = scan.SkipSpaces(close + 1);
        // the date: a month, a day and a year
        std::size_t year = e;
        for (int words = 0; words < 3 && year < folded.size(); ++words)
          year = scan.SkipSpaces(scan.Word(year));
        std::string_view date = std::string_view(folded).substr(e, year - e);
        if (date.find_first_of("0123456789") != std::string_view::npos) e = year;
      }
      std::size_t b = k;
      // Hashtags just before the link belong to it.
      while (b > cut) {
        std::size_t ws = b - 1;
        while (ws > cut && folded[ws - 1] != ' ') --ws;
        if (folded[ws] != '#' || ws + 1 >= b) break;
        b = ws;
      }
      // The post's text before its signature, the story after it: they part
      // ("... despite at least 10 casualties pic.twitter.com/... — emsc (
      // @lastquake ) september 10, 2016 local police said ...").
      const bool separates = b > cut && e < folded.size();
      while (separates && b > cut && folded[b - 1] == ' ') --b;
      out.push_back({b, e, separates, FurnitureKind::kEmbeddedPost});
    }
  }

  void CutTimestamps() {
    // A page's time stamp ("updated: tuesday, march 25, 2014 4: 12 pm edt",
    // "published on dec 9, 2017"), word by word.
    // (Every label holds a word of StampLabelWords().)
    for (std::size_t k = any_stamp_label ? cut : folded.size(); k < folded.size();
         k = scan.SkipSpaces(scan.Word(k))) {
      // (Only words opening as a label does are compared with the labels.)
      static const ByteSet kLabelFirstBytes = [] {
        std::string firsts;
        for (std::string_view l : StampLabels()) firsts += l[0];
        return ByteSet(firsts);
      }();
      if (!kLabelFirstBytes.Has(folded[k])) continue;
      std::size_t label = std::string::npos;
      for (std::string_view l : StampLabels())
        if ((label = scan.Phrase(k, l)) != std::string::npos) break;
      if (label == std::string::npos) continue;
      std::size_t e = label;
      const bool colon = e < folded.size() && folded[e] == ':';
      if (colon) ++e;
      bool digit = false, strong = colon, date = false, clock = false;
      std::size_t end = e;
      for (std::size_t w = scan.SkipSpaces(e); w < folded.size();) {
        std::size_t we = scan.Word(w);
        std::string_view word = std::string_view(folded).substr(w, we - w);
        if (word == "posted:" || word == "updated:" || word == "published:") {
          // "posted: ... edt updated: ... edt posted: updated:"
        } else if (IsTimestampNumber(word)) {
          digit = true;
          date = date || word.find('/') != std::string_view::npos;  // "8/5/17"
          clock = clock || word.ends_with(":") || word.ends_with("am") || word.ends_with("pm");
          strong = strong || word.ends_with(":") ||
                   (word.size() == 4 && std::isdigit(static_cast<unsigned char>(word[3])));
        } else if (IsTimestampWord(word)) {
          date =
              date || (word != "on" && word != "at" && word != "," && word != "|" && word != "-");
          // A word closed by a colon ends the stamp ("update, 4: 45 p.m.
          // wednesday: on tuesday evening, ..." goes on with the story).
          if (digit && word.size() > 1 && word.ends_with(":")) {
            end = we;
            break;
          }
        } else {
          break;
        }
        end = we;
        w = scan.SkipSpaces(we);
      }
      if (!digit || !strong || !(date || colon)) continue;
      // "Update" is a stamp's label only before a day or a time ("update: 4
      // new baby orphan rhinos have arrived" is news).
      if (scan.Phrase(k, "update") == label && !date && !clock) continue;
      // Where it can be cut without joining what it separates: opening the
      // unit, in parentheses, or closing it after a finished sentence. One
      // between a headline and the story is left: the headline it ends would
      // run into the story's first sentence.
      std::size_t b = k;
      bool parenthesised = false;
      std::size_t after = scan.SkipSpaces(end);
      if (b >= 2 && folded.compare(b - 2, 2, "( ") == 0 && after < folded.size() &&
          folded[after] == ')') {
        parenthesised = true;
        b -= 2;
        after = scan.SkipSpaces(after + 1);
      }
      std::size_t last = b;
      while (last > cut &&
             (folded[last - 1] == ' ' || folded[last - 1] == '"' || folded[last - 1] == '\''))
        --last;
      const bool closes =
          after >= folded.size() && last > cut &&
          (folded[last - 1] == '.' || folded[last - 1] == '!' || folded[last - 1] == '?');
      // Between a headline and the story, a labelled stamp ("posted: ...")
      // is cut and the two are kept apart; an unlabelled one may be prose
      // ("the report, published on march 3, 2014, found").
      const bool separates = b != cut && !parenthesised && !closes;
      if (separates && !colon) continue;
      while (b > cut && folded[b - 1] == ' ') --b;
      if (b > cut && after < folded.size() && !separates) ++b;
      out.push_back({b, after, separates && after < folded.size(), FurnitureKind::kTimestamp});
      if (after >= folded.size()) break;
      k = after - 1;  // the space before the next word: the loop goes on there
    }
  }

  // A page's time stamp opening the unit without a label: a date, then its
  // clock time ("june 02, 2011 10: 56 am et by eric boehlert if roger ...",
  // "sep. 16, 2014, 4: 30 pm gmt / updated sep. 16, 2014, 3: 22 pm gmt /
  // source: reuters one of ..."), with the update's stamp, the source and the
  // byline the page put after it. Prose may open with a date, but not with
  // the clock time straight after the year.
  void CutOpeningStamp() {
    bool month = false, clock = false;
    bool after_year = false;  // the word before was the year
    std::size_t end = cut;
    for (std::size_t w = scan.SkipSpaces(cut); w < folded.size();) {
      const std::size_t we = scan.Word(w);
      std::string_view word = std::string_view(folded).substr(w, we - w);
      std::string_view bare = word;  // without the punctuation after it
      while (!bare.empty() && (bare.back() == '.' || bare.back() == ',' || bare.back() == ':'))
        bare.remove_suffix(1);
      const bool named =
          CalendarValue(kMonthNames, bare) >= 0 || CalendarValue(kWeekdayNames, bare) >= 0;
      // It opens with the day's or the month's name.
      if (w == scan.SkipSpaces(cut) && !named) return;
      if (IsTimestampNumber(word) || (!bare.empty() && IsAsciiDigit(bare.front()) &&
                                      (bare.ends_with("am") || bare.ends_with("pm")))) {
        clock = clock || (after_year && word.ends_with(":"));
        after_year =
            month && bare.size() == 4 && std::all_of(bare.begin(), bare.end(), IsAsciiDigit);
      } else if (IsTimestampWord(word)) {
        month = month || CalendarValue(kMonthNames, bare) >= 0;
        after_year = false;
      } else if (word == "/" || word == "updated" || word == "updated:") {
        after_year = false;
      } else {
        break;
      }
      end = we;
      w = scan.SkipSpaces(we);
    }
    if (!clock) return;
    end = scan.BylineNames(end);
    if (end == folded.size()) return;  // nothing but the stamp: the unit's judged whole
    out.push_back({cut, scan.SkipSpaces(end), false, FurnitureKind::kTimestamp});
  }

  // A page's time stamp between a headline and the story, without a label:
  // the full date, "at" and the clock time with its zone ("... ' my heart
  // longs to be with you ' feb. 23, 2015 at 8: 20 am et the family of kayla
  // mueller ..."). Prose puts a preposition before the date ("on feb. 23,
  // 2015 at 8: 20 am") and seldom the zone after it. The headline and the
  // story stay apart.
  void CutInnerStamps() {
    auto word_at = [&](std::size_t at) {
      std::string_view word = std::string_view(folded).substr(at, scan.Word(at) - at);
      while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
      return word;
    };
    auto all_digits = [](std::string_view w, std::size_t most) {
      return !w.empty() && w.size() <= most && std::all_of(w.begin(), w.end(), IsAsciiDigit);
    };
    // The word before the one at `at` (at > cut, after a space).
    auto previous = [&](std::size_t at) {
      std::size_t p = at;
      while (p > cut && folded[p - 1] == ' ') --p;
      while (p > cut && folded[p - 1] != ' ') --p;
      return p;
    };
    // From each " at " after a year: the date before it, the clock and zone after.
    if (!HoldsByte(':')) return;  // the clock's
    for (std::size_t at = FindBytes(folded, " at ", cut); at != std::string::npos;
         at = FindBytes(folded, " at ", at + 1)) {
      const std::size_t year = previous(at + 1);
      if (year <= cut || word_at(year).size() != 4 || !all_digits(word_at(year), 4)) continue;
      const std::size_t day = previous(year);
      if (day <= cut || !all_digits(word_at(day), 2)) continue;
      const std::size_t month = previous(day);
      if (month <= cut || CalendarValue(kMonthNames, word_at(month)) < 0) continue;
      // The word before: no preposition of prose.
      const std::string_view before = word_at(previous(month));
      if (InLexicon(before, DatePrepositions()) || before == "on" || before == "at") continue;
      // h: mm [am|pm] zone
      std::size_t x = scan.SkipSpaces(at + 3);
      const std::string_view clock = std::string_view(folded).substr(x, scan.Word(x) - x);
      if (clock.empty() || !IsAsciiDigit(clock.front()) || !clock.ends_with(":")) continue;
      x = scan.SkipSpaces(scan.Word(x));
      std::size_t end = scan.Word(x);  // the minutes ("20", "20pm")
      x = scan.SkipSpaces(end);
      if (word_at(x) == "am" || word_at(x) == "pm") {
        end = scan.Word(x);
        x = scan.SkipSpaces(end);
      }
      if (CalendarValue(kTimeZones, word_at(x)) < 0) continue;
      end = scan.Word(x);
      if (end < folded.size() && folded[end] == ':') ++end;
      std::size_t b = month;
      while (b > cut && folded[b - 1] == ' ') --b;
      const std::size_t e = scan.SkipSpaces(end);
      out.push_back({b, e, b > cut && e < folded.size(), FurnitureKind::kTimestamp});
      at = e > 0 ? e - 1 : e;
    }
  }

  // An embedded post's signature where the page left no link: the author,
  // the handle and the day ("not a level playing field! — donald j. trump
  // ( @realdonaldtrump ) april 2, 2018 we addressed ...", "a photo posted by
  // kylie ( @kyliejenner ) on jan 7, 2017 at 4: 40pm pst the 19-year-old
  // ..."). The post's words before it and the story after are kept apart.
  void CutPostSignatures() {
    if (!HoldsByte('@')) return;
    for (std::size_t at = FindBytes(folded, "( @", cut); at != std::string::npos;
         at = FindBytes(folded, "( @", at + 3)) {
      const std::size_t close = folded.find(')', at);
      if (close == std::string::npos || close - at > kHandleBytes) continue;
      // (One with its link is cut with it.)
      if (std::any_of(out.begin(), out.end(),
                      [&](const FurnitureRange& r) { return r.begin <= at && at < r.end; }))
        continue;
      // Its start: a dash or "a photo/video posted by" a few words before.
      std::size_t b = std::string::npos;
      std::size_t w = at;
      for (int words = 0; words < kSignatureNameWords && w > cut; ++words) {
        std::size_t ws = w - 1;
        while (ws > cut && folded[ws - 1] != ' ') --ws;
        const std::string_view word = std::string_view(folded).substr(ws, w - 1 - ws);
        if (word == "\u2014" || word == "--" || word == "-") {
          b = ws;
          break;
        }
        // A byline opening the unit: "by michael falcone ( @michaelpfalcone )
        // notables ...": the name and handle go, with no day after them.
        if (word == "by" && ws == cut && w - 1 > ws) {
          const std::size_t e = scan.SkipSpaces(close + 1);
          if (e < folded.size()) out.push_back({ws, e, false, FurnitureKind::kByline});
          break;
        }
        if (word == "by" && ws >= cut + 15) {
          for (std::string_view posted : {"a photo posted by", "a video posted by"})
            if (scan.Phrase(ws + 2 - posted.size(), posted) == ws + 2) b = ws + 2 - posted.size();
          if (b != std::string::npos) break;
        }
        w = ws;
      }
      if (b == std::string::npos) continue;
      // Its end: the day, and the time after "at".
      std::size_t e = scan.SkipSpaces(close + 1);
      if (std::size_t on = scan.Phrase(e, "on"); on != std::string::npos) e = scan.SkipSpaces(on);
      // (After the year only "at" and a time: "april 15, 2018 on saturday,
      // ..." is the story's next sentence.)
      bool day = false, year = false, at_time = false;
      std::size_t stamp = e;
      for (std::size_t x = e; x < folded.size();) {
        const std::size_t xe = scan.Word(x);
        const std::string_view word = std::string_view(folded).substr(x, xe - x);
        const bool number =
            IsTimestampNumber(word) ||
            (IsAsciiDigit(word.front()) && (word.ends_with("pm") || word.ends_with("am")));
        if (!number && !IsTimestampWord(word)) break;
        if (year && !at_time && word != "at") break;
        at_time = at_time || (year && word == "at");
        year = year || (number && word.size() >= 4 && IsAsciiDigit(word[3]));
        day = day || number;
        stamp = xe;
        x = scan.SkipSpaces(xe);
      }
      if (!day) continue;
      e = scan.SkipSpaces(stamp);
      const bool separates = b > cut && e < folded.size();
      while (b > cut && folded[b - 1] == ' ') --b;
      out.push_back({b, e, separates, FurnitureKind::kEmbeddedPost});
      at = e;
      if (at + 3 >= folded.size()) break;
    }
  }

  // Where a sentence starts inside the unit: after . ! or ? (and closing
  // quotes) and a space.
  bool SentenceStart(std::size_t k) const {
    std::size_t j = k;
    while (j > cut && folded[j - 1] == ' ') --j;
    if (j == k || j <= cut) return j <= cut;
    while (j > cut && (folded[j - 1] == '"' || folded[j - 1] == '\'')) --j;
    return j > cut && (folded[j - 1] == '.' || folded[j - 1] == '!' || folded[j - 1] == '?');
  }
  // Where a caption's credit may start: a sentence start, or after a
  // "|" that a page put between caption and credit ("&#124;" in crawls).
  bool CreditStart(std::size_t k) const {
    if (SentenceStart(k)) return true;
    std::size_t j = k;
    while (j > cut && folded[j - 1] == ' ') --j;
    return (j > cut && folded[j - 1] == '|') ||
           (j >= cut + 6 && folded.compare(j - 6, 6, "&#124;") == 0);
  }

  // Furniture opening a sentence inside the unit, as at its start: a crawl
  // that dropped line breaks glues labels and buttons after the sentence
  // before them ("... the researchers said. Share this story \" climate
  // ...", "... children. \" advertisement advertisement depp, 49, ...").
  void CutInnerOpenings() {
    for (std::size_t k = folded.find(' ', cut); k != std::string::npos;
         k = folded.find(' ', k + 1)) {
      const std::size_t w = k + 1;
      if (w >= folded.size() || folded[w] == ' ' || folded[w] == '"' || folded[w] == '\'') continue;
      // After . ! or ? and closing quotes, which crawls often set off by spaces.
      std::size_t j = k;
      while (j > cut && (folded[j - 1] == ' ' || folded[j - 1] == '"' || folded[j - 1] == '\''))
        --j;
      if (j <= cut || (folded[j - 1] != '.' && folded[j - 1] != '!' && folded[j - 1] != '?'))
        continue;
      const Opening inner = OpeningAt(w);
      if (!inner.cut) continue;
      out.push_back({w, inner.end, false, inner.kind});
      k = inner.end - 1;
    }
  }

  // A photographer's credit standing as a sentence of its own: "... a
  // breast implant. Mauro fermariello / science photo library/getty images
  // \"all of ...".
  // Only where a slash follows within reach: most units have none.
  void CutSlashCredits() {
    std::size_t slash = folded.find('/', cut);
    for (std::size_t k = folded.find(' ', cut);
         k != std::string::npos && slash != std::string::npos; k = folded.find(' ', k + 1)) {
      const std::size_t w = k + 1;
      if (slash < w) slash = folded.find('/', w);
      if (slash == std::string::npos || slash - w > 80) continue;
      if (w >= folded.size() || folded[w] == ' ' || !CreditStart(w)) continue;
      std::size_t e = scan.SlashCredit(w);
      if (e == std::string::npos) continue;
      while (e < folded.size() && folded[e] == ';') {
        std::size_t more = scan.SlashCredit(scan.SkipSpaces(e + 1));
        if (more == std::string::npos) break;
        e = more;
      }
      std::size_t b = w;
      if (!SentenceStart(w)) {  // the separator goes too
        while (b > cut && folded[b - 1] == ' ') --b;
        b -= folded[b - 1] == '|' ? 1 : 6;
        while (b > cut && folded[b - 1] == ' ') --b;
        if (b > cut) ++b;
      }
      out.push_back({b, scan.SkipSpaces(e), false, FurnitureKind::kCredit});
      k = e;
      if (k >= folded.size()) break;
    }
  }

  // A photographer's credit between a headline and the story, a crawl
  // having dropped the line breaks around it: "... ravage plains sue
  // ogrocki / ap a monster tornado hit moore, okla., ...", "... from
  // florence tim boyle/getty images the judge who ...". The name is taken to
  // be the (at most two, three with a particle) words of letters before the
  // slash that are no function words; the headline and the story stay
  // apart. (At a sentence's start, CutSlashCredits takes it.)
  void CutCreditsAfterHeadlines() {
    for (std::size_t slash = folded.find('/', cut); slash != std::string::npos;
         slash = folded.find('/', slash + 1)) {
      // (Not where another pass has cut already.)
      if (std::any_of(out.begin(), out.end(),
                      [&](const FurnitureRange& r) { return r.begin <= slash && slash < r.end; }))
        continue;
      // The agency after the slash (spaces allowed: "sue ogrocki / ap").
      if (scan.Credit(scan.SkipSpaces(slash + 1)) == std::string::npos) continue;
      // The name's words before it.
      std::size_t b = slash;
      while (b > cut && folded[b - 1] == ' ') --b;
      std::size_t name_begin = std::string::npos;
      for (int words = 0, most = 2; words < most && b > cut; ++words) {
        std::size_t wb = b;
        while (wb > cut && folded[wb - 1] != ' ' && folded[wb - 1] != '/') --wb;
        const std::string_view word = std::string_view(folded).substr(wb, b - wb);
        if (!IsPhotographerNameWord(word)) break;
        if (InLexicon(word, SurnameParticles())) most = std::min(most + 1, 3);
        name_begin = wb;
        b = wb;
        while (b > cut && folded[b - 1] == ' ') --b;
      }
      if (name_begin == std::string::npos || name_begin == cut || CreditStart(name_begin) ||
          (name_begin > 0 && folded[name_begin - 1] == '/'))
        continue;
      // (Inside parentheses or brackets it is the parenthesised credits' to
      // cut, or an aside's.)
      auto inside = [&](char open_mark, char close_mark) {
        const std::size_t open = folded.rfind(open_mark, name_begin);
        return open != std::string::npos && open >= cut &&
               folded.find(close_mark, open) > name_begin;
      };
      if (inside('(', ')') || inside('[', ']')) continue;
      // What comes before is a headline, not a sentence that names its
      // photographer ("photographed by tim boyle/getty images").
      std::size_t pe = b, pb = b;
      while (pb > cut && folded[pb - 1] != ' ') --pb;
      const std::string_view before = std::string_view(folded).substr(pb, pe - pb);
      if (before == "by" || before == "credit:" || before == "photo:" || before == "from") continue;
      const std::size_t e = scan.SlashCredit(name_begin);
      if (e == std::string::npos) continue;
      const std::size_t after = scan.SkipSpaces(e);
      if (scan.BeforePoll(e) ||
          scan.WordsFrom(after, kStoryWordsAfterCredit) < kStoryWordsAfterCredit)
        continue;
      out.push_back({b, after, true, FurnitureKind::kCredit});
      slash = after;
    }
  }

  // An agency's credit with the photographer after its slash, opening a
  // sentence it is glued to: "reuters/brian snyder more than half of ...",
  // "reuters/fred prouser/files metropcs ...", "reuters/stringer hundreds of
  // ...". A lower-cased crawl marks no end to the name: it is taken to be
  // two words (one for a role, "stringer"), then a role after a slash.
  void CutAgencyFirstCredits() {
    for (std::size_t slash = folded.find('/', cut); slash != std::string::npos;
         slash = folded.find('/', slash + 1)) {
      std::size_t w = slash;
      while (w > cut && folded[w - 1] != ' ') --w;
      if (!SentenceStart(w) || scan.Credit(w) != slash) continue;
      auto role_at = [&](std::size_t i) {
        for (std::string_view role : CreditRoles())
          if (std::size_t e = scan.Phrase(i, role); e != std::string::npos) return e;
        return std::string::npos;
      };
      std::size_t e = role_at(slash + 1);
      if (e == std::string::npos) {
        // The photographer's name: two words of letters, neither a function word.
        // A surname's particle takes one more ("jean-paul van pelt").
        std::size_t i = slash + 1;
        bool name = true;
        for (int words = 0, most = 2; words < most && name; ++words) {
          std::size_t we = i;
          while (we < folded.size() && (IsAsciiLower(folded[we]) || folded[we] == '-')) ++we;
          const std::string_view word = std::string_view(folded).substr(i, we - i);
          const bool particle = words == 1 && InLexicon(word, SurnameParticles());
          if (particle) most = 3;
          name = IsPhotographerNameWord(word) &&
                 (words + 1 == most || (we < folded.size() && folded[we] == ' '));
          e = we;
          i = we + 1;
        }
        if (!name) continue;
        if (e < folded.size() && folded[e] == '/') {  // "/files", "/pool"
          e = role_at(e + 1);
          if (e == std::string::npos) continue;
        } else if (e < folded.size() && folded[e] != ' ') {
          continue;
        }
      }
      const std::size_t after = scan.SkipSpaces(e);
      if (after == e || scan.WordsFrom(after, kStoryWordsAfterCredit) < kStoryWordsAfterCredit)
        continue;
      out.push_back({w, after, false, FurnitureKind::kCredit});
      slash = after;
    }
  }

  // A link to another story: "<its headline> read more <this story>"
  // (the Guardian), "Read more »", "read more about: <tags>".
  void CutStoryLinks() {
    for (std::size_t k = FindBytes(folded, "read more", cut); k != std::string::npos;
         k = FindBytes(folded, "read more", k + 1)) {
      std::size_t e = k + 9;
      if ((e < folded.size() && IsWordChar(folded[e])) || (k > 0 && IsWordChar(folded[k - 1])))
        continue;
      std::size_t pe = k;
      while (pe > cut && folded[pe - 1] == ' ') --pe;
      std::size_t pb = pe;
      while (pb > cut && folded[pb - 1] != ' ') --pb;
      const std::string_view prev = std::string_view(folded).substr(pb, pe - pb);
      static constexpr std::string_view kReaders[] = {
          "to",    "can",    "could", "you",    "i",     "we",  "they",  "will",
          "would", "should", "must",  "and",    "or",    "may", "might", "want",
          "did",   "do",     "does",  "didn't", "let's", "who", "please"};
      if (std::find(std::begin(kReaders), std::end(kReaders), prev) != std::end(kReaders)) continue;
      // In parentheses the link stands alone, its headline after it ("... the
      // plan (read more: the bridge's history) ..."; the glued rules cut it):
      // what stands before is the story.
      if (prev == "(") continue;
      std::size_t after = scan.SkipSpaces(e);
      bool to_end = false;
      for (std::string_view mark :
           std::initializer_list<std::string_view>{"\xC2\xBB", "...", "\xE2\x80\xA6", ">>", ":"})
        if (folded.compare(after, mark.size(), mark) == 0)
          after = scan.SkipSpaces(after + mark.size());
      if (scan.Phrase(after, "about:") != std::string::npos ||
          (after < folded.size() && folded[after] == '*'))
        to_end = true;
      if (to_end) after = folded.size();
      // The headline before it: back to where its sentence starts.
      std::size_t b = k;
      std::size_t words = 0;
      while (b > cut && !SentenceStart(b) && words <= 30) {
        --b;
        while (b > cut && folded[b - 1] != ' ') --b;
        ++words;
      }
      // A headline has a few words; "Americans read more in winter" is prose.
      if (words > 30 || (words > 0 && words < 4)) continue;
      const std::string_view headline = std::string_view(folded).substr(b, k - b);
      const std::size_t next_end = scan.Word(after);
      const std::string_view next = std::string_view(folded).substr(after, next_end - after);
      // Prose goes on with what is read, or how much ("read more books",
      // "read more than ..."); after a link the next story's words begin.
      static constexpr std::string_view kReadWhat[] = {
          "than",      "of",       "about",  "books",  "book",    "novels",    "newspapers",
          "magazines", "fiction",  "poetry", "often",  "and",     "or",        "to",
          "in",        "on",       "at",     "from",   "into",    "with",      "widely",
          "closely",   "aloud",    "online", "slowly", "quickly", "carefully", "news",
          "stories",   "articles", "here",   "below",  "now",     "today",     "it",
          "them",      "this",     "these",  "those",  "for",     "by",        "because",
          "when",      "if",       "as",     "but",    "every",   "each"};
      const bool plain_next = !next.empty() && std::isalpha(static_cast<unsigned char>(next[0])) &&
                              !InWordList(next, kReadWhat);
      const bool story_follows = after >= folded.size() || text::IsSentenceOpener(next) ||
                                 (b == cut && words >= 5 && plain_next) || unit[after] == '"' ||
                                 IsAsciiUpper(unit[after]) ||
                                 headline.find_first_of(":?") != std::string_view::npos ||
                                 headline.find(" - ") != std::string_view::npos ||
                                 headline.find("\xE2\x80\x93") != std::string_view::npos;
      if (!story_follows) continue;
      if (after >= folded.size()) {
        // At the end: the link alone, after a finished sentence.
        if (!headline.empty() && !SentenceStart(k)) continue;
        while (b > cut && folded[b - 1] == ' ') --b;
      }
      out.push_back({b, after, false, FurnitureKind::kLink});
      if (after >= folded.size()) break;
      k = after - 1;
    }
  }

  // A prompt to follow a topic, wherever it is glued ("interested in
  // hurricane harvey? add hurricane harvey as an interest to stay up to date
  // on the latest ... news, video, and analysis from abc news. add interest
  // the heavy band of rain ..."): from "interested in" through its sentence
  // and the button after it.
  void CutInterestPrompts() {
    for (std::size_t k = FindBytes(folded, "as an interest to stay up to date", cut);
         k != std::string::npos;
         k = FindBytes(folded, "as an interest to stay up to date", k + 1)) {
      std::size_t b = folded.rfind("interested in", k);
      if (b == std::string::npos || b < cut || k - b > 160 || (b > 0 && folded[b - 1] != ' ')) {
        // A lower-cased crawl's question ends a sentence ("interested in las
        // vegas shooting?" stood alone): then from the "add" that opens this one.
        b = scan.SkipSpaces(cut);
        if (scan.Phrase(b, "add") == std::string::npos || k - b > 160) continue;
      }
      std::size_t e = FindBytes(folded, ". ", k);
      e = e == std::string::npos ? folded.size() : scan.SkipSpaces(e + 1);
      if (std::size_t button = scan.Phrase(e, "add interest"); button != std::string::npos)
        e = scan.SkipSpaces(button);
      out.push_back({b, e, false, FurnitureKind::kSignUp});
      k = e > 0 ? e - 1 : e;
    }
  }

  // Prompts glued into a run of text, from their opening words through
  // their end: a comment box, a newsletter box, a paywall offer, a video
  // player's transcript controls.
  void CutGluedBoxes() {
    const auto rules = RulesStanding(kGlued);
    for (std::size_t index = 0; index < rules.size(); ++index) {
      const FurnitureRule& g = *rules[index];
      if (index < 64 && g.phrase.size() >= kGluedPrefix && (glued_at >> index & 1) == 0)
        continue;  // (its phrase opens no word)
      for (std::size_t k = FindBytes(folded, g.phrase, cut); k != std::string::npos;
           k = FindBytes(folded, g.phrase, k + 1)) {
        if (k > 0 && folded[k - 1] != ' ') continue;
        const std::size_t c = FindBytes(folded, g.close, k);
        if (c == std::string::npos || c - k > g.reach) continue;
        std::size_t b = k;
        // The words leading into it: "conflicting views or leave a comment",
        // "share shares copy link copy hide transcript".
        for (std::string_view lead :
             std::initializer_list<std::string_view>{"or ", "share shares copy link copy "})
          if (b >= lead.size() + cut && folded.compare(b - lead.size(), lead.size(), lead) == 0)
            b -= lead.size();
        std::size_t e = scan.SkipSpaces(c + g.close.size());
        for (std::string_view tail :
             std::initializer_list<std::string_view>{"\xE2\x80\x93", "-", ">>", "."})
          if (folded.compare(e, tail.size(), tail) == 0) e = scan.SkipSpaces(e + tail.size());
        if (b > cut) {
          while (b > cut && folded[b - 1] == ' ') --b;
          if (e < folded.size()) ++b;  // one space stays between the words around it
        }
        out.push_back({b, e, false, g.kind});
        k = e > 0 ? e - 1 : e;
      }
    }
  }

  // A slide show's counter with the photo's credit before it, glued between
  // the captions of a gallery: "photo: lisa krantz, san antonio express-news
  // image 3 of 22 former district attorney ...", "image 1 of / 48 caption
  // close image 1 of 48 fences damaged ...". The captions stay, each apart.
  void CutGalleryCounters() {
    for (std::size_t k = FindBytes(folded, "image ", cut); k != std::string::npos;
         k = FindBytes(folded, "image ", k + 1)) {
      if (k > 0 && folded[k - 1] != ' ') continue;
      std::size_t e = k + 6;
      auto number = [&](std::size_t at) {
        std::size_t d = at;
        while (d < folded.size() && d - at < 4 && IsAsciiDigit(folded[d])) ++d;
        return d > at && (d == folded.size() || !IsAsciiDigit(folded[d])) ? d : std::string::npos;
      };
      e = number(e);
      if (e == std::string::npos || folded.compare(e, 4, " of ") != 0) continue;
      e += 4;
      const bool slash = folded.compare(e, 2, "/ ") == 0;  // "image 1 of / 48"
      if (slash) e += 2;
      e = number(e);
      if (e == std::string::npos) continue;
      e = scan.SkipSpaces(e);
      const std::size_t close = scan.Phrase(e, "caption close");
      if (close != std::string::npos) e = scan.SkipSpaces(close);
      std::size_t b = k;
      // The credit before it: "photo: <a few words>" ("file photo, <a few
      // words>"), within the sentence.
      std::size_t photo = std::string::npos;  // the later of the two
      for (std::string_view label : {"photo: ", "photo, "})
        if (const std::size_t at = folded.rfind(label, k);
            at != std::string::npos && (photo == std::string::npos || at > photo))
          photo = at;
      // (Also when the label alone opened the unit and was cut as such.)
      const bool credited = photo != std::string::npos && (photo >= cut || photo + 7 == cut) &&
                            (photo == 0 || folded[photo - 1] == ' ') && k - photo <= 80 &&
                            folded.substr(photo, k - photo).find(". ") == std::string::npos;
      if (credited) b = photo;
      // A gallery's marks around it; else "image 2 of 4" may be prose.
      auto after_mark = [&](std::string_view mark) {
        return k >= mark.size() && folded.compare(k - mark.size(), mark.size(), mark) == 0;
      };
      if (!credited && !slash && close == std::string::npos && !after_mark("caption close ") &&
          !after_mark(") "))
        continue;
      // What stands on either side, a headline or another caption, is apart.
      while (b > cut && folded[b - 1] == ' ') --b;
      out.push_back({b, e, b > cut && e < folded.size(), FurnitureKind::kImageLabel});
      k = e > 0 ? e - 1 : e;
    }
  }

  // Parenthesised credits further on.
  void CutParenthesisedCredits() {
    for (std::size_t k = folded.find('(', cut); k != std::string::npos;
         k = folded.find('(', k + 1)) {
      std::size_t e = scan.ParenthesisedCredit(k);
      // A credit with no credit's word, after a caption's end: the story
      // that follows it in a crawl starts a new sentence, lower-cased.
      if (e == std::string::npos && SentenceStart(k)) {
        e = scan.CreditAfterASentence(k);
        if (e == std::string::npos) continue;
        std::size_t b = k;
        while (b > cut && folded[b - 1] == ' ') --b;
        std::size_t after = scan.SkipSpaces(e);
        if (const std::size_t d = scan.PlaceBeforeDash(after); d != std::string::npos) after = d;
        FurnitureRange range{b, after, b > cut && after < folded.size(), FurnitureKind::kCredit};
        range.caption_before = b > cut && out.empty() && scan.WordsBetween(cut, k) <= kCaptionWords;
        out.push_back(range);
        k = after - 1;
        continue;
      }
      if (e == std::string::npos) continue;
      std::size_t b = k;
      while (b > cut && folded[b - 1] == ' ') --b;
      // Keep one space between the words on either side.
      std::size_t after = scan.SkipSpaces(e);
      // A photo's credit after the unit's first sentence, the story after
      // it: that sentence is the photo's caption ("A tow truck moves a van
      // ... monday, march 30, 2015, near moore haven, fla. ( photo: luis m.
      // alvarez, ap ) shocked members of a florida church ...").
      const std::string_view credit = std::string_view(folded).substr(k, e - k);
      if (b > cut && SentenceStart(k) &&
          (credit.find("photo") != std::string_view::npos ||
           credit.find("images") != std::string_view::npos) &&
          scan.WordsBetween(cut, k) <= kCaptionWords && scan.WordsFrom(after, 4) >= 4 &&
          (ReadsAsCaption(std::string_view(folded).substr(cut, k - cut)) ||
           IsPhotoCaption(unit.substr(cut, k - cut)))) {
        out.push_back({cut, after, false, FurnitureKind::kCredit});
        k = e - 1;
        continue;
      }
      if (b > cut && after < folded.size()) ++b;
      out.push_back(
          {b, after < folded.size() ? after : folded.size(), false, FurnitureKind::kCredit});
      k = e - 1;
    }
  }

  // The ranges in order, overlaps merged.
  std::vector<FurnitureRange> Merged() {
    std::sort(out.begin(), out.end(),
              [](const FurnitureRange& a, const FurnitureRange& b) { return a.begin < b.begin; });
    std::vector<FurnitureRange> merged;
    for (const auto& r : out) {
      if (!merged.empty() && r.begin <= merged.back().end) {
        merged.back().end = std::max(merged.back().end, r.end);
        merged.back().separates = merged.back().separates || r.separates;
        merged.back().headline_follows = merged.back().headline_follows || r.headline_follows;
        merged.back().caption_before = merged.back().caption_before || r.caption_before;
      } else
        merged.push_back(r);
    }
    // Furniture running to the end takes the spaces before it.
    if (!merged.empty() && merged.back().end >= unit.size())
      while (merged.back().begin > 0 && unit[merged.back().begin - 1] == ' ') --merged.back().begin;
    return merged;
  }
};

}  // namespace

std::vector<FurnitureRange> FindInlineFurniture(std::string_view unit, bool in_video_box) {
  FurnitureSearch search(unit);
  search.CutOpening();
  search.CutVideoBox(in_video_box);
  search.CutDoubledHeadline();
  search.Prefilter();
  search.CutEverywhere();
  search.CutMarkup();
  search.CutEmbeddedPosts();
  search.CutTimestamps();
  search.CutOpeningStamp();
  search.CutInnerStamps();
  search.CutPostSignatures();
  search.CutLinkArrow();
  search.CutPressContacts();
  search.CutInnerOpenings();
  search.CutSlashCredits();
  search.CutAgencyFirstCredits();
  search.CutCreditsAfterHeadlines();
  search.CutStoryLinks();
  search.CutInterestPrompts();
  search.CutGluedBoxes();
  search.CutGalleryCounters();
  search.CutParenthesisedCredits();
  search.CutTranscriptMarks();
  return search.Merged();
}

bool OpensVideoBox(std::string_view unit) {
  // (Most units open with none of the buttons: looked at before anything
  // is folded.)
  const std::size_t i = unit.find_first_not_of(' ');
  if (i == std::string_view::npos || unit.size() - i < 6) return false;
  const std::string opening = AsciiFold(unit.substr(i, 5));
  if (opening != "close" && !opening.starts_with("skip ") && opening != "x emb") return false;
  FurnitureSearch search(unit);
  search.CutOpening();
  const std::size_t from = search.PlayerControlsEnd();
  return from != std::string::npos && search.VideoBoxEnd(from) == std::string::npos;
}

bool VideoBoxCloses(std::string_view unit) {
  if (unit.find('(') == std::string_view::npos) return false;
  const FurnitureSearch search(unit);
  return search.VideoBoxEnd(0) != std::string::npos;
}

namespace {

// Whether `unit` may be a reader notice at all: every phrase IsReaderNotice
// needs holds "inbox", "articles" or the word "our" (one pass, as most units
// are not).
bool MayBeReaderNotice(std::string_view unit) {
  if (unit.size() >= 400) return false;
  // The rest of each word, then its first letter in either case.
  auto after = [&](std::string_view rest, char first, bool word_start) {
    for (std::size_t at = FindBytes(unit, rest, 1); at != std::string_view::npos;
         at = FindBytes(unit, rest, at + 1)) {
      const std::size_t i = at - 1;
      if (static_cast<char>(unit[i] | 0x20) == first &&
          (!word_start || i == 0 || unit[i - 1] == ' '))
        return true;
    }
    return false;
  };
  return after("nbox", 'i', false) || after("rticles", 'a', false) || after("ur ", 'o', true);
}

// No sentence ends inside: a sentence end before a capital or a quotation.
// (Lower-cased crawls run sentences on: "fabulousness awaits! you ...".)
bool OneSentence(std::string_view unit) { return FirstSentenceEnd(unit) == unit.size(); }

bool IsReaderNotice(std::string_view folded) {
  if (folded.size() >= 400 || std::count(folded.begin(), folded.end(), ' ') >= 40) return false;
  auto holds = [&](std::span<const std::string_view> phrases) {
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](std::string_view p) { return HasAsciiWord(folded, p); });
  };
  return holds(ReaderOffers()) && holds(MailWords());
}

// An author's contact line: an e-mail address offered to the reader ("He
// can be reached at jdoe@example.com or you can follow him on twitter.",
// "Email her at ..."); news quoting an address does not offer it so.
bool IsContactLine(std::string_view unit) {
  if (unit.size() >= 300) return false;
  const std::size_t at = unit.find('@');
  if (at == std::string_view::npos || at == 0 || !IsWordChar(unit[at - 1])) return false;
  const std::size_t end = unit.find(' ', at);
  const std::string_view domain =
      unit.substr(at + 1, end == std::string_view::npos ? end : end - at - 1);
  const std::size_t dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size() ||
      !IsWordChar(domain[dot + 1]))
    return false;
  const std::string folded = AsciiFold(unit);
  for (std::string_view offer : ContactOffers())
    if (HasAsciiWord(folded, offer)) return true;
  return false;
}

// A sentence telling the reader to click is short; a longer unit holding
// the words is a story about links, or several sentences.
constexpr std::size_t kClickHereSentenceBytes = 240;
constexpr std::size_t kClickHereMostWords = 24;
constexpr std::size_t kClickHereMostTailWords = 14;  // "click here" and 12 words after it

// A sentence sending the reader to a link ("To see video from sky 4 of the
// camp, click here.", "Click here to download the press release."): short,
// and ending soon after the words; a crawl glues the story on after them
// without a stop ("Click here to watch jane doe's report mendoza was facing
// ..."). Said to the reader: opening the sentence, or after a clause, a
// label, a question or "please" ("Readers who click here are more likely to
// subscribe" is prose).
bool SendsReaderToALink(std::string_view unit) {
  // (Most units hold no "lick here": looked for before anything is folded.)
  if (unit.size() > kClickHereSentenceBytes || unit.find("lick here") == std::string_view::npos ||
      !OneSentence(unit))
    return false;
  const std::string folded = AsciiFold(unit);
  const std::size_t at = folded.find("click here");
  if (at == std::string::npos || (at > 0 && IsAsciiAlpha(folded[at - 1]))) return false;
  std::string_view before = std::string_view(folded).substr(0, at);
  while (!before.empty() && (before.back() == ' ' || before.back() == '"')) before.remove_suffix(1);
  const bool addressed = before.empty() || before.ends_with("please") ||
                         std::string_view(",:?!(-").find(before.back()) != std::string_view::npos;
  const Scanner scan(folded);
  return addressed && scan.WordsFrom(0, kClickHereMostWords + 1) <= kClickHereMostWords &&
         scan.WordsFrom(at, kClickHereMostTailWords + 1) <= kClickHereMostTailWords;
}

// A sentence asking the reader to write in the comments ("Feel free to
// weigh-in yourself, via the comments section.", "Let us know in the
// comments."): short, and holding both a place for comments and a way of
// asking; a story about a comments section asks nothing of its reader.
constexpr std::size_t kCommentInvitationBytes = 240;

bool InvitesComments(std::string_view unit) {
  // (Most units hold no "omment": looked for before anything is folded.)
  if (unit.size() > kCommentInvitationBytes || unit.find("omment") == std::string_view::npos ||
      !OneSentence(unit))
    return false;
  const std::string folded = AsciiFold(unit);
  auto holds = [&](std::span<const std::string_view> phrases) {
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](std::string_view p) { return HasAsciiWord(folded, p); });
  };
  return holds(CommentPlaces()) && holds(CommentInvitations());
}

// A sentence pointing the reader to a link by "here" at its end ("Read the
// full story here.", "You can read our privacy policy here.", "For more,
// view our help document here.", "The report is available here."): opening
// with a verb of reading or seeing (after "For ...,", "you can", "be sure
// to"), or saying what is available. "I'm the victim here." and "a speech
// here" are prose.
bool PointsToALinkHere(std::string_view unit) {
  if (unit.size() > kClickHereSentenceBytes) return false;
  std::string_view end = unit;
  while (!end.empty() && end.back() == ' ') end.remove_suffix(1);
  if (!end.ends_with(" here.") && !end.ends_with(" here!") && !end.ends_with(", here."))
    return false;
  if (!OneSentence(unit)) return false;
  const std::string folded = AsciiFold(unit);
  // (What is available, within a few words of "here": "... is available
  // for pre-order here.")
  if (const std::size_t a = folded.rfind(" available ");
      a != std::string::npos && folded.size() - a < 40)
    return true;
  const Scanner scan(folded);
  std::size_t i = scan.SkipSpaces(0);
  if (scan.Phrase(i, "for") != std::string::npos) {  // "For more on managing cookies, view ..."
    const std::size_t comma = folded.find(", ", i);
    if (comma == std::string::npos || comma - i > 60) return false;
    i = scan.SkipSpaces(comma + 1);
  }
  for (std::string_view lead : {"you can", "be sure to"})
    if (const std::size_t e = scan.Phrase(i, lead); e != std::string::npos) i = scan.SkipSpaces(e);
  const std::string_view verb = std::string_view(folded).substr(i, scan.Word(i) - i);
  return InLexicon(verb, LinkVerbs());
}

// The first 80 bytes of `text` in lower case, in the thread's buffer (this
// runs for every unit): valid until the thread's next call.
const std::string& FoldedOpening(std::string_view text) {
  thread_local std::string folded;
  folded.assign(text.substr(0, 80));
  for (char& c : folded) c = AsciiLower(c);
  return folded;
}

// Where the first word of `folded` starts, past spaces and opening quotes.
std::size_t OpeningWord(const Scanner& scan, const std::string& folded) {
  std::size_t i = scan.SkipSpaces(0);
  while (i < folded.size() && folded[i] == '"') i = scan.SkipSpaces(i + 1);
  return i;
}

}  // namespace

bool OpensLikeAPrompt(std::string_view text) {
  // The rules' first words, by their first byte, to skip at once the many
  // units and sentences no rule opens (this runs for every one of them).
  static const auto* first_words = [] {
    auto* by_byte = new std::array<std::vector<std::string_view>, 256>();
    for (const FurnitureRule* rule : RulesStanding(kOpensPrompt)) {
      const std::string_view w = rule->phrase.substr(0, rule->phrase.find(' '));
      if (w.empty()) continue;
      auto& words = (*by_byte)[static_cast<unsigned char>(w[0])];
      if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(w);
    }
    return by_byte;
  }();
  {
    std::size_t at = 0;
    while (at < text.size() && (text[at] == ' ' || text[at] == '"')) ++at;
    std::size_t end = at;
    while (end < text.size() && text[end] != ' ' && end - at < 24) ++end;
    const std::string_view word = text.substr(at, end - at);
    if (word.empty()) return false;
    const auto& candidates = (*first_words)[static_cast<unsigned char>(AsciiLower(word[0]))];
    if (std::none_of(candidates.begin(), candidates.end(), [&](std::string_view w) {
          // The rule's word, or its start when punctuation follows ("editor's note:").
          return word.size() >= w.size() &&
                 std::equal(w.begin(), w.end(), word.begin(),
                            [](char a, char b) { return a == AsciiLower(b); });
        }))
      return false;
  }
  const std::string& folded = FoldedOpening(text);
  Scanner scan(folded);
  const std::size_t i = OpeningWord(scan, folded);
  // The rules that open a prompt (or a link's label before another story's
  // headline glued to whatever follows: "Watch: leah remini opens up about
  // ...", "Related: who is michael fry, ...").
  for (const FurnitureRule* rule : RulesStanding(kOpensPrompt)) {
    const std::size_t e = scan.Phrase(i, rule->phrase);
    if (e != std::string::npos && scan.Take(*rule, i, e) != std::string::npos) return true;
  }
  return false;
}

bool IsCopyrightLine(std::string_view text) {
  constexpr std::size_t kLongest = 120;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() > kLongest) return false;
  // (Asked of every sentence: most open otherwise.)
  const std::size_t first = text.find_first_not_of(" \"");
  if (first == std::string_view::npos || first + 2 > text.size()) return false;
  const char a = AsciiLower(text[first]), b = AsciiLower(text[first + 1]);
  if (!((a == 'c' && b == 'o') || (a == 'a' && b == 'l') || (a == '(' && b == 'c') ||
        (a == '\xC2' && b == '\xA9')))
    return false;
  const std::string folded = AsciiFold(text);
  const Scanner scan(folded);
  const std::size_t i = OpeningWord(scan, folded);
  if (const std::size_t e = scan.Phrase(i, "all rights reserved");
      e != std::string::npos && (e == folded.size() || folded.substr(e) == "."))
    return true;
  for (std::string_view mark : {"copyright", "\xC2\xA9", "(c)"})
    if (const std::size_t e = scan.Phrase(i, mark);
        e != std::string::npos && scan.CopyrightNoticeEnd(e) == folded.size())
      return true;
  return false;
}

// Most words of the question opening a prompt to follow a topic.
constexpr std::size_t kMaxInterestQuestionWords = 8;

bool IsPrompt(std::string_view unit) {
  if (OpensLikeAPrompt(unit)) return true;
  const std::string& folded = FoldedOpening(unit);
  Scanner scan(folded);
  const std::size_t i = OpeningWord(scan, folded);
  // A notice addressed to the reader about mail or a reading allowance
  // ("Whenever jane doe posts new content, you'll get an email delivered to
  // your inbox with a link.", "Thank you for reading 10 free articles on
  // example.com."), not a sentence about inboxes ("press the i key for
  // quick access to your inbox").
  if (MayBeReaderNotice(unit) && OneSentence(unit) &&
      IsReaderNotice(AsciiFold(unit.substr(0, 400))))
    return true;
  if (IsContactLine(unit)) return true;
  if (IsCopyrightLine(unit)) return true;
  // The question that opens a prompt to follow a topic, where a lower-cased
  // crawl split it from the prompt ("Interested in las vegas shooting?"; see
  // CutInterestPrompts): a question of a few words and nothing else.
  if (scan.Phrase(i, "interested in") != std::string::npos) {
    std::string_view rest = unit;
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    if (!rest.empty() && rest.back() == '?' && rest.find_first_of(".!") == std::string_view::npos &&
        static_cast<std::size_t>(std::count(rest.begin(), rest.end(), ' ')) <
            kMaxInterestQuestionWords)
      return true;
  }
  if (SendsReaderToALink(unit) || PointsToALinkHere(unit)) return true;
  if (InvitesComments(unit)) return true;
  // A video player's box, or either half of it ("just watched <title>
  // replay more videos...", "must watch <title> 02: 13").
  if (scan.Phrase(i, "just watched") != std::string::npos ||
      scan.Phrase(i, "must watch") != std::string::npos) {
    const std::string box = AsciiFold(unit.substr(0, 400));
    const Scanner box_scan(box);
    if (box_scan.Prefix(box_scan.SkipSpaces(0)) != std::string::npos) return true;
  }
  return false;
}

namespace {

// A writer's roles ("a Globe columnist", "an online editor with"), the
// prepositions before the outlet, and the words of a newspaper group.
constexpr std::string_view kWriterRoles[] = {
    "writer",      "columnist", "editor",     "reporter",       "correspondent",
    "contributor", "blogger",   "journalist", "critic",         "freelancer",
    "free-lance",  "freelance", "publisher",  "editor-in-chief"};
constexpr std::string_view kOutletPrepositions[] = {"for", "with", "at", "of", "based"};
constexpr std::string_view kNewspaperWords[] = {"newspaper", "newspapers", "news", "media",
                                                "publishing"};
constexpr std::string_view kSubjectPronouns[] = {"he", "she", "they", "it", "we", "i", "this"};
constexpr std::size_t kAuthorNoteWords = 24;     // the note's words at most
constexpr std::size_t kAuthorNoteRoleWords = 6;  // from "is a" to the role at most
constexpr std::size_t kAuthorNoteNameWords = 7;  // before "is"/"writes" at most

std::string WithoutTrailingMarks(std::string w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ')')) w.pop_back();
  return w;
}

}  // namespace

bool IsAuthorNote(std::string_view unit, std::string* subject) {
  while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
  while (!unit.empty() && unit.back() == ' ') unit.remove_suffix(1);
  // An editor's note in parentheses tells of the writer whatever its form
  // ("(Tim Giago, Lakota Indian, is publisher and editor-in-chief of Indian
  // Country Today.)"): its role may come without an article or after another.
  const bool parenthesised = unit.starts_with("(") && unit.ends_with(")");
  if (parenthesised) unit = unit.substr(1, unit.size() - 2);
  if (unit.size() > 240 || !EndsSentence(unit)) return false;
  // (Every note holds " is " or " writes " among its first words, and has
  // few words: most units are looked at no further.)
  std::size_t word_count = 0, head_end = unit.size();
  for (std::size_t at = 0; at < unit.size();) {
    const std::size_t end = std::min(unit.find(' ', at), unit.size());
    if (end > at && ++word_count == kAuthorNoteNameWords + 1)
      head_end = std::min(end + 1, unit.size());
    at = end + 1;
  }
  if (word_count > kAuthorNoteWords) return false;
  const std::string_view head = unit.substr(0, head_end);
  if (FindBytes(head, " is ") == std::string_view::npos &&
      FindBytes(head, " writes ") == std::string_view::npos)
    return false;
  std::vector<std::string> words;
  for (std::size_t at = 0; at < unit.size();) {
    const std::size_t end = std::min(unit.find(' ', at), unit.size());
    if (end > at) words.push_back(AsciiFold(unit.substr(at, end - at)));
    at = end + 1;
  }
  if (words.size() > kAuthorNoteWords || words.empty() ||
      InWordList(std::string_view(words[0]), kSubjectPronouns))
    return false;
  for (std::size_t k = 1; k < words.size() && k <= kAuthorNoteNameWords; ++k) {
    // The name is what comes before "is", or before its apposition.
    std::size_t last_name_word = k - 1;
    for (std::size_t w = 0; w + 1 < k; ++w)
      if (words[w].ends_with(",")) {
        last_name_word = w;
        break;
      }
    const std::string name = WithoutTrailingMarks(words[last_name_word]);
    // "<name> writes for <outlet>"
    if (words[k] == "writes" && k + 1 < words.size() && words[k + 1] == "for") {
      if (subject != nullptr) *subject = name;
      return true;
    }
    if (words[k] != "is" || k + 2 >= words.size()) continue;
    // "<paper> is part of the <owner> Newspaper Group"
    if (words[k + 1] == "part" && words[k + 2] == "of") {
      const std::string last = WithoutTrailingMarks(words.back());
      if (subject != nullptr) subject->clear();
      return (last == "group" || last == "network") &&
             std::any_of(words.begin() + static_cast<std::ptrdiff_t>(k), words.end(),
                         [](const std::string& w) {
                           return InWordList(std::string_view(WithoutTrailingMarks(w)),
                                             kNewspaperWords);
                         });
    }
    // "<name> is a|an|the [kind of] <role> [for|with|at|of <outlet>]"
    const bool article = words[k + 1] == "a" || words[k + 1] == "an" || words[k + 1] == "the";
    if (!article && !parenthesised) continue;
    // (Not a second role: "the founder and editor of" tells of someone in
    // the news; in an editor's note it is the writer's.)
    for (std::size_t r = article ? k + 2 : k + 1;
         r < words.size() && r <= k + kAuthorNoteRoleWords &&
         (parenthesised || words[r - 1] != "and");
         ++r) {
      std::string role = WithoutTrailingMarks(words[r]);
      if (role.ends_with("s")) role.pop_back();
      if (!InWordList(std::string_view(role), kWriterRoles)) continue;
      // The role ends the note, or an outlet follows it.
      if (r + 1 == words.size() ||
          InWordList(std::string_view(words[r + 1]), kOutletPrepositions)) {
        if (subject != nullptr) *subject = name;
        return true;
      }
    }
    return false;
  }
  return false;
}

bool IsPhotoCaption(std::string_view unit) {
  // Every opening below starts "fi", "th" or "in": most units go here.
  {
    const std::size_t b = unit.find_first_not_of(' ');
    if (b == std::string_view::npos || unit.size() - b < 4) return false;
    const char c0 = AsciiLower(unit[b]), c1 = AsciiLower(unit[b + 1]);
    if (!(c0 == 'f' && c1 == 'i') && !(c0 == 't' && c1 == 'h') && !(c0 == 'i' && c1 == 'n'))
      return false;
  }
  std::string folded = AsciiFold(unit.substr(0, 120));
  Scanner scan(folded);
  std::size_t i = scan.SkipSpaces(0);
  // The rules that open a caption ("FILE - In this ...", "This undated
  // photo provided by ...").
  for (const FurnitureRule* rule : RulesStanding(kOpensCaption))
    if (scan.Phrase(i, rule->phrase) != std::string::npos) return true;
  // "This 2011 photo provided by ...", "This wednesday, april 23, 2014 photo
  // released by ...": a date between, and what the photo is.
  if (std::size_t t = scan.Phrase(i, "this"); t != std::string::npos) {
    for (std::string_view noun : {" photo ", " image "}) {
      const std::size_t at = folded.find(noun, t);
      if (at == std::string::npos || at - t > 40) continue;
      if (!IsDate(std::string_view(folded).substr(t, at - t))) continue;
      for (std::string_view next : {"taken", "provided", "released", "made", "shows", "obtained"})
        if (scan.Phrase(at + noun.size(), next) != std::string::npos) return true;
    }
  }
  // "In this Jan. 28, 2014, photo, ...", "In this photo taken ...": between
  // "in this" and "photo" nothing, "file", or a date.
  std::size_t start = scan.Phrase(i, "in this");
  if (start == std::string::npos) start = scan.Phrase(i, "in these");
  if (start == std::string::npos) return false;
  std::size_t photo = folded.find(" photo", start);
  if (photo == std::string::npos || photo - start > 40) return false;
  std::string_view between = std::string_view(folded).substr(start, photo - start);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  // A date ("in this sept. 18, 1993 photo, ..."), or one set off ("in this
  // jan. 28, 2014, file photo").
  const bool dated =
      IsDate(between) || (between.find_first_of("0123456789") != std::string_view::npos &&
                          (between.ends_with(",") || between.ends_with("file")));
  if (!between.empty() && between != "file" && !dated) return false;
  std::size_t e = photo + 6;
  if (e < folded.size() && folded[e] == 's') ++e;  // "in these photos made available by"
  if (e == folded.size() || folded[e] == ',') return true;
  for (std::string_view next : std::initializer_list<std::string_view>{
           " taken", " provided", " released", " made", " shows", " from"})
    if (folded.compare(e, next.size(), next) == 0) return true;
  return false;
}

bool IsGalleryCaption(std::string_view unit) {
  auto digits = [&](std::size_t i) {
    std::size_t e = i;
    while (e < unit.size() && std::isdigit(static_cast<unsigned char>(unit[e]))) ++e;
    return e > i ? e : std::string_view::npos;
  };
  // (One search, for "ide caption ": the "h" may be a capital.)
  for (std::size_t at = FindBytes(unit, "ide caption ", 1); at != std::string_view::npos;
       at = FindBytes(unit, "ide caption ", at + 1)) {
    if (unit[at - 1] != 'h' && unit[at - 1] != 'H') continue;
    const std::size_t e = digits(at + 12);
    if (e == std::string_view::npos || unit.substr(e, 4) != " of ") continue;
    if (digits(e + 4) != std::string_view::npos) return true;
  }
  return false;
}

namespace {

// Words a caption's day may stand behind at most ("... , tuesday, june 26,
// 2012, in panacea, fla.").
constexpr std::size_t kWordsAfterCaptionsDay = 8;

// True when `sentence` gives the day as a wire photo's caption does: the
// weekday, then the month, day and year ("A florida highway patrolman warns
// motorists ... in medart, fla., tuesday, june 26, 2012."), near its end, in
// a sentence that opens with no "On" and reports or foretells nothing. A
// story's prose names the weekday or the date, seldom both with the year.
bool GivesCaptionsDay(std::string_view sentence) {
  // (A weekday's full name, found by its "day", before anything else: most
  // sentences are refused here, unsplit.)
  bool weekday = false;
  for (std::size_t i = FindBytes(sentence, "day", 0); i != std::string_view::npos && !weekday;
       i = FindBytes(sentence, "day", i + 1))
    for (std::size_t n = 3; n <= 6 && n <= i && !weekday; ++n)
      for (const CalendarName& name : std::span(kWeekdayNames).first(kFullWeekdayNames))
        weekday = weekday || EqualsIgnoringAsciiCase(sentence.substr(i - n, n + 3), name.text);
  if (!weekday) return false;
  const std::string folded = AsciiFold(sentence);
  std::vector<std::string_view> words;
  for (std::size_t w = 0; w < folded.size();) {
    std::size_t e = folded.find(' ', w);
    if (e == std::string::npos) e = folded.size();
    if (e > w) words.push_back(std::string_view(folded).substr(w, e - w));
    w = e + 1;
  }
  auto bare = [](std::string_view w) {
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    return w;
  };
  if (words.empty() || words[0] == "on") return false;
  for (std::size_t k = 0; k + 3 < words.size(); ++k) {
    if (!IsCalendarName(std::span(kWeekdayNames).first(kFullWeekdayNames), bare(words[k])) ||
        !IsCalendarName(kMonthNames, bare(words[k + 1])))
      continue;
    // (The comma after the day may be missing: "thursday, sept. 11 2014".)
    const std::string_view day = bare(words[k + 2]), year = bare(words[k + 3]);
    if (day.empty() || day.size() > 2 || !std::all_of(day.begin(), day.end(), IsAsciiDigit) ||
        year.size() != 4 || !std::all_of(year.begin(), year.end(), IsAsciiDigit))
      return false;
    if (words.size() - (k + 4) > kWordsAfterCaptionsDay) return false;
    for (std::string_view w : words)
      if (InLexicon(bare(w), ProseAroundADay())) return false;
    return true;
  }
  return false;
}

}  // namespace

// An agency's caption in the present tense, dated: something "is seen" or
// "are seen" and the sentence gives a month and a year ("Pigs feet are seen
// strewn tuesday, aug. 4, 2015, at the marco island home of ...", "A
// controller is seen along the railway line in april 2012."). "Is seen
// as", "is seen by" and the like are prose; so is "was seen".
bool SeenOnADay(std::string_view sentence) {
  bool seen = false;
  for (std::size_t i = FindBytes(sentence, " seen ", 0); i != std::string_view::npos && !seen;
       i = FindBytes(sentence, " seen ", i + 1)) {
    const std::string_view before = sentence.substr(0, i);
    if (!before.ends_with(" is") && !before.ends_with(" are")) continue;
    const std::string_view after = sentence.substr(i + 6);
    const std::string_view next = after.substr(0, after.find(' '));
    seen = !InLexicon(AsciiFold(next), ProseAfterSeen());
  }
  if (!seen) return false;
  // A month's name, then a year within three words.
  const std::string folded = AsciiFold(sentence);
  int since_month = -1;  // words since the last month's name; -1 for none
  for (std::size_t w = 0; w < folded.size();) {
    std::size_t e = folded.find(' ', w);
    if (e == std::string::npos) e = folded.size();
    std::string_view word = std::string_view(folded).substr(w, e - w);
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
    if (IsCalendarName(kMonthNames, word)) {
      since_month = 0;
    } else if (since_month >= 0 && ++since_month <= 3 && word.size() == 4 &&
               (word.starts_with("19") || word.starts_with("20")) &&
               std::all_of(word.begin(), word.end(), IsAsciiDigit)) {
      return true;
    }
    w = e + 1;
  }
  return false;
}

bool HoldsCaptionPhrase(std::string_view sentence) {
  // The agencies' caption, with the day in full at the end straight after
  // the place ("A vial of vaccine is seen at boston children's hospital in
  // boston, massachusetts february 26, 2015."), or the picture is an
  // illustration ("... is seen in this illustration taken may 13, 2015").
  if (EndsWithCaptionDate(sentence) || GivesCaptionsDay(sentence) || SeenOnADay(sentence))
    return true;
  if (FindBytes(sentence, " illustration", 0) != std::string_view::npos)  // (rare: one search)
    for (std::string_view illustration :
         {" in this illustration", " in this picture illustration", " in this photo illustration"})
      if (FindBytes(sentence, illustration, 0) != std::string_view::npos) return true;
  // A few searches for the phrases' key bytes (",", "pictured", "photo",
  // "image "), then a look around each.
  static constexpr std::string_view kAfterComma[] = {" left,",
                                                     " right,",
                                                     " center,",
                                                     " centre,",
                                                     " left)",
                                                     " right)",
                                                     " second from left",
                                                     " second from right",
                                                     " from left:",
                                                     " from left,",
                                                     " l-r:",
                                                     " l-r ",
                                                     " l to r:"};
  // (" in this " opening the sentence too: "In this image made from video, ...".)
  auto before = [&](std::size_t at, std::string_view words) {
    if (at >= words.size() && sentence.compare(at - words.size(), words.size(), words) == 0)
      return true;
    return words.front() == ' ' && at == words.size() - 1 &&
           AsciiFold(sentence.substr(0, at)) == words.substr(1);
  };
  for (std::size_t i = sentence.find(','); i != std::string_view::npos;
       i = sentence.find(',', i + 1)) {
    // (Each phrase opens with a space and one of these letters.)
    if (i + 2 >= sentence.size() || sentence[i + 1] != ' ' ||
        std::string_view("lrcsf").find(sentence[i + 2]) == std::string_view::npos)
      continue;
    for (std::string_view p : kAfterComma)
      if (sentence.compare(i + 1, p.size(), p) == 0) return true;
  }
  // Where someone stands, in parentheses after the name: "johnny bobbitt (
  // left ), kate mcclure ( center ) and ...".
  for (std::size_t i = sentence.find('('); i != std::string_view::npos;
       i = sentence.find('(', i + 1)) {
    std::size_t b = i + 1;
    while (b < sentence.size() && sentence[b] == ' ') ++b;
    std::size_t e = b;
    while (e < sentence.size() && (IsAsciiAlpha(sentence[e]) || sentence[e] == '-')) ++e;
    std::size_t close = e;
    while (close < sentence.size() && sentence[close] == ' ') ++close;
    if (close >= sentence.size() || sentence[close] != ')' || e == b) continue;
    // (Not a single letter: "Sen. Ted Cruz (R)" is a party.)
    static constexpr std::string_view kPlaces[] = {"left", "right", "center", "centre", "l-r"};
    if (InWordList(AsciiFold(sentence.substr(b, e - b)), kPlaces)) return true;
  }
  // "... is pictured", "in this picture ..." (one search for both).
  for (std::size_t i = FindBytes(sentence, "pictur", 0); i != std::string_view::npos;
       i = FindBytes(sentence, "pictur", i + 1)) {
    const std::string_view rest = sentence.substr(i + 6);
    if (rest.starts_with("ed") && (before(i, " is ") || before(i, " are "))) return true;
    if (rest.starts_with("e ") && (before(i, " in this ") || before(i, " in this still ")))
      return true;
  }
  for (std::size_t i = FindBytes(sentence, "photo", 0); i != std::string_view::npos;
       i = FindBytes(sentence, "photo", i + 1)) {
    if (i + 5 < sentence.size() &&
        std::string_view(" ,.:s").find(sentence[i + 5]) == std::string_view::npos)
      continue;
    for (std::string_view w : {" in this ", " file ", " undated ", " handout "})
      if (before(i, w)) return true;
  }
  for (std::size_t i = FindBytes(sentence, "image ", 0); i != std::string_view::npos;
       i = FindBytes(sentence, "image ", i + 1))
    if (before(i, " in this ") || before(i, " in this still ")) return true;
  return false;
}

std::size_t FieldLabels(std::string_view unit) {
  // (Most units hold no colon: one search, then nothing to count.)
  const std::size_t colon = unit.find(':');
  if (colon == std::string_view::npos) return 0;
  std::size_t labels = 0, letters = 0;
  // From the word before the first colon: what comes earlier counts nothing.
  std::size_t from = colon;
  while (from > 0 && IsAsciiAlpha(unit[from - 1])) --from;
  for (std::size_t i = from; i < unit.size(); ++i) {
    char c = unit[i];
    if (IsAsciiAlpha(c)) {
      ++letters;
      continue;
    }
    if (c == ':' && letters >= 2 && (i + 1 == unit.size() || unit[i + 1] == ' ')) ++labels;
    letters = 0;
  }
  return labels;
}

bool IsCreditName(std::string_view name) {
  std::string folded = AsciiFold(name);
  return InLexicon(folded, CreditNames());
}

}  // namespace precis::clean
