/* runtime/netguard.c — destination classification for outgoing requests (see netguard.h).
 *
 * The URL is parsed here rather than by a general URL library so that what is judged is exactly
 * what a client library will connect to: anything ambiguous between parsers (a backslash,
 * whitespace, percent-encoded or non-ASCII hosts, userinfo, IPv6 zone ids) is refused outright
 * instead of being interpreted.
 */
#include "netguard.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "errors.h"

#define NG_MAX_URL 2048
#define NG_MAX_HOST 253

static cd_netguard_getaddrinfo_fn ng__gai = getaddrinfo;
static cd_netguard_freeaddrinfo_fn ng__fai = freeaddrinfo;

void cd_netguard_set_resolver(cd_netguard_getaddrinfo_fn gai, cd_netguard_freeaddrinfo_fn fai)
{
    ng__gai = gai ? gai : getaddrinfo;
    ng__fai = fai ? fai : freeaddrinfo;
}

static void ng__why(char *why, size_t whylen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void ng__why(char *why, size_t whylen, const char *fmt, ...)
{
    if (!why || !whylen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, whylen, fmt, ap);
    va_end(ap);
}

const char *cd_netguard_class_name(cd_netguard_class c)
{
    switch (c) {
    case CD_NETGUARD_PUBLIC:
        return "public";
    case CD_NETGUARD_LOOPBACK:
        return "loopback";
    case CD_NETGUARD_PRIVATE:
        return "private";
    case CD_NETGUARD_CGNAT:
        return "carrier-grade NAT";
    case CD_NETGUARD_LINK_LOCAL:
        return "link-local";
    case CD_NETGUARD_METADATA:
        return "cloud metadata";
    case CD_NETGUARD_UNSPECIFIED:
        return "unspecified";
    case CD_NETGUARD_THIS_NETWORK:
        return "this-network";
    case CD_NETGUARD_MULTICAST:
        return "multicast";
    case CD_NETGUARD_BROADCAST:
        return "broadcast";
    case CD_NETGUARD_DOCUMENTATION:
        return "documentation";
    case CD_NETGUARD_RESERVED:
        return "reserved";
    }
    return "reserved";
}

/* ---------------------------------------------------------------- addresses */

/* a/len: does the address (as a 32-bit number) lie in prefix/bits? */
static bool ng__in4(uint32_t a, uint32_t prefix, int bits)
{
    uint32_t mask = bits == 0 ? 0 : 0xffffffffu << (32 - bits);
    return (a & mask) == (prefix & mask);
}

cd_netguard_class cd_netguard_classify_ipv4(const unsigned char b[4])
{
    uint32_t a = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    /* Metadata first: some of these sit inside ranges that the policy may allow. */
    if (a == 0xa9fea9feu     /* 169.254.169.254: AWS, GCP, Azure, OpenStack, ... */
        || a == 0x646464c8u  /* 100.100.100.200: Alibaba Cloud */
        || a == 0xa83f8110u) /* 168.63.129.16: Azure wire server */
        return CD_NETGUARD_METADATA;
    if (a == 0)
        return CD_NETGUARD_UNSPECIFIED;
    if (ng__in4(a, 0x00000000u, 8))
        return CD_NETGUARD_THIS_NETWORK;
    if (ng__in4(a, 0x7f000000u, 8))
        return CD_NETGUARD_LOOPBACK;
    if (ng__in4(a, 0x0a000000u, 8) || ng__in4(a, 0xac100000u, 12) || ng__in4(a, 0xc0a80000u, 16))
        return CD_NETGUARD_PRIVATE;
    if (ng__in4(a, 0x64400000u, 10))
        return CD_NETGUARD_CGNAT;
    if (ng__in4(a, 0xa9fe0000u, 16))
        return CD_NETGUARD_LINK_LOCAL;
    if (ng__in4(a, 0xc0000200u, 24) || ng__in4(a, 0xc6336400u, 24) || ng__in4(a, 0xcb007100u, 24))
        return CD_NETGUARD_DOCUMENTATION;
    if (ng__in4(a, 0xc0000000u, 24)     /* 192.0.0/24 IETF protocol assignments */
        || ng__in4(a, 0xc0586300u, 24)  /* 192.88.99/24 6to4 relay anycast */
        || ng__in4(a, 0xc6120000u, 15)) /* 198.18/15 benchmarking */
        return CD_NETGUARD_RESERVED;
    if (ng__in4(a, 0xe0000000u, 4))
        return CD_NETGUARD_MULTICAST;
    if (a == 0xffffffffu)
        return CD_NETGUARD_BROADCAST;
    if (ng__in4(a, 0xf0000000u, 4))
        return CD_NETGUARD_RESERVED;
    return CD_NETGUARD_PUBLIC;
}

/* Do the first `bits` bits of a equal those of p? */
static bool ng__in6(const unsigned char *a, const unsigned char *p, int bits)
{
    int whole = bits / 8, rest = bits % 8;
    if (memcmp(a, p, (size_t)whole) != 0)
        return false;
    if (rest == 0)
        return true;
    unsigned char mask = (unsigned char)(0xff << (8 - rest));
    return (a[whole] & mask) == (p[whole] & mask);
}

cd_netguard_class cd_netguard_classify_ipv6(const unsigned char a[16])
{
    /* Prefixes are full 16-byte addresses, compared on their first `bits` bits. */
    static const unsigned char zero[16] = {0};
    static const unsigned char loop[16] = {[15] = 1};
    static const unsigned char mapped[16] = {[10] = 0xff, [11] = 0xff};
    static const unsigned char nat64[16] = {0x00, 0x64, 0xff, 0x9b};
    static const unsigned char nat64_local[16] = {0x00, 0x64, 0xff, 0x9b, 0x00, 0x01};
    static const unsigned char discard[16] = {0x01, 0x00};
    static const unsigned char teredo[16] = {0x20, 0x01, 0x00, 0x00};
    static const unsigned char ietf[16] = {0x20, 0x01}; /* 2001::/23 */
    static const unsigned char doc[16] = {0x20, 0x01, 0x0d, 0xb8};
    static const unsigned char doc2[16] = {0x3f, 0xff}; /* 3fff::/20 */
    static const unsigned char sixto4[16] = {0x20, 0x02};
    static const unsigned char ec2[16] = {0xfd, 0x00, 0x0e, 0xc2, [14] = 0x02, [15] = 0x54};

    if (memcmp(a, zero, 16) == 0)
        return CD_NETGUARD_UNSPECIFIED;
    if (memcmp(a, loop, 16) == 0)
        return CD_NETGUARD_LOOPBACK;
    if (ng__in6(a, mapped, 96) || ng__in6(a, nat64, 96))
        return cd_netguard_classify_ipv4(a + 12); /* ::ffff:a.b.c.d, 64:ff9b::a.b.c.d */
    if (ng__in6(a, sixto4, 16))
        return cd_netguard_classify_ipv4(a + 2); /* 2002:aabb:ccdd::/48 carries a.b.c.d */
    if (ng__in6(a, nat64_local, 48))
        return CD_NETGUARD_PRIVATE;
    if (memcmp(a, ec2, 16) == 0)
        return CD_NETGUARD_METADATA; /* AWS IMDS over IPv6, inside fc00::/7 */
    if (ng__in6(a, discard, 64))
        return CD_NETGUARD_RESERVED;
    if (ng__in6(a, doc, 32) || ng__in6(a, doc2, 20))
        return CD_NETGUARD_DOCUMENTATION;
    if (ng__in6(a, teredo, 32) || ng__in6(a, ietf, 23))
        return CD_NETGUARD_RESERVED; /* Teredo hides the real peer; the rest is not routed */
    if ((a[0] & 0xfe) == 0xfc)
        return CD_NETGUARD_PRIVATE; /* fc00::/7 unique local */
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
        return CD_NETGUARD_LINK_LOCAL; /* fe80::/10 */
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)
        return CD_NETGUARD_PRIVATE; /* fec0::/10 site-local (deprecated, still routed inside) */
    if (a[0] == 0xff)
        return CD_NETGUARD_MULTICAST;
    if ((a[0] & 0xe0) == 0x20)
        return CD_NETGUARD_PUBLIC; /* 2000::/3 global unicast */
    return CD_NETGUARD_RESERVED;   /* ::/8 (incl. v4-compatible), 100::/8, ... */
}

