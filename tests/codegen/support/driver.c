/* tests/codegen/support/driver.c — runs request cases through a generated API.
 *
 * stdin: one JSON case per line {"m":"GET","p":"/api/x","q":[[k,v]],"h":[[k,v]],"c":[[k,v]],
 * "b":"raw body","bx":"hex body","hex":1 (q/h/c values are hex bytes),"block":1}; stdout: one JSON
 * result per line {"status":N,"allow":[...],
 * "errors":[{"pointer","keyword","message"}],"body":<response JSON or text>,"headers":{...},
 * "user":id|null}. Credentials for the fake authenticate hook: containing "good" → user 1,
 * "admin" → user 2 with role admin, "down" → CD_E_UNAVAILABLE, anything else → invalid. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "api_handlers.h"
#include "fake_runtime.h"

static int fake_authenticate(cd_request *r, const char *scheme, const char *cred, cd_principal *out)
{
    (void)r;
    if (strstr(cred, "down"))
        return CD_E_UNAVAILABLE;
    if (strstr(cred, "admin")) {
        out->user_id = 2;
        out->role = "admin";
    } else if (strstr(cred, "good")) {
        out->user_id = 1;
        out->role = "user";
    } else {
        return CD_E_UNAUTHORIZED;
    }
    out->scheme = scheme;
    out->token = cred;
    return 0;
}

/* Hex text → NUL-terminated bytes (arbitrary, e.g. invalid UTF-8) in the arena. */
static char *unhex(cd_arena *a, const char *hex, size_t *len)
{
    size_t n = strlen(hex) / 2;
    char *b = cd_arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned x;
        sscanf(hex + 2 * i, "%2x", &x);
        b[i] = (char)x;
    }
    b[n] = '\0';
    if (len)
        *len = n;
    return b;
}

/* [[k, v], ...] → kv list; with hex set, values are hex-encoded bytes. */
static cd_kv *kvs(cd_arena *a, struct json_object *arr, size_t *n, int hex)
{
    *n = arr ? json_object_array_length(arr) : 0;
    cd_kv *kv = cd_arena_calloc(a, *n ? *n : 1, sizeof *kv);
    for (size_t i = 0; i < *n; i++) {
        struct json_object *pair = json_object_array_get_idx(arr, i);
        struct json_object *v = json_object_array_get_idx(pair, 1);
        kv[i].key = cd_arena_strdup(a, json_object_get_string(json_object_array_get_idx(pair, 0)));
        kv[i].value = json_object_is_type(v, json_type_null) ? NULL
                      : hex ? unhex(a, json_object_get_string(v), NULL)
                            : cd_arena_strdup(a, json_object_get_string(v));
    }
    return kv;
}

