"""Deterministic, realistic RealWorld dataset generator (shared by the API and SQL seeders).

Everything is derived from one integer seed, so two targets seeded with the same config hold
the same users, articles, tags, favourites, comments and follows (ids, slugs and timestamps
included when seeded through SQL). Popularity is skewed (Zipf-like) for authors, tags, favourites,
comments and followees, and the number of follows per user has a long (Pareto) tail.

Bench users (`bench01`, `bench02`, ...) are the last user ids. They author nothing and have no
seeded favourites, so the write scenarios (favourite/unfavourite, new articles, comments) can be
undone exactly by `seed --reset-writes`. Each follows `bench_follows` authors, so their feed is
non-empty. Every user has the same password (config "password").
"""
import base64
import bisect
import datetime as dt
import hashlib
import itertools
import json
import os
import random
import re

DEFAULTS = {
    "seed": 20261128,
    "users": 1000,
    "articles": 20000,
    "tags": 50,
    "favorites": 100000,
    "comments": 50000,
    "follows_mean": 20,          # mean follows per (non-bench) user; Pareto long tail
    "bench_users": 16,           # tokens for the authenticated scenarios
    "bench_follows": 40,         # authors each bench user follows (feed)
    "password": "bench-password-2026",
    "pbkdf2_iterations": 600000,
    "distinct_salts": 8,         # precomputed hashes (SQL path); user i gets hash i % n
    "sample_slugs": 2000,        # slugs the GET article scenario picks from (popularity-weighted)
    "sample_users": 500,         # usernames for GET profile / emails for login
    "start": "2024-01-01T00:00:00Z",
    "end": "2026-11-01T00:00:00Z",
}

FIRST = """james mary robert patricia john jennifer michael linda david elizabeth william barbara
richard susan joseph jessica thomas sarah charles karen christopher lisa daniel nancy matthew
betty anthony sandra mark margaret donald ashley steven kimberly andrew emily paul donna joshua
michelle kenneth carol kevin amanda brian melissa george deborah timothy stephanie ronald rebecca
jason sharon edward laura jeffrey cynthia ryan dorothy jacob amy gary kathleen nicholas angela
eric shirley jonathan brenda stephen emma larry anna justin pamela scott nicole brandon samantha
benjamin katherine samuel christine gregory debra alexander rachel frank carolyn patrick janet
raymond maria jack olivia dennis heather jerry helen tyler catherine aaron diane jose julie adam
victoria nathan joyce henry lauren zachary kelly douglas christina peter ruth kyle joan noah
virginia ethan judith jeremy evelyn walter hannah christian andrea keith megan roger cheryl terry
jacqueline austin martha sean madison gerald teresa carl kathryn harold sara dylan janice arthur
julia lawrence grace jordan judy jesse theresa bryan rose billy beverly bruce denise gabriel
marilyn joe amber logan danielle alan brittany juan diana albert abigail willie jane elijah lori
wayne natalie randy alexis vincent tiffany mason kayla roy alice ralph sophia bobby isabella""".split()
LAST = """smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez
gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white harris
sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill flores
green adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans turner
diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz
morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez
wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross
foster jimenez""".split()
WORDS = """the of and to in is that for it as with was on be by this are or from at an which
but not have has had were can all their been one more will would there what about when so if
into up out than then them these some could other only time new system data server request
latency memory thread process query index table cache client network packet socket buffer kernel
queue stream parser token session cookie header schema migration release version build compiler
linker library module package service endpoint router handler pool worker signal lock mutex
atomic vector matrix graph tree node edge path search sort merge split hash key value record field
column row page block file disk write read flush commit rollback replica shard cluster region zone
deploy rollout canary metric trace span log alert budget error retry timeout backoff limit quota
rate burst spike load test bench profile flame sample counter gauge histogram percentile median
dragon castle forest river mountain valley harbor island desert garden winter summer autumn
spring morning evening night journey story legend secret promise answer question reason method
design pattern practice principle lesson mistake failure success habit craft skill tool guide
simple clear fast slow small large early late quiet loud bright dark warm cold strong gentle
""".split()
TAGS = """programming javascript c rust go python postgres sql performance databases web http
devops linux testing security cryptography networking distributed-systems caching design
architecture career productivity opensource tutorial beginners advanced dragons training
compilers algorithms data-structures concurrency async memory profiling benchmarks api rest json
frontend backend cloud containers kubernetes observability logging monitoring reliability
migration legacy refactoring embedded hardware""".split()


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def iso(t):
    """Date.toISOString()-style UTC timestamp with milliseconds."""
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def slugify(title):
    """The legacy service's slug rule: lower-case, non-[a-z0-9] runs -> '-', 100 chars max."""
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:100].rstrip("-")
    return s or "article"


