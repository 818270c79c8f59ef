"""Contract tests: the real server (or any implementation at --base-url) against openapi.yaml.

Every response goes through `Api.call`, which checks the status is one the spec declares for the
operation and validates the body against the spec's schema for that status with python3-jsonschema
— independent of the project's generated validators. Operations exercised are counted and a
coverage table is printed at the end of the session.
"""
import json
import os
import pathlib
import re
import secrets
import signal
import socket
import subprocess
import time

import pytest
import requests
import yaml
from jsonschema import Draft202012Validator, RefResolver

ROOT = pathlib.Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
BASE_PATH = SPEC.get("servers", [{"url": "/api"}])[0]["url"].rstrip("/")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# operationId -> (method, path template, operation object)
OPERATIONS = {
    op["operationId"]: (m.upper(), path, op)
    for path, item in SPEC["paths"].items()
    for m, op in item.items()
    if m in METHODS
}
COVERED = {}  # operationId -> set of statuses seen

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


def pytest_addoption(parser):
    parser.addoption("--server", help="path of the conduit binary to start")
    parser.addoption("--base-url", help="test an already running implementation instead, e.g. "
                     "http://127.0.0.1:3000 (paths come from the spec, including /api)")


def _resolve(obj):
    """Follow a local $ref (responses, requestBodies, parameters) to its target."""
    while isinstance(obj, dict) and "$ref" in obj:
        node = SPEC
        for part in obj["$ref"].lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        obj = node
    return obj


def response_schema(operation_id, status):
    _, _, op = OPERATIONS[operation_id]
    responses = op.get("responses", {})
    resp = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    if resp is None:
        return None, False
    resp = _resolve(resp)
    content = resp.get("content") or {}
    media = content.get("application/json") or content.get("application/problem+json")
    return (media or {}).get("schema"), True


def validate_against_spec(operation_id, resp):
    schema, declared = response_schema(operation_id, resp.status_code)
    assert declared, (f"{operation_id}: status {resp.status_code} is not declared in the spec; "
                      f"body: {resp.text[:300]}")
    if schema is None:
        assert resp.content == b"", f"{operation_id}: {resp.status_code} must have no body"
        return None
    assert resp.headers.get("Content-Type", "").startswith("application/"), resp.headers
    body = resp.json()
    validator = Draft202012Validator(schema, resolver=RefResolver("", SPEC),
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
    assert not errors, (f"{operation_id} {resp.status_code}: response violates the spec: "
                        + "; ".join(f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]))
    return body


class Api:
    def __init__(self, base_url):
        self.base = base_url.rstrip("/")
        self.http = requests.Session()

    def url(self, operation_id, **path_params):
        _, template, _ = OPERATIONS[operation_id]
        path = template
        for k, v in path_params.items():
            path = path.replace("{" + k + "}", requests.utils.quote(str(v), safe=""))
        return self.base + BASE_PATH + path

    def call(self, operation_id, *, token=None, json_body=None, data=None, params=None,
             headers=None, expect=None, **path_params):
        method, _, _ = OPERATIONS[operation_id]
        h = dict(headers or {})
        if token:
            h["Authorization"] = f"Token {token}"
        if data is not None:
            h.setdefault("Content-Type", "application/json")
        resp = self.http.request(method, self.url(operation_id, **path_params), json=json_body,
                                 data=data, params=params, headers=h, timeout=30)
        body = validate_against_spec(operation_id, resp)
        COVERED.setdefault(operation_id, set()).add(resp.status_code)
        if expect is not None:
            assert resp.status_code == expect, f"{operation_id}: expected {expect}, got {resp.status_code}: {resp.text[:500]}"
        return resp, body

    def raw(self, method, path, **kw):
        kw.setdefault("timeout", 30)
        return self.http.request(method, self.base + path, **kw)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A conduit process of our own on a free port, stopped with SIGTERM (must exit 0)."""

    def __init__(self, binary, db_url, **extra_env):
        self.port = _free_port()
        env = dict(os.environ, DATABASE_URL=db_url, CONDUIT_PORT=str(self.port),
                   CONDUIT_HOST="127.0.0.1", JWT_SECRET=secrets.token_hex(32),
                   PBKDF2_ITERATIONS="1000", CONDUIT_VALIDATE_RESPONSES="1",
                   CONDUIT_LOG_LEVEL="warn", CONDUIT_RATE_LIMIT="0")
        env.update({k: str(v) for k, v in extra_env.items()})
        logdir = os.environ.get("CONDUIT_CONTRACT_LOGDIR", "/tmp")
        self.log = open(os.path.join(logdir, f"conduit-contract-{self.port}.log"), "w")
        self.proc = subprocess.Popen([binary], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 30
        while True:
            try:
                if requests.get(self.url + "/healthz", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if self.proc.poll() is not None or time.time() > deadline:
                self.proc.kill()
                pytest.fail(f"server did not start (exit {self.proc.poll()}); see {self.log.name}")
            time.sleep(0.05)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            assert self.proc.wait(timeout=20) == 0, "server did not exit 0 on SIGTERM"
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self.log.close()


def server_config(request):
    """(binary, database URL) for starting servers of our own, or None with --base-url."""
    if request.config.getoption("--base-url"):
        return None
    binary = request.config.getoption("--server") or os.environ.get("CONDUIT_BIN")
    db_url = os.environ.get("CONDUIT_TEST_DATABASE_URL")
    if not binary or not db_url:
        pytest.fail("contract tests need --server BIN and CONDUIT_TEST_DATABASE_URL "
                    "(scripts/test sets both), or --base-url URL")
    return binary, db_url


@pytest.fixture(scope="session")
def base_url(request):
    given = request.config.getoption("--base-url")
    if given:
        yield given
        return
    server = Server(*server_config(request))
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def api(base_url):
    return Api(base_url)


@pytest.fixture
def unique():
    """A fresh suffix so tests never collide, whatever the database already holds."""
    return secrets.token_hex(4)


def register(api, name):
    user = {"username": name, "email": f"{name}@example.com", "password": f"pw-{name}-secret"}
    _, body = api.call("CreateUser", json_body={"user": user}, expect=201)
    return dict(user, token=body["user"]["token"])


@pytest.fixture
def user(api, unique):
    return register(api, f"u{unique}")


def pytest_terminal_summary(terminalreporter):
    if not COVERED:
        return
    tr = terminalreporter
    tr.section("operation coverage")
    for op_id in sorted(OPERATIONS, key=lambda o: (OPERATIONS[o][1], OPERATIONS[o][0])):
        method, path, _ = OPERATIONS[op_id]
        seen = ",".join(str(s) for s in sorted(COVERED.get(op_id, ()))) or "-"
        tr.write_line(f"{'yes' if op_id in COVERED else ' no'}  {method:6} {BASE_PATH}{path:40} {op_id:28} {seen}")
    tr.write_line(f"coverage: {len(COVERED)}/{len(OPERATIONS)} operations")


def pytest_sessionfinish(session, exitstatus):
    # The full suite (ctest sets this) must exercise every operation of the spec.
    if os.environ.get("CONDUIT_CONTRACT_FULL") == "1" and exitstatus == 0 and len(COVERED) < len(OPERATIONS):
        missing = sorted(set(OPERATIONS) - set(COVERED))
        print(f"\ncontract coverage incomplete: {len(COVERED)}/{len(OPERATIONS)}; missing: {', '.join(missing)}")
        session.exitstatus = 1
