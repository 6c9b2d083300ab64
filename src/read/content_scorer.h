// Finds where a page's article is, the way readability-style extractors do:
// every paragraph (a <p>, <pre>, <td>, <blockquote>, or a block holding only
// inline content and <br>; or the loose text of a block that mixes text and
// blocks) of 25 or more visible characters scores 1, plus its commas,
// plus one per 100 characters (at most 3); its parent gets the score, its
// grandparent half, its great-grandparent a third. A block's total starts from
// soft priors (its tag; class/id words that name article content, +10, or
// page furniture, -25; itemprop="articleBody", +30) and is scaled by the share of its text
// that is not link text. The best block wins; then, since an article's
// paragraphs may sit deeper than the scores climb or beside it (a lead), the
// ancestor below <body> whose paragraph text most outweighs the rest of its
// text stands for it. Its siblings that hold a paragraph at any depth and are
// not named as furniture continue it. Paragraphs inside a block named as
// furniture (comments, related, ...) count nowhere, unless that block holds
// half the page's text or paragraphs (a layout wrapper; never for comments)
// or is also named as content. Pure; thread-safe.
#ifndef PRECIS_READ_CONTENT_SCORER_H_
#define PRECIS_READ_CONTENT_SCORER_H_

#include <gumbo.h>

#include <vector>

namespace precis::read {

// The article's blocks in document order (the best block and the siblings
// that continue it); empty when the page has no paragraph to score.
// Furniture (IsSkippedTag, IsHidden) is never looked into; with
// `read_noscript`, <noscript> is read (a page whose whole text is there).
std::vector<const GumboNode*> FindArticleBlocks(const GumboNode* document,
                                                bool read_noscript = false);

}  // namespace precis::read

#endif  // PRECIS_READ_CONTENT_SCORER_H_
