/* handlers/lib/profile_view.h — a user's public profile as one viewer sees it (api_Profile), shared
 * by every handler that answers with a profile or an author: profiles, comments, articles, lists.
 *
 * `following` is always relative to the caller: false for anonymous viewers, and false for the
 * user's own profile (the follows table forbids following yourself). Two ways to use it:
 *   - profile_view_load() when the profile is the answer (one round trip, 404 names the user);
 *   - PROFILE_VIEW_COLS() inside your own SELECT + profile_view_from_row() to read it back, so a
 *     comment or article and its author come back in the same round trip.
 * Strings in a filled api_Profile are borrowed from the request's PGresult (valid until the
 * request completes).
 */
#ifndef PROFILE_VIEW_H
#define PROFILE_VIEW_H

#include <libpq-fe.h>
#include <stdint.h>

#include "api_handlers.h"

/* SQL: the PROFILE_VIEW_NCOLS columns (username, bio, image, following) of the users row aliased
 * `u`, as seen by the viewer in parameter `viewer` (e.g. "$1"; SQL NULL = anonymous → false).
 * Both arguments are string literals: PROFILE_VIEW_COLS("w", "$2"). */
// clang-format off
#define PROFILE_VIEW_COLS(u, viewer)                                                          \
    u ".username, " u ".bio, " u ".image, "                                                   \
    "EXISTS (SELECT 1 FROM follows pv_f WHERE pv_f.follower_id = " viewer "::int"             \
    " AND pv_f.followee_id = " u ".id)"
// clang-format on
#define PROFILE_VIEW_NCOLS 4

/* Fill *out from the PROFILE_VIEW_NCOLS columns of `res` starting at column `col`. */
void profile_view_from_row(const PGresult *res, int row, int col, api_Profile *out);

/* Load `username` as the caller sees it. 0 with *out filled (and *user_id, when not NULL, set to
 * the user's id); CD_E_RESPONDED after answering 404 naming the username; or the negative code
 * to return after a failed query (already passed through appdb_error). */
int profile_view_load(cd_request *r, const char *username, api_Profile *out, int64_t *user_id);

/* Answer 404 for a username with no user ("username: profile 'x' not found").
 * Returns CD_E_RESPONDED. */
int profile_view_not_found(cd_request *r, const char *username);

#endif
