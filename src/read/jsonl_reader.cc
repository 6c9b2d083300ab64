#include "read/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include "precis/json.h"
#include "read/paragraphs.h"
#include "read/path_name.h"

namespace precis::read {

namespace {

using nlohmann::json;

// The problem with one line, or "" when it is fine.
using Problem = std::string;

// Reads an optional string field: absent or null gives "", a string is
// copied, anything else is a problem.
Problem OptionalString(const json& object, const char* key, std::string* out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (!it->is_string()) return std::string("\"") + key + "\" is not a string";
  *out = it->get<std::string>();
  return "";
}

// OptionalString, moving the string out of `object` (a document's text is
// most of a line: a copy would hold it twice while the line is read).
Problem TakeString(json& object, const char* key, std::string* out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (!it->is_string()) return std::string("\"") + key + "\" is not a string";
  *out = std::move(it->get_ref<std::string&>());
  return "";
}

// An id may be a string or an integer. Ids name clusters and documents in
// messages and file names, so control characters (a JSON "\n") are refused.
Problem OptionalId(const json& object, std::string* out) {
  auto it = object.find("id");
  if (it != object.end() && (it->is_number_integer() || it->is_number_unsigned())) {
    *out = it->dump();
    return "";
  }
  if (Problem p = OptionalString(object, "id", out); !p.empty()) return p;
  for (char c : *out)
    if (static_cast<unsigned char>(c) < 0x20 || c == '\x7f')
      return "\"id\" contains a control character";
  return "";
}

Problem ReadQuery(const json& value, Cluster& cluster) {
  if (value.is_null()) return "";
  if (!value.is_object()) return "\"query\" is not an object or null";
  Query q;
  if (Problem p = OptionalString(value, "title", &q.title); !p.empty()) return "query: " + p;
  if (Problem p = OptionalString(value, "narrative", &q.narrative); !p.empty())
    return "query: " + p;
  cluster.query = std::move(q);
  return "";
}

// One element of "documents" (or of "seen", with `kind` "seen document").
Problem ReadDocument(json& value, std::size_t k, const std::string& path,
                     const std::string& cluster_id, std::vector<Document>& into,
                     const char* kind = "document") {
  std::string where = std::string(kind) + " " + std::to_string(k + 1) + ": ";
  if (!value.is_object()) return where + "not an object";
  Document d;
  d.source = path;
  for (Problem p :
       {OptionalId(value, &d.id), OptionalString(value, "title", &d.title),
        OptionalString(value, "date", &d.date), TakeString(value, "text", &d.text),
        OptionalString(value, "source", &d.source), OptionalString(value, "url", &d.url),
        OptionalString(value, "author", &d.author),
        OptionalString(value, "language", &d.language)}) {
    if (!p.empty()) return where + p;
  }
  if (!value.contains("text")) return where + "no \"text\"";
  if (d.id.empty())
    d.id = cluster_id + (std::string_view(kind) == "document" ? "-" : "-seen-") + std::to_string(k);
  if (d.source.empty()) d.source = path;
  into.push_back(std::move(d));
  return "";
}

// A cluster line nests three levels (cluster, documents, document); anything
// far deeper is not a cluster, and is refused before it is built.
constexpr int kMaxJsonDepth = 64;

Result<json> ParseLine(std::string_view line) {
  // Checked before parsing, in one pass (a depth callback in the parser
  // costs time quadratic in an array's elements: 100,000 documents, 5 s).
  if (JsonNestingDepth(line) > kMaxJsonDepth)
    return Status::InputError("JSON nested more than " + std::to_string(kMaxJsonDepth) +
                              " levels deep");
  try {
    json value = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) return Status::InputError("malformed JSON");
    return value;
  } catch (const json::exception&) {  // a number beyond a double ("1e999")
    return Status::InputError("malformed JSON");
  }
}

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = IsAsciiSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

Problem ReadReference(const json& value, std::size_t k, Cluster& cluster) {
  std::string where = "reference " + std::to_string(k + 1) + ": ";
  if (!value.is_object()) return where + "not an object";
  Reference r;
  if (Problem p = OptionalId(value, &r.id); !p.empty()) return where + p;
  if (Problem p = OptionalString(value, "text", &r.text); !p.empty()) return where + p;
  auto words = value.find("words");
  if (words != value.end() && !words->is_null()) {
    if (!words->is_number() || !std::isfinite(words->get<double>()) || words->get<double>() < 0 ||
        words->get<double>() > 1e9) {
      return where + "\"words\" is not a non-negative number";
    }
    r.words = static_cast<int>(words->get<double>());
  } else {
    r.words = static_cast<int>(CountWords(r.text));
  }
  if (r.id.empty()) r.id = cluster.id + "-ref-" + std::to_string(k);
  cluster.references.push_back(std::move(r));
  return "";
}

// Reads an optional array field element by element.
template <typename Fn>
Problem EachOf(json& object, const char* key, Fn fn) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (!it->is_array()) return std::string("\"") + key + "\" is not an array";
  for (std::size_t k = 0; k < it->size(); ++k) {
    if (Problem p = fn((*it)[k], k); !p.empty()) return p;
  }
  return "";
}

