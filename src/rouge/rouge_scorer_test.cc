#include "rouge/rouge_scorer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "precis/rouge.h"

namespace precis {
namespace {

using Text = std::vector<std::string>;

// Scores and returns the metric `name` as "R P F" strings.
std::string Rouge(const Text& peer, const std::vector<Text>& models, const RougeOptions& o,
                  const std::string& name) {
  Result<std::vector<RougeMetricScore>> r = RougeScorePeer(peer, models, o);
  if (!r.ok()) return "error: " + r.status().message();
  for (const RougeMetricScore& m : *r) {
    if (m.metric == name) {
      return rouge::FormatRouge(m.score.recall) + " " + rouge::FormatRouge(m.score.precision) +
             " " + rouge::FormatRouge(m.score.f);
    }
  }
  return "no " + name;
}

RougeOptions NOnly(int n) {
  RougeOptions o;
  o.max_ngram = n;
  o.lcs = false;
  return o;
}

TEST(RougeScorer, MetricNamesInRougeOrder) {
  RougeOptions o;
  o.max_ngram = 2;
  o.wlcs_weight = 1.2;
  o.wlcs_weight_label = "1.2";
  o.skip_distance = 4;
  o.skip_both = true;
  EXPECT_EQ(RougeMetricNames(o),
            (std::vector<std::string>{"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-S4",
                                      "ROUGE-SU4"}));
  o.skip_unigrams = true;
  o.skip_distance = -1;
  o.lcs = false;
  o.max_ngram = 0;
  EXPECT_EQ(RougeMetricNames(o), (std::vector<std::string>{"ROUGE-W-1.2", "ROUGE-SU*"}));
  EXPECT_EQ(RougeMetricNames(RougeOptions{}), (std::vector<std::string>{"ROUGE-L"}));
}

TEST(RougeScorer, ValidatesOptions) {
  RougeOptions o;
  o.word_limit = 100;
  o.byte_limit = 665;
  EXPECT_FALSE(ValidateRougeOptions(o).ok());
  EXPECT_EQ(ValidateRougeOptions(o).exit_code(), 2);
  o.byte_limit = 0;
  o.alpha = 1.5;
  EXPECT_FALSE(ValidateRougeOptions(o).ok());
  o.alpha = 0.5;
  o.wlcs_weight = 0;
  EXPECT_FALSE(ValidateRougeOptions(o).ok());
  o.wlcs_weight = 5.5;
  EXPECT_EQ(ValidateRougeOptions(o).message(),
            "ROUGE-W weight (-w) must be greater than 0 and at most 5");
  o.wlcs_weight = 5;
  EXPECT_TRUE(ValidateRougeOptions(o).ok());
  o.max_ngram = 21;
  EXPECT_EQ(ValidateRougeOptions(o).message(), "ROUGE-N size (-n) must be from 0 to 20");
  o.max_ngram = 20;
  o.resamples = 100001;
  EXPECT_EQ(ValidateRougeOptions(o).message(), "number of resamples (-r) must be from 1 to 100000");
  EXPECT_EQ(ValidateRougeOptions(o).exit_code(), 2);
  o.resamples = 100000;
  EXPECT_TRUE(ValidateRougeOptions(o).ok());
  EXPECT_FALSE(RougeScorePeer({"a"}, {}, RougeOptions{}).ok());
}

std::string Words(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += i ? " a" : "a";
  return s;
}

// The quadratic metrics are bounded: a pair past kRougeMaxLcsCells, or a text
// past kRougeMaxSkipBigrams, is an input error (checked before the work).
TEST(RougeScorer, ChecksTheWorkOfQuadraticMetrics) {
  RougeOptions o;
  Result<RougeScorer> scorer = RougeScorer::Create(o);
  ASSERT_TRUE(scorer.ok());
  RougeText big = scorer->PrepareUnits({Words(20000)});
  RougeText smaller = scorer->PrepareUnits({Words(13000)});
  EXPECT_TRUE(scorer->CheckText(big).ok());
  Status s = scorer->CheckPair(big, big);
  EXPECT_EQ(s.exit_code(), 1);
  EXPECT_EQ(s.message(),
            "too long for ROUGE-L/W (20000 x 20000 tokens; the limit is 268435456 pairs; -x "
            "without -w, -l or -b stays within it)");
  EXPECT_TRUE(scorer->CheckPair(big, smaller).ok());  // 2.6e8 cells
  EXPECT_TRUE(scorer->CheckPair(big, RougeText()).ok());
  o.lcs = false;
  EXPECT_TRUE(RougeScorer::Create(o)->CheckPair(big, big).ok());

  o.skip_distance = -1;
  o.skip_unigrams = true;
  scorer = RougeScorer::Create(o);
  RougeText pairs = scorer->PrepareUnits({Words(6000)});
  s = scorer->CheckText(pairs);
  EXPECT_EQ(s.exit_code(), 1);
  EXPECT_EQ(s.message(),
            "too long for ROUGE-S with -2 -1 (6000 tokens make 18002999 skip-bigrams; the "
            "limit is 16777216; a smaller -2, -l or -b stays within it)");
  EXPECT_TRUE(scorer->CheckText(scorer->PrepareUnits({Words(1000)})).ok());
  o.skip_distance = 4;
  scorer = RougeScorer::Create(o);
  EXPECT_TRUE(scorer->CheckText(scorer->PrepareUnits({Words(20000)})).ok());

  // The one-off function checks too.
  Result<std::vector<RougeMetricScore>> r = RougeScorePeer({Words(6000)}, {{"a"}}, [] {
    RougeOptions u;
    u.lcs = false;
    u.skip_distance = -1;
    return u;
  }());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().substr(0, 33), "peer: too long for ROUGE-S with -");
}

TEST(RougeScorer, NgramsClipAndCrossSentences) {
  EXPECT_EQ(Rouge({"The cat sat on the mat."}, {{"the cat is on the mat"}}, NOnly(2), "ROUGE-1"),
            "0.83333 0.83333 0.83333");
  EXPECT_EQ(Rouge({"The cat sat on the mat."}, {{"the cat is on the mat"}}, NOnly(2), "ROUGE-2"),
            "0.60000 0.60000 0.60000");
  // "b c" spans the sentence boundary of the peer and still counts.
  EXPECT_EQ(Rouge({"a b", "c d"}, {{"b c"}}, NOnly(2), "ROUGE-2"), "1.00000 0.33333 0.50000");
  // Clipping: the peer repeats "a" but the model has it once.
  EXPECT_EQ(Rouge({"a a a a"}, {{"a b"}}, NOnly(1), "ROUGE-1"), "0.50000 0.25000 0.33333");
}

// ROUGE-N against a direct count (clipped n-gram matches over whole texts) on
// repetitive texts over a few words, n up to 6: the ranked n-gram tables must
// match every n-gram as comparing its words does.
TEST(RougeScorer, NgramCountsMatchADirectCount) {
  unsigned seed = 7;
  auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  const char* vocabulary[] = {"a", "b", "c"};
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<std::string> words[2];
    for (auto& w : words) {
      const unsigned length = 1 + next() % 30;
      for (unsigned i = 0; i < length; ++i) w.push_back(vocabulary[next() % (trial % 3 + 1)]);
    }
    auto join = [](const std::vector<std::string>& w) {
      std::string s;
      for (const std::string& x : w) s += (s.empty() ? "" : " ") + x;
      return s;
    };
    for (int n = 1; n <= 6; ++n) {
      std::map<std::vector<std::string>, int> grams[2];
      for (int k = 0; k < 2; ++k)
        for (size_t i = 0; i + n <= words[k].size(); ++i)
          ++grams[k][std::vector<std::string>(words[k].begin() + i, words[k].begin() + i + n)];
      int hits = 0, model_total = 0;
      for (const auto& [gram, count] : grams[1]) {
        model_total += count;
        auto it = grams[0].find(gram);
        if (it != grams[0].end()) hits += std::min(count, it->second);
      }
      Result<std::vector<RougeMetricScore>> r =
          RougeScorePeer({join(words[0])}, {{join(words[1])}}, NOnly(n));
      ASSERT_TRUE(r.ok());
      const double recall = model_total ? static_cast<double>(hits) / model_total : 0.0;
      EXPECT_EQ(rouge::FormatRouge((*r)[n - 1].score.recall), rouge::FormatRouge(recall))
          << "n=" << n << " peer '" << join(words[0]) << "' model '" << join(words[1]) << "'";
    }
  }
}

