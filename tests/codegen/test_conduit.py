"""The project spec (openapi.yaml) through the generated code with weak 501 stubs: requests that
pass routing, security and validation reach the (missing) handler and get 501; the rest get the
RealWorld-compatible 401/404/405/422 with the failing field named."""
import subprocess

import pytest

TOKEN = [["Authorization", "Token good"]]


def R(name, m, p, status, errors=(), h=None, q=None, body=None, raw=None):
    import json
    req = {"m": m, "p": p}
    if h:
        req["h"] = h
    if q:
        req["q"] = q
    if body is not None:
        req["b"] = json.dumps(body)
    if raw is not None:
        req["b"] = raw
    return pytest.param(req, status, list(errors), id=name)


CASES = [
    R("login-valid-reaches-handler", "POST", "/api/users/login", 501,
      body={"user": {"email": "jake@jake.jake", "password": "jakejake"}}),
    R("login-missing-envelope", "POST", "/api/users/login", 422, [("/user", "required")], body={}),
    R("login-bad-email", "POST", "/api/users/login", 422, [("/user/email", "format")],
      body={"user": {"email": "jake", "password": "x"}}),
    R("register-all-missing", "POST", "/api/users", 422,
      [("/user/email", "required"), ("/user/password", "required"),
       ("/user/username", "required")], body={"user": {}}),
    R("register-unknown-field", "POST", "/api/users", 422,
      [("/user/admin", "additionalProperties")],
      body={"user": {"username": "jake", "email": "j@j.jj", "password": "p", "admin": True}}),
    R("register-username-pattern", "POST", "/api/users", 422, [("/user/username", "pattern")],
      body={"user": {"username": "ja ke", "email": "j@j.jj", "password": "p"}}),
    R("malformed-json-400", "POST", "/api/users", 400, [("", "")], raw='{"user":'),
    R("get-user-needs-token", "GET", "/api/user", 401, [("header/Authorization", "")]),
    R("get-user-bad-token", "GET", "/api/user", 401, [("header/Authorization", "")],
      h=[["Authorization", "Token bad"]]),
    R("get-user-ok", "GET", "/api/user", 501, h=TOKEN),
    R("put-user-null-bio-accepted", "PUT", "/api/user", 501, h=TOKEN,
      body={"user": {"bio": None, "image": None}}),
    R("put-user-empty", "PUT", "/api/user", 422, [("/user", "minProperties")], h=TOKEN,
      body={"user": {}}),
    R("articles-anonymous", "GET", "/api/articles", 501),
    R("articles-authenticated", "GET", "/api/articles", 501, h=TOKEN),
    R("articles-bad-token-401", "GET", "/api/articles", 401, [("header/Authorization", "")],
      h=[["Authorization", "Token bad"]]),
    R("articles-limit-max", "GET", "/api/articles", 422, [("query/limit", "maximum")],
      q=[["limit", "101"]]),
    R("articles-offset-type", "GET", "/api/articles", 422, [("query/offset", "type")],
      q=[["offset", "x"]]),
    R("feed-needs-token", "GET", "/api/articles/feed", 401, [("header/Authorization", "")]),
    R("feed-is-static-route", "GET", "/api/articles/feed", 501, h=TOKEN),
    R("article-by-slug", "GET", "/api/articles/how-to-train", 501),
    R("create-article-blank-title", "POST", "/api/articles", 422,
      [("/article/title", "pattern")], h=TOKEN,
      body={"article": {"title": "  ", "description": "d", "body": "b"}}),
    R("create-article-duplicate-tags", "POST", "/api/articles", 422,
      [("/article/tagList", "uniqueItems")], h=TOKEN,
      body={"article": {"title": "t", "description": "d", "body": "b", "tagList": ["a", "a"]}}),
    R("comment-needs-token", "POST", "/api/articles/x/comments", 401,
      [("header/Authorization", "")], body={"comment": {"body": "hi"}}),
    R("delete-comment-bad-id", "DELETE", "/api/articles/x/comments/abc", 422,
      [("path/id", "type")], h=TOKEN),
    R("tags", "GET", "/api/tags", 501),
    R("unknown-route-404", "GET", "/api/nope", 404),
    R("wrong-method-405", "PATCH", "/api/tags", 405),
    R("trailing-slash-404", "GET", "/api/tags/", 404),
]


@pytest.fixture(scope="module")
def results(conduit_driver):
    out, _ = conduit_driver.run([c.values[0] for c in CASES])
    return {c.id: r for c, r in zip(CASES, out)}


@pytest.mark.parametrize("req,status,errors", CASES)
def test_conduit_case(request, results, req, status, errors):
    got = results[request.node.callspec.id]
    assert got["status"] == status, got
    if status not in (404, 405, 501):
        assert sorted((e["pointer"], e["keyword"]) for e in got["errors"]) == sorted(errors), got
    if status == 401:
        assert got["headers"].get("WWW-Authenticate") == "Token"


def test_op_table(conduit_driver):
    out = subprocess.run([conduit_driver.exe, "--ops"], capture_output=True, text=True).stdout
    rows = {line.split()[0]: line.split() for line in out.splitlines()}
    for op in ("Login", "CreateUser", "UpdateCurrentUser"):
        assert rows[op][4] == "1", f"{op} runs on the CPU pool"
    assert rows["GetTags"][4] == "0" and rows["GetTags"][3] == "0"
    assert rows["Login"][1:3] == ["POST", "/api/users/login"]
    # RealWorld envelopes are open objects, so the derived bound falls back to the 1 MiB cap
    assert 0 < int(rows["Login"][3]) <= 1 << 20


def test_spec_blob_is_the_spec(conduit_driver):
    import json
    import os

    import yaml
    from conftest import REPO
    out = subprocess.run([conduit_driver.exe, "--spec"], capture_output=True, text=True).stdout
    with open(os.path.join(REPO, "openapi.yaml"), encoding="utf-8") as f:
        assert json.loads(out) == yaml.safe_load(f)


def test_realworld_messages(conduit_driver):
    """x-conduit-messages in openapi.yaml give RealWorld's wording, naming the field."""
    got, _ = conduit_driver.one({"m": "POST", "p": "/api/articles", "h": TOKEN,
                                 "b": '{"article":{"title":" ","description":"","body":"b"}}'})
    msgs = sorted(e["message"] for e in got["errors"])
    assert msgs == ["description can't be blank", "description can't be blank",
                    "title can't be blank"], msgs
