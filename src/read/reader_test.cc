#include "precis/reader.h"

#include <gtest/gtest.h>
#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace precis {
namespace {

namespace fs = std::filesystem;

// A fresh folder under the temp directory, removed at the end of the test.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = (fs::temp_directory_path() / "precis-read-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& data) const {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }
  std::string Folder(const std::string& name) const {
    fs::create_directories(path_ / name);
    return (path_ / name).string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

std::string SharedDir() {
  const char* env = std::getenv("PRECIS_SHARED_DIR");
  return env != nullptr ? env : PRECIS_SHARED_DIR;
}

std::size_t CountDocuments(const ReadResult& r) {
  std::size_t n = 0;
  for (const Cluster& c : r.clusters) n += c.documents.size();
  return n;
}

TEST(Reader, FormatNames) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kHtml,
                        InputFormat::kSgml, InputFormat::kMultiNews, InputFormat::kJsonl}) {
    auto parsed = ParseInputFormat(InputFormatName(f));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value(), f);
  }
  auto bad = ParseInputFormat("pdf");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().kind(), Status::Kind::kUsage);
  EXPECT_EQ(bad.status().message(),
            "unknown input format 'pdf' (expected auto, text, html, sgml, multinews or jsonl)");
}

TEST(Reader, FolderIsOneClusterInPathOrder) {
  TempFolder t;
  std::string dir = t.Folder("story");
  t.Write("story/b.txt", "Second story text.\n");
  t.Write("story/a.html", "<html><body><p>First story text.</p></body></html>");
  t.Write("story/sub/c.txt", "Third story text.\n");
  t.Write("story/.hidden.txt", "Hidden.\n");
  t.Write("story/.cache/d.txt", "Hidden too.\n");
  t.Write("story/sub/b.txt", "Same stem.\n");
  auto r = ReadSources({dir + "/"});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->clusters.size(), 1u);
  const Cluster& c = r->clusters[0];
  EXPECT_EQ(c.id, "story");
  ASSERT_EQ(c.documents.size(), 4u);
  EXPECT_EQ(c.documents[0].id, "a");
  EXPECT_EQ(c.documents[0].text, "First story text.");
  EXPECT_EQ(c.documents[1].id, "b");
  EXPECT_EQ(c.documents[2].id, "b-2");  // story/sub/b.txt: ids stay unique
  EXPECT_EQ(c.documents[3].id, "c");
  EXPECT_EQ(c.documents[3].source, dir + "/sub/c.txt");
  EXPECT_TRUE(r->warnings.empty());
}

TEST(Reader, SeveralFilesTakeTheFirstStemAndStructuredClustersStayApart) {
  TempFolder t;
  std::string one = t.Write("one.txt", "Story one.\n");
  std::string two = t.Write("two.txt", "Story two.\n");
  std::string jsonl =
      t.Write("set.jsonl", "{\"id\": \"c1\", \"documents\": [{\"text\": \"x\"}]}\n");
  std::string multi = t.Write("mn.txt", "a ||||| b\n");
  auto r = ReadSources({jsonl, one, multi, two});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->clusters.size(), 3u);
  EXPECT_EQ(r->clusters[0].id, "c1");
  EXPECT_EQ(r->clusters[1].id, "mn-1");
  EXPECT_EQ(r->clusters[2].id, "one");
  ASSERT_EQ(r->clusters[2].documents.size(), 2u);
  EXPECT_EQ(r->clusters[2].documents[1].id, "two");
}

TEST(Reader, ForcedFormat) {
  TempFolder t;
  std::string f = t.Write("page.txt", "<p>Hello there.</p>\n");
  ReadOptions options;
  options.format = InputFormat::kText;
  auto r = ReadSources({f}, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->clusters[0].documents[0].text, "<p>Hello there.</p>");
  options.format = InputFormat::kAuto;
  EXPECT_EQ(ReadSources({f}, options)->clusters[0].documents[0].text, "Hello there.");
}

TEST(Reader, StandardInput) {
  TempFolder t;
  std::string f = t.Write("in.txt", "Piped Headline Here\nThe piped story.\n");
  ASSERT_NE(std::freopen(f.c_str(), "rb", stdin), nullptr);
  auto r = ReadSources({"-"});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->clusters.size(), 1u);
  EXPECT_EQ(r->clusters[0].id, "stdin");
  EXPECT_EQ(r->clusters[0].documents[0].id, "stdin");
  EXPECT_EQ(r->clusters[0].documents[0].source, "-");
  EXPECT_EQ(r->clusters[0].documents[0].title, "Piped Headline Here");
  EXPECT_EQ(r->clusters[0].documents[0].text, "The piped story.");
}

