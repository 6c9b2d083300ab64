#include "precis/version.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

TEST(VersionTest, MatchesTheMacros) {
  EXPECT_EQ(Version(), std::to_string(PRECIS_VERSION_MAJOR) + "." +
                           std::to_string(PRECIS_VERSION_MINOR) + "." +
                           std::to_string(PRECIS_VERSION_PATCH));
}

}  // namespace
}  // namespace precis
