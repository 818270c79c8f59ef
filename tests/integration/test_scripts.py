"""scripts/run and its private PostgreSQL: an early exit (--help, a server that refuses its
arguments) stops only a cluster that this run started, never one that was already running.
Each test uses its own throw-away cluster on a free port, so it never touches anyone else's."""
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120


def _lib(script, *args):
    """Runs a bash snippet with scripts/lib.sh loaded; returns the CompletedProcess."""
    return subprocess.run(["bash", "-c", f'ROOT="$0"; . "$ROOT/scripts/lib.sh"; {script}',
                           str(ROOT), *args], capture_output=True, text=True, timeout=TIMEOUT)


def _running(name):
    return _lib('pg_running "$1"', name).returncode == 0


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster():
    """(name, port) of a private cluster that exists and is stopped; removed afterwards."""
    name, port = f"pg-scripts-test-{os.getpid()}", _free_port()
    p = _lib('pg_up "$1" "$2" fast && pg_down "$1"', name, str(port))
    assert p.returncode == 0, p.stderr
    assert not _running(name)
    yield name, port
    _lib('pg_down "$1"', name)
    root = Path(_lib("pg_data_root").stdout.strip())
    shutil.rmtree(root / name, ignore_errors=True)
    for leftover in (root / f"{name}.initdb.log", root / f"{name}.pw.tmp"):
        leftover.unlink(missing_ok=True)


def _run(conduit_bin, name, port, *args):
    env = dict(os.environ, CONDUIT_BIN=conduit_bin, CONDUIT_PG_NAME=name,
               CONDUIT_PG_PORT=str(port), JWT_SECRET="scripts-test-secret-" + "x" * 32)
    env.pop("DATABASE_URL", None)
    return subprocess.run([str(ROOT / "scripts" / "run"), *args], capture_output=True, text=True,
                          timeout=TIMEOUT, env=env, cwd=ROOT)


def test_run_leaves_a_running_cluster_running(conduit_bin, cluster):
    name, port = cluster
    assert _lib('pg_up "$1" "$2" fast >/dev/null', name, str(port)).returncode == 0
    assert _running(name)
    p = _run(conduit_bin, name, port, "--help")
    assert _running(name), "scripts/run --help stopped a cluster it did not start:\n" + p.stderr
    assert p.returncode == 0, p.stderr
    assert "CONDUIT_PORT" in p.stdout and "CONDUIT_PG_NAME" in p.stdout
    # an early exit after the database was used: migrations apply, then the server refuses
    p = _run(conduit_bin, name, port, "--no-such-option")
    assert p.returncode != 0
    assert "--no-such-option" in p.stderr + p.stdout
    assert _running(name), "an early exit stopped a cluster it did not start:\n" + p.stderr
    assert "stopping PostgreSQL" not in p.stderr


def test_run_stops_only_the_cluster_it_started(conduit_bin, cluster):
    name, port = cluster
    p = _run(conduit_bin, name, port, "--help")
    assert p.returncode == 0, p.stderr
    # it never started the cluster (not even to stop it again on the way out)
    assert "PostgreSQL" not in p.stderr and "migrat" not in p.stderr, p.stderr
    assert not _running(name), "scripts/run --help started the database"
    p = _run(conduit_bin, name, port, "--no-such-option")
    assert p.returncode != 0
    assert "stopping PostgreSQL" in p.stderr, p.stderr
    assert not _running(name), "scripts/run left running a cluster it started:\n" + p.stderr
