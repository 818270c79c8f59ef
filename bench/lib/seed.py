"""bench/seed: load the benchmark dataset into a RealWorld service and write its state file.

  bench/seed --url http://127.0.0.1:3000/api --database-url postgres://... [--config default]
  bench/seed --url http://127.0.0.1:3000/api --mode api --config small
  bench/seed --reset-writes --state bench/out/state-legacy.json --database-url postgres://...

--mode sql (the default when --database-url is given): TRUNCATEs the RealWorld tables
(users, follows, articles, tags, article_tags, favorites, comments) and COPYs the dataset with
explicit ids and precomputed PBKDF2 hashes, then logs the bench users in through the API.
--mode api: everything through the HTTP API (register, articles, favourites, comments, follows);
the server must be empty of these usernames; slow for large sets (PBKDF2 on every register).
"""
import argparse
import concurrent.futures as cf
import csv
import io
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import dataset as D  # noqa: E402

TABLES = "users, follows, articles, tags, article_tags, favorites, comments"


def copy_block(f, table, cols, rows):
    # FORCE_NOT_NULL: an empty CSV field is '' (bio, image), never NULL
    f.write(f"COPY {table} ({', '.join(cols)}) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL ({', '.join(cols)}));\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    n = 0
    for r in rows:
        w.writerow(r)
        n += 1
        if n % 5000 == 0:
            f.write(buf.getvalue())
            buf.seek(0)
            buf.truncate()
    f.write(buf.getvalue())
    f.write("\\.\n")


def seed_sql(ds, dsn, hashes):
    iso = D.iso

    def writer(f):
        f.write("\\set QUIET on\nSET client_min_messages = warning;\nBEGIN;\n")
        f.write(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE;\n")
        copy_block(f, "users", ["id", "username", "email", "password_hash", "bio", "image", "created_at", "updated_at"],
                   ((u["id"], u["username"], u["email"], hashes[u["id"] % len(hashes)], u["bio"], u["image"],
                     iso(u["created_at"]), iso(u["updated_at"])) for u in ds.users))
        copy_block(f, "tags", ["id", "name"], ds.tags)
        copy_block(f, "articles", ["id", "slug", "title", "description", "body", "author_id", "created_at", "updated_at"],
                   ((a["id"], a["slug"], a["title"], a["description"], a["body"], a["author_id"],
                     iso(a["created_at"]), iso(a["updated_at"])) for a in ds.articles))
        copy_block(f, "article_tags", ["article_id", "tag_id"], ds.article_tags)
        copy_block(f, "follows", ["follower_id", "followee_id", "created_at"],
                   ((a, b, iso(t)) for a, b, t in ds.follows))
        copy_block(f, "favorites", ["user_id", "article_id", "created_at"],
                   ((u, a, iso(t)) for u, a, t in ds.favorites))
        copy_block(f, "comments", ["id", "article_id", "author_id", "body", "created_at", "updated_at"],
                   ((c["id"], c["article_id"], c["author_id"], c["body"], iso(c["created_at"]), iso(c["created_at"]))
                    for c in ds.comments))
        for t in ("users", "tags", "articles", "comments"):
            f.write(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t})) \\g /dev/null\n")
        f.write(f"COMMIT;\nVACUUM ANALYZE {TABLES};\n")

    C.psql(dsn, stdin_writer=writer)


def seed_api(ds, base, workers):
    """Everything through the HTTP API. Returns {dataset article id: slug}."""
    s = C.session(workers * 2)
    pw = ds.cfg["password"]
    tokens = {}

    def register(u):
        r = C.api(s, "POST", base, "/users", body={"user": {"username": u["username"], "email": u["email"], "password": pw}})
        tok = r["user"]["token"]
        if u["bio"] or u["image"]:
            C.api(s, "PUT", base, "/user", token=tok, body={"user": {"bio": u["bio"], "image": u["image"]}})
        return u["id"], tok

    def run(fn, items, what):
        t0 = time.time()
        out = []
        with cf.ThreadPoolExecutor(workers) as ex:
            for i, r in enumerate(ex.map(fn, items), 1):
                out.append(r)
                if i % 500 == 0:
                    C.log(f"seed: {what} {i}/{len(items)}")
        C.log(f"seed: {what} {len(items)} in {time.time() - t0:.1f}s")
        return out

    tokens.update(run(register, ds.users, "users"))
    tagname = dict(ds.tags)
    tags_of = {}
    for aid, tid in ds.article_tags:
        tags_of.setdefault(aid, []).append(tagname[tid])

    # articles in id order per author keeps "newest first" consistent with the dataset
    def create(a):
        r = C.api(s, "POST", base, "/articles", token=tokens[a["author_id"]], body={"article": {
            "title": a["title"], "description": a["description"], "body": a["body"],
            "tagList": tags_of.get(a["id"], [])}})
        return a["id"], r["article"]["slug"]

    slugs = {}
    for chunk in range(0, len(ds.articles), 2000):   # chunks keep creation order roughly by id
        slugs.update(run(create, ds.articles[chunk:chunk + 2000], "articles"))
    run(lambda f: C.api(s, "POST", base, f"/articles/{slugs[f[1]]}/favorite", token=tokens[f[0]]),
        ds.favorites, "favorites")
    run(lambda c: C.api(s, "POST", base, f"/articles/{slugs[c['article_id']]}/comments", token=tokens[c["author_id"]],
                        body={"comment": {"body": c["body"]}}), ds.comments, "comments")
    name = {u["id"]: u["username"] for u in ds.users}
    run(lambda f: C.api(s, "POST", base, f"/profiles/{name[f[1]]}/follow", token=tokens[f[0]]),
        ds.follows, "follows")
    return slugs, tokens


