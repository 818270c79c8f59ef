/* generated from openapi.yaml by codegen — do not edit */
/* cdg_engine.c — validation, typed fill, serialization and dispatch over generated tables.
 *
 * Semantics notes (see also README "Editing the spec"):
 *   - validation follows JSON Schema 2020-12 for the supported keywords; every error is
 *     collected (up to CD_VERRORS_MAX) with the JSON pointer of the failing value, except inside
 *     anyOf/oneOf/not trials, which only count failures and report one error for the combinator;
 *   - `required` errors point at the missing property ("/user/email"), not at its parent;
 *   - string lengths count Unicode code points; bodies must be valid UTF-8 (else 400); strings
 *     containing U+0000 are rejected (C strings cannot carry them);
 *   - patterns are PCRE2 with UTF, ALT_BSUX and DOLLAR_ENDONLY (closest to ECMA-262), unanchored;
 *   - integers must fit int64_t (C models use int64_t); 1.0 counts as an integer.
 */
#include "cdg_engine.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#define CDG_MAX_DEPTH 64
#define CDG_PTR_MAX 1024

typedef struct cdg_ctx {
    const cdg_spec *spec;
    cd_arena *arena;
    cd_verrors *errs; /* NULL: count only, stop at the first failure */
    int dir;
    char ptr[CDG_PTR_MAX];
    size_t len;
} cdg_ctx;

static int cdg__validate_responses;

static const char *const cdg__format_names[CDG_F__COUNT] = {
    "",         "date-time",     "date",           "time",          "email address",
    "UUID",     "URI",           "URI reference",  "IPv4 address",  "IPv6 address",
    "hostname", "base64 string", "32-bit integer", "64-bit integer"};

/* ---------------------------------------------------------------- pointers and messages */

static size_t cdg__push(cdg_ctx *c, const char *tok, size_t n)
{
    size_t saved = c->len;
    if (c->len + 1 >= CDG_PTR_MAX)
        return saved;
    c->ptr[c->len++] = '/';
    for (size_t i = 0; i < n && c->len + 3 < CDG_PTR_MAX; i++) {
        if (tok[i] == '~') {
            c->ptr[c->len++] = '~';
            c->ptr[c->len++] = '0';
        } else if (tok[i] == '/') {
            c->ptr[c->len++] = '~';
            c->ptr[c->len++] = '1';
        } else {
            c->ptr[c->len++] = tok[i];
        }
    }
    c->ptr[c->len] = '\0';
    return saved;
}

static size_t cdg__push_index(cdg_ctx *c, size_t i)
{
    char tmp[24]; /* digits, filled from the end: no printf on the per-item path */
    size_t k = sizeof tmp;
    do {
        tmp[--k] = (char)('0' + i % 10);
        i /= 10;
    } while (i && k);
    return cdg__push(c, tmp + k, sizeof tmp - k);
}

static void cdg__pop(cdg_ctx *c, size_t saved)
{
    c->len = saved;
    c->ptr[saved] = '\0';
}

/* A human name for the value at the current pointer: "email", "tagList[3]", "body". */
static const char *cdg__label(cdg_ctx *c)
{
    const char *p = c->ptr;
    const char *last = strrchr(p, '/');
    if (!last)
        return *p ? p : "body";
    const char *tok = last + 1;
    bool numeric = *tok != '\0';
    for (const char *q = tok; *q; q++)
        if (!isdigit((unsigned char)*q))
            numeric = false;
    if (numeric && last != p) {
        const char *prev = last - 1;
        while (prev > p && *prev != '/')
            prev--;
        const char *name = *prev == '/' ? prev + 1 : prev;
        char *s = cd_arena_printf(c->arena, "%.*s[%s]", (int)(last - name), name, tok);
        return s ? s : tok;
    }
    if (*tok == '\0')
        return "body";
    if (!strchr(tok, '~'))
        return tok;
    /* unescape ~1 and ~0 */
    size_t n = strlen(tok);
    char *s = cd_arena_alloc(c->arena, n + 1);
    if (!s)
        return tok;
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        if (tok[i] == '~' && (tok[i + 1] == '0' || tok[i + 1] == '1')) {
            s[j++] = tok[i + 1] == '0' ? '~' : '/';
            i++;
        } else {
            s[j++] = tok[i];
        }
    }
    s[j] = '\0';
    return s;
}

/* The spec's x-conduit-messages text for keyword kw on schema s, or NULL. */
static const char *cdg__override(const cdg_schema *s, const char *kw)
{
    for (size_t i = 0; i + 1 < s->nmessages * 2; i += 2)
        if (strcmp(s->messages[i], kw) == 0)
            return s->messages[i + 1];
    return NULL;
}

/* Records one failure of keyword kw at the current pointer (needs `nerr` and the schema `s` in
 * scope); in count-only mode (errs == NULL) returns at once. */
#define CDG_FAIL(c, kw, ...)                                                                       \
    do {                                                                                           \
        nerr++;                                                                                    \
        if (!(c)->errs)                                                                            \
            return nerr;                                                                           \
        const char *ovr_ = cdg__override(s, (kw));                                                 \
        if (ovr_)                                                                                  \
            cd_verrors_add((c)->errs, (c)->ptr, (kw), "%s %s", cdg__label(c), ovr_);               \
        else                                                                                       \
            cd_verrors_add((c)->errs, (c)->ptr, (kw), __VA_ARGS__);                                \
    } while (0)

/* ---------------------------------------------------------------- primitive checks */

/* Number of code points in a valid UTF-8 string, or -1 when invalid. */
static int64_t cdg__utf8_count(const unsigned char *s, size_t n)
{
    int64_t cps = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t k;
        if (c < 0x80)
            k = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            k = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            k = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            k = 4;
        else
            return -1;
        if (i + k > n)
            return -1;
        for (size_t j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80)
                return -1;
        if (k == 3 && ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0)))
            return -1;
        if (k == 4 && ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90)))
            return -1;
        i += k;
        cps++;
    }
    return cps;
}

static bool cdg__digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    return true;
}

static int cdg__num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static bool cdg__is_date(const char *s, size_t n)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (n != 10 || s[4] != '-' || s[7] != '-' || !cdg__digits(s, 4) || !cdg__digits(s + 5, 2) ||
        !cdg__digits(s + 8, 2))
        return false;
    int y = cdg__num(s, 4), m = cdg__num(s + 5, 2), d = cdg__num(s + 8, 2);
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

static bool cdg__is_time(const char *s, size_t n)
{
    if (n < 9 || s[2] != ':' || s[5] != ':' || !cdg__digits(s, 2) || !cdg__digits(s + 3, 2) ||
        !cdg__digits(s + 6, 2))
        return false;
    if (cdg__num(s, 2) > 23 || cdg__num(s + 3, 2) > 59 || cdg__num(s + 6, 2) > 60)
        return false;
    size_t i = 8;
    if (s[i] == '.') {
        size_t j = ++i;
        while (i < n && isdigit((unsigned char)s[i]))
            i++;
        if (i == j)
            return false;
    }
    if (i == n - 1 && (s[i] == 'Z' || s[i] == 'z'))
        return true;
    if (n - i != 6 || (s[i] != '+' && s[i] != '-') || s[i + 3] != ':' ||
        !cdg__digits(s + i + 1, 2) || !cdg__digits(s + i + 4, 2))
        return false;
    return cdg__num(s + i + 1, 2) <= 23 && cdg__num(s + i + 4, 2) <= 59;
}

static bool cdg__is_hostname(const char *s, size_t n)
{
    if (n == 0 || n > 253)
        return false;
    size_t label = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '.') {
            if (label == 0 || s[i - 1] == '-')
                return false;
            label = 0;
            continue;
        }
        if (!isalnum((unsigned char)ch) && ch != '-')
            return false;
        if (ch == '-' && label == 0)
            return false;
        if (++label > 63)
            return false;
    }
    return label > 0 && s[n - 1] != '-';
}

static bool cdg__is_email(const char *s, size_t n)
{
    const char *at = memchr(s, '@', n);
    if (!at || at == s)
        return false;
    size_t local = (size_t)(at - s);
    if (local > 64 || s[0] == '.' || s[local - 1] == '.')
        return false;
    for (size_t i = 0; i < local; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '.' && s[i + 1] == '.')
            return false;
        if (!isalnum(ch) && !strchr(".!#$%&'*+/=?^_`{|}~-", ch))
            return false;
    }
    return cdg__is_hostname(at + 1, n - local - 1);
}

static bool cdg__is_uuid(const char *s, size_t n)
{
    if (n != 36)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (s[i] != '-')
                return false;
        } else if (!isxdigit((unsigned char)s[i])) {
            return false;
        }
    }
    return true;
}

static bool cdg__uri_chars(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '%') {
            if (i + 2 >= n)
                return false;
            if (!isxdigit((unsigned char)s[i + 1]) || !isxdigit((unsigned char)s[i + 2]))
                return false;
            i += 2;
            continue;
        }
        if (!isalnum(ch) && !strchr("-._~:/?#[]@!$&'()*+,;=", ch))
            return false;
    }
    return true;
}

static bool cdg__is_uri(const char *s, size_t n)
{
    if (n == 0 || !isalpha((unsigned char)s[0]))
        return false;
    size_t i = 1;
    while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
        i++;
    if (i >= n || s[i] != ':')
        return false;
    return cdg__uri_chars(s, n);
}

static bool cdg__is_ipv4(const char *s, size_t n)
{
    int parts = 0;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && isdigit((unsigned char)s[j]))
            j++;
        if (j == i || j - i > 3 || (j - i > 1 && s[i] == '0') || cdg__num(s + i, j - i) > 255)
            return false;
        parts++;
        if (j == n)
            break;
        if (s[j] != '.')
            return false;
        i = j + 1;
    }
    return parts == 4;
}

