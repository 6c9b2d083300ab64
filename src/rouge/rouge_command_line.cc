#include "rouge/rouge_command_line.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

namespace precis::rouge {
namespace {

constexpr std::string_view kFlags = "ahHdmMsuUvx";        // switches
constexpr std::string_view kWithValue = "bcefnlptr23wz";  // take a value

bool ParseInt(const std::string& s, int& out) {
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, out);
  return ec == std::errc() && ptr == end && !s.empty();
}

bool ParseDouble(const std::string& s, double& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  // Overflow gives inf (refused); underflow gives a tiny or zero value, which is fine.
  return end == s.c_str() + s.size() && std::isfinite(out);
}

Status Bad(char option, const std::string& value, const std::string& expected) {
  return Status::UsageError("bad value '" + value + "' for -" + std::string(1, option) +
                            " (expected " + expected + ")");
}

Status ApplyValue(RougeCommandLine& cl, char option, const std::string& v, bool& has_t) {
  RougeOptions& o = cl.options;
  switch (option) {
    case 'b':
      if (!ParseInt(v, o.byte_limit) || o.byte_limit < 0) {
        return Bad(option, v, "a number of bytes from 0 to 2147483647");
      }
      return Status::Ok();
    case 'l':
      if (!ParseInt(v, o.word_limit) || o.word_limit < 0) {
        return Bad(option, v, "a number of words from 0 to 2147483647");
      }
      return Status::Ok();
    case 'c':
      if (!ParseDouble(v, o.confidence) || o.confidence < 0 || o.confidence > 100) {
        return Bad(option, v, "a confidence level from 0 to 100");
      }
      cl.confidence_label = v;
      return Status::Ok();
    case 'e':
      return Status::Ok();  // ROUGE's data directory: our data is built in
    case 'f':
      if (v == "A") {
        o.best_model = false;
      } else if (v == "B") {
        o.best_model = true;
      } else {
        return Bad(option, v, "A or B");
      }
      return Status::Ok();
    case 'n':
      if (!ParseInt(v, o.max_ngram) || o.max_ngram < 0 || o.max_ngram > kRougeMaxNgram) {
        return Bad(option, v, "an n-gram size from 0 to " + std::to_string(kRougeMaxNgram));
      }
      return Status::Ok();
    case 'p':
      if (!ParseDouble(v, o.alpha) || o.alpha < 0 || o.alpha > 1) {
        return Bad(option, v, "alpha from 0 to 1");
      }
      return Status::Ok();
    case 't':
      if (v != "0") {
        return Status::UsageError("only -t 0 (average over evaluations) is supported");
      }
      has_t = true;
      return Status::Ok();
    case 'r':
      if (!ParseInt(v, o.resamples) || o.resamples < 1 || o.resamples > kRougeMaxResamples) {
        return Bad(option, v,
                   "a number of resamples from 1 to " + std::to_string(kRougeMaxResamples));
      }
      return Status::Ok();
    case '2': {
      int d = 0;
      if (!ParseInt(v, d)) {
        return Bad(option, v, "a skip distance from -2147483648 to 2147483647 (< 0: unlimited)");
      }
      o.skip_distance = d;
      return Status::Ok();
    }
    case '3':
      return Status::UsageError("-3 (Basic Elements) is not supported");
    case 'w': {
      double w = 0;
      if (!ParseDouble(v, w) || !(w > 0 && w <= kRougeMaxWlcsWeight)) {
        return Bad(option, v, "a weight greater than 0 and at most 5");
      }
      o.wlcs_weight = w;
      o.wlcs_weight_label = v;
      return Status::Ok();
    }
    case 'z': {
      Result<InputFormat> f = ParseInputFormat(v);
      if (!f.ok()) return Bad(option, v, "SEE, SPL, ISI or SIMPLE");
      cl.file_list = *f;
      return Status::Ok();
    }
  }
  return Status::UsageError("unknown option -" + std::string(1, option));
}

}  // namespace