def zipf_cum(n, s, rng):
    """Cumulative Zipf weights over a random permutation of range(n): returns (order, cum)."""
    order = list(range(n))
    rng.shuffle(order)
    cum = list(itertools.accumulate(1.0 / (k + 1) ** s for k in range(n)))
    return order, cum


def pick(rng, order, cum):
    return order[bisect.bisect_left(cum, rng.random() * cum[-1])]


class Dataset:
    """Lists of plain dicts/tuples; user/article/tag/comment ids are 1-based positions."""

    def __init__(self, cfg):
        self.cfg = cfg = {**DEFAULTS, **cfg}
        rng = random.Random(cfg["seed"])
        nu, na, nt = cfg["users"], cfg["articles"], cfg["tags"]
        nb = min(cfg["bench_users"], nu - 1)
        start, end = parse_ts(cfg["start"]), parse_ts(cfg["end"])
        span = (end - start).total_seconds()
        self.seed_epoch = end

        def words(n):
            return " ".join(rng.choice(WORDS) for _ in range(n))

        def sentence(lo, hi):
            w = words(rng.randint(lo, hi))
            return w[0].upper() + w[1:] + "."

        # ---- users: ordinary users 1..nu-nb, bench users last
        self.users = []
        seen = set()
        for i in range(1, nu - nb + 1):
            base = f"{rng.choice(FIRST)}_{rng.choice(LAST)}"
            name = base if base not in seen else f"{base}{i}"
            seen.add(name)
            self.users.append(self._user(i, name, rng, start, span, sentence))
        for b in range(1, nb + 1):
            self.users.append(self._user(nu - nb + b, "bench%02d" % b, rng, start, span, sentence))
        self.bench_ids = list(range(nu - nb + 1, nu + 1))
        normal = nu - nb

        # ---- tags, Zipf popularity
        names = TAGS[:nt] + [f"topic-{i}" for i in range(len(TAGS), nt)]
        self.tags = [(i + 1, n) for i, n in enumerate(names[:nt])]
        tag_order, tag_cum = zipf_cum(nt, 1.0, rng)

        # ---- articles: authors Zipf (s=1.0) over ordinary users; created_at increases with id
        a_order, a_cum = zipf_cum(normal, 1.0, rng)
        self.articles, self.article_tags = [], []
        slugs = set()
        for i in range(1, na + 1):
            author = pick(rng, a_order, a_cum) + 1
            title = sentence(3, 9)[:-1]
            slug = slugify(title)
            while slug in slugs:
                slug = f"{slugify(title)}-{rng.getrandbits(32):08x}"
            slugs.add(slug)
            created = start + dt.timedelta(seconds=span * (i - 1 + rng.random() * 0.9) / na)
            updated = created if rng.random() < 0.8 else created + dt.timedelta(hours=rng.randint(1, 200))
            body = "\n\n".join(
                " ".join(sentence(6, 18) for _ in range(rng.randint(2, 6)))
                for _ in range(rng.randint(1, 5))
            )
            self.articles.append({
                "id": i, "slug": slug, "title": title, "description": sentence(8, 16),
                "body": body, "author_id": author, "created_at": created, "updated_at": updated,
            })
            k = rng.choices([0, 1, 2, 3, 4, 5], weights=[10, 20, 30, 25, 10, 5])[0]
            chosen = set()
            while len(chosen) < min(k, nt):
                chosen.add(pick(rng, tag_order, tag_cum) + 1)
            self.article_tags.extend((i, t) for t in sorted(chosen))

        # ---- article popularity for favourites / comments / the GET sample
        art_order, art_cum = zipf_cum(na, 0.8, rng)

        # ---- favourites: per-user counts with a long tail; no bench users
        nf = min(cfg["favorites"], normal * na)
        weights = [rng.paretovariate(1.3) for _ in range(normal)]
        tot = sum(weights)
        counts = [min(na, int(w / tot * nf)) for w in weights]
        short = nf - sum(counts)
        u = 0
        while short > 0:
            if counts[u % normal] < na:
                counts[u % normal] += 1
                short -= 1
            u += 1
        self.favorites = []
        for uid0, c in enumerate(counts):
            got = set()
            tries = 0
            while len(got) < c:
                tries += 1
                if tries < 20 * c:
                    got.add(pick(rng, art_order, art_cum) + 1)
                else:
                    got.add(rng.randrange(na) + 1)
            for aid in sorted(got):
                a = self.articles[aid - 1]
                self.favorites.append((uid0 + 1, aid, self._after(rng, a["created_at"], end)))

        # ---- comments: articles by popularity, authors uniform; ids follow created_at
        com = []
        for _ in range(cfg["comments"]):
            aid = pick(rng, art_order, art_cum) + 1
            a = self.articles[aid - 1]
            com.append((self._after(rng, a["created_at"], end), aid, rng.randrange(normal) + 1,
                        sentence(4, 30)))
        com.sort(key=lambda c: c[0])
        self.comments = [{"id": i + 1, "created_at": c[0], "article_id": c[1], "author_id": c[2],
                          "body": c[3]} for i, c in enumerate(com)]

        # ---- follows: Pareto number per user, followees weighted like authors
        self.follows = []
        mean = cfg["follows_mean"]
        for f in range(1, normal + 1):
            n = min(normal - 1, int(rng.paretovariate(1.5) * mean / 3))
            got = set()
            tries = 0
            while len(got) < n and tries < 50 * (n + 1):
                tries += 1
                t = pick(rng, a_order, a_cum) + 1 if rng.random() < 0.7 else rng.randrange(normal) + 1
                if t != f:
                    got.add(t)
            for t in sorted(got):
                self.follows.append((f, t, self._after(rng, self.users[max(f, t) - 1]["created_at"], end)))
        authors = sorted({a["author_id"] for a in self.articles})
        for b in self.bench_ids:
            got = set()
            while len(got) < min(cfg["bench_follows"], len(authors)):
                got.add(pick(rng, a_order, a_cum) + 1 if rng.random() < 0.5 else rng.choice(authors))
            for t in sorted(got):
                self.follows.append((b, t, self._after(rng, self.users[b - 1]["created_at"], end)))

        # ---- samples the scenarios use
        srng = random.Random(cfg["seed"] + 1)
        picked = []
        seen_a = set()
        for _ in range(cfg["sample_slugs"] * 20):
            if len(picked) >= min(cfg["sample_slugs"], na):
                break
            aid = pick(srng, art_order, art_cum) + 1
            if aid not in seen_a:
                seen_a.add(aid)
                picked.append(aid)
        self.sample_article_ids = picked
        ids = list(range(1, normal + 1))
        srng.shuffle(ids)
        self.sample_user_ids = ids[: min(cfg["sample_users"], normal)]
        tag_count = {}
        for _, t in self.article_tags:
            tag_count[t] = tag_count.get(t, 0) + 1
        self.tags_by_use = [n for (tid, n) in sorted(self.tags, key=lambda x: (-tag_count.get(x[0], 0), x[1]))
                            if tag_count.get(tid)]

    @staticmethod
    def _user(i, name, rng, start, span, sentence):
        created = start + dt.timedelta(seconds=span * 0.5 * rng.random())
        return {
            "id": i, "username": name, "email": f"{name}@example.com",
            "bio": sentence(5, 20) if rng.random() < 0.6 else "",
            "image": f"https://example.com/avatars/{i}.png" if rng.random() < 0.7 else "",
            "created_at": created, "updated_at": created,
        }

    @staticmethod
    def _after(rng, t, end):
        lim = max(60.0, (end - t).total_seconds())
        return t + dt.timedelta(seconds=min(lim, rng.expovariate(1 / (14 * 86400.0))))

    def summary(self):
        return {"users": len(self.users), "articles": len(self.articles), "tags": len(self.tags),
                "article_tags": len(self.article_tags), "favorites": len(self.favorites),
                "comments": len(self.comments), "follows": len(self.follows)}


def password_hashes(cfg, cache_path):
    """`distinct_salts` PBKDF2-SHA256 hashes of the shared password (cached: each costs ~0.3 s)."""
    cfg = {**DEFAULTS, **cfg}
    try:
        with open(cache_path) as f:
            cache = json.load(f)
    except (OSError, ValueError):
        cache = {}
    rng = random.Random(cfg["seed"] + 2)
    out = []
    changed = False
    for _ in range(max(1, cfg["distinct_salts"])):
        salt = bytes(rng.getrandbits(8) for _ in range(16))
        key = f'{cfg["password"]}|{salt.hex()}|{cfg["pbkdf2_iterations"]}'
        if key not in cache:
            dk = hashlib.pbkdf2_hmac("sha256", cfg["password"].encode(), salt, cfg["pbkdf2_iterations"], 32)
            cache[key] = "pbkdf2_sha256$%d$%s$%s" % (
                cfg["pbkdf2_iterations"], base64.b64encode(salt).decode(), base64.b64encode(dk).decode())
            changed = True
        out.append(cache[key])
    if changed:
        os.makedirs(os.path.dirname(cache_path), exist_ok=True)
        with open(cache_path, "w") as f:
            json.dump(cache, f, indent=1)
    return out
