/* runtime/netguard.h — may this service send an HTTP request to a destination? (SSRF guard)
 *
 * A caller-supplied URL (a webhook) must not make the service talk to itself, to the machine's
 * or the cloud's internal endpoints (instance metadata at 169.254.169.254 / fd00:ec2::254), or to
 * the private network it runs in. This module decides, without ever connecting:
 *   - cd_netguard_check_url(): parse the URL (http/https only, https unless allowed, no
 *     credentials, port 1-65535), take the host as an IP literal in any form resolvers accept
 *     (dotted, 2130706433, 0x7f.1, 0177.0.0.1, [::ffff:127.0.0.1]) or resolve the name with
 *     getaddrinfo, and refuse it unless EVERY address is allowed;
 *   - cd_netguard_check_sockaddr(): the same verdict for one address, for a delivery worker to
 *     check the peer it actually connected to (names can resolve differently a second time).
 * Only global unicast addresses are allowed; the policy can also allow loopback, private
 * (RFC 1918, fc00::/7) and CGNAT destinations, for tests and internal receivers. Link-local,
 * metadata, unspecified, multicast, broadcast, documentation and reserved ranges are always
 * refused. Addresses embedding an IPv4 address (v4-mapped, NAT64 64:ff9b::/96, 6to4) are judged
 * by the embedded address.
 */
#ifndef CD_NETGUARD_H
#define CD_NETGUARD_H

#include <netdb.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

typedef enum cd_netguard_class {
    CD_NETGUARD_PUBLIC = 0,   /* global unicast */
    CD_NETGUARD_LOOPBACK,     /* 127/8, ::1, the name localhost */
    CD_NETGUARD_PRIVATE,      /* 10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10, 64:ff9b:1::/48 */
    CD_NETGUARD_CGNAT,        /* 100.64/10 (shared address space) */
    CD_NETGUARD_LINK_LOCAL,   /* 169.254/16, fe80::/10 */
    CD_NETGUARD_METADATA,     /* cloud instance metadata endpoints */
    CD_NETGUARD_UNSPECIFIED,  /* 0.0.0.0, :: */
    CD_NETGUARD_THIS_NETWORK, /* 0/8 */
    CD_NETGUARD_MULTICAST,    /* 224/4, ff00::/8 */
    CD_NETGUARD_BROADCAST,    /* 255.255.255.255 */
    CD_NETGUARD_DOCUMENTATION, /* 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20
                                */
    CD_NETGUARD_RESERVED,      /* everything else that is not global unicast */
} cd_netguard_class;

typedef struct cd_netguard_policy {
    bool allow_private; /* also allow loopback, private and CGNAT destinations */
    bool allow_http;    /* allow http:// (otherwise https:// only) */
} cd_netguard_policy;

/* Short name for messages: "loopback", "private", "link-local", "cloud metadata", ... */
const char *cd_netguard_class_name(cd_netguard_class c);
cd_netguard_class cd_netguard_classify_ipv4(const unsigned char addr[4]);
cd_netguard_class cd_netguard_classify_ipv6(const unsigned char addr[16]);
/* AF_INET / AF_INET6; any other family (or a short len) is RESERVED. */
cd_netguard_class cd_netguard_classify_sockaddr(const struct sockaddr *sa, socklen_t len);
bool cd_netguard_allowed(cd_netguard_class c, const cd_netguard_policy *p);

/* An IPv4 address in the forms inet_aton and URL parsers accept: 1 to 4 parts separated by
 * dots, each decimal, octal (leading 0) or hex (0x), the last part filling the remaining bytes
 * ("127.1", "2130706433", "0x7f.0.0.1"). 0, or -1 when s is not such an address. */
int cd_netguard_parse_ipv4(const char *s, unsigned char out[4]);

/* 0 when sa may be connected to; otherwise CD_E_FORBIDDEN with the reason in why. */
int cd_netguard_check_sockaddr(const struct sockaddr *sa, socklen_t len,
                               const cd_netguard_policy *p, char *why, size_t whylen);

/* 0 when url may be requested. Otherwise, with a sentence for the client in why:
 * CD_E_INVALID (not an acceptable http(s) URL), CD_E_FORBIDDEN (a refused destination),
 * CD_E_NOTFOUND (the host name does not resolve). Blocks in getaddrinfo for names. */
int cd_netguard_check_url(const char *url, const cd_netguard_policy *p, char *why, size_t whylen);

/* Tests only: replace getaddrinfo/freeaddrinfo (NULL, NULL restores them). */
typedef int (*cd_netguard_getaddrinfo_fn)(const char *node, const char *service,
                                          const struct addrinfo *hints, struct addrinfo **res);
typedef void (*cd_netguard_freeaddrinfo_fn)(struct addrinfo *res);
void cd_netguard_set_resolver(cd_netguard_getaddrinfo_fn gai, cd_netguard_freeaddrinfo_fn fai);

#endif
