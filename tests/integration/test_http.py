"""Runtime HTTP behaviour of the real server: runtime endpoints, routing errors, limits, request
ids, access log, ETag, gzip, CORS, metrics format."""
import gzip
import re
import socket
import time
import uuid

import pytest
import requests

from rt_util import wait_for

TIMEOUT = 30  # hang guard for every request; not a performance assertion


def test_healthz_readyz(start_server):
    s = start_server()
    r = requests.get(s.url("/healthz"), timeout=TIMEOUT)
    assert r.status_code == 200
    assert r.json()["status"] == "ok"
    r = requests.get(s.url("/readyz"), timeout=TIMEOUT)
    assert r.status_code == 200
    assert r.headers["X-Request-Id"]


def test_unknown_path_404_and_wrong_method_405(start_server):
    s = start_server()
    r = requests.get(s.url("/no/such/path"), timeout=TIMEOUT)
    assert r.status_code == 404
    assert r.content, "404 must carry the application's error body"
    r.json()  # JSON error shape, whichever the application installed
    r = requests.delete(s.url("/api/tags"), timeout=TIMEOUT)
    assert r.status_code == 405
    allow = [m.strip() for m in r.headers["Allow"].split(",")]
    assert "GET" in allow and "DELETE" not in allow
    r.json()


def test_tags_ok_etag_304(start_server):
    s = start_server()
    r = requests.get(s.url("/api/tags"), timeout=TIMEOUT)
    assert r.status_code == 200
    assert "tags" in r.json()
    etag = r.headers["ETag"]
    # strong for the identity encoding; weak for the gzip representation (bodies over 1 KiB,
    # e.g. when earlier tests left many tags in the shared database)
    weak = "W/" if r.headers.get("Content-Encoding") == "gzip" else ""
    assert re.fullmatch(weak + r'"[^"]+"', etag)
    r2 = requests.get(s.url("/api/tags"), headers={"If-None-Match": etag}, timeout=TIMEOUT)
    assert r2.status_code == 304
    assert r2.content == b""
    r3 = requests.get(s.url("/api/tags"), headers={"If-None-Match": '"other"'}, timeout=TIMEOUT)
    assert r3.status_code == 200


def test_request_id_echoed_and_logged(start_server):
    s = start_server()
    rid = "it-" + uuid.uuid4().hex
    r = requests.get(s.url("/api/tags"), headers={"X-Request-Id": rid}, timeout=TIMEOUT)
    assert r.headers["X-Request-Id"] == rid
    bad = requests.get(s.url("/healthz"), headers={"X-Request-Id": "bad id\twith spaces"},
                       timeout=TIMEOUT)
    generated = bad.headers["X-Request-Id"]
    assert generated and " " not in generated

    def logged():
        return [l for l in s.json_lines()
                if l.get("request_id") == rid and l.get("msg") == "request"]

    assert wait_for(lambda: logged(), 10)
    line = logged()[0]
    for field in ("time", "method", "route", "status", "duration_ms", "bytes"):
        assert field in line, field
    assert line["method"] == "GET"
    assert line["route"] == "/api/tags"
    assert line["status"] == 200


def test_body_too_large_413(start_server):
    s = start_server(["--max-body-bytes", "2048"])
    big = b'{"user":{"username":"' + b"a" * 8192 + b'"}}'
    r = requests.post(s.url("/api/users"), data=big,
                      headers={"Content-Type": "application/json"}, timeout=TIMEOUT)
    assert r.status_code == 413
    assert r.content
    # chunked upload (no Content-Length): cut off while streaming

    def gen():
        for _ in range(8):
            yield b"a" * 1024

    r = requests.post(s.url("/api/users"), data=gen(),
                      headers={"Content-Type": "application/json"}, timeout=TIMEOUT)
    assert r.status_code == 413
    assert s.alive()


