"""Comments beyond RealWorld: GET /articles/{slug}/comments/{id} (one comment) and
PUT /articles/{slug}/comments/{id} (edit, author only); plus the rule every comment operation
shares: a comment is addressed through its own article's slug."""
from conftest import TIMESTAMP, register
from dbutil import make_admin
from test_articles import new_article


def comment(api, who, slug, text):
    _, body = api.call("CreateArticleComment", token=who["token"], slug=slug,
                       json_body={"comment": {"body": text}}, expect=200)
    return body["comment"]


def test_get_one_comment(api, user, unique):
    a = new_article(api, user["token"], f"One comment {unique}")
    reader = register(api, f"reader{unique}")
    c = comment(api, reader, a["slug"], "Worth reading")
    _, body = api.call("GetArticleComment", slug=a["slug"], id=c["id"], expect=200)
    assert body["comment"] == c  # same representation as on create (anonymous: not following)
    assert body["comment"]["author"] == {"username": reader["username"], "bio": "", "image": "",
                                         "following": False}
    # author.following is relative to the viewer
    api.call("FollowUserByUsername", token=user["token"], username=reader["username"], expect=200)
    _, body = api.call("GetArticleComment", token=user["token"], slug=a["slug"], id=c["id"],
                       expect=200)
    assert body["comment"]["author"]["following"] is True
    _, body = api.call("GetArticleComments", token=user["token"], slug=a["slug"], expect=200)
    assert [(x["id"], x["author"]["following"]) for x in body["comments"]] == [(c["id"], True)]


def test_get_one_comment_not_found(api, user, unique):
    a = new_article(api, user["token"], f"Here {unique}")
    b = new_article(api, user["token"], f"There {unique}")
    c = comment(api, user, a["slug"], "on a")
    # the id exists, but on another article
    _, body = api.call("GetArticleComment", slug=b["slug"], id=c["id"], expect=404)
    assert any("comment" in m for m in body["errors"]["body"])
    api.call("GetArticleComment", slug=a["slug"], id=c["id"] + 1_000_000, expect=404)
    api.call("GetArticleComment", slug=a["slug"], id=2**31 - 1, expect=404)
    # beyond the integer column: refused by the spec's int32 range, naming the parameter
    _, body = api.call("GetArticleComment", slug=a["slug"], id=2**31, expect=422)
    assert all(m.startswith("path/id") for m in body["errors"]["body"])
    _, body = api.call("GetArticleComment", slug=f"nope-{unique}", id=c["id"], expect=404)
    assert any("article" in m for m in body["errors"]["body"])
    api.call("GetArticleComment", slug=a["slug"], id="abc", expect=422)
    api.call("GetArticleComment", slug=a["slug"], id=0, expect=422)


def test_get_one_comment_with_forged_token_is_401(api, user, unique):
    a = new_article(api, user["token"], f"Forged {unique}")
    c = comment(api, user, a["slug"], "hello")
    head, payload, _ = user["token"].split(".")
    api.call("GetArticleComment", token=f"{head}.{payload}.{'A' * 43}", slug=a["slug"],
             id=c["id"], expect=401)


def test_edit_comment(api, user, unique):
    a = new_article(api, user["token"], f"Editable {unique}")
    reader = register(api, f"reader{unique}")
    c = comment(api, reader, a["slug"], "Frist")
    _, body = api.call("UpdateArticleComment", token=reader["token"], slug=a["slug"], id=c["id"],
                       json_body={"comment": {"body": "First, corrected"}}, expect=200)
    e = body["comment"]
    assert e["id"] == c["id"] and e["body"] == "First, corrected"
    assert e["createdAt"] == c["createdAt"]
    assert TIMESTAMP.match(e["updatedAt"]) and e["updatedAt"] >= c["updatedAt"]
    assert e["author"] == {"username": reader["username"], "bio": "", "image": "",
                           "following": False}
    _, body = api.call("GetArticleComment", slug=a["slug"], id=c["id"], expect=200)
    assert body["comment"] == e
    _, body = api.call("GetArticleComments", slug=a["slug"], expect=200)
    assert [x["body"] for x in body["comments"]] == ["First, corrected"]


