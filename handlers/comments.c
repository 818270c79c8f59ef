/* handlers/comments.c — the Comments tag: list (oldest first), create, get one, edit and delete
 * the comments of an article.
 *
 * A comment is addressed by its article's slug and its own id; an id that belongs to another
 * article is "not found", exactly like an id that does not exist. Only the comment's author may
 * edit or delete it (403), and banned users cannot write (caller_require_writer).
 * Every operation is one statement: reads join the article, comment and author (with the
 * viewer's `following` as an EXISTS); writes are single statements, so the comments trigger that
 * writes the article author's notification and webhook outbox rows runs in the same transaction
 * as the insert. Statements that address one comment start from the article (`a`) and LEFT JOIN
 * the comment, so a missing article (no row) and a missing comment (NULL comment columns) are
 * told apart without a second query.
 */
#include <stdint.h>
#include <string.h>

#include "api_handlers.h"
#include "appdb.h"
#include "caller.h"
#include "db.h"
#include "paging.h"
#include "profile_view.h"

/* The API's comment columns over `c` (comments or a RETURNING of it) and `w` (its author, as
 * seen by the viewer in `viewer`): id, createdAt, updatedAt, body, then the author's profile. */
// clang-format off
#define COMMENTS__COLS(viewer)                                                                 \
    "c.id, " APPDB_SQL_TS("c.created_at") ", "                                                 \
    APPDB_SQL_TS("c.updated_at") ", c.body, "                                                  \
    PROFILE_VIEW_COLS("w", viewer)
// clang-format on

/* Fill *out from the COMMENTS__COLS columns of `res` starting at `col`. */
static void comments__from_row(const PGresult *res, int row, int col, api_Comment *out)
{
    out->id = cd_db_i64(res, row, col);
    out->createdAt = cd_db_str(res, row, col + 1);
    out->updatedAt = cd_db_str(res, row, col + 2);
    out->body = cd_db_str(res, row, col + 3);
    profile_view_from_row(res, row, col + 4, &out->author);
}

static int comments__article_not_found(cd_request *r)
{
    return cd_req_fail(r, 404, "slug", "article not found");
}

static int comments__comment_not_found(cd_request *r)
{
    return cd_req_fail(r, 404, "id", "comment not found");
}

/* ---------------------------------------------------------------- GET .../comments */

/* $1 slug, $2 viewer. Rows: none → no article; one row with NULL comment columns → no comments;
 * otherwise one row per comment, oldest first. */
// clang-format off
static const cd_stmt comments__stmt_list = CD_STMT(
    "comments_list", 2,
    "SELECT " COMMENTS__COLS("$2") " FROM articles a "
    "LEFT JOIN comments c ON c.article_id = a.id "
    "LEFT JOIN users w ON w.id = c.author_id "
    "WHERE a.slug = $1 ORDER BY c.id");
// clang-format on