def max_ids(dsn):
    out = C.psql(dsn, "SELECT coalesce(max(id),0) FROM articles; SELECT coalesce(max(id),0) FROM comments; "
                      "SELECT coalesce(max(id),0) FROM tags;", capture=True)
    a, c, t = [int(x) for x in out.split()]
    return {"max_article_id": a, "max_comment_id": c, "max_tag_id": t}


def reset_writes(state, dsn):
    """Undo what the write scenarios did: rows made by the bench users after seeding (articles,
    comments, favourites) and tags newer than the seed that no article uses any more. Rows that
    other clients of a shared database made are left alone."""
    s = state.get("seeded")
    if not s:
        C.log("seed: state has no seeded id maxima (seeded without --database-url): nothing undone")
        return
    bench = ",".join("'%s'" % b["username"] for b in state["bench"])
    C.psql(dsn, f"""SET client_min_messages = warning;
BEGIN;
CREATE TEMP TABLE bench_ids ON COMMIT DROP AS SELECT id FROM users WHERE username IN ({bench});
DELETE FROM articles WHERE id > {int(s['max_article_id'])} AND author_id IN (SELECT id FROM bench_ids);
DELETE FROM comments WHERE id > {int(s['max_comment_id'])} AND author_id IN (SELECT id FROM bench_ids);
DELETE FROM favorites WHERE user_id IN (SELECT id FROM bench_ids);
DELETE FROM tags t WHERE t.id > {int(s['max_tag_id'])}
   AND NOT EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id);
COMMIT;
VACUUM ANALYZE articles, comments, favorites, tags, article_tags;
""")


def verify(s, base, ds, slugs):
    n = C.api(s, "GET", base, "/articles?limit=1")["articlesCount"]
    tags = C.api(s, "GET", base, "/tags")["tags"]
    one = C.api(s, "GET", base, f"/articles/{slugs[ds.sample_article_ids[0]]}")["article"]
    ok = n == len(ds.articles) and len(tags) == len(ds.tags_by_use)
    C.log(f"seed: verify articlesCount={n} (want {len(ds.articles)}), tags={len(tags)} "
          f"(want {len(ds.tags_by_use)}), sample article favoritesCount={one['favoritesCount']} -> "
          f"{'ok' if ok else 'MISMATCH'}")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="API base URL, e.g. http://127.0.0.1:3000/api")
    ap.add_argument("--database-url", default=os.environ.get("DATABASE_URL"),
                    help="PostgreSQL URL of the target's database (SQL fast path, reset-writes)")
    ap.add_argument("--mode", choices=["sql", "api"], help="default: sql if --database-url else api")
    ap.add_argument("--config", default="default", help="bench/config/NAME.json or a path")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a config key")
    ap.add_argument("--label", default="target", help="names the state file bench/out/state-LABEL.json")
    ap.add_argument("--state", help="state file path (default from --label)")
    ap.add_argument("--workers", type=int, default=4, help="parallel HTTP clients (api mode, logins)")
    ap.add_argument("--reset-writes", action="store_true", help="undo the write scenarios' rows (needs --database-url)")
    a = ap.parse_args()
    state_path = a.state or os.path.join(C.OUT, f"state-{a.label}.json")

    if a.reset_writes:
        if not a.database_url:
            sys.exit("seed: --reset-writes needs --database-url")
        reset_writes(C.load_json(state_path), a.database_url)
        C.log("seed: write-scenario rows removed")
        return
    if not a.url:
        sys.exit("seed: --url is required")
    mode = a.mode or ("sql" if a.database_url else "api")
    if mode == "sql" and not a.database_url:
        sys.exit("seed: --mode sql needs --database-url")
    cfg = C.load_config(a.config, a.set)
    t0 = time.time()
    ds = D.Dataset(cfg)
    C.log(f"seed: generated {ds.summary()} in {time.time() - t0:.1f}s")
    base = a.url.rstrip("/")
    s = C.session(a.workers * 2)
    C.api(s, "GET", base, "/tags")  # reachable?

    t1 = time.time()
    if mode == "sql":
        hashes = D.password_hashes(ds.cfg, os.path.join(C.OUT, "pwhash-cache.json"))
        seed_sql(ds, a.database_url, hashes)
        slugs = {x["id"]: x["slug"] for x in ds.articles}
        tokens = {}
    else:
        slugs, tokens = seed_api(ds, base, a.workers)
    C.log(f"seed: {mode} load took {time.time() - t1:.1f}s")

    bench = [u for u in ds.users if u["id"] in set(ds.bench_ids)]
    with cf.ThreadPoolExecutor(a.workers) as ex:   # tokens via the API (a handful of logins)
        toks = list(ex.map(lambda u: tokens.get(u["id"]) or C.login(s, base, u["email"], ds.cfg["password"]), bench))
    users = {u["id"]: u for u in ds.users}
    state = {
        "label": a.label, "base_url": base, "mode": mode, "config": ds.cfg, "summary": ds.summary(),
        "seeded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "password": ds.cfg["password"],
        "bench": [{"username": u["username"], "email": u["email"], "token": t} for u, t in zip(bench, toks)],
        "slugs": [slugs[i] for i in ds.sample_article_ids],
        "usernames": [users[i]["username"] for i in ds.sample_user_ids],
        "emails": [users[i]["email"] for i in ds.sample_user_ids],
        "tags": ds.tags_by_use,
        "seeded": (max_ids(a.database_url) if a.database_url else None),
    }
    state["verified"] = verify(s, base, ds, slugs)
    C.save_json(state_path, state)
    C.log(f"seed: state -> {state_path} ({len(state['bench'])} tokens, {len(state['slugs'])} slugs); "
          f"total {time.time() - t0:.1f}s")
    if not state["verified"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
