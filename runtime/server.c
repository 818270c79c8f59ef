/* runtime/server.c — libmicrohttpd front end, worker pools, HTTP extras (see server.h).
 *
 * MHD 0.9.75 facts this file is built around:
 *   - suspend/resume needs MHD_ALLOW_SUSPEND_RESUME (else abort); a suspended connection is
 *     resumed from the worker and its response queued from the access handler afterwards;
 *   - a connection is suspended only once its upload is complete, and only while the pool's
 *     lock is held, so a worker can never resume a connection before it is suspended;
 *   - suspended connections neither time out nor notice disconnects: the worker enforces the
 *     request deadline (queue wait, DB acquire and statements are all bounded by it);
 *   - stopping the daemon with suspended connections is an API violation: shutdown waits for
 *     the pools to finish (answering still-queued requests 503) before MHD_stop_daemon;
 *   - the completed callback frees whatever *con_cls holds — here the request arena.
 */
#include "server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "cache.h"
#include "conditional.h"
#include "cors.h"
#include "connguard.h"
#include "db.h"
#include "eventthread.h"
#include "errors.h"
#include "log.h"
#include "metrics.h"
#include "pool.h"
#include "request.h"
#include "uri.h"

#define CD__ARENA_FIRST 8192
#define CD__ARENA_EXTRA (64u << 20) /* room for responses on top of the body limit */
#define CD__MAX_COOKIES 16          /* cookie pairs per request: far more than the spec's one */
#define CD__MHD_ENTRY 64 /* MHD's per-value record (struct MHD_HTTP_Header, 56 B) + slack */

typedef enum { CD__S_NEW = 0, CD__S_BODY, CD__S_QUEUED, CD__S_READY } cd__state;
typedef enum { CD__K_OP = 0, CD__K_READYZ } cd__kind;

typedef struct cd__sreq {
    cd_request r;
    cd_route route;
    cd__kind kind;
    cd__state state;
    struct MHD_Connection *conn;
    int64_t t0;
    int slot;
    const char *raw_uri;
    const char *route_label; /* template or runtime path, for the access log */
    /* body */
    char *body;
    size_t blen, bcap, limit;
    bool too_large;
    bool direct; /* answered by the runtime on the event thread once the request is read */
    /* response */
    struct MHD_Response *resp;
    int resp_status;
    uint64_t resp_bytes;
} cd__sreq;

static struct {
    const cd_config *cfg;
    const cd_api *api;
    struct MHD_Daemon *d;
    uint16_t port;
    cd_pool work, cpu;
    atomic_int draining;
    atomic_int aborting; /* grace expired: answer queued requests 503 without running them */
    atomic_long in_flight;
    atomic_long rejected;
    atomic_uint_fast64_t req_counter;
    char id_prefix[9];
} cd__srv;

/* ================= helpers ================= */

typedef struct {
    cd_arena *a;
    cd_kv *kv;
    size_t n, cap;
    int err;
} cd__kvcollect;

static enum MHD_Result cd__collect(void *cls, enum MHD_ValueKind kind, const char *key,
                                   const char *value)
{
    (void)kind;
    cd__kvcollect *c = cls;
    if (c->n >= c->cap)
        return MHD_NO;
    c->kv[c->n].key = cd_arena_strdup(c->a, key ? key : "");
    c->kv[c->n].value = cd_arena_strdup(c->a, value ? value : "");
    if (!c->kv[c->n].key || !c->kv[c->n].value) {
        c->err = 1;
        return MHD_NO;
    }
    c->n++;
    return MHD_YES;
}

static int cd__copy_values(struct MHD_Connection *conn, cd_arena *a, enum MHD_ValueKind kind,
                           const cd_kv **out, size_t *nout)
{
    int total = MHD_get_connection_values(conn, kind, NULL, NULL);
    *out = NULL;
    *nout = 0;
    if (total <= 0)
        return 0;
    cd__kvcollect c = {a, cd_arena_calloc(a, (size_t)total, sizeof(cd_kv)), 0, (size_t)total, 0};
    if (!c.kv)
        return CD_E_NOMEM;
    MHD_get_connection_values(conn, kind, cd__collect, &c);
    if (c.err)
        return CD_E_NOMEM;
    *out = c.kv;
    *nout = c.n;
    return 0;
}

static bool cd__valid_request_id(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++) {
        char c = s[n];
        if (n >= 64 || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':'))
            return false;
    }
    return n > 0;
}

static void cd__hdr(struct MHD_Response *resp, const char *k, const char *v, const cd__sreq *s)
{
    if (MHD_add_response_header(resp, k, v) != MHD_YES)
        cd_log(CD_LOG_WARN, s->r.request_id, "could not add response header %s", k);
}

static void cd__add_cors(struct MHD_Response *resp, const cd__sreq *s)
{
    const char *origin = cd_req_header(&s->r, "Origin");
    if (!cd_cors_allowed(origin))
        return;
    cd__hdr(resp, "Access-Control-Allow-Origin", cd_cors_wildcard() ? "*" : origin, s);
    if (!cd_cors_wildcard()) {
        /* Named origins may send credentials (the refresh cookie); "*" never can (Fetch). */
        cd__hdr(resp, "Access-Control-Allow-Credentials", "true", s);
        cd__hdr(resp, "Vary", "Origin", s);
    }
    cd__hdr(resp, "Access-Control-Expose-Headers", "X-Request-Id, ETag, Retry-After", s);
}