int handle_GetArticleComments(cd_request *r, const api_GetArticleComments_req *in,
                              api_GetArticleComments_res *out)
{
    const char *params[] = {in->slug, caller_viewer_param(r)};
    PGresult *res = NULL;
    int rc = cd_db_query(r, &comments__stmt_list, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    paging_page pg;
    rc = paging_decode(r, res, -1, 0, sizeof(api_Comment), &pg);
    if (rc == CD_E_NOTFOUND)
        return comments__article_not_found(r);
    if (rc)
        return rc;
    api_MultipleCommentsResponse *body = &out->body_200;
    body->comments = pg.items;
    for (size_t i = 0; i < pg.n; i++)
        comments__from_row(res, (int)i, 0, &body->comments[i]);
    body->comments_count = pg.n;
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- POST .../comments */

/* $1 author id, $2 slug, $3 body. Rows: none → no article; else the new comment. The author
 * never follows themselves, so `following` is false without a lookup. */
// clang-format off
static const cd_stmt comments__stmt_create = CD_STMT(
    "comments_create", 3,
    "WITH c AS (INSERT INTO comments (article_id, author_id, body) "
    "           SELECT a.id, $1::int, $3 FROM articles a WHERE a.slug = $2 "
    "           RETURNING id, created_at, updated_at, body, author_id) "
    "SELECT c.id, " APPDB_SQL_TS("c.created_at") ", " APPDB_SQL_TS("c.updated_at") ", c.body, "
    "w.username, w.bio, w.image, false "
    "FROM c JOIN users w ON w.id = c.author_id");
// clang-format on

int handle_CreateArticleComment(cd_request *r, const api_CreateArticleComment_req *in,
                                api_CreateArticleComment_res *out)
{
    int rc = caller_require_writer(r);
    if (rc < 0)
        return rc;
    const char *params[] = {cd_db_param_i64(r, caller_get(r)->id), in->slug, in->body.comment.body};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    rc = cd_db_query(r, &comments__stmt_create, params, &res);
    if (rc == CD_E_DB && strcmp(cd_db_sqlstate(r), "23503") == 0)
        return comments__article_not_found(r); /* deleted after the statement's snapshot */
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) == 0)
        return comments__article_not_found(r);
    comments__from_row(res, 0, 0, &out->body_200.comment);
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- GET .../comments/{id} */

/* $1 slug, $2 comment id, $3 viewer. Rows: none → no article; NULL comment → no such comment
 * on this article; else the comment. */
// clang-format off
static const cd_stmt comments__stmt_get = CD_STMT(
    "comments_get", 3,
    "SELECT " COMMENTS__COLS("$3") " FROM articles a "
    "LEFT JOIN comments c ON c.article_id = a.id AND c.id = $2::bigint "
    "LEFT JOIN users w ON w.id = c.author_id "
    "WHERE a.slug = $1");
// clang-format on

int handle_GetArticleComment(cd_request *r, const api_GetArticleComment_req *in,
                             api_GetArticleComment_res *out)
{
    const char *params[] = {in->slug, cd_db_param_i64(r, in->id), caller_viewer_param(r)};
    if (!params[1])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_query(r, &comments__stmt_get, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) == 0)
        return comments__article_not_found(r);
    if (PQgetisnull(res, 0, 0))
        return comments__comment_not_found(r);
    comments__from_row(res, 0, 0, &out->body_200.comment);
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- PUT .../comments/{id} */

/* $1 slug, $2 comment id, $3 caller id, $4 new body.
 * Rows: none → no article; column 0 (the comment's author) NULL → no such comment on this
 * article; column 1 (the updated id) NULL → not the caller's comment (or deleted meanwhile);
 * else the updated comment from column 1. */
// clang-format off
static const cd_stmt comments__stmt_update = CD_STMT(
    "comments_update", 4,
    "WITH a AS (SELECT id FROM articles WHERE slug = $1), "
    "t AS (SELECT m.id, m.author_id FROM comments m JOIN a ON m.article_id = a.id "
    "      WHERE m.id = $2::bigint), "
    "c AS (UPDATE comments x SET body = $4, updated_at = now() FROM t "
    "      WHERE x.id = t.id AND t.author_id = $3::int "
    "      RETURNING x.id, x.created_at, x.updated_at, x.body, x.author_id) "
    "SELECT t.author_id, c.id, " APPDB_SQL_TS("c.created_at") ", " APPDB_SQL_TS("c.updated_at") ", "
    "c.body, w.username, w.bio, w.image, false "
    "FROM a LEFT JOIN t ON true LEFT JOIN c ON true LEFT JOIN users w ON w.id = c.author_id");
// clang-format on

int handle_UpdateArticleComment(cd_request *r, const api_UpdateArticleComment_req *in,
                                api_UpdateArticleComment_res *out)
{
    int rc = caller_require_writer(r);
    if (rc < 0)
        return rc;
    const caller_user *me = caller_get(r);
    const char *params[] = {in->slug, cd_db_param_i64(r, in->id), cd_db_param_i64(r, me->id),
                            in->body.comment.body};
    if (!params[1] || !params[2])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    rc = cd_db_query(r, &comments__stmt_update, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) == 0)
        return comments__article_not_found(r);
    if (PQgetisnull(res, 0, 0))
        return comments__comment_not_found(r);
    if (PQgetisnull(res, 0, 1)) {
        if (cd_db_i64(res, 0, 0) == me->id)
            return comments__comment_not_found(r); /* deleted by a concurrent request */
        return cd_req_fail(r, 403, "id", "only the comment's author may edit it");
    }
    comments__from_row(res, 0, 1, &out->body_200.comment);
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- DELETE .../comments/{id} */

/* $1 slug, $2 comment id, $3 caller id. Rows as comments_update; column 1 is the deleted id. */
// clang-format off
static const cd_stmt comments__stmt_delete = CD_STMT(
    "comments_delete", 3,
    "WITH a AS (SELECT id FROM articles WHERE slug = $1), "
    "t AS (SELECT m.id, m.author_id FROM comments m JOIN a ON m.article_id = a.id "
    "      WHERE m.id = $2::bigint), "
    "d AS (DELETE FROM comments x USING t WHERE x.id = t.id AND t.author_id = $3::int "
    "      RETURNING x.id) "
    "SELECT t.author_id, d.id FROM a LEFT JOIN t ON true LEFT JOIN d ON true");
// clang-format on

int handle_DeleteArticleComment(cd_request *r, const api_DeleteArticleComment_req *in,
                                api_DeleteArticleComment_res *out)
{
    int rc = caller_require_writer(r);
    if (rc < 0)
        return rc;
    const caller_user *me = caller_get(r);
    const char *params[] = {in->slug, cd_db_param_i64(r, in->id), cd_db_param_i64(r, me->id)};
    if (!params[1] || !params[2])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    rc = cd_db_query(r, &comments__stmt_delete, params, &res);
    if (rc < 0)
        return appdb_error(r, rc);
    if (PQntuples(res) == 0)
        return comments__article_not_found(r);
    if (PQgetisnull(res, 0, 0))
        return comments__comment_not_found(r);
    if (PQgetisnull(res, 0, 1)) {
        if (cd_db_i64(res, 0, 0) == me->id)
            return comments__comment_not_found(r); /* deleted by a concurrent request */
        return cd_req_fail(r, 403, "id", "only the comment's author may delete it");
    }
    out->status = 204;
    return 0;
}
