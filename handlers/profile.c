/* handlers/profile.c — the Profile tag: profiles by username, follow/unfollow, and the paginated
 * followers/following lists.
 *
 * Every operation is one statement (one round trip, and for writes its own transaction, so the
 * follows trigger that writes the followee's notification and webhook outbox rows commits or
 * rolls back with the follow itself). Follow and unfollow are idempotent: following twice or
 * unfollowing someone you do not follow answers the same profile.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "api_handlers.h"
#include "appdb.h"
#include "caller.h"
#include "db.h"
#include "paging.h"
#include "profile_view.h"

/* ---------------------------------------------------------------- GET /profiles/{username} */

int handle_GetProfileByUsername(cd_request *r, const api_GetProfileByUsername_req *in,
                                api_GetProfileByUsername_res *out)
{
    int rc = profile_view_load(r, in->username, &out->body_200.profile, NULL);
    if (rc < 0)
        return rc;
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- follow / unfollow */

/* $1 caller id, $2 username. Rows: none → no such user; else the followee (id, profile columns
 * without `following`). The insert skips yourself so the CHECK never fires; the caller answers
 * 422 for that case. */
// clang-format off
static const cd_stmt profile__stmt_follow = CD_STMT(
    "profile_follow", 2,
    "WITH t AS (SELECT id, username, bio, image FROM users WHERE username = $2), "
    "ins AS (INSERT INTO follows (follower_id, followee_id) "
    "        SELECT $1::int, t.id FROM t WHERE t.id <> $1::int "
    "        ON CONFLICT DO NOTHING) "
    "SELECT t.id, t.username, t.bio, t.image FROM t");
// clang-format on

/* $1 caller id, $2 username. Same rows as profile_follow. */
// clang-format off
static const cd_stmt profile__stmt_unfollow = CD_STMT(
    "profile_unfollow", 2,
    "WITH t AS (SELECT id, username, bio, image FROM users WHERE username = $2), "
    "del AS (DELETE FROM follows f USING t "
    "        WHERE f.follower_id = $1::int AND f.followee_id = t.id) "
    "SELECT t.id, t.username, t.bio, t.image FROM t");
// clang-format on

/* Runs the follow or unfollow statement for the caller and fills *profile with the result.
 * 0, or what the handler should return. */
static int profile__set_follow(cd_request *r, const char *username, bool follow,
                               api_Profile *profile)
{
    int rc = caller_require_writer(r);
    if (rc < 0)
        return rc;
    const caller_user *me = caller_get(r);
    if (!me)
        return CD_E_UNAUTHORIZED;
    const char *caller_id = cd_db_param_i64(r, me->id);
    if (!caller_id)
        return CD_E_NOMEM;
    const char *params[] = {caller_id, username};
    PGresult *res = NULL;
    rc = cd_db_query(r, follow ? &profile__stmt_follow : &profile__stmt_unfollow, params, &res);
    if (rc == CD_E_DB && strcmp(cd_db_sqlstate(r), "23503") == 0)
        return profile_view_not_found(r, username); /* deleted after the statement's snapshot */
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) == 0)
        return profile_view_not_found(r, username);
    if (follow && cd_db_i64(res, 0, 0) == me->id)
        return cd_req_fail(r, 422, "username", "cannot follow yourself");
    profile->username = cd_db_str(res, 0, 1);
    profile->bio = cd_db_str(res, 0, 2);
    profile->image = cd_db_str(res, 0, 3);
    profile->following = follow;
    return 0;
}

int handle_FollowUserByUsername(cd_request *r, const api_FollowUserByUsername_req *in,
                                api_FollowUserByUsername_res *out)
{
    int rc = profile__set_follow(r, in->username, true, &out->body_200.profile);
    if (rc < 0)
        return rc;
    out->status = 200;
    return 0;
}

int handle_UnfollowUserByUsername(cd_request *r, const api_UnfollowUserByUsername_req *in,
                                  api_UnfollowUserByUsername_res *out)
{
    int rc = profile__set_follow(r, in->username, false, &out->body_200.profile);
    if (rc < 0)
        return rc;
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- followers / following */

/* One round trip for a page: $1 username, $2 viewer (NULL = anonymous), $3 limit, $4 offset.
 * Rows: none → no such user; otherwise one row per profile on the page, or a single row with
 * NULL profile columns when the page is empty. Column 0 is the total count (every row; computed
 * once in the MATERIALIZED CTE, not once per row). Newest relationship first; the user id breaks
 * ties so pages are stable. */
// clang-format off
#define PROFILE__LIST_SQL(self_col, other_col)                                                 \
    "WITH t AS MATERIALIZED (SELECT s.id, (SELECT count(*) FROM follows c"                     \
    "                                      WHERE c." self_col " = s.id) AS total"              \
    "                        FROM users s WHERE s.username = $1) "                             \
    "SELECT t.total, "                                                                         \
    PROFILE_VIEW_COLS("u", "$2") " "                                                           \
    "FROM t "                                                                                  \
    "LEFT JOIN LATERAL (SELECT f." other_col " AS uid, f.created_at FROM follows f "           \
    "                    WHERE f." self_col " = t.id "                                         \
    "                    ORDER BY f.created_at DESC, f." other_col " DESC "                    \
    "                    LIMIT $3 OFFSET $4) p ON true "                                       \
    "LEFT JOIN users u ON u.id = p.uid "                                                       \
    "ORDER BY p.created_at DESC, p.uid DESC"

static const cd_stmt profile__stmt_followers =
    CD_STMT("profile_followers", 4, PROFILE__LIST_SQL("followee_id", "follower_id"));
static const cd_stmt profile__stmt_following =
    CD_STMT("profile_following", 4, PROFILE__LIST_SQL("follower_id", "followee_id"));
// clang-format on

static int profile__list(cd_request *r, const cd_stmt *st, const char *username, int64_t limit,
                         int64_t offset, api_MultipleProfilesResponse *page)
{
    const char *params[] = {username, caller_viewer_param(r), cd_db_param_i64(r, limit),
                            cd_db_param_i64(r, offset)};
    if (!params[2] || !params[3])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_query(r, st, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    paging_page pg;
    rc = paging_decode(r, res, 0, 1, sizeof(api_Profile), &pg);
    if (rc == CD_E_NOTFOUND)
        return profile_view_not_found(r, username);
    if (rc)
        return rc;
    page->profilesCount = pg.total;
    page->profiles = pg.items;
    for (size_t i = 0; i < pg.n; i++)
        profile_view_from_row(res, (int)i, 1, &page->profiles[i]);
    page->profiles_count = pg.n;
    return 0;
}

int handle_ListFollowers(cd_request *r, const api_ListFollowers_req *in, api_ListFollowers_res *out)
{
    int rc = profile__list(r, &profile__stmt_followers, in->username, in->limit, in->offset,
                           &out->body_200);
    if (rc < 0)
        return rc;
    out->status = 200;
    return 0;
}

int handle_ListFollowing(cd_request *r, const api_ListFollowing_req *in, api_ListFollowing_res *out)
{
    int rc = profile__list(r, &profile__stmt_following, in->username, in->limit, in->offset,
                           &out->body_200);
    if (rc < 0)
        return rc;
    out->status = 200;
    return 0;
}
