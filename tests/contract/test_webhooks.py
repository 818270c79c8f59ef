"""Webhooks: GET/POST /user/webhooks, DELETE /user/webhooks/{id}, and the signed deliveries the
database writes to the outbox when a subscribed event happens."""
import hashlib
import hmac
import json

from conftest import TIMESTAMP, register
from dbutil import make_admin, psql

# Webhook URLs must name public destinations (names are resolved, and there may be no DNS where
# the tests run): a public address literal needs no resolver. Nothing is ever sent to it here.
PUBLIC = "93.184.215.14"
HOOK = {"url": f"https://{PUBLIC}/hooks/conduit", "events": ["comment", "favorite"]}


def create(api, user, expect=201, **webhook):
    _, body = api.call("CreateWebhook", token=user["token"],
                       json_body={"webhook": {**HOOK, **webhook}}, expect=expect)
    return body


def test_create_list_delete(api, user, unique):
    w = create(api, user)["webhook"]
    assert w["url"] == HOOK["url"] and w["events"] == HOOK["events"]
    assert isinstance(w["id"], int) and TIMESTAMP.match(w["createdAt"])
    assert isinstance(w["secret"], str) and len(w["secret"]) >= 32  # shown once
    w2 = create(api, user, url=f"http://{PUBLIC}:8080/{unique}", events=["follow"])["webhook"]
    assert w2["secret"] != w["secret"]

    _, body = api.call("ListWebhooks", token=user["token"], expect=200)
    listed = body["webhooks"]
    assert [x["id"] for x in listed] == [w["id"], w2["id"]]
    assert all("secret" not in x for x in listed)  # never listed again
    assert listed[0] == {k: w[k] for k in ("id", "url", "events", "createdAt")}

    resp, _ = api.call("DeleteWebhook", token=user["token"], id=w["id"], expect=204)
    assert resp.content == b""
    api.call("DeleteWebhook", token=user["token"], id=w["id"], expect=404)
    _, body = api.call("ListWebhooks", token=user["token"], expect=200)
    assert [x["id"] for x in body["webhooks"]] == [w2["id"]]


def test_webhooks_are_private(api, user, unique):
    w = create(api, user)["webhook"]
    other = register(api, f"other{unique}")
    _, body = api.call("ListWebhooks", token=other["token"], expect=200)
    assert body == {"webhooks": []}
    _, body = api.call("DeleteWebhook", token=other["token"], id=w["id"], expect=404)
    assert "webhook" in " ".join(body["errors"]["body"])
    _, body = api.call("ListWebhooks", token=user["token"], expect=200)
    assert [x["id"] for x in body["webhooks"]] == [w["id"]]  # still there


def test_webhook_errors(api, user):
    api.call("ListWebhooks", expect=401)
    api.call("CreateWebhook", json_body={"webhook": HOOK}, expect=401)
    api.call("DeleteWebhook", id=1, expect=401)
    for bad in ({"url": "ftp://example.com/x"}, {"url": "not a url"},
                {"url": "https://example.com/" + "x" * 2048}, {"events": []},
                {"events": ["follow", "follow"]}, {"events": ["deploy"]},
                {"events": ["follow", "comment", "favorite", "follow"]}, {"secret": "mine"}):
        _, body = api.call("CreateWebhook", token=user["token"],
                           json_body={"webhook": {**HOOK, **bad}}, expect=422)
        assert body["errors"]["body"]
    api.call("CreateWebhook", token=user["token"], json_body={"webhook": {"url": HOOK["url"]}},
             expect=422)
    api.call("CreateWebhook", token=user["token"], data="{nope", expect=400)
    api.call("DeleteWebhook", token=user["token"], id="abc", expect=422)
    api.call("DeleteWebhook", token=user["token"], id=0, expect=422)
    api.call("DeleteWebhook", token=user["token"], id=2**31 - 1, expect=404)
    api.call("DeleteWebhook", token=user["token"], id=2**62, expect=422)  # beyond int32


def test_internal_destinations_are_refused(api, user):
    """SSRF: loopback, metadata and private targets are 422 at webhook/url, saying why."""
    for url, why in [("http://127.0.0.1/", "loopback"), ("http://2130706433/", "loopback"),
                     ("http://[::1]/", "loopback"), ("http://169.254.169.254/latest", "metadata"),
                     ("http://10.0.0.1/", "private"), ("https://nowhere.invalid/", "resolve"),
                     ("https://u:p@93.184.215.14/", "credentials")]:
        _, body = api.call("CreateWebhook", token=user["token"],
                           json_body={"webhook": {**HOOK, "url": url}}, expect=422)
        msg = " ".join(body["errors"]["body"])
        assert msg.startswith("webhook/url") and why in msg, (url, msg)
    _, body = api.call("ListWebhooks", token=user["token"], expect=200)
    assert body == {"webhooks": []}


def test_at_most_20_webhooks_per_user(api, user):
    ids = [create(api, user)["webhook"]["id"] for _ in range(20)]
    _, body = api.call("CreateWebhook", token=user["token"], json_body={"webhook": HOOK},
                       expect=422)
    assert "20" in " ".join(body["errors"]["body"])
    api.call("DeleteWebhook", token=user["token"], id=ids[0], expect=204)
    create(api, user)


def test_banned_user_cannot_create_webhooks(api, user, unique):
    admin = make_admin(api, f"hookadmin{unique}")
    api.call("AdminUpdateUser", token=admin["token"], username=user["username"],
             json_body={"user": {"banned": True}}, expect=200)
    create(api, user, expect=403)


def test_follow_writes_a_signed_delivery_to_the_outbox(api, user, unique):
    """The trigger signs the payload with the webhook's secret: verify it as a receiver would."""
    hook = create(api, user, url=f"https://{PUBLIC}/{unique}", events=["follow"])["webhook"]
    muted = create(api, user, events=["comment"])["webhook"]  # not subscribed to follows
    fan = register(api, f"fan{unique}")
    api.call("FollowUserByUsername", token=fan["token"], username=user["username"], expect=200)
    api.call("FollowUserByUsername", token=fan["token"], username=user["username"],
             expect=200)  # idempotent: no second event

    rows = psql("SELECT webhook_id, kind, topic, recipient, payload, signature FROM outbox "
                "WHERE webhook_id IN (:'a', :'b') ORDER BY id", a=hook["id"], b=muted["id"])
    assert len(rows) == 1, rows
    webhook_id, kind, topic, recipient, payload, signature = rows[0]
    assert (int(webhook_id), kind, topic, recipient) == (hook["id"], "webhook", "follow",
                                                         hook["url"])
    expected = "sha256=" + hmac.new(hook["secret"].encode(), payload.encode(),
                                    hashlib.sha256).hexdigest()
    assert hmac.compare_digest(signature, expected)
    event = json.loads(payload)
    assert event["event"] == "follow" and event["actor"] == fan["username"]
    assert event["article"] is None and event["commentId"] is None
    assert TIMESTAMP.match(event["createdAt"])
    # a forged payload does not verify
    forged = hmac.new(hook["secret"].encode(), payload.replace(fan["username"], "mallory").encode(),
                      hashlib.sha256).hexdigest()
    assert signature != "sha256=" + forged
