/* generated from openapi.yaml by codegen — do not edit */
/* generated/api_stubs.c — weak 501 stubs: a build with missing handlers still links.
 *
 * Each handle_<operationId> is a weak alias of a local stub; a strong definition in handlers/
 * replaces it at link time (handlers are linked whole-archive), which api_missing_operations()
 * detects by comparing addresses. `scripts/python -m codegen stubs` lists or writes the missing
 * ones at build time.
 */
#include "api_handlers.h"

/* POST /api/users/login */
static int api__stub_Login(cd_request *r, const api_Login_req *in, api_Login_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation Login is not implemented");
}
int handle_Login(cd_request *r, const api_Login_req *in, api_Login_res *out)
    __attribute__((weak, alias("api__stub_Login")));

/* POST /api/users */
static int api__stub_CreateUser(cd_request *r, const api_CreateUser_req *in,
                                api_CreateUser_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation CreateUser is not implemented");
}
int handle_CreateUser(cd_request *r, const api_CreateUser_req *in, api_CreateUser_res *out)
    __attribute__((weak, alias("api__stub_CreateUser")));

/* GET /api/user */
static int api__stub_GetCurrentUser(cd_request *r, const api_GetCurrentUser_req *in,
                                    api_GetCurrentUser_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetCurrentUser is not implemented");
}
int handle_GetCurrentUser(cd_request *r, const api_GetCurrentUser_req *in,
                          api_GetCurrentUser_res *out)
    __attribute__((weak, alias("api__stub_GetCurrentUser")));

/* PUT /api/user */
static int api__stub_UpdateCurrentUser(cd_request *r, const api_UpdateCurrentUser_req *in,
                                       api_UpdateCurrentUser_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation UpdateCurrentUser is not implemented");
}
int handle_UpdateCurrentUser(cd_request *r, const api_UpdateCurrentUser_req *in,
                             api_UpdateCurrentUser_res *out)
    __attribute__((weak, alias("api__stub_UpdateCurrentUser")));

/* GET /api/profiles/{username} */
static int api__stub_GetProfileByUsername(cd_request *r, const api_GetProfileByUsername_req *in,
                                          api_GetProfileByUsername_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetProfileByUsername is not implemented");
}
int handle_GetProfileByUsername(cd_request *r, const api_GetProfileByUsername_req *in,
                                api_GetProfileByUsername_res *out)
    __attribute__((weak, alias("api__stub_GetProfileByUsername")));

/* POST /api/profiles/{username}/follow */
static int api__stub_FollowUserByUsername(cd_request *r, const api_FollowUserByUsername_req *in,
                                          api_FollowUserByUsername_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation FollowUserByUsername is not implemented");
}
int handle_FollowUserByUsername(cd_request *r, const api_FollowUserByUsername_req *in,
                                api_FollowUserByUsername_res *out)
    __attribute__((weak, alias("api__stub_FollowUserByUsername")));

/* DELETE /api/profiles/{username}/follow */
static int api__stub_UnfollowUserByUsername(cd_request *r, const api_UnfollowUserByUsername_req *in,
                                            api_UnfollowUserByUsername_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation UnfollowUserByUsername is not implemented");
}
int handle_UnfollowUserByUsername(cd_request *r, const api_UnfollowUserByUsername_req *in,
                                  api_UnfollowUserByUsername_res *out)
    __attribute__((weak, alias("api__stub_UnfollowUserByUsername")));

/* GET /api/articles/feed */
static int api__stub_GetArticlesFeed(cd_request *r, const api_GetArticlesFeed_req *in,
                                     api_GetArticlesFeed_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetArticlesFeed is not implemented");
}
int handle_GetArticlesFeed(cd_request *r, const api_GetArticlesFeed_req *in,
                           api_GetArticlesFeed_res *out)
    __attribute__((weak, alias("api__stub_GetArticlesFeed")));

/* GET /api/articles */
static int api__stub_GetArticles(cd_request *r, const api_GetArticles_req *in,
                                 api_GetArticles_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetArticles is not implemented");
}
int handle_GetArticles(cd_request *r, const api_GetArticles_req *in, api_GetArticles_res *out)
    __attribute__((weak, alias("api__stub_GetArticles")));

