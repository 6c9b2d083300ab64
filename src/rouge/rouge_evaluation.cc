#include "rouge/rouge_evaluation.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <unordered_map>

#include "rouge/bootstrap.h"
#include "rouge/rouge_input.h"
#include "rouge/rouge_scorer.h"

namespace precis::rouge {
namespace {

std::string_view DigitPrefix(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  return s.substr(0, n);
}

// Compares two digit strings as numbers.
int CompareNumbers(std::string_view a, std::string_view b) {
  while (a.size() > 1 && a[0] == '0') a.remove_prefix(1);
  while (b.size() > 1 && b[0] == '0') b.remove_prefix(1);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
}

struct EvalState {
  bool loaded = false;
  std::vector<RougeText> models;
};

RougeScore Mean(const std::vector<RougeScore>& scores) {
  double r = 0, p = 0, f = 0;
  for (const RougeScore& s : scores) {
    r += s.recall;
    p += s.precision;
    f += s.f;
  }
  const double n = static_cast<double>(scores.size());
  return {RoundRouge(r / n), RoundRouge(p / n), RoundRouge(f / n)};
}

}  // namespace

void SortByEvalId(std::vector<RougeEvalScore>& scores) {
  std::stable_sort(scores.begin(), scores.end(),
                   [](const RougeEvalScore& a, const RougeEvalScore& b) {
                     std::string_view da = DigitPrefix(a.id), db = DigitPrefix(b.id);
                     if (!da.empty() && !db.empty()) {
                       if (int c = CompareNumbers(da, db); c != 0) return c < 0;
                     }
                     return a.id < b.id;
                   });
}

Result<RougeEvaluation> EvaluateRouge(const RougeConfig& config,
                                      const std::vector<std::string>& systems,
                                      const RougeOptions& options, bool jackknife,
                                      const RougeFileReader& read, std::size_t max_run_bytes) {
  Result<RougeScorer> created = RougeScorer::Create(options);
  if (!created.ok()) return created.status();
  RougeScorer& scorer = *created;
  const std::vector<std::string> names = RougeMetricNames(options);

  std::size_t run_bytes = 0;
  auto load_text = [&](const std::string& path, InputFormat format) -> Result<RougeText> {
    Result<std::string> content = read(path);
    if (!content.ok()) return content.status();
    run_bytes += content->size();
    if (run_bytes > max_run_bytes) {
      return Status::InputError(path + ": the files of this run are too large together (" +
                                std::to_string(run_bytes) + " bytes read; the limit is " +
                                std::to_string(max_run_bytes) + ")");
    }
    Result<std::vector<std::string>> units = ExtractUnits(*content, format);
    if (!units.ok())
      return Status::InputError("cannot score '" + path + "': " + units.status().message());
    RougeText text = scorer.PrepareUnits(*units);
    if (Status s = scorer.CheckText(text); !s.ok()) {
      return Status::InputError(path + ": " + s.message());
    }
    return text;
  };

  std::vector<EvalState> states(config.evals.size());
  RougeEvaluation result;
  // The evaluations each peer is in, in order: a system visits only those, so
  // many systems each in a few of many evaluations take linear time.
  std::unordered_map<std::string, std::vector<size_t>> evals_of;
  for (size_t e = 0; e < config.evals.size(); ++e) {
    for (const auto& peer : config.evals[e].peers) evals_of[peer.first].push_back(e);
  }
  const std::vector<size_t> none;
  size_t unlisted = 0;
  // The bootstrap's draws for each number of evaluations a system was in
  // (systems missing from a few evaluations alternate with complete ones).
  std::unordered_map<uint64_t, std::vector<uint32_t>> draws_for;
  for (const std::string& system : systems) {
    std::vector<std::vector<RougeEvalScore>> per_metric(names.size());
    auto found = evals_of.find(system);
    const std::vector<size_t>& present = found == evals_of.end() ? none : found->second;
    // ROUGE's warning for each evaluation without this system, as long as
    // fewer than kMaxRougeWarnings are listed; the rest are counted.
    size_t listed = 0, p = 0;
    for (size_t e = 0; e < config.evals.size() && result.warnings.size() < kMaxRougeWarnings; ++e) {
      if (p < present.size() && present[p] == e) {
        ++p;
        continue;
      }
      result.warnings.push_back("*ROUGE Warning: test instance for peer " + system +
                                " does not exist for evaluation " + config.evals[e].id);
      ++listed;
    }
    unlisted += config.evals.size() - present.size() - listed;
    for (size_t e : present) {
      const RougeEval& eval = config.evals[e];
      if (!eval.format) {
        return Status::InputError("evaluation " + eval.id + " has no <INPUT-FORMAT TYPE=...>");
      }
      EvalState& state = states[e];
      if (!state.loaded) {
        for (const std::string& model_id : eval.model_ids) {
          Result<RougeText> text = load_text(eval.ModelPath(model_id), *eval.format);
          if (!text.ok()) return text.status();
          state.models.push_back(*text);
        }
        state.loaded = true;
      }
      const std::string peer_path = eval.PeerPath(system);
      Result<RougeText> peer = load_text(peer_path, *eval.format);
      if (!peer.ok()) return peer.status();
      for (size_t i = 0; i < state.models.size(); ++i) {
        if (Status s = scorer.CheckPair(*peer, state.models[i]); !s.ok()) {
          return Status::InputError(peer_path + " against " + eval.ModelPath(eval.model_ids[i]) +
                                    ": " + s.message());
        }
      }

      std::vector<RougeScore> scores(names.size());
      const size_t k = state.models.size();
      if (jackknife && k > kMaxJackknifeModels) {
        // Scoring K times with K - 1 models each is quadratic in K.
        return Status::InputError("evaluation " + eval.id + " has " + std::to_string(k) +
                                  " models; --jackknife takes at most " +
                                  std::to_string(kMaxJackknifeModels));
      }
      auto score_without = [&](std::optional<size_t> skip_index,
                               const std::string* skip_id) -> std::vector<RougeMetricScore> {
        std::vector<const RougeText*> models;
        for (size_t i = 0; i < k; ++i) {
          if (skip_index && i == *skip_index) continue;
          if (skip_id && eval.model_ids[i] == *skip_id) continue;
          models.push_back(&state.models[i]);
        }
        return scorer.Score(*peer, models);
      };
      const bool human_peer =
          std::find(eval.model_ids.begin(), eval.model_ids.end(), system) != eval.model_ids.end();
      if (!jackknife || k < 2) {
        std::vector<RougeMetricScore> s = score_without(std::nullopt, nullptr);
        for (size_t m = 0; m < names.size(); ++m) scores[m] = s[m].score;
      } else if (human_peer) {
        std::vector<RougeMetricScore> s = score_without(std::nullopt, &system);
        for (size_t m = 0; m < names.size(); ++m) scores[m] = s[m].score;
      } else {
        std::vector<std::vector<RougeScore>> runs(names.size());
        for (size_t leave = 0; leave < k; ++leave) {
          std::vector<RougeMetricScore> s = score_without(leave, nullptr);
          for (size_t m = 0; m < names.size(); ++m) runs[m].push_back(s[m].score);
        }
        for (size_t m = 0; m < names.size(); ++m) scores[m] = Mean(runs[m]);
      }
      for (size_t m = 0; m < names.size(); ++m) {
        per_metric[m].push_back({eval.id + "." + system, scores[m]});
      }
    }
    RougeSystemResult sr;
    sr.system = system;
    // Every metric of every system in as many evaluations draws the same
    // resamples: they are drawn once.
    // (A few sizes are kept: each may hold kMaxBootstrapDraws indices.)
    constexpr std::size_t kDrawSizesKept = 4;
    if (draws_for.size() >= kDrawSizesKept && !draws_for.contains(present.size()))
      draws_for.clear();
    auto [it, made] = draws_for.try_emplace(present.size());
    if (made) it->second = BootstrapDraws(present.size(), options.resamples);
    const std::vector<uint32_t>& draws = it->second;
    for (size_t m = 0; m < names.size(); ++m) {
      RougeMetricResult mr;
      mr.metric = names[m];
      mr.average = RougeBootstrapAverageWithDraws(per_metric[m], options.resamples,
                                                  options.confidence, draws);
      mr.evals = std::move(per_metric[m]);
      SortByEvalId(mr.evals);
      sr.metrics.push_back(std::move(mr));
    }
    result.systems.push_back(std::move(sr));
  }
  if (unlisted > 0) {
    result.warnings.push_back("*ROUGE Warning: " + std::to_string(unlisted) +
                              " more test instances do not exist (not listed)");
  }
  return result;
}

}  // namespace precis::rouge
