/* runtime/http1.c — strict incremental HTTP/1.1 request framing (see http1.h).
 *
 * One byte at a time through the request line and header section (a few hundred bytes per
 * request), bodies skipped in bulk. What is refused, and why (RFC 9112 section numbers):
 *   - not a token where a method must start, on a fresh connection: not HTTP → drop (§2.2);
 *   - request-target not in origin-form or "*", with bytes outside VCHAR, too long, too many
 *     query parameters (§3.2);
 *   - a version other than HTTP/1.0 or HTTP/1.1 → 505; anything else malformed → 400;
 *   - whitespace between a field name and its colon (§5.1), obsolete line folding (§5.2),
 *     control characters in values, a CR not followed by LF (§2.2);
 *   - HTTP/1.1 without exactly one Host (§3.2);
 *   - Content-Length that is not digits, a list, or differing repeats (§6.3);
 *   - Transfer-Encoding with Content-Length, on HTTP/1.0, chunked not final or twice (§6.1),
 *     any coding but chunked → 501;
 *   - chunk sizes that are not 1–16 hex digits or exceed the limit; chunk data not followed by
 *     CRLF; over-long chunk extensions (§7.1).
 * A bare LF ends a line as MHD accepts it; both sides then agree on where every request ends.
 */
#include "http1.h"

#include <string.h>

#include "uri.h"

enum {
    S_START = 0, /* before a request line (empty lines allowed) */
    S_METHOD,
    S_TARGET,
    S_VERSION, /* "HTTP/x.y" */
    S_LINE_CR, /* CR seen at the end of a line: LF must follow */
    S_FIELD,   /* at the start of a field line (or the empty line ending the section) */
    S_NAME,
    S_VALUE,
    S_BODY,
    S_CHUNK_SIZE,
    S_CHUNK_EXT,
    S_CHUNK_DATA,
    S_CHUNK_DATA_END, /* CRLF after chunk data */
    S_DEAD,           /* a verdict was given */
};

enum { F_OTHER = 0, F_CL, F_TE, F_HOST, F_COOKIE };

/* What the CR/LF ending the current line finishes (S_LINE_CR continues from it). */
enum { L_REQUEST = 1, L_FIELD, L_CHUNK_SIZE, L_CHUNK_DATA, L_TRAILER };

#define CD__HTTP1_MAX_METHOD 32
#define CD__HTTP1_MAX_EXT 256
#define CD__HTTP1_MAX_EMPTY 8