/* POST /api/articles */
static int api__stub_CreateArticle(cd_request *r, const api_CreateArticle_req *in,
                                   api_CreateArticle_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation CreateArticle is not implemented");
}
int handle_CreateArticle(cd_request *r, const api_CreateArticle_req *in, api_CreateArticle_res *out)
    __attribute__((weak, alias("api__stub_CreateArticle")));

/* GET /api/articles/{slug} */
static int api__stub_GetArticle(cd_request *r, const api_GetArticle_req *in,
                                api_GetArticle_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetArticle is not implemented");
}
int handle_GetArticle(cd_request *r, const api_GetArticle_req *in, api_GetArticle_res *out)
    __attribute__((weak, alias("api__stub_GetArticle")));

/* PUT /api/articles/{slug} */
static int api__stub_UpdateArticle(cd_request *r, const api_UpdateArticle_req *in,
                                   api_UpdateArticle_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation UpdateArticle is not implemented");
}
int handle_UpdateArticle(cd_request *r, const api_UpdateArticle_req *in, api_UpdateArticle_res *out)
    __attribute__((weak, alias("api__stub_UpdateArticle")));

/* DELETE /api/articles/{slug} */
static int api__stub_DeleteArticle(cd_request *r, const api_DeleteArticle_req *in,
                                   api_DeleteArticle_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation DeleteArticle is not implemented");
}
int handle_DeleteArticle(cd_request *r, const api_DeleteArticle_req *in, api_DeleteArticle_res *out)
    __attribute__((weak, alias("api__stub_DeleteArticle")));

/* GET /api/articles/{slug}/comments */
static int api__stub_GetArticleComments(cd_request *r, const api_GetArticleComments_req *in,
                                        api_GetArticleComments_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetArticleComments is not implemented");
}
int handle_GetArticleComments(cd_request *r, const api_GetArticleComments_req *in,
                              api_GetArticleComments_res *out)
    __attribute__((weak, alias("api__stub_GetArticleComments")));

/* POST /api/articles/{slug}/comments */
static int api__stub_CreateArticleComment(cd_request *r, const api_CreateArticleComment_req *in,
                                          api_CreateArticleComment_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation CreateArticleComment is not implemented");
}
int handle_CreateArticleComment(cd_request *r, const api_CreateArticleComment_req *in,
                                api_CreateArticleComment_res *out)
    __attribute__((weak, alias("api__stub_CreateArticleComment")));

/* DELETE /api/articles/{slug}/comments/{id} */
static int api__stub_DeleteArticleComment(cd_request *r, const api_DeleteArticleComment_req *in,
                                          api_DeleteArticleComment_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation DeleteArticleComment is not implemented");
}
int handle_DeleteArticleComment(cd_request *r, const api_DeleteArticleComment_req *in,
                                api_DeleteArticleComment_res *out)
    __attribute__((weak, alias("api__stub_DeleteArticleComment")));

/* GET /api/articles/{slug}/comments/{id} */
static int api__stub_GetArticleComment(cd_request *r, const api_GetArticleComment_req *in,
                                       api_GetArticleComment_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetArticleComment is not implemented");
}
int handle_GetArticleComment(cd_request *r, const api_GetArticleComment_req *in,
                             api_GetArticleComment_res *out)
    __attribute__((weak, alias("api__stub_GetArticleComment")));

/* PUT /api/articles/{slug}/comments/{id} */
static int api__stub_UpdateArticleComment(cd_request *r, const api_UpdateArticleComment_req *in,
                                          api_UpdateArticleComment_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation UpdateArticleComment is not implemented");
}
int handle_UpdateArticleComment(cd_request *r, const api_UpdateArticleComment_req *in,
                                api_UpdateArticleComment_res *out)
    __attribute__((weak, alias("api__stub_UpdateArticleComment")));

/* POST /api/articles/{slug}/favorite */
static int api__stub_CreateArticleFavorite(cd_request *r, const api_CreateArticleFavorite_req *in,
                                           api_CreateArticleFavorite_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation CreateArticleFavorite is not implemented");
}
int handle_CreateArticleFavorite(cd_request *r, const api_CreateArticleFavorite_req *in,
                                 api_CreateArticleFavorite_res *out)
    __attribute__((weak, alias("api__stub_CreateArticleFavorite")));

