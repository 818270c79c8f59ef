/* generated from openapi.yaml by codegen — do not edit */
/* generated/api_routes.c — the routing decision tree over path segments.
 *
 * One function per tree node; each looks at the next segment once: a switch on its length and
 * memcmp against the static children (static segments win), then the templated child. A failed
 * static branch backtracks to the templated one. Policy: paths are matched raw (not
 * percent-decoded) and exactly — a trailing slash or an empty segment never matches (404);
 * HEAD is served by the GET operation; a known path with another method yields allow != 0
 * (405). Cost is bounded by the path's segment count, independent of the number of operations.
 */
#include <string.h>

#include "api_internal.h"

static int api__route_n0(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n1(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n2(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n3(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n4(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n5(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n6(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n7(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n8(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n9(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n10(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n11(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n12(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n13(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n14(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n15(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n16(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n17(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n18(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n19(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n20(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n21(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n22(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n23(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n24(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n25(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n26(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n27(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n28(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n29(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n30(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n31(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n32(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n33(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n34(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n35(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n36(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n37(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n38(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n39(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n40(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n41(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n42(cd_method m, const char *p, const char *end, cd_route *out);
static int api__route_n43(cd_method m, const char *p, const char *end, cd_route *out);

/* / */
static int api__route_n0(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 3:
        if (memcmp(seg, "api", 3) == 0 && api__route_n1(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api */
static int api__route_n1(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 4:
        if (memcmp(seg, "tags", 4) == 0 && api__route_n14(m, next, end, out))
            return 1;
        if (memcmp(seg, "user", 4) == 0 && api__route_n4(m, next, end, out))
            return 1;
        break;
    case 5:
        if (memcmp(seg, "admin", 5) == 0 && api__route_n37(m, next, end, out))
            return 1;
        if (memcmp(seg, "users", 5) == 0 && api__route_n2(m, next, end, out))
            return 1;
        break;
    case 6:
        if (memcmp(seg, "search", 6) == 0 && api__route_n24(m, next, end, out))
            return 1;
        break;
    case 8:
        if (memcmp(seg, "articles", 8) == 0 && api__route_n8(m, next, end, out))
            return 1;
        if (memcmp(seg, "profiles", 8) == 0 && api__route_n5(m, next, end, out))
            return 1;
        break;
    case 13:
        if (memcmp(seg, "notifications", 13) == 0 && api__route_n31(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/users */
static int api__route_n2(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 1; /* CreateUser */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 5:
        if (memcmp(seg, "login", 5) == 0 && api__route_n3(m, next, end, out))
            return 1;
        break;
    case 6:
        if (memcmp(seg, "logout", 6) == 0 && api__route_n16(m, next, end, out))
            return 1;
        break;
    case 7:
        if (memcmp(seg, "refresh", 7) == 0 && api__route_n15(m, next, end, out))
            return 1;
        break;
    case 14:
        if (memcmp(seg, "password-reset", 14) == 0 && api__route_n18(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/users/login */
static int api__route_n3(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 0; /* Login */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/user */
static int api__route_n4(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 2; /* GetCurrentUser */
            return 1;
        case CD_M_PUT:
            out->op = 3; /* UpdateCurrentUser */
            return 1;
        case CD_M_HEAD:
            out->op = 2; /* GetCurrentUser */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow =
                CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_PUT) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 8:
        if (memcmp(seg, "api-keys", 8) == 0 && api__route_n20(m, next, end, out))
            return 1;
        if (memcmp(seg, "password", 8) == 0 && api__route_n17(m, next, end, out))
            return 1;
        if (memcmp(seg, "webhooks", 8) == 0 && api__route_n42(m, next, end, out))
            return 1;
        break;
    case 9:
        if (memcmp(seg, "bookmarks", 9) == 0 && api__route_n30(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/profiles */
static int api__route_n5(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    if (n > 0 && out->nparams < CD_MAX_PATH_PARAMS) {
        size_t k = out->nparams;
        out->params[k].ptr = seg;
        out->params[k].len = n;
        out->nparams = k + 1;
        if (api__route_n6(m, next, end, out))
            return 1;
        out->nparams = k;
    }
    return 0;
}

/* /api/profiles/{username} */
static int api__route_n6(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 4; /* GetProfileByUsername */
            return 1;
        case CD_M_HEAD:
            out->op = 4; /* GetProfileByUsername */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 6:
        if (memcmp(seg, "follow", 6) == 0 && api__route_n7(m, next, end, out))
            return 1;
        break;
    case 9:
        if (memcmp(seg, "followers", 9) == 0 && api__route_n22(m, next, end, out))
            return 1;
        if (memcmp(seg, "following", 9) == 0 && api__route_n23(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/profiles/{username}/follow */
static int api__route_n7(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 5; /* FollowUserByUsername */
            return 1;
        case CD_M_DELETE:
            out->op = 6; /* UnfollowUserByUsername */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST) | CD_METHOD_BIT(CD_M_DELETE);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/articles */
static int api__route_n8(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 8; /* GetArticles */
            return 1;
        case CD_M_POST:
            out->op = 9; /* CreateArticle */
            return 1;
        case CD_M_HEAD:
            out->op = 8; /* GetArticles */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow =
                CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_POST) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 4:
        if (memcmp(seg, "feed", 4) == 0 && api__route_n9(m, next, end, out))
            return 1;
        break;
    case 8:
        if (memcmp(seg, "trending", 8) == 0 && api__route_n26(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    if (n > 0 && out->nparams < CD_MAX_PATH_PARAMS) {
        size_t k = out->nparams;
        out->params[k].ptr = seg;
        out->params[k].len = n;
        out->nparams = k + 1;
        if (api__route_n10(m, next, end, out))
            return 1;
        out->nparams = k;
    }
    return 0;
}

/* /api/articles/feed */
static int api__route_n9(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 7; /* GetArticlesFeed */
            return 1;
        case CD_M_HEAD:
            out->op = 7; /* GetArticlesFeed */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/articles/{slug} */
static int api__route_n10(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 10; /* GetArticle */
            return 1;
        case CD_M_PUT:
            out->op = 11; /* UpdateArticle */
            return 1;
        case CD_M_DELETE:
            out->op = 12; /* DeleteArticle */
            return 1;
        case CD_M_HEAD:
            out->op = 10; /* GetArticle */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_PUT) |
                         CD_METHOD_BIT(CD_M_DELETE) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 7:
        if (memcmp(seg, "reports", 7) == 0 && api__route_n36(m, next, end, out))
            return 1;
        break;
    case 8:
        if (memcmp(seg, "bookmark", 8) == 0 && api__route_n29(m, next, end, out))
            return 1;
        if (memcmp(seg, "comments", 8) == 0 && api__route_n11(m, next, end, out))
            return 1;
        if (memcmp(seg, "favorite", 8) == 0 && api__route_n13(m, next, end, out))
            return 1;
        break;
    case 9:
        if (memcmp(seg, "revisions", 9) == 0 && api__route_n28(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/articles/{slug}/comments */
static int api__route_n11(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 13; /* GetArticleComments */
            return 1;
        case CD_M_POST:
            out->op = 14; /* CreateArticleComment */
            return 1;
        case CD_M_HEAD:
            out->op = 13; /* GetArticleComments */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow =
                CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_POST) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    if (n > 0 && out->nparams < CD_MAX_PATH_PARAMS) {
        size_t k = out->nparams;
        out->params[k].ptr = seg;
        out->params[k].len = n;
        out->nparams = k + 1;
        if (api__route_n12(m, next, end, out))
            return 1;
        out->nparams = k;
    }
    return 0;
}

/* /api/articles/{slug}/comments/{id} */
static int api__route_n12(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 16; /* GetArticleComment */
            return 1;
        case CD_M_PUT:
            out->op = 17; /* UpdateArticleComment */
            return 1;
        case CD_M_DELETE:
            out->op = 15; /* DeleteArticleComment */
            return 1;
        case CD_M_HEAD:
            out->op = 16; /* GetArticleComment */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_PUT) |
                         CD_METHOD_BIT(CD_M_DELETE) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/articles/{slug}/favorite */
static int api__route_n13(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 18; /* CreateArticleFavorite */
            return 1;
        case CD_M_DELETE:
            out->op = 19; /* DeleteArticleFavorite */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST) | CD_METHOD_BIT(CD_M_DELETE);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/tags */
static int api__route_n14(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 20; /* GetTags */
            return 1;
        case CD_M_HEAD:
            out->op = 20; /* GetTags */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 7:
        if (memcmp(seg, "popular", 7) == 0 && api__route_n27(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/users/refresh */
static int api__route_n15(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 21; /* RefreshSession */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/users/logout */
static int api__route_n16(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 22; /* Logout */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/user/password */
static int api__route_n17(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_PUT:
            out->op = 23; /* ChangePassword */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_PUT);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/users/password-reset */
static int api__route_n18(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 24; /* RequestPasswordReset */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 7:
        if (memcmp(seg, "confirm", 7) == 0 && api__route_n19(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/users/password-reset/confirm */
static int api__route_n19(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 25; /* ConfirmPasswordReset */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/user/api-keys */
static int api__route_n20(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 26; /* ListApiKeys */
            return 1;
        case CD_M_POST:
            out->op = 27; /* CreateApiKey */
            return 1;
        case CD_M_HEAD:
            out->op = 26; /* ListApiKeys */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow =
                CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_POST) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    if (n > 0 && out->nparams < CD_MAX_PATH_PARAMS) {
        size_t k = out->nparams;
        out->params[k].ptr = seg;
        out->params[k].len = n;
        out->nparams = k + 1;
        if (api__route_n21(m, next, end, out))
            return 1;
        out->nparams = k;
    }
    return 0;
}

/* /api/user/api-keys/{id} */
static int api__route_n21(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_DELETE:
            out->op = 28; /* DeleteApiKey */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_DELETE);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/profiles/{username}/followers */
static int api__route_n22(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 29; /* ListFollowers */
            return 1;
        case CD_M_HEAD:
            out->op = 29; /* ListFollowers */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/profiles/{username}/following */
static int api__route_n23(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 30; /* ListFollowing */
            return 1;
        case CD_M_HEAD:
            out->op = 30; /* ListFollowing */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/search */
static int api__route_n24(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 8:
        if (memcmp(seg, "articles", 8) == 0 && api__route_n25(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/search/articles */
static int api__route_n25(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 31; /* SearchArticles */
            return 1;
        case CD_M_HEAD:
            out->op = 31; /* SearchArticles */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/articles/trending */
static int api__route_n26(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 32; /* GetTrendingArticles */
            return 1;
        case CD_M_HEAD:
            out->op = 32; /* GetTrendingArticles */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/tags/popular */
static int api__route_n27(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 33; /* GetPopularTags */
            return 1;
        case CD_M_HEAD:
            out->op = 33; /* GetPopularTags */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/articles/{slug}/revisions */
static int api__route_n28(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 34; /* ListArticleRevisions */
            return 1;
        case CD_M_HEAD:
            out->op = 34; /* ListArticleRevisions */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/articles/{slug}/bookmark */
static int api__route_n29(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 35; /* CreateBookmark */
            return 1;
        case CD_M_DELETE:
            out->op = 36; /* DeleteBookmark */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST) | CD_METHOD_BIT(CD_M_DELETE);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/user/bookmarks */
static int api__route_n30(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 37; /* ListBookmarks */
            return 1;
        case CD_M_HEAD:
            out->op = 37; /* ListBookmarks */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/notifications */
static int api__route_n31(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 38; /* ListNotifications */
            return 1;
        case CD_M_HEAD:
            out->op = 38; /* ListNotifications */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 8:
        if (memcmp(seg, "read-all", 8) == 0 && api__route_n35(m, next, end, out))
            return 1;
        break;
    case 12:
        if (memcmp(seg, "unread-count", 12) == 0 && api__route_n32(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    if (n > 0 && out->nparams < CD_MAX_PATH_PARAMS) {
        size_t k = out->nparams;
        out->params[k].ptr = seg;
        out->params[k].len = n;
        out->nparams = k + 1;
        if (api__route_n33(m, next, end, out))
            return 1;
        out->nparams = k;
    }
    return 0;
}

/* /api/notifications/unread-count */
static int api__route_n32(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 39; /* GetUnreadNotificationCount */
            return 1;
        case CD_M_HEAD:
            out->op = 39; /* GetUnreadNotificationCount */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/notifications/{id} */
static int api__route_n33(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 4:
        if (memcmp(seg, "read", 4) == 0 && api__route_n34(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/notifications/{id}/read */
static int api__route_n34(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 40; /* MarkNotificationRead */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/notifications/read-all */
static int api__route_n35(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 41; /* MarkAllNotificationsRead */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/articles/{slug}/reports */
static int api__route_n36(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_POST:
            out->op = 42; /* CreateReport */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_POST);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/admin */
static int api__route_n37(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    switch (n) {
    case 5:
        if (memcmp(seg, "users", 5) == 0 && api__route_n40(m, next, end, out))
            return 1;
        break;
    case 7:
        if (memcmp(seg, "reports", 7) == 0 && api__route_n38(m, next, end, out))
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

/* /api/admin/reports */
static int api__route_n38(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 43; /* AdminListReports */
            return 1;
        case CD_M_HEAD:
            out->op = 43; /* AdminListReports */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    if (n > 0 && out->nparams < CD_MAX_PATH_PARAMS) {
        size_t k = out->nparams;
        out->params[k].ptr = seg;
        out->params[k].len = n;
        out->nparams = k + 1;
        if (api__route_n39(m, next, end, out))
            return 1;
        out->nparams = k;
    }
    return 0;
}

/* /api/admin/reports/{id} */
static int api__route_n39(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_PUT:
            out->op = 44; /* AdminUpdateReport */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_PUT);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/admin/users */
static int api__route_n40(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 45; /* AdminListUsers */
            return 1;
        case CD_M_HEAD:
            out->op = 45; /* AdminListUsers */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    if (n > 0 && out->nparams < CD_MAX_PATH_PARAMS) {
        size_t k = out->nparams;
        out->params[k].ptr = seg;
        out->params[k].len = n;
        out->nparams = k + 1;
        if (api__route_n41(m, next, end, out))
            return 1;
        out->nparams = k;
    }
    return 0;
}

/* /api/admin/users/{username} */
static int api__route_n41(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_PUT:
            out->op = 46; /* AdminUpdateUser */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_PUT);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

/* /api/user/webhooks */
static int api__route_n42(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_GET:
            out->op = 47; /* ListWebhooks */
            return 1;
        case CD_M_POST:
            out->op = 48; /* CreateWebhook */
            return 1;
        case CD_M_HEAD:
            out->op = 47; /* ListWebhooks */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow =
                CD_METHOD_BIT(CD_M_GET) | CD_METHOD_BIT(CD_M_POST) | CD_METHOD_BIT(CD_M_HEAD);
        return 0;
    }
    const char *seg = p + 1;
    const char *next = seg;
    while (next < end && *next != '/')
        next++;
    size_t n = (size_t)(next - seg);
    if (n > 0 && out->nparams < CD_MAX_PATH_PARAMS) {
        size_t k = out->nparams;
        out->params[k].ptr = seg;
        out->params[k].len = n;
        out->nparams = k + 1;
        if (api__route_n43(m, next, end, out))
            return 1;
        out->nparams = k;
    }
    return 0;
}

/* /api/user/webhooks/{id} */
static int api__route_n43(cd_method m, const char *p, const char *end, cd_route *out)
{
    if (p == end) {
        switch (m) {
        case CD_M_DELETE:
            out->op = 49; /* DeleteWebhook */
            return 1;
        default:
            break;
        }
        if (!out->allow)
            out->allow = CD_METHOD_BIT(CD_M_DELETE);
        return 0;
    }
    (void)m;
    (void)out;
    return 0;
}

int api__route(cd_method m, const char *path, size_t len, cd_route *out)
{
    out->op = -1;
    out->allow = 0;
    out->nparams = 0;
    if (len == 0 || path[0] != '/')
        return 0;
    const char *end = path + len;
    api__route_n0(m, len == 1 ? end : path, end, out);
    if (out->op >= 0)
        out->allow = 0;
    return 0;
}
