"""Accounts: refresh-token sessions, logout, password change and reset, API keys, rate limits."""
import json
import os
import subprocess

import pytest

from conftest import Server, register, server_config


def _sql(query, *args):
    """Read the service's database directly (outbox contents); None without one."""
    url = os.environ.get("CONDUIT_TEST_DATABASE_URL")
    if not url:
        return None
    cmd = ["psql", url, "-At", "-v", "ON_ERROR_STOP=1", "-c", query]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip()


def login(api, user, password=None, expect=200):
    resp, body = api.call("Login", json_body={"user": {
        "email": user["email"], "password": password or user["password"]}}, expect=expect)
    return resp, body


# ---- refresh tokens ----

def test_login_sets_refresh_cookie_and_refresh_rotates(api, user):
    resp, _ = login(api, user)
    cookie = resp.cookies.get("refresh_token")
    assert cookie and len(cookie) >= 40
    assert "HttpOnly" in resp.headers["Set-Cookie"]
    _, body = api.call("RefreshSession", json_body={"refreshToken": cookie}, expect=200)
    assert body["user"]["username"] == user["username"]
    assert body["refreshToken"] != cookie
    api.call("GetCurrentUser", token=body["user"]["token"], expect=200)
    # the next token works once more
    _, again = api.call("RefreshSession", json_body={"refreshToken": body["refreshToken"]}, expect=200)
    assert again["refreshToken"] not in (cookie, body["refreshToken"])


def test_refresh_from_cookie(api, user):
    resp, _ = login(api, user)
    cookie = resp.cookies.get("refresh_token")
    _, body = api.call("RefreshSession", headers={"Cookie": f"refresh_token={cookie}"}, expect=200)
    assert body["user"]["email"] == user["email"]


def test_reusing_a_rotated_refresh_token_revokes_the_family(api, user):
    resp, _ = login(api, user)
    first = resp.cookies.get("refresh_token")
    _, body = api.call("RefreshSession", json_body={"refreshToken": first}, expect=200)
    second = body["refreshToken"]
    _, err = api.call("RefreshSession", json_body={"refreshToken": first}, expect=401)
    assert "already used" in " ".join(err["errors"]["body"])
    # the legitimate holder's newer token died with the family
    api.call("RefreshSession", json_body={"refreshToken": second}, expect=401)


def test_refresh_errors(api):
    api.call("RefreshSession", expect=401)
    api.call("RefreshSession", json_body={"refreshToken": "A" * 43}, expect=401)
    api.call("RefreshSession", json_body={"refreshToken": "short"}, expect=422)
    api.call("RefreshSession", json_body={"refreshToken": "x" * 43, "extra": 1}, expect=422)
    api.call("RefreshSession", data="{not json", expect=400)


# ---- logout ----

def test_logout_revokes_tokens_and_refresh(api, user):
    resp, body = login(api, user)
    refresh = resp.cookies.get("refresh_token")
    token = body["user"]["token"]
    r, _ = api.call("Logout", token=token, expect=204)
    assert "Max-Age=0" in r.headers["Set-Cookie"]
    api.call("GetCurrentUser", token=token, expect=401)
    api.call("GetCurrentUser", token=user["token"], expect=401)
    api.call("RefreshSession", json_body={"refreshToken": refresh}, expect=401)
    _, fresh = login(api, user)
    api.call("GetCurrentUser", token=fresh["user"]["token"], expect=200)
    api.call("Logout", expect=401)


# ---- passwords ----

def test_change_password(api, user):
    api.call("ChangePassword", token=user["token"], json_body={"user": {
        "currentPassword": "not-my-password", "newPassword": "long-enough-new"}}, expect=403)
    api.call("ChangePassword", token=user["token"], json_body={"user": {
        "currentPassword": user["password"], "newPassword": "short"}}, expect=422)
    _, body = api.call("ChangePassword", token=user["token"], json_body={"user": {
        "currentPassword": user["password"], "newPassword": "long-enough-new"}}, expect=200)
    api.call("GetCurrentUser", token=body["user"]["token"], expect=200)
    login(api, user, expect=401)
    login(api, user, password="long-enough-new")
    api.call("ChangePassword", json_body={"user": {
        "currentPassword": "a", "newPassword": "long-enough-new"}}, expect=401)


