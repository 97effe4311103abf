#!/usr/bin/env python3
"""Open HTML reports in headless Chromium and say what the browser saw.

    browser_check.py [--chromium PATH] [--shots DIR] [--width 1400] PAGE.html...

For each page, prints one JSON object per line:
    {"page", "ready", "errors": [...], "requests": [...], "highlighted", "marks",
     "notes", "chips", "badges", "rows", "links", "title", "screenshots": [...]}
- errors: uncaught exceptions, console.error calls and browser log errors;
- requests: every URL the page asked for that is not the page itself, data: or about:
  (a self-contained report asks for none);
- highlighted: distinct finding numbers among the <mark class="hl"> elements;
- screenshots (with --shots): DIR/NAME.png (top of the page: title, summary, calendar)
  and DIR/NAME-document.png (the document around its first finding).

Talks the Chrome DevTools Protocol over --remote-debugging-pipe (file descriptors 3 and 4,
messages ending in NUL), so it needs nothing but Python's standard library and Chromium.
Exit code 0 when every page loaded; 2 when the browser could not be driven.
"""
import argparse
import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self, executable, width):
        self.profile = tempfile.mkdtemp(prefix="vanban-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def wire():
            # Move both ends above 4 first (either may be 3 or 4 now), then onto 3 and 4;
            # dup2 clears close-on-exec.
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        args = [executable, "--headless=new", "--remote-debugging-pipe", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--hide-scrollbars", "--mute-audio", f"--window-size={width},900",
                f"--user-data-dir={self.profile}", "about:blank"]
        self.process = subprocess.Popen(args, preexec_fn=wire, close_fds=False,
                                        stdout=subprocess.DEVNULL, stderr=None if os.environ.get("VANBAN_BROWSER_DEBUG") else subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=None, timeout=60):
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            message = self.receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, timeout=60):
        deadline = time.monotonic() + timeout
        for k, event in enumerate(self.events):
            if event.get("method") == method:
                del self.events[k]
                return event
        while True:
            message = self.receive(deadline)
            if message.get("method") == method:
                return message
            self.events.append(message)


MEASURE = """JSON.stringify((function () {
  var ids = new Set();
  document.querySelectorAll("mark.hl").forEach(function (m) {
    m.dataset.f.split(" ").forEach(function (k) { ids.add(k); });
  });
  var first = document.querySelector(".note");
  return {
    ready: document.documentElement.dataset.ready === "1",
    title: document.title,
    highlighted: ids.size,
    marks: document.querySelectorAll("mark.hl").length,
    notes: document.querySelectorAll(".note").length,
    chips: document.querySelectorAll("table.cal .chip, .undated .chip").length,
    badges: document.querySelectorAll("table.cal .fb, .undated .fb").length,
    rows: document.querySelectorAll(".doc .row").length,
    links: document.querySelectorAll("table.index a").length,
    height: document.documentElement.scrollHeight,
    firstNote: first ? first.closest(".row").getBoundingClientRect().top + window.scrollY : null
  };
})())"""


def check(browser, page, shots, width):
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    browser.events.clear()
    for domain in ("Runtime", "Log", "Page", "Network"):
        browser.call(f"{domain}.enable", session=session)
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
    url = "file://" + os.path.abspath(page)
    browser.call("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired")
    time.sleep(0.3)  # let anything scheduled after load run and report
    result = json.loads(browser.call("Runtime.evaluate", {"expression": MEASURE, "returnByValue": True},
                                     session=session)["result"]["value"])
    errors, requests = [], []
    for event in browser.events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            errors.append(details.get("exception", {}).get("description") or details.get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            errors.append("log: " + params["entry"].get("text", ""))
        elif method == "Network.requestWillBeSent":
            asked = params.get("request", {}).get("url", "")
            if asked != url and not asked.startswith(("data:", "about:")):
                requests.append(asked)
    result.update({"page": page, "errors": errors, "requests": requests, "screenshots": []})
    if shots:
        os.makedirs(shots, exist_ok=True)
        name = os.path.splitext(os.path.basename(page))[0]
        views = [(name + ".png", 0, min(result["height"], 2600))]
        if result["firstNote"] is not None:
            top = max(0, int(result["firstNote"]) - 150)
            views.append((name + "-document.png", top, min(1100, result["height"] - top)))
        for file, top, height in views:
            if height <= 0:
                continue
            shot = browser.call("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": top, "width": width, "height": height, "scale": 1}}, session=session)
            path = os.path.join(shots, file)
            with open(path, "wb") as out:
                out.write(base64.b64decode(shot["data"]))
            result["screenshots"].append(path)
    browser.call("Target.closeTarget", {"targetId": target})
    browser.events.clear()
    return result


def find_chromium(given):
    # Debian's /usr/bin/chromium is a shell launcher; the binary behind it is what we run.
    for name in ([given] if given else []) + [os.environ.get("VANBAN_CHROMIUM"), "/usr/lib/chromium/chromium", "chromium",
                                               "chromium-browser", "google-chrome", "google-chrome-stable"]:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chromium")
    parser.add_argument("--shots")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("pages", nargs="+")
    args = parser.parse_args()
    executable = find_chromium(args.chromium)
    if not executable:
        print("browser_check: no Chromium found (apt-get install chromium, or set VANBAN_CHROMIUM)", file=sys.stderr)
        return 2
    browser = Browser(executable, args.width)
    try:
        for page in args.pages:
            print(json.dumps(check(browser, page, args.shots, args.width), ensure_ascii=False), flush=True)
    except Exception as error:  # report, do not hide: the test reads the exit code and stderr
        print(f"browser_check: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
