/* runtime/db.c — the PostgreSQL connection pool (see db.h).
 *
 * Invariants (all under cd__pool.mu):
 *   - slots[0..max) each hold a connection (conn != NULL) or are free; size counts non-free
 *     slots including those being connected (connecting), so size <= max always;
 *   - a slot is idle (in the idle stack) xor handed out to exactly one request;
 *   - a connection with a broken socket is closed on release, never returned to the idle stack.
 * Connecting, querying and closing happen outside the mutex. After a failed connect the pool
 * refuses new connects for CD__CONNECT_BACKOFF_MS so an outage costs each request microseconds
 * (503), not a connect timeout; the first request after the backoff probes again.
 */
#include "db.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "errors.h"
#include "eventthread.h"
#include "log.h"

#define CD__CONNECT_BACKOFF_MS 250
#define CD__STMT_SET_MIN 16

typedef struct cd__conn {
    PGconn *pg;
    const cd_stmt **prepared; /* open-addressing set of statements prepared on pg */
    size_t nprepared, capprepared;
    int slot;
} cd__conn;

struct cd_db_session {
    cd__conn *c;
    bool in_tx;
    bool broken;
    char sqlstate[6];
    const char *constraint;
    PGresult **results; /* cleared when the request completes */
    size_t nresults, capresults;
};

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool inited;
    cd_db_config cfg;
    char *url;
    cd__conn **slots; /* max_conns entries */
    int *idle;        /* stack of idle slot indexes */
    int nidle;
    int size; /* connected or connecting */
    int in_use;
    int waiting;
    int64_t backoff_until_ns;
    uint64_t acquired_total, wait_ns_total, errors_total;
} cd__pool = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};

static void cd__conn_close(cd__conn *c)
{
    if (!c)
        return;
    if (c->pg)
        PQfinish(c->pg);
    free(c->prepared);
    free(c);
}

/* libpq prints notices to stderr by default; route them to the log at debug level. */
static void cd__notice(void *arg, const char *msg)
{
    (void)arg;
    cd_log(CD_LOG_DEBUG, NULL, "postgres: %s", msg);
}

/* Opens a connection (blocking, bounded by connect_timeout). NULL on failure. */
static cd__conn *cd__connect(void)
{
    cd__conn *c = NULL;
    PGconn *pg = NULL;
    PGresult *res = NULL;
    char tmo[16], stmt_tmo[96];
    snprintf(tmo, sizeof tmo, "%d", cd__pool.cfg.connect_timeout_s);
    /* TCP keepalives and tcp_user_timeout bound how long a query on a silently vanished
     * server (network partition, no RST) can hold a worker: libpq itself never times out. */
    const char *keys[] = {"dbname",           "connect_timeout",  "application_name",
                          "keepalives",       "keepalives_idle",  "keepalives_interval",
                          "keepalives_count", "tcp_user_timeout", NULL};
    const char *vals[] = {cd__pool.url, tmo, "conduit", "1", "10", "5", "3", "15000", NULL};
    /* expand_dbname: the URL is expanded in place; the keywords after it take precedence */
    pg = PQconnectdbParams(keys, vals, 1);
    if (!pg || PQstatus(pg) != CONNECTION_OK) {
        cd_log(CD_LOG_WARN, NULL, "database connect failed: %s",
               pg ? PQerrorMessage(pg) : "out of memory");
        goto fail;
    }
    PQsetNoticeProcessor(pg, cd__notice, NULL);
    /* JIT off: for short OLTP queries its compile time (tens of ms) dwarfs any gain, and it
     * kicks in by cost estimate alone — a generic plan whose LIMIT is a parameter crossed
     * jit_above_cost and turned a 1 ms list query into a 30 ms one. */
    snprintf(stmt_tmo, sizeof stmt_tmo, "SET statement_timeout = %d; SET jit = off",
             cd__pool.cfg.statement_timeout_ms);
    res = PQexec(pg, stmt_tmo);
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        cd_log(CD_LOG_WARN, NULL, "database session setup failed: %s", PQerrorMessage(pg));
        goto fail;
    }
    PQclear(res);
    res = NULL;
    c = calloc(1, sizeof *c);
    if (!c)
        goto fail;
    c->pg = pg;
    return c;
fail:
    PQclear(res);
    if (pg)
        PQfinish(pg);
    return NULL;
}

