/* runtime/pool.h — a bounded FIFO of jobs served by a fixed set of threads.
 *
 * The server runs two: handlers (they block on PostgreSQL) and CPU-heavy operations (password
 * hashing, niced and under SCHED_IDLE so it only uses otherwise idle cores). A full queue is
 * refused at once (the caller answers 503 + Retry-After) rather than queueing without bound.
 */
#ifndef CD_POOL_H
#define CD_POOL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef void (*cd_pool_run_fn)(void *job);

typedef struct cd_pool {
    const char *name;
    pthread_mutex_t mu;
    pthread_cond_t cv;      /* work available / stop */
    pthread_cond_t idle_cv; /* a worker finished */
    void **ring;
    size_t cap, head, n;
    pthread_t *threads;
    int nthreads, started, busy;
    int nice;        /* scheduling niceness of the pool's threads (0 = as the process) */
    bool sched_idle; /* SCHED_IDLE: run only when nothing else wants the core */
    bool stop;
    cd_pool_run_fn run;
} cd_pool;

/* Starts nthreads threads running run(job) for queued jobs, at most depth waiting. 0 or CD_E_*. */
int cd_pool_start(cd_pool *p, const char *name, int nthreads, int depth, int nice, bool sched_idle,
                  cd_pool_run_fn run);
/* Lets queued jobs finish, then joins the threads. */
void cd_pool_stop(cd_pool *p);
/* Queues job; `before(job)` runs under the pool's lock before any worker can see it (the server
 * suspends the connection there). CD_E_UNAVAILABLE when the queue is full or stopping. */
int cd_pool_submit(cd_pool *p, void *job, void (*before)(void *job));
/* Waits until the pool has neither queued nor running work, at most until deadline_ns
 * (CLOCK_MONOTONIC); true when idle. */
bool cd_pool_wait_idle(cd_pool *p, int64_t deadline_ns);
void cd_pool_depth(cd_pool *p, int64_t *depth, int64_t *busy);
size_t cd_pool_capacity(const cd_pool *p);

#endif
