/* tests/unit/test_db.c — the connection pool. Without a database: URL validation, fast 503s
 * during an outage (connect backoff), deadlines, stats. With CONDUIT_TEST_DATABASE_URL set (the
 * test script exports it): prepared statements per connection, transactions and rollback on
 * release, SQLSTATE/constraint reporting, statement timeout, pool exhaustion. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "log.h"

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static cd_request *new_req(void)
{
    cd_arena *a = cd_arena_new(1024, 0);
    cd_request *r = cd_arena_alloc(a, sizeof *r);
    r->arena = a;
    r->request_id = "test";
    return r;
}

static void done_req(cd_request *r)
{
    cd_db_request_done(r);
    cd_arena_free(r->arena);
}

static const cd_stmt st_one = CD_STMT("t_one", 1, "SELECT $1::int + 1");

static void test_bad_url(void **state)
{
    (void)state;
    cd_db_config c = {"postgresql://[bad", 0, 2, 100, 0, 1};
    assert_int_equal(cd_db_pool_init(&c), CD_E_INVALID);
    cd_db_config d = {"postgresql://127.0.0.1:1/x", 3, 2, 100, 0, 1}; /* min > max */
    assert_int_equal(cd_db_pool_init(&d), CD_E_INVALID);
}

static void test_outage_fast(void **state)
{
    (void)state;
    /* Port 1 on loopback refuses at once: the pool must answer UNAVAILABLE, and during the
     * connect backoff without even trying. */
    cd_db_config c = {"postgresql://127.0.0.1:1/x", 0, 2, 100, 0, 1};
    assert_int_equal(cd_db_pool_init(&c), 0);
    cd_request *r = new_req();
    PGresult *res = NULL;
    const char *p[] = {"1"};
    assert_int_equal(cd_db_query(r, &st_one, p, &res), CD_E_UNAVAILABLE);
    assert_null(res);
    int64_t t0 = now_ns();
    for (int i = 0; i < 50; i++)
        assert_int_equal(cd_db_query(r, &st_one, p, &res), CD_E_UNAVAILABLE);
    assert_true(now_ns() - t0 < 200000000); /* backoff: no connect attempts, no waiting */
    assert_int_equal(cd_db_ping(), CD_E_UNAVAILABLE);
    cd_db_stats s;
    cd_db_pool_stats(&s);
    assert_int_equal(s.size, 0);
    assert_int_equal(s.in_use, 0);
    assert_int_equal(s.waiting, 0);
    assert_string_equal(cd_db_sqlstate(r), "");
    done_req(r);
    cd_db_pool_shutdown();
}

static void test_deadline(void **state)
{
    (void)state;
    cd_db_config c = {"postgresql://127.0.0.1:1/x", 0, 2, 100, 0, 1};
    assert_int_equal(cd_db_pool_init(&c), 0);
    cd_request *r = new_req();
    r->deadline_ns = now_ns() - 1;
    PGresult *res = NULL;
    const char *p[] = {"1"};
    assert_int_equal(cd_db_query(r, &st_one, p, &res), CD_E_TIMEOUT);
    assert_int_equal(cd_db_begin(r), CD_E_TIMEOUT);
    assert_int_equal(cd_db_commit(r), CD_E_INTERNAL); /* no transaction */
    cd_db_rollback(r);                                /* harmless */
    done_req(r);
    cd_db_pool_shutdown();
}

/* ---- with a real database ---- */

static const char *db_url(void)
{
    return getenv("CONDUIT_TEST_DATABASE_URL");
}

/* tests/integration stops and restarts the test cluster; it holds this lock exclusively while
 * it does, the live tests here hold it shared (ctest runs unit and integration in parallel). */
#define DB_LOCK_PATH "/tmp/conduit-test-database.lock"
static int db_lock_fd = -1;

static int live_setup(void **state)
{
    (void)state;
    if (!db_url())
        return 0;
    db_lock_fd = open(DB_LOCK_PATH, O_CREAT | O_RDWR | O_CLOEXEC, 0666);
    if (db_lock_fd < 0 || flock(db_lock_fd, LOCK_SH) != 0)
        return -1;
    cd_db_config c = {db_url(), 1, 2, 300, 200, 2};
    return cd_db_pool_init(&c);
}

static int live_teardown(void **state)
{
    (void)state;
    if (db_url())
        cd_db_pool_shutdown();
    if (db_lock_fd >= 0)
        close(db_lock_fd); /* releases the lock */
    db_lock_fd = -1;
    return 0;
}

static const cd_stmt st_sleep = CD_STMT("t_sleep", 0, "SELECT pg_sleep(1)");
static const cd_stmt st_mk =
    CD_STMT("t_mk", 0, "CREATE TEMP TABLE IF NOT EXISTS t_u (k int CONSTRAINT t_u_k UNIQUE)");