static bool cdg__is_base64(const char *s, size_t n)
{
    if (n % 4)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '=') {
            if (i < n - 2 || (i == n - 2 && s[n - 1] != '='))
                return false;
        } else if (!isalnum(ch) && ch != '+' && ch != '/') {
            return false;
        }
    }
    return true;
}

static bool cdg__check_format(int f, const char *s, size_t n)
{
    switch (f) {
    case CDG_F_DATE_TIME: {
        const char *t = memchr(s, 'T', n);
        if (!t)
            t = memchr(s, 't', n);
        return t && cdg__is_date(s, (size_t)(t - s)) &&
               cdg__is_time(t + 1, n - (size_t)(t - s) - 1);
    }
    case CDG_F_DATE:
        return cdg__is_date(s, n);
    case CDG_F_TIME:
        return cdg__is_time(s, n);
    case CDG_F_EMAIL:
        return cdg__is_email(s, n);
    case CDG_F_UUID:
        return cdg__is_uuid(s, n);
    case CDG_F_URI:
        return cdg__is_uri(s, n);
    case CDG_F_URI_REFERENCE:
        return cdg__uri_chars(s, n);
    case CDG_F_IPV4:
        return cdg__is_ipv4(s, n);
    case CDG_F_IPV6: {
        char tmp[64];
        unsigned char buf[16];
        if (n == 0 || n >= sizeof tmp)
            return false;
        memcpy(tmp, s, n);
        tmp[n] = '\0';
        return inet_pton(AF_INET6, tmp, buf) == 1;
    }
    case CDG_F_HOSTNAME:
        return cdg__is_hostname(s, n);
    case CDG_F_BYTE:
        return cdg__is_base64(s, n);
    default:
        return true;
    }
}

/* ---------------------------------------------------------------- patterns */

/* Per-thread scratch (a PCRE2 match block, a JSON tokener), created on a worker's first use and
 * kept, so the hot path allocates neither; freed by a thread-specific-data destructor when the
 * worker thread exits (a plain __thread pointer would leak it). */
typedef struct cdg__tls {
    pcre2_match_data *md;
    struct json_tokener *tok;
} cdg__tls;
static pthread_key_t cdg__tls_key;
static pthread_once_t cdg__tls_once = PTHREAD_ONCE_INIT;
static int cdg__tls_ok;

static void cdg__tls_free(void *p)
{
    cdg__tls *t = p;
    if (t->md)
        pcre2_match_data_free(t->md);
    if (t->tok)
        json_tokener_free(t->tok);
    free(t);
}

static void cdg__tls_init(void)
{
    cdg__tls_ok = pthread_key_create(&cdg__tls_key, cdg__tls_free) == 0;
}

static cdg__tls *cdg__tls_get(void)
{
    pthread_once(&cdg__tls_once, cdg__tls_init);
    if (!cdg__tls_ok)
        return NULL;
    cdg__tls *t = pthread_getspecific(cdg__tls_key);
    if (!t) {
        t = calloc(1, sizeof *t);
        if (!t)
            return NULL;
        if (pthread_setspecific(cdg__tls_key, t) != 0) {
            free(t);
            return NULL;
        }
    }
    return t;
}

/* Bounds backtracking so a hostile string cannot pin a worker on a pathological pattern. */
static pcre2_match_context *cdg__mctx;
#define CDG_MATCH_LIMIT 1000000

static int cdg__match(const cdg_spec *spec, int pattern, const char *s, size_t n)
{
    pcre2_code *re = spec->compiled[pattern];
    if (!re)
        return -1;
    cdg__tls *t = cdg__tls_get();
    if (!t)
        return -1;
    if (!t->md) {
        t->md = pcre2_match_data_create(32, NULL);
        if (!t->md)
            return -1;
    }
    int rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, t->md, cdg__mctx);
    return rc >= 0 ? 1 : (rc == PCRE2_ERROR_NOMATCH ? 0 : -1);
}

/* ---------------------------------------------------------------- validation */

static int cdg__validate(cdg_ctx *c, int si, struct json_object *v);

static unsigned cdg__type_of(struct json_object *v)
{
    switch (json_object_get_type(v)) {
    case json_type_null:
        return CDG_T_NULL;
    case json_type_boolean:
        return CDG_T_BOOLEAN;
    case json_type_double: {
        double d = json_object_get_double(v);
        if (isfinite(d) && d == floor(d) && fabs(d) < 9.2e18)
            return CDG_T_NUMBER | CDG_T_INTEGER;
        return CDG_T_NUMBER;
    }
    case json_type_int:
        return CDG_T_NUMBER | CDG_T_INTEGER;
    case json_type_object:
        return CDG_T_OBJECT;
    case json_type_array:
        return CDG_T_ARRAY;
    case json_type_string:
        return CDG_T_STRING;
    }
    return 0;
}

static const char *cdg__types_text(cdg_ctx *c, unsigned types)
{
    static const char *const names[] = {"null",     "a boolean", "an object", "an array",
                                        "a number", "a string",  "an integer"};
    static const int order[] = {5, 6, 4, 1, 2, 3, 0}; /* string ... null last */
    char buf[160];
    size_t n = 0;
    buf[0] = '\0';
    for (int k0 = 0; k0 < 7; k0++) {
        int i = order[k0];
        if (!(types & (1u << i)))
            continue;
        if (i == 6 && (types & CDG_T_NUMBER))
            continue; /* number|integer reads as "a number" */
        int k = snprintf(buf + n, sizeof buf - n, "%s%s", n ? " or " : "", names[i]);
        if (k < 0 || (size_t)k >= sizeof buf - n)
            break;
        n += (size_t)k;
    }
    const char *s = cd_arena_strdup(c->arena, buf);
    return s ? s : "of another type";
}

/* JSON Schema equality (numbers compare by value: 1 == 1.0). */
static bool cdg__equal(struct json_object *a, struct json_object *b)
{
    unsigned ta = cdg__type_of(a), tb = cdg__type_of(b);
    if ((ta & CDG_T_NUMBER) && (tb & CDG_T_NUMBER)) {
        if (json_object_is_type(a, json_type_int) && json_object_is_type(b, json_type_int))
            return json_object_get_int64(a) == json_object_get_int64(b) &&
                   json_object_get_uint64(a) == json_object_get_uint64(b);
        return json_object_get_double(a) == json_object_get_double(b);
    }
    if (ta != tb)
        return false;
    if (ta == CDG_T_ARRAY) {
        size_t n = json_object_array_length(a);
        if (n != json_object_array_length(b))
            return false;
        for (size_t i = 0; i < n; i++)
            if (!cdg__equal(json_object_array_get_idx(a, i), json_object_array_get_idx(b, i)))
                return false;
        return true;
    }
    if (ta == CDG_T_OBJECT) {
        if (json_object_object_length(a) != json_object_object_length(b))
            return false;
        json_object_object_foreach(a, k, va)
        {
            struct json_object *vb;
            if (!json_object_object_get_ex(b, k, &vb) || !cdg__equal(va, vb))
                return false;
        }
        return true;
    }
    return json_object_equal(a, b) != 0;
}

static int cdg__validate_string(cdg_ctx *c, const cdg_schema *s, struct json_object *v)
{
    int nerr = 0;
    const char *str = json_object_get_string(v);
    size_t n = (size_t)json_object_get_string_len(v);
    if (memchr(str, '\0', n)) {
        CDG_FAIL(c, "type", "%s must not contain U+0000", cdg__label(c));
        return nerr;
    }
    if (s->min_length > 0 || s->max_length >= 0) {
        int64_t cps = cdg__utf8_count((const unsigned char *)str, n);
        if (cps < 0) {
            CDG_FAIL(c, "type", "%s must be valid UTF-8", cdg__label(c));
            return nerr;
        }
        if (cps < s->min_length)
            CDG_FAIL(c, "minLength", "%s must be at least %lld character%s long", cdg__label(c),
                     (long long)s->min_length, s->min_length == 1 ? "" : "s");
        if (s->max_length >= 0 && cps > s->max_length)
            CDG_FAIL(c, "maxLength", "%s must be at most %lld character%s long", cdg__label(c),
                     (long long)s->max_length, s->max_length == 1 ? "" : "s");
    }
    if (s->pattern >= 0) {
        int m = cdg__match(c->spec, s->pattern, str, n);
        if (m == 0)
            CDG_FAIL(c, "pattern", "%s must match the pattern %s", cdg__label(c),
                     c->spec->patterns[s->pattern]);
        else if (m < 0)
            CDG_FAIL(c, "pattern", "%s could not be matched against the pattern %s", cdg__label(c),
                     c->spec->patterns[s->pattern]);
    }
    if (s->format >= CDG_F_DATE_TIME && s->format <= CDG_F_BYTE &&
        !cdg__check_format(s->format, str, n))
        CDG_FAIL(c, "format", "%s must be a valid %s", cdg__label(c), cdg__format_names[s->format]);
    return nerr;
}

