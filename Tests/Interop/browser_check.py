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
"""
import argparse
import base64
import ctypes
import itertools
import json
import os
import secrets
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from websockets.sync.client import connect

COMMAND_TIMEOUT_S = 10.0
POLL_INTERVAL_S = 0.1
LATE_ERRORS_S = 0.3
PORT_FILE_WAIT_S = 30.0
REAP_WAIT_S = 2.0
PR_SET_CHILD_SUBREAPER = 36
WEBSOCKET_CLOSE_S = 1.0
CLEANUP_RESERVE_S = 4.0
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}

# Named keys for Input.dispatchKeyEvent: plan name -> (DOM key, DOM code, windowsVirtualKeyCode, text).
NAMED_KEYS = {
    "Tab": ("Tab", "Tab", 9, ""),
    "Enter": ("Enter", "Enter", 13, "\r"),
    "Escape": ("Escape", "Escape", 27, ""),
    "Backspace": ("Backspace", "Backspace", 8, ""),
    "Delete": ("Delete", "Delete", 46, ""),
    "Space": (" ", "Space", 32, " "),
    "ArrowLeft": ("ArrowLeft", "ArrowLeft", 37, ""),
    "ArrowUp": ("ArrowUp", "ArrowUp", 38, ""),
    "ArrowRight": ("ArrowRight", "ArrowRight", 39, ""),
    "ArrowDown": ("ArrowDown", "ArrowDown", 40, ""),
    "Home": ("Home", "Home", 36, ""),
    "End": ("End", "End", 35, ""),
    "PageUp": ("PageUp", "PageUp", 33, ""),
    "PageDown": ("PageDown", "PageDown", 34, ""),
}
MODIFIERS = {"Alt": 1, "Control": 2, "Meta": 4, "Shift": 8}


class GlobalTimeout(Exception):
    """The global --timeout ran out; fatal."""


class CommandTimeout(Exception):
    """A CDP command got no answer in time; fails the step."""


class CDPError(Exception):
    """A CDP command answered with an error."""


class Deadline:
    """A point in monotonic time; `left()` is the seconds remaining, never negative."""

    def __init__(self, seconds):
        self.at = time.monotonic() + seconds

    def left(self):
        return max(0.0, self.at - time.monotonic())

    def cap(self, seconds):
        """A deadline `seconds` from now, but no later than this one."""
        return Deadline(min(seconds, self.left()))


class Chromium:
    """A headless Chromium in its own process group with a throwaway profile; a context manager."""

    def __init__(self, executable, deadline):
        self.executable = executable
        self.deadline = deadline
        self.tmp = None
        self.process = None

    def __enter__(self):
        try:
            self.launch()
        except BaseException:
            self.__exit__()
            raise
        return self

    def launch(self):
        self.tmp = tempfile.mkdtemp(prefix="browser_check.")
        profile = os.path.join(self.tmp, "profile")
        args = [
            self.executable, "--headless=new", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-sync", "--disable-component-update", "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
        ]
        if os.geteuid() == 0:
            args.append("--no-sandbox")
        args.append("about:blank")
        # Crash reports and caches go under the temp dir too, not under ~/.config and ~/.cache.
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(self.tmp, "config"),
                   XDG_CACHE_HOME=os.path.join(self.tmp, "cache"))
        with open(self.log_path(), "wb") as log:
            self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                            env=env, start_new_session=True)

    def __exit__(self, *exc):
        # SIGALRM and SIGTERM raise exceptions; hold them off until the browser is gone.
        old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGTERM})
        try:
            if self.process is not None:
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.process.wait()
                kill_and_reap_children()
            if self.tmp is not None:
                shutil.rmtree(self.tmp, ignore_errors=True)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)

    def log_path(self):
        return os.path.join(self.tmp, "chromium.log")

    def log_tail(self, chars=2000):
        with open(self.log_path(), "rb") as log:
            return log.read().decode(errors="replace")[-chars:]

    def devtools_port(self):
        """Polls <profile>/DevToolsActivePort, whose first line is the port Chromium picked."""
        port_file = os.path.join(self.tmp, "profile", "DevToolsActivePort")
        wait = self.deadline.cap(PORT_FILE_WAIT_S)
        while wait.left() > 0:
            if self.process.poll() is not None:
                raise RuntimeError(f"chromium exited with status {self.process.returncode}:\n"
                                   f"{self.log_tail()}")
            try:
                with open(port_file) as f:
                    first_line = f.readline().strip()
                if first_line:
                    return int(first_line)
            except FileNotFoundError:
                pass
            time.sleep(POLL_INTERVAL_S)
        raise RuntimeError(f"no DevToolsActivePort after {PORT_FILE_WAIT_S:.0f} s:\n{self.log_tail()}")

    def browser_websocket_url(self):
        port = self.devtools_port()
        no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with no_proxy.open(f"http://127.0.0.1:{port}/json/version",
                           timeout=max(0.1, self.deadline.cap(COMMAND_TIMEOUT_S).left())) as response:
            return json.load(response)["webSocketDebuggerUrl"]


def become_subreaper():
    """Makes orphaned descendants (Chromium's daemonized crashpad handlers, which leave its process
    group, and helpers that outlive the browser) our children, so that we can kill and reap them."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def child_pids():
    """Our live child processes, from the parent field of /proc/<pid>/stat."""
    me, children = os.getpid(), []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # exited meanwhile
        if int(fields[1]) == me and fields[0] != "Z":
            children.append(int(entry))
    return children


