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

namespace {

// The registry: every method, in a stable order, with what it is and how to
// make it. A new method is one line here (and its file pair).
struct MethodEntry {
  const char* name;
  const char* help;
  bool needs_solver;
  std::unique_ptr<Method> (*make)(const MethodOptions& options);
};

template <typename M>
std::unique_ptr<Method> Make(const MethodOptions&) {
  return std::make_unique<M>();
}
template <typename M>
std::unique_ptr<Method> MakeWithOptions(const MethodOptions& options) {
  return std::make_unique<M>(options);
}

const std::vector<MethodEntry>& Registry() {
  static const std::vector<MethodEntry> entries = {
      {"lead", "the leads of the documents, earliest first, round-robin (baseline)", false,
       Make<LeadMethod>},
      {"centroid", "sentences closest to the cluster's TF-IDF centroid (MEAD)", false,
       Make<CentroidMethod>},
      {"lexrank",
       "PageRank over TF-IDF cosines between sentences (continuous LexRank, Erkan and Radev)",
       false, Make<LexRankMethod>},
      {"textrank", "PageRank over word-overlap similarity (Mihalcea and Tarau)", false,
       Make<TextRankMethod>},
      {"mmr", "relevance to the cluster or query against redundancy (MMR, Carbonell and Goldstein)",
       false, Make<MmrMethod>},
      {"kl", "greedy KL divergence to the cluster's word distribution (KLSum)", false,
       Make<KlSumMethod>},
      {"sumbasic", "word probabilities, lowered once used (SumBasic)", false, Make<SumBasicMethod>},
      {"ilp", "exact concept coverage by integer programming (Gillick and Favre, GLPK)", true,
       MakeWithOptions<IlpMethod>},
      {"submodular", "coverage plus diversity, a submodular objective, greedy (Lin and Bilmes)",
       false, Make<SubmodularMethod>},
      {"coverage",
       "bigram concepts weighted by documents and position, greedy plus local search, budget "
       "filled (the default)",
       false, MakeWithOptions<CoverageMethod>},
  };
  return entries;
}

}  // namespace

std::vector<std::string> MethodNames() {
  std::vector<std::string> out;
  for (const MethodEntry& e : Registry()) out.push_back(e.name);
  return out;
}

std::vector<MethodDescription> MethodDescriptions() {
  std::vector<MethodDescription> out;
  for (const MethodEntry& e : Registry()) {
    std::unique_ptr<Method> m = e.make({});
    out.push_back({e.name, e.help, m->honours_query(), m->honours_seen(), e.needs_solver});
  }
  return out;
}

Result<std::unique_ptr<Method>> MakeMethod(std::string_view name, const MethodOptions& options) {
  for (const MethodEntry& e : Registry())
    if (name == e.name) return e.make(options);
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
