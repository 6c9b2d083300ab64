// The page of `precis serve` in a real browser: Debian's headless Chromium,
// driven over the DevTools protocol on a pipe (--remote-debugging-pipe), so
// nothing but Node's own modules is needed (no npm packages, no browser
// download). Starts precis-serve on a free loopback port, loads the page,
// loads and summarizes the example, clicks a summary sentence and checks that
// the source shows that sentence marked at the offsets of the server's JSON,
// checks the timeline tab likewise, the removed boilerplate (explain), opening
// a JSONL file, then the page at a phone's width. Then the Stories tab: a
// second server on a story store filled by `precis ingest`, its list of
// stories against /v1/stories, a story's cited summary (each citation marked
// in its source), timeline and sources (safe links, text as text). Saves
// screenshots under BUILD/browser/ and checks they are real pictures.
//
// usage: node tests/browser/page_test.mjs PRECIS_SERVE BUILD_DIR [PRECIS]
//        (PRECIS, for `precis ingest`: default precis beside PRECIS_SERVE)
// env:   CHROMIUM (default: chromium on the PATH)
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

const [serveBinary, buildDir, precisArg] = process.argv.slice(2);
if (!serveBinary || !buildDir) {
  console.error("usage: node page_test.mjs PRECIS_SERVE BUILD_DIR");
  process.exit(2);
}
const outDir = path.resolve(buildDir, "browser");
fs.mkdirSync(outDir, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "precis-chromium-"));
const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), "precis-stories-"));
const precisBinary = precisArg || path.join(path.dirname(serveBinary), "precis");
const children = [];

function fail(message) {
  throw new Error(message);
}
function check(condition, message) {
  if (!condition) fail(message);
  console.log("ok   " + message);
}

// The whole test is bounded: a hang fails instead.
const watchdog = setTimeout(() => {
  console.error("FAIL the test took more than 110 s");
  cleanUp();
  process.exit(1);
}, 110_000);

function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of [profile, storeDir]) {
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (e) {
      console.error("note: could not remove " + dir + ": " + e.message);
    }
  }
}

// Sends a request to the server (node:http, not fetch, which Debian 12's Node
// 18 takes from a separate package); its status and parsed JSON answer.
function requestJson(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { "Content-Type": "application/json" };
    const req = http.request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      let data = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (data += chunk));
      res.on("end", () => {
        try {
          resolve({ status: res.statusCode, json: JSON.parse(data) });
        } catch (e) {
          reject(new Error(path + ": not JSON: " + data.slice(0, 200)));
        }
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

const postJson = (port, path, body) => requestJson(port, "POST", path, body);
const getJson = (port, path) => requestJson(port, "GET", path);

// precis-serve on a free port (with `extra` arguments): the port from its "listening on" line.
function startServer(extra = []) {
  const server = spawn(serveBinary, ["--port", "0", "--threads", "4", ...extra], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(server);
  let log = "";
  return new Promise((resolve, reject) => {
    server.stderr.on("data", (chunk) => {
      log += chunk;
      const m = log.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) resolve({ server, port: Number(m[1]), log: () => log });
    });
    server.on("exit", (code) => reject(new Error("precis-serve exited " + code + ": " + log)));
    server.on("error", reject);
  });
}

// The DevTools protocol over Chromium's pipe: fd 3 takes commands, fd 4 gives
// replies and events, each a JSON message ending in a NUL byte.
class DevTools {
  constructor(browser) {
    this.out = browser.stdio[3];
    this.next = 1;
    this.pending = new Map();
    this.waiters = [];
    this.listeners = [];
    let buffer = "";
    browser.stdio[4].on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let end;
      while ((end = buffer.indexOf("\0")) >= 0) {
        const message = JSON.parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 1);
        this.dispatch(message);
      }
    });
  }
  dispatch(message) {
    if (message.id !== undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!p) return;
      if (message.error) p.reject(new Error(p.method + ": " + message.error.message));
      else p.resolve(message.result);
      return;
    }
    for (const l of this.listeners)
      if (l.method === message.method && l.sessionId === message.sessionId) l.handle(message.params);
    this.waiters = this.waiters.filter((w) => {
      if (w.method !== message.method || w.sessionId !== message.sessionId) return true;
      w.resolve(message.params);
      return false;
    });
  }
  send(method, params = {}, sessionId = undefined) {
    const id = this.next++;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    this.out.write(JSON.stringify(message) + "\0");
    // No command may hang the test: each is answered within 30 s or fails.
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(method + ": no answer from chromium in 30 s"));
      }, 30_000);
      const done = (f) => (value) => {
        clearTimeout(timer);
        f(value);
      };
      this.pending.set(id, { resolve: done(resolve), reject: done(reject), method });
    });
  }
  event(method, sessionId) {
    return new Promise((resolve) => this.waiters.push({ method, sessionId, resolve }));
  }
}

