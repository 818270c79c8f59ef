/* runtime/cache.c — the invalidated-by-notification read cache (see cache.h).
 *
 * Layout: CD__SHARDS shards, each a mutex, a chained hash table and an LRU list with its share of
 * the byte budget; the key picks the shard. Dependency counters are lock-free atomics read at
 * ticket time and compared at get time. The listener is one thread with its own libpq connection.
 */
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "errors.h"
#include "eventthread.h"
#include "log.h"
#include "uri.h"

#define CD__SHARDS 16
#define CD__BUCKETS 4096 /* per shard; chains stay short for ~100k entries */

typedef struct cd__entry {
    struct cd__entry *hnext;
    struct cd__entry *prev, *next; /* LRU: head = most recent */
    uint64_t hash;
    uint64_t epoch;
    uint32_t ndeps;
    uint32_t stripe[CD_CACHE_MAX_DEPS];
    uint64_t gen[CD_CACHE_MAX_DEPS];
    uint32_t klen;
    size_t vlen;
    char data[]; /* key, NUL, value */
} cd__entry;

typedef struct cd__shard {
    pthread_mutex_t mu;
    cd__entry *buckets[CD__BUCKETS];
    cd__entry *head, *tail;
    size_t bytes, entries;
} cd__shard;

static struct {
    bool inited;
    size_t shard_budget;
    cd__shard *shards;
    _Atomic uint64_t stripes[CD_CACHE_STRIPES];
    _Atomic uint64_t epoch;
    _Atomic bool listening;
    _Atomic uint64_t hits, misses, puts, dropped, evictions, invalidations, flushes;

    /* listener */
    char *db_url;
    pthread_t thread;
    bool thread_started;
    int stop_pipe[2];
    int wake_pipe[2]; /* writers ask the listener for a marker */
    /* read-your-writes markers "sync:<instance>:<n>", sent by the listener on its own connection
     * (a listening session receives its own notifications), numbered 1, 2, ... and received in
     * that order. Under sync_mu. */
    uint64_t instance;
    pthread_mutex_t sync_mu;
    pthread_cond_t sync_cv;
    uint64_t requested; /* highest marker a writer waits for */
    uint64_t sent;      /* markers sent */
    uint64_t seen;      /* highest marker received */
    int sync_timeout_ms;
} cd__c = {.sync_mu = PTHREAD_MUTEX_INITIALIZER, .stop_pipe = {-1, -1}, .wake_pipe = {-1, -1}};

static uint64_t cd__hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

static uint32_t cd__stripe(const char *token, size_t len)
{
    return (uint32_t)(cd__hash(token, len) % CD_CACHE_STRIPES);
}

static size_t cd__entry_size(const cd__entry *e)
{
    return sizeof *e + e->klen + 1 + e->vlen + 1;
}

/* ---------------------------------------------------------------- shard internals (locked) */

static void cd__lru_unlink(cd__shard *s, cd__entry *e)
{
    if (e->prev)
        e->prev->next = e->next;
    else
        s->head = e->next;
    if (e->next)
        e->next->prev = e->prev;
    else
        s->tail = e->prev;
    e->prev = e->next = NULL;
}

static void cd__lru_push(cd__shard *s, cd__entry *e)
{
    e->prev = NULL;
    e->next = s->head;
    if (s->head)
        s->head->prev = e;
    s->head = e;
    if (!s->tail)
        s->tail = e;
}

static cd__entry **cd__find(cd__shard *s, uint64_t h, const char *key, size_t klen)
{
    cd__entry **pp = &s->buckets[(h >> 4) % CD__BUCKETS];
    for (; *pp; pp = &(*pp)->hnext) {
        cd__entry *e = *pp;
        if (e->hash == h && e->klen == klen && memcmp(e->data, key, klen) == 0)
            return pp;
    }
    return pp;
}

static void cd__remove(cd__shard *s, cd__entry **pp)
{
    cd__entry *e = *pp;
    *pp = e->hnext;
    cd__lru_unlink(s, e);
    s->bytes -= cd__entry_size(e);
    s->entries--;
    free(e);
}

static bool cd__valid(const cd__entry *e)
{
    if (e->epoch != atomic_load_explicit(&cd__c.epoch, memory_order_acquire))
        return false;
    for (uint32_t i = 0; i < e->ndeps; i++)
        if (atomic_load_explicit(&cd__c.stripes[e->stripe[i]], memory_order_acquire) != e->gen[i])
            return false;
    return true;
}

