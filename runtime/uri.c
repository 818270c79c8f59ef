/* runtime/uri.c — percent-decoding and query strings (see uri.h). */
#include "uri.h"

#include <string.h>

#include "errors.h"

int cd_uri_hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

char *cd_uri_form_decode(cd_arena *a, const char *s, size_t n)
{
    char *d = cd_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        int h, l;
        if (s[i] == '%' && i + 2 < n && (h = cd_uri_hexval(s[i + 1])) >= 0 &&
            (l = cd_uri_hexval(s[i + 2])) >= 0) {
            d[o++] = (char)(h << 4 | l);
            i += 2;
        } else if (s[i] == '+') {
            d[o++] = ' ';
        } else {
            d[o++] = s[i];
        }
    }
    d[o] = '\0';
    return d;
}

int cd_uri_parse_query(cd_request *r, const char *q)
{
    size_t n = 1;
    for (const char *p = q; *p; p++)
        n += *p == '&';
    cd_kv *kv = cd_arena_calloc(r->arena, n, sizeof *kv);
    if (!kv)
        return CD_E_NOMEM;
    size_t k = 0;
    const char *p = q;
    while (*p) {
        const char *amp = strchr(p, '&');
        size_t len = amp ? (size_t)(amp - p) : strlen(p);
        if (len) {
            const char *eq = memchr(p, '=', len);
            size_t klen = eq ? (size_t)(eq - p) : len;
            kv[k].key = cd_uri_form_decode(r->arena, p, klen);
            kv[k].value = eq ? cd_uri_form_decode(r->arena, eq + 1, len - klen - 1) : NULL;
            if (!kv[k].key || (eq && !kv[k].value))
                return CD_E_NOMEM;
            k++;
        }
        p += len;
        if (*p == '&')
            p++;
    }
    r->query = kv;
    r->nquery = k;
    return 0;
}
