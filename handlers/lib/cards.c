/* handlers/lib/cards.c — cached article/user cards, viewer sets and id pages (see cards.h).
 *
 * Encoding of a cached record: the row's text values as the database sent them, packed as
 * [u32 count][u32 length per value, UINT32_MAX = NULL][values, each NUL-terminated]; decoding
 * points into the arena copy the cache hands out. Sets and pages are raw int64 arrays.
 */
#include "cards.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appdb.h"
#include "cache.h"

#define CARDS__ARTICLE_NCOLS 10
#define CARDS__USER_NCOLS 8
#define CARDS__KEY_MAX 160

// clang-format off
static const cd_stmt cards__stmt_articles = CD_STMT(
    "cards_articles", 1,
    "SELECT a.id, a.slug, a.title, a.description, " APPDB_SQL_TS("a.created_at") ", "
    APPDB_SQL_TS("a.updated_at") ", a.favorites_count,"
    " COALESCE((SELECT array_agg(t.name ORDER BY t.name) FROM article_tags at"
    " JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '{}'), a.author_id, a.body"
    " FROM articles a WHERE a.id = ANY($1::int[])");
static const cd_stmt cards__stmt_article_id = CD_STMT(
    "cards_article_id", 1, "SELECT id FROM articles WHERE slug = $1");
static const cd_stmt cards__stmt_users = CD_STMT(
    "cards_users", 1,
    "SELECT id, username, email, bio, image, role, banned, " APPDB_SQL_CUTOFF("users")
    " FROM users WHERE id = ANY($1::int[])");
static const cd_stmt cards__stmt_user_id = CD_STMT(
    "cards_user_id", 1, "SELECT id FROM users WHERE username = $1");
static const cd_stmt cards__stmt_favorites = CD_STMT(
    "cards_favorites", 1,
    "SELECT COALESCE(array_agg(article_id ORDER BY article_id), '{}') FROM favorites"
    " WHERE user_id = $1::int");
static const cd_stmt cards__stmt_following = CD_STMT(
    "cards_following", 1,
    "SELECT COALESCE(array_agg(followee_id ORDER BY followee_id), '{}') FROM follows"
    " WHERE follower_id = $1::int");
// clang-format on

bool cards_cacheable(const cd_request *r)
{
    return (r->method == CD_M_GET || r->method == CD_M_HEAD) && cd_cache_enabled();
}

/* ---------------------------------------------------------------- record encoding */

static void *cards__pack(cd_request *r, const PGresult *res, int row, int ncols, size_t *len)
{
    size_t n = 4 + 4 * (size_t)ncols;
    for (int c = 0; c < ncols; c++)
        if (!PQgetisnull(res, row, c))
            n += (size_t)PQgetlength(res, row, c) + 1;
    unsigned char *buf = cd_arena_alloc(r->arena, n);
    if (!buf)
        return NULL;
    uint32_t count = (uint32_t)ncols;
    memcpy(buf, &count, 4);
    size_t off = 4 + 4 * (size_t)ncols;
    for (int c = 0; c < ncols; c++) {
        uint32_t l = UINT32_MAX;
        if (!PQgetisnull(res, row, c)) {
            l = (uint32_t)PQgetlength(res, row, c);
            memcpy(buf + off, PQgetvalue(res, row, c), l);
            buf[off + l] = '\0';
            off += l + 1;
        }
        memcpy(buf + 4 + 4 * (size_t)c, &l, 4);
    }
    *len = n;
    return buf;
}

/* vals[i] point into buf (NULL for SQL NULL). CD_E_INTERNAL when malformed. */
static int cards__unpack(char *buf, size_t len, const char **vals, int ncols)
{
    uint32_t count;
    if (len < 4)
        return CD_E_INTERNAL;
    memcpy(&count, buf, 4);
    size_t off = 4 + 4 * (size_t)count;
    if ((int)count != ncols || off > len)
        return CD_E_INTERNAL;
    for (int c = 0; c < ncols; c++) {
        uint32_t l;
        memcpy(&l, buf + 4 + 4 * (size_t)c, 4);
        if (l == UINT32_MAX) {
            vals[c] = NULL;
            continue;
        }
        if (off + l + 1 > len)
            return CD_E_INTERNAL;
        vals[c] = buf + off;
        off += l + 1;
    }
    return 0;
}

