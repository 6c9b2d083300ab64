#include "read/content_scorer.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "read/html_boilerplate.h"

namespace precis::read {
namespace {

constexpr std::size_t kMinParagraphChars = 25;

struct Stats {
  std::size_t text = 0;   // visible (non-space) bytes
  std::size_t links = 0;  // of which inside <a>
  std::size_t commas = 0;
  bool has_block = false;  // a block-level element (not <br>) among its descendants
  double score = 0;        // priors plus what its paragraphs handed up
  bool scored = false;     // an ancestor of a paragraph: a candidate
  std::size_t para = 0;    // non-link bytes of the paragraphs beneath, at any depth
  bool muted = false;      // inside a block named as furniture: its paragraphs do not count
  // Of `text`, `links` and `commas`, what is loose: not inside a block-level
  // descendant (a <div> that mixes text, <br> and image blocks).
  std::size_t loose_text = 0;
  std::size_t loose_links = 0;
  std::size_t loose_commas = 0;
};

// A paragraph: an element all of whose text is one paragraph, or (`own`)
// the loose text of a block that mixes text and blocks.
struct Paragraph {
  const GumboNode* node;
  std::size_t text;
  std::size_t commas;
  bool own;
};

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT) return &node->v.element.children;
  return nullptr;
}

bool IsFurniture(const GumboNode* node, bool read_noscript) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboTag tag = node->v.element.tag;
  if (read_noscript && tag == GUMBO_TAG_NOSCRIPT) return IsHidden(node->v.element);
  return IsSkippedTag(tag) || IsHidden(node->v.element);
}

// Words of a class or id naming the article's content, in the languages of
// news sites (English, German, French, Spanish, Italian, Portuguese, Dutch).
bool IsContentWord(const std::string& word) {
  static const auto* words = new std::unordered_set<std::string>{
      "article", "articles", "articlebody", "body",     "content", "contents", "entry",
      "hentry",  "main",     "page",        "post",     "text",    "blog",     "story",
      "artikel", "inhalt",   "beitrag",     "contenu",  "texte",   "texto",    "contenido",
      "noticia", "testo",    "articolo",    "conteudo", "tekst",   "bericht",  "news",
  };
  return words->count(word) > 0;
}

bool HasContentName(const GumboElement& e) {
  for (const char* name : {"class", "id"}) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    if (a == nullptr) continue;
    for (const std::string& word : NameWords(a->value))
      if (IsContentWord(word)) return true;
  }
  return false;
}

double NamePrior(const GumboElement& e) {
  double prior = 0;
  if (HasBoilerplateName(e)) prior -= 25;
  for (const char* name : {"class", "id"}) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    if (a == nullptr) continue;
    for (const std::string& word : NameWords(a->value))
      if (IsContentWord(word)) {
        prior += 10;
        break;
      }
  }
  const GumboAttribute* itemprop = gumbo_get_attribute(&e.attributes, "itemprop");
  if (itemprop != nullptr && strcasecmp(itemprop->value, "articleBody") == 0) prior += 30;
  return prior;
}

double TagPrior(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ARTICLE:
      return 10;
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_DIV:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

bool IsParagraph(const GumboNode* node, const Stats& s) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return true;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
      return !s.has_block;
    default:
      return false;
  }
}

// Blocks whose loose text (beside their child blocks) is read as paragraphs.
bool HoldsLooseText(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

void CountTextNode(const char* text, bool in_link, Stats& s) {
  for (const char* p = text; *p != '\0'; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (std::isspace(c)) continue;
    ++s.text;
    if (in_link) ++s.links;
    // ',' and the CJK commas U+FF0C, U+3001 (their last byte).
    if (c == ',' || (c == 0x8C && p > text + 1 && static_cast<unsigned char>(p[-2]) == 0xEF) ||
        (c == 0x81 && p > text + 1 && static_cast<unsigned char>(p[-2]) == 0xE3 &&
         static_cast<unsigned char>(p[-1]) == 0x80))
      ++s.commas;
  }
}

double LinkDensity(const Stats& s) {
  return s.text == 0 ? 0 : static_cast<double>(s.links) / static_cast<double>(s.text);
}

}  // namespace

