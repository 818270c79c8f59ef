/* runtime/metrics.c — lock-free request counters and latency histograms (see metrics.h). */
#include "metrics.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "errors.h"
#include "jsonw.h"

/* Statuses the server can produce get their own counter; anything else lands in "other" with
 * its class. A fixed table keeps the counter array dense and allocation-free. */
static const int cd__statuses[] = {200, 201, 204, 304, 400, 401, 403, 404, 405, 409,
                                   413, 415, 422, 429, 431, 500, 501, 503, 504};
#define CD__NSTAT (sizeof cd__statuses / sizeof cd__statuses[0])
#define CD__NSTATX (CD__NSTAT + 5) /* + other 1xx..5xx */

/* Latency buckets (seconds): fine below 10 ms where this server lives, coarse above. */
static const double cd__bounds[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                    0.1,    0.25,  0.5,    1,     2.5,  5,     10};
#define CD__NB (sizeof cd__bounds / sizeof cd__bounds[0])

typedef struct {
    atomic_uint_fast64_t count[CD__NB + 1]; /* last: +Inf (non-cumulative storage) */
    atomic_uint_fast64_t sum_ns;
} cd__hist;

static struct {
    const cd_api *api;
    size_t nslots;
    atomic_uint_fast64_t *req; /* [slot][method][status index] */
    cd__hist *hist;            /* [slot] */
} cd__m;

static const char *const cd__rt_names[CD_MSLOT__COUNT] = {
    "runtime_healthz", "runtime_readyz", "runtime_metrics", "runtime_openapi",
    "runtime_docs",    "cors_preflight", "unmatched",
};

int cd_metrics_init(const cd_api *api)
{
    int rc = CD_E_NOMEM;
    cd_metrics_free();
    size_t nops = api ? api->nops : 0;
    size_t nslots = nops + CD_MSLOT__COUNT;
    cd__m.req = calloc(nslots * (CD_M__COUNT + 1) * CD__NSTATX, sizeof *cd__m.req);
    cd__m.hist = calloc(nslots, sizeof *cd__m.hist);
    if (!cd__m.req || !cd__m.hist) {
        cd_metrics_free();
        goto out;
    }
    cd__m.api = api;
    cd__m.nslots = nslots;
    rc = 0;
out:
    return rc;
}

void cd_metrics_free(void)
{
    free(cd__m.req);
    free(cd__m.hist);
    memset(&cd__m, 0, sizeof cd__m);
}

int cd_metrics_runtime_slot(int which)
{
    return (int)(cd__m.api ? cd__m.api->nops : 0) + which;
}

static size_t cd__stat_index(int status)
{
    for (size_t i = 0; i < CD__NSTAT; i++)
        if (cd__statuses[i] == status)
            return i;
    int cls = status / 100;
    if (cls < 1 || cls > 5)
        cls = 5;
    return CD__NSTAT + (size_t)(cls - 1);
}

void cd_metrics_observe(int slot, cd_method m, int status, int64_t duration_ns)
{
    if (!cd__m.req || slot < 0 || (size_t)slot >= cd__m.nslots)
        return;
    if (m < 0 || m > CD_M__COUNT)
        m = CD_M__COUNT;
    if (duration_ns < 0)
        duration_ns = 0;
    size_t idx =
        ((size_t)slot * (CD_M__COUNT + 1) + (size_t)m) * CD__NSTATX + cd__stat_index(status);
    atomic_fetch_add_explicit(&cd__m.req[idx], 1, memory_order_relaxed);
    cd__hist *h = &cd__m.hist[slot];
    double secs = (double)duration_ns / 1e9;
    size_t b = 0;
    while (b < CD__NB && secs > cd__bounds[b])
        b++;
    atomic_fetch_add_explicit(&h->count[b], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&h->sum_ns, (uint_fast64_t)duration_ns, memory_order_relaxed);
}

static const char *cd__slot_name(size_t slot)
{
    size_t nops = cd__m.api ? cd__m.api->nops : 0;
    if (slot < nops)
        return cd__m.api->ops[slot].operation_id ? cd__m.api->ops[slot].operation_id : "unnamed";
    return cd__rt_names[slot - nops];
}

/* Operation ids come from the spec ([A-Za-z0-9_]); still, escape label values as the format
 * requires (backslash, quote, newline). */
