"""GET /tags and the runtime endpoints every deployment relies on."""


def test_tags_is_a_list_of_strings(api):
    _, body = api.call("GetTags", expect=200)
    assert isinstance(body["tags"], list)
    assert all(isinstance(t, str) for t in body["tags"])


def test_tags_ignores_bad_auth(api):
    # RealWorld: /tags has no security requirement, so a bogus header must not matter.
    api.call("GetTags", headers={"Authorization": "Token not-a-jwt"}, expect=200)


def test_healthz_readyz_and_spec(api):
    assert api.raw("GET", "/healthz").status_code == 200
    assert api.raw("GET", "/readyz").status_code == 200
    spec = api.raw("GET", "/openapi.json")
    assert spec.status_code == 200
    assert spec.json()["openapi"].startswith("3.1")
    assert "/tags" in spec.json()["paths"]


def test_unknown_path_is_404_with_error_body(api):
    resp = api.raw("GET", "/api/no-such-thing")
    assert resp.status_code == 404
    assert resp.json()["errors"]["body"]


def test_wrong_method_is_405_with_allow(api):
    resp = api.raw("DELETE", "/api/tags")
    assert resp.status_code == 405
    assert "GET" in resp.headers["Allow"]
