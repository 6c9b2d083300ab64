// The page of `precis serve` in a real browser: Debian's headless Chromium,
// driven over the DevTools protocol on a pipe (--remote-debugging-pipe), so
// nothing but Node's own modules is needed (no npm packages, no browser
// download). Starts precis-serve on a free loopback port, loads the page,
// loads and summarizes the example, clicks a summary sentence and checks that
// the source shows that sentence marked at the offsets of the server's JSON,
// checks the timeline tab likewise, the removed boilerplate (explain), opening
// a JSONL file, then the page at a phone's width; saves screenshots under
// BUILD/browser/ and checks they are real pictures.
//
// usage: node tests/browser/page_test.mjs PRECIS_SERVE BUILD_DIR
// env:   CHROMIUM (default: chromium on the PATH)
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

const [serveBinary, buildDir] = process.argv.slice(2);
if (!serveBinary || !buildDir) {
  console.error("usage: node page_test.mjs PRECIS_SERVE BUILD_DIR");
  process.exit(2);
}
const outDir = path.resolve(buildDir, "browser");
fs.mkdirSync(outDir, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "precis-chromium-"));
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
  console.error("FAIL the test took more than 90 s");
  cleanUp();
  process.exit(1);
}, 90_000);

function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  try {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch (e) {
    console.error("note: could not remove " + profile + ": " + e.message);
  }
}

// POSTs JSON to the server (node:http, not fetch, which Debian 12's Node 18
// takes from a separate package); its status and parsed answer.
function postJson(port, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path, method: "POST", headers: { "Content-Type": "application/json" } },
      (res) => {
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

// precis-serve on a free port: the port from its "listening on" line.
function startServer() {
  const server = spawn(serveBinary, ["--port", "0", "--threads", "4"], {
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

  check(errors.length === 0, "no script errors in the page" + (errors.length ? ": " + errors.join("; ") : ""));
  const log = serverLog();
  check(/GET \/ 200 /.test(log) && /POST \/v1\/summarize 200 /.test(log), "the server logged the page's requests");
  finished = true;
  // Chromium closes, and is waited for (at most 5 s) before its profile is removed.
  const exited = new Promise((resolve) => browser.on("exit", resolve));
  cdp.send("Browser.close").catch(() => {});
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
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
