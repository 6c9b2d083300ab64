#include "read/sgml_entities.h"

#include <cctype>
#include <string_view>
#include <unordered_map>

#include "base/utf8.h"

namespace precis::read {

namespace {

// Names are matched exactly first, then in lower case (SGML files write
// &AMP; as often as &amp;).
const std::unordered_map<std::string_view, char32_t>& EntityTable() {
  static const auto* table = new std::unordered_map<std::string_view, char32_t>{
      {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
      {"apos", '\''},     {"nbsp", 0xA0},     {"iexcl", 0xA1},    {"cent", 0xA2},
      {"pound", 0xA3},    {"curren", 0xA4},   {"yen", 0xA5},      {"brvbar", 0xA6},
      {"sect", 0xA7},     {"uml", 0xA8},      {"copy", 0xA9},     {"ordf", 0xAA},
      {"laquo", 0xAB},    {"not", 0xAC},      {"shy", 0xAD},      {"reg", 0xAE},
      {"macr", 0xAF},     {"deg", 0xB0},      {"plusmn", 0xB1},   {"sup2", 0xB2},
      {"sup3", 0xB3},     {"acute", 0xB4},    {"micro", 0xB5},    {"para", 0xB6},
      {"middot", 0xB7},   {"cedil", 0xB8},    {"sup1", 0xB9},     {"ordm", 0xBA},
      {"raquo", 0xBB},    {"frac14", 0xBC},   {"frac12", 0xBD},   {"frac34", 0xBE},
      {"iquest", 0xBF},   {"Agrave", 0xC0},   {"Aacute", 0xC1},   {"Acirc", 0xC2},
      {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Aring", 0xC5},    {"AElig", 0xC6},
      {"Ccedil", 0xC7},   {"Egrave", 0xC8},   {"Eacute", 0xC9},   {"Ecirc", 0xCA},
      {"Euml", 0xCB},     {"Igrave", 0xCC},   {"Iacute", 0xCD},   {"Icirc", 0xCE},
      {"Iuml", 0xCF},     {"ETH", 0xD0},      {"Ntilde", 0xD1},   {"Ograve", 0xD2},
      {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Otilde", 0xD5},   {"Ouml", 0xD6},
      {"times", 0xD7},    {"Oslash", 0xD8},   {"Ugrave", 0xD9},   {"Uacute", 0xDA},
      {"Ucirc", 0xDB},    {"Uuml", 0xDC},     {"Yacute", 0xDD},   {"THORN", 0xDE},
      {"szlig", 0xDF},    {"agrave", 0xE0},   {"aacute", 0xE1},   {"acirc", 0xE2},
      {"atilde", 0xE3},   {"auml", 0xE4},     {"aring", 0xE5},    {"aelig", 0xE6},
      {"ccedil", 0xE7},   {"egrave", 0xE8},   {"eacute", 0xE9},   {"ecirc", 0xEA},
      {"euml", 0xEB},     {"igrave", 0xEC},   {"iacute", 0xED},   {"icirc", 0xEE},
      {"iuml", 0xEF},     {"eth", 0xF0},      {"ntilde", 0xF1},   {"ograve", 0xF2},
      {"oacute", 0xF3},   {"ocirc", 0xF4},    {"otilde", 0xF5},   {"ouml", 0xF6},
      {"divide", 0xF7},   {"oslash", 0xF8},   {"ugrave", 0xF9},   {"uacute", 0xFA},
      {"ucirc", 0xFB},    {"uuml", 0xFC},     {"yacute", 0xFD},   {"thorn", 0xFE},
      {"yuml", 0xFF},     {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},
      {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},    {"ndash", 0x2013},
      {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},
      {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"dagger", 0x2020},
      {"Dagger", 0x2021}, {"bull", 0x2022},   {"hellip", 0x2026}, {"permil", 0x2030},
      {"prime", 0x2032},  {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"euro", 0x20AC},
      {"trade", 0x2122},  {"minus", 0x2212},  {"ensp", 0x2002},   {"emsp", 0x2003},
      {"thinsp", 0x2009},
  };
  return *table;
}

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Decodes "&#...;" at text[i]; returns its length, 0 when malformed.
std::size_t Numeric(std::string_view text, std::size_t i, std::string& out) {
  std::size_t j = i + 2;
  bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
  if (hex) ++j;
  std::size_t digits_at = j;
  char32_t value = 0;
  while (j < text.size() && j - digits_at < 8) {
    char c = text[j];
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : hex && c >= 'a' && c <= 'f'               ? c - 'a' + 10
            : hex && c >= 'A' && c <= 'F'               ? c - 'A' + 10
                                                        : -1;
    if (d < 0) break;
    value = value * (hex ? 16 : 10) + static_cast<char32_t>(d);
    ++j;
  }
  if (j == digits_at || j >= text.size() || text[j] != ';') return 0;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
  if (value < 0x20 && value != '\t' && value != '\n') value = ' ';
  utf8::Append(out, value);
  return j + 1 - i;
}

// Decodes "&name;" at text[i]; returns its length, 0 when it is not one.
std::size_t Named(std::string_view text, std::size_t i, std::string& out) {
  std::size_t j = i + 1;
  if (j >= text.size() || !std::isalpha(static_cast<unsigned char>(text[j]))) return 0;
  while (j < text.size() && j - i <= 32 && IsNameChar(text[j])) ++j;
  if (j >= text.size() || text[j] != ';') return 0;
  std::string_view name = text.substr(i + 1, j - i - 1);
  const auto& table = EntityTable();
  auto it = table.find(name);
  if (it == table.end()) {
    std::string lower(name);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    it = table.find(lower);
  }
  if (it != table.end()) utf8::Append(out, it->second);  // unknown codes are dropped
  return j + 1 - i;
}

}  // namespace

std::string DecodeEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) amp = text.size();
    out.append(text.substr(i, amp - i));
    i = amp;
    if (i >= text.size()) break;
    bool numeric = i + 1 < text.size() && text[i + 1] == '#';
    std::size_t used = numeric ? Numeric(text, i, out) : Named(text, i, out);
    if (used == 0) {
      out += '&';
      used = 1;
    }
    i += used;
  }
  return out;
}

}  // namespace precis::read
