"""History: GET /articles/{slug}/revisions — every update of an article keeps the version it
replaced (revision numbers 1..n per article), newest revision first, paginated."""
from conftest import TIMESTAMP, register
from test_articles import new_article


def update(api, token, slug, **fields):
    _, body = api.call("UpdateArticle", token=token, slug=slug, json_body={"article": fields},
                       expect=200)
    return body["article"]


def test_each_update_keeps_the_previous_version(api, user, unique):
    v1 = new_article(api, user["token"], f"First draft {unique}", tags=["draft", "alpha"])
    v2 = update(api, user["token"], v1["slug"], title=f"Second draft {unique}", body="Better",
                tagList=["beta"])
    v3 = update(api, user["token"], v2["slug"], description="Final words")
    _, body = api.call("ListArticleRevisions", slug=v3["slug"], expect=200)
    assert body["revisionsCount"] == 2
    revs = body["revisions"]
    assert [r["revision"] for r in revs] == [2, 1]
    old = revs[1]
    assert old["slug"] == v1["slug"] and old["title"] == v1["title"]
    assert old["description"] == v1["description"] and old["body"] == v1["body"]
    assert old["tagList"] == ["alpha", "draft"]
    assert old["createdAt"] == v1["updatedAt"]  # current from its last update
    assert TIMESTAMP.match(old["replacedAt"]) and old["replacedAt"] >= old["createdAt"]
    mid = revs[0]
    assert mid["slug"] == v2["slug"] and mid["title"] == v2["title"] and mid["body"] == "Better"
    assert mid["tagList"] == ["beta"] and mid["description"] == v1["description"]
    assert mid["createdAt"] == v2["updatedAt"]
    # the article itself is the newest version
    _, cur = api.call("GetArticle", slug=v3["slug"], expect=200)
    assert cur["article"]["description"] == "Final words" and cur["article"]["body"] == "Better"


def test_revisions_paging(api, user, unique):
    a = new_article(api, user["token"], f"Paged history {unique}")
    for i in range(3):
        update(api, user["token"], a["slug"], body=f"Body {i}")
    _, body = api.call("ListArticleRevisions", slug=a["slug"], params={"limit": 1, "offset": 1},
                       expect=200)
    assert body["revisionsCount"] == 3
    assert [r["revision"] for r in body["revisions"]] == [2]
    assert body["revisions"][0]["body"] == "Body 0"
    _, body = api.call("ListArticleRevisions", slug=a["slug"], params={"offset": 10}, expect=200)
    assert body == {"revisions": [], "revisionsCount": 3}


def test_new_article_has_no_revisions(api, user, unique):
    a = new_article(api, user["token"], f"Pristine {unique}")
    reader = register(api, f"reader{unique}")
    _, body = api.call("ListArticleRevisions", token=reader["token"], slug=a["slug"], expect=200)
    assert body == {"revisions": [], "revisionsCount": 0}


def test_failed_update_keeps_no_revision(api, user, unique):
    a = new_article(api, user["token"], f"Contested {unique}")
    other = register(api, f"other{unique}")
    api.call("UpdateArticle", token=other["token"], slug=a["slug"],
             json_body={"article": {"body": "Vandalised"}}, expect=403)
    api.call("UpdateArticle", token=user["token"], slug=a["slug"],
             json_body={"article": {"body": ""}}, expect=422)
    _, body = api.call("ListArticleRevisions", slug=a["slug"], expect=200)
    assert body["revisionsCount"] == 0


def test_revisions_errors(api, user, unique):
    a = new_article(api, user["token"], f"Errors {unique}")
    _, body = api.call("ListArticleRevisions", slug=f"missing-{unique}", expect=404)
    assert f"missing-{unique}" in " ".join(body["errors"]["body"])
    _, body = api.call("ListArticleRevisions", slug=a["slug"], params={"limit": 0}, expect=422)
    assert "limit" in " ".join(body["errors"]["body"])
    api.call("ListArticleRevisions", slug=a["slug"], params={"offset": "x"}, expect=422)
    api.call("ListArticleRevisions", token="not-a-jwt", slug=a["slug"], expect=401)


def test_deleted_article_history_is_gone(api, user, unique):
    a = new_article(api, user["token"], f"Ephemeral {unique}")
    update(api, user["token"], a["slug"], body="v2")
    api.call("DeleteArticle", token=user["token"], slug=a["slug"], expect=204)
    api.call("ListArticleRevisions", slug=a["slug"], expect=404)


def test_largest_offset_is_an_empty_page(api, user, unique):
    a = new_article(api, user["token"], f"Long history {unique}")
    update(api, user["token"], a["slug"], body="v2")
    _, body = api.call("ListArticleRevisions", slug=a["slug"],
                       params={"offset": 9223372036854775807, "limit": 100}, expect=200)
    assert body == {"revisions": [], "revisionsCount": 1}