/* Builds the MHD response from s->r (body arena-owned; MHD never copies it). Runs on a worker
 * for API operations so ETag and gzip cost no event-thread time. */
static int cd__build(cd__sreq *s)
{
    cd_request *r = &s->r;
    int status = r->status ? r->status : 500;
    const char *body = r->res_body;
    size_t len = body ? r->res_len : 0;
    const char *type = r->res_type ? r->res_type : "application/json";
    const char *etag = NULL, *encoding = NULL;
    bool json = !strncmp(type, "application/json", 16);
    bool compressible = json || !strncmp(type, "application/problem+json", 24) ||
                        !strncmp(type, "text/", 5) || !strncmp(type, "application/yaml", 16);

    const cd_cond_blob *blob = cd_cond_blob_find(body);
    /* Decided before the ETag: the gzip representation carries a weak validator (another
     * encoding is another representation); If-None-Match compares weakly, so both revalidate. */
    bool vary_ae = body && compressible && len > CD_COND_GZIP_MIN && cd__srv.cfg->gzip;
    bool want_gz = vary_ae && cd_cond_accepts_gzip(cd_req_header(r, "Accept-Encoding"));
    if ((r->method == CD_M_GET || r->method == CD_M_HEAD) && status == 200 && body && json) {
        uint64_t h = blob ? 0 : cd_cond_fnv1a(body, len);
        etag = blob ? (want_gz ? cd_arena_printf(r->arena, "W/%s", blob->etag) : blob->etag)
                    : cd_arena_printf(r->arena, "%s\"%016" PRIx64 "\"", want_gz ? "W/" : "", h);
        if (etag && cd_cond_etag_matches(cd_req_header(r, "If-None-Match"), etag)) {
            status = 304;
            body = NULL;
            len = 0;
        }
    }
    if (body && want_gz) {
        const char *gz = NULL;
        size_t gzn = 0;
        if (blob ? (gz = blob->gz, gzn = blob->gzlen, gz != NULL)
                 : cd_cond_gzip(r->arena, body, len, &gz, &gzn)) {
            body = gz;
            len = gzn;
            encoding = "gzip";
        }
    }
    /* PERSISTENT: the arena outlives the response (freed in the completed callback, after MHD
     * has sent and destroyed it). */
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        len, (void *)(uintptr_t)(body ? body : ""), MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return CD_E_NOMEM;
    if (body)
        cd__hdr(resp, "Content-Type", type, s);
    if (r->request_id)
        cd__hdr(resp, "X-Request-Id", r->request_id, s);
    if (etag)
        cd__hdr(resp, "ETag", etag, s);
    if (encoding)
        cd__hdr(resp, "Content-Encoding", encoding, s);
    if (vary_ae)
        cd__hdr(resp, "Vary", "Accept-Encoding", s);
    cd__add_cors(resp, s);
    for (size_t i = 0; i < r->nres_headers; i++)
        cd__hdr(resp, r->res_headers[i].key, r->res_headers[i].value, s);
    if (atomic_load(&cd__srv.draining))
        cd__hdr(resp, "Connection", "close", s);
    s->resp = resp;
    s->resp_status = status;
    s->resp_bytes = len;
    return 0;
}

/* Queue s->resp now (event thread, from the access handler). */
static enum MHD_Result cd__queue(cd__sreq *s)
{
    enum MHD_Result ret = MHD_queue_response(s->conn, (unsigned)s->resp_status, s->resp);
    MHD_destroy_response(s->resp); /* MHD holds its own reference */
    s->resp = NULL;
    if (ret != MHD_YES)
        cd_log(CD_LOG_WARN, s->r.request_id, "could not queue the response");
    return ret;
}

/* Build + queue on the event thread (runtime endpoints, early errors). */
static enum MHD_Result cd__respond_now(cd__sreq *s)
{
    if (cd__build(s))
        return MHD_NO; /* out of memory: close the connection */
    return cd__queue(s);
}

/* Fill an error response to be queued once the request is fully read. Queueing before that
 * (MHD's "early response") makes MHD close the connection, which is right for 413 only. */
static void cd__error_later(cd__sreq *s, int status, const char *msg)
{
    cd_req_fail(&s->r, status, "", "%s", msg);
    s->direct = true;
}

static void cd__static(cd_request *r, const char *type, const char *body, size_t len)
{
    r->status = 200;
    r->res_body = body;
    r->res_len = len;
    r->res_type = type;
}

static void cd__gauges(cd_metrics_gauges *g)
{
    memset(g, 0, sizeof *g);
    g->in_flight = atomic_load(&cd__srv.in_flight);
    cd_pool_depth(&cd__srv.work, &g->queue_depth, &g->workers_busy);
    cd_pool_depth(&cd__srv.cpu, &g->cpu_queue_depth, &g->cpu_workers_busy);
    g->queue_capacity = (int64_t)cd_pool_capacity(&cd__srv.work);
    g->cpu_queue_capacity = (int64_t)cd_pool_capacity(&cd__srv.cpu);
    g->rejected_total = atomic_load(&cd__srv.rejected);
    cd_connguard_stats_get(&g->guard);
    g->event_thread_blocking = cd_evt_violations();
    cd_db_pool_stats(&g->db);
    cd_cache_get_stats(&g->cache);
    g->rss_bytes = cd_metrics_rss_bytes();
    g->draining = atomic_load(&cd__srv.draining);
}

