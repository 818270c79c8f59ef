"""Moderation: POST /articles/{slug}/reports, and the admin endpoints GET /admin/reports,
PUT /admin/reports/{id}, GET /admin/users, PUT /admin/users/{username}.

There is no API that makes someone admin (by design): the `admin` fixture promotes a fresh user
in the database (dbutil), so these tests need CONDUIT_TEST_DATABASE_URL and are skipped without.
"""
import pytest

from conftest import TIMESTAMP, register
from dbutil import make_admin
from test_articles import new_article


@pytest.fixture
def admin(api, unique):
    return make_admin(api, f"admin{unique}")


def report(api, token, slug, target, reason="spam", expect=201, **extra):
    _, body = api.call("CreateReport", token=token, slug=slug, expect=expect,
                       json_body={"report": {"target": target, "reason": reason, **extra}})
    return body


def ban(api, admin, user, banned=True):
    _, body = api.call("AdminUpdateUser", token=admin["token"], username=user["username"],
                       json_body={"user": {"banned": banned}}, expect=200)
    assert body["user"]["banned"] is banned
    return body["user"]


# ---- reports ----

def test_report_an_article_and_a_comment(api, user, unique):
    a = new_article(api, user["token"], f"Reported {unique}")
    reader = register(api, f"reader{unique}")
    body = report(api, reader["token"], a["slug"], {"type": "article"}, reason="spam",
                  details="Link farm")
    r = body["report"]
    assert r["article"] == a["slug"] and r["commentId"] is None
    assert r["reason"] == "spam" and r["details"] == "Link farm"
    assert r["status"] == "open" and r["reporter"] == reader["username"]
    assert TIMESTAMP.match(r["createdAt"]) and r["resolvedAt"] is None

    _, c = api.call("CreateArticleComment", token=user["token"], slug=a["slug"],
                    json_body={"comment": {"body": "rude words"}}, expect=200)
    cid = c["comment"]["id"]
    r2 = report(api, reader["token"], a["slug"], {"type": "comment", "commentId": cid},
                reason="abuse")["report"]
    assert r2["article"] == a["slug"] and r2["commentId"] == cid
    assert r2["reason"] == "abuse" and r2["details"] == "" and r2["id"] > r["id"]
    # JSON Schema counts 12.0 as an integer: so does the handler
    r3 = report(api, reader["token"], a["slug"], {"type": "comment", "commentId": float(cid)},
                reason="other")["report"]
    assert r3["commentId"] == cid


def test_report_errors(api, user, unique):
    a = new_article(api, user["token"], f"Other {unique}")
    b = new_article(api, user["token"], f"Elsewhere {unique}")
    _, c = api.call("CreateArticleComment", token=user["token"], slug=b["slug"],
                    json_body={"comment": {"body": "on b"}}, expect=200)
    target = {"type": "article"}
    # a comment of another article
    body = report(api, user["token"], a["slug"], {"type": "comment", "commentId": c["comment"]["id"]},
                  expect=404)
    assert "comment" in " ".join(body["errors"]["body"])
    report(api, user["token"], a["slug"], {"type": "comment", "commentId": 2**31 - 1}, expect=404)
    report(api, user["token"], a["slug"], {"type": "comment", "commentId": 2**31}, expect=422)
    body = report(api, user["token"], f"no-such-{unique}", target, expect=404)
    assert "article" in " ".join(body["errors"]["body"])
    # the oneOf target, the reason enum, unknown fields, details length
    for bad in ({"type": "comment"}, {"type": "article", "commentId": 1}, {"type": "user"},
                {"type": "comment", "commentId": 0}, "article", None):
        report(api, user["token"], a["slug"], bad, expect=422)
    report(api, user["token"], a["slug"], target, reason="boring", expect=422)
    report(api, user["token"], a["slug"], target, details="x" * 2001, expect=422)
    api.call("CreateReport", token=user["token"], slug=a["slug"],
             json_body={"report": {"target": target, "reason": "spam", "extra": 1}}, expect=422)
    api.call("CreateReport", token=user["token"], slug=a["slug"], json_body={}, expect=422)
    api.call("CreateReport", token=user["token"], slug=a["slug"], data="{not json", expect=400)
    api.call("CreateReport", slug=a["slug"],
             json_body={"report": {"target": target, "reason": "spam"}}, expect=401)