std::vector<std::string> SplitOptionString(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    size_t start = pos;
    while (pos < s.size() && s[pos] != ' ') ++pos;
    if (pos > start) out.push_back(s.substr(start, pos - start));
  }
  return out;
}

Result<RougeCommandLine> ParseRougeCommandLine(const std::vector<std::string>& args) {
  RougeCommandLine cl;
  bool has_t = false;
  bool options_done = false;
  bool saw_l = false, saw_b = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a.size() < 2 || a[0] != '-') {
      cl.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    if (a[1] == '-') {
      std::string name = a.substr(2), value;
      bool has_value = false;
      if (size_t eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        has_value = true;
      }
      auto take = [&]() -> Result<std::string> {
        if (has_value) return value;
        if (i + 1 >= args.size()) {
          return Status::UsageError("--" + name + " needs a value");
        }
        return args[++i];
      };
      if (name == "help") {
        cl.help = true;
      } else if (name == "jackknife") {
        cl.jackknife = true;
      } else if (name == "peer" || name == "ref" || name == "format") {
        Result<std::string> v = take();
        if (!v.ok()) return v.status();
        if (name == "peer") {
          if (!cl.peer_file.empty()) {
            return Status::UsageError("give --peer only once");
          }
          cl.peer_file = *v;
        } else if (name == "ref") {
          cl.ref_files.push_back(*v);
        } else if (*v == "text") {
          cl.format = ReportFormat::kText;
        } else if (*v == "json") {
          cl.format = ReportFormat::kJson;
        } else if (*v == "csv") {
          cl.format = ReportFormat::kCsv;
        } else {
          return Status::UsageError("bad value '" + *v +
                                    "' for --format (expected text, json or csv)");
        }
      } else {
        return Status::UsageError("unknown option --" + name);
      }
      continue;
    }
    // A bundle of single-letter options, Getopt::Std style.
    for (size_t k = 1; k < a.size(); ++k) {
      const char c = a[k];
      if (kWithValue.find(c) != std::string_view::npos) {
        std::string value;
        if (k + 1 < a.size()) {
          value = a.substr(k + 1);
        } else if (i + 1 < args.size()) {
          value = args[++i];
        } else {
          return Status::UsageError("-" + std::string(1, c) + " needs a value");
        }
        if (c == 'l') saw_l = true;
        if (c == 'b') saw_b = true;
        if (Status s = ApplyValue(cl, c, value, has_t); !s.ok()) return s;
        break;
      }
      if (kFlags.find(c) == std::string_view::npos) {
        return Status::UsageError("unknown option -" + std::string(1, c) +
                                  " (try 'precis rouge -h')");
      }
      switch (c) {
        case 'a':
          cl.all_systems = true;
          break;
        case 'h':
          cl.help = true;
          break;
        case 'H':
          cl.full_help = true;
          break;
        case 'd':
          cl.per_eval = true;
          break;
        case 'm':
          cl.options.stem = true;
          break;
        case 'M':
          return Status::UsageError("-M (stem models only) is not supported");
        case 's':
          cl.options.remove_stopwords = true;
          break;
        case 'u':
          cl.options.skip_unigrams = true;
          break;
        case 'U':
          cl.options.skip_both = true;
          break;
        case 'v':
          break;  // ROUGE's debugging output: nothing to show
        case 'x':
          cl.options.lcs = false;
          break;
      }
    }
  }
  if (cl.help || cl.full_help) return cl;
  if (saw_l && saw_b) {
    return Status::UsageError(
        "please specify length limit in words (-l) or bytes (-b) but not both");
  }
  const bool pair_mode = !cl.peer_file.empty() || !cl.ref_files.empty();
  if (pair_mode) {
    if (cl.peer_file.empty()) return Status::UsageError("--ref needs --peer");
    if (cl.ref_files.empty()) {
      return Status::UsageError("--peer needs at least one --ref");
    }
    if (!cl.positional.empty()) {
      return Status::UsageError("unexpected argument '" + cl.positional[0] + "' with --peer/--ref");
    }
  } else {
    if (cl.positional.empty()) {
      return Status::UsageError(
          "please specify the ROUGE configuration file (or --peer/--ref); "
          "try 'precis rouge -h'");
    }
    if (cl.positional.size() > 2) {
      return Status::UsageError("unexpected argument '" + cl.positional[2] + "'");
    }
    if (cl.positional.size() == 1 && !cl.all_systems && !cl.file_list) {
      return Status::UsageError(
          "please specify a system ID to evaluate or use option '-a' to evaluate "
          "all systems");
    }
  }
  if (Status s = ValidateRougeOptions(cl.options); !s.ok()) {
    return Status::UsageError(s.message());
  }
  (void)has_t;
  return cl;
}

