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


# ---- slugs, tags and writes beyond the lead's RealWorld cases ----

def test_slug_rules(api, user, unique):
    a = new_article(api, user["token"], f"  Hello, World!! ÀB -- {unique}  ")
    assert a["slug"] == f"hello-world-b-{unique}"
    long = new_article(api, user["token"], f"{unique} " + "x" * 200)
    assert long["slug"] == (f"{unique}-" + "x" * 200)[:100]
    blank = new_article(api, user["token"], "!!! ???")
    assert blank["slug"] == "article" or blank["slug"].startswith("article-")


@pytest.mark.parametrize("title", ["Feed", "TRENDING"])
def test_slug_never_shadows_a_static_path(api, user, title):
    a = new_article(api, user["token"], title)
    assert a["slug"] != title.lower() and a["slug"].startswith(title.lower() + "-")
    _, body = api.call("GetArticle", slug=a["slug"], expect=200)
    assert body["article"]["title"] == title


def test_tags_are_trimmed_deduplicated_and_sorted(api, user, unique):
    a = new_article(api, user["token"], f"Tagged {unique}",
                    tags=[f" zeta{unique} ", "", "   ", f"zeta{unique}", f"Alpha{unique}"])
    assert a["tagList"] == [f"Alpha{unique}", f"zeta{unique}"]
    _, body = api.call("GetArticle", slug=a["slug"], expect=200)
    assert body["article"]["tagList"] == [f"Alpha{unique}", f"zeta{unique}"]
    untagged = new_article(api, user["token"], f"Untagged {unique}", tags=[])
    assert untagged["tagList"] == []
    # uniqueItems: exact duplicates are invalid input
    api.call("CreateArticle", token=user["token"], json_body={"article": {
        "title": "t", "description": "d", "body": "b", "tagList": ["x", "x"]}}, expect=422)


def test_update_replaces_tags_and_keeps_the_rest(api, user, unique):
    old, new = f"old{unique}", f"new{unique}"
    a = new_article(api, user["token"], f"Retag {unique}", tags=[old, "dragons"])
    _, body = api.call("UpdateArticle", token=user["token"], slug=a["slug"],
                       json_body={"article": {"tagList": [new, " dragons"]}}, expect=200)
    b = body["article"]
    assert b["tagList"] == sorted(["dragons", new])
    assert b["slug"] == a["slug"] and b["title"] == a["title"] and b["body"] == a["body"]
    assert b["createdAt"] == a["createdAt"] and b["updatedAt"] >= a["updatedAt"]
    _, tags = api.call("GetTags", expect=200)
    assert new in tags["tags"] and old not in tags["tags"]  # only tags in use
    _, body = api.call("GetArticles", params={"tag": old}, expect=200)
    assert body == {"articles": [], "articlesCount": 0}
    # an update without tagList keeps them; an empty list clears them
    _, body = api.call("UpdateArticle", token=user["token"], slug=a["slug"],
                       json_body={"article": {"description": "Changed"}}, expect=200)
    assert body["article"]["tagList"] == sorted(["dragons", new])
    assert body["article"]["description"] == "Changed"
    _, body = api.call("UpdateArticle", token=user["token"], slug=a["slug"],
                       json_body={"article": {"tagList": []}}, expect=200)
    assert body["article"]["tagList"] == []


def test_update_title_to_a_taken_slug_gets_a_suffix(api, user, unique):
    first = new_article(api, user["token"], f"Taken {unique}")
    second = new_article(api, user["token"], f"Free {unique}")
    _, body = api.call("UpdateArticle", token=user["token"], slug=second["slug"],
                       json_body={"article": {"title": f"Taken {unique}"}}, expect=200)
    assert body["article"]["slug"].startswith(first["slug"] + "-")
    # same title again: the slug does not change
    _, again = api.call("UpdateArticle", token=user["token"], slug=body["article"]["slug"],
                        json_body={"article": {"title": f"Taken {unique}"}}, expect=200)
    assert again["article"]["slug"] == body["article"]["slug"]
    api.call("GetArticle", slug=first["slug"], expect=200)