def test_header_too_large(start_server):
    s = start_server(["--max-header-bytes", "4096"])
    r = requests.get(s.url("/healthz"), headers={"X-Big": "x" * 6000}, timeout=TIMEOUT)
    assert r.status_code == 431
    r = requests.get(s.url("/healthz"), headers={"X-Big": "x" * 1000}, timeout=TIMEOUT)
    assert r.status_code == 200
    try:
        r = requests.get(s.url("/healthz"), headers={"X-Big": "x" * 65536}, timeout=TIMEOUT)
        assert r.status_code in (413, 431, 400)
    except requests.ConnectionError:
        pass  # closing the connection is also a refusal
    assert requests.get(s.url("/healthz"), timeout=TIMEOUT).status_code == 200


def test_slow_client_timed_out(start_server):
    s = start_server(["--conn-timeout", "2", "--workers", "1"])
    socks = []
    for _ in range(4):
        c = socket.create_connection(("127.0.0.1", s.port), timeout=TIMEOUT)
        c.sendall(b"GET /api/tags HTTP/1.1\r\nHost: x\r\nX-Slow: ")  # and then nothing
        socks.append(c)
    # slow clients hold no worker: a normal request is served meanwhile
    assert requests.get(s.url("/api/tags"), timeout=TIMEOUT).status_code == 200

    def closed(c):
        try:
            c.settimeout(0.2)
            return c.recv(4096) == b""
        except socket.timeout:
            return False
        except OSError:
            return True

    for c in socks:
        assert wait_for(lambda: closed(c), 20), "slow connection was not timed out"
        c.close()
    assert s.alive()


def test_keep_alive(start_server):
    s = start_server()
    with requests.Session() as sess:
        for _ in range(3):
            assert sess.get(s.url("/healthz"), timeout=TIMEOUT).status_code == 200
            assert sess.get(s.url("/no-such"), timeout=TIMEOUT).status_code == 404
    c = socket.create_connection(("127.0.0.1", s.port), timeout=TIMEOUT)
    c.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    data = b""
    end = time.monotonic() + 10
    while data.count(b"HTTP/1.1 200") < 2 and time.monotonic() < end:
        chunk = c.recv(65536)
        if not chunk:
            break
        data += chunk
    c.close()
    assert data.count(b"HTTP/1.1 200") == 2, data


def test_gzip(start_server):
    s = start_server()
    for _ in range(5):
        requests.get(s.url("/api/tags"), timeout=TIMEOUT)
    r = requests.get(s.url("/metrics"), headers={"Accept-Encoding": "gzip"}, stream=True,
                     timeout=TIMEOUT)
    raw = r.raw.read(decode_content=False)
    assert r.headers.get("Content-Encoding") == "gzip"
    assert "Accept-Encoding" in r.headers.get("Vary", "")
    text = gzip.decompress(raw).decode()
    assert "conduit_http_requests_total" in text
    r = requests.get(s.url("/metrics"), headers={"Accept-Encoding": "identity"}, timeout=TIMEOUT)
    assert "Content-Encoding" not in r.headers
    r = requests.get(s.url("/metrics"), headers={"Accept-Encoding": "gzip;q=0"}, timeout=TIMEOUT)
    assert "Content-Encoding" not in r.headers


def test_cors(start_server):
    s = start_server(["--cors-origins", "http://app.example, http://other.example"])
    r = requests.options(s.url("/api/users"), headers={
        "Origin": "http://app.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"}, timeout=TIMEOUT)
    assert r.status_code == 204
    assert r.headers["Access-Control-Allow-Origin"] == "http://app.example"
    assert "POST" in r.headers["Access-Control-Allow-Methods"]
    r = requests.get(s.url("/api/tags"), headers={"Origin": "http://app.example"},
                     timeout=TIMEOUT)
    assert r.headers["Access-Control-Allow-Origin"] == "http://app.example"
    r = requests.get(s.url("/api/tags"), headers={"Origin": "http://evil.example"},
                     timeout=TIMEOUT)
    assert "Access-Control-Allow-Origin" not in r.headers


