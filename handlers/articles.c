/* handlers/articles.c — the Articles tag: lists and the feed, create / read / update / delete,
 * and the revision history every update keeps.
 *
 * Slugs (RealWorld, as the legacy service makes them): the ASCII-lowercased title with every run
 * of characters outside [a-z0-9] turned into one '-', trimmed of '-', at most 100 characters,
 * "article" when nothing is left. A slug that is taken — or that equals a static segment under
 * /articles ("feed", "trending"), which would shadow the article's URL — gets "-<8 random hex>".
 * Changing the title on PUT changes the slug.
 * Tags: trimmed, blanks dropped, duplicates removed; responses list them sorted by name.
 * Lists: newest first (created_at DESC, id DESC), articlesCount is the number of matches, items
 * without body; one statement per page (see article_view.h). The common totals are counters kept
 * by triggers (db/migrations/003_counters.sql), not a count(*) per request: all articles is the
 * sum of article_totals' slots, an author's is users.articles_count, the feed's is the sum of the
 * followed authors' users.articles_count; tag totals are tags.articles_count.
 *
 * Tag rows are locked in one order by every writer — bytewise ("C") name order: create and update
 * upsert their tag lists in that order (update includes the tags it is about to unlink), and the
 * statement-level triggers on article_tags lock in the same order, so writers sharing tags
 * queue instead of deadlocking.
 *
 * Writes: create and delete are one statement each (atomic on their own: PostgreSQL runs a lone
 * statement in its own transaction, so BEGIN/COMMIT would only add round trips); update runs in
 * an explicit transaction that locks the article row, stores the replaced version in
 * article_revisions (revision numbers 1..n per article, serialised by that lock) and applies the
 * change.
 */
#include <openssl/rand.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "api_handlers.h"
#include "appdb.h"
#include "caller.h"
#include "article_view.h"
#include "db.h"
#include "paging.h"

#define ARTICLES__SLUG_MAX 100
#define ARTICLES__SLUG_ATTEMPTS 5

/* ---------------------------------------------------------------- slugs and tags */

/* Static path segments under /api/articles/: an article with such a slug could not be read by
 * GET /articles/{slug}, so they count as taken. */
static bool articles__slug_reserved(const char *slug)
{
    return strcmp(slug, "feed") == 0 || strcmp(slug, "trending") == 0;
}

static bool articles__is_slug_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The slug of a title (see the file comment); arena-owned, NULL when out of memory. Streaming
 * equivalent of lowercase → replace runs → trim → cut at 100 → trim the cut's trailing '-'. */
static char *articles__slugify(cd_request *r, const char *title)
{
    char *s = cd_arena_alloc(r->arena, ARTICLES__SLUG_MAX + 1);
    if (!s)
        return NULL;
    size_t n = 0;
    bool dash = false;
    for (const unsigned char *p = (const unsigned char *)title; *p && n < ARTICLES__SLUG_MAX; p++) {
        unsigned char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (!articles__is_slug_char(c)) {
            dash = n > 0;
            continue;
        }
        if (dash) {
            s[n++] = '-';
            dash = false;
            if (n == ARTICLES__SLUG_MAX)
                break;
        }
        s[n++] = (char)c;
    }
    while (n > 0 && s[n - 1] == '-')
        n--;
    if (n == 0)
        return cd_arena_strdup(r->arena, "article");
    s[n] = '\0';
    return s;
}

/* base + "-" + 8 random hex digits, arena-owned; NULL when out of memory or without entropy. */
static char *articles__slug_suffixed(cd_request *r, const char *base)
{
    unsigned char rnd[4];
    if (RAND_bytes(rnd, sizeof rnd) != 1)
        return NULL;
    return cd_arena_printf(r->arena, "%s-%02x%02x%02x%02x", base, rnd[0], rnd[1], rnd[2], rnd[3]);
}

static bool articles__is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int articles__cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The tag list as stored: each tag trimmed, blanks dropped, duplicates removed, sorted bytewise
 * (a stable order in which every writer locks tag rows, so concurrent writers never deadlock).
 * *out is a text[] literal for one $n::text[] parameter. 0 or CD_E_NOMEM. */
