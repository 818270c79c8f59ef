/* runtime/config.h — every setting of the server: environment variables with command-line
 * overrides, one table that also drives `conduit --help`.
 *
 * Precedence: built-in default < environment variable < command-line flag. Strings point into the
 * process environment, argv or static defaults (borrowed; they live as long as the process).
 * Validation happens once in cd_config_load(): ranges are checked, production mode refuses a
 * missing or development JWT secret and any debug setting.
 */
#ifndef CD_CONFIG_H
#define CD_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum cd_command { CD_CMD_SERVE = 0, CD_CMD_MIGRATE, CD_CMD_HELP } cd_command;

typedef enum cd_log_level { CD_LOG_DEBUG = 0, CD_LOG_INFO, CD_LOG_WARN, CD_LOG_ERROR } cd_log_level;

typedef struct cd_config {
    cd_command command;
    /* server */
    const char *host;
    int port;
    const char *env; /* "development" | "production" */
    bool production;
    int io_threads;      /* MHD event threads (epoll); 0 at parse time = one per two cores */
    int workers;         /* handler pool */
    int queue_depth;     /* handler pool queue; full → 503 */
    int cpu_workers;     /* CPU-heavy pool (password hashing); 0 at parse time = one per core */
    int cpu_nice;        /* niceness of the CPU pool's threads */
    bool cpu_sched_idle; /* ... and SCHED_IDLE for them */
    int cpu_queue_depth;
    /* limits */
    size_t max_body;   /* global cap on request bodies (an operation's own cap may be lower) */
    size_t max_header; /* request line + headers */
    int max_conns;
    int max_conns_per_ip; /* -1 = auto (see config.c); resolved by cd_config_load */
    int head_timeout_ms;  /* request line + headers must arrive within this */
    size_t max_uri;       /* request target */
    int max_header_fields;
    int max_query_params;
    int conn_timeout_s;     /* idle/inactivity timeout of a connection */
    int request_timeout_ms; /* per-request deadline (queue wait + handler) */
    int grace_s;            /* shutdown grace period */
    /* database */
    const char *database_url;
    int db_min_conns;
    int cache_mb;              /* read cache budget; 0 = off */
    int cache_sync_timeout_ms; /* read-your-writes wait (cache.h) */
    int db_max_conns;
    int db_acquire_timeout_ms;
    int db_statement_timeout_ms;
    int db_connect_timeout_s;
    bool migrate_on_start;
    /* auth */
    const char *jwt_secret;
    int64_t jwt_ttl_s;
    int64_t jwt_leeway_s;
    int pbkdf2_iterations;
    bool revoke_api_keys_on_password_change; /* a new password also deletes the user's API keys */
    /* observability / http */
    cd_log_level log_level;
    const char *metrics_token; /* "" = none */
    const char *cors_origins;  /* comma-separated list, "*" or "" (CORS off) */
    bool gzip;
    int debug_delay_ms; /* development only: sleep in every worker dispatch (tests) */
    /* read by generated/ and handlers/ from the environment; main exports the effective value */
    int rate_limit;          /* CONDUIT_RATE_LIMIT: credential attempts per minute per IP */
    bool validate_responses; /* CONDUIT_VALIDATE_RESPONSES: check responses against the spec */
    /* webhooks (runtime/netguard.h) */
    bool webhook_allow_private; /* loopback/private/CGNAT destinations accepted */
    bool webhook_allow_http;    /* http:// accepted in production mode */
} cd_config;

/* The development-only JWT secret; production mode refuses it. */
#define CD_CONFIG_DEV_JWT_SECRET "conduit-development-secret-do-not-use-in-production"

/* Defaults, then environment (through getenv), then argv ("--port 8080" / "--port=8080", an
 * optional leading subcommand "serve" | "migrate", "--help" / "-h").
 * Returns 0, or CD_E_INVALID with a message in err. */
int cd_config_load(cd_config *c, int argc, char **argv, char *err, size_t errlen);
void cd_config_defaults(cd_config *c);
/* The configuration of the last successful cd_config_load (NULL before one): for handlers, which
 * have no other way to see settings such as production mode. Loaded once, before any thread. */
const cd_config *cd_config_effective(void);
/* Prints usage and the table of settings (flag, variable, default, meaning). */
void cd_config_print_help(FILE *out);
const char *cd_config_log_level_name(cd_log_level l);

#endif
