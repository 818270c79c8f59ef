"""Mixed and repeated credentials against the real server (issue 11, item 8).

Operations that accept `Token` or `ApiKey` verify every credential the request presents for
those schemes: a bad one is 401 even when the other is good, and two good ones naming different
users are 401 — the identity a request acts as never depends on which alternative the spec
lists first. A credential header sent twice is 401 too.
"""
import pytest
import requests

from hostile_util import assert_json_error, raw, register


def _key(base, token, name="k"):
    r = requests.post(f"{base}/api/user/api-keys", json={"apiKey": {"name": name}},
                      headers={"Authorization": f"Token {token}"}, timeout=10)
    assert r.status_code == 201, r.text
    return r.json()["apiKey"]["secret"]


def _me(base, headers):
    return requests.get(f"{base}/api/user", headers=headers, timeout=10)


@pytest.fixture(scope="module")
def users(server):
    """Two users, each with a token and an API key."""
    base = server.url("")
    out = []
    for _ in range(2):
        name, _email, _pw, token = register(base)
        out.append({"name": name, "token": token, "key": _key(base, token)})
    return out


def test_garbage_token_beside_valid_key_is_401(server, users):
    """Attack: `Authorization: Token garbage` plus a valid X-API-Key — was 200 as the key's owner."""
    a = users[0]
    r = _me(server.url(""), {"Authorization": "Token garbage", "X-API-Key": a["key"]})
    assert r.status_code == 401, r.text
    assert r.headers.get("WWW-Authenticate"), r.headers
    assert "invalid or expired credentials" in r.text


def test_valid_token_beside_garbage_key_is_401(server, users):
    """Attack: a valid token plus a guessed API key (probing keys under cover of a good token)."""
    a = users[0]
    r = _me(server.url(""), {"Authorization": f"Token {a['token']}",
                             "X-API-Key": "x" * 40})
    assert r.status_code == 401, r.text


def test_token_and_key_of_different_users_is_401(server, users):
    """Attack: user A's token with user B's key — was 200 as A (the first alternative)."""
    a, b = users
    for headers in ({"Authorization": f"Token {a['token']}", "X-API-Key": b["key"]},
                    {"Authorization": f"Token {b['token']}", "X-API-Key": a["key"]}):
        r = _me(server.url(""), headers)
        assert r.status_code == 401, r.text
        assert "credentials identify different users" in r.text, r.text


def test_token_and_key_of_the_same_user_is_that_user(server, users):
    """Both credentials of one user: admitted as that user (RealWorld clients keep working)."""
    a = users[0]
    r = _me(server.url(""), {"Authorization": f"Token {a['token']}", "X-API-Key": a["key"]})
    assert r.status_code == 200, r.text
    assert r.json()["user"]["username"] == a["name"]
    for headers in ({"Authorization": f"Token {a['token']}"}, {"X-API-Key": a["key"]}):
        r = _me(server.url(""), headers)
        assert r.status_code == 200 and r.json()["user"]["username"] == a["name"], r.text


def test_mixed_credentials_on_optional_auth_operation(server, users):
    """Optional-auth operation (GET /api/articles): garbage beside a good key is 401 as well,
    and two users' credentials are refused instead of choosing one."""
    a, b = users
    base = server.url("")
    r = requests.get(f"{base}/api/articles", headers={"Authorization": "Token garbage",
                                                      "X-API-Key": a["key"]}, timeout=10)
    assert r.status_code == 401, r.text
    r = requests.get(f"{base}/api/articles", headers={"Authorization": f"Token {a['token']}",
                                                      "X-API-Key": b["key"]}, timeout=10)
    assert r.status_code == 401, r.text
    r = requests.get(f"{base}/api/articles", timeout=10)
    assert r.status_code == 200, r.text


def _raw_get(server, path, header_lines):
    req = (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
           + "".join(f"{h}\r\n" for h in header_lines) + "\r\n").encode()
    data, _closed, _t = raw(server.port, req)
    return data


def test_authorization_header_twice_is_401(server, users):
    """Attack: two Authorization headers (A's and B's token) — the first silently won."""
    a, b = users
    data = _raw_get(server, "/api/user", [f"Authorization: Token {a['token']}",
                                          f"Authorization: Token {b['token']}"])
    doc = assert_json_error(data, 401)
    assert "more than once" in str(doc), doc


def test_api_key_header_twice_is_401(server, users):
    """Attack: X-API-Key twice, the same valid key and another one."""
    a, b = users
    data = _raw_get(server, "/api/user", [f"X-API-Key: {a['key']}", f"X-API-Key: {b['key']}"])
    assert_json_error(data, 401)
    data = _raw_get(server, "/api/user", [f"X-API-Key: {a['key']}", f"X-API-Key: {a['key']}"])
    assert_json_error(data, 401)
