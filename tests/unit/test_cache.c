/* tests/unit/test_cache.c — the read cache without a listener (db_url NULL, switched on with
 * cd_cache_set_listening): hits and misses, dependency invalidation, the ticket rule against a
 * racing writer, epochs (flush, listener loss), the memory budget and LRU eviction, counters, and
 * a multi-threaded run whose hits are checked against a model database. cd_cache_sync needs a
 * request and PostgreSQL: the integration tests cover it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "cache.h"
#include "errors.h"

#define BUDGET_DEFAULT (1u << 20)
#define BUDGET_SMALL (64u << 10)
#define BUDGET_MEDIUM (256u << 10)

/* ---------------------------------------------------------------- helpers */

static int cache_start(size_t budget)
{
    cd_cache_config cfg = {.budget_bytes = budget, .db_url = NULL, .sync_timeout_ms = 100};
    int rc = cd_cache_init(&cfg);
    if (rc)
        return rc;
    cd_cache_set_listening(true);
    return 0;
}

static int setup_default(void **state)
{
    (void)state;
    return cache_start(BUDGET_DEFAULT);
}

static int setup_small(void **state)
{
    (void)state;
    return cache_start(BUDGET_SMALL);
}

static int setup_medium(void **state)
{
    (void)state;
    return cache_start(BUDGET_MEDIUM);
}

static int teardown(void **state)
{
    (void)state;
    cd_cache_shutdown();
    return 0;
}

/* One lookup of `key` depending on the single token `dep`. Returns what cd_cache_get returns;
 * on a hit *val and *len point into `a`, on a miss *t holds the ticket. */
static int get1(cd_arena *a, const char *key, const char *dep, void **val, size_t *len,
                cd_cache_ticket *t)
{
    const char *deps[1] = {dep};
    *val = NULL;
    *len = 0;
    memset(t, 0, sizeof *t); /* defined even where a miss leaves it alone (cache off) */
    return cd_cache_get(key, deps, 1, a, val, len, t);
}

/* Miss on `key` (asserted), then put `value` with the ticket of that miss. */
static void fill(cd_arena *a, const char *key, const char *dep, const char *value)
{
    void *v;
    size_t n;
    cd_cache_ticket t;
    assert_int_equal(get1(a, key, dep, &v, &n, &t), 0);
    cd_cache_put(key, &t, value, strlen(value));
}

/* 1 when `key` hits with exactly `value`, 0 when it misses; fails the test on a wrong value. */
static int hits_with(cd_arena *a, const char *key, const char *dep, const char *value)
{
    void *v;
    size_t n;
    cd_cache_ticket t;
    int rc = get1(a, key, dep, &v, &n, &t);
    assert_true(rc == 0 || rc == 1);
    if (rc == 1) {
        assert_non_null(v);
        assert_int_equal(n, strlen(value));
        assert_memory_equal(v, value, n);
    }
    return rc;
}

/* ---------------------------------------------------------------- basics */

static void test_put_then_get_same_bytes(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    assert_non_null(a);
    assert_true(cd_cache_enabled());

    /* Binary value with embedded NULs: the length, not strlen, must be kept. */
    unsigned char value[300];
    for (size_t i = 0; i < sizeof value; i++)
        value[i] = (unsigned char)(i * 7 + 1);
    value[10] = 0;
    value[150] = 0;
    const char *deps[2] = {"a:1", "u:7"};
    void *v = NULL;
    size_t n = 0;
    cd_cache_ticket t;
    assert_int_equal(cd_cache_get("article:1", deps, 2, a, &v, &n, &t), 0);
    cd_cache_put("article:1", &t, value, sizeof value);

    v = NULL;
    n = 0;
    assert_int_equal(cd_cache_get("article:1", deps, 2, a, &v, &n, &t), 1);
    assert_non_null(v);
    assert_int_equal(n, sizeof value);
    assert_memory_equal(v, value, sizeof value);
    assert_int_equal(((const unsigned char *)v)[n], 0); /* NUL after, not counted */
    assert_int_equal((uintptr_t)v % CD_ARENA_ALIGN, 0);

    /* The copy is the caller's: scribbling on it does not change the cached value. */
    memset(v, 'x', n);
    void *v2 = NULL;
    assert_int_equal(cd_cache_get("article:1", deps, 2, a, &v2, &n, &t), 1);
    assert_ptr_not_equal(v2, v);
    assert_memory_equal(v2, value, sizeof value);

    /* A different key with the same deps is still a miss. */
    assert_int_equal(cd_cache_get("article:2", deps, 2, a, &v, &n, &t), 0);
    cd_arena_free(a);
}

