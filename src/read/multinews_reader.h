// Reads Multi-News source files: each non-empty line is one cluster, its
// documents separated by "|||||", with "NEWLINE_CHAR" standing for a line
// break. Cluster ids are "<file stem>-<line number>", document ids
// "<cluster id>-<k>" (k from 0). Pure; thread-safe.
#ifndef PRECIS_READ_MULTINEWS_READER_H_
#define PRECIS_READ_MULTINEWS_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"

namespace precis::read {

// Empty documents are left out with a warning.
std::vector<Cluster> ReadMultiNews(std::string_view text, const std::string& path,
                                   std::vector<std::string>* warnings);

}  // namespace precis::read

#endif  // PRECIS_READ_MULTINEWS_READER_H_