static void run(struct json_object *c)
{
    cd_arena *a = cd_arena_new(4096, 64u << 20);
    cd_request r;
    memset(&r, 0, sizeof r);
    r.arena = a;
    struct json_object *v;
    r.method =
        cd_method_parse(json_object_object_get_ex(c, "m", &v) ? json_object_get_string(v) : "GET");
    json_object_object_get_ex(c, "p", &v);
    r.path = cd_arena_strdup(a, json_object_get_string(v));
    r.path_len = strlen(r.path);
    int hex = json_object_object_get_ex(c, "hex", &v) && json_object_get_int(v);
    r.query = kvs(a, json_object_object_get_ex(c, "q", &v) ? v : NULL, &r.nquery, hex);
    r.headers = kvs(a, json_object_object_get_ex(c, "h", &v) ? v : NULL, &r.nheaders, hex);
    r.cookies = kvs(a, json_object_object_get_ex(c, "c", &v) ? v : NULL, &r.ncookies, hex);
    if (json_object_object_get_ex(c, "b", &v) && !json_object_is_type(v, json_type_null)) {
        r.body_len = (size_t)json_object_get_string_len(v);
        r.body = cd_arena_strndup(a, json_object_get_string(v), r.body_len);
    }
    if (json_object_object_get_ex(c, "bx", &v)) /* body as hex: arbitrary bytes */
        r.body = unhex(a, json_object_get_string(v), &r.body_len);
    fake_hook_block = json_object_object_get_ex(c, "block", &v) && json_object_get_int(v);
    fake_last_errors = NULL;

    struct json_object *res = json_object_new_object();
    cd_route route;
    api_conduit.route(r.method, r.path, r.path_len, &route);
    int rc = 0;
    if (route.op < 0) {
        r.status = route.allow ? 405 : 404;
        struct json_object *allow = json_object_new_array();
        for (int m = 0; m < CD_M__COUNT; m++)
            if (route.allow & CD_METHOD_BIT(m))
                json_object_array_add(allow, json_object_new_string(cd_method_name((cd_method)m)));
        json_object_object_add(res, "allow", allow);
    } else {
        r.op = &api_conduit.ops[route.op];
        json_object_object_add(res, "op", json_object_new_string(r.op->operation_id));
        rc = api_conduit.dispatch(&r, &route);
        if (rc < 0 && r.status == 0)
            r.status = cd_error_status(rc);
    }
    json_object_object_add(res, "status", json_object_new_int(r.status));
    json_object_object_add(res, "rc", json_object_new_int(rc));
    struct json_object *errs = json_object_new_array();
    for (size_t i = 0; fake_last_errors && i < fake_last_errors->n; i++) {
        struct json_object *e = json_object_new_object();
        json_object_object_add(e, "pointer",
                               json_object_new_string(fake_last_errors->v[i].pointer));
        json_object_object_add(e, "keyword",
                               json_object_new_string(fake_last_errors->v[i].keyword));
        json_object_object_add(e, "message",
                               json_object_new_string(fake_last_errors->v[i].message));
        json_object_array_add(errs, e);
    }
    json_object_object_add(res, "errors", errs);
    if (r.res_body) {
        struct json_object *b = json_tokener_parse(r.res_body);
        json_object_object_add(res, "body", b ? b : json_object_new_string(r.res_body));
        if (!b)
            json_object_object_add(res, "body_not_json", json_object_new_boolean(1));
    }
    struct json_object *hs = json_object_new_object();
    for (size_t i = 0; i < r.nres_headers; i++)
        json_object_object_add(hs, r.res_headers[i].key,
                               json_object_new_string(r.res_headers[i].value));
    json_object_object_add(res, "headers", hs);
    json_object_object_add(
        res, "user", r.principal.authenticated ? json_object_new_int64(r.principal.user_id) : NULL);
    puts(json_object_to_json_string_ext(res, JSON_C_TO_STRING_PLAIN));
    fflush(stdout);
    json_object_put(res);
    cd_arena_free(a);
}

int main(int argc, char **argv)
{
    cd_app.authenticate = fake_authenticate;
    if (argc > 1 && strcmp(argv[1], "--spec") == 0) {
        fwrite(api_conduit.spec_json, 1, api_conduit.spec_json_len, stdout);
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "--ops") == 0) {
        for (size_t i = 0; i < api_conduit.nops; i++)
            printf("%s %s %s %zu %d\n", api_conduit.ops[i].operation_id, api_conduit.ops[i].method,
                   api_conduit.ops[i].path, api_conduit.ops[i].max_body,
                   api_conduit.ops[i].cpu_heavy);
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "--missing") == 0) {
        const char *ids[512];
        size_t n = api_missing_operations(ids, 512);
        for (size_t i = 0; i < n && i < 512; i++)
            puts(ids[i]);
        return 0;
    }
    if (api_init() != 0)
        return 3;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        struct json_object *c = json_tokener_parse(line);
        if (!c) {
            puts("{\"status\":-1,\"error\":\"bad case\"}");
            continue;
        }
        run(c);
        json_object_put(c);
    }
    free(line);
    return 0;
}
