#include "read/html_boilerplate.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(HtmlBoilerplate, SplitsNameWords) {
  EXPECT_EQ(NameWords("shareBar main-nav  cookie_banner2"),
            (std::vector<std::string>{"share", "bar", "main", "nav", "cookie", "banner2"}));
  EXPECT_TRUE(NameWords("").empty());
}

TEST(HtmlBoilerplate, Tags) {
  EXPECT_TRUE(IsSkippedTag(GUMBO_TAG_SCRIPT));
  EXPECT_TRUE(IsSkippedTag(GUMBO_TAG_NAV));
  EXPECT_FALSE(IsSkippedTag(GUMBO_TAG_P));
  EXPECT_TRUE(IsBlockTag(GUMBO_TAG_LI));
  EXPECT_TRUE(IsBlockTag(GUMBO_TAG_BR));
  EXPECT_FALSE(IsBlockTag(GUMBO_TAG_SPAN));
}

// Parses `html` and returns the first element named by `tag`.
class FirstElement {
 public:
  FirstElement(const char* html, GumboTag tag) : output_(gumbo_parse(html)) {
    std::vector<const GumboNode*> stack = {output_->root};
    while (!stack.empty() && element_ == nullptr) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      if (n->v.element.tag == tag) element_ = &n->v.element;
      for (unsigned i = 0; i < n->v.element.children.length; ++i)
        stack.push_back(static_cast<const GumboNode*>(n->v.element.children.data[i]));
    }
  }
  ~FirstElement() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }
  const GumboElement& get() const { return *element_; }

 private:
  GumboOutput* output_;
  const GumboElement* element_ = nullptr;
};

TEST(HtmlBoilerplate, NamesAndRoles) {
  EXPECT_TRUE(HasBoilerplateName(FirstElement("<div class='social-share'>", GUMBO_TAG_DIV).get()));
  EXPECT_TRUE(HasBoilerplateName(FirstElement("<div id='relatedLinks'>", GUMBO_TAG_DIV).get()));
  EXPECT_TRUE(HasBoilerplateName(FirstElement("<div role='navigation'>", GUMBO_TAG_DIV).get()));
  EXPECT_TRUE(HasBoilerplateName(FirstElement("<div class='m-author__bio'>", GUMBO_TAG_DIV).get()));
  EXPECT_TRUE(HasBoilerplateName(FirstElement("<p class='postmetadata alt'>", GUMBO_TAG_P).get()));
  EXPECT_TRUE(HasBoilerplateName(
      FirstElement("<blockquote class='twitter-tweet'>", GUMBO_TAG_BLOCKQUOTE).get()));
  EXPECT_FALSE(
      HasBoilerplateName(FirstElement("<div class='article-body lead'>", GUMBO_TAG_DIV).get()));
  EXPECT_FALSE(HasBoilerplateName(FirstElement("<div class='download'>", GUMBO_TAG_DIV).get()));
  // Layout modifiers name what is beside the element.
  EXPECT_FALSE(HasBoilerplateName(
      FirstElement("<div class='p-body-main--withSidebar'>", GUMBO_TAG_DIV).get()));
  EXPECT_FALSE(
      HasBoilerplateName(FirstElement("<div class='section has-ads'>", GUMBO_TAG_DIV).get()));
  EXPECT_FALSE(HasBoilerplateName(FirstElement("<div class='no-sidebar'>", GUMBO_TAG_DIV).get()));
  EXPECT_TRUE(
      HasBoilerplateName(FirstElement("<div class='with-sidebar sidebar'>", GUMBO_TAG_DIV).get()));
  // So does an ad word as a BEM modifier: a section that ads are put into.
  EXPECT_FALSE(HasBoilerplateName(
      FirstElement("<section class='Report__Section Report__Section--Ads'>", GUMBO_TAG_SECTION)
          .get()));
  EXPECT_TRUE(HasBoilerplateName(FirstElement("<div class='ad--large'>", GUMBO_TAG_DIV).get()));
  EXPECT_TRUE(HasBoilerplateName(FirstElement("<div class='box ad'>", GUMBO_TAG_DIV).get()));
  EXPECT_TRUE(HasBoilerplateName(FirstElement("<div class='box--comments'>", GUMBO_TAG_DIV).get()));
  // A heading's id is an anchor made from its words; its class still counts.
  EXPECT_FALSE(HasBoilerplateName(FirstElement("<h3 id='nav_only_the_foil'>", GUMBO_TAG_H3).get()));
  EXPECT_TRUE(HasBoilerplateName(FirstElement("<h3 class='comments-title'>", GUMBO_TAG_H3).get()));
}

TEST(HtmlBoilerplate, LeadTeasers) {
  auto lead = [](const char* html, GumboTag tag, std::size_t text, std::size_t links) {
    return IsLeadTeaser(FirstElement(html, tag).get(), text, links);
  };
  EXPECT_TRUE(lead("<div class='teaser-text'>", GUMBO_TAG_DIV, 120, 0));
  EXPECT_FALSE(lead("<div class='teaser-text'>", GUMBO_TAG_DIV, 120, 30));  // a promotion
  EXPECT_FALSE(lead("<div class='teaser-text'>", GUMBO_TAG_DIV, 40, 0));    // too short
  EXPECT_FALSE(lead("<figure class='teaser'>", GUMBO_TAG_FIGURE, 120, 0));
  EXPECT_FALSE(lead("<h2 class='teaser'>", GUMBO_TAG_H2, 120, 0));
  EXPECT_FALSE(lead("<div class='teaser sidebar'>", GUMBO_TAG_DIV, 120, 0));
  EXPECT_FALSE(lead("<div class='article'>", GUMBO_TAG_DIV, 120, 0));
}

TEST(HtmlBoilerplate, Hidden) {
  EXPECT_TRUE(IsHidden(FirstElement("<div hidden>", GUMBO_TAG_DIV).get()));
  EXPECT_TRUE(IsHidden(FirstElement("<div style='DISPLAY : none'>", GUMBO_TAG_DIV).get()));
  EXPECT_TRUE(IsHidden(FirstElement("<div aria-hidden='TRUE'>", GUMBO_TAG_DIV).get()));
  EXPECT_FALSE(IsHidden(FirstElement("<div style='color: red'>", GUMBO_TAG_DIV).get()));
}

}  // namespace
}  // namespace precis::read
