#include "read/html_boilerplate.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "base/ascii.h"

namespace precis::read {

namespace {

const char* Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

// Navigation, sharing, comments, promotions, captions and credits, author
// boxes and post metadata, embedded posts, calls to action, copyright lines
// (see the discard lists of trafilatura and readability).
bool IsBoilerplateWord(const std::string& word) {
  static const auto* words = new std::unordered_set<std::string>{
      "nav",        "navbar",      "navigation",   "menu",      "menus",         "submenu",
      "breadcrumb", "breadcrumbs", "share",        "sharing",   "sharebar",      "shares",
      "social",     "comment",     "comments",     "cookie",    "cookies",       "consent",
      "gdpr",       "related",     "recommended",  "recirc",    "sidebar",       "footer",
      "header",     "masthead",    "banner",       "advert",    "advertisement", "ad",
      "ads",        "sponsor",     "sponsored",    "promo",     "newsletter",    "subscribe",
      "popup",      "modal",       "skip",         "skiplink",  "toolbar",       "pagination",
      "pager",      "outbrain",    "taboola",      "disqus",    "byline",        "topbar",
      "caption",    "captions",    "credit",       "credits",   "slideshow",     "teaser",
      "teasers",    "trending",    "author",       "authors",   "bio",           "meta",
      "metadata",   "postmeta",    "postmetadata", "timestamp", "dateline",      "embed",
      "embedded",   "tweet",       "twitter",      "slider",    "cta",           "affiliate",
      "copyright",  "noprint",     "kommentare",
  };
  return words->count(word) > 0;
}

bool IsAdWord(const std::string& word) {
  return word == "ad" || word == "ads" || word == "advert" || word == "advertisement";
}

bool IsHeading(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

bool IsLayoutModifier(const std::string& word) {
  return word == "with" || word == "without" || word == "has" || word == "no";
}

bool IsBoilerplateRole(const std::string& role) {
  static const auto* roles = new std::unordered_set<std::string>{
      "navigation",    "menu",   "menubar", "banner",      "contentinfo",
      "complementary", "search", "dialog",  "alertdialog", "toolbar",
  };
  return roles->count(role) > 0;
}

}  // namespace

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_RT:  // ruby annotations: the reading of the characters before
    case GUMBO_TAG_RP:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const GumboElement& element) {
  if (Attribute(element, "hidden") != nullptr) return true;
  const char* aria = Attribute(element, "aria-hidden");
  if (aria != nullptr && AsciiFold(aria) == "true") return true;
  const char* style = Attribute(element, "style");
  if (style == nullptr) return false;
  std::string s = AsciiFold(style);
  s.erase(std::remove_if(s.begin(), s.end(),
                         [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
          s.end());
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

std::vector<std::string> NameWords(std::string_view value) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(AsciiFold(current));
    current.clear();
  };
  for (std::size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    if (!std::isalnum(c)) {
      flush();
      continue;
    }
    bool hump = std::isupper(c) && !current.empty() &&
                std::islower(static_cast<unsigned char>(current.back()));
    if (hump) flush();
    current += static_cast<char>(c);
  }
  flush();
  return words;
}

namespace {

// The furniture words of an element's class and id.
std::vector<std::string> BoilerplateWords(const GumboElement& element) {
  std::vector<std::string> out;
  for (const char* name : {"class", "id"}) {
    // A heading's id is an anchor made from its words ("nav_nur_die_folie").
    if (IsHeading(element.tag) && name[0] == 'i') continue;
    const char* value = Attribute(element, name);
    if (value == nullptr) continue;
    // A layout modifier ("with-sidebar", "has-ads", "no-sidebar") says
    // what is beside the element, not what it is; so does an ad word as a
    // BEM modifier ("Report__Section--Ads": a section ads are put into).
    std::string_view rest = value;
    while (!rest.empty()) {
      const std::size_t space = rest.find_first_of(" \t\n\r\f");
      const std::string_view token = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      const std::size_t modifier = token.find("--");
      const std::vector<std::string> words = NameWords(token);
      const std::size_t block_words = modifier == std::string_view::npos
                                          ? words.size()
                                          : NameWords(token.substr(0, modifier)).size();
      for (std::size_t i = 0; i < words.size(); ++i) {
        if (!IsBoilerplateWord(words[i]) || (i > 0 && IsLayoutModifier(words[i - 1]))) continue;
        if (i >= block_words && block_words > 0 && IsAdWord(words[i])) continue;
        out.push_back(words[i]);
      }
    }
  }
  return out;
}

}  // namespace

bool HasBoilerplateName(const GumboElement& element) {
  if (!BoilerplateWords(element).empty()) return true;
  const char* role = Attribute(element, "role");
  return role != nullptr && IsBoilerplateRole(AsciiFold(role));
}

bool HasCommentName(const GumboElement& element) {
  for (const std::string& word : BoilerplateWords(element))
    if (word == "comment" || word == "comments" || word == "kommentare" || word == "disqus")
      return true;
  return false;
}

bool IsLeadTeaser(const GumboElement& element, std::size_t text, std::size_t links) {
  if (links > 0 || text < 80 || element.tag == GUMBO_TAG_FIGURE || IsHeading(element.tag))
    return false;
  const std::vector<std::string> words = BoilerplateWords(element);
  if (words.empty()) return false;
  for (const std::string& word : words)
    if (word != "teaser" && word != "teasers") return false;
  const char* role = Attribute(element, "role");
  return role == nullptr || !IsBoilerplateRole(AsciiFold(role));
}

}  // namespace precis::read
