/* handlers/lib/cards.h — the cached building blocks responses are assembled from: article cards,
 * user cards, the sets a viewer's flags come from, and pages of article ids.
 *
 * Each piece is one cache entry (runtime/cache.h) keyed and invalidated by the tokens that
 * db/migrations/005_cache_notify.sql sends, so a GET article or profile that hits needs no
 * database round trip, and a list only the page of ids when the lists changed:
 *   s:<slug> → article id          a:<id> → article card (deps: a:<id>)
 *   n:<name> → user id             u:<id> → user card (deps: u:<id>)
 *   fav:<user id> → sorted ids of the articles the user favorited
 *   fol:<user id> → sorted ids of the users the user follows
 *   pages: total + ids, under the caller's key and dependency tokens (e.g. "L")
 * A miss reads the database and fills the entry. Only GET and HEAD requests use the cache
 * (cards_cacheable): a request that writes reads what it wrote from the database, because its own
 * invalidations arrive asynchronously. Everything returned is owned by the request arena.
 */
#ifndef CARDS_H
#define CARDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db.h"
#include "request.h"

typedef struct cards_article {
    int64_t id; /* 0: no such article */
    int64_t author_id;
    int64_t favorites_count;
    const char *slug, *title, *description, *created_at, *updated_at, *body;
    const char *tags; /* PostgreSQL text[] literal, sorted by name */
} cards_article;

typedef struct cards_user {
    int64_t id; /* 0: no such user */
    const char *username, *email, *bio, *image, *role;
    bool banned;
    int64_t cutoff; /* tokens issued at or before this second are revoked */
} cards_user;

typedef struct cards_set {
    const int64_t *ids; /* sorted ascending */
    size_t n;
} cards_set;

/* True when this request may read and fill the cache (GET/HEAD with the cache on). */
bool cards_cacheable(const cd_request *r);

/* The article a slug names: 0, CD_E_NOTFOUND or a negative CD_E_* (query failures unmapped). */
int cards_article_by_slug(cd_request *r, const char *slug, cards_article *out);
/* Cards for ids[0..n) in that order; a missing article leaves out[i].id == 0. */
int cards_articles(cd_request *r, const int64_t *ids, size_t n, cards_article *out);

/* The user with this id / username: 0, CD_E_NOTFOUND or a negative CD_E_*. */
int cards_user_by_id(cd_request *r, int64_t id, cards_user *out);
int cards_user_by_name(cd_request *r, const char *username, cards_user *out);
/* The caller's own card for authentication: cached for every method (it is read before the
 * request writes anything). 0, CD_E_NOTFOUND or a negative CD_E_*. */
int cards_auth_user(cd_request *r, int64_t id, cards_user *out);
/* Cards for ids[0..n) in that order; a missing user leaves out[i].id == 0. */
int cards_users(cd_request *r, const int64_t *ids, size_t n, cards_user *out);

/* What user `uid` favorited / follows. */
int cards_favorites(cd_request *r, int64_t uid, cards_set *out);
int cards_following(cd_request *r, int64_t uid, cards_set *out);
bool cards_set_has(const cards_set *s, int64_t id);

/* A page of ids from `st`, whose rows are (total bigint, id int) with one row of (total, NULL)
 * when the page is empty. With a key (GET/HEAD only), the result is cached under it, depending on
 * deps[0..ndeps). */
int cards_page(cd_request *r, const cd_stmt *st, const char *const *params, const char *key,
               const char *const *deps, size_t ndeps, int64_t *total, const int64_t **ids,
               size_t *n);

#endif
