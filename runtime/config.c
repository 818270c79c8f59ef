/* runtime/config.c — settings table, environment + argv parsing, validation (see config.h). */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <strings.h>

#include "errors.h"

typedef enum { CD__T_STR, CD__T_INT, CD__T_SIZE, CD__T_I64, CD__T_BOOL, CD__T_LEVEL } cd__type;

typedef struct cd__setting {
    const char *flag; /* NULL: environment only (secrets never go on a command line) */
    const char *env;
    cd__type type;
    size_t off;
    const char *def; /* parsed like any other input, so --help shows the real default */
    long long min, max;
    const char *help;
} cd__setting;

#define CD__OFF(f) offsetof(cd_config, f)

static const cd__setting cd__settings[] = {
    {"--host", "CONDUIT_HOST", CD__T_STR, CD__OFF(host), "127.0.0.1", 0, 0,
     "address to listen on (IPv4 or IPv6 literal)"},
    {"--port", "CONDUIT_PORT", CD__T_INT, CD__OFF(port), "8080", 0, 65535,
     "TCP port (0 = any free port)"},
    {"--env", "CONDUIT_ENV", CD__T_STR, CD__OFF(env), "development", 0, 0,
     "development | production (production refuses the dev JWT secret and debug settings)"},
    {"--io-threads", "CONDUIT_IO_THREADS", CD__T_INT, CD__OFF(io_threads), "0", 0, 64,
     "libmicrohttpd event threads (epoll; they serve cache hits, never block); 0 = one per two "
     "cores"},
    {"--workers", "CONDUIT_WORKERS", CD__T_INT, CD__OFF(workers), "8", 1, 1024,
     "handler worker threads (handlers block on PostgreSQL)"},
    {"--queue-depth", "CONDUIT_QUEUE_DEPTH", CD__T_INT, CD__OFF(queue_depth), "256", 1, 1000000,
     "requests waiting for a worker; beyond it → 503 + Retry-After"},
    {"--cpu-workers", "CONDUIT_CPU_WORKERS", CD__T_INT, CD__OFF(cpu_workers), "0", 0, 256,
     "threads for CPU-heavy operations (password hashing); 0 = one per core"},
    {"--cpu-sched-idle", "CONDUIT_CPU_SCHED_IDLE", CD__T_BOOL, CD__OFF(cpu_sched_idle), "true", 0,
     0, "run the CPU pool under SCHED_IDLE: any request thread preempts hashing at once"},
    {"--cpu-nice", "CONDUIT_CPU_NICE", CD__T_INT, CD__OFF(cpu_nice), "10", 0, 19,
     "niceness of those threads: hashing uses idle cores but yields to requests and PostgreSQL"},
    {"--cpu-queue-depth", "CONDUIT_CPU_QUEUE_DEPTH", CD__T_INT, CD__OFF(cpu_queue_depth), "64", 1,
     1000000, "requests waiting for a CPU worker; beyond it → 503"},
    {"--max-body-bytes", "CONDUIT_MAX_BODY_BYTES", CD__T_SIZE, CD__OFF(max_body), "1048576", 0,
     1LL << 32, "largest request body (an operation's own limit may be lower) → 413"},
    {"--max-header-bytes", "CONDUIT_MAX_HEADER_BYTES", CD__T_SIZE, CD__OFF(max_header), "8192",
     1024, 1 << 24, "largest request line + headers → 431 (8 KiB, as nginx and Apache)"},
    {"--max-conns", "CONDUIT_MAX_CONNS", CD__T_INT, CD__OFF(max_conns), "1024", 1, 1000000,
     "open connections overall"},
    {"--max-conns-per-ip", "CONDUIT_MAX_CONNS_PER_IP", CD__T_INT, CD__OFF(max_conns_per_ip), "-1",
     -1, 1000000,
     "open connections per client IP (-1 = a quarter of --max-conns, at least 4; 0 = unlimited, "
     "e.g. behind a reverse proxy)"},
    {"--head-timeout-ms", "CONDUIT_HEAD_TIMEOUT_MS", CD__T_INT, CD__OFF(head_timeout_ms), "10000",
     100, 600000,
     "a request line and headers must arrive within this time of their first byte (of the "
     "accept for a connection's first request) → 408 and close"},
    {"--max-uri-bytes", "CONDUIT_MAX_URI_BYTES", CD__T_SIZE, CD__OFF(max_uri), "4096", 64, 1 << 20,
     "longest request target (path and query; at most half the header limit) → 414"},
    {"--max-header-fields", "CONDUIT_MAX_HEADER_FIELDS", CD__T_INT, CD__OFF(max_header_fields),
     "40", 4, 10000, "header fields per request → 431"},
    {"--max-query-params", "CONDUIT_MAX_QUERY_PARAMS", CD__T_INT, CD__OFF(max_query_params), "32",
     1, 10000, "query parameters per request → 414"},
    {"--conn-timeout", "CONDUIT_CONN_TIMEOUT_S", CD__T_INT, CD__OFF(conn_timeout_s), "15", 1, 86400,
     "seconds a connection may stay silent (idle keep-alive, slow clients)"},
    {"--request-timeout-ms", "CONDUIT_REQUEST_TIMEOUT_MS", CD__T_INT, CD__OFF(request_timeout_ms),
     "10000", 10, 3600000, "per-request deadline: queue wait + handler + database"},
    {"--grace", "CONDUIT_GRACE_S", CD__T_INT, CD__OFF(grace_s), "10", 0, 3600,
     "seconds SIGTERM/SIGINT waits for in-flight requests"},
    {"--database-url", "DATABASE_URL", CD__T_STR, CD__OFF(database_url),
     "postgresql://127.0.0.1:5432/conduit", 0, 0, "libpq URL or conninfo"},
    {"--db-min-conns", "CONDUIT_DB_MIN_CONNS", CD__T_INT, CD__OFF(db_min_conns), "2", 0, 10000,
     "connections opened at start"},
    {"--db-max-conns", "CONDUIT_DB_MAX_CONNS", CD__T_INT, CD__OFF(db_max_conns), "10", 1, 10000,
     "pool size limit (workers + cpu-workers is enough: one connection per running request)"},
    {"--db-acquire-timeout-ms", "CONDUIT_DB_ACQUIRE_TIMEOUT_MS", CD__T_INT,
     CD__OFF(db_acquire_timeout_ms), "1000", 0, 600000,
     "wait for a free connection at most this long → 503"},
    {"--db-statement-timeout-ms", "CONDUIT_DB_STATEMENT_TIMEOUT_MS", CD__T_INT,
     CD__OFF(db_statement_timeout_ms), "5000", 0, 3600000,
     "statement_timeout of every connection (0 = none) → 503"},
    {"--db-connect-timeout", "CONDUIT_DB_CONNECT_TIMEOUT_S", CD__T_INT,
     CD__OFF(db_connect_timeout_s), "2", 1, 600, "seconds to open a connection"},
    {"--cache-mb", "CONDUIT_CACHE_MB", CD__T_INT, CD__OFF(cache_mb), "8", 0, 65536,
     "in-process cache of hot reads, MiB (0 = off); invalidated by LISTEN/NOTIFY"},
    {"--cache-sync-timeout-ms", "CONDUIT_CACHE_SYNC_TIMEOUT_MS", CD__T_INT,
     CD__OFF(cache_sync_timeout_ms), "1000", 1, 60000,
     "a write waits this long for its invalidations to arrive, then flushes the cache"},
    {"--migrate-on-start", "CONDUIT_MIGRATE_ON_START", CD__T_BOOL, CD__OFF(migrate_on_start),
     "true", 0, 0, "apply pending migrations before serving"},
    {NULL, "JWT_SECRET", CD__T_STR, CD__OFF(jwt_secret), "", 0, 0,
     "HS256 key (environment only; required in production, >= 32 bytes)"},
    {"--jwt-ttl", "JWT_TTL_S", CD__T_I64, CD__OFF(jwt_ttl_s), "5184000", 1, 1LL << 40,
     "token lifetime in seconds (60 days, as the legacy service)"},
    {"--jwt-leeway", "JWT_LEEWAY_S", CD__T_I64, CD__OFF(jwt_leeway_s), "30", 0, 3600,
     "clock skew allowed on exp/nbf/iat"},
    {"--pbkdf2-iterations", "PBKDF2_ITERATIONS", CD__T_INT, CD__OFF(pbkdf2_iterations), "600000", 1,
     100000000, "PBKDF2-HMAC-SHA256 cost for new password hashes (OWASP: 600000)"},
    {"--password-revokes-keys", "CONDUIT_REVOKE_API_KEYS_ON_PASSWORD_CHANGE", CD__T_BOOL,
     CD__OFF(revoke_api_keys_on_password_change), "true", 0, 0,
     "a password change or reset also deletes the user's API keys (logout never does)"},
    {"--log-level", "CONDUIT_LOG_LEVEL", CD__T_LEVEL, CD__OFF(log_level), "info", 0, 0,
     "debug | info | warn | error (access lines are info)"},
    {"--cors-origins", "CONDUIT_CORS_ORIGINS", CD__T_STR, CD__OFF(cors_origins), "", 0, 0,
     "comma-separated allowed origins (credentials allowed), * for any (no credentials); empty = "
     "local development origins (http://localhost:*, 127.0.0.1, [::1]) in development mode, "
     "CORS off in production"},
    {NULL, "CONDUIT_METRICS_TOKEN", CD__T_STR, CD__OFF(metrics_token), "", 0, 0,
     "bearer token /metrics requires (environment only); empty = /metrics open in development "
     "mode, answered 404 in production"},
    {"--gzip", "CONDUIT_GZIP", CD__T_BOOL, CD__OFF(gzip), "true", 0, 0,
     "gzip responses over 1 KiB when the client accepts it"},
    {"--debug-delay-ms", "CONDUIT_DEBUG_DELAY_MS", CD__T_INT, CD__OFF(debug_delay_ms), "0", 0,
     60000, "development only: sleep before every worker dispatch (tests of overload/shutdown)"},
    {"--rate-limit", "CONDUIT_RATE_LIMIT", CD__T_INT, CD__OFF(rate_limit), "10", 0, 1000000,
     "login/register/password-reset attempts per minute per client IP and operation (0 = off)"},
    {"--validate-responses", "CONDUIT_VALIDATE_RESPONSES", CD__T_BOOL, CD__OFF(validate_responses),
     "false", 0, 0,
     "check every response against the spec, report violations on stderr (tests; costs CPU)"},
    {"--webhook-allow-private", "CONDUIT_WEBHOOK_ALLOW_PRIVATE", CD__T_BOOL,
     CD__OFF(webhook_allow_private), "false", 0, 0,
     "webhook URLs may name loopback, private (RFC 1918, fc00::/7) and CGNAT addresses (tests, "
     "internal receivers); link-local, metadata and reserved ones never"},
    {"--webhook-allow-http", "CONDUIT_WEBHOOK_ALLOW_HTTP", CD__T_BOOL, CD__OFF(webhook_allow_http),
     "false", 0, 0, "production mode: accept http:// webhook URLs (development always does)"},
};

