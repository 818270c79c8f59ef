/* runtime/migrate.h — applies the SQL files of db/migrations (embedded at build time) once
 * each, in order.
 *
 * Applied versions are recorded in schema_migrations; a session-level advisory lock serialises
 * concurrent starters (several instances behind a load balancer), and each migration runs in its
 * own transaction together with its bookkeeping row, so a failure leaves no half-applied file.
 */
#ifndef CD_MIGRATE_H
#define CD_MIGRATE_H

#include <stddef.h>

typedef struct cd_migration {
    const char *name; /* file name, e.g. "001_init.sql"; the order key */
    const char *sql;
} cd_migration;

/* Built from db/migrations by db/embed.cmake. NULL-terminated; count excludes the terminator. */
extern const cd_migration cd_migrations[];
extern const size_t cd_migrations_count;

/* Connects to db_url and applies every pending migration. Returns 0, or a negative CD_E_* code
 * after printing what failed (file name and PostgreSQL's message) to stderr. *applied (may be
 * NULL) receives how many were applied now. */
int cd_migrate_run(const char *db_url, int *applied);

#endif