def test_admin_reviews_and_resolves_reports(api, user, admin, unique):
    a = new_article(api, user["token"], f"Review me {unique}")
    first = report(api, user["token"], a["slug"], {"type": "article"})["report"]
    second = report(api, user["token"], a["slug"], {"type": "article"}, reason="other")["report"]

    _, body = api.call("AdminListReports", token=admin["token"],
                       params={"status": "open", "limit": 100}, expect=200)
    ids = [r["id"] for r in body["reports"]]
    assert ids.index(second["id"]) < ids.index(first["id"])  # newest first
    assert ids == sorted(ids, reverse=True)
    assert body["reportsCount"] >= 2 and all(r["status"] == "open" for r in body["reports"])
    open_before = body["reportsCount"]

    _, body = api.call("AdminUpdateReport", token=admin["token"], id=first["id"],
                       json_body={"report": {"status": "dismissed"}}, expect=200)
    r = body["report"]
    assert r["id"] == first["id"] and r["status"] == "dismissed"
    assert TIMESTAMP.match(r["resolvedAt"]) and r["reporter"] == user["username"]
    assert r["article"] == a["slug"]
    _, body = api.call("AdminUpdateReport", token=admin["token"], id=second["id"],
                       json_body={"report": {"status": "actioned"}}, expect=200)
    assert body["report"]["status"] == "actioned"

    _, body = api.call("AdminListReports", token=admin["token"], params={"status": "open"},
                       expect=200)
    assert body["reportsCount"] == open_before - 2
    assert first["id"] not in [r["id"] for r in body["reports"]]
    _, body = api.call("AdminListReports", token=admin["token"],
                       params={"status": "dismissed", "limit": 100}, expect=200)
    assert first["id"] in [r["id"] for r in body["reports"]]
    _, body = api.call("AdminListReports", token=admin["token"], params={"limit": 1}, expect=200)
    assert len(body["reports"]) == 1 and body["reportsCount"] >= 2
    _, body = api.call("AdminListReports", token=admin["token"],
                       params={"offset": 10**9}, expect=200)
    assert body["reports"] == [] and body["reportsCount"] >= 2


def test_report_admin_errors(api, user, admin):
    # the operation's Token scopes are the roles allowed (admin, moderator): a user is 403
    _, body = api.call("AdminListReports", token=user["token"], expect=403)
    assert "scope" in " ".join(body["errors"]["body"])
    api.call("AdminListReports", expect=401)
    api.call("AdminListReports", token=admin["token"], params={"status": "closed"}, expect=422)
    api.call("AdminListReports", token=admin["token"], params={"limit": 500}, expect=422)
    ok = {"report": {"status": "dismissed"}}
    api.call("AdminUpdateReport", token=user["token"], id=1, json_body=ok, expect=403)
    api.call("AdminUpdateReport", id=1, json_body=ok, expect=401)
    api.call("AdminUpdateReport", token=admin["token"], id=2**31 - 1, json_body=ok, expect=404)
    api.call("AdminUpdateReport", token=admin["token"], id=2**31, json_body=ok, expect=422)
    api.call("AdminUpdateReport", token=admin["token"], id=1,
             json_body={"report": {"status": "open"}}, expect=422)
    api.call("AdminUpdateReport", token=admin["token"], id="x", json_body=ok, expect=422)
    api.call("AdminUpdateReport", token=admin["token"], id=1, data="[", expect=400)


# ---- users ----

def test_admin_lists_users_newest_first_with_filters(api, admin, unique):
    older = register(api, f"older{unique}")
    newer = register(api, f"newer{unique}")
    _, body = api.call("AdminListUsers", token=admin["token"], params={"limit": 100}, expect=200)
    names = [u["username"] for u in body["users"]]
    assert names.index(newer["username"]) < names.index(older["username"])  # newest first
    u = body["users"][names.index(newer["username"])]
    assert u == {"username": newer["username"], "email": newer["email"], "bio": "", "image": "",
                 "role": "user", "banned": False, "createdAt": u["createdAt"]}
    assert TIMESTAMP.match(u["createdAt"]) and body["usersCount"] >= 3

    _, body = api.call("AdminListUsers", token=admin["token"],
                       params={"role": "admin", "limit": 100}, expect=200)
    assert admin["username"] in [x["username"] for x in body["users"]]
    assert all(x["role"] == "admin" for x in body["users"])
    assert body["usersCount"] >= 1

    ban(api, admin, older)
    _, body = api.call("AdminListUsers", token=admin["token"],
                       params={"banned": "true", "limit": 100}, expect=200)
    assert older["username"] in [x["username"] for x in body["users"]]
    assert all(x["banned"] for x in body["users"])
    _, body = api.call("AdminListUsers", token=admin["token"],
                       params={"banned": "false", "role": "user", "limit": 100}, expect=200)
    names = [x["username"] for x in body["users"]]
    assert newer["username"] in names and older["username"] not in names
    assert not any(x["banned"] or x["role"] != "user" for x in body["users"])
    _, body = api.call("AdminListUsers", token=admin["token"], params={"limit": 1, "offset": 1},
                       expect=200)
    assert len(body["users"]) == 1 and body["usersCount"] >= 3


