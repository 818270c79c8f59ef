/* handlers/notifications.c — the Notifications tag: list, count and mark the caller's
 * notifications.
 *
 * Notifications are never written here: triggers in db/migrations/002 insert one in the same
 * transaction as the event (new follower, comment on your article, favorite of your article;
 * nothing for acting on your own things). These handlers only read them and set read_at.
 * Every query is scoped to the caller (user_id = caller), so another user's notification id is
 * indistinguishable from an unknown one: both answer 404.
 */
#include <string.h>

#include "api_handlers.h"
#include "appdb.h"
#include "caller.h"
#include "db.h"
#include "paging.h"

/* Index of s in the generated enum name table, or -1. */
static int notifications__kind(const char *s)
{
    for (int i = 0;
         i < (int)(sizeof api_NotificationKind_names / sizeof *api_NotificationKind_names); i++)
        if (strcmp(s, api_NotificationKind_names[i]) == 0)
            return i;
    return -1;
}

/* One round trip: the counts (always one row, even past the last page) left-joined with the
 * page, newest first. `following` is relative to the caller, who is the recipient. */
/* clang-format off */
static const cd_stmt notifications__stmt_list = CD_STMT(
    "notifications_list", 4,
    "WITH c AS ("
    "  SELECT count(*) FILTER (WHERE NOT $2::boolean OR read_at IS NULL) AS total,"
    "         count(*) FILTER (WHERE read_at IS NULL) AS unread"
    "    FROM notifications WHERE user_id = $1::integer),"
    " p AS ("
    "  SELECT n.id, n.kind, u.username, u.bio, u.image,"
    "         EXISTS (SELECT 1 FROM follows f"
    "                  WHERE f.follower_id = $1::integer AND f.followee_id = n.actor_id)"
    "           AS following,"
    "         a.slug, a.title, n.comment_id, " APPDB_SQL_TS("n.created_at") " AS created,"
    "         n.read_at IS NOT NULL AS is_read"
    "    FROM notifications n"
    "    JOIN users u ON u.id = n.actor_id"
    "    LEFT JOIN articles a ON a.id = n.article_id"
    "   WHERE n.user_id = $1::integer AND (NOT $2::boolean OR n.read_at IS NULL)"
    "   ORDER BY n.id DESC LIMIT $3::bigint OFFSET $4::bigint)"
    "SELECT c.total, c.unread, p.id, p.kind, p.username, p.bio, p.image, p.following, p.slug,"
    "       p.title, p.comment_id, p.created, p.is_read"
    "  FROM c LEFT JOIN p ON true ORDER BY p.id DESC");
/* clang-format on */

enum {
    L_TOTAL,
    L_UNREAD,
    L_ID,
    L_KIND,
    L_USERNAME,
    L_BIO,
    L_IMAGE,
    L_FOLLOWING,
    L_SLUG,
    L_TITLE,
    L_COMMENT,
    L_CREATED,
    L_READ
};

