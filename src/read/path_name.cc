#include "read/path_name.h"

#include <cctype>

namespace precis::read {

std::string BaseName(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  std::size_t slash = path.rfind('/');
  if (slash != std::string_view::npos && path.size() > 1) path.remove_prefix(slash + 1);
  return std::string(path);
}

namespace {

std::string_view WithoutGz(std::string_view name) {
  if (name.size() > 3 && name.ends_with(".gz")) name.remove_suffix(3);
  return name;
}

// Position of the extension's dot in a file name, or npos. A leading dot
// (".profile") does not start an extension.
std::size_t ExtensionDot(std::string_view name) {
  std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return std::string_view::npos;
  return dot;
}

}  // namespace

std::string FileStem(std::string_view path) {
  if (path == "-") return "stdin";
  std::string base = BaseName(path);
  std::string_view name = WithoutGz(base);
  std::size_t dot = ExtensionDot(name);
  if (dot != std::string_view::npos) name = name.substr(0, dot);
  return std::string(name);
}

std::string FileExtension(std::string_view path) {
  std::string base = BaseName(path);
  std::string_view name = WithoutGz(base);
  std::size_t dot = ExtensionDot(name);
  if (dot == std::string_view::npos) return "";
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

}  // namespace precis::read
