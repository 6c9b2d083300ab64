#include "select/ilp.h"

#include <glpk.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

#include "select/concepts.h"
#include "select/greedy.h"
#include "select/term_vectors.h"

namespace precis::select {
namespace {

thread_local IlpMethod::Solver last_solver = IlpMethod::Solver::kNone;

class CoverageObjective final : public GreedyObjective {
 public:
  explicit CoverageObjective(const ConceptIndex& index)
      : index_(index), covered_(index.weights.size(), false) {}
  double Gain(std::size_t i) override {
    double gain = 0;
    for (int c : index_.sentence_concepts[i])
      if (!covered_[c]) gain += index_.weights[c];
    return gain;
  }
  void Add(std::size_t i) override {
    for (int c : index_.sentence_concepts[i]) covered_[c] = true;
  }

 private:
  const ConceptIndex& index_;
  std::vector<bool> covered_;
};

struct GlpkResult {
  std::vector<std::size_t> chosen;
  bool optimal = false;
};

// The greedy solution, handed to GLPK as its first incumbent so that the
// branch and bound prunes from the start.
struct Incumbent {
  std::vector<double> x;  // 1-based column values
  bool given = false;
};

void GiveIncumbent(glp_tree* tree, void* info) {
  auto* incumbent = static_cast<Incumbent*>(info);
  if (glp_ios_reason(tree) != GLP_IHEUR || incumbent->given) return;
  incumbent->given = true;
  glp_ios_heur_sol(tree, incumbent->x.data());
}

// Pairs (a, b), a < b, of positions in `candidates` whose sentences are
// near-duplicates, in order. Sentences without a common term have cosine 0,
// so only pairs sharing a term are compared.
std::vector<std::pair<std::size_t, std::size_t>> NearDuplicatePairs(
    const std::vector<std::size_t>& candidates, const TermVectors& vectors) {
  std::vector<std::vector<std::size_t>> postings;  // term -> positions
  for (std::size_t k = 0; k < candidates.size(); ++k)
    for (const auto& [term, weight] : vectors[candidates[k]].entries) {
      if (static_cast<std::size_t>(term) >= postings.size()) postings.resize(term + 1);
      postings[term].push_back(k);
    }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::vector<std::size_t> seen_by(candidates.size(), candidates.size()), others;
  for (std::size_t a = 0; a < candidates.size(); ++a) {
    others.clear();
    for (const auto& [term, weight] : vectors[candidates[a]].entries)
      for (std::size_t b : postings[term])
        if (b > a && seen_by[b] != a) {
          seen_by[b] = a;
          others.push_back(b);
        }
    std::sort(others.begin(), others.end());
    for (std::size_t b : others)
      if (vectors.Cosine(candidates[a], candidates[b]) > kNearDuplicateCosine)
        pairs.emplace_back(a, b);
  }
  return pairs;
}

// Solves the ILP over `candidates`, starting from `start` (a feasible subset
// of them); nullopt when GLPK has no integer solution (failure, or the time
// limit hit first).
std::optional<GlpkResult> SolveWithGlpk(const ClusterModel& model, const LengthBudget& budget,
                                        const ConceptIndex& index,
                                        const std::vector<std::size_t>& candidates,
                                        const std::vector<std::size_t>& start,
                                        const TermVectors& vectors, double seconds) {
  // Concepts present in some candidate become columns after the sentences.
  std::vector<int> column(index.weights.size(), 0);
  int columns = static_cast<int>(candidates.size());
  for (std::size_t i : candidates)
    for (int c : index.sentence_concepts[i])
      if (column[c] == 0) column[c] = ++columns;
  if (columns == static_cast<int>(candidates.size())) return std::nullopt;

  glp_prob* lp = glp_create_prob();
  glp_set_obj_dir(lp, GLP_MAX);
  glp_add_cols(lp, columns);
  for (int k = 1; k <= columns; ++k) glp_set_col_kind(lp, k, GLP_BV);
  // Whole-number weights on the concepts only, so GLPK can round its bounds.
  for (std::size_t c = 0; c < column.size(); ++c)
    if (column[c] > 0) glp_set_obj_coef(lp, column[c], index.weights[c]);

  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  auto add_row = [&](int type, double lb, double ub) {
    int row = glp_add_rows(lp, 1);
    glp_set_row_bnds(lp, row, type, lb, ub);
    return row;
  };
  auto add = [&](int row, int col, double value) {
    ia.push_back(row);
    ja.push_back(col);
    ar.push_back(value);
  };
  int length_row = add_row(GLP_UP, 0, static_cast<double>(budget.limit));
  for (std::size_t k = 0; k < candidates.size(); ++k)
    add(length_row, static_cast<int>(k) + 1,
        static_cast<double>(budget.Cost(model.sentences[candidates[k]])));
  // Consistency: a covered concept needs a chosen sentence containing it
  // (sum of s_i over j's sentences >= c_j). The other family, s_i <= c_j,
  // holds at every optimum since weights are positive (raising c_j only
  // helps), so it is left out: the same optima, 2-3 times faster on DUC.
  std::vector<std::vector<int>> containing(index.weights.size());
  for (std::size_t k = 0; k < candidates.size(); ++k)
    for (int c : index.sentence_concepts[candidates[k]])
      containing[c].push_back(static_cast<int>(k) + 1);
  for (std::size_t c = 0; c < column.size(); ++c) {
    if (column[c] == 0) continue;
    int row = add_row(GLP_LO, 0, 0);
    for (int col : containing[c]) add(row, col, 1);
    add(row, column[c], -1);
  }
  // No two near-duplicates.
  for (const auto& [a, b] : NearDuplicatePairs(candidates, vectors)) {
    int row = add_row(GLP_UP, 0, 1);
    add(row, static_cast<int>(a) + 1, 1);
    add(row, static_cast<int>(b) + 1, 1);
  }
  glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());

