// A program built against an installed precis (scripts/check-install.sh): summarizes
// the cluster of the folder it is given in 60 words, as `precis summarize DIR
// --words 60` prints it.
#include <precis/precis.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: consumer FOLDER\n");
    return 2;
  }
  std::string version = std::to_string(PRECIS_VERSION_MAJOR) + "." +
                        std::to_string(PRECIS_VERSION_MINOR) + "." +
                        std::to_string(PRECIS_VERSION_PATCH);
  if (precis::Version() != version) {
    std::fprintf(stderr, "headers %s, library %s\n", version.c_str(),
                 std::string(precis::Version()).c_str());
    return 1;
  }
  precis::Result<precis::ReadResult> read = precis::ReadSources({argv[1]});
  if (!read.ok()) {
    std::fprintf(stderr, "%s\n", read.status().message().c_str());
    return read.status().exit_code();
  }
  precis::SummarizeOptions options;
  options.budget.limit = 60;
  precis::Result<precis::Summarizer> summarizer = precis::Summarizer::Create(options);
  if (!summarizer.ok()) return summarizer.status().exit_code();
  for (const precis::Cluster& cluster : read->clusters) {
    precis::Result<precis::Summary> summary = summarizer->Summarize(cluster);
    if (!summary.ok()) {
      std::fprintf(stderr, "%s\n", summary.status().message().c_str());
      return summary.status().exit_code();
    }
    std::fputs(precis::Render(*summary, precis::OutputFormat::kText).c_str(), stdout);
  }
  // A usage error has its exit code.
  precis::Result<precis::InputFormat> format = precis::ParseInputFormat("xml");
  return !format.ok() && format.status().exit_code() == 2 ? 0 : 1;
}