def test_update_and_delete_errors(api, user, unique):
    a = new_article(api, user["token"], f"Guarded {unique}")
    api.call("UpdateArticle", slug=a["slug"], json_body={"article": {"title": "x"}}, expect=401)
    api.call("DeleteArticle", slug=a["slug"], expect=401)
    _, body = api.call("UpdateArticle", token=user["token"], slug=f"missing-{unique}",
                       json_body={"article": {"title": "x"}}, expect=404)
    assert f"missing-{unique}" in " ".join(body["errors"]["body"])
    _, body = api.call("UpdateArticle", token=user["token"], slug=a["slug"],
                       json_body={"article": {"title": ""}}, expect=422)
    assert "title" in " ".join(body["errors"]["body"])
    api.call("UpdateArticle", token=user["token"], slug=a["slug"],
             json_body={"article": {"slug": "mine"}}, expect=422)  # additionalProperties
    api.call("UpdateArticle", token=user["token"], slug=a["slug"], data="{not json", expect=400)


def test_article_as_seen_by_viewers(api, user, unique):
    a = new_article(api, user["token"], f"Viewed {unique}")
    fan = register(api, f"fan{unique}")
    api.call("FollowUserByUsername", token=fan["token"], username=user["username"], expect=200)
    api.call("CreateArticleFavorite", token=fan["token"], slug=a["slug"], expect=200)
    _, body = api.call("GetArticle", token=fan["token"], slug=a["slug"], expect=200)
    assert body["article"]["favorited"] is True and body["article"]["favoritesCount"] == 1
    assert body["article"]["author"]["following"] is True
    _, body = api.call("GetArticle", slug=a["slug"], expect=200)
    assert body["article"]["favorited"] is False and body["article"]["favoritesCount"] == 1
    assert body["article"]["author"]["following"] is False
    _, body = api.call("GetArticles", token=fan["token"], params={"author": user["username"]},
                       expect=200)
    assert body["articles"][0]["favorited"] is True
    assert body["articles"][0]["author"]["following"] is True
    api.call("GetArticle", token="not-a-jwt", slug=a["slug"], expect=401)


def test_list_combined_filters_and_unknown_names(api, user, unique):
    tag = f"combo{unique}"
    other = register(api, f"other{unique}")
    mine = new_article(api, user["token"], f"Combo mine {unique}", tags=[tag])
    new_article(api, other["token"], f"Combo theirs {unique}", tags=[tag])
    api.call("CreateArticleFavorite", token=other["token"], slug=mine["slug"], expect=200)
    _, body = api.call("GetArticles", params={"tag": tag, "author": user["username"]}, expect=200)
    assert [x["slug"] for x in body["articles"]] == [mine["slug"]] and body["articlesCount"] == 1
    _, body = api.call("GetArticles", params={"tag": tag, "favorited": other["username"],
                                              "author": user["username"]}, expect=200)
    assert [x["slug"] for x in body["articles"]] == [mine["slug"]]
    _, body = api.call("GetArticles", params={"favorited": other["username"]}, expect=200)
    assert body["articlesCount"] == 1
    for params in ({"author": f"ghost{unique}"}, {"favorited": f"ghost{unique}"},
                   {"tag": f"ghost{unique}"}, {"tag": tag, "author": other["username"],
                                                "favorited": other["username"]}):
        _, body = api.call("GetArticles", params=params, expect=200)
        assert body == {"articles": [], "articlesCount": 0}, params


def test_page_past_the_end_still_counts(api, user, unique):
    tag = f"paged{unique}"
    for i in range(2):
        new_article(api, user["token"], f"Paged {i} {unique}", tags=[tag])
    _, body = api.call("GetArticles", params={"tag": tag, "offset": 5}, expect=200)
    assert body == {"articles": [], "articlesCount": 2}


