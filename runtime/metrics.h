/* runtime/metrics.h — Prometheus counters and histograms for the server, rendered as text.
 *
 * Series are keyed by a "slot" (one per API operation, then one per runtime endpoint and one for
 * unmatched requests), the method and the status. Updates are relaxed atomic adds on fixed
 * arrays: no locks on the request path, no allocation after cd_metrics_init(). Rendering reads
 * the counters without stopping writers, so one scrape may see a request in the counter and not
 * yet in the histogram; Prometheus tolerates that.
 */
#ifndef CD_METRICS_H
#define CD_METRICS_H

#include <stddef.h>
#include <stdint.h>

#include "api.h"
#include "arena.h"
#include "cache.h"
#include "connguard.h"
#include "db.h"
#include "request.h"

/* Runtime slots follow the API's operations: slot = api->nops + CD_MSLOT_*. */
enum {
    CD_MSLOT_HEALTHZ = 0,
    CD_MSLOT_READYZ,
    CD_MSLOT_METRICS,
    CD_MSLOT_OPENAPI,
    CD_MSLOT_DOCS,
    CD_MSLOT_PREFLIGHT,
    CD_MSLOT_UNMATCHED,
    CD_MSLOT__COUNT
};

/* Sizes the tables for api (NULL = no operations). Returns 0 or CD_E_NOMEM. */
int cd_metrics_init(const cd_api *api);
void cd_metrics_free(void);
int cd_metrics_runtime_slot(int which); /* api->nops + which */

/* One finished request. */
void cd_metrics_observe(int slot, cd_method m, int status, int64_t duration_ns);

/* Gauges sampled at scrape time. */
typedef struct cd_metrics_gauges {
    int64_t in_flight;
    int64_t queue_depth, queue_capacity;
    int64_t cpu_queue_depth, cpu_queue_capacity;
    int64_t workers_busy, cpu_workers_busy;
    int64_t rejected_total;         /* 503 for a full queue */
    uint64_t event_thread_blocking; /* eventthread.h */
    cd_connguard_stats guard;
    cd_db_stats db;
    cd_cache_stats cache;
    int64_t rss_bytes; /* < 0: unknown */
    int draining;
} cd_metrics_gauges;

/* Prometheus text exposition format 0.0.4 (arena-owned, NUL-terminated); NULL on NOMEM. */
const char *cd_metrics_render(cd_arena *a, const cd_metrics_gauges *g, size_t *len);

/* Resident set size of this process from /proc/self/statm, or -1. */
int64_t cd_metrics_rss_bytes(void);

#endif
