"""Shared helpers for the bench tools: paths, config, state files, HTTP, process sampling."""
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BENCH, "out")
LUA = os.path.join(BENCH, "lua")
CONFIG = os.path.join(BENCH, "config")


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def load_config(path=None, overrides=()):
    cfg = {}
    path = path or os.path.join(CONFIG, "default.json")
    if not os.path.isabs(path) and not os.path.exists(path):
        path = os.path.join(CONFIG, path if path.endswith(".json") else path + ".json")
    with open(path) as f:
        cfg.update(json.load(f))
    for kv in overrides:
        k, _, v = kv.partition("=")
        try:
            cfg[k] = json.loads(v)
        except ValueError:
            cfg[k] = v
    return cfg


def save_json(path, obj):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(obj, f, indent=1, default=str)
    os.replace(tmp, path)


def load_json(path):
    with open(path) as f:
        return json.load(f)


def split_url(base):
    """'http://127.0.0.1:3000/api' -> ('http://127.0.0.1:3000', '/api')."""
    u = urllib.parse.urlsplit(base.rstrip("/"))
    return f"{u.scheme}://{u.netloc}", u.path or ""


def session(pool=16):
    import requests
    s = requests.Session()
    ad = requests.adapters.HTTPAdapter(pool_connections=pool, pool_maxsize=pool, max_retries=0)
    s.mount("http://", ad)
    return s


def api(s, method, base, path, token=None, body=None, expect=(200, 201, 204), timeout=120):
    h = {"Accept": "application/json"}
    if token:
        h["Authorization"] = f"Token {token}"
    r = s.request(method, base.rstrip("/") + path, json=body, headers=h, timeout=timeout)
    if expect and r.status_code not in expect:
        raise RuntimeError(f"{method} {path} -> {r.status_code}: {r.text[:300]}")
    return r.json() if r.content else None


def login(s, base, email, password):
    return api(s, "POST", base, "/users/login",
               body={"user": {"email": email, "password": password}})["user"]["token"]


def psql(dsn, sql_text=None, stdin_writer=None, capture=False):
    """Run SQL through psql (Debian postgresql-client). stdin_writer(f) streams a script."""
    cmd = ["psql", dsn, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"]
    if capture:
        cmd[4:4] = ["-A", "-t"]
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE if capture else None,
                         text=True, encoding="utf-8")
    if stdin_writer:
        try:
            stdin_writer(p.stdin)
        finally:
            p.stdin.close()
        out = p.stdout.read() if capture else None
    else:
        out, _ = p.communicate(sql_text)
    if p.wait() != 0:
        raise RuntimeError("psql failed")
    return out


# ---------------------------------------------------------------- process sampling (RSS, CPU)

CLK = os.sysconf("SC_CLK_TCK")


def _children_map():
    kids = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                st = f.read()
            ppid = int(st[st.rindex(")") + 2:].split()[1])
            kids.setdefault(ppid, []).append(int(d))
        except (OSError, ValueError):
            pass
    return kids


def process_tree(pids):
    """The given PIDs plus all their descendants (node:cluster workers, postgres backends)."""
    kids = _children_map()
    out, todo = [], list(pids)
    while todo:
        p = todo.pop()
        if p in out:
            continue
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def status_kb(pid, field):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            st = f.read()
        v = st[st.rindex(")") + 2:].split()
        return int(v[11]) + int(v[12])
    except (OSError, ValueError):
        return 0