static cd__shard *cd__shard_of(uint64_t h)
{
    return &cd__c.shards[h % CD__SHARDS];
}

/* ---------------------------------------------------------------- public: entries */

bool cd_cache_enabled(void)
{
    return cd__c.inited && atomic_load_explicit(&cd__c.listening, memory_order_acquire);
}

static void cd__ticket(cd_cache_ticket *t, const char *const *deps, size_t ndeps)
{
    /* epoch first: a flush between the two reads then makes the ticket stale, never valid */
    t->epoch = atomic_load_explicit(&cd__c.epoch, memory_order_acquire);
    t->ndeps = (uint32_t)(ndeps < CD_CACHE_MAX_DEPS ? ndeps : CD_CACHE_MAX_DEPS);
    for (uint32_t i = 0; i < t->ndeps; i++) {
        t->stripe[i] = cd__stripe(deps[i], strlen(deps[i]));
        t->gen[i] = atomic_load_explicit(&cd__c.stripes[t->stripe[i]], memory_order_acquire);
    }
}

int cd_cache_get(const char *key, const char *const *deps, size_t ndeps, cd_arena *arena,
                 void **val, size_t *len, cd_cache_ticket *ticket)
{
    cd__ticket(ticket, deps, ndeps);
    if (!cd_cache_enabled())
        return 0;
    size_t klen = strlen(key);
    uint64_t h = cd__hash(key, klen);
    cd__shard *s = cd__shard_of(h);
    int rc = 0;
    pthread_mutex_lock(&s->mu);
    cd__entry **pp = cd__find(s, h, key, klen);
    cd__entry *e = *pp;
    if (e && !cd__valid(e)) {
        cd__remove(s, pp);
        e = NULL;
    }
    if (e) {
        char *copy = cd_arena_alloc(arena, e->vlen + 1);
        if (!copy) {
            rc = CD_E_NOMEM;
        } else {
            memcpy(copy, e->data + e->klen + 1, e->vlen);
            copy[e->vlen] = '\0';
            *val = copy;
            *len = e->vlen;
            cd__lru_unlink(s, e);
            cd__lru_push(s, e);
            rc = 1;
        }
    }
    pthread_mutex_unlock(&s->mu);
    atomic_fetch_add_explicit(rc == 1 ? &cd__c.hits : &cd__c.misses, 1, memory_order_relaxed);
    return rc;
}

static bool cd__ticket_fresh(const cd_cache_ticket *t)
{
    if (t->epoch != atomic_load_explicit(&cd__c.epoch, memory_order_acquire))
        return false;
    for (uint32_t i = 0; i < t->ndeps; i++)
        if (atomic_load_explicit(&cd__c.stripes[t->stripe[i]], memory_order_acquire) != t->gen[i])
            return false;
    return true;
}

void cd_cache_put(const char *key, const cd_cache_ticket *t, const void *val, size_t len)
{
    if (!cd_cache_enabled() || !cd__ticket_fresh(t)) {
        atomic_fetch_add_explicit(&cd__c.dropped, 1, memory_order_relaxed);
        return;
    }
    size_t klen = strlen(key);
    cd__entry probe = {.klen = (uint32_t)klen, .vlen = len};
    size_t need = cd__entry_size(&probe);
    if (klen > UINT32_MAX || need > cd__c.shard_budget) {
        atomic_fetch_add_explicit(&cd__c.dropped, 1, memory_order_relaxed);
        return;
    }
    cd__entry *e = malloc(need);
    if (!e)
        return;
    *e = probe;
    e->hash = cd__hash(key, klen);
    e->epoch = t->epoch;
    e->ndeps = t->ndeps;
    memcpy(e->stripe, t->stripe, sizeof e->stripe);
    memcpy(e->gen, t->gen, sizeof e->gen);
    memcpy(e->data, key, klen);
    e->data[klen] = '\0';
    memcpy(e->data + klen + 1, val, len);
    e->data[klen + 1 + len] = '\0';

    cd__shard *s = cd__shard_of(e->hash);
    pthread_mutex_lock(&s->mu);
    /* Checked again only to avoid storing garbage: correctness comes from cd__valid() at get
     * time (see the note after this function). */
    if (!cd__ticket_fresh(t)) {
        pthread_mutex_unlock(&s->mu);
        free(e);
        atomic_fetch_add_explicit(&cd__c.dropped, 1, memory_order_relaxed);
        return;
    }
    cd__entry **pp = cd__find(s, e->hash, key, klen);
    if (*pp)
        cd__remove(s, pp);
    pp = cd__find(s, e->hash, key, klen);
    e->hnext = NULL;
    *pp = e;
    cd__lru_push(s, e);
    s->bytes += need;
    s->entries++;
    while (s->bytes > cd__c.shard_budget && s->tail && s->tail != e) {
        cd__entry *victim = s->tail;
        cd__remove(s, cd__find(s, victim->hash, victim->data, victim->klen));
        atomic_fetch_add_explicit(&cd__c.evictions, 1, memory_order_relaxed);
    }
    pthread_mutex_unlock(&s->mu);
    atomic_fetch_add_explicit(&cd__c.puts, 1, memory_order_relaxed);
}

