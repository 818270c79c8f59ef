"""The read cache (runtime/cache.h) seen from outside: a server never answers with data older than a
write it has confirmed (read-your-writes), another instance on the same database — or a change
made by hand in SQL — shows within VISIBLE_S, losing the LISTEN connection never serves a value
that changed meanwhile, and revoked tokens are refused although the user row was cached.

Black-box over HTTP (and /metrics, to check the cache is on and hitting), plus psql for what only
the database can do: find and kill the listener's backend (application_name 'conduit-cache'),
write behind the API's back, and (with the superuser URL scripts/test exports) write with
triggers off, which proves an entry really is served from the cache, so the other tests are not
passing vacuously with the cache off. The deadlines are generous upper bounds, not performance
assertions: observed delays are reported on failure.
"""
import os
import subprocess
import time
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests

from rt_util import wait_for

TIMEOUT = 30          # hang guard for one request
VISIBLE_S = 2.0       # another instance, or a psql change, must show within this
LISTENER_S = 5.0      # a lost listener must be back within this
POLL_S = 0.01
ROUNDS = 30
PASSWORD = "cache-test-password"
JWT_SECRET = "cache-integration-test-secret-0123456789abcdef"
SERVER_ARGS = ["--rate-limit", "0", "--cache-mb", "16"]
LISTENER_APP = "conduit-cache"
LISTENER_LOST = "cache listener: connection lost"  # logged after the cache went off (cache.c)
FIELD_SEP = "\x1f"


# ---------------------------------------------------------------- database helpers

def psql(sql, url=None, **params):
    """Run SQL (several statements allowed) through psql; rows of the last result as lists of
    strings. Parameters are psql variables, referenced as :'name' — never pasted into the SQL."""
    url = url or os.environ.get("CONDUIT_TEST_DATABASE_URL")
    if not url:
        pytest.skip("CONDUIT_TEST_DATABASE_URL is not set")
    cmd = ["psql", url, "-X", "-q", "-A", "-t", "-F", FIELD_SEP, "-v", "ON_ERROR_STOP=1"]
    for name, value in params.items():
        cmd += ["-v", f"{name}={value}"]
    out = subprocess.run(cmd, input=sql.rstrip().rstrip(";") + ";\n", capture_output=True,
                         text=True, timeout=30)
    assert out.returncode == 0, f"psql failed: {out.stderr.strip()}\nSQL: {sql}"
    return [line.split(FIELD_SEP) for line in out.stdout.splitlines() if line]


def superuser_url():
    """The test database as the cluster's superuser (scripts/test exports the admin URL for the
    `postgres` database); None when not available."""
    admin = os.environ.get("CONDUIT_TEST_PG_ADMIN_URL")
    app = os.environ.get("CONDUIT_TEST_DATABASE_URL")
    if not admin or not app:
        return None
    return urlunsplit(urlsplit(admin)._replace(path=urlsplit(app).path))


def _local_tcp_ports(pid):
    """Local TCP ports of process pid's sockets (Linux /proc), to tell which backend is whose."""
    inodes = set()
    fd_dir = f"/proc/{pid}/fd"
    for fd in os.listdir(fd_dir):
        try:
            target = os.readlink(os.path.join(fd_dir, fd))
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    ports = set()
    for table in ("tcp", "tcp6"):
        try:
            with open(f"/proc/{pid}/net/{table}") as f:
                lines = f.read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            cols = line.split()
            if len(cols) > 9 and cols[9] in inodes:
                ports.add(int(cols[1].rsplit(":", 1)[1], 16))
    return ports


def listener_pids(server):
    """Backend pids of `server`'s cache listener that have completed LISTEN (idle after it, or
    after a marker it sent since)."""
    rows = psql("SELECT pid, client_port, state, query FROM pg_stat_activity"
                " WHERE application_name = :'app' AND datname = current_database()",
                app=LISTENER_APP)
    ports = _local_tcp_ports(server.proc.pid)
    # idle after LISTEN, or after a read-your-writes marker it sent later (SELECT pg_notify)
    return [int(pid) for pid, port, state, query in rows
            if port and int(port) in ports and state == "idle"
            and query.strip().upper().startswith(("LISTEN", "SELECT PG_NOTIFY"))]


