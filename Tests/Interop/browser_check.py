#!/usr/bin/env python3
"""Headless-browser check of a web dashboard served on loopback, for the Swift tests.

The Swift tests start the dashboard on 127.0.0.1, write a plan of pages to visit, and run

  .venv/bin/python Tests/Interop/browser_check.py --chromium /usr/bin/chromium \
      --plan plan.json --out result.json [--timeout 120]

This script launches a fresh headless Chromium, drives one tab through the Chrome DevTools Protocol
(CDP) over a WebSocket, and writes what it saw to result.json. The Swift side asserts on that file.

Plan: {"pages": [step, ...]}, run in order in the same tab. Each step:

  {"name": "chain", "url": "http://127.0.0.1:PORT/", "width": 1280, "height": 900,
   "wait_for": "<JS expression that must become truthy>",                        (optional)
   "wait_change": "<JS expression whose value must change without a reload>",    (optional)
   "keys": ["Tab", "Shift+Tab", "Enter", "a"],                                   (optional)
   "evaluate": {"key": "<JS expression>", ...},                                  (optional)
   "screenshot": "/abs/path.png",                                                (optional)
   "timeout": 30}                                                                (optional, seconds)

Per step: set the viewport (mobile when width < 600), navigate and wait for the load event, poll
`wait_for` every 100 ms, then for `wait_change` plant a marker on `window`, read the value, poll until
it differs and check the marker survived (a reload would drop it), press `keys`, evaluate each
`evaluate` expression (promises are awaited, values returned as JSON), capture the screenshot, and
wait 300 ms for late console errors. The load, wait_for and wait_change waits share the step timeout;
each other CDP command gets COMMAND_TIMEOUT_S. Nothing outlives --timeout seconds.

Keys are NAMED_KEYS names ("Tab", "Enter", "Escape", "Space", arrows, ...) or single characters,
optionally prefixed by modifiers ("Shift+Tab", "Control+a").

Console errors are console.error/console.assert calls, uncaught exceptions and Log entries of level
error (failed resource loads such as a 404 script, CSP violations), each prefixed with the page name.
Chromium fetches /favicon.ico for pages without a <link rel="icon">, so a dashboard that does not
serve one gets a 404 console error.

Cleanup: Chromium runs in its own process group with a throwaway --user-data-dir (and XDG config and
cache dirs) under a temp dir. Its crashpad handlers daemonize out of that group, so this script makes
itself a child subreaper and, at exit, kills and reaps every child it has, then removes the temp dir.

Result: {"ok", "pages": [{"name", "url", "console_errors", "failures", "initial", "changed_to",
"values", "screenshot", "screenshot_width", "screenshot_height", "screenshot_bytes", "load_ms"}],
"fatal"}. `ok` is true iff no page has console errors or failures and fatal is null; the exit code is
0 then and 1 otherwise. The file is written in every case; one summary line per page goes to stderr.
Only the standard library and `websockets` are used, and only loopback addresses are contacted.
Chromium's launch and cleanup live in browser_chromium.py, the CDP client in browser_cdp.py.
"""
import argparse
import base64
import json
import secrets
import signal
import struct
import sys
import time
import urllib.parse

from websockets.sync.client import connect

from browser_cdp import CDPConnection, CDPError, CommandTimeout, GlobalTimeout, PageSession, key_events
from browser_chromium import Chromium, Deadline, become_subreaper

