#include "read/html_metadata.h"

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/ascii.h"
#include "precis/json.h"
#include "read/date_normalizer.h"
#include "read/paragraphs.h"

namespace precis::read {

namespace {

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
  std::string canonical, og_url;
  std::string meta_author, ld_author, ld_date, itemprop_author;
  std::string html_lang, meta_lang, og_locale;
  const GumboNode* h1_node = nullptr;

  void Meta(const GumboElement& e) {
    std::string key = AsciiFold(Attribute(e, "property"));
    if (key.empty()) key = AsciiFold(Attribute(e, "name"));
    if (key.empty()) key = AsciiFold(Attribute(e, "itemprop"));
    std::string content = Attribute(e, "content");
    if (key == "og:title" && og_title.empty()) og_title = CollapseWhitespace(content);
    if (key == "og:site_name" && site_name.empty()) site_name = CollapseWhitespace(content);
    if (IsMetaDateName(key) && meta_date.empty()) meta_date = NormalizeDate(content);
    if (key == "og:url" && og_url.empty()) og_url = CollapseWhitespace(content);
    if ((key == "author" || key == "article:author" || key == "dc.creator" ||
         key == "sailthru.author" || key == "parsely-author") &&
        meta_author.empty() && content.find("://") == std::string::npos)
      meta_author = CollapseWhitespace(content);
    if (key == "og:locale" && og_locale.empty()) og_locale = CollapseWhitespace(content);
    if (AsciiFold(Attribute(e, "http-equiv")) == "content-language" && meta_lang.empty())
      meta_lang = CollapseWhitespace(content);
  }

  // schema.org JSON-LD: the first object (or @graph member) with a
  // datePublished or an author. Bounded: a script over kMaxLdBytes or nested
  // deeper than kMaxLdDepth is skipped.
  void LinkedData(const GumboNode* node) {
    static constexpr std::size_t kMaxLdBytes = 1 << 20;
    static constexpr std::size_t kMaxLdDepth = 32;
    if (!ld_date.empty() && !ld_author.empty()) return;
    const GumboVector& children = node->v.element.children;
    if (children.length == 0) return;
    const auto* text = static_cast<const GumboNode*>(children.data[0]);
    if (text->type != GUMBO_NODE_TEXT && text->type != GUMBO_NODE_CDATA) return;
    std::string_view source = text->v.text.text;
    if (source.size() > kMaxLdBytes || JsonNestingDepth(source) > kMaxLdDepth) return;
    nlohmann::json value = nlohmann::json::parse(source, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) return;
    std::vector<const nlohmann::json*> objects;
    auto add = [&](const nlohmann::json& v) {
      if (v.is_object()) objects.push_back(&v);
      if (v.is_array())
        for (const auto& item : v)
          if (item.is_object()) objects.push_back(&item);
    };
    add(value);
    if (value.is_object() && value.contains("@graph")) add(value["@graph"]);
    for (const nlohmann::json* o : objects) {
      if (ld_date.empty() && o->contains("datePublished") && (*o)["datePublished"].is_string())
        ld_date = NormalizeDate((*o)["datePublished"].get<std::string>());
      if (ld_author.empty() && o->contains("author")) ld_author = LdNames((*o)["author"]);
    }
  }

  // "Jane Doe" from "author": "Jane Doe", {"name": ...} or a list of either.
  static std::string LdNames(const nlohmann::json& author) {
    std::string out;
    auto one = [&](const nlohmann::json& a) {
      std::string name;
      if (a.is_string()) name = a.get<std::string>();
      if (a.is_object() && a.contains("name") && a["name"].is_string())
        name = a["name"].get<std::string>();
      name = CollapseWhitespace(name);
      if (!name.empty() && name.find("://") == std::string::npos)
        out += (out.empty() ? "" : ", ") + name;
    };
    if (author.is_array()) {
      for (const auto& a : author) one(a);
    } else {
      one(author);
    }
    return out;
  }

  void Element(const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_META) Meta(e);
    if (e.tag == GUMBO_TAG_HTML && html_lang.empty()) html_lang = Attribute(e, "lang");
    if (e.tag == GUMBO_TAG_LINK && canonical.empty() &&
        AsciiFold(Attribute(e, "rel")) == "canonical")
      canonical = CollapseWhitespace(Attribute(e, "href"));
    if (e.tag == GUMBO_TAG_SCRIPT && AsciiFold(Attribute(e, "type")) == "application/ld+json")
      LinkedData(node);
    if (itemprop_author.empty() && e.tag != GUMBO_TAG_META &&
        (AsciiFold(Attribute(e, "itemprop")) == "author" ||
         AsciiFold(Attribute(e, "rel")) == "author")) {
      itemprop_author = NodeText(node);
      if (itemprop_author.size() > 100) itemprop_author.clear();  // a whole author box
    }
    if (e.tag == GUMBO_TAG_TITLE && title_tag.empty()) title_tag = NodeText(node);
    if (e.tag == GUMBO_TAG_H1 && h1_node == nullptr) {
      h1 = NodeText(node);
      if (!h1.empty()) h1_node = node;
    }
    if (e.tag == GUMBO_TAG_TIME && time_date.empty()) {
      time_date = NormalizeDate(Attribute(e, "datetime"));
    }
    if (AsciiFold(Attribute(e, "itemprop")) == "datepublished" && itemprop_date.empty()) {
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
           : !c.ld_date.empty()   ? c.ld_date
           : !c.time_date.empty() ? c.time_date
                                  : c.itemprop_date;
  m.url = !c.canonical.empty() ? c.canonical : c.og_url;
  m.author = !c.meta_author.empty() ? c.meta_author
             : !c.ld_author.empty() ? c.ld_author
                                    : c.itemprop_author;
  m.language = !c.html_lang.empty()   ? CollapseWhitespace(c.html_lang)
               : !c.meta_lang.empty() ? c.meta_lang
                                      : c.og_locale;
  m.site_name = c.site_name;
  m.h1 = c.h1_node;
  return m;
}

}  // namespace precis::read