Status ErrorOf(const std::vector<std::string>& sources, ReadOptions options = {}) {
  auto r = ReadSources(sources, options);
  EXPECT_FALSE(r.ok());
  return r.status();
}

TEST(Reader, Errors) {
  TempFolder t;
  std::string missing = t.path() + "/missing.txt";
  EXPECT_EQ(ErrorOf({missing}).message(), missing + ": no such file or folder");
  EXPECT_EQ(ErrorOf({missing}).exit_code(), 1);
  std::string binary = t.Write("pic.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
  EXPECT_EQ(ErrorOf({binary}).message(), binary + ": binary data, not text");
  std::string big = t.Write("big.txt", std::string(2000, 'a'));
  ReadOptions small;
  small.max_file_bytes = 1000;
  EXPECT_EQ(ErrorOf({big}, small).message(),
            big + ": file too large (2000 bytes; the limit is 1000, --max-file-mb raises it)");
  std::string empty = t.Write("empty.txt", "");
  EXPECT_EQ(ErrorOf({empty}).message(),
            "no documents found in " + empty + " (" + empty + ": no article text, skipped)");
  std::string blank = t.Write("blank.txt", " \n\t\n");
  EXPECT_EQ(ErrorOf({empty, blank}).message(), "no documents found in " + empty + ", " + blank +
                                                   " (" + empty +
                                                   ": no article text, skipped; 1 more warning)");
  std::string folder = t.Folder("nothing");
  EXPECT_EQ(ErrorOf({folder}).message(), "no documents found in " + folder);
  EXPECT_EQ(ErrorOf({}).message(), "no input given");
  std::string bad = t.Write("bad.jsonl", "{\"documents\": []}\n{oops\n");
  EXPECT_EQ(ErrorOf({bad}).message(), bad + ":2: malformed JSON");
}

TEST(Reader, EmptyArticlesInAFolderAreSkippedWithAWarning) {
  TempFolder t;
  std::string dir = t.Folder("c");
  t.Write("c/a.txt", "A real story.\n");
  t.Write("c/b.txt", "   \n\n");
  t.Write("c/c.html", "<html><body><nav><a href=x>Home</a></nav></body></html>");
  auto r = ReadSources({dir});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(CountDocuments(r.value()), 1u);
  EXPECT_EQ(r->warnings, (std::vector<std::string>{dir + "/b.txt: no article text, skipped",
                                                   dir + "/c.html: no article text, skipped"}));
}

TEST(Reader, BomCrlfAndInvalidUtf8) {
  TempFolder t;
  std::string f = t.Write("win.txt",
                          "\xEF\xBB\xBFStorm Hits Coast\r\n\r\nThe storm hit.\r\n\r\n"
                          "Caf\xE9 closed.\r\n");
  auto r = ReadSources({f});
  ASSERT_TRUE(r.ok());
  const Document& d = r->clusters[0].documents[0];
  EXPECT_EQ(d.title, "Storm Hits Coast");
  EXPECT_EQ(d.text, "The storm hit.\n\nCaf\xEF\xBF\xBD closed.");
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0], f + ": invalid UTF-8 at byte 44 (1 sequences replaced with U+FFFD)");
}

TEST(Reader, ParseBytes) {
  auto r = ParseBytes("Headline Of The Day\n\nBody text here.", "mem/story.txt");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->clusters.size(), 1u);
  EXPECT_EQ(r->clusters[0].id, "story");
  EXPECT_EQ(r->clusters[0].documents[0].title, "Headline Of The Day");
  auto empty = ParseBytes("", "e.txt");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().message(),
            "no documents found in e.txt (e.txt: no article text, skipped)");
  auto forced = ParseBytes("a ||||| b", "x.txt", InputFormat::kText);
  ASSERT_TRUE(forced.ok());
  EXPECT_EQ(forced->clusters[0].documents[0].text, "a ||||| b");
}

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"), or -1.
long StatusKb(const std::string& field) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with(field + ":")) return std::atol(line.c_str() + field.size() + 1);
  }
  return -1;
}

// Peak memory growth (KiB) while running `fn` in a child process, or -1 when
// it cannot be measured. The child returns free heap pages to the system and
// resets its peak (clear_refs 5) first.
template <typename Fn>
long ChildPeakGrowthKb(Fn fn) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    long growth = -1;
    malloc_trim(0);  // free heap pages would otherwise be reused unseen
    bool reset = static_cast<bool>(std::ofstream("/proc/self/clear_refs") << "5");
    long before = StatusKb("VmRSS");
    if (reset && before >= 0 && fn()) growth = StatusKb("VmHWM") - before;
    ssize_t written = write(fds[1], &growth, sizeof(growth));
    _exit(written == sizeof(growth) ? 0 : 1);
  }
  close(fds[1]);
  long growth = -1;
  ssize_t got = read(fds[0], &growth, sizeof(growth));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return got == sizeof(growth) && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? growth : -1;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// A 5 MB article in each loose format reads quickly with memory bounded by a
