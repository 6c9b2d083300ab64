#include "read/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"
#include "read/content_scorer.h"
#include "read/html_boilerplate.h"
#include "read/html_metadata.h"
#include "read/html_shape.h"
#include "read/paragraphs.h"
#include "read/path_name.h"

namespace precis::read {

namespace {

// Memory for one gumbo parse, freed all at once. Gumbo frees its tree
// recursively (a page nested 300,000 deep overflowed the stack there); with
// an arena the tree is never walked to be freed, and the many small
// allocations of a parse cost a pointer bump each.
class GumboArena {
 public:
  static void* Allocate(void* arena, size_t size) {
    return static_cast<GumboArena*>(arena)->Take(size);
  }
  static void Deallocate(void*, void*) {}

 private:
  void* Take(size_t size) {
    size = (size + 15) & ~size_t{15};
    if (size > left_) {
      std::size_t block = std::max<std::size_t>(size, next_block_);
      // (Not zeroed: gumbo writes what it takes.)
      blocks_.push_back(std::make_unique_for_overwrite<std::max_align_t[]>(
          (block + sizeof(std::max_align_t) - 1) / sizeof(std::max_align_t)));
      free_ = reinterpret_cast<char*>(blocks_.back().get());
      left_ = block;
      next_block_ = std::min<std::size_t>(next_block_ * 2, 16u << 20);
    }
    void* out = free_;
    free_ += size;
    left_ -= size;
    return out;
  }

  std::vector<std::unique_ptr<std::max_align_t[]>> blocks_;
  char* free_ = nullptr;
  std::size_t left_ = 0;
  std::size_t next_block_ = 64u << 10;
};

// Owns a gumbo parse tree (in its arena).
class GumboTree {
 public:
  explicit GumboTree(std::string_view html) : options_(kGumboDefaultOptions) {
    options_.max_errors = 0;  // parse errors are not needed; don't keep them
    options_.allocator = &GumboArena::Allocate;
    options_.deallocator = &GumboArena::Deallocate;
    options_.userdata = &arena_;
    output_ = gumbo_parse_with_options(&options_, html.data(), html.size());
  }
  GumboTree(const GumboTree&) = delete;
  GumboTree& operator=(const GumboTree&) = delete;
  const GumboNode* document() const { return output_ == nullptr ? nullptr : output_->document; }

 private:
  GumboArena arena_;
  GumboOptions options_;
  GumboOutput* output_ = nullptr;
};

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT) return &node->v.element.children;
  return nullptr;
}

const GumboNode* Child(const GumboVector* children, unsigned int i) {
  return static_cast<const GumboNode*>(children->data[i]);
}

std::size_t VisibleLength(const char* text) {
  std::size_t n = 0;
  for (const char* p = text; *p != '\0'; ++p)
    if (!std::isspace(static_cast<unsigned char>(*p))) ++n;
  return n;
}

// Elements dropped whatever their size (the link test comes later);
// <noscript> is read only when `read_noscript` (a page with nothing else).
bool IsFurniture(const GumboNode* node, bool read_noscript) {
  const GumboElement& e = node->v.element;
  if (read_noscript && e.tag == GUMBO_TAG_NOSCRIPT) return IsHidden(e);
  // A caption is judged by its length (BodyWriter::Dropped).
  if (e.tag == GUMBO_TAG_FIGCAPTION) return IsHidden(e);
  return IsSkippedTag(e.tag) || IsHidden(e);
}

// A caption that tells part of the story (a sentence or more), not a photo
// credit or a label ("Stau © aremac / Clipdealer").
constexpr std::size_t kMinCaptionChars = 80;

// A lead in an article's <header> (HeaderLead).
constexpr std::size_t kMinLeadChars = 50;

// Visible text length of every element, and how much of it is link text.
struct TextCounts {
  std::size_t text = 0;
  std::size_t links = 0;
};
using CountMap = std::unordered_map<const GumboNode*, TextCounts>;