def kill_and_reap_children():
    """SIGKILLs every child (all of them are Chromium's by now) and reaps them, zombies included."""
    wait = Deadline(REAP_WAIT_S)
    while wait.left() > 0:
        for pid in child_pids():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.01)


class CDPConnection:
    """One WebSocket to the browser endpoint; commands may target a flattened session."""

    def __init__(self, websocket, deadline):
        self.ws = websocket
        self.deadline = deadline
        self.ids = itertools.count(1)
        self.handlers = {}

    def on(self, method, handler):
        """Calls handler(params, session_id) for every event named `method`."""
        self.handlers.setdefault(method, []).append(handler)

    def send(self, method, params=None, session_id=None, timeout=COMMAND_TIMEOUT_S):
        message_id = next(self.ids)
        message = {"id": message_id, "method": method, "params": params or {}}
        if session_id:
            message["sessionId"] = session_id
        self.ws.send(json.dumps(message))
        wait = self.deadline.cap(timeout)
        while True:
            reply = self.read(wait)
            if reply is None and self.deadline.left() <= 0:
                raise GlobalTimeout(f"global --timeout reached during {method}")
            if reply is None:
                raise CommandTimeout(f"{method} got no answer in {timeout:.1f} s")
            if reply.get("id") == message_id:
                if "error" in reply:
                    raise CDPError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})

    def pump(self, wait):
        """Dispatches events until `wait` runs out."""
        while self.read(wait) is not None:
            pass

    def wait_until(self, condition, wait):
        """Dispatches events until condition() holds (True) or `wait` runs out (False)."""
        while not condition():
            if self.read(wait) is None:
                return condition()
        return True

    def read(self, wait):
        """Reads one message, dispatching it if it is an event; None once `wait` has run out."""
        if wait.left() <= 0:
            return None
        try:
            message = json.loads(self.ws.recv(timeout=wait.left()))
        except TimeoutError:
            return None
        if "method" in message:
            for handler in self.handlers.get(message["method"], []):
                handler(message.get("params", {}), message.get("sessionId"))
        return message