def test_admin_list_users_errors(api, user, admin):
    api.call("AdminListUsers", token=user["token"], expect=403)
    api.call("AdminListUsers", expect=401)
    api.call("AdminListUsers", token=admin["token"], params={"role": "root"}, expect=422)
    api.call("AdminListUsers", token=admin["token"], params={"banned": "yes"}, expect=422)
    api.call("AdminListUsers", token=admin["token"], params={"offset": -1}, expect=422)


def test_banned_user_can_read_but_not_write(api, user, admin, unique):
    other = register(api, f"target{unique}")
    b = ban(api, admin, user)
    assert b["username"] == user["username"] and b["role"] == "user"
    # reads still work
    api.call("GetCurrentUser", token=user["token"], expect=200)
    api.call("ListNotifications", token=user["token"], expect=200)
    # writes answer 403
    _, body = api.call("CreateArticle", token=user["token"], json_body={"article": {
        "title": f"Banned {unique}", "description": "d", "body": "b"}}, expect=403)
    assert "banned" in " ".join(body["errors"]["body"])
    api.call("FollowUserByUsername", token=user["token"], username=other["username"], expect=403)
    a = new_article(api, other["token"], f"Clean {unique}")
    report(api, user["token"], a["slug"], {"type": "article"}, expect=403)
    # lifting the ban restores writing
    ban(api, admin, user, banned=False)
    api.call("FollowUserByUsername", token=user["token"], username=other["username"], expect=200)


def test_admin_changes_roles(api, user, admin, unique):
    _, body = api.call("AdminUpdateUser", token=admin["token"], username=user["username"],
                       json_body={"user": {"role": "moderator"}}, expect=200)
    assert body["user"]["role"] == "moderator" and body["user"]["banned"] is False
    # a moderator is not an admin: they list users, but cannot change roles
    api.call("AdminListUsers", token=user["token"], expect=200)
    _, body = api.call("AdminUpdateUser", token=user["token"], username=admin["username"],
                       json_body={"user": {"role": "user"}}, expect=403)
    assert "admin" in " ".join(body["errors"]["body"])
    _, body = api.call("AdminUpdateUser", token=admin["token"], username=user["username"],
                       json_body={"user": {"role": "admin", "banned": False}}, expect=200)
    assert body["user"]["role"] == "admin"
    # the promotion takes effect on the next request, with the same token
    api.call("AdminListUsers", token=user["token"], params={"limit": 1}, expect=200)
    # one admin may demote another
    _, body = api.call("AdminUpdateUser", token=admin["token"], username=user["username"],
                       json_body={"user": {"role": "user"}}, expect=200)
    assert body["user"]["role"] == "user"
    api.call("AdminListUsers", token=user["token"], expect=403)


def test_admin_update_user_errors(api, user, admin, unique):
    # admins cannot demote or ban themselves (422, see the spec)
    _, body = api.call("AdminUpdateUser", token=admin["token"], username=admin["username"],
                       json_body={"user": {"role": "user"}}, expect=422)
    assert "demote" in " ".join(body["errors"]["body"])
    api.call("AdminUpdateUser", token=admin["token"], username=admin["username"],
             json_body={"user": {"banned": True}}, expect=422)
    # ...but a no-op on themselves is fine
    _, body = api.call("AdminUpdateUser", token=admin["token"], username=admin["username"],
                       json_body={"user": {"role": "admin", "banned": False}}, expect=200)
    assert body["user"]["role"] == "admin"
    api.call("AdminUpdateUser", token=admin["token"], username=f"ghost{unique}",
             json_body={"user": {"banned": True}}, expect=404)
    api.call("AdminUpdateUser", token=user["token"], username=admin["username"],
             json_body={"user": {"banned": True}}, expect=403)
    api.call("AdminUpdateUser", username=user["username"],
             json_body={"user": {"banned": True}}, expect=401)
    for bad in ({"user": {}}, {"user": {"role": "root"}}, {"user": {"banned": "yes"}},
                {"user": {"banned": True, "email": "x@example.com"}}, {}):
        api.call("AdminUpdateUser", token=admin["token"], username=user["username"],
                 json_body=bad, expect=422)
    api.call("AdminUpdateUser", token=admin["token"], username=user["username"], data="{",
             expect=400)
