#include "select/method.h"

#include "select/centroid.h"
#include "select/coverage.h"
#include "select/ilp.h"
#include "select/kl_sum.h"
#include "select/lead.h"
#include "select/lexrank.h"
#include "select/mmr.h"
#include "select/submodular.h"
#include "select/sum_basic.h"
#include "select/textrank.h"

namespace precis::select {

std::vector<std::string> MethodNames() {
  return {"lead", "centroid", "lexrank", "textrank",   "mmr",
          "kl",   "sumbasic", "ilp",     "submodular", "coverage"};
}

Result<std::unique_ptr<Method>> MakeMethod(std::string_view name, const MethodOptions& options) {
  std::unique_ptr<Method> method;
  if (name == "lead") method = std::make_unique<LeadMethod>();
  if (name == "centroid") method = std::make_unique<CentroidMethod>();
  if (name == "lexrank") method = std::make_unique<LexRankMethod>();
  if (name == "textrank") method = std::make_unique<TextRankMethod>();
  if (name == "mmr") method = std::make_unique<MmrMethod>();
  if (name == "kl") method = std::make_unique<KlSumMethod>();
  if (name == "sumbasic") method = std::make_unique<SumBasicMethod>();
  if (name == "ilp") method = std::make_unique<IlpMethod>(options);
  if (name == "submodular") method = std::make_unique<SubmodularMethod>();
  if (name == "coverage") method = std::make_unique<CoverageMethod>(options);
  if (method) return method;
  std::string choices;
  for (const auto& n : MethodNames()) choices += (choices.empty() ? "" : ", ") + n;
  return Status::UsageError("unknown method '" + std::string(name) + "' (choose from: " + choices +
                            ")");
}

namespace {

std::vector<std::string> MethodNamesWhere(bool (Method::*capability)() const) {
  std::vector<std::string> out;
  for (const auto& name : MethodNames()) {
    auto method = MakeMethod(name);
    if (method.ok() && ((**method).*capability)()) out.push_back(name);
  }
  return out;
}

}  // namespace

std::vector<std::string> MethodNamesHonouringQuery() {
  return MethodNamesWhere(&Method::honours_query);
}

std::vector<std::string> MethodNamesHonouringSeen() {
  return MethodNamesWhere(&Method::honours_seen);
}

}  // namespace precis::select
