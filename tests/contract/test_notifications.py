"""Notifications: created by the database on follow, comment and favorite; listed and marked read
through GET /notifications, GET /notifications/unread-count, POST /notifications/{id}/read and
POST /notifications/read-all."""
from conftest import TIMESTAMP, register
from test_articles import new_article


def follow(api, who, whom):
    api.call("FollowUserByUsername", token=who["token"], username=whom["username"], expect=200)


def notifications(api, user, **params):
    _, body = api.call("ListNotifications", token=user["token"], params=params or None, expect=200)
    return body


def unread_count(api, user):
    _, body = api.call("GetUnreadNotificationCount", token=user["token"], expect=200)
    return body["unreadCount"]


def test_a_new_user_has_no_notifications(api, user):
    body = notifications(api, user)
    assert body == {"notifications": [], "notificationsCount": 0, "unreadCount": 0}
    assert unread_count(api, user) == 0


def test_follow_comment_and_favorite_notify_the_author(api, user, unique):
    fan = register(api, f"fan{unique}")
    a = new_article(api, user["token"], f"Notable {unique}")
    follow(api, fan, user)
    _, c = api.call("CreateArticleComment", token=fan["token"], slug=a["slug"],
                    json_body={"comment": {"body": "Great"}}, expect=200)
    api.call("CreateArticleFavorite", token=fan["token"], slug=a["slug"], expect=200)

    body = notifications(api, user)
    assert body["notificationsCount"] == 3 and body["unreadCount"] == 3
    kinds = [n["kind"] for n in body["notifications"]]
    assert kinds == ["favorite", "comment", "follow"]  # newest first
    fav, com, fol = body["notifications"]
    actor = {"username": fan["username"], "bio": "", "image": "", "following": False}
    for n in body["notifications"]:
        assert n["actor"] == actor and n["read"] is False and TIMESTAMP.match(n["createdAt"])
    assert fav["article"] == {"slug": a["slug"], "title": a["title"]} and fav["commentId"] is None
    assert com["article"] == {"slug": a["slug"], "title": a["title"]}
    assert com["commentId"] == c["comment"]["id"]
    assert fol["article"] is None and fol["commentId"] is None
    assert fav["id"] > com["id"] > fol["id"]

    # `following` in the actor's profile is relative to the caller (the recipient)
    follow(api, user, fan)
    body = notifications(api, user)
    assert all(n["actor"]["following"] is True for n in body["notifications"])
    # ...and the fan was notified of that follow, about nothing else
    fan_body = notifications(api, fan)
    assert [n["kind"] for n in fan_body["notifications"]] == ["follow"]
    assert fan_body["notifications"][0]["actor"]["username"] == user["username"]
    assert fan_body["notifications"][0]["actor"]["following"] is True


def test_acting_on_your_own_things_notifies_nobody(api, user, unique):
    a = new_article(api, user["token"], f"Self {unique}")
    api.call("CreateArticleComment", token=user["token"], slug=a["slug"],
             json_body={"comment": {"body": "Me again"}}, expect=200)
    api.call("CreateArticleFavorite", token=user["token"], slug=a["slug"], expect=200)
    assert notifications(api, user)["notificationsCount"] == 0
    assert unread_count(api, user) == 0


