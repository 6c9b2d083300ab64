// Fuzzes what `precis rouge` reads from files: the XML configuration, the
// file list (-z), and a peer and a model (SPL, SEE or ISI) scored with options
// taken from the first bytes. Nothing may crash; errors are one non-empty
// line; scores are finite and not negative; the work checks (CheckText,
// CheckPair) come before scoring, as in the command.
//
// Input: byte 0 picks the format and a length limit, bytes 1-2 the options;
// the rest is the configuration, and split at its first NUL byte (or in the
// middle), the peer and the model.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "precis/rouge.h"
#include "rouge/rouge_config.h"
#include "rouge/rouge_input.h"

namespace {

void Require(bool condition, int line) {
  if (condition) return;
  std::fprintf(stderr, "check failed: rouge_fuzz.cc:%d\n", line);
  std::abort();
}
#define REQUIRE(condition) Require((condition), __LINE__)

void CheckError(const precis::Status& s) {
  REQUIRE(!s.ok());
  REQUIRE(!s.message().empty());
  REQUIRE(s.message().find('\n') == std::string::npos);
}

void CheckScore(const precis::RougeScore& s) {
  for (double x : {s.recall, s.precision, s.f}) REQUIRE(std::isfinite(x) && x >= 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace precis;
  using namespace precis::rouge;
  if (size < 3) return 0;
  const uint8_t mode = data[0], a = data[1], b = data[2];
  std::string_view body(reinterpret_cast<const char*>(data + 3), size - 3);

  Result<RougeConfig> xml = ParseRougeConfigXml(body, "config.xml");
  if (!xml.ok()) CheckError(xml.status());
  Result<RougeConfig> list = ParseRougeFileList(body, InputFormat::kSpl, "X", "list.txt");
  if (!list.ok()) CheckError(list.status());

  const InputFormat formats[] = {InputFormat::kSpl, InputFormat::kSee, InputFormat::kIsi};
  const InputFormat format = formats[mode % 3];
  size_t split = body.find('\0');
  if (split == std::string_view::npos) split = body.size() / 2;
  Result<std::vector<std::string>> peer = ExtractUnits(body.substr(0, split), format);
  Result<std::vector<std::string>> model =
      ExtractUnits(body.substr(std::min(split + 1, body.size())), format);
  REQUIRE(peer.ok() && model.ok());

  RougeOptions o;
  o.max_ngram = a % 6;
  o.stem = a & 8;
  o.remove_stopwords = a & 16;
  o.lcs = a & 32;
  if (a & 64) o.wlcs_weight = (a & 128) ? 1.2 : 5.0;
  if (b & 1) o.skip_distance = (b >> 1) % 6 - 1;  // -1 (unlimited) .. 4
  o.skip_unigrams = b & 16;
  o.skip_both = b & 32;
  o.best_model = b & 64;
  if ((mode / 3) % 3 == 1) o.word_limit = mode % 50;
  if ((mode / 3) % 3 == 2) o.byte_limit = mode % 200;
  o.resamples = 1 + (b & 128 ? 9 : 0);
  REQUIRE(ValidateRougeOptions(o).ok());

  Result<RougeScorer> scorer = RougeScorer::Create(o);
  REQUIRE(scorer.ok());
  RougeText peer_text = scorer->PrepareUnits(*peer);
  RougeText model_text = scorer->PrepareUnits(*model);
  for (const Status& s : {scorer->CheckText(peer_text), scorer->CheckText(model_text),
                          scorer->CheckPair(peer_text, model_text)}) {
    if (!s.ok()) {
      CheckError(s);
      return 0;
    }
  }
  const RougeText* models[] = {&model_text, &peer_text};
  std::vector<RougeMetricScore> scores = scorer->Score(peer_text, models);
  REQUIRE(scores.size() == RougeMetricNames(o).size());
  for (const RougeMetricScore& m : scores) CheckScore(m.score);

  std::vector<RougeEvalScore> evals;
  for (size_t i = 0; i < scores.size(); ++i) evals.push_back({std::to_string(i), scores[i].score});
  RougeAverage average = RougeBootstrapAverage(evals, o.resamples, o.confidence);
  CheckScore(average.average);
  CheckScore(average.low);
  CheckScore(average.high);
  return 0;
}
