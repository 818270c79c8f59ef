"""Random-mutation fuzzing of the generated request pipeline (not part of the pytest run).

    CODEGEN_SANITIZE=1 scripts/python tests/codegen/fuzz.py [seed] [cases]

Builds the feature-spec driver (with ASan + UBSan when CODEGEN_SANITIZE=1), then sends mutated
bodies (structure and text mutations of valid seeds) and random paths/parameters/headers with
CONDUIT_VALIDATE_RESPONSES=1. Fails on a crash, a status outside the expected set, or any
response that does not conform to its declared schema."""
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(os.path.dirname(HERE))]

import conftest  # noqa: E402

SEEDS = [
    ("POST", "/v1/items", {"name": "abc", "secret": "s", "kind": "b", "price": 2.5, "count": 3,
                           "tags": ["x"], "meta": {"a": 1}, "nickname": None, "version": 1}),
    ("POST", "/v1/combos", {"any": "ab", "one": 2, "notstr": 1, "both": "abc", "konst": "x",
                            "tuple": ["a", 1], "map": {"x-a": "s"}, "names": {"ab": 1},
                            "props": {"a": 1}, "arr": [1, "a"], "mixed": None, "num": 0.5,
                            "uni": "日本", "set": [1, 2], "withref": {"name": "a"}}),
    ("POST", "/v1/shapes", {"kind": "circle", "r": 1}),
    ("POST", "/v1/tree", {"name": "r", "children": [{"name": "a", "next": {"name": "b"}}]}),
    ("POST", "/v1/pets", {"name": "rex", "age": 3}),
    ("PUT", "/v1/nullable", {"s": None, "i": 1, "o": {"x": 1}}),
    ("POST", "/v1/formats", {"dt": "2024-01-02T03:04:05Z", "email": "a@b.c", "ipv6": "::1"}),
    ("POST", "/v1/arrays", [1, 2, 3]),
]
VALUES = [None, True, False, 0, -1, 1.5, 1e308, -9223372036854775808, 9223372036854775808, "",
          "x" * 300, "\u0000", "é", "\U0001F600", [], {}, [[[]]], {"a": {"b": {}}}, "2024-13-01",
          "::", "%"]
ATOMS = ["", "0", "-1", "1", "100", "101", "1.5", "abc", "%", "%2", "%zz", "%41", "%00", "%FF",
         "%C3%A9", "9223372036854775808", "true", "a|b", "1 2", "1,x", ",", "é", "\x01", "a/b",
         "//", "special", "Bearer good", "good"]
PATHS = ["/v1/items", "/v1/items/{}", "/v1/items/{}/parts/{}", "/v1/files/{}", "/v1/search",
         "/v1/responses/{}", "/v1/{}", "/{}", "/v1/items/{}/", "/v1/secure/{}"]
PARAMS = ["limit", "offset", "sort", "tags", "ids", "q", "ratio", "flag", "day", "pipes",
          "spaces", "term", "api_key"]


def mutate(v):
    r = random.random()
    if isinstance(v, dict) and v and r < 0.6:
        v = dict(v)
        k = random.choice(list(v))
        if random.random() < 0.2:
            del v[k]
        else:
            v[k] = mutate(v[k])
        if random.random() < 0.1:
            v[random.choice(["zz", "id", "kind", "x-b", ""])] = random.choice(VALUES)
        return v
    if isinstance(v, list) and v and r < 0.6:
        v = list(v)
        i = random.randrange(len(v))
        v[i] = mutate(v[i])
        if random.random() < 0.2:
            v.append(random.choice(VALUES))
        return v
    return random.choice(VALUES)


def text_mutate(t):
    r = random.random()
    if r < 0.1 and t:
        return t[:random.randrange(len(t))]
    if r < 0.2 and t:
        i = random.randrange(len(t))
        return t[:i] + random.choice(["{", "]", "'", ",", "\\", "\x01", "NaN", '"', "\\u12"]) + t[i:]
    return t


def tok():
    return "".join(random.choice(ATOMS) for _ in range(random.randint(0, 3)))


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    random.seed(seed)
    work = tempfile.mkdtemp(prefix="codegen-fuzz-")
    exe = conftest.build_driver(os.path.join(HERE, "feature.yaml"), work,
                                os.path.join(HERE, "support", "feature_handlers.c"))
    cases = []
    for _ in range(n // 2):
        m, p, body = random.choice(SEEDS)
        cases.append({"m": m, "p": p, "b": text_mutate(json.dumps(mutate(body)))})
    for _ in range(n - n // 2):
        p = random.choice(PATHS)
        p = p.format(*[tok() for _ in range(p.count("{}"))])
        cases.append({
            "m": random.choice(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]),
            "p": p,
            "q": [[random.choice(PARAMS), tok()] for _ in range(random.randint(0, 4))],
            "h": [[random.choice(["X-Mode", "X-Count", "X-Ids", "Authorization", "X-API-Key",
                                  "Content-Type"]), tok()] for _ in range(random.randint(0, 2))],
            "c": [[random.choice(["session", "prefs", "sid"]), tok()]
                  for _ in range(random.randint(0, 2))]})
    r = subprocess.run([exe], input="".join(json.dumps(c) + "\n" for c in cases),
                       capture_output=True, text=True,
                       env=dict(os.environ, CONDUIT_VALIDATE_RESPONSES="1"))
    out = [json.loads(x) for x in r.stdout.splitlines()]
    reports = [line for line in r.stderr.splitlines()
               if "is not declared" not in line and "undeclared status 42" not in line]
    statuses = Counter(o["status"] for o in out)
    print(f"seed {seed}: {len(out)}/{len(cases)} answered, exit {r.returncode}, {dict(statuses)}")
    ok = (r.returncode == 0 and len(out) == len(cases) and not reports and
          set(statuses) <= {200, 201, 204, 400, 401, 403, 404, 405, 415, 422, 501})
    if reports:
        print("\n".join(reports[:20]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
