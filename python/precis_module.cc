// The Python module `precis`: summarize a cluster of news articles given as
// Python strings or dicts, with citations, through the public C++ API only.
// Documents are handed to the library as one cluster-JSONL line, so they are
// checked and cleaned exactly as `precis summarize` reads a JSONL file
// (control characters, input limits). Errors become exceptions: ValueError for
// bad options, precis.InputError (a ValueError) for bad input, TypeError for
// values of the wrong Python type. The GIL is released while summarizing.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstddef>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "precis/precis.h"

namespace py = pybind11;

namespace precis::python {
namespace {

// Thrown for input errors (Status::Kind::kInput, and kLimitExceeded: input over a
// limit); translated to precis.InputError.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

[[noreturn]] void Raise(const Status& status) {
  switch (status.kind()) {
    case Status::Kind::kInput:
    case Status::Kind::kLimitExceeded:
      throw InputError(status.message());
    case Status::Kind::kInternal:
      throw std::runtime_error(status.message());
    default:
      throw py::value_error(status.message());
  }
}

std::string TypeName(const py::handle& value) {
  return py::str(py::type::handle_of(value).attr("__name__"));
}

[[noreturn]] void RaiseType(const std::string& what, const std::string& expected,
                            const py::handle& value) {
  throw py::type_error(what + " must be " + expected + ", not " + TypeName(value));
}

// The UTF-8 of a str. One Python cannot encode (with a lone surrogate) raises
// Python's UnicodeEncodeError.
std::string Utf8(const py::handle& text) {
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
  if (data == nullptr) throw py::error_already_set();
  return std::string(data, static_cast<std::size_t>(size));
}

std::string AsString(const py::handle& value, const std::string& what) {
  if (!py::isinstance<py::str>(value)) RaiseType(what, "a str", value);
  return Utf8(value);
}

bool AsBool(const py::handle& value, const std::string& what) {
  if (!py::isinstance<py::bool_>(value)) RaiseType(what, "a bool", value);
  return value.cast<bool>();
}

// An int option as a count the library checks: values below 0 become 0 and
// values past `max` become max + 1, so that the library's own range message
// is what the user sees.
std::size_t AsCount(const py::handle& value, const std::string& what, std::size_t max) {
  if (!py::isinstance<py::int_>(value) || py::isinstance<py::bool_>(value))
    RaiseType(what, "an int", value);
  py::int_ number = py::reinterpret_borrow<py::int_>(value);
  if (number < py::int_(0)) return 0;
  if (number > py::int_(max)) return max + 1;
  return number.cast<std::size_t>();
}

double AsNumber(const py::handle& value, const std::string& what) {
  if (!(py::isinstance<py::int_>(value) || py::isinstance<py::float_>(value)) ||
      py::isinstance<py::bool_>(value))
    RaiseType(what, "a number", value);
  return value.cast<double>();
}

// One document as Python gave it: its fields, or a page to read (a str is
// read as a text file is, HTML as an HTML file is).
struct DocumentInput {
  Document document;
  std::optional<std::string> page;
  InputFormat page_format = InputFormat::kText;
  bool has_source = false;
};

constexpr const char* kDocumentKeys = "id, text, html, title, date, source";

DocumentInput ReadDocumentInput(const py::handle& item, const std::string& where,
                                const std::string& default_id) {
  DocumentInput in;
  in.document.id = default_id;
  if (py::isinstance<py::str>(item)) {
    in.page = Utf8(item);
    return in;
  }
  if (!py::isinstance<py::dict>(item)) RaiseType(where, "a str or a dict", item);
  bool has_text = false;
  for (auto [key_handle, value] : py::reinterpret_borrow<py::dict>(item)) {
    if (!py::isinstance<py::str>(key_handle)) RaiseType(where + " key", "a str", key_handle);
    const std::string key = Utf8(key_handle);
    const std::string field = where + "['" + key + "']";
    if (key == "html") {
      if (!py::isinstance<py::bytes>(value) && !py::isinstance<py::str>(value))
        RaiseType(field, "a str or bytes", value);
      in.page = py::isinstance<py::str>(value) ? Utf8(value) : value.cast<std::string>();
      in.page_format = InputFormat::kHtml;
      continue;
    }
    if (key != "id" && key != "text" && key != "title" && key != "date" && key != "source")
      throw py::value_error(where + ": unknown key '" + key + "' (expected " + kDocumentKeys + ")");
    if (value.is_none() && key != "text") continue;
    if (key == "id") {
      if (py::isinstance<py::int_>(value) && !py::isinstance<py::bool_>(value))
        in.document.id = py::str(value).cast<std::string>();
      else if (py::isinstance<py::str>(value))
        in.document.id = Utf8(value);
      else
        RaiseType(field, "a str or an int", value);
    } else if (key == "text") {
      in.document.text = AsString(value, field);
      has_text = true;
    } else if (key == "title") {
      in.document.title = AsString(value, field);
    } else if (key == "date") {
      in.document.date = AsString(value, field);
    } else {
      in.document.source = AsString(value, field);
      in.has_source = true;
    }
  }
  if (has_text == in.page.has_value())
    throw py::value_error(where + " needs either \"text\" or \"html\"" +
                          (has_text ? " (not both)" : ""));
  return in;
}

std::vector<DocumentInput> ReadDocumentInputs(const py::handle& documents, const char* name,
                                              const std::string& id_prefix) {
  if (py::isinstance<py::str>(documents) || py::isinstance<py::bytes>(documents) ||
      py::isinstance<py::dict>(documents) || !py::isinstance<py::iterable>(documents))
    RaiseType(name, "a list of str or dict documents", documents);
  std::vector<DocumentInput> inputs;
  for (const py::handle item : py::reinterpret_borrow<py::iterable>(documents)) {
    const std::size_t k = inputs.size();
    inputs.push_back(ReadDocumentInput(item, std::string(name) + "[" + std::to_string(k) + "]",
                                       id_prefix + std::to_string(k)));
  }
  return inputs;
}

// What summarize() was given, read from Python objects while holding the GIL.
struct Request {
  std::vector<DocumentInput> documents;
  std::vector<DocumentInput> seen;
  std::optional<std::string> query;
};

Request ReadRequest(const py::object& documents, const py::object& query, const py::object& seen) {
  Request request;
  request.documents = ReadDocumentInputs(documents, "documents", "");
  if (!seen.is_none()) request.seen = ReadDocumentInputs(seen, "seen", "seen-");
  if (!query.is_none()) request.query = AsString(query, "query");
  return request;
}

// The warnings a read gives that are not errors, e.g. a page without article
// text, which is skipped (as `precis summarize` skips such a file).
using Warnings = std::vector<std::string>;

// The article of a page, read as `precis summarize` reads a text or HTML
// file (paragraphs, headline; charset, body, metadata); nullopt when the page
// has no article text.
Result<std::optional<Document>> ReadPage(const DocumentInput& in, const std::string& name,
                                         Warnings& warnings) {
  Result<ReadResult> read = ParseBytes(*in.page, name, in.page_format);
  if (!read.ok()) {
    // ParseBytes refuses input without documents; for one page of several
    // that is a page to skip, said in a warning, not an error.
    const std::string& message = read.status().message();
    if (message.rfind("no documents found in " + name, 0) == 0) {
      warnings.push_back(name + ": no article text, skipped");
      return std::optional<Document>();
    }
    return read.status();
  }
  for (std::string& w : read->warnings) warnings.push_back(std::move(w));
  Document page = std::move(read->clusters.at(0).documents.at(0));
  Document d = in.document;  // the id, title, date and source given win over the page's
  d.text = std::move(page.text);
  if (d.title.empty()) d.title = std::move(page.title);
  if (d.date.empty()) d.date = std::move(page.date);
  // The reader names the page after `name` (without og:site_name), which is no source.
  if (!in.has_source && page.source != name) d.source = std::move(page.source);
  return std::optional<Document>(std::move(d));
}

// The documents as cluster-JSONL objects, and for each whether its source was
// given (the JSONL reader fills an empty source with the input's name).
Status AddDocuments(const std::vector<DocumentInput>& inputs, const char* name,
                    nlohmann::json& into, std::vector<std::pair<std::string, bool>>& sources,
                    Warnings& warnings) {
  into = nlohmann::json::array();
  for (std::size_t k = 0; k < inputs.size(); ++k) {
    const DocumentInput& in = inputs[k];
    Document d = in.document;
    bool has_source = in.has_source;
    if (in.page) {
      auto page = ReadPage(in, std::string(name) + "[" + std::to_string(k) + "]", warnings);
      if (!page.ok()) return page.status();
      if (!page->has_value()) continue;
      d = std::move(**page);
      has_source = has_source || !d.source.empty();
    }
    into.push_back({{"id", d.id},
                    {"title", d.title},
                    {"date", d.date},
                    {"source", d.source},
                    {"text", d.text}});
    sources.emplace_back(d.id, has_source);
  }
  return Status::Ok();
}

// Documents the reader kept (one whose text was only control characters is
// left out, with a warning) lose the source the reader made up for them.
void RestoreSources(std::vector<Document>& documents,
                    const std::vector<std::pair<std::string, bool>>& sources) {
  std::size_t next = 0;
  for (Document& d : documents) {
    while (next < sources.size() && sources[next].first != d.id) ++next;
    if (next == sources.size()) return;
    if (!sources[next].second) d.source.clear();
    ++next;
  }
}

constexpr const char* kClusterId = "cluster";
constexpr const char* kInputName = "documents";

// Builds the cluster (without the GIL: HTML pages are parsed here).
Result<Cluster> MakeCluster(const Request& request, Warnings& warnings) {
  nlohmann::json line = {{"id", kClusterId}};
  std::vector<std::pair<std::string, bool>> document_sources, seen_sources;
  if (Status s = AddDocuments(request.documents, "documents", line["documents"], document_sources,
                              warnings);
      !s.ok())
    return s;
  if (Status s = AddDocuments(request.seen, "seen", line["seen"], seen_sources, warnings); !s.ok())
    return s;
  if (line["documents"].empty()) {
    std::string message = "no documents to summarize";
    if (!warnings.empty()) message += " (" + warnings.front() + ")";
    return Status::InputError(message);
  }
  if (request.query) line["query"] = {{"title", *request.query}, {"narrative", ""}};
  const std::string bytes = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  Result<ReadResult> read = ParseBytes(bytes, kInputName, InputFormat::kJsonl);
  if (!read.ok()) return read.status();
  for (std::string& w : read->warnings) warnings.push_back(std::move(w));
  Cluster cluster = std::move(read->clusters.at(0));
  RestoreSources(cluster.documents, document_sources);
  RestoreSources(cluster.seen, seen_sources);
  return cluster;
}

// A summary as Python sees it: the library's Summary, how to render it, and
// the reader's warnings (which the CLI prints on stderr, not in its JSON).
struct PySummary {
  Summary summary;
  bool explain = false;
  Warnings read_warnings;

