/* runtime/server.h — the HTTP server: libmicrohttpd event threads in front of bounded worker
 * pools, runtime endpoints, limits, CORS/ETag/gzip, graceful drain.
 *
 * Threading model: MHD's epoll threads only parse, copy and queue. A request for an API
 * operation is copied into its arena, its connection suspended, and the request handed to the
 * handler pool (or the CPU pool for cpu_heavy operations); the worker dispatches through cd_api,
 * releases its database connection, builds the response (ETag, gzip) and resumes the
 * connection; the event thread queues the response. A full queue answers 503 + Retry-After at
 * once. Runtime endpoints that cannot block (/healthz, /metrics, /openapi.*, /docs, CORS
 * preflight, 404/405/413) are answered on the event thread; /readyz pings the database and so
 * runs on a worker.
 *
 * Per-request state machine (event thread unless noted):
 *   NEW    → first access call: route, copy input, answer early (runtime endpoint, 404/405/413)
 *   BODY   → body chunks appended to the arena up to the operation's limit
 *   QUEUED → connection suspended; owned by a worker until it resumes the connection (worker)
 *   READY  → response built; queued on the next access call
 * The completed callback logs, counts and frees the arena (which holds the state itself).
 */
#ifndef CD_SERVER_H
#define CD_SERVER_H

#include <stdbool.h>
#include <stdint.h>

#include "api.h"
#include "config.h"
#include "request.h"

/* Starts listening and the worker pools. api may be NULL (runtime endpoints only). cfg must
 * outlive the server. Returns 0 or a CD_E_* code. */
int cd_server_start(const cd_config *cfg, const cd_api *api);
/* The bound TCP port (useful with port 0). */
uint16_t cd_server_port(void);
bool cd_server_draining(void);
/* Graceful stop: stop accepting, let in-flight requests finish within grace_s (then answer the
 * still-queued ones 503), join the pools and stop MHD. Safe to call once after start. */
void cd_server_shutdown(int grace_s);

#endif
