"""Articles, favorites and the feed (RealWorld)."""
import pytest

from conftest import TIMESTAMP, register


def new_article(api, token, title, tags=("dragons", "training"), **extra):
    article = {"title": title, "description": "Ever wonder how?", "body": "You have to believe",
               "tagList": list(tags), **extra}
    _, body = api.call("CreateArticle", token=token, json_body={"article": article}, expect=201)
    return body["article"]


def test_create_article_returns_it_in_realworld_shape(api, user, unique):
    a = new_article(api, user["token"], f"How to train your dragon {unique}", tags=["training", "dragons"])
    assert a["slug"] == f"how-to-train-your-dragon-{unique}"
    assert a["title"] == f"How to train your dragon {unique}"
    assert a["body"] == "You have to believe"
    assert a["tagList"] == ["dragons", "training"]  # sorted by name, like the legacy service
    assert TIMESTAMP.match(a["createdAt"]) and TIMESTAMP.match(a["updatedAt"])
    assert a["favorited"] is False and a["favoritesCount"] == 0
    assert a["author"] == {"username": user["username"], "bio": "", "image": "", "following": False}


def test_same_title_gets_a_distinct_slug(api, user, unique):
    a = new_article(api, user["token"], f"Same title {unique}")
    b = new_article(api, user["token"], f"Same title {unique}")
    assert a["slug"] != b["slug"]
    assert b["slug"].startswith(a["slug"])


def test_get_article_anonymous_and_404(api, user, unique):
    a = new_article(api, user["token"], f"Readable {unique}")
    _, body = api.call("GetArticle", slug=a["slug"], expect=200)
    assert body["article"]["slug"] == a["slug"]
    assert body["article"]["body"] == "You have to believe"
    api.call("GetArticle", slug=f"no-such-article-{unique}", expect=404)


def test_create_article_validation(api, user):
    _, body = api.call("CreateArticle", token=user["token"], json_body={"article": {
        "title": "", "description": "d"}}, expect=422)
    text = " ".join(body["errors"]["body"])
    assert "title" in text and "body" in text
    api.call("CreateArticle", token=user["token"], json_body={"article": {
        "title": "t", "description": "d", "body": "b", "tagList": "notalist"}}, expect=422)
    api.call("CreateArticle", json_body={"article": {"title": "t", "description": "d", "body": "b"}},
             expect=401)


def test_update_article_by_author_changes_slug(api, user, unique):
    a = new_article(api, user["token"], f"Before {unique}")
    _, body = api.call("UpdateArticle", token=user["token"], slug=a["slug"], json_body={
        "article": {"title": f"After {unique}", "body": "New body"}}, expect=200)
    b = body["article"]
    assert b["slug"] == f"after-{unique}"
    assert b["body"] == "New body" and b["description"] == a["description"]
    api.call("GetArticle", slug=a["slug"], expect=404)
    api.call("GetArticle", slug=b["slug"], expect=200)


def test_update_and_delete_by_another_user_is_403(api, user, unique):
    a = new_article(api, user["token"], f"Mine {unique}")
    other = register(api, f"other{unique}")
    api.call("UpdateArticle", token=other["token"], slug=a["slug"],
             json_body={"article": {"title": "Hijacked"}}, expect=403)
    api.call("DeleteArticle", token=other["token"], slug=a["slug"], expect=403)
    api.call("GetArticle", slug=a["slug"], expect=200)


def test_delete_article(api, user, unique):
    a = new_article(api, user["token"], f"Doomed {unique}")
    api.call("DeleteArticle", token=user["token"], slug=a["slug"], expect=204)
    api.call("GetArticle", slug=a["slug"], expect=404)
    api.call("DeleteArticle", token=user["token"], slug=a["slug"], expect=404)


def test_list_filters_and_counts(api, user, unique):
    tag = f"tag{unique}"
    for i in range(3):
        new_article(api, user["token"], f"Listed {i} {unique}", tags=[tag])
    _, body = api.call("GetArticles", params={"tag": tag}, expect=200)
    assert body["articlesCount"] == 3
    assert [a["title"] for a in body["articles"]] == [f"Listed {i} {unique}" for i in (2, 1, 0)]
    assert all("body" not in a for a in body["articles"])
    _, body = api.call("GetArticles", params={"tag": tag, "limit": 1, "offset": 1}, expect=200)
    assert body["articlesCount"] == 3 and len(body["articles"]) == 1
    assert body["articles"][0]["title"] == f"Listed 1 {unique}"
    _, body = api.call("GetArticles", params={"author": user["username"]}, expect=200)
    assert body["articlesCount"] == 3
    _, tags = api.call("GetTags", expect=200)
    assert tag in tags["tags"]


@pytest.mark.parametrize("params", [{"limit": "0"}, {"limit": "101"}, {"limit": "abc"},
                                    {"offset": "-1"}, {"limit": "99999999999999999999"}])
def test_list_bad_paging_is_422(api, params):
    _, body = api.call("GetArticles", params=params, expect=422)
    name = next(iter(params))
    assert name in " ".join(body["errors"]["body"])


def test_favorite_unfavorite_counts_and_filter(api, user, unique):
    a = new_article(api, user["token"], f"Lovable {unique}")
    fan = register(api, f"fan{unique}")
    for _ in range(2):  # idempotent
        _, body = api.call("CreateArticleFavorite", token=fan["token"], slug=a["slug"], expect=200)
        assert body["article"]["favorited"] is True and body["article"]["favoritesCount"] == 1
    _, body = api.call("GetArticles", token=fan["token"], params={"favorited": fan["username"]},
                       expect=200)
    assert [x["slug"] for x in body["articles"]] == [a["slug"]]
    assert body["articles"][0]["favorited"] is True
    for _ in range(2):
        _, body = api.call("DeleteArticleFavorite", token=fan["token"], slug=a["slug"], expect=200)
        assert body["article"]["favorited"] is False and body["article"]["favoritesCount"] == 0
    api.call("CreateArticleFavorite", slug=a["slug"], expect=401)
    api.call("CreateArticleFavorite", token=fan["token"], slug=f"missing-{unique}", expect=404)


def test_feed_shows_followed_authors_only(api, user, unique):
    author = register(api, f"author{unique}")
    stranger = register(api, f"stranger{unique}")
    a = new_article(api, author["token"], f"Followed {unique}")
    new_article(api, stranger["token"], f"Unfollowed {unique}")
    _, body = api.call("GetArticlesFeed", token=user["token"], expect=200)
    assert body["articlesCount"] == 0 and body["articles"] == []
    api.call("FollowUserByUsername", token=user["token"], username=author["username"], expect=200)
    _, body = api.call("GetArticlesFeed", token=user["token"], expect=200)
    assert [x["slug"] for x in body["articles"]] == [a["slug"]]
    assert body["articles"][0]["author"]["following"] is True
    api.call("GetArticlesFeed", expect=401)
