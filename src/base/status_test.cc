#include "precis/status.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Status, KindsMapToExitCodesAndHttpStatuses) {
  struct Case {
    Status status;
    Status::Kind kind;
    int exit_code, http;
  } cases[] = {
      {Status::Ok(), Status::Kind::kOk, 0, 200},
      {Status::InputError("no documents"), Status::Kind::kInput, 1, 422},
      {Status::UsageError("unknown flag"), Status::Kind::kUsage, 2, 400},
      {Status::LimitExceeded("over 16 MB"), Status::Kind::kLimitExceeded, 3, 413},
      {Status::InternalError("out of memory"), Status::Kind::kInternal, 4, 500},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.status.kind(), c.kind) << c.status.message();
    EXPECT_EQ(c.status.exit_code(), c.exit_code) << c.status.message();
    EXPECT_EQ(c.status.http_status(), c.http) << c.status.message();
    EXPECT_EQ(c.status.ok(), c.kind == Status::Kind::kOk);
  }
  static_assert(Status::ExitCode(Status::Kind::kLimitExceeded) == 3);
}

TEST(Status, ResultCarriesTheError) {
  Result<int> r = Status::LimitExceeded("too many documents");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().exit_code(), 3);
  EXPECT_EQ(r.status().message(), "too many documents");
}

}  // namespace
}  // namespace precis
