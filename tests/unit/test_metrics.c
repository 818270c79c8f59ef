/* tests/unit/test_metrics.c — Prometheus text format: series, histogram cumulation, gauges. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"

static const cd_op_info ops[] = {
    {"getTags", "GET", "/api/tags", "Tags", 0, 0},
    {"login", "POST", "/api/users/login", "User", 1024, 1},
};
static const cd_api api = {.title = "t", .version = "1", .ops = ops, .nops = 2};

/* Value of the sample line that starts with `series` (exact series text incl. labels). */
static double sample(const char *text, const char *series)
{
    size_t n = strlen(series);
    for (const char *p = text; p && *p;) {
        if (!strncmp(p, series, n) && p[n] == ' ')
            return strtod(p + n + 1, NULL);
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return -1;
}

static void test_format(void **state)
{
    (void)state;
    assert_int_equal(cd_metrics_init(&api), 0);
    cd_metrics_observe(0, CD_M_GET, 200, 300000);       /* 0.3 ms */
    cd_metrics_observe(0, CD_M_GET, 200, 3000000);      /* 3 ms */
    cd_metrics_observe(0, CD_M_HEAD, 304, 20000000);    /* 20 ms */
    cd_metrics_observe(1, CD_M_POST, 418, 60000000000); /* 60 s: +Inf bucket, "4xx" */
    cd_metrics_observe(cd_metrics_runtime_slot(CD_MSLOT_UNMATCHED), CD_M__COUNT, 404, 1000);
    cd_metrics_observe(99, CD_M_GET, 200, 1); /* out of range: ignored */

    cd_arena *a = cd_arena_new(4096, 0);
    cd_metrics_gauges g = {.in_flight = 3,
                           .queue_depth = 2,
                           .queue_capacity = 256,
                           .db = {.size = 4, .in_use = 1, .idle = 3, .wait_ns_total = 1500000000},
                           .rss_bytes = 12345};
    size_t len = 0;
    const char *t = cd_metrics_render(a, &g, &len);
    assert_non_null(t);
    assert_int_equal(len, strlen(t));
    assert_true(len > 0 && t[len - 1] == '\n');

    /* every line is a comment or "name{labels} value" */
    regex_t re;
    assert_int_equal(regcomp(&re,
                             "^([a-z_]+(\\{([a-z_]+=\"[^\"]*\",?)+\\})? [-+0-9.eE]+|"
                             "# (HELP|TYPE) [a-z_]+ .+)$",
                             REG_EXTENDED | REG_NOSUB),
                     0);
    char *copy = strdup(t);
    int lines = 0;
    for (char *l = copy, *nl; *l; l = nl + 1) {
        nl = strchr(l, '\n');
        assert_non_null(nl); /* every line ends with a newline */
        *nl = '\0';
        if (regexec(&re, l, 0, NULL, 0) != 0)
            fail_msg("bad line: %s", l);
        lines++;
    }
    free(copy);
    regfree(&re);
    assert_true(lines > 20);

    assert_true(sample(t, "conduit_http_requests_total{operation=\"getTags\",method=\"GET\","
                          "status=\"200\"}") == 2);
    assert_true(sample(t, "conduit_http_requests_total{operation=\"getTags\",method=\"HEAD\","
                          "status=\"304\"}") == 1);
    assert_true(sample(t, "conduit_http_requests_total{operation=\"login\",method=\"POST\","
                          "status=\"4xx\"}") == 1);
    assert_true(sample(t, "conduit_http_requests_total{operation=\"unmatched\",method=\"OTHER\","
                          "status=\"404\"}") == 1);
    /* cumulative buckets */
    assert_true(sample(t, "conduit_http_request_duration_seconds_bucket{operation=\"getTags\","
                          "le=\"0.0005\"}") == 1);
    assert_true(sample(t, "conduit_http_request_duration_seconds_bucket{operation=\"getTags\","
                          "le=\"0.005\"}") == 2);
    assert_true(sample(t, "conduit_http_request_duration_seconds_bucket{operation=\"getTags\","
                          "le=\"+Inf\"}") == 3);
    assert_true(sample(t, "conduit_http_request_duration_seconds_count{operation=\"getTags\"}") ==
                3);
    assert_true(sample(t, "conduit_http_request_duration_seconds_bucket{operation=\"login\","
                          "le=\"10\"}") == 0);
    assert_true(sample(t, "conduit_http_request_duration_seconds_bucket{operation=\"login\","
                          "le=\"+Inf\"}") == 1);
    double sum = sample(t, "conduit_http_request_duration_seconds_sum{operation=\"getTags\"}");
    assert_true(sum > 0.02329 && sum < 0.02331);
    /* gauges */
    assert_true(sample(t, "conduit_http_requests_in_flight") == 3);
    assert_true(sample(t, "conduit_worker_queue_depth") == 2);
    assert_true(sample(t, "conduit_db_pool_in_use") == 1);
    assert_true(sample(t, "conduit_db_pool_wait_seconds_total") == 1.5);
    assert_true(sample(t, "process_resident_memory_bytes") == 12345);
    /* every sampled family has a TYPE line */
    assert_non_null(strstr(t, "# TYPE conduit_http_requests_total counter\n"));
    assert_non_null(strstr(t, "# TYPE conduit_http_request_duration_seconds histogram\n"));
    cd_arena_free(a);
    cd_metrics_free();
}

static void test_rss(void **state)
{
    (void)state;
    int64_t rss = cd_metrics_rss_bytes();
    assert_true(rss > 4096);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_rss),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
