#!/usr/bin/env python3
"""Opens pages in one headless Chromium and reports what a user would meet: console errors,
network requests, a screenshot, a printed PDF, and the value of a script run in the page.

    browser.py CHROMIUM JOBS.json [RESULTS.json]

JOBS.json is a list of jobs; each is an object with:

- "url": the page (file://…);
- "viewport": [width, height] in CSS pixels (default 1280×800);
- "ready": a JavaScript expression polled until it is true (at most 20 s), for pages that lay
  themselves out after loading (reveal.js);
- "evaluate": a JavaScript expression whose value (JSON-serialisable, a promise is awaited) is
  reported;
- "screenshot": a PNG file to write (the viewport);
- "pdfs": a list of {"path", "paper": "a4"|"letter"}: printed landscape, backgrounds on, as the
  browser's print dialog would with that paper.

Writes one JSON list (to RESULTS.json, or standard output), a result per job: {"url", "errors", "warnings", "requests", "value"}.
Errors are console errors, uncaught exceptions and the browser's own error log (a blocked
resource, a content-security-policy violation); requests are every URL the page asked for,
itself included. Exit 0 when every job ran, 2 when the browser could not be driven.

JM_BROWSER_DEBUG=1 lets Chromium's own messages through to standard error.

The browser is driven through the DevTools protocol over a pipe (--remote-debugging-pipe:
commands on descriptor 3, answers on 4, each a JSON text ended by NUL), so nothing listens on a
port and no third-party package is needed. One browser serves every job: starting Chromium costs
more than most pages.
"""
import base64
import fcntl
import json
import os
import subprocess
import sys
import tempfile
import time

PAPER = {"a4": (11.69, 8.27), "letter": (11.0, 8.5)}  # landscape width × height, inches


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="jm-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        flags = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--mute-audio", "--hide-scrollbars", "--remote-debugging-pipe",
            f"--user-data-dir={self.profile}", "about:blank",
        ]

        def place_pipe_ends():
            # In the child, before exec: Chromium reads commands on 3 and writes answers on 4.
            # Both ends are first moved above 4, so that placing one cannot overwrite the other.
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_child_r, from_child_w)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        debug = os.environ.get("JM_BROWSER_DEBUG")
        self.process = subprocess.Popen(
            [chromium] + flags, close_fds=False, preexec_fn=place_pipe_ends, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=None if debug else subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        return self.next_id

    def read(self, deadline):
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("the browser did not answer in time")
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser exited")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=None, timeout=60):
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            message = self.read(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_for(self, method, session, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            for n, event in enumerate(self.events):
                if event["method"] == method and event.get("sessionId") == session:
                    del self.events[n]
                    return event
            self.events.append(self.read(deadline))

    def close(self):
        try:
            self.send("Browser.close")
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
        subprocess.run(["rm", "-rf", self.profile])


def evaluate(browser, session, expression):
    result = browser.call(
        "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session)
    if "exceptionDetails" in result:
        raise RuntimeError(f"script failed: {result['exceptionDetails'].get('exception', {}).get('description')}")
    return result.get("result", {}).get("value")


def run_job(browser, job):
    width, height = job.get("viewport", [1280, 800])
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.call(f"{domain}.enable", {}, session)
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session)
    browser.call("Page.navigate", {"url": job["url"]}, session)
    browser.wait_for("Page.loadEventFired", session)
    if job.get("ready"):
        deadline = time.monotonic() + 20
        while not evaluate(browser, session, job["ready"]):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{job['url']}: never ready ({job['ready']})")
            time.sleep(0.05)
    value = evaluate(browser, session, job["evaluate"]) if job.get("evaluate") else None
    if job.get("screenshot"):
        shot = browser.call("Page.captureScreenshot", {"format": "png"}, session)
        with open(job["screenshot"], "wb") as f:
            f.write(base64.b64decode(shot["data"]))
    for pdf in job.get("pdfs", []):
        paper_width, paper_height = PAPER[pdf.get("paper", "a4")]
        printed = browser.call("Page.printToPDF", {
            "landscape": False, "paperWidth": paper_width, "paperHeight": paper_height, "printBackground": True,
            "displayHeaderFooter": False, "preferCSSPageSize": False,
        }, session, timeout=120)
        with open(pdf["path"], "wb") as f:
            f.write(base64.b64decode(printed["data"]))
    # Events that arrived while the last commands ran belong to this page too.
    browser.call("Runtime.evaluate", {"expression": "0"}, session)
    errors, warnings, requests = [], [], []
    for event in [e for e in browser.events if e.get("sessionId") == session]:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            if params.get("type") in ("error", "assert"):
                errors.append(f"console.{params['type']}: {text}")
            elif params.get("type") == "warning":
                warnings.append(f"console.warn: {text}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            errors.append("exception: " + str(details.get("exception", {}).get("description", details.get("text"))))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            line = f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip()
            (errors if entry.get("level") == "error" else warnings).append(line)
        elif method == "Network.requestWillBeSent":
            requests.append(params.get("request", {}).get("url", ""))
        elif method == "Network.loadingFailed":
            errors.append(f"load failed: {params.get('errorText')} {params.get('blockedReason', '')}".strip())
    browser.events = [e for e in browser.events if e.get("sessionId") != session]
    browser.call("Target.closeTarget", {"targetId": target})
    return {"url": job["url"], "errors": errors, "warnings": warnings, "requests": requests, "value": value}


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[2], encoding="utf-8") as f:
        jobs = json.load(f)
    browser = Browser(sys.argv[1])
    try:
        results = [run_job(browser, job) for job in jobs]
    except Exception as error:  # noqa: BLE001 - any failure to drive the browser is reported the same way
        print(f"browser.py: {error}", file=sys.stderr)
        return 2
    finally:
        browser.close()
    if len(sys.argv) == 4:
        with open(sys.argv[3], "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    else:
        json.dump(results, sys.stdout, indent=1)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