  Incumbent incumbent;
  incumbent.x.assign(static_cast<std::size_t>(columns) + 1, 0.0);
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    if (std::find(start.begin(), start.end(), candidates[k]) == start.end()) continue;
    incumbent.x[k + 1] = 1;
    for (int c : index.sentence_concepts[candidates[k]]) incumbent.x[column[c]] = 1;
  }

  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.presolve = GLP_ON;
  parm.msg_lev = GLP_MSG_OFF;
  parm.tm_lim = static_cast<int>(std::min(seconds * 1000.0, static_cast<double>(INT_MAX)));
  if (!start.empty()) {
    parm.cb_func = GiveIncumbent;
    parm.cb_info = &incumbent;
  }
  const int previous_output = glp_term_out(GLP_OFF);
  const int ret = glp_intopt(lp, &parm);
  glp_term_out(previous_output);
  const int status = glp_mip_status(lp);

  std::optional<GlpkResult> result;
  if ((ret == 0 || ret == GLP_ETMLIM) && (status == GLP_OPT || status == GLP_FEAS)) {
    result.emplace();
    result->optimal = ret == 0 && status == GLP_OPT;
    for (std::size_t k = 0; k < candidates.size(); ++k)
      if (glp_mip_col_val(lp, static_cast<int>(k) + 1) > 0.5)
        result->chosen.push_back(candidates[k]);
  }
  glp_delete_prob(lp);
  // GLPK keeps a thread-local environment; free it so that worker threads
  // leave nothing behind (nothing else here holds GLPK objects).
  glp_free_env();
  return result;
}

// Drops sentences whose concepts the rest of the set already covers (the
// ILP is indifferent to them), longest first.
void DropUseless(const ClusterModel& model, const LengthBudget& budget, const ConceptIndex& index,
                 std::vector<std::size_t>& chosen) {
  std::vector<std::size_t> order = chosen;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto ca = budget.Cost(model.sentences[a]), cb = budget.Cost(model.sentences[b]);
    return ca != cb ? ca > cb : a > b;
  });
  for (std::size_t i : order) {
    if (chosen.size() <= 1) return;
    std::vector<std::size_t> rest;
    for (std::size_t j : chosen)
      if (j != i) rest.push_back(j);
    if (index.Coverage(rest) >= index.Coverage(chosen)) chosen = std::move(rest);
  }
}

}  // namespace

IlpMethod::Solver IlpMethod::LastSolver() { return last_solver; }

Selection IlpMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  const std::size_t n = model.sentences.size();
  last_solver = Solver::kNone;
  const ConceptIndex index = ExtractConcepts(model);
  Selection out;
  out.scores.assign(n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (int c : index.sentence_concepts[i]) out.scores[i] += index.weights[c];
  if (n == 0) return out;

  // Candidates: fitting sentences with a concept and enough words; the rules
  // are relaxed one by one when they leave nothing.
  auto fits = [&](std::size_t i) { return budget.Cost(model.sentences[i]) <= budget.limit; };
  auto has_concept = [&](std::size_t i) { return !index.sentence_concepts[i].empty(); };
  std::vector<bool> allowed(n, false);
  for (int rule = 0; rule < 3; ++rule) {
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
      allowed[i] = fits(i) && (rule == 2 || has_concept(i)) &&
                   (rule >= 1 || model.sentences[i].words >= kMinWords);
      any = any || allowed[i];
    }
    if (any) break;
  }
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < n; ++i)
    if (allowed[i]) candidates.push_back(i);

  TermVectors vectors(model);
  CoverageObjective objective(index);
  GreedyOptions options;
  options.cost_exponent = kGreedyCostExponent;
  options.stop_without_gain = true;
  options.compare_best_singleton = true;
  options.vectors = &vectors;
  options.allowed = &allowed;

  // The greedy solution: the fallback, and GLPK's first incumbent.
  std::vector<std::size_t> greedy = GreedySelect(model, budget, objective, options);
  out.chosen = greedy;
  last_solver = Solver::kGreedy;
  if (options_.time_limit_seconds > 0 && !candidates.empty()) {
    auto exact = SolveWithGlpk(model, budget, index, candidates, greedy, vectors,
                               options_.time_limit_seconds);
    if (exact && !exact->chosen.empty() &&
        (exact->optimal || index.Coverage(exact->chosen) > index.Coverage(greedy))) {
      out.chosen = std::move(exact->chosen);
      last_solver = exact->optimal ? Solver::kExact : Solver::kIncumbent;
      DropUseless(model, budget, index, out.chosen);
    }
  }
  // An ILP set has no pick order: list it best score first.
  std::sort(out.chosen.begin(), out.chosen.end(), [&](std::size_t a, std::size_t b) {
    return out.scores[a] != out.scores[b] ? out.scores[a] > out.scores[b] : a < b;
  });
  return out;
}

}  // namespace precis::select