static void test_empty_value(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(256, 0);
    fill(a, "empty", "a:1", "");
    void *v;
    size_t n = 99;
    cd_cache_ticket t;
    assert_int_equal(get1(a, "empty", "a:1", &v, &n, &t), 1);
    assert_int_equal(n, 0);
    assert_non_null(v);
    assert_int_equal(((const char *)v)[0], 0);
    cd_arena_free(a);
}

static void test_miss_gives_ticket(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(256, 0);
    const char *deps[3] = {"a:1", "u:2", "L"};
    void *v = (void *)&v;
    size_t n = 0;
    cd_cache_ticket t;
    memset(&t, 0xEE, sizeof t);
    assert_int_equal(cd_cache_get("nothing-here", deps, 3, a, &v, &n, &t), 0);
    assert_int_equal(t.ndeps, 3);
    for (uint32_t i = 0; i < t.ndeps; i++)
        assert_true(t.stripe[i] < CD_CACHE_STRIPES);
    /* The same token always maps to the same stripe. */
    cd_cache_ticket t2;
    const char *same[1] = {"a:1"};
    assert_int_equal(cd_cache_get("nothing-either", same, 1, a, &v, &n, &t2), 0);
    assert_int_equal(t2.ndeps, 1);
    assert_int_equal(t2.stripe[0], t.stripe[0]);
    assert_int_equal(t2.epoch, t.epoch);
    cd_arena_free(a);
}

static void test_arena_full_is_nomem(void **state)
{
    (void)state;
    cd_arena *big = cd_arena_new(256, 0);
    char value[4000];
    memset(value, 'q', sizeof value - 1);
    value[sizeof value - 1] = 0;
    fill(big, "big", "a:9", value);
    assert_int_equal(hits_with(big, "big", "a:9", value), 1);

    cd_arena *small = cd_arena_new(256, 1024); /* cannot hold the copy */
    void *v;
    size_t n;
    cd_cache_ticket t;
    assert_int_equal(get1(small, "big", "a:9", &v, &n, &t), CD_E_NOMEM);
    cd_arena_free(small);
    /* The entry is still there for a caller with room. */
    assert_int_equal(hits_with(big, "big", "a:9", value), 1);
    cd_arena_free(big);
}

/* ---------------------------------------------------------------- invalidation */

static void test_invalidate_dependency_kills_entry(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    const char *deps[3] = {"a:42", "u:7", "L"};
    void *v;
    size_t n;
    cd_cache_ticket t;
    assert_int_equal(cd_cache_get("k", deps, 3, a, &v, &n, &t), 0);
    cd_cache_put("k", &t, "hello", 5);
    assert_int_equal(cd_cache_get("k", deps, 3, a, &v, &n, &t), 1);

    /* Any one of the dependencies: here the second. */
    cd_cache_invalidate("u:7", 2 + 1);
    assert_int_equal(cd_cache_get("k", deps, 3, a, &v, &n, &t), 0);
    cd_cache_put("k", &t, "world", 5);
    assert_int_equal(cd_cache_get("k", deps, 3, a, &v, &n, &t), 1);
    assert_int_equal(n, 5);
    assert_memory_equal(v, "world", 5);

    /* The token is (token, len): only the first len bytes count. */
    cd_cache_invalidate("Lxyz", 1);
    assert_int_equal(cd_cache_get("k", deps, 3, a, &v, &n, &t), 0);
    cd_arena_free(a);
}

