"""Tests of the Python module `precis` (run by ctest with PYTHONPATH=<build>/python).

Plain unittest, so that they run without pip packages; pytest runs them too.
PRECIS_BINARY (the built `precis`) and PRECIS_SOURCE_DIR come from ctest; the
tests that need them are skipped without them.
"""

import json
import os
import pathlib
import subprocess
import tempfile
import threading
import unittest

import precis

SOURCE_DIR = pathlib.Path(os.environ.get("PRECIS_SOURCE_DIR", pathlib.Path(__file__).parents[2]))
BINARY = os.environ.get("PRECIS_BINARY")
EXAMPLE = SOURCE_DIR / "examples" / "harbor-bridge"

OLD = ("The city closed the harbor bridge on Tuesday after inspectors found cracks in two steel "
       "supports.\n\nTraffic was sent through the tunnel while engineers studied the damage.\n")
NEW = ("The city closed the harbor bridge on Tuesday after inspectors found cracks in two steel "
       "supports.\n\nThe council voted on Friday to spend four million dollars on new steel "
       "beams for the bridge.\n\nTraffic was sent through the tunnel while engineers studied "
       "the damage.\n")

PAGE = """<!doctype html><html><head><title>Bridge closes | Coastal Herald</title>
<meta property="og:site_name" content="Coastal Herald">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge closes</h1>
<p>The harbor bridge closed on Monday after engineers found cracks in a main cable.</p>
<p>Repairs will take six weeks, officials said on Monday evening.</p></article>
<footer>Copyright 2024</footer></body></html>"""


def example_texts():
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]


def run_cli(*args):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, check=False)