static void cd__allow_header(cd_request *r, unsigned allow)
{
    char buf[96];
    size_t o = 0;
    buf[0] = '\0';
    if (allow & CD_METHOD_BIT(CD_M_GET))
        allow |= CD_METHOD_BIT(CD_M_HEAD);
    for (int m = 0; m < CD_M__COUNT; m++) {
        if (!(allow & CD_METHOD_BIT(m)))
            continue;
        int n = snprintf(buf + o, sizeof buf - o, "%s%s", o ? ", " : "", cd_method_name(m));
        if (n < 0 || (size_t)n >= sizeof buf - o)
            break;
        o += (size_t)n;
    }
    (void)cd_req_add_header(r, "Allow", buf);
}

/* ================= worker side ================= */

static bool cd__has_res_header(const cd_request *r, const char *name)
{
    for (size_t i = 0; i < r->nres_headers; i++)
        if (!strcasecmp(r->res_headers[i].key, name))
            return true;
    return false;
}

static void cd__sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000};
    while (nanosleep(&ts, &ts) && errno == EINTR)
        ;
}

/* After the API layer ran: make sure there is a response, and say why a 5xx happened. */
static void cd__finish(cd__sreq *s, int rc)
{
    cd_request *r = &s->r;
    if (r->status == 0) {
        int status = rc ? cd_error_status(rc) : 500;
        cd_req_fail(r, status, "", "%s",
                    rc ? cd_error_message(rc) : "handler produced no response");
    }
    if (r->status == 503 && !cd__has_res_header(r, "Retry-After"))
        (void)cd_req_add_header(r, "Retry-After", "1"); /* outages are short: invite a retry */
    if (r->status >= 500 && r->status != 503 && r->status != 501)
        cd_log(CD_LOG_ERROR, r->request_id, "%s answered %d (%s)",
               s->r.op ? s->r.op->operation_id : "request", r->status,
               rc ? cd_error_name(rc) : "set by the handler");
}

/* Reads served from the cache, on the event thread (the contract: eventthread.h). A GET/HEAD
 * request is first run right here as an attempt with database access refused. If it completes
 * without the database — a cache hit, or an answer like 401/404/422 that needs none — its response
 * goes out at once: no hand-off to a worker and back, which costs more than such a request itself
 * (two thread wake-ups and a suspend/resume). Otherwise the attempt is thrown away and the request
 * is queued as usual; GET handlers only read, so running one twice changes nothing. Handlers must
 * therefore not block on anything but the database, which holds for every GET handler here. */
static bool cd__try_inline(cd__sreq *s)
{
    cd_request *r = &s->r;
    if (s->kind != CD__K_OP || !r->op || r->op->cpu_heavy ||
        (r->method != CD_M_GET && r->method != CD_M_HEAD) || !cd_cache_enabled() ||
        cd__srv.cfg->debug_delay_ms || atomic_load(&cd__srv.aborting))
        return false;
    cd_evt_attempt_begin(r);
    int rc = cd__srv.api->dispatch(r, &s->route);
    if (cd_evt_attempt_end(r))
        return false; /* blocked: its output is reset; a worker runs it from the start */
    cd__finish(s, rc);
    return true;
}

static void cd__run(void *job)
{
    cd__sreq *s = job;
    cd_request *r = &s->r;
    if (atomic_load(&cd__srv.aborting)) {
        cd_req_fail(r, 503, "", "server is shutting down");
        (void)cd_req_add_header(r, "Retry-After", "1");
        goto done;
    }
    if (cd__srv.cfg->debug_delay_ms)
        cd__sleep_ms(cd__srv.cfg->debug_delay_ms);
    if (r->deadline_ns && cd_clock_ns() >= r->deadline_ns) {
        cd_req_fail(r, 503, "", "request deadline exceeded while queued");
        (void)cd_req_add_header(r, "Retry-After", "1");
        goto done;
    }
    if (s->kind == CD__K_READYZ) {
        static const char ready[] = "{\"status\":\"ready\"}";
        if (!atomic_load(&cd__srv.draining) && cd_db_ping() == 0) {
            cd__static(r, "application/json", ready, sizeof ready - 1);
        } else {
            cd_req_fail(r, 503, "", "%s",
                        atomic_load(&cd__srv.draining) ? "draining" : "database unreachable");
            (void)cd_req_add_header(r, "Retry-After", "1");
        }
        goto done;
    }
    cd__finish(s, cd__srv.api->dispatch(r, &s->route));
done:;
    /* A request that may have written waits until this instance's cache has dropped what the
     * write changed, so the client's next read sees it (cache.h). */
    bool wrote =
        r->db && r->method != CD_M_GET && r->method != CD_M_HEAD && r->method != CD_M_OPTIONS;
    /* Release the connection here, on the worker: a rollback may block. */
    cd_db_request_done(r);
    if (wrote)
        (void)cd_cache_sync();
    if (cd__build(s))
        s->resp = NULL; /* the event thread will close the connection */
    s->state = CD__S_READY;
    MHD_resume_connection(s->conn);
}

/* ================= event side ================= */