def test_unread_filter_pagination_and_mark_read(api, user, unique):
    fans = [register(api, f"f{i}{unique}") for i in range(3)]
    for f in fans:
        follow(api, f, user)
    body = notifications(api, user)
    assert body["notificationsCount"] == 3 and body["unreadCount"] == 3
    newest, middle, oldest = body["notifications"]
    assert [n["actor"]["username"] for n in body["notifications"]] == [
        f["username"] for f in reversed(fans)]

    # mark one read, twice: idempotent, 204 with no body
    for _ in range(2):
        resp, _ = api.call("MarkNotificationRead", token=user["token"], id=middle["id"], expect=204)
        assert resp.content == b""
    assert unread_count(api, user) == 2

    body = notifications(api, user)
    assert body["notificationsCount"] == 3 and body["unreadCount"] == 2
    assert [n["read"] for n in body["notifications"]] == [False, True, False]

    body = notifications(api, user, unread="true")
    assert body["notificationsCount"] == 2 and body["unreadCount"] == 2
    assert [n["id"] for n in body["notifications"]] == [newest["id"], oldest["id"]]

    body = notifications(api, user, unread="false", limit=1, offset=1)
    assert [n["id"] for n in body["notifications"]] == [middle["id"]]
    assert body["notificationsCount"] == 3

    # past the last page: no items, the counts are still there
    body = notifications(api, user, offset=10)
    assert body == {"notifications": [], "notificationsCount": 3, "unreadCount": 2}


def test_read_all(api, user, unique):
    for i in range(2):
        follow(api, register(api, f"r{i}{unique}"), user)
    assert unread_count(api, user) == 2
    for _ in range(2):  # idempotent
        _, body = api.call("MarkAllNotificationsRead", token=user["token"], expect=200)
        assert body == {"unreadCount": 0}
    assert unread_count(api, user) == 0
    body = notifications(api, user)
    assert body["notificationsCount"] == 2 and body["unreadCount"] == 0
    assert all(n["read"] for n in body["notifications"])
    assert notifications(api, user, unread="true") == {
        "notifications": [], "notificationsCount": 0, "unreadCount": 0}


def test_someone_elses_notification_is_404(api, user, unique):
    other = register(api, f"other{unique}")
    follow(api, user, other)  # notifies `other`
    (n,) = notifications(api, other)["notifications"]
    _, body = api.call("MarkNotificationRead", token=user["token"], id=n["id"], expect=404)
    assert "notification" in " ".join(body["errors"]["body"])
    assert notifications(api, other)["notifications"][0]["read"] is False  # untouched
    api.call("MarkNotificationRead", token=user["token"], id=2**62, expect=404)
    # read-all only touches the caller's own
    api.call("MarkAllNotificationsRead", token=user["token"], expect=200)
    assert unread_count(api, other) == 1


def test_notifications_need_auth(api):
    api.call("ListNotifications", expect=401)
    api.call("GetUnreadNotificationCount", expect=401)
    api.call("MarkNotificationRead", id=1, expect=401)
    api.call("MarkAllNotificationsRead", expect=401)


def test_notifications_invalid_parameters(api, user):
    for params in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"unread": "maybe"}):
        _, body = api.call("ListNotifications", token=user["token"], params=params, expect=422)
        assert body["errors"]["body"]
    api.call("MarkNotificationRead", token=user["token"], id="abc", expect=422)
    api.call("MarkNotificationRead", token=user["token"], id=0, expect=422)


def test_api_key_reads_and_marks_notifications(api, user, unique):
    """Notifications accept an API key (X-API-Key) as well as the JWT."""
    _, body = api.call("CreateApiKey", token=user["token"],
                       json_body={"apiKey": {"name": "notifier"}}, expect=201)
    key = {"X-API-Key": body["apiKey"]["secret"]}
    follow(api, register(api, f"k{unique}"), user)
    _, body = api.call("ListNotifications", headers=key, expect=200)
    assert body["notificationsCount"] == 1 and body["notifications"][0]["kind"] == "follow"
    _, body = api.call("GetUnreadNotificationCount", headers=key, expect=200)
    assert body == {"unreadCount": 1}
    api.call("MarkNotificationRead", headers=key, id=2**40, expect=404)
    _, body = api.call("MarkAllNotificationsRead", headers=key, expect=200)
    assert body == {"unreadCount": 0}


def test_bad_token_is_401(api):
    api.call("ListNotifications", token="not.a.jwt", expect=401)
    api.call("GetUnreadNotificationCount", token="eyJhbGciOiJIUzI1NiJ9.e30.c2ln", expect=401)
