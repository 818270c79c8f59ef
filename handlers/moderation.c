/* handlers/moderation.c — the Moderation tag: users report articles and comments; moderators
 * and admins review reports and ban users; admins manage roles.
 *
 * Authorization (the Role schema in openapi.yaml): reporting is a write (banned users get 403).
 * Everything under /admin needs the admin or moderator role — the spec lists both as scopes, so
 * the generated layer answers 403 to anyone else, and moderation__require_staff() checks again
 * here. Moderators review reports, list users and ban/unban accounts whose role is `user`; changing
 * a role, or banning a moderator or an admin, is admin-only (403). Moderation writes need an
 * account that is not banned. Role and ban take effect on the user's next request, because the
 * authenticate hook loads them from the users row each time. An admin cannot demote or ban
 * themselves (422), so the service cannot lose its last admin by accident through this API.
 */
#include <string.h>

#include <json-c/json.h>

#include "api_handlers.h"
#include "appdb.h"
#include "caller.h"
#include "db.h"
#include "paging.h"

/* Index of s in a generated enum name table, or -1. */
static int moderation__enum(const char *const *names, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, names[i]) == 0)
            return (int)i;
    return -1;
}

#define MODERATION__ENUM(table, s) moderation__enum((table), sizeof(table) / sizeof *(table), (s))

static bool moderation__is_admin(const caller_user *u)
{
    return u && strcmp(u->role, "admin") == 0;
}

/* 0 when the caller is a moderator or an admin (and, for a write, not banned); else answers. */
static int moderation__require_staff(cd_request *r, bool write)
{
    const caller_user *u = caller_get(r);
    if (!u)
        return cd_req_fail(r, 401, "", "authentication required");
    if (!moderation__is_admin(u) && strcmp(u->role, "moderator") != 0)
        return cd_req_fail(r, 403, "", "admin or moderator role required");
    return write ? caller_require_writer(r) : 0;
}

/* The columns every report query returns, in this order, starting at some offset. */
/* clang-format off */
#define MODERATION__REPORT_COLS(r, a, u)                                                                   \
    r ".id, " a ".slug, " r ".comment_id, " r ".reason, " r ".details, " r ".status, " u           \
    ".username, " APPDB_SQL_TS(r ".created_at") ", " APPDB_SQL_TS(r ".resolved_at")
/* clang-format on */
enum { R_ID, R_SLUG, R_COMMENT, R_REASON, R_DETAILS, R_STATUS, R_REPORTER, R_CREATED, R_RESOLVED };

/* Fill *rep from the report columns starting at column `at` of row `row`. */
static int moderation__report(const PGresult *res, int row, int at, api_Report *rep)
{
    int reason = MODERATION__ENUM(api_ReportReason_names, cd_db_str(res, row, at + R_REASON));
    int status = MODERATION__ENUM(api_ReportStatus_names, cd_db_str(res, row, at + R_STATUS));
    if (reason < 0 || status < 0)
        return CD_E_INTERNAL; /* CHECK constraints keep this from happening */
    rep->id = cd_db_i64(res, row, at + R_ID);
    rep->article = cd_db_str(res, row, at + R_SLUG);
    if (PQgetisnull(res, row, at + R_COMMENT)) {
        rep->has_commentId = API_NULL;
    } else {
        rep->has_commentId = API_VALUE;
        rep->commentId = cd_db_i64(res, row, at + R_COMMENT);
    }
    rep->reason = (api_ReportReason)reason;
    rep->details = cd_db_str(res, row, at + R_DETAILS);
    rep->status = (api_ReportStatus)status;
    rep->reporter = cd_db_str(res, row, at + R_REPORTER);
    rep->createdAt = cd_db_str(res, row, at + R_CREATED);
    if (PQgetisnull(res, row, at + R_RESOLVED)) {
        rep->has_resolvedAt = API_NULL;
    } else {
        rep->has_resolvedAt = API_VALUE;
        rep->resolvedAt = cd_db_str(res, row, at + R_RESOLVED);
    }
    return 0;
}

/* ---------------------------------------------------------------- CreateReport */

/* The target as the validated body gave it: the article itself, or one of its comments.
 * 0 and *comment_id (0 = the article), or CD_E_INVALID if the text is not the validated shape. */
