"""Direct PostgreSQL access for the few contract tests that must look behind the API.

There is deliberately no API to make a user admin, and webhook deliveries are only visible in the
`outbox` table, so those tests talk to the database with `psql` (no Python driver needed) using
CONDUIT_TEST_DATABASE_URL. When it is not set (e.g. --base-url against another implementation)
the tests that need it are skipped, not failed.
"""
import os
import subprocess

import pytest

from conftest import register

FIELD_SEP = "\x1f"


def database_url():
    return os.environ.get("CONDUIT_TEST_DATABASE_URL")


def psql(sql, **params):
    """Run one statement; returns the rows as lists of strings.

    Parameters are passed as psql variables and must be referenced as :'name' (quoted literal),
    so no value is ever pasted into the SQL text.
    """
    url = database_url()
    if not url:
        pytest.skip("needs direct database access (CONDUIT_TEST_DATABASE_URL)")
    cmd = ["psql", url, "-X", "-q", "-A", "-t", "-F", FIELD_SEP, "-v", "ON_ERROR_STOP=1"]
    for name, value in params.items():
        cmd += ["-v", f"{name}={value}"]
    # Statements read from stdin get variable interpolation (-c strings do not).
    out = subprocess.run(cmd, input=sql.rstrip().rstrip(";") + ";\n", capture_output=True,
                         text=True, timeout=30)
    assert out.returncode == 0, f"psql failed: {out.stderr.strip()}"
    return [line.split(FIELD_SEP) for line in out.stdout.splitlines() if line]


def make_admin(api, name):
    """Register `name` and promote it to admin in the database."""
    if not database_url():
        pytest.skip("promoting a user to admin needs CONDUIT_TEST_DATABASE_URL")
    user = register(api, name)
    rows = psql("UPDATE users SET role = 'admin' WHERE username = :'u' RETURNING id", u=name)
    assert len(rows) == 1
    return user