// small multiple of its size.
TEST(Reader, FiveMegabyteArticles) {
  TempFolder t;
  std::string paragraph =
      "The committee met again on Tuesday to weigh the proposal, and members said they "
      "expected a decision before the end of the month, after hearing from residents.";
  std::string text = "A Very Long Report\n\n";
  std::string html = "<html><head><title>Long</title></head><body><article>";
  std::string sgml = "<DOC>\n<DOCNO> AP900101-0001 </DOCNO>\n<TEXT>\n";
  while (text.size() < (5u << 20)) {
    text += paragraph + "\n\n";
    html += "<p>" + paragraph + " <a href=\"/x\">link</a></p>\n";
    sgml += "   " + paragraph + "\n";
  }
  sgml += "</TEXT>\n</DOC>\n";
  html += "</article></body></html>";
  for (const auto& [name, data] : {std::pair<std::string, std::string>{"big.txt", text},
                                   {"big.html", html},
                                   {"big.sgml", sgml}}) {
    std::string path = t.Write(name, data);
    if (!kSanitized) {  // sanitizers inflate memory use
      long growth_kb = ChildPeakGrowthKb([&] { return ReadSources({path}).ok(); });
      if (growth_kb >= 0) {
        double multiple =
            static_cast<double>(growth_kb) * 1024.0 / static_cast<double>(data.size());
        std::printf("%s: peak memory %.1f times the input\n", name.c_str(), multiple);
        // A few copies for text and SGML; gumbo's tree costs more for HTML.
        EXPECT_LT(multiple, name == "big.html" ? 20.0 : 5.0) << name;
      }
    }
    auto start = std::chrono::steady_clock::now();
    auto r = ReadSources({path});
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(r.ok()) << name << ": " << r.status().message();
    const Document& d = r->clusters[0].documents[0];
    EXPECT_GT(d.text.size(), 4u << 20) << name;
    EXPECT_LT(seconds, kSanitized ? 120.0 : 10.0) << name;
  }
}

TEST(Reader, SyriaTalksExample) {
  std::string dir = SharedDir() + "/examples/syria-talks";
  ASSERT_TRUE(fs::exists(dir)) << "missing ../shared data: " << dir;
  auto r = ReadSources({dir});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->clusters.size(), 1u);
  const Cluster& c = r->clusters[0];
  EXPECT_EQ(c.id, "syria-talks");
  ASSERT_EQ(c.documents.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(c.documents[i].id, "article-00" + std::to_string(i));
    EXPECT_FALSE(c.documents[i].text.empty());
    EXPECT_EQ(c.documents[i].text.find("\n\n\n"), std::string::npos);
  }
  // Only article-000 opens with a headline; 001 and 004 open with a sentence,
  // 002 with "skip to main content", 003 with a dateline.
  EXPECT_EQ(c.documents[0].title, "Kerry urges Syrian opposition to attend Rome talks");
  EXPECT_EQ(c.documents[0].text.find("Kerry urges Syrian opposition to attend"), std::string::npos);
  for (std::size_t i = 1; i < 5; ++i) EXPECT_EQ(c.documents[i].title, "") << i;
  // No blank lines in 000 and 001: one paragraph per line.
  EXPECT_TRUE(c.documents[1].text.starts_with(
      "Syria is ready for talks with its armed opponents, foreign minister Walid al-Moualem said "
      "today, in the clearest offer yet of negotiations with rebels fighting to overthrow "
      "President Bashar al-Assad.\n\nBut Mr Moualem"));
  EXPECT_TRUE(c.documents[2].text.starts_with(
      "skip to main content\n\nKerry urges 'grace' from Russia in Aleppo talks\n\n"
      "Civilians flee the besieged city of Aleppo\n\nCivilians flee"));
  EXPECT_TRUE(r->warnings.empty());
}

struct DevSet {
  const char* path;
  std::size_t clusters;
  std::size_t documents;
  std::size_t references;
};

