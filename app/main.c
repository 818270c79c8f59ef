/* app/main.c — process entry: configuration, auth, database pool, migrations, the API, the
 * server, and a graceful exit on SIGTERM/SIGINT.
 *
 * Signals are blocked before any thread starts, so every thread inherits the mask and only the
 * main thread receives SIGTERM/SIGINT, synchronously through sigwait(): no async-signal-safety
 * concerns and no flag polling.
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "api.h"
#include "api_handlers.h"
#include "app.h"
#include "auth.h"
#include "cache.h"
#include "config.h"
#include "db.h"
#include "errors.h"
#include "log.h"
#include "migrate.h"
#include "server.h"

static int64_t cd__ms_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)(t.tv_sec - t0->tv_sec) * 1000 + (t.tv_nsec - t0->tv_nsec) / 1000000;
}

int main(int argc, char **argv)
{
    int status = 1;
    bool pool = false, server = false;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);

    cd_config cfg;
    char err[256];
    if (cd_config_load(&cfg, argc, argv, err, sizeof err)) {
        fprintf(stderr, "conduit: %s\n", err);
        status = 2;
        goto out;
    }
    if (cfg.command == CD_CMD_HELP) {
        cd_config_print_help(stdout);
        status = 0;
        goto out;
    }
    cd_log_init(cfg.log_level, 1);

    if (cfg.command == CD_CMD_MIGRATE) {
        int applied = 0;
        int rc = cd_migrate_run(cfg.database_url, &applied);
        if (rc) {
            cd_log(CD_LOG_ERROR, NULL, "migrations failed: %s", cd_error_name(rc));
            goto out;
        }
        cd_log(CD_LOG_INFO, NULL, "migrations applied: %d", applied);
        status = 0;
        goto out;
    }

    if (!cfg.production && !strcmp(cfg.jwt_secret, CD_CONFIG_DEV_JWT_SECRET))
        cd_log(CD_LOG_WARN, NULL, "JWT_SECRET not set: using the development secret");

    /* Block the stop signals before any thread exists (MHD, pools, libpq). */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    if (pthread_sigmask(SIG_BLOCK, &stop, NULL)) {
        fprintf(stderr, "conduit: cannot block signals\n");
        goto out;
    }
    signal(SIGPIPE, SIG_IGN);

    cd_auth_config ac = {
        .jwt_secret = cfg.jwt_secret,
        .jwt_secret_len = strlen(cfg.jwt_secret),
        .jwt_ttl_s = cfg.jwt_ttl_s,
        .jwt_leeway_s = cfg.jwt_leeway_s,
        .pbkdf2_iterations = cfg.pbkdf2_iterations,
    };
    if (cd_auth_init(&ac)) {
        cd_log(CD_LOG_ERROR, NULL, "auth configuration rejected");
        goto out;
    }
    if (cfg.migrate_on_start) {
        int applied = 0;
        int rc = cd_migrate_run(cfg.database_url, &applied);
        if (rc) {
            cd_log(CD_LOG_ERROR, NULL, "migrations failed: %s", cd_error_name(rc));
            goto out;
        }
        if (applied)
            cd_log(CD_LOG_INFO, NULL, "migrations applied: %d", applied);
    }
    cd_db_config dc = {
        .url = cfg.database_url,
        .min_conns = cfg.db_min_conns,
        .max_conns = cfg.db_max_conns,
        .acquire_timeout_ms = cfg.db_acquire_timeout_ms,
        .statement_timeout_ms = cfg.db_statement_timeout_ms,
        .connect_timeout_s = cfg.db_connect_timeout_s,
    };
    if (cd_db_pool_init(&dc)) {
        cd_log(CD_LOG_ERROR, NULL, "database pool: DATABASE_URL is not usable");
        goto out;
    }
    pool = true;
    cd_cache_config cc = {
        .budget_bytes = (size_t)cfg.cache_mb << 20,
        .db_url = cfg.database_url,
        .sync_timeout_ms = cfg.cache_sync_timeout_ms,
    };
    if (cd_cache_init(&cc)) {
        cd_log(CD_LOG_ERROR, NULL, "cache: initialisation failed");
        goto out;
    }

    /* The generated engine still reads this one setting from the environment (the application
     * gets the typed configuration through app_init): export the effective value so a
     * command-line override reaches it too. */
    if (setenv("CONDUIT_VALIDATE_RESPONSES", cfg.validate_responses ? "1" : "0", 1)) {
        cd_log(CD_LOG_ERROR, NULL, "setenv failed");
        goto out;
    }
    cd_api_install(&api_conduit);
    if (api_init()) { /* compile patterns now: fail at start, not on the first request */
        cd_log(CD_LOG_ERROR, NULL, "API tables failed to initialise");
        goto out;
    }
    const char *missing[8];
    size_t nmissing = api_missing_operations(missing, 8);
    if (nmissing)
        cd_log(CD_LOG_WARN, NULL, "%zu operation(s) answer 501 (no handler), e.g. %s", nmissing,
               missing[0]);
    if (app_init(&cfg)) {
        cd_log(CD_LOG_ERROR, NULL, "application initialisation failed");
        goto out;
    }
    if (cd_server_start(&cfg, &api_conduit))
        goto out;
    server = true;
    cd_log(CD_LOG_INFO, NULL,
           "listening on %s:%u (%s, %d io threads, %d workers, %d cpu workers)"
           " after %lld ms",
           cfg.host, (unsigned)cd_server_port(), cfg.env, cfg.io_threads, cfg.workers,
           cfg.cpu_workers, (long long)cd__ms_since(&t0));

    int sig = 0;
    if (sigwait(&stop, &sig)) {
        cd_log(CD_LOG_ERROR, NULL, "sigwait failed");
        goto out;
    }
    cd_log(CD_LOG_INFO, NULL, "%s received: shutting down", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    status = 0;
out:
    if (server)
        cd_server_shutdown(cfg.grace_s);
    cd_cache_shutdown(); /* after the server: no request uses it any more */
    if (pool)
        cd_db_pool_shutdown();
    if (server || pool)
        cd_log(CD_LOG_INFO, NULL, "exit %d", status);
    return status;
}
