/* handlers/webhooks.c — the Webhooks tag: a user registers URLs to be called on their events.
 *
 * Deliveries are not made here: the triggers in db/migrations/002 write one outbox row per
 * subscribed webhook in the same transaction as the event (follow, comment, favorite), with
 * signature 'sha256=' || hex(HMAC-SHA256(payload, secret)); a worker outside this service sends
 * them. The secret is random (32 bytes, base64url), returned once by CreateWebhook and never
 * listed again; it is stored as is because signing needs it.
 * A user has at most WEBHOOKS__MAX webhooks, which keeps the unpaginated list bounded.
 * SSRF: a URL is accepted only if runtime/netguard.h allows its destination (every address a
 * name resolves to is public, unless CONDUIT_WEBHOOK_ALLOW_PRIVATE), so the delivery worker is
 * never handed an internal target; it checks the address it connects to again, because a name
 * can resolve differently later.
 */
#include <string.h>

#include "api_handlers.h"
#include "secret.h"
#include "appdb.h"
#include "caller.h"
#include "config.h"
#include "db.h"
#include "netguard.h"

#define WEBHOOKS__MAX 20

enum { W_ID, W_URL, W_EVENTS, W_CREATED };

/* events text[] column → the generated enum array (arena). */
static int webhooks__events(cd_request *r, const PGresult *res, int row, api_WebhookEvent **events,
                            size_t *count)
{
    const char **names = NULL;
    size_t n = 0;
    int rc = cd_db_text_array(r, res, row, W_EVENTS, &names, &n);
    if (rc < 0)
        return rc;
    api_WebhookEvent *ev = n ? cd_arena_calloc(r->arena, n, sizeof *ev) : NULL;
    if (n && !ev)
        return CD_E_NOMEM;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < sizeof api_WebhookEvent_names / sizeof *api_WebhookEvent_names &&
               strcmp(names[i], api_WebhookEvent_names[k]) != 0)
            k++;
        if (k == sizeof api_WebhookEvent_names / sizeof *api_WebhookEvent_names)
            return CD_E_INTERNAL; /* only CreateWebhook writes events, from the enum */
        ev[i] = (api_WebhookEvent)k;
    }
    *events = ev;
    *count = n;
    return 0;
}

/* clang-format off */
static const cd_stmt webhooks__stmt_list = CD_STMT(
    "webhooks_list", 1,
    "SELECT id, url, events, " APPDB_SQL_TS("created_at")
    "  FROM webhooks WHERE user_id = $1::integer ORDER BY id");
/* clang-format on */

