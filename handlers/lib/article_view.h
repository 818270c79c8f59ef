/* handlers/lib/article_view.h — articles as one viewer sees them: one article, or a page of
 * previews with the total number of matches.
 *
 * Shared by the article, favorite, discovery and bookmark handlers. Every article SELECT returns
 * the same columns (ARTICLE_VIEW_COLS) over `articles a JOIN users u ON u.id = a.author_id`, with
 * the viewer's user id as $1 (SQL NULL for an anonymous caller, so `favorited` and
 * `author.following` are false). favoritesCount is the trigger-maintained articles.favorites_count
 * and tagList is aggregated sorted by name, so no row costs a count(*).
 *
 * Pages and GET requests are assembled from cached pieces (cards.h). A page statement
 * (ARTICLE_VIEW_PAGE_SQL) returns only the total and the ids in order — a CTE named `page` finds
 * them with the list's index and LIMIT/OFFSET; an empty page still yields one row (the total and a
 * NULL id), so the count never needs a second query — and every article, author and viewer flag
 * comes from the cache, or on a miss from one query per kind of piece. A GET article that hits
 * needs no query at all. Requests that write read the single-statement way (ARTICLE_VIEW_COLS):
 * what they just wrote is not yet invalidated in the cache.
 *
 * Ownership: everything filled in is borrowed from the request's results or arena.
 */
#ifndef ARTICLE_VIEW_H
#define ARTICLE_VIEW_H

#include <libpq-fe.h>
#include <stdint.h>

#include "api_handlers.h"
#include "appdb.h"
#include "db.h"

/* The article columns, in order: slug, title, description, createdAt, updatedAt, favoritesCount,
 * tagList (text[]), favorited, author username, bio, image, following. $1 is the viewer, read as
 * COALESCE($1, 0) (no user has id 0): a literal NULL would be constant-folded into a cheaper
 * custom plan that keeps PostgreSQL from ever settling on the cached generic plan. */
// clang-format off
#define ARTICLE_VIEW_VIEWER "COALESCE($1::int, 0)"
#define ARTICLE_VIEW_COLS                                                                          \
    "a.slug, a.title, a.description, "                                                             \
    APPDB_SQL_TS("a.created_at") ", "                                                              \
    APPDB_SQL_TS("a.updated_at") ", a.favorites_count, "                                           \
    "COALESCE((SELECT array_agg(t.name ORDER BY t.name) FROM article_tags at"                      \
    " JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '{}'), "                        \
    "EXISTS (SELECT 1 FROM favorites f WHERE f.user_id = " ARTICLE_VIEW_VIEWER                     \
    " AND f.article_id = a.id), "                                                                  \
    "u.username, u.bio, u.image, "                                                                 \
    "EXISTS (SELECT 1 FROM follows fo WHERE fo.follower_id = " ARTICLE_VIEW_VIEWER                 \
    " AND fo.followee_id = a.author_id)"
#define ARTICLE_VIEW_NCOLS 12

/* Paging for page CTEs ($2 limit, $3 offset). Written as sub-selects on purpose: a plain
 * `LIMIT $2` is a known constant to a custom plan but "10% of the rows" to the generic plan, so
 * the custom plan always looks cheaper and every execution pays for planning again. As
 * sub-selects both plans see the same thing, the generic plan is cached after five executions,
 * and the statement shapes below (lookups by primary key through LATERAL ... OFFSET 0, which
 * the planner cannot turn into hash joins) keep that plan right whatever the estimate. */
#define ARTICLE_VIEW_LIMIT "LIMIT (SELECT $2::bigint) OFFSET (SELECT $3::bigint)"

/* A page statement. `ctes` is the text after WITH and must define `page` (id plus whatever
 * `order` needs, e.g. "page AS (SELECT a.id, a.created_at FROM articles a WHERE ... ORDER BY ...
 * " ARTICLE_VIEW_LIMIT ")"); `total` is a scalar SQL expression for the number of matches;
 * `order` orders the rows like the page ("page.created_at DESC, page.id DESC"). $1, the viewer,
 * is selected (and ignored) so that every page statement takes the same first parameter whether
 * or not its page depends on who is asking. */
#define ARTICLE_VIEW_PAGE_SQL(ctes, total, order)                                                  \
    "WITH " ctes " SELECT (" total ")::bigint, page.id, $1::int"                                   \
    " FROM (SELECT 1) one LEFT JOIN page ON true ORDER BY " order
// clang-format on

/* Run a page statement (params[0] is the viewer, see caller_viewer_param) and fill out: the
 * previews in result order and articlesCount from column 0. 0 or a negative CD_E_* code (a failed
 * query's code comes back as appdb_error() maps it). */
int article_view_page(cd_request *r, const cd_stmt *st, const char *const *params,
                      api_MultipleArticlesResponse *out);
/* The same, with the page of ids cached under `key` (a string naming the statement and every
 * parameter but the viewer), invalidated by deps[0..ndeps) (cards.h tokens, e.g. "L"). */
int article_view_page_cached(cd_request *r, const cd_stmt *st, const char *const *params,
                             const char *key, const char *const *deps, size_t ndeps,
                             api_MultipleArticlesResponse *out);

/* The article with this slug / id as the caller sees it, body included. 0, CD_E_NOTFOUND (no
 * response written: the caller answers 404 naming what it looked for), or a negative CD_E_*. */
int article_view_by_slug(cd_request *r, const char *slug, api_Article *out);
int article_view_by_id(cd_request *r, int64_t id, api_Article *out);

/* Fill a preview / an article from `row`, whose ARTICLE_VIEW_COLS start at column `col` (an
 * article's body is the column right after them). 0 or CD_E_NOMEM / CD_E_INTERNAL. */
int article_view_fill_preview(cd_request *r, const PGresult *res, int row, int col,
                              api_ArticlePreview *out);
int article_view_fill_article(cd_request *r, const PGresult *res, int row, int col,
                              api_Article *out);

/* Set or clear the caller's mark on the article `slug` (a favorite, a bookmark) with `st`, whose
 * parameters are ($1 caller, $2 slug) and which returns one row, the article id, when the article
 * exists. Writers only (caller_require_writer). 0 with *id set (id may be NULL); CD_E_RESPONDED
 * after answering 401/403/404; or a negative CD_E_* (already passed through appdb_error). */
int article_view_mark(cd_request *r, const cd_stmt *st, const char *slug, int64_t *id);

/* The RealWorld 404 for a missing article, naming the slug. Returns CD_E_RESPONDED. */
int article_view_not_found(cd_request *r, const char *slug);

#endif
