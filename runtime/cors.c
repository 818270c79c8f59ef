/* runtime/cors.c — which origins may call the API from a browser (see cors.h). */
#include "cors.h"

#include <stdlib.h>
#include <string.h>

#include "errors.h"

#define CD__CORS_MAX 32

static struct {
    char *buf; /* the parsed copy of the list; origins point into it */
    const char *origins[CD__CORS_MAX];
    size_t n;
    bool any;   /* "*" */
    bool local; /* development default: http://localhost:*, 127.0.0.1, [::1] */
} cd__cors;

/* "http://<host>" optionally followed by ":<port>", nothing else. */
static bool cd__local_origin(const char *origin)
{
    static const char *const hosts[] = {"http://localhost", "http://127.0.0.1", "http://[::1]"};
    for (size_t i = 0; i < sizeof hosts / sizeof hosts[0]; i++) {
        size_t n = strlen(hosts[i]);
        if (strncmp(origin, hosts[i], n))
            continue;
        const char *p = origin + n;
        if (!*p)
            return true;
        if (*p++ != ':' || !*p || strlen(p) > 5)
            return false;
        for (; *p; p++)
            if (*p < '0' || *p > '9')
                return false;
        return true;
    }
    return false;
}

bool cd_cors_allowed(const char *origin)
{
    if (!origin || !*origin)
        return false;
    if (cd__cors.any)
        return true;
    if (cd__cors.local && cd__local_origin(origin))
        return true;
    for (size_t i = 0; i < cd__cors.n; i++)
        if (!strcmp(cd__cors.origins[i], origin))
            return true;
    return false;
}

int cd_cors_init(const char *list, bool production)
{
    int rc = CD_E_NOMEM;
    cd__cors.n = 0;
    cd__cors.any = false;
    /* Out of the box the stock RealWorld frontends (localhost:3000, :5173, ...) work against a
     * development server; production allows only what is listed. */
    cd__cors.local = (!list || !*list) && !production;
    if (!list || !*list)
        return 0;
    cd__cors.buf = strdup(list);
    if (!cd__cors.buf)
        goto out;
    char *p = cd__cors.buf;
    while (p && *p) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        while (*p == ' ')
            p++;
        size_t n = strlen(p);
        while (n && p[n - 1] == ' ')
            p[--n] = '\0';
        if (!strcmp(p, "*"))
            cd__cors.any = true;
        else if (*p && cd__cors.n < CD__CORS_MAX)
            cd__cors.origins[cd__cors.n++] = p;
        p = comma ? comma + 1 : NULL;
    }
    rc = 0;
out:
    return rc;
}

bool cd_cors_wildcard(void)
{
    return cd__cors.any;
}

void cd_cors_free(void)
{
    free(cd__cors.buf);
    memset(&cd__cors, 0, sizeof cd__cors);
}