// Post-order walk with an explicit stack (pages can nest thousands deep).
CountMap CountText(const GumboNode* root, bool read_noscript) {
  CountMap counts;
  struct Frame {
    const GumboNode* node;
    unsigned int next;
    bool in_link;
  };
  std::vector<Frame> stack = {{root, 0, false}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* children = Children(f.node);
    if (children != nullptr && f.next < children->length) {
      const GumboNode* child = Child(children, f.next++);
      bool in_link = f.in_link;
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
        std::size_t n = VisibleLength(child->v.text.text);
        TextCounts& c = counts[f.node];
        c.text += n;
        if (in_link) c.links += n;
      } else if (child->type == GUMBO_NODE_ELEMENT && !IsFurniture(child, read_noscript)) {
        stack.push_back({child, 0, in_link || child->v.element.tag == GUMBO_TAG_A});
      }
      continue;
    }
    const GumboNode* done = f.node;
    stack.pop_back();
    if (!stack.empty()) {
      TextCounts c = counts[done];
      TextCounts& parent = counts[stack.back().node];
      parent.text += c.text;
      parent.links += c.links;
    }
  }
  return counts;
}

bool AttributeIs(const GumboElement& e, const char* name, const char* value) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a != nullptr && strcasecmp(a->value, value) == 0;
}

// The element holding the article: itemprop="articleBody", else the <article>
// with the most text, else <main> (or role="main"), else <body>.
const GumboNode* ArticleRoot(const GumboNode* document, const CountMap& counts,
                             bool read_noscript) {
  const GumboNode* best[4] = {nullptr, nullptr, nullptr, nullptr};
  std::size_t best_text[4] = {0, 0, 0, 0};
  std::vector<const GumboNode*> stack = {document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = Children(node);
    if (children == nullptr) continue;
    if (node->type == GUMBO_NODE_ELEMENT) {
      if (IsFurniture(node, read_noscript)) continue;
      const GumboElement& e = node->v.element;
      int kind = AttributeIs(e, "itemprop", "articleBody")                   ? 0
                 : e.tag == GUMBO_TAG_ARTICLE                                ? 1
                 : e.tag == GUMBO_TAG_MAIN || AttributeIs(e, "role", "main") ? 2
                 : e.tag == GUMBO_TAG_BODY                                   ? 3
                                                                             : -1;
      auto it = counts.find(node);
      std::size_t text = it == counts.end() ? 0 : it->second.text;
      if (kind >= 0 && text > 0 && (best[kind] == nullptr || text > best_text[kind])) {
        best[kind] = node;
        best_text[kind] = text;
      }
    }
    for (unsigned int i = children->length; i > 0; --i) stack.push_back(Child(children, i - 1));
  }
  for (const GumboNode* node : best)
    if (node != nullptr) return node;
  return document;
}

// Walks the chosen subtree and writes paragraphs.
class BodyWriter {
 public:
  // `blocks` are the subtrees to be written (their text decides which
  // wrappers are large enough not to be furniture).
  BodyWriter(const CountMap& counts, const std::vector<const GumboNode*>& blocks,
             const GumboNode* title_node, bool read_noscript)
      : counts_(counts), title_node_(title_node), read_noscript_(read_noscript) {
    for (const GumboNode* block : blocks) {
      auto it = counts.find(block);
      root_text_ += it == counts.end() ? 0 : it->second.text;
    }
  }

  // Appends the paragraphs of the subtree at `root`.
  void Write(const GumboNode* root);
  ParagraphList Take() {
    Break();
    return std::move(out_);
  }

 private:
  bool Dropped(const GumboNode* node) const;
  void Text(const char* text, bool in_pre);
  void Break() {
    out_.Add(current_);
    current_.clear();
  }

  const CountMap& counts_;
  const GumboNode* title_node_;
  bool read_noscript_;
  std::size_t root_text_ = 0;
  std::string current_;
  ParagraphList out_;
};