cd_netguard_class cd_netguard_classify_sockaddr(const struct sockaddr *sa, socklen_t len)
{
    if (sa && sa->sa_family == AF_INET && len >= (socklen_t)sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        return cd_netguard_classify_ipv4((const unsigned char *)&in->sin_addr);
    }
    if (sa && sa->sa_family == AF_INET6 && len >= (socklen_t)sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        return cd_netguard_classify_ipv6(in6->sin6_addr.s6_addr);
    }
    return CD_NETGUARD_RESERVED;
}

bool cd_netguard_allowed(cd_netguard_class c, const cd_netguard_policy *p)
{
    switch (c) {
    case CD_NETGUARD_PUBLIC:
        return true;
    case CD_NETGUARD_LOOPBACK:
    case CD_NETGUARD_PRIVATE:
    case CD_NETGUARD_CGNAT:
        return p && p->allow_private;
    default:
        return false;
    }
}

static void ng__ntop(const struct sockaddr *sa, char *buf, size_t n)
{
    const void *src =
        sa->sa_family == AF_INET
            ? (const void *)&((const struct sockaddr_in *)(const void *)sa)->sin_addr
            : (const void *)&((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr;
    if (!inet_ntop(sa->sa_family, src, buf, (socklen_t)n))
        snprintf(buf, n, "?");
}

int cd_netguard_check_sockaddr(const struct sockaddr *sa, socklen_t len,
                               const cd_netguard_policy *p, char *why, size_t whylen)
{
    cd_netguard_class c = cd_netguard_classify_sockaddr(sa, len);
    if (cd_netguard_allowed(c, p))
        return 0;
    char text[INET6_ADDRSTRLEN] = "?";
    if (c != CD_NETGUARD_RESERVED ||
        (sa && (sa->sa_family == AF_INET6
                    ? len >= (socklen_t)sizeof(struct sockaddr_in6)
                    : sa->sa_family == AF_INET && len >= (socklen_t)sizeof(struct sockaddr_in))))
        ng__ntop(sa, text, sizeof text);
    ng__why(why, whylen, "%s is a %s address", text, cd_netguard_class_name(c));
    return CD_E_FORBIDDEN;
}

/* ---------------------------------------------------------------- IPv4 numeric forms */

/* One part: decimal, 0-prefixed octal or 0x hex; -1 when malformed or above 2^32-1. */
static int64_t ng__part(const char *s, size_t n)
{
    unsigned base = 10;
    if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
        n -= 2;
        if (n == 0)
            return -1; /* "0x" alone: parsers disagree, so it is not an address */
    } else if (n >= 2 && s[0] == '0') {
        base = 8;
        s++;
        n--;
    }
    if (n == 0)
        return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        int d;
        char ch = s[i];
        if (ch >= '0' && ch <= '9')
            d = ch - '0';
        else if (ch >= 'a' && ch <= 'f')
            d = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F')
            d = ch - 'A' + 10;
        else
            return -1;
        if ((unsigned)d >= base)
            return -1;
        v = v * base + d;
        if (v > 0xffffffffLL)
            return -1;
    }
    return v;
}

