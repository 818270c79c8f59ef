/* tests/unit/test_log.c — access lines are single valid JSON objects with the fields operators
 * grep for; hostile values are escaped; long lines are cut but stay valid JSON. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <json-c/json.h>
#include <string.h>
#include <unistd.h>

#include "log.h"

static void test_access_line(void **state)
{
    (void)state;
    char buf[CD_LOG_LINE_MAX];
    cd_log_access a = {"rid-1", "GET", "/api/articles/{slug}", "getArticle", "127.0.0.1", 200,
                       1.5,     321};
    size_t n = cd_log_format_access(buf, sizeof buf, &a, 1700000000123);
    assert_int_equal(n, strlen(buf));
    json_object *o = json_tokener_parse(buf);
    assert_non_null(o);
    json_object *x;
    assert_true(json_object_object_get_ex(o, "time", &x));
    assert_string_equal(json_object_get_string(x), "2023-11-14T22:13:20.123Z");
    assert_true(json_object_object_get_ex(o, "request_id", &x));
    assert_string_equal(json_object_get_string(x), "rid-1");
    assert_true(json_object_object_get_ex(o, "route", &x));
    assert_string_equal(json_object_get_string(x), "/api/articles/{slug}");
    assert_true(json_object_object_get_ex(o, "status", &x));
    assert_int_equal(json_object_get_int(x), 200);
    assert_true(json_object_object_get_ex(o, "bytes", &x));
    assert_int_equal(json_object_get_int(x), 321);
    assert_true(json_object_object_get_ex(o, "duration_ms", &x));
    assert_true(json_object_get_double(x) == 1.5);
    json_object_put(o);
}

static void test_escaping_and_cut(void **state)
{
    (void)state;
    char buf[256];
    cd_log_access a = {"a\"b\n\x01", "GET", "/x", "op", "::1", 404, 0, 0};
    cd_log_format_access(buf, sizeof buf, &a, 0);
    json_object *o = json_tokener_parse(buf);
    assert_non_null(o);
    json_object *x;
    assert_true(json_object_object_get_ex(o, "request_id", &x));
    assert_string_equal(json_object_get_string(x), "a\"b\n\x01");
    json_object_put(o);
    /* a tiny buffer cuts the line but never overflows */
    char small[40];
    memset(small, 'Z', sizeof small);
    size_t n = cd_log_format_access(small, 32, &a, 0);
    assert_true(n < 32);
    assert_int_equal(small[n], '\0');
    assert_int_equal(small[35], 'Z');
}

static void test_levels_and_write(void **state)
{
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    cd_log_init(CD_LOG_WARN, fds[1]);
    assert_false(cd_log_enabled(CD_LOG_INFO));
    cd_log(CD_LOG_INFO, NULL, "hidden");
    cd_log(CD_LOG_ERROR, "r9", "shown %d \"q\"", 7);
    char buf[1024];
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    assert_true(n > 0);
    buf[n] = '\0';
    assert_null(strstr(buf, "hidden"));
    assert_int_equal(buf[n - 1], '\n');
    json_object *o = json_tokener_parse(buf);
    assert_non_null(o);
    json_object *x;
    assert_true(json_object_object_get_ex(o, "msg", &x));
    assert_string_equal(json_object_get_string(x), "shown 7 \"q\"");
    assert_true(json_object_object_get_ex(o, "level", &x));
    assert_string_equal(json_object_get_string(x), "error");
    json_object_put(o);
    close(fds[0]);
    close(fds[1]);
    cd_log_init(CD_LOG_INFO, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_access_line),
        cmocka_unit_test(test_escaping_and_cut),
        cmocka_unit_test(test_levels_and_write),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
