/* runtime/pool.c — bounded FIFO thread pools (see pool.h). */
#include "pool.h"

#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "errors.h"

static void *cd__pool_main(void *arg)
{
    cd_pool *p = arg;
    /* Linux applies setpriority()/sched_setscheduler() on a thread id to that thread alone. A
     * niced CPU pool may use every idle core for hashing, yet yields to request threads and
     * PostgreSQL. SCHED_IDLE goes further: a waking request thread preempts a hashing thread at
     * once instead of after the scheduler's wake-up granularity (milliseconds at nice 10, which
     * showed as GET p99 x3.6 during a login flood). Best effort: failure leaves the thread at
     * normal priority. */
    if (p->nice)
        (void)setpriority(PRIO_PROCESS, (id_t)gettid(), p->nice);
    if (p->sched_idle) {
        struct sched_param sp = {.sched_priority = 0};
        (void)sched_setscheduler((pid_t)gettid(), SCHED_IDLE, &sp);
    }
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->n && !p->stop)
            pthread_cond_wait(&p->cv, &p->mu);
        if (!p->n && p->stop)
            break;
        void *job = p->ring[p->head];
        p->head = (p->head + 1) % p->cap;
        p->n--;
        p->busy++;
        pthread_mutex_unlock(&p->mu);
        p->run(job);
        pthread_mutex_lock(&p->mu);
        p->busy--;
        pthread_cond_broadcast(&p->idle_cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

int cd_pool_start(cd_pool *p, const char *name, int nthreads, int depth, int nice, bool sched_idle,
                  cd_pool_run_fn run)
{
    int rc = CD_E_NOMEM;
    memset(p, 0, sizeof *p);
    p->name = name;
    p->nice = nice;
    p->sched_idle = sched_idle;
    p->run = run;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    pthread_cond_init(&p->idle_cv, NULL);
    p->cap = (size_t)depth;
    p->ring = calloc(p->cap, sizeof *p->ring);
    p->threads = calloc((size_t)nthreads, sizeof *p->threads);
    if (!p->ring || !p->threads)
        goto out;
    p->nthreads = nthreads;
    rc = CD_E_INTERNAL;
    for (int i = 0; i < nthreads; i++) {
        if (pthread_create(&p->threads[i], NULL, cd__pool_main, p))
            goto out;
        p->started++;
    }
    rc = 0;
out:
    return rc;
}

void cd_pool_stop(cd_pool *p)
{
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->started; i++)
        pthread_join(p->threads[i], NULL);
    free(p->ring);
    free(p->threads);
    p->ring = NULL;
    p->threads = NULL;
    p->started = 0;
}

bool cd_pool_wait_idle(cd_pool *p, int64_t deadline_ns)
{
    bool idle = false;
    pthread_mutex_lock(&p->mu);
    while (!(idle = (p->n == 0 && p->busy == 0)) && cd_clock_ns() < deadline_ns) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 20000000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&p->idle_cv, &p->mu, &ts);
    }
    pthread_mutex_unlock(&p->mu);
    return idle;
}

void cd_pool_depth(cd_pool *p, int64_t *depth, int64_t *busy)
{
    pthread_mutex_lock(&p->mu);
    *depth = (int64_t)p->n;
    *busy = p->busy;
    pthread_mutex_unlock(&p->mu);
}

size_t cd_pool_capacity(const cd_pool *p)
{
    return p->cap;
}

int cd_pool_submit(cd_pool *p, void *job, void (*before)(void *job))
{
    int rc = CD_E_UNAVAILABLE;
    pthread_mutex_lock(&p->mu);
    if (p->n >= p->cap || p->stop)
        goto out;
    if (before)
        before(job);
    p->ring[(p->head + p->n) % p->cap] = job;
    p->n++;
    pthread_cond_signal(&p->cv);
    rc = 0;
out:
    pthread_mutex_unlock(&p->mu);
    return rc;
}