int cd_netguard_parse_ipv4(const char *s, unsigned char out[4])
{
    int64_t parts[4];
    int np = 0;
    const char *p = s;
    for (;;) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - p) : strlen(p);
        if (np == 4)
            return -1;
        int64_t v = ng__part(p, n);
        if (v < 0)
            return -1;
        parts[np++] = v;
        if (!dot)
            break;
        p = dot + 1;
    }
    uint32_t a = 0;
    for (int i = 0; i < np - 1; i++) {
        if (parts[i] > 255)
            return -1;
        a |= (uint32_t)parts[i] << (24 - 8 * i);
    }
    int64_t last_max = np == 1 ? 0xffffffffLL : (1LL << (8 * (5 - np))) - 1;
    if (parts[np - 1] > last_max)
        return -1;
    a |= (uint32_t)parts[np - 1];
    out[0] = (unsigned char)(a >> 24);
    out[1] = (unsigned char)(a >> 16);
    out[2] = (unsigned char)(a >> 8);
    out[3] = (unsigned char)a;
    return 0;
}

/* ---------------------------------------------------------------- URLs */

/* Does the host's last label look numeric (so that resolvers would read it as IPv4)? */
static bool ng__numeric_last_label(const char *host)
{
    const char *last = strrchr(host, '.');
    last = last ? last + 1 : host;
    if (!*last)
        return false;
    if (last[0] == '0' && (last[1] == 'x' || last[1] == 'X')) {
        for (const char *q = last + 2; *q; q++)
            if (!((*q >= '0' && *q <= '9') || (*q >= 'a' && *q <= 'f') || (*q >= 'A' && *q <= 'F')))
                return false;
        return true;
    }
    for (const char *q = last; *q; q++)
        if (*q < '0' || *q > '9')
            return false;
    return true;
}

