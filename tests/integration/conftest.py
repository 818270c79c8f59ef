"""tests/integration — the real `conduit` binary against a real PostgreSQL.

The server binary comes from --server or CONDUIT_BIN; the database from
CONDUIT_TEST_DATABASE_URL (scripts/test exports it, pointing at a private cluster). Tests that
stop or restart PostgreSQL also need CONDUIT_TEST_PGDATA and CONDUIT_TEST_PGCTL; the cluster
runs as the `postgres` OS user. Every server listens on an ephemeral loopback port (--port 0)
and is found through its "listening on" log line, so tests never race for ports.
"""
import json
import os
import re
import signal
import subprocess
import threading

import pytest


def pytest_addoption(parser):
    parser.addoption("--server", action="store", default=None,
                     help="path of the conduit binary (default: $CONDUIT_BIN)")


@pytest.fixture(scope="session")
def conduit_bin(request):
    path = request.config.getoption("--server") or os.environ.get("CONDUIT_BIN")
    if not path:
        pytest.skip("no server binary: pass --server or set CONDUIT_BIN")
    assert os.access(path, os.X_OK), f"{path} is not executable"
    return path


@pytest.fixture(scope="session")
def db_url():
    url = os.environ.get("CONDUIT_TEST_DATABASE_URL")
    if not url:
        pytest.skip("CONDUIT_TEST_DATABASE_URL is not set")
    return url


_LISTEN = re.compile(r"listening on .*:(\d+) ")


class Server:
    """One conduit process; its stdout (JSON log lines) is collected in the background."""

    def __init__(self, binary, db_url, args=(), env=None, start_timeout=30.0):
        full_env = dict(os.environ)
        full_env.pop("CONDUIT_ENV", None)
        full_env.update({"CONDUIT_LOG_LEVEL": "info"})
        full_env.update(env or {})
        cmd = [binary, "--host", "127.0.0.1", "--port", "0", "--database-url", db_url,
               "--pbkdf2-iterations", "1000", *args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     env=full_env)
        self.lines = []
        self.port = None
        self._ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        if not self._ready.wait(start_timeout) or self.port is None:
            self.kill()
            raise AssertionError("server did not start:\n" + self.output())

    def _read(self):
        for raw in self.proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            self.lines.append(line)
            m = _LISTEN.search(line)
            if m and self.port is None:
                self.port = int(m.group(1))
                self._ready.set()
        self._ready.set()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def output(self):
        return "\n".join(self.lines)

    def json_lines(self):
        out = []
        for line in list(self.lines):
            try:
                out.append(json.loads(line))
            except ValueError:
                pass
        return out

    def alive(self):
        return self.proc.poll() is None

    def stop(self, sig=signal.SIGTERM, timeout=60.0):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError("server did not exit after signal:\n" + self.output())
        self._reader.join(5)
        return rc

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture
def start_server(conduit_bin, db_url):
    """Factory: start_server(args=[...], env={...}) → Server; every server is stopped after."""
    servers = []

    def start(args=(), env=None):
        s = Server(conduit_bin, db_url, args, env)
        servers.append(s)
        return s

    yield start
    problems = []
    for s in servers:
        rc = s.stop() if s.alive() else s.proc.returncode
        out = s.output()
        # Under ASan/UBSan a report makes the exit code non-zero and prints the report.
        if rc != 0 or "Sanitizer" in out or "runtime error:" in out:
            problems.append(f"server exited {rc}:\n{out[-4000:]}")
    assert not problems, "\n\n".join(problems)
