/* handlers/tags.c — the Tags tag: GET /tags (RealWorld).
 *
 * The tags used by at least one article, most used first, ties by name. tags.articles_count is a
 * trigger-maintained counter and tags_popular_idx orders by it, so this is an index scan, not an
 * aggregate over article_tags. The list is cached (runtime/cache.h) until a tag changes ("T": a
 * link added or removed, a counter moved, a tag renamed), stored as the names, each NUL-ended.
 */
#include <string.h>

#include "api_handlers.h"
#include "appdb.h"
#include "cache.h"
#include "cards.h"
#include "db.h"

static const cd_stmt tags__stmt_used =
    CD_STMT("tags_used", 0,
            "SELECT name FROM tags WHERE articles_count > 0 ORDER BY articles_count DESC, name");

/* GET /api/tags */
int handle_GetTags(cd_request *r, const api_GetTags_req *in, api_GetTags_res *out)
{
    (void)in;
    static const char *const deps[1] = {"T"};
    bool use = cards_cacheable(r);
    char *val = NULL;
    size_t len = 0;
    cd_cache_ticket t;
    int rc = use ? cd_cache_get("tags", deps, 1, r->arena, (void **)&val, &len, &t) : 0;
    if (rc != 1) {
        PGresult *res = NULL;
        if ((rc = cd_db_query(r, &tags__stmt_used, NULL, &res)))
            return appdb_error(r, rc);
        len = 0;
        for (int i = 0; i < PQntuples(res); i++)
            len += (size_t)PQgetlength(res, i, 0) + 1;
        if (!(val = cd_arena_alloc(r->arena, len + 1)))
            return CD_E_NOMEM;
        char *p = val;
        for (int i = 0; i < PQntuples(res); i++) {
            memcpy(p, PQgetvalue(res, i, 0), (size_t)PQgetlength(res, i, 0) + 1);
            p += PQgetlength(res, i, 0) + 1;
        }
        if (use)
            cd_cache_put("tags", &t, val, len);
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += val[i] == '\0';
    const char **tags = cd_arena_calloc(r->arena, n > 0 ? n : 1, sizeof *tags);
    if (!tags)
        return CD_E_NOMEM;
    for (size_t i = 0, off = 0; i < n; i++) {
        tags[i] = val + off;
        off += strlen(val + off) + 1;
    }
    out->body_200.tags = tags;
    out->body_200.tags_count = (size_t)n;
    out->status = 200;
    return 0;
}
