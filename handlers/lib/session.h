/* handlers/lib/session.h — what login, register, refresh and password changes share: issuing an
 * access token (JWT) and a rotating refresh token, and the RealWorld `User` body. */
#ifndef SESSION_H
#define SESSION_H

#include <stdint.h>

#include "api_handlers.h"
#include "request.h"

/* Lifetime of a refresh token (the JWT's lifetime is the runtime's JWT_TTL setting). */
#define SESSION_REFRESH_TTL_DAYS 30

/* Issue a refresh token for user_id in `family` (NULL: a new family), store its SHA-256, and set
 * it as the HttpOnly refresh_token cookie. *token receives the secret (arena-owned). */
int session_issue_refresh(cd_request *r, int64_t user_id, const char *family, const char **token);

/* Fill a RealWorld User from a row (id, username, email, bio, image) and a fresh JWT.
 * `cutoff` is the user's revocation second (APPDB_SQL_CUTOFF): a token is valid only when issued
 * after it, so when the clock has not passed it yet (a revocation in this very second) this
 * waits for the next second — at most one second, and only right after a logout or password
 * change, because token issue times are whole seconds. */
int session_fill_user(cd_request *r, api_User *out, int64_t id, const char *username,
                      const char *email, const char *bio, const char *image, int64_t cutoff);

/* Revoke every refresh token and every access token issued up to this second for user_id (same
 * transaction as the caller's other writes, if one is open). *cutoff receives that second. */
int session_revoke_all(cd_request *r, int64_t user_id, int64_t *cutoff);

/* What a new password ends (call in the transaction that stores it): every access token and
 * refresh family as session_revoke_all, and the user's API keys unless
 * CONDUIT_REVOKE_API_KEYS_ON_PASSWORD_CHANGE is false — whoever learnt the old password may have
 * minted keys with it. Logout ends sessions only: keys belong to scripts, not to a browser.
 * Unused password-reset tokens are voided as well. */
int session_password_changed(cd_request *r, int64_t user_id, int64_t *cutoff);

/* Attributes of the refresh cookie: HttpOnly; SameSite=Strict, plus Secure in production mode.
 * The service speaks plain HTTP and has no notion of trusted proxies, so it cannot see whether
 * a client came over TLS: production mode is the promise that clients reach it over https (a
 * TLS-terminating proxy); development serves http://localhost, where Secure would be dropped. */
const char *session_cookie_attributes(void);
/* Set-Cookie that deletes the refresh cookie (same attributes). */
int session_clear_cookie(cd_request *r);

#endif