static void test_unrelated_invalidation_keeps_entries(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(4096, 0);
    char key[32], dep[32], val[32];
    for (int i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "article:%d", i);
        snprintf(dep, sizeof dep, "a:%d", i);
        snprintf(val, sizeof val, "value-%d", i);
        fill(a, key, dep, val);
    }
    cd_cache_invalidate("a:100000", strlen("a:100000"));
    int alive = 0;
    for (int i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "article:%d", i);
        snprintf(dep, sizeof dep, "a:%d", i);
        snprintf(val, sizeof val, "value-%d", i);
        alive += hits_with(a, key, dep, val);
        cd_arena_reset(a);
    }
    /* Only a token sharing the invalidated token's stripe may die with it. */
    assert_true(alive >= 95);

    /* And invalidating one of them kills that one. */
    cd_cache_invalidate("a:17", strlen("a:17"));
    assert_int_equal(hits_with(a, "article:17", "a:17", "value-17"), 0);
    cd_arena_free(a);
}

/* ---------------------------------------------------------------- the ticket rule */

static void test_stale_ticket_put_is_dropped(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    void *v;
    size_t n;
    cd_cache_ticket t;
    cd_cache_stats before, after;
    cd_cache_get_stats(&before);

    /* Miss (ticket), a writer commits and invalidates, then the stale read is put. */
    assert_int_equal(get1(a, "article:5", "a:5", &v, &n, &t), 0);
    cd_cache_invalidate("a:5", 3);
    cd_cache_put("article:5", &t, "stale", 5);
    assert_int_equal(get1(a, "article:5", "a:5", &v, &n, &t), 0);

    cd_cache_get_stats(&after);
    assert_int_equal(after.dropped_puts - before.dropped_puts, 1);
    assert_int_equal(after.entries, before.entries);

    /* The ticket of that second miss was taken after the invalidation: it is good. */
    cd_cache_put("article:5", &t, "fresh", 5);
    assert_int_equal(hits_with(a, "article:5", "a:5", "fresh"), 1);

    /* A stale ticket must not replace a good entry either (nor kill it). */
    cd_cache_ticket old;
    assert_int_equal(get1(a, "other", "a:5", &v, &n, &old), 0);
    cd_cache_invalidate("a:5", 3);
    assert_int_equal(get1(a, "article:5", "a:5", &v, &n, &t), 0);
    cd_cache_put("article:5", &t, "newest", 6);
    cd_cache_put("article:5", &old, "older", 5);
    hits_with(a, "article:5", "a:5", "newest"); /* "newest" or a miss; never "older" */
    cd_arena_free(a);
}

static void test_flush_drops_entries_and_tickets(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    void *v;
    size_t n;
    cd_cache_ticket t;
    fill(a, "kept", "a:1", "one");
    assert_int_equal(hits_with(a, "kept", "a:1", "one"), 1);

    assert_int_equal(get1(a, "pending", "a:2", &v, &n, &t), 0);
    cd_cache_stats before, after;
    cd_cache_get_stats(&before);
    cd_cache_flush();
    cd_cache_put("pending", &t, "two", 3); /* ticket from the old epoch */
    assert_int_equal(get1(a, "pending", "a:2", &v, &n, &t), 0);
    assert_int_equal(get1(a, "kept", "a:1", &v, &n, &t), 0);
    cd_cache_get_stats(&after);
    assert_true(after.flushes > before.flushes);
    assert_true(after.dropped_puts > before.dropped_puts);

    /* Life goes on in the new epoch. */
    fill(a, "kept", "a:1", "three");
    assert_int_equal(hits_with(a, "kept", "a:1", "three"), 1);
    cd_arena_free(a);
}

/* ---------------------------------------------------------------- listener state, epochs */

