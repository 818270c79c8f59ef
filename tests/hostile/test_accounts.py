"""Hostile client against accounts: takeover through PUT /api/user, login timing, case-variant
look-alike accounts, API keys outliving a password change, the refresh cookie over https."""
import statistics
import time
import uuid

import requests

from hostile_util import register


def _login(base, email, password):
    return requests.post(f"{base}/api/users/login",
                         json={"user": {"email": email, "password": password}}, timeout=30)


def _put_user(base, token, user):
    return requests.put(f"{base}/api/user", json={"user": user},
                        headers={"Authorization": f"Token {token}"}, timeout=30)


def _me(base, token=None, key=None):
    h = {"Authorization": f"Token {token}"} if token else {"X-API-Key": key}
    return requests.get(f"{base}/api/user", headers=h, timeout=30)


def _refresh(base, cookie):
    return requests.post(f"{base}/api/users/refresh", json={"refreshToken": cookie}, timeout=30)


def test_put_user_password_needs_the_current_one_and_ends_every_session(server):
    """Attack: with a stolen token, PUT /api/user {"user":{"password":"x"}} set a new password
    (no current password, any length), kept every other session alive, and `x` logged in."""
    base = server.url("")
    _, email, password, token = register(base)
    other = _login(base, email, password)
    assert other.status_code == 200
    other_refresh = other.cookies.get("refresh_token")
    assert other_refresh

    r = _put_user(base, token, {"password": "x"})
    assert r.status_code == 422, r.text
    r = _put_user(base, token, {"password": "takeover-password"})
    assert r.status_code == 422, r.text
    assert any(m.startswith("user/currentPassword") for m in r.json()["errors"]["body"]), r.text
    r = _put_user(base, token, {"password": "takeover-password", "currentPassword": "guess-1"})
    assert r.status_code == 403, r.text
    r = _put_user(base, token, {"password": "x", "currentPassword": password})
    assert r.status_code == 422, r.text  # NewPassword: at least 8 characters
    assert _login(base, email, "x").status_code == 401
    assert _login(base, email, "takeover-password").status_code == 401
    # e-mail → reset link → password is the same takeover one step removed
    r = _put_user(base, token, {"email": f"attacker-{uuid.uuid4().hex[:8]}@example.com"})
    assert r.status_code == 422, r.text

    # the owner, who knows the password, can change it, and that ends every earlier session
    r = _put_user(base, token, {"password": "owner-new-password", "currentPassword": password})
    assert r.status_code == 200, r.text
    fresh = r.json()["user"]["token"]
    assert fresh != token
    assert _me(base, token).status_code == 401
    assert _me(base, other.json()["user"]["token"]).status_code == 401
    assert _refresh(base, other_refresh).status_code == 401
    assert _me(base, fresh).status_code == 200
    assert _login(base, email, password).status_code == 401
    assert _login(base, email, "owner-new-password").status_code == 200


def test_login_timing_does_not_reveal_accounts(start_server):
    """Attack: time logins. An unknown e-mail answered in 0.5 ms, a wrong password in 135 ms
    (the PBKDF2 work), so the timing told which addresses have accounts."""
    s = start_server(args=["--pbkdf2-iterations", "200000", "--rate-limit", "0"])
    base = s.url("")
    _, email, _, _ = register(base)
    unknown = f"nobody-{uuid.uuid4().hex[:10]}@example.com"
    _login(base, email, "warm-up-1")
    t_unknown, t_wrong = [], []
    for i in range(5):  # interleaved, so a busy machine slows both alike
        for addr, out in ((unknown, t_unknown), (email, t_wrong)):
            t0 = time.perf_counter()
            r = _login(base, addr, f"wrong-password-{i}")
            out.append(time.perf_counter() - t0)
            assert r.status_code == 401, r.text
    wrong, nobody = statistics.median(t_wrong), statistics.median(t_unknown)
    assert wrong > 0.01, f"the hash is too cheap to measure: {wrong * 1e3:.1f} ms"
    assert nobody >= 0.5 * wrong, \
        f"unknown e-mail {nobody * 1e3:.1f} ms vs wrong password {wrong * 1e3:.1f} ms"