/* A cheap liveness probe for an idle connection: after a server restart the socket is readable
 * (the FATAL admin-shutdown message, then EOF). */
static bool cd__conn_alive(cd__conn *c)
{
    if (PQstatus(c->pg) != CONNECTION_OK)
        return false;
    struct pollfd p = {.fd = PQsocket(c->pg), .events = POLLIN};
    if (p.fd < 0)
        return false;
    /* An idle connection has nothing to say (we never LISTEN): anything readable is the
     * server's goodbye (FATAL 57P01 then EOF, possibly split across reads) or noise we do not
     * want to reason about. Either way a fresh connection is cheaper than a failed request. */
    int n = poll(&p, 1, 0);
    return n == 0;
}

int cd_db_pool_init(const cd_db_config *cfg)
{
    int rc = CD_E_INVALID;
    char *errmsg = NULL;
    PQconninfoOption *opts = NULL;
    if (!cfg || !cfg->url || cfg->max_conns < 1 || cfg->min_conns < 0 ||
        cfg->min_conns > cfg->max_conns)
        goto out;
    opts = PQconninfoParse(cfg->url, &errmsg);
    if (!opts) {
        cd_log(CD_LOG_ERROR, NULL, "DATABASE_URL is not usable: %s",
               errmsg ? errmsg : "out of memory");
        goto out;
    }
    rc = CD_E_NOMEM;
    pthread_mutex_lock(&cd__pool.mu);
    cd__pool.cfg = *cfg;
    cd__pool.url = strdup(cfg->url);
    cd__pool.slots = calloc((size_t)cfg->max_conns, sizeof *cd__pool.slots);
    cd__pool.idle = calloc((size_t)cfg->max_conns, sizeof *cd__pool.idle);
    if (!cd__pool.url || !cd__pool.slots || !cd__pool.idle) {
        free(cd__pool.url);
        free(cd__pool.slots);
        free(cd__pool.idle);
        cd__pool.url = NULL;
        cd__pool.slots = NULL;
        cd__pool.idle = NULL;
        pthread_mutex_unlock(&cd__pool.mu);
        goto out;
    }
    cd__pool.cfg.url = cd__pool.url;
    cd__pool.nidle = cd__pool.size = cd__pool.in_use = cd__pool.waiting = 0;
    cd__pool.backoff_until_ns = 0;
    cd__pool.inited = true;
    pthread_mutex_unlock(&cd__pool.mu);

    /* Warm the pool; an unreachable database is not fatal here (requests get 503 until it is
     * back), only an unusable URL is. */
    for (int i = 0; i < cfg->min_conns; i++) {
        cd__conn *c = cd__connect();
        if (!c)
            break;
        pthread_mutex_lock(&cd__pool.mu);
        c->slot = i;
        cd__pool.slots[i] = c;
        cd__pool.idle[cd__pool.nidle++] = i;
        cd__pool.size++;
        pthread_mutex_unlock(&cd__pool.mu);
    }
    rc = 0;
out:
    PQconninfoFree(opts);
    PQfreemem(errmsg);
    return rc;
}

void cd_db_pool_shutdown(void)
{
    pthread_mutex_lock(&cd__pool.mu);
    if (!cd__pool.inited) {
        pthread_mutex_unlock(&cd__pool.mu);
        return;
    }
    cd__pool.inited = false;
    /* Only idle connections are closed; handed-out ones are closed on release. The server
     * drains requests before calling this, so normally all are idle. */
    for (int i = 0; i < cd__pool.nidle; i++) {
        int s = cd__pool.idle[i];
        cd__conn_close(cd__pool.slots[s]);
        cd__pool.slots[s] = NULL;
        cd__pool.size--;
    }
    cd__pool.nidle = 0;
    if (cd__pool.in_use == 0 && cd__pool.size == 0) {
        /* Nothing handed out can come back: the tables can go. Otherwise they stay for the
         * late releases (the process is exiting anyway). */
        free(cd__pool.url);
        free(cd__pool.slots);
        free(cd__pool.idle);
        cd__pool.url = NULL;
        cd__pool.slots = NULL;
        cd__pool.idle = NULL;
    }
    pthread_cond_broadcast(&cd__pool.cv);
    pthread_mutex_unlock(&cd__pool.mu);
}

