#include "base/sentence_end.h"

namespace precis {

bool EndsSentence(std::string_view t) {
  while (!t.empty()) {
    char c = t.back();
    if (c == '.' || c == '!' || c == '?') return true;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == ')' ||
        c == ']') {
      t.remove_suffix(1);
    } else if (t.ends_with("\xE2\x80\xA6") ||  // …
               t.ends_with("\xE3\x80\x82") ||  // 。
               t.ends_with("\xEF\xBC\x81") ||  // ！
               t.ends_with("\xEF\xBC\x9F")) {  // ？
      return true;
    } else if (t.ends_with("\xE3\x80\x8D") || t.ends_with("\xE3\x80\x8F") ||
               t.ends_with("\xEF\xBC\x89")) {  // 」 』 ）
      t.remove_suffix(3);
    } else if (t.ends_with("\xE2\x80\x9D") || t.ends_with("\xE2\x80\x99")) {  // ” ’
      t.remove_suffix(3);
    } else if (t.ends_with("\xC2\xBB")) {  // »
      t.remove_suffix(2);
    } else {
      return false;
    }
  }
  return false;
}

std::size_t FirstSentenceEnd(std::string_view text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i)
    if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ' &&
        ((text[i + 2] >= 'A' && text[i + 2] <= 'Z') || text[i + 2] == '"'))
      return i + 1;
  return text.size();
}

}  // namespace precis
