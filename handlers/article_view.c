/* handlers/article_view.c — loading articles for a viewer and filling api_Article /
 * api_ArticlePreview from the shared column layout (see article_view.h). */
#include "article_view.h"

/* One SELECT each: the article, its author's profile as the viewer sees it, its sorted tags. */
static const cd_stmt st_by_slug =
    CD_STMT("artv_by_slug", 2,
            "SELECT " ARTICLE_VIEW_COLS ", a.body FROM articles a JOIN users u ON u.id = "
            "a.author_id WHERE a.slug = $2");
static const cd_stmt st_by_id =
    CD_STMT("artv_by_id", 2,
            "SELECT " ARTICLE_VIEW_COLS ", a.body FROM articles a JOIN users u ON u.id = "
            "a.author_id WHERE a.id = $2::int");

int article_view_fill_preview(cd_request *r, const PGresult *res, int row, int col,
                              api_ArticlePreview *out)
{
    out->slug = app_col_str(res, row, col + 0);
    out->title = app_col_str(res, row, col + 1);
    out->description = app_col_str(res, row, col + 2);
    out->createdAt = app_col_str(res, row, col + 3);
    out->updatedAt = app_col_str(res, row, col + 4);
    out->favoritesCount = app_col_i64(res, row, col + 5);
    out->favorited = app_col_bool(res, row, col + 7);
    out->author.username = app_col_str(res, row, col + 8);
    out->author.bio = app_col_str(res, row, col + 9);
    out->author.image = app_col_str(res, row, col + 10);
    out->author.following = app_col_bool(res, row, col + 11);
    return app_col_text_array(r, res, row, col + 6, &out->tagList, &out->tagList_count);
}

int article_view_fill_article(cd_request *r, const PGresult *res, int row, int col,
                              api_Article *out)
{
    api_ArticlePreview p;
    int rc = article_view_fill_preview(r, res, row, col, &p);
    if (rc)
        return rc;
    *out = (api_Article){
        .slug = p.slug,
        .title = p.title,
        .description = p.description,
        .body = app_col_str(res, row, col + ARTICLE_VIEW_NCOLS),
        .tagList = p.tagList,
        .tagList_count = p.tagList_count,
        .createdAt = p.createdAt,
        .updatedAt = p.updatedAt,
        .favorited = p.favorited,
        .favoritesCount = p.favoritesCount,
        .author = p.author,
    };
    return 0;
}

static int article_view__one(cd_request *r, const cd_stmt *st, const char *key, api_Article *out)
{
    const char *params[2] = {app_viewer_param(r), key};
    PGresult *res = NULL;
    int rc = cd_db_query(r, st, params, &res);
    if (rc)
        return app_db_error(r, rc);
    if (PQntuples(res) == 0)
        return CD_E_NOTFOUND;
    return article_view_fill_article(r, res, 0, 0, out);
}

int article_view_by_slug(cd_request *r, const char *slug, api_Article *out)
{
    return article_view__one(r, &st_by_slug, slug, out);
}

int article_view_by_id(cd_request *r, int64_t id, api_Article *out)
{
    const char *key = app_i64(r, id);
    if (!key)
        return CD_E_NOMEM;
    return article_view__one(r, &st_by_id, key, out);
}

int article_view_page(cd_request *r, const cd_stmt *st, const char *const *params,
                      api_MultipleArticlesResponse *out)
{
    PGresult *res = NULL;
    int rc = cd_db_query(r, st, params, &res);
    if (rc)
        return app_db_error(r, rc);
    int n = PQntuples(res);
    out->articlesCount = n > 0 ? app_col_i64(res, 0, 0) : 0;
    out->articles = NULL;
    out->articles_count = 0;
    /* An empty page is one row whose article columns are NULL (the outer join). */
    if (n == 0 || (n == 1 && PQgetisnull(res, 0, 1)))
        return 0;
    api_ArticlePreview *items = cd_arena_calloc(r->arena, (size_t)n, sizeof *items);
    if (!items)
        return CD_E_NOMEM;
    for (int i = 0; i < n; i++) {
        rc = article_view_fill_preview(r, res, i, 1, &items[i]);
        if (rc)
            return rc;
    }
    out->articles = items;
    out->articles_count = (size_t)n;
    return 0;
}

int article_view_not_found(cd_request *r, const char *slug)
{
    return cd_req_fail(r, 404, "slug", "article '%s' not found", slug);
}
