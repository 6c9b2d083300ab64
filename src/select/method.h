// One interface for every summarization method. A Method picks sentences of a
// ClusterModel within a LengthBudget. Methods are stateless after
// construction and deterministic; Select() is safe to call concurrently.
#ifndef PRECIS_SELECT_METHOD_H_
#define PRECIS_SELECT_METHOD_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"
#include "select/cluster_model.h"

namespace precis::select {

// The length budget in the unit the user chose. Cost() is a sentence's cost.
struct LengthBudget {
  enum class Unit { kWords, kBytes, kSentences };
  Unit unit = Unit::kWords;
  std::size_t limit = 100;

  std::size_t Cost(const SentenceUnit& s) const {
    return unit == Unit::kWords ? s.words : unit == Unit::kBytes ? s.bytes : 1;
  }
};

struct Selection {
  std::vector<std::size_t> chosen;  // sentence indices, in the order picked
  // A relevance score for every sentence of the model (higher is better);
  // used for --order relevance, JSON scores and --fill.
  std::vector<double> scores;
};

struct MethodOptions {
  double time_limit_seconds = 0.5;  // for exact solvers
};

class Method {
 public:
  virtual ~Method() = default;
  virtual std::string_view name() const = 0;
  // True when Select() weighs sentences by ClusterModel::query_terms.
  virtual bool honours_query() const { return false; }
  // Whether it weighs what the reader has already read (ClusterModel's
  // seen sentences) beyond the repeats the pipeline drops.
  virtual bool honours_seen() const { return false; }
  // Never exceeds the budget; returns an empty selection only when no
  // sentence fits.
  virtual Selection Select(const ClusterModel& model, const LengthBudget& budget) const = 0;
};

// Names of all methods, in a stable order (the registry's, method.cc).
std::vector<std::string> MethodNames();
// What each method is and honours, in the same order.
struct MethodDescription {
  std::string name;
  std::string help;  // one line
  bool honours_query = false;
  bool honours_seen = false;
  bool needs_solver = false;  // an exact solver (GLPK), bounded by the time limit
};
std::vector<MethodDescription> MethodDescriptions();
// Names of the methods whose honours_query() is true, in the same order.
std::vector<std::string> MethodNamesHonouringQuery();
// Names of the methods whose honours_seen() is true, in the same order.
std::vector<std::string> MethodNamesHonouringSeen();
// Creates the method called `name`, or a usage error naming the choices.
Result<std::unique_ptr<Method>> MakeMethod(std::string_view name,
                                           const MethodOptions& options = {});

}  // namespace precis::select

#endif  // PRECIS_SELECT_METHOD_H_
