"""Discovery: GET /search/articles (full-text, ranked), GET /articles/trending (most favorited in a
recent window) and GET /tags/popular (tags with their article counts)."""
import pytest

from conftest import register
from dbutil import psql
from test_articles import new_article


def word(unique, prefix="zq"):
    """A made-up word no other test uses: letters only, so the text-search parser keeps it whole."""
    return prefix + unique.translate(str.maketrans("0123456789", "ghijklmnop"))


def slugs(body):
    return [a["slug"] for a in body["articles"]]


def search(api, q, **kw):
    _, body = api.call("SearchArticles", params={"q": q, **kw.pop("params", {})}, expect=200, **kw)
    return body


# ---- search ----

def test_search_ranks_title_matches_first(api, user, unique):
    w = word(unique)
    in_title = new_article(api, user["token"], f"All about {w}", tags=[])
    in_body = new_article(api, user["token"], f"Something else {unique}", tags=[],
                          body=f"Deep in the text we mention {w} once.")
    new_article(api, user["token"], f"Unrelated {unique}", tags=[])
    body = search(api, w)
    # the body-only match is newer, but a title match (weight A) ranks above it (weight C)
    assert slugs(body) == [in_title["slug"], in_body["slug"]]
    assert body["articlesCount"] == 2
    item = body["articles"][0]
    assert "body" not in item and item["title"] == f"All about {w}"
    assert item["author"]["username"] == user["username"] and item["favorited"] is False


def test_search_stems_and_requires_every_word(api, user, unique):
    w = word(unique)
    both = new_article(api, user["token"], f"{w} dragons", tags=[])
    one = new_article(api, user["token"], f"{w} kittens", tags=[])
    assert slugs(search(api, f"{w} dragon")) == [both["slug"]]  # "dragon" matches "dragons"
    assert set(slugs(search(api, f"  {w.upper()}  "))) == {both["slug"], one["slug"]}
    assert search(api, f"{w} unicorn") == {"articles": [], "articlesCount": 0}
    # only stop words: nothing to look for, nothing found
    assert search(api, "the and of") == {"articles": [], "articlesCount": 0}
    # operators are plain text, never query syntax
    assert search(api, f"{w} & !( | :*") ["articlesCount"] == 2


def test_search_paging_and_viewer(api, user, unique):
    w = word(unique)
    made = [new_article(api, user["token"], f"{w} part {i}", tags=[]) for i in range(3)]
    fan = register(api, f"fan{unique}")
    api.call("CreateArticleFavorite", token=fan["token"], slug=made[1]["slug"], expect=200)
    body = search(api, w, params={"limit": 1, "offset": 1}, token=fan["token"])
    assert body["articlesCount"] == 3 and len(body["articles"]) == 1
    # equal rank: newest first
    assert slugs(body) == [made[1]["slug"]]
    assert body["articles"][0]["favorited"] is True and body["articles"][0]["favoritesCount"] == 1
    assert search(api, w, params={"offset": 3}) == {"articles": [], "articlesCount": 3}


@pytest.mark.parametrize("params,field", [({}, "q"), ({"q": ""}, "q"), ({"q": "   "}, "q"),
                                          ({"q": "x" * 257}, "q"), ({"q": "a", "limit": 0}, "limit"),
                                          ({"q": "a", "offset": -1}, "offset")])
def test_search_invalid_input_is_422(api, params, field):
    _, body = api.call("SearchArticles", params=params, expect=422)
    assert field in " ".join(body["errors"]["body"])


def test_search_bad_token_is_401(api):
    api.call("SearchArticles", params={"q": "dragon"}, token="not-a-jwt", expect=401)


# ---- trending ----

def trending(api, **params):
    """Every trending article (all pages), in order, and the reported total."""
    items, offset = [], 0
    while True:
        _, body = api.call("GetTrendingArticles", params={"limit": 100, "offset": offset, **params},
                           expect=200)
        items += body["articles"]
        offset += 100
        if offset >= body["articlesCount"]:
            return items, body["articlesCount"]


