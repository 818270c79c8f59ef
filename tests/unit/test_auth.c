/* tests/unit/test_auth.c — JWT HS256 (RFC 7515 A.1 vector, issue/verify, tampering, alg
 * confusion, time claims) and PBKDF2-HMAC-SHA256 (RFC 7914 §11 vectors, hash/verify/rehash). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "auth.h"
#include "errors.h"
#include "uri.h"

static int64_t fake_now = 1700000000;
static int64_t clock_fn(void)
{
    return fake_now;
}

static const char secret[] = "unit-test-secret-unit-test-secret!";

static int setup(void **state)
{
    (void)state;
    cd_auth_config c = {secret, sizeof secret - 1, 3600, 30, 1000};
    assert_int_equal(cd_auth_init(&c), 0);
    cd_auth_set_clock(clock_fn);
    fake_now = 1700000000;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    cd_auth_set_clock(NULL);
    return 0;
}

/* Sign header.payload with the test secret and return a full token in buf. */
static void make_token(char *buf, size_t cap, const char *header_json, const char *payload_json)
{
    char h[512], p[512], sig[44];
    size_t hn = cd_b64_encode((const unsigned char *)header_json, strlen(header_json), h, 1);
    size_t pn = cd_b64_encode((const unsigned char *)payload_json, strlen(payload_json), p, 1);
    int n = snprintf(buf, cap, "%.*s.%.*s", (int)hn, h, (int)pn, p);
    assert_true(n > 0 && (size_t)n < cap);
    assert_int_equal(cd_jwt_hs256(secret, sizeof secret - 1, buf, (size_t)n, sig), 0);
    assert_true((size_t)n + 1 + 43 < cap);
    buf[n] = '.';
    memcpy(buf + n + 1, sig, 44);
}

