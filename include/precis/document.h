// The data precis works on: documents grouped into clusters (one story each),
// optionally with a query and human reference summaries. Plain values; copy
// and move freely.
#ifndef PRECIS_DOCUMENT_H_
#define PRECIS_DOCUMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "precis/export.h"

namespace precis {
PRECIS_API_BEGIN

struct Document {
  std::string id;      // file stem, DOCNO, or the id given in JSONL
  std::string title;   // headline; empty when unknown
  std::string date;    // ISO 8601 (YYYY-MM-DD or with time); empty when unknown
  std::string source;  // where it came from: a path, "-" for stdin, or an outlet
  std::string text;    // UTF-8 body, paragraphs separated by "\n\n"
  // From a page's metadata or a JSONL line; empty when unknown.
  std::string url = {};       // canonical address (<link rel=canonical>, og:url)
  std::string author = {};    // byline author(s)
  std::string language = {};  // as the page declares it (<html lang>), e.g. "en", "de-DE"
};

struct Query {
  std::string title;
  std::string narrative;
};

struct Reference {
  std::string id;
  int words = 0;  // nominal length in words
  std::string text;
};

struct Cluster {
  std::string id;
  std::string source;  // e.g. "DUC 2002"; empty when unknown
  std::optional<Query> query;
  std::vector<Document> documents;
  std::vector<Reference> references;
  // Documents the reader has already read: the summary tells what
  // `documents` add to them (an update summary) and cites only `documents`.
  std::vector<Document> seen;
};

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_DOCUMENT_H_
