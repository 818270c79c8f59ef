/* handlers/lib/appdb.h — the application's conventions with PostgreSQL: the SQL fragments every
 * statement spells the same way (the API's timestamps, a user's token cut-off), and how a failed
 * query becomes a response. */
#ifndef APPDB_H
#define APPDB_H

#include "request.h"

/* SQL: the second up to which the user's tokens are revoked (see session.h). */
#define APPDB_SQL_CUTOFF(users) "floor(extract(epoch FROM " users ".tokens_valid_after))::bigint"

/* SQL: a timestamptz column as the API's ISO 8601 UTC timestamp with milliseconds. */
#define APPDB_SQL_TS(col) "to_char(" col " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"

/* Map a failed cd_db_* call (rc < 0) to the response: unique violations on known constraints
 * become 422 with a RealWorld message, other unique violations 409, a vanished foreign key 404;
 * everything else goes back to the runtime (503/500). Returns what the handler should return. */
int appdb_error(cd_request *r, int rc);

#endif
