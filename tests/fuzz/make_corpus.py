"""Writes the seed corpora tests/fuzz/corpus/<target>/ from real Conduit requests (the RealWorld
API as the contract tests and the stock frontends send it, plus the hostile cases of issue 11).

    scripts/python tests/fuzz/make_corpus.py

Each seed is one file named after a hash of its content, so re-running is idempotent and
`scripts/fuzz --merge` output can sit beside these. Edit the lists below and re-run to add
seeds; keep each corpus to a few dozen small files.
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOjEsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoxOTAwM"
       "DAwMDAwfQ.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2ln")

QUERY = [
    "", "limit=20&offset=0", "limit=10&offset=20", "tag=dragons", "tag=dragons&limit=10",
    "author=jake", "favorited=jane&limit=5", "author=jake&tag=x&favorited=y&limit=1&offset=1",
    "limit=1&limit=2", "limit=", "limit=abc", "limit=-1", "limit=1000", "offset=9223372036854775808",
    "tag=%FF", "tag=%C3%A9t%C3%A9", "tag=a%00b", "tag=a+b", "tag=%zz", "tag",
    "q=how+to+train&limit=20", "q=%E6%97%A5%E6%9C%AC", "days=7&limit=10", "days=0",
    "unread=true", "unread=false", "unread=1", "status=open&limit=20", "role=moderator&banned=false",
    "role=admin&banned=true&offset=0", "api_key=abc", "limit=2&&offset=3&", "=x&&=",
    "limit=20&offset=0&limit=20",
]

PATH = [
    "/api/user", "/api/users", "/api/users/login", "/api/tags", "/api/tags/popular",
    "/api/profiles/jake", "/api/profiles/jake/follow", "/api/profiles/j%C3%A4ke/followers",
    "/api/profiles/jake/following", "/api/articles", "/api/articles/feed",
    "/api/articles/how-to-train-your-dragon", "/api/articles/how-to-train-your-dragon/comments",
    "/api/articles/how-to-train-your-dragon/comments/1", "/api/articles/x/comments/2147483648",
    "/api/articles/x/favorite", "/api/articles/x/bookmark", "/api/articles/x/revisions",
    "/api/articles/x/reports", "/api/articles/trending", "/api/search/articles",
    "/api/user/api-keys/3", "/api/user/api-keys/-1", "/api/user/webhooks/9223372036854775807",
    "/api/notifications/5/read", "/api/notifications/read-all", "/api/admin/reports/1",
    "/api/admin/users/jake", "/api/articles/%00", "/api/articles/%FF", "/api/articles/a%2Fb",
    "/api/articles/%zz", "/api/articles/", "/api//articles", "/api/articles/feed/comments",
    "/api/profiles/" + "a" * 300,
]

HEADERS = [
    "Authorization: Token " + JWT,
    "Authorization: Bearer " + JWT,
    "X-API-Key: cdk_0123456789abcdef0123456789abcdef",
    "Authorization: Token good\nX-API-Key: cdk_0123456789abcdef0123456789abcdef",
    "Authorization: Token bad\nX-API-Key: cdk_0123456789abcdef0123456789abcdef",
    "Authorization: Token ab\nX-API-Key: cdk_0123456789abcdef",
    "Authorization: Token a\nAuthorization: Token b",
    "X-API-Key: k1\nX-API-Key: k2",
    "Authorization: Token down",
    "Authorization: Token admin",
    "Authorization:",
    "Authorization: Token ",
    "Content-Type: application/json",
    "Content-Type: application/json; charset=utf-8",
    'Content-Type: application/json; charset="UTF-8"',
    "Content-Type: application/json; charset=latin1",
    "Content-Type: application/json; charset",
    'Content-Type: application/json; a="b\\"c"; charset=utf-8',
    "Content-Type: text/plain",
    "Content-Type: application/merge-patch+json",
    "Content-Type: text/plain\nContent-Type: application/json",
    "Cookie: refresh_token=rt_0123456789abcdef0123456789abcdef",
    "Cookie: refresh_token=a; refresh_token=b",
    'Cookie: theme=dark; refresh_token="quoted"',
    "Authorization: Token good\nCookie: refresh_token=x\nContent-Type: application/json",
    "Host: localhost:8080\nUser-Agent: Mozilla/5.0\nAccept: application/json\n"
    "Origin: http://localhost:3000\nAuthorization: Token " + JWT,
]

USER = {"username": "jake", "email": "jake@jake.jake", "password": "jakejake"}
JSON = [
    {"user": {"email": "jake@jake.jake", "password": "jakejake"}},
    {"user": USER},
    {"user": {"email": "jake@jake.jake", "bio": "I like to skateboard", "image": None,
              "username": "jake2"}},
    {"user": {"image": "https://i.stack.imgur.com/xHWG8.jpg"}},
    {"article": {"title": "How to train your dragon", "description": "Ever wonder how?",
                 "body": "You have to believe", "tagList": ["reactjs", "angularjs", "dragons"]}},
    {"article": {"title": "Did you train your dragon?"}},
    {"comment": {"body": "His name was my name too."}},
    {"refreshToken": "rt_0123456789abcdef0123456789abcdef"},
    {"currentPassword": "jakejake", "newPassword": "correct horse battery staple"},
    {"email": "jake@jake.jake"},
    {"token": "0123456789abcdef", "newPassword": "correct horse battery staple"},
    {"apiKey": {"name": "ci"}},
    {"report": {"reason": "spam", "details": "buy now"}},
    {"report": {"status": "resolved"}},
    {"user": {"role": "moderator", "banned": True}},
    {"webhook": {"url": "https://example.com/hook", "events": ["article.created"]}},
    {}, [], None, 0, "x", True,
]
JSON_RAW = [
    '{"user":{"username":"\\ud800","email":"a@b.c","password":"12345678"}}',
    '{"user":{"username":"\\ud83d\\ude00","email":"a@b.c","password":"12345678"}}',
    '{"user":{"username":"a\\u0000b"}}',
    '{"a\\u0000":1}',
    '{"article":{"title":"t","tagList":["a","a"]}}',
    '{"user":{"email":"x"}, "user":{"email":"y"}}',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    '{"n":1e400,"m":-0.0,"k":123456789012345678901234567890}',
    "{'user':1}", "NaN", '{"a":1,}', '"\\x"', ' \t\r\n{"user" : { } } ',
    b'{"user":{"username":"caf\xc3\xa9"}}', b'{"a":"\xff\xfe"}', b'{"a":"\xed\xa0\x80"}',
]


def write(target, items):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    for data in items:
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        name = hashlib.sha1(data).hexdigest()[:16]
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
    print(f"{target}: {len(os.listdir(d))} files")


def main():
    write("query", QUERY)
    write("path", PATH)
    write("headers", HEADERS)
    write("json", [json.dumps(j) for j in JSON] + JSON_RAW)


if __name__ == "__main__":
    main()