static int cdg__validate_number(cdg_ctx *c, const cdg_schema *s, struct json_object *v)
{
    int nerr = 0;
    double d = json_object_get_double(v);
    bool is_int = json_object_is_type(v, json_type_int);
    if (s->types & CDG_T_INTEGER && !(s->types & CDG_T_NUMBER)) {
        /* C models hold int64_t: reject what does not fit. */
        /* json-c saturates negative overflow to INT64_MIN, so INT64_MIN itself is refused */
        if (is_int ? ((json_object_get_int64(v) == INT64_MAX &&
                       json_object_get_uint64(v) > (uint64_t)INT64_MAX) ||
                      json_object_get_int64(v) == INT64_MIN)
                   : !(d > -9223372036854775808.0 && d < 9223372036854775808.0)) {
            CDG_FAIL(c, "type", "%s must be an integer between -2^63+1 and 2^63-1", cdg__label(c));
            return nerr;
        }
    }
    if (s->format == CDG_F_INT32 && (d < -2147483648.0 || d > 2147483647.0))
        CDG_FAIL(c, "format", "%s must be a 32-bit integer", cdg__label(c));
    if ((s->flags & CDG_HAS_MINIMUM) && d < s->minimum)
        CDG_FAIL(c, "minimum", "%s must be >= %.17g", cdg__label(c), s->minimum);
    if ((s->flags & CDG_HAS_MAXIMUM) && d > s->maximum)
        CDG_FAIL(c, "maximum", "%s must be <= %.17g", cdg__label(c), s->maximum);
    if ((s->flags & CDG_HAS_XMINIMUM) && d <= s->exclusive_minimum)
        CDG_FAIL(c, "exclusiveMinimum", "%s must be > %.17g", cdg__label(c), s->exclusive_minimum);
    if ((s->flags & CDG_HAS_XMAXIMUM) && d >= s->exclusive_maximum)
        CDG_FAIL(c, "exclusiveMaximum", "%s must be < %.17g", cdg__label(c), s->exclusive_maximum);
    if (s->flags & CDG_HAS_MULTIPLE_OF) {
        bool ok;
        double m = s->multiple_of;
        if (is_int && m == floor(m) && fabs(m) < 9e18) {
            ok = json_object_get_int64(v) % (int64_t)m == 0;
        } else {
            double q = d / m;
            ok = isfinite(q) && fabs(q - nearbyint(q)) <= 1e-9 * fmax(1.0, fabs(q));
        }
        if (!ok)
            CDG_FAIL(c, "multipleOf", "%s must be a multiple of %.17g", cdg__label(c), m);
    }
    return nerr;
}

/* JSON Schema value hash, consistent with cdg__equal (numbers by value, objects unordered). */
static uint64_t cdg__hash(struct json_object *v)
{
    uint64_t h = 1469598103934665603ull;
    switch (json_object_get_type(v)) {
    case json_type_null:
        return 1;
    case json_type_boolean:
        return json_object_get_boolean(v) ? 2 : 3;
    case json_type_int:
    case json_type_double: {
        double d = json_object_get_double(v);
        if (d == 0)
            d = 0; /* -0.0 == 0.0 */
        unsigned char bytes[sizeof d];
        memcpy(bytes, &d, sizeof d);
        for (size_t i = 0; i < sizeof d; i++)
            h = (h ^ bytes[i]) * 1099511628211ull;
        return h;
    }
    case json_type_string: {
        const char *str = json_object_get_string(v);
        size_t n = (size_t)json_object_get_string_len(v);
        for (size_t i = 0; i < n; i++)
            h = (h ^ (unsigned char)str[i]) * 1099511628211ull;
        return h ^ 0x5;
    }
    case json_type_array: {
        size_t n = json_object_array_length(v);
        for (size_t i = 0; i < n; i++)
            h = (h ^ cdg__hash(json_object_array_get_idx(v, i))) * 1099511628211ull;
        return h ^ 0x7;
    }
    case json_type_object: {
        uint64_t sum = 0x9;
        json_object_object_foreach(v, key, val)
        {
            uint64_t kh = 1469598103934665603ull;
            for (const char *k = key; *k; k++)
                kh = (kh ^ (unsigned char)*k) * 1099511628211ull;
            sum += kh * 31 + cdg__hash(val);
        }
        return sum;
    }
    }
    return h;
}

typedef struct cdg_hidx {
    uint64_t hash;
    size_t idx;
} cdg_hidx;

static int cdg__hidx_cmp(const void *a, const void *b)
{
    const cdg_hidx *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    return x->idx < y->idx ? -1 : (x->idx > y->idx);
}

/* uniqueItems in O(n log n): sort item hashes, compare equal-hash neighbours. 1 with the first
 * duplicate pair (by position) in *a < *b, 0 when unique, -1 when out of memory. */
static int cdg__find_duplicate(cd_arena *arena, struct json_object *v, size_t n, size_t *a,
                               size_t *b)
{
    if (n < 2)
        return 0;
    cdg_hidx *h = arena ? cd_arena_calloc(arena, n, sizeof *h) : NULL;
    if (!h)
        return -1;
    for (size_t i = 0; i < n; i++) {
        h[i].hash = cdg__hash(json_object_array_get_idx(v, i));
        h[i].idx = i;
    }
    qsort(h, n, sizeof *h, cdg__hidx_cmp);
    bool found = false;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n && h[j].hash == h[i].hash; j++) {
            if (cdg__equal(json_object_array_get_idx(v, h[i].idx),
                           json_object_array_get_idx(v, h[j].idx)) &&
                (!found || h[j].idx < *b || (h[j].idx == *b && h[i].idx < *a))) {
                *a = h[i].idx;
                *b = h[j].idx;
                found = true;
            }
        }
    }
    return found ? 1 : 0;
}

static int cdg__validate_array(cdg_ctx *c, const cdg_schema *s, struct json_object *v)
{
    int nerr = 0;
    size_t n = json_object_array_length(v);
    if ((int64_t)n < s->min_items)
        CDG_FAIL(c, "minItems", "%s must have at least %lld item%s", cdg__label(c),
                 (long long)s->min_items, s->min_items == 1 ? "" : "s");
    if (s->max_items >= 0 && (int64_t)n > s->max_items)
        CDG_FAIL(c, "maxItems", "%s must have at most %lld item%s", cdg__label(c),
                 (long long)s->max_items, s->max_items == 1 ? "" : "s");
    if (s->flags & CDG_UNIQUE_ITEMS) {
        size_t a, b;
        int dup = cdg__find_duplicate(c->arena, v, n, &a, &b);
        if (dup > 0)
            CDG_FAIL(c, "uniqueItems", "%s must not contain duplicates (items %zu and %zu)",
                     cdg__label(c), a, b);
        else if (dup < 0)
            CDG_FAIL(c, "uniqueItems", "%s could not be checked for duplicates", cdg__label(c));
    }
    for (size_t i = 0; i < n; i++) {
        int si = i < s->nprefix ? s->prefix_items[i] : s->items;
        if (si < 0)
            continue;
        size_t saved = cdg__push_index(c, i);
        nerr += cdg__validate(c, si, json_object_array_get_idx(v, i));
        cdg__pop(c, saved);
        if (nerr && !c->errs)
            return nerr;
    }
    return nerr;
}

static int cdg__validate_object(cdg_ctx *c, const cdg_schema *s, struct json_object *v)
{
    int nerr = 0;
    int64_t count = json_object_object_length(v);
    if (count < s->min_props)
        CDG_FAIL(c, "minProperties", "%s must have at least %lld propert%s", cdg__label(c),
                 (long long)s->min_props, s->min_props == 1 ? "y" : "ies");
    if (s->max_props >= 0 && count > s->max_props)
        CDG_FAIL(c, "maxProperties", "%s must have at most %lld propert%s", cdg__label(c),
                 (long long)s->max_props, s->max_props == 1 ? "y" : "ies");
    /* declared properties, in spec order: required first, then values */
    for (size_t i = 0; i < s->nprops; i++) {
        const cdg_prop *p = &s->props[i];
        struct json_object *pv;
        bool present = json_object_object_get_ex(v, p->name, &pv);
        size_t saved = cdg__push(c, p->name, strlen(p->name));
        if (!present) {
            bool req = p->required && !(c->dir == CDG_DIR_REQUEST && p->read_only) &&
                       !(c->dir == CDG_DIR_RESPONSE && p->write_only);
            if (req)
                CDG_FAIL(c, "required", "%s is required", cdg__label(c));
        } else if (c->dir == CDG_DIR_REQUEST && p->read_only) {
            CDG_FAIL(c, "readOnly", "%s is read-only", cdg__label(c));
        } else if (c->dir == CDG_DIR_RESPONSE && p->write_only) {
            CDG_FAIL(c, "writeOnly", "%s is write-only and must not be sent", cdg__label(c));
        } else if (p->schema >= 0) {
            nerr += cdg__validate(c, p->schema, pv);
        }
        cdg__pop(c, saved);
        if (nerr && !c->errs)
            return nerr;
    }
    bool check_rest = s->npattern_props || s->additional != CDG_ADD_ANY || s->property_names >= 0;
    if (!check_rest)
        return nerr;
    json_object_object_foreach(v, key, val)
    {
        size_t klen = strlen(key);
        size_t saved = cdg__push(c, key, klen);
        if (s->property_names >= 0) {
            struct json_object *name = json_object_new_string_len(key, (int)klen);
            cdg_ctx sub = *c;
            sub.errs = NULL;
            if (name && cdg__validate(&sub, s->property_names, name))
                CDG_FAIL(c, "propertyNames", "property name %s is not allowed", key);
            json_object_put(name);
        }
        bool known = false;
        for (size_t i = 0; i < s->nprops && !known; i++)
            known = strcmp(s->props[i].name, key) == 0;
        for (size_t i = 0; i < s->npattern_props; i++) {
            if (cdg__match(c->spec, s->pattern_props[i].pattern, key, klen) == 1) {
                known = true;
                nerr += cdg__validate(c, s->pattern_props[i].schema, val);
            }
        }
        if (!known) {
            if (s->additional == CDG_ADD_FORBID)
                CDG_FAIL(c, "additionalProperties", "%s is not an allowed property", key);
            else if (s->additional == CDG_ADD_SCHEMA)
                nerr += cdg__validate(c, s->additional_schema, val);
        }
        cdg__pop(c, saved);
        if (nerr && !c->errs)
            return nerr;
    }
    return nerr;
}

static int cdg__count(cdg_ctx *c, int si, struct json_object *v)
{
    cdg_ctx sub;
    sub.spec = c->spec;
    sub.arena = c->arena;
    sub.errs = NULL;
    sub.dir = c->dir;
    memcpy(sub.ptr, c->ptr, c->len + 1);
    sub.len = c->len;
    return cdg__validate(&sub, si, v);
}