// Skip-bigram (and -u unigram) hits and totals against a direct count of the
// pairs as ROUGE's createSkipBigram makes them, over many distances.
TEST(RougeScorer, SkipBigramCountsMatchADirectCount) {
  unsigned seed = 11;
  auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  auto direct = [](const std::vector<std::string>& w, int distance, bool unigrams) {
    std::map<std::string, int> out;
    for (size_t i = 0; i + 1 < w.size(); ++i) {
      if (unigrams) ++out[w[i]];
      for (size_t j = i + 1; j < w.size(); ++j) {
        if (distance >= 0 && j - i - 1 > static_cast<size_t>(distance)) break;
        ++out[w[i] + " " + w[j]];
      }
    }
    return out;
  };
  auto join = [](const std::vector<std::string>& w) {
    std::string s;
    for (const std::string& x : w) s += (s.empty() ? "" : " ") + x;
    return s;
  };
  for (int trial = 0; trial < 300; ++trial) {
    const unsigned vocabulary = 1 + trial % 40;
    std::vector<std::string> words[2];
    for (auto& w : words) {
      const unsigned length = next() % 60;
      for (unsigned i = 0; i < length; ++i) w.push_back("w" + std::to_string(next() % vocabulary));
    }
    const int distance = static_cast<int>(trial % 7) - 1;  // -1 (any gap) to 5
    const bool unigrams = trial % 2 == 1;
    std::map<std::string, int> grams[2] = {direct(words[0], distance, unigrams),
                                           direct(words[1], distance, unigrams)};
    int hits = 0, totals[2] = {0, 0};
    for (int k = 0; k < 2; ++k)
      for (const auto& [gram, count] : grams[k]) totals[k] += count;
    for (const auto& [gram, count] : grams[1]) {
      auto it = grams[0].find(gram);
      if (it != grams[0].end()) hits += std::min(count, it->second);
    }
    RougeOptions o = NOnly(0);
    o.skip_distance = distance;
    o.skip_unigrams = unigrams;
    Result<std::vector<RougeMetricScore>> r =
        RougeScorePeer({join(words[0])}, {{join(words[1])}}, o);
    ASSERT_TRUE(r.ok());
    const RougeScore expected = rouge::ScoreFromCounts(hits, totals[1], totals[0], o.alpha);
    EXPECT_EQ(rouge::FormatRouge((*r)[0].score.recall), rouge::FormatRouge(expected.recall))
        << "trial " << trial;
    EXPECT_EQ(rouge::FormatRouge((*r)[0].score.precision), rouge::FormatRouge(expected.precision))
        << "trial " << trial;
  }
}