static int moderation__parse_target(const char *text, int64_t *comment_id)
{
    int rc = CD_E_INVALID;
    json_object *root = json_tokener_parse(text);
    json_object *type = NULL, *cid = NULL;
    *comment_id = 0;
    if (!root || !json_object_object_get_ex(root, "type", &type) ||
        !json_object_is_type(type, json_type_string))
        goto out;
    if (strcmp(json_object_get_string(type), "article") == 0) {
        rc = 0;
    } else if (strcmp(json_object_get_string(type), "comment") == 0 &&
               json_object_object_get_ex(root, "commentId", &cid)) {
        int64_t id = 0;
        if (json_object_is_type(cid, json_type_int)) {
            id = json_object_get_int64(cid);
        } else if (json_object_is_type(cid, json_type_double)) {
            /* JSON Schema counts 1e3 as an integer, and so did the validator */
            double d = json_object_get_double(cid);
            if (d >= 1.0 && d < 9.2e18 && (double)(int64_t)d == d)
                id = (int64_t)d;
        }
        if (id >= 1) {
            *comment_id = id;
            rc = 0;
        }
    }
out:
    json_object_put(root); /* NULL-safe */
    return rc;
}

/* One round trip: find the article, check the comment belongs to it, insert. The first column
 * says whether the article exists, the second whether the report was written (NULL when the
 * comment is not one of the article's). */
/* clang-format off */
static const cd_stmt moderation__stmt_report_create = CD_STMT(
    "moderation_report_create", 5,
    "WITH a AS (SELECT id, slug FROM articles WHERE slug = $1),"
    " c AS (SELECT c.id FROM comments c JOIN a ON c.article_id = a.id WHERE c.id = $2::bigint),"
    " ins AS (INSERT INTO reports (reporter_id, target_type, article_id, comment_id, reason,"
    "                              details)"
    "         SELECT $3::integer, CASE WHEN $2::bigint IS NULL THEN 'article' ELSE 'comment' END,"
    "                a.id, c.id, $4::text, $5::text"
    "           FROM a LEFT JOIN c ON true"
    "          WHERE $2::bigint IS NULL OR c.id IS NOT NULL"
    "         RETURNING *)"
    "SELECT (SELECT slug FROM a), " MODERATION__REPORT_COLS("ins", "a", "u")
    "  FROM (SELECT 1) one"
    "  LEFT JOIN ins ON true LEFT JOIN a ON a.id = ins.article_id"
    "  LEFT JOIN users u ON u.id = ins.reporter_id");
/* clang-format on */

/* POST /api/articles/{slug}/reports */
int handle_CreateReport(cd_request *r, const api_CreateReport_req *in, api_CreateReport_res *out)
{
    int rc = caller_require_writer(r);
    if (rc)
        return rc;
    const api_NewReportRequest_report *rq = &in->body.report;
    int64_t comment_id = 0;
    if (moderation__parse_target(rq->target, &comment_id) < 0)
        return cd_req_fail(r, 422, "report/target", "must be an article or a comment target");
    const char *params[5] = {
        in->slug,
        comment_id ? cd_db_param_i64(r, comment_id) : NULL,
        cd_db_param_i64(r, caller_get(r)->id),
        api_ReportReason_names[rq->reason],
        rq->has_details == API_VALUE && rq->details ? rq->details : "",
    };
    if ((comment_id && !params[1]) || !params[2])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    rc = cd_db_begin(r);
    if (rc == 0)
        rc = cd_db_query(r, &moderation__stmt_report_create, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQgetisnull(res, 0, 0))
        return cd_req_fail(r, 404, "slug", "article not found");
    if (PQgetisnull(res, 0, 1 + R_ID))
        return cd_req_fail(r, 404, "report/target/commentId", "comment not found on this article");
    rc = moderation__report(res, 0, 1, &out->body_201.report);
    if (rc == 0)
        rc = cd_db_commit(r);
    if (rc < 0)
        return appdb_error(r, rc);
    out->status = 201;
    return 0;
}

/* ---------------------------------------------------------------- AdminListReports */

/* Counts row left-joined with the page, so the total is there even past the last page. */
/* clang-format off */
static const cd_stmt moderation__stmt_reports_list = CD_STMT(
    "moderation_reports_list", 3,
    "WITH p AS (SELECT " MODERATION__REPORT_COLS("r", "a", "u") " AS resolved, r.id AS rid"
    "             FROM reports r"
    "             JOIN articles a ON a.id = r.article_id"
    "             JOIN users u ON u.id = r.reporter_id"
    "            WHERE $1::text IS NULL OR r.status = $1::text"
    "            ORDER BY r.id DESC LIMIT $2::bigint OFFSET $3::bigint)"
    "SELECT (SELECT count(*) FROM reports WHERE $1::text IS NULL OR status = $1::text), p.*"
    "  FROM (SELECT 1) one LEFT JOIN p ON true ORDER BY p.rid DESC");