static int cdg__validate_discriminated(cdg_ctx *c, const cdg_schema *s, struct json_object *v)
{
    int nerr = 0;
    struct json_object *dv;
    if (!json_object_object_get_ex(v, s->discriminator, &dv) ||
        !json_object_is_type(dv, json_type_string)) {
        size_t saved = cdg__push(c, s->discriminator, strlen(s->discriminator));
        CDG_FAIL(c, "discriminator", "%s is required and must be a string", cdg__label(c));
        cdg__pop(c, saved);
        return nerr;
    }
    const char *tag = json_object_get_string(dv);
    for (size_t i = 0; i < s->nmapping; i++)
        if (strcmp(s->mapping[i].value, tag) == 0)
            return cdg__validate(c, s->mapping[i].schema, v);
    size_t saved = cdg__push(c, s->discriminator, strlen(s->discriminator));
    CDG_FAIL(c, "discriminator", "%s has an unknown value", cdg__label(c));
    cdg__pop(c, saved);
    return nerr;
}

static int cdg__validate(cdg_ctx *c, int si, struct json_object *v)
{
    const cdg_schema *s = &c->spec->schemas[si];
    int nerr = 0;
    if (s->flags & CDG_FALSE) {
        CDG_FAIL(c, "false", "%s is not allowed", cdg__label(c));
        return nerr;
    }
    unsigned t = cdg__type_of(v);
    if (s->types && !(s->types & t)) {
        CDG_FAIL(c, "type", "%s must be %s", cdg__label(c), cdg__types_text(c, s->types));
        return nerr; /* other keywords would only repeat the type error */
    }
    if (s->const_value >= 0 && !cdg__equal(v, c->spec->value_objs[s->const_value]))
        CDG_FAIL(c, "const", "%s must be %s", cdg__label(c), c->spec->values[s->const_value]);
    if (s->nenum) {
        bool found = false;
        for (int i = 0; i < s->nenum && !found; i++)
            found = cdg__equal(v, c->spec->value_objs[s->enum_first + i]);
        if (!found) {
            char list[256];
            size_t n = 0;
            list[0] = '\0';
            for (int i = 0; i < s->nenum && n < sizeof list - 8; i++) {
                int k = snprintf(list + n, sizeof list - n, "%s%s", i ? ", " : "",
                                 c->spec->values[s->enum_first + i]);
                if (k < 0 || (size_t)k >= sizeof list - n)
                    break;
                n += (size_t)k;
            }
            CDG_FAIL(c, "enum", "%s must be one of %s", cdg__label(c), list);
        }
    }
    if (t & CDG_T_STRING)
        nerr += cdg__validate_string(c, s, v);
    else if (t & CDG_T_NUMBER)
        nerr += cdg__validate_number(c, s, v);
    else if (t & CDG_T_ARRAY)
        nerr += cdg__validate_array(c, s, v);
    else if (t & CDG_T_OBJECT)
        nerr += cdg__validate_object(c, s, v);
    if (nerr && !c->errs)
        return nerr;
    for (size_t i = 0; i < s->nall_of; i++) {
        nerr += cdg__validate(c, s->all_of[i], v);
        if (nerr && !c->errs)
            return nerr;
    }
    if (s->discriminator && (s->none_of || s->nany_of) &&
        json_object_is_type(v, json_type_object)) {
        nerr += cdg__validate_discriminated(c, s, v);
    } else {
        if (s->nany_of) {
            bool any = false;
            for (size_t i = 0; i < s->nany_of && !any; i++)
                any = cdg__count(c, s->any_of[i], v) == 0;
            if (!any)
                CDG_FAIL(c, "anyOf", "%s must match at least one of the allowed schemas",
                         cdg__label(c));
        }
        if (s->none_of) {
            size_t matched = 0;
            for (size_t i = 0; i < s->none_of; i++)
                matched += cdg__count(c, s->one_of[i], v) == 0;
            if (matched != 1)
                CDG_FAIL(c, "oneOf",
                         "%s must match exactly one of the allowed schemas (matched %zu)",
                         cdg__label(c), matched);
        }
    }
    if (s->not_schema >= 0 && cdg__count(c, s->not_schema, v) == 0)
        CDG_FAIL(c, "not", "%s must not match the excluded schema", cdg__label(c));
    return nerr;
}

/* ---------------------------------------------------------------- typed fill */

static int cdg__fill(cdg_ctx *c, const cdg_slot *slot, bool present, struct json_object *v,
                     char *base);

static int cdg__fill_value(cdg_ctx *c, const cdg_schema *s, int by_ptr, struct json_object *v,
                           char *dst, long count_offset, char *base)
{
    switch (s->kind) {
    case CDG_K_STR:
        *(const char **)dst =
            json_object_is_type(v, json_type_null) ? NULL : json_object_get_string(v);
        return 0;
    case CDG_K_INT:
        if (json_object_is_type(v, json_type_double))
            *(int64_t *)dst = (int64_t)json_object_get_double(v);
        else
            *(int64_t *)dst = json_object_get_int64(v);
        return 0;
    case CDG_K_NUM:
        *(double *)dst = json_object_get_double(v);
        return 0;
    case CDG_K_BOOL:
        *(bool *)dst = json_object_get_boolean(v) != 0;
        return 0;
    case CDG_K_ENUM: {
        const char *str = json_object_get_string(v);
        for (size_t i = 0; i < s->nenum_names; i++)
            if (str && strcmp(s->enum_names[i], str) == 0)
                *(int *)dst = (int)i;
        return 0;
    }
    case CDG_K_STRUCT: {
        char *obj = dst;
        if (by_ptr) {
            obj = cd_arena_alloc(c->arena, s->size);
            if (!obj)
                return CD_E_NOMEM;
            *(char **)dst = obj;
        }
        for (size_t i = 0; i < s->nfields; i++) {
            const cdg_field *f = &s->fields[i];
            struct json_object *fv = NULL;
            /* json-c stores JSON null as a NULL value: presence comes from get_ex */
            bool present = json_object_is_type(v, json_type_object) &&
                           json_object_object_get_ex(v, f->name, &fv);
            int rc = cdg__fill(c, &f->slot, present, fv, obj);
            if (rc)
                return rc;
        }
        return 0;
    }
    case CDG_K_ARRAY: {
        if (!json_object_is_type(v, json_type_array))
            return 0;
        const cdg_schema *is = &c->spec->schemas[s->items];
        size_t n = json_object_array_length(v);
        char *items = n ? cd_arena_calloc(c->arena, n, is->size) : NULL;
        if (n && !items)
            return CD_E_NOMEM;
        for (size_t i = 0; i < n; i++) {
            int rc = cdg__fill_value(c, is, 0, json_object_array_get_idx(v, i),
                                     items + i * is->size, -1, NULL);
            if (rc)
                return rc;
        }
        *(char **)dst = items;
        if (count_offset >= 0)
            *(size_t *)(base + count_offset) = n;
        return 0;
    }
    default: {
        const char *text = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
        *(const char **)dst = text ? cd_arena_strdup(c->arena, text) : NULL;
        return (text && !*(const char **)dst) ? CD_E_NOMEM : 0;
    }
    }
}

/* Fills one slot at base from v; absent values get the default or API_ABSENT. */
static int cdg__fill(cdg_ctx *c, const cdg_slot *slot, bool present, struct json_object *v,
                     char *base)
{
    const cdg_schema *s = &c->spec->schemas[slot->schema];
    if (!present && s->default_value >= 0) {
        if (s->kind == CDG_K_JSON) {
            /* the shared default object is never printed (json-c caches text in the object:
             * a data race between workers); its spec text is the same JSON */
            if (slot->has_offset >= 0)
                *(int *)(base + slot->has_offset) = API_VALUE;
            *(const char **)(base + slot->offset) = c->spec->values[s->default_value];
            return 0;
        }
        v = c->spec->value_objs[s->default_value];
        present = true;
    }
    if (!present) {
        if (slot->has_offset >= 0)
            *(int *)(base + slot->has_offset) = API_ABSENT;
        return 0;
    }
    if (json_object_is_type(v, json_type_null) && s->kind != CDG_K_JSON) {
        if (slot->has_offset >= 0)
            *(int *)(base + slot->has_offset) = API_NULL;
        return 0;
    }
    if (slot->has_offset >= 0)
        *(int *)(base + slot->has_offset) = API_VALUE;
    return cdg__fill_value(c, s, slot->by_ptr, v, base + slot->offset, slot->count_offset, base);
}

/* ---------------------------------------------------------------- serialization */

static void cdg__write(const cdg_spec *spec, const cdg_slot *slot, const char *base, cd_jsonw *w);

