"""bench/compare: run the same scenarios against ours and the legacy service; print ratios.

  bench/compare [--ours-url URL --ours-pid PID --ours-database-url DSN] [--scenarios ...]
                [--conns 16,64,256] [--duration 10] [--config default] [--keep-legacy]
                [--only legacy|ours] [--no-seed]

Both targets are seeded with the same dataset config (SQL fast path when a database URL is
known), then each scenario runs on legacy and on ours back to back (interleaved, so drift from
other load on the machine hits both alike). Ratios: req/s ours ÷ legacy (higher is better) and
p99 legacy ÷ ours (higher is better).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import run as R  # noqa: E402


def sh(cmd, cwd=None, env=None, capture=False):
    C.log(f"compare: $ {cmd if isinstance(cmd, str) else ' '.join(cmd)}")
    p = subprocess.run(cmd, cwd=cwd, env=env, shell=isinstance(cmd, str), text=True,
                       stdout=subprocess.PIPE if capture else sys.stderr)
    if p.returncode != 0:
        raise RuntimeError(f"command failed ({p.returncode}): {cmd}")
    return p.stdout if capture else None


def reachable(url):
    import requests
    try:
        return requests.get(url.rstrip("/") + "/tags", timeout=3).status_code == 200
    except requests.RequestException:
        return False


class Legacy:
    """A private copy of the legacy service, started (and later stopped) by compare."""

    def __init__(self):
        self.src = os.path.abspath(os.environ["LEGACY_SRC"])
        self.dir = os.path.abspath(os.environ["LEGACY_DIR"])
        self.port = os.environ["LEGACY_PORT"]
        self.pgport = os.environ["LEGACY_PGPORT"]
        self.workers = os.environ.get("LEGACY_WORKERS", "0")
        self.dsn = f"postgres://conduit:conduit@127.0.0.1:{self.pgport}/conduit"
        self.url = f"http://127.0.0.1:{self.port}/api"
        self.env = {**os.environ, "PORT": self.port, "PGPORT": self.pgport, "WORKERS": self.workers,
                    "DATABASE_URL": self.dsn, "PGSOCK": f"/tmp/conduit-pg-{self.pgport}"}
        self.started_server = self.started_db = False

    def start(self):
        if not os.path.exists(os.path.join(self.dir, "server.js")):
            if not os.path.isdir(self.src):
                raise SystemExit(f"compare: legacy source {self.src} not found (set LEGACY_SRC)")
            shutil.copytree(self.src, self.dir, dirs_exist_ok=True)
            sh(["chmod", "-R", "u+w", self.dir])
        if not os.path.isdir(os.path.join(self.dir, "node_modules")):
            sh("npm ci --no-audit --no-fund", cwd=self.dir, env=self.env)
        pgdata = os.path.join(self.dir, "pgdata")
        self.started_db = C.postmaster_pid(pgdata) is None or not os.path.exists(f"/proc/{C.postmaster_pid(pgdata)}")
        sh("./start-db.sh", cwd=self.dir, env=self.env)
        self.started_server = not reachable(self.url)
        sh("./start.sh", cwd=self.dir, env=self.env)
        with open(os.path.join(self.dir, "server.pid")) as f:
            self.pid = int(f.read().strip())
        self.db_pid = C.postmaster_pid(pgdata)

    def stop(self):
        if self.started_server:
            sh("./stop.sh", cwd=self.dir, env=self.env)
        if self.started_db:
            sh("./stop-db.sh", cwd=self.dir, env=self.env)


def seed(label, url, dsn, o):
    cmd = [os.path.join(C.BENCH, "seed"), "--url", url, "--label", label, "--config", o.config]
    for kv in o.set:
        cmd += ["--set", kv]
    if dsn:
        cmd += ["--database-url", dsn]
    sh(cmd)


def ratio(a, b):
    return (a / b) if (a is not None and b) else None


def ratio_table(pairs):
    h = ["scenario", "conns / rate", "legacy req/s", "ours req/s", "req/s ×", "legacy p99 ms", "ours p99 ms",
         "p99 ÷", "legacy p99.9 ms", "ours p99.9 ms", "legacy RSS MB", "ours RSS MB", "non-2xx L/O"]
    out = ["| " + " | ".join(h) + " |", "|" + "---|" * len(h)]
    f = R.fmt
    for leg, ours in pairs:
        ref = leg or ours

        def g(r, k):
            return None if (r is None or "error" in r) else r.get(k)

        out.append("| " + " | ".join([
            ref["scenario"], str((g(leg, "conns") or g(ours, "conns") or ref["conns"])),
            f(g(leg, "rps")), f(g(ours, "rps")), f(ratio(g(ours, "rps"), g(leg, "rps")), 2),
            f(g(leg, "p99_ms"), 2), f(g(ours, "p99_ms"), 2), f(ratio(g(leg, "p99_ms"), g(ours, "p99_ms")), 2),
            f(g(leg, "p999_ms"), 2), f(g(ours, "p999_ms"), 2),
            f(g(leg, "peak_rss_mb")), f(g(ours, "peak_rss_mb")),
            f"{f(g(leg, 'non2xx'))}/{f(g(ours, 'non2xx'))}"]) + " |")
    return "\n".join(out)


def find(rows, scenario, conns=None):
    for r in rows or []:
        if r["scenario"] == scenario and (conns is None or r["conns"] == conns) and "error" not in r:
            return r
    return None


def targets_table(rows, capacity):
    """Issue 6's targets, evaluated on this run (ours; legacy shown for reference)."""
    L, O = rows.get("legacy"), rows.get("ours")
    out = ["| measure | target | legacy | ours | met? |", "|---|---|---|---|---|"]

    def add(measure, target, lv, ov, ok):
        out.append(f"| {measure} | {target} | {lv} | {ov} | {'—' if ok is None else ('yes' if ok else '**no**')} |")

    for sc, name in (("article", "GET article"), ("profile", "GET profile"), ("articles", "GET article list"),
                     ("feed", "GET feed"), ("tags", "GET tags")):
        lr, orow = find(L, sc, 64), find(O, sc, 64)
        x = ratio(orow and orow["rps"], lr and lr["rps"])
        add(f"req/s {name}, c=64", "≥ 20× legacy", R.fmt(lr and lr["rps"]), R.fmt(orow and orow["rps"]) +
            (f" (×{x:.1f})" if x else ""), None if x is None else x >= 20)
    lr, orow = find(L, "mix", 64), find(O, "mix", 64)
    x = ratio(orow and orow["rps"], lr and lr["rps"])
    add("req/s 70/30 mix, c=64", "≥ 15× legacy", R.fmt(lr and lr["rps"]),
        R.fmt(orow and orow["rps"]) + (f" (×{x:.1f})" if x else ""), None if x is None else x >= 15)
    for sc in ("article", "profile"):
        lr, orow = find(L, sc, 64), find(O, sc, 64)
        add(f"p99 GET {sc}, c=64", "≤ 5 ms", R.fmt(lr and lr["p99_ms"], 2), R.fmt(orow and orow["p99_ms"], 2),
            None if not orow else orow["p99_ms"] <= 5)
    lr, orow = find(L, "mix", 256), find(O, "mix", 256)
    add("peak RSS, mix c=256", "≤ 32 MB", R.fmt(lr and lr.get("peak_rss_mb")), R.fmt(orow and orow.get("peak_rss_mb")),
        None if not (orow and orow.get("peak_rss_mb")) else orow["peak_rss_mb"] <= 32)

    def best_login(rs):
        ls = [r for r in rs or [] if r["scenario"] == "login" and "error" not in r]
        # successful logins only: fast 503s from a full CPU queue are not hashing throughput
        return max((R.ok_rps(r) for r in ls), default=None)

    if capacity:
        lb, ob = best_login(L), best_login(O)
        pc = lambda v: "—" if v is None else f"{v:.1f}/s = {100 * v / capacity['hashes_per_s']:.0f} %"  # noqa: E731
        add(f"login req/s vs machine PBKDF2 capacity ({capacity['hashes_per_s']:.2f}/s)", "≥ 90 %", pc(lb), pc(ob),
            None if ob is None else ob >= 0.9 * capacity["hashes_per_s"])
    li, oi = find(L, "interference"), find(O, "interference")
    fi = lambda r: "—" if not r else f"{r['p99_alone_ms']:.2f} → {r['p99_ms']:.2f} ms (×{r['p99_ratio']:.2f})"  # noqa: E731
    add("GET p99 during a login flood", "≤ 2× without", fi(li), fi(oi), None if not oi else oi["p99_ratio"] <= 2)
    add("start-up to first served request", "≤ 20 ms", "see bench/startup", "see bench/startup", None)
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ours-url", default=os.environ.get("OURS_URL"))
    ap.add_argument("--ours-pid", default=os.environ.get("OURS_PID", ""))
    ap.add_argument("--ours-database-url", default=os.environ.get("OURS_DATABASE_URL") or None)
    ap.add_argument("--ours-pgdata", default=os.environ.get("OURS_PGDATA") or None)
    ap.add_argument("--legacy-url", help="use this running legacy service instead of starting one")
    ap.add_argument("--legacy-pid", default="")
    ap.add_argument("--legacy-database-url")
    ap.add_argument("--legacy-pgdata")
    ap.add_argument("--keep-legacy", action="store_true", help="leave the managed legacy service running")
    ap.add_argument("--only", choices=["legacy", "ours"], help="measure one side only (tool validation)")
    ap.add_argument("--no-seed", action="store_true", help="reuse bench/out/state-{legacy,ours}.json")
    ap.add_argument("--config", default="default", help="dataset config (bench/config/NAME.json)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    R.add_common_args(ap)
    o = R.finish_args(ap.parse_args())
    if not shutil.which("wrk"):
        sys.exit("compare: wrk not found; run bench/setup")
    R.plan(o)  # validate scenario names early
    busy = R.busy_warning()

    legacy = None
    ours_started = False
    targets = {}
    try:
        if o.only != "ours":
            if o.legacy_url:
                targets["legacy"] = dict(url=o.legacy_url, pids=R.pids_arg(o.legacy_pid),
                                         db=[C.postmaster_pid(o.legacy_pgdata)] if o.legacy_pgdata else [],
                                         dsn=o.legacy_database_url)
            else:
                legacy = Legacy()
                legacy.start()
                targets["legacy"] = dict(url=legacy.url, pids=[legacy.pid], db=[legacy.db_pid], dsn=legacy.dsn)
        if o.only != "legacy":
            pids = R.pids_arg(o.ours_pid)
            start_cmd = os.environ.get("OURS_START")
            if start_cmd and not reachable(o.ours_url):
                outp = sh(start_cmd, capture=True)
                ours_started = True
                last = (outp or "").strip().splitlines()[-1:] or [""]
                pids = pids or R.pids_arg(last[0] if last[0].strip().isdigit() else "")
            if not reachable(o.ours_url):
                C.log(f"compare: ours is not reachable at {o.ours_url}: measuring legacy only")
            else:
                if not pids:
                    C.log("compare: no OURS_PID: our RSS/CPU columns stay empty")
                targets["ours"] = dict(url=o.ours_url, pids=pids,
                                       db=[C.postmaster_pid(o.ours_pgdata)] if o.ours_pgdata else [],
                                       dsn=o.ours_database_url)
        if not targets:
            sys.exit("compare: nothing to measure")

        T = {}
        for label, t in targets.items():
            if not o.no_seed:
                seed(label, t["url"], t["dsn"], o)
            T[label] = R.Target(label, t["url"], os.path.join(C.OUT, f"state-{label}.json"),
                                t["pids"], [p for p in t["db"] if p], t["dsn"])

        capacity = None
        rows = {k: [] for k in T}
        pairs = []
        warmed = set()
        for sc, conns in R.plan(o):
            if sc == "login" and capacity is None:   # measured next to the login runs, servers idle
                for t in T.values():
                    R.settle(t, o)
                capacity = C.pbkdf2_capacity()
                C.log(f"compare: machine PBKDF2 capacity {capacity}")
            pair = []
            for label in ("legacy", "ours"):
                if label not in T:
                    pair.append(None)
                    continue
                t = T[label]
                if (label, sc) not in warmed:
                    R.warmup(t, sc, o)
                    warmed.add((label, sc))
                C.log(f"compare: {label} {sc} {conns} ...")
                try:
                    r = R.measure(t, sc, conns, o)
                except Exception as e:  # noqa: BLE001
                    r = {"target": label, "scenario": sc, "conns": conns, "error": str(e)}
                C.log("   " + json.dumps({k: (round(v, 2) if isinstance(v, float) else v)
                                          for k, v in r.items() if k != "statuses"}))
                rows[label].append(r)
                pair.append(r)
                if sc in R.WRITES:
                    t.reset_writes()
            pairs.append(tuple(pair))

        m = C.machine_info()
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        cmdline = "bench/compare " + " ".join(sys.argv[1:])
        lines = [f"# bench/compare — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", "",
                 f"Machine: {m['nproc']} cores, {m['cpu_model']}; loadavg at end {m['loadavg']}. "
                 f"Server, PostgreSQL and load generator share the machine.",
                 f"Command: `{cmdline}` ({o.duration} s per run, wrk -t{o.wrk_threads}, keep-alive).", "",
                 busy, ""]
        for label in T:
            lines.append(f"- {label}: {T[label].url} (pids {T[label].pids or '—'}; dataset "
                         f"{T[label].state['summary']}, seeded via {T[label].state['mode']})")
        lines += ["", "## Ratios (req/s: ours ÷ legacy; p99: legacy ÷ ours — higher is better for both)", "",
                  ratio_table(pairs), "", "## Targets (issue 6)", "", targets_table(rows, capacity), ""]
        for label in T:
            lines += [f"## {label}", "", R.table(rows[label], capacity), ""]
        text = "\n".join(lines)
        print(text)
        with open(os.path.join(C.OUT, f"compare-{stamp}.md"), "w") as f:
            f.write(text + "\n")
        C.save_json(os.path.join(C.OUT, f"compare-{stamp}.json"),
                    {"machine": m, "argv": sys.argv, "pbkdf2_capacity": capacity, "rows": rows})
        C.log(f"compare: saved bench/out/compare-{stamp}.md")
    finally:
        if legacy and not o.keep_legacy:
            legacy.stop()
        if ours_started and os.environ.get("OURS_STOP"):
            sh(os.environ["OURS_STOP"])


if __name__ == "__main__":
    main()
