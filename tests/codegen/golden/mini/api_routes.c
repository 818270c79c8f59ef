/* generated from openapi.yaml by codegen — do not edit */
/* generated/api_routes.c — the routing decision tree over path segments.
 *
 * One function per tree node; each looks at the next segment once: a switch on its length and
 * memcmp against the static children (static segments win), then the templated child. A failed
 * static branch backtracks to the templated one. Policy: paths are matched raw (not
 * percent-decoded) and exactly — a trailing slash or an empty segment never matches (404);
 * HEAD is served by the GET operation; a known path with another method yields allow != 0
 * (405). Cost is bounded by the path's segment count, independent of the number of operations.
 */
#include <string.h>

#include "api_internal.h"

static int api__route_n0(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n1(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n2(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n3(cd_method m, const char *p, const char *end, cd_route *out);

/* / */
static int api__route_n0(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 1:
        if (memcmp(seg, "g", 1) == 0 && api__route_n1(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /g */
static int api__route_n1(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 5:
        if (memcmp(seg, "notes", 5) == 0 && api__route_n2(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /g/notes */
static int api__route_n2(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 0; /* ListNotes */
            return 1;
        case CD_M_POST:
            out->op = 1; /* CreateNote */
            return 1;
        case CD_M_HEAD:
            out->op = 0; /* ListNotes */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow =
                CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_POST) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    if (n > 0 && out->nparams < CD_MAX_PATH_PARAMS) {
        size_t k = out->nparams;
        out->params[k].ptr = seg;
        out->params[k].len = n;
        out->nparams = k + 1;
        if (api__route_n3(m, next, end, out))
            return 1;
        out->nparams = k;
    }
    return 0;
}

/* /g/notes/{id} */
static int api__route_n3(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_DELETE:
            out->op = 2; /* DeleteNote */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_DELETE);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

int api__route(cd_method m, const char *path, size_t len, cd_route *out)
{
    out->op = -1;
    out->allow = 0;
    out->nparams = 0;
    if (len == 0 || path[0] != '/')
        return 0;
    const char *end = path + len;
    api__route_n0(m, len == 1 ? end : path, end, out);
    if (out->op >= 0)
        out->allow = 0;
    return 0;
}
