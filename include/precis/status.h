// Errors travel as values. A Status is either OK or an error with a one-line
// message and a kind that says what went wrong; the command line maps the kind
// to its exit code and the server to an HTTP status:
//
//   kind            exit  HTTP  e.g.
//   kUsage           2    400   unknown flag, bad option value, malformed request
//   kInput           1    422   missing file, binary data, nothing to summarize
//   kLimitExceeded   3    413   an input over a size or count limit
//   kInternal        4    500   a bug or an exhausted resource (out of memory)
//
// Result<T> holds a T or an error Status.
#ifndef PRECIS_STATUS_H_
#define PRECIS_STATUS_H_

#include <optional>
#include <string>
#include <utility>

#include "precis/export.h"

namespace precis {
PRECIS_API_BEGIN

class Status {
 public:
  enum class Kind { kOk, kUsage, kInput, kLimitExceeded, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  // A problem with how precis was called: unknown flag, bad option value.
  static Status UsageError(std::string message) { return Status(Kind::kUsage, std::move(message)); }
  // A problem with the data: missing file, binary data, empty cluster.
  static Status InputError(std::string message) { return Status(Kind::kInput, std::move(message)); }
  // The input is over one of the limits (ReadOptions, the server's body size).
  static Status LimitExceeded(std::string message) {
    return Status(Kind::kLimitExceeded, std::move(message));
  }
  // Not the caller's fault: a bug, or memory ran out.
  static Status InternalError(std::string message) {
    return Status(Kind::kInternal, std::move(message));
  }

  bool ok() const { return kind_ == Kind::kOk; }
  Kind kind() const { return kind_; }
  const std::string& message() const { return message_; }
  // The command line's exit code: 0 OK, 1 input error, 2 usage error, 3 limit
  // exceeded, 4 internal error.
  int exit_code() const { return ExitCode(kind_); }
  static constexpr int ExitCode(Kind kind) {
    switch (kind) {
      case Kind::kOk:
        return 0;
      case Kind::kInput:
        return 1;
      case Kind::kUsage:
        return 2;
      case Kind::kLimitExceeded:
        return 3;
      case Kind::kInternal:
        return 4;
    }
    return 4;
  }
  // The HTTP status of a reply carrying this error: 200 OK, 400 usage, 422 input,
  // 413 limit exceeded, 500 internal.
  int http_status() const { return HttpStatus(kind_); }
  static constexpr int HttpStatus(Kind kind) {
    switch (kind) {
      case Kind::kOk:
        return 200;
      case Kind::kUsage:
        return 400;
      case Kind::kInput:
        return 422;
      case Kind::kLimitExceeded:
        return 413;
      case Kind::kInternal:
        return 500;
    }
    return 500;
  }

 private:
  Status(Kind kind, std::string message) : kind_(kind), message_(std::move(message)) {}
  Kind kind_ = Kind::kOk;
  std::string message_;
};

// Holds either a value or an error. Accessing value() of an error is a bug.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_STATUS_H_
