/* runtime/connguard.c — framing checks and head deadlines on client sockets (see connguard.h).
 *
 * Why an interposed recv(): libmicrohttpd reads sockets itself (MHD_recv_ → recv(2)) and has
 * no callback between the kernel and its parser, so the only place to see a request's bytes
 * before it frames them is that call. The executable defining `recv` makes every library's
 * call land here; unregistered descriptors go straight to the system call (one relaxed load).
 *
 * Why the deadline thread: libmicrohttpd's timeout resets on every byte. A connection whose
 * head is late is answered 408 and shut down(2); libmicrohttpd then sees the end of the stream
 * and closes it. The descriptor is checked against the recorded peer first, so a descriptor
 * that libmicrohttpd closed and the process reused in the meantime is never touched.
 */
#include "connguard.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include "clock.h"
#include "errors.h"

#define CD__GUARD_MAX_FDS (1u << 20)
#define CD__GUARD_TICK_MS 100
#define CD__GUARD_LINGER_NS 2000000000LL /* after an error: read and drop, then close */
#define CD__GUARD_DRAIN_MAX (256u << 10)
#define CD__GUARD_RESP_MAX 2048

typedef struct cd__conn {
    int fd;
    struct sockaddr_storage peer;
    socklen_t peerlen;
    char ip[INET6_ADDRSTRLEN];
    cd_http1 p;
    int64_t opened_ns, head_ns; /* accept; first byte of the current head */
    uint64_t answered;          /* responses libmicrohttpd has finished */
    bool pending;               /* an error waits for earlier responses */
    bool sent;                  /* the error (or 408) was written; lingering */
    int64_t sent_ns;
    size_t drained;
} cd__conn;

static struct {
    pthread_mutex_t mu;
    _Atomic(cd__conn *) *slots;
    atomic_size_t nslots; /* 0 until slots is set; see cd__has_slot */
    size_t top;           /* one past the highest descriptor registered so far */
    cd_connguard_config cfg;
    pthread_t thread;
    bool running, stop;
    pthread_cond_t cv;
    atomic_uint_fast64_t rejected, dropped, timed_out;
} cd__g = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};

static ssize_t cd__sys_recv(int fd, void *buf, size_t len, int flags)
{
    /* recv(2) is recvfrom(2) without an address; libc's recvfrom is not interposed. */
    return recvfrom(fd, buf, len, flags, NULL, NULL);
}

/* The descriptor still is the connection recorded in c (see the file comment). */
static bool cd__same_peer(const cd__conn *c)
{
    struct sockaddr_storage ss;
    socklen_t n = sizeof ss;
    if (getpeername(c->fd, (struct sockaddr *)&ss, &n) != 0 || n != c->peerlen)
        return false;
    return memcmp(&ss, &c->peer, n) == 0;
}

/* Writes the error for c's verdict (status/reason) and half-closes; caller holds the lock. */
static void cd__answer(cd__conn *c, int status, const char *reason)
{
    char buf[CD__GUARD_RESP_MAX];
    size_t n = cd__g.cfg.render ? cd__g.cfg.render(status, reason, c->ip, buf, sizeof buf) : 0;
    if (n)
        (void)send(c->fd, buf, n, MSG_NOSIGNAL | MSG_DONTWAIT); /* best effort: closing anyway */
    (void)shutdown(c->fd, SHUT_WR);
    c->sent = true;
    c->sent_ns = cd_clock_ns();
}

int cd_connguard_start(const cd_connguard_config *cfg)
{
    int rc = CD_E_NOMEM;
    pthread_mutex_lock(&cd__g.mu);
    cd__g.cfg = *cfg;
    if (!cd__g.slots) {
        struct rlimit rl;
        size_t n = 65536;
        if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
            n = (size_t)rl.rlim_cur;
        if (n > CD__GUARD_MAX_FDS)
            n = CD__GUARD_MAX_FDS;
        /* Untouched pages of a large calloc cost no memory: only low descriptors are used. */
        cd__g.slots = calloc(n, sizeof *cd__g.slots);
        if (!cd__g.slots)
            goto out;
        atomic_store_explicit(&cd__g.nslots, n, memory_order_release);
    }
    rc = 0;
out:
    pthread_mutex_unlock(&cd__g.mu);
    return rc;
}