def listener_losses(server):
    """How many times server's cache listener has logged losing its connection."""
    return sum(LISTENER_LOST in line for line in list(server.lines))


def wait_listening(server, timeout=LISTENER_S, not_pid=None):
    """The pid of server's listener once it listens (and is not not_pid); fails after timeout."""
    found = []

    def ready():
        pids = [p for p in listener_pids(server) if p != not_pid]
        found[:] = pids
        return len(pids) == 1

    assert wait_for(ready, timeout, 0.05), (
        f"no cache listener (application_name={LISTENER_APP!r}, LISTEN done) for the server on "
        f"port {server.port} within {timeout}s; saw {found}; log tail:\n{server.output()[-2000:]}")
    return found[0]


# ---------------------------------------------------------------- HTTP helpers

class Api:
    """One server instance seen through the RealWorld API."""

    def __init__(self, server, name):
        self.server = server
        self.name = name
        self.http = requests.Session()

    def req(self, method, path, token=None, body=None, expect=None):
        headers = {"Authorization": f"Token {token}"} if token else {}
        r = self.http.request(method, self.server.url("/api" + path), json=body, headers=headers,
                              timeout=TIMEOUT)
        if expect is not None:
            allowed = expect if isinstance(expect, tuple) else (expect,)
            assert r.status_code in allowed, (
                f"[{self.name}] {method} /api{path}: expected {expect}, got {r.status_code}: "
                f"{r.text[:300]}")
        return r

    def get(self, path, token=None, expect=200):
        return self.req("GET", path, token, expect=expect)

    def server_get(self, path):
        """A runtime endpoint outside /api (e.g. /metrics)."""
        r = self.http.get(self.server.url(path), timeout=TIMEOUT)
        assert r.status_code == 200, f"[{self.name}] GET {path}: {r.status_code}"
        return r

    def article(self, slug, token=None):
        return self.get(f"/articles/{slug}", token).json()["article"]

    def article_status(self, slug):
        return self.req("GET", f"/articles/{slug}").status_code

    def listed(self, slug, token=None, query="limit=20"):
        """The slug's entry in GET /articles?<query> (None when absent), and the page."""
        page = self.get(f"/articles?{query}", token).json()["articles"]
        return next((a for a in page if a["slug"] == slug), None), page

    def profile(self, username, token=None):
        return self.get(f"/profiles/{username}", token).json()["profile"]

    def feed_slugs(self, token):
        return [a["slug"] for a in self.get("/articles/feed?limit=20", token).json()["articles"]]

    def tags(self):
        return self.get("/tags").json()["tags"]


def unique(prefix):
    return f"{prefix}{uuid.uuid4().hex[:12]}"


def register(api, prefix="cu"):
    name = unique(prefix)
    body = {"user": {"username": name, "email": f"{name}@example.com", "password": PASSWORD}}
    u = api.req("POST", "/users", body=body, expect=201).json()["user"]
    return {"username": name, "email": u["email"], "token": u["token"]}


def create_article(api, user, tags=(), title=None):
    body = {"article": {"title": title or unique("Cache article "), "description": "desc 0",
                        "body": "body 0", "tagList": list(tags)}}
    return api.req("POST", "/articles", user["token"], body, expect=201).json()["article"]


def update_article(api, user, slug, **fields):
    return api.req("PUT", f"/articles/{slug}", user["token"], {"article": fields},
                   expect=200).json()["article"]


def warm(fn, times=2):
    """Read twice: the first read may fill the cache, the second is served from it."""
    for _ in range(times):
        fn()


