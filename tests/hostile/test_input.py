"""Text and parameter decoding against the real server (issue 11, items 10 and 11).

Lone UTF-16 surrogate escapes in JSON (json-c stores them as U+FFFD), repeated scalar query
parameters (the first silently won), Content-Type charsets other than UTF-8 (accepted), and
parameter bytes that are not UTF-8: each is answered 4xx with a JSON error saying what and where.
"""
import json

import pytest
import requests

from hostile_util import assert_json_error, raw, register


@pytest.fixture(scope="module")
def token(server):
    return register(server.url(""))[3]


def _post_article(server, token, body, content_type="application/json"):
    return requests.post(server.url("/api/articles"), data=body.encode(),
                         headers={"Authorization": f"Token {token}",
                                  "Content-Type": content_type}, timeout=10)


def _article(title):
    return ('{"article":{"title":"%s","description":"d","body":"b","tagList":[]}}' % title)


def _messages(r):
    return r.json()["errors"]["body"]


@pytest.mark.parametrize("title", [
    r"\ud800", r"\udfff", r"x\ud83d", r"\ud83dx", r"\ud800\u0041", r"\udc00\ud800",
    r"\ud800\ud800",
])
def test_lone_surrogate_escape_is_400(server, token, title):
    """Attack: a lone surrogate escape in a string — was stored as U+FFFD (201)."""
    r = _post_article(server, token, _article(title))
    assert r.status_code == 400, r.text
    msg = " ".join(_messages(r))
    assert "surrogate" in msg and "offset" in msg, msg


def test_lone_surrogate_in_member_name_is_400(server, token):
    body = '{"article":{"title":"t","description":"d","body":"b","\\ud800":1}}'
    r = _post_article(server, token, body)
    assert r.status_code == 400, r.text


def test_surrogate_pair_is_stored_as_its_character(server, token):
    """The valid pair still works and is stored as the one character it encodes."""
    r = _post_article(server, token, _article(r"pair \ud83d\ude00 ok"))
    assert r.status_code == 201, r.text
    assert r.json()["article"]["title"] == "pair \U0001F600 ok"


@pytest.mark.parametrize("query,name", [
    ("limit=1&limit=2", "limit"),
    ("offset=0&offset=5", "offset"),
    ("tag=a&tag=b", "tag"),
    ("author=x&author=x", "author"),
])
def test_repeated_scalar_query_parameter_is_400(server, query, name):
    """Attack: `limit=1&limit=2` — was 200 with the first; a proxy or cache may use the last."""
    r = requests.get(server.url(f"/api/articles?{query}"), timeout=10)
    assert r.status_code == 400, r.text
    msg = " ".join(_messages(r))
    assert name in msg and "more than once" in msg, msg


def test_single_query_parameters_still_work(server):
    r = requests.get(server.url("/api/articles?limit=1&offset=0&tag=a"), timeout=10)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("query", ["tag=%FF", "tag=a%C0%AFb", "author=%ED%A0%80"])
def test_query_parameter_not_utf8_is_400(server, query):
    """Attack: percent-encoded bytes that are not UTF-8. Only parameters with a length limit
    caught them (as a side effect of counting code points, 422); the others went on to the
    handler and PostgreSQL. Malformed text is 400, as in path parameters."""
    r = requests.get(server.url(f"/api/articles?{query}"), timeout=10)
    assert r.status_code == 400, r.text
    assert "UTF-8" in " ".join(_messages(r))


@pytest.mark.parametrize("ct,charset", [
    ("application/json; charset=latin1", "latin1"),
    ("application/json; charset=ISO-8859-1", "ISO-8859-1"),
    ('application/json; charset="windows-1252"', "windows-1252"),
])
def test_other_charset_is_415(server, token, ct, charset):
    """Attack: a body declared as Latin-1 — its bytes were read as UTF-8 anyway (201)."""
    r = _post_article(server, token, _article("charset"), content_type=ct)
    assert r.status_code == 415, r.text
    assert charset in " ".join(_messages(r))


@pytest.mark.parametrize("ct", ["application/json; charset=utf-8",
                                "application/json; charset=UTF-8",
                                'application/json; charset="utf-8"',
                                "application/json;charset=utf-8"])
def test_utf8_charset_spellings_accepted(server, token, ct):
    r = _post_article(server, token, _article("cs " + ct.replace('"', "")), content_type=ct)
    assert r.status_code == 201, r.text


@pytest.mark.parametrize("ct", ["application/json; charset", 'application/json; charset="utf-8',
                                "application/json; =x", "application json"])
def test_malformed_content_type_is_400(server, token, ct):
    r = _post_article(server, token, _article("malformed"), content_type=ct)
    assert r.status_code == 400, r.text
    assert "Content-Type" in " ".join(_messages(r))


def test_content_type_twice_is_400(server, token):
    """Attack: two Content-Type headers; something in front may have checked the other one."""
    body = _article("twice").encode()
    req = (b"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
           b"Authorization: Token " + token.encode() + b"\r\n"
           b"Content-Type: text/plain\r\nContent-Type: application/json\r\n"
           b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    data, _closed, _t = raw(server.port, req)
    doc = assert_json_error(data, 400)
    assert "Content-Type" in json.dumps(doc)


def test_nul_escape_in_a_query_value_is_refused(server):
    """`?author=jake%00x` was decoded into a C string and silently cut to `jake`."""
    r = requests.get(f"http://127.0.0.1:{server.port}/api/articles?author=jake%00x", timeout=5)
    assert r.status_code == 400, r.text
    assert "%00" in r.text
