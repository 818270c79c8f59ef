/* tests/unit/test_server.c — the server's request-parsing helpers: query strings, ETag
 * matching, Accept-Encoding negotiation. (The server itself is exercised end to end by
 * tests/integration.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "conditional.h"
#include "errors.h"
#include "uri.h"

static void test_query(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    cd_request r;
    memset(&r, 0, sizeof r);
    r.arena = a;
    assert_int_equal(cd_uri_parse_query(&r, "tag=a%20b&tag=c+d&flag&&limit=10&x=%zz%4&e="), 0);
    assert_int_equal(r.nquery, 6);
    assert_string_equal(r.query[0].key, "tag");
    assert_string_equal(r.query[0].value, "a b");
    assert_string_equal(r.query[1].value, "c d");
    assert_string_equal(r.query[2].key, "flag");
    assert_null(r.query[2].value);
    assert_string_equal(cd_req_query(&r, "flag"), ""); /* present without '=' */
    assert_string_equal(cd_req_query(&r, "limit"), "10");
    assert_string_equal(cd_req_query(&r, "x"), "%zz%4"); /* malformed escapes kept */
    assert_string_equal(cd_req_query(&r, "e"), "");
    const char *tags[4];
    assert_int_equal(cd_req_query_all(&r, "tag", tags, 4), 2);
    assert_int_equal(cd_uri_parse_query(&r, "k%3Dv=%26%2B"), 0);
    assert_string_equal(r.query[0].key, "k=v");
    assert_string_equal(r.query[0].value, "&+");
    assert_int_equal(cd_uri_parse_query(&r, ""), 0);
    assert_int_equal(r.nquery, 0);
    /* A decoded NUL would cut the C string: refused, in names and values. */
    assert_int_equal(cd_uri_parse_query(&r, "author=jake%00admin"), CD_E_INVALID);
    assert_int_equal(cd_uri_parse_query(&r, "a%00b=1"), CD_E_INVALID);
    assert_int_equal(cd_uri_parse_query(&r, "ok=%2500"), 0); /* an escaped '%' is fine */
    assert_string_equal(r.query[0].value, "%00");
    cd_arena_free(a);
}

static void test_etag(void **state)
{
    (void)state;
    const char *e = "\"abc123\"";
    assert_true(cd_cond_etag_matches("\"abc123\"", e));
    assert_true(cd_cond_etag_matches("W/\"abc123\"", e));
    assert_true(cd_cond_etag_matches("\"x\", \"abc123\"", e));
    assert_true(cd_cond_etag_matches("*", e));
    assert_true(cd_cond_etag_matches("\"abc123\"", "W/\"abc123\""));
    assert_true(cd_cond_etag_matches("W/\"abc123\"", "W/\"abc123\""));
    assert_false(cd_cond_etag_matches("W/\"abc\"", "W/\"abc123\""));
    assert_false(cd_cond_etag_matches("\"abc1234\"", e));
    assert_false(cd_cond_etag_matches("\"abc12\"", e));
    assert_false(cd_cond_etag_matches("abc123", e));
    assert_false(cd_cond_etag_matches("\"abc123", e));
    assert_false(cd_cond_etag_matches(NULL, e));
    assert_false(cd_cond_etag_matches("", e));
}

static void test_gzip_negotiation(void **state)
{
    (void)state;
    assert_true(cd_cond_accepts_gzip("gzip"));
    assert_true(cd_cond_accepts_gzip("deflate, gzip;q=0.5"));
    assert_true(cd_cond_accepts_gzip("br, GZIP"));
    assert_true(cd_cond_accepts_gzip("*"));
    assert_true(cd_cond_accepts_gzip("x-gzip"));
    assert_false(cd_cond_accepts_gzip(NULL));
    assert_false(cd_cond_accepts_gzip(""));
    assert_false(cd_cond_accepts_gzip("identity"));
    assert_false(cd_cond_accepts_gzip("gzip;q=0"));
    assert_false(cd_cond_accepts_gzip("gzip; q=0.000, br"));
    assert_false(cd_cond_accepts_gzip("gzipx, deflate"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_query),
        cmocka_unit_test(test_etag),
        cmocka_unit_test(test_gzip_negotiation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
