"""articlesCount comes from trigger-kept counters (db/migrations/003_counters.sql): the plain list's
total (article_totals), an author's (users.articles_count), the feed's (sum over the followed
authors) and a tag's (tags.articles_count). These tests move the counts by known amounts —
creates, deletes, tag replacement, concurrent writers sharing tags, a user's cascaded deletion —
and check every total against the rows the lists actually return.

The plain list's total is global, so it is compared before/after within a test (tests run
serially; only this test process writes to the server's database).
"""
import time
from concurrent.futures import ThreadPoolExecutor

from conftest import register
from dbutil import psql


def new_article(api, token, title, tags=()):
    article = {"title": title, "description": "d", "body": "b", "tagList": list(tags)}
    _, body = api.call("CreateArticle", token=token, json_body={"article": article}, expect=201)
    return body["article"]


def total(api):
    _, body = api.call("GetArticles", params={"limit": 1}, expect=200)
    return body["articlesCount"]


def listed(api, token=None, feed=False, **filters):
    """(articlesCount, the slugs of every match), reading pages of 100 so the two can be compared."""
    slugs, offset, count = [], 0, None
    while True:
        params = dict(filters, limit=100, offset=offset)
        if feed:
            _, body = api.call("GetArticlesFeed", token=token, params=params, expect=200)
        else:
            _, body = api.call("GetArticles", token=token, params=params, expect=200)
        count = body["articlesCount"] if count is None else count
        slugs += [a["slug"] for a in body["articles"]]
        if len(body["articles"]) < 100:
            return count, slugs
        offset += 100


def exact(api, **kw):
    """The list's articlesCount, asserted equal to the number of matches it returns."""
    count, slugs = listed(api, **kw)
    assert count == len(slugs), (kw, count, len(slugs))
    return count


def test_counts_move_exactly_on_create_and_delete(api, user, unique):
    a1 = register(api, f"ca{unique}")
    a2 = register(api, f"cb{unique}")
    tag = f"ctag{unique}"
    for author in (a1, a2):
        api.call("FollowUserByUsername", token=user["token"], username=author["username"], expect=200)
    g0 = total(api)
    assert exact(api, token=user["token"], feed=True) == 0
    assert exact(api, author=a1["username"]) == 0

    made = [new_article(api, a1["token"], f"Counted {i} {unique}", tags=[tag]) for i in range(3)]
    made += [new_article(api, a2["token"], f"Counted b{i} {unique}") for i in range(2)]
    assert total(api) == g0 + 5
    assert exact(api, author=a1["username"]) == 3
    assert exact(api, author=a2["username"]) == 2
    assert exact(api, token=user["token"], feed=True) == 5
    assert exact(api, tag=tag) == 3

    api.call("DeleteArticle", token=a1["token"], slug=made[0]["slug"], expect=204)
    assert total(api) == g0 + 4
    assert exact(api, author=a1["username"]) == 2
    assert exact(api, author=a2["username"]) == 2
    assert exact(api, token=user["token"], feed=True) == 4
    assert exact(api, tag=tag) == 2

    # a refused delete (not the author) and a missing one change nothing
    api.call("DeleteArticle", token=a2["token"], slug=made[1]["slug"], expect=403)
    api.call("DeleteArticle", token=a1["token"], slug=made[0]["slug"], expect=404)
    assert total(api) == g0 + 4
    assert exact(api, author=a1["username"]) == 2

    # an update replacing the tags moves the tag counts, not the article counts
    api.call("UpdateArticle", token=a1["token"], slug=made[1]["slug"],
             json_body={"article": {"tagList": [f"other{unique}"]}}, expect=200)
    assert exact(api, tag=tag) == 1
    assert exact(api, tag=f"other{unique}") == 1
    assert total(api) == g0 + 4
    assert exact(api, author=a1["username"]) == 2

    # unfollowing drops that author's articles from the feed's total
    api.call("UnfollowUserByUsername", token=user["token"], username=a2["username"], expect=200)
    assert exact(api, token=user["token"], feed=True) == 2

    # an unknown author counts zero
    assert exact(api, author=f"nobody{unique}") == 0


