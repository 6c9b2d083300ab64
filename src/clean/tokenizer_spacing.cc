#include "clean/tokenizer_spacing.h"

#include <algorithm>
#include <array>
#include <vector>

#include "base/ascii.h"
#include "text/context_dependence.h"
#include "text/stopwords.h"

namespace precis::clean {
namespace {

constexpr std::string_view kClosingQuote = "\xE2\x80\x9D";  // ”
constexpr std::string_view kApostrophe = "\xE2\x80\x99";    // ’

// What follows a contraction's apostrophe: `i ' m`, `we ' ll`, `don ' t`.
constexpr std::array<std::string_view, 7> kContractionEnds = {"m", "ll", "re", "ve", "s", "t", "d"};

bool IsContractionEnd(std::string_view word) {
  return std::any_of(kContractionEnds.begin(), kContractionEnds.end(), [&](std::string_view e) {
    return word.size() == e.size() &&
           std::equal(word.begin(), word.end(), e.begin(),
                      [](char a, char b) { return static_cast<char>(a | 0x20) == b; });
  });
}

// Currency signs that English never sets off from an amount after them: `$
// 3 million`. (Other languages may: "US $ 100,00", "€ 5"; and "15,7 %" is
// German typography, French sets off "?", "!", ";" and ":", so those stay.)
constexpr std::array<std::string_view, 2> kCurrencySigns = {"$", "\xC2\xA3"};  // $ £

// Whether the mark at the start of `rest` comes after a closing quotation mark,
// never an opening one: a comma, a period (not an ellipsis, which may open
// a quotation: `"... there is`), a colon, a bracket.
bool OnlyAClosingMarkPrecedes(std::string_view rest) {
  if (rest.empty() || std::string_view(",.;:?!)]").find(rest[0]) == std::string_view::npos)
    return false;
  return !rest.starts_with("..");
}

// Whether `s` holds a space that Closer would close: a cheap scan of its
// spaces, since most text has none. (NormalizeLine raises a still cheaper
// flag as it writes each space; a case added here is added there too.)
bool HasTokenizerSpaces(std::string_view s) {
  if (s.size() >= 2 && s[0] == '"' && s[1] == ' ') return true;
  for (std::size_t i = s.find(' '); i != std::string_view::npos && i + 1 < s.size();
       i = s.find(' ', i + 1)) {
    const char next = s[i + 1];
    const bool spaced_after = i + 2 >= s.size() || s[i + 2] == ' ';
    if (next == ',' || next == '.') return true;
    if (next == '"' && (spaced_after || OnlyAClosingMarkPrecedes(s.substr(i + 2)))) return true;
    if (next == '\'' && (spaced_after || OnlyAClosingMarkPrecedes(s.substr(i + 2)))) return true;
    if (next == '\xE2' &&
        (s.substr(i + 1).starts_with(kClosingQuote) || s.substr(i + 1).starts_with(kApostrophe)))
      return true;
    if (i > 0 && (s[i - 1] == '$' || s[i - 1] == '\xA3') && IsAsciiDigit(next)) return true;
    if (i > 0 && s[i - 1] == '@' && IsAsciiAlpha(next)) return true;
  }
  for (std::size_t i = s.find('\''); i != std::string_view::npos; i = s.find('\'', i + 1))
    if (i >= 3 && s[i - 1] == 's' && i + 1 < s.size() && s[i + 1] >= 'a' && s[i + 1] <= 'z')
      return true;
  return false;
}

class Closer {
 public:
  explicit Closer(std::string_view s) : s_(s), drop_(s.size(), false), space_after_(s.size()) {}