/* fd has a slot in the table. recv() asks on every thread without the lock (the cache
 * listener's libpq reads may already run while the server starts), so nslots is published with
 * release after slots is set: whoever sees it non-zero also sees the table. */
static bool cd__has_slot(int fd)
{
    return fd >= 0 && (size_t)fd < atomic_load_explicit(&cd__g.nslots, memory_order_acquire);
}

static void *cd__reaper(void *arg);

static int cd__start_thread(void)
{
    if (cd__g.running)
        return 0;
    cd__g.stop = false;
    if (pthread_create(&cd__g.thread, NULL, cd__reaper, NULL) != 0)
        return CD_E_NOMEM;
    cd__g.running = true;
    return 0;
}

void cd_connguard_stop(void)
{
    pthread_mutex_lock(&cd__g.mu);
    bool running = cd__g.running;
    cd__g.stop = true;
    pthread_cond_signal(&cd__g.cv);
    pthread_mutex_unlock(&cd__g.mu);
    if (running)
        pthread_join(cd__g.thread, NULL);
    pthread_mutex_lock(&cd__g.mu);
    cd__g.running = false;
    size_t nslots = atomic_load_explicit(&cd__g.nslots, memory_order_relaxed);
    for (size_t i = 0; i < nslots; i++) {
        cd__conn *c = atomic_load_explicit(&cd__g.slots[i], memory_order_relaxed);
        if (c) {
            atomic_store_explicit(&cd__g.slots[i], NULL, memory_order_relaxed);
            free(c);
        }
    }
    pthread_mutex_unlock(&cd__g.mu);
}

void cd_connguard_open(int fd, const struct sockaddr *peer, socklen_t peerlen)
{
    if (fd < 0)
        return;
    cd__conn *c = calloc(1, sizeof *c);
    if (!c)
        return; /* unguarded, as before this module: libmicrohttpd still limits it */
    c->fd = fd;
    if (peer && peerlen <= sizeof c->peer) {
        memcpy(&c->peer, peer, peerlen);
        c->peerlen = peerlen;
        if (peer->sa_family == AF_INET)
            inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)peer)->sin_addr, c->ip,
                      sizeof c->ip);
        else if (peer->sa_family == AF_INET6)
            inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)peer)->sin6_addr,
                      c->ip, sizeof c->ip);
    }
    cd_http1_init(&c->p, &cd__g.cfg.limits);
    c->opened_ns = cd_clock_ns();
    pthread_mutex_lock(&cd__g.mu);
    if (!cd__has_slot(fd) || cd__start_thread() != 0) {
        pthread_mutex_unlock(&cd__g.mu);
        free(c);
        return;
    }
    cd__conn *old = atomic_load_explicit(&cd__g.slots[fd], memory_order_relaxed);
    atomic_store_explicit(&cd__g.slots[fd], c, memory_order_release);
    if ((size_t)fd >= cd__g.top)
        cd__g.top = (size_t)fd + 1;
    pthread_mutex_unlock(&cd__g.mu);
    free(old); /* a close notification that never came */
}

void cd_connguard_close(int fd)
{
    if (!cd__has_slot(fd))
        return;
    pthread_mutex_lock(&cd__g.mu);
    cd__conn *c = atomic_load_explicit(&cd__g.slots[fd], memory_order_relaxed);
    atomic_store_explicit(&cd__g.slots[fd], NULL, memory_order_relaxed);
    pthread_mutex_unlock(&cd__g.mu);
    free(c);
}

void cd_connguard_response_done(int fd)
{
    if (!cd__has_slot(fd))
        return;
    pthread_mutex_lock(&cd__g.mu);
    cd__conn *c = atomic_load_explicit(&cd__g.slots[fd], memory_order_relaxed);
    if (c) {
        c->answered++;
        if (c->pending && c->answered >= c->p.complete) {
            c->pending = false;
            cd__answer(c, c->p.status, c->p.reason);
        }
    }
    pthread_mutex_unlock(&cd__g.mu);
}