static void cdg__write_value(const cdg_spec *spec, const cdg_schema *s, int by_ptr, const char *src,
                             size_t count, cd_jsonw *w)
{
    switch (s->kind) {
    case CDG_K_STR:
        cd_jsonw_str(w, *(const char *const *)src);
        return;
    case CDG_K_INT:
        cd_jsonw_int(w, *(const int64_t *)src);
        return;
    case CDG_K_NUM:
        cd_jsonw_double(w, *(const double *)src);
        return;
    case CDG_K_BOOL:
        cd_jsonw_bool(w, *(const bool *)src);
        return;
    case CDG_K_ENUM: {
        int i = *(const int *)src;
        if (i >= 0 && (size_t)i < s->nenum_names)
            cd_jsonw_str(w, s->enum_names[i]);
        else
            cd_jsonw_null(w);
        return;
    }
    case CDG_K_STRUCT: {
        const char *obj = src;
        if (by_ptr) {
            obj = *(const char *const *)src;
            if (!obj) {
                cd_jsonw_null(w);
                return;
            }
        }
        bool first = true;
        cd_jsonw_char(w, '{');
        for (size_t i = 0; i < s->nfields; i++) {
            const cdg_field *f = &s->fields[i];
            if (f->write_only)
                continue; /* never serialized */
            if (f->slot.has_offset >= 0 && !f->required &&
                *(const int *)(obj + f->slot.has_offset) == API_ABSENT)
                continue;
            if (!first)
                cd_jsonw_char(w, ',');
            first = false;
            cd_jsonw_str(w, f->name);
            cd_jsonw_char(w, ':');
            cdg__write(spec, &f->slot, obj, w);
        }
        cd_jsonw_char(w, '}');
        return;
    }
    case CDG_K_ARRAY: {
        const cdg_schema *is = &spec->schemas[s->items];
        const char *items = *(const char *const *)src;
        cd_jsonw_char(w, '[');
        for (size_t i = 0; items && i < count; i++) {
            if (i)
                cd_jsonw_char(w, ',');
            cdg__write_value(spec, is, 0, items + i * is->size, 0, w);
        }
        cd_jsonw_char(w, ']');
        return;
    }
    default: {
        const char *text = *(const char *const *)src;
        if (text)
            cd_jsonw_raw(w, text, strlen(text));
        else
            cd_jsonw_null(w);
        return;
    }
    }
}

static void cdg__write(const cdg_spec *spec, const cdg_slot *slot, const char *base, cd_jsonw *w)
{
    if (slot->has_offset >= 0 && *(const int *)(base + slot->has_offset) != API_VALUE) {
        cd_jsonw_null(w); /* API_NULL, or a required nullable value left unset */
        return;
    }
    size_t count = slot->count_offset >= 0 ? *(const size_t *)(base + slot->count_offset) : 0;
    cdg__write_value(spec, &spec->schemas[slot->schema], slot->by_ptr, base + slot->offset, count,
                     w);
}

/* ---------------------------------------------------------------- init */