#define CD__NSETTINGS (sizeof cd__settings / sizeof cd__settings[0])

static void cd__err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void cd__err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || !errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static int cd__parse_ll(const char *s, long long *out)
{
    if (!s || !*s)
        return -1;
    errno = 0;
    char *end = NULL;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end != '\0')
        return -1;
    *out = v;
    return 0;
}

static int cd__parse_bool(const char *s, bool *out)
{
    if (!strcasecmp(s, "1") || !strcasecmp(s, "true") || !strcasecmp(s, "yes") ||
        !strcasecmp(s, "on"))
        *out = true;
    else if (!strcasecmp(s, "0") || !strcasecmp(s, "false") || !strcasecmp(s, "no") ||
             !strcasecmp(s, "off"))
        *out = false;
    else
        return -1;
    return 0;
}

static const char *const cd__level_names[] = {"debug", "info", "warn", "error"};

const char *cd_config_log_level_name(cd_log_level l)
{
    return (l >= CD_LOG_DEBUG && l <= CD_LOG_ERROR) ? cd__level_names[l] : "info";
}

/* Store value (from source `src`, for messages) into the field of setting s. */
static int cd__apply(cd_config *c, const cd__setting *s, const char *value, const char *src,
                     char *err, size_t errlen)
{
    void *field = (char *)c + s->off;
    long long v = 0;
    int rc = CD_E_INVALID;

    switch (s->type) {
    case CD__T_STR:
        *(const char **)field = value;
        rc = 0;
        goto out;
    case CD__T_BOOL:
        if (cd__parse_bool(value, (bool *)field)) {
            cd__err(err, errlen, "%s: expected true/false, got \"%s\"", src, value);
            goto out;
        }
        rc = 0;
        goto out;
    case CD__T_LEVEL:
        for (int i = 0; i < 4; i++) {
            if (!strcasecmp(value, cd__level_names[i])) {
                *(cd_log_level *)field = (cd_log_level)i;
                rc = 0;
                goto out;
            }
        }
        cd__err(err, errlen, "%s: expected debug|info|warn|error, got \"%s\"", src, value);
        goto out;
    case CD__T_INT:
    case CD__T_SIZE:
    case CD__T_I64:
        if (cd__parse_ll(value, &v)) {
            cd__err(err, errlen, "%s: expected an integer, got \"%s\"", src, value);
            goto out;
        }
        if (v < s->min || v > s->max) {
            cd__err(err, errlen, "%s: %lld is outside [%lld, %lld]", src, v, s->min, s->max);
            goto out;
        }
        if (s->type == CD__T_INT)
            *(int *)field = (int)v;
        else if (s->type == CD__T_SIZE)
            *(size_t *)field = (size_t)v;
        else
            *(int64_t *)field = (int64_t)v;
        rc = 0;
        goto out;
    }
out:
    return rc;
}