static void cd__label(cd_jsonw *w, const char *v)
{
    for (const char *p = v; *p; p++) {
        if (*p == '\\' || *p == '"')
            cd_jsonw_char(w, '\\');
        if (*p == '\n') {
            cd_jsonw_lit(w, "\\n");
            continue;
        }
        cd_jsonw_char(w, *p);
    }
}

static void cd__printf(cd_jsonw *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void cd__printf(cd_jsonw *w, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    cd_jsonw_raw(w, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void cd__gauge(cd_jsonw *w, const char *name, const char *help, const char *type, double v)
{
    cd__printf(w, "# HELP %s %s\n# TYPE %s %s\n%s %.17g\n", name, help, name, type, name, v);
}

const char *cd_metrics_render(cd_arena *a, const cd_metrics_gauges *g, size_t *len)
{
    cd_jsonw w; /* the JSON writer is a plain growable arena buffer: reused for text here */
    cd_jsonw_init(&w, a, 8192);

    cd_jsonw_lit(&w, "# HELP conduit_http_requests_total HTTP requests by operation, method and "
                     "status.\n# TYPE conduit_http_requests_total counter\n");
    for (size_t s = 0; cd__m.req && s < cd__m.nslots; s++) {
        for (int m = 0; m <= CD_M__COUNT; m++) {
            for (size_t k = 0; k < CD__NSTATX; k++) {
                size_t idx = (s * (CD_M__COUNT + 1) + (size_t)m) * CD__NSTATX + k;
                uint64_t v = atomic_load_explicit(&cd__m.req[idx], memory_order_relaxed);
                if (!v)
                    continue;
                cd_jsonw_lit(&w, "conduit_http_requests_total{operation=\"");
                cd__label(&w, cd__slot_name(s));
                cd__printf(&w, "\",method=\"%s\",status=\"",
                           m == CD_M__COUNT ? "OTHER" : cd_method_name((cd_method)m));
                if (k < CD__NSTAT)
                    cd__printf(&w, "%d", cd__statuses[k]);
                else
                    cd__printf(&w, "%zuxx", k - CD__NSTAT + 1);
                cd__printf(&w, "\"} %" PRIu64 "\n", v);
            }
        }
    }

    cd_jsonw_lit(&w, "# HELP conduit_http_request_duration_seconds Time from request line to "
                     "response sent, by operation.\n"
                     "# TYPE conduit_http_request_duration_seconds histogram\n");
    for (size_t s = 0; cd__m.hist && s < cd__m.nslots; s++) {
        cd__hist *h = &cd__m.hist[s];
        uint64_t counts[CD__NB + 1], total = 0;
        for (size_t b = 0; b <= CD__NB; b++) {
            counts[b] = atomic_load_explicit(&h->count[b], memory_order_relaxed);
            total += counts[b];
        }
        if (!total)
            continue;
        uint64_t cum = 0;
        for (size_t b = 0; b <= CD__NB; b++) {
            cum += counts[b];
            cd_jsonw_lit(&w, "conduit_http_request_duration_seconds_bucket{operation=\"");
            cd__label(&w, cd__slot_name(s));
            if (b < CD__NB)
                cd__printf(&w, "\",le=\"%g\"} %" PRIu64 "\n", cd__bounds[b], cum);
            else
                cd__printf(&w, "\",le=\"+Inf\"} %" PRIu64 "\n", cum);
        }
        cd_jsonw_lit(&w, "conduit_http_request_duration_seconds_sum{operation=\"");
        cd__label(&w, cd__slot_name(s));
        cd__printf(&w, "\"} %.9f\n",
                   (double)atomic_load_explicit(&h->sum_ns, memory_order_relaxed) / 1e9);
        cd_jsonw_lit(&w, "conduit_http_request_duration_seconds_count{operation=\"");
        cd__label(&w, cd__slot_name(s));
        cd__printf(&w, "\"} %" PRIu64 "\n", cum);
    }

    if (g) {
        cd__gauge(&w, "conduit_http_requests_in_flight", "Requests received and not yet answered.",
                  "gauge", (double)g->in_flight);
        cd__gauge(&w, "conduit_worker_queue_depth", "Requests waiting for a handler worker.",
                  "gauge", (double)g->queue_depth);
        cd__gauge(&w, "conduit_worker_queue_capacity", "Handler queue limit (then 503).", "gauge",
                  (double)g->queue_capacity);
        cd__gauge(&w, "conduit_worker_busy", "Handler workers running a request.", "gauge",
                  (double)g->workers_busy);
        cd__gauge(&w, "conduit_cpu_queue_depth", "Requests waiting for a CPU worker.", "gauge",
                  (double)g->cpu_queue_depth);
        cd__gauge(&w, "conduit_cpu_queue_capacity", "CPU queue limit (then 503).", "gauge",
                  (double)g->cpu_queue_capacity);
        cd__gauge(&w, "conduit_cpu_worker_busy", "CPU workers running a request.", "gauge",
                  (double)g->cpu_workers_busy);
        cd__gauge(&w, "conduit_queue_rejected_total",
                  "Requests answered 503 because a queue was "
                  "full.",
                  "counter", (double)g->rejected_total);
        cd__gauge(&w, "conduit_http_guard_rejected_total",
                  "Requests refused for their framing (answered 4xx/5xx, then closed).", "counter",
                  (double)g->guard.rejected);
        cd__gauge(&w, "conduit_http_guard_dropped_total",
                  "Connections closed because their bytes were not HTTP.", "counter",
                  (double)g->guard.dropped);
        cd__gauge(&w, "conduit_event_thread_blocking_total",
                  "Blocking calls reached on an event thread (a broken contract: must stay 0).",
                  "counter", (double)g->event_thread_blocking);
        cd__gauge(&w, "conduit_http_guard_head_timeouts_total",
                  "Connections closed because a request head was not complete in time (408).",
                  "counter", (double)g->guard.timed_out);
        cd__gauge(&w, "conduit_db_pool_connections", "Open PostgreSQL connections.", "gauge",
                  g->db.size);
        cd__gauge(&w, "conduit_db_pool_in_use", "Connections handed to requests.", "gauge",
                  g->db.in_use);
        cd__gauge(&w, "conduit_db_pool_idle", "Idle connections.", "gauge", g->db.idle);
        cd__gauge(&w, "conduit_db_pool_waiting", "Requests waiting for a connection.", "gauge",
                  g->db.waiting);
        cd__gauge(&w, "conduit_db_pool_acquired_total", "Connections handed out.", "counter",
                  (double)g->db.acquired_total);
        cd__gauge(&w, "conduit_db_pool_wait_seconds_total",
                  "Time requests waited for a "
                  "connection.",
                  "counter", (double)g->db.wait_ns_total / 1e9);
        cd__gauge(&w, "conduit_db_pool_errors_total", "Broken connections discarded.", "counter",
                  (double)g->db.errors_total);
        cd__gauge(&w, "conduit_cache_enabled", "1 while the read cache is listening.", "gauge",
                  g->cache.enabled);
        cd__gauge(&w, "conduit_cache_hits_total", "Read cache hits.", "counter",
                  (double)g->cache.hits);
        cd__gauge(&w, "conduit_cache_misses_total", "Read cache misses.", "counter",
                  (double)g->cache.misses);
        cd__gauge(&w, "conduit_cache_evictions_total", "Entries evicted for space.", "counter",
                  (double)g->cache.evictions);
        cd__gauge(&w, "conduit_cache_invalidations_total", "Invalidation tokens applied.",
                  "counter", (double)g->cache.invalidations);
        cd__gauge(&w, "conduit_cache_flushes_total", "Whole-cache flushes.", "counter",
                  (double)g->cache.flushes);
        cd__gauge(&w, "conduit_cache_bytes", "Bytes held by cache entries.", "gauge",
                  (double)g->cache.bytes);
        cd__gauge(&w, "conduit_cache_entries", "Cache entries.", "gauge", (double)g->cache.entries);
        cd__gauge(&w, "conduit_draining", "1 while shutting down.", "gauge", g->draining);
        if (g->rss_bytes >= 0)
            cd__gauge(&w, "process_resident_memory_bytes", "Resident memory size in bytes.",
                      "gauge", (double)g->rss_bytes);
    }
    return cd_jsonw_finish(&w, len);
}

int64_t cd_metrics_rss_bytes(void)
{
    int64_t rss = -1;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        goto out;
    unsigned long long size = 0, res = 0;
    if (fscanf(f, "%llu %llu", &size, &res) == 2) {
        long page = sysconf(_SC_PAGESIZE);
        if (page > 0)
            rss = (int64_t)res * page;
    }
    fclose(f);
out:
    return rss;
}
