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

char *cd_uri_form_decode(cd_arena *a, const char *s, size_t n, size_t *len)
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
    if (len)
        *len = o;
    return d;
}

/* One decoded name or value; CD_E_INVALID when it holds a NUL (%00), which a C string would
 * silently cut off (the engine would validate a different value than the client sent). */
static int cd__decode_part(cd_arena *a, const char *s, size_t n, const char **out)
{
    size_t len = 0;
    char *d = cd_uri_form_decode(a, s, n, &len);
    if (!d)
        return CD_E_NOMEM;
    if (strlen(d) != len)
        return CD_E_INVALID;
    *out = d;
    return 0;
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
            int rc = cd__decode_part(r->arena, p, klen, &kv[k].key);
            if (!rc && eq)
                rc = cd__decode_part(r->arena, eq + 1, len - klen - 1, &kv[k].value);
            if (rc)
                return rc;
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