class SummarizeTest(unittest.TestCase):
    def test_strings_are_read_as_text_files(self):
        summary = precis.summarize(example_texts(), words=60)
        self.assertIsInstance(summary, precis.Summary)
        self.assertGreater(len(summary.sentences), 0)
        self.assertEqual(summary.method, precis.default_method())
        self.assertEqual([d.id for d in summary.documents], ["0", "1", "2", "3"])
        for s in summary.sentences:
            document = summary.documents[s.document_index]
            self.assertEqual(s.document, document.id)
            self.assertEqual(document.text[s.start:s.end], s.text)
            self.assertIsInstance(s.score, float)
            self.assertIsInstance(s.sentence, int)
            for c in s.also_in:
                self.assertIsInstance(c, precis.Citation)
                self.assertNotEqual(c.document, s.document)
        self.assertEqual(str(summary), "".join(s.text + "\n" for s in summary.sentences))
        self.assertEqual(len(summary), len(summary.sentences))
        self.assertLessEqual(sum(len(s.text.split()) for s in summary.sentences), 60)

    def test_dicts_keep_their_fields(self):
        documents = [{"id": "a", "title": "Old news", "date": "2024-03-01", "source": "Gazette",
                      "text": OLD},
                     {"id": 7, "date": "2024-03-02", "text": NEW, "title": None}]
        summary = precis.summarize(documents, words=40)
        a, b = summary.documents
        self.assertEqual((a.id, a.title, a.date, a.source), ("a", "Old news", "2024-03-01",
                                                             "Gazette"))
        self.assertEqual((b.id, b.title, b.date, b.source), ("7", "", "2024-03-02", ""))

    def test_html_is_read_like_an_html_file(self):
        for page in (PAGE, PAGE.encode("utf-8")):
            summary = precis.summarize([{"id": "herald", "html": page}], words=20)
            document = summary.documents[0]
            self.assertEqual(document.id, "herald")
            self.assertEqual(document.source, "Coastal Herald")
            self.assertTrue(document.date.startswith("2024-03-05"), document.date)
            self.assertNotIn("Home", document.text)
            self.assertNotIn("Copyright", document.text)
            self.assertIn("cracks in a main cable", summary.sentences[0].text)
        given = precis.summarize([{"html": PAGE, "title": "Mine", "source": "wire"}], words=20)
        self.assertEqual((given.documents[0].title, given.documents[0].source), ("Mine", "wire"))

    def test_a_page_without_text_is_skipped_with_a_warning(self):
        summary = precis.summarize(["", {"html": "<html><body><nav>Home</nav></body></html>"},
                                    NEW], words=20)
        self.assertEqual([d.id for d in summary.documents], ["2"])
        self.assertEqual(summary.warnings, ["documents[0]: no article text, skipped",
                                            "documents[1]: no article text, skipped"])
        # The JSON is the summary's, as the CLI prints it: the reader's warnings go elsewhere.
        self.assertEqual(summary.to_dict()["warnings"], [])

    def test_query(self):
        killed = "How many people were killed?"
        texts = example_texts()
        self.assertTrue(precis.Summarizer(method="coverage").honours_query)
        self.assertFalse(precis.Summarizer(method="lead").honours_query)
        focused = precis.summarize(texts, words=40, query=killed)
        self.assertEqual(focused.warnings, [])
        ignored = precis.summarize(texts, words=40, method="lead", query=killed)
        self.assertEqual(len(ignored.warnings), 1)
        self.assertIn("ignores the query", ignored.warnings[0])

    def test_seen_gives_what_is_new(self):
        plain = precis.summarize([NEW], words=20)
        self.assertIn("closed the harbor bridge", str(plain))
        update = precis.summarize([NEW], words=20, seen=[OLD])
        self.assertEqual(str(update), "The council voted on Friday to spend four million "
                                      "dollars on new steel beams for the bridge.\n")
        self.assertEqual([d.id for d in update.documents], ["0"])
        with self.assertRaisesRegex(precis.InputError, "nothing new to summarize"):
            precis.summarize([OLD], seen=[{"text": OLD}])

    def test_explain_lists_what_was_removed(self):
        page = {"html": PAGE.replace("<p>Repairs", "<p>Subscribe to our newsletter for more "
                                     "stories like this.</p><p>Repairs")}
        texts = example_texts()
        plain = precis.summarize(texts + [page])
        self.assertEqual(plain.removed, [])
        self.assertNotIn("removed", plain.to_dict())
        explained = precis.summarize(texts + [page], explain=True)
        self.assertGreater(len(explained.removed), 0)
        for r in explained.removed:
            self.assertIsInstance(r, precis.Removal)
            self.assertTrue(r.reason)
        self.assertEqual(len(explained.to_dict()["removed"]), len(explained.removed))

    def test_order_and_budgets(self):
        texts = example_texts()
        relevance = precis.summarize(texts, words=80, order="relevance")
        scores = [s.score for s in relevance.sentences]
        self.assertEqual(scores, sorted(scores, reverse=True))
        self.assertEqual(len(precis.summarize(texts, sentences=1).sentences), 1)
        self.assertLessEqual(len(str(precis.summarize(texts, bytes=400)).encode()), 400 + 10)
        filled = precis.summarize(texts, words=30, fill=True)
        self.assertEqual(sum(len(s.text.split()) for s in filled.sentences), 30)

    def test_every_method(self):
        texts = example_texts()
        self.assertIn("coverage", precis.methods())
        self.assertEqual(precis.default_method(), "coverage")
        for method in precis.methods():
            summary = precis.summarize(texts, words=50, method=method)
            self.assertEqual(summary.method, method)
            self.assertGreater(len(summary.sentences), 0, method)

    def test_renderings(self):
        summary = precis.summarize(example_texts(), words=50)
        self.assertTrue(summary.to_json().endswith("}\n"))
        self.assertEqual(summary.to_dict(), json.loads(summary.to_json()))
        self.assertEqual(summary.to_text(), str(summary))
        self.assertIn("[1]", summary.to_markdown())
        self.assertIn("coverage", repr(summary))

    def test_version(self):
        self.assertRegex(precis.__version__, r"^\d+\.\d+\.\d+$")