// A text with far more distinct skip-bigrams than the scorer's table first
// holds (4,096 slots) still counts every one: with -2 -1 (any gap), n distinct
// words make n (n - 1) / 2 distinct pairs, and the peer shares exactly those of
// its half.
TEST(RougeScorer, SkipBigramTablesGrowPastTheirFirstSize) {
  std::string model, peer;
  const int n = 1500;  // 1,124,250 pairs
  for (int i = 0; i < n; ++i) {
    model += (i ? " w" : "w") + std::to_string(i);
    if (i < n / 2) peer += (i ? " w" : "w") + std::to_string(i);
  }
  RougeOptions o = NOnly(0);
  o.skip_distance = -1;
  Result<std::vector<RougeMetricScore>> r = RougeScorePeer({peer}, {{model}}, o);
  ASSERT_TRUE(r.ok());
  const double model_pairs = n * (n - 1) / 2.0, peer_pairs = (n / 2) * (n / 2 - 1) / 2.0;
  EXPECT_EQ(rouge::FormatRouge((*r)[0].score.recall), rouge::FormatRouge(peer_pairs / model_pairs));
  EXPECT_EQ(rouge::FormatRouge((*r)[0].score.precision), "1.00000");
}

// RoundRouge computes what sprintf("%7.5f") and reading it back give, without
// the strings: ties (odd multiples of 1/64 at the fifth decimal), random values,
// values one ulp around each rounding boundary, signs and large values.
TEST(RoundRouge, AgreesWithPrintingAndReadingBack) {
  auto slow = [](double x) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%7.5f", x);
    return std::strtod(buf, nullptr);
  };
  std::vector<double> values = {
      0.0,      -0.0,     1.0,    0.5,    1e-300,           -1e-300, 4.9e-6,
      5e-6,     5.1e-6,   -5e-6,  1e8,    999999999.999995, 1e9,     1e300,
      0.015625, 0.046875, 2.5e-6, 7.5e-6, 0.1234549999999};
  for (int m = 1; m < 100000; m += 2) values.push_back(m / 64.0);
  for (int k = 0; k < 50000; ++k) {
    const double boundary = (k + 0.5) / 100000.0;
    values.push_back(boundary);
    values.push_back(std::nextafter(boundary, 0.0));
    values.push_back(std::nextafter(boundary, 2.0));
  }
  uint64_t x = 88172645463325252ull;
  for (int k = 0; k < 50000; ++k) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    values.push_back(static_cast<double>(x >> 11) / 9007199254740992.0);  // [0, 1)
    values.push_back(static_cast<double>(x % 100000000) / 997.0);
  }
  for (double v : values) {
    for (double y : {v, -v}) {
      const double expected = slow(y);
      const double got = rouge::RoundRouge(y);
      ASSERT_EQ(std::memcmp(&expected, &got, sizeof got), 0) << std::hexfloat << y;
    }
  }
  EXPECT_TRUE(std::isnan(rouge::RoundRouge(std::nan(""))));
  EXPECT_EQ(rouge::RoundRouge(INFINITY), INFINITY);
}

