/* tests/handlers/test_app.c — the shared floor of the handlers (handlers/lib/): per-IP token
 * buckets, PostgreSQL text[] parsing and literals, the RealWorld error envelope. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "ratelimit.h"
#include "request.h"
#include "secret.h"

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

static void test_ratelimit_bucket(void **state)
{
    (void)state;
    ratelimit *rl = ratelimit_new(3, 64);
    assert_non_null(rl);
    for (int i = 0; i < 3; i++)
        assert_int_equal(ratelimit_take(rl, "10.0.0.1", 1000), 0);
    unsigned wait = ratelimit_take(rl, "10.0.0.1", 1000);
    assert_in_range(wait, 1, 20); /* one token refills in 20 s at 3/min */
    assert_int_equal(ratelimit_take(rl, "10.0.0.2", 1000), 0); /* other clients unaffected */
    assert_int_not_equal(ratelimit_take(rl, "10.0.0.1", 1000 + 19000), 0);
    assert_int_equal(ratelimit_take(rl, "10.0.0.1", 1000 + 20001), 0);
    assert_int_not_equal(ratelimit_take(rl, "10.0.0.1", 1000 + 20001), 0);
    /* a long pause refills to the bucket size, never beyond */
    for (int i = 0; i < 3; i++)
        assert_int_equal(ratelimit_take(rl, "10.0.0.1", 10000000), 0);
    assert_int_not_equal(ratelimit_take(rl, "10.0.0.1", 10000000), 0);
    ratelimit_free(rl);
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

static void test_error_envelope_names_fields(void **state)
{
    (void)state;
    cd_config cfg;
    cd_config_defaults(&cfg);
    cfg.rate_limit = 0;
    assert_int_equal(app_init(&cfg), 0);
    cd_request *r = new_req();
    cd_verrors errs;
    cd_verrors_init(&errs, r->arena);
    cd_verrors_add(&errs, "/user/email", "format", "must be a valid email address");
    cd_verrors_add(&errs, "", "required", "body is required");
    assert_int_equal(cd_req_error(r, 422, &errs), CD_E_RESPONDED);
    assert_int_equal(r->status, 422);
    json_object *doc = json_tokener_parse(r->res_body);
    assert_non_null(doc);
    json_object *errors, *body;
    assert_true(json_object_object_get_ex(doc, "errors", &errors));
    assert_true(json_object_object_get_ex(errors, "body", &body));
    assert_int_equal(json_object_array_length(body), 2);
    assert_string_equal(json_object_get_string(json_object_array_get_idx(body, 0)),
                        "user/email: must be a valid email address");
    assert_string_equal(json_object_get_string(json_object_array_get_idx(body, 1)),
                        "body is required");
    json_object_put(doc);
    /* no details: a status-specific message, still in the envelope */
    assert_int_equal(cd_req_error(r, 404, NULL), CD_E_RESPONDED);
    assert_string_equal(r->res_body, "{\"errors\":{\"body\":[\"not found\"]}}");
    cd_arena_free(r->arena);
}

static void test_random_and_hash(void **state)
{
    (void)state;
    cd_request *r = new_req();
    const char *a = secret_random_token(r, 32), *b = secret_random_token(r, 32);
    assert_int_equal(strlen(a), 43); /* 256 bits, base64url without padding */
    assert_string_not_equal(a, b);
    assert_string_equal(secret_sha256_hex(r, "abc"),
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_string_equal(cd_db_param_i64(r, -9223372036854775807LL - 1), "-9223372036854775808");
    cd_arena_free(r->arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ratelimit_bucket),
        cmocka_unit_test(test_text_array_parse),
        cmocka_unit_test(test_text_array_literal_round_trip),
        cmocka_unit_test(test_error_envelope_names_fields),
        cmocka_unit_test(test_random_and_hash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