static void test_rfc7515_a1_signature(void **state)
{
    (void)state;
    static const char k64[] =
        "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";
    static const char input[] =
        "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
        ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0"
        "cnVlfQ";
    unsigned char key[128];
    long kn = cd_b64_decode(k64, strlen(k64), key, 1);
    assert_int_equal(kn, 64);
    char sig[44];
    assert_int_equal(cd_jwt_hs256(key, (size_t)kn, input, strlen(input), sig), 0);
    assert_string_equal(sig, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
}

static void test_issue_verify_roundtrip(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    const char *tok = NULL;
    assert_int_equal(cd_jwt_issue(a, 42, "jake", &tok), 0);
    assert_non_null(strchr(tok, '.'));
    cd_jwt_claims c;
    memset(&c, 0, sizeof c);
    assert_int_equal(cd_jwt_verify(a, tok, &c), 0);
    assert_int_equal(c.sub, 42);
    assert_string_equal(c.username, "jake");
    assert_int_equal(c.iat, fake_now);
    assert_int_equal(c.exp, fake_now + 3600);
    cd_arena_free(a);
}

static void test_tampered(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    const char *tok = NULL;
    cd_jwt_claims c;
    assert_int_equal(cd_jwt_issue(a, 7, "x", &tok), 0);
    char *t = cd_arena_strdup(a, tok);
    size_t n = strlen(t);
    /* flip the last signature character */
    t[n - 1] = t[n - 1] == 'A' ? 'B' : 'A';
    assert_int_equal(cd_jwt_verify(a, t, &c), CD_E_UNAUTHORIZED);
    /* a payload signed with another key */
    char other[1024];
    make_token(other, sizeof other, "{\"alg\":\"HS256\"}", "{\"sub\":\"7\",\"exp\":1700003600}");
    assert_int_equal(cd_jwt_verify(a, other, &c), 0);
    cd_auth_config k2 = {"another-secret", 14, 3600, 30, 1000};
    assert_int_equal(cd_auth_init(&k2), 0);
    assert_int_equal(cd_jwt_verify(a, other, &c), CD_E_UNAUTHORIZED);
    assert_int_equal(cd_jwt_verify(a, "", &c), CD_E_UNAUTHORIZED);
    assert_int_equal(cd_jwt_verify(a, "a.b", &c), CD_E_UNAUTHORIZED);
    assert_int_equal(cd_jwt_verify(a, "a.b.c.d", &c), CD_E_UNAUTHORIZED);
    cd_arena_free(a);
}

static void test_alg_none_and_wrong_alg(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    cd_jwt_claims c;
    char tok[1024];
    /* alg none with an empty signature */
    char h[128], p[256];
    const char *hn = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
    const char *pl = "{\"sub\":\"1\",\"exp\":1700003600}";
    cd_b64_encode((const unsigned char *)hn, strlen(hn), h, 1);
    cd_b64_encode((const unsigned char *)pl, strlen(pl), p, 1);
    snprintf(tok, sizeof tok, "%s.%s.", h, p);
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    /* alg none even with a valid HMAC */
    make_token(tok, sizeof tok, hn, pl);
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    /* HS512 / lower-case / missing alg */
    make_token(tok, sizeof tok, "{\"alg\":\"HS512\"}", pl);
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    make_token(tok, sizeof tok, "{\"alg\":\"hs256\"}", pl);
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    make_token(tok, sizeof tok, "{\"typ\":\"JWT\"}", pl);
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    /* control: the same payload with HS256 passes */
    make_token(tok, sizeof tok, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", pl);
    assert_int_equal(cd_jwt_verify(a, tok, &c), 0);
    cd_arena_free(a);
}

static void test_time_claims(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    cd_jwt_claims c;
    char tok[1024];
    const char *h = "{\"alg\":\"HS256\"}";
    /* expired beyond the 30 s leeway */
    make_token(tok, sizeof tok, h, "{\"sub\":\"1\",\"exp\":1699999960}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    /* expired within the leeway: accepted */
    make_token(tok, sizeof tok, h, "{\"sub\":\"1\",\"exp\":1699999990}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), 0);
    /* not yet valid */
    make_token(tok, sizeof tok, h, "{\"sub\":\"1\",\"exp\":1700009999,\"nbf\":1700000100}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    make_token(tok, sizeof tok, h, "{\"sub\":\"1\",\"exp\":1700009999,\"nbf\":1700000020}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), 0);
    /* issued in the future */
    make_token(tok, sizeof tok, h, "{\"sub\":\"1\",\"exp\":1700009999,\"iat\":1700000500}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    /* no exp at all, or exp of the wrong type */
    make_token(tok, sizeof tok, h, "{\"sub\":\"1\"}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    make_token(tok, sizeof tok, h, "{\"sub\":\"1\",\"exp\":\"1700009999\"}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    /* issued token expires after the TTL */
    const char *t = NULL;
    assert_int_equal(cd_jwt_issue(a, 5, "u", &t), 0);
    fake_now += 3600 + 31;
    assert_int_equal(cd_jwt_verify(a, t, &c), CD_E_UNAUTHORIZED);
    cd_arena_free(a);
}

static void test_subject_forms(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    cd_jwt_claims c;
    char tok[1024];
    const char *h = "{\"alg\":\"HS256\"}";
    /* legacy Express tokens: numeric "id" */
    make_token(tok, sizeof tok, h, "{\"id\":17,\"username\":\"old\",\"exp\":1700009999}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), 0);
    assert_int_equal(c.sub, 17);
    assert_string_equal(c.username, "old");
    make_token(tok, sizeof tok, h, "{\"exp\":1700009999}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    make_token(tok, sizeof tok, h, "{\"sub\":\"12x\",\"exp\":1700009999}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    make_token(tok, sizeof tok, h, "{\"sub\":12,\"exp\":1700009999}");
    assert_int_equal(cd_jwt_verify(a, tok, &c), CD_E_UNAUTHORIZED);
    cd_arena_free(a);
}

static void test_base64_strict(void **state)
{
    (void)state;
    unsigned char out[16];
    char enc[16];
    assert_int_equal(cd_b64_encode((const unsigned char *)"ab", 2, enc, 0), 4);
    assert_string_equal(enc, "YWI=");
    assert_int_equal(cd_b64_encode((const unsigned char *)"ab", 2, enc, 1), 3);
    assert_string_equal(enc, "YWI");
    assert_int_equal(cd_b64_decode("YWI=", 4, out, 0), 2);
    assert_memory_equal(out, "ab", 2);
    assert_int_equal(cd_b64_decode("YWI", 3, out, 0), -1);  /* std needs padding */
    assert_int_equal(cd_b64_decode("YWJ=", 4, out, 0), -1); /* non-zero trailing bits */
    assert_int_equal(cd_b64_decode("Y", 1, out, 1), -1);
    assert_int_equal(cd_b64_decode("a+b/", 4, out, 1), -1); /* std alphabet in url mode */
}

static void from_hex(const char *hex, unsigned char *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int hi = cd_uri_hexval(hex[2 * i]), lo = cd_uri_hexval(hex[2 * i + 1]);
        assert_true(hi >= 0 && lo >= 0);
        out[i] = (unsigned char)(hi << 4 | lo);
    }
}

/* RFC 7914 §11, checked through the stored-hash verifier (legacy format with a 64-byte key). */
static void check_kat(const char *pw, const char *salt, int iter, const char *hex)
{
    unsigned char dk[64];
    from_hex(hex, dk, 64);
    char s64[64], k64[128], stored[256];
    cd_b64_encode((const unsigned char *)salt, strlen(salt), s64, 0);
    cd_b64_encode(dk, 64, k64, 0);
    snprintf(stored, sizeof stored, "pbkdf2_sha256$%d$%s$%s", iter, s64, k64);
    bool rehash = false;
    assert_int_equal(cd_password_verify(pw, stored, &rehash), 0);
    assert_true(rehash); /* 64-byte key differs from the 32-byte standard */
    assert_int_equal(cd_password_verify("wrong", stored, NULL), CD_E_UNAUTHORIZED);
}

static void test_pbkdf2_rfc7914(void **state)
{
    (void)state;
    check_kat("passwd", "salt", 1,
              "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
              "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    check_kat("Password", "NaCl", 80000,
              "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
              "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

static void test_password_hash_verify_rehash(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    const char *h1 = NULL, *h2 = NULL;
    assert_int_equal(cd_password_hash(a, "hunter2", &h1), 0);
    assert_int_equal(strncmp(h1, "pbkdf2_sha256$1000$", 19), 0);
    assert_int_equal(cd_password_hash(a, "hunter2", &h2), 0);
    assert_string_not_equal(h1, h2); /* fresh salt each time */
    bool rehash = true;
    assert_int_equal(cd_password_verify("hunter2", h1, &rehash), 0);
    assert_false(rehash);
    assert_int_equal(cd_password_verify("hunter3", h1, &rehash), CD_E_UNAUTHORIZED);
    assert_int_equal(cd_password_verify("", h1, NULL), CD_E_UNAUTHORIZED);
    /* raise the cost: the old hash still verifies and asks for a rehash */
    cd_auth_config c = {secret, sizeof secret - 1, 3600, 30, 2000};
    assert_int_equal(cd_auth_init(&c), 0);
    assert_int_equal(cd_password_verify("hunter2", h1, &rehash), 0);
    assert_true(rehash);
    /* malformed stored strings */
    const char *bad[] = {"",
                         "pbkdf2_sha256",
                         "pbkdf2_sha256$1000$c2FsdA==",
                         "pbkdf2_sha1$1000$c2FsdA==$c2FsdA==",
                         "pbkdf2_sha256$x$c2FsdA==$c2FsdA==",
                         "pbkdf2_sha256$0$c2FsdA==$c2FsdA==",
                         "pbkdf2_sha256$$c2FsdA==$c2FsdA==",
                         "pbkdf2_sha256$1000$!!$c2FsdA==",
                         "pbkdf2_sha256$1000$c2FsdA==$c2Fs$x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(cd_password_verify("hunter2", bad[i], NULL), CD_E_UNAUTHORIZED);
    cd_arena_free(a);
}

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* An unknown account must cost what a wrong password costs (login timing must not reveal
 * accounts): the dummy verification does the configured number of iterations. */
static void test_password_verify_nobody_costs_a_verification(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(1024, 0);
    const char *h = NULL, *cheap = NULL; /* cheap: a legacy hash of a hundredth of the cost */
    assert_int_equal(cd_password_hash(a, "hunter2", &cheap), 0);
    cd_auth_config c = {secret, sizeof secret - 1, 3600, 30, 100000};
    assert_int_equal(cd_auth_init(&c), 0);
    assert_int_equal(cd_password_hash(a, "hunter2", &h), 0);
    assert_int_equal(cd_password_verify_nobody("hunter2"), CD_E_UNAUTHORIZED);
    assert_int_equal(cd_password_verify_nobody(""), CD_E_UNAUTHORIZED);
    assert_int_equal(cd_password_verify_nobody(NULL), CD_E_UNAUTHORIZED);
    /* failures against: the real hash, no account, a cheap legacy hash, a malformed one */
    const char *stored[4] = {h, NULL, cheap, "pbkdf2_sha256$x$c2FsdA==$c2FsdA=="};
    double best[4] = {1e9, 1e9, 1e9, 1e9};
    for (int i = 0; i < 3; i++) {
        for (int k = 0; k < 4; k++) {
            double t0 = cpu_ms();
            int rc = k == 1 ? cd_password_verify_nobody("hunter3")
                            : cd_password_verify("hunter3", stored[k], NULL);
            double t = cpu_ms() - t0;
            assert_int_equal(rc, CD_E_UNAUTHORIZED);
            best[k] = t < best[k] ? t : best[k];
        }
    }
    /* CPU time, best of three: generous bounds, yet far from the 100x of a skipped hash */
    assert_true(best[0] > 1.0);
    for (int k = 1; k < 4; k++) {
        assert_true(best[k] > 0.5 * best[0]);
        assert_true(best[k] < 2.0 * best[0]);
    }
    /* the cheap hash still verifies (and asks for a rehash) */
    bool rehash = false;
    assert_int_equal(cd_password_verify("hunter2", cheap, &rehash), 0);
    assert_true(rehash);
    cd_arena_free(a);
}

static void test_init_rejects(void **state)
{
    (void)state;
    cd_auth_config c = {"", 0, 3600, 30, 1000};
    assert_int_equal(cd_auth_init(&c), CD_E_INVALID);
    cd_auth_config d = {"k", 1, 3600, 30, 0};
    assert_int_equal(cd_auth_init(&d), CD_E_INVALID);
    assert_int_equal(cd_auth_pbkdf2_iterations(), 1000); /* unchanged by the failed inits */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rfc7515_a1_signature),
        cmocka_unit_test_setup_teardown(test_issue_verify_roundtrip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tampered, setup, teardown),
        cmocka_unit_test_setup_teardown(test_alg_none_and_wrong_alg, setup, teardown),
        cmocka_unit_test_setup_teardown(test_time_claims, setup, teardown),
        cmocka_unit_test_setup_teardown(test_subject_forms, setup, teardown),
        cmocka_unit_test(test_base64_strict),
        cmocka_unit_test_setup_teardown(test_pbkdf2_rfc7914, setup, teardown),
        cmocka_unit_test_setup_teardown(test_password_hash_verify_rehash, setup, teardown),
        cmocka_unit_test_setup_teardown(test_password_verify_nobody_costs_a_verification, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_init_rejects, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
