/* handlers/discovery.c — the Discovery tag: full-text search, trending articles, popular tags.
 *
 * Search: plainto_tsquery('english', q) — every word must match a stemmed form — against the
 * generated, weighted articles.search tsvector (GIN index), best ts_rank first, then newest.
 * Trending: favorites given in the last `days` days (favorites_created_idx), most first, then
 * newest; only articles favorited at least once in the window. Popular tags: the
 * tags.articles_count counter (tags_popular_idx). Each is one statement; the article lists share
 * article_view.h's page shape, so articlesCount is the number of matches.
 */
#include "api_handlers.h"
#include "appdb.h"
#include "caller.h"
#include "article_view.h"
#include "db.h"

/* $1 viewer, $2 limit, $3 offset, $4 the query text. `m` holds every match with its rank (read
 * twice: once for the page, once for the count). */
static const cd_stmt discovery__stmt_search =
    CD_STMT("discovery_search", 4,
            ARTICLE_VIEW_PAGE_SQL(
                "q AS (SELECT plainto_tsquery('english', $4) AS q),"
                " m AS (SELECT a.id, a.created_at, ts_rank(a.search, q.q) AS rank"
                " FROM articles a, q WHERE a.search @@ q.q),"
                " page AS (SELECT m.id, m.created_at, m.rank FROM m"
                " ORDER BY m.rank DESC, m.created_at DESC, m.id DESC " ARTICLE_VIEW_LIMIT ")",
                "SELECT count(*) FROM m", "page.rank DESC, page.created_at DESC, page.id DESC"));

/* $1 viewer, $2 limit, $3 offset, $4 days. */
static const cd_stmt discovery__stmt_trending = CD_STMT(
    "discovery_trending", 4,
    ARTICLE_VIEW_PAGE_SQL(
        "m AS (SELECT f.article_id AS id, count(*) AS n FROM favorites f"
        " WHERE f.created_at >= now() - make_interval(days => $4::int) GROUP BY f.article_id),"
        " page AS (SELECT m.id, m.n, x.created_at FROM m JOIN articles x ON x.id = m.id"
        " ORDER BY m.n DESC, x.created_at DESC, m.id DESC " ARTICLE_VIEW_LIMIT ")",
        "SELECT count(*) FROM m", "page.n DESC, page.created_at DESC, page.id DESC"));

static const cd_stmt discovery__stmt_popular_tags =
    CD_STMT("discovery_popular_tags", 1,
            "SELECT name, articles_count FROM tags WHERE articles_count > 0"
            " ORDER BY articles_count DESC, name LIMIT $1");

/* GET /api/search/articles */
int handle_SearchArticles(cd_request *r, const api_SearchArticles_req *in,
                          api_SearchArticles_res *out)
{
    const char *params[4] = {caller_viewer_param(r), cd_db_param_i64(r, in->limit),
                             cd_db_param_i64(r, in->offset), in->q};
    if (!params[1] || !params[2])
        return CD_E_NOMEM;
    int rc = article_view_page(r, &discovery__stmt_search, params, &out->body_200);
    if (rc)
        return rc;
    out->status = 200;
    return 0;
}

/* GET /api/articles/trending */
int handle_GetTrendingArticles(cd_request *r, const api_GetTrendingArticles_req *in,
                               api_GetTrendingArticles_res *out)
{
    const char *params[4] = {caller_viewer_param(r), cd_db_param_i64(r, in->limit),
                             cd_db_param_i64(r, in->offset), cd_db_param_i64(r, in->days)};
    if (!params[1] || !params[2] || !params[3])
        return CD_E_NOMEM;
    int rc = article_view_page(r, &discovery__stmt_trending, params, &out->body_200);
    if (rc)
        return rc;
    out->status = 200;
    return 0;
}

/* GET /api/tags/popular */
int handle_GetPopularTags(cd_request *r, const api_GetPopularTags_req *in,
                          api_GetPopularTags_res *out)
{
    const char *params[1] = {cd_db_param_i64(r, in->limit)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_query(r, &discovery__stmt_popular_tags, params, &res);
    if (rc)
        return appdb_error(r, rc);
    int n = PQntuples(res);
    api_PopularTag *tags = cd_arena_calloc(r->arena, n > 0 ? (size_t)n : 1, sizeof *tags);
    if (!tags)
        return CD_E_NOMEM;
    for (int i = 0; i < n; i++) {
        tags[i].tag = cd_db_str(res, i, 0);
        tags[i].articlesCount = cd_db_i64(res, i, 1);
    }
    out->body_200.tags = tags;
    out->body_200.tags_count = (size_t)n;
    out->status = 200;
    return 0;
}
