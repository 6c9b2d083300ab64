#include "read/sgml_entities.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(SgmlEntities, NamedInAnyCase) {
  EXPECT_EQ(DecodeEntities("Samuel Montagu &amp; Co. &AMP; &lt;x&GT;"),
            "Samuel Montagu & Co. & <x>");
  EXPECT_EQ(DecodeEntities("&pound;45m &eacute;t&Eacute; &mdash; &hellip;"),
            "\xC2\xA3"
            "45m \xC3\xA9t\xC3\x89 \xE2\x80\x94 \xE2\x80\xA6");
}

TEST(SgmlEntities, Numeric) {
  EXPECT_EQ(DecodeEntities("&#38;&#x26;&#X263A;"), "&&\xE2\x98\xBA");
  EXPECT_EQ(DecodeEntities("&#0;&#xD800;&#1114112;"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(DecodeEntities("a&#7;b"), "a b");
}

TEST(SgmlEntities, UnknownCodesAreRemovedBareAmpersandsStay) {
  EXPECT_EQ(DecodeEntities("&QL;Story&UR; here&Cx1f;"), "Story here");
  EXPECT_EQ(DecodeEntities("AT&T and R & D &; &#; &#x; &amp"), "AT&T and R & D &; &#; &#x; &amp");
  EXPECT_EQ(DecodeEntities("&"), "&");
  EXPECT_EQ(DecodeEntities("&#123456789012;"), "&#123456789012;");
}

}  // namespace
}  // namespace precis::read