  std::string Rendered(OutputFormat format) const {
    return Render(summary, format, {.explain = explain});
  }
};

// Summarizer options from keyword arguments (None: the default).
SummarizeOptions OptionsFrom(const py::object& words, const py::object& bytes,
                             const py::object& sentences, const py::object& fill,
                             const py::object& method, const py::object& order,
                             const py::object& language, const py::object& time_limit,
                             const py::object& explain) {
  SummarizeOptions options;
  int budgets = !words.is_none() + !bytes.is_none() + !sentences.is_none();
  if (budgets > 1) throw py::value_error("give at most one of words, bytes and sentences");
  const std::size_t max = Budget::kMaxLimit;
  if (!bytes.is_none()) {
    options.budget.unit = Budget::Unit::kBytes;
    options.budget.limit = AsCount(bytes, "bytes", max);
  } else if (!sentences.is_none()) {
    options.budget.unit = Budget::Unit::kSentences;
    options.budget.limit = AsCount(sentences, "sentences", max);
  } else if (!words.is_none()) {
    options.budget.limit = AsCount(words, "words", max);
  }
  if (!fill.is_none()) options.budget.fill = AsBool(fill, "fill");
  if (!method.is_none()) options.method = AsString(method, "method");
  if (!order.is_none()) {
    std::string name = AsString(order, "order");
    if (name == "relevance")
      options.order = Order::kRelevance;
    else if (name != "chronological")
      throw py::value_error("unknown order '" + name + "' (choose from: chronological, relevance)");
  }
  if (!language.is_none()) options.language = AsString(language, "language");
  if (!time_limit.is_none()) {
    double seconds = AsNumber(time_limit, "time_limit");
    if (!(seconds >= 0 && seconds <= SummarizeOptions::kMaxTimeLimitSeconds))
      throw py::value_error(
          "time_limit must be from 0 to " +
          std::to_string(static_cast<int>(SummarizeOptions::kMaxTimeLimitSeconds)) + " seconds");
    options.time_limit_seconds = seconds;
  }
  if (!explain.is_none()) options.explain = AsBool(explain, "explain");
  return options;
}

// precis.Summarizer: options checked once, then summarize() any number of
// times, from any number of threads (the library's Summarizer is immutable).
class PySummarizer {
 public:
  explicit PySummarizer(const SummarizeOptions& options) {
    Result<Summarizer> created = Summarizer::Create(options);
    if (!created.ok()) Raise(created.status());
    summarizer_ = std::make_shared<Summarizer>(std::move(created).value());
  }