def poll(fn, pred, timeout=VISIBLE_S):
    """Call fn until pred(value) holds. Returns (delay in s or None on timeout, last value)."""
    start = time.monotonic()
    while True:
        value = fn()
        elapsed = time.monotonic() - start
        if pred(value):
            return elapsed, value
        if elapsed > timeout:
            return None, value
        time.sleep(POLL_S)


def assert_visible(what, fn, pred, timeout=VISIBLE_S):
    delay, last = poll(fn, pred, timeout)
    assert delay is not None, f"{what}: not visible after {timeout}s; last seen: {last!r}"
    return delay


def assert_served_from_cache(api, slug, second=None):
    """Prove the cache is on and serving (so the other checks are not vacuous): change the
    article's description with triggers off — no notification — and the warmed instance(s)
    still answer the old one. Then a normal write (which notifies) makes it visible again."""
    url = superuser_url()
    if not url:
        return  # without the superuser URL the check cannot be made; the others still run
    apis = [api] + ([second] if second else [])
    old = api.article(slug)["description"]
    for a in apis:
        warm(lambda: a.article(slug))
    shadow = unique("written behind the cache's back ")
    psql("SET session_replication_role = replica;"
         " UPDATE articles SET description = :'d' WHERE slug = :'s'", url=url, d=shadow, s=slug)
    for a in apis:
        got = a.article(slug)["description"]
        assert got == old, (f"[{a.name}] GET /api/articles/{slug} was not served from the cache "
                            f"(a write that sent no notification showed: {got!r}); is the cache "
                            f"on and the listener connected?")
    psql("UPDATE articles SET description = :'d' WHERE slug = :'s'", d=shadow, s=slug)
    for a in apis:
        assert_visible(f"[{a.name}] description after the notifying rewrite",
                       lambda: a.article(slug)["description"], lambda v: v == shadow)


# ---------------------------------------------------------------- fixtures

def _start(start_server):
    return start_server(SERVER_ARGS, env={"JWT_SECRET": JWT_SECRET})


@pytest.fixture
def one(start_server):
    s = _start(start_server)
    wait_listening(s)
    return Api(s, "A")


@pytest.fixture
def two(start_server):
    a, b = _start(start_server), _start(start_server)
    wait_listening(a)
    wait_listening(b)
    return Api(a, "A"), Api(b, "B")


# ---------------------------------------------------------------- a. read-your-writes, one instance

def metrics(api):
    """Sample name → value from GET /metrics (Prometheus text format)."""
    out = {}
    for line in api.server_get("/metrics").text.splitlines():
        if line and not line.startswith("#"):
            key, value = line.rsplit(" ", 1)
            out[key] = float(value)
    return out


def test_cache_is_serving(two):
    """Guard against vacuous passes: both instances really serve warmed entries from memory."""
    a, b = two
    author = register(a)
    art = create_article(a, author)
    slug = art["slug"]
    for api in (a, b):
        before = metrics(api)
        assert before.get("conduit_cache_enabled") == 1, (
            f"[{api.name}] conduit_cache_enabled is {before.get('conduit_cache_enabled')}")
        warm(lambda: api.article(slug), 3)
        after = metrics(api)
        assert after["conduit_cache_hits_total"] > before["conduit_cache_hits_total"], (
            f"[{api.name}] three GETs of one article, no cache hit")
        assert after["conduit_cache_entries"] > 0
    if not superuser_url():
        pytest.skip("needs CONDUIT_TEST_PG_ADMIN_URL (a superuser) to write with triggers off")
    assert_served_from_cache(a, slug, b)


