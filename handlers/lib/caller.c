/* handlers/lib/caller.c — the authenticate hook and the caller's accessors (see caller.h). */
#include "caller.h"

#include <string.h>
#include <strings.h>

#include "auth.h"
#include "cards.h"
#include "db.h"
#include "secret.h"

/* The key's owner and whether its last use is worth recording: that costs a write, done at most
 * once a minute per key. */
static const cd_stmt caller__stmt_key =
    CD_STMT("caller_key", 1,
            "SELECT k.user_id, k.id,"
            " (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute')"
            " FROM api_keys k WHERE k.key_hash = decode($1, 'hex')");
static const cd_stmt caller__stmt_key_touch =
    CD_STMT("caller_key_touch", 1, "UPDATE api_keys SET last_used_at = now() WHERE id = $1");

/* Make user `id` the caller, authenticated by `scheme` (`token`: the JWT, or NULL). `iat` is a
 * JWT's issue second, refused when at or before the user's token cut-off; API keys pass -1: a
 * logout ends sessions, not keys. */
static int caller__adopt(cd_request *r, int64_t id, int64_t iat, const char *scheme,
                         const char *token, cd_principal *out)
{
    /* The caller's row, usually from the cache: a logout or password change bumps
     * tokens_valid_after, whose notification drops the cached card (cards.h). */
    cards_user card;
    int rc = cards_auth_user(r, id, &card);
    if (rc == CD_E_NOTFOUND || (rc == 0 && iat >= 0 && iat <= card.cutoff))
        return CD_E_UNAUTHORIZED; /* user deleted, or token revoked (logout, password change) */
    if (rc)
        return rc;
    caller_user *u = cd_arena_alloc(r->arena, sizeof *u);
    if (!u)
        return CD_E_NOMEM;
    *u = (caller_user){
        .id = card.id,
        .username = card.username,
        .email = card.email,
        .bio = card.bio,
        .image = card.image,
        .role = card.role,
        .banned = card.banned,
    };
    if (token && !(u->token = cd_arena_strdup(r->arena, token)))
        return CD_E_NOMEM;
    r->app = u;
    out->authenticated = true;
    out->user_id = u->id;
    out->username = u->username;
    out->role = u->role;
    out->scheme = scheme;
    out->token = u->token;
    return 0;
}

static int caller__token(cd_request *r, const char *credential, cd_principal *out)
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
    if (claims.sub < 1 || claims.sub > INT32_MAX || claims.iat < 0)
        return CD_E_UNAUTHORIZED;
    return caller__adopt(r, claims.sub, claims.iat, "Token", token, out);
}

static int caller__api_key(cd_request *r, const char *credential, cd_principal *out)
{
    size_t n = strlen(credential);
    if (n < 16 || n > 256)
        return CD_E_UNAUTHORIZED;
    const char *params[1] = {secret_sha256_hex(r, credential)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res;
    int rc = cd_db_query(r, &caller__stmt_key, params, &res);
    if (rc)
        return rc;
    if (PQntuples(res) != 1)
        return CD_E_UNAUTHORIZED;
    if (cd_db_bool(res, 0, 2)) {
        const char *kp[1] = {cd_db_str(res, 0, 1)};
        PGresult *ignored;
        if ((rc = cd_db_query(r, &caller__stmt_key_touch, kp, &ignored)))
            return rc;
    }
    return caller__adopt(r, cd_db_i64(res, 0, 0), -1, "ApiKey", NULL, out);
}

int caller_authenticate(cd_request *r, const char *scheme, const char *credential,
                        cd_principal *out)
{
    if (strcmp(scheme, "ApiKey") == 0)
        return caller__api_key(r, credential, out);
    return caller__token(r, credential, out);
}

const caller_user *caller_get(const cd_request *r)
{
    return r->principal.authenticated ? (const caller_user *)r->app : NULL;
}

const char *caller_viewer_param(cd_request *r)
{
    const caller_user *u = caller_get(r);
    return u ? cd_db_param_i64(r, u->id) : NULL;
}

int caller_require_writer(cd_request *r)
{
    const caller_user *u = caller_get(r);
    if (!u)
        return cd_req_fail(r, 401, "", "authentication required");
    if (u->banned)
        return cd_req_fail(r, 403, "", "your account is banned from writing");
    return 0;
}

int caller_require_admin(cd_request *r)
{
    const caller_user *u = caller_get(r);
    if (!u)
        return cd_req_fail(r, 401, "", "authentication required");
    if (strcmp(u->role, "admin") != 0)
        return cd_req_fail(r, 403, "", "admin role required");
    return 0;
}
