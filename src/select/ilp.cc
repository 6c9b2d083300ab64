#include "select/ilp.h"

#include <glpk.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <tuple>

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

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

// Pairs (a, b), a < b, of positions in `candidates` whose sentences are
// near-duplicates, in order. Sentences without a common term have cosine 0,
// so only pairs sharing a term are compared.
Pairs NearDuplicatePairs(const std::vector<std::size_t>& candidates, const TermVectors& vectors) {
  std::vector<std::vector<std::size_t>> postings;  // term -> positions
  for (std::size_t k = 0; k < candidates.size(); ++k)
    for (const auto& [term, weight] : vectors[candidates[k]].entries) {
      if (static_cast<std::size_t>(term) >= postings.size()) postings.resize(term + 1);
      postings[term].push_back(k);
    }
  Pairs pairs;
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

// The candidates that can be in a solution at least as good as `floor` (the
// greedy set's coverage). A solution containing i covers at most i's weight
// plus, for the others in it, what each adds beyond i's concepts (coverage
// is submodular), so a fractional knapsack of those residual weights in the
// budget left by i, over the sentences that fit with i and are not its
// near-duplicates, bounds it. A sentence bounded below the floor is in no
// such solution, so later bounds leave it out. Every optimal solution, and
// the greedy set, keep all their sentences. Returns positions in
// `candidates`.
std::vector<std::size_t> PruneByBound(const ClusterModel& model, const LengthBudget& budget,
                                      const ConceptIndex& index,
                                      const std::vector<std::size_t>& candidates,
                                      const Pairs& duplicates, double floor) {
  const std::size_t n = candidates.size();
  std::vector<double> weight(n, 0.0), cost(n);
  for (std::size_t k = 0; k < n; ++k) {
    for (int c : index.sentence_concepts[candidates[k]]) weight[k] += index.weights[c];
    cost[k] = static_cast<double>(budget.Cost(model.sentences[candidates[k]]));
  }
  auto density = [&](std::size_t k, double w) {
    return cost[k] > 0 ? w / cost[k] : std::numeric_limits<double>::infinity();
  };
  // Others by their plain density, an upper bound of their residual one.
  std::vector<std::size_t> order(n);
  for (std::size_t k = 0; k < n; ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const double da = density(a, weight[a]), db = density(b, weight[b]);
    return da != db ? da > db : a < b;
  });
  std::vector<std::vector<std::size_t>> near(n);
  for (const auto& [a, b] : duplicates) {
    near[a].push_back(b);
    near[b].push_back(a);
  }
  const double limit = static_cast<double>(budget.limit);
  const double margin = 1e-6 * (1 + floor);  // against rounding in the bound
  std::vector<bool> pruned(n, false);
  std::vector<std::size_t> concept_mark(index.weights.size(), n), excluded_mark(n, n);
  // (residual density, residual weight, position), best on top.
  std::vector<std::tuple<double, double, std::size_t>> heap;
  for (std::size_t i = 0; i < n; ++i) {
    if (weight[i] >= floor - margin) continue;
    for (int c : index.sentence_concepts[candidates[i]]) concept_mark[c] = i;
    for (std::size_t j : near[i]) excluded_mark[j] = i;
    excluded_mark[i] = i;
    double bound = weight[i], room = limit - cost[i];
    heap.clear();
    std::size_t next = 0;
    while (bound < floor - margin && room > 0) {
      // Take the best residual density once no unevaluated sentence can beat it.
      while (next < n) {
        const std::size_t j = order[next];
        if (!heap.empty() && std::get<0>(heap.front()) >= density(j, weight[j])) break;
        ++next;
        if (excluded_mark[j] == i || pruned[j] || cost[j] > limit - cost[i]) continue;
        double residual = 0;
        for (int c : index.sentence_concepts[candidates[j]])
          if (concept_mark[c] != i) residual += index.weights[c];
        if (residual <= 0) continue;
        heap.emplace_back(density(j, residual), residual, j);
        std::push_heap(heap.begin(), heap.end());
      }
      if (heap.empty()) break;
      std::pop_heap(heap.begin(), heap.end());
      const auto [d, residual, j] = heap.back();
      heap.pop_back();
      const double take = std::min(room, cost[j]);
      bound += cost[j] > 0 ? d * take : residual;
      room -= take;
    }
    if (bound < floor - margin) pruned[i] = true;
  }
  std::vector<std::size_t> kept;
  for (std::size_t k = 0; k < n; ++k)
    if (!pruned[k]) kept.push_back(k);
  return kept;
}

