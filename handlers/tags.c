/* handlers/tags.c — the Tags tag: GET /tags (RealWorld).
 *
 * The tags used by at least one article, most used first, ties by name. tags.articles_count is a
 * trigger-maintained counter and tags_popular_idx orders by it, so this is an index scan, not an
 * aggregate over article_tags.
 */
#include "api_handlers.h"
#include "app.h"
#include "db.h"

static const cd_stmt st_tags =
    CD_STMT("tags_used", 0,
            "SELECT name FROM tags WHERE articles_count > 0 ORDER BY articles_count DESC, name");

/* GET /api/tags */
int handle_GetTags(cd_request *r, const api_GetTags_req *in, api_GetTags_res *out)
{
    (void)in;
    PGresult *res = NULL;
    int rc = cd_db_query(r, &st_tags, NULL, &res);
    if (rc)
        return app_db_error(r, rc);
    int n = PQntuples(res);
    const char **tags = cd_arena_calloc(r->arena, n > 0 ? (size_t)n : 1, sizeof *tags);
    if (!tags)
        return CD_E_NOMEM;
    for (int i = 0; i < n; i++)
        tags[i] = app_col_str(res, i, 0);
    out->body_200.tags = tags;
    out->body_200.tags_count = (size_t)n;
    out->status = 200;
    return 0;
}
