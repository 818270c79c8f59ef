"""Real client flows across operations, as a RealWorld frontend (and its users) drive them."""
from conftest import register
from test_articles import new_article


def test_writer_reader_flow(api, unique):
    # two people sign up; the reader logs in again later
    writer = register(api, f"writer{unique}")
    reader = register(api, f"reader{unique}")
    _, body = api.call("Login", json_body={"user": {"email": reader["email"],
                                                    "password": reader["password"]}}, expect=200)
    reader_token = body["user"]["token"]

    # the writer publishes; the reader follows and finds it in the feed
    article = new_article(api, writer["token"], f"A story {unique}", tags=[f"t{unique}"])
    api.call("FollowUserByUsername", token=reader_token, username=writer["username"], expect=200)
    _, feed = api.call("GetArticlesFeed", token=reader_token, expect=200)
    assert [a["slug"] for a in feed["articles"]] == [article["slug"]]

    # the reader comments and favorites; counts and flags reflect it everywhere
    _, c = api.call("CreateArticleComment", token=reader_token, slug=article["slug"],
                    json_body={"comment": {"body": "Loved it"}}, expect=200)
    api.call("CreateArticleFavorite", token=reader_token, slug=article["slug"], expect=200)
    _, got = api.call("GetArticle", token=reader_token, slug=article["slug"], expect=200)
    assert got["article"]["favorited"] is True and got["article"]["favoritesCount"] == 1
    assert got["article"]["author"]["following"] is True
    _, tagged = api.call("GetArticles", params={"tag": f"t{unique}"}, expect=200)
    assert tagged["articles"][0]["favoritesCount"] == 1

    # the writer hears about all three, newest first, and can clear them
    _, count = api.call("GetUnreadNotificationCount", token=writer["token"], expect=200)
    assert count["unreadCount"] == 3
    _, notes = api.call("ListNotifications", token=writer["token"], expect=200)
    assert [n["kind"] for n in notes["notifications"]] == ["favorite", "comment", "follow"]
    assert all(n["actor"]["username"] == reader["username"] for n in notes["notifications"])
    assert notes["notifications"][1]["commentId"] == c["comment"]["id"]
    assert notes["notifications"][0]["article"]["slug"] == article["slug"]
    assert notes["notifications"][2]["article"] is None
    _, cleared = api.call("MarkAllNotificationsRead", token=writer["token"], expect=200)
    assert cleared["unreadCount"] == 0

    # the writer edits the article; history keeps the original
    _, upd = api.call("UpdateArticle", token=writer["token"], slug=article["slug"],
                      json_body={"article": {"body": "Second draft"}}, expect=200)
    _, revs = api.call("ListArticleRevisions", slug=upd["article"]["slug"], expect=200)
    assert revs["revisionsCount"] == 1
    assert revs["revisions"][0]["body"] == "You have to believe"

    # the reader bookmarks it, and search finds it by a stemmed word of its title
    api.call("CreateBookmark", token=reader_token, slug=article["slug"], expect=204)
    _, marks = api.call("ListBookmarks", token=reader_token, expect=200)
    assert [a["slug"] for a in marks["articles"]] == [article["slug"]]
    _, found = api.call("SearchArticles", params={"q": f"stories {unique}"}, expect=200)
    assert article["slug"] in [a["slug"] for a in found["articles"]]
