/* handlers/app.h — the Conduit application: hooks that shape errors and authenticate callers,
 * installed once at start-up, plus helpers shared by the handler files. */
#ifndef APP_H
#define APP_H

#include <libpq-fe.h>
#include <stdint.h>

#include "request.h"

/* Install cd_app hooks and per-operation hooks. Call after cd_api_install(), before serving. */
int app_init(void);

/* Map a failed cd_db_* call (rc < 0) to the response: unique violations on known constraints
 * become 422 with a RealWorld message, everything else goes back to the runtime (5xx). */
int app_db_error(cd_request *r, int rc);

/* Format a timestamptz column as the API's ISO 8601 UTC timestamp with milliseconds is done in
 * SQL (see APP_SQL_TS) so that no C-side parsing is needed. */
#define APP_SQL_TS(col) "to_char(" col " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"

#endif