static int64_t cards__i64(const char *s)
{
    return s ? strtoll(s, NULL, 10) : 0;
}

static const char *cards__str(const char *s)
{
    return s ? s : "";
}

/* {1,2,3} → sorted int64 array in the arena. */
static int cards__parse_ids(cd_request *r, const char *lit, int64_t **out, size_t *n)
{
    size_t cap = 1;
    for (const char *p = lit; *p; p++)
        cap += *p == ',';
    int64_t *ids = cd_arena_calloc(r->arena, cap, sizeof *ids);
    if (!ids)
        return CD_E_NOMEM;
    size_t k = 0;
    const char *p = lit;
    if (*p == '{')
        p++;
    while (*p && *p != '}') {
        char *end;
        long long v = strtoll(p, &end, 10);
        if (end == p || k >= cap)
            return CD_E_INTERNAL;
        ids[k++] = v;
        p = *end == ',' ? end + 1 : end;
    }
    *out = ids;
    *n = k;
    return 0;
}

/* "{1,2,3}" for ids, as a $n::int[] parameter. */
static const char *cards__ids_param(cd_request *r, const int64_t *ids, size_t n)
{
    size_t cap = 3 + n * 21; /* braces, NUL; each id: a comma and at most 20 characters */
    char *s = cd_arena_alloc(r->arena, cap);
    if (!s)
        return NULL;
    size_t off = 0;
    s[off++] = '{';
    for (size_t i = 0; i < n; i++) {
        int w = snprintf(s + off, cap - off, i ? ",%lld" : "%lld", (long long)ids[i]);
        if (w < 0 || (size_t)w >= cap - off)
            return NULL;
        off += (size_t)w;
    }
    s[off++] = '}';
    s[off] = '\0';
    return s;
}

/* ---------------------------------------------------------------- generic lookups */

/* Cache lookup when the request may use the cache; otherwise a miss with a dead ticket. */
static int cards__get(cd_request *r, bool use, const char *key, const char *const *deps,
                      size_t ndeps, void **val, size_t *len, cd_cache_ticket *t)
{
    if (!use) {
        *t = (cd_cache_ticket){0};
        return 0;
    }
    int rc = cd_cache_get(key, deps, ndeps, r->arena, val, len, t);
    return rc < 0 ? 0 : rc; /* arena full: read the database (and fail there, if it must) */
}

static void cards__put(bool use, const char *key, const cd_cache_ticket *t, const void *val,
                       size_t len)
{
    if (use)
        cd_cache_put(key, t, val, len);
}

/* name → id through key "<prefix><name>" (e.g. "s:", "n:"), one query on a miss. */
static int cards__id_by(cd_request *r, const char *prefix, const char *name, const cd_stmt *st,
                        int64_t *id)
{
    char key[CARDS__KEY_MAX];
    int kl = snprintf(key, sizeof key, "%s%s", prefix, name);
    bool cacheable = kl > 0 && (size_t)kl < sizeof key;
    const char *deps[1] = {key};
    void *val;
    size_t len;
    cd_cache_ticket t = {0};
    cacheable = cacheable && cards_cacheable(r);
    if (cacheable && cards__get(r, true, key, deps, 1, &val, &len, &t) == 1 && len == sizeof *id) {
        memcpy(id, val, sizeof *id);
        return 0;
    }
    const char *params[1] = {name};
    PGresult *res;
    int rc = cd_db_query(r, st, params, &res);
    if (rc)
        return rc;
    if (PQntuples(res) != 1)
        return CD_E_NOTFOUND; /* not cached: creating it sends no token for this key's entry */
    *id = cd_db_i64(res, 0, 0);
    cards__put(cacheable, key, &t, id, sizeof *id);
    return 0;
}

typedef int (*cards__fill_fn)(const char **vals, void *out, size_t i);

/* Records for ids[0..n) under keys "<prefix><id>" (dep: the key itself); the misses in one
 * query through st ($1 = int[]), whose column 0 is the id. fill(vals, out, i) decodes one. */