/* clang-format on */

/* GET /api/admin/reports */
int handle_AdminListReports(cd_request *r, const api_AdminListReports_req *in,
                            api_AdminListReports_res *out)
{
    int rc = moderation__require_staff(r, false);
    if (rc)
        return rc;
    const char *params[3] = {
        in->has_status == API_VALUE ? api_ReportStatus_names[in->status] : NULL,
        cd_db_param_i64(r, in->limit),
        cd_db_param_i64(r, in->offset),
    };
    if (!params[1] || !params[2])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    rc = cd_db_query(r, &moderation__stmt_reports_list, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    paging_page pg;
    rc = paging_decode(r, res, 0, 1 + R_ID, sizeof(api_Report), &pg);
    if (rc)
        return rc == CD_E_NOTFOUND ? CD_E_INTERNAL : rc; /* the counts row is always there */
    api_ReportsResponse *body = &out->body_200;
    body->reportsCount = pg.total;
    body->reports = pg.items;
    size_t n = pg.n;
    for (size_t i = 0; i < n; i++) {
        rc = moderation__report(res, (int)i, 1, &body->reports[i]);
        if (rc < 0)
            return rc;
    }
    body->reports_count = n;
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- AdminUpdateReport */

/* clang-format off */
static const cd_stmt moderation__stmt_report_resolve = CD_STMT(
    "moderation_report_resolve", 3,
    "WITH x AS (UPDATE reports SET status = $2::text, resolved_by = $3::integer,"
    "                              resolved_at = now()"
    "            WHERE id = $1::bigint RETURNING *)"
    "SELECT " MODERATION__REPORT_COLS("x", "a", "u")
    "  FROM x JOIN articles a ON a.id = x.article_id JOIN users u ON u.id = x.reporter_id");
/* clang-format on */

/* PUT /api/admin/reports/{id} */
int handle_AdminUpdateReport(cd_request *r, const api_AdminUpdateReport_req *in,
                             api_AdminUpdateReport_res *out)
{
    int rc = moderation__require_staff(r, true);
    if (rc)
        return rc;
    const char *params[3] = {
        cd_db_param_i64(r, in->id),
        api_UpdateReportRequest_report_status_names[in->body.report.status],
        cd_db_param_i64(r, caller_get(r)->id),
    };
    if (!params[0] || !params[2])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    rc = cd_db_begin(r);
    if (rc == 0)
        rc = cd_db_query(r, &moderation__stmt_report_resolve, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 404, "id", "report not found");
    rc = moderation__report(res, 0, 0, &out->body_200.report);
    if (rc == 0)
        rc = cd_db_commit(r);
    if (rc < 0)
        return appdb_error(r, rc);
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- users */

/* clang-format off */
#define MODERATION__USER_COLS(u)                                                                           \
    u ".username, " u ".email, " u ".bio, " u ".image, " u ".role, " u                             \
    ".banned, " APPDB_SQL_TS(u ".created_at")
/* clang-format on */
enum { U_USERNAME, U_EMAIL, U_BIO, U_IMAGE, U_ROLE, U_BANNED, U_CREATED };

static int moderation__user(const PGresult *res, int row, int at, api_AdminUser *u)
{
    int role = MODERATION__ENUM(api_Role_names, cd_db_str(res, row, at + U_ROLE));
    if (role < 0)
        return CD_E_INTERNAL;
    u->username = cd_db_str(res, row, at + U_USERNAME);
    u->email = cd_db_str(res, row, at + U_EMAIL);
    u->bio = cd_db_str(res, row, at + U_BIO);
    u->image = cd_db_str(res, row, at + U_IMAGE);
    u->role = (api_Role)role;
    u->banned = cd_db_bool(res, row, at + U_BANNED);
    u->createdAt = cd_db_str(res, row, at + U_CREATED);
    return 0;
}

/* Newest first (users_created_idx), filters optional (NULL = any). */
/* clang-format off */
static const cd_stmt moderation__stmt_users_list = CD_STMT(
    "moderation_users_list", 4,
    "WITH p AS (SELECT " MODERATION__USER_COLS("u") " AS created, u.created_at AS ts, u.id"
    "             FROM users u"
    "            WHERE ($1::text IS NULL OR u.role = $1::text)"
    "              AND ($2::boolean IS NULL OR u.banned = $2::boolean)"
    "            ORDER BY u.created_at DESC, u.id DESC LIMIT $3::bigint OFFSET $4::bigint)"
    "SELECT (SELECT count(*) FROM users"
    "         WHERE ($1::text IS NULL OR role = $1::text)"
    "           AND ($2::boolean IS NULL OR banned = $2::boolean)),"
    "       p.username, p.email, p.bio, p.image, p.role, p.banned, p.created"
    "  FROM (SELECT 1) one LEFT JOIN p ON true ORDER BY p.ts DESC, p.id DESC");
/* clang-format on */

/* GET /api/admin/users */
int handle_AdminListUsers(cd_request *r, const api_AdminListUsers_req *in,
                          api_AdminListUsers_res *out)
{
    int rc = moderation__require_staff(r, false);
    if (rc)
        return rc;
    const char *params[4] = {
        in->has_role == API_VALUE ? api_Role_names[in->role] : NULL,
        in->has_banned == API_VALUE ? (in->banned ? "true" : "false") : NULL,
        cd_db_param_i64(r, in->limit),
        cd_db_param_i64(r, in->offset),
    };
    if (!params[2] || !params[3])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    rc = cd_db_query(r, &moderation__stmt_users_list, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    paging_page pg;
    rc = paging_decode(r, res, 0, 1 + U_USERNAME, sizeof(api_AdminUser), &pg);
    if (rc)
        return rc == CD_E_NOTFOUND ? CD_E_INTERNAL : rc; /* the counts row is always there */
    api_AdminUsersResponse *body = &out->body_200;
    body->usersCount = pg.total;
    body->users = pg.items;
    size_t n = pg.n;
    for (size_t i = 0; i < n; i++) {
        rc = moderation__user(res, (int)i, 1, &body->users[i]);
        if (rc < 0)
            return rc;
    }
    body->users_count = n;
    out->status = 200;
    return 0;
}

/* NULL parameters keep the current value. $4 false (a moderator) updates only a `user` row; the
 * role is tested on the row being updated, so a concurrent promotion is seen. No row: no such
 * user; a NULL username: the target is not the moderator's to ban. */
/* clang-format off */
static const cd_stmt moderation__stmt_user_update = CD_STMT(
    "moderation_user_update", 4,
    "WITH t AS (SELECT id FROM users WHERE username = $1),"
    " x AS (UPDATE users u SET role = coalesce($2::text, u.role),"
    "                          banned = coalesce($3::boolean, u.banned)"
    "         FROM t WHERE u.id = t.id AND ($4::boolean OR u.role = 'user')"
    "       RETURNING " MODERATION__USER_COLS("u") ")"
    "SELECT x.* FROM t LEFT JOIN x ON true");
/* clang-format on */

/* PUT /api/admin/users/{username} */
int handle_AdminUpdateUser(cd_request *r, const api_AdminUpdateUser_req *in,
                           api_AdminUpdateUser_res *out)
{
    int rc = moderation__require_staff(r, true);
    if (rc)
        return rc;
    const api_AdminUpdateUserRequest_user *u = &in->body.user;
    bool set_role = u->has_role == API_VALUE;
    bool set_banned = u->has_banned == API_VALUE;
    bool admin = moderation__is_admin(caller_get(r));
    if (set_role && !admin)
        return cd_req_fail(r, 403, "user/role", "only admins can change roles");
    /* usernames are unique as written (users_username_key), so this is "the caller's own row" */
    if (strcmp(in->username, caller_get(r)->username) == 0) {
        if (set_role && u->role != API_ROLE_ADMIN)
            return cd_req_fail(r, 422, "user/role", "admins cannot demote themselves");
        if (set_banned && u->banned)
            return cd_req_fail(r, 422, "user/banned", "admins cannot ban themselves");
    }
    const char *params[4] = {
        in->username,
        set_role ? api_Role_names[u->role] : NULL,
        set_banned ? (u->banned ? "true" : "false") : NULL,
        admin ? "true" : "false",
    };
    PGresult *res = NULL;
    rc = cd_db_begin(r);
    if (rc == 0)
        rc = cd_db_query(r, &moderation__stmt_user_update, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 404, "username", "user not found");
    if (PQgetisnull(res, 0, U_USERNAME))
        return cd_req_fail(r, 403, "username",
                           "moderators can only ban or unban users whose role is user");
    rc = moderation__user(res, 0, 0, &out->body_200.user);
    if (rc == 0)
        rc = cd_db_commit(r);
    if (rc < 0)
        return appdb_error(r, rc);
    out->status = 200;
    return 0;
}
