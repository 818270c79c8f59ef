"""Generated request engine on hostile input (tests/codegen/feature.yaml): mixed and repeated
credentials, lone UTF-16 surrogate escapes, repeated scalar parameters, Content-Type charsets and
malformed media types, invalid UTF-8 in parameters. Each attack case names the attack and failed
on the engine before these checks existed (first value wins, U+FFFD stored, charset ignored);
the accepted variants (same caller twice, valid escapes, utf-8 spellings) guard against
over-rejecting.
"""
import json

import pytest

ITEM = {"name": "abc", "secret": "s"}
LIST_DEFAULTS = {"limit": 20, "offset": 0, "sort": "asc"}


def hexs(b):
    return b.hex()


def run(driver, **case):
    got, _ = driver.one(case)
    return got


def messages(got):
    return [e["message"] for e in got["errors"]]


# ---------------------------------------------------------------- credentials

@pytest.mark.parametrize("name,h,q,status,user", [
    # attack: garbage in one credential next to a valid one, hoping the valid one wins
    ("invalid-header-plus-valid-query", [["X-API-Key", "bad"]], [["api_key", "good"]], 401, None),
    ("valid-header-plus-invalid-query", [["X-API-Key", "good"]], [["api_key", "bad"]], 401, None),
    # attack: one user's key next to another user's, acting as whichever the spec lists first
    ("two-users", [["X-API-Key", "good"]], [["api_key", "admin"]], 401, None),
    ("two-users-reversed", [["X-API-Key", "admin"]], [["api_key", "good"]], 401, None),
    # the same caller through both: fine, admitted once
    ("same-user-both", [["X-API-Key", "good"]], [["api_key", "good-too"]], 200, 1),
    ("only-second", [], [["api_key", "admin"]], 200, 2),
])
def test_mixed_credentials(feature_driver, name, h, q, status, user):
    got = run(feature_driver, m="GET", p="/v1/secure/either", h=h, q=q)
    assert got["status"] == status, got
    assert got["user"] == user, got
    if status == 401:
        assert got["headers"].get("WWW-Authenticate"), got


def test_mixed_credentials_different_users_message(feature_driver):
    """Attack: two valid credentials of different users; the refusal says why."""
    got = run(feature_driver, m="GET", p="/v1/secure/either", h=[["X-API-Key", "good"]],
              q=[["api_key", "admin"]])
    assert got["status"] == 401
    assert messages(got) == ["credentials identify different users"], got


def test_invalid_credential_names_its_location(feature_driver):
    """The 401 for a bad credential points at the credential that failed, not the first scheme."""
    got = run(feature_driver, m="GET", p="/v1/secure/either", h=[["X-API-Key", "good"]],
              q=[["api_key", "bad"]])
    assert got["status"] == 401
    assert [e["pointer"] for e in got["errors"]] == ["query/api_key"], got
    assert messages(got) == ["invalid or expired credentials"]


def test_and_alternative_with_one_bad_credential(feature_driver):
    """AND alternative: a bad bearer beside a good key is 401, not a partial match."""
    got = run(feature_driver, m="GET", p="/v1/secure/both",
              h=[["X-API-Key", "good"], ["Authorization", "Bearer bad"]])
    assert got["status"] == 401, got


def test_and_alternative_two_users(feature_driver):
    """AND alternative whose two credentials name different users is refused."""
    got = run(feature_driver, m="GET", p="/v1/secure/both",
              h=[["X-API-Key", "good"], ["Authorization", "Bearer admin"]])
    assert got["status"] == 401, got
    assert messages(got) == ["credentials identify different users"]


@pytest.mark.parametrize("where", ["h", "q", "c"])
def test_repeated_credential(feature_driver, where):
    """Attack: the same credential parameter twice (first valid, second another user's or
    garbage) — which one counts would depend on the parser; refused."""
    path = {"h": "/v1/secure/header", "q": "/v1/secure/query", "c": "/v1/secure/cookie"}[where]
    name = {"h": "X-API-Key", "q": "api_key", "c": "sid"}[where]
    got = run(feature_driver, m="GET", p=path, **{where: [[name, "good"], [name, "admin"]]})
    assert got["status"] == 401, got
    assert messages(got) == ["credential sent more than once"], got
    got = run(feature_driver, m="GET", p=path, **{where: [[name, "good"]]})
    assert got["status"] == 200 and got["user"] == 1, got


def test_repeated_authorization_header(feature_driver):
    got = run(feature_driver, m="GET", p="/v1/secure/bearer",
              h=[["Authorization", "Bearer good"], ["Authorization", "Bearer admin"]])
    assert got["status"] == 401, got
    assert [e["pointer"] for e in got["errors"]] == ["header/Authorization"], got