int cdg_init(const cdg_spec *spec)
{
    const char *env = getenv("CONDUIT_VALIDATE_RESPONSES");
    cdg__validate_responses = env && env[0] == '1';
    if (!cdg__mctx) {
        cdg__mctx = pcre2_match_context_create(NULL);
        if (!cdg__mctx)
            return CD_E_NOMEM;
        pcre2_set_match_limit(cdg__mctx, CDG_MATCH_LIMIT);
        pcre2_set_depth_limit(cdg__mctx, CDG_MATCH_LIMIT / 10);
    }
    for (size_t i = 0; i < spec->npatterns; i++) {
        int err;
        PCRE2_SIZE off;
        pcre2_code *re =
            pcre2_compile((PCRE2_SPTR)spec->patterns[i], PCRE2_ZERO_TERMINATED,
                          PCRE2_UTF | PCRE2_ALT_BSUX | PCRE2_DOLLAR_ENDONLY, &err, &off, NULL);
        if (!re) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(err, msg, sizeof msg);
            fprintf(stderr, "codegen engine: pattern %s does not compile at offset %zu: %s\n",
                    spec->patterns[i], (size_t)off, (const char *)msg);
            return CD_E_INTERNAL;
        }
        (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
        spec->compiled[i] = re;
    }
    for (size_t i = 0; i < spec->nvalues; i++) {
        spec->value_objs[i] = json_tokener_parse(spec->values[i]);
        if (!spec->value_objs[i] && strcmp(spec->values[i], "null") != 0) {
            fprintf(stderr, "codegen engine: value %s is not JSON\n", spec->values[i]);
            return CD_E_INTERNAL;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- parameters */

static int cdg__hexval(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* Percent-decodes a path segment into the arena; NULL on a bad escape or NUL byte. */
static char *cdg__pct_decode(cd_arena *a, const char *s, size_t n, bool *bad)
{
    char *d = cd_arena_alloc(a, n + 1);
    size_t j = 0;
    *bad = false;
    if (!d)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%') {
            int hi = i + 2 < n ? cdg__hexval(s[i + 1]) : -1;
            int lo = i + 2 < n ? cdg__hexval(s[i + 2]) : -1;
            if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
                *bad = true;
                return NULL;
            }
            d[j++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            d[j++] = s[i];
        }
    }
    d[j] = '\0';
    if (cdg__utf8_count((const unsigned char *)d, j) < 0) {
        *bad = true;
        return NULL;
    }
    return d;
}

/* Occurrences of `name` in a header/query/cookie list. A repeated scalar is ambiguous (which one
 * did the client mean, which one did a proxy or WAF in front look at?), so it is refused. */
static size_t cdg__kv_count(const cd_kv *kv, size_t n, const char *name, bool icase)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (kv[i].key && (icase ? strcasecmp(kv[i].key, name) : strcmp(kv[i].key, name)) == 0)
            k++;
    return k;
}

/* A list-valued header sent on several lines is one comma-separated list (RFC 9110 §5.3). */
static const char *cdg__header_join(cd_request *r, const char *name)
{
    const char *joined = NULL;
    for (size_t i = 0; i < r->nheaders; i++) {
        if (!r->headers[i].key || strcasecmp(r->headers[i].key, name) != 0)
            continue;
        const char *v = r->headers[i].value ? r->headers[i].value : "";
        joined = joined ? cd_arena_printf(r->arena, "%s,%s", joined, v) : v;
        if (!joined)
            return NULL;
    }
    return joined;
}

/* Converts one textual parameter value to JSON by the schema's types. NULL when it fits none
 * (the validator then reports `type` on the string). */
static struct json_object *cdg__param_value(const cdg_schema *s, const char *text)
{
    unsigned t = s->types ? s->types : (CDG_T_STRING);
    size_t n = strlen(text);
    if ((t & CDG_T_INTEGER) && n > 0) {
        const char *p = text + (text[0] == '-' || text[0] == '+');
        if (*p && cdg__digits(p, strlen(p))) {
            errno = 0;
            char *end;
            long long v = strtoll(text, &end, 10);
            if (errno == ERANGE)
                return json_object_new_double(text[0] == '-' ? -1e300 : 1e300);
            return json_object_new_int64(v);
        }
    }
    if ((t & CDG_T_NUMBER) && n > 0) {
        char *end;
        double d = strtod(text, &end);
        if (*end == '\0' && isfinite(d) && !isspace((unsigned char)text[0]))
            return json_object_new_double(d);
    }
    if (t & CDG_T_BOOLEAN) {
        if (strcmp(text, "true") == 0)
            return json_object_new_boolean(1);
        if (strcmp(text, "false") == 0)
            return json_object_new_boolean(0);
    }
    return json_object_new_string_len(text, (int)n);
}

/* Splits `text` by `sep` into a JSON array of converted items; `trim` drops the optional
 * whitespace HTTP allows around list elements in headers. */
static struct json_object *cdg__param_array(const cdg_spec *spec, const cdg_schema *s, cd_arena *a,
                                            const char *text, char sep, bool trim)
{
    struct json_object *arr = json_object_new_array();
    if (!arr || s->items < 0)
        return arr;
    const cdg_schema *is = &spec->schemas[s->items];
    const char *p = text;
    if (*p == '\0')
        return arr;
    for (;;) {
        const char *q = strchr(p, sep);
        size_t n = q ? (size_t)(q - p) : strlen(p);
        const char *b = p;
        if (trim) {
            while (n && (*b == ' ' || *b == '\t')) {
                b++;
                n--;
            }
            while (n && (b[n - 1] == ' ' || b[n - 1] == '\t'))
                n--;
        }
        char *tmp = cd_arena_strndup(a, b, n);
        struct json_object *item = tmp ? cdg__param_value(is, tmp) : NULL;
        if (!item || json_object_array_add(arr, item)) {
            json_object_put(item);
            json_object_put(arr);
            return NULL;
        }
        if (!q)
            break;
        p = q + 1;
    }
    return arr;
}

static int cdg__params(cdg_ctx *c, const cdg_op *op, cd_request *r, const cd_route *route, char *in,
                       struct json_object *holder)
{
    for (size_t i = 0; i < op->nparams; i++) {
        const cdg_param *p = &op->params[i];
        const cdg_schema *s = &c->spec->schemas[p->slot.schema];
        const char *text = NULL;
        struct json_object *v = NULL;
        bool is_array = s->types == CDG_T_ARRAY;
        switch (p->in) {
        case CDG_IN_PATH: {
            if ((size_t)p->path_index >= route->nparams)
                return CD_E_INTERNAL;
            bool bad;
            const cd_slice *seg = &route->params[p->path_index];
            text = cdg__pct_decode(c->arena, seg->ptr, seg->len, &bad);
            if (!text)
                return bad ? cd_req_fail(r, 400, p->pointer,
                                         "%s: malformed percent-encoding or UTF-8", p->name)
                           : CD_E_NOMEM;
            break;
        }
        case CDG_IN_QUERY:
            if (is_array && p->explode && p->style == CDG_STYLE_FORM) {
                size_t n = cd_req_query_all(r, p->name, NULL, 0);
                if (n) {
                    const char **vals = cd_arena_calloc(c->arena, n, sizeof *vals);
                    if (!vals)
                        return CD_E_NOMEM;
                    cd_req_query_all(r, p->name, vals, n);
                    v = json_object_new_array();
                    if (!v || json_object_array_add(holder, v)) {
                        json_object_put(v);
                        return CD_E_NOMEM;
                    }
                    for (size_t k = 0; k < n; k++) {
                        struct json_object *item =
                            s->items >= 0 ? cdg__param_value(&c->spec->schemas[s->items], vals[k])
                                          : json_object_new_string(vals[k]);
                        if (!item || json_object_array_add(v, item)) {
                            json_object_put(item);
                            return CD_E_NOMEM;
                        }
                    }
                }
            } else if (cdg__kv_count(r->query, r->nquery, p->name, false) > 1) {
                return cd_req_fail(r, 400, p->pointer, "query parameter %s given more than once",
                                   p->name);
            } else {
                text = cd_req_query(r, p->name);
            }
            break;
        case CDG_IN_HEADER: {
            size_t n = cdg__kv_count(r->headers, r->nheaders, p->name, true);
            if (n > 1 && !is_array)
                return cd_req_fail(r, 400, p->pointer, "header %s given more than once", p->name);
            text = n > 1 ? cdg__header_join(r, p->name) : cd_req_header(r, p->name);
            if (!text && n)
                return CD_E_NOMEM;
            break;
        }
        default:
            if (cdg__kv_count(r->cookies, r->ncookies, p->name, false) > 1)
                return cd_req_fail(r, 400, p->pointer, "cookie %s given more than once", p->name);
            text = cd_req_cookie(r, p->name);
            break;
        }
        /* Path values were checked while decoding; the others arrive decoded by the runtime. */
        if (p->in != CDG_IN_PATH && text &&
            cdg__utf8_count((const unsigned char *)text, strlen(text)) < 0)
            return cd_req_fail(r, 400, p->pointer, "%s: not valid UTF-8", p->name);
        for (size_t k = 0; v && k < json_object_array_length(v); k++) {
            struct json_object *item = json_object_array_get_idx(v, k);
            const char *t =
                json_object_is_type(item, json_type_string) ? json_object_get_string(item) : NULL;
            if (t && cdg__utf8_count((const unsigned char *)t, strlen(t)) < 0)
                return cd_req_fail(r, 400, p->pointer, "%s: not valid UTF-8", p->name);
        }
        /* An empty value for a non-string parameter counts as absent (legacy: "?limit="). */
        if (text && !is_array && text[0] == '\0' && !(s->types & CDG_T_STRING) && s->types)
            text = NULL;
        if (text && !v) {
            char sep = p->style == CDG_STYLE_SPACE ? ' ' : p->style == CDG_STYLE_PIPE ? '|' : ',';
            v = is_array ? cdg__param_array(c->spec, s, c->arena, text, sep, p->in == CDG_IN_HEADER)
                         : cdg__param_value(s, text);
            if (!v || json_object_array_add(holder, v)) {
                json_object_put(v);
                return CD_E_NOMEM;
            }
        }
        c->len = 0;
        if (!v) {
            if (p->required)
                cd_verrors_add(c->errs, p->pointer, "required", "%s is required", p->name);
            else if (cdg__fill(c, &p->slot, false, NULL, in))
                return CD_E_NOMEM;
            continue;
        }
        size_t plen = strlen(p->pointer);
        if (plen >= CDG_PTR_MAX)
            plen = CDG_PTR_MAX - 1;
        memcpy(c->ptr, p->pointer, plen);
        c->ptr[plen] = '\0';
        c->len = plen;
        int nerr = cdg__validate(c, p->slot.schema, v);
        if (!nerr && cdg__fill(c, &p->slot, true, v, in))
            return CD_E_NOMEM;
    }
    c->len = 0;
    c->ptr[0] = '\0';
    return 0;
}

/* ---------------------------------------------------------------- security */

/* Where the credential of scheme sc is read from, as an error pointer ("header/X-API-Key"). */
static const char *cdg__scheme_pointer(cd_request *r, const cdg_scheme *sc)
{
    if (sc->type != CDG_SEC_APIKEY)
        return "header/Authorization";
    const char *ptr = cd_arena_printf(r->arena, "%s/%s",
                                      sc->in == CDG_IN_HEADER  ? "header"
                                      : sc->in == CDG_IN_QUERY ? "query"
                                                               : "cookie",
                                      sc->param);
    return ptr ? ptr : "";
}

/* How many times the credential of scheme sc was sent. */
static size_t cdg__credential_count(const cd_request *r, const cdg_scheme *sc)
{
    if (sc->type != CDG_SEC_APIKEY)
        return cdg__kv_count(r->headers, r->nheaders, "Authorization", true);
    if (sc->in == CDG_IN_HEADER)
        return cdg__kv_count(r->headers, r->nheaders, sc->param, true);
    if (sc->in == CDG_IN_QUERY)
        return cdg__kv_count(r->query, r->nquery, sc->param, false);
    return cdg__kv_count(r->cookies, r->ncookies, sc->param, false);
}

static const char *cdg__credential(cd_request *r, const cdg_scheme *sc, cd_arena *a)
{
    if (sc->type == CDG_SEC_APIKEY) {
        const char *v = sc->in == CDG_IN_HEADER  ? cd_req_header(r, sc->param)
                        : sc->in == CDG_IN_QUERY ? cd_req_query(r, sc->param)
                                                 : cd_req_cookie(r, sc->param);
        return v && *v ? v : NULL;
    }
    const char *h = cd_req_header(r, "Authorization");
    const char *want = sc->type == CDG_SEC_BEARER ? "Bearer" : "Basic";
    size_t wl = strlen(want);
    if (!h || strncasecmp(h, want, wl) != 0 || h[wl] != ' ')
        return NULL;
    h += wl;
    while (*h == ' ')
        h++;
    return *h ? cd_arena_strdup(a, h) : NULL;
}

/* 401 with the challenge of sc (or of the operation's first scheme when sc is NULL). */
static int cdg__unauthorized(cd_request *r, const cdg_spec *spec, const cdg_op *op,
                             const cdg_scheme *sc, const char *msg)
{
    for (size_t i = 0; i < op->nsecurity && !sc; i++)
        if (op->security[i].nreqs)
            sc = &spec->schemes[op->security[i].reqs[0].scheme];
    int rc = cd_req_fail(r, 401, sc ? cdg__scheme_pointer(r, sc) : "", "%s", msg);
    if (sc && sc->challenge)
        cd_req_add_header(r, "WWW-Authenticate", sc->challenge);
    return rc;
}

/* The outcome of one scheme's credential on this request; each scheme is checked once. */
enum { CDG_CRED_UNTRIED = 0, CDG_CRED_ABSENT, CDG_CRED_OK, CDG_CRED_INVALID };
typedef struct cdg__cred {
    int state;
    cd_principal pr;
    void *app; /* r->app as the authenticate hook left it for this credential */
} cdg__cred;

/* Principals are the same caller when their user ids agree; an application that sets no ids
 * (both 0) is compared by username, and one that sets neither cannot be told apart. */
static bool cdg__same_caller(const cd_principal *a, const cd_principal *b)
{
    if (a->user_id || b->user_id)
        return a->user_id == b->user_id;
    if (a->username && b->username)
        return strcmp(a->username, b->username) == 0;
    return true;
}

/* Every credential presented for one of the operation's schemes is verified, not just the
 * first that would do: a bad one is 401 even when another alternative succeeds (a client
 * sending garbage next to a valid key is broken or probing), and credentials naming different
 * callers are 401 too (which identity the request acts as must never depend on the order of
 * the spec's alternatives). The first alternative (spec order) whose credentials all verified
 * and whose scopes the principal has admits the caller. */
static int cdg__authenticate(const cdg_spec *spec, const cdg_op *op, cd_request *r)
{
    if (!op->nsecurity)
        return 0;
    cdg__cred *creds =
        cd_arena_calloc(r->arena, spec->nschemes ? spec->nschemes : 1, sizeof *creds);
    if (!creds)
        return CD_E_NOMEM;
    void *app0 = r->app;
    const cdg__cred *first_ok = NULL;
    bool anonymous = false;
    for (size_t i = 0; i < op->nsecurity; i++) {
        const cdg_secalt *alt = &op->security[i];
        anonymous = anonymous || !alt->nreqs;
        for (size_t k = 0; k < alt->nreqs; k++) {
            int si = alt->reqs[k].scheme;
            const cdg_scheme *sc = &spec->schemes[si];
            cdg__cred *cr = &creds[si];
            if (cr->state != CDG_CRED_UNTRIED)
                continue;
            if (cdg__credential_count(r, sc) > 1)
                return cdg__unauthorized(r, spec, op, sc, "credential sent more than once");
            const char *cred = cdg__credential(r, sc, r->arena);
            if (!cred) {
                cr->state = CDG_CRED_ABSENT;
                continue;
            }
            int rc = cd_app.authenticate ? cd_app.authenticate(r, sc->name, cred, &cr->pr)
                                         : CD_E_UNAUTHORIZED;
            cr->app = r->app;
            r->app = app0;
            if (rc == CD_E_UNAUTHORIZED) {
                cr->state = CDG_CRED_INVALID;
                return cdg__unauthorized(r, spec, op, sc, "invalid or expired credentials");
            }
            if (rc)
                return rc;
            cr->state = CDG_CRED_OK;
            cr->pr.authenticated = true;
            if (!cr->pr.scheme)
                cr->pr.scheme = sc->name;
            if (first_ok && !cdg__same_caller(&first_ok->pr, &cr->pr))
                return cdg__unauthorized(r, spec, op, sc, "credentials identify different users");
            if (!first_ok)
                first_ok = cr;
        }
    }
    bool forbidden = false;
    for (size_t i = 0; i < op->nsecurity; i++) {
        const cdg_secalt *alt = &op->security[i];
        bool ok = alt->nreqs > 0;
        for (size_t k = 0; k < alt->nreqs && ok; k++)
            ok = creds[alt->reqs[k].scheme].state == CDG_CRED_OK;
        if (!ok)
            continue;
        /* Scopes: the principal's role must be one of them (see README). */
        for (size_t k = 0; k < alt->nreqs && ok; k++) {
            const cdg_secreq *rq = &alt->reqs[k];
            const char *role = creds[rq->scheme].pr.role;
            bool scoped = !rq->nscopes;
            for (size_t j = 0; j < rq->nscopes && !scoped; j++)
                scoped = role && strcmp(role, rq->scopes[j]) == 0;
            ok = scoped;
        }
        if (!ok) {
            forbidden = true;
            continue;
        }
        const cdg__cred *cr = &creds[alt->reqs[0].scheme];
        r->principal = cr->pr;
        r->app = cr->app;
        return 0;
    }
    if (forbidden)
        return cd_req_fail(r, 403, "", "insufficient scope");
    if (!anonymous)
        return cdg__unauthorized(r, spec, op, NULL, "authorization required");
    return 0;
}

/* ---------------------------------------------------------------- strict JSON syntax */

/* RFC 8259 syntax check before json-c parses the body: json-c's strict mode still accepts
 * single-quoted strings, NaN/Infinity, "1." and raw control characters in strings. No
 * allocation; recursion bounded by CDG_MAX_DEPTH. */
typedef struct cdg_lex {
    const unsigned char *s;
    size_t n, i;
    const char *err;
} cdg_lex;

static void cdg__ws(cdg_lex *l)
{
    while (l->i < l->n &&
           (l->s[l->i] == ' ' || l->s[l->i] == '\t' || l->s[l->i] == '\n' || l->s[l->i] == '\r'))
        l->i++;
}

/* The value of the \\uXXXX escape at s[at], or -1 (err set) when its digits are not hex. */
static long cdg__hex4(cdg_lex *l, size_t at)
{
    long u = 0;
    for (size_t k = 2; k < 6; k++) {
        int d = at + k < l->n ? cdg__hexval((char)l->s[at + k]) : -1;
        if (d < 0) {
            l->err = "bad \\u escape";
            return -1;
        }
        u = u * 16 + d;
    }
    return u;
}

/* key: a property name, where json-c would cut the name at an escaped U+0000. */
static bool cdg__lex_string(cdg_lex *l, bool key)
{
    l->i++; /* opening quote */
    while (l->i < l->n) {
        unsigned char c = l->s[l->i];
        if (c == '"') {
            l->i++;
            return true;
        }
        if (c < 0x20) {
            l->err = "control character in string";
            return false;
        }
        if (c == '\\') {
            if (l->i + 1 >= l->n)
                break;
            unsigned char e = l->s[l->i + 1];
            if (e == 'u') {
                long u = cdg__hex4(l, l->i);
                if (u < 0)
                    return false;
                if (u == 0 && key) {
                    l->err = "U+0000 in a property name";
                    return false;
                }
                /* json-c turns a lone surrogate into U+FFFD: the client's text would be
                 * silently changed, so it is refused here like invalid UTF-8 */
                if (u >= 0xDC00 && u <= 0xDFFF) {
                    l->err = "unpaired UTF-16 surrogate escape";
                    return false;
                }
                if (u >= 0xD800 && u <= 0xDBFF) {
                    long lo = l->i + 7 < l->n && l->s[l->i + 6] == '\\' && l->s[l->i + 7] == 'u'
                                  ? cdg__hex4(l, l->i + 6)
                                  : -1;
                    if (lo < 0xDC00 || lo > 0xDFFF) {
                        l->err = "unpaired UTF-16 surrogate escape";
                        return false;
                    }
                    l->i += 6;
                }
                l->i += 6;
                continue;
            }
            if (!strchr("\"\\/bfnrt", e) || e == '\0') {
                l->err = "bad escape";
                return false;
            }
            l->i += 2;
            continue;
        }
        l->i++;
    }
    l->err = "unterminated string";
    return false;
}

static bool cdg__lex_number(cdg_lex *l)
{
    size_t i = l->i;
    if (i < l->n && l->s[i] == '-')
        i++;
    if (i < l->n && l->s[i] == '0') {
        i++;
    } else if (i < l->n && l->s[i] >= '1' && l->s[i] <= '9') {
        while (i < l->n && isdigit(l->s[i]))
            i++;
    } else {
        l->err = "bad number";
        return false;
    }
    if (i < l->n && l->s[i] == '.') {
        size_t j = ++i;
        while (i < l->n && isdigit(l->s[i]))
            i++;
        if (i == j) {
            l->err = "bad number";
            return false;
        }
    }
    if (i < l->n && (l->s[i] == 'e' || l->s[i] == 'E')) {
        i++;
        if (i < l->n && (l->s[i] == '+' || l->s[i] == '-'))
            i++;
        size_t j = i;
        while (i < l->n && isdigit(l->s[i]))
            i++;
        if (i == j) {
            l->err = "bad number";
            return false;
        }
    }
    l->i = i;
    return true;
}

static bool cdg__lex_value(cdg_lex *l, int depth)
{
    cdg__ws(l);
    if (l->i >= l->n) {
        l->err = "unexpected end of input";
        return false;
    }
    unsigned char c = l->s[l->i];
    if (c == '{' || c == '[') {
        unsigned char close = c == '{' ? '}' : ']';
        if (depth >= CDG_MAX_DEPTH) {
            l->err = "nesting too deep";
            return false;
        }
        l->i++;
        cdg__ws(l);
        if (l->i < l->n && l->s[l->i] == close) {
            l->i++;
            return true;
        }
        for (;;) {
            if (c == '{') {
                cdg__ws(l);
                if (l->i >= l->n || l->s[l->i] != '"') {
                    l->err = "expected a property name";
                    return false;
                }
                if (!cdg__lex_string(l, true))
                    return false;
                cdg__ws(l);
                if (l->i >= l->n || l->s[l->i] != ':') {
                    l->err = "expected ':'";
                    return false;
                }
                l->i++;
            }
            if (!cdg__lex_value(l, depth + 1))
                return false;
            cdg__ws(l);
            if (l->i < l->n && l->s[l->i] == ',') {
                l->i++;
                continue;
            }
            if (l->i < l->n && l->s[l->i] == close) {
                l->i++;
                return true;
            }
            l->err = c == '{' ? "expected ',' or '}'" : "expected ',' or ']'";
            return false;
        }
    }
    if (c == '"')
        return cdg__lex_string(l, false);
    if (c == '-' || isdigit(c))
        return cdg__lex_number(l);
    static const char *const lits[] = {"true", "false", "null"};
    for (int k = 0; k < 3; k++) {
        size_t len = strlen(lits[k]);
        if (l->n - l->i >= len && memcmp(l->s + l->i, lits[k], len) == 0) {
            l->i += len;
            return true;
        }
    }
    l->err = "unexpected character";
    return false;
}

/* 0 when s[0..n) is one JSON text; else sets *msg and *off. */
static int cdg__json_syntax(const char *s, size_t n, const char **msg, size_t *off)
{
    cdg_lex l = {(const unsigned char *)s, n, 0, NULL};
    if (cdg__lex_value(&l, 0)) {
        cdg__ws(&l);
        if (l.i == n)
            return 0;
        l.err = "trailing data";
    }
    *msg = l.err ? l.err : "syntax error";
    *off = l.i;
    return -1;
}

/* ---------------------------------------------------------------- body */

/* RFC 9110 tchar. */
static bool cdg__tchar(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           (ch && strchr("!#$%&'*+-.^_`|~", ch));
}

static size_t cdg__token(const char *s)
{
    size_t n = 0;
    while (cdg__tchar((unsigned char)s[n]))
        n++;
    return n;
}

static const char *cdg__ows(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* Checks a request's Content-Type (RFC 9110 §8.3.1: type "/" subtype *(OWS ";" OWS [name "="
 * (token / quoted-string)])). JSON bodies are UTF-8 (RFC 8259 §8.1): a charset parameter must
 * say so, because a client that encoded its text otherwise would otherwise have its bytes
 * reinterpreted. 0 when acceptable; else the status (400 malformed, 415 unsupported) with *msg
 * set (arena text). */
