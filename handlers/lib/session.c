/* handlers/lib/session.c — access and refresh tokens for the account handlers (see session.h). */
#include "session.h"

#include <stdbool.h>
#include <time.h>

#include "secret.h"
#include "auth.h"
#include "config.h"
#include "db.h"

static const cd_stmt session__stmt_insert_refresh =
    CD_STMT("session_insert_refresh", 3,
            "INSERT INTO refresh_tokens (user_id, family, token_hash, expires_at)"
            " VALUES ($1, COALESCE($2::uuid, gen_random_uuid()), decode($3, 'hex'),"
            "         now() + interval '30 days')");

static const cd_stmt session__stmt_revoke_all =
    CD_STMT("session_revoke_all", 2,
            "WITH u AS (UPDATE users SET tokens_valid_after = to_timestamp($2) WHERE id = $1"
            "           RETURNING id)"
            " UPDATE refresh_tokens SET revoked_at = now()"
            "  WHERE user_id = (SELECT id FROM u) AND revoked_at IS NULL");

/* $2: also delete the API keys. Pending reset links die too: one mailed before the change must
 * not undo it. */
static const cd_stmt session__stmt_password_changed =
    CD_STMT("session_password_changed", 2,
            "WITH k AS (DELETE FROM api_keys WHERE user_id = $1 AND $2::boolean RETURNING id)"
            " UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL");

const char *session_cookie_attributes(void)
{
    const cd_config *c = cd_config_effective();
    return c && c->production ? "HttpOnly; SameSite=Strict; Secure" : "HttpOnly; SameSite=Strict";
}

int session_clear_cookie(cd_request *r)
{
    const char *cookie = cd_arena_printf(r->arena, "refresh_token=; Path=/api/users; Max-Age=0; %s",
                                         session_cookie_attributes());
    return cookie ? cd_req_add_header(r, "Set-Cookie", cookie) : CD_E_NOMEM;
}

int session_issue_refresh(cd_request *r, int64_t user_id, const char *family, const char **token)
{
    const char *secret = secret_random_token(r, 32);
    if (!secret)
        return CD_E_NOMEM;
    const char *params[3] = {cd_db_param_i64(r, user_id), family, secret_sha256_hex(r, secret)};
    if (!params[0] || !params[2])
        return CD_E_NOMEM;
    PGresult *res;
    int rc = cd_db_query(r, &session__stmt_insert_refresh, params, &res);
    if (rc)
        return rc;
    const char *cookie =
        cd_arena_printf(r->arena, "refresh_token=%s; Path=/api/users; Max-Age=%d; %s", secret,
                        SESSION_REFRESH_TTL_DAYS * 86400, session_cookie_attributes());
    if (!cookie)
        return CD_E_NOMEM;
    if ((rc = cd_req_add_header(r, "Set-Cookie", cookie)))
        return rc;
    *token = secret;
    return 0;
}

int session_fill_user(cd_request *r, api_User *out, int64_t id, const char *username,
                      const char *email, const char *bio, const char *image, int64_t cutoff)
{
    /* Token issue times are whole seconds (this server's clock, like the cut-off). */
    for (int i = 0; i < 12 && (int64_t)time(NULL) <= cutoff; i++) {
        struct timespec ts = {0, 100 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    if ((int64_t)time(NULL) <= cutoff)
        return CD_E_UNAVAILABLE; /* the clock went backwards: refuse rather than issue a dead token
                                  */
    const char *jwt;
    int rc = cd_jwt_issue(r->arena, id, username, &jwt);
    if (rc)
        return rc;
    out->email = email;
    out->token = jwt;
    out->username = username;
    out->bio = bio;
    out->image = image;
    return 0;
}

int session_revoke_all(cd_request *r, int64_t user_id, int64_t *cutoff)
{
    *cutoff = (int64_t)time(NULL);
    const char *params[2] = {cd_db_param_i64(r, user_id), cd_db_param_i64(r, *cutoff)};
    PGresult *res;
    return params[0] && params[1] ? cd_db_query(r, &session__stmt_revoke_all, params, &res)
                                  : CD_E_NOMEM;
}

int session_password_changed(cd_request *r, int64_t user_id, int64_t *cutoff)
{
    int rc = session_revoke_all(r, user_id, cutoff);
    if (rc)
        return rc;
    const cd_config *c = cd_config_effective();
    bool keys = !c || c->revoke_api_keys_on_password_change;
    const char *params[2] = {cd_db_param_i64(r, user_id), keys ? "true" : "false"};
    PGresult *res;
    return params[0] ? cd_db_query(r, &session__stmt_password_changed, params, &res) : CD_E_NOMEM;
}