_SAMPLE = re.compile(r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_]+="[^"]*",?)*\})? [-+0-9.eE]+|'
                     r'[-+]Inf|NaN$')


def test_metrics_format(start_server):
    s = start_server()
    requests.get(s.url("/api/tags"), timeout=TIMEOUT)
    requests.get(s.url("/nope"), timeout=TIMEOUT)
    # A request is counted when MHD reports it complete, just after its response went out: the
    # /metrics request may overtake that, so wait until the 404 shows.
    wait_for(lambda: 'status="404"' in requests.get(s.url("/metrics"), timeout=TIMEOUT).text,
             timeout=5)
    r = requests.get(s.url("/metrics"), timeout=TIMEOUT)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/plain")
    families = {}
    samples = {}
    for line in r.text.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ", 3)
            families[name] = kind
        elif line.startswith("#") or not line:
            continue
        else:
            assert _SAMPLE.match(line), line
            key, value = line.rsplit(" ", 1)
            samples[key] = float(value)
    assert families["conduit_http_requests_total"] == "counter"
    assert families["conduit_http_request_duration_seconds"] == "histogram"
    for g in ("conduit_http_requests_in_flight", "conduit_worker_queue_depth",
              "conduit_db_pool_in_use", "conduit_db_pool_idle",
              "conduit_db_pool_wait_seconds_total", "process_resident_memory_bytes"):
        assert g in families, g
        assert g in samples, g
    tags = [k for k in samples if k.startswith("conduit_http_requests_total{")
            and 'method="GET"' in k and 'status="200"' in k and "runtime" not in k]
    assert tags, "no per-operation counter for GET /api/tags"
    assert any(k.startswith("conduit_http_requests_total{") and 'status="404"' in k
               for k in samples)
    inf = [v for k, v in samples.items()
           if k.startswith("conduit_http_request_duration_seconds_bucket") and 'le="+Inf"' in k]
    assert inf and all(v >= 1 for v in inf)
    assert samples["process_resident_memory_bytes"] > 0


def test_runtime_docs_endpoints(start_server):
    s = start_server()
    r = requests.get(s.url("/openapi.json"), headers={"Accept-Encoding": "identity"},
                     timeout=TIMEOUT)
    assert r.status_code == 200
    spec = r.json()
    assert "openapi" in spec
    etag = r.headers["ETag"]
    r2 = requests.get(s.url("/openapi.json"), headers={"If-None-Match": etag}, timeout=TIMEOUT)
    assert r2.status_code == 304
    if len(r.content) > 1024:  # served precompressed; the gzip representation has a weak tag
        r3 = requests.get(s.url("/openapi.json"), headers={"Accept-Encoding": "gzip"},
                          timeout=TIMEOUT)
        assert r3.headers.get("Content-Encoding") == "gzip"
        assert r3.json() == spec
        assert r3.headers["ETag"] == "W/" + etag
        r4 = requests.get(s.url("/openapi.json"), headers={"Accept-Encoding": "gzip",
                          "If-None-Match": r3.headers["ETag"]}, timeout=TIMEOUT)
        assert r4.status_code == 304
    r = requests.get(s.url("/openapi.yaml"), timeout=TIMEOUT)
    assert r.status_code == 200 and "openapi" in r.text
    r = requests.get(s.url("/docs"), timeout=TIMEOUT)
    assert r.status_code == 200 and "html" in r.headers["Content-Type"]


def test_trickling_body_cut_at_deadline(start_server):
    # A client that keeps the connection alive by sending one byte at a time never goes silent
    # long enough for the idle timeout; the request deadline still ends it.
    s = start_server(["--request-timeout-ms", "1500", "--conn-timeout", "30"])
    c = socket.create_connection(("127.0.0.1", s.port), timeout=TIMEOUT)
    c.sendall(b"POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: 200\r\n\r\n")
    closed = False
    end = time.monotonic() + 25  # bounded: 200 bytes at 0.25 s would take 50 s
    while time.monotonic() < end:
        try:
            c.sendall(b" ")
            c.settimeout(0.25)
            if c.recv(4096) == b"":
                closed = True
                break
        except socket.timeout:
            continue
        except OSError:
            closed = True
            break
    c.close()
    assert closed, "trickling client was never cut off"
    assert requests.get(s.url("/healthz"), timeout=TIMEOUT).status_code == 200


