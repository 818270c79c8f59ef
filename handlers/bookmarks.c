/* handlers/bookmarks.c — the Bookmarks tag: a private reading list per user.
 *
 * Bookmarking is idempotent both ways (the bookmarks primary key with ON CONFLICT DO NOTHING, a
 * DELETE that may match nothing) and answers 204; each write is one statement. Nobody but the
 * owner ever sees a bookmark: there is no count on articles and no event. The list is most
 * recently bookmarked first (bookmarks_user_created_idx), in article_view.h's page shape.
 */
#include <string.h>

#include "api_handlers.h"
#include "appdb.h"
#include "caller.h"
#include "article_view.h"
#include "db.h"

/* $1 caller, $2 slug; one row when the article exists. */
static const cd_stmt bookmarks__stmt_add =
    CD_STMT("bookmarks_add", 2,
            "WITH a AS (SELECT id FROM articles WHERE slug = $2),"
            " ins AS (INSERT INTO bookmarks (user_id, article_id) SELECT $1::int, a.id FROM a"
            " ON CONFLICT DO NOTHING)"
            " SELECT a.id FROM a");
static const cd_stmt bookmarks__stmt_remove =
    CD_STMT("bookmarks_remove", 2,
            "WITH a AS (SELECT id FROM articles WHERE slug = $2),"
            " del AS (DELETE FROM bookmarks b USING a WHERE b.user_id = $1::int"
            " AND b.article_id = a.id)"
            " SELECT a.id FROM a");

/* $1 caller, $2 limit, $3 offset. */
static const cd_stmt bookmarks__stmt_list = CD_STMT(
    "bookmarks_list", 3,
    ARTICLE_VIEW_PAGE_SQL("page AS (SELECT b.article_id AS id, b.created_at FROM bookmarks b"
                          " WHERE b.user_id = $1::int"
                          " ORDER BY b.created_at DESC, b.article_id DESC " ARTICLE_VIEW_LIMIT ")",
                          "SELECT count(*) FROM bookmarks b WHERE b.user_id = $1::int",
                          "page.created_at DESC, page.id DESC"));

/* POST /api/articles/{slug}/bookmark */
int handle_CreateBookmark(cd_request *r, const api_CreateBookmark_req *in,
                          api_CreateBookmark_res *out)
{
    int rc = article_view_mark(r, &bookmarks__stmt_add, in->slug, NULL);
    if (rc)
        return rc;
    out->status = 204;
    return 0;
}

/* DELETE /api/articles/{slug}/bookmark */
int handle_DeleteBookmark(cd_request *r, const api_DeleteBookmark_req *in,
                          api_DeleteBookmark_res *out)
{
    int rc = article_view_mark(r, &bookmarks__stmt_remove, in->slug, NULL);
    if (rc)
        return rc;
    out->status = 204;
    return 0;
}

/* GET /api/user/bookmarks */
int handle_ListBookmarks(cd_request *r, const api_ListBookmarks_req *in, api_ListBookmarks_res *out)
{
    const char *params[3] = {caller_viewer_param(r), cd_db_param_i64(r, in->limit),
                             cd_db_param_i64(r, in->offset)};
    if (!params[0] || !params[1] || !params[2])
        return CD_E_NOMEM;
    int rc = article_view_page(r, &bookmarks__stmt_list, params, &out->body_200);
    if (rc)
        return rc;
    out->status = 200;
    return 0;
}
