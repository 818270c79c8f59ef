"""Slow clients (slowloris): a connection trickling header bytes held its slot for as long as it
liked (the idle timeout reset on every byte, the deadline started after the headers), so 30 of
them starved every other client with CONDUIT_MAX_CONNS=30."""
import socket
import threading
import time

import requests

from hostile_util import assert_json_error

HEAD_TIMEOUT_MS = 1500


def trickle(port, stop, out, source=None, interval=0.3):
    """Send a request head one byte per `interval` until the server closes or `stop` is set;
    record (seconds open, bytes received, closed by server)."""
    s = socket.socket()
    if source:
        s.bind((source, 0))
    s.settimeout(0.05)
    t0 = time.monotonic()
    got = b""
    closed = False
    try:
        s.connect(("127.0.0.1", port))
        head = b"GET /api/tags HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10000
        i = 0
        while not stop.is_set() and time.monotonic() - t0 < 8:
            try:
                s.send(head[i:i + 1])
                i += 1
            except OSError:
                closed = True
                break
            try:
                chunk = s.recv(4096)
                if not chunk:
                    closed = True
                    break
                got += chunk
            except socket.timeout:
                pass
            except OSError:
                closed = True
                break
            time.sleep(interval)
    except OSError:
        closed = True
    finally:
        s.close()
    out.append((time.monotonic() - t0, got, closed))


def test_trickled_head_is_cut_at_the_head_deadline(start_server):
    s = start_server(["--head-timeout-ms", str(HEAD_TIMEOUT_MS)])
    out = []
    trickle(s.port, threading.Event(), out)
    took, got, closed = out[0]
    assert closed, "connection still open after 8 s of trickling"
    assert HEAD_TIMEOUT_MS / 1000 - 0.2 < took < HEAD_TIMEOUT_MS / 1000 + 1.5, took
    assert_json_error(got, 408)


def test_silent_connection_is_closed_at_the_head_deadline(start_server):
    s = start_server(["--head-timeout-ms", str(HEAD_TIMEOUT_MS)])
    c = socket.create_connection(("127.0.0.1", s.port), timeout=8)
    t0 = time.monotonic()
    data = b""
    while True:
        chunk = c.recv(4096)
        if not chunk:
            break
        data += chunk
    took = time.monotonic() - t0
    c.close()
    assert took < HEAD_TIMEOUT_MS / 1000 + 1.5, took
    assert_json_error(data, 408)


def test_thirty_slow_connections_do_not_starve_others(start_server):
    """The attack of the report: 30 trickling connections (from 127.0.0.2) with 30 slots. Other
    clients (127.0.0.1) are served throughout: one address holds at most its share (a quarter
    of the slots), and every trickler is cut at the head deadline."""
    s = start_server(["--head-timeout-ms", str(HEAD_TIMEOUT_MS)], env={"CONDUIT_MAX_CONNS": "30"})
    stop = threading.Event()
    results = []
    threads = [threading.Thread(target=trickle, args=(s.port, stop, results, "127.0.0.2"))
               for _ in range(30)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    lat = []
    fails = []
    t_end = time.monotonic() + 4
    while time.monotonic() < t_end:
        t0 = time.monotonic()
        try:
            r = requests.get(f"http://127.0.0.1:{s.port}/api/tags", timeout=2)
            if r.status_code != 200:
                fails.append(r.status_code)
        except requests.RequestException as e:
            fails.append(repr(e))
        lat.append(time.monotonic() - t0)
        time.sleep(0.1)
    stop.set()
    for t in threads:
        t.join(10)
    assert not fails, fails[:5]
    assert max(lat) < 1.0, max(lat)
    # No trickler stayed open past the head deadline (+ the guard's tick and some slack).
    assert len(results) == 30
    assert all(closed for _, _, closed in results)
    assert max(took for took, _, _ in results) < HEAD_TIMEOUT_MS / 1000 + 1.5
    # Most were refused at once: the address's share is a quarter of 30 slots, at least 4.
    refused_at_once = sum(1 for took, _, _ in results if took < 0.5)
    assert refused_at_once >= 30 - 8, [round(t, 2) for t, _, _ in results]


def test_fast_clients_are_not_affected_by_the_head_deadline(start_server):
    """Kept-alive connections idle between requests longer than nothing: the head deadline counts
    from a request's first byte, not from the previous response."""
    s = start_server(["--head-timeout-ms", str(HEAD_TIMEOUT_MS)])
    with requests.Session() as sess:
        for _ in range(3):
            assert sess.get(f"http://127.0.0.1:{s.port}/api/tags", timeout=3).status_code == 200
            time.sleep(HEAD_TIMEOUT_MS / 1000 + 0.3)