// The counts of ../shared/data/README.md's table.
TEST(Reader, JsonlDevSets) {
  const DevSet sets[] = {
      {"data/duc2002/clusters.jsonl", 59, 567, 464},
      {"data/duc2001/clusters.jsonl", 30, 308, 116},
      {"data/duc2006-dev/clusters.jsonl", 25, 625, 100},
      {"data/multinews-val/clusters.jsonl", 1000, 2510, 1000},
      {"data/background/multinews-train-10k.jsonl.gz", 10000, 28806, 10000},
  };
  for (const DevSet& set : sets) {
    std::string path = SharedDir() + "/" + set.path;
    ASSERT_TRUE(fs::exists(path)) << "missing " << path;
    auto r = ReadSources({path});
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->clusters.size(), set.clusters) << set.path;
    EXPECT_EQ(CountDocuments(r.value()), set.documents) << set.path;
    std::size_t references = 0;
    for (const Cluster& c : r->clusters) references += c.references.size();
    EXPECT_EQ(references, set.references) << set.path;
    EXPECT_TRUE(r->warnings.empty()) << set.path << ": " << r->warnings.front();
  }
  auto duc2006 = ReadSources({SharedDir() + "/data/duc2006-dev/clusters.jsonl"});
  ASSERT_TRUE(duc2006.ok());
  ASSERT_TRUE(duc2006->clusters[0].query.has_value());
  EXPECT_EQ(duc2006->clusters[0].query->title,
            "Native American Reservation System - pros and cons");
  EXPECT_EQ(duc2006->clusters[0].source, "DUC 2006");
}

TEST(Reader, ReferenceOnlyJsonlHasNoDocuments) {
  std::string path = SharedDir() + "/data/duc2001/duplicates.jsonl";
  ASSERT_TRUE(fs::exists(path)) << "missing " << path;
  auto r = ReadSources({path});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "no documents found in " + path + " (" + path +
                                      ":1: cluster d04a has no documents; 29 more warnings)");
}

TEST(Reader, RawDuc2002Folder) {
  std::string dir = SharedDir() + "/data/duc2002/raw/docs/d061j";
  ASSERT_TRUE(fs::exists(dir)) << "missing ../shared data: " << dir;
  auto r = ReadSources({dir});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->clusters.size(), 1u);
  EXPECT_EQ(r->clusters[0].id, "d061j");
  ASSERT_EQ(r->clusters[0].documents.size(), 6u);
  EXPECT_EQ(r->clusters[0].documents[0].id, "AP880911-0016");
  EXPECT_EQ(r->clusters[0].documents[5].id, "WSJ880912-0064");
}

// Every limit of ReadOptions gives one line naming it and its flag.
TEST(Reader, InputLimits) {
  TempFolder t;
  std::string a = t.Write("a.txt", "First Title\n\n" + std::string(300, 'x') + " end.\n");
  std::string b = t.Write("b.txt", "Second Title\n\n" + std::string(300, 'y') + " end.\n");
  std::string set = t.Write(
      "set.jsonl", "{\"id\": \"c1\", \"documents\": [{\"id\": \"d1\", \"text\": \"" +
                       std::string(300, 'z') + "\"}, {\"id\": \"d2\", \"text\": \"w\"}]}\n");
  ReadOptions o;
  o.max_document_bytes = 200;
  EXPECT_EQ(ErrorOf({a}, o).message(), a + ": document 'a' has 305 bytes of text (the limit is "
                                           "200 bytes; --max-document-mb raises it)");
  EXPECT_EQ(ErrorOf({set}, o).message(),
            set +
                ": cluster 'c1': document 'd1' has 300 bytes of text "
                "(the limit is 200 bytes; --max-document-mb raises it)");
  o = ReadOptions();
  o.max_cluster_bytes = 500;
  EXPECT_EQ(
      ErrorOf({a, b}, o).message(),
      "the articles given together: more than 500 bytes of text in one cluster (--max-cluster-mb "
      "raises the limit)");
  EXPECT_TRUE(ReadSources({a}, o).ok());
  o = ReadOptions();
  o.max_cluster_documents = 1;
  EXPECT_EQ(ErrorOf({set}, o).message(),
            set +
                ": cluster 'c1': more than 1 documents in one cluster (--max-documents raises "
                "the limit)");
  o = ReadOptions();
  o.max_total_bytes = 500;
  EXPECT_EQ(ErrorOf({a, b}, o).message(),
            b + ": more than 500 bytes of input in all (--max-total-mb raises the limit)");
  EXPECT_EQ(ParseBytes(std::string(600, 'q'), "in.txt", ReadOptions{.max_file_bytes = 500})
                .status()
                .message(),
            "in.txt: more than 500 bytes (--max-file-mb raises the limit)");
}

}  // namespace
}  // namespace precis