function startBrowser() {
  const chromium = process.env.CHROMIUM || "chromium";
  const args = [
    "--headless",
    "--remote-debugging-pipe",
    "--user-data-dir=" + profile,
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--mute-audio",
  ];
  // Chromium refuses to run as root without this (CI runs as root in a container).
  if (process.getuid && process.getuid() === 0) args.push("--no-sandbox");
  args.push("about:blank");
  const browser = spawn(chromium, args, { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] });
  children.push(browser);
  let log = "";
  browser.stderr.on("data", (chunk) => (log += chunk));
  browser.on("error", (e) => {
    console.error("FAIL cannot run " + chromium + " (bash scripts/install-deps.sh installs it): " + e.message);
    cleanUp();
    process.exit(1);
  });
  return { browser, log: () => log };
}

async function main() {
  const { port, log: serverLog } = await startServer();
  const origin = "http://127.0.0.1:" + port;
  const { browser, log: browserLog } = startBrowser();
  const cdp = new DevTools(browser);
  browser.on("exit", (code) => {
    if (!finished) {
      console.error("FAIL chromium exited " + code + ":\n" + browserLog().slice(-2000));
      cleanUp();
      process.exit(1);
    }
  });

  const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: true });
  const page = (method, params) => cdp.send(method, params, sessionId);
  await page("Page.enable");
  await page("Runtime.enable");
  const errors = [];
  cdp.listeners.push({
    method: "Runtime.exceptionThrown",
    sessionId,
    handle: (p) => errors.push(p.exceptionDetails.text + " " + JSON.stringify(p.exceptionDetails.exception?.description)),
  });
  await page("Emulation.setDeviceMetricsOverride", {
    width: 1280, height: 900, deviceScaleFactor: 1, mobile: false,
  });

  // Evaluates `expression` in the page (awaiting a promise); its value.
  const evaluate = async (expression) => {
    const r = await page("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails)
      fail("in the page: " + (r.exceptionDetails.exception?.description || r.exceptionDetails.text));
    return r.result.value;
  };
  // Waits (polling, at most `ms`) until `expression` is truthy in the page.
  const waitUntil = async (expression, what, ms = 20_000) => {
    const giveUp = Date.now() + ms;
    for (;;) {
      if (await evaluate(expression)) return;
      if (Date.now() > giveUp) fail("timed out waiting for " + what);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  // A real click: the mouse pressed and released at the middle of the element.
  const click = async (selector) => {
    const box = await evaluate(`(() => {
      const e = document.querySelector(${JSON.stringify(selector)});
      if (!e) return null;
      e.scrollIntoView({block: "center"});
      const r = e.getBoundingClientRect();
      return {x: r.left + r.width / 2, y: r.top + r.height / 2};
    })()`);
    if (!box) fail("no element " + selector);
    for (const type of ["mouseMoved", "mousePressed", "mouseReleased"])
      await page("Input.dispatchMouseEvent", { type, x: box.x, y: box.y, button: "left", clickCount: 1 });
  };
  const screenshot = async (name) => {
    const { data } = await page("Page.captureScreenshot", { format: "png", captureBeyondViewport: false });
    const file = path.join(outDir, name);
    fs.writeFileSync(file, Buffer.from(data, "base64"));
    const bytes = fs.readFileSync(file);
    check(bytes.length > 20_000 && bytes.subarray(1, 4).toString() === "PNG",
      `screenshot ${file} is a PNG of ${bytes.length} bytes (more than 20 KB)`);
  };

  const loaded = cdp.event("Page.loadEventFired", sessionId);
  await page("Page.navigate", { url: origin + "/" });
  await loaded;
  check((await evaluate("document.title")) === "precis", "the page loads (title precis)");
  await waitUntil("document.querySelectorAll('#method option').length > 1", "the methods list");
  await waitUntil("document.body.dataset.stories", "the check for a story store");
  check(await evaluate(`document.body.dataset.stories === "none" && document.getElementById("tab-stories").hidden`),
    "without a story store the Stories tab is hidden");

  await click("#load-example");
  const articles = await evaluate("document.querySelectorAll('#docs .doc').length");
  check(articles === 5, `"Load example" fills in the 5 example articles (got ${articles})`);
  // What the page will send, summarized by this test over HTTP: the expected answer.
  const body = await evaluate("JSON.stringify(request())");
  const response = await postJson(port, "/v1/summarize", body);
  check(response.status === 200, "the page's request is answered 200 over HTTP");
  const expected = response.json;
  check(expected.summary.length >= 2, `the summary has ${expected.summary.length} sentences`);

  await click("#go");
  await waitUntil("document.querySelectorAll('#summary .sent').length > 0", "the summary");
  const shown = await evaluate("[...document.querySelectorAll('#summary .sent')].map((b) => b.firstChild.textContent)");
  check(JSON.stringify(shown) === JSON.stringify(expected.summary.map((s) => s.text)),
    "the page shows the summary sentences of the server's JSON, in order");

  // Click the citation of each summary sentence in turn (the last first, as
  // the first is shown at the start): its source, with it marked.
  const order = [...expected.summary.keys()].reverse();
  for (const i of order) {
    const s = expected.summary[i];
    await click(`#summary li:nth-child(${i + 1}) .sent .cite`);
    const view = await evaluate(`(() => {
      const marks = document.querySelectorAll("#source mark");
      const active = [...document.querySelectorAll("#summary .sent.active")].map((b) => Number(b.dataset.index));
      return {
        marks: marks.length,
        mark: marks.length ? marks[0].textContent : null,
        heading: document.querySelector("#source h3")?.textContent,
        before: marks.length ? [...document.querySelector("#source").childNodes].slice(0, [...document.querySelector("#source").childNodes].indexOf(marks[0])).filter((n) => n.nodeType === 3).map((n) => n.textContent).join("") : null,
        active,
        visible: marks.length ? (() => { const b = document.querySelector("#source").getBoundingClientRect(), r = marks[0].getBoundingClientRect(); return r.top >= b.top - 1 && r.top < b.bottom; })() : false,
      };
    })()`);
    const doc = expected.documents[s.document_index];
    const chars = Array.from(doc.text); // offsets are code points
    const cited = chars.slice(s.start, s.end).join("");
    check(view.marks === 1 && view.mark === cited,
      `sentence ${i + 1}: the source marks exactly characters ${s.start}-${s.end} of ${doc.id}`);
    check(view.mark === s.text || s.truncated, `sentence ${i + 1}: the marked text is the summary sentence`);
    check(view.before === chars.slice(0, s.start).join(""), `sentence ${i + 1}: the text before the mark is the document's`);
    check(view.heading.startsWith("[" + (s.document_index + 1) + "] "), `sentence ${i + 1}: the source heading is document [${s.document_index + 1}]`);
    check(JSON.stringify(view.active) === JSON.stringify([i]), `sentence ${i + 1}: only it is highlighted in the summary`);
    check(view.visible, `sentence ${i + 1}: the mark is scrolled into the source box`);
  }
  // A sentence found in several articles: its copy in another one.
  const withCopy = expected.summary.findIndex((s) => s.also_in.length > 0);
  if (withCopy >= 0) {
    const copy = expected.summary[withCopy].also_in[0];
    await click(`#summary li:nth-child(${withCopy + 1}) .sent`);
    await click("#source .copies button");
    const mark = await evaluate(`document.querySelector("#source mark").textContent`);
    const doc = expected.documents.find((d) => d.id === copy.document);
    check(mark === Array.from(doc.text).slice(copy.start, copy.end).join(""),
      `sentence ${withCopy + 1}: its copy in ${copy.document} is marked there`);
  }
  // Keyboard: tabbing to a sentence shows its source too.
  await evaluate(`document.querySelector("#summary li:nth-child(1) .sent").focus()`);
  const focused = await evaluate(`document.querySelector("#source mark").textContent`);
  check(focused === expected.summary[0].text || expected.summary[0].truncated, "focusing a sentence (keyboard) shows it in its source");
  await click(`#summary li:nth-child(${Math.min(2, expected.summary.length)}) .sent`);
  await screenshot("page.png");

  // The timeline tab: its entries, and a click shows the sentence in its source.
  if (await evaluate(`!!document.getElementById("tab-timeline")`)) {
    await click("#tab-timeline");
    await click("#go-timeline");
    await waitUntil("document.querySelectorAll('#timeline .sent').length > 0", "the timeline");
    const timelineBody = await evaluate("JSON.stringify(timelineRequest())");
    const timeline = await postJson(port, "/v1/timeline", timelineBody);
    check(timeline.status === 200, "the page's timeline request is answered 200 over HTTP");
    const t = timeline.json;
    const dates = await evaluate("[...document.querySelectorAll('#timeline .date')].map((d) => d.textContent)");
    check(JSON.stringify(dates) === JSON.stringify(t.entries.map((e) => e.date)), "the timeline tab shows the dates of /v1/timeline");
    const first = t.entries[0].sentences[0];
    await click("#timeline .sent");
    const mark = await evaluate(`document.querySelector("#source mark")?.textContent`);
    const tdoc = (await evaluate("timelineResult.documents")).find((d) => d.id === first.document);
    check(mark === Array.from(tdoc.text).slice(first.start, first.end).join(""),
      "clicking a timeline sentence marks it in its source");
    await screenshot("timeline.png");
  }

  // Explain: the boilerplate removed from a source is shown with it, with reasons.
  await click("#explain");
  const explained = (await postJson(port, "/v1/summarize", await evaluate("JSON.stringify(request())"))).json;
  check(Array.isArray(explained.removed) && explained.removed.length > 0,
    `with explain the server lists ${explained.removed?.length} removed pieces`);
  await click("#tab-summary");
  await click("#go");
  await waitUntil("!document.querySelector('#go').disabled && document.querySelectorAll('#summary .sent').length > 0", "the explained summary");
  const sentence = explained.summary.findIndex((x) => explained.removed.some((r) => r.document === x.document));
  if (sentence >= 0) {
    await click(`#summary li:nth-child(${sentence + 1}) .sent`);
    const doc = explained.summary[sentence].document;
    const shownRemoved = await evaluate("[...document.querySelectorAll('#source .removed')].map((p) => p.textContent)");
    const expectedRemoved = explained.removed.filter((r) => r.document === doc).map((r) => "removed (" + r.reason + "): " + r.text);
    check(JSON.stringify(shownRemoved) === JSON.stringify(expectedRemoved),
      `the source of sentence ${sentence + 1} shows the ${expectedRemoved.length} pieces removed from ${doc}, with reasons`);
  }

  // Opening a JSONL file adds its articles.
  const jsonl = path.resolve(outDir, "two-articles.jsonl");
  fs.writeFileSync(jsonl, JSON.stringify({ id: "c", documents: [
    { id: "x", date: "2024-05-01", text: "The ferry service resumed on Monday." },
    { id: "y", text: "Ferries ran every twenty minutes." }] }) + "\n");
  const before = await evaluate("document.querySelectorAll('#docs .doc').length");
  const { root } = await page("DOM.getDocument", { depth: 1 });
  const { nodeId } = await page("DOM.querySelector", { nodeId: root.nodeId, selector: "#files" });
  await page("DOM.setFileInputFiles", { nodeId, files: [jsonl] });
  await waitUntil(`document.querySelectorAll('#docs .doc').length === ${before + 2}`, "the opened file's articles");
  const dateShown = await evaluate("document.querySelectorAll('#docs .doc')[" + before + "].querySelector('input[type=date]').value");
  check(dateShown === "2024-05-01", "a JSONL file's articles are added, with their dates");

  // A phone's width: nothing wider than the screen.
  await page("Emulation.setDeviceMetricsOverride", { width: 375, height: 740, deviceScaleFactor: 2, mobile: true });
  await evaluate("document.querySelector('#summary-heading').scrollIntoView()");
  const overflow = await evaluate("document.documentElement.scrollWidth");
  check(overflow <= 375, `at a phone's width (375 px) the page is ${overflow} px wide (no sideways scrolling)`);
  await screenshot("page-phone.png");

  const log = serverLog();
  check(/GET \/ 200 /.test(log) && /POST \/v1\/summarize 200 /.test(log), "the server logged the page's requests");

  const loadEvent = () => cdp.event("Page.loadEventFired", sessionId);
  await storiesView({ page, loadEvent, evaluate, waitUntil, click, screenshot });
  check(errors.length === 0, "no script errors in the page" + (errors.length ? ": " + errors.join("; ") : ""));
  finished = true;
  // Chromium closes, and is waited for (at most 5 s) before its profile is removed.
  const exited = new Promise((resolve) => browser.on("exit", resolve));
  cdp.send("Browser.close").catch(() => {});
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
}

// A story store for the Stories tab, filled by `precis ingest`: the harbor
// bridge example (4 dated articles), a football story of 2 articles and an
// exact copy (its title markup, to be shown as text), and an older story.
function fillStore() {
  const examples = new URL("../../examples/harbor-bridge/", import.meta.url);
  const bridge = fs.readdirSync(examples).filter((f) => f.endsWith(".txt")).sort();
  const lines = bridge.map((f, k) => ({
    id: "bridge-" + (k + 1),
    date: "2024-04-" + String(9 + k).padStart(2, "0"),
    source: f.replace(/^\d+-|\.txt$/g, ""),
    // One article's address is not a web page: it must not become a link.
    url: k === 1 ? "javascript:alert(1)" : "https://news.example/bridge/" + (k + 1),
    text: fs.readFileSync(new URL(f, examples), "utf8"),
  }));
  const match = " The national football team won its qualifying match with two late goals from the young " +
    "striker, a place at next summer's tournament.";
  const first = "The team qualified on Thursday night after a tense evening in the stadium, where the visitors " +
    "led for most of the second half and the coach changed the formation twice before the striker scored " +
    "twice in the last five minutes; the coach thanked the players for their patience." + match;
  const second = "Supporters were still celebrating on Friday morning: thousands of cheering fans filled the " +
    "streets of the capital overnight, buses were rerouted around the main square, and the football " +
    "federation said tickets for the tournament would go on sale to members next month." + match;
  lines.push(
    { id: "football-1", date: "2024-05-02", source: "Sports Desk", url: "https://sport.example/1",
      title: "Late goals send the team to the tournament", text: first },
    { id: "football-2", date: "2024-05-03", source: "Evening Sport", url: "http://sport.example/2",
      title: "Fans celebrate qualification", text: second },
    { id: "football-copy", date: "2024-05-03", source: "Aggregator", url: "https://aggregator.example/2",
      title: "<b>Fans</b> celebrate <img src=x onerror=\"window.pwned=1\">", text: second },
    { id: "library-1", date: "2024-03-01", source: "City News", url: "https://city.example/library",
      title: "The old library reopens",
      text: "The old public library on Market Square reopened on Friday after a two-year renovation that " +
        "restored the reading room, added a children's wing and a cafe, and brought the building's heating " +
        "and wiring up to date; the mayor cut the ribbon before a crowd of readers, and the librarians said " +
        "more than five hundred people joined in the first hour." });
  const jsonl = path.join(storeDir, "articles.jsonl");
  fs.writeFileSync(jsonl, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const store = path.join(storeDir, "news.db");
  const r = spawnSync(precisBinary, ["ingest", "--store", store, jsonl], { encoding: "utf8" });
  check(r.status === 0, `precis ingest fills a store with ${lines.length} articles: ${(r.stderr || "").trim()}`);
  return store;
}

// The Stories tab, on a second server with a store.
async function storiesView({ page, loadEvent, evaluate, waitUntil, click, screenshot }) {
  const store = fillStore();
  const { port } = await startServer(["--store", store]);
  await page("Emulation.setDeviceMetricsOverride", { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false });
  const loaded = loadEvent();
  await page("Page.navigate", { url: "http://127.0.0.1:" + port + "/" });
  await loaded;
  await waitUntil("document.body.dataset.stories", "the check for a story store");
  check(await evaluate(`!document.getElementById("tab-stories").hidden`), "with a story store the page shows a Stories tab");

  // The list: the stories of /v1/stories, latest first.
  await click("#tab-stories");
  const all = (await getJson(port, "/v1/stories?limit=20")).json.stories;
  check(all.length === 3, `the store has 3 stories (got ${all.length})`);
  await waitUntil(`document.querySelectorAll("#stories .story").length === ${all.length}`, "the list of stories");
  check(await evaluate(`document.getElementById("tab-stories").getAttribute("aria-selected") === "true" && !document.getElementById("stories-panel").hidden`),
    "clicking the Stories tab selects it and shows its panel");
  const listed = await evaluate(`[...document.querySelectorAll("#stories .story")].map((b) => ({
    id: b.dataset.id, title: b.querySelector(".title").textContent, meta: b.querySelector(".meta").textContent}))`);
  check(JSON.stringify(listed.map((x) => x.id)) === JSON.stringify(all.map((x) => String(x.id))),
    "the list shows the stories of /v1/stories in its order (latest first)");
  check(listed.every((x, k) => x.title === all[k].title), "each story is listed with its title");
  const football = all.find((x) => x.documents.includes("football-1"));
  check(!!football && football.documents.length === 2 && football.copies.length === 1 && football.sources === 3,
    "the football story has 2 articles and a copy (3 sources)");
  const footballMeta = listed.find((x) => x.id === String(football.id)).meta;
  check(footballMeta === "2024-05-02 – 2024-05-03 · 2 articles, 3 sources",
    `a story's dates and counts are listed ("${footballMeta}")`);
  await screenshot("stories-list.png");
  check(all[0].id === football.id && all[all.length - 1].documents.includes("library-1"), "the newest story is first, the oldest last");

  // "Since": only the stories with articles from that day on.
  await evaluate(`document.getElementById("stories-since").value = "2024-04-01"`);
  await click("#stories-filter button[type=submit]");
  await waitUntil(`document.querySelectorAll("#stories .story").length === 2`, "the stories since 2024-04-01");
  const since = (await getJson(port, "/v1/stories?since=2024-04-01&limit=20")).json.stories.map((x) => String(x.id));
  const sinceShown = await evaluate(`[...document.querySelectorAll("#stories .story")].map((b) => b.dataset.id)`);
  check(JSON.stringify(sinceShown) === JSON.stringify(since), "the since filter lists the stories of /v1/stories?since=");
  check(/since 2024-04-01/.test(await evaluate(`document.getElementById("stories-status").textContent`)), "the status line says what is listed");

  // Paging: one at a time, "More stories" adds the next and moves the keyboard to it.
  await evaluate("loadStories(1)");
  await waitUntil(`document.querySelectorAll("#stories .story").length === 1 && !document.getElementById("stories-more").hidden`, "one story and More");
  await click("#stories-more");
  await waitUntil(`document.querySelectorAll("#stories .story").length === 2`, "the next story");
  check(await evaluate(`document.activeElement === document.querySelectorAll("#stories .story")[1]`),
    "\"More stories\" adds the next story and focuses it");

  // A story: its summary, each citation marked in its source.
  const bridge = all.find((x) => x.documents.includes("bridge-1"));
  await click(`#stories .story[data-id="${bridge.id}"]`);
  await waitUntil(`!document.getElementById("story").hidden && document.querySelectorAll("#story-summary .sent").length > 0`, "the story");
  const full = (await getJson(port, `/v1/stories/${bridge.id}?text=true`)).json;
  check(await evaluate(`document.activeElement.id === "story-title" && document.getElementById("story-title").textContent === ${JSON.stringify(full.title)}`),
    "opening a story shows its title and moves the keyboard focus to it");
  check(/#stories\/\d+$/.test(await evaluate("location.hash")), "the address names the open story (#stories/ID)");
  const shownSummary = await evaluate(`[...document.querySelectorAll("#story-summary .sent")].map((b) => b.firstChild.textContent)`);
  check(shownSummary.length >= 2 && JSON.stringify(shownSummary) === JSON.stringify(full.summary.map((x) => x.text)),
    `the story shows its ${shownSummary.length} summary sentences`);
  const cited = full.articles.filter((a) => !a.duplicate_of);
  for (const i of [...full.summary.keys()].reverse()) {
    const s = full.summary[i];
    await click(`#story-summary li:nth-child(${i + 1}) .sent .cite`);
    const view = await evaluate(`(() => {
      const box = document.getElementById("source"), marks = box.querySelectorAll("mark");
      const nodes = [...box.childNodes];
      return {
        marks: marks.length, mark: marks[0]?.textContent, heading: box.querySelector("h3")?.textContent,
        before: marks.length ? nodes.slice(0, nodes.indexOf(marks[0])).filter((n) => n.nodeType === 3).map((n) => n.textContent).join("") : null,
        cite: document.querySelector("#story-summary li:nth-child(${i + 1}) .cite").textContent,
        active: [...document.querySelectorAll("#story-summary .sent.active")].map((b) => Number(b.dataset.index)),
      };
    })()`);
    const n = cited.findIndex((a) => a.id === s.document);
    const chars = Array.from(cited[n].text);
    check(view.marks === 1 && view.mark === s.text && view.mark === chars.slice(s.start, s.end).join(""),
      `story sentence ${i + 1}: its source ${s.document} marks exactly it`);
    check(view.before === chars.slice(0, s.start).join(""), `story sentence ${i + 1}: the text before the mark is the article's`);
    check(view.cite.startsWith("[" + (n + 1) + "]") && view.heading.startsWith("[" + (n + 1) + "] "),
      `story sentence ${i + 1}: cited as source [${n + 1}], the number of its article in the sources`);
    check(JSON.stringify(view.active) === JSON.stringify([i]), `story sentence ${i + 1}: only it is highlighted`);
  }

  // Its timeline: the dates of the story's JSON, a sentence marked in its source.
  check(full.timeline && full.timeline.entries.length > 0, "the bridge story has a timeline");
  const dates = await evaluate(`[...document.querySelectorAll("#story-timeline .date")].map((d) => d.textContent)`);
  check(JSON.stringify(dates) === JSON.stringify(full.timeline.entries.map((e) => e.date)), "the story shows its timeline's dates");
  const first = full.timeline.entries[0].sentences[0];
  await click("#story-timeline .sent");
  const tdoc = full.timeline.documents.find((d) => d.id === first.document);
  check((await evaluate(`document.querySelector("#source mark")?.textContent`)) === Array.from(tdoc.text).slice(first.start, first.end).join(""),
    "clicking a timeline sentence of the story marks it in its source");

  // Its sources: every article, links only to web pages.
  const sources = await evaluate(`[...document.querySelectorAll("#story-sources li")].map((li) => ({
    id: li.dataset.article, num: li.querySelector(".num")?.textContent, href: li.querySelector("a")?.getAttribute("href") ?? null,
    title: (li.querySelector("a") || li.querySelector(".num + span, span:not(.num):not(.story-meta)"))?.textContent, meta: li.querySelector(".story-meta")?.textContent}))`);
  check(JSON.stringify(sources.map((x) => x.id)) === JSON.stringify(full.articles.map((a) => a.id)), "the story lists its articles as sources");
  check(sources.every((x, k) => x.num === "[" + (k + 1) + "]"), "the sources are numbered as the citations");
  const bad = sources.find((x) => x.id === "bridge-2");
  check(bad.href === null && sources.filter((x) => x.id !== "bridge-2").every((x) => /^https:\/\/news\.example\//.test(x.href)),
    "sources link to their http(s) addresses; a javascript: address is not a link");
  check(sources.every((x) => x.meta && x.meta.includes(full.articles.find((a) => a.id === x.id).date)), "each source shows its date");
  // On a wide screen the source is beside the story, in sight, wherever the story is scrolled.
  await evaluate("window.scrollTo(0, 0)");
  await click("#story-summary li:nth-child(2) .sent");
  const beside = await evaluate(`(() => {
    const s = document.getElementById("source").getBoundingClientRect(), t = document.getElementById("story-summary").getBoundingClientRect();
    return {left: s.left >= t.right, inView: s.top >= 0 && s.top < innerHeight, form: document.getElementById("drop").offsetParent === null};
  })()`);
  check(beside.left && beside.inView, "on a wide screen the source is shown beside the story");
  check(beside.form, "the Stories tab hides the articles form (it is for the Summary and Timeline tabs)");
  await evaluate("window.scrollTo(0, 0)");
  await screenshot("stories.png");

  // Back to the list (the keyboard returns to the story), then the football story and its copy.
  await click("#story-back");
  check(await evaluate(`!document.getElementById("stories-browse").hidden && document.getElementById("story").hidden && document.activeElement.dataset.id === "${bridge.id}"`),
    "\"All stories\" goes back to the list, focus on the story that was open");
  await click(`#stories .story[data-id="${football.id}"]`);
  await waitUntil(`!document.getElementById("story").hidden && document.getElementById("story-title").textContent === ${JSON.stringify(football.title)}`, "the football story");
  const copy = await evaluate(`(() => {
    const li = document.querySelector('#story-sources li[data-article="football-copy"]');
    return {text: li.querySelector("a").textContent, meta: li.querySelector(".story-meta").textContent,
            elements: li.querySelector("a").children.length, pwned: window.pwned === 1};
  })()`);
  check(copy.text === "<b>Fans</b> celebrate <img src=x onerror=\"window.pwned=1\">" && copy.elements === 0 && !copy.pwned,
    "an article's title is shown as text, never as markup");
  check(/copy of football-/.test(copy.meta), `a copy says which article it copies ("${copy.meta}")`);

  // Keyboard: arrow keys move along the tabs, the Stories tab among them.
  await evaluate(`document.getElementById("tab-stories").focus()`);
  await page("Input.dispatchKeyEvent", { type: "keyDown", key: "ArrowRight", code: "ArrowRight", windowsVirtualKeyCode: 39 });
  await page("Input.dispatchKeyEvent", { type: "keyUp", key: "ArrowRight", code: "ArrowRight", windowsVirtualKeyCode: 39 });
  check(await evaluate(`document.activeElement.id === "tab-summary" && !document.getElementById("summary-panel").hidden`),
    "the right arrow on the Stories tab moves to the Summary tab");
  await click("#tab-stories");

  // A phone's width: the story fits.
  await page("Emulation.setDeviceMetricsOverride", { width: 375, height: 740, deviceScaleFactor: 2, mobile: true });
  await evaluate("document.getElementById('story-title').scrollIntoView()");
  const width = await evaluate("document.documentElement.scrollWidth");
  check(width <= 375, `at a phone's width (375 px) the stories view is ${width} px wide (no sideways scrolling)`);
  // There the source is below the story: a click on a citation brings it into sight.
  await click("#story-summary li:nth-child(1) .sent .cite");
  const phoneSource = await evaluate(`(() => {
    const r = document.getElementById("source").getBoundingClientRect();
    return {inView: r.top >= 0 && r.top < innerHeight, mark: document.querySelector("#source mark")?.textContent};
  })()`);
  const footballStory = (await getJson(port, `/v1/stories/${football.id}`)).json;
  check(phoneSource.inView && phoneSource.mark === footballStory.summary[0].text,
    "at a phone's width clicking a story's citation scrolls to its source, the sentence marked");
  await evaluate("document.getElementById('story-title').scrollIntoView()");
  await screenshot("stories-phone.png");
  await click("#story-back");
  const listWidth = await evaluate("document.documentElement.scrollWidth");
  check(listWidth <= 375, `at a phone's width the list of stories is ${listWidth} px wide`);
}

let finished = false;
try {
  await main();
  console.log("PASS");
  clearTimeout(watchdog);
  cleanUp();
  process.exit(0);
} catch (e) {
  console.error("FAIL " + (e && e.stack ? e.stack : e));
  cleanUp();
  process.exit(1);
}