static int articles__tags_param(cd_request *r, const char *const *tags, size_t count,
                                const char **out)
{
    const char **clean = cd_arena_calloc(r->arena, count ? count : 1, sizeof *clean);
    if (!clean)
        return CD_E_NOMEM;
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        const char *b = tags[i];
        while (articles__is_space((unsigned char)*b))
            b++;
        size_t len = strlen(b);
        while (len > 0 && articles__is_space((unsigned char)b[len - 1]))
            len--;
        if (len == 0)
            continue;
        char *t = cd_arena_strndup(r->arena, b, len);
        if (!t)
            return CD_E_NOMEM;
        clean[n++] = t;
    }
    qsort(clean, n, sizeof *clean, articles__cmp_str);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || strcmp(clean[m - 1], clean[i]) != 0)
            clean[m++] = clean[i];
    *out = cd_db_param_text_array(r, clean, m);
    return *out ? 0 : CD_E_NOMEM;
}

/* ---------------------------------------------------------------- lists */

/* Page statements: $1 viewer, $2 limit, $3 offset, then the filters. */
#define ARTICLES__PAGE(where)                                                                      \
    "page AS (SELECT a.id, a.created_at FROM articles a " where                                    \
    " ORDER BY a.created_at DESC, a.id DESC " ARTICLE_VIEW_LIMIT ")"
#define ARTICLES__ORDER "page.created_at DESC, page.id DESC"

/* The feed: the newest limit+offset articles of each followed author (follows primary key, then
 * articles_author_created_idx per author), merged. Its cost follows the number of authors
 * followed, not how much they wrote; so does the total, the followed authors' articles_count
 * summed (users by primary key: a hash join would read all of users). */
static const cd_stmt articles__stmt_feed =
    CD_STMT("articles_feed", 3,
            ARTICLE_VIEW_PAGE_SQL(
                "page AS (SELECT x.id, x.created_at FROM follows fo CROSS JOIN LATERAL ("
                " SELECT a.id, a.created_at FROM articles a WHERE a.author_id = fo.followee_id"
                " ORDER BY a.created_at DESC, a.id DESC LIMIT (SELECT $2::bigint"
                " + LEAST($3::bigint, 9223372036854775707))) x" /* limit <= 100: no overflow */
                " WHERE fo.follower_id = $1::int"
                " ORDER BY x.created_at DESC, x.id DESC " ARTICLE_VIEW_LIMIT ")",
                "SELECT COALESCE(sum(u.c), 0) FROM follows fo CROSS JOIN LATERAL ("
                " SELECT x.articles_count AS c FROM users x WHERE x.id = fo.followee_id"
                " OFFSET 0) u WHERE fo.follower_id = $1::int",
                ARTICLES__ORDER));

/* GET /articles has one statement per common filter (each with a plan that suits it) and a
 * general one for combinations. Unfiltered, the total is the sum of the 16 counter slots. */
static const cd_stmt articles__stmt_list_all =
    CD_STMT("articles_list_all", 3,
            ARTICLE_VIEW_PAGE_SQL(ARTICLES__PAGE(""),
                                  "SELECT COALESCE(sum(articles), 0) FROM article_totals",
                                  ARTICLES__ORDER));

/* By tag; the total is the tag's articles_count counter. The page is found one of two ways,
 * chosen per request from that count c and the table's size N (planner statistics: an estimate
 * is all this needs). A common tag: walk articles newest first and probe article_tags for each,
 * about (limit + offset) * N / c probes. A rare tag: read its c links and sort them. The walk is
 * used when it costs less than about 3c. Each branch is gated by a one-time filter, so only one
 * runs; the probe is a correlated sub-select so that it stays a per-row probe. */
static const cd_stmt articles__stmt_list_tag = CD_STMT(
    "articles_list_tag", 4,
    ARTICLE_VIEW_PAGE_SQL(
        "tg AS (SELECT t.id, t.articles_count AS c FROM tags t WHERE t.name = $4),"
        " walk AS (SELECT (SELECT c FROM tg)::float8 * (SELECT c FROM tg) * 3"
        " >= ($2::bigint::float8 + $3::bigint::float8) * GREATEST((SELECT reltuples FROM pg_class"
        " WHERE oid = 'articles'::regclass), 1) AS yes),"
        " page AS ((SELECT a.id, a.created_at FROM articles a WHERE (SELECT yes FROM walk)"
        " AND (SELECT true FROM article_tags at WHERE at.article_id = a.id"
        " AND at.tag_id = (SELECT id FROM tg))"
        " ORDER BY a.created_at DESC, a.id DESC " ARTICLE_VIEW_LIMIT ")"
        " UNION ALL"
        " (SELECT a.id, a.created_at FROM article_tags at CROSS JOIN LATERAL ("
        " SELECT x.id, x.created_at FROM articles x WHERE x.id = at.article_id OFFSET 0) a"
        " WHERE NOT (SELECT yes FROM walk) AND at.tag_id = (SELECT id FROM tg)"
        " ORDER BY a.created_at DESC, a.id DESC " ARTICLE_VIEW_LIMIT "))",
        "SELECT COALESCE((SELECT c FROM tg), 0)", ARTICLES__ORDER));

