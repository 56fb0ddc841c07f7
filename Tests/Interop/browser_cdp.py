"""The Chrome DevTools Protocol side of browser_check.py.

Holds CDPConnection (commands and event dispatch over one browser WebSocket), PageSession (the tab
under test and the console errors it reports), describe_remote_object, key_events with NAMED_KEYS and
MODIFIERS, and the timeout and error exceptions the step runner tells apart.
"""
import itertools
import json

COMMAND_TIMEOUT_S = 10.0
POLL_INTERVAL_S = 0.1

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