def test_read_your_writes_article_update(one):
    api = one
    author = register(api)
    art = create_article(api, author, tags=[unique("t")])
    slug = art["slug"]
    for i in range(ROUNDS):
        warm(lambda: api.article(slug))
        warm(lambda: api.listed(slug))
        fields = {"body": f"body {i}", "description": f"desc {i}"}
        renamed = i % 5 == 4
        if renamed:
            fields["title"] = unique(f"Renamed {i} ")
        retagged = i % 3 == 2
        if retagged:
            old_tags = api.article(slug)["tagList"]
            fields["tagList"] = [unique("t")]
            warm(lambda: api.listed(slug, query=f"tag={old_tags[0]}&limit=20"))
            warm(api.tags)
        upd = update_article(api, author, slug, **fields)
        old_slug, slug = slug, upd["slug"]
        got = api.article(slug)
        assert (got["body"], got["description"]) == (f"body {i}", f"desc {i}"), (
            f"round {i}: GET /api/articles/{slug} right after the PUT: {got}")
        if renamed:
            assert slug != old_slug
            assert got["title"] == fields["title"]
            assert api.article_status(old_slug) == 404, (
                f"round {i}: the old slug {old_slug} still answers after the rename")
        entry, page = api.listed(slug)
        assert entry is not None, f"round {i}: {slug} missing from GET /api/articles: " + str(
            [x["slug"] for x in page])
        assert entry["description"] == f"desc {i}", f"round {i}: list shows {entry}"
        if renamed:
            assert entry["title"] == fields["title"]
            assert all(x["slug"] != old_slug for x in page), f"round {i}: old slug still listed"
        if retagged:
            new_tag = fields["tagList"][0]
            assert got["tagList"] == [new_tag], f"round {i}: tagList {got['tagList']}"
            assert entry["tagList"] == [new_tag], f"round {i}: list tagList {entry['tagList']}"
            tags = api.tags()
            assert new_tag in tags and old_tags[0] not in tags, (
                f"round {i}: GET /api/tags after retagging {old_tags} → {[new_tag]}: {tags}")
            assert api.listed(slug, query=f"tag={new_tag}&limit=20")[0] is not None
            assert api.listed(slug, query=f"tag={old_tags[0]}&limit=20")[0] is None, (
                f"round {i}: ?tag={old_tags[0]} still lists {slug} after the retag")


def test_read_your_writes_favorites(one):
    api = one
    author, viewer = register(api), register(api)
    art = create_article(api, author)
    slug = art["slug"]
    for i in range(ROUNDS):
        warm(lambda: api.article(slug, viewer["token"]))
        warm(lambda: api.article(slug))
        warm(lambda: api.listed(slug, viewer["token"]))
        fav = i % 2 == 0
        api.req("POST" if fav else "DELETE", f"/articles/{slug}/favorite", viewer["token"],
                expect=200)
        want = (fav, 1 if fav else 0)
        mine = api.article(slug, viewer["token"])
        assert (mine["favorited"], mine["favoritesCount"]) == want, (
            f"round {i}: viewer's GET article after {'favorite' if fav else 'unfavorite'}: "
            f"favorited={mine['favorited']} favoritesCount={mine['favoritesCount']}, want {want}")
        anon = api.article(slug)
        assert (anon["favorited"], anon["favoritesCount"]) == (False, want[1]), (
            f"round {i}: anonymous GET article: {anon['favoritesCount']}, want {want[1]}")
        entry, _ = api.listed(slug, viewer["token"])
        assert entry is not None
        assert (entry["favorited"], entry["favoritesCount"]) == want, (
            f"round {i}: viewer's list entry: favorited={entry['favorited']} "
            f"favoritesCount={entry['favoritesCount']}, want {want}")
        # the favorited= filter is its own cached list
        fav_list, _ = api.listed(slug, query=f"favorited={viewer['username']}&limit=20")
        assert (fav_list is not None) == fav, (
            f"round {i}: GET /api/articles?favorited={viewer['username']} "
            f"{'lacks' if fav else 'still has'} {slug}")


def test_read_your_writes_follow_and_feed(one):
    api = one
    author, viewer = register(api), register(api)
    art = create_article(api, author)
    slug, name = art["slug"], author["username"]
    for i in range(ROUNDS):
        warm(lambda: api.profile(name, viewer["token"]))
        warm(lambda: api.feed_slugs(viewer["token"]))
        follow = i % 2 == 0
        api.req("POST" if follow else "DELETE", f"/profiles/{name}/follow", viewer["token"],
                expect=200)
        prof = api.profile(name, viewer["token"])
        assert prof["following"] == follow, (
            f"round {i}: GET /api/profiles/{name} after {'follow' if follow else 'unfollow'}: "
            f"following={prof['following']}")
        feed = api.feed_slugs(viewer["token"])
        assert (slug in feed) == follow, (
            f"round {i}: feed after {'follow' if follow else 'unfollow'}: {feed}")
        assert api.profile(name)["following"] is False  # anonymous never follows