static void test_not_listening_is_off(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    void *v;
    size_t n;
    cd_cache_ticket t, before_off;
    fill(a, "stored", "u:1", "cached");
    assert_int_equal(hits_with(a, "stored", "u:1", "cached"), 1);
    assert_int_equal(get1(a, "pending", "u:2", &v, &n, &before_off), 0);

    cd_cache_set_listening(false);
    assert_false(cd_cache_enabled());
    assert_int_equal(get1(a, "stored", "u:1", &v, &n, &t), 0);
    cd_cache_put("offput", &t, "dropped", 7);
    assert_int_equal(get1(a, "offput", "u:3", &v, &n, &t), 0);

    cd_cache_set_listening(true);
    assert_true(cd_cache_enabled());
    /* New epoch: what was stored before the gap is dead, and so are tickets from before it and
     * from during it — an invalidation may have been missed meanwhile. */
    assert_int_equal(get1(a, "stored", "u:1", &v, &n, &t), 0);
    cd_cache_put("pending", &before_off, "stale", 5);
    assert_int_equal(get1(a, "pending", "u:2", &v, &n, &t), 0);
    assert_int_equal(get1(a, "offput", "u:3", &v, &n, &t), 0);

    /* Filling works again. */
    fill(a, "stored", "u:1", "again");
    assert_int_equal(hits_with(a, "stored", "u:1", "again"), 1);
    cd_arena_free(a);
}

static void test_put_while_off_with_old_ticket_is_dropped(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    void *v;
    size_t n;
    cd_cache_ticket t;
    assert_int_equal(get1(a, "k", "a:1", &v, &n, &t), 0);
    cd_cache_set_listening(false);
    cd_cache_put("k", &t, "value", 5); /* ticket from an epoch that was still on */
    cd_cache_set_listening(true);
    assert_int_equal(get1(a, "k", "a:1", &v, &n, &t), 0);
    cd_arena_free(a);
}

static void test_zero_budget_disables(void **state)
{
    (void)state;
    cd_cache_shutdown(); /* replace setup's cache */
    assert_int_equal(cache_start(0), 0);
    assert_false(cd_cache_enabled());
    cd_arena *a = cd_arena_new(1024, 0);
    void *v;
    size_t n;
    cd_cache_ticket t;
    int rc = get1(a, "k", "a:1", &v, &n, &t);
    assert_int_equal(rc, 0);
    cd_cache_put("k", &t, "value", 5);
    assert_int_equal(get1(a, "k", "a:1", &v, &n, &t), 0);
    cd_cache_stats st;
    cd_cache_get_stats(&st);
    assert_false(st.enabled);
    assert_int_equal(st.entries, 0);
    cd_arena_free(a);
}

/* ---------------------------------------------------------------- memory budget */

static void test_budget_and_lru(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(4096, 0);
    char key[32], dep[32], val[101];
    for (int i = 0; i < 10000; i++) {
        snprintf(key, sizeof key, "entry:%d", i);
        snprintf(dep, sizeof dep, "a:%d", i);
        memset(val, 'a' + i % 26, 100);
        snprintf(val, sizeof val, "%d|", i);
        val[strlen(val)] = 'x';
        val[100] = 0;
        fill(a, key, dep, val);
        cd_arena_reset(a);
    }
    cd_cache_stats st;
    cd_cache_get_stats(&st);
    assert_true(st.bytes <= BUDGET_SMALL);
    assert_true(st.evictions > 0);
    assert_true(st.entries > 0);
    assert_true(st.entries < 10000);
    assert_true(st.enabled);

    /* The newest entry is the most recently used one of its shard: it survived. */
    assert_int_equal(hits_with(a, "entry:9999", "a:9999", val), 1);
    /* The oldest ones did not: 10,000 × 100 bytes is 15 times the budget. */
    int old_alive = 0;
    for (int i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "entry:%d", i);
        snprintf(dep, sizeof dep, "a:%d", i);
        void *v;
        size_t n;
        cd_cache_ticket t;
        old_alive += get1(a, key, dep, &v, &n, &t) == 1;
        cd_arena_reset(a);
    }
    assert_int_equal(old_alive, 0);
    cd_arena_free(a);
}

