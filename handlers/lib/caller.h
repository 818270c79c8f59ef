/* handlers/lib/caller.h — who is calling: the authenticate hook and what handlers ask about the
 * caller.
 *
 * The hook verifies the credential (a JWT via `Token`/`Bearer` in Authorization, or an API key
 * secret in X-API-Key), loads the caller's user card (cards.h: usually from the cache) and keeps
 * it in r->app; handlers ask caller_get()/caller_require_*() instead of looking at tokens. A
 * deleted user, or a token issued before the user's tokens_valid_after (logout, password
 * change), is refused.
 */
#ifndef CALLER_H
#define CALLER_H

#include <stdbool.h>
#include <stdint.h>

#include "api.h"
#include "request.h"

typedef struct caller_user {
    int64_t id;
    const char *username;
    const char *email;
    const char *bio;
    const char *image;
    const char *role; /* "user" | "moderator" | "admin" */
    bool banned;
    const char *token; /* the JWT the caller sent (NULL when authenticated by API key) */
} caller_user;

/* The cd_app.authenticate hook (installed by app_init). */
int caller_authenticate(cd_request *r, const char *scheme, const char *credential,
                        cd_principal *out);

/* The authenticated caller, or NULL for an anonymous request (optional-auth operations). */
const caller_user *caller_get(const cd_request *r);
/* The caller's id as a SQL text parameter, or NULL (SQL NULL) when anonymous. */
const char *caller_viewer_param(cd_request *r);
/* 0 when the caller may write; otherwise answers 401/403 (banned) and returns CD_E_RESPONDED. */
int caller_require_writer(cd_request *r);
/* 0 when the caller is an admin; otherwise answers 401/403 and returns CD_E_RESPONDED. */
int caller_require_admin(cd_request *r);

#endif
