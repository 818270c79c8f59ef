"""bench/startup: time from exec of a server command to its first answered request.

  bench/startup --url http://127.0.0.1:8080/api [--runs 5] [--path /tags] -- COMMAND [ARGS...]

Runs COMMAND (in the foreground: it must not daemonize), polls GET <url><path> over a fresh TCP
connection every 0.5 ms until it answers 200, prints the elapsed time, stops the process
(SIGTERM, then SIGKILL after 5 s) and repeats. Reports min / median / max in ms. The database
must already be running (the target excludes it). Only the process it started is signalled.
"""
import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402


def probe(host, port, req):
    try:
        with socket.create_connection((host, port), timeout=1) as s:
            s.sendall(req)
            data = s.recv(64)
            return data[9:12] == b"200"
    except OSError:
        return False


def once(cmd, host, port, req, limit):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while time.perf_counter() - t0 < limit:
            if probe(host, port, req):
                return (time.perf_counter() - t0) * 1e3
            if p.poll() is not None:
                raise RuntimeError(f"server exited with {p.returncode} before answering")
            time.sleep(0.0005)
        raise RuntimeError(f"no answer within {limit} s")
    finally:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        # wait for the port to be free before the next run
        for _ in range(200):
            try:
                with socket.create_connection((host, port), timeout=0.2):
                    time.sleep(0.025)
            except OSError:
                break


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit(__doc__)
    i = argv.index("--")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", required=True)
    ap.add_argument("--path", default="/tags")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--limit", type=float, default=30, help="give up after this many seconds")
    o = ap.parse_args(argv[:i])
    cmd = argv[i + 1:]
    origin, prefix = C.split_url(o.url)
    hostport = origin.split("://", 1)[1]
    host, _, port = hostport.partition(":")
    req = f"GET {prefix}{o.path} HTTP/1.1\r\nHost: {hostport}\r\nConnection: close\r\n\r\n".encode()
    if probe(host, int(port or 80), req):
        sys.exit(f"startup: something already answers at {o.url}; stop it first")
    ms = []
    for r in range(o.runs):
        ms.append(once(cmd, host, int(port or 80), req, o.limit))
        C.log(f"startup: run {r + 1}: {ms[-1]:.1f} ms")
    print(f"startup to first 200 on {o.path}: min {min(ms):.1f} ms, median {statistics.median(ms):.1f} ms, "
          f"max {max(ms):.1f} ms over {len(ms)} runs (command: {' '.join(cmd)})")


if __name__ == "__main__":
    main()
