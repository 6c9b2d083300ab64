// Errors travel as values. A Status is either OK or an error with a one-line
// message and a kind that maps to the command line's exit code (usage errors
// exit 2, input errors exit 1). Result<T> holds a T or an error Status.
#ifndef PRECIS_STATUS_H_
#define PRECIS_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace precis {

class Status {
 public:
  enum class Kind { kOk, kUsage, kInput };

  Status() = default;
  static Status Ok() { return Status(); }
  // A problem with how precis was called: unknown flag, bad option value.
  static Status UsageError(std::string message) {
    return Status(Kind::kUsage, std::move(message));
  }
  // A problem with the data: missing file, binary data, empty cluster.
  static Status InputError(std::string message) {
    return Status(Kind::kInput, std::move(message));
  }

  bool ok() const { return kind_ == Kind::kOk; }
  Kind kind() const { return kind_; }
  const std::string& message() const { return message_; }
  // 0 for OK, 2 for usage errors, 1 for input errors.
  int exit_code() const { return kind_ == Kind::kOk ? 0 : kind_ == Kind::kUsage ? 2 : 1; }

 private:
  Status(Kind kind, std::string message) : kind_(kind), message_(std::move(message)) {}
  Kind kind_ = Kind::kOk;
  std::string message_;
};

// Holds either a value or an error. Accessing value() of an error is a bug.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}        // NOLINT: implicit by design
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

}  // namespace precis

#endif  // PRECIS_STATUS_H_