/* Note on the put race: counters are bumped without the shard lock, so a put can pass its
 * re-check just before an invalidation. That entry is then stored with the counter values of the
 * ticket — taken before the database was read — and fails cd__valid() on its first get: a stale
 * value may briefly sit in memory, but is never served. */

void cd_cache_invalidate(const char *token, size_t len)
{
    atomic_fetch_add_explicit(&cd__c.stripes[cd__stripe(token, len)], 1, memory_order_acq_rel);
    atomic_fetch_add_explicit(&cd__c.invalidations, 1, memory_order_relaxed);
}

void cd_cache_flush(void)
{
    atomic_fetch_add_explicit(&cd__c.epoch, 1, memory_order_acq_rel);
    atomic_fetch_add_explicit(&cd__c.flushes, 1, memory_order_relaxed);
}

void cd_cache_set_listening(bool on)
{
    /* Either way older entries are dead: going off may have missed notifications, coming on
     * starts from a connection that has seen none of the past. */
    cd_cache_flush();
    atomic_store_explicit(&cd__c.listening, on, memory_order_release);
    pthread_mutex_lock(&cd__c.sync_mu);
    pthread_cond_broadcast(&cd__c.sync_cv); /* writers waiting for a marker: stop waiting */
    pthread_mutex_unlock(&cd__c.sync_mu);
}

void cd_cache_get_stats(cd_cache_stats *out)
{
    memset(out, 0, sizeof *out);
    out->hits = atomic_load(&cd__c.hits);
    out->misses = atomic_load(&cd__c.misses);
    out->puts = atomic_load(&cd__c.puts);
    out->dropped_puts = atomic_load(&cd__c.dropped);
    out->evictions = atomic_load(&cd__c.evictions);
    out->invalidations = atomic_load(&cd__c.invalidations);
    out->flushes = atomic_load(&cd__c.flushes);
    out->enabled = cd_cache_enabled();
    if (!cd__c.inited)
        return;
    for (int i = 0; i < CD__SHARDS; i++) {
        pthread_mutex_lock(&cd__c.shards[i].mu);
        out->bytes += cd__c.shards[i].bytes;
        out->entries += cd__c.shards[i].entries;
        pthread_mutex_unlock(&cd__c.shards[i].mu);
    }
}

/* ---------------------------------------------------------------- listener */

static void cd__sync_seen(uint64_t n)
{
    pthread_mutex_lock(&cd__c.sync_mu);
    if (n > cd__c.seen)
        cd__c.seen = n;
    pthread_cond_broadcast(&cd__c.sync_cv);
    pthread_mutex_unlock(&cd__c.sync_mu);
}

/* "<instance hex>:<n decimal>" (the rest of a sync marker) → 0, else -1. Strict, because any
 * role that may NOTIFY on the database can send a payload: no sign, no spaces, no overflow. */
static int cd__parse_sync(const char *s, uint64_t *inst, uint64_t *seq)
{
    int rc = -1;
    char *end;
    if (cd_uri_hexval(*s) < 0)
        goto out;
    errno = 0;
    unsigned long long a = strtoull(s, &end, 16);
    if (errno || *end != ':' || end[1] < '0' || end[1] > '9')
        goto out;
    unsigned long long b = strtoull(end + 1, &end, 10);
    if (errno || *end)
        goto out;
    *inst = a;
    *seq = b;
    rc = 0;
out:
    return rc;
}

