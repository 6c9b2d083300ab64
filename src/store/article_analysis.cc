#include "store/article_analysis.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <unordered_map>

#include "base/hash.h"

namespace precis::store {

namespace {

constexpr auto Mix = Mix64;

// The analyzer's lexicon grows with every new word; a fresh one now and then
// keeps memory bounded on an endless stream.
constexpr std::size_t kAnalyzerLifetime = 20000;

}  // namespace

std::uint64_t Hash64(std::string_view bytes) { return Mix64(Fnv1a64(bytes)); }

std::vector<std::int64_t> BandKeys(const std::vector<std::uint32_t>& signature) {
  std::vector<std::int64_t> keys;
  if (signature.size() != kMinHashes) return keys;
  for (std::size_t b = 0; b < kBands; ++b) {
    std::uint64_t h = Mix(b + 1);
    for (std::size_t r = 0; r < kRowsPerBand; ++r) h = Mix(h ^ signature[b * kRowsPerBand + r]);
    keys.push_back(static_cast<std::int64_t>(h));
  }
  return keys;
}

std::string EncodeSignature(const std::vector<std::uint32_t>& signature) {
  return std::string(reinterpret_cast<const char*>(signature.data()), signature.size() * 4);
}

std::vector<std::uint32_t> DecodeSignature(std::string_view blob) {
  std::vector<std::uint32_t> signature(blob.size() / 4);
  if (!signature.empty()) std::memcpy(signature.data(), blob.data(), signature.size() * 4);
  return signature;
}

double SignatureSimilarity(const std::vector<std::uint32_t>& a,
                           const std::vector<std::uint32_t>& b) {
  if (a.size() != kMinHashes || b.size() != kMinHashes) return 0;
  std::size_t same = 0;
  for (std::size_t i = 0; i < kMinHashes; ++i) same += a[i] == b[i];
  return static_cast<double>(same) / kMinHashes;
}

Result<ArticleAnalysis> ArticleAnalysis::Create(const std::string& language) {
  auto analyzer = text::Analyzer::Create(language);
  if (!analyzer.ok()) return analyzer.status();
  return ArticleAnalysis(language, std::move(analyzer).value());
}

AnalyzedArticle ArticleAnalysis::Analyze(const Article& article) {
  if (++analysed_ > kAnalyzerLifetime) {
    auto fresh = text::Analyzer::Create(language_);
    if (fresh.ok()) {
      *analyzer_ = std::move(fresh).value();
      word_hashes_.clear();
      term_ids_.clear();
      analysed_ = 1;
    }
  }
  AnalyzedArticle out;
  Document doc;
  doc.id = article.id;
  doc.title = article.title;
  doc.date = article.date;
  doc.source = article.source;
  doc.text = article.text;
  auto cleaned = cleaner_->Clean({doc}, *analyzer_);
  const text::AnalyzedText& a = cleaned.front().analysis;
  out.cleaned = a.text;
  out.hash = Hash64(out.cleaned);
  const text::Lexicon& lexicon = analyzer_->lexicon();

  std::unordered_map<text::Lexicon::Id, float> counts;
  for (const auto& word : a.words)
    if (const text::TermToken w = text::TokenOf(word, lexicon); !w.stop && word.has_letter)
      counts[w.term] += 1;
  if (!article.title.empty()) {
    text::AnalyzedText title = analyzer_->Analyze(article.title);
    for (const auto& word : title.words)
      if (const text::TermToken w = text::TokenOf(word, lexicon); !w.stop && word.has_letter)
        counts[w.term] += 2;
  }
  if (terms_) {
    out.term_ids.reserve(counts.size());
    for (const auto& [id, n] : counts) {
      if (id >= term_ids_.size()) term_ids_.resize(lexicon.size() + 1, kNoId);
      std::uint32_t& t = term_ids_[id];
      if (t == kNoId) t = terms_->Id(std::string(lexicon.Text(id)));
      out.term_ids.emplace_back(t, n);
    }
    std::sort(out.term_ids.begin(), out.term_ids.end());
  } else {
    out.terms.reserve(counts.size());
    for (const auto& [id, n] : counts) out.terms.emplace_back(std::string(lexicon.Text(id)), n);
    std::sort(out.terms.begin(), out.terms.end());
  }

  // MinHash over shingles of kShingleWords folded words (letters or digits).
  std::vector<std::uint64_t> words;
  words.reserve(a.words.size());
  for (const auto& w : a.words) {
    if (w.norm >= word_hashes_.size()) word_hashes_.resize(lexicon.size() + 1, 0);
    std::uint64_t& h = word_hashes_[w.norm];
    if (h == 0) h = Hash64(lexicon.Text(w.norm)) | 1;
    words.push_back(h);
  }
  if (words.size() >= kShingleWords) {
    std::vector<std::uint64_t> mins(kMinHashes, std::numeric_limits<std::uint64_t>::max());
    for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
      std::uint64_t s = 0;
      for (std::size_t k = 0; k < kShingleWords; ++k) s = Mix(s ^ words[i + k]);
      for (std::size_t j = 0; j < kMinHashes; ++j) {
        std::uint64_t v = Mix(s ^ (0x9e3779b97f4a7c15ULL * (j + 1)));
        if (v < mins[j]) mins[j] = v;
      }
    }
    out.signature.reserve(kMinHashes);
    for (auto m : mins) out.signature.push_back(static_cast<std::uint32_t>(m >> 32));
  }
  last_sentences_.clear();
  if (terms_) {
    for (const auto& sentence : a.sentences) {
      auto words = a.WordsOf(sentence);
      SentenceShingles s{clean::RecurringText::Shingles(words, lexicon), {}};
      if (s.shingles.empty()) continue;
      for (const auto& word : words)
        if (const text::TermToken w = text::TokenOf(word, lexicon); !w.stop && word.has_letter)
          s.terms.push_back(term_ids_[w.term]);
      last_sentences_.push_back(std::move(s));
    }
  }
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    if (a.sentences[i].content_words == 0) continue;
    std::string_view s = a.SentenceText(i);
    if (s.size() > 120) {
      std::size_t cut = s.rfind(' ', 117);
      s = s.substr(0, cut == std::string_view::npos || cut < 40 ? 117 : cut);
      while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80)
        s.remove_suffix(1);
      if (!s.empty() && static_cast<unsigned char>(s.back()) >= 0xC0) s.remove_suffix(1);
      out.lead = std::string(s) + "...";
    } else {
      out.lead = std::string(s);
    }
    break;
  }
  return out;
}

void ArticleAnalysis::Learn(std::int64_t story,
                            const std::unordered_map<std::uint32_t, float>* centroid) {
  if (centroid == nullptr) return;
  for (const auto& s : last_sentences_) {
    std::size_t shared = 0;
    for (std::uint32_t t : s.terms) shared += centroid->count(t);
    // On the story's topic: news, however often such words recur.
    if (!s.terms.empty() && 2 * shared >= s.terms.size()) continue;
    recurring_->Count(static_cast<std::uint64_t>(story), s.shingles);
  }
  last_sentences_.clear();
}

}  // namespace precis::store
