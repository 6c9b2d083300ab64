#include "read/input_parser.h"

#include "base/utf8.h"
#include "read/format_detector.h"
#include "read/gzip_decoder.h"
#include "read/html_reader.h"
#include "read/jsonl_reader.h"
#include "read/multinews_reader.h"
#include "read/path_name.h"
#include "read/sgml_reader.h"
#include "read/text_decoder.h"
#include "read/text_reader.h"

namespace precis::read {

namespace {

void AddArticle(Document doc, const std::string& name, std::vector<std::string>* warnings,
                ParsedInput& out) {
  if (doc.text.empty()) {
    if (warnings != nullptr) warnings->push_back(name + ": no article text, skipped");
    return;
  }
  out.loose.push_back(std::move(doc));
}

void Clean(std::string& field) {
  if (utf8::HasControls(field)) field = utf8::WithoutControls(field);
}

// Control characters can come from the bytes or from escapes the formats
// decode (HTML "&#x1b;", JSON "\u001b"); every field of what was read loses
// them here, whatever the format. A document whose text held nothing else is
// left out, one whose id did gets a made-up one.
void RemoveControls(ParsedInput& input, const std::string& name,
                    std::vector<std::string>* warnings) {
  auto clean_documents = [&](std::vector<Document>& documents, const std::string& id_prefix) {
    std::size_t kept = 0;
    for (std::size_t k = 0; k < documents.size(); ++k) {
      Document& d = documents[k];
      bool had_text = !d.text.empty();
      for (std::string* field :
           {&d.id, &d.title, &d.date, &d.source, &d.text, &d.url, &d.author, &d.language})
        Clean(*field);
      if (d.id.empty()) d.id = id_prefix + "-" + std::to_string(k + 1);
      if (had_text && d.text.empty()) {
        if (warnings != nullptr) {
          warnings->push_back(name + ": document " + d.id +
                              " has only control characters for text, skipped");
        }
        continue;
      }
      if (kept != k) documents[kept] = std::move(d);
      ++kept;
    }
    documents.resize(kept);
  };
  clean_documents(input.loose, FileStem(name));
  for (Cluster& c : input.clusters) {
    Clean(c.id);
    if (c.id.empty()) c.id = FileStem(name);
    Clean(c.source);
    if (c.query) {
      Clean(c.query->title);
      Clean(c.query->narrative);
    }
    for (Reference& r : c.references) {
      Clean(r.id);
      Clean(r.text);
    }
    clean_documents(c.documents, c.id);
    clean_documents(c.seen, c.id + "-seen");
  }
}

}  // namespace

Result<ParsedInput> ParseInput(std::string bytes, const std::string& name, InputFormat format,
                               std::size_t max_bytes, std::vector<std::string>* warnings) {
  if (IsGzip(bytes)) {
    Result<std::string> r = Gunzip(bytes, name, max_bytes);
    if (!r.ok()) return r.status();
    bytes = std::move(r).value();
  }
  Result<std::string> decoded =
      DecodeText(std::move(bytes), name, warnings,
                 format == InputFormat::kAuto || format == InputFormat::kHtml);
  if (!decoded.ok()) return decoded.status();
  const std::string& text = decoded.value();
  if (format == InputFormat::kAuto) format = DetectFormat(text, name);
  ParsedInput out;
  switch (format) {
    case InputFormat::kHtml: {
      Result<Document> doc = ReadHtml(text, name);
      if (!doc.ok()) return doc.status();
      AddArticle(std::move(doc).value(), name, warnings, out);
      break;
    }
    case InputFormat::kSgml:
      out.loose = ReadSgml(text, name, warnings);
      break;
    case InputFormat::kMultiNews:
      out.clusters = ReadMultiNews(text, name, warnings);
      break;
    case InputFormat::kJsonl: {
      Result<std::vector<Cluster>> clusters = ReadJsonl(text, name, warnings);
      if (!clusters.ok()) return clusters.status();
      out.clusters = std::move(clusters).value();
      break;
    }
    case InputFormat::kText:
    case InputFormat::kAuto:
      AddArticle(ReadText(text, name), name, warnings, out);
      break;
  }
  RemoveControls(out, name, warnings);
  return out;
}

}  // namespace precis::read