def test_read_your_writes_profile_bio(one):
    api = one
    user = register(api)
    name = user["username"]
    for i in range(ROUNDS):
        warm(lambda: api.profile(name))
        warm(lambda: api.get("/user", user["token"]))
        bio = f"bio round {i} {uuid.uuid4().hex[:6]}"
        api.req("PUT", "/user", user["token"], {"user": {"bio": bio}}, expect=200)
        got = api.profile(name)["bio"]
        assert got == bio, f"round {i}: GET /api/profiles/{name} bio {got!r}, want {bio!r}"
        me = api.get("/user", user["token"]).json()["user"]["bio"]
        assert me == bio, f"round {i}: GET /api/user bio {me!r}, want {bio!r}"


def test_read_your_writes_username_change(one):
    api = one
    user = register(api)
    art = create_article(api, user)
    slug, name = art["slug"], user["username"]
    for i in range(6):
        new = unique(f"renamed{i}x")
        warm(lambda: api.listed(slug, query=f"author={name}&limit=20"))
        # the new name's empty list and 404 profile: whatever of them is cached must go too
        warm(lambda: api.listed(slug, query=f"author={new}&limit=20"))
        warm(lambda: api.req("GET", f"/profiles/{new}"))
        warm(lambda: api.profile(name))
        warm(lambda: api.article(slug))
        r = api.req("PUT", "/user", user["token"], {"user": {"username": new}}, expect=200)
        assert r.json()["user"]["username"] == new
        assert api.profile(new)["username"] == new, f"round {i}: GET /api/profiles/{new}"
        r = api.req("GET", f"/profiles/{name}")
        assert r.status_code == 404, (
            f"round {i}: GET /api/profiles/{name} (the old name): expected 404, got "
            f"{r.status_code}")
        author = api.article(slug)["author"]["username"]
        assert author == new, f"round {i}: article author {author!r}, want {new!r}"
        assert api.listed(slug, query=f"author={new}&limit=20")[0] is not None, (
            f"round {i}: ?author={new} does not list the renamed user's article")
        assert api.listed(slug, query=f"author={name}&limit=20")[0] is None, (
            f"round {i}: ?author={name} (the old name) still lists {slug}")
        name = new


def test_read_your_writes_new_article_list_and_tags(one):
    api = one
    author = register(api)
    for i in range(10):
        warm(lambda: api.listed("x"))
        warm(api.tags)
        tag = unique("tag")
        art = create_article(api, author, tags=[tag])
        page = api.get("/articles?limit=20").json()["articles"]
        assert page and page[0]["slug"] == art["slug"], (
            f"round {i}: new article {art['slug']} not first in GET /api/articles: "
            f"{[x['slug'] for x in page[:3]]}")
        tags = api.tags()
        assert tag in tags, f"round {i}: new tag {tag} missing from GET /api/tags"
        by_author, _ = api.listed(art["slug"], query=f"author={author['username']}&limit=20")
        assert by_author is not None, f"round {i}: missing from ?author="
        by_tag, _ = api.listed(art["slug"], query=f"tag={tag}&limit=20")
        assert by_tag is not None, f"round {i}: missing from ?tag={tag}"


def test_read_your_writes_delete(one):
    api = one
    author = register(api)
    for i in range(5):
        art = create_article(api, author)
        slug = art["slug"]
        warm(lambda: api.article(slug))
        warm(lambda: api.listed(slug))
        api.req("DELETE", f"/articles/{slug}", author["token"], expect=(200, 204))
        assert api.article_status(slug) == 404, f"round {i}: deleted article still answers"
        entry, _ = api.listed(slug)
        assert entry is None, f"round {i}: deleted article still listed"


