/* handlers/lib/profile_view.c — load a user's profile as the caller sees it (see profile_view.h).
 */
#include "profile_view.h"

#include "appdb.h"
#include "caller.h"
#include "cards.h"
#include "db.h"

void profile_view_from_row(const PGresult *res, int row, int col, api_Profile *out)
{
    out->username = cd_db_str(res, row, col);
    out->bio = cd_db_str(res, row, col + 1);
    out->image = cd_db_str(res, row, col + 2);
    out->following = cd_db_bool(res, row, col + 3);
}

int profile_view_not_found(cd_request *r, const char *username)
{
    return cd_req_fail(r, 404, "username", "profile '%s' not found", username);
}

/* $1 viewer id (NULL = anonymous), $2 username */
// clang-format off
static const cd_stmt profile_view__stmt_by_name = CD_STMT(
    "profile_view_by_name", 2,
    "SELECT u.id, " PROFILE_VIEW_COLS("u", "$1") " FROM users u WHERE u.username = $2");
// clang-format on

/* GET/HEAD: the user's card and the viewer's follow set, usually both from the cache. */
static int profile_view__cached(cd_request *r, const char *username, api_Profile *out,
                                int64_t *user_id)
{
    cards_user u;
    int rc = cards_user_by_name(r, username, &u);
    if (rc == CD_E_NOTFOUND)
        return profile_view_not_found(r, username);
    if (rc)
        return appdb_error(r, rc);
    cards_set fol = {0};
    const caller_user *me = caller_get(r);
    if (me && (rc = cards_following(r, me->id, &fol)))
        return appdb_error(r, rc);
    *out = (api_Profile){
        .username = u.username,
        .bio = u.bio,
        .image = u.image,
        .following = cards_set_has(&fol, u.id),
    };
    if (user_id)
        *user_id = u.id;
    return 0;
}

int profile_view_load(cd_request *r, const char *username, api_Profile *out, int64_t *user_id)
{
    if (cards_cacheable(r))
        return profile_view__cached(r, username, out, user_id);
    const char *params[] = {caller_viewer_param(r), username};
    PGresult *res = NULL;
    int rc = cd_db_query(r, &profile_view__stmt_by_name, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) == 0)
        return profile_view_not_found(r, username);
    if (user_id)
        *user_id = cd_db_i64(res, 0, 0);
    profile_view_from_row(res, 0, 1, out);
    return 0;
}