static int cdg__content_type(cd_request *r, const char *ct, const char **msg)
{
    const char *p = cdg__ows(ct);
    size_t tn = cdg__token(p);
    if (!tn || p[tn] != '/' || !cdg__token(p + tn + 1)) {
        *msg = "Content-Type is not a media type";
        return 400;
    }
    size_t n = tn + 1 + cdg__token(p + tn + 1);
    bool json = (n == 16 && strncasecmp(p, "application/json", 16) == 0) ||
                (n > 5 && strncasecmp(p + n - 5, "+json", 5) == 0 && p[n - 6] != '/');
    p += n;
    for (;;) {
        p = cdg__ows(p);
        if (*p == '\0')
            break;
        if (*p != ';') {
            *msg = "Content-Type has a malformed parameter list";
            return 400;
        }
        p = cdg__ows(p + 1);
        if (*p == ';' || *p == '\0')
            continue; /* empty parameters are allowed */
        size_t nn = cdg__token(p);
        if (!nn || p[nn] != '=') {
            *msg = "Content-Type has a malformed parameter";
            return 400;
        }
        const char *name = p;
        p += nn + 1;
        char val[32];
        size_t vn = 0;
        bool long_val = false;
        if (*p == '"') {
            for (p++; *p != '"'; p++) {
                unsigned char ch = (unsigned char)*p;
                if (ch == '\\') /* quoted-pair */
                    ch = (unsigned char)*++p;
                if (ch == '\0' || ch == 0x7f || (ch < 0x20 && ch != '\t')) {
                    *msg = "Content-Type has a malformed quoted parameter value";
                    return 400;
                }
                if (vn < sizeof val - 1)
                    val[vn++] = (char)ch;
                else
                    long_val = true;
            }
            p++;
        } else {
            size_t k = cdg__token(p);
            if (!k) {
                *msg = "Content-Type has a parameter without a value";
                return 400;
            }
            long_val = k >= sizeof val;
            vn = long_val ? 0 : k;
            memcpy(val, p, vn);
            p += k;
        }
        val[vn] = '\0';
        if (nn == 7 && strncasecmp(name, "charset", 7) == 0 &&
            (long_val || strcasecmp(val, "utf-8") != 0)) {
            const char *cs = long_val ? "(too long)" : val;
            *msg = cd_arena_printf(r->arena, "charset %s is not supported: send UTF-8", cs);
            if (!*msg)
                *msg = "charset is not supported: send UTF-8";
            return 415;
        }
    }
    if (!json) {
        *msg = "Content-Type must be application/json";
        return 415;
    }
    return 0;
}