/* GET /api/user/webhooks */
int handle_ListWebhooks(cd_request *r, const api_ListWebhooks_req *in, api_ListWebhooks_res *out)
{
    (void)in;
    const char *params[1] = {cd_db_param_i64(r, caller_get(r)->id)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_query(r, &webhooks__stmt_list, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    size_t n = (size_t)PQntuples(res);
    api_Webhook *hooks = n ? cd_arena_calloc(r->arena, n, sizeof *hooks) : NULL;
    if (n && !hooks)
        return CD_E_NOMEM;
    for (size_t i = 0; i < n; i++) {
        int row = (int)i;
        hooks[i].id = cd_db_i64(res, row, W_ID);
        hooks[i].url = cd_db_str(res, row, W_URL);
        hooks[i].createdAt = cd_db_str(res, row, W_CREATED);
        hooks[i].has_secret = API_ABSENT; /* shown once, at creation */
        rc = webhooks__events(r, res, row, &hooks[i].events, &hooks[i].events_count);
        if (rc < 0)
            return rc;
    }
    out->body_200.webhooks = hooks;
    out->body_200.webhooks_count = n;
    out->status = 200;
    return 0;
}

/* No row when the caller already has WEBHOOKS__MAX webhooks. Two concurrent creations can both
 * pass the count; the cap bounds the list, it is not an invariant anything depends on. */
#define WEBHOOKS__STR_(x) #x
#define WEBHOOKS__STR(x) WEBHOOKS__STR_(x)
/* clang-format off */
static const cd_stmt webhooks__stmt_create = CD_STMT(
    "webhooks_create", 4,
    "INSERT INTO webhooks (user_id, url, secret, events)"
    " SELECT $1::integer, $2::text, $3::text, $4::text[]"
    "  WHERE (SELECT count(*) FROM webhooks WHERE user_id = $1::integer) < " WEBHOOKS__STR(WEBHOOKS__MAX)
    " RETURNING id, url, events, " APPDB_SQL_TS("created_at"));
/* clang-format on */

/* 0 when url may be delivered to; otherwise answers 422 at /webhook/url saying why. */
static int webhooks__check_url(cd_request *r, const char *url)
{
    const cd_config *c = cd_config_effective();
    cd_netguard_policy p = {
        .allow_private = c && c->webhook_allow_private,
        .allow_http = !c || !c->production || c->webhook_allow_http,
    };
    char why[256];
    int rc = cd_netguard_check_url(url, &p, why, sizeof why);
    if (rc == CD_E_FORBIDDEN)
        return cd_req_fail(r, 422, "/webhook/url",
                           "refused: %s (webhooks may only call public "
                           "addresses)",
                           why);
    if (rc)
        return cd_req_fail(r, 422, "/webhook/url", "refused: %s", why);
    return 0;
}

/* POST /api/user/webhooks */
int handle_CreateWebhook(cd_request *r, const api_CreateWebhook_req *in, api_CreateWebhook_res *out)
{
    int rc = caller_require_writer(r);
    if (rc)
        return rc;
    const api_NewWebhookRequest_webhook *wh = &in->body.webhook;
    if ((rc = webhooks__check_url(r, wh->url)))
        return rc;
    const char **names =
        cd_arena_calloc(r->arena, wh->events_count ? wh->events_count : 1, sizeof *names);
    if (!names)
        return CD_E_NOMEM;
    for (size_t i = 0; i < wh->events_count; i++)
        names[i] = api_WebhookEvent_names[wh->events[i]];
    const char *secret = secret_random_token(r, 32);
    const char *params[4] = {
        cd_db_param_i64(r, caller_get(r)->id),
        wh->url,
        secret,
        cd_db_param_text_array(r, names, wh->events_count),
    };
    if (!params[0] || !secret || !params[3])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    rc = cd_db_begin(r);
    if (rc == 0)
        rc = cd_db_query(r, &webhooks__stmt_create, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 422, "webhook", "at most %d webhooks per user", WEBHOOKS__MAX);
    api_WebhookResponse_webhook *w = &out->body_201.webhook;
    w->id = cd_db_i64(res, 0, W_ID);
    w->url = cd_db_str(res, 0, W_URL);
    w->createdAt = cd_db_str(res, 0, W_CREATED);
    w->secret = secret;
    rc = webhooks__events(r, res, 0, &w->events, &w->events_count);
    if (rc == 0)
        rc = cd_db_commit(r);
    if (rc < 0)
        return appdb_error(r, rc);
    out->status = 201;
    return 0;
}

/* Pending outbox rows of the webhook go with it (ON DELETE CASCADE). */
/* clang-format off */
static const cd_stmt webhooks__stmt_delete = CD_STMT(
    "webhooks_delete", 2,
    "DELETE FROM webhooks WHERE id = $1::bigint AND user_id = $2::integer RETURNING id");
/* clang-format on */

/* DELETE /api/user/webhooks/{id} */
int handle_DeleteWebhook(cd_request *r, const api_DeleteWebhook_req *in, api_DeleteWebhook_res *out)
{
    const char *params[2] = {cd_db_param_i64(r, in->id), cd_db_param_i64(r, caller_get(r)->id)};
    if (!params[0] || !params[1])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_begin(r);
    if (rc == 0)
        rc = cd_db_query(r, &webhooks__stmt_delete, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 404, "id", "webhook not found");
    rc = cd_db_commit(r);
    if (rc < 0)
        return appdb_error(r, rc);
    out->status = 204;
    return 0;
}
