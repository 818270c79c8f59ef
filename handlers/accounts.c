/* handlers/accounts.c — sessions (refresh, logout), password change and reset, API keys.
 *
 * Secrets handed to clients (refresh tokens, reset tokens, API keys) are random 256-bit values;
 * the database keeps only their SHA-256, so a leaked table grants nothing. Refresh tokens rotate:
 * each works once, and presenting one that was already rotated revokes its whole family — the
 * standard defence when a refresh token is stolen and used by two parties.
 */
#include <string.h>

#include "api_handlers.h"
#include "secret.h"
#include "appdb.h"
#include "caller.h"
#include "auth.h"
#include "db.h"
#include "session.h"

/* ---------------------------------------------------------------- sessions */

// clang-format off
static const cd_stmt accounts__stmt_refresh_find = CD_STMT(
    "accounts_refresh_find", 1,
    "SELECT t.id, t.user_id, t.family, t.revoked_at IS NOT NULL, t.expires_at < now(),"
    "       u.username, u.email, u.bio, u.image, " APPDB_SQL_CUTOFF("u")
    "  FROM refresh_tokens t JOIN users u ON u.id = t.user_id"
    " WHERE t.token_hash = decode($1, 'hex')");
// clang-format on

/* Rotation claims the token atomically: of two concurrent uses only one gets a row back. */
static const cd_stmt accounts__stmt_refresh_rotate =
    CD_STMT("accounts_refresh_rotate", 1,
            "UPDATE refresh_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL"
            " RETURNING id");

static const cd_stmt accounts__stmt_refresh_revoke_family = CD_STMT(
    "accounts_refresh_revoke_family", 1,
    "UPDATE refresh_tokens SET revoked_at = now() WHERE family = $1 AND revoked_at IS NULL");

int handle_RefreshSession(cd_request *r, const api_RefreshSession_req *in,
                          api_RefreshSession_res *out)
{
    const char *token = NULL;
    if (in->has_body == API_VALUE && in->body.has_refreshToken == API_VALUE)
        token = in->body.refreshToken;
    else if (in->has_refresh_token == API_VALUE)
        token = in->refresh_token;
    if (!token)
        return cd_req_fail(r, 401, "refreshToken", "a refresh token is required");
    const char *params[1] = {secret_sha256_hex(r, token)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res;
    int rc = cd_db_query(r, &accounts__stmt_refresh_find, params, &res);
    if (rc)
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 401, "refreshToken", "refresh token is invalid");
    const char *family = cd_db_str(res, 0, 2);
    if (cd_db_bool(res, 0, 4))
        return cd_req_fail(r, 401, "refreshToken", "refresh token has expired");
    PGresult *rot;
    const char *id[1] = {cd_db_str(res, 0, 0)};
    if ((rc = cd_db_begin(r)))
        return appdb_error(r, rc);
    if (!cd_db_bool(res, 0, 3)) {
        if ((rc = cd_db_query(r, &accounts__stmt_refresh_rotate, id, &rot)))
            return appdb_error(r, rc);
    }
    if (cd_db_bool(res, 0, 3) || PQntuples(rot) != 1) {
        /* Reuse of a rotated token: someone else holds a copy. End the whole session. */
        const char *fam[1] = {family};
        PGresult *ignored;
        if ((rc = cd_db_query(r, &accounts__stmt_refresh_revoke_family, fam, &ignored)) ||
            (rc = cd_db_commit(r)))
            return appdb_error(r, rc);
        return cd_req_fail(r, 401, "refreshToken",
                           "refresh token was already used; session revoked");
    }
    int64_t user_id = cd_db_i64(res, 0, 1);
    const char *next;
    if ((rc = session_issue_refresh(r, user_id, family, &next)) || (rc = cd_db_commit(r)))
        return appdb_error(r, rc);
    api_Session *s = &out->body_200;
    if ((rc = session_fill_user(r, &s->user, user_id, cd_db_str(res, 0, 5), cd_db_str(res, 0, 6),
                                cd_db_str(res, 0, 7), cd_db_str(res, 0, 8), cd_db_i64(res, 0, 9))))
        return rc;
    s->refreshToken = next;
    out->status = 200;
    return 0;
}