void cd_db_pool_stats(cd_db_stats *out)
{
    pthread_mutex_lock(&cd__pool.mu);
    out->size = cd__pool.size;
    out->in_use = cd__pool.in_use;
    out->idle = cd__pool.nidle;
    out->waiting = cd__pool.waiting;
    out->acquired_total = cd__pool.acquired_total;
    out->wait_ns_total = cd__pool.wait_ns_total;
    out->errors_total = cd__pool.errors_total;
    pthread_mutex_unlock(&cd__pool.mu);
}

/* Gives back a connection; broken ones are closed and their slot freed. */
static void cd__release(cd__conn *c, bool broken)
{
    if (!c)
        return;
    if (!broken && PQtransactionStatus(c->pg) != PQTRANS_IDLE)
        broken = true; /* a connection mid-transaction or mid-query is not reusable */
    pthread_mutex_lock(&cd__pool.mu);
    cd__pool.in_use--;
    if (broken || !cd__pool.inited) {
        cd__pool.slots[c->slot] = NULL;
        cd__pool.size--;
        if (broken)
            cd__pool.errors_total++;
    } else {
        cd__pool.idle[cd__pool.nidle++] = c->slot;
        c = NULL;
    }
    pthread_cond_signal(&cd__pool.cv);
    pthread_mutex_unlock(&cd__pool.mu);
    cd__conn_close(c);
}

/* Acquire a connection for at most timeout_ms. CD_E_UNAVAILABLE when none can be had. */
static int cd__acquire(int timeout_ms, cd__conn **out)
{
    int rc = CD_E_UNAVAILABLE;
    int64_t t0 = cd_clock_ns();
    int64_t until = t0 + (int64_t)timeout_ms * 1000000;
    bool waited = false;
    pthread_mutex_lock(&cd__pool.mu);
    for (;;) {
        if (!cd__pool.inited)
            break;
        if (cd__pool.nidle > 0) {
            int s = cd__pool.idle[--cd__pool.nidle];
            cd__conn *c = cd__pool.slots[s];
            cd__pool.in_use++;
            pthread_mutex_unlock(&cd__pool.mu);
            if (cd__conn_alive(c)) {
                *out = c;
                rc = 0;
                goto counted;
            }
            /* Dead idle connection (database restarted): discard, try again. */
            cd_log(CD_LOG_INFO, NULL, "database connection lost; replacing it");
            cd__release(c, true);
            pthread_mutex_lock(&cd__pool.mu);
            continue;
        }
        if (cd__pool.size < cd__pool.cfg.max_conns) {
            if (cd_clock_ns() < cd__pool.backoff_until_ns)
                break; /* the database was just unreachable: fail fast */
            int s = 0;
            while (cd__pool.slots[s])
                s++;
            cd__pool.slots[s] = (cd__conn *)&cd__pool; /* reserved while connecting */
            cd__pool.size++;
            cd__pool.in_use++;
            pthread_mutex_unlock(&cd__pool.mu);
            cd__conn *c = cd__connect();
            pthread_mutex_lock(&cd__pool.mu);
            if (!c) {
                cd__pool.slots[s] = NULL;
                cd__pool.size--;
                cd__pool.in_use--;
                cd__pool.backoff_until_ns = cd_clock_ns() + CD__CONNECT_BACKOFF_MS * 1000000LL;
                pthread_cond_signal(&cd__pool.cv);
                break;
            }
            c->slot = s;
            cd__pool.slots[s] = c;
            cd__pool.backoff_until_ns = 0;
            pthread_mutex_unlock(&cd__pool.mu);
            *out = c;
            rc = 0;
            goto counted;
        }
        int64_t now = cd_clock_ns();
        if (now >= until)
            break;
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        int64_t left = until - now;
        ts.tv_sec += left / 1000000000;
        ts.tv_nsec += left % 1000000000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        cd__pool.waiting++;
        waited = true;
        int w = pthread_cond_timedwait(&cd__pool.cv, &cd__pool.mu, &ts);
        cd__pool.waiting--;
        if (w && w != ETIMEDOUT && w != EINTR)
            break;
    }
    pthread_mutex_unlock(&cd__pool.mu);
    return rc;
counted:
    pthread_mutex_lock(&cd__pool.mu);
    cd__pool.acquired_total++;
    if (waited)
        cd__pool.wait_ns_total += (uint64_t)(cd_clock_ns() - t0);
    pthread_mutex_unlock(&cd__pool.mu);
    return rc;
}

