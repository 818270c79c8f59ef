/* runtime/migrate.c — applies embedded SQL migrations once each (see migrate.h). */
#include "migrate.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <string.h>

#include "errors.h"

/* Arbitrary constant shared by every conduit instance: "cndt" */
#define CD__MIGRATE_LOCK "636e6474"

static int cd__exec(PGconn *c, const char *sql, const char *what)
{
    PGresult *res = PQexec(c, sql);
    ExecStatusType st = PQresultStatus(res);
    int rc = 0;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        fprintf(stderr, "migrate: %s failed: %s", what, PQerrorMessage(c));
        rc = CD_E_DB;
    }
    PQclear(res);
    return rc;
}

static int cd__applied(PGconn *c, const char *name, int *yes)
{
    const char *params[1] = {name};
    PGresult *res = PQexecParams(c, "SELECT 1 FROM schema_migrations WHERE version = $1", 1, NULL,
                                 params, NULL, NULL, 0);
    int rc = 0;
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        fprintf(stderr, "migrate: reading schema_migrations failed: %s", PQerrorMessage(c));
        rc = CD_E_DB;
    } else {
        *yes = PQntuples(res) > 0;
    }
    PQclear(res);
    return rc;
}

static int cd__apply_one(PGconn *c, const cd_migration *m)
{
    int rc = cd__exec(c, "BEGIN", "BEGIN");
    if (rc)
        return rc;
    /* PQexec runs a multi-statement script as one implicit batch inside our transaction. */
    PGresult *res = PQexec(c, m->sql);
    if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK) {
        fprintf(stderr, "migrate: %s failed: %s", m->name, PQerrorMessage(c));
        rc = CD_E_DB;
    }
    PQclear(res);
    if (rc == 0) {
        const char *params[1] = {m->name};
        res = PQexecParams(c, "INSERT INTO schema_migrations (version) VALUES ($1)", 1, NULL,
                           params, NULL, NULL, 0);
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            fprintf(stderr, "migrate: recording %s failed: %s", m->name, PQerrorMessage(c));
            rc = CD_E_DB;
        }
        PQclear(res);
    }
    if (rc == 0)
        rc = cd__exec(c, "COMMIT", "COMMIT");
    else
        cd__exec(c, "ROLLBACK", "ROLLBACK");
    return rc;
}

int cd_migrate_run(const char *db_url, int *applied)
{
    int rc = 0, n = 0;
    if (applied)
        *applied = 0;
    PGconn *c = PQconnectdb(db_url);
    if (PQstatus(c) != CONNECTION_OK) {
        fprintf(stderr, "migrate: cannot connect to the database: %s", PQerrorMessage(c));
        rc = CD_E_UNAVAILABLE;
        goto out;
    }
    /* Keep NOTICEs (e.g. "relation already exists, skipping") out of the service's output. */
    if ((rc = cd__exec(c, "SET client_min_messages = warning", "SET")))
        goto out;
    if ((rc = cd__exec(c, "SELECT pg_advisory_lock(x'" CD__MIGRATE_LOCK "'::int)", "lock")))
        goto out;
    rc = cd__exec(c,
                  "CREATE TABLE IF NOT EXISTS schema_migrations ("
                  " version text PRIMARY KEY,"
                  " applied_at timestamptz NOT NULL DEFAULT now())",
                  "creating schema_migrations");
    for (size_t i = 0; rc == 0 && i < cd_migrations_count; i++) {
        int done = 0;
        if ((rc = cd__applied(c, cd_migrations[i].name, &done)))
            break;
        if (done)
            continue;
        if ((rc = cd__apply_one(c, &cd_migrations[i])))
            break;
        fprintf(stderr, "migrate: applied %s\n", cd_migrations[i].name);
        n++;
    }
    cd__exec(c, "SELECT pg_advisory_unlock(x'" CD__MIGRATE_LOCK "'::int)", "unlock");
out:
    PQfinish(c);
    if (applied)
        *applied = n;
    return rc;
}