def test_password_reset_unknown_address_is_202(api, unique):
    r, _ = api.call("RequestPasswordReset", json_body={"user": {"email": f"nobody{unique}@example.com"}},
                    expect=202)
    assert r.content == b""
    api.call("RequestPasswordReset", json_body={"user": {"email": "not an address"}}, expect=422)


def test_password_reset_flow_through_the_outbox(api, user):
    api.call("RequestPasswordReset", json_body={"user": {"email": user["email"]}}, expect=202)
    row = _sql("SELECT payload FROM outbox WHERE kind = 'email' AND topic = 'password_reset' "
               f"AND recipient = '{user['email']}' ORDER BY id DESC LIMIT 1")
    if row is None:
        pytest.skip("needs the service's database to read the e-mail outbox")
    token = json.loads(row)["token"]
    # stored hashed: the row holds SHA-256(token), never the token
    assert _sql(f"SELECT count(*) FROM password_resets WHERE token_hash = digest('{token}', 'sha256')") == "1"
    assert _sql(f"SELECT count(*) FROM password_resets WHERE token_hash = convert_to('{token}', 'UTF8')") == "0"
    _, body = api.call("ConfirmPasswordReset", json_body={"user": {
        "token": token, "newPassword": "reset-password-1"}}, expect=200)
    assert body["user"]["username"] == user["username"]
    login(api, user, password="reset-password-1")
    login(api, user, expect=401)
    api.call("GetCurrentUser", token=user["token"], expect=401)  # sessions revoked
    _, err = api.call("ConfirmPasswordReset", json_body={"user": {
        "token": token, "newPassword": "reset-password-2"}}, expect=422)
    assert "token" in " ".join(err["errors"]["body"])


def test_password_reset_finds_the_address_in_any_case(api, user):
    api.call("RequestPasswordReset", json_body={"user": {"email": user["email"].upper()}},
             expect=202)
    n = _sql("SELECT count(*) FROM password_resets p JOIN users u ON u.id = p.user_id "
             f"WHERE u.username = '{user['username']}'")
    if n is None:
        pytest.skip("needs the service's database to see the reset")
    assert n == "1"


def test_password_change_voids_pending_reset_links(api, user):
    api.call("RequestPasswordReset", json_body={"user": {"email": user["email"]}}, expect=202)
    row = _sql("SELECT payload FROM outbox WHERE kind = 'email' AND topic = 'password_reset' "
               f"AND recipient = '{user['email']}' ORDER BY id DESC LIMIT 1")
    if row is None:
        pytest.skip("needs the service's database to read the e-mail outbox")
    token = json.loads(row)["token"]
    api.call("ChangePassword", token=user["token"], json_body={"user": {
        "currentPassword": user["password"], "newPassword": "long-enough-new"}}, expect=200)
    # a link mailed before the change must not undo it
    api.call("ConfirmPasswordReset", json_body={"user": {
        "token": token, "newPassword": "attacker-password"}}, expect=422)
    login(api, user, password="long-enough-new")


def test_password_reset_confirm_bad_token(api):
    api.call("ConfirmPasswordReset", json_body={"user": {
        "token": "Z" * 43, "newPassword": "whatever-long"}}, expect=422)
    api.call("ConfirmPasswordReset", json_body={"user": {"token": "Z" * 43}}, expect=422)


# ---- API keys ----

def test_api_key_lifecycle(api, user, unique):
    _, body = api.call("CreateApiKey", token=user["token"], json_body={"apiKey": {"name": "ci-bot"}},
                       expect=201)
    key = body["apiKey"]
    secret = key["secret"]
    assert secret.startswith(key["prefix"]) and len(secret) > 40
    assert key["lastUsedAt"] is None
    _, listed = api.call("ListApiKeys", token=user["token"], expect=200)
    mine = [k for k in listed["apiKeys"] if k["id"] == key["id"]]
    assert len(mine) == 1 and "secret" not in mine[0] and mine[0]["name"] == "ci-bot"
    # the key authenticates as the user on operations that accept it
    _, me = api.call("GetCurrentUser", headers={"X-API-Key": secret}, expect=200)
    assert me["user"]["username"] == user["username"] and me["user"]["token"] == ""
    _, listed = api.call("ListApiKeys", token=user["token"], expect=200)
    assert [k for k in listed["apiKeys"] if k["id"] == key["id"]][0]["lastUsedAt"]
    # ... but not on key management itself (Token only)
    api.call("ListApiKeys", headers={"X-API-Key": secret}, expect=401)
    # someone else cannot delete it
    other = register(api, f"k{unique}")
    api.call("DeleteApiKey", token=other["token"], id=key["id"], expect=404)
    api.call("DeleteApiKey", token=user["token"], id=key["id"], expect=204)
    api.call("DeleteApiKey", token=user["token"], id=key["id"], expect=404)
    api.call("GetCurrentUser", headers={"X-API-Key": secret}, expect=401)


