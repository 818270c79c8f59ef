/* tests/fuzz/harness.c — request construction and dispatch for the fuzz targets (harness.h). */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api_handlers.h"
#include "arena.h"

#define HARNESS_MAX_KV 64

/* The arrays behind r->headers / r->cookies, writable while the input is built. */
typedef struct harness_req {
    cd_request r;
    cd_kv headers[HARNESS_MAX_KV];
    cd_kv cookies[HARNESS_MAX_KV];
} harness_req;

/* Credentials containing "bad" are invalid, "down" is a backend failure; any other names user
 * 1 + (its length % 3), so two credentials of one request can name different users. */
static int harness_authenticate(cd_request *r, const char *scheme, const char *credential,
                                cd_principal *out)
{
    (void)r;
    if (strstr(credential, "bad"))
        return CD_E_UNAUTHORIZED;
    if (strstr(credential, "down"))
        return CD_E_UNAVAILABLE;
    out->user_id = 1 + (int64_t)(strlen(credential) % 3);
    out->username = "fuzz";
    out->role = strstr(credential, "admin") ? "admin" : "user";
    out->scheme = scheme;
    out->token = credential;
    return 0;
}

void harness_init(void)
{
    static int done;
    if (done)
        return;
    if (api_init() != 0) {
        fprintf(stderr, "harness: api_init failed\n");
        abort();
    }
    cd_app.authenticate = harness_authenticate;
    done = 1;
}

cd_request *harness_request(void)
{
    cd_arena *a = cd_arena_new(4096, 16u << 20);
    harness_req *h = a ? cd_arena_calloc(a, 1, sizeof *h) : NULL;
    if (!h)
        abort();
    h->r.arena = a;
    h->r.method = CD_M_GET;
    h->r.path = "/";
    h->r.path_len = 1;
    h->r.headers = h->headers;
    h->r.cookies = h->cookies;
    h->r.client_ip = "127.0.0.1";
    h->r.request_id = "fuzz";
    return &h->r;
}

void harness_free(cd_request *r)
{
    cd_arena_free(r->arena);
}

char *harness_strndup(cd_request *r, const uint8_t *p, size_t n)
{
    char *s = cd_arena_alloc(r->arena, n + 1);
    if (!s)
        abort();
    if (n)
        memcpy(s, p, n);
    s[n] = '\0';
    return s;
}

static void harness_add(cd_request *r, cd_kv *kv, size_t *n, const char *name, const char *value)
{
    if (*n >= HARNESS_MAX_KV)
        return;
    kv[*n].key = cd_arena_strdup(r->arena, name);
    kv[*n].value = cd_arena_strdup(r->arena, value);
    if (!kv[*n].key || !kv[*n].value)
        abort();
    (*n)++;
}

void harness_add_header(cd_request *r, const char *name, const char *value)
{
    harness_add(r, ((harness_req *)r)->headers, &r->nheaders, name, value);
}

void harness_add_cookie(cd_request *r, const char *name, const char *value)
{
    harness_add(r, ((harness_req *)r)->cookies, &r->ncookies, name, value);
}

void harness_parse_cookies(cd_request *r, const char *value)
{
    const char *p = value;
    while (*p) {
        while (*p == ' ' || *p == ';')
            p++;
        const char *end = strchr(p, ';');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const char *eq = memchr(p, '=', len);
        if (eq && eq > p) {
            char *name = harness_strndup(r, (const uint8_t *)p, (size_t)(eq - p));
            const char *v = eq + 1;
            size_t vn = len - (size_t)(v - p);
            if (vn >= 2 && v[0] == '"' && v[vn - 1] == '"') {
                v++;
                vn -= 2;
            }
            harness_add_cookie(r, name, harness_strndup(r, (const uint8_t *)v, vn));
        }
        p += len;
    }
}

/* Statuses the engine may answer for hostile input before a handler runs; the handler stubs
 * answer 501. A 500 or any other status means the engine mishandled the input. */
static void harness_check(const cd_request *r, int rc)
{
    int st = r->status;
    if (rc < 0 && st == 0)
        st = cd_error_status(rc);
    switch (st) {
    case 400:
    case 401:
    case 403:
    case 404:
    case 413:
    case 415:
    case 422:
    case 501:
    case 503: /* the fake backend's "down" */
        break;
    default:
        fprintf(stderr, "harness: %s answered %d (rc %d)\n", r->op ? r->op->operation_id : "?", st,
                rc);
        abort();
    }
    if (st != 501 && st != 503 && (!r->res_body || !r->res_len)) {
        fprintf(stderr, "harness: %d without an error body\n", st);
        abort();
    }
}

void harness_dispatch_op(cd_request *r, size_t op, const char *seg)
{
    const cd_api *api = &api_conduit;
    if (op >= api->nops)
        return;
    const cd_op_info *info = &api->ops[op];
    cd_route route;
    memset(&route, 0, sizeof route);
    route.op = (int)op;
    for (const char *p = info->path; *p && route.nparams < CD_MAX_PATH_PARAMS; p++) {
        if (*p == '{') {
            route.params[route.nparams].ptr = seg;
            route.params[route.nparams].len = strlen(seg);
            route.nparams++;
        }
    }
    /* the previous operation's answer and caller, when one input runs several operations */
    r->status = 0;
    r->res_body = NULL;
    r->res_len = 0;
    r->res_type = NULL;
    r->nres_headers = 0;
    memset(&r->principal, 0, sizeof r->principal);
    r->app = NULL;
    r->method = cd_method_parse(info->method);
    r->op = info;
    int rc = api->dispatch(r, &route);
    harness_check(r, rc);
}

void harness_route_and_dispatch(cd_request *r)
{
    cd_route route;
    api_conduit.route(r->method, r->path, r->path_len, &route);
    if (route.op < 0)
        return;
    r->op = &api_conduit.ops[route.op];
    int rc = api_conduit.dispatch(r, &route);
    harness_check(r, rc);
}
