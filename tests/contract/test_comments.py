"""Comments (RealWorld: GET/POST /articles/{slug}/comments, DELETE .../comments/{id})."""
from conftest import TIMESTAMP, register
from test_articles import new_article


def test_comment_lifecycle(api, user, unique):
    a = new_article(api, user["token"], f"Discussed {unique}")
    reader = register(api, f"reader{unique}")
    _, body = api.call("CreateArticleComment", token=reader["token"], slug=a["slug"],
                       json_body={"comment": {"body": "First!"}}, expect=200)
    c = body["comment"]
    assert c["body"] == "First!" and isinstance(c["id"], int)
    assert TIMESTAMP.match(c["createdAt"])
    assert c["author"]["username"] == reader["username"]
    api.call("CreateArticleComment", token=user["token"], slug=a["slug"],
             json_body={"comment": {"body": "Second"}}, expect=200)
    _, body = api.call("GetArticleComments", slug=a["slug"], expect=200)
    assert [x["body"] for x in body["comments"]] == ["First!", "Second"]  # oldest first
    # only the comment's author may delete it
    api.call("DeleteArticleComment", token=user["token"], slug=a["slug"], id=c["id"], expect=403)
    api.call("DeleteArticleComment", token=reader["token"], slug=a["slug"], id=c["id"], expect=204)
    api.call("DeleteArticleComment", token=reader["token"], slug=a["slug"], id=c["id"], expect=404)
    _, body = api.call("GetArticleComments", slug=a["slug"], expect=200)
    assert [x["body"] for x in body["comments"]] == ["Second"]


def test_comment_errors(api, user, unique):
    a = new_article(api, user["token"], f"Quiet {unique}")
    api.call("CreateArticleComment", slug=a["slug"], json_body={"comment": {"body": "x"}}, expect=401)
    api.call("CreateArticleComment", token=user["token"], slug=a["slug"],
             json_body={"comment": {"body": ""}}, expect=422)
    api.call("CreateArticleComment", token=user["token"], slug=f"nope-{unique}",
             json_body={"comment": {"body": "x"}}, expect=404)
    api.call("GetArticleComments", slug=f"nope-{unique}", expect=404)
    api.call("DeleteArticleComment", token=user["token"], slug=a["slug"], id="abc", expect=422)
