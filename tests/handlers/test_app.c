/* tests/handlers/test_app.c — the shared floor of the handlers (handlers/lib/): per-IP token
 * buckets, the RealWorld error envelope, tokens. (PostgreSQL row readers:
 * tests/unit/test_db_rows.c.) */
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
        cmocka_unit_test(test_error_envelope_names_fields),
        cmocka_unit_test(test_random_and_hash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
