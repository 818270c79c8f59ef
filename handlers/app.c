/* handlers/app.c — Conduit's application hooks and shared handler helpers (see app.h).
 *
 * Errors: every error response is RealWorld's {"errors":{"body":["..."]}}; a validation error's
 * message is prefixed with the field it is about (from the JSON pointer the validators report).
 * Auth: the `Token` scheme carries "Token <jwt>" (RealWorld) or "Bearer <jwt>" in Authorization;
 * the `ApiKey` scheme an API key secret in X-API-Key. Either way the caller's row is loaded once
 * per request: a deleted user, or a token issued before the user's tokens_valid_after (logout,
 * password change), is refused.
 */
#include "app.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api.h"
#include "auth.h"
#include "cards.h"
#include "db.h"
#include "jsonw.h"
#include "ratelimit.h"

/* ---------------------------------------------------------------- error envelope */

static int app__default_error_code(int status)
{
    switch (status) {
    case 401:
        return CD_E_UNAUTHORIZED;
    case 403:
        return CD_E_FORBIDDEN;
    case 404:
        return CD_E_NOTFOUND;
    case 409:
        return CD_E_CONFLICT;
    case 413:
        return CD_E_TOOLARGE;
    case 501:
        return CD_E_NOTIMPL;
    default:
        return status >= 500 ? CD_E_UNAVAILABLE : CD_E_INVALID;
    }
}

static void app__error_body(cd_request *r, int status, const cd_verrors *errs)
{
    cd_jsonw w;
    cd_jsonw_init(&w, r->arena, 256);
    cd_jsonw_lit(&w, "{\"errors\":{\"body\":[");
    size_t n = errs ? errs->n : 0;
    for (size_t i = 0; i < n; i++) {
        const cd_verror *e = &errs->v[i];
        if (i)
            cd_jsonw_char(&w, ',');
        const char *ptr = e->pointer ? e->pointer : "";
        while (*ptr == '/')
            ptr++;
        const char *msg = *ptr ? cd_arena_printf(r->arena, "%s: %s", ptr, e->message) : NULL;
        cd_jsonw_str(&w, msg ? msg : e->message);
    }
    if (n == 0)
        cd_jsonw_str(&w, status == 429   ? "too many requests, retry later"
                         : status == 405 ? "method not allowed"
                                         : cd_error_message(app__default_error_code(status)));
    cd_jsonw_lit(&w, "]}}");
    size_t len = 0;
    const char *body = cd_jsonw_finish(&w, &len);
    if (!body) {
        body = "{\"errors\":{\"body\":[\"out of memory\"]}}";
        len = strlen(body);
    }
    r->status = status;
    r->res_body = body;
    r->res_len = len;
    r->res_type = "application/json";
}

/* ---------------------------------------------------------------- the caller */

static const cd_stmt app__user_by_key = CD_STMT(
    "app_user_by_key", 1,
    "SELECT u.id, u.username, u.email, u.bio, u.image, u.role, u.banned, 0::bigint,"
    " k.id, (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute')"
    " FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.key_hash = decode($1, 'hex')");

/* Recording last use costs a write: done at most once a minute per key. */
static const cd_stmt app__key_touch =
    CD_STMT("app_key_touch", 1, "UPDATE api_keys SET last_used_at = now() WHERE id = $1");

static int app__load_user(cd_request *r, const PGresult *res, app_user **out)
{
    app_user *u = cd_arena_alloc(r->arena, sizeof *u);
    if (!u)
        return CD_E_NOMEM;
    u->id = cd_db_i64(res, 0, 0);
    u->username = cd_db_str(res, 0, 1);
    u->email = cd_db_str(res, 0, 2);
    u->bio = cd_db_str(res, 0, 3);
    u->image = cd_db_str(res, 0, 4);
    u->role = cd_db_str(res, 0, 5);
    u->banned = cd_db_bool(res, 0, 6);
    *out = u;
    return 0;
}

static int app__auth_token(cd_request *r, const char *credential, cd_principal *out)
{
    const char *sp = strchr(credential, ' ');
    if (!sp)
        return CD_E_UNAUTHORIZED;
    size_t kind = (size_t)(sp - credential);
    if (!((kind == 5 && strncasecmp(credential, "Token", 5) == 0) ||
          (kind == 6 && strncasecmp(credential, "Bearer", 6) == 0)))
        return CD_E_UNAUTHORIZED;
    const char *token = sp + 1;
    while (*token == ' ')
        token++;
    cd_jwt_claims claims;
    if (cd_jwt_verify(r->arena, token, &claims))
        return CD_E_UNAUTHORIZED;
    /* users.id is a PostgreSQL integer: a correctly signed sub beyond it names nobody, and
     * must not reach a query as an out-of-range parameter (a database error, 500). */
    if (claims.sub < 1 || claims.sub > INT32_MAX)
        return CD_E_UNAUTHORIZED;

    /* The caller's row, usually from the cache: a logout or password change bumps
     * tokens_valid_after, whose notification drops the cached card (cards.h). */
    cards_user card;
    int rc = cards_auth_user(r, claims.sub, &card);
    if (rc == CD_E_NOTFOUND || (rc == 0 && claims.iat <= card.cutoff))
        return CD_E_UNAUTHORIZED; /* user deleted, or token revoked (logout, password change) */
    if (rc)
        return rc;
    app_user *u = cd_arena_alloc(r->arena, sizeof *u);
    if (!u)
        return CD_E_NOMEM;
    *u = (app_user){
        .id = card.id,
        .username = card.username,
        .email = card.email,
        .bio = card.bio,
        .image = card.image,
        .role = card.role,
        .banned = card.banned,
    };
    u->token = cd_arena_strdup(r->arena, token);
    r->app = u;
    out->authenticated = true;
    out->user_id = u->id;
    out->username = u->username;
    out->role = u->role;
    out->scheme = "Token";
    out->token = u->token;
    return u->token ? 0 : CD_E_NOMEM;
}

