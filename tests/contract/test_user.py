"""Current user (RealWorld: GET /user, PUT /user)."""
from conftest import register


def test_get_current_user_echoes_token(api, user):
    _, body = api.call("GetCurrentUser", token=user["token"], expect=200)
    assert body["user"]["username"] == user["username"]
    assert body["user"]["email"] == user["email"]
    assert body["user"]["token"] == user["token"]


def test_get_current_user_requires_auth(api):
    _, body = api.call("GetCurrentUser", expect=401)
    assert body["errors"]["body"]


def test_get_current_user_rejects_garbage_token(api):
    api.call("GetCurrentUser", token="abc.def.ghi", expect=401)
    api.call("GetCurrentUser", headers={"Authorization": "Basic Zm9vOmJhcg=="}, expect=401)


def test_update_user_changes_fields_and_keeps_others(api, user, unique):
    _, body = api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {
        "bio": "I like to skateboard", "image": "https://i.stack.imgur.com/xHWG8.jpg"}}, expect=200)
    u = body["user"]
    assert u["bio"] == "I like to skateboard"
    assert u["image"] == "https://i.stack.imgur.com/xHWG8.jpg"
    assert u["username"] == user["username"] and u["email"] == user["email"]
    # the new token works, and the change is persistent
    _, again = api.call("GetCurrentUser", token=u["token"], expect=200)
    assert again["user"]["bio"] == "I like to skateboard"


def test_update_user_null_bio_clears_it(api, user):
    api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {"bio": "x"}}, expect=200)
    _, body = api.call("UpdateCurrentUser", token=user["token"],
                       json_body={"user": {"bio": None}}, expect=200)
    assert body["user"]["bio"] == ""


def test_update_password_then_login_with_it(api, user):
    _, body = api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {
        "password": "brand-new-password", "currentPassword": user["password"]}}, expect=200)
    api.call("Login", json_body={"user": {"email": user["email"], "password": user["password"]}},
             expect=401)
    api.call("Login", json_body={"user": {"email": user["email"], "password": "brand-new-password"}},
             expect=200)
    # as PUT /user/password: the answer's token is fresh, the one used for the change is revoked
    api.call("GetCurrentUser", token=body["user"]["token"], expect=200)
    api.call("GetCurrentUser", token=user["token"], expect=401)


def test_update_password_needs_the_current_password(api, user):
    _, err = api.call("UpdateCurrentUser", token=user["token"],
                      json_body={"user": {"password": "brand-new-password"}}, expect=422)
    assert any(m.startswith("user/currentPassword") for m in err["errors"]["body"]), err
    _, err = api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {
        "password": "brand-new-password", "currentPassword": "not-my-password"}}, expect=403)
    assert "currentPassword" in " ".join(err["errors"]["body"])
    # the NewPassword policy of PUT /user/password, checked before any hashing
    _, err = api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {
        "password": "x", "currentPassword": user["password"]}}, expect=422)
    assert "user/password" in " ".join(err["errors"]["body"])
    # nothing changed, nothing revoked
    api.call("GetCurrentUser", token=user["token"], expect=200)
    api.call("Login", json_body={"user": {"email": user["email"], "password": user["password"]}},
             expect=200)


def test_update_password_revokes_other_sessions(api, user):
    other = api.call("Login", json_body={"user": {"email": user["email"],
                                                  "password": user["password"]}}, expect=200)
    refresh = other[0].cookies.get("refresh_token")
    assert refresh
    api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {
        "password": "brand-new-password", "currentPassword": user["password"]}}, expect=200)
    api.call("GetCurrentUser", token=other[1]["user"]["token"], expect=401)
    api.call("RefreshSession", json_body={"refreshToken": refresh}, expect=401)


def test_changing_email_needs_the_current_password(api, user, unique):
    new = f"moved{unique}@example.com"
    _, err = api.call("UpdateCurrentUser", token=user["token"],
                      json_body={"user": {"email": new}}, expect=422)
    assert any(m.startswith("user/currentPassword") for m in err["errors"]["body"]), err
    # the unchanged address (as RealWorld settings forms send it), in any case, needs nothing
    _, body = api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {
        "email": user["email"].upper(), "bio": "still me"}}, expect=200)
    assert body["user"]["bio"] == "still me"
    _, body = api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {
        "email": new, "currentPassword": user["password"]}}, expect=200)
    assert body["user"]["email"] == new
    api.call("GetCurrentUser", token=body["user"]["token"], expect=200)


def test_update_user_to_taken_username_is_422(api, user, unique):
    other = register(api, f"o{unique}")
    _, body = api.call("UpdateCurrentUser", token=user["token"],
                       json_body={"user": {"username": other["username"]}}, expect=422)
    assert "username" in " ".join(body["errors"]["body"])


def test_update_user_with_no_field_is_422(api, user):
    api.call("UpdateCurrentUser", token=user["token"], json_body={"user": {}}, expect=422)


def test_update_user_requires_auth(api):
    api.call("UpdateCurrentUser", json_body={"user": {"bio": "x"}}, expect=401)