void cd_config_defaults(cd_config *c)
{
    memset(c, 0, sizeof *c);
    for (size_t i = 0; i < CD__NSETTINGS; i++) {
        /* Defaults are compile-time constants that satisfy their own ranges (unit-tested). */
        (void)cd__apply(c, &cd__settings[i], cd__settings[i].def, "default", NULL, 0);
    }
}

static const cd__setting *cd__find_flag(const char *arg, size_t n)
{
    for (size_t i = 0; i < CD__NSETTINGS; i++) {
        const char *f = cd__settings[i].flag;
        if (f && strlen(f) == n && !strncmp(f, arg, n))
            return &cd__settings[i];
    }
    return NULL;
}

static int cd__validate(cd_config *c, char *err, size_t errlen)
{
    int rc = CD_E_INVALID;
    if (!strcmp(c->env, "production")) {
        c->production = true;
    } else if (!strcmp(c->env, "development")) {
        c->production = false;
    } else {
        cd__err(err, errlen, "CONDUIT_ENV: expected development|production, got \"%s\"", c->env);
        goto out;
    }
    if (c->production) {
        if (!c->jwt_secret || !*c->jwt_secret || !strcmp(c->jwt_secret, CD_CONFIG_DEV_JWT_SECRET)) {
            cd__err(err, errlen, "JWT_SECRET: production mode needs a secret (not the default)");
            goto out;
        }
        if (strlen(c->jwt_secret) < 32) {
            cd__err(err, errlen, "JWT_SECRET: production mode needs at least 32 bytes");
            goto out;
        }
        if (c->debug_delay_ms) {
            cd__err(err, errlen, "CONDUIT_DEBUG_DELAY_MS: not allowed in production");
            goto out;
        }
    } else if (!c->jwt_secret || !*c->jwt_secret) {
        c->jwt_secret = CD_CONFIG_DEV_JWT_SECRET;
    }
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    if (c->cpu_workers == 0)
        c->cpu_workers = ncpu < 1 ? 1 : ncpu > 256 ? 256 : (int)ncpu;
    /* Half the cores: the other half is for PostgreSQL and the workers. On 2 cores one event
     * thread served as many cache hits as two, with a third of the p99 (bench/RESULTS.md). */
    if (c->io_threads == 0)
        c->io_threads = ncpu < 4 ? 1 : ncpu / 2 > 64 ? 64 : (int)(ncpu / 2);
    /* One client address gets at most a share of the slots, so one client cannot take them all
     * (behind a reverse proxy every client has the proxy's address: set 0 there). */
    if (c->max_conns_per_ip < 0)
        c->max_conns_per_ip = c->max_conns / 4 < 4 ? 4 : c->max_conns / 4;
    if (c->max_uri > c->max_header / 2)
        c->max_uri = c->max_header / 2; /* the request line must leave room for headers */
    if (c->db_min_conns > c->db_max_conns) {
        cd__err(err, errlen, "CONDUIT_DB_MIN_CONNS (%d) exceeds CONDUIT_DB_MAX_CONNS (%d)",
                c->db_min_conns, c->db_max_conns);
        goto out;
    }
    if (!c->database_url || !*c->database_url) {
        cd__err(err, errlen, "DATABASE_URL: empty");
        goto out;
    }
    rc = 0;
out:
    return rc;
}

