"""What the service exposes beyond the API: /metrics was public on the API port; CORS was off
by default (stock RealWorld frontends on localhost could not use a development server) and never
allowed credentials (the refresh cookie)."""
import requests

PROD = {"CONDUIT_ENV": "production", "JWT_SECRET": "x" * 40}


def get(s, path, **kw):
    return requests.get(f"http://127.0.0.1:{s.port}{path}", timeout=5, **kw)


def test_metrics_closed_in_production_without_a_token(start_server):
    s = start_server(env=PROD)
    r = get(s, "/metrics")
    assert r.status_code == 404
    assert "conduit_" not in r.text


def test_metrics_need_the_bearer_token_when_one_is_set(start_server):
    s = start_server(env={**PROD, "CONDUIT_METRICS_TOKEN": "scrape-secret-123"})
    for hdr in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Token scrape-secret-123"},
                {"Authorization": "Bearer scrape-secret-1234"}):
        r = get(s, "/metrics", headers=hdr)
        assert r.status_code == 401, (hdr, r.status_code)
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
        assert "conduit_" not in r.text
    r = get(s, "/metrics", headers={"Authorization": "Bearer scrape-secret-123"})
    assert r.status_code == 200 and "conduit_" in r.text


def test_metrics_open_in_development_without_a_token(start_server):
    s = start_server()
    assert get(s, "/metrics").status_code == 200


def test_cors_allows_local_dev_origins_with_credentials_in_development(start_server):
    s = start_server()
    for origin in ("http://localhost:3000", "http://localhost:5173", "http://127.0.0.1:4100",
                   "http://[::1]:8081"):
        r = get(s, "/api/tags", headers={"Origin": origin})
        assert r.headers.get("Access-Control-Allow-Origin") == origin
        assert r.headers.get("Access-Control-Allow-Credentials") == "true"
        assert "Origin" in r.headers.get("Vary", "")
    for origin in ("http://evil.example", "http://localhost.evil.example", "http://localhost:3000x",
                   "https://localhost:3000@evil.example", "null"):
        r = get(s, "/api/tags", headers={"Origin": origin})
        assert "Access-Control-Allow-Origin" not in r.headers, origin
    pre = requests.options(f"http://127.0.0.1:{s.port}/api/users/login", timeout=5, headers={
        "Origin": "http://localhost:5173", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 204
    assert pre.headers["Access-Control-Allow-Origin"] == "http://localhost:5173"
    assert pre.headers["Access-Control-Allow-Credentials"] == "true"
    assert "POST" in pre.headers["Access-Control-Allow-Methods"]


def test_cors_off_by_default_in_production(start_server):
    s = start_server(env=PROD)
    r = get(s, "/api/tags", headers={"Origin": "http://localhost:3000"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_cors_listed_origin_gets_credentials_wildcard_does_not(start_server):
    s = start_server(["--cors-origins", "https://app.example"], env=PROD)
    r = get(s, "/api/tags", headers={"Origin": "https://app.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "https://app.example"
    assert r.headers["Access-Control-Allow-Credentials"] == "true"
    r = get(s, "/api/tags", headers={"Origin": "http://localhost:3000"})
    assert "Access-Control-Allow-Origin" not in r.headers
    s2 = start_server(["--cors-origins", "*"], env=PROD)
    r = get(s2, "/api/tags", headers={"Origin": "https://any.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in r.headers