int cd_db_ping(void)
{
    cd__conn *c = NULL;
    PGresult *res = NULL;
    int rc = cd__acquire(cd__pool.cfg.acquire_timeout_ms, &c);
    if (rc)
        goto out;
    res = PQexec(c->pg, "SELECT 1");
    rc = PQresultStatus(res) == PGRES_TUPLES_OK ? 0 : CD_E_UNAVAILABLE;
out:
    PQclear(res);
    if (c)
        cd__release(c, rc != 0 && PQstatus(c->pg) != CONNECTION_OK);
    return rc;
}

/* ---- per-request session ---- */

typedef struct cd_db_session cd__sess;

static int cd__ensure(cd_request *r, cd__sess **out)
{
    if (!cd_req_may_block(r))
        return CD_E_UNAVAILABLE; /* an event-thread attempt: rerun on a worker (eventthread.h) */
    cd_evt_block_point("database");
    int rc = CD_E_NOMEM;
    cd__sess *s = r->db;
    if (!s) {
        s = cd_arena_alloc(r->arena, sizeof *s);
        if (!s)
            goto out;
        r->db = s;
    }
    if (s->broken) {
        rc = CD_E_UNAVAILABLE; /* the connection died mid-request: the request is over */
        goto out;
    }
    if (!s->c) {
        int timeout = cd__pool.cfg.acquire_timeout_ms;
        if (r->deadline_ns) {
            int64_t left = (r->deadline_ns - cd_clock_ns()) / 1000000;
            if (left <= 0) {
                rc = CD_E_TIMEOUT;
                goto out;
            }
            if (left < timeout)
                timeout = (int)left;
        }
        rc = cd__acquire(timeout, &s->c);
        if (rc) {
            cd_log(CD_LOG_WARN, r->request_id, "database: no connection within %d ms", timeout);
            goto out;
        }
    }
    *out = s;
    rc = 0;
out:
    return rc;
}

static bool cd__set_has(cd__conn *c, const cd_stmt *st)
{
    if (!c->capprepared)
        return false;
    size_t m = c->capprepared - 1;
    for (size_t i = ((uintptr_t)st >> 4) & m;; i = (i + 1) & m) {
        if (!c->prepared[i])
            return false;
        if (c->prepared[i] == st)
            return true;
    }
}

static int cd__set_add(cd__conn *c, const cd_stmt *st)
{
    if ((c->nprepared + 1) * 2 > c->capprepared) {
        size_t cap = c->capprepared ? c->capprepared * 2 : CD__STMT_SET_MIN;
        const cd_stmt **n = calloc(cap, sizeof *n);
        if (!n)
            return CD_E_NOMEM;
        for (size_t i = 0; i < c->capprepared; i++) {
            if (!c->prepared[i])
                continue;
            size_t j = ((uintptr_t)c->prepared[i] >> 4) & (cap - 1);
            while (n[j])
                j = (j + 1) & (cap - 1);
            n[j] = c->prepared[i];
        }
        free(c->prepared);
        c->prepared = n;
        c->capprepared = cap;
    }
    size_t m = c->capprepared - 1;
    size_t i = ((uintptr_t)st >> 4) & m;
    while (c->prepared[i])
        i = (i + 1) & m;
    c->prepared[i] = st;
    c->nprepared++;
    return 0;
}

static int cd__keep(cd_request *r, cd__sess *s, PGresult *res)
{
    if (s->nresults == s->capresults) {
        size_t cap = s->capresults ? s->capresults * 2 : 8;
        PGresult **n =
            cd_arena_realloc(r->arena, s->results, s->capresults * sizeof *n, cap * sizeof *n);
        if (!n)
            return CD_E_NOMEM;
        s->results = n;
        s->capresults = cap;
    }
    s->results[s->nresults++] = res;
    return 0;
}

