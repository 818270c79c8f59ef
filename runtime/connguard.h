/* runtime/connguard.h — what every client connection must obey before libmicrohttpd sees it.
 *
 * libmicrohttpd 0.9.75 offers no hook on the bytes it reads, frames requests leniently, answers
 * its own errors in HTML and times out only on silence. This module defines `recv()` for the
 * process (the executable's definition is the one libmicrohttpd's calls bind to) and, for the
 * sockets registered here, passes every byte through the strict framing checker (http1.h):
 *   - a violation is answered with the application's JSON error body (rendered by the server),
 *     after the responses still owed to earlier pipelined requests, and the connection closed;
 *   - bytes that are not HTTP close the connection at once;
 *   - a request head (request line and headers) must be complete within `head_timeout_ns` of
 *     its first byte (of the accept, for a connection's first request), or the connection is
 *     answered 408 and closed: a client trickling header bytes cannot hold a slot.
 * Sockets that are not registered (PostgreSQL connections, pipes) are passed straight to the
 * kernel. All functions are thread-safe.
 */
#ifndef CD_CONNGUARD_H
#define CD_CONNGUARD_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

#include "http1.h"

typedef struct cd_connguard_config {
    cd_http1_limits limits;
    int64_t head_timeout_ns;
    /* Writes a complete HTTP/1.1 response (status line, headers incl. Connection: close, body)
     * for status/reason into buf; returns its length (0: send nothing). Called with the
     * guard's lock held: must not call back into this module. */
    size_t (*render)(int status, const char *reason, const char *client_ip, char *buf, size_t cap);
} cd_connguard_config;

/* Starts the deadline thread. Returns 0 or a CD_E_* code. */
int cd_connguard_start(const cd_connguard_config *cfg);
void cd_connguard_stop(void);

/* A connection was accepted / is about to be closed (libmicrohttpd's connection notifier). */
void cd_connguard_open(int fd, const struct sockaddr *peer, socklen_t peerlen);
void cd_connguard_close(int fd);

/* libmicrohttpd has finished a response on fd: an error held back for a later pipelined
 * request can now be sent. */
void cd_connguard_response_done(int fd);

/* Counters for /metrics. */
typedef struct cd_connguard_stats {
    uint64_t rejected;  /* answered 4xx/5xx by the framing checker */
    uint64_t dropped;   /* not HTTP: closed without an answer */
    uint64_t timed_out; /* request head not complete in time */
} cd_connguard_stats;
void cd_connguard_stats_get(cd_connguard_stats *out);

#endif
