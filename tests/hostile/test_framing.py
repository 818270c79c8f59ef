"""Request framing (RFC 9112) and answers from the HTTP layer: smuggling-shaped framing, unknown
transfer codings, bytes that are not HTTP, oversized request parts. Before runtime/connguard.c
libmicrohttpd framed these leniently, waited 15 s, or answered HTML."""
import json
import socket

import pytest
import requests

from hostile_util import assert_json_error, parse_response, raw

LOGIN = b"POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
BODY = b'{"user":{"email":"nobody@example.com","password":"whatever"}}'


def expect_json_close(server, data, status, timeout=5.0):
    out, closed, took = raw(server.port, data, timeout=timeout)
    doc = assert_json_error(out, status)
    assert closed, f"connection left open after {status}: {out[:200]!r}"
    assert took < 3, f"answered after {took:.1f} s"
    assert b"<html" not in out.lower()
    return doc


def test_content_length_with_chunked_is_refused_and_closed(server):
    """CL + TE: chunked was used and the connection kept alive (desync with a front proxy)."""
    data = LOGIN + b"Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
    doc = expect_json_close(server, data, 400)
    assert "Content-Length and Transfer-Encoding" in json.dumps(doc)


def test_two_differing_content_lengths(server):
    """The first of two Content-Lengths won."""
    data = LOGIN + b"Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}"
    doc = expect_json_close(server, data, 400)
    assert "Content-Length" in json.dumps(doc)


def test_content_length_list_and_garbage(server):
    for cl in (b"5, 5", b"abc", b"-1", b"+5", b"0x10", b""):
        expect_json_close(server, LOGIN + b"Content-Length: " + cl + b"\r\n\r\n{}", 400)


def test_space_before_colon(server):
    """`Transfer-Encoding : chunked` was ignored (a proxy may honour it)."""
    data = LOGIN + b"Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n"
    doc = expect_json_close(server, data, 400)
    assert "colon" in json.dumps(doc)


def test_obs_fold_and_bare_cr(server):
    expect_json_close(server, b"GET /api/tags HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n", 400)
    expect_json_close(server, b"GET /api/tags HTTP/1.1\r\nHost: x\rX-A: 1\r\n\r\n", 400)
    expect_json_close(server, b"GET /api/tags HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n", 400)


@pytest.mark.parametrize("te,status", [
    (b"xchunked", 501), (b"chunked, identity", 501), (b"gzip, chunked", 501),
    (b"identity", 501), (b"chunked, chunked", 400)])
def test_unknown_transfer_codings_answer_at_once(server, te, status):
    """Unknown codings hung for 15 s with no answer."""
    expect_json_close(server, LOGIN + b"Transfer-Encoding: " + te + b"\r\n\r\n", status)


def test_transfer_encoding_on_http10(server):
    expect_json_close(server, b"POST /api/users/login HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"
                      b"0\r\n\r\n", 400)


def test_tls_client_hello_closes_at_once(server):
    """A TLS ClientHello on the plain port hung for 15 s."""
    hello = bytes.fromhex("16030100c4010000c00303") + bytes(range(32)) + b"\x00" * 150
    out, closed, took = raw(server.port, hello, timeout=5)
    assert closed and took < 2, (closed, took)
    assert out == b""


def test_binary_garbage_closes_at_once(server):
    out, closed, took = raw(server.port, b"\x00\x01\x02\xff\xfe", timeout=5)
    assert closed and took < 2 and out == b""


@pytest.mark.parametrize("data", [
    b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
    b"GET /api/tags HTTP/9.9\r\nHost: x\r\n\r\n",
    b"GET /api/tags HTTP/2.0\r\nHost: x\r\n\r\n"])
def test_other_http_versions_are_json_505(server, data):
    expect_json_close(server, data, 505)


def test_malformed_request_lines(server):
    for line in (b"GET  /api/tags HTTP/1.1", b"GET /api/tags HTTP/1.1 extra", b"GET /api/tags",
                 b"GET /api/ta gs HTTP/1.1", b"GET api/tags HTTP/1.1", b"G(T /api/tags HTTP/1.1",
                 b"GET /api/tags http/1.1"):
        expect_json_close(server, line + b"\r\nHost: x\r\n\r\n", 400)


def test_http11_without_host_and_with_two(server):
    expect_json_close(server, b"GET /api/tags HTTP/1.1\r\n\r\n", 400)
    expect_json_close(server, b"GET /api/tags HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400)
    # HTTP/1.0 needs no Host.
    out, _, _ = raw(server.port, b"GET /api/tags HTTP/1.0\r\n\r\n")
    assert parse_response(out)[0] == 200


def test_bad_content_length_value_is_json(server):
    """`Content-Length: abc` got libmicrohttpd's HTML page (with a doubled status line)."""
    out, _, _ = raw(server.port, LOGIN + b"Content-Length: abc\r\n\r\n")
    assert out.count(b"HTTP/1.1") == 1
    assert_json_error(out, 400)


def test_huge_chunk_is_json_413(server):
    data = LOGIN + b"Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFF\r\n"
    expect_json_close(server, data, 413)
    expect_json_close(server, LOGIN + b"Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n", 413)
    expect_json_close(server, LOGIN + b"Transfer-Encoding: chunked\r\n\r\n00000000000000001\r\n", 400)
    expect_json_close(server, LOGIN + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", 400)


def test_chunked_body_still_works(server):
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(BODY[i:i + 7]), BODY[i:i + 7])
                      for i in range(0, len(BODY), 7))
    data = LOGIN + b"Transfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\nX-Trailer: 1\r\n\r\n"
    out, _, _ = raw(server.port, data, timeout=3)
    st, _, body = parse_response(out)
    assert st == 401 or st == 422, out[:300]  # the login itself is refused: framing was fine


