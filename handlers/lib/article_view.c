/* handlers/lib/article_view.c — loading articles for a viewer and filling api_Article /
 * api_ArticlePreview from the shared column layout (see article_view.h). */
#include "article_view.h"

#include <string.h>

#include "caller.h"
#include "cards.h"

/* One SELECT each: the article, its author's profile as the viewer sees it, its sorted tags. */
static const cd_stmt article_view__stmt_by_slug =
    CD_STMT("article_view_by_slug", 2,
            "SELECT " ARTICLE_VIEW_COLS ", a.body FROM articles a JOIN users u ON u.id = "
            "a.author_id WHERE a.slug = $2");
static const cd_stmt article_view__stmt_by_id =
    CD_STMT("article_view_by_id", 2,
            "SELECT " ARTICLE_VIEW_COLS ", a.body FROM articles a JOIN users u ON u.id = "
            "a.author_id WHERE a.id = $2::int");

int article_view_fill_preview(cd_request *r, const PGresult *res, int row, int col,
                              api_ArticlePreview *out)
{
    out->slug = cd_db_str(res, row, col + 0);
    out->title = cd_db_str(res, row, col + 1);
    out->description = cd_db_str(res, row, col + 2);
    out->createdAt = cd_db_str(res, row, col + 3);
    out->updatedAt = cd_db_str(res, row, col + 4);
    out->favoritesCount = cd_db_i64(res, row, col + 5);
    out->favorited = cd_db_bool(res, row, col + 7);
    out->author.username = cd_db_str(res, row, col + 8);
    out->author.bio = cd_db_str(res, row, col + 9);
    out->author.image = cd_db_str(res, row, col + 10);
    out->author.following = cd_db_bool(res, row, col + 11);
    return cd_db_text_array(r, res, row, col + 6, &out->tagList, &out->tagList_count);
}

/* An article is its preview plus the body. */
static void article_view__with_body(const api_ArticlePreview *p, const char *body, api_Article *out)
{
    *out = (api_Article){
        .slug = p->slug,
        .title = p->title,
        .description = p->description,
        .body = body,
        .tagList = p->tagList,
        .tagList_count = p->tagList_count,
        .createdAt = p->createdAt,
        .updatedAt = p->updatedAt,
        .favorited = p->favorited,
        .favoritesCount = p->favoritesCount,
        .author = p->author,
    };
}

int article_view_fill_article(cd_request *r, const PGresult *res, int row, int col,
                              api_Article *out)
{
    api_ArticlePreview p;
    int rc = article_view_fill_preview(r, res, row, col, &p);
    if (rc)
        return rc;
    article_view__with_body(&p, cd_db_str(res, row, col + ARTICLE_VIEW_NCOLS), out);
    return 0;
}

static int article_view__one(cd_request *r, const cd_stmt *st, const char *key, api_Article *out)
{
    const char *params[2] = {caller_viewer_param(r), key};
    PGresult *res = NULL;
    int rc = cd_db_query(r, st, params, &res);
    if (rc)
        return appdb_error(r, rc);
    if (PQntuples(res) == 0)
        return CD_E_NOTFOUND;
    return article_view_fill_article(r, res, 0, 0, out);
}

/* ---------------------------------------------------------------- from cached pieces */

/* The viewer's sets, or empty ones for an anonymous caller. */
static int article_view__viewer(cd_request *r, cards_set *fav, cards_set *fol)
{
    *fav = *fol = (cards_set){0};
    const caller_user *me = caller_get(r);
    if (!me)
        return 0;
    int rc = cards_favorites(r, me->id, fav);
    return rc ? rc : cards_following(r, me->id, fol);
}

static int article_view__preview(cd_request *r, const cards_article *a, const cards_user *author,
                                 const cards_set *fav, const cards_set *fol,
                                 api_ArticlePreview *out)
{
    *out = (api_ArticlePreview){
        .slug = a->slug,
        .title = a->title,
        .description = a->description,
        .createdAt = a->created_at,
        .updatedAt = a->updated_at,
        .favoritesCount = a->favorites_count,
        .favorited = cards_set_has(fav, a->id),
        .author = {.username = author->username,
                   .bio = author->bio,
                   .image = author->image,
                   .following = cards_set_has(fol, a->author_id)},
    };
    return cd_db_text_array_parse(r, a->tags, &out->tagList, &out->tagList_count);
}

