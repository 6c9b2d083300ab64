#include "precis/reader.h"

#include <filesystem>
#include <set>
#include <utility>

#include "read/input_parser.h"
#include "read/path_name.h"
#include "read/source_walker.h"

namespace precis {

namespace {

using read::ParsedInput;

constexpr std::pair<InputFormat, std::string_view> kFormatNames[] = {
    {InputFormat::kAuto, "auto"},           {InputFormat::kText, "text"},
    {InputFormat::kHtml, "html"},           {InputFormat::kSgml, "sgml"},
    {InputFormat::kMultiNews, "multinews"}, {InputFormat::kJsonl, "jsonl"},
};

std::size_t CountDocuments(const std::vector<Cluster>& clusters) {
  std::size_t n = 0;
  for (const Cluster& c : clusters) n += c.documents.size();
  return n;
}

// Document ids within the loose cluster must be unique (the same file name
// in two folders, the same DOCNO twice): repeats get "-2", "-3", ...
void MakeIdsUnique(std::vector<Document>& documents) {
  std::set<std::string> used;
  for (Document& d : documents) {
    std::string id = d.id;
    for (int k = 2; !used.insert(id).second; ++k) id = d.id + "-" + std::to_string(k);
    d.id = id;
  }
}

// The name of the folder `source`, even when given as "." or "dir/".
std::string FolderName(const std::string& source) {
  std::string name = read::BaseName(source);
  if (name == "." || name == ".." || name == "/" || name.empty()) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::weakly_canonical(source, ec);
    name = ec ? std::string() : p.filename().string();
  }
  return name.empty() ? "cluster" : name;
}

// Gathers what each input gave: clusters as they come, loose articles into
// one cluster at the end.
class Collector {
 public:
  void Add(ParsedInput input, const std::string& name) {
    if (!input.loose.empty() && loose_.empty()) first_loose_ = read::FileStem(name);
    for (Document& d : input.loose) loose_.push_back(std::move(d));
    for (Cluster& c : input.clusters) clusters_.push_back(std::move(c));
  }

  std::vector<Cluster> Finish(const std::string& folder_name) {
    if (!loose_.empty()) {
      Cluster c;
      c.id = folder_name.empty() ? first_loose_ : folder_name;
      MakeIdsUnique(loose_);
      c.documents = std::move(loose_);
      clusters_.push_back(std::move(c));
    }
    return std::move(clusters_);
  }

 private:
  std::vector<Document> loose_;
  std::vector<Cluster> clusters_;
  std::string first_loose_;
};

std::string Joined(const std::vector<std::string>& sources) {
  std::string out;
  for (const std::string& s : sources) out += (out.empty() ? "" : ", ") + s;
  return out;
}

Status ReadOne(const std::string& source, const ReadOptions& options, Collector& collector,
               std::vector<std::string>* warnings) {
  std::vector<std::string> files = {source};
  if (source != "-") {
    Result<std::vector<std::string>> listed = read::ListFiles(source);
    if (!listed.ok()) return listed.status();
    files = std::move(listed).value();
  }
  for (const std::string& file : files) {
    Result<std::string> bytes = file == "-" ? read::LoadStdin(options.max_file_bytes)
                                            : read::LoadFile(file, options.max_file_bytes);
    if (!bytes.ok()) return bytes.status();
    Result<ParsedInput> parsed = read::ParseInput(std::move(bytes).value(), file, options.format,
                                                  options.max_file_bytes, warnings);
    if (!parsed.ok()) return parsed.status();
    collector.Add(std::move(parsed).value(), file);
  }
  return Status::Ok();
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  for (const auto& [format, format_name] : kFormatNames)
    if (name == format_name) return format;
  if (name == "txt") return InputFormat::kText;
  if (name == "htm") return InputFormat::kHtml;
  if (name == "multi-news") return InputFormat::kMultiNews;
  return Status::UsageError("unknown input format '" + std::string(name) +
                            "' (expected auto, text, html, sgml, multinews or jsonl)");
}

std::string_view InputFormatName(InputFormat format) {
  for (const auto& [f, name] : kFormatNames)
    if (f == format) return name;
  return "auto";
}

Result<ReadResult> ReadSources(const std::vector<std::string>& sources,
                               const ReadOptions& options) {
  if (sources.empty()) return Status::InputError("no input given");
  ReadResult result;
  Collector collector;
  for (const std::string& source : sources) {
    Status s = ReadOne(source, options, collector, &result.warnings);
    if (!s.ok()) return s;
  }
  bool one_folder = sources.size() == 1 && sources[0] != "-" && read::IsFolder(sources[0]);
  result.clusters = collector.Finish(one_folder ? FolderName(sources[0]) : "");
  if (CountDocuments(result.clusters) == 0) {
    return Status::InputError("no documents found in " + Joined(sources));
  }
  return result;
}

Result<ReadResult> ParseBytes(std::string_view bytes, const std::string& name, InputFormat format) {
  ReadResult result;
  Result<ParsedInput> parsed = read::ParseInput(std::string(bytes), name, format,
                                                ReadOptions().max_file_bytes, &result.warnings);
  if (!parsed.ok()) return parsed.status();
  Collector collector;
  collector.Add(std::move(parsed).value(), name);
  result.clusters = collector.Finish("");
  if (CountDocuments(result.clusters) == 0) {
    return Status::InputError("no documents found in " + name);
  }
  return result;
}

}  // namespace precis
