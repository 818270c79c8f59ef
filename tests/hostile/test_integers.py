"""Integer range: ids and claims beyond the database column's range.

Attack: the spec declared every id `int64` while the columns are PostgreSQL `integer`, so
`DELETE /api/user/api-keys/2147483648` reached a query with an out-of-range parameter and came back
500 (a database error), and a correctly signed token whose `sub` is 2^31 did the same on every
authenticated request. The contract now: an id that indexes an `integer` column is `format: int32`
with `minimum: 1, maximum: 2147483647`; anything outside is 422 naming the parameter (as 0 and -1
always were). Notification ids are `bigint`: beyond int32 they are simply not found (404). A token
whose `sub` cannot name a user is 401. Offsets are `bigint` in SQL: a huge offset is an empty page.
"""
import base64
import hashlib
import hmac
import json
import subprocess
import time
import uuid

import pytest
import requests

from conftest import Server
from hostile_util import register

SECRET = "hostile-integers-test-secret-0123456789abcdef"
BIG = [2**31, 2**63 - 1, -1, 0]


@pytest.fixture(scope="module")
def srv(conduit_bin, db_url):
    s = Server(conduit_bin, db_url, args=["--rate-limit", "0"], env={"JWT_SECRET": SECRET})
    yield s
    rc = s.stop()
    out = s.output()
    assert rc == 0 and "Sanitizer" not in out and "runtime error:" not in out, out[-4000:]


def psql(db_url, sql, **params):
    cmd = ["psql", db_url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"]
    for k, v in params.items():
        cmd += ["-v", f"{k}={v}"]
    out = subprocess.run(cmd, input=sql, capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@pytest.fixture(scope="module")
def world(srv, db_url):
    """An admin with an article, a comment on it, and a report (so every operation has a target)."""
    base = srv.url("")
    name, _, _, token = register(base)
    psql(db_url, "UPDATE users SET role = 'admin' WHERE username = :'u'", u=name)
    h = {"Authorization": f"Token {token}"}
    r = requests.post(f"{base}/api/articles", headers=h, timeout=10, json={"article": {
        "title": "ints " + uuid.uuid4().hex[:8], "description": "d", "body": "b"}})
    assert r.status_code == 201, r.text
    slug = r.json()["article"]["slug"]
    r = requests.post(f"{base}/api/articles/{slug}/comments", headers=h, timeout=10,
                      json={"comment": {"body": "c"}})
    assert r.status_code == 200, r.text
    return {"base": base, "headers": h, "slug": slug, "user": name}


def _int32_ops(slug):
    """(method, path template, body) of every operation whose path id is an integer column."""
    return [
        ("GET", f"/api/articles/{slug}/comments/{{}}", None),
        ("PUT", f"/api/articles/{slug}/comments/{{}}", {"comment": {"body": "x"}}),
        ("DELETE", f"/api/articles/{slug}/comments/{{}}", None),
        ("DELETE", "/api/user/api-keys/{}", None),
        ("DELETE", "/api/user/webhooks/{}", None),
        ("PUT", "/api/admin/reports/{}", {"report": {"status": "dismissed"}}),
    ]


@pytest.mark.parametrize("value", BIG)
def test_int32_path_ids_out_of_range_are_422_naming_the_parameter(world, value):
    """Attack: path ids 2^31, 2^63-1, -1, 0 on every id-taking operation (was 500 for API keys)."""
    for method, path, body in _int32_ops(world["slug"]):
        r = requests.request(method, world["base"] + path.format(value), headers=world["headers"],
                             json=body, timeout=10)
        assert r.status_code == 422, (method, path, value, r.status_code, r.text)
        msgs = r.json()["errors"]["body"]
        assert msgs and all(m.startswith("path/id:") for m in msgs), (method, path, msgs)


def test_int32_path_ids_at_the_top_of_the_range_are_404(world):
    """2^31-1 is a valid id that names nothing: 404, still no 5xx."""
    for method, path, body in _int32_ops(world["slug"]):
        r = requests.request(method, world["base"] + path.format(2**31 - 1),
                             headers=world["headers"], json=body, timeout=10)
        assert r.status_code == 404, (method, path, r.status_code, r.text)


@pytest.mark.parametrize("value,status", [(2**31, 404), (2**63 - 1, 404), (-1, 422), (0, 422)])
def test_notification_ids_are_bigint(world, value, status):
    """Notification ids are bigint: beyond int32 they are just unknown (404); below 1 invalid."""
    r = requests.post(f"{world['base']}/api/notifications/{value}/read",
                      headers=world["headers"], timeout=10)
    assert r.status_code == status, r.text


@pytest.mark.parametrize("value", BIG)
def test_report_comment_id_in_the_body(world, value):
    """Attack: an id inside a body (report target commentId) beyond int32."""
    r = requests.post(f"{world['base']}/api/articles/{world['slug']}/reports",
                      headers=world["headers"], timeout=10,
                      json={"report": {"target": {"type": "comment", "commentId": value},
                                       "reason": "spam"}})
    assert r.status_code == 422, r.text
    assert any(m.startswith("report/target") for m in r.json()["errors"]["body"]), r.text


@pytest.mark.parametrize("offset,status", [(2**31, 200), (2**63 - 1, 200), (-1, 422)])
def test_huge_offsets_are_an_empty_page(world, offset, status):
    """Attack: offsets beyond int32/int64 limits on every paginated list."""
    slug, user = world["slug"], world["user"]
    for path in ["/api/articles", "/api/articles/feed", "/api/user/bookmarks",
                 "/api/notifications", "/api/search/articles?q=x", "/api/articles/trending",
                 f"/api/profiles/{user}/followers", f"/api/profiles/{user}/following",
                 f"/api/articles/{slug}/revisions", "/api/admin/reports", "/api/admin/users"]:
        sep = "&" if "?" in path else "?"
        r = requests.get(f"{world['base']}{path}{sep}offset={offset}&limit=100",
                         headers=world["headers"], timeout=10)
        assert r.status_code == status, (path, r.status_code, r.text)


def _b64(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def sign(claims, secret=SECRET):
    head = _b64({"alg": "HS256", "typ": "JWT"}) + "." + _b64(claims)
    mac = hmac.new(secret.encode(), head.encode(), hashlib.sha256).digest()
    return head + "." + base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


@pytest.mark.parametrize("sub", [2**31, 2**63 - 1])
def test_signed_token_with_sub_beyond_int32_is_401(srv, world, db_url, sub):
    """Attack: a correctly signed JWT (the server's own secret) whose sub is 2^31 or 2^63-1."""
    now = int(time.time())
    token = sign({"sub": str(sub), "username": "x", "iat": now - 5, "nbf": now - 5,
                  "exp": now + 3600})
    for path in ["/api/user", "/api/articles/feed", "/api/articles"]:
        r = requests.get(srv.url(path), headers={"Authorization": f"Token {token}"}, timeout=10)
        assert r.status_code == 401, (path, r.status_code, r.text)
    # the same forge with a real user's id works, so the 401 above is about the range
    uid = psql(db_url, "SELECT id FROM users WHERE username = :'u'", u=world["user"])
    # iat one second ahead (within the leeway): after the user's token cut-off second
    ok = sign({"sub": uid, "username": world["user"], "iat": now + 1, "nbf": now - 5,
               "exp": now + 3600})
    r = requests.get(srv.url("/api/user"), headers={"Authorization": f"Token {ok}"}, timeout=10)
    assert r.status_code == 200, r.text