std::vector<const GumboNode*> FindArticleBlocks(const GumboNode* document, bool read_noscript) {
  std::unordered_map<const GumboNode*, Stats> stats;
  std::unordered_map<const GumboNode*, const GumboNode*> parent;
  std::vector<const GumboNode*> order;  // elements in post-order
  // Post-order walk with an explicit stack (pages can nest thousands deep).
  struct Frame {
    const GumboNode* node;
    unsigned int next;
    bool in_link;
  };
  std::vector<Frame> stack = {{document, 0, false}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* children = Children(f.node);
    if (children != nullptr && f.next < children->length) {
      const auto* child = static_cast<const GumboNode*>(children->data[f.next++]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
        Stats& s = stats[f.node];
        const Stats before = s;
        CountTextNode(child->v.text.text, f.in_link, s);
        s.loose_text += s.text - before.text;
        s.loose_links += s.links - before.links;
        s.loose_commas += s.commas - before.commas;
      } else if (child->type == GUMBO_NODE_ELEMENT && !IsFurniture(child, read_noscript)) {
        parent[child] = f.node;
        const bool in_link = f.in_link || child->v.element.tag == GUMBO_TAG_A;
        stack.push_back({child, 0, in_link});
      }
      continue;
    }
    const GumboNode* done = f.node;
    stack.pop_back();
    Stats& s = stats[done];
    if (done->type == GUMBO_NODE_ELEMENT) order.push_back(done);
    if (!stack.empty()) {
      Stats& up = stats[stack.back().node];
      up.text += s.text;
      up.links += s.links;
      up.commas += s.commas;
      const bool block = done->type == GUMBO_NODE_ELEMENT && IsBlockTag(done->v.element.tag) &&
                         done->v.element.tag != GUMBO_TAG_BR;
      up.has_block = up.has_block || s.has_block || block;
      if (!block) {
        up.loose_text += s.loose_text;
        up.loose_links += s.loose_links;
        up.loose_commas += s.loose_commas;
      }
    }
  }
  const std::size_t page_text = stats[document].text;

  // Paragraph text beneath every element; `muted` says which paragraphs
  // count (none at first).
  auto count_paragraphs = [&](std::vector<Paragraph>* paragraphs) {
    for (const GumboNode* node : order) {
      Stats& s = stats[node];
      s.para = 0;
    }
    for (const GumboNode* node : order) {
      Stats& s = stats[node];
      if (!s.muted && s.text >= kMinParagraphChars && IsParagraph(node, s)) {
        if (paragraphs != nullptr) paragraphs->push_back({node, s.text, s.commas, false});
        s.para = LinkDensity(s) < 0.5 ? s.text - s.links : 0;
      } else if (!s.muted && s.has_block && s.loose_text >= kMinParagraphChars &&
                 HoldsLooseText(node->v.element.tag)) {
        if (paragraphs != nullptr)
          paragraphs->push_back({node, s.loose_text, s.loose_commas, true});
        if (s.loose_links * 2 < s.loose_text) s.para += s.loose_text - s.loose_links;
      }
      auto up = parent.find(node);
      if (up != parent.end()) stats[up->second].para += s.para;
    }
  };
  count_paragraphs(nullptr);
  const std::size_t page_para = stats[document].para;

  // Blocks named as furniture (comments, related links, ...) are muted with
  // all they hold, unless the name is a false alarm: a name that also says
  // content (id="main" class="with-navigation"), or a wrapper of most of the
  // page's text or paragraphs (<body class="no-sidebar">). Reverse
  // post-order visits parents first.
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const GumboNode* node = *it;
    Stats& s = stats[node];
    auto up = parent.find(node);
    if (up != parent.end() && stats[up->second].muted) {
      s.muted = true;
    } else if (HasBoilerplateName(node->v.element) && !HasContentName(node->v.element) &&
               !IsLeadTeaser(node->v.element, s.text, s.links) &&
               ((s.text * 2 < page_text && s.para * 2 < page_para) ||
                HasCommentName(node->v.element))) {
      s.muted = true;
    }
  }

  std::vector<Paragraph> paragraphs;  // in post-order
  count_paragraphs(&paragraphs);

  // Paragraph scores, handed to three generations of ancestors.
  std::vector<const GumboNode*> candidates;
  for (const Paragraph& p : paragraphs) {
    const double score =
        1 + static_cast<double>(p.commas) + std::min(3.0, static_cast<double>(p.text / 100));
    // Loose text is a paragraph inside its block: the block is its parent.
    const GumboNode* node = p.node;
    for (int level = 1; level <= 3; ++level) {
      if (!p.own || level > 1) {
        auto it = parent.find(node);
        if (it == parent.end()) break;
        node = it->second;
      }
      if (node->type != GUMBO_NODE_ELEMENT) break;
      Stats& a = stats[node];
      if (!a.scored) {
        a.scored = true;
        a.score = TagPrior(node->v.element.tag) + NamePrior(node->v.element);
        candidates.push_back(node);
      }
      a.score += score / level;
    }
  }
  if (candidates.empty()) return {};
  const GumboNode* top = nullptr;
  double top_score = 0;
  for (const GumboNode* c : candidates) {
    const Stats& s = stats[c];
    const double final_score = s.score * (1 - LinkDensity(s));
    if (top == nullptr || final_score > top_score) {
      top = c;
      top_score = final_score;
    }
  }
  // The article may reach beyond the best block (its paragraphs spread over
  // blocks deeper than the scores climb, a lead or a second column beside
  // it): the ancestor below <body> whose paragraph text most outweighs the
  // rest of its text (headings, link lists, short lines) stands for it.
  {
    auto gain = [](const Stats& s) {
      return static_cast<double>(s.para) - static_cast<double>(s.text - std::min(s.text, s.para));
    };
    double best = gain(stats[top]);
    for (auto it = parent.find(top); it != parent.end() && it->second->type == GUMBO_NODE_ELEMENT;
         it = parent.find(it->second)) {
      const GumboNode* up = it->second;
      const GumboTag tag = up->v.element.tag;
      if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) break;
      const double g = gain(stats[up]);
      if (g > best) {
        best = g;
        top = up;
      }
    }
  }
  // A block alone in its parent stands for the parent.
  for (auto it = parent.find(top); it != parent.end() && it->second->type == GUMBO_NODE_ELEMENT;
       it = parent.find(top)) {
    const GumboNode* up = it->second;
    if (stats[up].text != stats[top].text || up->v.element.tag == GUMBO_TAG_BODY) break;
    top = up;
  }

  // Siblings that continue the article.
  auto it = parent.find(top);
  if (it == parent.end()) return {top};
  std::vector<const GumboNode*> out;
  // Siblings are judged by their paragraphs alone (a tag or class prior
  // does not make a block continue the story): any that holds one at any
  // depth, less what is link text, unless its name says furniture.
  // (Requiring a share of the best block's score, as readability does, loses
  // the article's scattered pieces: extraction dev F1 0.874 -> 0.859 at 20%.)
  const GumboVector* siblings = Children(it->second);
  for (unsigned int i = 0; i < siblings->length; ++i) {
    const auto* sibling = static_cast<const GumboNode*>(siblings->data[i]);
    if (sibling == top) {
      out.push_back(sibling);
      continue;
    }
    if (sibling->type != GUMBO_NODE_ELEMENT || IsFurniture(sibling, read_noscript)) continue;
    auto found = stats.find(sibling);
    if (found == stats.end()) continue;
    const Stats& s = found->second;
    const double density = LinkDensity(s);
    bool keep = !s.muted && s.para >= kMinParagraphChars && density < 0.5;
    if (!keep && sibling->v.element.tag == GUMBO_TAG_P) keep = s.text > 80 && density < 0.25;
    if (keep) out.push_back(sibling);
  }

  return out;
}

}  // namespace precis::read
