"""Helpers for the Dash integration tests: apps in subprocesses, Dash readiness in a page."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def subprocess_env(**extra: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    )
    env["DASH_DISABLE_VERSION_CHECK"] = "true"
    env.update(extra)
    return env


def run_python(code: str, cwd, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        cwd=cwd,
        env=subprocess_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppServer:
    """``python APP_FILE`` serving on a free loopback port, stopped by its own id."""

    def __init__(self, app_file: Path, cwd: Path, env: dict, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._log_file = open(log, "w")  # noqa: SIM115 - closed in stop()
        env = subprocess_env(CLIENTPY_TEST_PORT=str(self.port), **env)
        # Its own process group: the debug reloader's child is stopped with the parent.
        self.proc = subprocess.Popen(
            [sys.executable, str(app_file)],
            cwd=cwd,
            env=env,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def get(self, path: str, timeout: float = 10) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=timeout) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"app exited early:\n{self.output()}")
            with contextlib.suppress(OSError):
                if self.get("/_dash-layout", timeout=2)[0] == 200:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"app not ready after {timeout}s:\n{self.output()}")

    def output(self) -> str:
        self._log_file.flush()
        return self.log.read_text()

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        self._log_file.close()


class PageProblems:
    """Console errors and page errors seen by one page; a test fails on either."""

    def __init__(self, page):
        self.errors: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

    def _console(self, message) -> None:
        if message.type != "error":
            return
        # A failed resource load names its URL only in the message's location.
        url = (message.location or {}).get("url") or ""
        where = f" ({url})" if url and url not in message.text else ""
        self.errors.append(f"console.{message.type}: {message.text}{where}")


WAIT_FOR_DASH = """() => {
  if (document.querySelector('._dash-loading')) return false;
  const root = document.getElementById('react-entry-point');
  if (!root || !root.children.length) return false;
  const store = (window.dash_stores && window.dash_stores[0]) || window.store;
  if (!store) return false;
  const state = store.getState();
  if (state.appLifecycle !== 'HYDRATED' || state.isLoading) return false;
  const cb = state.callbacks || {};
  for (const k of ['requested', 'prioritized', 'blocked', 'executing', 'watched', 'executed']) {
    if (cb[k] && cb[k].length) return false;
  }
  return true;
}"""


def wait_for_dash(page, timeout: float = 20_000) -> None:
    page.wait_for_function(WAIT_FOR_DASH, timeout=timeout)


def dependencies(client) -> list[dict]:
    response = client.get("/_dash-dependencies")
    assert response.status_code == 200, response.data
    return json.loads(response.data)