static void *cd__uri_log(void *cls, const char *uri, struct MHD_Connection *conn)
{
    cd_evt_mark_current();
    (void)cls;
    (void)conn;
    size_t limit = cd__srv.cfg->max_body + CD__ARENA_EXTRA;
    cd_arena *a = cd_arena_new(CD__ARENA_FIRST, limit);
    if (!a)
        return NULL;
    cd__sreq *s = cd_arena_alloc(a, sizeof *s);
    if (!s) {
        cd_arena_free(a);
        return NULL;
    }
    s->r.arena = a;
    s->t0 = cd_clock_ns();
    s->slot = cd_metrics_runtime_slot(CD_MSLOT_UNMATCHED);
    s->raw_uri = cd_arena_strdup(a, uri ? uri : "/");
    if (!s->raw_uri) {
        cd_arena_free(a);
        return NULL;
    }
    s->route_label = "unmatched";
    s->r.method = CD_M__COUNT;
    atomic_fetch_add(&cd__srv.in_flight, 1);
    return s;
}

static void cd__completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                          enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    cd__sreq *s = *con_cls;
    if (!s)
        return;
    *con_cls = NULL;
    if (s->state == CD__S_QUEUED) {
        /* Only reachable if MHD were stopped with suspended connections, which shutdown
         * prevents; leaking beats freeing memory a worker still uses. */
        cd_log(CD_LOG_ERROR, s->r.request_id, "request completed while queued (leaked)");
        return;
    }
    int64_t dur = cd_clock_ns() - s->t0;
    int status = s->resp_status ? s->resp_status : 499; /* 499: client went away first */
    if (toe != MHD_REQUEST_TERMINATED_COMPLETED_OK && s->resp_status == 0)
        status = 499;
    cd_metrics_observe(s->slot, s->r.method, status, dur);
    cd_log_access a = {
        .request_id = s->r.request_id ? s->r.request_id : "-",
        .method = s->r.method < CD_M__COUNT ? cd_method_name(s->r.method) : "OTHER",
        .route = s->route_label,
        .operation = s->r.op ? s->r.op->operation_id : s->route_label,
        .client_ip = s->r.client_ip ? s->r.client_ip : "",
        .status = status,
        .duration_ms = (double)dur / 1e6,
        .bytes = s->resp_bytes,
    };
    cd_log_request(&a);
    if (toe == MHD_REQUEST_TERMINATED_COMPLETED_OK) {
        const union MHD_ConnectionInfo *fdi =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
        if (fdi)
            cd_connguard_response_done(fdi->connect_fd);
    }
    if (s->r.db)
        cd_db_request_done(&s->r); /* never expected: workers release before resuming */
    if (s->resp)
        MHD_destroy_response(s->resp);
    atomic_fetch_sub(&cd__srv.in_flight, 1);
    cd_arena_free(s->r.arena);
}

/* Every client socket is registered with the framing guard for its lifetime. */
static void cd__notify_conn(void *cls, struct MHD_Connection *conn, void **socket_context,
                            enum MHD_ConnectionNotificationCode code)
{
    cd_evt_mark_current();
    (void)cls;
    (void)socket_context;
    const union MHD_ConnectionInfo *fdi =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (!fdi)
        return;
    if (code != MHD_CONNECTION_NOTIFY_STARTED) {
        cd_connguard_close(fdi->connect_fd);
        return;
    }
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    const struct sockaddr *sa = ci ? ci->client_addr : NULL;
    socklen_t len = !sa                        ? 0
                    : sa->sa_family == AF_INET ? (socklen_t)sizeof(struct sockaddr_in)
                                               : (socklen_t)sizeof(struct sockaddr_in6);
    cd_connguard_open(fdi->connect_fd, sa, len);
}

static const char *cd__new_request_id(cd_arena *a);

/* The framing guard's answers: the application's error body in a complete HTTP/1.1 response
 * that closes the connection, logged like every other request. */
static size_t cd__render_wire_error(int status, const char *reason, const char *client_ip,
                                    char *buf, size_t cap)
{
    size_t out = 0;
    cd_arena *a = cd_arena_new(4096, 65536);
    if (!a)
        return 0;
    cd_request r = {.arena = a, .method = CD_M__COUNT, .client_ip = client_ip};
    r.request_id = cd__new_request_id(a);
    (void)cd_req_fail(&r, status, "", "%s", reason);
    const char *type = r.res_type ? r.res_type : "application/json";
    int n = snprintf(buf, cap,
                     "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
                     "Connection: close\r\nX-Request-Id: %s\r\n\r\n",
                     status, cd_http_reason(status), type, r.res_len,
                     r.request_id ? r.request_id : "-");
    if (n > 0 && (size_t)n + r.res_len <= cap) {
        memcpy(buf + n, r.res_body ? r.res_body : "", r.res_len);
        out = (size_t)n + r.res_len;
    }
    cd_metrics_observe(cd_metrics_runtime_slot(CD_MSLOT_UNMATCHED), CD_M__COUNT, status, 0);
    cd_log_access acc = {
        .request_id = r.request_id ? r.request_id : "-",
        .method = "OTHER",
        .route = "framing",
        .operation = reason,
        .client_ip = client_ip ? client_ip : "",
        .status = status,
        .duration_ms = 0,
        .bytes = r.res_len,
    };
    cd_log_request(&acc);
    cd_arena_free(a);
    return out;
}

static void cd__client_ip(cd__sreq *s, struct MHD_Connection *conn)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    char buf[INET6_ADDRSTRLEN] = "";
    if (ci && ci->client_addr) {
        if (ci->client_addr->sa_family == AF_INET)
            inet_ntop(AF_INET,
                      &((const struct sockaddr_in *)(const void *)ci->client_addr)->sin_addr, buf,
                      sizeof buf);
        else if (ci->client_addr->sa_family == AF_INET6)
            inet_ntop(AF_INET6,
                      &((const struct sockaddr_in6 *)(const void *)ci->client_addr)->sin6_addr, buf,
                      sizeof buf);
    }
    s->r.client_ip = cd_arena_strdup(s->r.arena, buf);
}