/* Maps a failed result to a CD_E_* code and records SQLSTATE / constraint. */
static int cd__classify(cd_request *r, cd__sess *s, PGresult *res)
{
    const char *st = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *cons = res ? PQresultErrorField(res, PG_DIAG_CONSTRAINT_NAME) : NULL;
    memset(s->sqlstate, 0, sizeof s->sqlstate);
    if (st)
        memcpy(s->sqlstate, st, strnlen(st, 5));
    s->constraint = cons ? cd_arena_strdup(r->arena, cons) : NULL;
    if (PQstatus(s->c->pg) != CONNECTION_OK || !st || !strncmp(st, "08", 2) ||
        !strncmp(st, "57P", 3) || !strcmp(st, "53300")) {
        /* connection_exception (08) and admin shutdown (57P) end the session; 53300 does not */
        s->broken = PQstatus(s->c->pg) != CONNECTION_OK || !st || !strncmp(st, "08", 2) ||
                    !strncmp(st, "57P", 3);
        cd_log(CD_LOG_WARN, r->request_id, "database unavailable: %s", PQerrorMessage(s->c->pg));
        return CD_E_UNAVAILABLE;
    }
    if (!strcmp(st, "57014"))
        return CD_E_TIMEOUT; /* statement_timeout */
    if (!strcmp(st, "40001") || !strcmp(st, "40P01")) {
        /* serialization failure / deadlock: retryable, but worth knowing about */
        cd_log(CD_LOG_WARN, r->request_id, "database: %s", PQresultErrorMessage(res));
        return CD_E_UNAVAILABLE;
    }
    return CD_E_DB;
}

int cd_db_query(cd_request *r, const cd_stmt *st, const char *const *params, PGresult **out)
{
    cd__sess *s = NULL;
    PGresult *res = NULL;
    int rc = cd__ensure(r, &s);
    if (rc)
        goto out;
    if (r->deadline_ns && cd_clock_ns() >= r->deadline_ns) {
        rc = CD_E_TIMEOUT;
        goto out;
    }
    if (!cd__set_has(s->c, st)) {
        res = PQprepare(s->c->pg, st->name, st->sql, st->nparams, NULL);
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            rc = cd__classify(r, s, res);
            if (rc == CD_E_DB)
                cd_log(CD_LOG_ERROR, r->request_id, "prepare %s failed: %s", st->name,
                       PQresultErrorMessage(res));
            goto out;
        }
        PQclear(res);
        res = NULL;
        rc = cd__set_add(s->c, st);
        if (rc)
            goto out;
    }
    res = PQexecPrepared(s->c->pg, st->name, st->nparams, params, NULL, NULL, 0);
    ExecStatusType es = PQresultStatus(res);
    if (es != PGRES_TUPLES_OK && es != PGRES_COMMAND_OK) {
        rc = cd__classify(r, s, res);
        /* Debug only: constraint violations are normal control flow for handlers. */
        cd_log(CD_LOG_DEBUG, r->request_id, "%s failed (%s): %s", st->name, s->sqlstate,
               PQresultErrorMessage(res));
        goto out;
    }
    rc = cd__keep(r, s, res);
    if (rc)
        goto out;
    *out = res;
    res = NULL;
out:
    PQclear(res);
    return rc;
}

const char *cd_db_sqlstate(const cd_request *r)
{
    return r->db ? r->db->sqlstate : "";
}

const char *cd_db_constraint(const cd_request *r)
{
    return (r->db && r->db->constraint) ? r->db->constraint : "";
}

static int cd__simple(cd_request *r, cd__sess *s, const char *sql)
{
    PGresult *res = PQexec(s->c->pg, sql);
    int rc = 0;
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        rc = cd__classify(r, s, res);
    PQclear(res);
    return rc;
}

int cd_db_begin(cd_request *r)
{
    cd__sess *s = NULL;
    int rc = cd__ensure(r, &s);
    if (rc)
        goto out;
    if (s->in_tx) {
        rc = CD_E_INTERNAL; /* nested transactions are a handler bug */
        goto out;
    }
    rc = cd__simple(r, s, "BEGIN");
    if (!rc)
        s->in_tx = true;
out:
    return rc;
}

int cd_db_commit(cd_request *r)
{
    cd__sess *s = r->db;
    int rc = CD_E_INTERNAL;
    if (!s || !s->c || !s->in_tx)
        goto out;
    s->in_tx = false;
    PGresult *res = PQexec(s->c->pg, "COMMIT");
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        rc = cd__classify(r, s, res);
    else if (!strcmp(PQcmdStatus(res), "ROLLBACK"))
        rc = CD_E_DB; /* COMMIT of an aborted transaction rolls back and says so in the tag */
    else
        rc = 0;
    PQclear(res);
out:
    return rc;
}