/* DELETE /api/articles/{slug}/favorite */
static int api__stub_DeleteArticleFavorite(cd_request *r, const api_DeleteArticleFavorite_req *in,
                                           api_DeleteArticleFavorite_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation DeleteArticleFavorite is not implemented");
}
int handle_DeleteArticleFavorite(cd_request *r, const api_DeleteArticleFavorite_req *in,
                                 api_DeleteArticleFavorite_res *out)
    __attribute__((weak, alias("api__stub_DeleteArticleFavorite")));

/* GET /api/tags */
static int api__stub_GetTags(cd_request *r, const api_GetTags_req *in, api_GetTags_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetTags is not implemented");
}
int handle_GetTags(cd_request *r, const api_GetTags_req *in, api_GetTags_res *out)
    __attribute__((weak, alias("api__stub_GetTags")));

/* POST /api/users/refresh */
static int api__stub_RefreshSession(cd_request *r, const api_RefreshSession_req *in,
                                    api_RefreshSession_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation RefreshSession is not implemented");
}
int handle_RefreshSession(cd_request *r, const api_RefreshSession_req *in,
                          api_RefreshSession_res *out)
    __attribute__((weak, alias("api__stub_RefreshSession")));

/* POST /api/users/logout */
static int api__stub_Logout(cd_request *r, const api_Logout_req *in, api_Logout_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation Logout is not implemented");
}
int handle_Logout(cd_request *r, const api_Logout_req *in, api_Logout_res *out)
    __attribute__((weak, alias("api__stub_Logout")));

/* PUT /api/user/password */
static int api__stub_ChangePassword(cd_request *r, const api_ChangePassword_req *in,
                                    api_ChangePassword_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ChangePassword is not implemented");
}
int handle_ChangePassword(cd_request *r, const api_ChangePassword_req *in,
                          api_ChangePassword_res *out)
    __attribute__((weak, alias("api__stub_ChangePassword")));

/* POST /api/users/password-reset */
static int api__stub_RequestPasswordReset(cd_request *r, const api_RequestPasswordReset_req *in,
                                          api_RequestPasswordReset_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation RequestPasswordReset is not implemented");
}
int handle_RequestPasswordReset(cd_request *r, const api_RequestPasswordReset_req *in,
                                api_RequestPasswordReset_res *out)
    __attribute__((weak, alias("api__stub_RequestPasswordReset")));

/* POST /api/users/password-reset/confirm */
static int api__stub_ConfirmPasswordReset(cd_request *r, const api_ConfirmPasswordReset_req *in,
                                          api_ConfirmPasswordReset_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ConfirmPasswordReset is not implemented");
}
int handle_ConfirmPasswordReset(cd_request *r, const api_ConfirmPasswordReset_req *in,
                                api_ConfirmPasswordReset_res *out)
    __attribute__((weak, alias("api__stub_ConfirmPasswordReset")));

/* GET /api/user/api-keys */
static int api__stub_ListApiKeys(cd_request *r, const api_ListApiKeys_req *in,
                                 api_ListApiKeys_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ListApiKeys is not implemented");
}
int handle_ListApiKeys(cd_request *r, const api_ListApiKeys_req *in, api_ListApiKeys_res *out)
    __attribute__((weak, alias("api__stub_ListApiKeys")));

/* POST /api/user/api-keys */
static int api__stub_CreateApiKey(cd_request *r, const api_CreateApiKey_req *in,
                                  api_CreateApiKey_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation CreateApiKey is not implemented");
}
int handle_CreateApiKey(cd_request *r, const api_CreateApiKey_req *in, api_CreateApiKey_res *out)
    __attribute__((weak, alias("api__stub_CreateApiKey")));

/* DELETE /api/user/api-keys/{id} */
static int api__stub_DeleteApiKey(cd_request *r, const api_DeleteApiKey_req *in,
                                  api_DeleteApiKey_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation DeleteApiKey is not implemented");
}
int handle_DeleteApiKey(cd_request *r, const api_DeleteApiKey_req *in, api_DeleteApiKey_res *out)
    __attribute__((weak, alias("api__stub_DeleteApiKey")));