def test_connection_limit_per_ip(start_server):
    s = start_server(["--max-conns-per-ip", "2"])
    held = [socket.create_connection(("127.0.0.1", s.port), timeout=TIMEOUT) for _ in range(2)]
    for c in held:  # make sure the server has accepted both
        c.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert b"200" in c.recv(4096)
    extra = socket.create_connection(("127.0.0.1", s.port), timeout=TIMEOUT)
    try:
        extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        data = extra.recv(4096)
    except OSError:
        data = b""
    extra.close()
    assert b"200" not in data, "third connection from one IP was served"
    for c in held:
        c.close()

    def served():
        try:
            return requests.get(s.url("/healthz"), timeout=TIMEOUT).status_code == 200
        except requests.ConnectionError:
            return False  # the server has not yet seen the held connections close

    assert wait_for(served, 10)



def _closed_loop(port, nconns, per_conn, deadline_s):
    """Like wrk: nconns kept-alive connections opened at once, each sending its next request as
    soon as the previous response is complete. Returns the responses counted per connection."""
    import selectors
    req = b"GET /api/tags HTTP/1.1\r\nHost: test\r\n\r\n"
    sel = selectors.DefaultSelector()
    state = {}
    for _ in range(nconns):
        c = socket.socket()
        c.setblocking(False)
        c.connect_ex(("127.0.0.1", port))
        state[c] = {"buf": b"", "done": 0, "sent": False}
        sel.register(c, selectors.EVENT_WRITE)
    end = time.monotonic() + deadline_s
    try:
        while time.monotonic() < end and any(v["done"] < per_conn for v in state.values()):
            for key, ev in sel.select(timeout=0.5):
                c, st = key.fileobj, state[key.fileobj]
                if ev & selectors.EVENT_WRITE:
                    c.send(req)  # 38 bytes: fits the empty socket buffer
                    sel.modify(c, selectors.EVENT_READ)
                    continue
                chunk = c.recv(65536)
                if not chunk:
                    sel.unregister(c)
                    continue
                st["buf"] += chunk
                head, sep, rest = st["buf"].partition(b"\r\n\r\n")
                if not sep:
                    continue
                length = int(re.search(rb"(?im)^content-length:\s*(\d+)", head).group(1))
                if len(rest) < length:
                    continue
                assert head.startswith(b"HTTP/1.1 200"), head[:40]
                st["buf"] = rest[length:]
                st["done"] += 1
                if st["done"] < per_conn:
                    c.send(req)
    finally:
        for c in state:
            c.close()
    return [v["done"] for v in state.values()]


@pytest.mark.parametrize("io_threads", ["1", "2"])
def test_many_keepalive_connections_keep_being_served(start_server, io_threads):
    """300 kept-alive connections in a closed loop (as wrk runs them), answered from the cache on
    the event thread: every connection keeps being served, with one event thread (poll) and with
    a pool (epoll). Note: libmicrohttpd's single-threaded epoll mode stalled under wrk at 256
    connections (each answered once, then the thread slept in epoll_wait); this Python client
    is too slow to reproduce that stall, bench/ runs with wrk are the check for it."""
    s = start_server(["--io-threads", io_threads, "--max-conns-per-ip", "0"])
    assert requests.get(s.url("/api/tags"), timeout=TIMEOUT).status_code == 200  # fills the cache
    done = _closed_loop(s.port, 300, 20, 20)
    stalled = sum(1 for d in done if d < 20)
    assert stalled == 0, f"{stalled} of 300 connections stalled (responses per connection: " \
                         f"min {min(done)}, max {max(done)})"
