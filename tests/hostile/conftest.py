"""tests/hostile — a hostile client against the real `conduit` binary and PostgreSQL.

One test file per class of defect (framing, slow clients, credentials, accounts, input, ...);
each test states the attack and asserts the defended behaviour. Fixtures (conduit_bin, db_url,
start_server, Server) are the integration suite's, loaded from tests/integration/conftest.py so
both suites start servers the same way; `server` is one instance shared by a module.
"""
import importlib.util
import pathlib

import pytest

_spec = importlib.util.spec_from_file_location(
    "conduit_integration_conftest", pathlib.Path(__file__).parent.parent / "integration" / "conftest.py")
_it = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_it)

pytest_addoption = _it.pytest_addoption
conduit_bin = _it.conduit_bin
db_url = _it.db_url
start_server = _it.start_server
Server = _it.Server


@pytest.fixture(scope="module")
def server(conduit_bin, db_url):
    """One server per test module (tests needing special settings use start_server)."""
    s = Server(conduit_bin, db_url)
    yield s
    rc = s.stop() if s.alive() else s.proc.returncode
    out = s.output()
    assert rc == 0 and "Sanitizer" not in out and "runtime error:" not in out, \
        f"server exited {rc}:\n{out[-4000:]}"