/* GET /api/profiles/{username}/followers */
static int api__stub_ListFollowers(cd_request *r, const api_ListFollowers_req *in,
                                   api_ListFollowers_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ListFollowers is not implemented");
}
int handle_ListFollowers(cd_request *r, const api_ListFollowers_req *in, api_ListFollowers_res *out)
    __attribute__((weak, alias("api__stub_ListFollowers")));

/* GET /api/profiles/{username}/following */
static int api__stub_ListFollowing(cd_request *r, const api_ListFollowing_req *in,
                                   api_ListFollowing_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ListFollowing is not implemented");
}
int handle_ListFollowing(cd_request *r, const api_ListFollowing_req *in, api_ListFollowing_res *out)
    __attribute__((weak, alias("api__stub_ListFollowing")));

/* GET /api/search/articles */
static int api__stub_SearchArticles(cd_request *r, const api_SearchArticles_req *in,
                                    api_SearchArticles_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation SearchArticles is not implemented");
}
int handle_SearchArticles(cd_request *r, const api_SearchArticles_req *in,
                          api_SearchArticles_res *out)
    __attribute__((weak, alias("api__stub_SearchArticles")));

/* GET /api/articles/trending */
static int api__stub_GetTrendingArticles(cd_request *r, const api_GetTrendingArticles_req *in,
                                         api_GetTrendingArticles_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetTrendingArticles is not implemented");
}
int handle_GetTrendingArticles(cd_request *r, const api_GetTrendingArticles_req *in,
                               api_GetTrendingArticles_res *out)
    __attribute__((weak, alias("api__stub_GetTrendingArticles")));

/* GET /api/tags/popular */
static int api__stub_GetPopularTags(cd_request *r, const api_GetPopularTags_req *in,
                                    api_GetPopularTags_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetPopularTags is not implemented");
}
int handle_GetPopularTags(cd_request *r, const api_GetPopularTags_req *in,
                          api_GetPopularTags_res *out)
    __attribute__((weak, alias("api__stub_GetPopularTags")));

/* GET /api/articles/{slug}/revisions */
static int api__stub_ListArticleRevisions(cd_request *r, const api_ListArticleRevisions_req *in,
                                          api_ListArticleRevisions_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ListArticleRevisions is not implemented");
}
int handle_ListArticleRevisions(cd_request *r, const api_ListArticleRevisions_req *in,
                                api_ListArticleRevisions_res *out)
    __attribute__((weak, alias("api__stub_ListArticleRevisions")));

/* POST /api/articles/{slug}/bookmark */
static int api__stub_CreateBookmark(cd_request *r, const api_CreateBookmark_req *in,
                                    api_CreateBookmark_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation CreateBookmark is not implemented");
}
int handle_CreateBookmark(cd_request *r, const api_CreateBookmark_req *in,
                          api_CreateBookmark_res *out)
    __attribute__((weak, alias("api__stub_CreateBookmark")));

/* DELETE /api/articles/{slug}/bookmark */
static int api__stub_DeleteBookmark(cd_request *r, const api_DeleteBookmark_req *in,
                                    api_DeleteBookmark_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation DeleteBookmark is not implemented");
}
int handle_DeleteBookmark(cd_request *r, const api_DeleteBookmark_req *in,
                          api_DeleteBookmark_res *out)
    __attribute__((weak, alias("api__stub_DeleteBookmark")));

/* GET /api/user/bookmarks */
static int api__stub_ListBookmarks(cd_request *r, const api_ListBookmarks_req *in,
                                   api_ListBookmarks_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ListBookmarks is not implemented");
}
int handle_ListBookmarks(cd_request *r, const api_ListBookmarks_req *in, api_ListBookmarks_res *out)
    __attribute__((weak, alias("api__stub_ListBookmarks")));

/* GET /api/notifications */
static int api__stub_ListNotifications(cd_request *r, const api_ListNotifications_req *in,
                                       api_ListNotifications_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ListNotifications is not implemented");
}
int handle_ListNotifications(cd_request *r, const api_ListNotifications_req *in,
                             api_ListNotifications_res *out)
    __attribute__((weak, alias("api__stub_ListNotifications")));

