#include "read/multinews_reader.h"

#include "read/paragraphs.h"
#include "read/path_name.h"

namespace precis::read {

namespace {

constexpr std::string_view kSeparator = "|||||";
constexpr std::string_view kNewline = "NEWLINE_CHAR";

// One document's text: NEWLINE_CHAR marks line breaks; each non-blank line
// is a paragraph.
std::string DocumentText(std::string_view raw) {
  ParagraphList paragraphs;
  std::size_t pos = 0;
  while (pos <= raw.size()) {
    std::size_t at = raw.find(kNewline, pos);
    if (at == std::string_view::npos) at = raw.size();
    paragraphs.Add(raw.substr(pos, at - pos));
    pos = at + kNewline.size();
  }
  return paragraphs.Take();
}

Cluster ReadLine(std::string_view line, const std::string& id, const std::string& path,
                 std::vector<std::string>* warnings) {
  Cluster cluster;
  cluster.id = id;
  cluster.source = "Multi-News";
  std::size_t pos = 0;
  std::size_t k = 0;
  while (pos <= line.size()) {
    std::size_t at = line.find(kSeparator, pos);
    if (at == std::string_view::npos) at = line.size();
    Document doc;
    doc.id = id + "-" + std::to_string(k++);
    doc.source = path;
    doc.text = DocumentText(line.substr(pos, at - pos));
    bool last = at == line.size();
    if (doc.text.empty()) {
      // A trailing separator is common and not worth a warning.
      if (warnings != nullptr && !last) {
        warnings->push_back(path + ": empty document " + doc.id + " skipped");
      }
    } else {
      cluster.documents.push_back(std::move(doc));
    }
    pos = at + kSeparator.size();
  }
  return cluster;
}

}  // namespace

std::vector<Cluster> ReadMultiNews(std::string_view text, const std::string& path,
                                   std::vector<std::string>* warnings) {
  std::vector<Cluster> clusters;
  std::string stem = FileStem(path);
  std::size_t number = 0;
  for (std::string_view line : SplitLines(text)) {
    ++number;
    if (IsBlank(line)) continue;
    clusters.push_back(ReadLine(line, stem + "-" + std::to_string(number), path, warnings));
  }
  return clusters;
}

}  // namespace precis::read