static const char *cd__new_request_id(cd_arena *a)
{
    uint64_t n = atomic_fetch_add(&cd__srv.req_counter, 1);
    return cd_arena_printf(a, "%s-%010" PRIx64, cd__srv.id_prefix, n);
}

/* "Bearer <token>" with the configured token, compared in constant time. */
static bool cd__bearer_matches(const char *authz, const char *token)
{
    if (!authz || strncasecmp(authz, "Bearer ", 7))
        return false;
    const char *got = authz + 7;
    size_t n = strlen(token);
    return strlen(got) == n && CRYPTO_memcmp(got, token, n) == 0;
}

/* Runtime endpoints answered on the event thread; 1 when handled (response filled, s->direct). */
static int cd__runtime_endpoint(cd__sreq *s)
{
    cd_request *r = &s->r;
    const cd_api *api = cd__srv.api;
    const char *p = r->path;
    if (r->method != CD_M_GET && r->method != CD_M_HEAD)
        return 0;
    if (!strcmp(p, "/healthz")) {
        static const char ok[] = "{\"status\":\"ok\"}";
        s->slot = cd_metrics_runtime_slot(CD_MSLOT_HEALTHZ);
        s->route_label = "/healthz";
        cd__static(r, "application/json", ok, sizeof ok - 1);
    } else if (!strcmp(p, "/readyz")) {
        s->slot = cd_metrics_runtime_slot(CD_MSLOT_READYZ);
        s->route_label = "/readyz";
        s->kind = CD__K_READYZ;
        return 0; /* pings the database: goes to a worker */
    } else if (!strcmp(p, "/metrics")) {
        s->slot = cd_metrics_runtime_slot(CD_MSLOT_METRICS);
        s->route_label = "/metrics";
        const char *token = cd__srv.cfg->metrics_token;
        if (!*token && cd__srv.cfg->production) {
            cd__error_later(s, 404, "no such resource"); /* off unless a token is set */
            return 1;
        }
        if (*token && !cd__bearer_matches(cd_req_header(r, "Authorization"), token)) {
            (void)cd_req_add_header(r, "WWW-Authenticate", "Bearer realm=\"metrics\"");
            cd__error_later(s, 401, "metrics need the bearer token of CONDUIT_METRICS_TOKEN");
            return 1;
        }
        cd_metrics_gauges g;
        cd__gauges(&g);
        size_t len = 0;
        const char *text = cd_metrics_render(r->arena, &g, &len);
        if (!text) {
            cd__error_later(s, 503, "out of memory");
            return 1;
        }
        cd__static(r, "text/plain; version=0.0.4; charset=utf-8", text, len);
    } else if (api && !strcmp(p, "/openapi.json") && api->spec_json) {
        s->slot = cd_metrics_runtime_slot(CD_MSLOT_OPENAPI);
        s->route_label = "/openapi.json";
        cd__static(r, "application/json", api->spec_json, api->spec_json_len);
    } else if (api && !strcmp(p, "/openapi.yaml") && api->spec_yaml) {
        s->slot = cd_metrics_runtime_slot(CD_MSLOT_OPENAPI);
        s->route_label = "/openapi.yaml";
        cd__static(r, "application/yaml", api->spec_yaml, api->spec_yaml_len);
    } else if (api && !strcmp(p, "/docs") && api->docs_html) {
        s->slot = cd_metrics_runtime_slot(CD_MSLOT_DOCS);
        s->route_label = "/docs";
        cd__static(r, "text/html; charset=utf-8", api->docs_html, api->docs_html_len);
    } else {
        return 0;
    }
    s->direct = true;
    return 1;
}

static void cd__preflight(cd__sreq *s, unsigned allow)
{
    cd_request *r = &s->r;
    s->slot = cd_metrics_runtime_slot(CD_MSLOT_PREFLIGHT);
    s->route_label = "preflight";
    r->status = 204;
    if (cd_cors_allowed(cd_req_header(r, "Origin"))) {
        char methods[96] = "GET, HEAD, POST, PUT, PATCH, DELETE";
        if (allow) {
            size_t o = 0;
            methods[0] = '\0';
            for (int m = 0; m < CD_M__COUNT; m++) {
                if (!(allow & CD_METHOD_BIT(m)))
                    continue;
                int n = snprintf(methods + o, sizeof methods - o, "%s%s", o ? ", " : "",
                                 cd_method_name(m));
                if (n < 0 || (size_t)n >= sizeof methods - o)
                    break;
                o += (size_t)n;
            }
        }
        const char *want = cd_req_header(r, "Access-Control-Request-Headers");
        if (!want || strlen(want) > 512)
            want = "Authorization, Content-Type, X-API-Key, X-Request-Id";
        (void)cd_req_add_header(r, "Access-Control-Allow-Methods", methods);
        (void)cd_req_add_header(r, "Access-Control-Allow-Headers", want);
        (void)cd_req_add_header(r, "Access-Control-Max-Age", "600");
    }
    s->direct = true;
}

static enum MHD_Result cd__begin(cd__sreq *s, struct MHD_Connection *conn, const char *method)
{
    cd_request *r = &s->r;
    enum MHD_Result ret = MHD_NO;
    s->conn = conn;
    r->method = cd_method_parse(method);

