// IngestSources: files, folders and standard input into a StoryStore.
#include <poll.h>
#include <unistd.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "precis/json.h"
#include "precis/reader.h"
#include "precis/store.h"
#include "read/date_normalizer.h"
#include "read/gzip_decoder.h"
#include "read/html_reader.h"
#include "read/paragraphs.h"
#include "read/source_walker.h"
#include "store/article_lines.h"

namespace precis {
namespace store {

namespace {

using nlohmann::json;

std::string StringField(const json& o, const char* key, std::string* problem) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (problem->empty()) *problem = std::string("\"") + key + "\" is not a string";
  return "";
}

// One JSON object, an article or (with "documents") a cluster of them.
std::string ArticleOf(const json& o, Article& a) {
  std::string problem;
  auto id = o.find("id");
  if (id != o.end() && (id->is_number_integer() || id->is_number_unsigned()))
    a.id = id->dump();
  else
    a.id = StringField(o, "id", &problem);
  a.url = StringField(o, "url", &problem);
  a.title = StringField(o, "title", &problem);
  a.date = StringField(o, "date", &problem);
  a.source = StringField(o, "source", &problem);
  a.text = StringField(o, "text", &problem);
  std::string html = StringField(o, "html", &problem);
  if (!problem.empty()) return problem;
  if (a.id.empty()) return "no \"id\"";
  for (char c : a.id)
    if (static_cast<unsigned char>(c) < 0x20) return "\"id\" contains a control character";
  if (!o.contains("text") && !o.contains("html")) return "no \"text\" or \"html\"";
  if (a.text.empty() && !html.empty()) {
    auto doc = read::ReadHtml(html, a.id);
    if (!doc.ok()) return doc.status().message();
    a.text = doc->text;
    if (a.title.empty()) a.title = doc->title;
    if (a.date.empty()) a.date = doc->date;
    if (a.source.empty()) a.source = doc->source;
  }
  if (!a.date.empty()) {
    std::string iso = read::NormalizeDate(a.date);
    if (!iso.empty()) a.date = iso;
  }
  return "";
}

}  // namespace

std::string ParseArticleLine(std::string_view line, std::vector<Article>& out) {
  if (JsonNestingDepth(line) > 64) return "JSON nested too deeply";
  json value;
  try {
    value = json::parse(line, nullptr, /*allow_exceptions=*/false);
  } catch (const json::exception&) {
    return "malformed JSON";
  }
  if (value.is_discarded()) return "malformed JSON";
  if (!value.is_object()) return "not a JSON object";
  if (auto docs = value.find("documents"); docs != value.end()) {
    if (!docs->is_array()) return "\"documents\" is not an array";
    std::size_t k = 0;
    for (const auto& d : *docs) {
      ++k;
      if (!d.is_object()) return "document " + std::to_string(k) + ": not an object";
      Article a;
      if (std::string p = ArticleOf(d, a); !p.empty())
        return "document " + std::to_string(k) + ": " + p;
      out.push_back(std::move(a));
    }
    return "";
  }
  Article a;
  if (std::string p = ArticleOf(value, a); !p.empty()) return p;
  out.push_back(std::move(a));
  return "";
}

namespace {

class Ingester {
 public:
  Ingester(StoryStore& store, const IngestOptions& options,
           const std::function<void(const std::string&)>& warn)
      : store_(store), options_(options), warn_(warn) {}

  Status Put(Article a, const std::string& where) {
    a.text = MakeValid(a.text).text;
    a.title = MakeValid(a.title).text;
    ++report.read;
    auto outcome = store_.Add(a);
    if (!outcome.ok()) return outcome.status();
    switch (outcome->action) {
      case IngestAction::kAdded:
        ++report.added;
        break;
      case IngestAction::kDuplicate:
        ++report.duplicates;
        break;
      case IngestAction::kUnchanged:
        ++report.unchanged;
        break;
      case IngestAction::kUpdated:
        ++report.updated;
        break;
      case IngestAction::kEmpty:
        ++report.empty;
        warn_(where + "article " + a.id + " has no text left after cleaning; skipped");
        break;
    }
    if (outcome->new_story) ++report.new_stories;
    if (++pending_ >= options_.batch) return Commit();
    return Status::Ok();
  }

  Status Commit() {
    pending_ = 0;
    return store_.Commit();
  }