  PySummary Summarize(const py::object& documents, const py::object& query,
                      const py::object& seen) const {
    Request request = ReadRequest(documents, query, seen);
    std::optional<Result<Summary>> result;
    PySummary out;
    {
      py::gil_scoped_release release;
      Result<Cluster> cluster = MakeCluster(request, out.read_warnings);
      result = cluster.ok() ? summarizer_->Summarize(*cluster) : Result<Summary>(cluster.status());
    }
    if (!result->ok()) Raise(result->status());
    out.summary = std::move(*result).value();
    out.explain = summarizer_->options().explain;
    return out;
  }

  const SummarizeOptions& options() const { return summarizer_->options(); }
  bool honours_query() const { return summarizer_->honours_query(); }

 private:
  std::shared_ptr<const Summarizer> summarizer_;
};

// A timeline as Python sees it (see PySummary).
struct PyTimeline {
  Timeline timeline;
  Warnings read_warnings;

  std::string Rendered(OutputFormat format) const { return Render(timeline, format); }
};

PyTimeline MakeTimeline(const py::object& documents, const py::object& dates,
                        const py::object& sentences_per_date, const py::object& query,
                        const py::object& language, const py::object& since,
                        const py::object& until) {
  TimelineOptions options;
  if (!dates.is_none()) options.dates = AsCount(dates, "dates", TimelineOptions::kMaxDates);
  if (!sentences_per_date.is_none())
    options.sentences_per_date =
        AsCount(sentences_per_date, "sentences_per_date", TimelineOptions::kMaxSentencesPerDate);
  if (!language.is_none()) options.language = AsString(language, "language");
  if (!since.is_none()) options.from = AsString(since, "since");
  if (!until.is_none()) options.until = AsString(until, "until");
  if (Status s = CheckTimelineOptions(options); !s.ok()) Raise(s);
  // The query goes into the cluster, where the reader cleans it as the CLI's --query.
  Request request = ReadRequest(documents, query, py::none());
  std::optional<Result<Timeline>> result;
  PyTimeline out;
  {
    py::gil_scoped_release release;
    Result<Cluster> cluster = MakeCluster(request, out.read_warnings);
    result = cluster.ok() ? BuildTimeline(*cluster, options) : Result<Timeline>(cluster.status());
  }
  if (!result->ok()) Raise(result->status());
  out.timeline = std::move(*result).value();
  return out;
}

// The figures of documents, as the JSON of `precis figures --format json`
// gives them: a list of dicts.
py::object MakeFigures(const py::object& documents, const py::object& query,
                       const py::object& language) {
  FigureOptions options;
  if (!language.is_none()) options.language = AsString(language, "language");
  if (Status s = CheckFigureOptions(options); !s.ok()) Raise(s);
  Request request = ReadRequest(documents, query, py::none());
  std::optional<Result<Figures>> result;
  Warnings read_warnings;
  {
    py::gil_scoped_release release;
    Result<Cluster> cluster = MakeCluster(request, read_warnings);
    result = cluster.ok() ? BuildFigures(*cluster, options) : Result<Figures>(cluster.status());
  }
  if (!result->ok()) Raise(result->status());
  py::object parsed =
      py::module_::import("json").attr("loads")(Render(result->value(), OutputFormat::kJson));
  return parsed["figures"];
}

// A peer or reference for ROUGE: a list of sentences, or a str of lines.
std::vector<std::string> RougeSentences(const py::handle& value, const std::string& what) {
  std::vector<std::string> sentences;
  if (py::isinstance<py::str>(value)) {
    std::string text = Utf8(value);
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      sentences.push_back(text.substr(start, end - start));
      start = end + 1;
    }
    return sentences;
  }
  if (!py::isinstance<py::list>(value) && !py::isinstance<py::tuple>(value))
    RaiseType(what, "a str or a list of str", value);
  std::size_t k = 0;
  for (const py::handle item : py::reinterpret_borrow<py::iterable>(value))
    sentences.push_back(AsString(item, what + "[" + std::to_string(k++) + "]"));
  return sentences;
}

py::dict Rouge(const py::object& peer, const py::object& references, int n, bool stem,
               bool stopwords, int words, int bytes, double alpha, bool best, bool lcs,
               const py::object& w, const py::object& skip, bool skip_unigrams) {
  RougeOptions options;
  options.max_ngram = n;
  options.stem = stem;
  options.remove_stopwords = stopwords;
  options.word_limit = words;
  options.byte_limit = bytes;
  options.alpha = alpha;
  options.best_model = best;
  options.lcs = lcs;
  if (!w.is_none()) options.wlcs_weight = AsNumber(w, "w");
  if (!skip.is_none()) {
    if (!py::isinstance<py::int_>(skip)) RaiseType("skip", "an int", skip);
    options.skip_distance = skip.cast<int>();
  }
  options.skip_unigrams = skip_unigrams;
  if (Status s = ValidateRougeOptions(options); !s.ok()) Raise(s);
  std::vector<std::string> peer_sentences = RougeSentences(peer, "peer");
  std::vector<std::vector<std::string>> models;
  if (py::isinstance<py::str>(references)) {
    models.push_back(RougeSentences(references, "references"));
  } else {
    if (!py::isinstance<py::list>(references) && !py::isinstance<py::tuple>(references))
      RaiseType("references", "a list of references", references);
    std::size_t k = 0;
    for (const py::handle r : py::reinterpret_borrow<py::iterable>(references))
      models.push_back(RougeSentences(r, "references[" + std::to_string(k++) + "]"));
  }
  if (models.empty()) throw py::value_error("references must hold at least one reference");
  std::optional<Result<std::vector<RougeMetricScore>>> scores;
  {
    py::gil_scoped_release release;
    scores = RougeScorePeer(peer_sentences, models, options);
  }
  if (!scores->ok()) Raise(scores->status());
  py::dict out;
  for (const RougeMetricScore& m : scores->value()) out[py::str(m.metric)] = py::cast(m.score);
  return out;
}

constexpr const char* kModuleDoc = R"(Multi-document news summarization with citations.