TEST(RougeScorer, ModelAveragePoolsCounts) {
  // -f A: R = (1 + 2) / (2 + 4), P = 3 / (2 * 2).
  EXPECT_EQ(Rouge({"a b"}, {{"a x"}, {"a b y z"}}, NOnly(1), "ROUGE-1"), "0.50000 0.75000 0.60000");
}

TEST(RougeScorer, BestModelChoosesByRoundedRecallFirstWins) {
  RougeOptions o = NOnly(1);
  o.best_model = true;
  // Model 1 has recall 1.0 but precision 0.4; model 2 contains the whole peer.
  EXPECT_EQ(Rouge({"a b c d e"}, {{"a b"}, {"a b c d e x"}}, o, "ROUGE-1"),
            "1.00000 0.40000 0.57143");
  // Equal recall 0.5: the first model wins even though the second has more hits.
  EXPECT_EQ(Rouge({"a b c d e"}, {{"a x"}, {"a b x y"}}, o, "ROUGE-1"), "0.50000 0.20000 0.28571");
}

TEST(RougeScorer, AlphaWeightsRecallAndPrecision) {
  RougeOptions o = NOnly(1);
  o.alpha = 1;  // F = P
  EXPECT_EQ(Rouge({"a b c d"}, {{"a b"}}, o, "ROUGE-1"), "1.00000 0.50000 0.50000");
  o.alpha = 0;  // F = R
  EXPECT_EQ(Rouge({"a b c d"}, {{"a b"}}, o, "ROUGE-1"), "1.00000 0.50000 1.00000");
}

TEST(RougeScorer, SkipBigramsAndTheMissingLastUnigram) {
  RougeOptions o = NOnly(0);
  o.skip_distance = 1;
  // Peer pairs: ab ac bc; model: ac.
  EXPECT_EQ(Rouge({"a b c"}, {{"a c"}}, o, "ROUGE-S1"), "1.00000 0.33333 0.50000");
  o.skip_unigrams = true;
  // Unigrams of every token but the last: peer a b + 3 pairs, model a + 1 pair.
  EXPECT_EQ(Rouge({"a b c"}, {{"a c"}}, o, "ROUGE-SU1"), "1.00000 0.40000 0.57143");
  // One token: nothing at all.
  EXPECT_EQ(Rouge({"gilbert"}, {{"gilbert came"}}, o, "ROUGE-SU1"), "0.00000 0.00000 0.00000");
  o.skip_distance = 0;
  o.skip_unigrams = false;
  EXPECT_EQ(Rouge({"a b c"}, {{"a c"}}, o, "ROUGE-S0"), "0.00000 0.00000 0.00000");
}

