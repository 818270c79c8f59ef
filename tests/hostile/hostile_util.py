"""Raw-socket and HTTP helpers for the hostile-client tests (a uniquely named module)."""
import json
import socket
import time
import uuid

import requests


def raw(port, data, timeout=5.0, host="127.0.0.1", source=None):
    """Send bytes on a fresh connection and read until the server closes or `timeout` passes.
    Returns (bytes received, closed_by_server, seconds until close or timeout)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if source:
        s.bind((source, 0))
    s.settimeout(timeout)
    t0 = time.monotonic()
    s.connect((host, port))
    if data:
        s.sendall(data)
    out = b""
    closed = False
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                closed = True
                break
            out += chunk
    except (socket.timeout, TimeoutError):
        pass
    except ConnectionResetError:
        closed = True
    s.close()
    return out, closed, time.monotonic() - t0


def parse_response(data):
    """First HTTP response in `data` → (status, headers dict lower-cased, body bytes)."""
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for ln in lines[1:]:
        k, _, v = ln.partition(":")
        headers[k.strip().lower()] = v.strip()
    n = int(headers.get("content-length", len(rest)))
    return status, headers, rest[:n]


def assert_json_error(data, status):
    """The response is `status`, JSON, and its body says what went wrong."""
    st, h, body = parse_response(data)
    assert st == status, data[:400]
    assert h.get("content-type", "").startswith("application/"), h
    doc = json.loads(body)
    assert doc, body
    return doc


def register(base, name=None, password="correct horse battery"):
    """Register a fresh user; returns (username, email, password, token)."""
    name = name or "u" + uuid.uuid4().hex[:10]
    email = f"{name}@example.com"
    r = requests.post(f"{base}/api/users", json={"user": {"username": name, "email": email,
                                                          "password": password}}, timeout=10)
    assert r.status_code == 201, r.text
    return name, email, password, r.json()["user"]["token"]
