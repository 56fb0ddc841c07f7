"""Launching and cleaning up a headless Chromium for browser_check.py.

Holds the Deadline helper, the Chromium context manager (own process group, throwaway profile under a
temp dir, DevTools endpoint discovery) and the subreaper cleanup that kills and reaps every child,
including Chromium's daemonized crashpad handlers.
"""
import ctypes
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request

from browser_cdp import COMMAND_TIMEOUT_S, POLL_INTERVAL_S

PORT_FILE_WAIT_S = 30.0
REAP_WAIT_S = 2.0
PR_SET_CHILD_SUBREAPER = 36


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
