/* handlers/app.h — the Conduit application: hooks installed at start-up (error envelope,
 * authentication, rate limits) and the small helpers every handler file shares.
 *
 * Who is calling: the authenticate hook verifies the credential (JWT via `Token`/`Bearer`, or an
 * API key via X-API-Key), loads the caller's row (role, ban, token cut-off) and keeps it in
 * r->app; handlers ask app_caller()/app_require_*() instead of looking at tokens.
 */
#ifndef APP_H
#define APP_H

#include <libpq-fe.h>
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

/* ---- parameters and results ---- */

/* Decimal text of v in the request arena (for cd_db_query params). NULL on out of memory. */
const char *app_i64(cd_request *r, int64_t v);
/* Column as int64 / bool ("t") / string (NULL → ""). */
int64_t app_col_i64(const PGresult *res, int row, int col);
bool app_col_bool(const PGresult *res, int row, int col);
const char *app_col_str(const PGresult *res, int row, int col);
/* Parse a PostgreSQL text[] column ({a,"b c"}) into an arena array of strings.
 * 0, or CD_E_NOMEM / CD_E_INTERNAL (malformed). NULL column → empty array. */
int app_col_text_array(cd_request *r, const PGresult *res, int row, int col, const char ***items,
                       size_t *count);
/* The same for a text[] literal already in hand (e.g. from a cached row). */
int app_text_array_parse(cd_request *r, const char *literal, const char ***items, size_t *count);
/* A PostgreSQL text[] literal for items (arena-owned), to pass as one $n::text[] parameter. */
const char *app_text_array_param(cd_request *r, const char *const *items, size_t count);

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
