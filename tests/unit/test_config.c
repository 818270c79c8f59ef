/* tests/unit/test_config.c — defaults, environment, command-line precedence, validation,
 * production refusals, --help. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "errors.h"

static const char *const vars[] = {
    "CONDUIT_PORT",           "CONDUIT_ENV",       "JWT_SECRET",
    "CONDUIT_WORKERS",        "CONDUIT_LOG_LEVEL", "CONDUIT_GZIP",
    "CONDUIT_DEBUG_DELAY_MS", "DATABASE_URL",      "CONDUIT_DB_MIN_CONNS",
    "CONDUIT_DB_MAX_CONNS"};

static int clean_env(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++)
        unsetenv(vars[i]);
    return 0;
}

static int load(cd_config *c, char *err, int argc, ...)
{
    char *argv[16] = {(char *)"conduit"};
    va_list ap;
    va_start(ap, argc);
    for (int i = 1; i < argc; i++)
        argv[i] = va_arg(ap, char *);
    va_end(ap);
    return cd_config_load(c, argc, argv, err, 256);
}

static void test_defaults(void **state)
{
    (void)state;
    cd_config c;
    char err[256];
    assert_int_equal(load(&c, err, 1), 0);
    assert_string_equal(c.host, "127.0.0.1");
    assert_int_equal(c.port, 8080);
    assert_int_equal(c.pbkdf2_iterations, 600000);
    assert_false(c.production);
    assert_true(c.gzip);
    assert_int_equal(c.log_level, CD_LOG_INFO);
    assert_int_equal(c.command, CD_CMD_SERVE);
    assert_string_equal(c.jwt_secret, CD_CONFIG_DEV_JWT_SECRET); /* dev fallback */
    assert_int_equal(c.max_body, 1048576);
}

static void test_env_then_cli(void **state)
{
    (void)state;
    cd_config c;
    char err[256];
    setenv("CONDUIT_PORT", "9000", 1);
    setenv("CONDUIT_WORKERS", "3", 1);
    setenv("CONDUIT_LOG_LEVEL", "WARN", 1);
    setenv("CONDUIT_GZIP", "off", 1);
    assert_int_equal(load(&c, err, 3, "--port", "9100"), 0);
    assert_int_equal(c.port, 9100); /* CLI beats environment */
    assert_int_equal(c.workers, 3);
    assert_int_equal(c.log_level, CD_LOG_WARN);
    assert_false(c.gzip);
    assert_int_equal(load(&c, err, 3, "migrate", "--workers=5"), 0);
    assert_int_equal(c.command, CD_CMD_MIGRATE);
    assert_int_equal(c.workers, 5);
}

static void test_invalid(void **state)
{
    (void)state;
    cd_config c;
    char err[256];
    assert_int_equal(load(&c, err, 3, "--port", "70000"), CD_E_INVALID);
    assert_non_null(strstr(err, "--port"));
    assert_int_equal(load(&c, err, 3, "--port", "80x"), CD_E_INVALID);
    assert_int_equal(load(&c, err, 2, "--port"), CD_E_INVALID);
    assert_int_equal(load(&c, err, 2, "--bogus=1"), CD_E_INVALID);
    assert_non_null(strstr(err, "--bogus"));
    assert_int_equal(load(&c, err, 2, "frobnicate"), CD_E_INVALID);
    assert_int_equal(load(&c, err, 3, "--log-level", "loud"), CD_E_INVALID);
    assert_int_equal(load(&c, err, 3, "--gzip", "maybe"), CD_E_INVALID);
    setenv("CONDUIT_WORKERS", "0", 1);
    assert_int_equal(load(&c, err, 1), CD_E_INVALID);
    assert_non_null(strstr(err, "CONDUIT_WORKERS"));
    unsetenv("CONDUIT_WORKERS");
    setenv("CONDUIT_DB_MIN_CONNS", "20", 1);
    setenv("CONDUIT_DB_MAX_CONNS", "10", 1);
    assert_int_equal(load(&c, err, 1), CD_E_INVALID);
}

static void test_production(void **state)
{
    (void)state;
    cd_config c;
    char err[256];
    setenv("CONDUIT_ENV", "production", 1);
    assert_int_equal(load(&c, err, 1), CD_E_INVALID); /* no secret */
    assert_non_null(strstr(err, "JWT_SECRET"));
    setenv("JWT_SECRET", CD_CONFIG_DEV_JWT_SECRET, 1);
    assert_int_equal(load(&c, err, 1), CD_E_INVALID); /* the dev default */
    setenv("JWT_SECRET", "short", 1);
    assert_int_equal(load(&c, err, 1), CD_E_INVALID);
    setenv("JWT_SECRET", "0123456789abcdef0123456789abcdef-prod", 1);
    assert_int_equal(load(&c, err, 1), 0);
    assert_true(c.production);
    setenv("CONDUIT_DEBUG_DELAY_MS", "100", 1);
    assert_int_equal(load(&c, err, 1), CD_E_INVALID);
    unsetenv("CONDUIT_DEBUG_DELAY_MS");
    setenv("CONDUIT_ENV", "staging", 1);
    assert_int_equal(load(&c, err, 1), CD_E_INVALID);
}

static void test_help(void **state)
{
    (void)state;
    cd_config c;
    char err[256];
    assert_int_equal(load(&c, err, 2, "--help"), 0);
    assert_int_equal(c.command, CD_CMD_HELP);
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    cd_config_print_help(f);
    fclose(f);
    const char *must[] = {
        "CONDUIT_PORT",        "DATABASE_URL",         "JWT_SECRET", "PBKDF2_ITERATIONS",
        "CONDUIT_QUEUE_DEPTH", "CONDUIT_CORS_ORIGINS", "600000",     "--workers"};
    for (size_t i = 0; i < sizeof must / sizeof must[0]; i++)
        if (!strstr(buf, must[i]))
            fail_msg("--help lacks %s", must[i]);
    assert_null(strstr(buf, CD_CONFIG_DEV_JWT_SECRET)); /* never print the dev secret */
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_defaults, clean_env),
        cmocka_unit_test_setup(test_env_then_cli, clean_env),
        cmocka_unit_test_setup(test_invalid, clean_env),
        cmocka_unit_test_setup(test_production, clean_env),
        cmocka_unit_test_setup(test_help, clean_env),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