@unittest.skipUnless(BINARY, "PRECIS_BINARY not set")
class SameAsTheCommandLineTest(unittest.TestCase):
    def test_version(self):
        self.assertEqual(run_cli("--version").stdout, f"precis {precis.__version__}\n")

    def test_json_equals_the_cli_for_a_jsonl_cluster(self):
        documents = [{"id": f"d{k}", "title": f"Title {k}", "date": f"2024-03-0{k + 1}",
                      "source": "wire", "text": text}
                     for k, text in enumerate(example_texts())]
        seen = [{"id": "old", "source": "wire", "text": OLD}]
        query = "What happened to the bridge?"
        for options, flags in [({}, []),
                               ({"method": "mmr", "words": 40}, ["--method", "mmr", "-w", "40"]),
                               ({"explain": True, "order": "relevance"},
                                ["--explain", "--order", "relevance"])]:
            with tempfile.TemporaryDirectory() as tmp:
                path = pathlib.Path(tmp) / "cluster.jsonl"
                line = {"id": "cluster", "documents": documents, "seen": seen,
                        "query": {"title": query, "narrative": ""}}
                path.write_text(json.dumps(line) + "\n", encoding="utf-8")
                cli = run_cli("summarize", str(path), "--format", "json", *flags)
                self.assertEqual(cli.returncode, 0, cli.stderr)
            summary = precis.summarize(documents, query=query, seen=seen, **options)
            self.assertEqual(summary.to_json(), cli.stdout, options)

    def test_json_equals_the_cli_for_text_files(self):
        texts = example_texts()
        with tempfile.TemporaryDirectory() as tmp:
            folder = pathlib.Path(tmp) / "cluster"
            folder.mkdir()
            for k, text in enumerate(texts):
                (folder / f"{k}.txt").write_text(text, encoding="utf-8")
            cli = run_cli("summarize", str(folder), "--format", "json", "-w", "70")
            self.assertEqual(cli.returncode, 0, cli.stderr)
        expected = json.loads(cli.stdout)
        for d in expected["documents"]:
            d["source"] = ""  # the CLI's is the file's path
        self.assertEqual(precis.summarize(texts, words=70).to_dict(), expected)


class ErrorTest(unittest.TestCase):
    def test_usage_errors_are_value_errors_with_the_library_message(self):
        with self.assertRaisesRegex(ValueError, "unknown method 'best'") as caught:
            precis.summarize(["Some text."], method="best")
        self.assertNotIsInstance(caught.exception, precis.InputError)
        for budget in (0, -3, 10**7, 10**30):
            with self.assertRaisesRegex(ValueError, "the length budget must be from 1 to"):
                precis.summarize(["Some text."], words=budget)
        with self.assertRaisesRegex(ValueError, "unknown order 'random'"):
            precis.summarize(["Some text."], order="random")
        with self.assertRaisesRegex(ValueError, "at most one of words, bytes and sentences"):
            precis.Summarizer(words=10, sentences=2)
        with self.assertRaisesRegex(ValueError, "time_limit"):
            precis.Summarizer(time_limit=-1)
        with self.assertRaises(ValueError):
            precis.summarize(["Some text."], language="klingon")
        with self.assertRaisesRegex(ValueError, "unknown key 'body'"):
            precis.summarize([{"body": "x"}])
        with self.assertRaisesRegex(ValueError, 'needs either "text" or "html" \\(not both\\)'):
            precis.summarize([{"text": "x", "html": "<p>x</p>"}])
        with self.assertRaisesRegex(ValueError, 'documents\\[0\\] needs either'):
            precis.summarize([{"id": "x"}])

    def test_input_errors(self):
        self.assertTrue(issubclass(precis.InputError, ValueError))
        with self.assertRaisesRegex(precis.InputError, "no documents to summarize"):
            precis.summarize([])
        with self.assertRaises(precis.InputError):
            precis.summarize(["   "])
        with self.assertRaisesRegex(precis.InputError, "no sentence fits in the budget"):
            precis.summarize(["A sentence that is far longer than the budget of words allows."],
                             words=3)
        with self.assertRaisesRegex(precis.InputError, "contains a control character"):
            precis.summarize([{"id": "a\nb", "text": "Some text here."}])

    def test_type_errors(self):
        cases = [
            (lambda: precis.summarize("just one string"), "documents must be a list"),
            (lambda: precis.summarize(None), "documents must be a list"),
            (lambda: precis.summarize([3]), r"documents\[0\] must be a str or a dict, not int"),
            (lambda: precis.summarize([{"text": 3}]), r"documents\[0\]\['text'\] must be a str"),
            (lambda: precis.summarize([{"text": "x", "id": 1.5}]), r"\['id'\] must be a str or"),
            (lambda: precis.summarize([{"html": 3}]), r"\['html'\] must be a str or bytes"),
            (lambda: precis.summarize(["x"], words="100"), "words must be an int, not str"),
            (lambda: precis.summarize(["x"], words=True), "words must be an int, not bool"),
            (lambda: precis.summarize(["x"], method=3), "method must be a str, not int"),
            (lambda: precis.summarize(["x"], query=["q"]), "query must be a str, not list"),
            (lambda: precis.summarize(["x"], seen="old"), "seen must be a list"),
            (lambda: precis.summarize(["x"], explain="yes"), "explain must be a bool"),
            (lambda: precis.rouge(3, ["a"]), "peer must be a str or a list of str"),
            (lambda: precis.rouge(["a"], [["b", 3]]), r"references\[0\]\[1\] must be a str"),
        ]
        for call, message in cases:
            with self.assertRaisesRegex(TypeError, message):
                call()

    def test_strings_python_cannot_encode(self):
        with self.assertRaises(UnicodeError):
            precis.summarize(["A lone surrogate \ud800 here."])


