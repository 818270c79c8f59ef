/* tests/codegen/support/bench.c — per-request cost of generated routing + dispatch (security,
 * parameters, body validation and typed fill, handler, serialization) on the feature spec.
 * Not part of the test suite; build like the driver with feature_handlers.c and -O2:
 *   bench [iterations] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "api_handlers.h"
#include "fake_runtime.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void bench(const char *label, cd_method m, const char *path, const cd_kv *q, size_t nq,
                  const char *body, long iters)
{
    cd_arena *a = cd_arena_new(16384, 0);
    double t0 = now();
    int status = 0;
    for (long i = 0; i < iters; i++) {
        cd_arena_reset(a);
        cd_request r;
        memset(&r, 0, sizeof r);
        r.arena = a;
        r.method = m;
        r.path = path;
        r.path_len = strlen(path);
        r.query = q;
        r.nquery = nq;
        r.body = body;
        r.body_len = body ? strlen(body) : 0;
        cd_route route;
        api_conduit.route(m, path, r.path_len, &route);
        api_conduit.dispatch(&r, &route);
        status = r.status;
    }
    double dt = now() - t0;
    printf("%-34s status %d  %8.0f ns/request  %8.0f requests/s/core\n", label, status,
           dt / (double)iters * 1e9, (double)iters / dt);
    cd_arena_free(a);
}

int main(int argc, char **argv)
{
    long iters = argc > 1 ? atol(argv[1]) : 200000;
    if (api_init())
        return 1;
    static const cd_kv q[] = {{"limit", "50"}, {"sort", "desc"}, {"tags", "a"}, {"tags", "b"},
                              {"ids", "1,2,3"}};
    bench("GET /v1/items/special (route only)", CD_M_GET, "/v1/items/special", NULL, 0, NULL, iters);
    bench("GET /v1/items?5 params", CD_M_GET, "/v1/items", q, 5, NULL, iters);
    bench("PUT /v1/items/7 (body 9 keywords)", CD_M_PUT, "/v1/items/7", NULL, 0,
          "{\"name\":\"abc\",\"secret\":\"s\",\"kind\":\"b\",\"price\":2.5,\"count\":3,"
          "\"tags\":[\"x\",\"y\"],\"meta\":{\"a\":1},\"nickname\":null,\"version\":1}",
          iters);
    bench("PUT /v1/items/7 (422, 6 errors)", CD_M_PUT, "/v1/items/7", NULL, 0,
          "{\"id\":1,\"name\":\"\",\"secret\":\"s\",\"kind\":\"z\",\"price\":-1,\"count\":0,\"zz\":1}",
          iters);
    return 0;
}