def test_trending_ranks_by_recent_favorites(api, user, unique):
    hot = new_article(api, user["token"], f"Hot {unique}")
    warm = new_article(api, user["token"], f"Warm {unique}")
    tie = new_article(api, user["token"], f"Tie {unique}")  # newer than warm, same count
    cold = new_article(api, user["token"], f"Cold {unique}")
    fans = [register(api, f"fan{i}{unique}") for i in range(3)]
    for fan in fans:
        api.call("CreateArticleFavorite", token=fan["token"], slug=hot["slug"], expect=200)
    api.call("CreateArticleFavorite", token=fans[0]["token"], slug=warm["slug"], expect=200)
    api.call("CreateArticleFavorite", token=fans[1]["token"], slug=tie["slug"], expect=200)
    items, total = trending(api)
    assert total == len(items)
    order = [a["slug"] for a in items]
    assert cold["slug"] not in order
    assert order.index(hot["slug"]) < order.index(tie["slug"]) < order.index(warm["slug"])
    h = items[order.index(hot["slug"])]
    assert h["favoritesCount"] == 3 and "body" not in h and h["favorited"] is False


def test_trending_window(api, user, unique):
    a = new_article(api, user["token"], f"Last month {unique}")
    fan = register(api, f"fan{unique}")
    api.call("CreateArticleFavorite", token=fan["token"], slug=a["slug"], expect=200)
    psql("UPDATE favorites SET created_at = now() - interval '10 days'"
         " WHERE article_id = (SELECT id FROM articles WHERE slug = :'s')", s=a["slug"])
    week, _ = trending(api)
    assert a["slug"] not in [x["slug"] for x in week]
    month, _ = trending(api, days=30)
    mine = [x for x in month if x["slug"] == a["slug"]]
    assert len(mine) == 1 and mine[0]["favoritesCount"] == 1
    _, body = api.call("GetTrendingArticles", token=fan["token"],
                       params={"days": 30, "limit": 100}, expect=200)
    assert body["articlesCount"] >= 1


@pytest.mark.parametrize("params,field", [({"days": 0}, "days"), ({"days": 91}, "days"),
                                          ({"days": "week"}, "days"), ({"limit": 101}, "limit")])
def test_trending_invalid_input_is_422(api, params, field):
    _, body = api.call("GetTrendingArticles", params=params, expect=422)
    assert field in " ".join(body["errors"]["body"])


# ---- popular tags ----

def test_popular_tags_with_counts(api, user, unique):
    xa, xb, once = f"popa{unique}", f"popb{unique}", f"once{unique}"
    for i in range(4):
        new_article(api, user["token"], f"Popular tags {i} {unique}", tags=[xb, xa])
    retag = new_article(api, user["token"], f"Retagged {unique}", tags=[once])
    _, body = api.call("GetPopularTags", params={"limit": 100}, expect=200)
    tags = body["tags"]
    counts = [t["articlesCount"] for t in tags]
    assert counts == sorted(counts, reverse=True) and min(counts) >= 1
    names = [t["tag"] for t in tags]
    assert {"tag": xa, "articlesCount": 4} in tags and {"tag": xb, "articlesCount": 4} in tags
    assert names.index(xa) < names.index(xb)  # ties by name
    # a tag no article uses any more is not popular (and not listed by GET /tags)
    api.call("UpdateArticle", token=user["token"], slug=retag["slug"],
             json_body={"article": {"tagList": []}}, expect=200)
    _, body = api.call("GetPopularTags", params={"limit": 100}, expect=200)
    assert once not in [t["tag"] for t in body["tags"]]
    _, all_tags = api.call("GetTags", expect=200)
    assert once not in all_tags["tags"]
    assert all_tags["tags"].index(xa) < all_tags["tags"].index(xb)


def test_popular_tags_limit(api, user, unique):
    new_article(api, user["token"], f"Limit tags {unique}", tags=[f"l1{unique}", f"l2{unique}"])
    _, body = api.call("GetPopularTags", params={"limit": 1}, expect=200)
    assert len(body["tags"]) == 1
    _, body = api.call("GetPopularTags", expect=200)
    assert 2 <= len(body["tags"]) <= 20


@pytest.mark.parametrize("limit", [0, 101, "many"])
def test_popular_tags_invalid_limit_is_422(api, limit):
    _, body = api.call("GetPopularTags", params={"limit": limit}, expect=422)
    assert "limit" in " ".join(body["errors"]["body"])


def test_largest_offset_is_an_empty_page(api, user, unique):
    w = word(unique)
    a = new_article(api, user["token"], f"{w} remote", tags=[])
    fan = register(api, f"fan{unique}")
    api.call("CreateArticleFavorite", token=fan["token"], slug=a["slug"], expect=200)
    big = 9223372036854775807
    assert search(api, w, params={"offset": big, "limit": 100}) == {"articles": [],
                                                                     "articlesCount": 1}
    _, body = api.call("GetTrendingArticles", params={"offset": big, "days": 90}, expect=200)
    assert body["articles"] == [] and body["articlesCount"] >= 1
