/* handlers/app.h — the Conduit application: hooks installed at start-up (error envelope,
 * authentication, rate limits) and the small helpers every handler file shares.
 *
 * Who is calling: the authenticate hook verifies the credential (JWT via `Token`/`Bearer`, or an
 * API key via X-API-Key), loads the caller's row (role, ban, token cut-off) and keeps it in
 * r->app; handlers ask app_caller()/app_require_*() instead of looking at tokens.
 */
#ifndef APP_H
#define APP_H

#include <stdbool.h>
#include <stdint.h>

#include "request.h"

/* Install cd_app hooks and per-operation hooks. Call after cd_api_install(), before serving. */
int app_init(void);

/* ---- the caller ---- */

typedef struct app_user {
    int64_t id;
    const char *username;
    const char *email;
    const char *bio;
    const char *image;
    const char *role; /* "user" | "moderator" | "admin" */
    bool banned;
    const char *token; /* the JWT the caller sent (NULL when authenticated by API key) */
} app_user;

/* The authenticated caller, or NULL for an anonymous request (optional-auth operations). */
const app_user *app_caller(const cd_request *r);
/* The caller's id as a SQL text parameter, or NULL (SQL NULL) when anonymous. */
const char *app_viewer_param(cd_request *r);
/* 0 when the caller may write; otherwise answers 403 (banned) and returns CD_E_RESPONDED. */
int app_require_writer(cd_request *r);
/* 0 when the caller is an admin; otherwise answers 403 and returns CD_E_RESPONDED. */
int app_require_admin(cd_request *r);

/* ---- errors from the database ---- */

/* Map a failed cd_db_* call (rc < 0) to the response: unique violations on known constraints
 * become 422 with a RealWorld message; everything else goes back to the runtime (503/500).
 * Returns what the handler should return. */
int app_db_error(cd_request *r, int rc);

/* SQL: the second up to which the user's tokens are revoked (see session.h). */
#define APP_SQL_CUTOFF(users) "floor(extract(epoch FROM " users ".tokens_valid_after))::bigint"

/* SQL: a timestamptz column as the API's ISO 8601 UTC timestamp with milliseconds. */
#define APP_SQL_TS(col) "to_char(" col " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"

/* Random URL-safe secret of `bytes` random bytes (base64url, no padding), arena-owned. */
const char *app_random_token(cd_request *r, size_t bytes);
/* Lower-case hex SHA-256 of s, arena-owned (for tokens stored hashed). */
const char *app_sha256_hex(cd_request *r, const char *s);

#endif