  // One JSONL line; a malformed one is reported and skipped.
  Status Line(std::string_view line, const std::string& path, std::size_t number) {
    if (read::IsBlank(line)) return Status::Ok();
    std::string where = path + ":" + std::to_string(number) + ": ";
    std::vector<Article> articles;
    if (std::string p = ParseArticleLine(line, articles); !p.empty()) {
      ++report.malformed;
      warn_(where + p + "; line skipped");
      return Status::Ok();
    }
    for (auto& a : articles) {
      if (a.source.empty()) a.source = path;
      if (Status s = Put(std::move(a), where); !s.ok()) return s;
    }
    return Status::Ok();
  }

  Status Stdin() {
    char* buffer = nullptr;
    std::size_t capacity = 0;
    std::size_t number = 0;
    std::string first;
    ssize_t n;
    bool jsonl = true;
    while ((n = getline(&buffer, &capacity, stdin)) > 0) {
      std::string_view line(buffer, static_cast<std::size_t>(n));
      while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
      ++number;
      if (number == 1) {
        std::string_view t = read::Trim(line);
        if (!t.empty() && t.front() != '{') {  // not JSONL: one document (text or HTML)
          jsonl = false;
          first = std::string(line) + "\n";
          break;
        }
      }
      if (Status s = Line(line, "-", number); !s.ok()) {
        std::free(buffer);
        return s;
      }
      // Committed as it goes: at once when no more input is waiting.
      pollfd p{0, POLLIN, 0};
      if (pending_ > 0 && poll(&p, 1, 0) == 0) {
        if (Status s = Commit(); !s.ok()) {
          std::free(buffer);
          return s;
        }
      }
    }
    std::free(buffer);
    if (jsonl) return Status::Ok();
    auto rest = read::LoadStdin(256u << 20);
    if (!rest.ok()) return rest.status();
    return Bytes(first + *rest, "-");
  }

  // A whole file's bytes: JSONL lines, else documents as `summarize` reads them.
  Status Bytes(std::string bytes, const std::string& path) {
    if (read::IsGzip(bytes)) {
      auto plain = read::Gunzip(bytes, path, 1024u << 20);
      if (!plain.ok()) return plain.status();
      bytes = std::move(plain).value();
    }
    std::string_view t = read::Trim(std::string_view(bytes).substr(0, 4096));
    if (!t.empty() && t.front() == '{') {
      std::size_t pos = 0, number = 0;
      std::string_view all(bytes);
      while (pos < all.size()) {
        std::size_t nl = all.find('\n', pos);
        if (nl == std::string_view::npos) nl = all.size();
        std::string_view line = all.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        pos = nl + 1;
        if (Status s = Line(line, path, ++number); !s.ok()) return s;
      }
      return Status::Ok();
    }
    auto read = ParseBytes(bytes, path);
    if (!read.ok()) {
      warn_(read.status().message() + "; skipped");
      return Status::Ok();
    }
    for (const auto& w : read->warnings) warn_(w);
    for (auto& c : read->clusters)
      for (auto& d : c.documents) {
        Article a{d.id, "", d.title, d.date, d.source, d.text};
        if (Status s = Put(std::move(a), path + ": "); !s.ok()) return s;
      }
    return Status::Ok();
  }

  Status Source(const std::string& source) {
    if (source == "-") return Stdin();
    auto files = read::ListFiles(source);
    if (!files.ok()) return files.status();
    for (const auto& file : *files) {
      auto bytes = read::LoadFile(file, 1024u << 20);
      if (!bytes.ok()) return bytes.status();
      if (Status s = Bytes(std::move(bytes).value(), file); !s.ok()) return s;
    }
    return Status::Ok();
  }

  IngestReport report;

 private:
  static utf8::Repair MakeValid(std::string_view s) { return utf8::MakeValid(s); }
  StoryStore& store_;
  const IngestOptions& options_;
  const std::function<void(const std::string&)>& warn_;
  std::size_t pending_ = 0;
};

}  // namespace
}  // namespace store

Result<IngestReport> IngestSources(StoryStore& store, const std::vector<std::string>& sources,
                                   const IngestOptions& options,
                                   const std::function<void(const std::string&)>& warn) {
  store::Ingester ingester(store, options, warn);
  for (const auto& source : sources) {
    if (Status s = ingester.Source(source); !s.ok()) {
      Status committed = ingester.Commit();  // what was read so far stays
      (void)committed;
      return s;
    }
  }
  if (Status s = ingester.Commit(); !s.ok()) return s;
  return ingester.report;
}

}  // namespace precis