static void test_lru_keeps_recently_read(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(4096, 0);
    char key[32], dep[32], val[101];
    memset(val, 'r', 100);
    val[100] = 0;
    fill(a, "hot", "a:hot", val);
    for (int i = 0; i < 10000; i++) {
        snprintf(key, sizeof key, "cold:%d", i);
        snprintf(dep, sizeof dep, "c:%d", i);
        fill(a, key, dep, val);
        /* Read after every put: "hot" is never older than second in its shard's list, while
         * 10,000 cold entries (4 times the budget) stream through. */
        assert_int_equal(hits_with(a, "hot", "a:hot", val), 1);
        cd_arena_reset(a);
    }
    cd_cache_stats st;
    cd_cache_get_stats(&st);
    assert_true(st.evictions > 0);
    assert_true(st.bytes <= BUDGET_MEDIUM);
    cd_arena_free(a);
}

static void test_value_over_budget_not_stored(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(4096, 0);
    size_t big = BUDGET_SMALL + 1;
    char *val = malloc(big);
    assert_non_null(val);
    memset(val, 'z', big);
    void *v;
    size_t n;
    cd_cache_ticket t;
    fill(a, "small", "a:1", "tiny");
    assert_int_equal(get1(a, "huge", "a:2", &v, &n, &t), 0);
    cd_cache_put("huge", &t, val, big);
    assert_int_equal(get1(a, "huge", "a:2", &v, &n, &t), 0);
    cd_cache_stats st;
    cd_cache_get_stats(&st);
    assert_true(st.bytes <= BUDGET_SMALL);
    /* Refusing it did not evict the others to make room. */
    assert_int_equal(hits_with(a, "small", "a:1", "tiny"), 1);
    free(val);
    cd_arena_free(a);
}

static void test_replace_keeps_one_entry(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    void *v;
    size_t n;
    cd_cache_ticket t1, t2;
    cd_cache_stats before, after;
    cd_cache_get_stats(&before);
    /* Two fillers missed at the same time; both put, the last one wins. */
    assert_int_equal(get1(a, "k", "a:1", &v, &n, &t1), 0);
    assert_int_equal(get1(a, "k", "a:1", &v, &n, &t2), 0);
    cd_cache_put("k", &t1, "first value", 11);
    cd_cache_put("k", &t2, "second", 6);
    cd_cache_get_stats(&after);
    assert_int_equal(after.entries, before.entries + 1);
    assert_int_equal(hits_with(a, "k", "a:1", "second"), 1);

    /* Replacing with a smaller value gives the bytes back. */
    size_t bytes_small = after.bytes;
    char large[2000];
    memset(large, 'L', sizeof large - 1);
    large[sizeof large - 1] = 0;
    cd_cache_invalidate("a:1", 3);
    assert_int_equal(get1(a, "k", "a:1", &v, &n, &t1), 0);
    cd_cache_put("k", &t1, large, strlen(large));
    cd_cache_get_stats(&after);
    assert_true(after.bytes > bytes_small);
    assert_true(after.entries <= before.entries + 1);
    assert_int_equal(hits_with(a, "k", "a:1", large), 1);
    cd_cache_invalidate("a:1", 3);
    assert_int_equal(get1(a, "k", "a:1", &v, &n, &t1), 0);
    cd_cache_put("k", &t1, "second", 6);
    cd_cache_get_stats(&after);
    assert_int_equal(after.bytes, bytes_small);
    assert_int_equal(after.entries, before.entries + 1);
    cd_arena_free(a);
}

static void test_stats_counters(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    cd_cache_stats s0, s1;
    cd_cache_get_stats(&s0);
    assert_true(s0.enabled);

    fill(a, "k1", "a:1", "v1");                           /* 1 miss, 1 put */
    fill(a, "k2", "a:2", "v2");                           /* 1 miss, 1 put */
    assert_int_equal(hits_with(a, "k1", "a:1", "v1"), 1); /* 1 hit */
    assert_int_equal(hits_with(a, "k1", "a:1", "v1"), 1); /* 1 hit */
    assert_int_equal(hits_with(a, "k2", "a:2", "v2"), 1); /* 1 hit */
    assert_int_equal(hits_with(a, "k3", "a:3", "v3"), 0); /* 1 miss */
    cd_cache_get_stats(&s1);
    assert_int_equal(s1.hits - s0.hits, 3);
    assert_int_equal(s1.misses - s0.misses, 3);
    assert_int_equal(s1.puts - s0.puts, 2);
    assert_int_equal(s1.dropped_puts - s0.dropped_puts, 0);
    assert_int_equal(s1.entries - s0.entries, 2);
    assert_true(s1.bytes >= s0.bytes + 4); /* at least the values */

    cd_cache_invalidate("a:1", 3);
    cd_cache_get_stats(&s0);
    assert_true(s0.invalidations > s1.invalidations);
    assert_int_equal(hits_with(a, "k1", "a:1", "v1"), 0);
    assert_int_equal(hits_with(a, "k2", "a:2", "v2"), 1);
    cd_cache_get_stats(&s1);
    assert_int_equal(s1.hits - s0.hits, 1);
    assert_int_equal(s1.misses - s0.misses, 1);
    cd_arena_free(a);
}