class PageSession:
    """The tab under test: its CDP session, load-event count and the error list of the current step."""

    def __init__(self, cdp):
        self.cdp = cdp
        target_id = cdp.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session_id = cdp.send("Target.attachToTarget",
                                   {"targetId": target_id, "flatten": True})["sessionId"]
        self.loads = 0
        self.errors = []
        self.page_name = ""
        cdp.on("Page.loadEventFired", self.session_handler(self.count_load))
        cdp.on("Runtime.consoleAPICalled", self.session_handler(self.console_called))
        cdp.on("Runtime.exceptionThrown", self.session_handler(self.exception_thrown))
        cdp.on("Log.entryAdded", self.session_handler(self.log_entry))
        for domain in ("Runtime", "Log", "Page"):
            self.send(f"{domain}.enable")

    def send(self, method, params=None, timeout=COMMAND_TIMEOUT_S):
        return self.cdp.send(method, params, self.session_id, timeout)

    def session_handler(self, handler):
        def filtered(params, session_id):
            if session_id == self.session_id:
                handler(params)
        return filtered

    def count_load(self, _params):
        self.loads += 1

    def console_called(self, params):
        if params.get("type") in ("error", "assert"):
            text = " ".join(describe_remote_object(arg) for arg in params.get("args", []))
            self.record_error(f"console.{params['type']}: {text}")

    def exception_thrown(self, params):
        details = params.get("exceptionDetails", {})
        text = details.get("exception", {}).get("description") or details.get("text", "")
        self.record_error(f"uncaught exception: {text}")

    def log_entry(self, params):
        entry = params.get("entry", {})
        if entry.get("level") == "error":
            url = f" ({entry['url']})" if entry.get("url") else ""
            self.record_error(f"log {entry.get('source', '')}: {entry.get('text', '')}{url}")

    def record_error(self, text):
        self.errors.append(f"[{self.page_name}] {text}")

    def evaluate(self, expression):
        """The JSON value of `expression` (promises awaited); raises CDPError if it throws."""
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                               "awaitPromise": True})
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            raise CDPError(details.get("exception", {}).get("description") or details.get("text"))
        return reply["result"].get("value")

    def try_evaluate(self, expression):
        """Like evaluate, but (False, None) when it throws or the page is between documents."""
        try:
            return True, self.evaluate(expression)
        except CDPError:
            return False, None

    def poll(self, expression, accept, wait):
        """Evaluates `expression` every POLL_INTERVAL_S until accept(value); (True, value) or (False, None)."""
        while True:
            evaluated, value = self.try_evaluate(expression)
            if evaluated and accept(value):
                return True, value
            if wait.left() <= 0:
                return False, None
            self.cdp.pump(wait.cap(POLL_INTERVAL_S))


def describe_remote_object(obj):
    if "value" in obj:
        value = obj["value"]
        return value if isinstance(value, str) else json.dumps(value)
    return obj.get("description") or obj.get("unserializableValue") or obj.get("type", "")


def png_size(data):
    """(width, height) from the IHDR chunk that follows the 8-byte PNG signature."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def key_events(spec):
    """The keyDown/keyUp pair for a NAMED_KEYS name or a single character, with optional modifier
    prefixes: "Tab", "Shift+Tab", "Enter", "a", "Control+a"."""
    *modifier_names, name = spec.split("+")
    if any(modifier not in MODIFIERS for modifier in modifier_names):
        raise ValueError(f"unknown modifier in key {spec!r}")
    modifiers = sum(MODIFIERS[modifier] for modifier in modifier_names)
    if name in NAMED_KEYS:
        key, code, key_code, text = NAMED_KEYS[name]
    elif len(name) == 1:
        key, code, key_code, text = name, "", ord(name.upper()), name
    else:
        raise ValueError(f"unknown key {spec!r}")
    down = {"type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": key_code,
            "modifiers": modifiers}
    if text and not modifiers & (MODIFIERS["Control"] | MODIFIERS["Alt"] | MODIFIERS["Meta"]):
        down["text"] = text
    up = {"type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": key_code,
          "modifiers": modifiers}
    return down, up


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
