"""Profiles and follows (RealWorld: GET /profiles/{username}, POST/DELETE .../follow)."""
from conftest import register


def test_get_profile_anonymous(api, user):
    _, body = api.call("GetProfileByUsername", username=user["username"], expect=200)
    p = body["profile"]
    assert p == {"username": user["username"], "bio": "", "image": "", "following": False}


def test_get_unknown_profile_is_404(api, unique):
    _, body = api.call("GetProfileByUsername", username=f"ghost{unique}", expect=404)
    assert body["errors"]["body"]


def test_follow_and_unfollow_are_idempotent(api, user, unique):
    celeb = register(api, f"celeb{unique}")
    for _ in range(2):
        _, body = api.call("FollowUserByUsername", token=user["token"], username=celeb["username"],
                           expect=200)
        assert body["profile"]["following"] is True
    _, body = api.call("GetProfileByUsername", token=user["token"], username=celeb["username"],
                       expect=200)
    assert body["profile"]["following"] is True
    # anonymous view does not follow anyone
    _, body = api.call("GetProfileByUsername", username=celeb["username"], expect=200)
    assert body["profile"]["following"] is False
    for _ in range(2):
        _, body = api.call("UnfollowUserByUsername", token=user["token"],
                           username=celeb["username"], expect=200)
        assert body["profile"]["following"] is False


def test_follow_requires_auth(api, user):
    api.call("FollowUserByUsername", username=user["username"], expect=401)
    api.call("UnfollowUserByUsername", username=user["username"], expect=401)


def test_follow_unknown_user_is_404(api, user, unique):
    api.call("FollowUserByUsername", token=user["token"], username=f"ghost{unique}", expect=404)
    api.call("UnfollowUserByUsername", token=user["token"], username=f"ghost{unique}", expect=404)


def test_profile_with_bad_token_is_401(api, user):
    api.call("GetProfileByUsername", token="bad.token.here", username=user["username"], expect=401)
