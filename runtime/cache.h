/* runtime/cache.h — an in-process cache of read results that stays correct when the data changes
 * anywhere: in this process, in another instance behind the same load balancer, or by hand in psql.
 *
 * How it stays correct (no TTLs, no guessing):
 *   - Every entry names up to CD_CACHE_MAX_DEPS dependency tokens ("a:42", "u:7", "L", ...). Each
 *     token hashes to one of CD_CACHE_STRIPES generation counters; an entry remembers those
 *     counters' values, and is only served while they are unchanged. Invalidating a token bumps
 *     its counter: every entry depending on it (and, rarely, on a token sharing the stripe) is
 *     dead at once, and is dropped lazily. No reverse index, no scan.
 *   - PostgreSQL triggers (db/migrations/005_cache_notify.sql) send each token a write touches
 *     with pg_notify('conduit_cache', token), delivered at commit. A listener thread holding its
 *     own connection (LISTEN conduit_cache) bumps the counters. Rolled-back writes send nothing.
 *   - Filling after a miss races with writers: take a ticket (the counters' values) BEFORE reading
 *     the database and put with it; a put whose counters moved meanwhile is dropped, so a value
 *     read before a write can never be stored after that write's invalidation.
 *   - While the listener is not connected and listening, the cache is off (every get misses, every
 *     put is dropped): an invalidation could be missed. Each (re)connect starts a new epoch, which
 *     kills every older entry. A connection that is closed (backend terminated, PostgreSQL
 *     restarted) is noticed when the listener reads its end, like a notification: until then a
 *     change committed meanwhile is not visible here, exactly as any change from outside this
 *     instance is not until its notification is read. One that dies silently (network
 *     partition, no RST) is noticed by TCP keepalives within about 3 s; until then this instance
 *     may serve what it had cached, which is the bound on staleness for that failure.
 *   - Read-your-writes in this instance: after a request that may have written, the runtime calls
 *     cd_cache_sync(), which has the listener send a marker notification after the write
 *     committed and waits until the listener has received it. PostgreSQL delivers notifications
 *     in commit order, so by then every invalidation of that write has been applied. Other
 *     instances see the change when their listener gets it (normally well under a millisecond on
 *     one host).
 *
 * Memory: a fixed budget (bytes), split over shards, least recently used entries evicted first.
 * Thread-safe: all functions may be called from any thread.
 */
#ifndef CD_CACHE_H
#define CD_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

#define CD_CACHE_MAX_DEPS 3
#define CD_CACHE_STRIPES 4096
#define CD_CACHE_CHANNEL "conduit_cache"

typedef struct cd_cache_config {
    size_t budget_bytes; /* 0 disables the cache entirely */
    const char *db_url;  /* for the listener's own connection; NULL: no listener (tests) */
    int sync_timeout_ms; /* cd_cache_sync waits this long, then flushes everything */
} cd_cache_config;

/* What a miss hands to the matching put: the epoch and the dependency counters, read before the
 * database was. */
typedef struct cd_cache_ticket {
    uint64_t epoch;
    uint32_t ndeps;
    uint32_t stripe[CD_CACHE_MAX_DEPS];
    uint64_t gen[CD_CACHE_MAX_DEPS];
} cd_cache_ticket;

typedef struct cd_cache_stats {
    uint64_t hits, misses, puts, dropped_puts, evictions, invalidations, flushes;
    size_t bytes, entries;
    bool enabled;
} cd_cache_stats;

/* Starts the cache (and, with a db_url, the listener thread). 0 or CD_E_NOMEM / CD_E_INVALID. */
int cd_cache_init(const cd_cache_config *cfg);
/* Stops the listener, frees every entry. Safe when not initialised. */
void cd_cache_shutdown(void);

/* True while entries may be served: initialised with a budget and (with a listener) listening. */
bool cd_cache_enabled(void);

/* Look up `key`. Hit: a copy of the value is allocated in `arena` (aligned like any arena
 * allocation, followed by a NUL byte not counted in *len), returns 1. Miss: fills *ticket with
 * the state of `deps` now, returns 0 — read the database after this call, then cd_cache_put().
 * CD_E_NOMEM when the arena is full (treat as a miss without a ticket). */
int cd_cache_get(const char *key, const char *const *deps, size_t ndeps, cd_arena *arena,
                 void **val, size_t *len, cd_cache_ticket *ticket);

/* Store key → value (copied) unless the ticket is stale (a dependency was invalidated or the epoch
 * changed since it was taken) or the value is larger than a shard's budget. Replaces an older
 * entry for the key. */
void cd_cache_put(const char *key, const cd_cache_ticket *ticket, const void *val, size_t len);

/* Invalidate one token (what the listener does for each notification). */
void cd_cache_invalidate(const char *token, size_t len);
/* Drop everything (new epoch). */
void cd_cache_flush(void);

/* Read-your-writes: call after a request that may have written, once its writes committed (the
 * runtime does, for every unsafe request that used the database). Waits until this instance's
 * listener has applied every invalidation committed so far — the listener sends a marker
 * notification on its own connection after this call and waits to receive it; writers arriving
 * together share one marker. On timeout, or if the listener goes away, the cache is flushed
 * instead: the caller is never held up longer than sync_timeout_ms. No-op while the cache is
 * off. Always returns 0. */
int cd_cache_sync(void);

void cd_cache_get_stats(cd_cache_stats *out);

/* Testing seam: enable/disable as the listener would (connect / disconnect), without one. */
void cd_cache_set_listening(bool on);

#endif
