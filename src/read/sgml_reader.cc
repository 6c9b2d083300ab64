#include "read/sgml_reader.h"

#include <array>
#include <cctype>

#include "read/date_normalizer.h"
#include "read/paragraphs.h"
#include "read/path_name.h"
#include "read/sgml_entities.h"
#include "read/sgml_paragraphs.h"
#include "read/sgml_scanner.h"

namespace precis::read {

namespace {

// Markup removed, entities decoded, whitespace collapsed.
std::string FieldText(std::string_view content) {
  return CollapseWhitespace(DecodeEntities(StripTags(content)));
}

int Digits2(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

// FT headlines start with "FT  02 JUN 93 / "; the prefix is not the title.
std::string_view WithoutFtPrefix(std::string_view title) {
  if (!title.starts_with("FT ")) return title;
  std::size_t slash = title.find(" / ");
  if (slash == std::string_view::npos || slash > 20) return title;
  return title.substr(slash + 3);
}

// WSJ headlines stack the headline and decks with "---" lines between them;
// the headline is the part before the first one.
std::string_view BeforeDeck(std::string_view headline) {
  std::size_t line_start = 0;
  while (line_start < headline.size()) {
    std::size_t nl = headline.find('\n', line_start);
    if (nl == std::string_view::npos) nl = headline.size();
    std::string_view line = Trim(headline.substr(line_start, nl - line_start));
    if (line.size() >= 3 && line.find_first_not_of('-') == std::string_view::npos) {
      return headline.substr(0, line_start);
    }
    line_start = nl + 1;
  }
  return headline;
}

std::string Title(std::string_view doc) {
  static constexpr std::array<std::string_view, 4> kNames = {"HEADLINE", "HEAD", "HL", "TI"};
  const SgmlElement* best = nullptr;
  std::vector<SgmlElement> found[kNames.size()];
  for (std::size_t k = 0; k < kNames.size(); ++k) {
    found[k] = FindElements(doc, kNames[k]);
    for (const SgmlElement& e : found[k]) {
      if (FieldText(e.content).empty()) continue;
      if (best == nullptr || e.begin < best->begin) best = &e;
      break;
    }
  }
  if (best == nullptr) return "";
  return std::string(WithoutFtPrefix(FieldText(BeforeDeck(best->content))));
}

std::string Date(std::string_view doc, std::string_view docno) {
  if (std::string date = DateFromDocno(docno); !date.empty()) return date;
  for (std::string_view name : {"DATE_TIME", "DATE", "DATE1", "PUBDATE"}) {
    for (const SgmlElement& e : FindElements(doc, name)) {
      if (std::string date = NormalizeDate(FieldText(e.content)); !date.empty()) return date;
    }
  }
  return "";
}

// The body: leads kept outside <TEXT> (WSJ <LP>, SJMN <LEADPARA>) first, then
// every <TEXT> block. Without <TEXT>, the <BODY> minus its headline and slug.
std::string Body(std::string_view doc, SgmlLayout layout) {
  ParagraphList paragraphs;
  paragraphs.Reserve(doc.size());
  for (std::string_view lead : {"LP", "LEADPARA"}) {
    for (const SgmlElement& e : FindElements(doc, lead))
      SgmlParagraphs(e.content, layout, paragraphs);
  }
  std::vector<SgmlElement> texts = FindElements(doc, "TEXT");
  for (const SgmlElement& e : texts) SgmlParagraphs(e.content, layout, paragraphs);
  if (texts.empty()) {
    bool has_body = false;
    std::string_view body = FirstContent(doc, "BODY", &has_body);
    if (has_body) {
      std::string rest = RemoveElements(RemoveElements(body, "HEADLINE"), "SLUG");
      SgmlParagraphs(rest, layout, paragraphs);
    }
  }
  std::string text = paragraphs.Take();
  text.shrink_to_fit();
  return text;
}

Document ReadDoc(std::string_view doc, const std::string& path, std::size_t index) {
  // AQUAINT's <ANNOTATION> notes ("STORY CAN END HERE") are not text; copy
  // the document only when there are some to remove.
  std::string cleaned;
  if (HasTag(doc, "ANNOTATION")) {
    cleaned = RemoveElements(doc, "ANNOTATION");
    doc = cleaned;
  }
  Document d;
  d.id = FieldText(FirstContent(doc, "DOCNO"));
  if (d.id.empty()) d.id = FileStem(path) + "-" + std::to_string(index + 1);
  d.source = path;
  d.title = Title(doc);
  d.date = Date(doc, d.id);
  d.text = Body(doc, LayoutForDocno(d.id));
  return d;
}

}  // namespace

std::string DateFromDocno(std::string_view docno) {
  std::size_t letters = 0;
  while (letters < docno.size() && std::isalpha(static_cast<unsigned char>(docno[letters])))
    ++letters;
  std::size_t digits = letters;
  while (digits < docno.size() && std::isdigit(static_cast<unsigned char>(docno[digits]))) ++digits;
  std::string_view prefix = docno.substr(0, letters);
  std::string_view number = docno.substr(letters, digits - letters);
  if (number.size() == 8 && letters == 3) {  // AQUAINT: APW19980609.1531
    return IsoDate(std::stoi(std::string(number.substr(0, 4))), Digits2(number, 4),
                   Digits2(number, 6));
  }
  if (number.size() != 6) return "";
  if (prefix == "AP" || prefix == "WSJ") {
    return IsoDate(Digits2(number, 0), Digits2(number, 2), Digits2(number, 4));
  }
  if (prefix == "LA") return IsoDate(Digits2(number, 4), Digits2(number, 0), Digits2(number, 2));
  return "";
}

std::vector<Document> ReadSgml(std::string_view text, const std::string& path,
                               std::vector<std::string>* warnings) {
  std::vector<SgmlElement> docs = FindElements(text, "DOC");
  if (docs.empty()) docs.push_back(SgmlElement{0, text.size(), text});
  std::vector<Document> out;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    Document d = ReadDoc(docs[i].content, path, i);
    if (d.text.empty()) {
      if (warnings != nullptr) {
        warnings->push_back(path + ": document " + d.id + " has no text, skipped");
      }
      continue;
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace precis::read