def test_scope_checked_per_alternative(feature_driver):
    """Scopes still apply: an authenticated non-admin gets 403, an admin passes."""
    assert run(feature_driver, m="DELETE", p="/v1/items/3",
               h=[["Authorization", "Bearer good"]])["status"] == 403
    assert run(feature_driver, m="DELETE", p="/v1/items/3",
               h=[["Authorization", "Bearer admin"]])["status"] == 204


# ---------------------------------------------------------------- surrogates

@pytest.mark.parametrize("name,text", [
    ("lone-high", r"\ud800"),
    ("lone-high-upper", r"\uDBFF"),
    ("lone-low", r"\udc00"),
    ("high-then-text", r"\ud800abc"),
    ("high-then-non-low-escape", r"\ud800\u0041"),
    ("high-then-high", r"\ud800\ud800"),
    ("low-then-high", r"\udc00\ud800"),
    ("high-at-end", "a\\ud83d"),
    ("high-then-bad-escape", r"\ud800\uZZZZ"),
])
def test_lone_surrogate_rejected(feature_driver, name, text):
    """Attack: a lone surrogate escape, which json-c stores as U+FFFD (the stored text differs
    from what any strict decoder sees)."""
    raw = '{"name":"' + text + '","secret":"s"}'
    got = run(feature_driver, m="POST", p="/v1/items", b=raw)
    assert got["status"] == 400, got
    msg = messages(got)[0]
    assert "not valid JSON" in msg, msg
    assert f"at offset {9 + text.index(chr(92))}" in msg, msg  # where the bad escape starts
    if "ZZZZ" not in text:
        assert "surrogate" in msg, msg


def test_lone_surrogate_in_property_name(feature_driver):
    got = run(feature_driver, m="POST", p="/v1/items", b='{"name":"abc","secret":"s","\\udfff":1}')
    assert got["status"] == 400 and "surrogate" in messages(got)[0], got


def test_nul_escape_in_property_name(feature_driver):
    """Attack: "name\\u0000x" — json-c keeps keys as C strings, so the key would read as "name"."""
    got = run(feature_driver, m="POST", p="/v1/items",
              b='{"name":"abc","secret":"s","name\\u0000x":"evil"}')
    assert got["status"] == 400 and "U+0000" in messages(got)[0], got


@pytest.mark.parametrize("text,stored", [
    (r"\ud83d\ude00", "\U0001F600"),
    (r"\uD83D\uDE00", "\U0001F600"),
    (r"\u00e9", "é"),
    (r"\ud7ff", "\ud7ff"),
    (r"\ue000", "\ue000"),
])
def test_valid_escapes_accepted(feature_driver, text, stored):
    got = run(feature_driver, m="POST", p="/v1/items", b='{"name":"' + text + '","secret":"s"}')
    assert got["status"] == 201, got
    assert got["body"]["name"] == stored


# ---------------------------------------------------------------- repeated parameters

@pytest.mark.parametrize("name,q,pointer", [
    ("limit-twice", [["limit", "1"], ["limit", "2"]], "query/limit"),
    ("limit-twice-same", [["limit", "5"], ["limit", "5"]], "query/limit"),
    ("limit-empty-then-value", [["limit", ""], ["limit", "2"]], "query/limit"),
    ("string-twice", [["q", "ab"], ["q", "cd"]], "query/q"),
    ("non-exploded-array-twice", [["ids", "1,2"], ["ids", "3"]], "query/ids"),
    ("pipe-array-twice", [["pipes", "a|b"], ["pipes", "c"]], "query/pipes"),
])
def test_repeated_scalar_query(feature_driver, name, q, pointer):
    """Attack: limit=1&limit=2 — a cache or WAF in front may read the last, we read the first."""
    got = run(feature_driver, m="GET", p="/v1/items", q=q)
    assert got["status"] == 400, got
    assert [e["pointer"] for e in got["errors"]] == [pointer], got
    assert pointer.split("/")[1] in messages(got)[0] and "more than once" in messages(got)[0]


def test_exploded_array_repeats_still_work(feature_driver):
    got = run(feature_driver, m="GET", p="/v1/items", q=[["tags", "a"], ["tags", "b"]])
    assert got["status"] == 200 and got["body"]["tags"] == ["a", "b"], got


def test_repeated_scalar_header(feature_driver):
    got = run(feature_driver, m="GET", p="/v1/items", h=[["X-Mode", "fast"], ["x-mode", "slow"]])
    assert got["status"] == 400, got
    assert [e["pointer"] for e in got["errors"]] == ["header/X-Mode"], got