class SummarizerTest(unittest.TestCase):
    def test_threads_give_the_same_summaries(self):
        texts = example_texts()
        summarizer = precis.Summarizer(words=60, method="coverage")
        self.assertEqual(summarizer.method, "coverage")
        expected = summarizer.summarize(texts).to_json()
        results, errors = [], []

        def work():
            try:
                for _ in range(5):
                    results.append(summarizer.summarize(texts).to_json())
            except Exception as e:  # noqa: BLE001 -- reported by the assertion below
                errors.append(e)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(results, [expected] * 20)
        self.assertEqual(precis.summarize(texts, words=60).to_json(), expected)

    def test_the_gil_is_released_while_summarizing(self):
        # A thread counting in Python makes progress while another summarizes.
        texts = example_texts() * 30
        summarizer = precis.Summarizer(words=100)
        ticks, done = [0], threading.Event()

        def count():
            while not done.is_set():
                ticks[0] += 1

        counter = threading.Thread(target=count)
        counter.start()
        try:
            before = ticks[0]
            summarizer.summarize(texts)
            during = ticks[0] - before
        finally:
            done.set()
            counter.join()
        self.assertGreater(during, 1000)

    def test_query_and_seen_per_call(self):
        summarizer = precis.Summarizer(words=20)
        self.assertEqual(str(summarizer.summarize([NEW], seen=[OLD])),
                         str(precis.summarize([NEW], words=20, seen=[OLD])))


STORY = [
    {"id": "a", "date": "2012-03-07", "source": "wire",
     "text": "Cafe owners in Ardal said on Monday that the harbour bridge had collapsed into the "
             "fjord.\n\nNobody was hurt when the bridge fell, the police said on Monday "
             "evening.\n\nDivers searched the water on Tuesday for a missing van."},
    {"id": "b", "date": "2012-03-09", "source": "wire",
     "text": "Engineers warned in 2010 that the bridge was unsafe.\n\nThe harbour bridge "
             "collapsed on 5 March 2012, three days after a storm.\n\nA new bridge will open on "
             "1 June 2013, the council said on Thursday."},
    {"id": "c", "date": "2012-03-12", "source": "wire",
     "text": "The harbour bridge that collapsed on March 5 had not been inspected since 2009, "
             "officials admitted on Saturday.\n\nThe council met on Friday to approve money "
             "for a ferry."},
]


