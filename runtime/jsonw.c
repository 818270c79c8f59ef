/* runtime/jsonw.c — append-only JSON text writer (see jsonw.h). */
#include "jsonw.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cd__jsonw_reserve(cd_jsonw *w, size_t more)
{
    if (w->err)
        return -1;
    if (w->len + more + 1 <= w->cap)
        return 0;
    size_t cap = w->cap ? w->cap : 256;
    while (cap < w->len + more + 1) {
        if (cap > SIZE_MAX / 2) {
            w->err = 1;
            return -1;
        }
        cap *= 2;
    }
    char *nb = cd_arena_realloc(w->arena, w->buf, w->cap, cap);
    if (!nb) {
        w->err = 1;
        return -1;
    }
    w->buf = nb;
    w->cap = cap;
    return 0;
}

void cd_jsonw_init(cd_jsonw *w, cd_arena *arena, size_t initial)
{
    w->arena = arena;
    w->buf = NULL;
    w->len = 0;
    w->cap = 0;
    w->err = 0;
    if (initial)
        cd__jsonw_reserve(w, initial);
}

void cd_jsonw_raw(cd_jsonw *w, const char *s, size_t n)
{
    if (cd__jsonw_reserve(w, n))
        return;
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

void cd_jsonw_char(cd_jsonw *w, char c)
{
    if (cd__jsonw_reserve(w, 1))
        return;
    w->buf[w->len++] = c;
}

/* Length of the valid UTF-8 sequence at s (max n bytes), or 0 if invalid. */
static size_t cd__utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0;
        if (c == 0xF4 && s[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

void cd_jsonw_strn(cd_jsonw *w, const char *str, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *s = (const unsigned char *)str;
    /* Worst case every byte becomes \u00XX (6 bytes) or U+FFFD (3 bytes). */
    if (n > (SIZE_MAX - 2) / 6 || cd__jsonw_reserve(w, n * 6 + 2))
        return;
    char *o = w->buf + w->len;
    *o++ = '"';
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            *o++ = (char)c;
            i++;
            continue;
        }
        if (c < 0x80) {
            *o++ = '\\';
            switch (c) {
            case '"':
                *o++ = '"';
                break;
            case '\\':
                *o++ = '\\';
                break;
            case '\n':
                *o++ = 'n';
                break;
            case '\r':
                *o++ = 'r';
                break;
            case '\t':
                *o++ = 't';
                break;
            case '\b':
                *o++ = 'b';
                break;
            case '\f':
                *o++ = 'f';
                break;
            default:
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hex[c >> 4];
                *o++ = hex[c & 15];
            }
            i++;
            continue;
        }
        size_t k = cd__utf8_seq(s + i, n - i);
        if (k == 0) {
            *o++ = (char)0xEF;
            *o++ = (char)0xBF;
            *o++ = (char)0xBD;
            i++;
        } else {
            memcpy(o, s + i, k);
            o += k;
            i += k;
        }
    }
    *o++ = '"';
    w->len = (size_t)(o - w->buf);
}

void cd_jsonw_str(cd_jsonw *w, const char *s)
{
    if (!s)
        cd_jsonw_null(w);
    else
        cd_jsonw_strn(w, s, strlen(s));
}

void cd_jsonw_int(cd_jsonw *w, int64_t v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%" PRId64, v);
    cd_jsonw_raw(w, tmp, (size_t)n);
}

void cd_jsonw_double(cd_jsonw *w, double v)
{
    if (!isfinite(v)) {
        cd_jsonw_null(w);
        return;
    }
    char tmp[32];
    /* Shortest representation that round-trips: try increasing precision. */
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, v);
        if (strtod(tmp, NULL) == v)
            break;
    }
    cd_jsonw_raw(w, tmp, strlen(tmp));
}

void cd_jsonw_bool(cd_jsonw *w, bool v)
{
    if (v)
        cd_jsonw_lit(w, "true");
    else
        cd_jsonw_lit(w, "false");
}

void cd_jsonw_null(cd_jsonw *w)
{
    cd_jsonw_lit(w, "null");
}

const char *cd_jsonw_finish(cd_jsonw *w, size_t *len)
{
    if (cd__jsonw_reserve(w, 0))
        return NULL;
    w->buf[w->len] = '\0';
    if (len)
        *len = w->len;
    return w->buf;
}
