"""Roles: what a `moderator` may do, and what stays admin-only.

Attack / defect: the `moderator` role granted nothing (every /admin operation was admin-only), so
deployments either gave moderators full admin rights or none. Now (openapi.yaml, schema Role) a
moderator reviews and resolves reports, lists users and bans/unbans accounts whose role is `user`;
changing any role, or banning a moderator or an admin, is 403 for them, and a banned moderator
cannot moderate. A plain user is 403 on all of it.
"""
import subprocess
import uuid

import pytest
import requests

from hostile_util import register


def psql(db_url, sql, **params):
    cmd = ["psql", db_url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"]
    for k, v in params.items():
        cmd += ["-v", f"{k}={v}"]
    out = subprocess.run(cmd, input=sql, capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


class Client:
    def __init__(self, base, db_url, role="user"):
        self.base = base
        self.name, _, _, self.token = register(base)
        if role != "user":
            psql(db_url, "UPDATE users SET role = :'r' WHERE username = :'u'", r=role, u=self.name)

    def call(self, method, path, body=None):
        return requests.request(method, self.base + path, json=body, timeout=10,
                                headers={"Authorization": f"Token {self.token}"})


@pytest.fixture(scope="module")
def people(server, db_url):
    base = server.url("")
    p = {role: Client(base, db_url, role) for role in ("user", "moderator", "admin")}
    p["db_url"] = db_url
    p["base"] = base
    return p


def _report(people):
    """A fresh open report by the user on their own article; returns its id."""
    u = people["user"]
    r = u.call("POST", "/api/articles", {"article": {"title": "r " + uuid.uuid4().hex[:8],
                                                     "description": "d", "body": "b"}})
    assert r.status_code == 201, r.text
    slug = r.json()["article"]["slug"]
    r = u.call("POST", f"/api/articles/{slug}/reports",
               {"report": {"target": {"type": "article"}, "reason": "spam"}})
    assert r.status_code == 201, r.text
    return r.json()["report"]["id"]


def test_moderator_reviews_and_resolves_reports(people):
    mod = people["moderator"]
    rid = _report(people)
    r = mod.call("GET", "/api/admin/reports?status=open&limit=100")
    assert r.status_code == 200, r.text
    assert rid in [x["id"] for x in r.json()["reports"]]
    r = mod.call("PUT", f"/api/admin/reports/{rid}", {"report": {"status": "actioned"}})
    assert r.status_code == 200 and r.json()["report"]["status"] == "actioned", r.text


def test_moderator_lists_users_and_bans_a_user(people, server, db_url):
    mod = people["moderator"]
    r = mod.call("GET", "/api/admin/users?limit=5")
    assert r.status_code == 200, r.text
    victim = Client(people["base"], db_url)
    r = mod.call("PUT", f"/api/admin/users/{victim.name}", {"user": {"banned": True}})
    assert r.status_code == 200 and r.json()["user"]["banned"] is True, r.text
    assert victim.call("POST", "/api/articles", {"article": {
        "title": "x" + uuid.uuid4().hex[:6], "description": "d", "body": "b"}}).status_code == 403
    r = mod.call("PUT", f"/api/admin/users/{victim.name}", {"user": {"banned": False}})
    assert r.status_code == 200 and r.json()["user"]["banned"] is False, r.text


def test_moderator_cannot_change_roles_or_ban_staff(people, db_url):
    """Attack: a moderator promoting themselves, demoting an admin, or banning staff."""
    mod, admin = people["moderator"], people["admin"]
    other_mod = Client(people["base"], db_url, "moderator")
    victim = Client(people["base"], db_url)
    for target, body in [(mod.name, {"user": {"role": "admin"}}),
                         (victim.name, {"user": {"role": "moderator"}}),
                         (victim.name, {"user": {"role": "user", "banned": True}}),
                         (admin.name, {"user": {"role": "user"}}),
                         (admin.name, {"user": {"banned": True}}),
                         (other_mod.name, {"user": {"banned": True}}),
                         (mod.name, {"user": {"banned": False}})]:
        r = mod.call("PUT", f"/api/admin/users/{target}", body)
        assert r.status_code == 403, (target, body, r.status_code, r.text)
    roles = psql(db_url, "SELECT string_agg(role || ':' || banned::text, ',' ORDER BY username)"
                 " FROM users WHERE username IN (:'a', :'b', :'c', :'d')",
                 a=mod.name, b=admin.name, c=other_mod.name, d=victim.name)
    assert sorted(roles.split(",")) == sorted(["moderator:false", "admin:false",
                                                "moderator:false", "user:false"]), roles
    # unknown users are still 404 for a moderator
    assert mod.call("PUT", "/api/admin/users/nobody-" + uuid.uuid4().hex[:8],
                    {"user": {"banned": True}}).status_code == 404


def test_admin_keeps_every_right(people, db_url):
    admin = people["admin"]
    target = Client(people["base"], db_url, "moderator")
    r = admin.call("PUT", f"/api/admin/users/{target.name}", {"user": {"banned": True}})
    assert r.status_code == 200 and r.json()["user"]["banned"] is True, r.text
    r = admin.call("PUT", f"/api/admin/users/{target.name}", {"user": {"role": "user",
                                                                      "banned": False}})
    assert r.status_code == 200 and r.json()["user"]["role"] == "user", r.text


def test_user_is_forbidden_everywhere(people):
    u = people["user"]
    rid = _report(people)
    for method, path, body in [("GET", "/api/admin/reports", None),
                               ("PUT", f"/api/admin/reports/{rid}", {"report": {"status": "dismissed"}}),
                               ("GET", "/api/admin/users", None),
                               ("PUT", f"/api/admin/users/{u.name}", {"user": {"banned": False}})]:
        assert u.call(method, path, body).status_code == 403, (method, path)


def test_banned_moderator_cannot_moderate(people, db_url):
    mod = Client(people["base"], db_url, "moderator")
    psql(db_url, "UPDATE users SET banned = true WHERE username = :'u'", u=mod.name)
    rid = _report(people)
    r = mod.call("PUT", f"/api/admin/reports/{rid}", {"report": {"status": "dismissed"}})
    assert r.status_code == 403, r.text
    victim = Client(people["base"], db_url)
    assert mod.call("PUT", f"/api/admin/users/{victim.name}",
                    {"user": {"banned": True}}).status_code == 403
