"""Registration and login (RealWorld: POST /users, POST /users/login)."""
import jwt_free_check as jwtc  # noqa: F401  (helper module below)

from conftest import register


def test_register_returns_user_with_token(api, unique):
    name = f"reg{unique}"
    resp, body = api.call("CreateUser", json_body={"user": {
        "username": name, "email": f"{name}@example.com", "password": "s3cret-pass"}}, expect=201)
    u = body["user"]
    assert u["username"] == name
    assert u["email"] == f"{name}@example.com"
    assert u["bio"] == "" and u["image"] == ""
    assert jwtc.looks_like_jwt(u["token"])
    assert "password" not in u
    assert set(u) == {"email", "token", "username", "bio", "image"}


def test_login_returns_user_with_fresh_token(api, user):
    resp, body = api.call("Login", json_body={"user": {
        "email": user["email"], "password": user["password"]}}, expect=200)
    u = body["user"]
    assert u["username"] == user["username"]
    assert u["email"] == user["email"]
    assert jwtc.looks_like_jwt(u["token"])
    assert jwtc.claims(u["token"])["username"] == user["username"]


def test_login_wrong_password_is_401(api, user):
    _, body = api.call("Login", json_body={"user": {
        "email": user["email"], "password": "wrong-password"}}, expect=401)
    assert body["errors"]["body"]


def test_login_unknown_email_is_401(api, unique):
    api.call("Login", json_body={"user": {"email": f"nobody{unique}@example.com",
                                          "password": "whatever1"}}, expect=401)


def test_register_duplicate_username_and_email_is_422(api, user):
    _, body = api.call("CreateUser", json_body={"user": {
        "username": user["username"], "email": user["email"], "password": "another-pass"}},
        expect=422)
    text = " ".join(body["errors"]["body"])
    assert "taken" in text


def test_register_case_variants_of_a_taken_name_and_email_is_422(api, user, unique):
    """Usernames and e-mails are unique regardless of case (no look-alike `Alice` beside `alice`)."""
    _, body = api.call("CreateUser", json_body={"user": {
        "username": user["username"].upper(), "email": user["email"].upper(),
        "password": "another-pass"}}, expect=422)
    text = " ".join(body["errors"]["body"])
    assert "user/username" in text and "user/email" in text, text
    _, body = api.call("CreateUser", json_body={"user": {
        "username": f"other{unique}", "email": user["email"].swapcase(),
        "password": "another-pass"}}, expect=422)
    assert "user/email" in " ".join(body["errors"]["body"])
    # and a rename to someone else's name in another case
    other = register(api, f"v{unique}")
    _, body = api.call("UpdateCurrentUser", token=other["token"],
                       json_body={"user": {"username": user["username"].upper()}}, expect=422)
    assert "user/username" in " ".join(body["errors"]["body"])
    # one's own name in another case is no conflict
    _, body = api.call("UpdateCurrentUser", token=other["token"],
                       json_body={"user": {"username": other["username"].upper()}}, expect=200)
    assert body["user"]["username"] == other["username"].upper()


def test_login_email_is_case_insensitive(api, user):
    _, body = api.call("Login", json_body={"user": {
        "email": user["email"].upper(), "password": user["password"]}}, expect=200)
    assert body["user"]["username"] == user["username"]
    assert body["user"]["email"] == user["email"]  # stored as registered


def test_register_missing_fields_is_422_naming_each_field(api):
    _, body = api.call("CreateUser", json_body={"user": {}}, expect=422)
    text = " ".join(body["errors"]["body"])
    for field in ("username", "email", "password"):
        assert field in text, text


def test_register_bad_email_is_422(api, unique):
    _, body = api.call("CreateUser", json_body={"user": {
        "username": f"x{unique}", "email": "not-an-email", "password": "s3cret-pass"}}, expect=422)
    assert "email" in " ".join(body["errors"]["body"])


def test_register_wrong_types_is_422(api, unique):
    _, body = api.call("CreateUser", json_body={"user": {
        "username": 12, "email": ["a"], "password": None}}, expect=422)
    text = " ".join(body["errors"]["body"])
    assert "username" in text and "email" in text and "password" in text


def test_malformed_json_is_400(api):
    resp, body = api.call("CreateUser", data='{"user": {"username": ', expect=400)
    assert body["errors"]["body"]


def test_login_body_not_an_object_is_422(api):
    api.call("Login", json_body=["user"], expect=422)
