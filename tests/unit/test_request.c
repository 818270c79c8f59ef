/* tests/unit/test_request.c — accessors, validation errors, problem+json, app error hook, the
 * per-operation hook registry. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <json-c/json.h>
#include <string.h>

#include "api.h"
#include "request.h"

static cd_request *new_req(void)
{
    cd_arena *a = cd_arena_new(1024, 0);
    cd_request *r = cd_arena_alloc(a, sizeof *r);
    r->arena = a;
    return r;
}

static void free_req(cd_request *r)
{
    cd_arena_free(r->arena);
}

static void test_methods(void **state)
{
    (void)state;
    assert_int_equal(cd_method_parse("GET"), CD_M_GET);
    assert_int_equal(cd_method_parse("PATCH"), CD_M_PATCH);
    assert_int_equal(cd_method_parse("get"), CD_M__COUNT);
    assert_int_equal(cd_method_parse("BREW"), CD_M__COUNT);
    assert_int_equal(cd_method_parse(NULL), CD_M__COUNT);
    assert_string_equal(cd_method_name(CD_M_DELETE), "DELETE");
    assert_string_equal(cd_method_name(CD_M__COUNT), "UNKNOWN");
    assert_string_equal(cd_http_reason(404), "Not Found");
    assert_string_equal(cd_http_reason(599), "Server Error");
}

static void test_accessors(void **state)
{
    (void)state;
    cd_request *r = new_req();
    static const cd_kv q[] = {{"tag", "a"}, {"flag", NULL}, {"tag", "b"}, {"limit", "5"}};
    static const cd_kv h[] = {{"Content-Type", "application/json"}, {"X-Foo", "1"}};
    static const cd_kv c[] = {{"sid", "xyz"}};
    r->query = q;
    r->nquery = 4;
    r->headers = h;
    r->nheaders = 2;
    r->cookies = c;
    r->ncookies = 1;
    assert_string_equal(cd_req_query(r, "tag"), "a");
    assert_string_equal(cd_req_query(r, "flag"), "");
    assert_null(cd_req_query(r, "nope"));
    assert_null(cd_req_query(r, "TAG")); /* query names are case-sensitive */
    assert_string_equal(cd_req_header(r, "content-type"), "application/json");
    assert_null(cd_req_header(r, "X-Bar"));
    assert_string_equal(cd_req_cookie(r, "sid"), "xyz");
    assert_null(cd_req_cookie(r, "SID"));
    const char *all[4];
    assert_int_equal(cd_req_query_all(r, "tag", all, 4), 2);
    assert_string_equal(all[0], "a");
    assert_string_equal(all[1], "b");
    assert_int_equal(cd_req_query_all(r, "tag", all, 1), 2); /* count even when truncated */
    free_req(r);
}

static void test_headers(void **state)
{
    (void)state;
    cd_request *r = new_req();
    assert_int_equal(cd_req_add_header(r, "X-A", "1"), 0);
    assert_string_equal(r->res_headers[0].key, "X-A");
    assert_int_equal(cd_req_add_header(r, "X-B", "a\r\nSet-Cookie: x=1"), CD_E_INVALID);
    assert_int_equal(cd_req_add_header(r, "X-C\n", "1"), CD_E_INVALID);
    assert_int_equal(cd_req_add_header(r, "", "1"), CD_E_INVALID);
    while (r->nres_headers < CD_MAX_RES_HEADERS)
        assert_int_equal(cd_req_add_header(r, "X-Fill", "1"), 0);
    assert_int_equal(cd_req_add_header(r, "X-Over", "1"), CD_E_INVALID);
    cd_req_set_json(r, 201, "{}", 2);
    assert_int_equal(r->status, 201);
    assert_string_equal(r->res_type, "application/json");
    free_req(r);
}

static void test_verrors_cap(void **state)
{
    (void)state;
    cd_request *r = new_req();
    cd_verrors e;
    cd_verrors_init(&e, r->arena);
    for (int i = 0; i < CD_VERRORS_MAX + 10; i++)
        assert_int_equal(cd_verrors_add(&e, "/user/email", "format", "bad %d", i), 0);
    assert_int_equal(e.n, CD_VERRORS_MAX);
    assert_true(e.truncated);
    assert_string_equal(e.v[3].message, "bad 3");
    assert_string_equal(e.v[3].pointer, "/user/email");
    free_req(r);
}