void cd_connguard_stats_get(cd_connguard_stats *out)
{
    out->rejected = atomic_load(&cd__g.rejected);
    out->dropped = atomic_load(&cd__g.dropped);
    out->timed_out = atomic_load(&cd__g.timed_out);
}

/* Bytes n just read from c: check them; returns what libmicrohttpd gets (see recv below). */
static ssize_t cd__filter(cd__conn *c, char *buf, ssize_t n)
{
    if (c->p.verdict != CD_HTTP1_OK) {
        /* Answered or about to be: read and drop what the client still sends, so closing
         * does not reset the connection before it has read the answer. */
        c->drained += (size_t)n;
        if (c->drained > CD__GUARD_DRAIN_MAX ||
            (c->sent && cd_clock_ns() - c->sent_ns > CD__GUARD_LINGER_NS))
            return 0;
        errno = EAGAIN;
        return -1;
    }
    bool was_in_head = c->p.in_head;
    uint64_t heads = c->p.requests;
    size_t ok = cd_http1_feed(&c->p, buf, (size_t)n);
    if (c->p.verdict == CD_HTTP1_OK) {
        if (c->p.in_head && (!was_in_head || c->p.requests != heads))
            c->head_ns = cd_clock_ns();
        return n;
    }
    if (c->p.verdict == CD_HTTP1_DROP) {
        atomic_fetch_add(&cd__g.dropped, 1);
        (void)shutdown(c->fd, SHUT_RDWR);
        return 0;
    }
    atomic_fetch_add(&cd__g.rejected, 1);
    if (c->answered >= c->p.complete)
        cd__answer(c, c->p.status, c->p.reason);
    else
        c->pending = true; /* after the responses owed to earlier requests */
    /* libmicrohttpd gets the well-framed prefix (earlier pipelined requests and the start of
     * the bad one, which it will never see complete). */
    if (ok)
        return (ssize_t)ok;
    errno = EAGAIN;
    return -1;
}

/* The process's recv(2): see the file comment. */
ssize_t recv(int fd, void *buf, size_t len, int flags)
{
    if (!cd__has_slot(fd) || !atomic_load_explicit(&cd__g.slots[fd], memory_order_relaxed))
        return cd__sys_recv(fd, buf, len, flags);
    ssize_t n = cd__sys_recv(fd, buf, len, flags);
    if (n <= 0 || (flags & MSG_PEEK))
        return n;
    int saved = errno;
    pthread_mutex_lock(&cd__g.mu);
    cd__conn *c = atomic_load_explicit(&cd__g.slots[fd], memory_order_acquire);
    ssize_t out = c ? cd__filter(c, buf, n) : n;
    int err = errno;
    pthread_mutex_unlock(&cd__g.mu);
    errno = out < 0 ? err : saved;
    return out;
}

static void cd__reap(int64_t now)
{
    int64_t limit = cd__g.cfg.head_timeout_ns;
    for (size_t fd = 0; fd < cd__g.top; fd++) {
        cd__conn *c = atomic_load_explicit(&cd__g.slots[fd], memory_order_relaxed);
        if (!c)
            continue;
        if (c->sent) {
            if (now - c->sent_ns > CD__GUARD_LINGER_NS && cd__same_peer(c))
                (void)shutdown(c->fd, SHUT_RDWR);
            continue;
        }
        if (c->p.verdict != CD_HTTP1_OK || limit <= 0)
            continue;
        bool late = c->p.in_head ? now - c->head_ns > limit
                                 : (c->p.requests == 0 && now - c->opened_ns > limit);
        if (!late || !cd__same_peer(c))
            continue;
        atomic_fetch_add(&cd__g.timed_out, 1);
        c->p.verdict = CD_HTTP1_REJECT;
        if (c->answered >= c->p.complete)
            cd__answer(c, 408, "request header not received in time");
        (void)shutdown(c->fd, SHUT_RD);
    }
}

static void *cd__reaper(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&cd__g.mu);
    while (!cd__g.stop) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += CD__GUARD_TICK_MS * 1000000L;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&cd__g.cv, &cd__g.mu, &ts);
        if (!cd__g.stop)
            cd__reap(cd_clock_ns());
    }
    pthread_mutex_unlock(&cd__g.mu);
    return NULL;
}