    import precis
    summary = precis.summarize(["First article ...", "Second article ..."], words=60)
    for s in summary.sentences:
        print(s.text, "--", s.document, s.start, s.end)

A document is a str (an article, read as `precis summarize` reads a text
file: blank lines separate paragraphs, a short first line is the headline) or
a dict with "text" (the body, paragraphs separated by blank lines) or "html"
(a page, str or bytes) and optionally "id", "title", "date" (ISO 8601) and
"source". Errors: ValueError for bad
options, precis.InputError (a ValueError) for bad input, TypeError for
arguments of the wrong type.)";

constexpr const char* kSummarizeDoc = R"(Summarizes documents about one story.

documents: list of str (an article, read as a text file is) or dict ("text"
    or "html"; "id", "title", "date", "source"). HTML is read as `precis
    summarize` reads a page: the article body, title and date from the
    metadata. Ids default to the position ("0", "1", ...).
words / bytes / sentences: the length budget (one of them; default 100 words).
method: one of precis.methods(), or "default".
query: focus the summary on this question or topic (methods that do not
    honour it say so in the warnings).
seen: documents already read (same forms): summarize what `documents` add.
order: "chronological" (by date, then position) or "relevance".
explain: keep what the cleaner removed in Summary.removed.
fill: cut the last sentence so the summary uses the budget exactly.
language: a Snowball stemmer language (default "english").
time_limit: seconds allowed to the exact ILP solver.