  std::string Run() {
    bool quote_open = false, single_open = false;
    for (std::size_t i = 0; i < s_.size(); ++i) {
      switch (s_[i]) {
        case '"':
          Quote(i, quote_open);
          break;
        case ',':
        case '.':
          Punctuation(i);
          if (s_[i] == '.' && SpaceAt(i + 1)) single_open = false;  // a sentence's end
          break;
        case '\'':
          Apostrophe(i, 1);
          GluedPossessive(i);
          SingleQuote(i, single_open);
          break;
        case '@':  // a handle set off from its name: "@ nytimes"
          if ((i == 0 || s_[i - 1] == ' ') && SpaceAt(i + 1) && i + 2 < s_.size() &&
              IsAsciiAlpha(s_[i + 2]))
            drop_[i + 1] = true;
          break;
        case '\xE2':  // the first byte of ’ and ”
          if (s_.substr(i).starts_with(kApostrophe)) Apostrophe(i, kApostrophe.size());
          if (s_.substr(i).starts_with(kClosingQuote)) ClosingQuote(i);
          break;
        case '$':
        case '\xC2':  // the first byte of £
          for (std::string_view sign : kCurrencySigns)
            if (s_.substr(i).starts_with(sign) && SpaceAt(i + sign.size()) &&
                EnglishAmountAt(i + sign.size() + 1))
              drop_[i + sign.size()] = true;
          break;
        default:
          break;
      }
    }
    std::string out;
    out.reserve(s_.size());
    for (std::size_t i = 0; i < s_.size(); ++i) {
      if (!drop_[i]) out += s_[i];
      if (space_after_[i]) out += ' ';
    }
    return out;
  }

 private:
  // Wraps round for i = npos, so `SpaceAt(i - 1)` at 0 is false.
  bool SpaceAt(std::size_t i) const { return i < s_.size() && s_[i] == ' '; }
  bool Spaced(std::size_t i) const { return i >= s_.size() || s_[i] == ' '; }

  // A typographic closing mark set off from what it closes (` ”`); not a
  // Swedish one opening a ”word”.
  void ClosingQuote(std::size_t i) {
    const std::size_t after = i + kClosingQuote.size();
    if (SpaceAt(i - 1) && i >= 2 && s_[i - 2] != ' ' &&
        (after >= s_.size() || !IsAsciiAlpha(s_[after])))
      drop_[i - 1] = true;
  }

  // Whether an amount written the English way starts at `i` ("250,000",
  // "1.84"): not one with a decimal comma ("100,00"), which is written in
  // languages that set the sign off ("US $ 100,00").
  bool EnglishAmountAt(std::size_t i) const {
    if (i >= s_.size() || !IsAsciiDigit(s_[i])) return false;
    std::size_t end = i;
    while (end < s_.size() && (IsAsciiDigit(s_[end]) || s_[end] == ',' || s_[end] == '.')) ++end;
    while (end > i && !IsAsciiDigit(s_[end - 1])) --end;  // a sentence's comma or period
    const std::size_t comma = s_.substr(i, end - i).rfind(',');
    return comma == std::string_view::npos || end - (i + comma) - 1 == 3;
  }

  // Whether a verb of saying is among the first words from `i` ("gibbs
  // said", "he told", "the senator said", "said the mayor").
  bool SpeakerFollows(std::size_t i) const {
    constexpr int kWords = 3;
    for (int w = 0; w < kWords && i < s_.size(); ++w) {
      std::size_t end = i;
      while (end < s_.size() && IsAsciiAlpha(s_[end])) ++end;
      if (end == i) return false;
      if (text::IsVerbOfSaying(s_.substr(i, end - i))) return true;
      if (end >= s_.size() || s_[end] != ' ') return false;  // the clause goes on past a mark
      i = end + 1;
    }
    return false;
  }

  // Whether the mark at `i`, set off on both sides, closes a quotation by
  // the speaker named after it ("..., \" gibbs said", "guilty, ' writes").
  bool ClosesBeforeItsSpeaker(std::size_t i) const {
    return i >= 2 && std::string_view(",?!").find(s_[i - 2]) != std::string_view::npos &&
           SpeakerFollows(i + 2);
  }

  // The word (ASCII letters, lower-cased) that ends at `end`, and where it
  // begins.
  std::string LowerWordBefore(std::size_t end, std::size_t* begin = nullptr) const {
    std::size_t b = end;
    while (b > 0 && IsAsciiAlpha(s_[b - 1])) --b;
    if (begin != nullptr) *begin = b;
    std::string word(s_.substr(b, end - b));
    for (char& c : word) c = static_cast<char>(c | 0x20);
    return word;
  }

  // A function word or a verb of saying, after which a mark set off on
  // both sides opens a quotation ("was ' a mere instrument '", "says ' no '").
  static bool OpensAQuotationAfter(const std::string& word) {
    static const text::Stopwords& english = text::Stopwords::For("english");
    return !word.empty() && (english.Contains(word) || text::IsVerbOfSaying(word));
  }