TEST(RougeScorer, LcsIsTheUnionOverPeerSentences) {
  // README "edge-lcs-union": w1 w2 from the first peer sentence, w3 w5 from the second.
  EXPECT_EQ(Rouge({"w1 w2 w6 w7", "w6 w3 w5"}, {{"w1 w2 w3 w4 w5"}}, RougeOptions{}, "ROUGE-L"),
            "0.80000 0.57143 0.66667");
}

TEST(RougeScorer, LcsTracebackPrefersUpOnTies) {
  // README "edge-lcs-tiebreak": "x" marks position 2 again, not 0.
  EXPECT_EQ(Rouge({"y x", "x"}, {{"x y x y"}}, RougeOptions{}, "ROUGE-L"),
            "0.50000 0.66667 0.57143");
}

TEST(RougeScorer, LcsHitsAreClippedByUnigramCounts) {
  // Both model sentences match "a b", but the peer has each word once.
  EXPECT_EQ(Rouge({"a b"}, {{"a b", "a b"}}, RougeOptions{}, "ROUGE-L"), "0.50000 1.00000 0.66667");
}

TEST(RougeScorer, WlcsAppliesTheWeightTwiceToTheModelLength) {
  RougeOptions o;
  o.wlcs_weight = 1.2;
  // hit = 3^1.2, R = (3^1.2 / (3^1.2)^1.2)^(1/1.2) = 3^-0.2, P = 1, F = 2R / (1 + R).
  const std::string r = rouge::FormatRouge(std::pow(3.0, -0.2));
  EXPECT_EQ(Rouge({"a b c"}, {{"a b c"}}, o, "ROUGE-W-1.2"), r + " 1.00000 0.89058");
  EXPECT_EQ(Rouge({"a b c"}, {{"a b c"}}, o, "ROUGE-L"), "1.00000 1.00000 1.00000");
}

TEST(RougeScorer, ByteLimitBugLetsLcsSeeWholeUnits) {
  RougeOptions o;
  o.byte_limit = 4;
  // Truncated texts: peer "a b c", model "c d a"; ROUGE-L sees every line whole,
  // so the base is 4 while clipping and P use the truncated counts.
  EXPECT_EQ(Rouge({"a b", "c d"}, {{"c d", "a b"}}, o, "ROUGE-L"), "0.50000 0.66667 0.57143");
}

TEST(RougeScorer, WordLimitAppliesToModelsToo) {
  RougeOptions o = NOnly(1);
  o.word_limit = 2;
  EXPECT_EQ(Rouge({"a b c d"}, {{"a x c d"}}, o, "ROUGE-1"), "0.50000 0.50000 0.50000");
}

TEST(RougeScorer, EmptyTextsScoreZero) {
  RougeOptions o;
  o.max_ngram = 2;
  o.wlcs_weight = 1.2;
  o.skip_distance = 4;
  Result<std::vector<RougeMetricScore>> r = RougeScorePeer({}, {{"a b"}, {"-- !!"}}, o);
  ASSERT_TRUE(r.ok());
  for (const RougeMetricScore& m : *r) {
    EXPECT_EQ(m.score.recall, 0) << m.metric;
    EXPECT_EQ(m.score.f, 0) << m.metric;
  }
}

TEST(RougeScorer, PreparedTextsAreReusable) {
  Result<RougeScorer> s = RougeScorer::Create(NOnly(1));
  ASSERT_TRUE(s.ok());
  RougeText peer = s->Prepare({"a b c d"});
  RougeText m1 = s->Prepare({"a b"});
  RougeText m2 = s->Prepare({"c d e f"});
  const RougeText* both[] = {&m1, &m2};
  const RougeText* one[] = {&m2};
  EXPECT_DOUBLE_EQ(s->Score(peer, both)[0].score.recall, 0.66667);  // (2 + 2) / (2 + 4)
  EXPECT_DOUBLE_EQ(s->Score(peer, one)[0].score.recall, 0.5);
  // A text from another scorer counts as empty rather than mixing vocabularies.
  Result<RougeScorer> other = RougeScorer::Create(NOnly(1));
  RougeText foreign = other->Prepare({"a b c d"});
  EXPECT_DOUBLE_EQ(s->Score(foreign, one)[0].score.recall, 0.0);
}

}  // namespace
}  // namespace precis
