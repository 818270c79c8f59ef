"""PostgreSQL outages: the server answers 503 with an error body quickly while the database is
down, recovers by itself when it is back, and never crashes or restarts."""
import concurrent.futures
import fcntl
import os
import shlex
import subprocess
import threading
import time

import pytest
import requests

from rt_util import wait_for

TIMEOUT = 30


# Shared with tests/unit/test_db.c: its live tests hold this lock shared, we hold it exclusively
# while the cluster may be down (ctest runs unit and integration tests in parallel).
DB_LOCK_PATH = "/tmp/conduit-test-database.lock"


@pytest.fixture
def pg():
    data = os.environ.get("CONDUIT_TEST_PGDATA")
    ctl = os.environ.get("CONDUIT_TEST_PGCTL")
    if not data or not ctl:
        pytest.skip("CONDUIT_TEST_PGDATA / CONDUIT_TEST_PGCTL not set")
    fd = os.open(DB_LOCK_PATH, os.O_CREAT | os.O_RDWR, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield PgControl(ctl, data)
    finally:
        os.close(fd)


class PgControl:
    """pg_ctl as the postgres user. stop/start keep the options the cluster was started with
    (read from postmaster.opts, exactly what `pg_ctl restart` reuses)."""

    def __init__(self, ctl, data):
        self.ctl, self.data = ctl, data
        with open(os.path.join(data, "postmaster.opts")) as f:
            argv = shlex.split(f.read())
        opts, skip = [], False
        for a in argv[1:]:
            if skip:
                skip = False
                continue
            if a == "-D":
                skip = True
                continue
            opts.append(a)
        self.opts = " ".join(shlex.quote(a) for a in opts)
        self.log = f"/tmp/conduit-it-pg-{os.getpid()}.log"

    def _run(self, *args):
        subprocess.run(["runuser", "-u", "postgres", "--", self.ctl, "-D", self.data, *args],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=120)

    def restart(self):
        self._run("restart", "-m", "fast", "-w")

    def stop(self):
        self._run("stop", "-m", "fast", "-w")

    def start(self):
        self._run("start", "-w", "-l", self.log, "-o", self.opts)


def test_outage_503_then_recovery(start_server, pg):
    s = start_server(["--db-connect-timeout", "2"])
    assert requests.get(s.url("/api/tags"), timeout=TIMEOUT).status_code == 200
    pid = s.proc.pid
    pg.stop()
    try:
        for _ in range(5):
            r = requests.get(s.url("/api/tags"), timeout=TIMEOUT)
            assert r.status_code == 503, r.text
            assert r.content  # error body, not an empty reset
            assert "Retry-After" in r.headers
        r = requests.get(s.url("/readyz"), timeout=TIMEOUT)
        assert r.status_code == 503
        assert requests.get(s.url("/healthz"), timeout=TIMEOUT).status_code == 200
    finally:
        pg.start()
    assert wait_for(lambda: requests.get(s.url("/api/tags"), timeout=TIMEOUT).status_code == 200,
                    30), "no recovery after the database came back"
    assert requests.get(s.url("/readyz"), timeout=TIMEOUT).status_code == 200
    assert s.alive() and s.proc.pid == pid


def test_restart_during_traffic(start_server, pg):
    s = start_server(["--workers", "4"])
    stop = threading.Event()
    counts = {}
    last = []
    errors = []

    def hammer():
        with requests.Session() as sess:
            while not stop.is_set():
                try:
                    r = sess.get(s.url("/api/tags"), timeout=TIMEOUT)
                except requests.RequestException as e:  # a reset connection is a failure
                    errors.append(repr(e))
                    continue
                counts[r.status_code] = counts.get(r.status_code, 0) + 1
                last.append(r.status_code)
                del last[:-3]
                if r.status_code != 200 and not r.content:
                    errors.append(f"{r.status_code} without a body")
                time.sleep(0.005)  # steady traffic, not a CPU race with the server

    with concurrent.futures.ThreadPoolExecutor(3) as ex:
        futs = [ex.submit(hammer) for _ in range(3)]
        try:
            time.sleep(0.5)
            pg.restart()
            time.sleep(0.5)
            recovered = wait_for(lambda: last[-3:] == [200, 200, 200], 30)
        finally:
            stop.set()
        for f in futs:
            f.result(timeout=60)
    assert recovered, counts
    assert not errors, errors[:3]
    assert set(counts) <= {200, 503}, counts
    assert counts.get(200, 0) > 0
    assert s.alive()
    assert requests.get(s.url("/readyz"), timeout=TIMEOUT).status_code == 200