/* By author: articles_author_created_idx gives the order, users.articles_count the total (0 for
 * an unknown username). */
#define ARTICLES__AUTHOR_WHERE "WHERE a.author_id = (SELECT id FROM users WHERE username = $4)"
static const cd_stmt articles__stmt_list_author =
    CD_STMT("articles_list_author", 4,
            ARTICLE_VIEW_PAGE_SQL(
                ARTICLES__PAGE(ARTICLES__AUTHOR_WHERE),
                "SELECT COALESCE((SELECT articles_count FROM users WHERE username = $4), 0)",
                ARTICLES__ORDER));

/* Favorited by a user: that user's favorites (primary key), each article by id, sorted. */
#define ARTICLES__FAVORITED_USER "(SELECT id FROM users WHERE username = $4)"
static const cd_stmt articles__stmt_list_favorited =
    CD_STMT("articles_list_favorited", 4,
            ARTICLE_VIEW_PAGE_SQL(
                "page AS (SELECT a.id, a.created_at FROM favorites f CROSS JOIN LATERAL ("
                " SELECT x.id, x.created_at FROM articles x WHERE x.id = f.article_id OFFSET 0) a"
                " WHERE f.user_id = " ARTICLES__FAVORITED_USER
                " ORDER BY a.created_at DESC, a.id DESC " ARTICLE_VIEW_LIMIT ")",
                "SELECT count(*) FROM favorites f WHERE f.user_id = " ARTICLES__FAVORITED_USER,
                ARTICLES__ORDER));

/* $4 tag, $5 author, $6 favorited; NULL = no such filter. */
#define ARTICLES__ANY_WHERE                                                                        \
    "WHERE ($4::text IS NULL OR a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t"    \
    " ON t.id = at.tag_id WHERE t.name = $4))"                                                     \
    " AND ($5::text IS NULL OR a.author_id = (SELECT id FROM users WHERE username = $5))"          \
    " AND ($6::text IS NULL OR a.id IN (SELECT f.article_id FROM favorites f WHERE f.user_id ="    \
    " (SELECT id FROM users WHERE username = $6)))"
static const cd_stmt articles__stmt_list_any = CD_STMT(
    "articles_list_any", 6,
    ARTICLE_VIEW_PAGE_SQL(ARTICLES__PAGE(ARTICLES__ANY_WHERE),
                          "SELECT count(*) FROM articles a " ARTICLES__ANY_WHERE, ARTICLES__ORDER));

/* GET /api/articles/feed */
int handle_GetArticlesFeed(cd_request *r, const api_GetArticlesFeed_req *in,
                           api_GetArticlesFeed_res *out)
{
    const char *params[3] = {caller_viewer_param(r), cd_db_param_i64(r, in->limit),
                             cd_db_param_i64(r, in->offset)};
    if (!params[0] || !params[1] || !params[2])
        return CD_E_NOMEM;
    /* The feed changes when anyone's list does (a followed author wrote) or the caller follows
     * or unfollows someone. */
    const char *deps[2] = {"L", cd_arena_printf(r->arena, "fol:%s", params[0])};
    const char *key = cd_arena_printf(r->arena, "F:%s:%s:%s", params[0], params[1], params[2]);
    if (!deps[1] || !key)
        return CD_E_NOMEM;
    int rc =
        article_view_page_cached(r, &articles__stmt_feed, params, key, deps, 2, &out->body_200);
    if (rc)
        return rc;
    out->status = 200;
    return 0;
}