# ---------------------------------------------------------------- b. two instances, one database

def test_two_instances_article_update(two):
    a, b = two
    author = register(a)
    art = create_article(a, author)
    slug = art["slug"]
    delays = []
    for i in range(5):
        warm(lambda: b.article(slug))
        warm(lambda: b.listed(slug))
        body = f"body from A {i}"
        update_article(a, author, slug, body=body, description=f"desc from A {i}")
        delays.append(assert_visible(f"round {i}: B GET /api/articles/{slug} body",
                                     lambda: b.article(slug)["body"], lambda v: v == body))
        assert_visible(f"round {i}: B list description",
                       lambda: (b.listed(slug)[0] or {}).get("description"),
                       lambda v: v == f"desc from A {i}")
    # a rename: B had looked up the new slug (404) and read the old one
    new_title = unique("Renamed on A ")
    warm(lambda: b.article(slug))
    upd = update_article(a, author, slug, title=new_title)
    new_slug = upd["slug"]
    assert_visible("B old slug after the rename", lambda: b.article_status(slug),
                   lambda v: v == 404)
    assert_visible("B new slug after the rename",
                   lambda: b.req("GET", f"/articles/{new_slug}"),
                   lambda r: r.status_code == 200 and r.json()["article"]["title"] == new_title)
    assert max(delays) <= VISIBLE_S, delays


def test_two_instances_profile_bio(two):
    a, b = two
    user = register(a)
    name = user["username"]
    for i in range(5):
        warm(lambda: b.profile(name))
        warm(lambda: b.get("/user", user["token"]))
        bio = f"bio from A {i}"
        a.req("PUT", "/user", user["token"], {"user": {"bio": bio}}, expect=200)
        assert_visible(f"round {i}: B GET /api/profiles/{name} bio",
                       lambda: b.profile(name)["bio"], lambda v: v == bio)
        assert_visible(f"round {i}: B GET /api/user bio",
                       lambda: b.get("/user", user["token"]).json()["user"]["bio"],
                       lambda v: v == bio)
    art = create_article(a, user)
    new = unique("renamedonA")
    warm(lambda: b.profile(name))
    warm(lambda: b.req("GET", f"/profiles/{new}"))
    warm(lambda: b.listed(art["slug"], query=f"author={new}&limit=20"))
    warm(lambda: b.article(art["slug"]))
    a.req("PUT", "/user", user["token"], {"user": {"username": new}}, expect=200)
    assert_visible("B GET /api/profiles/<new name>", lambda: b.req("GET", f"/profiles/{new}"),
                   lambda r: r.status_code == 200 and r.json()["profile"]["username"] == new)
    assert_visible("B GET /api/profiles/<old name> → 404",
                   lambda: b.req("GET", f"/profiles/{name}").status_code, lambda v: v == 404)
    assert_visible("B article author after the rename",
                   lambda: b.article(art["slug"])["author"]["username"], lambda v: v == new)
    assert_visible("B ?author=<new name>",
                   lambda: b.listed(art["slug"], query=f"author={new}&limit=20")[0],
                   lambda v: v is not None)


def test_two_instances_favorites_and_follow(two):
    a, b = two
    author, viewer = register(a), register(a)
    art = create_article(a, author)
    slug, name = art["slug"], author["username"]
    for i in range(4):
        fav = i % 2 == 0
        warm(lambda: b.article(slug))
        warm(lambda: b.article(slug, viewer["token"]))
        warm(lambda: b.profile(name, viewer["token"]))
        warm(lambda: b.feed_slugs(viewer["token"]))
        a.req("POST" if fav else "DELETE", f"/articles/{slug}/favorite", viewer["token"],
              expect=200)
        a.req("POST" if fav else "DELETE", f"/profiles/{name}/follow", viewer["token"],
              expect=200)
        count = 1 if fav else 0
        assert_visible(f"round {i}: B anonymous favoritesCount",
                       lambda: b.article(slug)["favoritesCount"], lambda v: v == count)
        assert_visible(f"round {i}: B viewer's favorited",
                       lambda: b.article(slug, viewer["token"])["favorited"],
                       lambda v: v is fav)
        assert_visible(f"round {i}: B following",
                       lambda: b.profile(name, viewer["token"])["following"],
                       lambda v: v is fav)
        assert_visible(f"round {i}: B feed", lambda: slug in b.feed_slugs(viewer["token"]),
                       lambda v: v is fav)