Problem ReadCluster(json& value, const std::string& default_id, const std::string& path,
                    Cluster& cluster) {
  if (!value.is_object()) return "not a JSON object";
  if (Problem p = OptionalId(value, &cluster.id); !p.empty()) return p;
  if (cluster.id.empty()) cluster.id = default_id;
  if (Problem p = OptionalString(value, "source", &cluster.source); !p.empty()) return p;
  if (auto q = value.find("query"); q != value.end()) {
    if (Problem p = ReadQuery(*q, cluster); !p.empty()) return p;
  }
  Problem p = EachOf(value, "documents", [&](json& d, std::size_t k) {
    return ReadDocument(d, k, path, cluster.id, cluster.documents);
  });
  if (!p.empty()) return p;
  p = EachOf(value, "seen", [&](json& d, std::size_t k) {
    return ReadDocument(d, k, path, cluster.id, cluster.seen, "seen document");
  });
  if (!p.empty()) return p;
  return EachOf(value, "references",
                [&](const json& r, std::size_t k) { return ReadReference(r, k, cluster); });
}

// The code unit of a "\uXXXX" escape at line[i], or -1.
int EscapedUnit(std::string_view line, std::size_t i) {
  if (i + 6 > line.size() || line[i] != '\\' || line[i + 1] != 'u') return -1;
  int unit = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    char c = line[k];
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

// nlohmann's parser refuses a surrogate escape that is not half of a pair
// ("\ud800" alone cannot be UTF-8); such escapes become "\ufffd". Returns
// how many.
std::size_t ReplaceLoneSurrogates(std::string_view line, std::string* out) {
  std::size_t replaced = 0;
  out->reserve(line.size());
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] != '\\') {
      *out += line[i++];
      continue;
    }
    int unit = EscapedUnit(line, i);
    std::size_t length = unit < 0 ? 2 : 6;  // another escape ("\\\\", "\\n") is kept as is
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      int next = EscapedUnit(line, i + 6);
      if (next >= 0xDC00 && next <= 0xDFFF) length = 12;
    }
    if (unit >= 0xD800 && unit <= 0xDFFF && length == 6) {
      *out += "\\ufffd";
      ++replaced;
    } else {
      out->append(line.substr(i, length));
    }
    i += length;
  }
  return replaced;
}

}  // namespace

Result<std::vector<Cluster>> ReadJsonl(std::string_view text, const std::string& path,
                                       std::vector<std::string>* warnings) {
  std::vector<Cluster> clusters;
  std::string stem = FileStem(path);
  std::size_t number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (IsBlank(line)) continue;
    std::string where = path + ":" + std::to_string(number) + ": ";
    Result<json> value = ParseLine(line);
    std::string fixed;
    if (std::size_t n = value.ok() ? 0 : ReplaceLoneSurrogates(line, &fixed); n > 0) {
      value = ParseLine(fixed);
      if (value.ok() && warnings != nullptr) {
        warnings->push_back(where + std::to_string(n) +
                            " unpaired surrogate escapes replaced with U+FFFD");
      }
    }
    if (!value.ok()) return Status::InputError(where + value.status().message());
    Cluster cluster;
    Problem p = ReadCluster(*value, stem + "-" + std::to_string(number), path, cluster);
    if (!p.empty()) return Status::InputError(where + p);
    if (cluster.documents.empty() && warnings != nullptr) {
      warnings->push_back(where + "cluster " + cluster.id + " has no documents");
    }
    clusters.push_back(std::move(cluster));
  }
  return clusters;
}

}  // namespace precis::read