/* GET /api/articles */
int handle_GetArticles(cd_request *r, const api_GetArticles_req *in, api_GetArticles_res *out)
{
    const char *tag = in->has_tag == API_VALUE ? in->tag : NULL;
    const char *author = in->has_author == API_VALUE ? in->author : NULL;
    const char *favorited = in->has_favorited == API_VALUE ? in->favorited : NULL;
    const char *params[6] = {caller_viewer_param(r),
                             cd_db_param_i64(r, in->limit),
                             cd_db_param_i64(r, in->offset),
                             tag,
                             author,
                             favorited};
    if (!params[1] || !params[2])
        return CD_E_NOMEM;
    const cd_stmt *st = &articles__stmt_list_any;
    /* Pages of the common lists are cached (article_view_page_cached) under a key naming the
     * filter and paging, and dropped when that list can have changed (db/migrations/005, 006):
     * "L" an article added or removed, "Lt:<tag>" that tag's links, "LF" any favorite, "n:<name>"
     * the named user. */
    const char *key = NULL, *deps[3] = {"L", NULL, NULL};
    size_t ndeps = 1;
    int nfilters = (tag != NULL) + (author != NULL) + (favorited != NULL);
    if (nfilters == 0) {
        st = &articles__stmt_list_all;
        key = cd_arena_printf(r->arena, "La:%s:%s", params[1], params[2]);
    } else if (nfilters == 1) {
        params[3] = tag ? tag : author ? author : favorited;
        st = tag      ? &articles__stmt_list_tag
             : author ? &articles__stmt_list_author
                      : &articles__stmt_list_favorited;
        key = cd_arena_printf(r->arena, "L%c:%s:%s:%s",
                              tag      ? 't'
                              : author ? 'u'
                                       : 'f',
                              params[1], params[2], params[3]);
        if (tag) {
            deps[0] = cd_arena_printf(r->arena, "Lt:%s", tag);
        } else {
            deps[ndeps++] = cd_arena_printf(r->arena, "n:%s", params[3]);
            if (favorited)
                deps[ndeps++] = "LF";
        }
        if (!deps[0] || (ndeps > 1 && !deps[1]))
            return CD_E_NOMEM;
    }
    if (nfilters <= 1 && !key)
        return CD_E_NOMEM;
    int rc = article_view_page_cached(r, st, params, key, deps, ndeps, &out->body_200);
    if (rc)
        return rc;
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- create */

/* One statement: the article (nothing when the slug is taken), its tags (created on first use;
 * DO UPDATE so every tag's id comes back even when a concurrent writer just created it), the
 * links. Returns no row when the slug is taken. $6 is the normalised tag list. */
// clang-format off
static const cd_stmt articles__stmt_create = CD_STMT("articles_create", 6,
    "WITH art AS ("
    "  INSERT INTO articles (slug, title, description, body, author_id)"
    "  VALUES ($1, $2, $3, $4, $5::int) ON CONFLICT (slug) DO NOTHING"
    "  RETURNING id, slug, title, description, body, created_at, updated_at),"
    " tg AS ("
    "  INSERT INTO tags (name) SELECT n FROM unnest($6::text[]) n WHERE EXISTS (SELECT 1 FROM art)"
    "  ORDER BY n COLLATE \"C\""
    "  ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id, name),"
    " link AS ("
    "  INSERT INTO article_tags (article_id, tag_id) SELECT art.id, tg.id FROM art, tg)"
    " SELECT art.slug, art.title, art.description, art.body,"
    "  " APPDB_SQL_TS("art.created_at") ", " APPDB_SQL_TS("art.updated_at") ","
    "  COALESCE((SELECT array_agg(tg.name ORDER BY tg.name) FROM tg), '{}')"
    " FROM art");
// clang-format on

/* POST /api/articles */
int handle_CreateArticle(cd_request *r, const api_CreateArticle_req *in, api_CreateArticle_res *out)
{
    int rc = caller_require_writer(r);
    if (rc)
        return rc;
    const caller_user *me = caller_get(r);
    const api_NewArticle *a = &in->body.article;
    const char *tags = NULL;
    rc = articles__tags_param(r, a->has_tagList == API_VALUE ? a->tagList : NULL,
                              a->has_tagList == API_VALUE ? a->tagList_count : 0, &tags);
    if (rc)
        return rc;
    const char *base = articles__slugify(r, a->title);
    const char *author = cd_db_param_i64(r, me->id);
    if (!base || !author)
        return CD_E_NOMEM;

    PGresult *res = NULL;
    for (int attempt = 0; attempt < ARTICLES__SLUG_ATTEMPTS; attempt++) {
        const char *slug = base;
        if (attempt > 0 || articles__slug_reserved(base))
            slug = articles__slug_suffixed(r, base);
        if (!slug)
            return CD_E_NOMEM;
        const char *params[6] = {slug, a->title, a->description, a->body, author, tags};
        rc = cd_db_query(r, &articles__stmt_create, params, &res);
        if (rc)
            return appdb_error(r, rc);
        if (PQntuples(res) == 1)
            break;
    }
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 422, "article/title", "could not allocate a unique slug");

    api_Article *art = &out->body_201.article;
    art->slug = cd_db_str(res, 0, 0);
    art->title = cd_db_str(res, 0, 1);
    art->description = cd_db_str(res, 0, 2);
    art->body = cd_db_str(res, 0, 3);
    art->createdAt = cd_db_str(res, 0, 4);
    art->updatedAt = cd_db_str(res, 0, 5);
    rc = cd_db_text_array(r, res, 0, 6, &art->tagList, &art->tagList_count);
    if (rc)
        return rc;
    art->favorited = false;
    art->favoritesCount = 0;
    art->author = (api_Profile){
        .username = me->username,
        .bio = me->bio ? me->bio : "",
        .image = me->image ? me->image : "",
        .following = false, /* nobody follows themselves */
    };
    out->status = 201;
    return 0;
}

