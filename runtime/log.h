/* runtime/log.h — structured JSON log lines on stdout: one object per line, one write(2) each.
 *
 * Every line has "time" (UTC, RFC 3339 with milliseconds), "level" and "msg"; lines about a
 * request also carry "request_id". A line is formatted into a bounded stack buffer and written
 * with a single write(2), so concurrent threads never interleave (lines are cut at
 * CD_LOG_LINE_MAX, still as valid JSON). Thread-safe; no allocation.
 */
#ifndef CD_LOG_H
#define CD_LOG_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"

#define CD_LOG_LINE_MAX 4096

void cd_log_init(cd_log_level level, int fd); /* fd: normally 1 (stdout) */
cd_log_level cd_log_get_level(void);
int cd_log_enabled(cd_log_level level);

/* A message line; request_id may be NULL. The message is printf-formatted and JSON-escaped. */
void cd_log(cd_log_level level, const char *request_id, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

typedef struct cd_log_access {
    const char *request_id;
    const char *method;
    const char *route; /* route template, e.g. "/api/articles/{slug}" (never the raw path) */
    const char *operation;
    const char *client_ip;
    int status;
    double duration_ms;
    uint64_t bytes; /* response body bytes as sent (after compression) */
} cd_log_access;

/* The access line, at level info. */
void cd_log_request(const cd_log_access *a);

/* Formats the access line into buf (no newline, NUL-terminated); returns its length. Exposed for
 * unit tests. */
size_t cd_log_format_access(char *buf, size_t cap, const cd_log_access *a, int64_t unix_ms);

#endif