LATE_ERRORS_S = 0.3
WEBSOCKET_CLOSE_S = 1.0
CLEANUP_RESERVE_S = 4.0
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def png_size(data):
    """(width, height) from the IHDR chunk that follows the 8-byte PNG signature."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def validate_plan(plan):
    """Raises ValueError unless every step has a name and a loopback http(s) URL."""
    if not isinstance(plan, dict) or not isinstance(plan.get("pages"), list):
        raise ValueError('plan must be {"pages": [step, ...]}')
    for number, step in enumerate(plan["pages"], 1):
        if not isinstance(step, dict) or not isinstance(step.get("name"), str):
            raise ValueError(f"plan step {number} has no name")
        url = urllib.parse.urlsplit(str(step.get("url", "")))
        if url.scheme not in ("http", "https") or url.hostname not in LOOPBACK_HOSTS:
            raise ValueError(f"plan step {number} ({step['name']}): not a loopback http(s) URL: "
                             f"{step.get('url')!r}")


def new_page_result(step):
    return {"name": step["name"], "url": step["url"], "console_errors": [], "failures": [],
            "initial": None, "changed_to": None, "values": {}, "screenshot": None,
            "screenshot_width": 0, "screenshot_height": 0, "screenshot_bytes": 0, "load_ms": 0}


def run_step(page, step, result, deadline):
    """Runs one plan step, filling in its result entry."""
    page.page_name = step["name"]
    page.errors = result["console_errors"]
    failures = result["failures"]
    wait = deadline.cap(float(step.get("timeout", 30)))
    try:
        width, height = int(step.get("width", 1280)), int(step.get("height", 900))
        page.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": 1, "mobile": width < 600})
        navigate(page, step["url"], wait, result)
        if step.get("wait_for"):
            expression = step["wait_for"]
            if not page.poll(expression, bool, wait)[0]:
                failures.append(f"wait_for timed out: {expression}")
        if step.get("wait_change"):
            wait_change(page, step["wait_change"], wait, result)
        for key in step.get("keys", []):
            for event in key_events(key):
                page.send("Input.dispatchKeyEvent", event)
        for key, expression in step.get("evaluate", {}).items():
            try:
                result["values"][key] = page.evaluate(expression)
            except CDPError as error:
                result["values"][key] = None
                failures.append(f"evaluate {key} threw: {error}")
        if step.get("screenshot"):
            screenshot(page, step["screenshot"], result)
    except (CDPError, CommandTimeout, ValueError, OSError) as error:
        failures.append(f"{type(error).__name__}: {error}")
    except (GlobalTimeout, SystemExit, KeyboardInterrupt) as error:
        failures.append(f"interrupted: {error}")
        raise
    page.cdp.pump(deadline.cap(LATE_ERRORS_S))


def navigate(page, url, wait, result):
    loads_before = page.loads
    started = time.monotonic()
    reply = page.send("Page.navigate", {"url": url}, timeout=wait.left())
    if reply.get("errorText"):
        result["failures"].append(f"navigation failed: {reply['errorText']}")
        return
    if not page.cdp.wait_until(lambda: page.loads > loads_before, wait):
        result["failures"].append("load event timed out")
    result["load_ms"] = round((time.monotonic() - started) * 1000)


def wait_change(page, expression, wait, result):
    """Waits for `expression` to change value while a marker on `window` proves the page never reloaded."""
    token = secrets.token_hex(8)
    page.evaluate(f"window.__browserCheckMarker = {json.dumps(token)}")
    result["initial"] = page.evaluate(expression)
    changed, value = page.poll(expression, lambda v: v != result["initial"], wait)
    if not changed:
        result["failures"].append(f"wait_change timed out: {expression} stayed {result['initial']!r}")
        return
    result["changed_to"] = value
    evaluated, marker = page.try_evaluate("window.__browserCheckMarker")
    if not evaluated or marker != token:
        result["failures"].append("page reloaded")


def screenshot(page, path, result):
    data = base64.b64decode(page.send("Page.captureScreenshot",
                                      {"format": "png", "captureBeyondViewport": False})["data"])
    with open(path, "wb") as f:
        f.write(data)
    result["screenshot"] = path
    result["screenshot_width"], result["screenshot_height"] = png_size(data)
    result["screenshot_bytes"] = len(data)


def run_plan(chromium_path, plan, deadline, pages):
    """Launches Chromium and runs every step, appending each result to `pages` as it starts."""
    with Chromium(chromium_path, deadline) as browser, \
            connect(browser.browser_websocket_url(), max_size=None, proxy=None,
                    open_timeout=max(0.1, deadline.left()), close_timeout=WEBSOCKET_CLOSE_S) as websocket:
        page = PageSession(CDPConnection(websocket, deadline))
        for step in plan["pages"]:
            result = new_page_result(step)
            pages.append(result)
            run_step(page, step, result, deadline)
            if deadline.left() <= 0:
                raise GlobalTimeout("global --timeout reached")


def summary(page):
    problems = len(page["console_errors"]) + len(page["failures"])
    status = "ok" if problems == 0 else f"FAIL ({problems} problem(s))"
    line = f"browser_check: [{page['name']}] {status}, load {page['load_ms']} ms"
    if page["changed_to"] is not None:
        line += f", changed {page['initial']!r} -> {page['changed_to']!r}"
    if page["screenshot"]:
        line += f", screenshot {page['screenshot_width']}x{page['screenshot_height']}"
    return line + "".join(f"\n  {problem}" for problem in page["console_errors"] + page["failures"])


def raise_timeout(_signum, _frame):
    raise GlobalTimeout("global --timeout reached")


def raise_exit(signum, _frame):
    raise SystemExit(f"terminated by signal {signum}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--plan", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()

    # Every wait is bounded by `deadline`; SIGALRM backs that up for anything that is not.
    work_time = max(1.0, args.timeout - CLEANUP_RESERVE_S)
    deadline = Deadline(work_time)
    signal.signal(signal.SIGALRM, raise_timeout)
    signal.signal(signal.SIGTERM, raise_exit)
    signal.setitimer(signal.ITIMER_REAL, work_time + 0.5)

    result = {"ok": False, "pages": [], "fatal": None}
    try:
        become_subreaper()
        with open(args.plan) as f:
            plan = json.load(f)
        validate_plan(plan)
        run_plan(args.chromium, plan, deadline, result["pages"])
    except (Exception, SystemExit, KeyboardInterrupt) as error:
        result["fatal"] = f"{type(error).__name__}: {error}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)

    result["ok"] = result["fatal"] is None and not any(
        page["console_errors"] or page["failures"] for page in result["pages"])
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
    for page in result["pages"]:
        print(summary(page), file=sys.stderr)
    if result["fatal"]:
        print(f"browser_check: fatal: {result['fatal']}", file=sys.stderr)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