static bool ng__ends_with_label(const char *host, const char *name)
{
    size_t h = strlen(host), n = strlen(name);
    return h == n ? strcmp(host, name) == 0
                  : h > n && host[h - n - 1] == '.' && strcmp(host + h - n, name) == 0;
}

/* Check every address a name resolves to. */
static int ng__check_name(const char *host, const cd_netguard_policy *p, char *why, size_t whylen)
{
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC; /* every family: an AAAA record must not slip past */
    hints.ai_socktype = SOCK_STREAM;
    struct addrinfo *res = NULL;
    int g = ng__gai(host, NULL, &hints, &res);
    if (g != 0 || !res) {
        if (res)
            ng__fai(res);
        ng__why(why, whylen, "cannot resolve host %s (%s)", host,
                g ? gai_strerror(g) : "no addresses");
        return CD_E_NOTFOUND;
    }
    int rc = 0;
    for (struct addrinfo *ai = res; ai && rc == 0; ai = ai->ai_next) {
        char reason[128];
        if (cd_netguard_check_sockaddr(ai->ai_addr, ai->ai_addrlen, p, reason, sizeof reason)) {
            ng__why(why, whylen, "host %s resolves to %s", host, reason);
            rc = CD_E_FORBIDDEN;
        }
    }
    ng__fai(res);
    return rc;
}

