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

std::string Megabytes(std::size_t bytes) {
  if (bytes % (1u << 20) != 0) return std::to_string(bytes) + " bytes";
  return std::to_string(bytes >> 20) + " MB";
}

// The size of a document's fields.
std::size_t TextBytes(const Document& d) {
  return d.text.size() + d.title.size() + d.date.size() + d.source.size() + d.id.size();
}

// Gathers what each input gave: clusters as they come, loose articles into
// one cluster at the end. Checks the document and cluster limits.
class Collector {
 public:
  explicit Collector(const ReadOptions& options) : options_(options) {}

  Status Add(ParsedInput input, const std::string& name) {
    if (!input.loose.empty() && loose_.empty()) first_loose_ = read::FileStem(name);
    for (Document& d : input.loose) {
      if (Status s = CheckDocument(d, name); !s.ok()) return s;
      loose_bytes_ += TextBytes(d);
      loose_.push_back(std::move(d));
      if (Status s = CheckCluster("the articles given together", loose_.size(), loose_bytes_);
          !s.ok())
        return s;
    }
    for (Cluster& c : input.clusters) {
      std::size_t bytes = 0;
      for (const auto* documents : {&c.documents, &c.seen})
        for (const Document& d : *documents) {
          if (Status s = CheckDocument(d, name + ": cluster '" + c.id + "'"); !s.ok()) return s;
          bytes += TextBytes(d);
        }
      if (Status s = CheckCluster(name + ": cluster '" + c.id + "'",
                                  c.documents.size() + c.seen.size(), bytes);
          !s.ok())
        return s;
      clusters_.push_back(std::move(c));
    }
    return Status::Ok();
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
  Status CheckDocument(const Document& d, const std::string& where) const {
    if (d.text.size() <= options_.max_document_bytes) return Status::Ok();
    return Status::LimitExceeded(where + ": document '" + d.id + "' has " +
                                 std::to_string(d.text.size()) + " bytes of text (the limit is " +
                                 Megabytes(options_.max_document_bytes) +
                                 "; --max-document-mb raises it)");
  }

  Status CheckCluster(const std::string& what, std::size_t documents, std::size_t bytes) const {
    if (documents > options_.max_cluster_documents)
      return Status::LimitExceeded(what + ": more than " +
                                   std::to_string(options_.max_cluster_documents) +
                                   " documents in one cluster (--max-documents raises the limit)");
    if (bytes > options_.max_cluster_bytes)
      return Status::LimitExceeded(what + ": more than " + Megabytes(options_.max_cluster_bytes) +
                                   " of text in one cluster (--max-cluster-mb raises the limit)");
    return Status::Ok();
  }

  const ReadOptions& options_;
  std::vector<Document> loose_;
  std::size_t loose_bytes_ = 0;
  std::vector<Cluster> clusters_;
  std::string first_loose_;
};

// "no documents found in X", with the first warning that says why.
Status NoDocuments(const std::string& where, const std::vector<std::string>& warnings,
                   std::size_t warnings_before) {
  std::string message = "no documents found in " + where;
  if (warnings.size() > warnings_before) {
    message += " (" + warnings[warnings_before];
    std::size_t more = warnings.size() - warnings_before - 1;
    if (more > 0)
      message += "; " + std::to_string(more) + (more == 1 ? " more warning" : " more warnings");
    message += ")";
  }
  return Status::InputError(message);
}

std::string Joined(const std::vector<std::string>& sources) {
  std::string out;
  for (const std::string& s : sources) out += (out.empty() ? "" : ", ") + s;
  return out;
}

Status ReadOne(const std::string& source, const ReadOptions& options, Collector& collector,
               std::size_t& total_bytes, std::vector<std::string>* warnings) {
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
    total_bytes += bytes->size();
    if (total_bytes > options.max_total_bytes)
      return Status::LimitExceeded(file + ": more than " + Megabytes(options.max_total_bytes) +
                                   " of input in all (--max-total-mb raises the limit)");
    Result<ParsedInput> parsed = read::ParseInput(std::move(bytes).value(), file, options.format,
                                                  options.max_file_bytes, warnings);
    if (!parsed.ok()) return parsed.status();
    if (Status s = collector.Add(std::move(parsed).value(), file); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

const std::vector<InputFormatInfo>& InputFormats() {
  static const std::vector<InputFormatInfo> formats = {
      {InputFormat::kAuto, "auto", {}, "detected from each file's content and name", false},
      {InputFormat::kText, "text", {"txt"}, "plain text, one article per file", false},
      {InputFormat::kHtml, "html", {"htm"}, "a web page; the article body is kept", false},
      {InputFormat::kSgml, "sgml", {}, "DUC/TREC SGML, <DOC> elements", false},
      {InputFormat::kMultiNews,
       "multinews",
       {"multi-news"},
       "Multi-News lines, one cluster per line",
       true},
      {InputFormat::kJsonl,
       "jsonl",
       {},
       "cluster JSONL (also .jsonl.gz), one cluster per line",
       true},
  };
  return formats;
}

Result<InputFormat> ParseInputFormat(std::string_view name) {
  std::string names;
  const std::vector<InputFormatInfo>& formats = InputFormats();
  for (std::size_t i = 0; i < formats.size(); ++i) {
    const InputFormatInfo& f = formats[i];
    if (name == f.name) return f.format;
    for (std::string_view alias : f.aliases)
      if (name == alias) return f.format;
    names += i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ";
    names += f.name;
  }
  return Status::UsageError("unknown input format '" + std::string(name) + "' (expected " + names +
                            ")");
}

std::string_view InputFormatName(InputFormat format) {
  for (const InputFormatInfo& f : InputFormats())
    if (f.format == format) return f.name;
  return "auto";
}

Result<ReadResult> ReadSources(const std::vector<std::string>& sources,
                               const ReadOptions& options) {
  if (sources.empty()) return Status::InputError("no input given");
  ReadResult result;
  Collector collector(options);
  std::size_t total_bytes = 0;
  for (const std::string& source : sources) {
    Status s = ReadOne(source, options, collector, total_bytes, &result.warnings);
    if (!s.ok()) return s;
  }
  bool one_folder = sources.size() == 1 && sources[0] != "-" && read::IsFolder(sources[0]);
  result.clusters = collector.Finish(one_folder ? FolderName(sources[0]) : "");
  if (CountDocuments(result.clusters) == 0) return NoDocuments(Joined(sources), result.warnings, 0);
  return result;
}

Result<ReadResult> ParseBytes(std::string_view bytes, const std::string& name, InputFormat format) {
  ReadOptions options;
  options.format = format;
  return ParseBytes(bytes, name, options);
}

Result<ReadResult> ParseBytes(std::string_view bytes, const std::string& name,
                              const ReadOptions& options) {
  ReadResult result;
  if (bytes.size() > options.max_file_bytes)
    return Status::LimitExceeded(name + ": more than " + Megabytes(options.max_file_bytes) +
                                 " (--max-file-mb raises the limit)");
  Result<ParsedInput> parsed = read::ParseInput(std::string(bytes), name, options.format,
                                                options.max_file_bytes, &result.warnings);
  if (!parsed.ok()) return parsed.status();
  Collector collector(options);
  if (Status s = collector.Add(std::move(parsed).value(), name); !s.ok()) return s;
  result.clusters = collector.Finish("");
  if (CountDocuments(result.clusters) == 0) return NoDocuments(name, result.warnings, 0);
  return result;
}

}  // namespace precis