int handle_Logout(cd_request *r, const api_Logout_req *in, api_Logout_res *out)
{
    (void)in;
    int64_t cutoff;
    int rc = session_revoke_all(r, caller_get(r)->id, &cutoff);
    if (rc)
        return appdb_error(r, rc);
    if ((rc = session_clear_cookie(r)))
        return rc;
    out->status = 204;
    return 0;
}

/* ---------------------------------------------------------------- passwords */

static const cd_stmt accounts__stmt_password_of =
    CD_STMT("accounts_password_of", 1,
            "SELECT id, username, email, bio, image, password_hash FROM users WHERE id = $1");

static const cd_stmt accounts__stmt_set_password =
    CD_STMT("accounts_set_password", 2,
            "UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1"
            " RETURNING id, username, email, bio, image");

static int accounts__set_password_and_answer(cd_request *r, int64_t user_id, const char *password,
                                             api_User *user)
{
    const char *hash;
    int rc = cd_password_hash(r->arena, password, &hash);
    if (rc)
        return rc;
    const char *params[2] = {cd_db_param_i64(r, user_id), hash};
    PGresult *res;
    int64_t cutoff;
    if ((rc = cd_db_begin(r)) ||
        (rc = cd_db_query(r, &accounts__stmt_set_password, params, &res)) ||
        (rc = session_password_changed(r, user_id, &cutoff)) || (rc = cd_db_commit(r)))
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 404, "", "user no longer exists");
    /* Issued after the revocation second, so it stays valid while older ones do not. */
    return session_fill_user(r, user, user_id, cd_db_str(res, 0, 1), cd_db_str(res, 0, 2),
                             cd_db_str(res, 0, 3), cd_db_str(res, 0, 4), cutoff);
}

int handle_ChangePassword(cd_request *r, const api_ChangePassword_req *in,
                          api_ChangePassword_res *out)
{
    const caller_user *me = caller_get(r);
    const char *params[1] = {cd_db_param_i64(r, me->id)};
    PGresult *res;
    int rc = cd_db_query(r, &accounts__stmt_password_of, params, &res);
    if (rc)
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 401, "", "user no longer exists");
    if (cd_password_verify(in->body.user.currentPassword, cd_db_str(res, 0, 5), NULL))
        return cd_req_fail(r, 403, "user/currentPassword", "current password is incorrect");
    if ((rc = accounts__set_password_and_answer(r, me->id, in->body.user.newPassword,
                                                &out->body_200.user)))
        return rc;
    out->status = 200;
    return 0;
}

/* One statement: the reset row and the e-mail in the outbox commit together, or not at all. */
static const cd_stmt accounts__stmt_reset_request =
    CD_STMT("accounts_reset_request", 3,
            "WITH u AS (SELECT id, email FROM users WHERE lower(email) = lower($1)),"
            "     pr AS (INSERT INTO password_resets (user_id, token_hash, expires_at)"
            "            SELECT id, decode($2, 'hex'), now() + interval '1 hour' FROM u"
            "            RETURNING user_id)"
            " INSERT INTO outbox (kind, topic, recipient, payload)"
            " SELECT 'email', 'password_reset', u.email,"
            "        json_build_object('email', u.email, 'token', $3::text)::text"
            "   FROM u JOIN pr ON pr.user_id = u.id");

int handle_RequestPasswordReset(cd_request *r, const api_RequestPasswordReset_req *in,
                                api_RequestPasswordReset_res *out)
{
    const char *token = secret_random_token(r, 32);
    const char *params[3] = {in->body.user.email, token ? secret_sha256_hex(r, token) : NULL,
                             token};
    if (!params[1])
        return CD_E_NOMEM;
    PGresult *res;
    int rc = cd_db_query(r, &accounts__stmt_reset_request, params, &res);
    if (rc)
        return appdb_error(r, rc);
    /* 202 whether or not the address is known: the endpoint must not reveal accounts. */
    out->status = 202;
    return 0;
}

static const cd_stmt accounts__stmt_reset_use =
    CD_STMT("accounts_reset_use", 1,
            "UPDATE password_resets SET used_at = now()"
            " WHERE token_hash = decode($1, 'hex') AND used_at IS NULL AND expires_at > now()"
            " RETURNING user_id");