static void cd__on_notify(const char *payload)
{
    uint64_t inst, seq;
    if (strncmp(payload, "sync:", 5) == 0) {
        if (cd__parse_sync(payload + 5, &inst, &seq) == 0 && inst == cd__c.instance)
            cd__sync_seen(seq);
        return;
    }
    if (strcmp(payload, "*") == 0) {
        cd_cache_flush();
        return;
    }
    cd_cache_invalidate(payload, strlen(payload));
}

static PGconn *cd__listen_connect(void)
{
    /* Aggressive keepalives: an idle listener must notice a silently vanished server within
     * about 3 s, because until it does this instance keeps serving what it has cached. */
    const char *keys[] = {"dbname",           "connect_timeout",  "application_name",
                          "keepalives",       "keepalives_idle",  "keepalives_interval",
                          "keepalives_count", "tcp_user_timeout", NULL};
    const char *vals[] = {cd__c.db_url, "5", "conduit-cache", "1", "1", "1", "2", "3000", NULL};
    PGconn *pg = PQconnectdbParams(keys, vals, 1);
    if (!pg || PQstatus(pg) != CONNECTION_OK)
        goto fail;
    PGresult *res = PQexec(pg, "LISTEN " CD_CACHE_CHANNEL);
    bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!ok)
        goto fail;
    return pg;
fail:
    cd_log(CD_LOG_WARN, NULL, "cache listener: %s (cache off until it reconnects)",
           pg ? PQerrorMessage(pg) : "out of memory");
    if (pg)
        PQfinish(pg);
    return NULL;
}

/* Send the next marker if a writer waits for one that is not sent yet: one marker answers every
 * writer that registered before it was sent, so concurrent writes share it. False when the
 * connection failed. */
static bool cd__send_marker(PGconn *pg)
{
    char drain[64];
    while (read(cd__c.wake_pipe[0], drain, sizeof drain) > 0)
        ;
    pthread_mutex_lock(&cd__c.sync_mu);
    uint64_t n = cd__c.requested > cd__c.sent ? ++cd__c.sent : 0;
    pthread_mutex_unlock(&cd__c.sync_mu);
    if (!n)
        return true;
    char payload[64];
    snprintf(payload, sizeof payload, "sync:%llx:%llu", (unsigned long long)cd__c.instance,
             (unsigned long long)n);
    const char *params[2] = {CD_CACHE_CHANNEL, payload};
    PGresult *res = PQexecParams(pg, "SELECT pg_notify($1, $2)", 2, NULL, params, NULL, NULL, 0);
    bool ok = PQresultStatus(res) == PGRES_TUPLES_OK;
    PQclear(res);
    return ok;
}

/* Sleeps up to ms; true when asked to stop. */
static bool cd__wait_stop(int ms)
{
    struct pollfd p = {.fd = cd__c.stop_pipe[0], .events = POLLIN};
    return poll(&p, 1, ms) > 0;
}

static void *cd__listener(void *arg)
{
    (void)arg;
    int backoff_ms = 100;
    for (;;) {
        PGconn *pg = cd__listen_connect();
        if (!pg) {
            if (cd__wait_stop(backoff_ms))
                return NULL;
            backoff_ms = backoff_ms < 2000 ? backoff_ms * 2 : 2000;
            continue;
        }
        backoff_ms = 100;
        cd_cache_set_listening(true);
        cd_log(CD_LOG_INFO, NULL, "cache listener: listening on %s", CD_CACHE_CHANNEL);
        bool stop = false;
        for (;;) {
            struct pollfd p[3] = {{.fd = PQsocket(pg), .events = POLLIN},
                                  {.fd = cd__c.stop_pipe[0], .events = POLLIN},
                                  {.fd = cd__c.wake_pipe[0], .events = POLLIN}};
            int n = poll(p, 3, 1000);
            if (n < 0 && errno != EINTR)
                break;
            if (p[1].revents) {
                stop = true;
                break;
            }
            if (p[2].revents && !cd__send_marker(pg))
                break;
            if (p[0].revents && !PQconsumeInput(pg))
                break;
            PGnotify *nt;
            while ((nt = PQnotifies(pg))) {
                cd__on_notify(nt->extra);
                PQfreemem(nt);
            }
            if (PQstatus(pg) != CONNECTION_OK)
                break;
        }
        cd_cache_set_listening(false);
        PQfinish(pg);
        if (stop)
            return NULL;
        /* Only after the cache went off and its epoch moved on: from this line on nothing cached
         * before the loss is served (tests/integration/test_cache.py waits for it). */
        cd_log(CD_LOG_WARN, NULL, "cache listener: connection lost (cache off until it is back)");
        if (cd__wait_stop(backoff_ms))
            return NULL;
    }
}