    /* Input copies: everything the worker reads lives in the arena (MHD's buffers do not
     * survive suspension reliably and belong to the event thread). */
    const char *q = strchr(s->raw_uri, '?');
    size_t plen = q ? (size_t)(q - s->raw_uri) : strlen(s->raw_uri);
    r->path = cd_arena_strndup(r->arena, s->raw_uri, plen);
    r->path_len = plen;
    int qrc = q ? cd_uri_parse_query(r, q + 1) : 0;
    if (!r->path || (qrc && qrc != CD_E_INVALID) ||
        cd__copy_values(conn, r->arena, MHD_HEADER_KIND, &r->headers, &r->nheaders) ||
        cd__copy_values(conn, r->arena, MHD_COOKIE_KIND, &r->cookies, &r->ncookies))
        goto out; /* out of memory (arena limit): drop the connection */
    cd__client_ip(s, conn);
    const char *rid = cd_req_header(r, "X-Request-Id");
    r->request_id = (rid && cd__valid_request_id(rid)) ? rid : cd__new_request_id(r->arena);
    if (!r->request_id || !r->client_ip)
        goto out;
    /* MHD bounds headers only by its per-connection memory pool (sized from max_header with
     * room for its buffers); the exact limit is enforced here. */
    size_t hbytes = strlen(s->raw_uri) + 16;
    for (size_t i = 0; i < r->nheaders; i++)
        hbytes += strlen(r->headers[i].key) + strlen(r->headers[i].value) + 4;
    if (hbytes > cd__srv.cfg->max_header) {
        cd_req_fail(r, 431, "", "request headers too large");
        ret = cd__respond_now(s);
        goto out;
    }

    if (qrc == CD_E_INVALID) {
        cd__error_later(s, 400, "a query parameter contains a NUL byte (%00)");
        goto read_body;
    }
    if (cd__runtime_endpoint(s))
        goto read_body;

    const cd_api *api = cd__srv.api;
    if (s->kind == CD__K_OP) {
        s->route.op = -1;
        s->route.allow = 0;
        if (api && r->method != CD_M__COUNT)
            (void)api->route(r->method, r->path, r->path_len, &s->route);
        if (r->method == CD_M_OPTIONS && cd_req_header(r, "Origin") &&
            cd_req_header(r, "Access-Control-Request-Method") && s->route.op < 0) {
            cd__preflight(s, s->route.allow);
            goto read_body;
        }
        if (s->route.op < 0) {
            if (s->route.allow) {
                s->route_label = "method_not_allowed";
                cd__allow_header(r, s->route.allow);
                cd__error_later(s, 405, "method not allowed");
            } else {
                cd__error_later(s, 404, "no such resource");
            }
            goto read_body;
        }
        r->op = &api->ops[s->route.op];
        s->slot = s->route.op;
        s->route_label = r->op->path;
    }

read_body:;
    /* Body limit: the operation's own cap within the global one; checked on Content-Length
     * before a byte is buffered, and again while streaming (chunked uploads). */
    size_t lim = cd__srv.cfg->max_body;
    if (r->op && r->op->max_body && r->op->max_body < lim)
        lim = r->op->max_body;
    if (r->op && !r->op->max_body && lim > 4096)
        lim = 4096; /* operations without a body: tolerate a stray small one, no more */
    if (s->direct && lim > 4096)
        lim = 4096; /* runtime answers ignore bodies; read (and drop) only a small one */
    if (s->kind == CD__K_READYZ)
        lim = 0;
    s->limit = lim;
    const char *cl = cd_req_header(r, "Content-Length");
    if (cl) {
        char *end = NULL;
        errno = 0;
        unsigned long long v = strtoull(cl, &end, 10);
        if (errno || end == cl || *end || v > lim) {
            /* Early response: MHD answers before reading the body, then closes. */
            cd_req_fail(r, 413, "", "request body too large");
            ret = cd__respond_now(s);
            goto out;
        }
        if (v && !s->direct) {
            s->body = cd_arena_alloc(r->arena, (size_t)v + 1);
            if (!s->body)
                goto out;
            s->bcap = (size_t)v + 1;
        }
    }
    s->state = CD__S_BODY;
    ret = MHD_YES;
out:
    return ret;
}

static void cd__append(cd__sreq *s, const char *data, size_t n)
{
    if (s->too_large)
        return; /* keep reading (and discarding) until the upload ends, then answer 413 */
    if (n > s->limit || s->blen > s->limit - n) {
        s->too_large = true;
        return;
    }
    if (s->direct) {
        s->blen += n; /* counted against the limit, not kept */
        return;
    }
    if (s->blen + n + 1 > s->bcap) {
        size_t cap = s->bcap ? s->bcap * 2 : 1024;
        while (cap < s->blen + n + 1)
            cap *= 2;
        if (cap > s->limit + 1)
            cap = s->limit + 1;
        char *nb = cd_arena_realloc(s->r.arena, s->body, s->bcap, cap);
        if (!nb) {
            s->too_large = true;
            return;
        }
        s->body = nb;
        s->bcap = cap;
    }
    memcpy(s->body + s->blen, data, n);
    s->blen += n;
}

/* Runs under the pool's lock before a worker can see the job: resume can never precede
 * suspend. */
static void cd__suspend(void *job)
{
    cd__sreq *s = job;
    s->state = CD__S_QUEUED;
    MHD_suspend_connection(s->conn);
}

