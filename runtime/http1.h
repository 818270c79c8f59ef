/* runtime/http1.h — a strict, incremental HTTP/1.1 request-framing checker (RFC 9112).
 *
 * libmicrohttpd 0.9.75 frames requests leniently: Content-Length beside Transfer-Encoding is
 * framed as chunked, the first of two differing Content-Lengths wins, `Transfer-Encoding :`
 * (space before the colon) is ignored, unknown codings and non-HTTP bytes wait for a timeout, and
 * its own error answers are HTML. Every byte the server reads from a client passes through this
 * checker first (see connguard.h); a request stream it accepts is one MHD frames the same way,
 * and the first violation yields the status and reason to answer with before closing.
 *
 * Pure: no I/O, no allocation, no clock. Feed bytes in any split; the verdict is the same.
 */
#ifndef CD_HTTP1_H
#define CD_HTTP1_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct cd_http1_limits {
    size_t max_target;    /* request-target bytes (→ 414) */
    size_t max_head;      /* request line + header section bytes (→ 431) */
    unsigned max_fields;  /* header fields (→ 431) */
    unsigned max_params;  /* query parameters (→ 414) */
    unsigned max_cookies; /* cookie pairs over all Cookie fields (→ 431) */
    uint64_t max_chunk;   /* largest chunk size (→ 413) */
} cd_http1_limits;

typedef enum {
    CD_HTTP1_OK = 0, /* everything fed so far is well framed */
    CD_HTTP1_REJECT, /* answer `status` with `reason`, then close */
    CD_HTTP1_DROP,   /* not HTTP at all (e.g. a TLS ClientHello): close without a word */
} cd_http1_verdict;

typedef struct cd_http1 {
    cd_http1_limits lim;
    int state;
    cd_http1_verdict verdict;
    int status;         /* with CD_HTTP1_REJECT */
    const char *reason; /* static text with CD_HTTP1_REJECT */
    uint64_t requests;  /* request heads completed */
    uint64_t complete;  /* requests completed (head and body) */
    bool in_head;       /* a request head has begun and is not complete */
    /* current request */
    size_t line_len, head_len, target_len;
    unsigned nfields, nparams, ncookies, empty_lines;
    bool in_query, version_10;
    unsigned host_count, cl_count, te_count;
    bool te_chunked_last, te_unknown, te_chunked_twice, te_chunked_seen;
    uint64_t cl;
    char name[20]; /* lower-cased prefix of the current field name */
    size_t name_len;
    char value[24]; /* value of the current Content-Length / Transfer-Encoding item */
    size_t value_len;
    int field;     /* which framing field the current line is (see http1.c) */
    int line_kind; /* what the line whose CR was just seen ends */
    bool trailer;  /* field lines are the chunked trailer section */
    char version[2];
    uint64_t remaining; /* body or chunk bytes still to skip; Content-Length being parsed */
    unsigned ext_len, digits;
} cd_http1;

void cd_http1_init(cd_http1 *p, const cd_http1_limits *lim);

/* Checks the next n bytes of the client's stream. Returns how many of them are well framed:
 * n while the verdict stays CD_HTTP1_OK, else the offset of the offending byte (the verdict,
 * status and reason say why). Once not OK, it stays so and further calls return 0. */
size_t cd_http1_feed(cd_http1 *p, const char *buf, size_t n);

/* True when `in_head` began (first byte of a request head seen) in this stream's lifetime and
 * no request byte is pending: between requests. */
bool cd_http1_idle(const cd_http1 *p);

#endif