void cd_db_rollback(cd_request *r)
{
    cd__sess *s = r->db;
    if (!s || !s->c || !s->in_tx)
        return;
    s->in_tx = false;
    if (!s->broken)
        (void)cd__simple(r, s, "ROLLBACK"); /* failure marks the session broken */
}

void cd_db_request_done(cd_request *r)
{
    cd__sess *s = r->db;
    if (!s)
        return;
    if (s->c && s->in_tx)
        cd_db_rollback(r);
    for (size_t i = 0; i < s->nresults; i++)
        PQclear(s->results[i]);
    s->nresults = 0;
    if (s->c) {
        cd__release(s->c, s->broken || PQstatus(s->c->pg) != CONNECTION_OK);
        s->c = NULL;
    }
    r->db = NULL;
}

/* ---- row readers and parameter builders ---- */

const char *cd_db_param_i64(cd_request *r, int64_t v)
{
    return cd_arena_printf(r->arena, "%lld", (long long)v);
}

int64_t cd_db_i64(const PGresult *res, int row, int col)
{
    if (PQgetisnull(res, row, col))
        return 0;
    return strtoll(PQgetvalue(res, row, col), NULL, 10);
}

bool cd_db_bool(const PGresult *res, int row, int col)
{
    return !PQgetisnull(res, row, col) && PQgetvalue(res, row, col)[0] == 't';
}

const char *cd_db_str(const PGresult *res, int row, int col)
{
    return PQgetisnull(res, row, col) ? "" : PQgetvalue(res, row, col);
}

/* PostgreSQL array output: {a,b} with elements double-quoted (backslash escapes) when they hold
 * special characters, and unquoted NULL for nulls (dropped here: our arrays never hold them). */
int cd_db_text_array(cd_request *r, const PGresult *res, int row, int col, const char ***items,
                     size_t *count)
{
    *items = NULL;
    *count = 0;
    if (PQgetisnull(res, row, col))
        return 0;
    return cd_db_text_array_parse(r, PQgetvalue(res, row, col), items, count);
}

int cd_db_text_array_parse(cd_request *r, const char *s, const char ***items, size_t *count)
{
    *items = NULL;
    *count = 0;
    size_t len = strlen(s);
    if (len < 2 || s[0] != '{' || s[len - 1] != '}')
        return CD_E_INTERNAL;
    if (len == 2)
        return 0;
    size_t cap = 1;
    for (size_t i = 1; i + 1 < len; i++)
        cap += s[i] == ',';
    const char **out = cd_arena_calloc(r->arena, cap, sizeof *out);
    char *buf = cd_arena_alloc(r->arena, len);
    if (!out || !buf)
        return CD_E_NOMEM;
    size_t n = 0, i = 1;
    while (i < len - 1) {
        char *start = buf;
        bool quoted = s[i] == '"';
        if (quoted) {
            i++;
            while (i < len - 1 && s[i] != '"') {
                if (s[i] == '\\' && i + 1 < len - 1)
                    i++;
                *buf++ = s[i++];
            }
            if (s[i] != '"')
                return CD_E_INTERNAL;
            i++;
        } else {
            while (i < len - 1 && s[i] != ',')
                *buf++ = s[i++];
        }
        *buf++ = '\0';
        if (quoted || strcmp(start, "NULL") != 0)
            out[n++] = start;
        if (i < len - 1) {
            if (s[i] != ',')
                return CD_E_INTERNAL;
            i++;
        }
    }
    *items = out;
    *count = n;
    return 0;
}

const char *cd_db_param_text_array(cd_request *r, const char *const *items, size_t count)
{
    size_t cap = 3;
    for (size_t i = 0; i < count; i++)
        cap += 2 * strlen(items[i]) + 3;
    char *out = cd_arena_alloc(r->arena, cap);
    if (!out)
        return NULL;
    char *o = out;
    *o++ = '{';
    for (size_t i = 0; i < count; i++) {
        if (i)
            *o++ = ',';
        *o++ = '"';
        for (const char *p = items[i]; *p; p++) {
            if (*p == '"' || *p == '\\')
                *o++ = '\\';
            *o++ = *p;
        }
        *o++ = '"';
    }
    *o++ = '}';
    *o = '\0';
    return out;
}