def test_case_variants_cannot_make_a_look_alike_account(server):
    """Attack: register `Alice`/`ALICE@EX.IO` beside `alice`/`alice@ex.io` — a second account
    that looks like the first — while login with the owner's address in capitals failed."""
    base = server.url("")
    name, email, password, _ = register(base)
    for variant in ({"username": name.upper(), "email": f"x{uuid.uuid4().hex[:8]}@example.com"},
                    {"username": "x" + uuid.uuid4().hex[:8], "email": email.upper()},
                    {"username": name.capitalize(), "email": email.swapcase()}):
        r = requests.post(f"{base}/api/users", json={"user": dict(variant, password="pw-123456")},
                          timeout=30)
        assert r.status_code == 422, (variant, r.text)
        assert "taken" in " ".join(r.json()["errors"]["body"])
    r = _login(base, email.upper(), password)
    assert r.status_code == 200, r.text
    assert r.json()["user"]["username"] == name
    # a case variant never names another account
    r = requests.get(f"{base}/api/profiles/{name.upper()}", timeout=30)
    assert r.status_code == 404 or r.json()["profile"]["username"] == name, r.text


def _new_key(base, token):
    r = requests.post(f"{base}/api/user/api-keys", json={"apiKey": {"name": "bot"}},
                      headers={"Authorization": f"Token {token}"}, timeout=30)
    assert r.status_code == 201, r.text
    return r.json()["apiKey"]["secret"]


def test_api_keys_die_with_a_password_change(server, start_server):
    """Attack: with a guessed or stolen password, mint an API key; the owner changes the
    password (or resets it), and the key kept working for ever."""
    base = server.url("")
    _, _, password, token = register(base)
    key = _new_key(base, token)
    r = _put_user(base, token, {"password": "owner-new-password", "currentPassword": password})
    assert r.status_code == 200, r.text
    assert _me(base, key=key).status_code == 401
    r = requests.put(f"{base}/api/user/password", json={"user": {
        "currentPassword": "owner-new-password", "newPassword": "owner-newer-password"}},
        headers={"Authorization": f"Token {r.json()['user']['token']}"}, timeout=30)
    assert r.status_code == 200, r.text
    # ... unless the operator chose otherwise (CONDUIT_REVOKE_API_KEYS_ON_PASSWORD_CHANGE=false)
    s = start_server(env={"CONDUIT_REVOKE_API_KEYS_ON_PASSWORD_CHANGE": "false"})
    base = s.url("")
    _, _, password, token = register(base)
    key = _new_key(base, token)
    r = _put_user(base, token, {"password": "owner-new-password", "currentPassword": password})
    assert r.status_code == 200, r.text
    assert _me(base, key=key).status_code == 200
    assert _me(base, token).status_code == 401


def test_refresh_cookie_is_secure_in_production(server, start_server):
    """Attack: read the refresh token off the wire — the cookie lacked `Secure`, so a browser
    sent it over plain http too. In production mode (served over https behind a TLS proxy) every
    Set-Cookie of the refresh token carries Secure; development (http://localhost) does not."""
    dev = register(server.url(""))
    r = _login(server.url(""), dev[1], dev[2])
    assert "Secure" not in r.headers["Set-Cookie"]
    s = start_server(env={"CONDUIT_ENV": "production", "JWT_SECRET": "p" * 48})
    base = s.url("")
    name = "u" + uuid.uuid4().hex[:10]
    r = requests.post(f"{base}/api/users", json={"user": {
        "username": name, "email": f"{name}@example.com", "password": "correct horse"}}, timeout=30)
    assert r.status_code == 201, r.text
    seen = [r.headers["Set-Cookie"]]
    r = _login(base, f"{name}@example.com", "correct horse")
    seen.append(r.headers["Set-Cookie"])
    r = _refresh(base, r.cookies.get("refresh_token"))
    assert r.status_code == 200, r.text
    seen.append(r.headers["Set-Cookie"])
    r = requests.post(f"{base}/api/users/logout",
                      headers={"Authorization": f"Token {r.json()['user']['token']}"}, timeout=30)
    assert r.status_code == 204, r.text
    seen.append(r.headers["Set-Cookie"])
    for cookie in seen:
        attrs = [a.strip() for a in cookie.split(";")]
        assert attrs[0].startswith("refresh_token=") and "Secure" in attrs, cookie
        assert "HttpOnly" in attrs and "SameSite=Strict" in attrs, cookie
