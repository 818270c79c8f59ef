"""Behaviour of generated C for tests/codegen/feature.yaml: accept/reject cases per keyword,
parameter style, routing rule and security requirement. Each case asserts the exact status and
the exact set of (JSON pointer, keyword) errors; some also check the serialized body.

Cases run in one driver process (tests/codegen/support/driver.c) for speed; each case is its
own pytest item so a failure names the case.
"""
import json

import pytest

BAD = object()  # marker: errors not checked (400/401/404 bodies carry a message only)


def C(name, method, path, status, errors=(), q=None, h=None, c=None, body=None, raw=None,
      bx=None, res=None, headers=None, block=0):
    req = {"m": method, "p": path}
    if q:
        req["q"] = q
    if h:
        req["h"] = h
    if c:
        req["c"] = c
    if body is not None:
        req["b"] = json.dumps(body)
    if raw is not None:
        req["b"] = raw
    if bx is not None:
        req["bx"] = bx
    if block:
        req["block"] = 1
    return pytest.param(req, status, errors, res, headers, id=name)


def E(*pairs):
    """E('/name', 'required', '/id', 'readOnly') → [('/name','required'), ('/id','readOnly')]."""
    return [(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]


ITEM = {"name": "abc", "secret": "s"}


def item(**kw):
    d = dict(ITEM)
    d.update(kw)
    return d


def items_q(**kw):
    return [[k, v] for k, v in kw.items()]


ROUTING = [
    C("static-beats-template", "GET", "/v1/items/special", 204),
    C("template", "GET", "/v1/items/5", 200, res={"id": 5, "name": "n5", "kind": "c",
                                                   "nickname": None}),
    C("trailing-slash-404", "GET", "/v1/items/special/", 404),
    C("collection-trailing-slash-404", "GET", "/v1/items/", 404),
    C("empty-segment-404", "GET", "/v1//items", 404),
    C("no-base-path-404", "GET", "/items", 404),
    C("unknown-404", "GET", "/v1/nope", 404),
    C("root-404", "GET", "/", 404),
    C("wrong-method-405", "POST", "/v1/items/5", 405,
      headers=["GET", "HEAD", "PUT", "PATCH", "DELETE"]),
    C("405-collection", "DELETE", "/v1/items", 405, headers=["GET", "HEAD", "POST", "OPTIONS"]),
    C("trace-405", "TRACE", "/v1/items", 405),
    C("head-served-by-get", "HEAD", "/v1/items/5", 200),
    C("options-method", "OPTIONS", "/v1/items", 204),
    C("missing-handler-501", "PATCH", "/v1/items/3", 501, BAD),
    C("two-path-params", "GET", "/v1/items/3/parts/ab", 200, res={"id": 3, "part": "ab"}),
    C("two-path-params-bad-int", "GET", "/v1/items/x/parts/ab", 422, E("path/id", "type")),
    C("percent-decoding", "GET", "/v1/files/%41b", 200, res="Ab"),
    C("percent-encoded-slash", "GET", "/v1/files/a%2Fb", 200, res="a/b"),
    C("bad-percent-escape-400", "GET", "/v1/files/%zz", 400, BAD),
    C("percent-nul-400", "GET", "/v1/files/%00", 400, BAD),
    C("percent-invalid-utf8-400", "GET", "/v1/files/%FF", 400, BAD),
    C("path-maxLength-code-points-ok", "GET", "/v1/files/%C3%A9t%C3%A9s", 200, res="étés"),
    C("path-maxLength-code-points", "GET", "/v1/files/%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9", 422,
      E("path/name", "maxLength")),
    C("path-maxLength", "GET", "/v1/files/abcdef", 422, E("path/name", "maxLength")),
    C("path-enum", "GET", "/v1/responses/other", 422, E("path/mode", "enum")),
    C("path-minimum", "GET", "/v1/items/0", 422, E("path/id", "minimum")),
    C("path-int-overflow", "GET", "/v1/items/99999999999999999999", 422, E("path/id", "type")),
]

PARAMS = [
    C("defaults", "GET", "/v1/items", 200, res={"limit": 20, "offset": 0, "sort": "asc"}),
    C("limit-minimum", "GET", "/v1/items", 422, E("query/limit", "minimum"), q=items_q(limit="0")),
    C("limit-maximum", "GET", "/v1/items", 422, E("query/limit", "maximum"),
      q=items_q(limit="101")),
    C("limit-max-edge", "GET", "/v1/items", 200, q=items_q(limit="100")),
    C("limit-min-edge", "GET", "/v1/items", 200, q=items_q(limit="1")),
    C("limit-type", "GET", "/v1/items", 422, E("query/limit", "type"), q=items_q(limit="abc")),
    C("limit-fraction", "GET", "/v1/items", 422, E("query/limit", "type"), q=items_q(limit="1.5")),
    C("limit-overflow", "GET", "/v1/items", 422, E("query/limit", "type"),
      q=items_q(limit="99999999999999999999")),
    C("limit-empty-is-default", "GET", "/v1/items", 200, q=items_q(limit=""),
      res={"limit": 20, "offset": 0, "sort": "asc"}),
    C("offset-minimum", "GET", "/v1/items", 422, E("query/offset", "minimum"),
      q=items_q(offset="-1")),
    C("offset-int64-max", "GET", "/v1/items", 200, q=items_q(offset="9223372036854775807")),
    C("offset-int64-overflow", "GET", "/v1/items", 422, E("query/offset", "type"),
      q=items_q(offset="9223372036854775808")),
    C("sort-enum-ok", "GET", "/v1/items", 200, q=items_q(sort="desc"),
      res={"limit": 20, "offset": 0, "sort": "desc"}),
    C("sort-enum", "GET", "/v1/items", 422, E("query/sort", "enum"), q=items_q(sort="up")),
    C("form-explode", "GET", "/v1/items", 200, q=[["tags", "a"], ["tags", "b"]],
      res={"limit": 20, "offset": 0, "sort": "asc", "tags": ["a", "b"]}),
    C("form-explode-maxItems", "GET", "/v1/items", 422, E("query/tags", "maxItems"),
      q=[["tags", "a"]] * 4),
    C("form-explode-item-maxLength", "GET", "/v1/items", 422, E("query/tags/0", "maxLength"),
      q=[["tags", "abcdefghi"]]),
    C("form-no-explode", "GET", "/v1/items", 200, q=items_q(ids="1,2,3"),
      res={"limit": 20, "offset": 0, "sort": "asc", "ids": [1, 2, 3]}),
    C("form-no-explode-item-type", "GET", "/v1/items", 422, E("query/ids/1", "type"),
      q=items_q(ids="1,x")),
    C("form-no-explode-item-maximum", "GET", "/v1/items", 422, E("query/ids/1", "maximum"),
      q=items_q(ids="1,2000")),
    C("string-ok", "GET", "/v1/items", 200, q=items_q(q="ab")),
    C("string-minLength", "GET", "/v1/items", 422, E("query/q", "minLength"), q=items_q(q="a")),
    C("string-maxLength", "GET", "/v1/items", 422, E("query/q", "maxLength"),
      q=items_q(q="abcdefghijk")),
    C("string-pattern", "GET", "/v1/items", 422, E("query/q", "pattern"), q=items_q(q="AB")),
    C("string-pattern-and-minLength", "GET", "/v1/items", 422,
      E("query/q", "minLength", "query/q", "pattern"), q=items_q(q="1")),
    C("number-exclusiveMinimum", "GET", "/v1/items", 422, E("query/ratio", "exclusiveMinimum"),
      q=items_q(ratio="0")),
    C("number-exclusiveMaximum", "GET", "/v1/items", 422, E("query/ratio", "exclusiveMaximum"),
      q=items_q(ratio="1")),
    C("number-ok", "GET", "/v1/items", 200, q=items_q(ratio="0.999")),
    C("number-type", "GET", "/v1/items", 422, E("query/ratio", "type"), q=items_q(ratio="abc")),
    C("number-inf", "GET", "/v1/items", 422, E("query/ratio", "type"), q=items_q(ratio="1e400")),
    C("boolean-true", "GET", "/v1/items", 200, q=items_q(flag="true"),
      res={"limit": 20, "offset": 0, "sort": "asc", "flag": True}),
    C("boolean-false", "GET", "/v1/items", 200, q=items_q(flag="false")),
    C("boolean-type", "GET", "/v1/items", 422, E("query/flag", "type"), q=items_q(flag="yes")),
    C("boolean-type-1", "GET", "/v1/items", 422, E("query/flag", "type"), q=items_q(flag="1")),
    C("format-date-ok", "GET", "/v1/items", 200, q=items_q(day="2024-02-29")),
    C("format-date-not-leap", "GET", "/v1/items", 422, E("query/day", "format"),
      q=items_q(day="2023-02-29")),
    C("format-date-month", "GET", "/v1/items", 422, E("query/day", "format"),
      q=items_q(day="2024-13-01")),
    C("pipe-delimited", "GET", "/v1/items", 200, q=items_q(pipes="a|b|c"),
      res={"limit": 20, "offset": 0, "sort": "asc", "pipes": ["a", "b", "c"]}),
    C("space-delimited", "GET", "/v1/items", 200, q=items_q(spaces="1 2 3"),
      res={"limit": 20, "offset": 0, "sort": "asc", "spaces": [1, 2, 3]}),
    C("space-delimited-item-type", "GET", "/v1/items", 422, E("query/spaces/1", "type"),
      q=items_q(spaces="1 x")),
    C("header-enum-ok", "GET", "/v1/items", 200, h=[["X-Mode", "fast"]],
      res={"limit": 20, "offset": 0, "sort": "asc", "mode": "fast"}),
    C("header-case-insensitive", "GET", "/v1/items", 200, h=[["x-mode", "slow"]],
      res={"limit": 20, "offset": 0, "sort": "asc", "mode": "slow"}),
    C("header-enum", "GET", "/v1/items", 422, E("header/X-Mode", "enum"), h=[["X-Mode", "turbo"]]),
    C("header-minimum", "GET", "/v1/items", 422, E("header/X-Count", "minimum"),
      h=[["X-Count", "0"]]),
    C("header-type", "GET", "/v1/items", 422, E("header/X-Count", "type"), h=[["X-Count", "x"]]),
    C("cookie-ok", "GET", "/v1/items", 200, c=[["session", "abc"]],
      res={"limit": 20, "offset": 0, "sort": "asc", "session": "abc"}),
    C("cookie-minLength", "GET", "/v1/items", 422, E("cookie/session", "minLength"),
      c=[["session", "ab"]]),
    C("all-errors-collected", "GET", "/v1/items", 422,
      E("query/limit", "minimum", "query/offset", "minimum", "query/sort", "enum"),
      q=items_q(limit="0", offset="-1", sort="bad")),
    C("unknown-query-ignored", "GET", "/v1/items", 200, q=items_q(other="x")),
    C("required-query-missing", "GET", "/v1/search", 422, E("query/term", "required")),
    C("required-query-empty-string-minLength", "GET", "/v1/search", 422,
      E("query/term", "minLength"), q=items_q(term="")),
    C("required-query-ok", "GET", "/v1/search", 200, q=items_q(term="x"), res={"term": "x"}),
    C("header-simple-array", "GET", "/v1/search", 200, q=items_q(term="x"),
      h=[["X-Ids", "1,2,3"]], res={"term": "x", "ids": [1, 2, 3]}),
    C("header-simple-array-ows", "GET", "/v1/search", 200, q=items_q(term="x"),
      h=[["X-Ids", "1, 2 ,3"]], res={"term": "x", "ids": [1, 2, 3]}),
    C("long-array-item-kept-whole", "GET", "/v1/items", 200, q=items_q(pipes="x" * 3000 + "|y"),
      res={"limit": 20, "offset": 0, "sort": "asc", "pipes": ["x" * 3000, "y"]}),
    C("header-simple-array-maxItems", "GET", "/v1/search", 422, E("header/X-Ids", "maxItems"),
      q=items_q(term="x"), h=[["X-Ids", "1,2,3,4"]]),
    C("header-simple-array-item-type", "GET", "/v1/search", 422, E("header/X-Ids/0", "type"),
      q=items_q(term="x"), h=[["X-Ids", "a"]]),
    C("cookie-form-array-enum", "GET", "/v1/search", 200, q=items_q(term="x"),
      c=[["prefs", "dark,wide"]], res={"term": "x", "prefs": ["dark", "wide"]}),
    C("cookie-form-array-enum-bad", "GET", "/v1/search", 422, E("cookie/prefs/1", "enum"),
      q=items_q(term="x"), c=[["prefs", "dark,narrow"]]),
]

BODIES = [
    C("valid-minimal-defaults-writeOnly", "POST", "/v1/items", 201, body=ITEM,
      res={"id": 42, "name": "abc", "kind": "a"}),
    C("required", "POST", "/v1/items", 422, E("/name", "required"), body={"secret": "s"}),
    C("required-all", "POST", "/v1/items", 422, E("/name", "required", "/secret", "required"),
      body={}),
    C("readOnly-rejected", "POST", "/v1/items", 422, E("/id", "readOnly"), body=item(id=1)),
    C("additionalProperties-false", "POST", "/v1/items", 422, E("/zzz", "additionalProperties"),
      body=item(zzz=1)),
    C("minLength", "POST", "/v1/items", 422, E("/name", "minLength"), body=item(name="")),
    C("maxLength", "POST", "/v1/items", 422, E("/name", "maxLength"), body=item(name="abcdef")),
    C("maxLength-code-points", "POST", "/v1/items", 201, body=item(name="héllo")),
    C("maxLength-cjk-ok", "POST", "/v1/items", 201, body=item(name="日本語日本")),
    C("maxLength-cjk", "POST", "/v1/items", 422, E("/name", "maxLength"), body=item(name="日本語日本語")),
    C("maxLength-astral", "POST", "/v1/items", 201, body=item(name="😀😀😀😀😀")),
    C("type-string", "POST", "/v1/items", 422, E("/name", "type"), body=item(name=123)),
    C("type-null-not-allowed", "POST", "/v1/items", 422, E("/name", "type"), body=item(name=None)),
    C("enum", "POST", "/v1/items", 422, E("/kind", "enum"), body=item(kind="d")),
    C("enum-ok", "POST", "/v1/items", 201, body=item(kind="b"),
      res={"id": 42, "name": "abc", "kind": "b"}),
    C("minimum", "POST", "/v1/items", 422, E("/price", "minimum"), body=item(price=-1)),
    C("maximum", "POST", "/v1/items", 422, E("/price", "maximum"), body=item(price=101)),
    C("multipleOf", "POST", "/v1/items", 422, E("/price", "multipleOf"), body=item(price=1.25)),
    C("multipleOf-ok", "POST", "/v1/items", 201, body=item(price=2.5)),
    C("body-number-type", "POST", "/v1/items", 422, E("/price", "type"), body=item(price="1")),
    C("exclusiveMinimum", "POST", "/v1/items", 422, E("/count", "exclusiveMinimum"),
      body=item(count=0)),
    C("integer-maximum", "POST", "/v1/items", 422, E("/count", "maximum"), body=item(count=11)),
    C("integer-as-1.0", "POST", "/v1/items", 201, body=item(count=1.0)),
    C("integer-type", "POST", "/v1/items", 422, E("/count", "type"), body=item(count=1.5)),
    C("uniqueItems", "POST", "/v1/items", 422, E("/tags", "uniqueItems"),
      body=item(tags=["a", "a"])),
    C("uniqueItems-numbers-by-value", "POST", "/v1/items", 422,
      E("/tags/1", "type", "/tags/2", "type", "/tags", "uniqueItems"),
      raw='{"name":"a","secret":"s","tags":["x",1,1.0]}'),
    C("maxItems", "POST", "/v1/items", 422, E("/tags", "maxItems"),
      body=item(tags=["a", "b", "c", "d"])),
    C("items-minLength", "POST", "/v1/items", 422, E("/tags/0", "minLength"), body=item(tags=[""])),
    C("items-type", "POST", "/v1/items", 422, E("/tags/1", "type"), body=item(tags=["a", 1])),
    C("array-type", "POST", "/v1/items", 422, E("/tags", "type"), body=item(tags="x")),
    C("additionalProperties-schema-ok", "POST", "/v1/items", 201, body=item(meta={"a": 1, "b": 2}),
      res={"id": 42, "name": "abc", "kind": "a", "meta": {"a": 1, "b": 2}}),
    C("additionalProperties-schema", "POST", "/v1/items", 422, E("/meta/a", "type"),
      body=item(meta={"a": "x"})),
    C("maxProperties", "POST", "/v1/items", 422, E("/meta", "maxProperties"),
      body=item(meta={"a": 1, "b": 2, "c": 3})),
    C("type-array-null-ok", "POST", "/v1/items", 201, body=item(nickname=None),
      res={"id": 42, "name": "abc", "kind": "a", "nickname": None}),
    C("type-array-null-type", "POST", "/v1/items", 422, E("/nickname", "type"),
      body=item(nickname=5)),
    C("const-ok", "POST", "/v1/items", 201, body=item(version=1)),
    C("const-numeric-equality", "POST", "/v1/items", 201, body=item(version=1.0)),
    C("const", "POST", "/v1/items", 422, E("/version", "const"), body=item(version=2)),
    C("body-type-array", "POST", "/v1/items", 422, E("", "type"), body=[]),
    C("body-type-string", "POST", "/v1/items", 422, E("", "type"), body="x"),
    C("body-type-null", "POST", "/v1/items", 422, E("", "type"), raw="null"),
    C("malformed-json-400", "POST", "/v1/items", 400, BAD, raw='{"name":'),
    C("single-quotes-400", "POST", "/v1/items", 400, BAD, raw="{'a':1}"),
    C("trailing-garbage-400", "POST", "/v1/items", 400, BAD, raw='{"name":"a"} x'),
    C("trailing-comma-400", "POST", "/v1/items", 400, BAD, raw='{"name":"a",}'),
    C("nan-400", "POST", "/v1/items", 400, BAD, raw='{"name":"a","secret":"s","price":NaN}'),
    C("number-trailing-dot-400", "POST", "/v1/items", 400, BAD,
      raw='{"name":"a","secret":"s","price":1.}'),
    C("raw-control-char-400", "POST", "/v1/items", 400, BAD, raw='{"name":"a\nb","secret":"s"}'),
    C("leading-zero-400", "POST", "/v1/arrays", 400, BAD, raw="[01]"),
    C("two-documents-400", "POST", "/v1/arrays", 400, BAD, raw="[1][2]"),
    C("whitespace-around-ok", "POST", "/v1/arrays", 200, raw=" \n[1, 2]\t\r\n ", res=3),
    C("empty-body-required-422", "POST", "/v1/items", 422, E("", "required")),
    C("invalid-utf8-400", "POST", "/v1/items", 400, BAD,
      bx="7b226e616d65223a2261ff62222c22736563726574223a2273227d"),
    C("nul-in-string", "POST", "/v1/items", 422, E("/name", "type"), raw='{"name":"a\\u0000b","secret":"s"}'),
    C("content-type-415", "POST", "/v1/items", 415, BAD, body=ITEM, h=[["Content-Type", "text/plain"]]),
    C("content-type-charset-ok", "POST", "/v1/items", 201, body=ITEM,
      h=[["Content-Type", "application/json; charset=utf-8"]]),
    C("content-type-plus-json-ok", "POST", "/v1/items", 201, body=ITEM,
      h=[["Content-Type", "application/merge-patch+json"]]),
    C("depth-limit-400", "POST", "/v1/items", 400, BAD,
      raw='{"name":"a","secret":"s","meta":{"a":' + "[" * 100 + "]" * 100 + "}}"),
    C("all-body-errors-collected", "POST", "/v1/items", 422,
      E("/id", "readOnly", "/name", "minLength", "/kind", "enum", "/price", "minimum",
        "/count", "exclusiveMinimum", "/zz", "additionalProperties"),
      body={"id": 1, "name": "", "secret": "s", "kind": "z", "price": -1, "count": 0, "zz": 1}),
    C("path-and-body-errors-together", "PUT", "/v1/items/0", 422,
      E("path/id", "minimum", "/name", "required"), body={"secret": "s"}),
    C("put-echo", "PUT", "/v1/items/9", 200, body=ITEM, res={"id": 9, "name": "abc", "kind": "a"}),
    C("top-level-array-ok", "POST", "/v1/arrays", 200, body=[1, 2, 3], res=6),
    C("top-level-array-minItems", "POST", "/v1/arrays", 422, E("", "minItems"), body=[]),
    C("top-level-array-maxItems", "POST", "/v1/arrays", 422, E("", "maxItems"), body=[1] * 5),
    C("top-level-array-item-type", "POST", "/v1/arrays", 422, E("/1", "type"), body=[1, "a"]),
    C("top-level-number-type", "POST", "/v1/arrays", 422, E("", "type"), raw="5"),
    C("optional-body-absent", "POST", "/v1/optional-body", 200, res=-1),
    C("optional-body-default", "POST", "/v1/optional-body", 200, body={}, res=7),
    C("optional-body-value", "POST", "/v1/optional-body", 200, body={"n": 3}, res=3),
    C("optional-body-type", "POST", "/v1/optional-body", 422, E("/n", "type"), body={"n": "x"}),
    C("nullable-body-null", "PUT", "/v1/nullable", 200, raw="null", res={"body": "null"}),
    C("three-state", "PUT", "/v1/nullable", 200, body={"s": None, "i": 5},
      res={"s": "null", "i": "value", "o": "absent"}),
    C("three-state-object-null", "PUT", "/v1/nullable", 200, body={"o": None},
      res={"s": "absent", "i": "absent", "o": "null"}),
    C("nullable-maxLength", "PUT", "/v1/nullable", 422, E("/s", "maxLength"), body={"s": "abcd"}),
    C("nullable-nested-type", "PUT", "/v1/nullable", 422, E("/o/x", "type"), body={"o": {"x": "a"}}),
    C("nullable-integer-type", "PUT", "/v1/nullable", 422, E("/i", "type"), body={"i": 1.5}),
]


def fmt(**kw):
    return kw


FORMATS = [
    C("date-time-ok", "POST", "/v1/formats", 204, body=fmt(dt="2024-01-02T03:04:05Z")),
    C("date-time-offset-fraction", "POST", "/v1/formats", 204,
      body=fmt(dt="2024-01-02T03:04:05.123+05:30")),
    C("date-time-lowercase", "POST", "/v1/formats", 204, body=fmt(dt="2024-01-02t03:04:05z")),
    C("date-time-space", "POST", "/v1/formats", 422, E("/dt", "format"),
      body=fmt(dt="2024-01-02 03:04:05")),
    C("date-time-hour", "POST", "/v1/formats", 422, E("/dt", "format"),
      body=fmt(dt="2024-01-02T25:00:00Z")),
    C("date-time-no-offset", "POST", "/v1/formats", 422, E("/dt", "format"),
      body=fmt(dt="2024-01-02T03:04:05")),
    C("date-ok", "POST", "/v1/formats", 204, body=fmt(d="2024-02-29")),
    C("date-short", "POST", "/v1/formats", 422, E("/d", "format"), body=fmt(d="2024-2-29")),
    C("time-ok", "POST", "/v1/formats", 204, body=fmt(t="12:00:00Z")),
    C("time-short", "POST", "/v1/formats", 422, E("/t", "format"), body=fmt(t="12:00")),
    C("email-ok", "POST", "/v1/formats", 204, body=fmt(email="a.b+c@example.co")),
    C("email-no-domain", "POST", "/v1/formats", 422, E("/email", "format"), body=fmt(email="a@")),
    C("email-no-local", "POST", "/v1/formats", 422, E("/email", "format"), body=fmt(email="@b.c")),
    C("email-space", "POST", "/v1/formats", 422, E("/email", "format"), body=fmt(email="a b@c.d")),
    C("email-double-dot", "POST", "/v1/formats", 422, E("/email", "format"),
      body=fmt(email="a..b@c.d")),
    C("uuid-ok", "POST", "/v1/formats", 204, body=fmt(uuid="123e4567-e89b-12d3-a456-426614174000")),
    C("uuid-bad", "POST", "/v1/formats", 422, E("/uuid", "format"),
      body=fmt(uuid="123e4567e89b12d3a456426614174000")),
    C("uri-ok", "POST", "/v1/formats", 204, body=fmt(uri="https://x.y/p?q=1#f")),
    C("uri-space", "POST", "/v1/formats", 422, E("/uri", "format"), body=fmt(uri="not a uri")),
    C("uri-relative", "POST", "/v1/formats", 422, E("/uri", "format"), body=fmt(uri="/relative")),
    C("uri-reference-ok", "POST", "/v1/formats", 204, body=fmt(uriref="/relative?x=%20")),
    C("uri-reference-bad", "POST", "/v1/formats", 422, E("/uriref", "format"),
      body=fmt(uriref="a b")),
    C("ipv4-ok", "POST", "/v1/formats", 204, body=fmt(ipv4="192.168.0.1")),
    C("ipv4-range", "POST", "/v1/formats", 422, E("/ipv4", "format"), body=fmt(ipv4="256.1.1.1")),
    C("ipv4-leading-zero", "POST", "/v1/formats", 422, E("/ipv4", "format"),
      body=fmt(ipv4="01.1.1.1")),
    C("ipv6-ok", "POST", "/v1/formats", 204, body=fmt(ipv6="2001:db8::1")),
    C("ipv6-bad", "POST", "/v1/formats", 422, E("/ipv6", "format"), body=fmt(ipv6="1::2::3")),
    C("hostname-ok", "POST", "/v1/formats", 204, body=fmt(host="example.com")),
    C("hostname-bad", "POST", "/v1/formats", 422, E("/host", "format"), body=fmt(host="-bad.com")),
    C("byte-ok", "POST", "/v1/formats", 204, body=fmt(b64="aGk=")),
    C("byte-bad", "POST", "/v1/formats", 422, E("/b64", "format"), body=fmt(b64="aGk")),
    C("int32-ok", "POST", "/v1/formats", 204, body=fmt(i32=2147483647)),
    C("int32-range", "POST", "/v1/formats", 422, E("/i32", "format"), body=fmt(i32=2147483648)),
    C("int64-ok", "POST", "/v1/formats", 204, body=fmt(i64=9223372036854775807)),
    C("int64-overflow", "POST", "/v1/formats", 422, E("/i64", "type"),
      body=fmt(i64=9223372036854775808)),
    C("int64-negative-overflow", "POST", "/v1/formats", 422, E("/i64", "type"),
      raw='{"i64":-92233720368547758090}'),
    C("password-annotation-only", "POST", "/v1/formats", 204, body=fmt(pw="anything at all")),
    C("formats-unknown-property", "POST", "/v1/formats", 422, E("/x", "additionalProperties"),
      body=fmt(x=1)),
]

COMBOS = [
    C("anyOf-first", "POST", "/v1/combos", 204, body={"any": "abc"}),
    C("anyOf-second", "POST", "/v1/combos", 204, body={"any": 5}),
    C("anyOf-none", "POST", "/v1/combos", 422, E("/any", "anyOf"), body={"any": "abcd"}),
    C("anyOf-type", "POST", "/v1/combos", 422, E("/any", "anyOf"), body={"any": True}),
    C("oneOf-first", "POST", "/v1/combos", 204, body={"one": 2}),
    C("oneOf-second", "POST", "/v1/combos", 204, body={"one": 9}),
    C("oneOf-both", "POST", "/v1/combos", 422, E("/one", "oneOf"), body={"one": 6}),
    C("oneOf-none", "POST", "/v1/combos", 422, E("/one", "oneOf"), body={"one": 5}),
    C("not-ok", "POST", "/v1/combos", 204, body={"notstr": 1}),
    C("not", "POST", "/v1/combos", 422, E("/notstr", "not"), body={"notstr": "s"}),
    C("allOf-ok", "POST", "/v1/combos", 204, body={"both": "abc"}),
    C("allOf-first", "POST", "/v1/combos", 422, E("/both", "minLength"), body={"both": "a"}),
    C("allOf-second", "POST", "/v1/combos", 422, E("/both", "maxLength"), body={"both": "abcde"}),
    C("allOf-type", "POST", "/v1/combos", 422, E("/both", "type"), body={"both": 5}),
    C("const-string", "POST", "/v1/combos", 204, body={"konst": "x"}),
    C("const-string-bad", "POST", "/v1/combos", 422, E("/konst", "const"), body={"konst": "y"}),
    C("prefixItems-ok", "POST", "/v1/combos", 204, body={"tuple": ["a", 1]}),
    C("prefixItems-type", "POST", "/v1/combos", 422, E("/tuple/1", "type"),
      body={"tuple": ["a", "b"]}),
    C("prefixItems-items-false", "POST", "/v1/combos", 422, E("/tuple/2", "false"),
      body={"tuple": ["a", 1, 2]}),
    C("prefixItems-short-ok", "POST", "/v1/combos", 204, body={"tuple": []}),
    C("patternProperties-ok", "POST", "/v1/combos", 204, body={"map": {"x-a": "s"}}),
    C("patternProperties-type", "POST", "/v1/combos", 422, E("/map/x-a", "type"),
      body={"map": {"x-a": 1}}),
    C("patternProperties-additional", "POST", "/v1/combos", 422,
      E("/map/y", "additionalProperties"), body={"map": {"y": 1}}),
    C("propertyNames-ok", "POST", "/v1/combos", 204, body={"names": {"abc": 1}}),
    C("propertyNames", "POST", "/v1/combos", 422, E("/names/ABC", "propertyNames"),
      body={"names": {"ABC": 1}}),
    C("minProperties", "POST", "/v1/combos", 422, E("/props", "minProperties"), body={"props": {}}),
    C("maxProperties-combos", "POST", "/v1/combos", 422, E("/props", "maxProperties"),
      body={"props": {"a": 1, "b": 2, "c": 3}}),
    C("type-array-two-types", "POST", "/v1/combos", 204, body={"arr": [1, "a"]}),
    C("minItems", "POST", "/v1/combos", 422, E("/arr", "minItems"), body={"arr": []}),
    C("type-array-item", "POST", "/v1/combos", 422, E("/arr/0", "type"), body={"arr": [True]}),
    C("enum-mixed-int", "POST", "/v1/combos", 204, body={"mixed": 1}),
    C("enum-mixed-string", "POST", "/v1/combos", 204, body={"mixed": "two"}),
    C("enum-mixed-null", "POST", "/v1/combos", 204, body={"mixed": None}),
    C("enum-mixed-bad", "POST", "/v1/combos", 422, E("/mixed", "enum"), body={"mixed": 2}),
    C("multipleOf-fraction-ok", "POST", "/v1/combos", 204, body={"num": 0.75}),
    C("multipleOf-fraction", "POST", "/v1/combos", 422, E("/num", "multipleOf"), body={"num": 0.3}),
    C("exclusiveMaximum", "POST", "/v1/combos", 422, E("/num", "exclusiveMaximum"),
      body={"num": 10}),
    C("unicode-minLength", "POST", "/v1/combos", 422, E("/uni", "minLength"), body={"uni": "é"}),
    C("unicode-length-ok", "POST", "/v1/combos", 204, body={"uni": "日本語"}),
    C("unicode-maxLength", "POST", "/v1/combos", 422, E("/uni", "maxLength"), body={"uni": "日本語日"}),
    C("false-schema", "POST", "/v1/combos", 422, E("/nothing", "false"), body={"nothing": 1}),
    C("true-schema", "POST", "/v1/combos", 204, body={"anything": {"x": [1]}}),
    C("ref-with-siblings-ok", "POST", "/v1/combos", 204, body={"withref": {"name": "a"}}),
    C("ref-with-siblings-sibling", "POST", "/v1/combos", 422, E("/withref", "maxProperties"),
      body={"withref": {"name": "a", "x": 1}}),
    C("ref-with-siblings-target", "POST", "/v1/combos", 422, E("/withref/name", "required"),
      body={"withref": {}}),
    C("catastrophic-pattern-bounded", "POST", "/v1/combos", 422, E("/evil", "pattern"),
      body={"evil": "a" * 5000 + "b"}),
    C("catastrophic-pattern-match-ok", "POST", "/v1/combos", 204, body={"evil": "a" * 5000}),
    C("uniqueItems-large-ok", "POST", "/v1/combos", 204,
      body={"set": list(range(50000)) + [{"a": [1, 2]}, {"a": [2, 1]}]}),
    C("uniqueItems-large-duplicate", "POST", "/v1/combos", 422, E("/set", "uniqueItems"),
      body={"set": list(range(50000)) + [{"b": 1, "a": [1]}, {"a": [1], "b": 1.0}]}),
    C("discriminator-mapping", "POST", "/v1/shapes", 200, body={"kind": "circle", "r": 1},
      res={"kind": "circle", "r": 1}),
    C("discriminator-mapping-short-name", "POST", "/v1/shapes", 200, body={"kind": "sq", "side": 2}),
    C("discriminator-implicit-name", "POST", "/v1/shapes", 200, body={"kind": "Square", "side": 2}),
    C("discriminator-missing", "POST", "/v1/shapes", 422, E("/kind", "discriminator"),
      body={"r": 1}),
    C("discriminator-unknown", "POST", "/v1/shapes", 422, E("/kind", "discriminator"),
      body={"kind": "tri"}),
    C("discriminator-selected-schema-errors", "POST", "/v1/shapes", 422, E("/side", "minimum"),
      body={"kind": "sq", "side": 0}),
    C("discriminator-required", "POST", "/v1/shapes", 422, E("/r", "required"),
      body={"kind": "circle"}),
    C("discriminator-non-object", "POST", "/v1/shapes", 422, E("", "oneOf"), body=[]),
    C("recursive-ok", "POST", "/v1/tree", 200,
      body={"name": "root", "children": [{"name": "a"}, {"name": "b", "next": {"name": "n"}}]},
      res={"name": "root", "children": [{"name": "a"}, {"name": "b", "next": {"name": "n"}}]}),
    C("recursive-deep-error", "POST", "/v1/tree", 422, E("/children/1/next/name", "maxLength"),
      body={"name": "r", "children": [{"name": "a"}, {"name": "b", "next": {"name": "123456789"}}]}),
    C("recursive-type", "POST", "/v1/tree", 422, E("/next", "type"), body={"name": "r", "next": "x"}),
    C("allOf-merged-struct", "POST", "/v1/pets", 200, body={"name": "rex", "age": 3},
      res={"name": "rex", "age": 3, "color": "brown"}),
    C("allOf-required-from-part", "POST", "/v1/pets", 422, E("/age", "required"),
      body={"name": "rex"}),
    C("allOf-minLength-from-base", "POST", "/v1/pets", 422, E("/name", "minLength"),
      body={"name": "", "age": 1}),
    C("allOf-minimum", "POST", "/v1/pets", 422, E("/age", "minimum"), body={"name": "a", "age": -1}),
]

SECURITY = [
    C("apikey-header-missing", "GET", "/v1/secure/header", 401, BAD,
      headers={"WWW-Authenticate": 'ApiKey name="X-API-Key"'}),
    C("apikey-header-ok", "GET", "/v1/secure/header", 200, h=[["X-API-Key", "good"]],
      res={"user": 1}),
    C("apikey-header-invalid", "GET", "/v1/secure/header", 401, BAD, h=[["X-API-Key", "bad"]]),
    C("apikey-backend-down-503", "GET", "/v1/secure/header", 503, BAD, h=[["X-API-Key", "down"]]),
    C("apikey-query-ok", "GET", "/v1/secure/query", 200, q=[["api_key", "good"]], res={"user": 1}),
    C("apikey-query-missing", "GET", "/v1/secure/query", 401, BAD),
    C("apikey-cookie-ok", "GET", "/v1/secure/cookie", 200, c=[["sid", "good"]], res={"user": 1}),
    C("apikey-cookie-missing", "GET", "/v1/secure/cookie", 401, BAD),
    C("bearer-root-security-ok", "GET", "/v1/secure/bearer", 200,
      h=[["Authorization", "Bearer good"]], res={"user": 1}),
    C("bearer-scheme-case-insensitive", "GET", "/v1/secure/bearer", 200,
      h=[["Authorization", "bearer good"]]),
    C("bearer-invalid", "GET", "/v1/secure/bearer", 401, BAD, h=[["Authorization", "Bearer bad"]]),
    C("bearer-wrong-scheme", "GET", "/v1/secure/bearer", 401, BAD,
      h=[["Authorization", "Basic good"]]),
    C("bearer-missing-challenge", "GET", "/v1/secure/bearer", 401, BAD,
      headers={"WWW-Authenticate": 'Bearer realm="Codegen feature spec"'}),
    C("optional-anonymous", "GET", "/v1/secure/optional", 200, res={"user": 0}),
    C("optional-authenticated", "GET", "/v1/secure/optional", 200,
      h=[["Authorization", "Bearer good"]], res={"user": 1}),
    C("optional-invalid-401", "GET", "/v1/secure/optional", 401, BAD,
      h=[["Authorization", "Bearer bad"]]),
    C("and-requirement-partial", "GET", "/v1/secure/both", 401, BAD, h=[["X-API-Key", "good"]]),
    C("and-requirement-ok", "GET", "/v1/secure/both", 200,
      h=[["X-API-Key", "good"], ["Authorization", "Bearer good"]]),
    C("or-requirement-first", "GET", "/v1/secure/either", 200, h=[["X-API-Key", "good"]]),
    C("or-requirement-second", "GET", "/v1/secure/either", 200, q=[["api_key", "good"]]),
    C("or-requirement-none", "GET", "/v1/secure/either", 401, BAD),
    C("scope-ok", "DELETE", "/v1/items/3", 204, h=[["Authorization", "Bearer admin"]]),
    C("scope-insufficient-403", "DELETE", "/v1/items/3", 403, BAD,
      h=[["Authorization", "Bearer good"]]),
    C("scope-missing-401", "DELETE", "/v1/items/3", 401, BAD),
    C("security-before-validation", "DELETE", "/v1/items/0", 401, BAD),
    C("optional-auth-anonymous-view", "GET", "/v1/items/8", 200,
      res={"id": 8, "name": "n8", "kind": "c", "nickname": None}),
    C("optional-auth-authenticated-view", "GET", "/v1/items/8", 200,
      h=[["Authorization", "Bearer good"]],
      res={"id": 8, "name": "n8", "kind": "c", "nickname": "friend"}),
]

RESPONSES = [
    C("writeOnly-never-serialized", "GET", "/v1/responses/good", 200, res={"id": 0, "name": "ok"}),
    C("no-body-status", "GET", "/v1/responses/nobody", 204),
    C("handler-error-code", "GET", "/v1/responses/error", 404),
    C("undeclared-status-500", "GET", "/v1/responses/undeclared", 500),
    C("handler-404-via-cd_req_fail", "GET", "/v1/items/404", 404, BAD),
    C("before-hook-can-stop", "GET", "/v1/items/special", 429, BAD, block=1),
]

ALL = ROUTING + PARAMS + BODIES + FORMATS + COMBOS + SECURITY + RESPONSES


@pytest.fixture(scope="module")
def results(feature_driver):
    reqs = [p.values[0] for p in ALL]
    out, _err = feature_driver.run(reqs)
    return {p.id: r for p, r in zip(ALL, out)}


def test_case_count():
    assert len(ALL) >= 150, len(ALL)
    assert len({p.id for p in ALL}) == len(ALL), "case names must be unique"


@pytest.mark.parametrize("req,status,errors,res,headers", ALL)
def test_case(request, results, req, status, errors, res, headers):
    got = results[request.node.callspec.id]
    assert got["status"] == status, got
    if errors is not BAD:
        pairs = sorted((e["pointer"], e["keyword"]) for e in got["errors"])
        assert pairs == sorted(errors), got
    if res is not None:
        assert got.get("body") == res, got
    if isinstance(headers, list):
        assert got["allow"] == headers, got
    elif isinstance(headers, dict):
        for k, v in headers.items():
            assert got["headers"].get(k) == v, got
    if status in (400, 401, 403, 404, 415, 422, 429, 501) and "op" in got and status != 404 \
            or status in (400, 401, 422):
        assert got.get("body") is not None, "error responses carry a body"


def test_every_case_in_debug_mode_serializes_valid_responses(feature_driver):
    """All cases again with CONDUIT_VALIDATE_RESPONSES=1: every response the generated code
    serializes conforms to its declared schema (the only reports: statuses an operation does not
    declare, e.g. 422 on operations that list only 2xx)."""
    reqs = [p.values[0] for p in ALL]
    out, err = feature_driver.run(reqs, env={"CONDUIT_VALIDATE_RESPONSES": "1"})
    assert [o["status"] for o in out] == [p.values[1] for p in ALL]
    reports = [line for line in err.splitlines() if "is not declared" not in line
               and "handler returned undeclared status 42" not in line]
    assert reports == [], reports[:10]


def test_response_validation_debug_mode(feature_driver):
    case = {"m": "GET", "p": "/v1/responses/invalid"}
    got, err = feature_driver.one(case)
    assert got["status"] == 200 and "RESPONSE VALIDATION FAILED" not in err
    got, err = feature_driver.one(case, env={"CONDUIT_VALIDATE_RESPONSES": "1"})
    assert got["status"] == 200
    assert "RESPONSE VALIDATION FAILED: BadResponse status 200" in err
    assert "/name [maxLength]" in err and "/count [maximum]" in err
    got, err = feature_driver.one({"m": "GET", "p": "/v1/responses/good"},
                                  env={"CONDUIT_VALIDATE_RESPONSES": "1"})
    assert "RESPONSE VALIDATION FAILED" not in err
    # error bodies written by the runtime's error hook are checked against the declared schema:
    # the default problem+json body conforms to the feature spec's Problem (422 declared) ...
    got, err = feature_driver.one({"m": "POST", "p": "/v1/items", "b": "{}"},
                                  env={"CONDUIT_VALIDATE_RESPONSES": "1"})
    assert got["status"] == 422 and "RESPONSE VALIDATION FAILED" not in err
    # ... and a status the operation does not declare is reported
    got, err = feature_driver.one({"m": "PUT", "p": "/v1/items/1", "b": "{}"},
                                  env={"CONDUIT_VALIDATE_RESPONSES": "1"})
    assert got["status"] == 422
    assert "RESPONSE VALIDATION FAILED: PutItem status 422 is not declared" in err


def test_response_validation_of_error_bodies_against_conduit_schema(conduit_driver):
    """The fake runtime writes problem+json; Conduit declares GenericErrorModel for 422, so
    debug mode flags it — the real app's error_body hook must produce {"errors":{"body":[..]}}."""
    got, err = conduit_driver.one({"m": "POST", "p": "/api/users", "b": '{"user":{}}'},
                                  env={"CONDUIT_VALIDATE_RESPONSES": "1"})
    assert got["status"] == 422
    assert "RESPONSE VALIDATION FAILED: CreateUser status 422" in err
    assert "/errors [type]" in err


def test_op_table_max_body_and_pool(feature_driver):
    import subprocess
    out = subprocess.run([feature_driver.exe, "--ops"], capture_output=True, text=True).stdout
    rows = {line.split()[0]: line.split() for line in out.splitlines()}
    assert rows["ListItems"][3] == "0"          # no request body
    assert rows["Formats"][3] != "0"
    assert int(rows["Tree"][3]) == 1 << 20      # recursive: unbounded → default cap
    # [integer] with maxItems 4: 2 + 4 * (32 + 1) bytes, +25% and 1 KiB whitespace slack, → KiB
    assert int(rows["Arrays"][3]) == 2048
    assert rows["Arrays"][4] == "0"


def test_missing_operations_listed(feature_driver):
    import subprocess
    out = subprocess.run([feature_driver.exe, "--missing"], capture_output=True, text=True).stdout
    assert out.split() == ["PatchItem"]  # every other operation has a handler


def test_all_missing_without_handlers(conduit_driver):
    import subprocess
    out = subprocess.run([conduit_driver.exe, "--missing"], capture_output=True, text=True).stdout
    assert "Login" in out.split() and len(out.split()) >= 19


def test_custom_messages(feature_driver):
    """x-conduit-messages replaces the message text per keyword (RealWorld's "can't be blank")."""
    out, _ = feature_driver.run([{"m": "POST", "p": "/v1/pets", "b": '{"name":"","age":1}'},
                                 {"m": "POST", "p": "/v1/pets", "b": '{"age":1}'},
                                 {"m": "POST", "p": "/v1/pets", "b": '{"name":"x","age":-1}'}])
    assert [e["message"] for e in out[0]["errors"]] == ["name can't be blank"]
    assert [e["message"] for e in out[1]["errors"]] == ["name can't be missing"]
    assert [e["message"] for e in out[2]["errors"]] == ["age must be >= 0"]