static enum MHD_Result cd__dispatch(cd__sreq *s)
{
    cd_request *r = &s->r;
    if (s->too_large) {
        r->nres_headers = 0;
        cd_req_fail(r, 413, "", "request body too large");
        return cd__respond_now(s);
    }
    if (s->direct)
        return cd__respond_now(s);
    if (s->blen) {
        s->body[s->blen] = '\0';
        r->body = s->body;
        r->body_len = s->blen;
    }
    r->deadline_ns = s->t0 + (int64_t)cd__srv.cfg->request_timeout_ms * 1000000;
    if (cd__try_inline(s))
        return cd__respond_now(s);
    cd_pool *p = (r->op && r->op->cpu_heavy) ? &cd__srv.cpu : &cd__srv.work;
    if (cd_pool_submit(p, s, cd__suspend) != 0) {
        atomic_fetch_add(&cd__srv.rejected, 1);
        cd_req_fail(r, 503, "", "server busy, retry shortly");
        (void)cd_req_add_header(r, "Retry-After", "1");
        return cd__respond_now(s);
    }
    return MHD_YES;
}

static enum MHD_Result cd__access(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    (void)cls;
    (void)url;
    (void)version;
    cd__sreq *s = *con_cls;
    if (!s)
        return MHD_NO; /* the URI log callback ran out of memory */
    switch (s->state) {
    case CD__S_NEW:
        if (cd_clock_ns() - s->t0 > (int64_t)cd__srv.cfg->request_timeout_ms * 1000000) {
            cd_log(CD_LOG_INFO, NULL, "request headers not received within the deadline");
            return MHD_NO; /* headers trickled in: drop the connection */
        }
        return cd__begin(s, conn, method);
    case CD__S_BODY:
        /* MHD's timeout is for silence only; a client trickling bytes must still deliver the
         * whole request within the request deadline, or lose the connection. */
        if (cd_clock_ns() - s->t0 > (int64_t)cd__srv.cfg->request_timeout_ms * 1000000) {
            cd_log(CD_LOG_INFO, s->r.request_id, "request not received within the deadline");
            return MHD_NO;
        }
        if (*upload_data_size) {
            cd__append(s, upload_data, *upload_data_size);
            *upload_data_size = 0;
            return MHD_YES;
        }
        return cd__dispatch(s);
    case CD__S_QUEUED:
        return MHD_YES; /* not reached: the connection is suspended */
    case CD__S_READY:
        if (!s->resp)
            return MHD_NO;
        return cd__queue(s);
    }
    return MHD_NO;
}

__attribute__((format(printf, 2, 0))) static void cd__mhd_log(void *cls, const char *fmt,
                                                              va_list ap)
{
    (void)cls;
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    size_t n = strlen(buf);
    while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        buf[--n] = '\0';
    cd_log(CD_LOG_WARN, NULL, "http: %s", buf);
}

/* ================= lifecycle ================= */