/* ---------------------------------------------------------------- read-your-writes */

int cd_cache_sync(void)
{
    cd_evt_block_point("cache sync wait");
    if (!cd_cache_enabled() || !cd__c.db_url)
        return 0;
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += cd__c.sync_timeout_ms / 1000;
    until.tv_nsec += (long)(cd__c.sync_timeout_ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&cd__c.sync_mu);
    /* The next marker to be sent is sent after this point, so after our write committed. */
    uint64_t target = cd__c.sent + 1;
    if (cd__c.requested < target) {
        cd__c.requested = target;
        ssize_t w = write(cd__c.wake_pipe[1], "s", 1);
        (void)w; /* a full pipe already holds a wake-up */
    }
    bool timed_out = false;
    while (cd__c.seen < target && cd_cache_enabled() && !timed_out)
        timed_out = pthread_cond_timedwait(&cd__c.sync_cv, &cd__c.sync_mu, &until) == ETIMEDOUT;
    bool seen = cd__c.seen >= target;
    pthread_mutex_unlock(&cd__c.sync_mu);
    if (!seen)
        cd_cache_flush(); /* cannot prove the listener caught up: forget everything instead */
    return 0;
}

/* ---------------------------------------------------------------- lifecycle */

int cd_cache_init(const cd_cache_config *cfg)
{
    if (cd__c.inited)
        return CD_E_INVALID;
    if (!cfg || cfg->budget_bytes == 0)
        return 0; /* disabled: cd_cache_enabled() stays false */
    cd__c.shards = calloc(CD__SHARDS, sizeof *cd__c.shards);
    if (!cd__c.shards)
        return CD_E_NOMEM;
    for (int i = 0; i < CD__SHARDS; i++)
        pthread_mutex_init(&cd__c.shards[i].mu, NULL);
    cd__c.shard_budget = cfg->budget_bytes / CD__SHARDS;
    cd__c.sync_timeout_ms = cfg->sync_timeout_ms > 0 ? cfg->sync_timeout_ms : 1000;
    cd__c.requested = cd__c.sent = cd__c.seen = 0;
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&cd__c.sync_cv, &ca);
    pthread_condattr_destroy(&ca);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    cd__c.instance = cd__hash((const char *)&now, sizeof now) ^ ((uint64_t)getpid() << 32);
    atomic_store(&cd__c.listening, false);
    cd__c.inited = true;
    if (!cfg->db_url)
        return 0;
    cd__c.db_url = strdup(cfg->db_url);
    if (!cd__c.db_url || pipe(cd__c.stop_pipe) != 0 ||
        pipe2(cd__c.wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) {
        cd_cache_shutdown();
        return CD_E_NOMEM;
    }
    if (pthread_create(&cd__c.thread, NULL, cd__listener, NULL) != 0) {
        cd_cache_shutdown();
        return CD_E_NOMEM;
    }
    cd__c.thread_started = true;
    return 0;
}

void cd_cache_shutdown(void)
{
    if (!cd__c.inited)
        return;
    if (cd__c.thread_started) {
        ssize_t w = write(cd__c.stop_pipe[1], "x", 1);
        (void)w;
        pthread_join(cd__c.thread, NULL);
        cd__c.thread_started = false;
    }
    for (int i = 0; i < 2; i++) {
        if (cd__c.stop_pipe[i] >= 0)
            close(cd__c.stop_pipe[i]);
        if (cd__c.wake_pipe[i] >= 0)
            close(cd__c.wake_pipe[i]);
        cd__c.stop_pipe[i] = cd__c.wake_pipe[i] = -1;
    }
    atomic_store(&cd__c.listening, false);
    for (int i = 0; i < CD__SHARDS; i++) {
        cd__shard *s = &cd__c.shards[i];
        while (s->head) {
            cd__entry *e = s->head;
            s->head = e->next;
            free(e);
        }
        pthread_mutex_destroy(&s->mu);
    }
    free(cd__c.shards);
    cd__c.shards = NULL;
    free(cd__c.db_url);
    cd__c.db_url = NULL;
    pthread_cond_destroy(&cd__c.sync_cv);
    cd__c.inited = false;
}