std::string RougeUsage(bool full) {
  std::string u =
      "usage: precis rouge [ROUGE-1.5.5 options] <config.xml> [<systemID>]\n"
      "       precis rouge [ROUGE-1.5.5 options] --peer FILE --ref FILE [--ref FILE ...]\n"
      "\n"
      "Scores summaries exactly as ROUGE-1.5.5.pl does, with the same options and output.\n"
      "\n"
      "  -a          evaluate all systems in the configuration file\n"
      "  -c CF       CF% confidence interval, 0 to 100 (default 95)\n"
      "  -d          print per-evaluation scores\n"
      "  -e DIR      ROUGE's data directory (ignored: the data is built in)\n"
      "  -b N | -l N use only the first N bytes | words of peers and models (0: all)\n"
      "  -m          stem (WordNet exceptions, then Porter)\n"
      "  -n N        compute ROUGE-1 .. ROUGE-N, N from 0 to 20\n"
      "  -s          remove stopwords\n"
      "  -r N        bootstrap resamples, 1 to 100000 (default 1000)\n"
      "  -2 D        skip-bigrams (ROUGE-S) with gaps up to D (< 0: unlimited)\n"
      "  -u          add unigrams to skip-bigrams (ROUGE-SU)\n"
      "  -U          compute both ROUGE-S and ROUGE-SU\n"
      "  -w W        ROUGE-W with weight W, 0 < W <= 5\n"
      "  -x          do not compute ROUGE-L\n"
      "  -f A|B      pool all models (A, default) or take the best model (B)\n"
      "  -p ALPHA    F = PR / ((1-ALPHA)P + ALPHA R), ALPHA from 0 to 1, default 0.5\n"
      "  -t 0        average over evaluations (the only mode supported)\n"
      "  -z FORMAT   the configuration file lists 'peer model...' per line (SPL|SEE|ISI)\n"
      "  -h | -H     this help\n"
      "\n"
      "precis options:\n"
      "  --peer FILE       the summary to score, one sentence per line\n"
      "  --ref FILE        a reference summary, one sentence per line (repeatable)\n"
      "  --format FORMAT   text (ROUGE-1.5.5's layout, default), json or csv\n"
      "  --jackknife       score each evaluation K times leaving one model out, and average\n"
      "                    (K at most 100)\n"
      "\n"
      "Limits: each file (configuration, peer, model) at most 64 MB, all peers and models\n"
      "of a run at most 512 MB together; only regular files are read. ROUGE-L/W compare at\n"
      "most 2^28 token pairs per peer and model, ROUGE-S/SU make at most 2^24 skip-bigrams\n"
      "per text (-x, a smaller -2, or -l/-b stay within them).\n";
  if (full) {
    u += "\n"
         "Defaults as in ROUGE-1.5.5: ROUGE-L only, 95% intervals, no stemming, stopwords kept,\n"
         "model average (-f A), alpha 0.5. Averages are ROUGE's bootstrap means (Perl's\n"
         "drand48 with srand(i) per resample). ROUGE-W on a model without any token, where\n"
         "ROUGE-1.5.5 dies, scores 0.\n";
  }
  return u;
}

}  // namespace precis::rouge
