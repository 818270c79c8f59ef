/* tests/unit/test_jsonw.c — the JSON writer: escaping, invalid UTF-8, numbers, sticky errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <json-c/json.h>
#include <math.h>
#include <string.h>

#include "jsonw.h"

static const char *write_str(cd_arena *a, const char *s, size_t n)
{
    cd_jsonw w;
    cd_jsonw_init(&w, a, 0);
    cd_jsonw_strn(&w, s, n);
    return cd_jsonw_finish(&w, NULL);
}

static void test_escaping(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    assert_string_equal(write_str(a, "a\"b\\c\n\t\x01", 8), "\"a\\\"b\\\\c\\n\\t\\u0001\"");
    assert_string_equal(write_str(a, "h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80", 15),
                        "\"h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80\"");
    const char nul[] = {'a', 0, 'b'};
    assert_string_equal(write_str(a, nul, 3), "\"a\\u0000b\"");
    cd_arena_free(a);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    /* lone continuation, overlong '/', surrogate, truncated sequence */
    assert_string_equal(write_str(a, "\x80", 1), "\"\xef\xbf\xbd\"");
    assert_string_equal(write_str(a, "\xc0\xaf", 2), "\"\xef\xbf\xbd\xef\xbf\xbd\"");
    assert_string_equal(write_str(a, "\xed\xa0\x80", 3),
                        "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
    assert_string_equal(write_str(a, "ok\xe2\x82", 4), "\"ok\xef\xbf\xbd\xef\xbf\xbd\"");
    /* the output always parses */
    const char *out = write_str(a, "\xff\xfe x \xf4\x90\x80\x80", 8);
    json_object *o = json_tokener_parse(out);
    assert_non_null(o);
    json_object_put(o);
    cd_arena_free(a);
}

static void test_numbers_and_structure(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    cd_jsonw w;
    cd_jsonw_init(&w, a, 4);
    cd_jsonw_lit(&w, "[");
    cd_jsonw_int(&w, INT64_MIN);
    cd_jsonw_char(&w, ',');
    cd_jsonw_double(&w, 0.1);
    cd_jsonw_char(&w, ',');
    cd_jsonw_double(&w, NAN);
    cd_jsonw_char(&w, ',');
    cd_jsonw_bool(&w, true);
    cd_jsonw_char(&w, ',');
    cd_jsonw_str(&w, NULL);
    cd_jsonw_lit(&w, "]");
    size_t len = 0;
    const char *s = cd_jsonw_finish(&w, &len);
    assert_string_equal(s, "[-9223372036854775808,0.1,null,true,null]");
    assert_int_equal(len, strlen(s));
    cd_arena_free(a);
}

static void test_sticky_error(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(256, 1024); /* tiny limit */
    cd_jsonw w;
    cd_jsonw_init(&w, a, 0);
    char big[4000];
    memset(big, 'x', sizeof big);
    cd_jsonw_raw(&w, big, sizeof big);
    cd_jsonw_lit(&w, "ok");
    assert_true(w.err);
    assert_null(cd_jsonw_finish(&w, NULL));
    cd_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_numbers_and_structure),
        cmocka_unit_test(test_sticky_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
