/* handlers/favorites.c — the Favorites tag: favorite / unfavorite an article (RealWorld).
 *
 * Both are idempotent: the favorites primary key plus INSERT ... ON CONFLICT DO NOTHING, and a
 * DELETE that may match nothing. articles.favorites_count is kept by the favorites trigger, which
 * serialises on the article row, so the count stays exact under concurrent favorites; the
 * favorite trigger also writes the author's notification and webhook outbox rows, all in the
 * same (single-statement) transaction. The response is read after the write has committed, so
 * it shows the article as it now is.
 */
#include <string.h>

#include "api_handlers.h"
#include "appdb.h"
#include "caller.h"
#include "article_view.h"
#include "db.h"

/* $1 caller, $2 slug; one row (the article id) when the article exists. */
static const cd_stmt favorites__stmt_favorite =
    CD_STMT("favorites_favorite", 2,
            "WITH a AS (SELECT id FROM articles WHERE slug = $2),"
            " ins AS (INSERT INTO favorites (user_id, article_id) SELECT $1::int, a.id FROM a"
            " ON CONFLICT DO NOTHING)"
            " SELECT a.id FROM a");
static const cd_stmt favorites__stmt_unfavorite =
    CD_STMT("favorites_unfavorite", 2,
            "WITH a AS (SELECT id FROM articles WHERE slug = $2),"
            " del AS (DELETE FROM favorites f USING a WHERE f.user_id = $1::int"
            " AND f.article_id = a.id)"
            " SELECT a.id FROM a");

static int favorites__apply(cd_request *r, const cd_stmt *st, const char *slug, api_Article *out)
{
    int64_t id = 0;
    int rc = article_view_mark(r, st, slug, &id);
    if (rc)
        return rc;
    rc = article_view_by_id(r, id, out);
    if (rc == CD_E_NOTFOUND) /* deleted in between */
        return article_view_not_found(r, slug);
    return rc;
}

/* POST /api/articles/{slug}/favorite */
int handle_CreateArticleFavorite(cd_request *r, const api_CreateArticleFavorite_req *in,
                                 api_CreateArticleFavorite_res *out)
{
    int rc = favorites__apply(r, &favorites__stmt_favorite, in->slug, &out->body_200.article);
    if (rc)
        return rc;
    out->status = 200;
    return 0;
}

/* DELETE /api/articles/{slug}/favorite */
int handle_DeleteArticleFavorite(cd_request *r, const api_DeleteArticleFavorite_req *in,
                                 api_DeleteArticleFavorite_res *out)
{
    int rc = favorites__apply(r, &favorites__stmt_unfavorite, in->slug, &out->body_200.article);
    if (rc)
        return rc;
    out->status = 200;
    return 0;
}