class TimelineTest(unittest.TestCase):
    def test_entries_are_dated_in_order_and_cite_the_cleaned_text(self):
        timeline = precis.timeline(STORY, dates=3, sentences_per_date=2)
        self.assertIsInstance(timeline, precis.Timeline)
        self.assertGreater(len(timeline), 0)
        self.assertLessEqual(len(timeline.entries), 3)
        dates = [e.date for e in timeline.entries]
        self.assertEqual(dates, sorted(dates))
        for entry in timeline.entries:
            self.assertRegex(entry.date, r"^\d{4}-\d{2}-\d{2}$")
            self.assertLessEqual(len(entry.sentences), 2)
            for s in entry.sentences:
                document = timeline.documents[s.document_index]
                self.assertEqual(document.id, s.document)
                self.assertEqual(document.text[s.start:s.end], s.text)
        self.assertEqual(timeline.to_dict(), json.loads(timeline.to_json()))
        self.assertIn(timeline.entries[0].date, str(timeline))
        since = precis.timeline(STORY, since="2012-03-06")
        self.assertTrue(all(e.date >= "2012-03-06" for e in since.entries))

    def test_errors(self):
        with self.assertRaises(ValueError):
            precis.timeline(STORY, dates=0)
        with self.assertRaises(ValueError):
            precis.timeline(STORY, since="March")
        with self.assertRaises(TypeError):
            precis.timeline(STORY, dates="3")
        with self.assertRaises(precis.InputError):
            precis.timeline(["No date is named here at all."])

    @unittest.skipUnless(BINARY, "PRECIS_BINARY not set")
    def test_json_equals_the_cli(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "story.jsonl"
            path.write_text(json.dumps({"id": "cluster", "documents": STORY}) + "\n",
                            encoding="utf-8")
            cli = run_cli("timeline", str(path), "--format", "json", "--dates", "4",
                          "--query", "bridge")
            self.assertEqual(cli.returncode, 0, cli.stderr)
        self.assertEqual(precis.timeline(STORY, dates=4, query="bridge").to_json(), cli.stdout)


FLOOD = [
    {"id": "a", "date": "2014-08-02",
     "text": "Flash floods in the valley killed 12 people on Saturday, police said.\n\n"
             "At least 40 people were injured and taken to hospital."},
    {"id": "b", "date": "2014-08-02",
     "text": "Rescuers said 65 people were injured in the floods, which hit the valley at dawn."},
    {"id": "c", "date": "2014-08-04",
     "text": "The death toll from the floods rose to 31 on Monday, officials said."},
]


class FiguresTest(unittest.TestCase):
    def test_figures_are_grouped_dated_and_cited(self):
        figures = precis.figures(FLOOD)
        self.assertIsInstance(figures, list)
        by_what = {f["what"]: f for f in figures}
        killed = by_what["killed"]
        self.assertEqual(killed["unit"], "people")
        self.assertEqual(killed["status"], "series")
        self.assertEqual([v["value"] for v in killed["values"]], [12, 31])
        self.assertEqual([v["date"] for v in killed["values"]], ["2014-08-02", "2014-08-04"])
        self.assertEqual(by_what["injured"]["status"], "differ")
        for f in figures:
            for v in f["values"]:
                self.assertIn(v["mention"], v["text"])
        self.assertEqual(precis.figures(["Nothing is counted here at all."]), [])
        self.assertEqual([f["what"] for f in precis.figures(FLOOD, query="injured hospital")],
                         ["injured"])

    def test_errors(self):
        with self.assertRaises(ValueError):
            precis.figures(FLOOD, language="klingon")
        with self.assertRaises(precis.InputError):
            precis.figures([])

    @unittest.skipUnless(BINARY, "PRECIS_BINARY not set")
    def test_same_as_the_cli(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "flood.jsonl"
            path.write_text(json.dumps({"id": "cluster", "documents": FLOOD}) + "\n",
                            encoding="utf-8")
            cli = run_cli("figures", str(path), "--format", "json")
            self.assertEqual(cli.returncode, 0, cli.stderr)
        self.assertEqual(precis.figures(FLOOD), json.loads(cli.stdout)["figures"])


class RougeTest(unittest.TestCase):
    def test_identical_texts_score_one(self):
        scores = precis.rouge(["The bridge closed."], [["The bridge closed."]])
        self.assertEqual(list(scores), ["ROUGE-1", "ROUGE-2", "ROUGE-L"])
        for score in scores.values():
            self.assertEqual((score.recall, score.precision, score.f), (1.0, 1.0, 1.0))

    def test_options_and_partial_overlap(self):
        scores = precis.rouge("the cat sat on the mat", ["the cat lay on the mat", "a dog sat"],
                              n=1, stem=True, lcs=False, skip=4, skip_unigrams=True)
        self.assertEqual(list(scores), ["ROUGE-1", "ROUGE-SU4"])
        self.assertGreater(scores["ROUGE-1"].recall, 0)
        self.assertLess(scores["ROUGE-1"].recall, 1)
        with self.assertRaisesRegex(ValueError, "-n"):
            precis.rouge("a", ["a"], n=99)
        with self.assertRaisesRegex(ValueError, "at least one reference"):
            precis.rouge("a", [])


if __name__ == "__main__":
    unittest.main()