/* GET /api/notifications */
int handle_ListNotifications(cd_request *r, const api_ListNotifications_req *in,
                             api_ListNotifications_res *out)
{
    const caller_user *me = caller_get(r);
    const char *params[4] = {
        cd_db_param_i64(r, me->id),
        in->unread ? "true" : "false",
        cd_db_param_i64(r, in->limit),
        cd_db_param_i64(r, in->offset),
    };
    if (!params[0] || !params[2] || !params[3])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_query(r, &notifications__stmt_list, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    paging_page pg;
    rc = paging_decode(r, res, L_TOTAL, L_ID, sizeof(api_Notification), &pg);
    if (rc)
        return rc == CD_E_NOTFOUND ? CD_E_INTERNAL : rc; /* the counts row is always there */
    api_NotificationsResponse *body = &out->body_200;
    body->notificationsCount = pg.total;
    body->unreadCount = cd_db_i64(res, 0, L_UNREAD);
    body->notifications = pg.items;
    size_t n = pg.n;
    for (size_t i = 0; i < n; i++) {
        int row = (int)i;
        api_Notification *x = &body->notifications[i];
        int kind = notifications__kind(cd_db_str(res, row, L_KIND));
        if (kind < 0)
            return CD_E_INTERNAL; /* the CHECK constraint keeps this from happening */
        x->id = cd_db_i64(res, row, L_ID);
        x->kind = (api_NotificationKind)kind;
        x->actor.username = cd_db_str(res, row, L_USERNAME);
        x->actor.bio = cd_db_str(res, row, L_BIO);
        x->actor.image = cd_db_str(res, row, L_IMAGE);
        x->actor.following = cd_db_bool(res, row, L_FOLLOWING);
        if (PQgetisnull(res, row, L_SLUG)) {
            x->has_article = API_NULL;
        } else {
            x->has_article = API_VALUE;
            x->article.slug = cd_db_str(res, row, L_SLUG);
            x->article.title = cd_db_str(res, row, L_TITLE);
        }
        if (PQgetisnull(res, row, L_COMMENT)) {
            x->has_commentId = API_NULL;
        } else {
            x->has_commentId = API_VALUE;
            x->commentId = cd_db_i64(res, row, L_COMMENT);
        }
        x->createdAt = cd_db_str(res, row, L_CREATED);
        x->read = cd_db_bool(res, row, L_READ);
    }
    body->notifications_count = n;
    out->status = 200;
    return 0;
}

/* clang-format off */
static const cd_stmt notifications__stmt_unread = CD_STMT(
    "notifications_unread", 1,
    "SELECT count(*) FROM notifications WHERE user_id = $1::integer AND read_at IS NULL");
/* clang-format on */

/* GET /api/notifications/unread-count */
int handle_GetUnreadNotificationCount(cd_request *r, const api_GetUnreadNotificationCount_req *in,
                                      api_GetUnreadNotificationCount_res *out)
{
    (void)in;
    const char *params[1] = {cd_db_param_i64(r, caller_get(r)->id)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_query(r, &notifications__stmt_unread, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    out->body_200.unreadCount = cd_db_i64(res, 0, 0);
    out->status = 200;
    return 0;
}

/* Idempotent: an already read notification keeps its first read_at and is not rewritten.
 * One row: whether the notification exists for this caller. */
/* clang-format off */
static const cd_stmt notifications__stmt_mark = CD_STMT(
    "notifications_mark", 2,
    "WITH n AS (SELECT id, read_at FROM notifications"
    "            WHERE id = $1::bigint AND user_id = $2::integer),"
    " u AS (UPDATE notifications x SET read_at = now() FROM n"
    "        WHERE x.id = n.id AND n.read_at IS NULL RETURNING x.id)"
    "SELECT EXISTS (SELECT 1 FROM n), (SELECT count(*) FROM u)");
/* clang-format on */

/* POST /api/notifications/{id}/read */
int handle_MarkNotificationRead(cd_request *r, const api_MarkNotificationRead_req *in,
                                api_MarkNotificationRead_res *out)
{
    const char *params[2] = {cd_db_param_i64(r, in->id), cd_db_param_i64(r, caller_get(r)->id)};
    if (!params[0] || !params[1])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_begin(r);
    if (rc == 0)
        rc = cd_db_query(r, &notifications__stmt_mark, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (!cd_db_bool(res, 0, 0))
        return cd_req_fail(r, 404, "id", "notification not found");
    rc = cd_db_commit(r);
    if (rc < 0)
        return appdb_error(r, rc);
    out->status = 204;
    return 0;
}

/* Every notification the statement can see becomes read, so what is left unread is 0 (one that
 * commits concurrently shows up in the next count). */
/* clang-format off */
static const cd_stmt notifications__stmt_mark_all = CD_STMT(
    "notifications_mark_all", 1,
    "UPDATE notifications SET read_at = now()"
    " WHERE user_id = $1::integer AND read_at IS NULL");
/* clang-format on */

/* POST /api/notifications/read-all */
int handle_MarkAllNotificationsRead(cd_request *r, const api_MarkAllNotificationsRead_req *in,
                                    api_MarkAllNotificationsRead_res *out)
{
    (void)in;
    const char *params[1] = {cd_db_param_i64(r, caller_get(r)->id)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_begin(r);
    if (rc == 0)
        rc = cd_db_query(r, &notifications__stmt_mark_all, params, &res);
    if (rc == 0)
        rc = cd_db_commit(r);
    if (rc < 0)
        return appdb_error(r, rc);
    out->body_200.unreadCount = 0; /* everything that existed when we looked is read now */
    out->status = 200;
    return 0;
}