static const cd_stmt st_ins = CD_STMT("t_ins", 1, "INSERT INTO t_u VALUES ($1::int)");
static const cd_stmt st_cnt = CD_STMT("t_cnt", 0, "SELECT count(*) FROM t_u");
static const cd_stmt st_bad = CD_STMT("t_bad", 0, "SELECT * FROM no_such_table_xyz");

static void test_live_queries(void **state)
{
    (void)state;
    if (!db_url())
        skip();
    cd_request *r = new_req();
    PGresult *res = NULL;
    const char *p[] = {"41"};
    assert_int_equal(cd_db_query(r, &st_one, p, &res), 0);
    assert_string_equal(cd_db_text(res, 0, 0), "42");
    assert_int_equal(cd_db_query(r, &st_one, p, &res), 0); /* already prepared here */
    const char *pn[] = {NULL};
    assert_int_equal(cd_db_query(r, &st_one, pn, &res), 0);
    assert_null(cd_db_text(res, 0, 0)); /* NULL + 1 */
    assert_int_equal(cd_db_query(r, &st_bad, NULL, &res), CD_E_DB);
    assert_string_equal(cd_db_sqlstate(r), "42P01");
    done_req(r);

    /* transactions: unique violation reports the constraint; rollback on release */
    r = new_req();
    assert_int_equal(cd_db_query(r, &st_mk, NULL, &res), 0);
    assert_int_equal(cd_db_begin(r), 0);
    const char *one[] = {"1"};
    assert_int_equal(cd_db_query(r, &st_ins, one, &res), 0);
    assert_int_equal(cd_db_query(r, &st_ins, one, &res), CD_E_DB);
    assert_string_equal(cd_db_sqlstate(r), "23505");
    assert_string_equal(cd_db_constraint(r), "t_u_k");
    assert_int_equal(cd_db_commit(r), CD_E_DB); /* aborted transaction cannot commit */
    done_req(r);
    r = new_req();
    assert_int_equal(cd_db_query(r, &st_mk, NULL, &res), 0);
    assert_int_equal(cd_db_begin(r), 0);
    const char *two[] = {"2"};
    assert_int_equal(cd_db_query(r, &st_ins, two, &res), 0);
    done_req(r); /* open transaction: rolled back */
    cd_db_stats s;
    cd_db_pool_stats(&s);
    assert_int_equal(s.in_use, 0);
    r = new_req();
    assert_int_equal(cd_db_query(r, &st_mk, NULL, &res), 0);
    assert_int_equal(cd_db_query(r, &st_cnt, NULL, &res), 0);
    /* temp tables are per connection; on any connection no committed row may exist */
    assert_string_equal(cd_db_text(res, 0, 0), "0");
    done_req(r);
    assert_int_equal(cd_db_ping(), 0);
}

static void test_live_timeout_and_exhaustion(void **state)
{
    (void)state;
    if (!db_url())
        skip();
    cd_request *r = new_req();
    PGresult *res = NULL;
    assert_int_equal(cd_db_query(r, &st_sleep, NULL, &res), CD_E_TIMEOUT); /* 200 ms limit */
    const char *p[] = {"1"};
    assert_int_equal(cd_db_query(r, &st_one, p, &res), 0); /* connection still usable */
    cd_request *r2 = new_req();
    assert_int_equal(cd_db_query(r2, &st_one, p, &res), 0);
    cd_db_stats s;
    cd_db_pool_stats(&s);
    assert_int_equal(s.in_use, 2);
    cd_request *r3 = new_req(); /* max 2: waits acquire_timeout (300 ms), then 503 */
    int64_t t0 = now_ns();
    assert_int_equal(cd_db_query(r3, &st_one, p, &res), CD_E_UNAVAILABLE);
    int64_t waited = now_ns() - t0;
    assert_true(waited >= 250000000);
    done_req(r3);
    done_req(r2);
    done_req(r);
    cd_db_pool_stats(&s);
    assert_int_equal(s.in_use, 0);
    assert_int_equal(s.size, s.idle);
    assert_true(s.wait_ns_total == 0 || s.acquired_total > 0);
}

int main(void)
{
    cd_log_init(CD_LOG_ERROR, 2);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bad_url),
        cmocka_unit_test(test_outage_fast),
        cmocka_unit_test(test_deadline),
        cmocka_unit_test_setup_teardown(test_live_queries, live_setup, live_teardown),
        cmocka_unit_test_setup_teardown(test_live_timeout_and_exhaustion, live_setup,
                                        live_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