def test_feed_paging_and_count(api, user, unique):
    author = register(api, f"author{unique}")
    slugs = [new_article(api, author["token"], f"Feed item {i} {unique}")["slug"] for i in range(3)]
    api.call("FollowUserByUsername", token=user["token"], username=author["username"], expect=200)
    _, body = api.call("GetArticlesFeed", token=user["token"], params={"limit": 2, "offset": 1},
                       expect=200)
    assert body["articlesCount"] == 3
    assert [x["slug"] for x in body["articles"]] == [slugs[1], slugs[0]]
    assert all("body" not in x for x in body["articles"])
    api.call("GetArticlesFeed", token=user["token"], params={"limit": 101}, expect=422)


def test_favorites_count_is_exact_under_concurrency(api, user, unique):
    from concurrent.futures import ThreadPoolExecutor
    a = new_article(api, user["token"], f"Popular {unique}")
    fans = [register(api, f"cfan{i}{unique}") for i in range(8)]

    def fav(fan):
        for _ in range(2):
            api.call("CreateArticleFavorite", token=fan["token"], slug=a["slug"], expect=200)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(fav, fans))
    _, body = api.call("GetArticle", slug=a["slug"], expect=200)
    assert body["article"]["favoritesCount"] == 8

    def unfav(fan):
        api.call("DeleteArticleFavorite", token=fan["token"], slug=a["slug"], expect=200)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(unfav, fans[:5]))
    _, body = api.call("GetArticle", slug=a["slug"], expect=200)
    assert body["article"]["favoritesCount"] == 3


def test_favorite_errors(api, user, unique):
    api.call("DeleteArticleFavorite", slug="anything", expect=401)
    api.call("DeleteArticleFavorite", token=user["token"], slug=f"missing-{unique}", expect=404)


def test_banned_user_cannot_write_articles(api, user, unique):
    from dbutil import make_admin
    a = new_article(api, user["token"], f"Before ban {unique}")
    admin = make_admin(api, f"admin{unique}")
    api.call("AdminUpdateUser", token=admin["token"], username=user["username"],
             json_body={"user": {"banned": True}}, expect=200)
    article = {"title": f"Banned {unique}", "description": "d", "body": "b"}
    api.call("CreateArticle", token=user["token"], json_body={"article": article}, expect=403)
    api.call("UpdateArticle", token=user["token"], slug=a["slug"],
             json_body={"article": {"body": "x"}}, expect=403)
    api.call("DeleteArticle", token=user["token"], slug=a["slug"], expect=403)
    api.call("CreateArticleFavorite", token=user["token"], slug=a["slug"], expect=403)
    api.call("DeleteArticleFavorite", token=user["token"], slug=a["slug"], expect=403)
    # reading still works
    api.call("GetArticle", token=user["token"], slug=a["slug"], expect=200)
    api.call("GetArticlesFeed", token=user["token"], expect=200)


BIG = 9223372036854775807  # the largest offset the spec allows (int64)


def test_largest_offset_is_an_empty_page(api, user, unique):
    tag = f"big{unique}"
    author = register(api, f"author{unique}")
    a = new_article(api, author["token"], f"Far away {unique}", tags=[tag])
    api.call("FollowUserByUsername", token=user["token"], username=author["username"], expect=200)
    api.call("CreateArticleFavorite", token=user["token"], slug=a["slug"], expect=200)
    for params in ({}, {"tag": tag}, {"author": author["username"]},
                   {"favorited": user["username"]}, {"tag": tag, "author": author["username"]}):
        _, body = api.call("GetArticles", params={**params, "offset": BIG, "limit": 100},
                           expect=200)
        assert body["articles"] == [] and body["articlesCount"] >= 1, params
    _, body = api.call("GetArticlesFeed", token=user["token"],
                       params={"offset": BIG, "limit": 100}, expect=200)
    assert body == {"articles": [], "articlesCount": 1}