static cd_config cd__effective;
static bool cd__loaded;

const cd_config *cd_config_effective(void)
{
    return cd__loaded ? &cd__effective : NULL;
}

int cd_config_load(cd_config *c, int argc, char **argv, char *err, size_t errlen)
{
    int rc = CD_E_INVALID;
    cd_config_defaults(c);
    if (err && errlen)
        err[0] = '\0';

    for (size_t i = 0; i < CD__NSETTINGS; i++) {
        const char *v = getenv(cd__settings[i].env);
        if (v && cd__apply(c, &cd__settings[i], v, cd__settings[i].env, err, errlen))
            goto out;
    }

    int i = 1;
    if (i < argc && argv[i][0] != '-') {
        if (!strcmp(argv[i], "migrate")) {
            c->command = CD_CMD_MIGRATE;
        } else if (!strcmp(argv[i], "serve")) {
            c->command = CD_CMD_SERVE;
        } else if (!strcmp(argv[i], "help")) {
            c->command = CD_CMD_HELP;
        } else {
            cd__err(err, errlen, "unknown command \"%s\" (serve | migrate | help)", argv[i]);
            goto out;
        }
        i++;
    }
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            c->command = CD_CMD_HELP;
            rc = 0;
            goto out;
        }
        const char *eq = strchr(a, '=');
        size_t n = eq ? (size_t)(eq - a) : strlen(a);
        const cd__setting *s = cd__find_flag(a, n);
        if (!s) {
            cd__err(err, errlen, "unknown option \"%.*s\" (see --help)", (int)n, a);
            goto out;
        }
        const char *v = eq ? eq + 1 : NULL;
        if (!v) {
            if (i + 1 >= argc) {
                cd__err(err, errlen, "%s needs a value", s->flag);
                goto out;
            }
            v = argv[++i];
        }
        if (cd__apply(c, s, v, s->flag, err, errlen))
            goto out;
    }
    rc = cd__validate(c, err, errlen);
    if (rc == 0) {
        cd__effective = *c;
        cd__loaded = true;
    }
out:
    return rc;
}

void cd_config_print_help(FILE *out)
{
    fputs("usage: conduit [serve | migrate | help] [--option value | --option=value ...]\n"
          "\n"
          "  serve    (default) apply migrations (unless disabled), then serve HTTP\n"
          "  migrate  apply pending database migrations and exit\n"
          "\n"
          "Settings: built-in default < environment variable < command-line option.\n\n",
          out);
    fprintf(out, "  %-28s %-32s %-36s %s\n", "option", "environment", "default", "meaning");
    for (size_t i = 0; i < CD__NSETTINGS; i++) {
        const cd__setting *s = &cd__settings[i];
        const char *def = s->def;
        if (s->off == CD__OFF(jwt_secret))
            def = "(dev-only built-in)";
        else if (!*def)
            def = "(empty)";
        fprintf(out, "  %-28s %-32s %-36s %s\n", s->flag ? s->flag : "(environment only)", s->env,
                def, s->help);
    }
}
