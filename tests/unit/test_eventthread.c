/* tests/unit/test_eventthread.c — the event-thread contract: an attempt refuses blocking and is
 * reset for its rerun; a blocking primitive reached on an event thread is counted; workers are
 * never counted. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "arena.h"
#include "eventthread.h"

static void test_attempt_refuses_and_resets(void **state)
{
    (void)state;
    cd_request r = {0};
    assert_true(cd_req_may_block(&r)); /* a worker may block */
    cd_evt_attempt_begin(&r);
    r.status = 200;
    r.res_body = "{}";
    r.res_len = 2;
    r.nres_headers = 1;
    r.principal.user_id = 7;
    assert_false(cd_req_may_block(&r));
    assert_true(r.blocked);
    assert_true(cd_evt_attempt_end(&r));
    assert_int_equal(r.status, 0);
    assert_null(r.res_body);
    assert_int_equal(r.nres_headers, 0);
    assert_int_equal(r.principal.user_id, 0);
    assert_false(r.no_block);
    assert_true(cd_req_may_block(&r)); /* the rerun on a worker may */
}

static void test_attempt_that_did_not_block_keeps_its_answer(void **state)
{
    (void)state;
    cd_request r = {0};
    cd_evt_attempt_begin(&r);
    r.status = 404;
    assert_false(cd_evt_attempt_end(&r));
    assert_int_equal(r.status, 404);
}

static void *worker(void *arg)
{
    (void)arg;
    cd_evt_block_point("database"); /* not an event thread: fine */
    return NULL;
}

static void test_blocking_on_an_event_thread_is_counted(void **state)
{
    (void)state;
    uint64_t before = cd_evt_violations();
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, worker, NULL), 0);
    pthread_join(t, NULL);
    assert_int_equal(cd_evt_violations(), before);
    assert_false(cd_evt_current());
    cd_evt_mark_current();
    assert_true(cd_evt_current());
    cd_evt_block_point("pbkdf2");
    assert_int_equal(cd_evt_violations(), before + 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attempt_refuses_and_resets),
        cmocka_unit_test(test_attempt_that_did_not_block_keeps_its_answer),
        cmocka_unit_test(test_blocking_on_an_event_thread_is_counted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
