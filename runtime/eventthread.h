/* runtime/eventthread.h — what may run on a libmicrohttpd event thread, and a check that nothing
 * else does.
 *
 * The contract (server.c's fast path): an event thread serves many connections, so nothing on it
 * may wait — not for PostgreSQL, not for password hashing, not for another thread. A GET/HEAD is
 * first run on the event thread as an *attempt* with database access refused:
 *   - every function that would block calls cd_req_may_block(r) first; on an attempt it returns
 *     false and marks the attempt blocked, and the caller fails (CD_E_UNAVAILABLE);
 *   - an attempt that finished without blocking is the answer (a cache hit, 401, 404, 422);
 *   - a blocked attempt is discarded (cd_req_reset_output) and the request is queued for a worker,
 *     which runs it again from the start: only operations that change nothing (GET, HEAD) are
 *     attempted, and an attempt writes nothing but the request's own output fields.
 * Blocking primitives (database round trips, PBKDF2, waits on other threads) also call
 * cd_evt_block_point(): reached on an event thread — a path that forgot cd_req_may_block, or code
 * run there that should not be — it is counted (conduit_event_thread_blocking_total) and logged.
 * tests/integration/test_event_thread.py runs every GET and asserts the count stays 0.
 */
#ifndef CD_EVENTTHREAD_H
#define CD_EVENTTHREAD_H

#include <stdbool.h>
#include <stdint.h>

#include "request.h"

/* Marks the calling thread as an event thread (idempotent; libmicrohttpd's callbacks call it). */
void cd_evt_mark_current(void);
bool cd_evt_current(void);

/* Runs r as an attempt: until cd_evt_attempt_end, cd_req_may_block(r) refuses. */
void cd_evt_attempt_begin(cd_request *r);
/* Ends the attempt; true when it blocked (its output was reset: rerun r on a worker). */
bool cd_evt_attempt_end(cd_request *r);

/* The blocking entry points call this first. True: go ahead (a worker). False: the request is an
 * event-thread attempt — it is now marked blocked; return CD_E_UNAVAILABLE without blocking. */
bool cd_req_may_block(cd_request *r);

/* Clears everything an attempt may have set on r (status, body, headers, principal, app). */
void cd_req_reset_output(cd_request *r);

/* A primitive that blocks is about to (what: "database", "pbkdf2", ...). */
void cd_evt_block_point(const char *what);
/* How many times a blocking primitive was reached on an event thread since start. */
uint64_t cd_evt_violations(void);

#endif
