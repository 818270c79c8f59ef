/* tests/unit/test_netguard.c — SSRF guard: a table of URLs (allowed / refused, with the code),
 * address classification, IPv4 numeric forms, sockaddr checks, and names resolved through a
 * fake resolver (no DNS, no connection: the tests never touch the network). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "netguard.h"

/* ---------------------------------------------------------------- fake resolver */

/* name → addresses (comma-separated literals); unknown names fail like NXDOMAIN. */
static const struct {
    const char *name, *addrs;
} fake_zone[] = {
    {"public.test.example", "93.184.215.14,2606:2800:21f:cb07:6820:80da:af6b:8b2c"},
    {"rebind.example", "93.184.215.14,127.0.0.1"},            /* one bad address is enough */
    {"aaaa-metadata.example", "93.184.215.14,fd00:ec2::254"}, /* the bad one is IPv6 */
    {"internal.example", "10.1.2.3"},
    {"mapped.example", "::ffff:169.254.169.254"},
};

static int fake_calls;

static int fake_gai(const char *node, const char *service, const struct addrinfo *hints,
                    struct addrinfo **res)
{
    (void)service;
    fake_calls++;
    assert_int_equal(hints->ai_family, AF_UNSPEC); /* every family is asked for */
    for (size_t i = 0; i < sizeof fake_zone / sizeof fake_zone[0]; i++) {
        if (strcmp(node, fake_zone[i].name) != 0)
            continue;
        struct addrinfo *head = NULL, **tail = &head;
        for (const char *p = fake_zone[i].addrs; *p;) {
            size_t n = strcspn(p, ",");
            char a[INET6_ADDRSTRLEN];
            snprintf(a, sizeof a, "%.*s", (int)n, p);
            p += n + (p[n] == ',');
            struct addrinfo *ai = calloc(1, sizeof *ai + sizeof(struct sockaddr_in6));
            assert_non_null(ai);
            ai->ai_addr = (struct sockaddr *)(ai + 1);
            struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ai->ai_addr;
            struct sockaddr_in *s4 = (struct sockaddr_in *)ai->ai_addr;
            if (inet_pton(AF_INET6, a, &s6->sin6_addr) == 1) {
                s6->sin6_family = AF_INET6;
                ai->ai_family = AF_INET6;
                ai->ai_addrlen = sizeof *s6;
            } else {
                assert_int_equal(inet_pton(AF_INET, a, &s4->sin_addr), 1);
                s4->sin_family = AF_INET;
                ai->ai_family = AF_INET;
                ai->ai_addrlen = sizeof *s4;
            }
            *tail = ai;
            tail = &ai->ai_next;
        }
        *res = head;
        return 0;
    }
    return EAI_NONAME;
}

static void fake_fai(struct addrinfo *res)
{
    while (res) {
        struct addrinfo *next = res->ai_next;
        free(res);
        res = next;
    }
}

static int use_fake_resolver(void **state)
{
    (void)state;
    fake_calls = 0;
    cd_netguard_set_resolver(fake_gai, fake_fai);
    return 0;
}

static int restore_resolver(void **state)
{
    (void)state;
    cd_netguard_set_resolver(NULL, NULL);
    return 0;
}

/* ---------------------------------------------------------------- the URL table */

enum { OK = 0 };
static const cd_netguard_policy strict = {.allow_private = false, .allow_http = true};
static const cd_netguard_policy https_only = {.allow_private = false, .allow_http = false};
static const cd_netguard_policy private_ok = {.allow_private = true, .allow_http = true};