bool BodyWriter::Dropped(const GumboNode* node) const {
  if (node == title_node_ || IsFurniture(node, read_noscript_)) return true;
  auto it = counts_.find(node);
  TextCounts c = it == counts_.end() ? TextCounts{} : it->second;
  const GumboElement& e = node->v.element;
  // A boilerplate name on a wrapper holding nearly all the text is a false
  // alarm (class="content no-sidebar").
  // A teaser without links is the article's lead.
  if (HasBoilerplateName(e) && c.text * 5 < root_text_ * 4 && !IsLeadTeaser(e, c.text, c.links))
    return true;
  if (e.tag == GUMBO_TAG_FIGCAPTION && c.text < kMinCaptionChars) return true;
  // A form is a search box or sign-up unless it wraps the page (ASP.NET
  // sites put everything in one <form>).
  if (e.tag == GUMBO_TAG_FORM && c.text * 2 < root_text_) return true;
  // A link list, unless it wraps nearly all the text (an article with a
  // long menu pasted inside: the menu's own list goes, not the article).
  bool block = IsBlockTag(e.tag) || e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH;
  return block && c.text > 0 && c.links * 2 > c.text && c.text * 5 < root_text_ * 4;
}

void BodyWriter::Text(const char* text, bool in_pre) {
  if (!in_pre) {
    current_ += text;
    return;
  }
  for (const char* p = text; *p != '\0'; ++p) {
    if (*p == '\n') {
      Break();
    } else {
      current_ += *p;
    }
  }
}

void BodyWriter::Write(const GumboNode* root) {
  struct Frame {
    const GumboNode* node;
    unsigned int next;
    int pre;
  };
  std::vector<Frame> stack = {{root, 0, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* children = Children(f.node);
    if (children != nullptr && f.next < children->length) {
      const GumboNode* child = Child(children, f.next++);
      int pre = f.pre;
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
          child->type == GUMBO_NODE_WHITESPACE) {
        Text(child->v.text.text, pre > 0);
      } else if (child->type == GUMBO_NODE_ELEMENT && !Dropped(child)) {
        GumboTag tag = child->v.element.tag;
        if (IsBlockTag(tag)) Break();
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) current_ += ' ';
        stack.push_back({child, 0, pre + (tag == GUMBO_TAG_PRE ? 1 : 0)});
      }
      continue;
    }
    if (f.node->type == GUMBO_NODE_ELEMENT && IsBlockTag(f.node->v.element.tag)) Break();
    stack.pop_back();
  }
  Break();
}

// The text of a subtree, furniture left out; `links` gets how much of its
// visible text is inside <a>.
std::string SubtreeText(const GumboNode* root, std::size_t* links) {
  std::string out;
  struct Frame {
    const GumboNode* node;
    bool in_link;
  };
  std::vector<Frame> stack = {{root, false}};
  while (!stack.empty()) {
    const Frame f = stack.back();
    stack.pop_back();
    if (f.node->type == GUMBO_NODE_TEXT || f.node->type == GUMBO_NODE_WHITESPACE ||
        f.node->type == GUMBO_NODE_CDATA) {
      out += f.node->v.text.text;
      if (f.in_link) *links += VisibleLength(f.node->v.text.text);
      continue;
    }
    if (f.node->type != GUMBO_NODE_ELEMENT || IsFurniture(f.node, false)) continue;
    const GumboVector* children = Children(f.node);
    const bool in_link = f.in_link || f.node->v.element.tag == GUMBO_TAG_A;
    for (unsigned int i = children->length; i > 0; --i)
      stack.push_back({Child(children, i - 1), in_link});
  }
  return out;
}

