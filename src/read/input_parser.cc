#include "read/input_parser.h"

#include "read/format_detector.h"
#include "read/gzip_decoder.h"
#include "read/html_reader.h"
#include "read/jsonl_reader.h"
#include "read/multinews_reader.h"
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
  return out;
}

}  // namespace precis::read