int cd_netguard_check_url(const char *url, const cd_netguard_policy *p, char *why, size_t whylen)
{
    int rc = CD_E_INVALID;
    size_t n = url ? strlen(url) : 0;
    if (n == 0 || n > NG_MAX_URL) {
        ng__why(why, whylen, "must be 1 to %d characters", NG_MAX_URL);
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)url[i];
        if (ch <= 0x20 || ch >= 0x7f || ch == '\\') {
            ng__why(why, whylen,
                    "must not contain spaces, control characters, backslashes or "
                    "non-ASCII characters (use percent-encoding and punycode)");
            goto out;
        }
    }
    bool https;
    const char *rest;
    if (strncasecmp(url, "https://", 8) == 0) {
        https = true;
        rest = url + 8;
    } else if (strncasecmp(url, "http://", 7) == 0) {
        https = false;
        rest = url + 7;
    } else {
        ng__why(why, whylen, "scheme must be http or https");
        goto out;
    }
    if (!https && !(p && p->allow_http)) {
        ng__why(why, whylen, "must use https");
        goto out;
    }
    size_t alen = strcspn(rest, "/?#");
    if (memchr(rest, '@', alen)) {
        ng__why(why, whylen, "must not contain credentials (user:password@)");
        goto out;
    }
    char host[NG_MAX_HOST + 2];
    const char *port = NULL;
    size_t plen = 0;
    bool v6 = false;
    unsigned char a6[16];
    if (alen > 0 && rest[0] == '[') {
        const char *close = memchr(rest, ']', alen);
        size_t hlen = close ? (size_t)(close - rest - 1) : 0;
        if (!close || hlen == 0 || hlen >= sizeof host) {
            ng__why(why, whylen, "has a malformed IPv6 address");
            goto out;
        }
        memcpy(host, rest + 1, hlen);
        host[hlen] = '\0';
        if (strchr(host, '%')) {
            ng__why(why, whylen, "must not use an IPv6 zone id");
            goto out;
        }
        if (inet_pton(AF_INET6, host, a6) != 1) {
            ng__why(why, whylen, "has a malformed IPv6 address");
            goto out;
        }
        v6 = true;
        const char *after = close + 1;
        size_t left = alen - (size_t)(after - rest);
        if (left > 0) {
            if (after[0] != ':') {
                ng__why(why, whylen, "has a malformed authority");
                goto out;
            }
            port = after + 1;
            plen = left - 1;
        }
    } else {
        const char *colon = memchr(rest, ':', alen);
        size_t hlen = colon ? (size_t)(colon - rest) : alen;
        if (hlen == 0) {
            ng__why(why, whylen, "has no host");
            goto out;
        }
        if (hlen > NG_MAX_HOST + 1) {
            ng__why(why, whylen, "host is longer than %d characters", NG_MAX_HOST);
            goto out;
        }
        for (size_t i = 0; i < hlen; i++) {
            char ch = rest[i];
            if (ch >= 'A' && ch <= 'Z')
                ch = (char)(ch - 'A' + 'a');
            if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' ||
                  ch == '_')) {
                ng__why(why, whylen, "host may contain only letters, digits, '-', '_' and '.'");
                goto out;
            }
            host[i] = ch;
        }
        host[hlen] = '\0';
        if (hlen > 1 && host[hlen - 1] == '.')
            host[--hlen] = '\0'; /* one trailing dot: the same host to every resolver */
        if (host[0] == '.' || strstr(host, "..") || host[hlen - 1] == '.') {
            ng__why(why, whylen, "host has an empty label");
            goto out;
        }
        if (colon) {
            port = colon + 1;
            plen = alen - hlen - 1;
            if (memchr(port, ':', plen)) {
                ng__why(why, whylen, "has a malformed authority (IPv6 addresses go in [])");
                goto out;
            }
        }
    }
    if (port) {
        long v = 0;
        bool ok = plen >= 1 && plen <= 5;
        for (size_t i = 0; ok && i < plen; i++) {
            ok = port[i] >= '0' && port[i] <= '9';
            v = v * 10 + (port[i] - '0');
        }
        if (!ok || v < 1 || v > 65535) {
            ng__why(why, whylen, "port must be 1 to 65535");
            goto out;
        }
    }

    rc = CD_E_FORBIDDEN;
    cd_netguard_class c;
    unsigned char a4[4];
    if (v6) {
        c = cd_netguard_classify_ipv6(a6);
    } else if (ng__numeric_last_label(host)) {
        if (cd_netguard_parse_ipv4(host, a4)) {
            rc = CD_E_INVALID;
            ng__why(why, whylen, "host %s is not a valid IPv4 address", host);
            goto out;
        }
        c = cd_netguard_classify_ipv4(a4);
    } else if (ng__ends_with_label(host, "localhost")) {
        c = CD_NETGUARD_LOOPBACK; /* RFC 6761: never sent to DNS, always this machine */
    } else if (ng__ends_with_label(host, "invalid")) {
        rc = CD_E_NOTFOUND;
        ng__why(why, whylen, "cannot resolve host %s (.invalid never resolves)", host);
        goto out;
    } else {
        rc = ng__check_name(host, p, why, whylen);
        goto out;
    }
    if (!cd_netguard_allowed(c, p)) {
        ng__why(why, whylen, "host %s is a %s address", host, cd_netguard_class_name(c));
        goto out;
    }
    rc = 0;
out:
    return rc;
}
