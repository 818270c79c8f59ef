/* tests/unit/test_db_rows.c — the runtime's PostgreSQL row readers and parameter builders
 * (runtime/db.h): text[] parsing and literals, built on results made without a server. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <libpq-fe.h>
#include <string.h>

#include "arena.h"
#include "db.h"
#include "errors.h"
#include "request.h"

static cd_request *new_req(void)
{
    cd_arena *a = cd_arena_new(1024, 0);
    cd_request *r = cd_arena_alloc(a, sizeof *r);
    r->arena = a;
    return r;
}

/* A one-column, one-row result holding `text` (NULL = SQL NULL), built without a server. */
static PGresult *one_value(const char *text)
{
    PGresult *res = PQmakeEmptyPGresult(NULL, PGRES_TUPLES_OK);
    PGresAttDesc att = {
        .name = (char *)"v", .format = 0, .typid = 1009, .typlen = -1, .atttypmod = -1};
    assert_int_equal(PQsetResultAttrs(res, 1, &att), 1);
    assert_int_equal(PQsetvalue(res, 0, 0, (char *)text, text ? (int)strlen(text) : -1), 1);
    return res;
}

static void check_array(const char *pg, size_t n, const char *const *want)
{
    cd_request *r = new_req();
    PGresult *res = one_value(pg);
    const char **items;
    size_t count;
    assert_int_equal(cd_db_text_array(r, res, 0, 0, &items, &count), 0);
    assert_int_equal(count, n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(items[i], want[i]);
    PQclear(res);
    cd_arena_free(r->arena);
}

static void test_text_array_parse(void **state)
{
    (void)state;
    check_array("{}", 0, NULL);
    check_array(NULL, 0, NULL);
    check_array("{dragons,training}", 2, (const char *const[]){"dragons", "training"});
    check_array("{\"a b\",\"q\\\"uote\",\"back\\\\slash\",\"x,y\",NULL,\"NULL\"}", 5,
                (const char *const[]){"a b", "q\"uote", "back\\slash", "x,y", "NULL"});
    cd_request *r = new_req();
    const char **items;
    size_t count;
    PGresult *bad = one_value("{\"unterminated}");
    assert_int_equal(cd_db_text_array(r, bad, 0, 0, &items, &count), CD_E_INTERNAL);
    PQclear(bad);
    bad = one_value("not an array");
    assert_int_equal(cd_db_text_array(r, bad, 0, 0, &items, &count), CD_E_INTERNAL);
    PQclear(bad);
    cd_arena_free(r->arena);
}

static void test_text_array_literal_round_trip(void **state)
{
    (void)state;
    cd_request *r = new_req();
    const char *const in[] = {"plain", "with space", "q\"uote", "back\\slash", "{brace}", ""};
    const char *lit = cd_db_param_text_array(r, in, 6);
    assert_string_equal(
        lit, "{\"plain\",\"with space\",\"q\\\"uote\",\"back\\\\slash\",\"{brace}\",\"\"}");
    PGresult *res = one_value(lit);
    const char **items;
    size_t count;
    assert_int_equal(cd_db_text_array(r, res, 0, 0, &items, &count), 0);
    assert_int_equal(count, 6);
    for (size_t i = 0; i < 6; i++)
        assert_string_equal(items[i], in[i]);
    PQclear(res);
    assert_string_equal(cd_db_param_text_array(r, NULL, 0), "{}");
    cd_arena_free(r->arena);
}

static void test_param_i64(void **state)
{
    (void)state;
    cd_request *r = new_req();
    assert_string_equal(cd_db_param_i64(r, -9223372036854775807LL - 1), "-9223372036854775808");
    assert_string_equal(cd_db_param_i64(r, 42), "42");
    cd_arena_free(r->arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_array_parse),
        cmocka_unit_test(test_text_array_literal_round_trip),
        cmocka_unit_test(test_param_i64),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