def test_two_instances_new_article_and_delete(two):
    a, b = two
    author = register(a)
    warm(lambda: b.get("/articles?limit=20"))
    warm(b.tags)
    tag = unique("tag")
    art = create_article(a, author, tags=[tag])
    slug = art["slug"]
    assert_visible("B list head after create on A",
                   lambda: [x["slug"] for x in b.get("/articles?limit=20").json()["articles"][:1]],
                   lambda v: v == [slug])
    assert_visible("B tags after create on A", b.tags, lambda v: tag in v)
    warm(lambda: b.article(slug))
    warm(lambda: b.listed(slug))
    a.req("DELETE", f"/articles/{slug}", author["token"], expect=(200, 204))
    assert_visible("B GET deleted article", lambda: b.article_status(slug), lambda v: v == 404)
    assert_visible("B list after delete", lambda: b.listed(slug)[0], lambda v: v is None)
    assert_visible("B tags after delete (tag no longer used)", b.tags, lambda v: tag not in v)


def test_two_instances_see_sql_change(two):
    a, b = two
    author = register(a)
    art = create_article(a, author)
    slug = art["slug"]
    for i in range(3):
        for api in (a, b):
            warm(lambda: api.article(slug))
            warm(lambda: api.listed(slug))
        title = unique(f"Title set in psql {i} ")
        rows = psql("UPDATE articles SET title = :'t' WHERE slug = :'s' RETURNING id",
                    t=title, s=slug)
        assert len(rows) == 1
        for api in (a, b):
            assert_visible(f"round {i}: [{api.name}] GET article title after psql UPDATE",
                           lambda: api.article(slug)["title"], lambda v: v == title)
            assert_visible(f"round {i}: [{api.name}] list title after psql UPDATE",
                           lambda: (api.listed(slug)[0] or {}).get("title"),
                           lambda v: v == title)
    # a user changed by hand
    bio = unique("bio set in psql ")
    for api in (a, b):
        warm(lambda: api.profile(author["username"]))
    psql("UPDATE users SET bio = :'b' WHERE username = :'u'", b=bio, u=author["username"])
    for api in (a, b):
        assert_visible(f"[{api.name}] profile bio after psql UPDATE",
                       lambda: api.profile(author["username"])["bio"], lambda v: v == bio)


# ---------------------------------------------------------------- c. losing the listener