/* ---------------------------------------------------------------- read */

/* GET /api/articles/{slug} */
int handle_GetArticle(cd_request *r, const api_GetArticle_req *in, api_GetArticle_res *out)
{
    int rc = article_view_by_slug(r, in->slug, &out->body_200.article);
    if (rc == CD_E_NOTFOUND)
        return article_view_not_found(r, in->slug);
    if (rc)
        return rc;
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- update */

/* Lock the article; also says whether $2 (the new title's slug, or NULL) is another article's. */
static const cd_stmt articles__stmt_update_lock =
    CD_STMT("articles_update_lock", 2,
            "SELECT a.id, a.author_id, a.slug, a.title,"
            " $2::text IS NOT NULL AND EXISTS (SELECT 1 FROM articles o WHERE o.slug = $2"
            " AND o.id <> a.id)"
            " FROM articles a WHERE a.slug = $1 FOR UPDATE");

/* One statement under that lock: the current version becomes the next revision (the CTE reads
 * the row as it was before this statement), then the new values and, when $6 is not NULL, the
 * new tag set (links no longer wanted are deleted, new ones inserted). $1 article id, $2..$5 new
 * slug/title/description/body or NULL to keep, $6 tags or NULL, $7 the caller.
 * The tag upsert `tg` covers the new tags and the current ones, in name order, so every tag row
 * this statement will touch (the unlinked ones too, whose counters the delete trigger decrements)
 * is locked in the order all writers use; `nt` is the new set. */
// clang-format off
static const cd_stmt articles__stmt_update = CD_STMT("articles_update", 7,
    "WITH rev AS ("
    "  INSERT INTO article_revisions (article_id, revision, slug, title, description, body,"
    "                                 tag_list, created_at)"
    "  SELECT a.id, COALESCE((SELECT max(v.revision) FROM article_revisions v"
    "                         WHERE v.article_id = a.id), 0) + 1,"
    "         a.slug, a.title, a.description, a.body,"
    "         COALESCE((SELECT array_agg(t.name ORDER BY t.name) FROM article_tags at"
    "                   JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '{}'),"
    "         a.updated_at"
    "  FROM articles a WHERE a.id = $1::int),"
    " upd AS ("
    "  UPDATE articles SET slug = COALESCE($2, slug), title = COALESCE($3, title),"
    "         description = COALESCE($4, description), body = COALESCE($5, body),"
    "         updated_at = now()"
    "  WHERE id = $1::int"
    "  RETURNING id, slug, title, description, body, created_at, updated_at, favorites_count),"
    " tg AS ("
    "  INSERT INTO tags (name)"
    "  SELECT n FROM (SELECT unnest($6::text[]) AS n"
    "                 UNION SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
    "                 WHERE $6::text[] IS NOT NULL AND at.article_id = $1::int) s"
    "  ORDER BY n COLLATE \"C\""
    "  ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id, name),"
    " nt AS (SELECT id, name FROM tg WHERE name = ANY ($6::text[])),"
    " del AS ("
    "  DELETE FROM article_tags at WHERE $6::text[] IS NOT NULL AND at.article_id = $1::int"
    "  AND at.tag_id NOT IN (SELECT id FROM nt)),"
    " ins AS ("
    "  INSERT INTO article_tags (article_id, tag_id) SELECT $1::int, nt.id FROM nt"
    "  ON CONFLICT DO NOTHING)"
    " SELECT upd.slug, upd.title, upd.description, upd.body,"
    "  " APPDB_SQL_TS("upd.created_at") ", " APPDB_SQL_TS("upd.updated_at") ", upd.favorites_count,"
    "  CASE WHEN $6::text[] IS NULL"
    "   THEN COALESCE((SELECT array_agg(t.name ORDER BY t.name) FROM article_tags at"
    "                  JOIN tags t ON t.id = at.tag_id WHERE at.article_id = $1::int), '{}')"
    "   ELSE COALESCE((SELECT array_agg(nt.name ORDER BY nt.name) FROM nt), '{}') END,"
    "  EXISTS (SELECT 1 FROM favorites f WHERE f.user_id = $7::int AND f.article_id = $1::int)"
    " FROM upd");
// clang-format on

/* PUT /api/articles/{slug} */
int handle_UpdateArticle(cd_request *r, const api_UpdateArticle_req *in, api_UpdateArticle_res *out)
{
    int rc = caller_require_writer(r);
    if (rc)
        return rc;
    const caller_user *me = caller_get(r);
    const api_UpdateArticle *u = &in->body.article;
    const char *title = u->has_title == API_VALUE ? u->title : NULL;
    const char *base = title ? articles__slugify(r, title) : NULL;
    const char *tags = NULL;
    if (u->has_tagList == API_VALUE) {
        rc = articles__tags_param(r, u->tagList, u->tagList_count, &tags);
        if (rc)
            return rc;
    }
    const char *caller = cd_db_param_i64(r, me->id);
    if ((title && !base) || !caller)
        return CD_E_NOMEM;

    PGresult *res = NULL;
    for (int attempt = 0; attempt < ARTICLES__SLUG_ATTEMPTS; attempt++) {
        rc = cd_db_begin(r);
        if (rc)
            return appdb_error(r, rc);
        const char *lock_params[2] = {in->slug, base};
        rc = cd_db_query(r, &articles__stmt_update_lock, lock_params, &res);
        if (rc)
            return appdb_error(r, rc);
        if (PQntuples(res) == 0)
            return article_view_not_found(r, in->slug);
        if (cd_db_i64(res, 0, 1) != me->id)
            return cd_req_fail(r, 403, "slug", "only the author may edit article '%s'", in->slug);
        const char *id = cd_db_str(res, 0, 0);
        const char *slug = NULL; /* NULL keeps the current slug */
        if (title && strcmp(title, cd_db_str(res, 0, 3)) != 0 &&
            strcmp(base, cd_db_str(res, 0, 2)) != 0) {
            bool taken = cd_db_bool(res, 0, 4) || articles__slug_reserved(base);
            slug = (attempt > 0 || taken) ? articles__slug_suffixed(r, base) : base;
            if (!slug)
                return CD_E_NOMEM;
        }
        const char *params[7] = {
            id,
            slug,
            title,
            u->has_description == API_VALUE ? u->description : NULL,
            u->has_body == API_VALUE ? u->body : NULL,
            tags,
            caller,
        };
        rc = cd_db_query(r, &articles__stmt_update, params, &res);
        if (rc == CD_E_DB && strcmp(cd_db_sqlstate(r), "23505") == 0 &&
            strcmp(cd_db_constraint(r), "articles_slug_key") == 0) {
            /* another writer took the slug since we looked: try a suffixed one */
            cd_db_rollback(r);
            continue;
        }
        if (rc)
            return appdb_error(r, rc);
        rc = cd_db_commit(r);
        if (rc)
            return appdb_error(r, rc);
        break;
    }
    if (rc)
        return cd_req_fail(r, 422, "article/title", "could not allocate a unique slug");

    api_Article *art = &out->body_200.article;
    art->slug = cd_db_str(res, 0, 0);
    art->title = cd_db_str(res, 0, 1);
    art->description = cd_db_str(res, 0, 2);
    art->body = cd_db_str(res, 0, 3);
    art->createdAt = cd_db_str(res, 0, 4);
    art->updatedAt = cd_db_str(res, 0, 5);
    art->favoritesCount = cd_db_i64(res, 0, 6);
    rc = cd_db_text_array(r, res, 0, 7, &art->tagList, &art->tagList_count);
    if (rc)
        return rc;
    art->favorited = cd_db_bool(res, 0, 8);
    art->author = (api_Profile){
        .username = me->username,
        .bio = me->bio ? me->bio : "",
        .image = me->image ? me->image : "",
        .following = false,
    };
    out->status = 200;
    return 0;
}

/* ---------------------------------------------------------------- delete */

/* One statement: deletes only when $2 is the author; the row says whether it existed and whose. */
static const cd_stmt articles__stmt_delete =
    CD_STMT("articles_delete", 2,
            "WITH a AS (SELECT id, author_id FROM articles WHERE slug = $1),"
            " d AS (DELETE FROM articles x USING a WHERE x.id = a.id AND a.author_id = $2::int"
            " RETURNING x.id)"
            " SELECT a.author_id FROM a");

/* DELETE /api/articles/{slug} */
int handle_DeleteArticle(cd_request *r, const api_DeleteArticle_req *in, api_DeleteArticle_res *out)
{
    int rc = caller_require_writer(r);
    if (rc)
        return rc;
    const caller_user *me = caller_get(r);
    const char *params[2] = {in->slug, cd_db_param_i64(r, me->id)};
    if (!params[1])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    rc = cd_db_query(r, &articles__stmt_delete, params, &res);
    if (rc)
        return appdb_error(r, rc);
    if (PQntuples(res) == 0)
        return article_view_not_found(r, in->slug);
    if (cd_db_i64(res, 0, 0) != me->id)
        return cd_req_fail(r, 403, "slug", "only the author may delete article '%s'", in->slug);
    out->status = 204;
    return 0;
}

/* ---------------------------------------------------------------- revisions */

/* The article's previous versions, newest first, and how many there are; one row with NULL
 * revision columns when there are none, no row when the article does not exist. */
// clang-format off
static const cd_stmt articles__stmt_revisions = CD_STMT("articles_revisions", 3,
    "WITH a AS (SELECT id FROM articles WHERE slug = $1)"
    " SELECT (SELECT count(*) FROM article_revisions c WHERE c.article_id = a.id),"
    "  v.revision, v.slug, v.title, v.description, v.body, v.tag_list,"
    "  " APPDB_SQL_TS("v.created_at") ", " APPDB_SQL_TS("v.replaced_at")
    " FROM a LEFT JOIN LATERAL ("
    "  SELECT * FROM article_revisions r WHERE r.article_id = a.id"
    "  ORDER BY r.revision DESC LIMIT $2 OFFSET $3) v ON true"
    " ORDER BY v.revision DESC");
// clang-format on

/* GET /api/articles/{slug}/revisions */
int handle_ListArticleRevisions(cd_request *r, const api_ListArticleRevisions_req *in,
                                api_ListArticleRevisions_res *out)
{
    const char *params[3] = {in->slug, cd_db_param_i64(r, in->limit),
                             cd_db_param_i64(r, in->offset)};
    if (!params[1] || !params[2])
        return CD_E_NOMEM;
    PGresult *res = NULL;
    int rc = cd_db_query(r, &articles__stmt_revisions, params, &res);
    if (rc)
        return appdb_error(r, rc);
    paging_page pg;
    rc = paging_decode(r, res, 0, 1, sizeof(api_Revision), &pg);
    if (rc == CD_E_NOTFOUND)
        return article_view_not_found(r, in->slug);
    if (rc)
        return rc;
    api_RevisionsResponse *body = &out->body_200;
    body->revisionsCount = pg.total;
    body->revisions = pg.items;
    int n = (int)pg.n;
    for (int i = 0; i < n; i++) {
        api_Revision *v = &body->revisions[i];
        v->revision = cd_db_i64(res, i, 1);
        v->slug = cd_db_str(res, i, 2);
        v->title = cd_db_str(res, i, 3);
        v->description = cd_db_str(res, i, 4);
        v->body = cd_db_str(res, i, 5);
        rc = cd_db_text_array(r, res, i, 6, &v->tagList, &v->tagList_count);
        if (rc)
            return rc;
        v->createdAt = cd_db_str(res, i, 7);
        v->replacedAt = cd_db_str(res, i, 8);
    }
    body->revisions_count = (size_t)n;
    out->status = 200;
    return 0;
}