static int app__auth_api_key(cd_request *r, const char *credential, cd_principal *out)
{
    size_t n = strlen(credential);
    if (n < 16 || n > 256)
        return CD_E_UNAUTHORIZED;
    const char *params[1] = {app_sha256_hex(r, credential)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res;
    int rc = cd_db_query(r, &app__user_by_key, params, &res);
    if (rc)
        return rc;
    if (PQntuples(res) != 1)
        return CD_E_UNAUTHORIZED;
    app_user *u;
    if ((rc = app__load_user(r, res, &u)))
        return rc;
    if (cd_db_bool(res, 0, 9)) {
        const char *kp[1] = {cd_db_str(res, 0, 8)};
        PGresult *ignored;
        if ((rc = cd_db_query(r, &app__key_touch, kp, &ignored)))
            return rc;
    }
    r->app = u;
    out->authenticated = true;
    out->user_id = u->id;
    out->username = u->username;
    out->role = u->role;
    out->scheme = "ApiKey";
    out->token = NULL;
    return 0;
}

static int app__authenticate(cd_request *r, const char *scheme, const char *credential,
                             cd_principal *out)
{
    if (strcmp(scheme, "ApiKey") == 0)
        return app__auth_api_key(r, credential, out);
    return app__auth_token(r, credential, out);
}

const app_user *app_caller(const cd_request *r)
{
    return r->principal.authenticated ? (const app_user *)r->app : NULL;
}

const char *app_viewer_param(cd_request *r)
{
    const app_user *u = app_caller(r);
    return u ? cd_db_param_i64(r, u->id) : NULL;
}

int app_require_writer(cd_request *r)
{
    const app_user *u = app_caller(r);
    if (!u)
        return cd_req_fail(r, 401, "", "authentication required");
    if (u->banned)
        return cd_req_fail(r, 403, "", "your account is banned from writing");
    return 0;
}

int app_require_admin(cd_request *r)
{
    const app_user *u = app_caller(r);
    if (!u)
        return cd_req_fail(r, 401, "", "authentication required");
    if (strcmp(u->role, "admin") != 0)
        return cd_req_fail(r, 403, "", "admin role required");
    return 0;
}

/* ---------------------------------------------------------------- errors from the database */

int app_db_error(cd_request *r, int rc)
{
    if (rc != CD_E_DB)
        return rc;
    const char *state = cd_db_sqlstate(r);
    const char *constraint = cd_db_constraint(r);
    if (strcmp(state, "23505") == 0) {
        if (strcmp(constraint, "users_email_key") == 0)
            return cd_req_fail(r, 422, "/user/email", "email has already been taken");
        if (strcmp(constraint, "users_username_key") == 0)
            return cd_req_fail(r, 422, "/user/username", "username has already been taken");
        return cd_req_fail(r, 409, "", "conflict with an existing resource");
    }
    if (strcmp(state, "23503") == 0) /* the row referred to went away concurrently */
        return cd_req_fail(r, 404, "", "the resource no longer exists");
    return rc;
}

/* ---------------------------------------------------------------- secrets */

const char *app_random_token(cd_request *r, size_t bytes)
{
    unsigned char raw[64];
    if (bytes == 0 || bytes > sizeof raw || RAND_bytes(raw, (int)bytes) != 1)
        return NULL;
    char *out = cd_arena_alloc(r->arena, bytes * 2 + 4);
    if (!out)
        return NULL;
    cd_b64_encode(raw, bytes, out, 1);
    return out;
}

const char *app_sha256_hex(cd_request *r, const char *s)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (EVP_Digest(s, strlen(s), md, &mdlen, EVP_sha256(), NULL) != 1)
        return NULL;
    static const char hex[] = "0123456789abcdef";
    char *out = cd_arena_alloc(r->arena, mdlen * 2 + 1);
    if (!out)
        return NULL;
    for (unsigned int i = 0; i < mdlen; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[mdlen * 2] = '\0';
    return out;
}

/* ---------------------------------------------------------------- start-up */

int app_init(void)
{
    cd_app.error_body = app__error_body;
    cd_app.authenticate = app__authenticate;
    return app_ratelimit_init();
}