// An article's lead or standfirst written in the <header> that holds its
// <h1> (with the kicker, byline and date): the header's innermost blocks of
// 50 or more visible characters that are not link text, in page order.
// <header> is furniture by tag, since most are the site's masthead.
ParagraphList HeaderLead(const GumboNode* document) {
  ParagraphList out;
  std::vector<const GumboNode*> stack = {document};
  std::vector<const GumboNode*> headers;
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = Children(node);
    if (children == nullptr) continue;
    if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_HEADER && !IsHidden(node->v.element)) {
        headers.push_back(node);
        continue;
      }
      if (IsFurniture(node, false)) continue;
    }
    for (unsigned int i = children->length; i > 0; --i) stack.push_back(Child(children, i - 1));
  }
  for (const GumboNode* header : headers) {
    // Its innermost blocks, and whether it holds an <h1>.
    std::vector<const GumboNode*> leaves;
    bool has_h1 = false;
    std::vector<const GumboNode*> walk = {header};
    while (!walk.empty()) {
      const GumboNode* node = walk.back();
      walk.pop_back();
      if (node->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& e = node->v.element;
      if (e.tag == GUMBO_TAG_H1) {
        has_h1 = true;
        continue;
      }
      if (node != header && (IsFurniture(node, false) || HasBoilerplateName(e))) continue;
      bool has_block = false;
      for (unsigned int i = e.children.length; i > 0; --i) {
        const GumboNode* child = Child(&e.children, i - 1);
        if (child->type != GUMBO_NODE_ELEMENT) continue;
        if (IsBlockTag(child->v.element.tag) && child->v.element.tag != GUMBO_TAG_BR)
          has_block = true;
        walk.push_back(child);
      }
      if (!has_block && node != header) leaves.push_back(node);
    }
    if (!has_h1) continue;
    for (const GumboNode* leaf : leaves) {
      std::size_t links = 0;
      const std::string text = SubtreeText(leaf, &links);
      const std::size_t visible = VisibleLength(text.c_str());
      if (visible >= kMinLeadChars && links * 10 < visible) out.Add(text);
    }
  }
  return out;
}

}  // namespace

Result<Document> ReadHtml(std::string_view html, const std::string& path) {
  const HtmlShape shape = MeasureHtmlShape(html);
  if (Status s = CheckHtmlShape(shape, html.size(), path); !s.ok()) return s;
  Document doc;
  doc.id = FileStem(path);
  doc.source = path;
  // Script and style bodies are most of a news page's bytes; the tree
  // builder would read each character of them for nothing.
  const std::string parsed = WithoutDroppable(html, shape);
  GumboTree tree(parsed);
  const GumboNode* document = tree.document();
  if (document == nullptr) return doc;
  HtmlMetadata meta = ReadHtmlMetadata(document);
  doc.title = meta.title;
  doc.date = meta.date;
  doc.url = meta.url;
  doc.author = meta.author;
  doc.language = meta.language;
  if (!meta.site_name.empty()) doc.source = meta.site_name;
  const GumboNode* title_node = doc.title.empty() ? nullptr : meta.h1;
  auto extract = [&](bool read_noscript) {
    CountMap counts = CountText(document, read_noscript);
    auto write = [&](const std::vector<const GumboNode*>& blocks) {
      BodyWriter writer(counts, blocks, title_node, read_noscript);
      for (const GumboNode* block : blocks) writer.Write(block);
      return writer.Take().Take();
    };
    std::vector<const GumboNode*> blocks = FindArticleBlocks(document, read_noscript);
    if (blocks.empty()) blocks = {ArticleRoot(document, counts, read_noscript)};
    std::string text = write(blocks);
    if (text.empty() && (blocks.size() != 1 || blocks[0] != document)) text = write({document});
    return text;
  };
  doc.text = extract(false);
  // A page whose text is all inside <noscript> (the rest drawn by scripts).
  if (doc.text.empty()) doc.text = extract(true);
  if (!doc.text.empty()) {
    // The lead in the article's header, unless the body repeats it.
    ParagraphList lead = HeaderLead(document);
    std::string text;
    for (std::string_view p : SplitLines(lead.text()))
      if (!p.empty() && doc.text.find(p) == std::string::npos) text.append(p).append("\n\n");
    doc.text = text + doc.text;
  }
  // Gumbo can emit invalid UTF-8 for a numeric character reference cut off
  // at the end of the input ("<p>&#3899999999", found by read_auto_fuzz).
  for (std::string* field :
       {&doc.text, &doc.title, &doc.date, &doc.source, &doc.url, &doc.author, &doc.language})
    if (!utf8::IsValid(*field)) *field = utf8::MakeValid(*field).text;
  return doc;
}

}  // namespace precis::read