def test_only_the_author_edits(api, user, unique):
    a = new_article(api, user["token"], f"Mine {unique}")
    reader = register(api, f"reader{unique}")
    c = comment(api, reader, a["slug"], "reader's words")
    # not even the article's author may edit someone else's comment
    _, body = api.call("UpdateArticleComment", token=user["token"], slug=a["slug"], id=c["id"],
                       json_body={"comment": {"body": "rewritten"}}, expect=403)
    assert body["errors"]["body"]
    api.call("UpdateArticleComment", slug=a["slug"], id=c["id"],
             json_body={"comment": {"body": "anonymous"}}, expect=401)
    _, body = api.call("GetArticleComment", slug=a["slug"], id=c["id"], expect=200)
    assert body["comment"]["body"] == "reader's words"


def test_edit_comment_invalid_input(api, user, unique):
    a = new_article(api, user["token"], f"Strict {unique}")
    c = comment(api, user, a["slug"], "original")
    for bad in ({"comment": {"body": ""}}, {"comment": {"body": "   "}}, {"comment": {}},
                {"comment": {"body": 5}}, {"comment": {"body": "x", "extra": 1}},
                {"body": "x"}, {"comment": {"body": "x"}, "extra": True}):
        _, body = api.call("UpdateArticleComment", token=user["token"], slug=a["slug"],
                           id=c["id"], json_body=bad, expect=422)
        assert body["errors"]["body"], bad
    api.call("UpdateArticleComment", token=user["token"], slug=a["slug"], id=c["id"],
             data="{not json", expect=400)
    api.call("UpdateArticleComment", token=user["token"], slug=a["slug"], id="abc",
             json_body={"comment": {"body": "x"}}, expect=422)
    _, body = api.call("GetArticleComment", slug=a["slug"], id=c["id"], expect=200)
    assert body["comment"]["body"] == "original"


def test_edit_comment_not_found(api, user, unique):
    a = new_article(api, user["token"], f"Edit here {unique}")
    b = new_article(api, user["token"], f"Edit there {unique}")
    c = comment(api, user, a["slug"], "on a")
    new = {"comment": {"body": "moved?"}}
    api.call("UpdateArticleComment", token=user["token"], slug=b["slug"], id=c["id"],
             json_body=new, expect=404)
    api.call("UpdateArticleComment", token=user["token"], slug=f"nope-{unique}", id=c["id"],
             json_body=new, expect=404)
    api.call("DeleteArticleComment", token=user["token"], slug=a["slug"], id=c["id"], expect=204)
    api.call("UpdateArticleComment", token=user["token"], slug=a["slug"], id=c["id"],
             json_body=new, expect=404)
    api.call("GetArticleComment", slug=a["slug"], id=c["id"], expect=404)


def test_delete_through_another_article_is_404(api, user, unique):
    a = new_article(api, user["token"], f"Keep {unique}")
    b = new_article(api, user["token"], f"Other {unique}")
    c = comment(api, user, a["slug"], "stays")
    api.call("DeleteArticleComment", token=user["token"], slug=b["slug"], id=c["id"], expect=404)
    api.call("DeleteArticleComment", token=user["token"], slug=f"nope-{unique}", id=c["id"],
             expect=404)
    api.call("DeleteArticleComment", slug=a["slug"], id=c["id"], expect=401)
    _, body = api.call("GetArticleComments", slug=a["slug"], expect=200)
    assert [x["id"] for x in body["comments"]] == [c["id"]]


def test_banned_user_cannot_write_comments(api, user, unique):
    """Banning needs an admin, and only the database makes one: skipped without
    CONDUIT_TEST_DATABASE_URL (see dbutil)."""
    admin = make_admin(api, f"admin{unique}")
    a = new_article(api, user["token"], f"Ban zone {unique}")
    reader = register(api, f"reader{unique}")
    c = comment(api, reader, a["slug"], "said before the ban")
    api.call("AdminUpdateUser", token=admin["token"], username=reader["username"],
             json_body={"user": {"banned": True}}, expect=200)
    text = {"comment": {"body": "said after the ban"}}
    _, body = api.call("CreateArticleComment", token=reader["token"], slug=a["slug"],
                       json_body=text, expect=403)
    assert "banned" in " ".join(body["errors"]["body"])
    api.call("UpdateArticleComment", token=reader["token"], slug=a["slug"], id=c["id"],
             json_body=text, expect=403)
    api.call("DeleteArticleComment", token=reader["token"], slug=a["slug"], id=c["id"],
             expect=403)
    # reads still work, and nothing changed
    _, body = api.call("GetArticleComments", token=reader["token"], slug=a["slug"], expect=200)
    assert [x["body"] for x in body["comments"]] == ["said before the ban"]
