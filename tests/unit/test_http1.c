/* tests/unit/test_http1.c — the strict HTTP/1.1 framing checker: each refused shape (with its
 * status), the shapes that must pass, and verdicts that do not depend on how bytes are split. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "http1.h"

static const cd_http1_limits lim = {
    .max_target = 64,
    .max_head = 512,
    .max_fields = 8,
    .max_params = 4,
    .max_cookies = 4,
    .max_chunk = 1000,
};

typedef struct {
    const char *in;
    cd_http1_verdict verdict;
    int status;
    unsigned complete; /* requests completely framed */
} h1case;

#define H "Host: x\r\n"
static const h1case cases[] = {
    {"GET / HTTP/1.1\r\n" H "\r\n", CD_HTTP1_OK, 0, 1},
    {"GET / HTTP/1.0\r\n\r\n", CD_HTTP1_OK, 0, 1},
    {"GET / HTTP/1.1\n" H "\n", CD_HTTP1_OK, 0, 1},
    {"\r\nGET / HTTP/1.1\r\n" H "\r\n", CD_HTTP1_OK, 0, 1},
    {"POST / HTTP/1.1\r\n" H "Content-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\n" H "\r\n", CD_HTTP1_OK,
     0, 2},
    {"POST / HTTP/1.1\r\n" H "Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc", CD_HTTP1_OK, 0,
     1},
    {"POST / HTTP/1.1\r\n" H "Transfer-Encoding: Chunked\r\n\r\n3;a=b\r\nabc\r\n0\r\nT: v\r\n\r\n",
     CD_HTTP1_OK, 0, 1},
    {"GET /?a=1&b=2&c=3&d=4 HTTP/1.1\r\n" H "Cookie: a=1; b=2\r\nCookie: c=3\r\n\r\n", CD_HTTP1_OK,
     0, 1},
    /* refused */
    {"POST / HTTP/1.1\r\n" H "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n",
     CD_HTTP1_REJECT, 400, 0},
    {"POST / HTTP/1.1\r\n" H "Content-Length: 2\r\nContent-Length: 5\r\n\r\n", CD_HTTP1_REJECT, 400,
     0},
    {"POST / HTTP/1.1\r\n" H "Content-Length: 2, 2\r\n\r\n", CD_HTTP1_REJECT, 400, 0},
    {"POST / HTTP/1.1\r\n" H "Content-Length: 1 2\r\n\r\n", CD_HTTP1_REJECT, 400, 0},
    {"POST / HTTP/1.1\r\n" H "Content-Length: 9999999999999999999\r\n\r\n", CD_HTTP1_REJECT, 413,
     0},
    {"POST / HTTP/1.1\r\n" H "Transfer-Encoding : chunked\r\n\r\n", CD_HTTP1_REJECT, 400, 0},
    {"POST / HTTP/1.1\r\n" H "Transfer-Encoding: xchunked\r\n\r\n", CD_HTTP1_REJECT, 501, 0},
    {"POST / HTTP/1.1\r\n" H "Transfer-Encoding: chunked, identity\r\n\r\n", CD_HTTP1_REJECT, 501,
     0},
    {"POST / HTTP/1.1\r\n" H "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
     CD_HTTP1_REJECT, 400, 0},
    {"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", CD_HTTP1_REJECT, 400, 0},
    {"GET / HTTP/1.1\r\n\r\n", CD_HTTP1_REJECT, 400, 0},
    {"GET / HTTP/1.1\r\n" H H "\r\n", CD_HTTP1_REJECT, 400, 0},
    {"GET / HTTP/1.1\r\n" H "X: a\r\n b\r\n\r\n", CD_HTTP1_REJECT, 400, 0},
    {"GET / HTTP/1.1\r\n" H "X: a\rb\r\n\r\n", CD_HTTP1_REJECT, 400, 0},
    {"GET / HTTP/2.0\r\n" H "\r\n", CD_HTTP1_REJECT, 505, 0},
    {"GET / HTTP/1.1x\r\n" H "\r\n", CD_HTTP1_REJECT, 400, 0},
    {"GET http://a/ HTTP/1.1\r\n" H "\r\n", CD_HTTP1_REJECT, 400, 0},
    {"GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\n",
     CD_HTTP1_REJECT, 414, 0},
    {"GET /?a&b&c&d&e HTTP/1.1\r\n", CD_HTTP1_REJECT, 414, 0},
    {"GET / HTTP/1.1\r\n" H "Cookie: a=1; b=2; c=3; d=4; e=5\r\n\r\n", CD_HTTP1_REJECT, 431, 0},
    {"GET / HTTP/1.1\r\n" H "A: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\nF: 1\r\nG: 1\r\nI: 1\r\n\r\n",
     CD_HTTP1_REJECT, 431, 0},
    {"POST / HTTP/1.1\r\n" H "Transfer-Encoding: chunked\r\n\r\n3e9\r\n", CD_HTTP1_REJECT, 413, 0},
    {"POST / HTTP/1.1\r\n" H "Transfer-Encoding: chunked\r\n\r\n3\r\nabcX", CD_HTTP1_REJECT, 400,
     0},
    {"GET / HTTP/1.1\r\n" H "\r\nGET / HTTP/1.1\r\n\r\n", CD_HTTP1_REJECT, 400, 1},
    {"\x16\x03\x01\x00", CD_HTTP1_DROP, 400, 0},
};

static void feed_split(const char *in, size_t step, cd_http1 *p)
{
    cd_http1_init(p, &lim);
    size_t n = strlen(in);
    for (size_t off = 0; off < n; off += step)
        (void)cd_http1_feed(p, in + off, off + step > n ? n - off : step);
}

static void test_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (size_t step = 1; step <= 8; step += 7) {
            cd_http1 p;
            feed_split(cases[i].in, step == 8 ? strlen(cases[i].in) : step, &p);
            if (p.verdict != cases[i].verdict || (p.verdict && p.status != cases[i].status) ||
                p.complete != cases[i].complete)
                fail_msg("case %zu (%s): verdict %d status %d complete %llu", i, cases[i].in,
                         p.verdict, p.status, (unsigned long long)p.complete);
        }
    }
}

static void test_offset_of_the_offending_byte(void **state)
{
    (void)state;
    static const char in[] = "GET / HTTP/1.1\r\n" H "\r\nGET / HTTP/1.1\r\nX : 1\r\n";
    cd_http1 p;
    cd_http1_init(&p, &lim);
    size_t ok = cd_http1_feed(&p, in, sizeof in - 1);
    assert_int_equal(p.verdict, CD_HTTP1_REJECT);
    assert_int_equal(in[ok], ' '); /* the space before the colon */
    assert_int_equal(p.complete, 1);
    assert_int_equal(cd_http1_feed(&p, "more", 4), 0); /* dead stays dead */
}

static void test_idle_between_requests(void **state)
{
    (void)state;
    cd_http1 p;
    cd_http1_init(&p, &lim);
    assert_true(cd_http1_idle(&p));
    (void)cd_http1_feed(&p, "GET / HT", 8);
    assert_false(cd_http1_idle(&p));
    assert_true(p.in_head);
    static const char rest[] = "TP/1.1\r\n" H "\r\n";
    (void)cd_http1_feed(&p, rest, sizeof rest - 1);
    assert_true(cd_http1_idle(&p));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_offset_of_the_offending_byte),
        cmocka_unit_test(test_idle_between_requests),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