def test_counts_stay_exact_under_concurrent_writers_sharing_tags(api, user, unique):
    """Creates, tag replacements and deletes by several authors at once, all on the same tags:
    every request succeeds (a deadlock would be a 500) and every counter matches the rows."""
    tags = [f"k{i}{unique}" for i in range(4)]
    authors = [register(api, f"cw{i}{unique}") for i in range(6)]
    for a in authors:
        api.call("FollowUserByUsername", token=user["token"], username=a["username"], expect=200)
    g0 = total(api)
    first = {a["username"]: [new_article(api, a["token"], f"Base {i} {a['username']}", tags=tags[:2])
                             for i in range(3)] for a in authors}

    def work(k):
        a = authors[k]
        mine = first[a["username"]]
        for i in range(4):
            new_article(api, a["token"], f"More {i} {a['username']}", tags=tags[k % 2:k % 2 + 3])
        for i, art in enumerate(mine[:2]):
            wanted = [tags[(k + i + j) % 4] for j in range(1 + (k + i) % 3)]  # 1-3 tags, rotating
            api.call("UpdateArticle", token=a["token"], slug=art["slug"],
                     json_body={"article": {"tagList": wanted}}, expect=200)
        api.call("DeleteArticle", token=a["token"], slug=mine[2]["slug"], expect=204)

    with ThreadPoolExecutor(len(authors)) as pool:
        list(pool.map(work, range(len(authors))))

    per_author = 3 + 4 - 1
    assert total(api) == g0 + per_author * len(authors)
    for a in authors:
        assert exact(api, author=a["username"]) == per_author
    assert exact(api, token=user["token"], feed=True) == per_author * len(authors)
    for t in tags:
        exact(api, tag=t)  # the counter equals the number of articles listed with the tag


def test_cascaded_user_deletion_decrements_every_counter(api, user, unique):
    """Users are deleted only behind the API (ON DELETE CASCADE removes their articles)."""
    gone = register(api, f"gone{unique}")
    stays = register(api, f"stays{unique}")
    tag = f"casc{unique}"
    for a in (gone, stays):
        api.call("FollowUserByUsername", token=user["token"], username=a["username"], expect=200)
    for i in range(3):
        new_article(api, gone["token"], f"Doomed {i} {unique}", tags=[tag])
    new_article(api, stays["token"], f"Kept {unique}", tags=[tag])
    g1 = total(api)
    assert exact(api, tag=tag) == 4
    assert exact(api, token=user["token"], feed=True) == 4

    assert psql("DELETE FROM users WHERE username = :'u' RETURNING id", u=gone["username"])
    # A write made outside the service reaches its cache through NOTIFY after the commit: it is
    # seen within milliseconds, not necessarily by the very next request (read-your-writes holds
    # for writes through the API only). Bounded wait, then every counter must agree.
    deadline = time.monotonic() + 5
    while total(api) != g1 - 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert total(api) == g1 - 3
    assert exact(api, tag=tag) == 1
    assert exact(api, token=user["token"], feed=True) == 1
    assert exact(api, author=stays["username"]) == 1
    assert exact(api, author=gone["username"]) == 0
    # and the counters agree with the tables themselves
    rows = psql("SELECT (SELECT sum(articles) FROM article_totals) = (SELECT count(*) FROM articles),"
                " NOT EXISTS (SELECT 1 FROM users u WHERE u.articles_count <>"
                "  (SELECT count(*) FROM articles a WHERE a.author_id = u.id)),"
                " NOT EXISTS (SELECT 1 FROM tags t WHERE t.articles_count <>"
                "  (SELECT count(*) FROM article_tags x WHERE x.tag_id = t.id))")
    assert rows == [["t", "t", "t"]]