  // Whether the quotation mark at `i` (with a space before it) comes right
  // after a colon or a verb of saying ("said: ", "said, ", "told reporters:").
  bool SpeakerPrecedes(std::size_t i) const {
    if (i < 2) return false;
    std::size_t end = i - 1;  // the space before the mark
    if (s_[end - 1] == ':') return true;
    if (s_[end - 1] == ',') --end;
    std::size_t begin = end;
    while (begin > 0 && IsAsciiAlpha(s_[begin - 1])) --begin;
    return begin < end && text::IsVerbOfSaying(s_.substr(begin, end - begin));
  }

  // A straight single quote at `i` that is no apostrophe of a word (Apostrophe
  // and GluedPossessive took those), told as a double one is within its
  // sentence: written against a word on its right it opens ("'absolutely
  // unacceptable ' provocation"), against one on its left it closes; set
  // off on both sides it closes an open one or one before its speaker
  // ("guilty, ' writes"), and opens after a function word, a verb of saying,
  // a comma or a colon ("the maturity to ' open a new era of hope '"; before
  // a decade's digits it only joins: "the ' 80s").
  void SingleQuote(std::size_t i, bool& open) {
    if ((i > 0 && drop_[i - 1]) || (i + 1 < s_.size() && drop_[i + 1]) || space_after_[i]) return;
    const bool before = i == 0 || s_[i - 1] == ' ';
    const bool after = Spaced(i + 1);
    if (before && open && OnlyAClosingMarkPrecedes(s_.substr(i + 1))) {  // ` ',`
      drop_[i - 1] = true;
      open = false;
      return;
    }
    if (before && !after) {
      if (IsAsciiAlpha(s_[i + 1])) open = true;
      return;
    }
    if (!before && after) {
      open = false;
      return;
    }
    if (!before || i < 2) return;
    if (open || ClosesBeforeItsSpeaker(i)) {
      drop_[i - 1] = true;
      open = false;
      return;
    }
    if (i + 2 >= s_.size()) return;
    const char next = s_[i + 2];
    if (!IsAsciiAlnum(next)) return;
    if (s_[i - 2] != ',' && s_[i - 2] != ':' && !OpensAQuotationAfter(LowerWordBefore(i - 1)))
      return;
    drop_[i + 1] = true;
    open = !IsAsciiDigit(next);
  }

  // A straight double quote at `i`. Written against a word on one side it
  // opens or closes by that; with a space on both sides (or at the line's
  // ends) it closes when a mark follows it or a quotation is open, and opens
  // otherwise. Before punctuation (` ",`) it closes.
  void Quote(std::size_t i, bool& open) {
    const bool before = i == 0 || s_[i - 1] == ' ';
    const bool after = Spaced(i + 1);
    if (before && OnlyAClosingMarkPrecedes(s_.substr(std::min(i + 1, s_.size())))) {  // ` ",`
      if (i > 0) drop_[i - 1] = true;
      open = false;
    } else if (before && !after) {
      open = true;
    } else if (!before && after) {
      open = false;
    } else if (before && after) {
      // What stands around the mark outweighs the count: a speaker named
      // after it closes a quotation (`..., " gibbs said`), one named before
      // it opens one (`the spokesman said: " america ...`).
      const bool mark_follows = OnlyAClosingMarkPrecedes(s_.substr(std::min(i + 2, s_.size())));
      const bool closes = mark_follows || ClosesBeforeItsSpeaker(i);
      const bool opens = !closes && SpeakerPrecedes(i);
      if (closes || (open && !opens)) {
        if (i > 0) drop_[i - 1] = true;
        open = false;
      } else {
        if (i + 1 < s_.size()) drop_[i + 1] = true;
        open = true;
      }
    } else {
      open = !open;
    }
  }

  // ` ,` ` .` after a word or a closing mark, at a word's end:
  // `they ,''`. Not an ellipsis's dots (`. . .`) nor a mark before a word
  // (`the .com domain`).
  void Punctuation(std::size_t i) {
    if (!SpaceAt(i - 1) || i < 2) return;
    const char before = s_[i - 2];
    if (!IsAsciiAlnum(before) && before != ')' && before != '"') return;
    if (s_[i] == '.' && (i + 2 < s_.size() && s_[i + 1] == ' ' && s_[i + 2] == '.')) return;
    if (!Spaced(i + 1) && s_[i + 1] != '"' && s_[i + 1] != '\'' &&
        !s_.substr(i + 1).starts_with(kClosingQuote))
      return;
    drop_[i - 1] = true;
  }