int cd_server_start(const cd_config *cfg, const cd_api *api)
{
    int rc = CD_E_INVALID;
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    /* One event thread: poll(2), not epoll. libmicrohttpd 0.9.75's single-threaded epoll mode
     * (edge-triggered) lost read events once 256 kept-alive connections were answered without
     * a suspend/resume in between (cache hits answered on the event thread): every connection
     * got one response, then the thread slept in epoll_wait with requests pending. Level-
     * triggered poll cannot lose them; its cost per wake-up is one pass over the connections.
     * With a pool (2+ threads) each thread's epoll was not affected at 600 connections. */
    unsigned flags =
        (cfg->io_threads > 1 ? MHD_USE_EPOLL_INTERNAL_THREAD : MHD_USE_POLL_INTERNAL_THREAD) |
        MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    struct sockaddr_in *in4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, cfg->host, &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons((uint16_t)cfg->port);
    } else if (inet_pton(AF_INET6, cfg->host, &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons((uint16_t)cfg->port);
        flags |= MHD_USE_IPv6;
    } else {
        cd_log(CD_LOG_ERROR, NULL, "CONDUIT_HOST \"%s\" is not an IP address", cfg->host);
        goto out;
    }

    cd__srv.cfg = cfg;
    cd__srv.api = api;
    atomic_store(&cd__srv.draining, 0);
    atomic_store(&cd__srv.aborting, 0);
    unsigned char rnd[4];
    if (RAND_bytes(rnd, sizeof rnd) != 1)
        memset(rnd, 0, sizeof rnd);
    snprintf(cd__srv.id_prefix, sizeof cd__srv.id_prefix, "%02x%02x%02x%02x", rnd[0], rnd[1],
             rnd[2], rnd[3]);
    rc = cd_cors_init(cfg->cors_origins, cfg->production);
    if (rc)
        goto out;
    rc = cd_metrics_init(api);
    if (rc)
        goto out;
    if (api) {
        cd_cond_blob_register(api->spec_json, api->spec_json_len);
        cd_cond_blob_register(api->spec_yaml, api->spec_yaml_len);
        cd_cond_blob_register(api->docs_html, api->docs_html_len);
    }
    rc = cd_pool_start(&cd__srv.work, "work", cfg->workers, cfg->queue_depth, 0, false, cd__run);
    if (rc)
        goto out;
    rc = cd_pool_start(&cd__srv.cpu, "cpu", cfg->cpu_workers, cfg->cpu_queue_depth, cfg->cpu_nice,
                       cfg->cpu_sched_idle, cd__run);
    if (rc)
        goto out;

    cd_connguard_config guard = {
        .limits =
            {
                .max_target = cfg->max_uri,
                .max_head = cfg->max_header,
                .max_fields = (unsigned)cfg->max_header_fields,
                .max_params = (unsigned)cfg->max_query_params,
                .max_cookies = CD__MAX_COOKIES,
                .max_chunk = cfg->max_body,
            },
        .head_timeout_ns = (int64_t)cfg->head_timeout_ms * 1000000,
        .render = cd__render_wire_error,
    };
    rc = cd_connguard_start(&guard);
    if (rc)
        goto out;

    /* MHD's per-connection pool holds the request line, headers, its read buffer and the
     * response headers (4 KiB leaves room for those). MHD zeroes the
     * pool's used part for every request on a kept-alive connection, so its size shows in the
     * cost of every request (perf: 11 % of a cached GET's CPU with a 32 KiB pool).
     * MHD also keeps one record per header field, query parameter and cookie there
     * (CD__MHD_ENTRY bytes each): the pool must hold a head at every guard limit at once, or
     * MHD would drop the connection without an answer (tests/hostile/test_framing.py). */
    size_t entries =
        (size_t)cfg->max_header_fields + (size_t)cfg->max_query_params + CD__MAX_COOKIES;
    size_t memlimit = cfg->max_header + entries * CD__MHD_ENTRY + 4096;
    if (memlimit < 16384)
        memlimit = 16384;
    cd__srv.d = MHD_start_daemon(
        flags, 0, NULL, NULL, cd__access, NULL, MHD_OPTION_EXTERNAL_LOGGER, cd__mhd_log,
        NULL, /* first, or MHD logs to stderr */
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss, MHD_OPTION_THREAD_POOL_SIZE,
        (unsigned)cfg->io_threads, MHD_OPTION_CONNECTION_LIMIT, (unsigned)cfg->max_conns,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)cfg->max_conns_per_ip,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)cfg->conn_timeout_s,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, memlimit, MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u,
        MHD_OPTION_URI_LOG_CALLBACK, cd__uri_log, NULL, MHD_OPTION_NOTIFY_COMPLETED, cd__completed,
        NULL, MHD_OPTION_NOTIFY_CONNECTION, cd__notify_conn, NULL, MHD_OPTION_END);
    if (!cd__srv.d) {
        cd_log(CD_LOG_ERROR, NULL, "cannot listen on %s:%d", cfg->host, cfg->port);
        rc = CD_E_UNAVAILABLE;
        goto out;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(cd__srv.d, MHD_DAEMON_INFO_BIND_PORT);
    cd__srv.port = di ? di->port : (uint16_t)cfg->port;
    rc = 0;
out:
    if (rc && !cd__srv.d) {
        if (cd__srv.work.threads)
            cd_pool_stop(&cd__srv.work);
        if (cd__srv.cpu.threads)
            cd_pool_stop(&cd__srv.cpu);
    }
    return rc;
}

uint16_t cd_server_port(void)
{
    return cd__srv.port;
}

bool cd_server_draining(void)
{
    return atomic_load(&cd__srv.draining) != 0;
}

void cd_server_shutdown(int grace_s)
{
    if (!cd__srv.d)
        return;
    atomic_store(&cd__srv.draining, 1);
    /* Stop accepting; quiesce hands the listening socket back to us. */
    MHD_socket ls = MHD_quiesce_daemon(cd__srv.d);
    if (ls != MHD_INVALID_SOCKET)
        close(ls);
    int64_t deadline = cd_clock_ns() + (int64_t)grace_s * 1000000000;
    cd_log(CD_LOG_INFO, NULL, "draining: %ld request(s) in flight, grace %d s",
           atomic_load(&cd__srv.in_flight), grace_s);
    while (atomic_load(&cd__srv.in_flight) > 0 && cd_clock_ns() < deadline)
        cd__sleep_ms(10);
    if (atomic_load(&cd__srv.in_flight) > 0) {
        cd_log(CD_LOG_WARN, NULL, "grace period over: answering queued requests 503");
        atomic_store(&cd__srv.aborting, 1);
    }
    /* Running handlers finish within their deadline; queued ones are answered 503 at once. */
    int64_t hard = cd_clock_ns() + (int64_t)cd__srv.cfg->request_timeout_ms * 1000000 + 1000000000;
    bool idle = cd_pool_wait_idle(&cd__srv.work, hard) && cd_pool_wait_idle(&cd__srv.cpu, hard);
    /* Let resumed connections send what the workers produced. */
    int64_t flush = cd_clock_ns() + 1000000000;
    while (atomic_load(&cd__srv.in_flight) > 0 && cd_clock_ns() < flush)
        cd__sleep_ms(10);
    if (idle) {
        cd_pool_stop(&cd__srv.work);
        cd_pool_stop(&cd__srv.cpu);
        MHD_stop_daemon(cd__srv.d);
        cd_connguard_stop();
    } else {
        /* A handler overran every deadline; stopping MHD now would be an API violation with
         * its connection suspended. The process is exiting: leave the daemon to the OS. */
        cd_log(CD_LOG_ERROR, NULL, "a handler did not finish; exiting without stopping HTTP");
    }
    cd__srv.d = NULL;
    cd_metrics_free();
    cd_cond_blobs_free();
    cd_cors_free();
    cd_log(CD_LOG_INFO, NULL, "server stopped");
}
