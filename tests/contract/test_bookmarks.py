"""Bookmarks: POST/DELETE /articles/{slug}/bookmark (idempotent, 204) and GET /user/bookmarks
(private, most recently bookmarked first, paginated, article previews as the caller sees them)."""
from conftest import register
from test_articles import new_article


def bookmark(api, who, slug):
    resp, _ = api.call("CreateBookmark", token=who["token"], slug=slug, expect=204)
    assert resp.content == b""


def slugs(body):
    return [a["slug"] for a in body["articles"]]


def test_bookmarks_most_recently_bookmarked_first(api, user, unique):
    author = register(api, f"author{unique}")
    older = new_article(api, author["token"], f"Older {unique}")
    newer = new_article(api, author["token"], f"Newer {unique}")
    bookmark(api, user, newer["slug"])
    bookmark(api, user, older["slug"])
    bookmark(api, user, newer["slug"])  # idempotent: does not move it to the top
    _, body = api.call("ListBookmarks", token=user["token"], expect=200)
    assert slugs(body) == [older["slug"], newer["slug"]]
    assert body["articlesCount"] == 2
    item = body["articles"][0]
    assert "body" not in item and item["title"] == older["title"]
    assert item["favorited"] is False and item["author"]["username"] == author["username"]
    _, page = api.call("ListBookmarks", token=user["token"], params={"limit": 1, "offset": 1},
                       expect=200)
    assert slugs(page) == [newer["slug"]] and page["articlesCount"] == 2


def test_bookmark_previews_reflect_the_caller(api, user, unique):
    author = register(api, f"author{unique}")
    a = new_article(api, author["token"], f"Loved {unique}")
    api.call("CreateArticleFavorite", token=user["token"], slug=a["slug"], expect=200)
    api.call("FollowUserByUsername", token=user["token"], username=author["username"], expect=200)
    bookmark(api, user, a["slug"])
    _, body = api.call("ListBookmarks", token=user["token"], expect=200)
    item = body["articles"][0]
    assert item["favorited"] is True and item["favoritesCount"] == 1
    assert item["author"]["following"] is True


def test_bookmarks_are_private(api, user, unique):
    a = new_article(api, user["token"], f"Private {unique}")
    bookmark(api, user, a["slug"])
    other = register(api, f"other{unique}")
    _, body = api.call("ListBookmarks", token=other["token"], expect=200)
    assert body == {"articles": [], "articlesCount": 0}


def test_remove_bookmark_is_idempotent(api, user, unique):
    a = new_article(api, user["token"], f"Removable {unique}")
    bookmark(api, user, a["slug"])
    for _ in range(2):
        resp, _ = api.call("DeleteBookmark", token=user["token"], slug=a["slug"], expect=204)
        assert resp.content == b""
    _, body = api.call("ListBookmarks", token=user["token"], expect=200)
    assert body == {"articles": [], "articlesCount": 0}


def test_deleted_article_leaves_the_list(api, user, unique):
    author = register(api, f"author{unique}")
    a = new_article(api, author["token"], f"Fleeting {unique}")
    bookmark(api, user, a["slug"])
    api.call("DeleteArticle", token=author["token"], slug=a["slug"], expect=204)
    _, body = api.call("ListBookmarks", token=user["token"], expect=200)
    assert body["articlesCount"] == 0
    api.call("DeleteBookmark", token=user["token"], slug=a["slug"], expect=404)


def test_bookmark_errors(api, user, unique):
    a = new_article(api, user["token"], f"Bookmarkable {unique}")
    api.call("CreateBookmark", slug=a["slug"], expect=401)
    api.call("DeleteBookmark", slug=a["slug"], expect=401)
    api.call("ListBookmarks", expect=401)
    api.call("ListBookmarks", token="not-a-jwt", expect=401)
    _, body = api.call("CreateBookmark", token=user["token"], slug=f"missing-{unique}", expect=404)
    assert f"missing-{unique}" in " ".join(body["errors"]["body"])
    api.call("DeleteBookmark", token=user["token"], slug=f"missing-{unique}", expect=404)
    _, body = api.call("ListBookmarks", token=user["token"], params={"limit": 101}, expect=422)
    assert "limit" in " ".join(body["errors"]["body"])
    api.call("ListBookmarks", token=user["token"], params={"offset": -1}, expect=422)


def test_banned_user_cannot_bookmark(api, user, unique):
    from dbutil import make_admin
    a = new_article(api, user["token"], f"Banned reader {unique}")
    bookmark(api, user, a["slug"])
    admin = make_admin(api, f"admin{unique}")
    api.call("AdminUpdateUser", token=admin["token"], username=user["username"],
             json_body={"user": {"banned": True}}, expect=200)
    api.call("CreateBookmark", token=user["token"], slug=a["slug"], expect=403)
    api.call("DeleteBookmark", token=user["token"], slug=a["slug"], expect=403)
    _, body = api.call("ListBookmarks", token=user["token"], expect=200)  # reading is allowed
    assert slugs(body) == [a["slug"]]


def test_largest_offset_is_an_empty_page(api, user, unique):
    a = new_article(api, user["token"], f"Deep shelf {unique}")
    bookmark(api, user, a["slug"])
    _, body = api.call("ListBookmarks", token=user["token"],
                       params={"offset": 9223372036854775807, "limit": 100}, expect=200)
    assert body == {"articles": [], "articlesCount": 1}