static const struct {
    const char *url;
    int strict, private_ok; /* expected code under each policy */
} urls[] = {
    /* public destinations */
    {"https://93.184.215.14/hook", OK, OK},
    {"http://93.184.215.14:8080/x?y#z", OK, OK},
    {"https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/", OK, OK},
    {"https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:8443", OK, OK},
    {"HTTPS://PUBLIC.test.example./hook", OK, OK},
    {"https://[64:ff9b::5db8:d70e]/", OK, OK}, /* NAT64 of a public address */
    {"https://[2002:5db8:d70e::1]/", OK, OK},  /* 6to4 of a public address */
    {"https://8.8.8.8", OK, OK},
    {"https://1.1.1.1:443/", OK, OK},
    /* loopback in every spelling */
    {"http://127.0.0.1/", CD_E_FORBIDDEN, OK},
    {"http://127.1/", CD_E_FORBIDDEN, OK},
    {"http://127.0.0.1./", CD_E_FORBIDDEN, OK},
    {"http://2130706433/", CD_E_FORBIDDEN, OK},
    {"http://0x7f000001/", CD_E_FORBIDDEN, OK},
    {"http://0x7f.1/", CD_E_FORBIDDEN, OK},
    {"http://0177.0.0.1/", CD_E_FORBIDDEN, OK},
    {"http://017700000001/", CD_E_FORBIDDEN, OK},
    {"http://[::1]/", CD_E_FORBIDDEN, OK},
    {"http://[::ffff:127.0.0.1]/", CD_E_FORBIDDEN, OK},
    {"http://[::ffff:7f00:1]/", CD_E_FORBIDDEN, OK},
    {"http://[64:ff9b::127.0.0.1]/", CD_E_FORBIDDEN, OK},
    {"http://[2002:7f00:1::]/", CD_E_FORBIDDEN, OK},
    {"http://localhost/", CD_E_FORBIDDEN, OK},
    {"http://LocalHost:8080/", CD_E_FORBIDDEN, OK},
    {"http://api.localhost/", CD_E_FORBIDDEN, OK},
    /* private networks */
    {"http://10.0.0.1/", CD_E_FORBIDDEN, OK},
    {"http://172.16.0.1/", CD_E_FORBIDDEN, OK},
    {"http://172.31.255.255/", CD_E_FORBIDDEN, OK},
    {"http://192.168.1.1/", CD_E_FORBIDDEN, OK},
    {"http://100.64.0.1/", CD_E_FORBIDDEN, OK},
    {"http://[fc00::1]/", CD_E_FORBIDDEN, OK},
    {"http://[fd12:3456::1]/", CD_E_FORBIDDEN, OK},
    {"http://[::ffff:10.0.0.1]/", CD_E_FORBIDDEN, OK},
    {"http://[64:ff9b::10.0.0.1]/", CD_E_FORBIDDEN, OK},
    {"http://[64:ff9b:1::a00:1]/", CD_E_FORBIDDEN, OK},
    {"http://internal.example/", CD_E_FORBIDDEN, OK},
    /* just outside the private ranges */
    {"http://172.32.0.1/", OK, OK},
    {"http://100.128.0.1/", OK, OK},
    {"http://11.0.0.1/", OK, OK},
    /* never allowed: metadata, link-local, unspecified, multicast, broadcast, reserved, docs */
    {"http://169.254.169.254/latest/meta-data/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://0xa9fea9fe/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://2852039166/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://169.254.1.1/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://[fd00:ec2::254]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://[::ffff:169.254.169.254]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://100.100.100.200/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://168.63.129.16/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://[fe80::1]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://0.0.0.0/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://0/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://0.1.2.3/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://[::]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://224.0.0.1/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://[ff02::1]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://255.255.255.255/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://240.0.0.1/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://198.18.0.1/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://192.0.0.8/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://192.0.2.1/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://198.51.100.7/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://203.0.113.9/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://[2001:db8::1]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://[3fff::1]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://[2001::1]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN}, /* Teredo */
    {"http://[100::1]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"http://[::127.0.0.1]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN}, /* v4-compatible, deprecated */
    {"http://[4000::1]/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},     /* outside 2000::/3 */
    /* names: every resolved address must be allowed */
    {"https://rebind.example/", CD_E_FORBIDDEN, OK},
    {"https://aaaa-metadata.example/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"https://mapped.example/", CD_E_FORBIDDEN, CD_E_FORBIDDEN},
    {"https://no-such-name.example/", CD_E_NOTFOUND, CD_E_NOTFOUND},
    {"https://anything.invalid/", CD_E_NOTFOUND, CD_E_NOTFOUND},
    /* malformed or ambiguous URLs */
    {"ftp://93.184.215.14/", CD_E_INVALID, CD_E_INVALID},
    {"file:///etc/passwd", CD_E_INVALID, CD_E_INVALID},
    {"gopher://127.0.0.1:25/", CD_E_INVALID, CD_E_INVALID},
    {"https://user:pw@93.184.215.14/", CD_E_INVALID, CD_E_INVALID},
    {"https://93.184.215.14@127.0.0.1/", CD_E_INVALID, CD_E_INVALID},
    {"https://evil.example\\@127.0.0.1/", CD_E_INVALID, CD_E_INVALID},
    {"https://93.184.215.14:0/", CD_E_INVALID, CD_E_INVALID},
    {"https://93.184.215.14:65536/", CD_E_INVALID, CD_E_INVALID},
    {"https://93.184.215.14:/", CD_E_INVALID, CD_E_INVALID},
    {"https://93.184.215.14:80a/", CD_E_INVALID, CD_E_INVALID},
    {"https://93.184.215.14:999999/", CD_E_INVALID, CD_E_INVALID},
    {"https:///path", CD_E_INVALID, CD_E_INVALID},
    {"https://", CD_E_INVALID, CD_E_INVALID},
    {"https://[fe80::1%25eth0]/", CD_E_INVALID, CD_E_INVALID},
    {"https://[::1/", CD_E_INVALID, CD_E_INVALID},
    {"https://[zz::1]/", CD_E_INVALID, CD_E_INVALID},
    {"https://[::1]x/", CD_E_INVALID, CD_E_INVALID},
    {"https://::1/", CD_E_INVALID, CD_E_INVALID},
    {"https://a b/", CD_E_INVALID, CD_E_INVALID},
    {"https://ex%61mple.com/", CD_E_INVALID, CD_E_INVALID},
    {"https://\xc3\xa9xample.com/", CD_E_INVALID, CD_E_INVALID},
    {"https://a..b/", CD_E_INVALID, CD_E_INVALID},
    {"https://.a/", CD_E_INVALID, CD_E_INVALID},
    {"https://256.0.0.1/", CD_E_INVALID, CD_E_INVALID},
    {"https://1.2.3.4.5/", CD_E_INVALID, CD_E_INVALID},
    {"https://1.2.3.08/", CD_E_INVALID, CD_E_INVALID},
    {"https://0x/", CD_E_INVALID, CD_E_INVALID},
    {"https://4294967296/", CD_E_INVALID, CD_E_INVALID},
    {"", CD_E_INVALID, CD_E_INVALID},
};

static void test_url_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof urls / sizeof urls[0]; i++) {
        char why[256] = "";
        int got = cd_netguard_check_url(urls[i].url, &strict, why, sizeof why);
        if (got != urls[i].strict)
            fail_msg("strict: %s → %d (%s), expected %d", urls[i].url, got, why, urls[i].strict);
        if (got != OK && !why[0])
            fail_msg("%s refused without a reason", urls[i].url);
        why[0] = '\0';
        got = cd_netguard_check_url(urls[i].url, &private_ok, why, sizeof why);
        if (got != urls[i].private_ok)
            fail_msg("allow_private: %s → %d (%s), expected %d", urls[i].url, got, why,
                     urls[i].private_ok);
    }
}

static void test_reasons_name_the_class(void **state)
{
    (void)state;
    char why[256];
    assert_int_equal(cd_netguard_check_url("http://2130706433/", &strict, why, sizeof why),
                     CD_E_FORBIDDEN);
    assert_non_null(strstr(why, "loopback"));
    assert_int_equal(cd_netguard_check_url("http://169.254.169.254/", &private_ok, why, sizeof why),
                     CD_E_FORBIDDEN);
    assert_non_null(strstr(why, "metadata"));
    assert_int_equal(cd_netguard_check_url("https://rebind.example/", &strict, why, sizeof why),
                     CD_E_FORBIDDEN);
    assert_non_null(strstr(why, "rebind.example resolves to 127.0.0.1"));
    assert_int_equal(
        cd_netguard_check_url("https://no-such-name.example/", &strict, why, sizeof why),
        CD_E_NOTFOUND);
    assert_non_null(strstr(why, "cannot resolve"));
    assert_int_equal(cd_netguard_check_url("http://93.184.215.14/", &https_only, why, sizeof why),
                     CD_E_INVALID);
    assert_non_null(strstr(why, "https"));
    assert_int_equal(cd_netguard_check_url("https://93.184.215.14/", &https_only, why, sizeof why),
                     OK);
    assert_int_equal(cd_netguard_check_url(NULL, &strict, NULL, 0), CD_E_INVALID);
}

static void test_literals_are_never_resolved(void **state)
{
    (void)state;
    char why[256];
    fake_calls = 0;
    (void)cd_netguard_check_url("http://2130706433/", &strict, why, sizeof why);
    (void)cd_netguard_check_url("http://[::1]/", &strict, why, sizeof why);
    (void)cd_netguard_check_url("http://localhost/", &private_ok, why, sizeof why);
    (void)cd_netguard_check_url("http://x.invalid/", &strict, why, sizeof why);
    assert_int_equal(fake_calls, 0);
    (void)cd_netguard_check_url("http://public.test.example/", &strict, why, sizeof why);
    assert_int_equal(fake_calls, 1);
}

static void test_ipv4_forms(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        const char *want; /* dotted, or NULL: not an address */
    } t[] = {
        {"127.0.0.1", "127.0.0.1"},
        {"127.1", "127.0.0.1"},
        {"127.0.1", "127.0.0.1"},
        {"2130706433", "127.0.0.1"},
        {"0x7f000001", "127.0.0.1"},
        {"0X7F.1", "127.0.0.1"},
        {"0177.0.0.01", "127.0.0.1"},
        {"0", "0.0.0.0"},
        {"4294967295", "255.255.255.255"},
        {"1.16777215", "1.255.255.255"},
        {"1.2.65535", "1.2.255.255"},
        {"4294967296", NULL},
        {"1.16777216", NULL},
        {"256.1.1.1", NULL},
        {"1.2.3.4.5", NULL},
        {"08", NULL},
        {"0x", NULL},
        {"0xg", NULL},
        {"", NULL},
        {"1..2", NULL},
        {"1.2.3.", NULL},
        {"-1", NULL},
        {"99999999999999999999", NULL},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        unsigned char a[4];
        int rc = cd_netguard_parse_ipv4(t[i].s, a);
        if (!t[i].want) {
            if (rc == 0)
                fail_msg("%s parsed as an address", t[i].s);
            continue;
        }
        if (rc != 0)
            fail_msg("%s did not parse", t[i].s);
        char text[INET_ADDRSTRLEN];
        assert_non_null(inet_ntop(AF_INET, a, text, sizeof text));
        if (strcmp(text, t[i].want) != 0)
            fail_msg("%s → %s, expected %s", t[i].s, text, t[i].want);
    }
}

static void test_sockaddr(void **state)
{
    (void)state;
    char why[128];
    struct sockaddr_in s4 = {.sin_family = AF_INET};
    struct sockaddr_in6 s6 = {.sin6_family = AF_INET6};

    assert_int_equal(inet_pton(AF_INET, "127.0.0.1", &s4.sin_addr), 1);
    assert_int_equal(cd_netguard_classify_sockaddr((struct sockaddr *)&s4, sizeof s4),
                     CD_NETGUARD_LOOPBACK);
    assert_int_equal(
        cd_netguard_check_sockaddr((struct sockaddr *)&s4, sizeof s4, &strict, why, sizeof why),
        CD_E_FORBIDDEN);
    assert_string_equal(why, "127.0.0.1 is a loopback address");
    assert_int_equal(
        cd_netguard_check_sockaddr((struct sockaddr *)&s4, sizeof s4, &private_ok, why, sizeof why),
        OK);
    /* a truncated sockaddr is not trusted */
    assert_int_equal(cd_netguard_classify_sockaddr((struct sockaddr *)&s4, sizeof s4 - 1),
                     CD_NETGUARD_RESERVED);

    assert_int_equal(inet_pton(AF_INET, "93.184.215.14", &s4.sin_addr), 1);
    assert_int_equal(
        cd_netguard_check_sockaddr((struct sockaddr *)&s4, sizeof s4, &strict, why, sizeof why),
        OK);

    assert_int_equal(inet_pton(AF_INET6, "::ffff:169.254.169.254", &s6.sin6_addr), 1);
    assert_int_equal(cd_netguard_classify_sockaddr((struct sockaddr *)&s6, sizeof s6),
                     CD_NETGUARD_METADATA);
    assert_int_equal(
        cd_netguard_check_sockaddr((struct sockaddr *)&s6, sizeof s6, &private_ok, why, sizeof why),
        CD_E_FORBIDDEN);
    assert_non_null(strstr(why, "cloud metadata"));

    struct sockaddr un = {.sa_family = AF_UNIX};
    assert_int_equal(cd_netguard_check_sockaddr(&un, sizeof un, &private_ok, why, sizeof why),
                     CD_E_FORBIDDEN);
    assert_int_equal(cd_netguard_classify_sockaddr(NULL, 0), CD_NETGUARD_RESERVED);
}

static void test_class_boundaries(void **state)
{
    (void)state;
    static const struct {
        const char *addr;
        cd_netguard_class c;
    } t[] = {
        {"9.255.255.255", CD_NETGUARD_PUBLIC},      {"10.0.0.0", CD_NETGUARD_PRIVATE},
        {"10.255.255.255", CD_NETGUARD_PRIVATE},    {"11.0.0.0", CD_NETGUARD_PUBLIC},
        {"100.63.255.255", CD_NETGUARD_PUBLIC},     {"100.64.0.0", CD_NETGUARD_CGNAT},
        {"100.127.255.255", CD_NETGUARD_CGNAT},     {"126.255.255.255", CD_NETGUARD_PUBLIC},
        {"127.255.255.255", CD_NETGUARD_LOOPBACK},  {"169.253.255.255", CD_NETGUARD_PUBLIC},
        {"169.254.0.0", CD_NETGUARD_LINK_LOCAL},    {"172.15.255.255", CD_NETGUARD_PUBLIC},
        {"192.167.255.255", CD_NETGUARD_PUBLIC},    {"192.169.0.0", CD_NETGUARD_PUBLIC},
        {"198.17.255.255", CD_NETGUARD_PUBLIC},     {"198.19.255.255", CD_NETGUARD_RESERVED},
        {"198.20.0.0", CD_NETGUARD_PUBLIC},         {"223.255.255.255", CD_NETGUARD_PUBLIC},
        {"239.255.255.255", CD_NETGUARD_MULTICAST}, {"255.255.255.254", CD_NETGUARD_RESERVED},
        {"1fff:ffff::1", CD_NETGUARD_RESERVED},     {"2000::1", CD_NETGUARD_PUBLIC},
        {"2001:200::1", CD_NETGUARD_PUBLIC},        {"2001:1ff::1", CD_NETGUARD_RESERVED},
        {"3fff:1000::1", CD_NETGUARD_PUBLIC},       {"3ffe::1", CD_NETGUARD_PUBLIC},
        {"fbff::1", CD_NETGUARD_RESERVED},          {"febf::1", CD_NETGUARD_LINK_LOCAL},
        {"fec0::1", CD_NETGUARD_PRIVATE},           {"fd00:ec2::253", CD_NETGUARD_PRIVATE},
        {"64:ff9b:1:ffff::1", CD_NETGUARD_PRIVATE}, {"64:ff9b::1:0:0:1", CD_NETGUARD_RESERVED},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        unsigned char a[16];
        cd_netguard_class got;
        if (inet_pton(AF_INET, t[i].addr, a) == 1)
            got = cd_netguard_classify_ipv4(a);
        else if (inet_pton(AF_INET6, t[i].addr, a) == 1)
            got = cd_netguard_classify_ipv6(a);
        else
            fail_msg("bad test address %s", t[i].addr);
        if (got != t[i].c)
            fail_msg("%s → %s, expected %s", t[i].addr, cd_netguard_class_name(got),
                     cd_netguard_class_name(t[i].c));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_url_table, use_fake_resolver, restore_resolver),
        cmocka_unit_test_setup_teardown(test_reasons_name_the_class, use_fake_resolver,
                                        restore_resolver),
        cmocka_unit_test_setup_teardown(test_literals_are_never_resolved, use_fake_resolver,
                                        restore_resolver),
        cmocka_unit_test(test_ipv4_forms),
        cmocka_unit_test(test_sockaddr),
        cmocka_unit_test(test_class_boundaries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
