"""SSRF through webhooks: URLs that point the service at itself, the host, the cloud metadata
endpoint or the private network.

Attack: `POST /api/user/webhooks` with http://127.0.0.1/, http://169.254.169.254/latest, the same
addresses spelled as 2130706433, 0x7f000001, [::ffff:127.0.0.1], ... was accepted (201), so the
delivery worker would later POST signed payloads wherever an attacker chose. Now every such URL
is 422 at /webhook/url with the reason. These tests only call our API: nothing here connects to
the refused addresses, and a listener on loopback checks that the service does not either
(classification resolves names, it never connects).
"""
import socket
import uuid

import pytest
import requests

from conftest import Server
from hostile_util import register

REFUSED = [
    "http://127.0.0.1/", "http://localhost/", "http://LOCALHOST./x", "http://api.localhost/",
    "http://[::1]/", "http://169.254.169.254/latest", "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/", "http://[::ffff:169.254.169.254]/", "http://2852039166/",
    "http://2130706433/", "http://0x7f000001/", "http://0x7f.1/", "http://0177.0.0.1/",
    "http://127.1/", "http://127.0.0.1./", "http://[::ffff:127.0.0.1]/",
    "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/", "http://10.0.0.1/",
    "http://172.16.5.4/", "http://192.168.0.1:8080/", "http://100.64.0.1/", "http://[fc00::1]/",
    "http://[fe80::1]/", "http://0.0.0.0/", "http://0/", "http://[::]/", "http://224.0.0.1/",
    "http://255.255.255.255/", "http://192.0.2.1/", "http://[2001:db8::1]/",
    "https://user:pass@93.184.215.14/", "https://93.184.215.14@127.0.0.1/",
    "http://evil.example\\@127.0.0.1/", "https://93.184.215.14:0/", "https://93.184.215.14:70000/",
    "https://[fe80::1%25lo]/", "https://no-such-host.invalid/",
]


@pytest.fixture
def listener():
    """A loopback port nobody should connect to: fails the test if anything does."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    s.settimeout(0.3)
    yield s.getsockname()[1]
    try:
        conn, _ = s.accept()
        conn.close()
        pytest.fail("something connected to the webhook target")
    except (socket.timeout, TimeoutError):
        pass
    finally:
        s.close()


def create(base, token, url):
    return requests.post(f"{base}/api/user/webhooks", headers={"Authorization": f"Token {token}"},
                         json={"webhook": {"url": url, "events": ["follow"]}}, timeout=10)


def test_internal_destinations_are_refused_with_the_reason(server, listener):
    """Attack: every spelling of loopback, metadata and private addresses as a webhook URL."""
    base = server.url("")
    _, _, _, token = register(base)
    for url in REFUSED + [f"http://127.0.0.1:{listener}/hook", f"http://[::ffff:7f00:1]:{listener}/"]:
        r = create(base, token, url)
        assert r.status_code == 422, (url, r.status_code, r.text)
        msgs = r.json()["errors"]["body"]
        assert any(m.startswith("webhook/url") for m in msgs), (url, msgs)
    r = requests.get(f"{base}/api/user/webhooks", headers={"Authorization": f"Token {token}"},
                     timeout=10)
    assert r.json() == {"webhooks": []}


def test_reasons_say_why(server):
    base = server.url("")
    _, _, _, token = register(base)
    cases = {"http://2130706433/": "loopback", "http://169.254.169.254/latest": "metadata",
             "http://10.0.0.1/": "private", "https://x.invalid/": "cannot resolve",
             "https://a:b@93.184.215.14/": "credentials"}
    for url, word in cases.items():
        r = create(base, token, url)
        assert r.status_code == 422 and word in r.text, (url, r.text)


def test_public_destinations_are_accepted(server):
    """The guard refuses by destination, not wholesale: public literals pass (never contacted)."""
    base = server.url("")
    _, _, _, token = register(base)
    for url in ["https://93.184.215.14/hook", "http://93.184.215.14:8080/x",
                "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook"]:
        r = create(base, token, url)
        assert r.status_code == 201, (url, r.text)


def test_allow_private_admits_loopback_but_never_metadata(conduit_bin, db_url, listener):
    """CONDUIT_WEBHOOK_ALLOW_PRIVATE=true (tests, internal receivers): loopback and RFC 1918 are
    accepted, link-local and metadata still refused; accepting still connects to nothing."""
    s = Server(conduit_bin, db_url, env={"CONDUIT_WEBHOOK_ALLOW_PRIVATE": "true"})
    try:
        base = s.url("")
        _, _, _, token = register(base)
        for url in [f"http://127.0.0.1:{listener}/hook", f"http://localhost:{listener}/",
                    "http://10.0.0.1/", "http://[::1]/"]:
            assert create(base, token, url).status_code == 201, url
        for url in ["http://169.254.169.254/latest", "http://[fd00:ec2::254]/",
                    "http://[fe80::1]/", "http://0.0.0.0/"]:
            assert create(base, token, url).status_code == 422, url
    finally:
        assert s.stop() == 0


def test_production_requires_https(conduit_bin, db_url):
    """Production mode: a plain http:// webhook is refused unless CONDUIT_WEBHOOK_ALLOW_HTTP."""
    env = {"CONDUIT_ENV": "production", "JWT_SECRET": "p" * 40 + uuid.uuid4().hex}
    s = Server(conduit_bin, db_url, env=env)
    try:
        base = s.url("")
        _, _, _, token = register(base)
        r = create(base, token, "http://93.184.215.14/hook")
        assert r.status_code == 422 and "https" in r.text, r.text
        assert create(base, token, "https://93.184.215.14/hook").status_code == 201
    finally:
        assert s.stop() == 0
    s = Server(conduit_bin, db_url, env={**env, "CONDUIT_WEBHOOK_ALLOW_HTTP": "true"})
    try:
        base = s.url("")
        _, _, _, token = register(base)
        assert create(base, token, "http://93.184.215.14/hook").status_code == 201
    finally:
        assert s.stop() == 0