Returns a Summary. Raises ValueError, precis.InputError, TypeError.)";

}  // namespace
}  // namespace precis::python

PYBIND11_MODULE(PRECIS_PYTHON_MODULE_NAME, m) {
  using namespace precis;
  using namespace precis::python;
  m.doc() = kModuleDoc;
  m.attr("__version__") = std::string(Version());
  py::register_exception<python::InputError>(m, "InputError", PyExc_ValueError).doc() =
      "Bad input (no documents, nothing left to summarize, no sentence fitting the "
      "budget, input beyond a limit). A ValueError.";

  py::class_<Document>(m, "Document", "A cleaned document; citations point into its text.")
      .def_readonly("id", &Document::id)
      .def_readonly("title", &Document::title)
      .def_readonly("date", &Document::date)
      .def_readonly("source", &Document::source)
      .def_readonly("text", &Document::text)
      .def("__repr__", [](const Document& d) {
        return "<precis.Document " + py::repr(py::str(d.id)).cast<std::string>() + ">";
      });

  py::class_<Citation>(m, "Citation", "A place in a cleaned document (offsets in code points).")
      .def_property_readonly("document", [](const Citation& c) { return c.doc_id; })
      .def_readonly("document_index", &Citation::document)
      .def_readonly("sentence", &Citation::sentence)
      .def_readonly("start", &Citation::start)
      .def_readonly("end", &Citation::end)
      .def("__repr__", [](const Citation& c) {
        return "<precis.Citation " + py::repr(py::str(c.doc_id)).cast<std::string>() +
               " sentence " + std::to_string(c.sentence) + " [" + std::to_string(c.start) + ":" +
               std::to_string(c.end) + "]>";
      });

  py::class_<SummarySentence>(
      m, "Sentence", "A summary sentence: exactly documents[document_index].text[start:end].")
      .def_readonly("text", &SummarySentence::text)
      .def_property_readonly("document", [](const SummarySentence& s) { return s.source.doc_id; })
      .def_property_readonly("document_index",
                             [](const SummarySentence& s) { return s.source.document; })
      .def_property_readonly("sentence", [](const SummarySentence& s) { return s.source.sentence; })
      .def_property_readonly("start", [](const SummarySentence& s) { return s.source.start; })
      .def_property_readonly("end", [](const SummarySentence& s) { return s.source.end; })
      .def_readonly("score", &SummarySentence::score)
      .def_readonly("truncated", &SummarySentence::truncated)
      .def_readonly("also_in", &SummarySentence::also_in,
                    "Near-duplicates of the sentence in other documents (Citations).")
      .def("__str__", [](const SummarySentence& s) { return s.text; })
      .def("__repr__", [](const SummarySentence& s) {
        return "<precis.Sentence " + py::repr(py::str(s.text)).cast<std::string>() + ">";
      });

  py::class_<Removal>(m, "Removal", "A piece of input removed as boilerplate, and why.")
      .def_property_readonly("document", [](const Removal& r) { return r.doc_id; })
      .def_readonly("text", &Removal::text)
      .def_readonly("reason", &Removal::reason)
      .def("__repr__", [](const Removal& r) {
        return "<precis.Removal " + py::repr(py::str(r.reason)).cast<std::string>() + " " +
               py::repr(py::str(r.text)).cast<std::string>() + ">";
      });

  py::class_<DocumentStats>(m, "DocumentStats", "What cleaning and splitting found in a document.")
      .def_property_readonly("document", [](const DocumentStats& s) { return s.doc_id; })
      .def_readonly("input_chars", &DocumentStats::input_chars)
      .def_readonly("cleaned_chars", &DocumentStats::cleaned_chars)
      .def_readonly("sentences", &DocumentStats::sentences)
      .def_readonly("words", &DocumentStats::words)
      .def_readonly("removed", &DocumentStats::removed)
      .def_readonly("duplicates", &DocumentStats::duplicates);

  py::class_<PySummary>(m, "Summary",
                        "A summary: sentences with citations into the cleaned documents.")
      .def_property_readonly("sentences", [](const PySummary& s) { return s.summary.sentences; })
      .def_property_readonly("documents", [](const PySummary& s) { return s.summary.documents; })
      .def_property_readonly("stats", [](const PySummary& s) { return s.summary.stats; })
      .def_property_readonly(
          "removed", [](const PySummary& s) { return s.summary.removed; },
          "What the cleaner removed (with explain=True; else empty).")
      .def_property_readonly(
          "warnings",
          [](const PySummary& s) {
            Warnings all = s.read_warnings;
            all.insert(all.end(), s.summary.warnings.begin(), s.summary.warnings.end());
            return all;
          },
          "The reader's warnings (a document skipped), then the summary's.")
      .def_property_readonly("method", [](const PySummary& s) { return s.summary.method; })
      .def_property_readonly("cluster", [](const PySummary& s) { return s.summary.cluster_id; })
      .def(
          "to_json", [](const PySummary& s) { return s.Rendered(OutputFormat::kJson); },
          "The JSON of `precis summarize --format json` (one line, ending with a newline).")
      .def(
          "to_dict",
          [](const PySummary& s) {
            return py::module_::import("json").attr("loads")(s.Rendered(OutputFormat::kJson));
          },
          "to_json() as Python values.")
      .def(
          "to_text", [](const PySummary& s) { return s.Rendered(OutputFormat::kText); },
          "One sentence per line, as `precis summarize` prints.")
      .def(
          "to_markdown", [](const PySummary& s) { return s.Rendered(OutputFormat::kMarkdown); },
          "Sentences with numbered citations and a source list.")
      .def("__str__", [](const PySummary& s) { return s.Rendered(OutputFormat::kText); })
      .def("__len__", [](const PySummary& s) { return s.summary.sentences.size(); })
      .def("__repr__", [](const PySummary& s) {
        return "<precis.Summary " + s.summary.method + ", " +
               std::to_string(s.summary.sentences.size()) + " sentences>";
      });

  py::class_<PySummarizer>(m, "Summarizer",
                           "Summarization options checked once; summarize() may be called from "
                           "several threads at once (it releases the GIL).")
      .def(
          py::init([](const py::object& words, const py::object& bytes, const py::object& sentences,
                      const py::object& fill, const py::object& method, const py::object& order,
                      const py::object& language, const py::object& time_limit,
                      const py::object& explain) {
            return PySummarizer(OptionsFrom(words, bytes, sentences, fill, method, order, language,
                                            time_limit, explain));
          }),
          py::kw_only(), py::arg("words") = py::none(), py::arg("bytes") = py::none(),
          py::arg("sentences") = py::none(), py::arg("fill") = false, py::arg("method") = "default",
          py::arg("order") = "chronological", py::arg("language") = "english",
          py::arg("time_limit") = 0.5, py::arg("explain") = false)
      .def("summarize", &PySummarizer::Summarize, py::arg("documents"), py::kw_only(),
           py::arg("query") = py::none(), py::arg("seen") = py::none(),
           "Summarizes documents (see precis.summarize).")
      .def_property_readonly("method", [](const PySummarizer& s) { return s.options().method; })
      .def_property_readonly("honours_query", &PySummarizer::honours_query,
                             "Whether the method focuses the summary on a query.");

  m.def(
      "summarize",
      [](const py::object& documents, const py::object& words, const py::object& method,
         const py::object& query, const py::object& seen, const py::object& order,
         const py::object& explain, const py::object& bytes, const py::object& sentences,
         const py::object& fill, const py::object& language, const py::object& time_limit) {
        PySummarizer summarizer(OptionsFrom(words, bytes, sentences, fill, method, order, language,
                                            time_limit, explain));
        return summarizer.Summarize(documents, query, seen);
      },
      kSummarizeDoc, py::arg("documents"), py::arg("words") = py::none(),
      py::arg("method") = "default", py::arg("query") = py::none(), py::arg("seen") = py::none(),
      py::arg("order") = "chronological", py::arg("explain") = false, py::kw_only(),
      py::arg("bytes") = py::none(), py::arg("sentences") = py::none(), py::arg("fill") = false,
      py::arg("language") = "english", py::arg("time_limit") = 0.5);

  py::class_<TimelineSentence>(m, "TimelineSentence",
                               "A sentence of a timeline entry, with its citation.")
      .def_readonly("text", &TimelineSentence::text)
      .def_property_readonly("document", [](const TimelineSentence& s) { return s.source.doc_id; })
      .def_property_readonly("document_index",
                             [](const TimelineSentence& s) { return s.source.document; })
      .def_property_readonly("sentence",
                             [](const TimelineSentence& s) { return s.source.sentence; })
      .def_property_readonly("start", [](const TimelineSentence& s) { return s.source.start; })
      .def_property_readonly("end", [](const TimelineSentence& s) { return s.source.end; })
      .def_readonly("score", &TimelineSentence::score)
      .def("__str__", [](const TimelineSentence& s) { return s.text; });

  py::class_<TimelineEntry>(m, "TimelineEntry", "A date (YYYY-MM-DD) and what happened that day.")
      .def_readonly("date", &TimelineEntry::date)
      .def_readonly("sentences", &TimelineEntry::sentences)
      .def("__repr__", [](const TimelineEntry& e) {
        return "<precis.TimelineEntry " + e.date + ", " + std::to_string(e.sentences.size()) +
               " sentences>";
      });

  py::class_<PyTimeline>(m, "Timeline", "Dated entries with cited sentences, in date order.")
      .def_property_readonly("entries", [](const PyTimeline& t) { return t.timeline.entries; })
      .def_property_readonly("documents", [](const PyTimeline& t) { return t.timeline.documents; })
      .def_property_readonly(
          "warnings",
          [](const PyTimeline& t) {
            Warnings all = t.read_warnings;
            all.insert(all.end(), t.timeline.warnings.begin(), t.timeline.warnings.end());
            return all;
          },
          "The reader's warnings, then the timeline's.")
      .def_property_readonly("cluster", [](const PyTimeline& t) { return t.timeline.cluster_id; })
      .def(
          "to_json", [](const PyTimeline& t) { return t.Rendered(OutputFormat::kJson); },
          "The JSON of `precis timeline --format json`.")
      .def(
          "to_dict",
          [](const PyTimeline& t) {
            return py::module_::import("json").attr("loads")(t.Rendered(OutputFormat::kJson));
          },
          "to_json() as Python values.")
      .def("to_text", [](const PyTimeline& t) { return t.Rendered(OutputFormat::kText); })
      .def("to_markdown", [](const PyTimeline& t) { return t.Rendered(OutputFormat::kMarkdown); })
      .def("__str__", [](const PyTimeline& t) { return t.Rendered(OutputFormat::kText); })
      .def("__len__", [](const PyTimeline& t) { return t.timeline.entries.size(); })
      .def("__repr__", [](const PyTimeline& t) {
        return "<precis.Timeline " + std::to_string(t.timeline.entries.size()) + " dates>";
      });

  m.def("timeline", &MakeTimeline, R"(The story as dated entries, as `precis timeline` gives it.

documents: as for summarize() (give articles their "date": relative dates
    such as "on Monday" are resolved against it).
dates: at most this many dates (default 10); sentences_per_date: at most
    this many sentences for each (default 2).
query: favour sentences on a question or topic.
since / until: only days from / up to these dates (YYYY-MM-DD).
language: a Snowball language (time expressions are read in English).

Returns a Timeline. Raises ValueError, precis.InputError, TypeError.)",
        py::arg("documents"), py::kw_only(), py::arg("dates") = py::none(),
        py::arg("sentences_per_date") = py::none(), py::arg("query") = py::none(),
        py::arg("language") = py::none(), py::arg("since") = py::none(),
        py::arg("until") = py::none());

  m.def("figures", &MakeFigures,
        R"(How many: the figures of documents, as `precis figures` gives them.

documents: as for summarize() (give articles their "date": a figure is dated
    by the day its sentence names, else its article's date).
query: only figures stated in sentences on a question or topic.
language: a Snowball language (numbers are read in English).

Returns a list of dicts {"what", "unit", "values": [{"value", "text",
"mention", "date", "document", "sentence", "start", "end"}], "status"}, the
most widely reported first; status is "agree", "differ" or "series". Raises
ValueError, precis.InputError, TypeError.)",
        py::arg("documents"), py::kw_only(), py::arg("query") = py::none(),
        py::arg("language") = py::none());

  m.def("methods", &MethodNames,
        "The summarization methods, in a stable order (\"default\" is also accepted).");
  m.def("default_method", &DefaultMethodName, "The method \"default\" stands for.");

  py::class_<RougeScore>(m, "RougeScore", "Recall, precision and F, rounded as ROUGE prints them.")
      .def_readonly("recall", &RougeScore::recall)
      .def_readonly("precision", &RougeScore::precision)
      .def_readonly("f", &RougeScore::f)
      .def("__repr__", [](const RougeScore& s) {
        return "RougeScore(recall=" + py::repr(py::float_(s.recall)).cast<std::string>() +
               ", precision=" + py::repr(py::float_(s.precision)).cast<std::string>() +
               ", f=" + py::repr(py::float_(s.f)).cast<std::string>() + ")";
      });

  m.def("rouge", &Rouge, R"(ROUGE scores of a peer summary against references, as ROUGE-1.5.5.

peer: a list of sentences, or a str with one sentence per line.
references: a list of references, each like peer.
Options (ROUGE-1.5.5's flag): n (-n, ROUGE-1..n), stem (-m), stopwords (-s),
words (-l) / bytes (-b) limits, alpha (-p), best (-f B instead of -f A),
lcs (ROUGE-L; False is -x), w (-w, ROUGE-W weight), skip (-2, ROUGE-S gap;
-1 for any), skip_unigrams (-u, ROUGE-SU).
Returns {metric name: RougeScore}, e.g. "ROUGE-1", "ROUGE-L", "ROUGE-SU4".)",
        py::arg("peer"), py::arg("references"), py::kw_only(), py::arg("n") = 2,
        py::arg("stem") = false, py::arg("stopwords") = false, py::arg("words") = 0,
        py::arg("bytes") = 0, py::arg("alpha") = 0.5, py::arg("best") = false,
        py::arg("lcs") = true, py::arg("w") = py::none(), py::arg("skip") = py::none(),
        py::arg("skip_unigrams") = false);
}
