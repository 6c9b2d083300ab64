#include "read/html_metadata.h"

#include <cctype>
#include <string_view>
#include <vector>

#include "read/date_normalizer.h"
#include "read/paragraphs.h"

namespace precis::read {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a == nullptr ? std::string() : std::string(a->value);
}

// Every element in document order (iterative: pages can nest deeply).
std::vector<const GumboNode*> Elements(const GumboNode* root) {
  std::vector<const GumboNode*> out;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    if (node->type == GUMBO_NODE_ELEMENT) out.push_back(node);
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned int i = children.length; i > 0; --i)
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
  }
  return out;
}

bool IsMetaDateName(const std::string& name) {
  return name == "article:published_time" || name == "datepublished" || name == "pubdate" ||
         name == "publishdate" || name == "publish-date" || name == "date" || name == "dc.date" ||
         name == "dc.date.issued" || name == "dcterms.created" || name == "og:published_time" ||
         name == "sailthru.date" || name == "parsely-pub-date";
}

// Collects candidates while walking; the best kind wins in Finish().
struct Candidates {
  std::string og_title, h1, title_tag;
  std::string meta_date, time_date, itemprop_date;
  std::string site_name;
  const GumboNode* h1_node = nullptr;

  void Meta(const GumboElement& e) {
    std::string key = Lower(Attribute(e, "property"));
    if (key.empty()) key = Lower(Attribute(e, "name"));
    if (key.empty()) key = Lower(Attribute(e, "itemprop"));
    std::string content = Attribute(e, "content");
    if (key == "og:title" && og_title.empty()) og_title = CollapseWhitespace(content);
    if (key == "og:site_name" && site_name.empty()) site_name = CollapseWhitespace(content);
    if (IsMetaDateName(key) && meta_date.empty()) meta_date = NormalizeDate(content);
  }

  void Element(const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_META) Meta(e);
    if (e.tag == GUMBO_TAG_TITLE && title_tag.empty()) title_tag = NodeText(node);
    if (e.tag == GUMBO_TAG_H1 && h1_node == nullptr) {
      h1 = NodeText(node);
      if (!h1.empty()) h1_node = node;
    }
    if (e.tag == GUMBO_TAG_TIME && time_date.empty()) {
      time_date = NormalizeDate(Attribute(e, "datetime"));
    }
    if (Lower(Attribute(e, "itemprop")) == "datepublished" && itemprop_date.empty()) {
      std::string value = Attribute(e, "content");
      if (value.empty()) value = Attribute(e, "datetime");
      if (value.empty()) value = NodeText(node);
      itemprop_date = NormalizeDate(value);
    }
  }
};

}  // namespace

std::string NodeText(const GumboNode* node) {
  std::string text;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      text += n->v.text.text;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE) continue;
      if (tag == GUMBO_TAG_BR) text += ' ';
    }
    const GumboVector& children =
        n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned int i = children.length; i > 0; --i)
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
  }
  return CollapseWhitespace(text);
}

HtmlMetadata ReadHtmlMetadata(const GumboNode* root) {
  Candidates c;
  for (const GumboNode* node : Elements(root)) c.Element(node);
  HtmlMetadata m;
  m.title = !c.og_title.empty() ? c.og_title : !c.h1.empty() ? c.h1 : c.title_tag;
  m.date = !c.meta_date.empty()   ? c.meta_date
           : !c.time_date.empty() ? c.time_date
                                  : c.itemprop_date;
  m.site_name = c.site_name;
  m.h1 = c.h1_node;
  return m;
}

}  // namespace precis::read