static bool cd__tchar(unsigned char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return c && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static unsigned char cd__lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

void cd_http1_init(cd_http1 *p, const cd_http1_limits *lim)
{
    memset(p, 0, sizeof *p);
    p->lim = *lim;
    p->state = S_START;
}

bool cd_http1_idle(const cd_http1 *p)
{
    return p->state == S_START && !p->in_head;
}

static void cd__verdict(cd_http1 *p, cd_http1_verdict v, int status, const char *reason)
{
    p->verdict = v;
    p->status = status;
    p->reason = reason;
    p->state = S_DEAD;
}

static void cd__reject(cd_http1 *p, int status, const char *reason)
{
    cd__verdict(p, CD_HTTP1_REJECT, status, reason);
}

static void cd__new_request(cd_http1 *p)
{
    p->line_len = p->head_len = p->target_len = 0;
    p->nfields = p->nparams = p->ncookies = 0;
    p->in_query = p->version_10 = false;
    p->host_count = p->cl_count = p->te_count = 0;
    p->te_chunked_last = p->te_unknown = p->te_chunked_twice = p->te_chunked_seen = false;
    p->cl = 0;
    p->in_head = true;
}

/* One comma-separated Transfer-Encoding item has ended (value[] holds it, lower-cased). */
static void cd__te_item(cd_http1 *p)
{
    size_t n = p->value_len;
    while (n && (p->value[n - 1] == ' ' || p->value[n - 1] == '\t'))
        n--;
    p->value_len = 0;
    if (!n)
        return; /* empty list element: ignored (§5.6.1) */
    if (n == 7 && !memcmp(p->value, "chunked", 7)) {
        if (p->te_chunked_seen)
            p->te_chunked_twice = true;
        p->te_chunked_seen = p->te_chunked_last = true;
    } else {
        p->te_unknown = true;
        p->te_chunked_last = false;
    }
}

/* A field value byte of a framing field. Returns false after a verdict. */
static bool cd__value_byte(cd_http1 *p, unsigned char c)
{
    switch (p->field) {
    case F_CL:
        if (c == ' ' || c == '\t') {
            if (p->digits)
                p->value_len = 1; /* trailing whitespace seen: no more digits allowed */
            return true;
        }
        if (c == ',') {
            cd__reject(p, 400, "Content-Length must be a single number");
            return false;
        }
        if (c < '0' || c > '9' || p->value_len) {
            cd__reject(p, 400, "Content-Length must be a decimal number");
            return false;
        }
        if (++p->digits > 18) {
            cd__reject(p, 413, "request body too large");
            return false;
        }
        p->remaining = p->remaining * 10 + (uint64_t)(c - '0');
        return true;
    case F_TE:
        if (c == ',') {
            cd__te_item(p);
            return true;
        }
        if (!p->value_len && (c == ' ' || c == '\t'))
            return true;
        if (p->value_len < sizeof p->value)
            p->value[p->value_len++] = (char)cd__lower(c);
        else
            p->te_unknown = true; /* longer than any coding we know */
        return true;
    case F_COOKIE:
        if (c == ';')
            p->ncookies++;
        return true;
    default:
        return true;
    }
}

/* The current field line has ended. Returns false after a verdict. */
static bool cd__field_end(cd_http1 *p)
{
    switch (p->field) {
    case F_CL:
        if (!p->digits) {
            cd__reject(p, 400, "Content-Length must be a decimal number");
            return false;
        }
        if (p->cl_count > 1 && p->remaining != p->cl) {
            cd__reject(p, 400, "conflicting Content-Length headers");
            return false;
        }
        p->cl = p->remaining;
        p->remaining = 0;
        break;
    case F_TE:
        cd__te_item(p);
        break;
    case F_COOKIE:
        p->ncookies++;
        if (p->ncookies > p->lim.max_cookies) {
            cd__reject(p, 431, "too many cookies");
            return false;
        }
        break;
    default:
        break;
    }
    p->field = F_OTHER;
    return true;
}

/* The empty line ending the header section: decide the body's framing. */
static void cd__head_end(cd_http1 *p)
{
    p->in_head = false;
    p->requests++;
    if (!p->version_10 && p->host_count == 0)
        return cd__reject(p, 400, "HTTP/1.1 request without a Host header");
    if (p->host_count > 1)
        return cd__reject(p, 400, "more than one Host header");
    if (p->te_count) {
        if (p->cl_count)
            return cd__reject(p, 400, "both Content-Length and Transfer-Encoding");
        if (p->version_10)
            return cd__reject(p, 400, "Transfer-Encoding in an HTTP/1.0 request");
        if (p->te_unknown)
            return cd__reject(p, 501, "transfer coding not implemented (only chunked)");
        if (!p->te_chunked_last || p->te_chunked_twice)
            return cd__reject(p, 400, "chunked must be the final transfer coding, once");
        p->state = S_CHUNK_SIZE;
        p->digits = 0;
        p->remaining = 0;
        return;
    }
    if (p->cl_count && p->cl) {
        p->remaining = p->cl;
        p->state = S_BODY;
        return;
    }
    p->complete++;
    p->state = S_START;
}

/* A line has ended (after CR LF or a bare LF). */
static void cd__line_end(cd_http1 *p, int what)
{
    switch (what) {
    case L_REQUEST:
        p->state = S_FIELD;
        break;
    case L_FIELD:
        if (cd__field_end(p))
            p->state = S_FIELD;
        break;
    case L_CHUNK_SIZE:
        if (p->remaining == 0) {
            p->trailer = true; /* trailer section; its empty line ends the message */
            p->head_len = 0;
            p->nfields = 0;
            p->state = S_FIELD;
        } else {
            p->state = S_CHUNK_DATA;
        }
        break;
    case L_CHUNK_DATA:
        p->state = S_CHUNK_SIZE;
        p->digits = 0;
        p->remaining = 0;
        break;
    case L_TRAILER: /* the empty line after the trailer section */
        p->trailer = false;
        p->complete++;
        p->state = S_START;
        break;
    }
}

/* The empty line of a header or trailer section. */
static void cd__section_end(cd_http1 *p)
{
    if (p->trailer)
        cd__line_end(p, L_TRAILER);
    else
        cd__head_end(p);
}

/* CR or LF ending a line of kind `what`: a CR waits for its LF, a bare LF ends the line. */
static void cd__eol(cd_http1 *p, unsigned char c, int what)
{
    if (c == '\r') {
        p->line_kind = what;
        p->state = S_LINE_CR;
    } else if (what == 0) {
        cd__section_end(p);
    } else {
        cd__line_end(p, what);
    }
}

size_t cd_http1_feed(cd_http1 *p, const char *buf, size_t n)
{
    const unsigned char *b = (const unsigned char *)buf;
    size_t i = 0;
    for (; i < n && p->state != S_DEAD; i++) {
        unsigned char c = b[i];
        /* Bodies and chunk data are skipped in bulk. */
        if (p->state == S_BODY || p->state == S_CHUNK_DATA) {
            size_t take = (uint64_t)(n - i) < p->remaining ? n - i : (size_t)p->remaining;
            p->remaining -= take;
            i += take - 1;
            if (p->remaining == 0 && p->state == S_BODY) {
                p->complete++;
                p->state = S_START;
            } else if (p->remaining == 0) {
                p->state = S_CHUNK_DATA_END;
            }
            continue;
        }
        if ((p->in_head || p->trailer) && p->state != S_START && ++p->head_len > p->lim.max_head) {
            cd__reject(p, p->state == S_TARGET ? 414 : 431,
                       p->state == S_TARGET ? "request target too long"
                                            : "request header section too large");
            continue; /* the loop ends: the verdict is given */
        }
        switch (p->state) {
        case S_START:
            if (c == '\r' || c == '\n') {
                if (++p->empty_lines > CD__HTTP1_MAX_EMPTY)
                    cd__verdict(p, CD_HTTP1_DROP, 400, "not HTTP");
                break;
            }
            if (!cd__tchar(c)) {
                if (p->requests == 0 && (c < 0x20 || c >= 0x7f))
                    cd__verdict(p, CD_HTTP1_DROP, 400, "not HTTP");
                else
                    cd__reject(p, 400, "malformed request line");
                break;
            }
            p->empty_lines = 0;
            cd__new_request(p);
            p->head_len = 1;
            p->line_len = 1;
            p->state = S_METHOD;
            break;
        case S_METHOD:
            if (c == ' ') {
                p->state = S_TARGET;
                p->target_len = 0;
            } else if (!cd__tchar(c)) {
                cd__reject(p, 400, "malformed request line");
            } else if (++p->line_len > CD__HTTP1_MAX_METHOD) {
                cd__reject(p, 501, "method not implemented");
            }
            break;
        case S_TARGET:
            if (c == ' ' && p->target_len) {
                p->state = S_VERSION;
                p->line_len = 0;
            } else if (c <= 0x20 || c >= 0x7f || (p->target_len == 0 && c != '/' && c != '*')) {
                /* origin-form or "*" only: this is no proxy, and absolute-form targets were
                 * never routed (RFC 9112 §3.2.2 asks servers to accept them; refusing is
                 * the honest answer for a service that cannot act on them). */
                cd__reject(p, 400, "malformed request target");
            } else if (++p->target_len > p->lim.max_target) {
                cd__reject(p, 414, "request target too long");
            } else if (c == '?' && !p->in_query) {
                p->in_query = true;
                p->nparams = 1;
            } else if (c == '&' && p->in_query && ++p->nparams > p->lim.max_params) {
                cd__reject(p, 414, "too many query parameters");
            }
            break;
        case S_VERSION: {
            size_t k = p->line_len++;
            if (k < 5) {
                if (c != (unsigned char)"HTTP/"[k])
                    cd__reject(p, 400, "malformed request line");
            } else if (k == 5 || k == 7) {
                if (c < '0' || c > '9')
                    cd__reject(p, 400, "malformed HTTP version");
                else
                    p->version[k == 7] = (char)c;
            } else if (k == 6) {
                if (c != '.')
                    cd__reject(p, 400, "malformed HTTP version");
            } else if (k == 8 && (c == '\r' || c == '\n')) {
                if (p->version[0] != '1' || (p->version[1] != '0' && p->version[1] != '1')) {
                    cd__reject(p, 505, "HTTP version not supported (HTTP/1.1 only)");
                    break;
                }
                p->version_10 = p->version[1] == '0';
                cd__eol(p, c, L_REQUEST);
            } else {
                cd__reject(p, 400, "malformed request line");
            }
            break;
        }
        case S_LINE_CR:
            if (c != '\n')
                cd__reject(p, 400, "CR not followed by LF");
            else if (p->line_kind == 0)
                cd__section_end(p);
            else
                cd__line_end(p, p->line_kind);
            break;
        case S_FIELD:
            if (c == '\r' || c == '\n') {
                cd__eol(p, c, 0);
            } else if (c == ' ' || c == '\t') {
                cd__reject(p, 400, "obsolete line folding in a header field");
            } else if (!cd__tchar(c)) {
                cd__reject(p, 400, "malformed header field name");
            } else if (++p->nfields > p->lim.max_fields) {
                cd__reject(p, 431, "too many header fields");
            } else {
                p->name_len = 0;
                p->name[p->name_len++] = (char)cd__lower(c);
                p->state = S_NAME;
            }
            break;
        case S_NAME:
            if (c == ':') {
                p->field = F_OTHER;
                p->value_len = 0;
                p->digits = 0;
                p->remaining = 0;
                if (!p->trailer && p->name_len < sizeof p->name) {
                    const char *nm = p->name;
                    size_t nl = p->name_len;
                    if (nl == 14 && !memcmp(nm, "content-length", 14)) {
                        p->field = F_CL;
                        p->cl_count++;
                    } else if (nl == 17 && !memcmp(nm, "transfer-encoding", 17)) {
                        p->field = F_TE;
                        p->te_count++;
                    } else if (nl == 4 && !memcmp(nm, "host", 4)) {
                        p->field = F_HOST;
                        p->host_count++;
                    } else if (nl == 6 && !memcmp(nm, "cookie", 6)) {
                        p->field = F_COOKIE;
                    }
                }
                p->state = S_VALUE;
            } else if (c == ' ' || c == '\t') {
                cd__reject(p, 400, "whitespace between a header field name and its colon");
            } else if (!cd__tchar(c)) {
                cd__reject(p, 400, "malformed header field name");
            } else if (p->name_len < sizeof p->name) {
                p->name[p->name_len++] = (char)cd__lower(c);
            } else {
                p->name_len = sizeof p->name; /* longer than every framing field */
            }
            break;
        case S_VALUE:
            if (c == '\r' || c == '\n')
                cd__eol(p, c, L_FIELD);
            else if ((c < 0x20 && c != '\t') || c == 0x7f)
                cd__reject(p, 400, "control character in a header field value");
            else
                (void)cd__value_byte(p, c);
            break;
        case S_CHUNK_SIZE: {
            int h = cd_uri_hexval((char)c);
            if (h >= 0) {
                if (++p->digits > 16) {
                    cd__reject(p, 400, "malformed chunk size");
                    break;
                }
                p->remaining = p->remaining * 16 + (uint64_t)h;
                if (p->remaining > p->lim.max_chunk)
                    cd__reject(p, 413, "chunk too large");
            } else if ((c == '\r' || c == '\n') && p->digits) {
                cd__eol(p, c, L_CHUNK_SIZE);
            } else if ((c == ';' || c == ' ' || c == '\t') && p->digits) {
                p->state = S_CHUNK_EXT;
                p->ext_len = 1;
            } else {
                cd__reject(p, 400, "malformed chunk size");
            }
            break;
        }
        case S_CHUNK_EXT:
            if (c == '\r' || c == '\n') {
                p->ext_len = 0;
                cd__eol(p, c, L_CHUNK_SIZE);
            } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
                cd__reject(p, 400, "control character in a chunk extension");
            } else if (++p->ext_len > CD__HTTP1_MAX_EXT) {
                cd__reject(p, 400, "chunk extension too long");
            }
            break;
        case S_CHUNK_DATA_END:
            if (c == '\r' || c == '\n')
                cd__eol(p, c, L_CHUNK_DATA);
            else
                cd__reject(p, 400, "chunk data not followed by CRLF");
            break;
        default:
            break;
        }
    }
    return p->state == S_DEAD ? (i ? i - 1 : 0) : i;
}
