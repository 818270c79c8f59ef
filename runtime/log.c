/* runtime/log.c — structured JSON log lines (see log.h). */
#include "log.h"

#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static atomic_int cd__level = CD_LOG_INFO;
static atomic_int cd__fd = 1;

void cd_log_init(cd_log_level level, int fd)
{
    atomic_store(&cd__level, (int)level);
    atomic_store(&cd__fd, fd);
}

cd_log_level cd_log_get_level(void)
{
    return (cd_log_level)atomic_load(&cd__level);
}

int cd_log_enabled(cd_log_level level)
{
    return (int)level >= atomic_load(&cd__level);
}

/* Bounded line builder: appends stop silently at the cap (minus room for the closing "}\n"). */
typedef struct {
    char *buf;
    size_t cap; /* usable bytes, excluding the reserved tail */
    size_t len;
} cd__line;

static void cd__put(cd__line *l, const char *s, size_t n)
{
    if (l->len + n > l->cap)
        n = l->cap - l->len;
    memcpy(l->buf + l->len, s, n);
    l->len += n;
}

static void cd__puts(cd__line *l, const char *s)
{
    cd__put(l, s, strlen(s));
}

/* JSON string body (no quotes); control characters escaped; bytes >= 0x80 copied (the writer of
 * the message is trusted to give UTF-8; request-derived values are validated by the caller). A
 * multi-byte escape that would not fit is dropped whole so the line stays valid JSON. */
static void cd__put_esc(cd__line *l, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        char e[6];
        size_t n = 0;
        if (*p == '"' || *p == '\\') {
            e[0] = '\\';
            e[1] = (char)*p;
            n = 2;
        } else if (*p < 0x20 || *p == 0x7f) {
            e[0] = '\\';
            e[1] = 'u';
            e[2] = '0';
            e[3] = '0';
            e[4] = hex[*p >> 4];
            e[5] = hex[*p & 15];
            n = 6;
        } else {
            e[0] = (char)*p;
            n = 1;
        }
        if (l->len + n > l->cap)
            return;
        cd__put(l, e, n);
    }
}

static void cd__put_str_field(cd__line *l, const char *key, const char *v)
{
    cd__puts(l, ",\"");
    cd__puts(l, key);
    cd__puts(l, "\":\"");
    cd__put_esc(l, v ? v : "");
    cd__puts(l, "\"");
}

static void cd__put_time(cd__line *l, int64_t unix_ms)
{
    char tb[48];
    time_t secs = (time_t)(unix_ms / 1000);
    struct tm tm;
    if (!gmtime_r(&secs, &tm))
        memset(&tm, 0, sizeof tm);
    int n = snprintf(tb, sizeof tb, "{\"time\":\"%04d-%02d-%02dT%02d:%02d:%02d.%03dZ\"",
                     tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                     (int)(unix_ms % 1000));
    if (n > 0)
        cd__put(l, tb, (size_t)n < sizeof tb ? (size_t)n : sizeof tb - 1);
}

static int64_t cd__now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void cd__emit(char *buf, size_t len)
{
    int fd = atomic_load(&cd__fd);
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(fd, buf + off, len - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return; /* nowhere to report a failing log: drop the line */
        off += (size_t)w;
    }
}

void cd_log(cd_log_level level, const char *request_id, const char *fmt, ...)
{
    if (!cd_log_enabled(level))
        return;
    char msg[CD_LOG_LINE_MAX / 2];
    va_list ap;
    va_start(ap, fmt);
    int mn = vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (mn < 0)
        msg[0] = '\0';

    char buf[CD_LOG_LINE_MAX];
    cd__line l = {buf, sizeof buf - 3, 0};
    cd__put_time(&l, cd__now_ms());
    cd__put_str_field(&l, "level", cd_config_log_level_name(level));
    if (request_id)
        cd__put_str_field(&l, "request_id", request_id);
    cd__put_str_field(&l, "msg", msg);
    l.cap += 3;
    cd__puts(&l, "}\n");
    cd__emit(buf, l.len);
}

size_t cd_log_format_access(char *buf, size_t cap, const cd_log_access *a, int64_t unix_ms)
{
    if (cap < 8) {
        if (cap)
            buf[0] = '\0';
        return 0;
    }
    cd__line l = {buf, cap - 3, 0};
    char num[96];
    cd__put_time(&l, unix_ms);
    cd__put_str_field(&l, "level", "info");
    cd__put_str_field(&l, "msg", "request");
    cd__put_str_field(&l, "request_id", a->request_id);
    cd__put_str_field(&l, "method", a->method);
    cd__put_str_field(&l, "route", a->route);
    cd__put_str_field(&l, "operation", a->operation);
    cd__put_str_field(&l, "client", a->client_ip);
    int n = snprintf(num, sizeof num, ",\"status\":%d,\"duration_ms\":%.3f,\"bytes\":%llu",
                     a->status, a->duration_ms, (unsigned long long)a->bytes);
    if (n > 0)
        cd__put(&l, num, (size_t)n < sizeof num ? (size_t)n : sizeof num - 1);
    l.cap += 3;
    cd__puts(&l, "}");
    buf[l.len] = '\0';
    return l.len;
}

void cd_log_request(const cd_log_access *a)
{
    if (!cd_log_enabled(CD_LOG_INFO))
        return;
    char buf[CD_LOG_LINE_MAX];
    size_t n = cd_log_format_access(buf, sizeof buf - 1, a, cd__now_ms());
    buf[n++] = '\n';
    cd__emit(buf, n);
}