def _new_key(api, token):
    _, body = api.call("CreateApiKey", token=token, json_body={"apiKey": {"name": "bot"}},
                       expect=201)
    return body["apiKey"]["secret"]


def test_api_keys_survive_logout(api, user):
    """Logout ends sessions; keys belong to scripts and stay until deleted or a password change."""
    secret = _new_key(api, user["token"])
    api.call("Logout", token=user["token"], expect=204)
    api.call("GetCurrentUser", token=user["token"], expect=401)
    _, me = api.call("GetCurrentUser", headers={"X-API-Key": secret}, expect=200)
    assert me["user"]["username"] == user["username"]


@pytest.mark.parametrize("how", ["ChangePassword", "UpdateCurrentUser", "ConfirmPasswordReset"])
def test_api_keys_die_with_a_password_change(api, user, how):
    """Whoever learnt the old password may have minted keys with it: every way of setting a new
    password deletes them (CONDUIT_REVOKE_API_KEYS_ON_PASSWORD_CHANGE, default true)."""
    secret = _new_key(api, user["token"])
    api.call("GetCurrentUser", headers={"X-API-Key": secret}, expect=200)
    if how == "ChangePassword":
        _, body = api.call("ChangePassword", token=user["token"], json_body={"user": {
            "currentPassword": user["password"], "newPassword": "long-enough-new"}}, expect=200)
    elif how == "UpdateCurrentUser":
        _, body = api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {
            "currentPassword": user["password"], "password": "long-enough-new"}}, expect=200)
    else:
        api.call("RequestPasswordReset", json_body={"user": {"email": user["email"]}}, expect=202)
        row = _sql("SELECT payload FROM outbox WHERE kind = 'email' AND topic = 'password_reset' "
                   f"AND recipient = '{user['email']}' ORDER BY id DESC LIMIT 1")
        if row is None:
            pytest.skip("needs the service's database to read the e-mail outbox")
        _, body = api.call("ConfirmPasswordReset", json_body={"user": {
            "token": json.loads(row)["token"], "newPassword": "long-enough-new"}}, expect=200)
    api.call("GetCurrentUser", headers={"X-API-Key": secret}, expect=401)
    _, listed = api.call("ListApiKeys", token=body["user"]["token"], expect=200)
    assert listed["apiKeys"] == []


def test_api_key_errors(api, user):
    api.call("CreateApiKey", token=user["token"], json_body={"apiKey": {"name": ""}}, expect=422)
    api.call("CreateApiKey", token=user["token"], json_body={"apiKey": {}}, expect=422)
    api.call("CreateApiKey", json_body={"apiKey": {"name": "x"}}, expect=401)
    api.call("DeleteApiKey", token=user["token"], id=0, expect=422)
    api.call("GetCurrentUser", headers={"X-API-Key": "cdk_not-a-real-key-0123456789"}, expect=401)


# ---- rate limits ----

def test_login_is_rate_limited_per_client(request, unique):
    cfg = server_config(request)
    if cfg is None:
        pytest.skip("starts a server of its own with a low limit")
    from conftest import Api
    server = Server(*cfg, CONDUIT_RATE_LIMIT=3)
    try:
        api = Api(server.url)
        creds = {"user": {"email": f"rl{unique}@example.com", "password": "whatever-1"}}
        for _ in range(3):
            api.call("Login", json_body=creds, expect=401)
        resp, body = api.call("Login", json_body=creds, expect=429)
        assert int(resp.headers["Retry-After"]) >= 1
        assert body["errors"]["body"]
        # other operations are not affected
        api.call("GetTags", expect=200)
    finally:
        server.stop()