def test_repeated_list_header_is_one_list(feature_driver):
    """A list-valued header on two lines is one list (RFC 9110 §5.3), not the first line."""
    got = run(feature_driver, m="GET", p="/v1/search", q=[["term", "x"]],
              h=[["X-Ids", "1,2"], ["X-Ids", "3"]])
    assert got["status"] == 200 and got["body"]["ids"] == [1, 2, 3], got
    got = run(feature_driver, m="GET", p="/v1/search", q=[["term", "x"]],
              h=[["X-Ids", "1,2"], ["X-Ids", "3,4"]])
    assert got["status"] == 422, got  # maxItems 3 counts both lines


def test_repeated_cookie(feature_driver):
    got = run(feature_driver, m="GET", p="/v1/items", c=[["session", "abc"], ["session", "xyz"]])
    assert got["status"] == 400, got
    assert [e["pointer"] for e in got["errors"]] == ["cookie/session"], got


@pytest.mark.parametrize("where,name,pointer", [
    ("q", "q", "query/q"), ("h", "X-Mode", "header/X-Mode"), ("c", "session", "cookie/session"),
])
def test_invalid_utf8_parameter(feature_driver, where, name, pointer):
    """Attack: bytes that are not UTF-8 in a decoded parameter (the database would refuse them
    later, as a 500)."""
    got = run(feature_driver, m="GET", p="/v1/items", hex=1, **{where: [[name, hexs(b"ab\xff")]]})
    assert got["status"] == 400, got
    assert [e["pointer"] for e in got["errors"]] == [pointer], got
    assert "UTF-8" in messages(got)[0]


def test_invalid_utf8_exploded_array_item(feature_driver):
    got = run(feature_driver, m="GET", p="/v1/items", hex=1,
              q=[["tags", hexs(b"ok")], ["tags", hexs(b"\xed\xa0\x80")]])
    assert got["status"] == 400, got


# ---------------------------------------------------------------- Content-Type

@pytest.mark.parametrize("ct", [
    "application/json; charset=utf-8",
    "application/json; charset=UTF-8",
    "application/json;charset=Utf-8",
    'application/json; charset="utf-8"',
    'application/json; charset="UTF-8"',
    "application/json ; charset=utf-8",
    "application/json;",
    "application/json; ; charset=utf-8",
    "application/json; foo=bar",
    'application/json; foo="a;b\\"c"',
    "APPLICATION/JSON",
    "application/problem+json; charset=utf-8",
])
def test_content_type_accepted(feature_driver, ct):
    got = run(feature_driver, m="POST", p="/v1/items", b=json.dumps(ITEM), h=[["Content-Type", ct]])
    assert got["status"] == 201, got


@pytest.mark.parametrize("ct,charset", [
    ("application/json; charset=latin1", "latin1"),
    ("application/json; charset=ISO-8859-1", "ISO-8859-1"),
    ('application/json; charset="utf-16"', "utf-16"),
    ("application/json; charset=utf8", "utf8"),
    ("application/json; charset=utf-8; charset=latin1", "latin1"),
])
def test_content_type_other_charset_415(feature_driver, ct, charset):
    """Attack: a body declared in another charset — its bytes would be read as UTF-8."""
    got = run(feature_driver, m="POST", p="/v1/items", b=json.dumps(ITEM), h=[["Content-Type", ct]])
    assert got["status"] == 415, got
    assert charset in messages(got)[0], got
    assert [e["pointer"] for e in got["errors"]] == ["header/Content-Type"]


@pytest.mark.parametrize("ct", [
    "application/json; charset",
    "application/json; charset=",
    'application/json; charset="utf-8',
    "application/json x",
    "application/json; =utf-8",
    "application/json; charset=utf-8 x",
    "application/",
    "/json",
    "application json",
    "",
    'application/json; a="\x01"',
])
def test_content_type_malformed_400(feature_driver, ct):
    got = run(feature_driver, m="POST", p="/v1/items", b=json.dumps(ITEM), h=[["Content-Type", ct]])
    assert got["status"] == 400, got
    assert "Content-Type" in messages(got)[0]


@pytest.mark.parametrize("ct", ["text/plain", "application/jsonx", "application/+json",
                                "text/plain; charset=utf-8"])
def test_content_type_not_json_415(feature_driver, ct):
    got = run(feature_driver, m="POST", p="/v1/items", b=json.dumps(ITEM), h=[["Content-Type", ct]])
    assert got["status"] == 415, got


def test_content_type_twice_400(feature_driver):
    """Attack: two Content-Type headers (a proxy may check the other one)."""
    got = run(feature_driver, m="POST", p="/v1/items", b=json.dumps(ITEM),
              h=[["Content-Type", "text/plain"], ["Content-Type", "application/json"]])
    assert got["status"] == 400, got
