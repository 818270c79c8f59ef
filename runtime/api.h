/* runtime/api.h — what the generated API layer gives the runtime: routes, operations, dispatch.
 *
 * generated/ defines one `const cd_api api_conduit` (see generated/api.h); main.c passes it to the
 * server. The runtime never links against generated symbols directly, so runtime/ and its unit
 * tests build without generated/ (dependency inversion: generated code depends on runtime
 * headers, never the other way round).
 */
#ifndef CD_API_H
#define CD_API_H

#include <stddef.h>

#include "request.h"

#define CD_MAX_PATH_PARAMS 8

/* Result of routing a method + raw path. */
typedef struct cd_route {
    int op;         /* operation index into cd_api.ops, or -1 */
    unsigned allow; /* CD_METHOD_BIT set of methods the matched path accepts (for 405);
                       0 when no path matched (404) */
    size_t nparams;
    cd_slice params[CD_MAX_PATH_PARAMS]; /* raw segments (not yet percent-decoded) pointing
                                            into the routed path, in template order */
} cd_route;

/* Static facts about one operation, emitted by the generator. */
typedef struct cd_op_info {
    const char *operation_id;
    const char *method; /* "GET", ... */
    const char *path;   /* template as in the spec, e.g. "/api/articles/{slug}" */
    const char *tag;
    size_t max_body; /* largest body the op can accept (bytes); 0 = no request body */
    int cpu_heavy;   /* x-conduit-pool: cpu → run on the CPU pool (password hashing) */
} cd_op_info;

typedef struct cd_api {
    const char *title;
    const char *version;
    const cd_op_info *ops;
    size_t nops;
    /* Route a request. HEAD routes to the GET operation. Trailing-slash policy and percent-
     * encoding rules are the generator's (documented in README "Editing the spec").
     * Returns 0 with out->op >= 0 on a match; out->op == -1 with out->allow == 0 for 404,
     * out->allow != 0 for 405. Never allocates. */
    int (*route)(cd_method m, const char *path, size_t len, cd_route *out);
    /* Run the matched operation on a worker thread: parse + validate parameters and body,
     * authenticate, run hooks and the handler, serialize. Always leaves a complete response in r
     * (status, body); returns 0, or a negative CD_E_* code the runtime maps to an error response
     * when r->status is still 0. */
    int (*dispatch)(cd_request *r, const cd_route *route);
    /* Served by the runtime at /openapi.json, /openapi.yaml and /docs. */
    const char *spec_json;
    size_t spec_json_len;
    const char *spec_yaml;
    size_t spec_yaml_len;
    const char *docs_html;
    size_t docs_html_len;
} cd_api;

/* Installs the API for hook registration (cd_hooks_register) and the server. Call once. */
void cd_api_install(const cd_api *api);
const cd_api *cd_api_installed(void);

#endif