static int cdg__parse(cd_request *r, struct json_object **out)
{
    const char *msg;
    size_t off;
    if (cdg__utf8_count((const unsigned char *)r->body, r->body_len) < 0)
        return cd_req_fail(r, 400, "", "request body is not valid UTF-8");
    if (cdg__json_syntax(r->body, r->body_len, &msg, &off))
        return cd_req_fail(r, 400, "", "request body is not valid JSON: %s at offset %zu", msg,
                           off);
    /* One tokener per worker thread, reset per body: no allocation for it on the hot path. */
    cdg__tls *tls = cdg__tls_get();
    if (!tls)
        return CD_E_NOMEM;
    if (!tls->tok) {
        tls->tok = json_tokener_new_ex(CDG_MAX_DEPTH);
        if (!tls->tok)
            return CD_E_NOMEM;
        json_tokener_set_flags(tls->tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    }
    struct json_tokener *tok = tls->tok;
    json_tokener_reset(tok);
    /* r->body is NUL-terminated: passing the NUL lets top-level numbers and literals end */
    if (r->body_len > (size_t)INT32_MAX - 1)
        return cd_req_fail(r, 413, "", "request body too large");
    struct json_object *v = json_tokener_parse_ex(tok, r->body, (int)r->body_len + 1);
    enum json_tokener_error err = json_tokener_get_error(tok);
    size_t end = json_tokener_get_parse_end(tok);
    if (err == json_tokener_continue)
        return cd_req_fail(r, 400, "", "request body is not valid JSON: unexpected end of input");
    if (err != json_tokener_success) {
        json_object_put(v);
        return cd_req_fail(r, 400, "", "request body is not valid JSON: %s at offset %zu",
                           json_tokener_error_desc(err), end);
    }
    for (size_t i = end; i < r->body_len; i++) {
        char ch = r->body[i];
        if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
            json_object_put(v);
            return cd_req_fail(r, 400, "", "request body is not valid JSON: trailing data");
        }
    }
    *out = v; /* NULL is JSON null */
    return 0;
}

/* ---------------------------------------------------------------- responses */

static void cdg__check_response(const cdg_spec *spec, cd_request *r, int schema)
{
    cd_verrors errs;
    cd_verrors_init(&errs, r->arena);
    int n = cdg_validate_text(spec, schema, CDG_DIR_RESPONSE, r->res_body, r->res_len, "", &errs);
    if (n == 0)
        return;
    const char *opid = r->op ? r->op->operation_id : "?";
    fprintf(stderr, "*** RESPONSE VALIDATION FAILED: %s status %d: %d error(s)\n", opid, r->status,
            n);
    for (size_t i = 0; i < errs.n; i++)
        fprintf(stderr, "***   %s [%s] %s\n", errs.v[i].pointer, errs.v[i].keyword,
                errs.v[i].message);
}

static int cdg__serialize(const cdg_spec *spec, const cdg_op *op, cd_request *r, const char *out)
{
    int status = *(const int *)out;
    const cdg_response *hit = NULL;
    for (size_t i = 0; i < op->nresponses && !hit; i++)
        if (op->responses[i].status == status)
            hit = &op->responses[i];
    for (size_t i = 0; i < op->nresponses && !hit; i++)
        if (op->responses[i].status == 0)
            hit = &op->responses[i];
    if (!hit || status < 100 || status > 599) {
        fprintf(stderr, "*** %s: handler returned undeclared status %d\n",
                r->op ? r->op->operation_id : "?", status);
        return CD_E_INTERNAL;
    }
    if (hit->slot.schema < 0) {
        r->status = status;
        r->res_body = NULL;
        r->res_len = 0;
        return 0;
    }
    cd_jsonw w;
    cd_jsonw_init(&w, r->arena, 256);
    cdg__write(spec, &hit->slot, out, &w);
    size_t len;
    const char *body = cd_jsonw_finish(&w, &len);
    if (!body)
        return CD_E_NOMEM;
    cd_req_set_json(r, status, body, len);
    return 0;
}

/* Debug mode: every JSON response of the operation — serialized from the handler's struct or
 * written by cd_req_fail()/cd_req_error() through the application's error_body hook — must
 * conform to the schema declared for its status. */
static void cdg__check_declared(const cdg_spec *spec, const cdg_op *op, cd_request *r)
{
    const cdg_response *hit = NULL;
    for (size_t i = 0; i < op->nresponses && !hit; i++)
        if (op->responses[i].status == r->status)
            hit = &op->responses[i];
    for (size_t i = 0; i < op->nresponses && !hit; i++)
        if (op->responses[i].status == 0)
            hit = &op->responses[i];
    if (!hit) {
        fprintf(stderr, "*** RESPONSE VALIDATION FAILED: %s status %d is not declared\n",
                r->op ? r->op->operation_id : "?", r->status);
        return;
    }
    if (hit->slot.schema >= 0 && r->res_body)
        cdg__check_response(spec, r, hit->slot.schema);
    else if (hit->slot.schema < 0 && r->res_body && r->res_len)
        fprintf(stderr, "*** RESPONSE VALIDATION FAILED: %s status %d declares no body\n",
                r->op ? r->op->operation_id : "?", r->status);
}

/* ---------------------------------------------------------------- public */

int cdg_validate_text(const cdg_spec *spec, int schema, int direction, const char *text, size_t len,
                      const char *base, cd_verrors *errs)
{
    struct json_tokener *tok = json_tokener_new_ex(CDG_MAX_DEPTH);
    if (!tok)
        return -1;
    /* include the terminating NUL when there is one, so a top-level number ends */
    int n = (int)len + (text[len] == '\0' ? 1 : 0);
    struct json_object *v = json_tokener_parse_ex(tok, text, n);
    enum json_tokener_error err = json_tokener_get_error(tok);
    json_tokener_free(tok);
    if (err != json_tokener_success) {
        json_object_put(v);
        if (errs)
            cd_verrors_add(errs, base, "type", "not JSON");
        return -1;
    }
    cdg_ctx c;
    c.spec = spec;
    c.arena = errs ? errs->arena : NULL;
    c.errs = errs;
    c.dir = direction;
    c.len = strlen(base) < CDG_PTR_MAX ? strlen(base) : 0;
    memcpy(c.ptr, base, c.len);
    c.ptr[c.len] = '\0';
    int nerr = cdg__validate(&c, schema, v);
    json_object_put(v);
    return nerr;
}

int cdg_dispatch(const cdg_spec *spec, cd_request *r, const cd_route *route)
{
    if (!route || route->op < 0 || (size_t)route->op >= spec->nops)
        return CD_E_INTERNAL;
    const cdg_op *op = &spec->ops[route->op];
    cd_verrors errs;
    cdg_ctx *c = cd_arena_alloc(r->arena, sizeof *c);
    char *in = cd_arena_alloc(r->arena, op->req_size);
    char *out = cd_arena_alloc(r->arena, op->res_size);
    /* owns the JSON values made from parameters; only operations with parameters need it */
    struct json_object *holder = op->nparams ? json_object_new_array() : NULL;
    struct json_object *body = NULL;
    int rc = CD_E_NOMEM;
    if (!c || !in || !out || (op->nparams && !holder))
        goto out;
    if (!r->op)
        r->op = &spec->infos[route->op];
    cd_verrors_init(&errs, r->arena);
    c->spec = spec;
    c->arena = r->arena;
    c->errs = &errs;
    c->dir = CDG_DIR_REQUEST;
    c->len = 0;
    c->ptr[0] = '\0';

    /* 1. security first: unauthenticated callers learn nothing about validation rules */
    rc = cdg__authenticate(spec, op, r);
    if (rc)
        goto out;
    /* 2. parameters */
    rc = cdg__params(c, op, r, route, in, holder);
    if (rc)
        goto out;
    /* 3. body: malformed → 400 now; schema errors collected with the parameters' */
    if (op->has_body) {
        const char *ct = cd_req_header(r, "Content-Type");
        if (r->body && r->body_len && ct) {
            const char *msg = "Content-Type sent more than once";
            int st = 400;
            if (cdg__kv_count(r->headers, r->nheaders, "Content-Type", true) == 1)
                st = cdg__content_type(r, ct, &msg);
            if (st) {
                rc = cd_req_fail(r, st, "header/Content-Type", "%s", msg);
                goto out;
            }
        }
        if (r->body && r->body_len) {
            rc = cdg__parse(r, &body);
            if (rc)
                goto out;
            c->len = 0;
            c->ptr[0] = '\0';
            if (cdg__validate(c, op->body.schema, body) == 0) {
                rc = cdg__fill(c, &op->body, true, body, in);
                if (rc)
                    goto out;
            }
        } else if (op->body_required) {
            cd_verrors_add(&errs, "", "required", "request body is required");
        }
    }
    if (errs.n) {
        rc = cd_req_error(r, 422, &errs);
        goto out;
    }
    /* 4. hooks and handler */
    rc = cd_hooks_run_before(r);
    if (rc == 0) {
        rc = op->call(r, in, out);
        if (rc == 0)
            rc = cdg__serialize(spec, op, r, out);
    }
    cd_hooks_run_after(r);
out:
    json_object_put(body);
    json_object_put(holder);
    if (rc == CD_E_RESPONDED)
        rc = 0;
    /* 501 from a missing handler is the framework's, not the operation's; an attempt the runtime
     * throws away (r->blocked) answered nothing */
    if (cdg__validate_responses && rc == 0 && r->status && r->status != 501 && !r->blocked)
        cdg__check_declared(spec, op, r);
    return rc;
}