def test_long_url_is_json_414(server):
    out, _, _ = raw(server.port, b"GET /api/tags?" + b"a" * 1000000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert_json_error(out, 414)


def test_many_query_parameters_answer_instead_of_dropping(server):
    """A few KB of query with many parameters dropped the connection with no answer."""
    q = b"&".join(b"p%d=%d" % (i, i) for i in range(600))
    out, _, _ = raw(server.port, b"GET /api/articles?" + q + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    doc = assert_json_error(out, 414)
    assert "query parameters" in json.dumps(doc)


def test_limits_themselves_are_served(server):
    """Just inside every limit the request is served (the guard and libmicrohttpd's memory pool
    agree): 32 query parameters, 40 header fields, 16 cookies, a long target."""
    q = "&".join(f"p{i}=v" for i in range(31)) + "&limit=5"
    # requests adds Host, User-Agent, Accept-Encoding, Accept, Connection (+ Cookie): 40 in all.
    headers = {f"X-F{i}": "v" * 40 for i in range(34)}
    headers["Cookie"] = "; ".join(f"c{i}=v" for i in range(16))
    r = requests.get(f"http://127.0.0.1:{server.port}/api/articles?{q}", headers=headers, timeout=5)
    assert r.status_code == 200, r.text
    path = "/api/articles?limit=5&x=" + "a" * 4000
    r = requests.get(f"http://127.0.0.1:{server.port}{path}", timeout=5)
    assert r.status_code == 200, r.text


def test_header_limits_are_json_431(server):
    out, _, _ = raw(server.port, b"GET /api/tags HTTP/1.1\r\nHost: x\r\nX-A: " + b"a" * 100000 + b"\r\n\r\n")
    assert_json_error(out, 431)
    many = b"".join(b"X-%d: 1\r\n" % i for i in range(500))
    out, _, _ = raw(server.port, b"GET /api/tags HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n")
    assert_json_error(out, 431)
    cookies = b"; ".join(b"c%d=1" % i for i in range(200))
    out, _, _ = raw(server.port, b"GET /api/tags HTTP/1.1\r\nHost: x\r\nCookie: " + cookies + b"\r\n\r\n")
    assert_json_error(out, 431)


def test_pipelined_error_comes_after_earlier_answers(server):
    """A bad request pipelined behind a good one: the good one is answered first, then the error."""
    good = b"GET /api/tags HTTP/1.1\r\nHost: x\r\n\r\n"
    bad = b"GET /api/tags HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"
    out, closed, _ = raw(server.port, good + good + bad, timeout=5)
    assert out.count(b"HTTP/1.1 200") == 2 and out.index(b"HTTP/1.1 400") > out.rindex(b"HTTP/1.1 200")
    assert closed


def test_keepalive_requests_are_checked_too(server):
    """The second request on a kept-alive connection passes the same checks."""
    good = b"GET /api/tags HTTP/1.1\r\nHost: x\r\n\r\n"
    bad = LOGIN + b"Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
    s = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    s.sendall(good)
    first = s.recv(65536)
    assert first.startswith(b"HTTP/1.1 200")
    s.sendall(bad)
    out = b""
    while True:
        c = s.recv(65536)
        if not c:
            break
        out += c
    s.close()
    assert_json_error(out, 400)


def test_server_survives(server):
    r = requests.get(f"http://127.0.0.1:{server.port}/api/tags", timeout=5)
    assert r.status_code == 200
    text = requests.get(f"http://127.0.0.1:{server.port}/metrics", timeout=5).text
    assert "conduit_http_guard_rejected_total" in text


def test_worst_case_head_within_limits_is_served(server):
    """Every limit reached at once (8 KiB head: 4 KiB target with 32 parameters, 40 fields,
    16 cookies): libmicrohttpd's per-connection memory must hold it, or it drops the connection."""
    params = [f"p{i}=" + "v" * 50 for i in range(30)] + ["limit=5"]
    target = "/api/articles?" + "&".join(params)
    target += "&z=" + "a" * (4000 - len(target))
    head = f"GET {target} HTTP/1.1\r\nHost: x\r\n"
    head += "Cookie: " + "; ".join(f"c{i}=v" for i in range(16)) + "\r\n"
    for i in range(37):
        head += f"X-F{i}: " + "v" * 50 + "\r\n"
    pad = 8192 - 2 - len(head) - len("X-Pad: \r\n") - 1
    head += "X-Pad: " + "p" * pad + "\r\n\r\n"
    assert len(head) <= 8192
    out, _, _ = raw(server.port, head.encode(), timeout=3)
    assert parse_response(out)[0] == 200, out[:300]
