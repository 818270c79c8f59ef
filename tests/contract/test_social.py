"""Social graph: GET /profiles/{username}/followers and /following (paginated, newest relationship
first, `following` relative to the viewer), plus the follow rules they rely on (no self-follow,
idempotent follow/unfollow reflected in the lists)."""
from conftest import register
from dbutil import make_admin


def forged(token):
    """The caller's JWT with its signature replaced: well-formed, but not ours."""
    head, payload, _ = token.split(".")
    return f"{head}.{payload}.{'A' * 43}"


def follow(api, who, whom):
    _, body = api.call("FollowUserByUsername", token=who["token"], username=whom["username"],
                       expect=200)
    assert body["profile"]["username"] == whom["username"]
    assert body["profile"]["following"] is True


def names(body):
    return [p["username"] for p in body["profiles"]]


def test_followers_newest_first_with_total(api, unique):
    celeb = register(api, f"celeb{unique}")
    fans = [register(api, f"fan{i}{unique}") for i in range(3)]
    for fan in fans:
        follow(api, fan, celeb)
    _, body = api.call("ListFollowers", username=celeb["username"], expect=200)
    assert names(body) == [f["username"] for f in reversed(fans)]
    assert body["profilesCount"] == 3
    # anonymous viewers follow nobody
    assert all(p["following"] is False for p in body["profiles"])
    assert body["profiles"][0] == {"username": fans[2]["username"], "bio": "", "image": "",
                                   "following": False}


def test_followers_pagination(api, unique):
    celeb = register(api, f"celeb{unique}")
    fans = [register(api, f"fan{i}{unique}") for i in range(3)]
    for fan in fans:
        follow(api, fan, celeb)
    newest_first = [f["username"] for f in reversed(fans)]
    seen = []
    for offset in range(3):
        _, body = api.call("ListFollowers", username=celeb["username"],
                           params={"limit": 1, "offset": offset}, expect=200)
        assert body["profilesCount"] == 3 and len(body["profiles"]) == 1
        seen += names(body)
    assert seen == newest_first
    _, body = api.call("ListFollowers", username=celeb["username"],
                       params={"limit": 2, "offset": 1}, expect=200)
    assert names(body) == newest_first[1:] and body["profilesCount"] == 3
    # past the end: an empty page, the total still counts everyone
    _, body = api.call("ListFollowers", username=celeb["username"], params={"offset": 10},
                       expect=200)
    assert body == {"profiles": [], "profilesCount": 3}


def test_following_newest_first_relative_to_viewer(api, unique):
    me = register(api, f"me{unique}")
    a, b, c = (register(api, f"{x}{unique}") for x in "abc")
    follow(api, me, a)
    follow(api, me, b)
    follow(api, c, a)  # c's choices do not show in my lists
    _, body = api.call("ListFollowing", username=me["username"], expect=200)
    assert names(body) == [b["username"], a["username"]]
    assert body["profilesCount"] == 2
    assert all(p["following"] is False for p in body["profiles"])  # anonymous
    # seen by me: I follow both
    _, body = api.call("ListFollowing", token=me["token"], username=me["username"], expect=200)
    assert [(p["username"], p["following"]) for p in body["profiles"]] == [
        (b["username"], True), (a["username"], True)]
    # seen by c: c follows a, not b
    _, body = api.call("ListFollowing", token=c["token"], username=me["username"], expect=200)
    assert [(p["username"], p["following"]) for p in body["profiles"]] == [
        (b["username"], False), (a["username"], True)]
    # a's followers, seen by me: me (whom I cannot follow) and c (whom I do not follow)
    _, body = api.call("ListFollowers", token=me["token"], username=a["username"], expect=200)
    assert [(p["username"], p["following"]) for p in body["profiles"]] == [
        (c["username"], False), (me["username"], False)]


def test_lists_follow_idempotent_follow_and_unfollow(api, unique):
    me = register(api, f"me{unique}")
    star = register(api, f"star{unique}")
    follow(api, me, star)
    follow(api, me, star)  # idempotent: still one relationship
    _, body = api.call("ListFollowers", username=star["username"], expect=200)
    assert names(body) == [me["username"]] and body["profilesCount"] == 1
    for _ in range(2):
        _, body = api.call("UnfollowUserByUsername", token=me["token"],
                           username=star["username"], expect=200)
        assert body["profile"]["following"] is False
    _, body = api.call("ListFollowers", username=star["username"], expect=200)
    assert body == {"profiles": [], "profilesCount": 0}
    _, body = api.call("ListFollowing", username=me["username"], expect=200)
    assert body == {"profiles": [], "profilesCount": 0}


def test_repeated_follow_notifies_once(api, unique):
    """The follows trigger writes the followee's notification in the follow's own transaction;
    an idempotent repeat inserts nothing, so it notifies nobody."""
    fan = register(api, f"fan{unique}")
    star = register(api, f"star{unique}")
    for _ in range(3):
        follow(api, fan, star)
    _, body = api.call("ListNotifications", token=star["token"], expect=200)
    assert [(n["kind"], n["actor"]["username"]) for n in body["notifications"]] == [
        ("follow", fan["username"])]


def test_banned_user_cannot_follow_or_unfollow(api, user, unique):
    """Banning needs an admin, made in the database: skipped without CONDUIT_TEST_DATABASE_URL."""
    admin = make_admin(api, f"admin{unique}")
    star = register(api, f"star{unique}")
    follow(api, user, star)
    api.call("AdminUpdateUser", token=admin["token"], username=user["username"],
             json_body={"user": {"banned": True}}, expect=200)
    for op in ("FollowUserByUsername", "UnfollowUserByUsername"):
        _, body = api.call(op, token=user["token"], username=star["username"], expect=403)
        assert "banned" in " ".join(body["errors"]["body"])
    # reads still work; the relationship is unchanged
    _, body = api.call("ListFollowing", token=user["token"], username=user["username"],
                       expect=200)
    assert names(body) == [star["username"]]


def test_cannot_follow_yourself(api, user):
    _, body = api.call("FollowUserByUsername", token=user["token"], username=user["username"],
                       expect=422)
    assert any("cannot follow yourself" in m for m in body["errors"]["body"])
    _, body = api.call("ListFollowing", username=user["username"], expect=200)
    assert body["profilesCount"] == 0


def test_lists_of_unknown_user_are_404_naming_it(api, unique):
    ghost = f"ghost{unique}"
    for op in ("ListFollowers", "ListFollowing", "GetProfileByUsername"):
        _, body = api.call(op, username=ghost, expect=404)
        assert any(ghost in m for m in body["errors"]["body"]), body


def test_lists_reject_bad_pagination(api, user):
    for op in ("ListFollowers", "ListFollowing"):
        for params in ({"limit": 0}, {"limit": 101}, {"limit": "ten"}, {"offset": -1},
                       {"offset": "x"}):
            _, body = api.call(op, username=user["username"], params=params, expect=422)
            assert body["errors"]["body"], (op, params)
        _, body = api.call(op, username=user["username"], params={"limit": 100, "offset": 0},
                           expect=200)
        assert body == {"profiles": [], "profilesCount": 0}


def test_lists_with_forged_token_are_401(api, user):
    for op in ("ListFollowers", "ListFollowing"):
        api.call(op, token=forged(user["token"]), username=user["username"], expect=401)


def test_follow_with_forged_token_is_401(api, user, unique):
    other = register(api, f"other{unique}")
    api.call("FollowUserByUsername", token=forged(user["token"]), username=other["username"],
             expect=401)
    _, body = api.call("ListFollowers", username=other["username"], expect=200)
    assert body["profilesCount"] == 0