def host_ticks():
    """(busy, total) jiffies over all CPUs from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    return sum(v) - idle, sum(v)


def loadavg1():
    try:
        with open("/proc/loadavg") as f:
            return float(f.read().split()[0])
    except (OSError, ValueError):
        return 0.0


class Sampler:
    """Samples the server's process tree every `interval` s while a load runs.

    peak_rss_mb: max over samples of the sum of VmRSS over the tree (what the server holds);
    hwm_mb: sum of VmHWM after the run (kernel peak; reset before the run through clear_refs
    when permitted, else it is the peak since process start); *_cpu: cores used on average.
    """

    def __init__(self, server_pids, db_pids=(), interval=0.1):
        self.server_pids = [int(p) for p in server_pids if p]
        self.db_pids = [int(p) for p in db_pids if p]
        self.interval = interval
        self._stop = threading.Event()
        self.peak_kb = 0
        self.hwm_reset = False

    def _cpu(self, roots, seen):
        tot = 0
        for p in process_tree(roots):
            t = cpu_ticks(p)
            seen[p] = max(seen.get(p, 0), t)
        for t in seen.values():
            tot += t
        return tot

    def __enter__(self):
        tree = process_tree(self.server_pids)
        ok = bool(tree)
        for p in tree:
            try:
                with open(f"/proc/{p}/clear_refs", "w") as f:
                    f.write("5")
            except OSError:
                ok = False
        self.hwm_reset = ok
        self._s0, self._d0 = {}, {}
        self._s_start = self._cpu(self.server_pids, self._s0)
        self._s0_snapshot = dict(self._s0)
        self._d_start = self._cpu(self.db_pids, self._d0)
        self._d0_snapshot = dict(self._d0)
        self._h0 = host_ticks()
        self.t0 = time.monotonic()
        self._th = threading.Thread(target=self._run, daemon=True)
        self._th.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            kb = sum(status_kb(p, "VmRSS") for p in process_tree(self.server_pids))
            self.peak_kb = max(self.peak_kb, kb)
            self._cpu(self.server_pids, self._s0)
            self._cpu(self.db_pids, self._d0)
            self._stop.wait(self.interval)

    def __exit__(self, *exc):
        self._stop.set()
        self._th.join()
        wall = max(1e-6, time.monotonic() - self.t0)
        h1 = host_ticks()
        self.host_cpu = (h1[0] - self._h0[0]) / CLK / wall
        self._cpu(self.server_pids, self._s0)
        self._cpu(self.db_pids, self._d0)

        def used(now, before):
            return sum(now[p] - before.get(p, 0) for p in now) / CLK / wall

        self.server_cpu = used(self._s0, self._s0_snapshot) if self.server_pids else None
        self.db_cpu = used(self._d0, self._d0_snapshot) if self.db_pids else None
        tree = process_tree(self.server_pids)
        self.hwm_kb = sum(status_kb(p, "VmHWM") for p in tree)
        self.nproc = len(tree)
        return False

    def result(self):
        return {
            "peak_rss_mb": round(self.peak_kb / 1024, 1) if self.server_pids else None,
            "hwm_mb": round(self.hwm_kb / 1024, 1) if self.server_pids else None,
            "hwm_reset": self.hwm_reset,
            "server_procs": self.nproc if self.server_pids else None,
            "server_cpu": None if self.server_cpu is None else round(self.server_cpu, 2),
            "db_cpu": None if self.db_cpu is None else round(self.db_cpu, 2),
            "host_cpu": round(self.host_cpu, 2),
        }


def postmaster_pid(pgdata):
    """First line of $PGDATA/postmaster.pid, if readable."""
    try:
        with open(os.path.join(pgdata, "postmaster.pid")) as f:
            return int(f.readline())
    except (OSError, ValueError):
        return None


def machine_info():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/loadavg") as f:
            load = " ".join(f.read().split()[:3])
    except OSError:
        load = "?"
    return {"nproc": os.cpu_count(), "cpu_model": model, "loadavg": load}


def pbkdf2_capacity(iterations=600000, seconds=3.0):
    """PBKDF2-HMAC-SHA256 hashes/s this machine's cores can do (one thread per core; hashlib
    runs OpenSSL without the GIL). The login target compares the server's login rate to it."""
    import hashlib
    n = os.cpu_count() or 1
    deadline = time.monotonic() + seconds
    counts = [0] * n

    def work(i):
        while time.monotonic() < deadline:
            hashlib.pbkdf2_hmac("sha256", b"bench-password", b"0123456789abcdef", iterations, 32)
            counts[i] += 1

    t0 = time.monotonic()
    ths = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    for t in ths:
        t.start()
    for t in ths:
        t.join()
    return {"threads": n, "hashes_per_s": round(sum(counts) / (time.monotonic() - t0), 2),
            "iterations": iterations}