int handle_ConfirmPasswordReset(cd_request *r, const api_ConfirmPasswordReset_req *in,
                                api_ConfirmPasswordReset_res *out)
{
    const char *params[1] = {secret_sha256_hex(r, in->body.user.token)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res;
    int rc = cd_db_query(r, &accounts__stmt_reset_use, params, &res);
    if (rc)
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 422, "user/token", "reset token is invalid, used or expired");
    if ((rc = accounts__set_password_and_answer(r, cd_db_i64(res, 0, 0), in->body.user.newPassword,
                                                &out->body_200.user)))
        return rc;
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- API keys */

#define ACCOUNTS__KEY_COLUMNS                                                                      \
    "id, name, prefix, " APPDB_SQL_TS("created_at") ", " APPDB_SQL_TS("last_used_at")

static const cd_stmt accounts__stmt_keys_list =
    CD_STMT("accounts_keys_list", 1,
            "SELECT " ACCOUNTS__KEY_COLUMNS " FROM api_keys WHERE user_id = $1 ORDER BY id");

static const cd_stmt accounts__stmt_key_insert = CD_STMT(
    "accounts_key_insert", 4,
    "INSERT INTO api_keys (user_id, name, prefix, key_hash) VALUES ($1, $2, $3, decode($4, 'hex'))"
    " RETURNING " ACCOUNTS__KEY_COLUMNS);

static const cd_stmt accounts__stmt_key_delete = CD_STMT(
    "accounts_key_delete", 2, "DELETE FROM api_keys WHERE id = $1 AND user_id = $2 RETURNING id");

int handle_ListApiKeys(cd_request *r, const api_ListApiKeys_req *in, api_ListApiKeys_res *out)
{
    (void)in;
    const char *params[1] = {cd_db_param_i64(r, caller_get(r)->id)};
    PGresult *res;
    int rc = cd_db_query(r, &accounts__stmt_keys_list, params, &res);
    if (rc)
        return appdb_error(r, rc);
    int n = PQntuples(res);
    api_ApiKey *keys = cd_arena_calloc(r->arena, (size_t)n + 1, sizeof *keys);
    if (!keys)
        return CD_E_NOMEM;
    for (int i = 0; i < n; i++) {
        keys[i].id = cd_db_i64(res, i, 0);
        keys[i].name = cd_db_str(res, i, 1);
        keys[i].prefix = cd_db_str(res, i, 2);
        keys[i].createdAt = cd_db_str(res, i, 3);
        keys[i].has_lastUsedAt = PQgetisnull(res, i, 4) ? API_NULL : API_VALUE;
        keys[i].lastUsedAt = cd_db_text(res, i, 4);
        keys[i].has_secret = API_ABSENT; /* shown once, at creation */
    }
    out->body_200.apiKeys = keys;
    out->body_200.apiKeys_count = (size_t)n;
    out->status = 200;
    return 0;
}

int handle_CreateApiKey(cd_request *r, const api_CreateApiKey_req *in, api_CreateApiKey_res *out)
{
    int rc = caller_require_writer(r);
    if (rc)
        return rc;
    const char *random = secret_random_token(r, 32);
    const char *secret = random ? cd_arena_printf(r->arena, "cdk_%s", random) : NULL;
    if (!secret)
        return CD_E_NOMEM;
    const char *params[4] = {cd_db_param_i64(r, caller_get(r)->id), in->body.apiKey.name,
                             cd_arena_strndup(r->arena, secret, 12), secret_sha256_hex(r, secret)};
    if (!params[2] || !params[3])
        return CD_E_NOMEM;
    PGresult *res;
    if ((rc = cd_db_query(r, &accounts__stmt_key_insert, params, &res)))
        return appdb_error(r, rc);
    api_ApiKeyResponse_apiKey *k = &out->body_201.apiKey;
    k->id = cd_db_i64(res, 0, 0);
    k->name = cd_db_str(res, 0, 1);
    k->prefix = cd_db_str(res, 0, 2);
    k->createdAt = cd_db_str(res, 0, 3);
    k->has_lastUsedAt = API_NULL;
    k->secret = secret;
    out->status = 201;
    return 0;
}

int handle_DeleteApiKey(cd_request *r, const api_DeleteApiKey_req *in, api_DeleteApiKey_res *out)
{
    const char *params[2] = {cd_db_param_i64(r, in->id), cd_db_param_i64(r, caller_get(r)->id)};
    PGresult *res;
    int rc = cd_db_query(r, &accounts__stmt_key_delete, params, &res);
    if (rc)
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 404, "id", "API key %lld not found", (long long)in->id);
    out->status = 204;
    return 0;
}