static int cards__records(cd_request *r, bool use, const char *prefix, const cd_stmt *st, int ncols,
                          const int64_t *ids, size_t n, void *out, cards__fill_fn fill)
{
    if (n == 0)
        return 0;
    int64_t *missing = cd_arena_calloc(r->arena, n, sizeof *missing);
    cd_cache_ticket *tickets = cd_arena_calloc(r->arena, n, sizeof *tickets);
    const char **vals = cd_arena_calloc(r->arena, (size_t)ncols, sizeof *vals);
    if (!missing || !tickets || !vals)
        return CD_E_NOMEM;
    size_t nmiss = 0;
    char key[CARDS__KEY_MAX];
    const char *deps[1] = {key};
    for (size_t i = 0; i < n; i++) {
        snprintf(key, sizeof key, "%s%lld", prefix, (long long)ids[i]);
        void *val;
        size_t len;
        if (cards__get(r, use, key, deps, 1, &val, &len, &tickets[i]) == 1 &&
            cards__unpack(val, len, vals, ncols) == 0) {
            int rc = fill(vals, out, i);
            if (rc)
                return rc;
            continue;
        }
        missing[nmiss++] = ids[i];
    }
    if (nmiss == 0)
        return 0;
    const char *params[1] = {cards__ids_param(r, missing, nmiss)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res;
    int rc = cd_db_query(r, st, params, &res);
    if (rc)
        return rc;
    int rows = PQntuples(res);
    for (int row = 0; row < rows; row++) {
        size_t len;
        char *buf = cards__pack(r, res, row, ncols, &len);
        if (!buf)
            return CD_E_NOMEM;
        int64_t id = cd_db_i64(res, row, 0);
        snprintf(key, sizeof key, "%s%lld", prefix, (long long)id);
        bool first = true;
        /* the same id may appear more than once in ids (a list never repeats one, but be exact) */
        for (size_t i = 0; i < n; i++) {
            if (ids[i] != id)
                continue;
            if (first) {
                cards__put(use, key, &tickets[i], buf, len);
                first = false;
            }
            if ((rc = cards__unpack(buf, len, vals, ncols)) || (rc = fill(vals, out, i)))
                return rc;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- articles */

static int cards__fill_article(const char **v, void *out, size_t i)
{
    cards_article *a = (cards_article *)out + i;
    *a = (cards_article){
        .id = cards__i64(v[0]),
        .slug = cards__str(v[1]),
        .title = cards__str(v[2]),
        .description = cards__str(v[3]),
        .created_at = cards__str(v[4]),
        .updated_at = cards__str(v[5]),
        .favorites_count = cards__i64(v[6]),
        .tags = v[7] ? v[7] : "{}",
        .author_id = cards__i64(v[8]),
        .body = cards__str(v[9]),
    };
    return 0;
}

int cards_articles(cd_request *r, const int64_t *ids, size_t n, cards_article *out)
{
    memset(out, 0, n * sizeof *out);
    return cards__records(r, cards_cacheable(r), "a:", &cards__stmt_articles, CARDS__ARTICLE_NCOLS,
                          ids, n, out, cards__fill_article);
}

int cards_article_by_slug(cd_request *r, const char *slug, cards_article *out)
{
    int64_t id;
    int rc = cards__id_by(r, "s:", slug, &cards__stmt_article_id, &id);
    if (rc)
        return rc;
    if ((rc = cards_articles(r, &id, 1, out)))
        return rc;
    return out->id ? 0 : CD_E_NOTFOUND; /* deleted between the two reads */
}

/* ---------------------------------------------------------------- users */

static int cards__fill_user(const char **v, void *out, size_t i)
{
    cards_user *u = (cards_user *)out + i;
    *u = (cards_user){
        .id = cards__i64(v[0]),
        .username = cards__str(v[1]),
        .email = cards__str(v[2]),
        .bio = cards__str(v[3]),
        .image = cards__str(v[4]),
        .role = v[5] ? v[5] : "user",
        .banned = v[6] && v[6][0] == 't',
        .cutoff = cards__i64(v[7]),
    };
    return 0;
}

int cards_users(cd_request *r, const int64_t *ids, size_t n, cards_user *out)
{
    memset(out, 0, n * sizeof *out);
    return cards__records(r, cards_cacheable(r), "u:", &cards__stmt_users, CARDS__USER_NCOLS, ids,
                          n, out, cards__fill_user);
}

int cards_auth_user(cd_request *r, int64_t id, cards_user *out)
{
    memset(out, 0, sizeof *out);
    int rc = cards__records(r, cd_cache_enabled(), "u:", &cards__stmt_users, CARDS__USER_NCOLS, &id,
                            1, out, cards__fill_user);
    if (rc)
        return rc;
    return out->id ? 0 : CD_E_NOTFOUND;
}

int cards_user_by_id(cd_request *r, int64_t id, cards_user *out)
{
    int rc = cards_users(r, &id, 1, out);
    if (rc)
        return rc;
    return out->id ? 0 : CD_E_NOTFOUND;
}

int cards_user_by_name(cd_request *r, const char *username, cards_user *out)
{
    int64_t id;
    int rc = cards__id_by(r, "n:", username, &cards__stmt_user_id, &id);
    if (rc)
        return rc;
    return cards_user_by_id(r, id, out);
}

/* ---------------------------------------------------------------- viewer sets */

static int cards__set(cd_request *r, const char *prefix, const cd_stmt *st, int64_t uid,
                      cards_set *out)
{
    char key[CARDS__KEY_MAX];
    snprintf(key, sizeof key, "%s%lld", prefix, (long long)uid);
    const char *deps[1] = {key};
    void *val;
    size_t len;
    cd_cache_ticket t;
    bool use = cards_cacheable(r);
    if (cards__get(r, use, key, deps, 1, &val, &len, &t) == 1 && len % sizeof(int64_t) == 0) {
        out->ids = val;
        out->n = len / sizeof(int64_t);
        return 0;
    }
    const char *params[1] = {cd_db_param_i64(r, uid)};
    if (!params[0])
        return CD_E_NOMEM;
    PGresult *res;
    int rc = cd_db_query(r, st, params, &res);
    if (rc)
        return rc;
    int64_t *ids = NULL;
    size_t n = 0;
    if ((rc = cards__parse_ids(r, PQntuples(res) ? cd_db_str(res, 0, 0) : "{}", &ids, &n)))
        return rc;
    cards__put(use, key, &t, ids, n * sizeof *ids);
    out->ids = ids;
    out->n = n;
    return 0;
}

int cards_favorites(cd_request *r, int64_t uid, cards_set *out)
{
    return cards__set(r, "fav:", &cards__stmt_favorites, uid, out);
}

int cards_following(cd_request *r, int64_t uid, cards_set *out)
{
    return cards__set(r, "fol:", &cards__stmt_following, uid, out);
}

bool cards_set_has(const cards_set *s, int64_t id)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->ids[mid] == id)
            return true;
        if (s->ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* ---------------------------------------------------------------- pages */

int cards_page(cd_request *r, const cd_stmt *st, const char *const *params, const char *key,
               const char *const *deps, size_t ndeps, int64_t *total, const int64_t **ids,
               size_t *n)
{
    void *val;
    size_t len;
    cd_cache_ticket t;
    bool use = key && cards_cacheable(r);
    if (cards__get(r, use, key, deps, ndeps, &val, &len, &t) == 1 && len >= sizeof(int64_t) &&
        len % sizeof(int64_t) == 0) {
        const int64_t *v = val;
        *total = v[0];
        *ids = v + 1;
        *n = len / sizeof(int64_t) - 1;
        return 0;
    }
    PGresult *res;
    int rc = cd_db_query(r, st, params, &res);
    if (rc)
        return rc;
    int rows = PQntuples(res);
    int64_t *v = cd_arena_calloc(r->arena, (size_t)rows + 1, sizeof *v);
    if (!v)
        return CD_E_NOMEM;
    v[0] = rows > 0 ? cd_db_i64(res, 0, 0) : 0;
    size_t k = 0;
    for (int i = 0; i < rows; i++)
        if (!PQgetisnull(res, i, 1))
            v[1 + k++] = cd_db_i64(res, i, 1);
    cards__put(use, key, &t, v, (k + 1) * sizeof *v);
    *total = v[0];
    *ids = v + 1;
    *n = k;
    return 0;
}