/* GET /api/notifications/unread-count */
static int api__stub_GetUnreadNotificationCount(cd_request *r,
                                                const api_GetUnreadNotificationCount_req *in,
                                                api_GetUnreadNotificationCount_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation GetUnreadNotificationCount is not implemented");
}
int handle_GetUnreadNotificationCount(cd_request *r, const api_GetUnreadNotificationCount_req *in,
                                      api_GetUnreadNotificationCount_res *out)
    __attribute__((weak, alias("api__stub_GetUnreadNotificationCount")));

/* POST /api/notifications/{id}/read */
static int api__stub_MarkNotificationRead(cd_request *r, const api_MarkNotificationRead_req *in,
                                          api_MarkNotificationRead_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation MarkNotificationRead is not implemented");
}
int handle_MarkNotificationRead(cd_request *r, const api_MarkNotificationRead_req *in,
                                api_MarkNotificationRead_res *out)
    __attribute__((weak, alias("api__stub_MarkNotificationRead")));

/* POST /api/notifications/read-all */
static int api__stub_MarkAllNotificationsRead(cd_request *r,
                                              const api_MarkAllNotificationsRead_req *in,
                                              api_MarkAllNotificationsRead_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation MarkAllNotificationsRead is not implemented");
}
int handle_MarkAllNotificationsRead(cd_request *r, const api_MarkAllNotificationsRead_req *in,
                                    api_MarkAllNotificationsRead_res *out)
    __attribute__((weak, alias("api__stub_MarkAllNotificationsRead")));

/* POST /api/articles/{slug}/reports */
static int api__stub_CreateReport(cd_request *r, const api_CreateReport_req *in,
                                  api_CreateReport_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation CreateReport is not implemented");
}
int handle_CreateReport(cd_request *r, const api_CreateReport_req *in, api_CreateReport_res *out)
    __attribute__((weak, alias("api__stub_CreateReport")));

/* GET /api/admin/reports */
static int api__stub_AdminListReports(cd_request *r, const api_AdminListReports_req *in,
                                      api_AdminListReports_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation AdminListReports is not implemented");
}
int handle_AdminListReports(cd_request *r, const api_AdminListReports_req *in,
                            api_AdminListReports_res *out)
    __attribute__((weak, alias("api__stub_AdminListReports")));

/* PUT /api/admin/reports/{id} */
static int api__stub_AdminUpdateReport(cd_request *r, const api_AdminUpdateReport_req *in,
                                       api_AdminUpdateReport_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation AdminUpdateReport is not implemented");
}
int handle_AdminUpdateReport(cd_request *r, const api_AdminUpdateReport_req *in,
                             api_AdminUpdateReport_res *out)
    __attribute__((weak, alias("api__stub_AdminUpdateReport")));

/* GET /api/admin/users */
static int api__stub_AdminListUsers(cd_request *r, const api_AdminListUsers_req *in,
                                    api_AdminListUsers_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation AdminListUsers is not implemented");
}
int handle_AdminListUsers(cd_request *r, const api_AdminListUsers_req *in,
                          api_AdminListUsers_res *out)
    __attribute__((weak, alias("api__stub_AdminListUsers")));

/* PUT /api/admin/users/{username} */
static int api__stub_AdminUpdateUser(cd_request *r, const api_AdminUpdateUser_req *in,
                                     api_AdminUpdateUser_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation AdminUpdateUser is not implemented");
}
int handle_AdminUpdateUser(cd_request *r, const api_AdminUpdateUser_req *in,
                           api_AdminUpdateUser_res *out)
    __attribute__((weak, alias("api__stub_AdminUpdateUser")));

/* GET /api/user/webhooks */
static int api__stub_ListWebhooks(cd_request *r, const api_ListWebhooks_req *in,
                                  api_ListWebhooks_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ListWebhooks is not implemented");
}
int handle_ListWebhooks(cd_request *r, const api_ListWebhooks_req *in, api_ListWebhooks_res *out)
    __attribute__((weak, alias("api__stub_ListWebhooks")));

/* POST /api/user/webhooks */
static int api__stub_CreateWebhook(cd_request *r, const api_CreateWebhook_req *in,
                                   api_CreateWebhook_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation CreateWebhook is not implemented");
}
int handle_CreateWebhook(cd_request *r, const api_CreateWebhook_req *in, api_CreateWebhook_res *out)
    __attribute__((weak, alias("api__stub_CreateWebhook")));