/* ---------------------------------------------------------------- threads */

/* A model database: NKEYS rows, each with a version. A writer bumps a row's version ("commit"),
 * then invalidates its token (the notification), then publishes the version as done. A reader
 * reads `done` first, then looks the row up: a hit must carry a version at least that new — the
 * ticket rule guarantees a value read before a write is never served after the write's
 * invalidation. Keys share tokens (NDEPS < NKEYS) and even keys also depend on "L". */
#define NTHREADS 4
#define NOPS 20000
#define NKEYS 200
#define NDEPS 50

static _Atomic uint64_t mt_db[NKEYS];
static _Atomic uint64_t mt_done[NKEYS];
static _Atomic long mt_bad;
static _Atomic long mt_hits;
static char mt_first_bad[256];
static pthread_mutex_t mt_bad_lock = PTHREAD_MUTEX_INITIALIZER;

static uint64_t mt_rand(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

static void mt_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void mt_fail(const char *fmt, ...)
{
    if (atomic_fetch_add(&mt_bad, 1) == 0) {
        pthread_mutex_lock(&mt_bad_lock);
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(mt_first_bad, sizeof mt_first_bad, fmt, ap);
        va_end(ap);
        pthread_mutex_unlock(&mt_bad_lock);
    }
}

static void mt_update_done(int k, uint64_t v)
{
    uint64_t cur = atomic_load(&mt_done[k]);
    while (cur < v && !atomic_compare_exchange_weak(&mt_done[k], &cur, v)) {
    }
}

static void *mt_worker(void *arg)
{
    uint64_t seed = 0x9E3779B97F4A7C15ull * (uint64_t)((uintptr_t)arg + 1);
    cd_arena *a = cd_arena_new(4096, 0);
    if (!a) {
        mt_fail("arena");
        return NULL;
    }
    char key[32], dep[32], val[512];
    for (int op = 0; op < NOPS; op++) {
        int k = (int)(mt_rand(&seed) % NKEYS);
        snprintf(key, sizeof key, "k:%d", k);
        snprintf(dep, sizeof dep, "d:%d", k % NDEPS);
        const char *deps[2] = {dep, "L"};
        size_t ndeps = k % 2 == 0 ? 2 : 1;
        unsigned roll = (unsigned)(mt_rand(&seed) % 1000);

        if (roll < 100) { /* write: commit, notify, then it counts as done */
            uint64_t v = atomic_fetch_add(&mt_db[k], 1) + 1;
            cd_cache_invalidate(dep, strlen(dep));
            mt_update_done(k, v);
        } else if (roll < 105) {
            cd_cache_invalidate("L", 1);
        } else if (roll == 105) {
            cd_cache_flush();
        } else if (roll == 106 && mt_rand(&seed) % 8 == 0) {
            cd_cache_set_listening(false); /* a short listener outage */
            cd_cache_set_listening(true);
        } else { /* read through the cache */
            uint64_t done = atomic_load(&mt_done[k]);
            void *v = NULL;
            size_t n = 0;
            cd_cache_ticket t;
            memset(&t, 0, sizeof t);
            int rc = cd_cache_get(key, deps, ndeps, a, &v, &n, &t);
            if (rc == 1) {
                atomic_fetch_add(&mt_hits, 1);
                char prefix[40];
                int pl = snprintf(prefix, sizeof prefix, "%s|v=", key);
                if (!v || n < (size_t)pl || memcmp(v, prefix, (size_t)pl) != 0 ||
                    ((const char *)v)[n] != 0) {
                    mt_fail("%s: hit with a value of another key: %.60s", key,
                            v ? (const char *)v : "(null)");
                } else {
                    uint64_t got = strtoull((const char *)v + pl, NULL, 10);
                    if (got < done)
                        mt_fail("%s: hit with version %llu after version %llu was done", key,
                                (unsigned long long)got, (unsigned long long)done);
                }
            } else if (rc == 0) {
                uint64_t now = atomic_load(&mt_db[k]); /* the database read, after the ticket */
                int len = snprintf(val, sizeof val, "%s|v=%llu|", key, (unsigned long long)now);
                size_t pad = (size_t)(mt_rand(&seed) % 300);
                memset(val + len, 'p', pad);
                val[len + (int)pad] = 0;
                cd_cache_put(key, &t, val, (size_t)len + pad);
            } else {
                mt_fail("%s: get returned %d", key, rc);
            }
            cd_arena_reset(a);
        }
    }
    cd_arena_free(a);
    return NULL;
}

static void test_threads_consistent(void **state)
{
    (void)state;
    for (int k = 0; k < NKEYS; k++) {
        atomic_store(&mt_db[k], 0);
        atomic_store(&mt_done[k], 0);
    }
    atomic_store(&mt_bad, 0);
    atomic_store(&mt_hits, 0);
    mt_first_bad[0] = 0;

    pthread_t th[NTHREADS];
    for (uintptr_t i = 0; i < NTHREADS; i++)
        assert_int_equal(pthread_create(&th[i], NULL, mt_worker, (void *)i), 0);
    for (int i = 0; i < NTHREADS; i++)
        assert_int_equal(pthread_join(th[i], NULL), 0);

    if (atomic_load(&mt_bad))
        fail_msg("%ld inconsistent results; first: %s", (long)atomic_load(&mt_bad), mt_first_bad);
    assert_true(atomic_load(&mt_hits) > 0); /* the run exercised hits, not only misses */

    cd_cache_stats st;
    cd_cache_get_stats(&st);
    assert_true(st.bytes <= BUDGET_SMALL);
    assert_true(st.enabled);

    /* Quiescent now: every key that hits carries the final version. */
    cd_arena *a = cd_arena_new(4096, 0);
    char key[32], dep[32];
    for (int k = 0; k < NKEYS; k++) {
        snprintf(key, sizeof key, "k:%d", k);
        snprintf(dep, sizeof dep, "d:%d", k % NDEPS);
        const char *deps[2] = {dep, "L"};
        void *v;
        size_t n;
        cd_cache_ticket t;
        if (cd_cache_get(key, deps, k % 2 == 0 ? 2 : 1, a, &v, &n, &t) == 1) {
            char want[64];
            int wl = snprintf(want, sizeof want, "%s|v=%llu|", key,
                              (unsigned long long)atomic_load(&mt_db[k]));
            assert_true(n >= (size_t)wl);
            assert_memory_equal(v, want, (size_t)wl);
        }
        cd_arena_reset(a);
    }
    cd_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_put_then_get_same_bytes, setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_empty_value, setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_miss_gives_ticket, setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_arena_full_is_nomem, setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_invalidate_dependency_kills_entry, setup_default,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_unrelated_invalidation_keeps_entries, setup_default,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_stale_ticket_put_is_dropped, setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_flush_drops_entries_and_tickets, setup_default,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_not_listening_is_off, setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_put_while_off_with_old_ticket_is_dropped,
                                        setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_zero_budget_disables, setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_budget_and_lru, setup_small, teardown),
        cmocka_unit_test_setup_teardown(test_lru_keeps_recently_read, setup_medium, teardown),
        cmocka_unit_test_setup_teardown(test_value_over_budget_not_stored, setup_small, teardown),
        cmocka_unit_test_setup_teardown(test_replace_keeps_one_entry, setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_stats_counters, setup_default, teardown),
        cmocka_unit_test_setup_teardown(test_threads_consistent, setup_small, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