def test_listener_loss_never_serves_stale(one):
    api = one
    author = register(api)
    art = create_article(api, author)
    slug = art["slug"]
    old_pid = wait_listening(api.server)
    warm(lambda: api.article(slug))
    warm(lambda: api.listed(slug))
    old_title = api.article(slug)["title"]

    new_title = unique("Written while the listener died ")
    losses = listener_losses(api.server)
    rows = psql("SELECT pg_terminate_backend(:'pid'::int);"
                " UPDATE articles SET title = :'t' WHERE slug = :'s' RETURNING id",
                pid=old_pid, t=new_title, s=slug)
    assert rows[0] == ["t"] and len(rows) == 2, rows  # killed; one row changed
    # pg_terminate_backend only signals the backend; the instance learns that its connection is
    # gone when the listener thread reads the end of it, just as it learns of any change made
    # in psql when the listener reads the notification (cache.h) — until then either title may
    # be served, with or without the kill. Once the listener has seen the loss (it logs that
    # after starting a new epoch and turning the cache off), the old title must never be served.
    assert wait_for(lambda: listener_losses(api.server) > losses, VISIBLE_S, POLL_S), (
        f"the listener did not notice its backend was killed within {VISIBLE_S}s; log tail:\n"
        f"{api.server.output()[-2000:]}")
    seen = []
    end = time.monotonic() + VISIBLE_S
    while time.monotonic() < end:
        got = api.article(slug)["title"]
        listed = (api.listed(slug)[0] or {}).get("title")
        seen.append((got, listed))
        assert got != old_title and listed != old_title, (
            f"after the listener was killed and the row changed, response #{len(seen)} served "
            f"the old title {old_title!r} (GET article: {got!r}, list: {listed!r})")
        time.sleep(POLL_S)
    assert all(g == new_title and l == new_title for g, l in seen), seen[-3:]

    # The listener comes back by itself, and caching works again.
    new_pid = wait_listening(api.server, LISTENER_S, not_pid=old_pid)
    assert new_pid != old_pid
    for i in range(5):
        warm(lambda: api.article(slug))
        body = f"after reconnect {i}"
        update_article(api, author, slug, body=body)
        got = api.article(slug)["body"]
        assert got == body, f"after the reconnect, round {i}: GET shows {got!r}, want {body!r}"
    title = unique("psql after reconnect ")
    warm(lambda: api.article(slug))
    psql("UPDATE articles SET title = :'t' WHERE slug = :'s'", t=title, s=slug)
    assert_visible("psql change after the reconnect", lambda: api.article(slug)["title"],
                   lambda v: v == title)
    assert_served_from_cache(api, slug)
    assert api.server.alive()


def test_listener_loss_during_api_writes(one):
    """Killing the listener right before an API write: the write's read-your-writes wait must not
    hang past the sync timeout, and the answer after it is fresh."""
    api = one
    author = register(api)
    art = create_article(api, author)
    slug = art["slug"]
    pid = wait_listening(api.server)
    warm(lambda: api.article(slug))
    assert psql("SELECT pg_terminate_backend(:'pid'::int)", pid=pid) == [["t"]]
    for i in range(5):
        body = f"while reconnecting {i}"
        update_article(api, author, slug, body=body)
        got = api.article(slug)["body"]
        assert got == body, f"round {i}: GET shows {got!r}, want {body!r}"
    wait_listening(api.server, LISTENER_S, not_pid=pid)


# ---------------------------------------------------------------- d. revoked tokens

def test_logout_refuses_cached_token(two):
    a, b = two
    user = register(a)
    token = user["token"]
    for api in (a, b):
        warm(lambda: api.get("/user", token), 3)  # the caller's row is now cached
    a.req("POST", "/users/logout", token, expect=204)
    r = a.req("GET", "/user", token)
    assert r.status_code == 401, (
        f"[A] GET /api/user with the token logged out on A: expected 401, got {r.status_code}")
    assert_visible("[B] GET /api/user with a token logged out on A → 401",
                   lambda: b.req("GET", "/user", token).status_code, lambda v: v == 401)
    # writes with the old token are refused too
    r = a.req("PUT", "/user", token, {"user": {"bio": "after logout"}})
    assert r.status_code == 401, f"PUT /api/user after logout: {r.status_code}"


def test_password_change_refuses_cached_token(two):
    a, b = two
    user = register(a)
    old = user["token"]
    for api in (a, b):
        warm(lambda: api.get("/user", old), 3)
    r = a.req("PUT", "/user/password", old,
              {"user": {"currentPassword": PASSWORD, "newPassword": "a-new-long-password"}},
              expect=200)
    new = r.json()["user"]["token"]
    r = a.req("GET", "/user", old)
    assert r.status_code == 401, (
        f"[A] GET /api/user with the pre-change token: expected 401, got {r.status_code}")
    a.get("/user", new)
    assert_visible("[B] pre-change token → 401",
                   lambda: b.req("GET", "/user", old).status_code, lambda v: v == 401)
    b.get("/user", new)
