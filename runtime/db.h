/* runtime/db.h — PostgreSQL access for handlers: a pool of libpq connections, prepared statements
 * per connection, transactions, outage handling.
 *
 * Handlers never see a connection: the first cd_db_* call in a request acquires one from the pool
 * (waiting at most the configured acquire timeout) and the runtime releases it when the request
 * completes, rolling back any transaction left open. Statements are declared once as static
 * cd_stmt values and prepared lazily on each connection the first time they run there.
 * Results are owned by the request and cleared when it completes; handlers never PQclear.
 *
 * Outages: a broken connection is detected (PQstatus / connection-class SQLSTATE), discarded and
 * replaced by a fresh one later; callers get CD_E_UNAVAILABLE quickly instead of hanging, and the
 * runtime answers 503. Every query is parameterised: there is no API that takes SQL built at
 * run time from input.
 */
#ifndef CD_DB_H
#define CD_DB_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "request.h"

typedef struct cd_stmt {
    const char *name; /* unique statement name, e.g. "tags_list" */
    const char *sql;  /* with $1..$n placeholders */
    int nparams;
    int id_; /* runtime-internal registry slot; leave 0 (CD_STMT sets it) */
} cd_stmt;

/* One line: clang-format would wrap the initialiser in braces over four. */
/* clang-format off */
#define CD_STMT(name_, nparams_, sql_) {.name = (name_), .sql = (sql_), .nparams = (nparams_)}
/* clang-format on */

typedef struct cd_db_config {
    const char *url; /* libpq conninfo or postgres:// URL */
    int min_conns;
    int max_conns;
    int acquire_timeout_ms; /* wait for a free connection at most this long → CD_E_UNAVAILABLE */
    int statement_timeout_ms; /* SET statement_timeout on each connection */
    int connect_timeout_s;
} cd_db_config;

typedef struct cd_db_stats {
    int size;   /* open connections */
    int in_use; /* handed out */
    int idle;
    int waiting; /* requests waiting for a connection */
    uint64_t acquired_total;
    uint64_t wait_ns_total; /* time spent waiting to acquire */
    uint64_t errors_total;  /* broken connections replaced */
} cd_db_stats;

int cd_db_pool_init(const cd_db_config *cfg); /* opens min_conns; fails if the URL is unusable */
void cd_db_pool_shutdown(void);
int cd_db_ping(void); /* 0 if a connection answers SELECT 1 */
void cd_db_pool_stats(cd_db_stats *out);

/* Run st with params (text format; a NULL entry is SQL NULL). On success *out is the result
 * (PGRES_TUPLES_OK or PGRES_COMMAND_OK), owned by the request. Errors: CD_E_UNAVAILABLE
 * (database unreachable / pool exhausted), CD_E_TIMEOUT (statement timeout), CD_E_DB (SQL error;
 * see cd_db_sqlstate), CD_E_NOMEM. */
int cd_db_query(cd_request *r, const cd_stmt *st, const char *const *params, PGresult **out);
/* SQLSTATE of the request's last failed query ("23505" unique_violation, ...), or "". */
const char *cd_db_sqlstate(const cd_request *r);
/* Name of the violated constraint of the last failed query, or "". */
const char *cd_db_constraint(const cd_request *r);

int cd_db_begin(cd_request *r);
int cd_db_commit(cd_request *r);
void cd_db_rollback(cd_request *r);

/* Called by the runtime when the request completes: rolls back an open transaction, clears
 * results and returns the connection to the pool (or discards it if broken). */
void cd_db_request_done(cd_request *r);

/* Convenience readers over a result (borrowed strings valid until the request completes). */
static inline const char *cd_db_text(const PGresult *res, int row, int col)
{
    return PQgetisnull(res, row, col) ? NULL : PQgetvalue(res, row, col);
}
/* Column as int64 (NULL → 0) / bool ("t"; NULL → false) / string (NULL → ""). */
int64_t cd_db_i64(const PGresult *res, int row, int col);
bool cd_db_bool(const PGresult *res, int row, int col);
const char *cd_db_str(const PGresult *res, int row, int col);
/* Parse a PostgreSQL text[] column ({a,"b c"}) into an arena array of strings.
 * 0, or CD_E_NOMEM / CD_E_INTERNAL (malformed). NULL column → empty array. */
int cd_db_text_array(cd_request *r, const PGresult *res, int row, int col, const char ***items,
                     size_t *count);
/* The same for a text[] literal already in hand (e.g. from a cached row). */
int cd_db_text_array_parse(cd_request *r, const char *literal, const char ***items, size_t *count);

/* Parameter builders (arena-owned text for cd_db_query params; NULL on out of memory). */
/* Decimal text of v. */
const char *cd_db_param_i64(cd_request *r, int64_t v);
/* A PostgreSQL text[] literal for items, to pass as one $n::text[] parameter. */
const char *cd_db_param_text_array(cd_request *r, const char *const *items, size_t count);

#endif