/* One article from the cache (GET/HEAD): usually no query at all. */
static int article_view__cached(cd_request *r, const char *slug, int64_t id, api_Article *out)
{
    cards_article a;
    int rc = slug ? cards_article_by_slug(r, slug, &a) : cards_articles(r, &id, 1, &a);
    if (rc)
        return rc == CD_E_NOTFOUND ? rc : appdb_error(r, rc);
    if (!a.id)
        return CD_E_NOTFOUND;
    cards_user author;
    cards_set fav, fol;
    if ((rc = cards_user_by_id(r, a.author_id, &author)) == CD_E_NOTFOUND)
        return CD_E_NOTFOUND; /* the author was deleted (and the article with them) meanwhile */
    if (rc || (rc = article_view__viewer(r, &fav, &fol)))
        return appdb_error(r, rc);
    api_ArticlePreview p;
    if ((rc = article_view__preview(r, &a, &author, &fav, &fol, &p)))
        return rc;
    article_view__with_body(&p, a.body, out);
    return 0;
}

int article_view_by_slug(cd_request *r, const char *slug, api_Article *out)
{
    if (cards_cacheable(r))
        return article_view__cached(r, slug, 0, out);
    return article_view__one(r, &article_view__stmt_by_slug, slug, out);
}

int article_view_by_id(cd_request *r, int64_t id, api_Article *out)
{
    if (cards_cacheable(r))
        return article_view__cached(r, NULL, id, out);
    const char *key = cd_db_param_i64(r, id);
    if (!key)
        return CD_E_NOMEM;
    return article_view__one(r, &article_view__stmt_by_id, key, out);
}

int article_view_page_cached(cd_request *r, const cd_stmt *st, const char *const *params,
                             const char *key, const char *const *deps, size_t ndeps,
                             api_MultipleArticlesResponse *out)
{
    int64_t total = 0;
    const int64_t *ids = NULL;
    size_t n = 0;
    int rc = cards_page(r, st, params, key, deps, ndeps, &total, &ids, &n);
    if (rc)
        return appdb_error(r, rc);
    out->articlesCount = total;
    out->articles = NULL;
    out->articles_count = 0;
    if (n == 0)
        return 0;
    cards_article *arts = cd_arena_calloc(r->arena, n, sizeof *arts);
    cards_user *authors = cd_arena_calloc(r->arena, n, sizeof *authors);
    int64_t *author_ids = cd_arena_calloc(r->arena, n, sizeof *author_ids);
    api_ArticlePreview *items = cd_arena_calloc(r->arena, n, sizeof *items);
    if (!arts || !authors || !author_ids || !items)
        return CD_E_NOMEM;
    if ((rc = cards_articles(r, ids, n, arts)))
        return appdb_error(r, rc);
    for (size_t i = 0; i < n; i++)
        author_ids[i] = arts[i].author_id;
    cards_set fav, fol;
    if ((rc = cards_users(r, author_ids, n, authors)) || (rc = article_view__viewer(r, &fav, &fol)))
        return appdb_error(r, rc);
    /* An article deleted between the page and its card is left out, not shown half-empty. */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!arts[i].id || !authors[i].id)
            continue;
        if ((rc = article_view__preview(r, &arts[i], &authors[i], &fav, &fol, &items[k++])))
            return rc;
    }
    out->articles = items;
    out->articles_count = k;
    return 0;
}

int article_view_page(cd_request *r, const cd_stmt *st, const char *const *params,
                      api_MultipleArticlesResponse *out)
{
    return article_view_page_cached(r, st, params, NULL, NULL, 0, out);
}

int article_view_not_found(cd_request *r, const char *slug)
{
    return cd_req_fail(r, 404, "slug", "article '%s' not found", slug);
}

int article_view_mark(cd_request *r, const cd_stmt *st, const char *slug, int64_t *id)
{
    int rc = caller_require_writer(r);
    if (rc)
        return rc;
    const char *params[2] = {caller_viewer_param(r), slug};
    PGresult *res = NULL;
    rc = cd_db_query(r, st, params, &res);
    if (rc == CD_E_DB && strcmp(cd_db_sqlstate(r), "23503") == 0) /* article deleted meanwhile */
        return article_view_not_found(r, slug);
    if (rc)
        return appdb_error(r, rc);
    if (PQntuples(res) == 0)
        return article_view_not_found(r, slug);
    if (id)
        *id = cd_db_i64(res, 0, 0);
    return 0;
}