// Solves the ILP over `candidates`, starting from `start` (a feasible subset
// of them); nullopt when GLPK has no integer solution (failure, or the time
// limit hit first). `duplicates` are the near-duplicate pairs of positions
// in `candidates`.
//
// Concepts found in exactly the same candidates are covered together, so
// they share one column (their weights summed); a concept of one candidate
// only is covered exactly when that sentence is chosen, so its weight goes
// to the sentence's column and it needs no column or row. The optima are
// those of the concept-per-column model, with fewer columns and rows.
std::optional<GlpkResult> SolveWithGlpk(const ClusterModel& model, const LengthBudget& budget,
                                        const ConceptIndex& index,
                                        const std::vector<std::size_t>& candidates,
                                        const std::vector<std::size_t>& start,
                                        const Pairs& duplicates, double seconds) {
  // Candidate columns (1-based) containing each concept.
  std::vector<std::vector<int>> containing(index.weights.size());
  for (std::size_t k = 0; k < candidates.size(); ++k)
    for (int c : index.sentence_concepts[candidates[k]])
      containing[c].push_back(static_cast<int>(k) + 1);
  // Groups of concepts with the same candidates, in order of their first concept.
  std::map<std::vector<int>, std::size_t> group_of;
  std::vector<const std::vector<int>*> group_sentences;
  std::vector<double> group_weight;
  for (std::size_t c = 0; c < containing.size(); ++c) {
    if (containing[c].empty()) continue;
    auto [it, inserted] = group_of.try_emplace(containing[c], group_weight.size());
    if (inserted) {
      group_sentences.push_back(&it->first);
      group_weight.push_back(0);
    }
    group_weight[it->second] += index.weights[c];
  }
  if (group_weight.empty()) return std::nullopt;
  std::vector<double> sentence_weight(candidates.size() + 1, 0.0);
  std::vector<int> group_column(group_weight.size(), 0);
  int columns = static_cast<int>(candidates.size());
  for (std::size_t g = 0; g < group_weight.size(); ++g) {
    if (group_sentences[g]->size() == 1)
      sentence_weight[group_sentences[g]->front()] += group_weight[g];
    else
      group_column[g] = ++columns;
  }

  glp_prob* lp = glp_create_prob();
  glp_set_obj_dir(lp, GLP_MAX);
  glp_add_cols(lp, columns);
  for (int k = 1; k <= columns; ++k) glp_set_col_kind(lp, k, GLP_BV);
  // Whole-number weights, so GLPK can round its bounds.
  for (std::size_t k = 1; k <= candidates.size(); ++k)
    if (sentence_weight[k] != 0) glp_set_obj_coef(lp, static_cast<int>(k), sentence_weight[k]);
  for (std::size_t g = 0; g < group_weight.size(); ++g)
    if (group_column[g] > 0) glp_set_obj_coef(lp, group_column[g], group_weight[g]);

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
  // Consistency: a covered group needs a chosen sentence containing it
  // (sum of s_i over g's sentences >= c_g). The other family, s_i <= c_g,
  // holds at every optimum since weights are positive (raising c_g only
  // helps), so it is left out: the same optima, 2-3 times faster on DUC.
  for (std::size_t g = 0; g < group_weight.size(); ++g) {
    if (group_column[g] == 0) continue;
    int row = add_row(GLP_LO, 0, 0);
    for (int col : *group_sentences[g]) add(row, col, 1);
    add(row, group_column[g], -1);
  }
  // No two near-duplicates.
  for (const auto& [a, b] : duplicates) {
    int row = add_row(GLP_UP, 0, 1);
    add(row, static_cast<int>(a) + 1, 1);
    add(row, static_cast<int>(b) + 1, 1);
  }
  glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());

  Incumbent incumbent;
  incumbent.x.assign(static_cast<std::size_t>(columns) + 1, 0.0);
  for (std::size_t k = 0; k < candidates.size(); ++k)
    if (std::find(start.begin(), start.end(), candidates[k]) != start.end()) incumbent.x[k + 1] = 1;
  for (std::size_t g = 0; g < group_weight.size(); ++g)
    if (group_column[g] > 0)
      for (int col : *group_sentences[g])
        if (incumbent.x[col] > 0) incumbent.x[group_column[g]] = 1;

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
    // Only sentences that can be in a solution as good as the greedy one.
    const Pairs duplicates = NearDuplicatePairs(candidates, vectors);
    const std::vector<std::size_t> kept =
        PruneByBound(model, budget, index, candidates, duplicates, index.Coverage(greedy));
    std::vector<std::size_t> position(candidates.size(), kept.size()), reduced;
    for (std::size_t k = 0; k < kept.size(); ++k) {
      position[kept[k]] = k;
      reduced.push_back(candidates[kept[k]]);
    }
    Pairs reduced_duplicates;
    for (const auto& [a, b] : duplicates)
      if (position[a] < kept.size() && position[b] < kept.size())
        reduced_duplicates.emplace_back(position[a], position[b]);
    auto exact = SolveWithGlpk(model, budget, index, reduced, greedy, reduced_duplicates,
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