/* DELETE /api/user/webhooks/{id} */
static int api__stub_DeleteWebhook(cd_request *r, const api_DeleteWebhook_req *in,
                                   api_DeleteWebhook_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation DeleteWebhook is not implemented");
}
int handle_DeleteWebhook(cd_request *r, const api_DeleteWebhook_req *in, api_DeleteWebhook_res *out)
    __attribute__((weak, alias("api__stub_DeleteWebhook")));

size_t api_missing_operations(const char **ids, size_t max)
{
    size_t n = 0;
    if (handle_Login == api__stub_Login) {
        if (n < max)
            ids[n] = "Login";
        n++;
    }
    if (handle_CreateUser == api__stub_CreateUser) {
        if (n < max)
            ids[n] = "CreateUser";
        n++;
    }
    if (handle_GetCurrentUser == api__stub_GetCurrentUser) {
        if (n < max)
            ids[n] = "GetCurrentUser";
        n++;
    }
    if (handle_UpdateCurrentUser == api__stub_UpdateCurrentUser) {
        if (n < max)
            ids[n] = "UpdateCurrentUser";
        n++;
    }
    if (handle_GetProfileByUsername == api__stub_GetProfileByUsername) {
        if (n < max)
            ids[n] = "GetProfileByUsername";
        n++;
    }
    if (handle_FollowUserByUsername == api__stub_FollowUserByUsername) {
        if (n < max)
            ids[n] = "FollowUserByUsername";
        n++;
    }
    if (handle_UnfollowUserByUsername == api__stub_UnfollowUserByUsername) {
        if (n < max)
            ids[n] = "UnfollowUserByUsername";
        n++;
    }
    if (handle_GetArticlesFeed == api__stub_GetArticlesFeed) {
        if (n < max)
            ids[n] = "GetArticlesFeed";
        n++;
    }
    if (handle_GetArticles == api__stub_GetArticles) {
        if (n < max)
            ids[n] = "GetArticles";
        n++;
    }
    if (handle_CreateArticle == api__stub_CreateArticle) {
        if (n < max)
            ids[n] = "CreateArticle";
        n++;
    }
    if (handle_GetArticle == api__stub_GetArticle) {
        if (n < max)
            ids[n] = "GetArticle";
        n++;
    }
    if (handle_UpdateArticle == api__stub_UpdateArticle) {
        if (n < max)
            ids[n] = "UpdateArticle";
        n++;
    }
    if (handle_DeleteArticle == api__stub_DeleteArticle) {
        if (n < max)
            ids[n] = "DeleteArticle";
        n++;
    }
    if (handle_GetArticleComments == api__stub_GetArticleComments) {
        if (n < max)
            ids[n] = "GetArticleComments";
        n++;
    }
    if (handle_CreateArticleComment == api__stub_CreateArticleComment) {
        if (n < max)
            ids[n] = "CreateArticleComment";
        n++;
    }
    if (handle_DeleteArticleComment == api__stub_DeleteArticleComment) {
        if (n < max)
            ids[n] = "DeleteArticleComment";
        n++;
    }
    if (handle_GetArticleComment == api__stub_GetArticleComment) {
        if (n < max)
            ids[n] = "GetArticleComment";
        n++;
    }
    if (handle_UpdateArticleComment == api__stub_UpdateArticleComment) {
        if (n < max)
            ids[n] = "UpdateArticleComment";
        n++;
    }
    if (handle_CreateArticleFavorite == api__stub_CreateArticleFavorite) {
        if (n < max)
            ids[n] = "CreateArticleFavorite";
        n++;
    }
    if (handle_DeleteArticleFavorite == api__stub_DeleteArticleFavorite) {
        if (n < max)
            ids[n] = "DeleteArticleFavorite";
        n++;
    }
    if (handle_GetTags == api__stub_GetTags) {
        if (n < max)
            ids[n] = "GetTags";
        n++;
    }
    if (handle_RefreshSession == api__stub_RefreshSession) {
        if (n < max)
            ids[n] = "RefreshSession";
        n++;
    }
    if (handle_Logout == api__stub_Logout) {
        if (n < max)
            ids[n] = "Logout";
        n++;
    }
    if (handle_ChangePassword == api__stub_ChangePassword) {
        if (n < max)
            ids[n] = "ChangePassword";
        n++;
    }
    if (handle_RequestPasswordReset == api__stub_RequestPasswordReset) {
        if (n < max)
            ids[n] = "RequestPasswordReset";
        n++;
    }
    if (handle_ConfirmPasswordReset == api__stub_ConfirmPasswordReset) {
        if (n < max)
            ids[n] = "ConfirmPasswordReset";
        n++;
    }
    if (handle_ListApiKeys == api__stub_ListApiKeys) {
        if (n < max)
            ids[n] = "ListApiKeys";
        n++;
    }
    if (handle_CreateApiKey == api__stub_CreateApiKey) {
        if (n < max)
            ids[n] = "CreateApiKey";
        n++;
    }
    if (handle_DeleteApiKey == api__stub_DeleteApiKey) {
        if (n < max)
            ids[n] = "DeleteApiKey";
        n++;
    }
    if (handle_ListFollowers == api__stub_ListFollowers) {
        if (n < max)
            ids[n] = "ListFollowers";
        n++;
    }
    if (handle_ListFollowing == api__stub_ListFollowing) {
        if (n < max)
            ids[n] = "ListFollowing";
        n++;
    }
    if (handle_SearchArticles == api__stub_SearchArticles) {
        if (n < max)
            ids[n] = "SearchArticles";
        n++;
    }
    if (handle_GetTrendingArticles == api__stub_GetTrendingArticles) {
        if (n < max)
            ids[n] = "GetTrendingArticles";
        n++;
    }
    if (handle_GetPopularTags == api__stub_GetPopularTags) {
        if (n < max)
            ids[n] = "GetPopularTags";
        n++;
    }
    if (handle_ListArticleRevisions == api__stub_ListArticleRevisions) {
        if (n < max)
            ids[n] = "ListArticleRevisions";
        n++;
    }
    if (handle_CreateBookmark == api__stub_CreateBookmark) {
        if (n < max)
            ids[n] = "CreateBookmark";
        n++;
    }
    if (handle_DeleteBookmark == api__stub_DeleteBookmark) {
        if (n < max)
            ids[n] = "DeleteBookmark";
        n++;
    }
    if (handle_ListBookmarks == api__stub_ListBookmarks) {
        if (n < max)
            ids[n] = "ListBookmarks";
        n++;
    }
    if (handle_ListNotifications == api__stub_ListNotifications) {
        if (n < max)
            ids[n] = "ListNotifications";
        n++;
    }
    if (handle_GetUnreadNotificationCount == api__stub_GetUnreadNotificationCount) {
        if (n < max)
            ids[n] = "GetUnreadNotificationCount";
        n++;
    }
    if (handle_MarkNotificationRead == api__stub_MarkNotificationRead) {
        if (n < max)
            ids[n] = "MarkNotificationRead";
        n++;
    }
    if (handle_MarkAllNotificationsRead == api__stub_MarkAllNotificationsRead) {
        if (n < max)
            ids[n] = "MarkAllNotificationsRead";
        n++;
    }
    if (handle_CreateReport == api__stub_CreateReport) {
        if (n < max)
            ids[n] = "CreateReport";
        n++;
    }
    if (handle_AdminListReports == api__stub_AdminListReports) {
        if (n < max)
            ids[n] = "AdminListReports";
        n++;
    }
    if (handle_AdminUpdateReport == api__stub_AdminUpdateReport) {
        if (n < max)
            ids[n] = "AdminUpdateReport";
        n++;
    }
    if (handle_AdminListUsers == api__stub_AdminListUsers) {
        if (n < max)
            ids[n] = "AdminListUsers";
        n++;
    }
    if (handle_AdminUpdateUser == api__stub_AdminUpdateUser) {
        if (n < max)
            ids[n] = "AdminUpdateUser";
        n++;
    }
    if (handle_ListWebhooks == api__stub_ListWebhooks) {
        if (n < max)
            ids[n] = "ListWebhooks";
        n++;
    }
    if (handle_CreateWebhook == api__stub_CreateWebhook) {
        if (n < max)
            ids[n] = "CreateWebhook";
        n++;
    }
    if (handle_DeleteWebhook == api__stub_DeleteWebhook) {
        if (n < max)
            ids[n] = "DeleteWebhook";
        n++;
    }
    return n;
}