  // A plural's apostrophe glued to the next word, the space after it lost
  // ("the saints'days", "gibbs'response"): the space goes back. Not before
  // a contraction's end ("curtis's", "his'll"), nor after a short word
  // (French "s'il").
  void GluedPossessive(std::size_t i) {
    if (i < 3 || s_[i - 1] != 's' || !IsAsciiAlpha(s_[i - 2]) || !IsAsciiAlpha(s_[i - 3])) return;
    std::size_t end = i + 1;
    while (end < s_.size() && s_[end] >= 'a' && s_[end] <= 'z') ++end;
    if (end == i + 1 || (end < s_.size() && IsAsciiAlpha(s_[end]))) return;
    if (IsContractionEnd(s_.substr(i + 1, end - i - 1))) return;
    space_after_[i] = true;
  }

  // An apostrophe of `width` bytes at `i` with a space on both sides, inside
  // a contraction (`i ' m`, `don ' t`) or after an Irish "O" (`o ' grady`).
  void Apostrophe(std::size_t i, std::size_t width) {
    if (!SpaceAt(i - 1) || !SpaceAt(i + width) || i < 2) return;
    const std::size_t word = i + width + 1;
    if (word >= s_.size() || !IsAsciiAlpha(s_[word]) || !IsAsciiAlpha(s_[i - 2])) return;
    std::size_t end = word;
    while (end < s_.size() && IsAsciiAlpha(s_[end])) ++end;
    const bool joins = IsContractionEnd(s_.substr(word, end - word));
    const bool irish_o = (s_[i - 2] == 'o' || s_[i - 2] == 'O') && (i < 3 || s_[i - 3] == ' ');
    if (joins || irish_o) {
      drop_[i - 1] = true;
      drop_[i + width] = true;
    } else if (PluralBefore(i - 1)) {
      drop_[i - 1] = true;  // "the victims ' families" -> "the victims' families"
    }
  }

  // Whether the word ending at `end` is a plural (or a name ending in "s")
  // whose possessive apostrophe may follow: three letters or more ending in
  // "s", not a function word or a verb of saying, after which an apostrophe
  // set off opens a quotation ("was ' a mere instrument '", "says ' no '").
  bool PluralBefore(std::size_t end) const {
    std::size_t b = end;
    const std::string word = LowerWordBefore(end, &b);
    return word.size() >= 3 && word.back() == 's' && (b == 0 || s_[b - 1] == ' ') &&
           !OpensAQuotationAfter(word);
  }

  std::string_view s_;
  std::vector<bool> drop_;
  std::vector<bool> space_after_;
};

}  // namespace

std::string CloseParenthesesAndClocks(std::string text) {
  constexpr std::size_t kParenthesisReach = 200;
  // Most text has neither: returned as it came.
  if (text.find("( ") == std::string::npos && text.find(": ") == std::string::npos) return text;
  std::vector<bool> drop(text.size(), false);
  bool any = false;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] == '(' && text[i + 1] == ' ' && text[i + 2] != ' ') {
      const std::size_t close = text.find_first_of("()\n", i + 1);
      if (close == std::string::npos || text[close] != ')' || close - i > kParenthesisReach ||
          text[close - 1] != ' ' || text[close - 2] == ' ')
        continue;
      drop[i + 1] = drop[close - 1] = any = true;
    } else if (text[i] == ':' && i >= 1 && IsAsciiDigit(text[i - 1]) &&
               !(i >= 3 && IsAsciiDigit(text[i - 2]) && IsAsciiDigit(text[i - 3])) &&
               text[i + 1] == ' ' && i + 3 < text.size() && IsAsciiDigit(text[i + 2]) &&
               IsAsciiDigit(text[i + 3]) && (i + 4 >= text.size() || !IsAsciiDigit(text[i + 4]))) {
      drop[i + 1] = any = true;  // "11: 20", "( 0: 49 )"
    }
  }
  if (!any) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!drop[i]) out += text[i];
  return out;
}

std::string CloseTokenizerSpaces(std::string line) {
  if (!HasTokenizerSpaces(line)) return line;  // most text: returned as it came
  return Closer(line).Run();
}

}  // namespace precis::clean