static void test_problem_json(void **state)
{
    (void)state;
    cd_request *r = new_req();
    r->request_id = "rid-1";
    cd_verrors e;
    cd_verrors_init(&e, r->arena);
    assert_int_equal(cd_verrors_add(&e, "/user/email", "format", "email \"%s\" invalid", "a\"b"),
                     0);
    assert_int_equal(cd_verrors_add(&e, "query/limit", "maximum", "too big"), 0);
    assert_int_equal(cd_req_error(r, 422, &e), CD_E_RESPONDED);
    assert_int_equal(r->status, 422);
    assert_string_equal(r->res_type, "application/problem+json");
    json_object *o = json_tokener_parse(r->res_body);
    assert_non_null(o);
    json_object *x;
    assert_true(json_object_object_get_ex(o, "status", &x));
    assert_int_equal(json_object_get_int(x), 422);
    assert_true(json_object_object_get_ex(o, "title", &x));
    assert_string_equal(json_object_get_string(x), "Unprocessable Content");
    assert_true(json_object_object_get_ex(o, "detail", &x));
    assert_string_equal(json_object_get_string(x), "email \"a\"b\" invalid");
    assert_true(json_object_object_get_ex(o, "errors", &x));
    assert_int_equal(json_object_array_length(x), 2);
    json_object *e1 = json_object_array_get_idx(x, 1), *p;
    assert_true(json_object_object_get_ex(e1, "pointer", &p));
    assert_string_equal(json_object_get_string(p), "query/limit");
    json_object_put(o);

    assert_int_equal(cd_req_fail(r, 999, "x", "out of range %d", 1), CD_E_RESPONDED);
    assert_int_equal(r->status, 500);
    free_req(r);
}

static int hook_calls;
static void my_error_body(cd_request *r, int status, const cd_verrors *errs)
{
    hook_calls++;
    r->status = status;
    r->res_body = errs && errs->n ? errs->v[0].message : "none";
    r->res_len = strlen(r->res_body);
    r->res_type = "application/json";
}

static void test_app_error_hook(void **state)
{
    (void)state;
    cd_request *r = new_req();
    cd_app.error_body = my_error_body;
    hook_calls = 0;
    cd_req_fail(r, 404, "article", "article %s not found", "x");
    assert_int_equal(hook_calls, 1);
    assert_int_equal(r->status, 404);
    assert_string_equal(r->res_body, "article x not found");
    cd_app.error_body = NULL;
    free_req(r);
}

static const cd_op_info ops[] = {
    {"getTags", "GET", "/api/tags", "Tags", 0, 0},
    {"login", "POST", "/api/users/login", "User", 1024, 1},
};
static const cd_api api = {.title = "t", .version = "1", .ops = ops, .nops = 2};

static int order[8], norder;
static int before_all(cd_request *r)
{
    (void)r;
    order[norder++] = 1;
    return 0;
}
static int before_login(cd_request *r)
{
    (void)r;
    order[norder++] = 2;
    return CD_E_FORBIDDEN;
}
static void after_login(cd_request *r)
{
    (void)r;
    order[norder++] = 3;
}
static void after_all(cd_request *r)
{
    (void)r;
    order[norder++] = 4;
}

static void test_hooks(void **state)
{
    (void)state;
    cd_api_install(&api);
    assert_ptr_equal(cd_api_installed(), &api);
    assert_int_equal(cd_hooks_register("nope", before_login, NULL), CD_E_INVALID);
    assert_int_equal(cd_hooks_register("login", before_login, after_login), 0);
    assert_int_equal(cd_hooks_register("*", before_all, after_all), 0);
    cd_request *r = new_req();
    r->op = &ops[1];
    norder = 0;
    assert_int_equal(cd_hooks_run_before(r), CD_E_FORBIDDEN);
    cd_hooks_run_after(r);
    assert_int_equal(norder, 4);
    assert_int_equal(order[0], 1);
    assert_int_equal(order[1], 2);
    assert_int_equal(order[2], 3);
    assert_int_equal(order[3], 4);
    r->op = &ops[0];
    norder = 0;
    assert_int_equal(cd_hooks_run_before(r), 0);
    assert_int_equal(norder, 1);
    cd_api_install(&api); /* reinstalling clears the registry */
    norder = 0;
    r->op = &ops[1];
    assert_int_equal(cd_hooks_run_before(r), 0);
    assert_int_equal(norder, 0);
    free_req(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_methods),      cmocka_unit_test(test_accessors),
        cmocka_unit_test(test_headers),      cmocka_unit_test(test_verrors_cap),
        cmocka_unit_test(test_problem_json), cmocka_unit_test(test_app_error_hook),
        cmocka_unit_test(test_hooks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
