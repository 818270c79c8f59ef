/* tests/unit/test_arena.c — the per-request bump allocator: alignment, growth, limit, realloc,
 * reset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "arena.h"

static void test_alignment_and_zero(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(256, 0);
    for (int i = 1; i < 50; i++) {
        unsigned char *p = cd_arena_alloc(a, (size_t)i);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % CD_ARENA_ALIGN, 0);
        for (int k = 0; k < i; k++)
            assert_int_equal(p[k], 0);
        memset(p, 0xAB, (size_t)i);
    }
    cd_arena_free(a);
}

static void test_growth_and_limit(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(256, 4096);
    assert_non_null(cd_arena_alloc(a, 1000));
    assert_non_null(cd_arena_alloc(a, 1000));
    assert_null(cd_arena_alloc(a, 5000));             /* beyond the limit */
    assert_null(cd_arena_calloc(a, SIZE_MAX / 2, 4)); /* overflow */
    assert_true(cd_arena_used(a) >= 2000);
    cd_arena_reset(a);
    assert_int_equal(cd_arena_used(a), 0);
    assert_non_null(cd_arena_alloc(a, 3000)); /* room again after reset */
    cd_arena_free(a);
}

static void test_realloc_strings(void **state)
{
    (void)state;
    cd_arena *a = cd_arena_new(256, 0);
    char *p = cd_arena_alloc(a, 10);
    memcpy(p, "abcdefghi", 10);
    char *q = cd_arena_realloc(a, p, 10, 100);
    assert_ptr_equal(p, q); /* newest allocation grows in place */
    assert_string_equal(q, "abcdefghi");
    char *other = cd_arena_strdup(a, "x");
    assert_non_null(other);
    char *m = cd_arena_realloc(a, q, 100, 5000); /* no longer newest: moves, keeps content */
    assert_ptr_not_equal(m, q);
    assert_string_equal(m, "abcdefghi");
    assert_string_equal(cd_arena_strndup(a, "hello", 3), "hel");
    assert_string_equal(cd_arena_printf(a, "%d-%s", 42, "z"), "42-z");
    cd_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alignment_and_zero),
        cmocka_unit_test(test_growth_and_limit),
        cmocka_unit_test(test_realloc_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
