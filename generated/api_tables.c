/* generated from openapi.yaml by codegen — do not edit */
/* generated/api_tables.c — the spec as data for the engine (cdg_engine.c): schemas with their
 * C layouts, parameters, responses, security requirements and operations; plus the cd_api
 * table handed to the runtime.
 *
 * Schema rows reference each other by index into api__schemas; every row names the JSON pointer
 * it was generated from.
 */
#include <pthread.h>
#include <stddef.h>

#include "api_handlers.h"
#include "api_internal.h"

const char *const api_NotificationKind_names[3] = {
    "follow",
    "comment",
    "favorite",
};

const char *const api_ReportReason_names[5] = {
    "spam", "abuse", "off_topic", "copyright", "other",
};

const char *const api_ReportStatus_names[3] = {
    "open",
    "dismissed",
    "actioned",
};

const char *const api_UpdateReportRequest_report_status_names[2] = {
    "dismissed",
    "actioned",
};

const char *const api_Role_names[3] = {
    "user",
    "moderator",
    "admin",
};

const char *const api_WebhookEvent_names[3] = {
    "follow",
    "comment",
    "favorite",
};

/* ---------------------------------------------------------------- patterns and values */

static const char *const api__patterns[] = {
    "^[A-Za-z0-9_-]+$",
    "\\S",
    "^https\?://",
};
static void *api__compiled[3];
static const char *const api__values[] = {
    "0",
    "20",
    "7",
    "false",
    "\"follow\"",
    "\"comment\"",
    "\"favorite\"",
    "\"article\"",
    "\"spam\"",
    "\"abuse\"",
    "\"off_topic\"",
    "\"copyright\"",
    "\"other\"",
    "\"open\"",
    "\"dismissed\"",
    "\"actioned\"",
    "\"dismissed\"",
    "\"actioned\"",
    "\"user\"",
    "\"moderator\"",
    "\"admin\"",
    "\"follow\"",
    "\"comment\"",
    "\"favorite\"",
};
static struct json_object *api__value_objs[24];

/* ---------------------------------------------------------------- schemas */

static const cdg_prop api__props_0[] = {
    {"user", 1, 1, 0, 0},
};

static const cdg_field api__fields_0[] = {
    {"user", {1, offsetof(api_LoginUserRequest, user), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_1[] = {
    {"email", 2, 1, 0, 0},
    {"password", 3, 1, 0, 1},
};

static const cdg_field api__fields_1[] = {
    {"email", {2, offsetof(api_LoginUser, email), -1, -1, 0}, 1, 0},
    {"password", {3, offsetof(api_LoginUser, password), -1, -1, 0}, 1, 1},
};

static const cdg_prop api__props_4[] = {
    {"user", 5, 1, 0, 0},
};

static const cdg_field api__fields_4[] = {
    {"user", {5, offsetof(api_UserResponse, user), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_5[] = {
    {"email", 6, 1, 0, 0}, {"token", 7, 1, 0, 0},  {"username", 8, 1, 0, 0},
    {"bio", 9, 1, 0, 0},   {"image", 10, 1, 0, 0},
};

static const cdg_field api__fields_5[] = {
    {"email", {6, offsetof(api_User, email), -1, -1, 0}, 1, 0},
    {"token", {7, offsetof(api_User, token), -1, -1, 0}, 1, 0},
    {"username", {8, offsetof(api_User, username), -1, -1, 0}, 1, 0},
    {"bio", {9, offsetof(api_User, bio), -1, -1, 0}, 1, 0},
    {"image", {10, offsetof(api_User, image), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_11[] = {
    {"errors", 12, 1, 0, 0},
};

static const cdg_field api__fields_11[] = {
    {"errors", {12, offsetof(api_GenericErrorModel, errors), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_12[] = {
    {"body", 13, 1, 0, 0},
};

static const cdg_field api__fields_12[] = {
    {"body",
     {13, offsetof(api_GenericErrorModel_errors, body), -1,
      (long)offsetof(api_GenericErrorModel_errors, body_count), 0},
     1,
     0},
};

static const cdg_prop api__props_15[] = {
    {"user", 16, 1, 0, 0},
};

static const cdg_field api__fields_15[] = {
    {"user", {16, offsetof(api_NewUserRequest, user), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_16[] = {
    {"username", 17, 1, 0, 0},
    {"email", 2, 1, 0, 0},
    {"password", 3, 1, 0, 1},
};

static const cdg_field api__fields_16[] = {
    {"username", {17, offsetof(api_NewUser, username), -1, -1, 0}, 1, 0},
    {"email", {2, offsetof(api_NewUser, email), -1, -1, 0}, 1, 0},
    {"password", {3, offsetof(api_NewUser, password), -1, -1, 0}, 1, 1},
};

static const char *const api__messages_17[] = {
    "pattern",
    "may contain only letters, digits, '_' and '-'",
};

static const cdg_prop api__props_18[] = {
    {"user", 19, 1, 0, 0},
};

static const cdg_field api__fields_18[] = {
    {"user", {19, offsetof(api_UpdateUserRequest, user), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_19[] = {
    {"email", 2, 0, 0, 0},     {"password", 20, 0, 0, 1}, {"currentPassword", 3, 0, 0, 1},
    {"username", 17, 0, 0, 0}, {"bio", 21, 0, 0, 0},      {"image", 22, 0, 0, 0},
};

static const cdg_field api__fields_19[] = {
    {"email",
     {2, offsetof(api_UpdateUser, email), (long)offsetof(api_UpdateUser, has_email), -1, 0},
     0,
     0},
    {"password",
     {20, offsetof(api_UpdateUser, password), (long)offsetof(api_UpdateUser, has_password), -1, 0},
     0,
     1},
    {"currentPassword",
     {3, offsetof(api_UpdateUser, currentPassword),
      (long)offsetof(api_UpdateUser, has_currentPassword), -1, 0},
     0,
     1},
    {"username",
     {17, offsetof(api_UpdateUser, username), (long)offsetof(api_UpdateUser, has_username), -1, 0},
     0,
     0},
    {"bio",
     {21, offsetof(api_UpdateUser, bio), (long)offsetof(api_UpdateUser, has_bio), -1, 0},
     0,
     0},
    {"image",
     {22, offsetof(api_UpdateUser, image), (long)offsetof(api_UpdateUser, has_image), -1, 0},
     0,
     0},
};

static const cdg_prop api__props_24[] = {
    {"profile", 25, 1, 0, 0},
};

static const cdg_field api__fields_24[] = {
    {"profile", {25, offsetof(api_ProfileResponse, profile), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_25[] = {
    {"username", 26, 1, 0, 0},
    {"bio", 27, 1, 0, 0},
    {"image", 28, 1, 0, 0},
    {"following", 29, 1, 0, 0},
};

static const cdg_field api__fields_25[] = {
    {"username", {26, offsetof(api_Profile, username), -1, -1, 0}, 1, 0},
    {"bio", {27, offsetof(api_Profile, bio), -1, -1, 0}, 1, 0},
    {"image", {28, offsetof(api_Profile, image), -1, -1, 0}, 1, 0},
    {"following", {29, offsetof(api_Profile, following), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_32[] = {
    {"articles", 33, 1, 0, 0},
    {"articlesCount", 44, 1, 0, 0},
};

static const cdg_field api__fields_32[] = {
    {"articles",
     {33, offsetof(api_MultipleArticlesResponse, articles), -1,
      (long)offsetof(api_MultipleArticlesResponse, articles_count), 0},
     1,
     0},
    {"articlesCount", {44, offsetof(api_MultipleArticlesResponse, articlesCount), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_34[] = {
    {"slug", 35, 1, 0, 0},      {"title", 36, 1, 0, 0},          {"description", 37, 1, 0, 0},
    {"tagList", 38, 1, 0, 0},   {"createdAt", 40, 1, 0, 0},      {"updatedAt", 41, 1, 0, 0},
    {"favorited", 42, 1, 0, 0}, {"favoritesCount", 43, 1, 0, 0}, {"author", 25, 1, 0, 0},
};

static const cdg_field api__fields_34[] = {
    {"slug", {35, offsetof(api_ArticlePreview, slug), -1, -1, 0}, 1, 0},
    {"title", {36, offsetof(api_ArticlePreview, title), -1, -1, 0}, 1, 0},
    {"description", {37, offsetof(api_ArticlePreview, description), -1, -1, 0}, 1, 0},
    {"tagList",
     {38, offsetof(api_ArticlePreview, tagList), -1,
      (long)offsetof(api_ArticlePreview, tagList_count), 0},
     1,
     0},
    {"createdAt", {40, offsetof(api_ArticlePreview, createdAt), -1, -1, 0}, 1, 0},
    {"updatedAt", {41, offsetof(api_ArticlePreview, updatedAt), -1, -1, 0}, 1, 0},
    {"favorited", {42, offsetof(api_ArticlePreview, favorited), -1, -1, 0}, 1, 0},
    {"favoritesCount", {43, offsetof(api_ArticlePreview, favoritesCount), -1, -1, 0}, 1, 0},
    {"author", {25, offsetof(api_ArticlePreview, author), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_48[] = {
    {"article", 49, 1, 0, 0},
};

static const cdg_field api__fields_48[] = {
    {"article", {49, offsetof(api_NewArticleRequest, article), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_49[] = {
    {"title", 50, 1, 0, 0},
    {"description", 51, 1, 0, 0},
    {"body", 52, 1, 0, 0},
    {"tagList", 53, 0, 0, 0},
};

static const cdg_field api__fields_49[] = {
    {"title", {50, offsetof(api_NewArticle, title), -1, -1, 0}, 1, 0},
    {"description", {51, offsetof(api_NewArticle, description), -1, -1, 0}, 1, 0},
    {"body", {52, offsetof(api_NewArticle, body), -1, -1, 0}, 1, 0},
    {"tagList",
     {53, offsetof(api_NewArticle, tagList), (long)offsetof(api_NewArticle, has_tagList),
      (long)offsetof(api_NewArticle, tagList_count), 0},
     0,
     0},
};

static const char *const api__messages_50[] = {
    "minLength",
    "can't be blank",
    "pattern",
    "can't be blank",
};

static const char *const api__messages_51[] = {
    "minLength",
    "can't be blank",
    "pattern",
    "can't be blank",
};

static const char *const api__messages_52[] = {
    "minLength",
    "can't be blank",
    "pattern",
    "can't be blank",
};

static const cdg_prop api__props_55[] = {
    {"article", 56, 1, 0, 0},
};

static const cdg_field api__fields_55[] = {
    {"article", {56, offsetof(api_SingleArticleResponse, article), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_56[] = {
    {"slug", 57, 1, 0, 0},      {"title", 58, 1, 0, 0},     {"description", 59, 1, 0, 0},
    {"body", 60, 1, 0, 0},      {"tagList", 61, 1, 0, 0},   {"createdAt", 63, 1, 0, 0},
    {"updatedAt", 64, 1, 0, 0}, {"favorited", 65, 1, 0, 0}, {"favoritesCount", 66, 1, 0, 0},
    {"author", 25, 1, 0, 0},
};

static const cdg_field api__fields_56[] = {
    {"slug", {57, offsetof(api_Article, slug), -1, -1, 0}, 1, 0},
    {"title", {58, offsetof(api_Article, title), -1, -1, 0}, 1, 0},
    {"description", {59, offsetof(api_Article, description), -1, -1, 0}, 1, 0},
    {"body", {60, offsetof(api_Article, body), -1, -1, 0}, 1, 0},
    {"tagList",
     {61, offsetof(api_Article, tagList), -1, (long)offsetof(api_Article, tagList_count), 0},
     1,
     0},
    {"createdAt", {63, offsetof(api_Article, createdAt), -1, -1, 0}, 1, 0},
    {"updatedAt", {64, offsetof(api_Article, updatedAt), -1, -1, 0}, 1, 0},
    {"favorited", {65, offsetof(api_Article, favorited), -1, -1, 0}, 1, 0},
    {"favoritesCount", {66, offsetof(api_Article, favoritesCount), -1, -1, 0}, 1, 0},
    {"author", {25, offsetof(api_Article, author), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_68[] = {
    {"article", 69, 1, 0, 0},
};

static const cdg_field api__fields_68[] = {
    {"article", {69, offsetof(api_UpdateArticleRequest, article), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_69[] = {
    {"title", 50, 0, 0, 0},
    {"description", 51, 0, 0, 0},
    {"body", 52, 0, 0, 0},
    {"tagList", 53, 0, 0, 0},
};

static const cdg_field api__fields_69[] = {
    {"title",
     {50, offsetof(api_UpdateArticle, title), (long)offsetof(api_UpdateArticle, has_title), -1, 0},
     0,
     0},
    {"description",
     {51, offsetof(api_UpdateArticle, description),
      (long)offsetof(api_UpdateArticle, has_description), -1, 0},
     0,
     0},
    {"body",
     {52, offsetof(api_UpdateArticle, body), (long)offsetof(api_UpdateArticle, has_body), -1, 0},
     0,
     0},
    {"tagList",
     {53, offsetof(api_UpdateArticle, tagList), (long)offsetof(api_UpdateArticle, has_tagList),
      (long)offsetof(api_UpdateArticle, tagList_count), 0},
     0,
     0},
};

static const cdg_prop api__props_70[] = {
    {"comments", 71, 1, 0, 0},
};

static const cdg_field api__fields_70[] = {
    {"comments",
     {71, offsetof(api_MultipleCommentsResponse, comments), -1,
      (long)offsetof(api_MultipleCommentsResponse, comments_count), 0},
     1,
     0},
};

static const cdg_prop api__props_72[] = {
    {"id", 73, 1, 0, 0},   {"createdAt", 74, 1, 0, 0}, {"updatedAt", 75, 1, 0, 0},
    {"body", 76, 1, 0, 0}, {"author", 25, 1, 0, 0},
};

static const cdg_field api__fields_72[] = {
    {"id", {73, offsetof(api_Comment, id), -1, -1, 0}, 1, 0},
    {"createdAt", {74, offsetof(api_Comment, createdAt), -1, -1, 0}, 1, 0},
    {"updatedAt", {75, offsetof(api_Comment, updatedAt), -1, -1, 0}, 1, 0},
    {"body", {76, offsetof(api_Comment, body), -1, -1, 0}, 1, 0},
    {"author", {25, offsetof(api_Comment, author), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_77[] = {
    {"comment", 78, 1, 0, 0},
};

static const cdg_field api__fields_77[] = {
    {"comment", {78, offsetof(api_NewCommentRequest, comment), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_78[] = {
    {"body", 79, 1, 0, 0},
};

static const cdg_field api__fields_78[] = {
    {"body", {79, offsetof(api_NewComment, body), -1, -1, 0}, 1, 0},
};

static const char *const api__messages_79[] = {
    "minLength",
    "can't be blank",
    "pattern",
    "can't be blank",
};

static const cdg_prop api__props_80[] = {
    {"comment", 72, 1, 0, 0},
};

static const cdg_field api__fields_80[] = {
    {"comment", {72, offsetof(api_SingleCommentResponse, comment), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_83[] = {
    {"comment", 78, 1, 0, 0},
};

static const cdg_field api__fields_83[] = {
    {"comment", {78, offsetof(api_UpdateCommentRequest, comment), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_84[] = {
    {"tags", 85, 1, 0, 0},
};

static const cdg_field api__fields_84[] = {
    {"tags",
     {85, offsetof(api_TagsResponse, tags), -1, (long)offsetof(api_TagsResponse, tags_count), 0},
     1,
     0},
};

static const char *const api__messages_87[] = {
    "pattern",
    "may contain only letters, digits, '_' and '-'",
};

static const cdg_prop api__props_88[] = {
    {"refreshToken", 87, 0, 0, 0},
};

static const cdg_field api__fields_88[] = {
    {"refreshToken",
     {87, offsetof(api_RefreshRequest, refreshToken),
      (long)offsetof(api_RefreshRequest, has_refreshToken), -1, 0},
     0,
     0},
};

static const cdg_prop api__props_89[] = {
    {"user", 5, 1, 0, 0},
    {"refreshToken", 90, 1, 0, 0},
};

static const cdg_field api__fields_89[] = {
    {"user", {5, offsetof(api_Session, user), -1, -1, 0}, 1, 0},
    {"refreshToken", {90, offsetof(api_Session, refreshToken), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_91[] = {
    {"user", 92, 1, 0, 0},
};

static const cdg_field api__fields_91[] = {
    {"user", {92, offsetof(api_ChangePasswordRequest, user), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_92[] = {
    {"currentPassword", 3, 1, 0, 1},
    {"newPassword", 20, 1, 0, 1},
};

static const cdg_field api__fields_92[] = {
    {"currentPassword",
     {3, offsetof(api_ChangePasswordRequest_user, currentPassword), -1, -1, 0},
     1,
     1},
    {"newPassword", {20, offsetof(api_ChangePasswordRequest_user, newPassword), -1, -1, 0}, 1, 1},
};

static const cdg_prop api__props_93[] = {
    {"user", 94, 1, 0, 0},
};

static const cdg_field api__fields_93[] = {
    {"user", {94, offsetof(api_PasswordResetRequest, user), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_94[] = {
    {"email", 2, 1, 0, 0},
};

static const cdg_field api__fields_94[] = {
    {"email", {2, offsetof(api_PasswordResetRequest_user, email), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_95[] = {
    {"user", 96, 1, 0, 0},
};

static const cdg_field api__fields_95[] = {
    {"user", {96, offsetof(api_PasswordResetConfirm, user), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_96[] = {
    {"token", 97, 1, 0, 0},
    {"newPassword", 20, 1, 0, 1},
};

static const cdg_field api__fields_96[] = {
    {"token", {97, offsetof(api_PasswordResetConfirm_user, token), -1, -1, 0}, 1, 0},
    {"newPassword", {20, offsetof(api_PasswordResetConfirm_user, newPassword), -1, -1, 0}, 1, 1},
};

static const char *const api__messages_97[] = {
    "pattern",
    "may contain only letters, digits, '_' and '-'",
};

static const cdg_prop api__props_98[] = {
    {"apiKeys", 99, 1, 0, 0},
};

static const cdg_field api__fields_98[] = {
    {"apiKeys",
     {99, offsetof(api_ApiKeysResponse, apiKeys), -1,
      (long)offsetof(api_ApiKeysResponse, apiKeys_count), 0},
     1,
     0},
};

static const cdg_prop api__props_100[] = {
    {"id", 101, 1, 1, 0},        {"name", 102, 1, 0, 0},       {"prefix", 103, 1, 1, 0},
    {"createdAt", 104, 1, 1, 0}, {"lastUsedAt", 105, 1, 1, 0}, {"secret", 106, 0, 1, 0},
};

static const cdg_field api__fields_100[] = {
    {"id", {101, offsetof(api_ApiKey, id), -1, -1, 0}, 1, 0},
    {"name", {102, offsetof(api_ApiKey, name), -1, -1, 0}, 1, 0},
    {"prefix", {103, offsetof(api_ApiKey, prefix), -1, -1, 0}, 1, 0},
    {"createdAt", {104, offsetof(api_ApiKey, createdAt), -1, -1, 0}, 1, 0},
    {"lastUsedAt",
     {105, offsetof(api_ApiKey, lastUsedAt), (long)offsetof(api_ApiKey, has_lastUsedAt), -1, 0},
     1,
     0},
    {"secret",
     {106, offsetof(api_ApiKey, secret), (long)offsetof(api_ApiKey, has_secret), -1, 0},
     0,
     0},
};

static const cdg_prop api__props_107[] = {
    {"apiKey", 108, 1, 0, 0},
};

static const cdg_field api__fields_107[] = {
    {"apiKey", {108, offsetof(api_NewApiKeyRequest, apiKey), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_108[] = {
    {"name", 109, 1, 0, 0},
};

static const cdg_field api__fields_108[] = {
    {"name", {109, offsetof(api_NewApiKeyRequest_apiKey, name), -1, -1, 0}, 1, 0},
};

static const char *const api__messages_109[] = {
    "minLength",
    "can't be blank",
    "pattern",
    "can't be blank",
};

static const cdg_prop api__props_110[] = {
    {"apiKey", 111, 1, 0, 0},
};

static const cdg_field api__fields_110[] = {
    {"apiKey", {111, offsetof(api_ApiKeyResponse, apiKey), -1, -1, 0}, 1, 0},
};

static const int api__all_of_111[] = {
    100,
    112,
};

static const cdg_field api__fields_111[] = {
    {"id", {101, offsetof(api_ApiKeyResponse_apiKey, id), -1, -1, 0}, 1, 0},
    {"name", {102, offsetof(api_ApiKeyResponse_apiKey, name), -1, -1, 0}, 1, 0},
    {"prefix", {103, offsetof(api_ApiKeyResponse_apiKey, prefix), -1, -1, 0}, 1, 0},
    {"createdAt", {104, offsetof(api_ApiKeyResponse_apiKey, createdAt), -1, -1, 0}, 1, 0},
    {"lastUsedAt",
     {105, offsetof(api_ApiKeyResponse_apiKey, lastUsedAt),
      (long)offsetof(api_ApiKeyResponse_apiKey, has_lastUsedAt), -1, 0},
     1,
     0},
    {"secret", {106, offsetof(api_ApiKeyResponse_apiKey, secret), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_112[] = {
    {"secret", -1, 1, 0, 0},
};

static const cdg_field api__fields_112[] = {
    {"secret", {214, offsetof(api_ApiKeyResponse_apiKey_allOf1, secret), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_113[] = {
    {"profiles", 114, 1, 0, 0},
    {"profilesCount", 115, 1, 0, 0},
};

static const cdg_field api__fields_113[] = {
    {"profiles",
     {114, offsetof(api_MultipleProfilesResponse, profiles), -1,
      (long)offsetof(api_MultipleProfilesResponse, profiles_count), 0},
     1,
     0},
    {"profilesCount",
     {115, offsetof(api_MultipleProfilesResponse, profilesCount), -1, -1, 0},
     1,
     0},
};

static const char *const api__messages_116[] = {
    "minLength",
    "can't be blank",
    "pattern",
    "can't be blank",
};

static const cdg_prop api__props_119[] = {
    {"tags", 120, 1, 0, 0},
};

static const cdg_field api__fields_119[] = {
    {"tags",
     {120, offsetof(api_PopularTagsResponse, tags), -1,
      (long)offsetof(api_PopularTagsResponse, tags_count), 0},
     1,
     0},
};

static const cdg_prop api__props_121[] = {
    {"tag", 122, 1, 0, 0},
    {"articlesCount", 123, 1, 0, 0},
};

static const cdg_field api__fields_121[] = {
    {"tag", {122, offsetof(api_PopularTag, tag), -1, -1, 0}, 1, 0},
    {"articlesCount", {123, offsetof(api_PopularTag, articlesCount), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_124[] = {
    {"revisions", 125, 1, 0, 0},
    {"revisionsCount", 136, 1, 0, 0},
};

static const cdg_field api__fields_124[] = {
    {"revisions",
     {125, offsetof(api_RevisionsResponse, revisions), -1,
      (long)offsetof(api_RevisionsResponse, revisions_count), 0},
     1,
     0},
    {"revisionsCount", {136, offsetof(api_RevisionsResponse, revisionsCount), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_126[] = {
    {"revision", 127, 1, 0, 0},    {"slug", 128, 1, 0, 0},       {"title", 129, 1, 0, 0},
    {"description", 130, 1, 0, 0}, {"body", 131, 1, 0, 0},       {"tagList", 132, 1, 0, 0},
    {"createdAt", 134, 1, 0, 0},   {"replacedAt", 135, 1, 0, 0},
};

static const cdg_field api__fields_126[] = {
    {"revision", {127, offsetof(api_Revision, revision), -1, -1, 0}, 1, 0},
    {"slug", {128, offsetof(api_Revision, slug), -1, -1, 0}, 1, 0},
    {"title", {129, offsetof(api_Revision, title), -1, -1, 0}, 1, 0},
    {"description", {130, offsetof(api_Revision, description), -1, -1, 0}, 1, 0},
    {"body", {131, offsetof(api_Revision, body), -1, -1, 0}, 1, 0},
    {"tagList",
     {132, offsetof(api_Revision, tagList), -1, (long)offsetof(api_Revision, tagList_count), 0},
     1,
     0},
    {"createdAt", {134, offsetof(api_Revision, createdAt), -1, -1, 0}, 1, 0},
    {"replacedAt", {135, offsetof(api_Revision, replacedAt), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_138[] = {
    {"notifications", 139, 1, 0, 0},
    {"notificationsCount", 149, 1, 0, 0},
    {"unreadCount", 150, 1, 0, 0},
};

static const cdg_field api__fields_138[] = {
    {"notifications",
     {139, offsetof(api_NotificationsResponse, notifications), -1,
      (long)offsetof(api_NotificationsResponse, notifications_count), 0},
     1,
     0},
    {"notificationsCount",
     {149, offsetof(api_NotificationsResponse, notificationsCount), -1, -1, 0},
     1,
     0},
    {"unreadCount", {150, offsetof(api_NotificationsResponse, unreadCount), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_140[] = {
    {"id", 141, 1, 0, 0},      {"kind", 142, 1, 0, 0},      {"actor", 25, 1, 0, 0},
    {"article", 143, 1, 0, 0}, {"commentId", 146, 1, 0, 0}, {"createdAt", 147, 1, 0, 0},
    {"read", 148, 1, 0, 0},
};

static const cdg_field api__fields_140[] = {
    {"id", {141, offsetof(api_Notification, id), -1, -1, 0}, 1, 0},
    {"kind", {142, offsetof(api_Notification, kind), -1, -1, 0}, 1, 0},
    {"actor", {25, offsetof(api_Notification, actor), -1, -1, 0}, 1, 0},
    {"article",
     {143, offsetof(api_Notification, article), (long)offsetof(api_Notification, has_article), -1,
      0},
     1,
     0},
    {"commentId",
     {146, offsetof(api_Notification, commentId), (long)offsetof(api_Notification, has_commentId),
      -1, 0},
     1,
     0},
    {"createdAt", {147, offsetof(api_Notification, createdAt), -1, -1, 0}, 1, 0},
    {"read", {148, offsetof(api_Notification, read), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_143[] = {
    {"slug", 144, 1, 0, 0},
    {"title", 145, 1, 0, 0},
};

static const cdg_field api__fields_143[] = {
    {"slug", {144, offsetof(api_Notification_article, slug), -1, -1, 0}, 1, 0},
    {"title", {145, offsetof(api_Notification_article, title), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_151[] = {
    {"unreadCount", 152, 1, 0, 0},
};

static const cdg_field api__fields_151[] = {
    {"unreadCount", {152, offsetof(api_UnreadCountResponse, unreadCount), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_154[] = {
    {"report", 155, 1, 0, 0},
};

static const cdg_field api__fields_154[] = {
    {"report", {155, offsetof(api_NewReportRequest, report), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_155[] = {
    {"target", 156, 1, 0, 0},
    {"reason", 162, 1, 0, 0},
    {"details", 163, 0, 0, 0},
};

static const cdg_field api__fields_155[] = {
    {"target", {156, offsetof(api_NewReportRequest_report, target), -1, -1, 0}, 1, 0},
    {"reason", {162, offsetof(api_NewReportRequest_report, reason), -1, -1, 0}, 1, 0},
    {"details",
     {163, offsetof(api_NewReportRequest_report, details),
      (long)offsetof(api_NewReportRequest_report, has_details), -1, 0},
     0,
     0},
};

static const int api__one_of_156[] = {
    157,
    159,
};

static const cdg_mapping api__mapping_156[] = {
    {"article", 157},
    {"comment", 159},
    {"ArticleTarget", 157},
    {"CommentTarget", 159},
};

static const cdg_prop api__props_157[] = {
    {"type", 158, 1, 0, 0},
};

static const cdg_field api__fields_157[] = {
    {"type", {158, offsetof(api_ArticleTarget, type), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_159[] = {
    {"type", 160, 1, 0, 0},
    {"commentId", 161, 1, 0, 0},
};

static const cdg_field api__fields_159[] = {
    {"type", {160, offsetof(api_CommentTarget, type), -1, -1, 0}, 1, 0},
    {"commentId", {161, offsetof(api_CommentTarget, commentId), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_164[] = {
    {"report", 165, 1, 0, 0},
};

static const cdg_field api__fields_164[] = {
    {"report", {165, offsetof(api_ReportResponse, report), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_165[] = {
    {"id", 166, 1, 0, 0},       {"article", 167, 1, 0, 0},   {"commentId", 168, 1, 0, 0},
    {"reason", 162, 1, 0, 0},   {"details", 169, 1, 0, 0},   {"status", 170, 1, 0, 0},
    {"reporter", 171, 1, 0, 0}, {"createdAt", 172, 1, 0, 0}, {"resolvedAt", 173, 1, 0, 0},
};

static const cdg_field api__fields_165[] = {
    {"id", {166, offsetof(api_Report, id), -1, -1, 0}, 1, 0},
    {"article", {167, offsetof(api_Report, article), -1, -1, 0}, 1, 0},
    {"commentId",
     {168, offsetof(api_Report, commentId), (long)offsetof(api_Report, has_commentId), -1, 0},
     1,
     0},
    {"reason", {162, offsetof(api_Report, reason), -1, -1, 0}, 1, 0},
    {"details", {169, offsetof(api_Report, details), -1, -1, 0}, 1, 0},
    {"status", {170, offsetof(api_Report, status), -1, -1, 0}, 1, 0},
    {"reporter", {171, offsetof(api_Report, reporter), -1, -1, 0}, 1, 0},
    {"createdAt", {172, offsetof(api_Report, createdAt), -1, -1, 0}, 1, 0},
    {"resolvedAt",
     {173, offsetof(api_Report, resolvedAt), (long)offsetof(api_Report, has_resolvedAt), -1, 0},
     1,
     0},
};

static const cdg_prop api__props_174[] = {
    {"reports", 175, 1, 0, 0},
    {"reportsCount", 176, 1, 0, 0},
};

static const cdg_field api__fields_174[] = {
    {"reports",
     {175, offsetof(api_ReportsResponse, reports), -1,
      (long)offsetof(api_ReportsResponse, reports_count), 0},
     1,
     0},
    {"reportsCount", {176, offsetof(api_ReportsResponse, reportsCount), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_177[] = {
    {"report", 178, 1, 0, 0},
};

static const cdg_field api__fields_177[] = {
    {"report", {178, offsetof(api_UpdateReportRequest, report), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_178[] = {
    {"status", 179, 1, 0, 0},
};

static const cdg_field api__fields_178[] = {
    {"status", {179, offsetof(api_UpdateReportRequest_report, status), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_182[] = {
    {"users", 183, 1, 0, 0},
    {"usersCount", 191, 1, 0, 0},
};

static const cdg_field api__fields_182[] = {
    {"users",
     {183, offsetof(api_AdminUsersResponse, users), -1,
      (long)offsetof(api_AdminUsersResponse, users_count), 0},
     1,
     0},
    {"usersCount", {191, offsetof(api_AdminUsersResponse, usersCount), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_184[] = {
    {"username", 185, 1, 0, 0},  {"email", 186, 1, 0, 0}, {"bio", 187, 1, 0, 0},
    {"image", 188, 1, 0, 0},     {"role", 180, 1, 0, 0},  {"banned", 189, 1, 0, 0},
    {"createdAt", 190, 1, 0, 0},
};

static const cdg_field api__fields_184[] = {
    {"username", {185, offsetof(api_AdminUser, username), -1, -1, 0}, 1, 0},
    {"email", {186, offsetof(api_AdminUser, email), -1, -1, 0}, 1, 0},
    {"bio", {187, offsetof(api_AdminUser, bio), -1, -1, 0}, 1, 0},
    {"image", {188, offsetof(api_AdminUser, image), -1, -1, 0}, 1, 0},
    {"role", {180, offsetof(api_AdminUser, role), -1, -1, 0}, 1, 0},
    {"banned", {189, offsetof(api_AdminUser, banned), -1, -1, 0}, 1, 0},
    {"createdAt", {190, offsetof(api_AdminUser, createdAt), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_192[] = {
    {"user", 193, 1, 0, 0},
};

static const cdg_field api__fields_192[] = {
    {"user", {193, offsetof(api_AdminUpdateUserRequest, user), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_193[] = {
    {"role", 180, 0, 0, 0},
    {"banned", 194, 0, 0, 0},
};

static const cdg_field api__fields_193[] = {
    {"role",
     {180, offsetof(api_AdminUpdateUserRequest_user, role),
      (long)offsetof(api_AdminUpdateUserRequest_user, has_role), -1, 0},
     0,
     0},
    {"banned",
     {194, offsetof(api_AdminUpdateUserRequest_user, banned),
      (long)offsetof(api_AdminUpdateUserRequest_user, has_banned), -1, 0},
     0,
     0},
};

static const cdg_prop api__props_195[] = {
    {"user", 184, 1, 0, 0},
};

static const cdg_field api__fields_195[] = {
    {"user", {184, offsetof(api_AdminUserResponse, user), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_196[] = {
    {"webhooks", 197, 1, 0, 0},
};

static const cdg_field api__fields_196[] = {
    {"webhooks",
     {197, offsetof(api_WebhooksResponse, webhooks), -1,
      (long)offsetof(api_WebhooksResponse, webhooks_count), 0},
     1,
     0},
};

static const cdg_prop api__props_198[] = {
    {"id", 199, 1, 0, 0},        {"url", 200, 1, 0, 0},    {"events", 201, 1, 0, 0},
    {"createdAt", 203, 1, 0, 0}, {"secret", 204, 0, 1, 0},
};

static const cdg_field api__fields_198[] = {
    {"id", {199, offsetof(api_Webhook, id), -1, -1, 0}, 1, 0},
    {"url", {200, offsetof(api_Webhook, url), -1, -1, 0}, 1, 0},
    {"events",
     {201, offsetof(api_Webhook, events), -1, (long)offsetof(api_Webhook, events_count), 0},
     1,
     0},
    {"createdAt", {203, offsetof(api_Webhook, createdAt), -1, -1, 0}, 1, 0},
    {"secret",
     {204, offsetof(api_Webhook, secret), (long)offsetof(api_Webhook, has_secret), -1, 0},
     0,
     0},
};

static const cdg_prop api__props_205[] = {
    {"webhook", 206, 1, 0, 0},
};

static const cdg_field api__fields_205[] = {
    {"webhook", {206, offsetof(api_NewWebhookRequest, webhook), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_206[] = {
    {"url", 207, 1, 0, 0},
    {"events", 208, 1, 0, 0},
};

static const cdg_field api__fields_206[] = {
    {"url", {207, offsetof(api_NewWebhookRequest_webhook, url), -1, -1, 0}, 1, 0},
    {"events",
     {208, offsetof(api_NewWebhookRequest_webhook, events), -1,
      (long)offsetof(api_NewWebhookRequest_webhook, events_count), 0},
     1,
     0},
};

static const cdg_prop api__props_209[] = {
    {"webhook", 210, 1, 0, 0},
};

static const cdg_field api__fields_209[] = {
    {"webhook", {210, offsetof(api_WebhookResponse, webhook), -1, -1, 0}, 1, 0},
};

static const int api__all_of_210[] = {
    198,
    211,
};

static const cdg_field api__fields_210[] = {
    {"id", {199, offsetof(api_WebhookResponse_webhook, id), -1, -1, 0}, 1, 0},
    {"url", {200, offsetof(api_WebhookResponse_webhook, url), -1, -1, 0}, 1, 0},
    {"events",
     {201, offsetof(api_WebhookResponse_webhook, events), -1,
      (long)offsetof(api_WebhookResponse_webhook, events_count), 0},
     1,
     0},
    {"createdAt", {203, offsetof(api_WebhookResponse_webhook, createdAt), -1, -1, 0}, 1, 0},
    {"secret", {204, offsetof(api_WebhookResponse_webhook, secret), -1, -1, 0}, 1, 0},
};

static const cdg_prop api__props_211[] = {
    {"secret", -1, 1, 0, 0},
};

static const cdg_field api__fields_211[] = {
    {"secret", {214, offsetof(api_WebhookResponse_webhook_allOf1, secret), -1, -1, 0}, 1, 0},
};

static const cdg_schema api__schemas[215] = {
    [0] =
        {
            .where = "/components/requestBodies/LoginUserRequest/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_0,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_LoginUserRequest),
            .fields = api__fields_0,
            .nfields = 1,
        },
    [1] =
        {
            .where = "/components/schemas/LoginUser",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_1,
            .nprops = 2,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_LoginUser),
            .fields = api__fields_1,
            .nfields = 2,
        },
    [2] =
        {
            .where = "/components/schemas/Email",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = 254,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_EMAIL,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [3] =
        {
            .where = "/components/schemas/Password",
            .types = CDG_T_STRING,
            .flags = CDG_WRITE_ONLY,
            .min_length = 1,
            .max_length = 256,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [4] =
        {
            .where = "/components/responses/UserResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_4,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_UserResponse),
            .fields = api__fields_4,
            .nfields = 1,
        },
    [5] =
        {
            .where = "/components/schemas/User",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_5,
            .nprops = 5,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_User),
            .fields = api__fields_5,
            .nfields = 5,
        },
    [6] =
        {
            .where = "/components/schemas/User/properties/email",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [7] =
        {
            .where = "/components/schemas/User/properties/token",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [8] =
        {
            .where = "/components/schemas/User/properties/username",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [9] =
        {
            .where = "/components/schemas/User/properties/bio",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [10] =
        {
            .where = "/components/schemas/User/properties/image",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [11] =
        {
            .where = "/components/schemas/GenericErrorModel",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_11,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_GenericErrorModel),
            .fields = api__fields_11,
            .nfields = 1,
        },
    [12] =
        {
            .where = "/components/schemas/GenericErrorModel/properties/errors",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_12,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_GenericErrorModel_errors),
            .fields = api__fields_12,
            .nfields = 1,
        },
    [13] =
        {
            .where = "/components/schemas/GenericErrorModel/properties/errors/properties/body",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 14,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(const char **),
        },
    [14] =
        {
            .where =
                "/components/schemas/GenericErrorModel/properties/errors/properties/body/items",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [15] =
        {
            .where = "/components/requestBodies/NewUserRequest/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_15,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewUserRequest),
            .fields = api__fields_15,
            .nfields = 1,
        },
    [16] =
        {
            .where = "/components/schemas/NewUser",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_16,
            .nprops = 3,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewUser),
            .fields = api__fields_16,
            .nfields = 3,
        },
    [17] =
        {
            .where = "/components/schemas/Username",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 64,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 0,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
            .messages = api__messages_17,
            .nmessages = 1,
        },
    [18] =
        {
            .where = "/components/requestBodies/UpdateUserRequest/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_18,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_UpdateUserRequest),
            .fields = api__fields_18,
            .nfields = 1,
        },
    [19] =
        {
            .where = "/components/schemas/UpdateUser",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 1,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_19,
            .nprops = 6,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_UpdateUser),
            .fields = api__fields_19,
            .nfields = 6,
        },
    [20] =
        {
            .where = "/components/schemas/NewPassword",
            .types = CDG_T_STRING,
            .flags = CDG_WRITE_ONLY,
            .min_length = 8,
            .max_length = 256,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [21] =
        {
            .where = "/components/schemas/UpdateUser/properties/bio",
            .types = CDG_T_STRING | CDG_T_NULL,
            .flags = 0,
            .min_length = 0,
            .max_length = 4096,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [22] =
        {
            .where = "/components/schemas/UpdateUser/properties/image",
            .types = CDG_T_STRING | CDG_T_NULL,
            .flags = 0,
            .min_length = 0,
            .max_length = 2048,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [23] =
        {
            .where = "/components/parameters/usernameParam/schema",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 64,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [24] =
        {
            .where = "/components/responses/ProfileResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_24,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ProfileResponse),
            .fields = api__fields_24,
            .nfields = 1,
        },
    [25] =
        {
            .where = "/components/schemas/Profile",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_25,
            .nprops = 4,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_Profile),
            .fields = api__fields_25,
            .nfields = 4,
        },
    [26] =
        {
            .where = "/components/schemas/Profile/properties/username",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [27] =
        {
            .where = "/components/schemas/Profile/properties/bio",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [28] =
        {
            .where = "/components/schemas/Profile/properties/image",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [29] =
        {
            .where = "/components/schemas/Profile/properties/following",
            .types = CDG_T_BOOLEAN,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_BOOL,
            .size = sizeof(bool),
        },
    [30] =
        {
            .where = "/components/parameters/offsetParam/schema",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = 0,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [31] =
        {
            .where = "/components/parameters/limitParam/schema",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM | CDG_HAS_MAXIMUM,
            .minimum = 1.0,
            .maximum = 100.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [32] =
        {
            .where =
                "/components/responses/MultipleArticlesResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_32,
            .nprops = 2,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_MultipleArticlesResponse),
            .fields = api__fields_32,
            .nfields = 2,
        },
    [33] =
        {
            .where = "/components/responses/MultipleArticlesResponse/content/application~1json/"
                     "schema/properties/articles",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 34,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_ArticlePreview *),
        },
    [34] =
        {
            .where = "/components/schemas/ArticlePreview",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_34,
            .nprops = 9,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ArticlePreview),
            .fields = api__fields_34,
            .nfields = 9,
        },
    [35] =
        {
            .where = "/components/schemas/ArticlePreview/properties/slug",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [36] =
        {
            .where = "/components/schemas/ArticlePreview/properties/title",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [37] =
        {
            .where = "/components/schemas/ArticlePreview/properties/description",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [38] =
        {
            .where = "/components/schemas/ArticlePreview/properties/tagList",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 39,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(const char **),
        },
    [39] =
        {
            .where = "/components/schemas/ArticlePreview/properties/tagList/items",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [40] =
        {
            .where = "/components/schemas/ArticlePreview/properties/createdAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [41] =
        {
            .where = "/components/schemas/ArticlePreview/properties/updatedAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [42] =
        {
            .where = "/components/schemas/ArticlePreview/properties/favorited",
            .types = CDG_T_BOOLEAN,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_BOOL,
            .size = sizeof(bool),
        },
    [43] =
        {
            .where = "/components/schemas/ArticlePreview/properties/favoritesCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [44] =
        {
            .where = "/components/responses/MultipleArticlesResponse/content/application~1json/"
                     "schema/properties/articlesCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [45] =
        {
            .where = "/paths/~1articles/get/parameters/0/schema",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = 64,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [46] =
        {
            .where = "/paths/~1articles/get/parameters/1/schema",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = 64,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [47] =
        {
            .where = "/paths/~1articles/get/parameters/2/schema",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = 64,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [48] =
        {
            .where = "/components/requestBodies/NewArticleRequest/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_48,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewArticleRequest),
            .fields = api__fields_48,
            .nfields = 1,
        },
    [49] =
        {
            .where = "/components/schemas/NewArticle",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_49,
            .nprops = 4,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewArticle),
            .fields = api__fields_49,
            .nfields = 4,
        },
    [50] =
        {
            .where = "/components/schemas/Title",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 256,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
            .messages = api__messages_50,
            .nmessages = 2,
        },
    [51] =
        {
            .where = "/components/schemas/Description",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 1024,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
            .messages = api__messages_51,
            .nmessages = 2,
        },
    [52] =
        {
            .where = "/components/schemas/ArticleBody",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 65536,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
            .messages = api__messages_52,
            .nmessages = 2,
        },
    [53] =
        {
            .where = "/components/schemas/TagList",
            .types = CDG_T_ARRAY,
            .flags = CDG_UNIQUE_ITEMS,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = 32,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 54,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(const char **),
        },
    [54] =
        {
            .where = "/components/schemas/Tag",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = 64,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [55] =
        {
            .where = "/components/responses/SingleArticleResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_55,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_SingleArticleResponse),
            .fields = api__fields_55,
            .nfields = 1,
        },
    [56] =
        {
            .where = "/components/schemas/Article",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_56,
            .nprops = 10,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_Article),
            .fields = api__fields_56,
            .nfields = 10,
        },
    [57] =
        {
            .where = "/components/schemas/Article/properties/slug",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [58] =
        {
            .where = "/components/schemas/Article/properties/title",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [59] =
        {
            .where = "/components/schemas/Article/properties/description",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [60] =
        {
            .where = "/components/schemas/Article/properties/body",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [61] =
        {
            .where = "/components/schemas/Article/properties/tagList",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 62,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(const char **),
        },
    [62] =
        {
            .where = "/components/schemas/Article/properties/tagList/items",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [63] =
        {
            .where = "/components/schemas/Article/properties/createdAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [64] =
        {
            .where = "/components/schemas/Article/properties/updatedAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [65] =
        {
            .where = "/components/schemas/Article/properties/favorited",
            .types = CDG_T_BOOLEAN,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_BOOL,
            .size = sizeof(bool),
        },
    [66] =
        {
            .where = "/components/schemas/Article/properties/favoritesCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [67] =
        {
            .where = "/components/parameters/slugParam/schema",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 256,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [68] =
        {
            .where =
                "/components/requestBodies/UpdateArticleRequest/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_68,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_UpdateArticleRequest),
            .fields = api__fields_68,
            .nfields = 1,
        },
    [69] =
        {
            .where = "/components/schemas/UpdateArticle",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_69,
            .nprops = 4,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_UpdateArticle),
            .fields = api__fields_69,
            .nfields = 4,
        },
    [70] =
        {
            .where =
                "/components/responses/MultipleCommentsResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_70,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_MultipleCommentsResponse),
            .fields = api__fields_70,
            .nfields = 1,
        },
    [71] =
        {
            .where = "/components/responses/MultipleCommentsResponse/content/application~1json/"
                     "schema/properties/comments",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 72,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_Comment *),
        },
    [72] =
        {
            .where = "/components/schemas/Comment",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_72,
            .nprops = 5,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_Comment),
            .fields = api__fields_72,
            .nfields = 5,
        },
    [73] =
        {
            .where = "/components/schemas/Comment/properties/id",
            .types = CDG_T_INTEGER,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT32,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [74] =
        {
            .where = "/components/schemas/Comment/properties/createdAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [75] =
        {
            .where = "/components/schemas/Comment/properties/updatedAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [76] =
        {
            .where = "/components/schemas/Comment/properties/body",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [77] =
        {
            .where = "/components/requestBodies/NewCommentRequest/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_77,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewCommentRequest),
            .fields = api__fields_77,
            .nfields = 1,
        },
    [78] =
        {
            .where = "/components/schemas/NewComment",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_78,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewComment),
            .fields = api__fields_78,
            .nfields = 1,
        },
    [79] =
        {
            .where = "/components/schemas/NewComment/properties/body",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 16384,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
            .messages = api__messages_79,
            .nmessages = 2,
        },
    [80] =
        {
            .where = "/components/responses/SingleCommentResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_80,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_SingleCommentResponse),
            .fields = api__fields_80,
            .nfields = 1,
        },
    [81] =
        {
            .where = "/paths/~1articles~1{slug}~1comments~1{id}/delete/parameters/1/schema",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM | CDG_HAS_MAXIMUM,
            .minimum = 1.0,
            .maximum = 2147483647.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT32,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [82] =
        {
            .where = "/components/parameters/idParam/schema",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM | CDG_HAS_MAXIMUM,
            .minimum = 1.0,
            .maximum = 2147483647.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT32,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [83] =
        {
            .where = "/components/schemas/UpdateCommentRequest",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_83,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_UpdateCommentRequest),
            .fields = api__fields_83,
            .nfields = 1,
        },
    [84] =
        {
            .where = "/components/responses/TagsResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_84,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_TagsResponse),
            .fields = api__fields_84,
            .nfields = 1,
        },
    [85] =
        {
            .where = "/components/responses/TagsResponse/content/application~1json/schema/"
                     "properties/tags",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 86,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(const char **),
        },
    [86] =
        {
            .where = "/components/responses/TagsResponse/content/application~1json/schema/"
                     "properties/tags/items",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [87] =
        {
            .where = "/components/schemas/RefreshToken",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 16,
            .max_length = 256,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 0,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
            .messages = api__messages_87,
            .nmessages = 1,
        },
    [88] =
        {
            .where = "/components/schemas/RefreshRequest",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_88,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_RefreshRequest),
            .fields = api__fields_88,
            .nfields = 1,
        },
    [89] =
        {
            .where = "/components/schemas/Session",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_89,
            .nprops = 2,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_Session),
            .fields = api__fields_89,
            .nfields = 2,
        },
    [90] =
        {
            .where = "/components/schemas/Session/properties/refreshToken",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [91] =
        {
            .where = "/components/schemas/ChangePasswordRequest",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_91,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ChangePasswordRequest),
            .fields = api__fields_91,
            .nfields = 1,
        },
    [92] =
        {
            .where = "/components/schemas/ChangePasswordRequest/properties/user",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_92,
            .nprops = 2,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ChangePasswordRequest_user),
            .fields = api__fields_92,
            .nfields = 2,
        },
    [93] =
        {
            .where = "/components/schemas/PasswordResetRequest",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_93,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_PasswordResetRequest),
            .fields = api__fields_93,
            .nfields = 1,
        },
    [94] =
        {
            .where = "/components/schemas/PasswordResetRequest/properties/user",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_94,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_PasswordResetRequest_user),
            .fields = api__fields_94,
            .nfields = 1,
        },
    [95] =
        {
            .where = "/components/schemas/PasswordResetConfirm",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_95,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_PasswordResetConfirm),
            .fields = api__fields_95,
            .nfields = 1,
        },
    [96] =
        {
            .where = "/components/schemas/PasswordResetConfirm/properties/user",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_96,
            .nprops = 2,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_PasswordResetConfirm_user),
            .fields = api__fields_96,
            .nfields = 2,
        },
    [97] =
        {
            .where = "/components/schemas/PasswordResetConfirm/properties/user/properties/token",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 16,
            .max_length = 256,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 0,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
            .messages = api__messages_97,
            .nmessages = 1,
        },
    [98] =
        {
            .where = "/components/responses/ApiKeysResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_98,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ApiKeysResponse),
            .fields = api__fields_98,
            .nfields = 1,
        },
    [99] =
        {
            .where = "/components/responses/ApiKeysResponse/content/application~1json/schema/"
                     "properties/apiKeys",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 100,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_ApiKey *),
        },
    [100] =
        {
            .where = "/components/schemas/ApiKey",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_100,
            .nprops = 6,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ApiKey),
            .fields = api__fields_100,
            .nfields = 6,
        },
    [101] =
        {
            .where = "/components/schemas/ApiKey/properties/id",
            .types = CDG_T_INTEGER,
            .flags = CDG_READ_ONLY,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT32,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [102] =
        {
            .where = "/components/schemas/ApiKey/properties/name",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 100,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [103] =
        {
            .where = "/components/schemas/ApiKey/properties/prefix",
            .types = CDG_T_STRING,
            .flags = CDG_READ_ONLY,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [104] =
        {
            .where = "/components/schemas/ApiKey/properties/createdAt",
            .types = CDG_T_STRING,
            .flags = CDG_READ_ONLY,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [105] =
        {
            .where = "/components/schemas/ApiKey/properties/lastUsedAt",
            .types = CDG_T_STRING | CDG_T_NULL,
            .flags = CDG_READ_ONLY,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [106] =
        {
            .where = "/components/schemas/ApiKey/properties/secret",
            .types = CDG_T_STRING,
            .flags = CDG_READ_ONLY,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [107] =
        {
            .where = "/components/schemas/NewApiKeyRequest",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_107,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewApiKeyRequest),
            .fields = api__fields_107,
            .nfields = 1,
        },
    [108] =
        {
            .where = "/components/schemas/NewApiKeyRequest/properties/apiKey",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_108,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewApiKeyRequest_apiKey),
            .fields = api__fields_108,
            .nfields = 1,
        },
    [109] =
        {
            .where = "/components/schemas/NewApiKeyRequest/properties/apiKey/properties/name",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 100,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
            .messages = api__messages_109,
            .nmessages = 2,
        },
    [110] =
        {
            .where = "/components/responses/ApiKeyResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_110,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ApiKeyResponse),
            .fields = api__fields_110,
            .nfields = 1,
        },
    [111] =
        {
            .where = "/components/responses/ApiKeyResponse/content/application~1json/schema/"
                     "properties/apiKey",
            .types = 0,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .all_of = api__all_of_111,
            .nall_of = 2,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ApiKeyResponse_apiKey),
            .fields = api__fields_111,
            .nfields = 6,
        },
    [112] =
        {
            .where = "/components/responses/ApiKeyResponse/content/application~1json/schema/"
                     "properties/apiKey/allOf/1",
            .types = 0,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_112,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ApiKeyResponse_apiKey_allOf1),
            .fields = api__fields_112,
            .nfields = 1,
        },
    [113] =
        {
            .where =
                "/components/responses/MultipleProfilesResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_113,
            .nprops = 2,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_MultipleProfilesResponse),
            .fields = api__fields_113,
            .nfields = 2,
        },
    [114] =
        {
            .where = "/components/responses/MultipleProfilesResponse/content/application~1json/"
                     "schema/properties/profiles",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 25,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_Profile *),
        },
    [115] =
        {
            .where = "/components/responses/MultipleProfilesResponse/content/application~1json/"
                     "schema/properties/profilesCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [116] =
        {
            .where = "/paths/~1search~1articles/get/parameters/0/schema",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 1,
            .max_length = 256,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
            .messages = api__messages_116,
            .nmessages = 2,
        },
    [117] =
        {
            .where = "/paths/~1articles~1trending/get/parameters/0/schema",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM | CDG_HAS_MAXIMUM,
            .minimum = 1.0,
            .maximum = 90.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = 2,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [118] =
        {
            .where = "/paths/~1tags~1popular/get/parameters/0/schema",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM | CDG_HAS_MAXIMUM,
            .minimum = 1.0,
            .maximum = 100.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [119] =
        {
            .where = "/components/responses/PopularTagsResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_119,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_PopularTagsResponse),
            .fields = api__fields_119,
            .nfields = 1,
        },
    [120] =
        {
            .where = "/components/responses/PopularTagsResponse/content/application~1json/schema/"
                     "properties/tags",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 121,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_PopularTag *),
        },
    [121] =
        {
            .where = "/components/schemas/PopularTag",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_121,
            .nprops = 2,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_PopularTag),
            .fields = api__fields_121,
            .nfields = 2,
        },
    [122] =
        {
            .where = "/components/schemas/PopularTag/properties/tag",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [123] =
        {
            .where = "/components/schemas/PopularTag/properties/articlesCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 1.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [124] =
        {
            .where = "/components/responses/RevisionsResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_124,
            .nprops = 2,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_RevisionsResponse),
            .fields = api__fields_124,
            .nfields = 2,
        },
    [125] =
        {
            .where = "/components/responses/RevisionsResponse/content/application~1json/schema/"
                     "properties/revisions",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 126,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_Revision *),
        },
    [126] =
        {
            .where = "/components/schemas/Revision",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_126,
            .nprops = 8,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_Revision),
            .fields = api__fields_126,
            .nfields = 8,
        },
    [127] =
        {
            .where = "/components/schemas/Revision/properties/revision",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 1.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [128] =
        {
            .where = "/components/schemas/Revision/properties/slug",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [129] =
        {
            .where = "/components/schemas/Revision/properties/title",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [130] =
        {
            .where = "/components/schemas/Revision/properties/description",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [131] =
        {
            .where = "/components/schemas/Revision/properties/body",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [132] =
        {
            .where = "/components/schemas/Revision/properties/tagList",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 133,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(const char **),
        },
    [133] =
        {
            .where = "/components/schemas/Revision/properties/tagList/items",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [134] =
        {
            .where = "/components/schemas/Revision/properties/createdAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [135] =
        {
            .where = "/components/schemas/Revision/properties/replacedAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [136] =
        {
            .where = "/components/responses/RevisionsResponse/content/application~1json/schema/"
                     "properties/revisionsCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [137] =
        {
            .where = "/paths/~1notifications/get/parameters/0/schema",
            .types = CDG_T_BOOLEAN,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = 3,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_BOOL,
            .size = sizeof(bool),
        },
    [138] =
        {
            .where = "/components/responses/NotificationsResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_138,
            .nprops = 3,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NotificationsResponse),
            .fields = api__fields_138,
            .nfields = 3,
        },
    [139] =
        {
            .where = "/components/responses/NotificationsResponse/content/application~1json/schema/"
                     "properties/notifications",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 140,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_Notification *),
        },
    [140] =
        {
            .where = "/components/schemas/Notification",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_140,
            .nprops = 7,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_Notification),
            .fields = api__fields_140,
            .nfields = 7,
        },
    [141] =
        {
            .where = "/components/schemas/Notification/properties/id",
            .types = CDG_T_INTEGER,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [142] =
        {
            .where = "/components/schemas/NotificationKind",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 4,
            .nenum = 3,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_ENUM,
            .size = sizeof(api_NotificationKind),
            .enum_names = api_NotificationKind_names,
            .nenum_names = 3,
        },
    [143] =
        {
            .where = "/components/schemas/Notification/properties/article",
            .types = CDG_T_OBJECT | CDG_T_NULL,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_143,
            .nprops = 2,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_Notification_article),
            .fields = api__fields_143,
            .nfields = 2,
        },
    [144] =
        {
            .where = "/components/schemas/Notification/properties/article/properties/slug",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [145] =
        {
            .where = "/components/schemas/Notification/properties/article/properties/title",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [146] =
        {
            .where = "/components/schemas/Notification/properties/commentId",
            .types = CDG_T_INTEGER | CDG_T_NULL,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT32,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [147] =
        {
            .where = "/components/schemas/Notification/properties/createdAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [148] =
        {
            .where = "/components/schemas/Notification/properties/read",
            .types = CDG_T_BOOLEAN,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_BOOL,
            .size = sizeof(bool),
        },
    [149] =
        {
            .where = "/components/responses/NotificationsResponse/content/application~1json/schema/"
                     "properties/notificationsCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [150] =
        {
            .where = "/components/responses/NotificationsResponse/content/application~1json/schema/"
                     "properties/unreadCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [151] =
        {
            .where = "/components/responses/UnreadCountResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_151,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_UnreadCountResponse),
            .fields = api__fields_151,
            .nfields = 1,
        },
    [152] =
        {
            .where = "/components/responses/UnreadCountResponse/content/application~1json/schema/"
                     "properties/unreadCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [153] =
        {
            .where = "/paths/~1notifications~1{id}~1read/post/parameters/0/schema",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 1.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [154] =
        {
            .where = "/components/schemas/NewReportRequest",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_154,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewReportRequest),
            .fields = api__fields_154,
            .nfields = 1,
        },
    [155] =
        {
            .where = "/components/schemas/NewReportRequest/properties/report",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_155,
            .nprops = 3,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewReportRequest_report),
            .fields = api__fields_155,
            .nfields = 3,
        },
    [156] =
        {
            .where = "/components/schemas/ReportTarget",
            .types = 0,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .one_of = api__one_of_156,
            .none_of = 2,
            .not_schema = -1,
            .discriminator = "type",
            .mapping = api__mapping_156,
            .nmapping = 4,
            .kind = CDG_K_JSON,
            .size = sizeof(const char *),
        },
    [157] =
        {
            .where = "/components/schemas/ArticleTarget",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_157,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ArticleTarget),
            .fields = api__fields_157,
            .nfields = 1,
        },
    [158] =
        {
            .where = "/components/schemas/ArticleTarget/properties/type",
            .types = 0,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = 7,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [159] =
        {
            .where = "/components/schemas/CommentTarget",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_159,
            .nprops = 2,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_CommentTarget),
            .fields = api__fields_159,
            .nfields = 2,
        },
    [160] =
        {
            .where = "/components/schemas/CommentTarget/properties/type",
            .types = 0,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = 5,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [161] =
        {
            .where = "/components/schemas/CommentTarget/properties/commentId",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM | CDG_HAS_MAXIMUM,
            .minimum = 1.0,
            .maximum = 2147483647.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT32,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [162] =
        {
            .where = "/components/schemas/ReportReason",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 8,
            .nenum = 5,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_ENUM,
            .size = sizeof(api_ReportReason),
            .enum_names = api_ReportReason_names,
            .nenum_names = 5,
        },
    [163] =
        {
            .where = "/components/schemas/NewReportRequest/properties/report/properties/details",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = 2000,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [164] =
        {
            .where = "/components/responses/ReportResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_164,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ReportResponse),
            .fields = api__fields_164,
            .nfields = 1,
        },
    [165] =
        {
            .where = "/components/schemas/Report",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_165,
            .nprops = 9,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_Report),
            .fields = api__fields_165,
            .nfields = 9,
        },
    [166] =
        {
            .where = "/components/schemas/Report/properties/id",
            .types = CDG_T_INTEGER,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT32,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [167] =
        {
            .where = "/components/schemas/Report/properties/article",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [168] =
        {
            .where = "/components/schemas/Report/properties/commentId",
            .types = CDG_T_INTEGER | CDG_T_NULL,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT32,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [169] =
        {
            .where = "/components/schemas/Report/properties/details",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [170] =
        {
            .where = "/components/schemas/ReportStatus",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 13,
            .nenum = 3,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_ENUM,
            .size = sizeof(api_ReportStatus),
            .enum_names = api_ReportStatus_names,
            .nenum_names = 3,
        },
    [171] =
        {
            .where = "/components/schemas/Report/properties/reporter",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [172] =
        {
            .where = "/components/schemas/Report/properties/createdAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [173] =
        {
            .where = "/components/schemas/Report/properties/resolvedAt",
            .types = CDG_T_STRING | CDG_T_NULL,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [174] =
        {
            .where = "/components/responses/ReportsResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_174,
            .nprops = 2,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_ReportsResponse),
            .fields = api__fields_174,
            .nfields = 2,
        },
    [175] =
        {
            .where = "/components/responses/ReportsResponse/content/application~1json/schema/"
                     "properties/reports",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 165,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_Report *),
        },
    [176] =
        {
            .where = "/components/responses/ReportsResponse/content/application~1json/schema/"
                     "properties/reportsCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [177] =
        {
            .where = "/components/schemas/UpdateReportRequest",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_177,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_UpdateReportRequest),
            .fields = api__fields_177,
            .nfields = 1,
        },
    [178] =
        {
            .where = "/components/schemas/UpdateReportRequest/properties/report",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_178,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_UpdateReportRequest_report),
            .fields = api__fields_178,
            .nfields = 1,
        },
    [179] =
        {
            .where = "/components/schemas/UpdateReportRequest/properties/report/properties/status",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 16,
            .nenum = 2,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_ENUM,
            .size = sizeof(api_UpdateReportRequest_report_status),
            .enum_names = api_UpdateReportRequest_report_status_names,
            .nenum_names = 2,
        },
    [180] =
        {
            .where = "/components/schemas/Role",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 18,
            .nenum = 3,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_ENUM,
            .size = sizeof(api_Role),
            .enum_names = api_Role_names,
            .nenum_names = 3,
        },
    [181] =
        {
            .where = "/paths/~1admin~1users/get/parameters/1/schema",
            .types = CDG_T_BOOLEAN,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_BOOL,
            .size = sizeof(bool),
        },
    [182] =
        {
            .where = "/components/responses/AdminUsersResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_182,
            .nprops = 2,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_AdminUsersResponse),
            .fields = api__fields_182,
            .nfields = 2,
        },
    [183] =
        {
            .where = "/components/responses/AdminUsersResponse/content/application~1json/schema/"
                     "properties/users",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 184,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_AdminUser *),
        },
    [184] =
        {
            .where = "/components/schemas/AdminUser",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_184,
            .nprops = 7,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_AdminUser),
            .fields = api__fields_184,
            .nfields = 7,
        },
    [185] =
        {
            .where = "/components/schemas/AdminUser/properties/username",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [186] =
        {
            .where = "/components/schemas/AdminUser/properties/email",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [187] =
        {
            .where = "/components/schemas/AdminUser/properties/bio",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [188] =
        {
            .where = "/components/schemas/AdminUser/properties/image",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [189] =
        {
            .where = "/components/schemas/AdminUser/properties/banned",
            .types = CDG_T_BOOLEAN,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_BOOL,
            .size = sizeof(bool),
        },
    [190] =
        {
            .where = "/components/schemas/AdminUser/properties/createdAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [191] =
        {
            .where = "/components/responses/AdminUsersResponse/content/application~1json/schema/"
                     "properties/usersCount",
            .types = CDG_T_INTEGER,
            .flags = CDG_HAS_MINIMUM,
            .minimum = 0.0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT64,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [192] =
        {
            .where = "/components/schemas/AdminUpdateUserRequest",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_192,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_AdminUpdateUserRequest),
            .fields = api__fields_192,
            .nfields = 1,
        },
    [193] =
        {
            .where = "/components/schemas/AdminUpdateUserRequest/properties/user",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 1,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_193,
            .nprops = 2,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_AdminUpdateUserRequest_user),
            .fields = api__fields_193,
            .nfields = 2,
        },
    [194] =
        {
            .where = "/components/schemas/AdminUpdateUserRequest/properties/user/properties/banned",
            .types = CDG_T_BOOLEAN,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_BOOL,
            .size = sizeof(bool),
        },
    [195] =
        {
            .where = "/components/responses/AdminUserResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_195,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_AdminUserResponse),
            .fields = api__fields_195,
            .nfields = 1,
        },
    [196] =
        {
            .where = "/components/responses/WebhooksResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_196,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_WebhooksResponse),
            .fields = api__fields_196,
            .nfields = 1,
        },
    [197] =
        {
            .where = "/components/responses/WebhooksResponse/content/application~1json/schema/"
                     "properties/webhooks",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 198,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_Webhook *),
        },
    [198] =
        {
            .where = "/components/schemas/Webhook",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_198,
            .nprops = 5,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_Webhook),
            .fields = api__fields_198,
            .nfields = 5,
        },
    [199] =
        {
            .where = "/components/schemas/Webhook/properties/id",
            .types = CDG_T_INTEGER,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_INT32,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_INT,
            .size = sizeof(int64_t),
        },
    [200] =
        {
            .where = "/components/schemas/Webhook/properties/url",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_URI,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [201] =
        {
            .where = "/components/schemas/Webhook/properties/events",
            .types = CDG_T_ARRAY,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 202,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_WebhookEvent *),
        },
    [202] =
        {
            .where = "/components/schemas/WebhookEvent",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 21,
            .nenum = 3,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_ENUM,
            .size = sizeof(api_WebhookEvent),
            .enum_names = api_WebhookEvent_names,
            .nenum_names = 3,
        },
    [203] =
        {
            .where = "/components/schemas/Webhook/properties/createdAt",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_DATE_TIME,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [204] =
        {
            .where = "/components/schemas/Webhook/properties/secret",
            .types = CDG_T_STRING,
            .flags = CDG_READ_ONLY,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [205] =
        {
            .where = "/components/schemas/NewWebhookRequest",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_205,
            .nprops = 1,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewWebhookRequest),
            .fields = api__fields_205,
            .nfields = 1,
        },
    [206] =
        {
            .where = "/components/schemas/NewWebhookRequest/properties/webhook",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_206,
            .nprops = 2,
            .additional = CDG_ADD_FORBID,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_NewWebhookRequest_webhook),
            .fields = api__fields_206,
            .nfields = 2,
        },
    [207] =
        {
            .where = "/components/schemas/NewWebhookRequest/properties/webhook/properties/url",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = 2048,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = 2,
            .format = CDG_F_URI,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [208] =
        {
            .where = "/components/schemas/NewWebhookRequest/properties/webhook/properties/events",
            .types = CDG_T_ARRAY,
            .flags = CDG_UNIQUE_ITEMS,
            .min_length = 0,
            .max_length = -1,
            .min_items = 1,
            .max_items = 3,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = 202,
            .not_schema = -1,
            .kind = CDG_K_ARRAY,
            .size = sizeof(api_WebhookEvent *),
        },
    [209] =
        {
            .where = "/components/responses/WebhookResponse/content/application~1json/schema",
            .types = CDG_T_OBJECT,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_209,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_WebhookResponse),
            .fields = api__fields_209,
            .nfields = 1,
        },
    [210] =
        {
            .where = "/components/responses/WebhookResponse/content/application~1json/schema/"
                     "properties/webhook",
            .types = 0,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .all_of = api__all_of_210,
            .nall_of = 2,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_WebhookResponse_webhook),
            .fields = api__fields_210,
            .nfields = 5,
        },
    [211] =
        {
            .where = "/components/responses/WebhookResponse/content/application~1json/schema/"
                     "properties/webhook/allOf/1",
            .types = 0,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .props = api__props_211,
            .nprops = 1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STRUCT,
            .size = sizeof(api_WebhookResponse_webhook_allOf1),
            .fields = api__fields_211,
            .nfields = 1,
        },
    [212] =
        {
            .where = "/components/schemas/Bio",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = 4096,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [213] =
        {
            .where = "/components/schemas/Image",
            .types = CDG_T_STRING,
            .flags = 0,
            .min_length = 0,
            .max_length = 2048,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_STR,
            .size = sizeof(const char *),
        },
    [214] =
        {
            .where = "",
            .types = 0,
            .flags = 0,
            .min_length = 0,
            .max_length = -1,
            .min_items = 0,
            .max_items = -1,
            .min_props = 0,
            .max_props = -1,
            .pattern = -1,
            .format = CDG_F_NONE,
            .const_value = -1,
            .enum_first = 0,
            .nenum = 0,
            .default_value = -1,
            .additional = CDG_ADD_ANY,
            .additional_schema = -1,
            .property_names = -1,
            .items = -1,
            .not_schema = -1,
            .kind = CDG_K_JSON,
            .size = sizeof(const char *),
        },
};

/* ---------------------------------------------------------------- security schemes */

static const cdg_scheme api__schemes[] = {
    {"Token", CDG_SEC_APIKEY, CDG_IN_HEADER, "Authorization", "Token"},
    {"ApiKey", CDG_SEC_APIKEY, CDG_IN_HEADER, "X-API-Key", "ApiKey name=\"X-API-Key\""},
};

/* ---------------------------------------------------------------- operations */

/* POST /api/users/login — Login */
static const cdg_response api__responses_0[] = {
    {200, {4, offsetof(api_Login_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_Login_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_Login_res, body_401), -1, -1, 0}},
    {413, {11, offsetof(api_Login_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_Login_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_Login_res, body_422), -1, -1, 0}},
    {429, {11, offsetof(api_Login_res, body_429), -1, -1, 0}},
};

static int api__call_0(cd_request *r, void *in, void *out)
{
    return handle_Login(r, in, out);
}

/* POST /api/users — CreateUser */
static const cdg_response api__responses_1[] = {
    {201, {4, offsetof(api_CreateUser_res, body_201), -1, -1, 0}},
    {400, {11, offsetof(api_CreateUser_res, body_400), -1, -1, 0}},
    {413, {11, offsetof(api_CreateUser_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_CreateUser_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_CreateUser_res, body_422), -1, -1, 0}},
    {429, {11, offsetof(api_CreateUser_res, body_429), -1, -1, 0}},
};

static int api__call_1(cd_request *r, void *in, void *out)
{
    return handle_CreateUser(r, in, out);
}

/* GET /api/user — GetCurrentUser */
static const cdg_response api__responses_2[] = {
    {200, {4, offsetof(api_GetCurrentUser_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_GetCurrentUser_res, body_401), -1, -1, 0}},
    {422, {11, offsetof(api_GetCurrentUser_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_2_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_2_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_2[] = {
    {api__secreqs_2_0, 1},
    {api__secreqs_2_1, 1},
};

static int api__call_2(cd_request *r, void *in, void *out)
{
    return handle_GetCurrentUser(r, in, out);
}

/* PUT /api/user — UpdateCurrentUser */
static const cdg_response api__responses_3[] = {
    {200, {4, offsetof(api_UpdateCurrentUser_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_UpdateCurrentUser_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_UpdateCurrentUser_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_UpdateCurrentUser_res, body_403), -1, -1, 0}},
    {413, {11, offsetof(api_UpdateCurrentUser_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_UpdateCurrentUser_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_UpdateCurrentUser_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_3_0[] = {
    {0, NULL, 0},
};
static const cdg_secalt api__security_3[] = {
    {api__secreqs_3_0, 1},
};

static int api__call_3(cd_request *r, void *in, void *out)
{
    return handle_UpdateCurrentUser(r, in, out);
}

/* GET /api/profiles/{username} — GetProfileByUsername */
static const cdg_param api__params_4[] = {
    {"username",
     "path/username",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {23, offsetof(api_GetProfileByUsername_req, username), -1, -1, 0}},
};
static const cdg_response api__responses_4[] = {
    {200, {24, offsetof(api_GetProfileByUsername_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_GetProfileByUsername_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_GetProfileByUsername_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_GetProfileByUsername_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_GetProfileByUsername_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_4_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_4_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_4[] = {
    {api__secreqs_4_0, 1},
    {api__secreqs_4_1, 1},
    {NULL, 0},
};

static int api__call_4(cd_request *r, void *in, void *out)
{
    return handle_GetProfileByUsername(r, in, out);
}

/* POST /api/profiles/{username}/follow — FollowUserByUsername */
static const cdg_param api__params_5[] = {
    {"username",
     "path/username",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {23, offsetof(api_FollowUserByUsername_req, username), -1, -1, 0}},
};
static const cdg_response api__responses_5[] = {
    {200, {24, offsetof(api_FollowUserByUsername_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_FollowUserByUsername_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_FollowUserByUsername_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_FollowUserByUsername_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_FollowUserByUsername_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_FollowUserByUsername_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_5_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_5_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_5[] = {
    {api__secreqs_5_0, 1},
    {api__secreqs_5_1, 1},
};

static int api__call_5(cd_request *r, void *in, void *out)
{
    return handle_FollowUserByUsername(r, in, out);
}

/* DELETE /api/profiles/{username}/follow — UnfollowUserByUsername */
static const cdg_param api__params_6[] = {
    {"username",
     "path/username",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {23, offsetof(api_UnfollowUserByUsername_req, username), -1, -1, 0}},
};
static const cdg_response api__responses_6[] = {
    {200, {24, offsetof(api_UnfollowUserByUsername_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_UnfollowUserByUsername_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_UnfollowUserByUsername_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_UnfollowUserByUsername_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_UnfollowUserByUsername_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_UnfollowUserByUsername_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_6_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_6_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_6[] = {
    {api__secreqs_6_0, 1},
    {api__secreqs_6_1, 1},
};

static int api__call_6(cd_request *r, void *in, void *out)
{
    return handle_UnfollowUserByUsername(r, in, out);
}

/* GET /api/articles/feed — GetArticlesFeed */
static const cdg_param api__params_7[] = {
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_GetArticlesFeed_req, offset),
      (long)offsetof(api_GetArticlesFeed_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_GetArticlesFeed_req, limit),
      (long)offsetof(api_GetArticlesFeed_req, has_limit), -1, 0}},
};
static const cdg_response api__responses_7[] = {
    {200, {32, offsetof(api_GetArticlesFeed_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_GetArticlesFeed_res, body_401), -1, -1, 0}},
    {422, {11, offsetof(api_GetArticlesFeed_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_7_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_7_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_7[] = {
    {api__secreqs_7_0, 1},
    {api__secreqs_7_1, 1},
};

static int api__call_7(cd_request *r, void *in, void *out)
{
    return handle_GetArticlesFeed(r, in, out);
}

/* GET /api/articles — GetArticles */
static const cdg_param api__params_8[] = {
    {"tag",
     "query/tag",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {45, offsetof(api_GetArticles_req, tag), (long)offsetof(api_GetArticles_req, has_tag), -1, 0}},
    {"author",
     "query/author",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {46, offsetof(api_GetArticles_req, author), (long)offsetof(api_GetArticles_req, has_author),
      -1, 0}},
    {"favorited",
     "query/favorited",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {47, offsetof(api_GetArticles_req, favorited),
      (long)offsetof(api_GetArticles_req, has_favorited), -1, 0}},
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_GetArticles_req, offset), (long)offsetof(api_GetArticles_req, has_offset),
      -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_GetArticles_req, limit), (long)offsetof(api_GetArticles_req, has_limit), -1,
      0}},
};
static const cdg_response api__responses_8[] = {
    {200, {32, offsetof(api_GetArticles_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_GetArticles_res, body_401), -1, -1, 0}},
    {422, {11, offsetof(api_GetArticles_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_8_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_8_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_8[] = {
    {api__secreqs_8_0, 1},
    {api__secreqs_8_1, 1},
    {NULL, 0},
};

static int api__call_8(cd_request *r, void *in, void *out)
{
    return handle_GetArticles(r, in, out);
}

/* POST /api/articles — CreateArticle */
static const cdg_response api__responses_9[] = {
    {201, {55, offsetof(api_CreateArticle_res, body_201), -1, -1, 0}},
    {400, {11, offsetof(api_CreateArticle_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_CreateArticle_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_CreateArticle_res, body_403), -1, -1, 0}},
    {413, {11, offsetof(api_CreateArticle_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_CreateArticle_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_CreateArticle_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_9_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_9_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_9[] = {
    {api__secreqs_9_0, 1},
    {api__secreqs_9_1, 1},
};

static int api__call_9(cd_request *r, void *in, void *out)
{
    return handle_CreateArticle(r, in, out);
}

/* GET /api/articles/{slug} — GetArticle */
static const cdg_param api__params_10[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_GetArticle_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_10[] = {
    {200, {55, offsetof(api_GetArticle_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_GetArticle_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_GetArticle_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_GetArticle_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_GetArticle_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_10_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_10_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_10[] = {
    {api__secreqs_10_0, 1},
    {api__secreqs_10_1, 1},
    {NULL, 0},
};

static int api__call_10(cd_request *r, void *in, void *out)
{
    return handle_GetArticle(r, in, out);
}

/* PUT /api/articles/{slug} — UpdateArticle */
static const cdg_param api__params_11[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_UpdateArticle_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_11[] = {
    {200, {55, offsetof(api_UpdateArticle_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_UpdateArticle_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_UpdateArticle_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_UpdateArticle_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_UpdateArticle_res, body_404), -1, -1, 0}},
    {413, {11, offsetof(api_UpdateArticle_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_UpdateArticle_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_UpdateArticle_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_11_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_11_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_11[] = {
    {api__secreqs_11_0, 1},
    {api__secreqs_11_1, 1},
};

static int api__call_11(cd_request *r, void *in, void *out)
{
    return handle_UpdateArticle(r, in, out);
}

/* DELETE /api/articles/{slug} — DeleteArticle */
static const cdg_param api__params_12[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_DeleteArticle_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_12[] = {
    {204, {-1, 0, -1, -1, 0}},
    {400, {11, offsetof(api_DeleteArticle_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_DeleteArticle_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_DeleteArticle_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_DeleteArticle_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_DeleteArticle_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_12_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_12_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_12[] = {
    {api__secreqs_12_0, 1},
    {api__secreqs_12_1, 1},
};

static int api__call_12(cd_request *r, void *in, void *out)
{
    return handle_DeleteArticle(r, in, out);
}

/* GET /api/articles/{slug}/comments — GetArticleComments */
static const cdg_param api__params_13[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_GetArticleComments_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_13[] = {
    {200, {70, offsetof(api_GetArticleComments_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_GetArticleComments_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_GetArticleComments_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_GetArticleComments_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_GetArticleComments_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_13_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_13_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_13[] = {
    {api__secreqs_13_0, 1},
    {api__secreqs_13_1, 1},
    {NULL, 0},
};

static int api__call_13(cd_request *r, void *in, void *out)
{
    return handle_GetArticleComments(r, in, out);
}

/* POST /api/articles/{slug}/comments — CreateArticleComment */
static const cdg_param api__params_14[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_CreateArticleComment_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_14[] = {
    {200, {80, offsetof(api_CreateArticleComment_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_CreateArticleComment_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_CreateArticleComment_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_CreateArticleComment_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_CreateArticleComment_res, body_404), -1, -1, 0}},
    {413, {11, offsetof(api_CreateArticleComment_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_CreateArticleComment_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_CreateArticleComment_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_14_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_14_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_14[] = {
    {api__secreqs_14_0, 1},
    {api__secreqs_14_1, 1},
};

static int api__call_14(cd_request *r, void *in, void *out)
{
    return handle_CreateArticleComment(r, in, out);
}

/* DELETE /api/articles/{slug}/comments/{id} — DeleteArticleComment */
static const cdg_param api__params_15[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_DeleteArticleComment_req, slug), -1, -1, 0}},
    {"id",
     "path/id",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     1,
     {81, offsetof(api_DeleteArticleComment_req, id), -1, -1, 0}},
};
static const cdg_response api__responses_15[] = {
    {204, {-1, 0, -1, -1, 0}},
    {400, {11, offsetof(api_DeleteArticleComment_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_DeleteArticleComment_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_DeleteArticleComment_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_DeleteArticleComment_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_DeleteArticleComment_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_15_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_15_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_15[] = {
    {api__secreqs_15_0, 1},
    {api__secreqs_15_1, 1},
};

static int api__call_15(cd_request *r, void *in, void *out)
{
    return handle_DeleteArticleComment(r, in, out);
}

/* GET /api/articles/{slug}/comments/{id} — GetArticleComment */
static const cdg_param api__params_16[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_GetArticleComment_req, slug), -1, -1, 0}},
    {"id",
     "path/id",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     1,
     {82, offsetof(api_GetArticleComment_req, id), -1, -1, 0}},
};
static const cdg_response api__responses_16[] = {
    {200, {80, offsetof(api_GetArticleComment_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_GetArticleComment_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_GetArticleComment_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_GetArticleComment_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_GetArticleComment_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_16_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_16_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_16[] = {
    {api__secreqs_16_0, 1},
    {api__secreqs_16_1, 1},
    {NULL, 0},
};

static int api__call_16(cd_request *r, void *in, void *out)
{
    return handle_GetArticleComment(r, in, out);
}

/* PUT /api/articles/{slug}/comments/{id} — UpdateArticleComment */
static const cdg_param api__params_17[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_UpdateArticleComment_req, slug), -1, -1, 0}},
    {"id",
     "path/id",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     1,
     {82, offsetof(api_UpdateArticleComment_req, id), -1, -1, 0}},
};
static const cdg_response api__responses_17[] = {
    {200, {80, offsetof(api_UpdateArticleComment_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_UpdateArticleComment_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_UpdateArticleComment_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_UpdateArticleComment_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_UpdateArticleComment_res, body_404), -1, -1, 0}},
    {413, {11, offsetof(api_UpdateArticleComment_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_UpdateArticleComment_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_UpdateArticleComment_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_17_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_17_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_17[] = {
    {api__secreqs_17_0, 1},
    {api__secreqs_17_1, 1},
};

static int api__call_17(cd_request *r, void *in, void *out)
{
    return handle_UpdateArticleComment(r, in, out);
}

/* POST /api/articles/{slug}/favorite — CreateArticleFavorite */
static const cdg_param api__params_18[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_CreateArticleFavorite_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_18[] = {
    {200, {55, offsetof(api_CreateArticleFavorite_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_CreateArticleFavorite_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_CreateArticleFavorite_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_CreateArticleFavorite_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_CreateArticleFavorite_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_CreateArticleFavorite_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_18_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_18_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_18[] = {
    {api__secreqs_18_0, 1},
    {api__secreqs_18_1, 1},
};

static int api__call_18(cd_request *r, void *in, void *out)
{
    return handle_CreateArticleFavorite(r, in, out);
}

/* DELETE /api/articles/{slug}/favorite — DeleteArticleFavorite */
static const cdg_param api__params_19[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_DeleteArticleFavorite_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_19[] = {
    {200, {55, offsetof(api_DeleteArticleFavorite_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_DeleteArticleFavorite_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_DeleteArticleFavorite_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_DeleteArticleFavorite_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_DeleteArticleFavorite_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_DeleteArticleFavorite_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_19_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_19_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_19[] = {
    {api__secreqs_19_0, 1},
    {api__secreqs_19_1, 1},
};

static int api__call_19(cd_request *r, void *in, void *out)
{
    return handle_DeleteArticleFavorite(r, in, out);
}

/* GET /api/tags — GetTags */
static const cdg_response api__responses_20[] = {
    {200, {84, offsetof(api_GetTags_res, body_200), -1, -1, 0}},
    {422, {11, offsetof(api_GetTags_res, body_422), -1, -1, 0}},
};

static int api__call_20(cd_request *r, void *in, void *out)
{
    return handle_GetTags(r, in, out);
}

/* POST /api/users/refresh — RefreshSession */
static const cdg_param api__params_21[] = {
    {"refresh_token",
     "cookie/refresh_token",
     CDG_IN_COOKIE,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {87, offsetof(api_RefreshSession_req, refresh_token),
      (long)offsetof(api_RefreshSession_req, has_refresh_token), -1, 0}},
};
static const cdg_response api__responses_21[] = {
    {200, {89, offsetof(api_RefreshSession_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_RefreshSession_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_RefreshSession_res, body_401), -1, -1, 0}},
    {413, {11, offsetof(api_RefreshSession_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_RefreshSession_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_RefreshSession_res, body_422), -1, -1, 0}},
};

static int api__call_21(cd_request *r, void *in, void *out)
{
    return handle_RefreshSession(r, in, out);
}

/* POST /api/users/logout — Logout */
static const cdg_response api__responses_22[] = {
    {204, {-1, 0, -1, -1, 0}},
    {401, {11, offsetof(api_Logout_res, body_401), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_22_0[] = {
    {0, NULL, 0},
};
static const cdg_secalt api__security_22[] = {
    {api__secreqs_22_0, 1},
};

static int api__call_22(cd_request *r, void *in, void *out)
{
    return handle_Logout(r, in, out);
}

/* PUT /api/user/password — ChangePassword */
static const cdg_response api__responses_23[] = {
    {200, {4, offsetof(api_ChangePassword_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_ChangePassword_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_ChangePassword_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_ChangePassword_res, body_403), -1, -1, 0}},
    {413, {11, offsetof(api_ChangePassword_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_ChangePassword_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_ChangePassword_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_23_0[] = {
    {0, NULL, 0},
};
static const cdg_secalt api__security_23[] = {
    {api__secreqs_23_0, 1},
};

static int api__call_23(cd_request *r, void *in, void *out)
{
    return handle_ChangePassword(r, in, out);
}

/* POST /api/users/password-reset — RequestPasswordReset */
static const cdg_response api__responses_24[] = {
    {202, {-1, 0, -1, -1, 0}},
    {400, {11, offsetof(api_RequestPasswordReset_res, body_400), -1, -1, 0}},
    {413, {11, offsetof(api_RequestPasswordReset_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_RequestPasswordReset_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_RequestPasswordReset_res, body_422), -1, -1, 0}},
    {429, {11, offsetof(api_RequestPasswordReset_res, body_429), -1, -1, 0}},
};

static int api__call_24(cd_request *r, void *in, void *out)
{
    return handle_RequestPasswordReset(r, in, out);
}

/* POST /api/users/password-reset/confirm — ConfirmPasswordReset */
static const cdg_response api__responses_25[] = {
    {200, {4, offsetof(api_ConfirmPasswordReset_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_ConfirmPasswordReset_res, body_400), -1, -1, 0}},
    {413, {11, offsetof(api_ConfirmPasswordReset_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_ConfirmPasswordReset_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_ConfirmPasswordReset_res, body_422), -1, -1, 0}},
    {429, {11, offsetof(api_ConfirmPasswordReset_res, body_429), -1, -1, 0}},
};

static int api__call_25(cd_request *r, void *in, void *out)
{
    return handle_ConfirmPasswordReset(r, in, out);
}

/* GET /api/user/api-keys — ListApiKeys */
static const cdg_response api__responses_26[] = {
    {200, {98, offsetof(api_ListApiKeys_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_ListApiKeys_res, body_401), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_26_0[] = {
    {0, NULL, 0},
};
static const cdg_secalt api__security_26[] = {
    {api__secreqs_26_0, 1},
};

static int api__call_26(cd_request *r, void *in, void *out)
{
    return handle_ListApiKeys(r, in, out);
}

/* POST /api/user/api-keys — CreateApiKey */
static const cdg_response api__responses_27[] = {
    {201, {110, offsetof(api_CreateApiKey_res, body_201), -1, -1, 0}},
    {400, {11, offsetof(api_CreateApiKey_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_CreateApiKey_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_CreateApiKey_res, body_403), -1, -1, 0}},
    {413, {11, offsetof(api_CreateApiKey_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_CreateApiKey_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_CreateApiKey_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_27_0[] = {
    {0, NULL, 0},
};
static const cdg_secalt api__security_27[] = {
    {api__secreqs_27_0, 1},
};

static int api__call_27(cd_request *r, void *in, void *out)
{
    return handle_CreateApiKey(r, in, out);
}

/* DELETE /api/user/api-keys/{id} — DeleteApiKey */
static const cdg_param api__params_28[] = {
    {"id",
     "path/id",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {82, offsetof(api_DeleteApiKey_req, id), -1, -1, 0}},
};
static const cdg_response api__responses_28[] = {
    {204, {-1, 0, -1, -1, 0}},
    {400, {11, offsetof(api_DeleteApiKey_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_DeleteApiKey_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_DeleteApiKey_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_DeleteApiKey_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_28_0[] = {
    {0, NULL, 0},
};
static const cdg_secalt api__security_28[] = {
    {api__secreqs_28_0, 1},
};

static int api__call_28(cd_request *r, void *in, void *out)
{
    return handle_DeleteApiKey(r, in, out);
}

/* GET /api/profiles/{username}/followers — ListFollowers */
static const cdg_param api__params_29[] = {
    {"username",
     "path/username",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {23, offsetof(api_ListFollowers_req, username), -1, -1, 0}},
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_ListFollowers_req, offset),
      (long)offsetof(api_ListFollowers_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_ListFollowers_req, limit), (long)offsetof(api_ListFollowers_req, has_limit),
      -1, 0}},
};
static const cdg_response api__responses_29[] = {
    {200, {113, offsetof(api_ListFollowers_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_ListFollowers_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_ListFollowers_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_ListFollowers_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_ListFollowers_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_29_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_29_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_29[] = {
    {api__secreqs_29_0, 1},
    {api__secreqs_29_1, 1},
    {NULL, 0},
};

static int api__call_29(cd_request *r, void *in, void *out)
{
    return handle_ListFollowers(r, in, out);
}

/* GET /api/profiles/{username}/following — ListFollowing */
static const cdg_param api__params_30[] = {
    {"username",
     "path/username",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {23, offsetof(api_ListFollowing_req, username), -1, -1, 0}},
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_ListFollowing_req, offset),
      (long)offsetof(api_ListFollowing_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_ListFollowing_req, limit), (long)offsetof(api_ListFollowing_req, has_limit),
      -1, 0}},
};
static const cdg_response api__responses_30[] = {
    {200, {113, offsetof(api_ListFollowing_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_ListFollowing_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_ListFollowing_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_ListFollowing_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_ListFollowing_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_30_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_30_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_30[] = {
    {api__secreqs_30_0, 1},
    {api__secreqs_30_1, 1},
    {NULL, 0},
};

static int api__call_30(cd_request *r, void *in, void *out)
{
    return handle_ListFollowing(r, in, out);
}

/* GET /api/search/articles — SearchArticles */
static const cdg_param api__params_31[] = {
    {"q",
     "query/q",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     1,
     -1,
     {116, offsetof(api_SearchArticles_req, q), -1, -1, 0}},
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_SearchArticles_req, offset),
      (long)offsetof(api_SearchArticles_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_SearchArticles_req, limit),
      (long)offsetof(api_SearchArticles_req, has_limit), -1, 0}},
};
static const cdg_response api__responses_31[] = {
    {200, {32, offsetof(api_SearchArticles_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_SearchArticles_res, body_401), -1, -1, 0}},
    {422, {11, offsetof(api_SearchArticles_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_31_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_31_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_31[] = {
    {api__secreqs_31_0, 1},
    {api__secreqs_31_1, 1},
    {NULL, 0},
};

static int api__call_31(cd_request *r, void *in, void *out)
{
    return handle_SearchArticles(r, in, out);
}

/* GET /api/articles/trending — GetTrendingArticles */
static const cdg_param api__params_32[] = {
    {"days",
     "query/days",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {117, offsetof(api_GetTrendingArticles_req, days),
      (long)offsetof(api_GetTrendingArticles_req, has_days), -1, 0}},
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_GetTrendingArticles_req, offset),
      (long)offsetof(api_GetTrendingArticles_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_GetTrendingArticles_req, limit),
      (long)offsetof(api_GetTrendingArticles_req, has_limit), -1, 0}},
};
static const cdg_response api__responses_32[] = {
    {200, {32, offsetof(api_GetTrendingArticles_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_GetTrendingArticles_res, body_401), -1, -1, 0}},
    {422, {11, offsetof(api_GetTrendingArticles_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_32_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_32_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_32[] = {
    {api__secreqs_32_0, 1},
    {api__secreqs_32_1, 1},
    {NULL, 0},
};

static int api__call_32(cd_request *r, void *in, void *out)
{
    return handle_GetTrendingArticles(r, in, out);
}

/* GET /api/tags/popular — GetPopularTags */
static const cdg_param api__params_33[] = {
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {118, offsetof(api_GetPopularTags_req, limit),
      (long)offsetof(api_GetPopularTags_req, has_limit), -1, 0}},
};
static const cdg_response api__responses_33[] = {
    {200, {119, offsetof(api_GetPopularTags_res, body_200), -1, -1, 0}},
    {422, {11, offsetof(api_GetPopularTags_res, body_422), -1, -1, 0}},
};

static int api__call_33(cd_request *r, void *in, void *out)
{
    return handle_GetPopularTags(r, in, out);
}

/* GET /api/articles/{slug}/revisions — ListArticleRevisions */
static const cdg_param api__params_34[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_ListArticleRevisions_req, slug), -1, -1, 0}},
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_ListArticleRevisions_req, offset),
      (long)offsetof(api_ListArticleRevisions_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_ListArticleRevisions_req, limit),
      (long)offsetof(api_ListArticleRevisions_req, has_limit), -1, 0}},
};
static const cdg_response api__responses_34[] = {
    {200, {124, offsetof(api_ListArticleRevisions_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_ListArticleRevisions_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_ListArticleRevisions_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_ListArticleRevisions_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_ListArticleRevisions_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_34_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_34_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_34[] = {
    {api__secreqs_34_0, 1},
    {api__secreqs_34_1, 1},
    {NULL, 0},
};

static int api__call_34(cd_request *r, void *in, void *out)
{
    return handle_ListArticleRevisions(r, in, out);
}

/* POST /api/articles/{slug}/bookmark — CreateBookmark */
static const cdg_param api__params_35[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_CreateBookmark_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_35[] = {
    {204, {-1, 0, -1, -1, 0}},
    {400, {11, offsetof(api_CreateBookmark_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_CreateBookmark_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_CreateBookmark_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_CreateBookmark_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_CreateBookmark_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_35_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_35_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_35[] = {
    {api__secreqs_35_0, 1},
    {api__secreqs_35_1, 1},
};

static int api__call_35(cd_request *r, void *in, void *out)
{
    return handle_CreateBookmark(r, in, out);
}

/* DELETE /api/articles/{slug}/bookmark — DeleteBookmark */
static const cdg_param api__params_36[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_DeleteBookmark_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_36[] = {
    {204, {-1, 0, -1, -1, 0}},
    {400, {11, offsetof(api_DeleteBookmark_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_DeleteBookmark_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_DeleteBookmark_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_DeleteBookmark_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_DeleteBookmark_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_36_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_36_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_36[] = {
    {api__secreqs_36_0, 1},
    {api__secreqs_36_1, 1},
};

static int api__call_36(cd_request *r, void *in, void *out)
{
    return handle_DeleteBookmark(r, in, out);
}

/* GET /api/user/bookmarks — ListBookmarks */
static const cdg_param api__params_37[] = {
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_ListBookmarks_req, offset),
      (long)offsetof(api_ListBookmarks_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_ListBookmarks_req, limit), (long)offsetof(api_ListBookmarks_req, has_limit),
      -1, 0}},
};
static const cdg_response api__responses_37[] = {
    {200, {32, offsetof(api_ListBookmarks_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_ListBookmarks_res, body_401), -1, -1, 0}},
    {422, {11, offsetof(api_ListBookmarks_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_37_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_37_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_37[] = {
    {api__secreqs_37_0, 1},
    {api__secreqs_37_1, 1},
};

static int api__call_37(cd_request *r, void *in, void *out)
{
    return handle_ListBookmarks(r, in, out);
}

/* GET /api/notifications — ListNotifications */
static const cdg_param api__params_38[] = {
    {"unread",
     "query/unread",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {137, offsetof(api_ListNotifications_req, unread),
      (long)offsetof(api_ListNotifications_req, has_unread), -1, 0}},
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_ListNotifications_req, offset),
      (long)offsetof(api_ListNotifications_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_ListNotifications_req, limit),
      (long)offsetof(api_ListNotifications_req, has_limit), -1, 0}},
};
static const cdg_response api__responses_38[] = {
    {200, {138, offsetof(api_ListNotifications_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_ListNotifications_res, body_401), -1, -1, 0}},
    {422, {11, offsetof(api_ListNotifications_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_38_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_38_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_38[] = {
    {api__secreqs_38_0, 1},
    {api__secreqs_38_1, 1},
};

static int api__call_38(cd_request *r, void *in, void *out)
{
    return handle_ListNotifications(r, in, out);
}

/* GET /api/notifications/unread-count — GetUnreadNotificationCount */
static const cdg_response api__responses_39[] = {
    {200, {151, offsetof(api_GetUnreadNotificationCount_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_GetUnreadNotificationCount_res, body_401), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_39_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_39_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_39[] = {
    {api__secreqs_39_0, 1},
    {api__secreqs_39_1, 1},
};

static int api__call_39(cd_request *r, void *in, void *out)
{
    return handle_GetUnreadNotificationCount(r, in, out);
}

/* POST /api/notifications/{id}/read — MarkNotificationRead */
static const cdg_param api__params_40[] = {
    {"id",
     "path/id",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {153, offsetof(api_MarkNotificationRead_req, id), -1, -1, 0}},
};
static const cdg_response api__responses_40[] = {
    {204, {-1, 0, -1, -1, 0}},
    {400, {11, offsetof(api_MarkNotificationRead_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_MarkNotificationRead_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_MarkNotificationRead_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_MarkNotificationRead_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_40_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_40_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_40[] = {
    {api__secreqs_40_0, 1},
    {api__secreqs_40_1, 1},
};

static int api__call_40(cd_request *r, void *in, void *out)
{
    return handle_MarkNotificationRead(r, in, out);
}

/* POST /api/notifications/read-all — MarkAllNotificationsRead */
static const cdg_response api__responses_41[] = {
    {200, {151, offsetof(api_MarkAllNotificationsRead_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_MarkAllNotificationsRead_res, body_401), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_41_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_41_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_41[] = {
    {api__secreqs_41_0, 1},
    {api__secreqs_41_1, 1},
};

static int api__call_41(cd_request *r, void *in, void *out)
{
    return handle_MarkAllNotificationsRead(r, in, out);
}

/* POST /api/articles/{slug}/reports — CreateReport */
static const cdg_param api__params_42[] = {
    {"slug",
     "path/slug",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {67, offsetof(api_CreateReport_req, slug), -1, -1, 0}},
};
static const cdg_response api__responses_42[] = {
    {201, {164, offsetof(api_CreateReport_res, body_201), -1, -1, 0}},
    {400, {11, offsetof(api_CreateReport_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_CreateReport_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_CreateReport_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_CreateReport_res, body_404), -1, -1, 0}},
    {413, {11, offsetof(api_CreateReport_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_CreateReport_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_CreateReport_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_42_0[] = {
    {0, NULL, 0},
};
static const cdg_secreq api__secreqs_42_1[] = {
    {1, NULL, 0},
};
static const cdg_secalt api__security_42[] = {
    {api__secreqs_42_0, 1},
    {api__secreqs_42_1, 1},
};

static int api__call_42(cd_request *r, void *in, void *out)
{
    return handle_CreateReport(r, in, out);
}

/* GET /api/admin/reports — AdminListReports */
static const cdg_param api__params_43[] = {
    {"status",
     "query/status",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {170, offsetof(api_AdminListReports_req, status),
      (long)offsetof(api_AdminListReports_req, has_status), -1, 0}},
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_AdminListReports_req, offset),
      (long)offsetof(api_AdminListReports_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_AdminListReports_req, limit),
      (long)offsetof(api_AdminListReports_req, has_limit), -1, 0}},
};
static const cdg_response api__responses_43[] = {
    {200, {174, offsetof(api_AdminListReports_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_AdminListReports_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_AdminListReports_res, body_403), -1, -1, 0}},
    {422, {11, offsetof(api_AdminListReports_res, body_422), -1, -1, 0}},
};
static const char *const api__scopes_43_0_0[] = {"admin", "moderator"};
static const cdg_secreq api__secreqs_43_0[] = {
    {0, api__scopes_43_0_0, 2},
};
static const cdg_secalt api__security_43[] = {
    {api__secreqs_43_0, 1},
};

static int api__call_43(cd_request *r, void *in, void *out)
{
    return handle_AdminListReports(r, in, out);
}

/* PUT /api/admin/reports/{id} — AdminUpdateReport */
static const cdg_param api__params_44[] = {
    {"id",
     "path/id",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {82, offsetof(api_AdminUpdateReport_req, id), -1, -1, 0}},
};
static const cdg_response api__responses_44[] = {
    {200, {164, offsetof(api_AdminUpdateReport_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_AdminUpdateReport_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_AdminUpdateReport_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_AdminUpdateReport_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_AdminUpdateReport_res, body_404), -1, -1, 0}},
    {413, {11, offsetof(api_AdminUpdateReport_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_AdminUpdateReport_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_AdminUpdateReport_res, body_422), -1, -1, 0}},
};
static const char *const api__scopes_44_0_0[] = {"admin", "moderator"};
static const cdg_secreq api__secreqs_44_0[] = {
    {0, api__scopes_44_0_0, 2},
};
static const cdg_secalt api__security_44[] = {
    {api__secreqs_44_0, 1},
};

static int api__call_44(cd_request *r, void *in, void *out)
{
    return handle_AdminUpdateReport(r, in, out);
}

/* GET /api/admin/users — AdminListUsers */
static const cdg_param api__params_45[] = {
    {"role",
     "query/role",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {180, offsetof(api_AdminListUsers_req, role), (long)offsetof(api_AdminListUsers_req, has_role),
      -1, 0}},
    {"banned",
     "query/banned",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {181, offsetof(api_AdminListUsers_req, banned),
      (long)offsetof(api_AdminListUsers_req, has_banned), -1, 0}},
    {"offset",
     "query/offset",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {30, offsetof(api_AdminListUsers_req, offset),
      (long)offsetof(api_AdminListUsers_req, has_offset), -1, 0}},
    {"limit",
     "query/limit",
     CDG_IN_QUERY,
     CDG_STYLE_FORM,
     1,
     0,
     -1,
     {31, offsetof(api_AdminListUsers_req, limit),
      (long)offsetof(api_AdminListUsers_req, has_limit), -1, 0}},
};
static const cdg_response api__responses_45[] = {
    {200, {182, offsetof(api_AdminListUsers_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_AdminListUsers_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_AdminListUsers_res, body_403), -1, -1, 0}},
    {422, {11, offsetof(api_AdminListUsers_res, body_422), -1, -1, 0}},
};
static const char *const api__scopes_45_0_0[] = {"admin", "moderator"};
static const cdg_secreq api__secreqs_45_0[] = {
    {0, api__scopes_45_0_0, 2},
};
static const cdg_secalt api__security_45[] = {
    {api__secreqs_45_0, 1},
};

static int api__call_45(cd_request *r, void *in, void *out)
{
    return handle_AdminListUsers(r, in, out);
}

/* PUT /api/admin/users/{username} — AdminUpdateUser */
static const cdg_param api__params_46[] = {
    {"username",
     "path/username",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {23, offsetof(api_AdminUpdateUser_req, username), -1, -1, 0}},
};
static const cdg_response api__responses_46[] = {
    {200, {195, offsetof(api_AdminUpdateUser_res, body_200), -1, -1, 0}},
    {400, {11, offsetof(api_AdminUpdateUser_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_AdminUpdateUser_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_AdminUpdateUser_res, body_403), -1, -1, 0}},
    {404, {11, offsetof(api_AdminUpdateUser_res, body_404), -1, -1, 0}},
    {413, {11, offsetof(api_AdminUpdateUser_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_AdminUpdateUser_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_AdminUpdateUser_res, body_422), -1, -1, 0}},
};
static const char *const api__scopes_46_0_0[] = {"admin", "moderator"};
static const cdg_secreq api__secreqs_46_0[] = {
    {0, api__scopes_46_0_0, 2},
};
static const cdg_secalt api__security_46[] = {
    {api__secreqs_46_0, 1},
};

static int api__call_46(cd_request *r, void *in, void *out)
{
    return handle_AdminUpdateUser(r, in, out);
}

/* GET /api/user/webhooks — ListWebhooks */
static const cdg_response api__responses_47[] = {
    {200, {196, offsetof(api_ListWebhooks_res, body_200), -1, -1, 0}},
    {401, {11, offsetof(api_ListWebhooks_res, body_401), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_47_0[] = {
    {0, NULL, 0},
};
static const cdg_secalt api__security_47[] = {
    {api__secreqs_47_0, 1},
};

static int api__call_47(cd_request *r, void *in, void *out)
{
    return handle_ListWebhooks(r, in, out);
}

/* POST /api/user/webhooks — CreateWebhook */
static const cdg_response api__responses_48[] = {
    {201, {209, offsetof(api_CreateWebhook_res, body_201), -1, -1, 0}},
    {400, {11, offsetof(api_CreateWebhook_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_CreateWebhook_res, body_401), -1, -1, 0}},
    {403, {11, offsetof(api_CreateWebhook_res, body_403), -1, -1, 0}},
    {413, {11, offsetof(api_CreateWebhook_res, body_413), -1, -1, 0}},
    {415, {11, offsetof(api_CreateWebhook_res, body_415), -1, -1, 0}},
    {422, {11, offsetof(api_CreateWebhook_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_48_0[] = {
    {0, NULL, 0},
};
static const cdg_secalt api__security_48[] = {
    {api__secreqs_48_0, 1},
};

static int api__call_48(cd_request *r, void *in, void *out)
{
    return handle_CreateWebhook(r, in, out);
}

/* DELETE /api/user/webhooks/{id} — DeleteWebhook */
static const cdg_param api__params_49[] = {
    {"id",
     "path/id",
     CDG_IN_PATH,
     CDG_STYLE_SIMPLE,
     0,
     1,
     0,
     {82, offsetof(api_DeleteWebhook_req, id), -1, -1, 0}},
};
static const cdg_response api__responses_49[] = {
    {204, {-1, 0, -1, -1, 0}},
    {400, {11, offsetof(api_DeleteWebhook_res, body_400), -1, -1, 0}},
    {401, {11, offsetof(api_DeleteWebhook_res, body_401), -1, -1, 0}},
    {404, {11, offsetof(api_DeleteWebhook_res, body_404), -1, -1, 0}},
    {422, {11, offsetof(api_DeleteWebhook_res, body_422), -1, -1, 0}},
};
static const cdg_secreq api__secreqs_49_0[] = {
    {0, NULL, 0},
};
static const cdg_secalt api__security_49[] = {
    {api__secreqs_49_0, 1},
};

static int api__call_49(cd_request *r, void *in, void *out)
{
    return handle_DeleteWebhook(r, in, out);
}

static const cdg_op api__ops[50] =
    {
        [0] =
            {
                /* Login */
                .params = NULL,
                .nparams = 0,
                .has_body = 1,
                .body_required = 1,
                .body = {0, offsetof(api_Login_req, body), -1, -1, 0},
                .req_size = sizeof(api_Login_req),
                .res_size = sizeof(api_Login_res),
                .responses = api__responses_0,
                .nresponses = 7,
                .security = NULL,
                .nsecurity = 0,
                .call = api__call_0,
            },
        [1] =
            {
                /* CreateUser */
                .params = NULL,
                .nparams = 0,
                .has_body = 1,
                .body_required = 1,
                .body = {15, offsetof(api_CreateUser_req, body), -1, -1, 0},
                .req_size = sizeof(api_CreateUser_req),
                .res_size = sizeof(api_CreateUser_res),
                .responses = api__responses_1,
                .nresponses = 6,
                .security = NULL,
                .nsecurity = 0,
                .call = api__call_1,
            },
        [2] =
            {
                /* GetCurrentUser */
                .params = NULL,
                .nparams = 0,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetCurrentUser_req),
                .res_size = sizeof(api_GetCurrentUser_res),
                .responses = api__responses_2,
                .nresponses = 3,
                .security = api__security_2,
                .nsecurity = 2,
                .call = api__call_2,
            },
        [3] =
            {
                /* UpdateCurrentUser */
                .params = NULL,
                .nparams = 0,
                .has_body = 1,
                .body_required = 1,
                .body = {18, offsetof(api_UpdateCurrentUser_req, body), -1, -1, 0},
                .req_size = sizeof(api_UpdateCurrentUser_req),
                .res_size = sizeof(api_UpdateCurrentUser_res),
                .responses = api__responses_3,
                .nresponses = 7,
                .security = api__security_3,
                .nsecurity = 1,
                .call = api__call_3,
            },
        [4] =
            {
                /* GetProfileByUsername */
                .params = api__params_4,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetProfileByUsername_req),
                .res_size = sizeof(api_GetProfileByUsername_res),
                .responses = api__responses_4,
                .nresponses = 5,
                .security = api__security_4,
                .nsecurity = 3,
                .call = api__call_4,
            },
        [5] =
            {
                /* FollowUserByUsername */
                .params = api__params_5,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_FollowUserByUsername_req),
                .res_size = sizeof(api_FollowUserByUsername_res),
                .responses = api__responses_5,
                .nresponses = 6,
                .security = api__security_5,
                .nsecurity = 2,
                .call = api__call_5,
            },
        [6] =
            {
                /* UnfollowUserByUsername */
                .params = api__params_6,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_UnfollowUserByUsername_req),
                .res_size = sizeof(api_UnfollowUserByUsername_res),
                .responses = api__responses_6,
                .nresponses = 6,
                .security = api__security_6,
                .nsecurity = 2,
                .call = api__call_6,
            },
        [7] =
            {
                /* GetArticlesFeed */
                .params = api__params_7,
                .nparams = 2,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetArticlesFeed_req),
                .res_size = sizeof(api_GetArticlesFeed_res),
                .responses = api__responses_7,
                .nresponses = 3,
                .security = api__security_7,
                .nsecurity = 2,
                .call = api__call_7,
            },
        [8] =
            {
                /* GetArticles */
                .params = api__params_8,
                .nparams = 5,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetArticles_req),
                .res_size = sizeof(api_GetArticles_res),
                .responses = api__responses_8,
                .nresponses = 3,
                .security = api__security_8,
                .nsecurity = 3,
                .call = api__call_8,
            },
        [9] =
            {
                /* CreateArticle */
                .params = NULL,
                .nparams = 0,
                .has_body = 1,
                .body_required = 1,
                .body = {48, offsetof(api_CreateArticle_req, body), -1, -1, 0},
                .req_size = sizeof(api_CreateArticle_req),
                .res_size = sizeof(api_CreateArticle_res),
                .responses = api__responses_9,
                .nresponses = 7,
                .security = api__security_9,
                .nsecurity = 2,
                .call = api__call_9,
            },
        [10] =
            {
                /* GetArticle */
                .params = api__params_10,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetArticle_req),
                .res_size = sizeof(api_GetArticle_res),
                .responses = api__responses_10,
                .nresponses = 5,
                .security = api__security_10,
                .nsecurity = 3,
                .call = api__call_10,
            },
        [11] =
            {
                /* UpdateArticle */
                .params = api__params_11,
                .nparams = 1,
                .has_body = 1,
                .body_required = 1,
                .body = {68, offsetof(api_UpdateArticle_req, body), -1, -1, 0},
                .req_size = sizeof(api_UpdateArticle_req),
                .res_size = sizeof(api_UpdateArticle_res),
                .responses = api__responses_11,
                .nresponses = 8,
                .security = api__security_11,
                .nsecurity = 2,
                .call = api__call_11,
            },
        [12] =
            {
                /* DeleteArticle */
                .params = api__params_12,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_DeleteArticle_req),
                .res_size = sizeof(api_DeleteArticle_res),
                .responses = api__responses_12,
                .nresponses = 6,
                .security = api__security_12,
                .nsecurity = 2,
                .call = api__call_12,
            },
        [13] =
            {
                /* GetArticleComments */
                .params = api__params_13,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetArticleComments_req),
                .res_size = sizeof(api_GetArticleComments_res),
                .responses = api__responses_13,
                .nresponses = 5,
                .security = api__security_13,
                .nsecurity = 3,
                .call = api__call_13,
            },
        [14] =
            {
                /* CreateArticleComment */
                .params = api__params_14,
                .nparams = 1,
                .has_body = 1,
                .body_required = 1,
                .body = {77, offsetof(api_CreateArticleComment_req, body), -1, -1, 0},
                .req_size = sizeof(api_CreateArticleComment_req),
                .res_size = sizeof(api_CreateArticleComment_res),
                .responses = api__responses_14,
                .nresponses = 8,
                .security = api__security_14,
                .nsecurity = 2,
                .call = api__call_14,
            },
        [15] =
            {
                /* DeleteArticleComment */
                .params = api__params_15,
                .nparams = 2,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_DeleteArticleComment_req),
                .res_size = sizeof(api_DeleteArticleComment_res),
                .responses = api__responses_15,
                .nresponses = 6,
                .security = api__security_15,
                .nsecurity = 2,
                .call = api__call_15,
            },
        [16] =
            {
                /* GetArticleComment */
                .params = api__params_16,
                .nparams = 2,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetArticleComment_req),
                .res_size = sizeof(api_GetArticleComment_res),
                .responses = api__responses_16,
                .nresponses = 5,
                .security = api__security_16,
                .nsecurity = 3,
                .call = api__call_16,
            },
        [17] =
            {
                /* UpdateArticleComment */
                .params = api__params_17,
                .nparams = 2,
                .has_body = 1,
                .body_required = 1,
                .body = {83, offsetof(api_UpdateArticleComment_req, body), -1, -1, 0},
                .req_size = sizeof(api_UpdateArticleComment_req),
                .res_size = sizeof(api_UpdateArticleComment_res),
                .responses = api__responses_17,
                .nresponses = 8,
                .security = api__security_17,
                .nsecurity = 2,
                .call = api__call_17,
            },
        [18] =
            {
                /* CreateArticleFavorite */
                .params = api__params_18,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_CreateArticleFavorite_req),
                .res_size = sizeof(api_CreateArticleFavorite_res),
                .responses = api__responses_18,
                .nresponses = 6,
                .security = api__security_18,
                .nsecurity = 2,
                .call = api__call_18,
            },
        [19] =
            {
                /* DeleteArticleFavorite */
                .params = api__params_19,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_DeleteArticleFavorite_req),
                .res_size = sizeof(api_DeleteArticleFavorite_res),
                .responses = api__responses_19,
                .nresponses = 6,
                .security = api__security_19,
                .nsecurity = 2,
                .call = api__call_19,
            },
        [20] =
            {
                /* GetTags */
                .params = NULL,
                .nparams = 0,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetTags_req),
                .res_size = sizeof(api_GetTags_res),
                .responses = api__responses_20,
                .nresponses = 2,
                .security = NULL,
                .nsecurity = 0,
                .call = api__call_20,
            },
        [21] =
            {
                /* RefreshSession */
                .params = api__params_21,
                .nparams = 1,
                .has_body = 1,
                .body_required = 0,
                .body = {88, offsetof(api_RefreshSession_req, body),
                         (long)offsetof(api_RefreshSession_req, has_body), -1, 0},
                .req_size = sizeof(api_RefreshSession_req),
                .res_size = sizeof(api_RefreshSession_res),
                .responses = api__responses_21,
                .nresponses = 6,
                .security = NULL,
                .nsecurity = 0,
                .call = api__call_21,
            },
        [22] =
            {
                /* Logout */
                .params = NULL,
                .nparams = 0,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_Logout_req),
                .res_size = sizeof(api_Logout_res),
                .responses = api__responses_22,
                .nresponses = 2,
                .security = api__security_22,
                .nsecurity = 1,
                .call = api__call_22,
            },
        [23] =
            {
                /* ChangePassword */
                .params = NULL,
                .nparams = 0,
                .has_body = 1,
                .body_required = 1,
                .body = {91, offsetof(api_ChangePassword_req, body), -1, -1, 0},
                .req_size = sizeof(api_ChangePassword_req),
                .res_size = sizeof(api_ChangePassword_res),
                .responses = api__responses_23,
                .nresponses = 7,
                .security = api__security_23,
                .nsecurity = 1,
                .call = api__call_23,
            },
        [24] =
            {
                /* RequestPasswordReset */
                .params = NULL,
                .nparams = 0,
                .has_body = 1,
                .body_required = 1,
                .body = {93, offsetof(api_RequestPasswordReset_req, body), -1, -1, 0},
                .req_size = sizeof(api_RequestPasswordReset_req),
                .res_size = sizeof(api_RequestPasswordReset_res),
                .responses = api__responses_24,
                .nresponses = 6,
                .security = NULL,
                .nsecurity = 0,
                .call = api__call_24,
            },
        [25] =
            {
                /* ConfirmPasswordReset */
                .params = NULL,
                .nparams = 0,
                .has_body = 1,
                .body_required = 1,
                .body = {95, offsetof(api_ConfirmPasswordReset_req, body), -1, -1, 0},
                .req_size = sizeof(api_ConfirmPasswordReset_req),
                .res_size = sizeof(api_ConfirmPasswordReset_res),
                .responses = api__responses_25,
                .nresponses = 6,
                .security = NULL,
                .nsecurity = 0,
                .call = api__call_25,
            },
        [26] =
            {
                /* ListApiKeys */
                .params = NULL,
                .nparams = 0,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_ListApiKeys_req),
                .res_size = sizeof(api_ListApiKeys_res),
                .responses = api__responses_26,
                .nresponses = 2,
                .security = api__security_26,
                .nsecurity = 1,
                .call = api__call_26,
            },
        [27] =
            {
                /* CreateApiKey */
                .params = NULL,
                .nparams = 0,
                .has_body = 1,
                .body_required = 1,
                .body = {107, offsetof(api_CreateApiKey_req, body), -1, -1, 0},
                .req_size = sizeof(api_CreateApiKey_req),
                .res_size = sizeof(api_CreateApiKey_res),
                .responses = api__responses_27,
                .nresponses = 7,
                .security = api__security_27,
                .nsecurity = 1,
                .call = api__call_27,
            },
        [28] =
            {
                /* DeleteApiKey */
                .params = api__params_28,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_DeleteApiKey_req),
                .res_size = sizeof(api_DeleteApiKey_res),
                .responses = api__responses_28,
                .nresponses = 5,
                .security = api__security_28,
                .nsecurity = 1,
                .call = api__call_28,
            },
        [29] =
            {
                /* ListFollowers */
                .params = api__params_29,
                .nparams = 3,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_ListFollowers_req),
                .res_size = sizeof(api_ListFollowers_res),
                .responses = api__responses_29,
                .nresponses = 5,
                .security = api__security_29,
                .nsecurity = 3,
                .call = api__call_29,
            },
        [30] =
            {
                /* ListFollowing */
                .params = api__params_30,
                .nparams = 3,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_ListFollowing_req),
                .res_size = sizeof(api_ListFollowing_res),
                .responses = api__responses_30,
                .nresponses = 5,
                .security = api__security_30,
                .nsecurity = 3,
                .call = api__call_30,
            },
        [31] =
            {
                /* SearchArticles */
                .params = api__params_31,
                .nparams = 3,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_SearchArticles_req),
                .res_size = sizeof(api_SearchArticles_res),
                .responses = api__responses_31,
                .nresponses = 3,
                .security = api__security_31,
                .nsecurity = 3,
                .call = api__call_31,
            },
        [32] =
            {
                /* GetTrendingArticles */
                .params = api__params_32,
                .nparams = 3,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetTrendingArticles_req),
                .res_size = sizeof(api_GetTrendingArticles_res),
                .responses = api__responses_32,
                .nresponses = 3,
                .security = api__security_32,
                .nsecurity = 3,
                .call = api__call_32,
            },
        [33] =
            {
                /* GetPopularTags */
                .params = api__params_33,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetPopularTags_req),
                .res_size = sizeof(api_GetPopularTags_res),
                .responses = api__responses_33,
                .nresponses = 2,
                .security = NULL,
                .nsecurity = 0,
                .call = api__call_33,
            },
        [34] =
            {
                /* ListArticleRevisions */
                .params = api__params_34,
                .nparams = 3,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_ListArticleRevisions_req),
                .res_size = sizeof(api_ListArticleRevisions_res),
                .responses = api__responses_34,
                .nresponses = 5,
                .security = api__security_34,
                .nsecurity = 3,
                .call = api__call_34,
            },
        [35] =
            {
                /* CreateBookmark */
                .params = api__params_35,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_CreateBookmark_req),
                .res_size = sizeof(api_CreateBookmark_res),
                .responses = api__responses_35,
                .nresponses = 6,
                .security = api__security_35,
                .nsecurity = 2,
                .call = api__call_35,
            },
        [36] =
            {
                /* DeleteBookmark */
                .params = api__params_36,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_DeleteBookmark_req),
                .res_size = sizeof(api_DeleteBookmark_res),
                .responses = api__responses_36,
                .nresponses = 6,
                .security = api__security_36,
                .nsecurity = 2,
                .call = api__call_36,
            },
        [37] =
            {
                /* ListBookmarks */
                .params = api__params_37,
                .nparams = 2,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_ListBookmarks_req),
                .res_size = sizeof(api_ListBookmarks_res),
                .responses = api__responses_37,
                .nresponses = 3,
                .security = api__security_37,
                .nsecurity = 2,
                .call = api__call_37,
            },
        [38] =
            {
                /* ListNotifications */
                .params = api__params_38,
                .nparams = 3,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_ListNotifications_req),
                .res_size = sizeof(api_ListNotifications_res),
                .responses = api__responses_38,
                .nresponses = 3,
                .security = api__security_38,
                .nsecurity = 2,
                .call = api__call_38,
            },
        [39] =
            {
                /* GetUnreadNotificationCount */
                .params = NULL,
                .nparams = 0,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_GetUnreadNotificationCount_req),
                .res_size = sizeof(api_GetUnreadNotificationCount_res),
                .responses = api__responses_39,
                .nresponses = 2,
                .security = api__security_39,
                .nsecurity = 2,
                .call = api__call_39,
            },
        [40] =
            {
                /* MarkNotificationRead */
                .params = api__params_40,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_MarkNotificationRead_req),
                .res_size = sizeof(api_MarkNotificationRead_res),
                .responses = api__responses_40,
                .nresponses = 5,
                .security = api__security_40,
                .nsecurity = 2,
                .call = api__call_40,
            },
        [41] =
            {
                /* MarkAllNotificationsRead */
                .params = NULL,
                .nparams = 0,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_MarkAllNotificationsRead_req),
                .res_size = sizeof(api_MarkAllNotificationsRead_res),
                .responses = api__responses_41,
                .nresponses = 2,
                .security = api__security_41,
                .nsecurity = 2,
                .call = api__call_41,
            },
        [42] =
            {
                /* CreateReport */
                .params = api__params_42,
                .nparams = 1,
                .has_body = 1,
                .body_required = 1,
                .body = {154, offsetof(api_CreateReport_req, body), -1, -1, 0},
                .req_size = sizeof(api_CreateReport_req),
                .res_size = sizeof(api_CreateReport_res),
                .responses = api__responses_42,
                .nresponses = 8,
                .security = api__security_42,
                .nsecurity = 2,
                .call = api__call_42,
            },
        [43] =
            {
                /* AdminListReports */
                .params = api__params_43,
                .nparams = 3,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_AdminListReports_req),
                .res_size = sizeof(api_AdminListReports_res),
                .responses = api__responses_43,
                .nresponses = 4,
                .security = api__security_43,
                .nsecurity = 1,
                .call = api__call_43,
            },
        [44] =
            {
                /* AdminUpdateReport */
                .params = api__params_44,
                .nparams = 1,
                .has_body = 1,
                .body_required = 1,
                .body = {177, offsetof(api_AdminUpdateReport_req, body), -1, -1, 0},
                .req_size = sizeof(api_AdminUpdateReport_req),
                .res_size = sizeof(api_AdminUpdateReport_res),
                .responses = api__responses_44,
                .nresponses = 8,
                .security = api__security_44,
                .nsecurity = 1,
                .call = api__call_44,
            },
        [45] =
            {
                /* AdminListUsers */
                .params = api__params_45,
                .nparams = 4,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_AdminListUsers_req),
                .res_size = sizeof(api_AdminListUsers_res),
                .responses = api__responses_45,
                .nresponses = 4,
                .security = api__security_45,
                .nsecurity = 1,
                .call = api__call_45,
            },
        [46] =
            {
                /* AdminUpdateUser */
                .params = api__params_46,
                .nparams = 1,
                .has_body = 1,
                .body_required = 1,
                .body = {192, offsetof(api_AdminUpdateUser_req, body), -1, -1, 0},
                .req_size = sizeof(api_AdminUpdateUser_req),
                .res_size = sizeof(api_AdminUpdateUser_res),
                .responses = api__responses_46,
                .nresponses = 8,
                .security = api__security_46,
                .nsecurity = 1,
                .call = api__call_46,
            },
        [47] =
            {
                /* ListWebhooks */
                .params = NULL,
                .nparams = 0,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_ListWebhooks_req),
                .res_size = sizeof(api_ListWebhooks_res),
                .responses = api__responses_47,
                .nresponses = 2,
                .security = api__security_47,
                .nsecurity = 1,
                .call = api__call_47,
            },
        [48] =
            {
                /* CreateWebhook */
                .params = NULL,
                .nparams = 0,
                .has_body = 1,
                .body_required = 1,
                .body = {205, offsetof(api_CreateWebhook_req, body), -1, -1, 0},
                .req_size = sizeof(api_CreateWebhook_req),
                .res_size = sizeof(api_CreateWebhook_res),
                .responses = api__responses_48,
                .nresponses = 7,
                .security = api__security_48,
                .nsecurity = 1,
                .call = api__call_48,
            },
        [49] =
            {
                /* DeleteWebhook */
                .params = api__params_49,
                .nparams = 1,
                .has_body = 0,
                .body_required = 0,
                .body = {-1, 0, -1, -1, 0},
                .req_size = sizeof(api_DeleteWebhook_req),
                .res_size = sizeof(api_DeleteWebhook_res),
                .responses = api__responses_49,
                .nresponses = 5,
                .security = api__security_49,
                .nsecurity = 1,
                .call = api__call_49,
            },
};

static const cd_op_info api__op_info[50] = {
    {"Login", "POST", "/api/users/login", "User and Authentication", 1048576, 1},
    {"CreateUser", "POST", "/api/users", "User and Authentication", 1048576, 1},
    {"GetCurrentUser", "GET", "/api/user", "User and Authentication", 0, 0},
    {"UpdateCurrentUser", "PUT", "/api/user", "User and Authentication", 1048576, 1},
    {"GetProfileByUsername", "GET", "/api/profiles/{username}", "Profile", 0, 0},
    {"FollowUserByUsername", "POST", "/api/profiles/{username}/follow", "Profile", 0, 0},
    {"UnfollowUserByUsername", "DELETE", "/api/profiles/{username}/follow", "Profile", 0, 0},
    {"GetArticlesFeed", "GET", "/api/articles/feed", "Articles", 0, 0},
    {"GetArticles", "GET", "/api/articles", "Articles", 0, 0},
    {"CreateArticle", "POST", "/api/articles", "Articles", 1048576, 0},
    {"GetArticle", "GET", "/api/articles/{slug}", "Articles", 0, 0},
    {"UpdateArticle", "PUT", "/api/articles/{slug}", "Articles", 1048576, 0},
    {"DeleteArticle", "DELETE", "/api/articles/{slug}", "Articles", 0, 0},
    {"GetArticleComments", "GET", "/api/articles/{slug}/comments", "Comments", 0, 0},
    {"CreateArticleComment", "POST", "/api/articles/{slug}/comments", "Comments", 1048576, 0},
    {"DeleteArticleComment", "DELETE", "/api/articles/{slug}/comments/{id}", "Comments", 0, 0},
    {"GetArticleComment", "GET", "/api/articles/{slug}/comments/{id}", "Comments", 0, 0},
    {"UpdateArticleComment", "PUT", "/api/articles/{slug}/comments/{id}", "Comments", 247808, 0},
    {"CreateArticleFavorite", "POST", "/api/articles/{slug}/favorite", "Favorites", 0, 0},
    {"DeleteArticleFavorite", "DELETE", "/api/articles/{slug}/favorite", "Favorites", 0, 0},
    {"GetTags", "GET", "/api/tags", "Tags", 0, 0},
    {"RefreshSession", "POST", "/api/users/refresh", "Accounts", 5120, 0},
    {"Logout", "POST", "/api/users/logout", "Accounts", 0, 0},
    {"ChangePassword", "PUT", "/api/user/password", "Accounts", 9216, 1},
    {"RequestPasswordReset", "POST", "/api/users/password-reset", "Accounts", 5120, 0},
    {"ConfirmPasswordReset", "POST", "/api/users/password-reset/confirm", "Accounts", 9216, 1},
    {"ListApiKeys", "GET", "/api/user/api-keys", "Accounts", 0, 0},
    {"CreateApiKey", "POST", "/api/user/api-keys", "Accounts", 3072, 0},
    {"DeleteApiKey", "DELETE", "/api/user/api-keys/{id}", "Accounts", 0, 0},
    {"ListFollowers", "GET", "/api/profiles/{username}/followers", "Profile", 0, 0},
    {"ListFollowing", "GET", "/api/profiles/{username}/following", "Profile", 0, 0},
    {"SearchArticles", "GET", "/api/search/articles", "Discovery", 0, 0},
    {"GetTrendingArticles", "GET", "/api/articles/trending", "Discovery", 0, 0},
    {"GetPopularTags", "GET", "/api/tags/popular", "Discovery", 0, 0},
    {"ListArticleRevisions", "GET", "/api/articles/{slug}/revisions", "Articles", 0, 0},
    {"CreateBookmark", "POST", "/api/articles/{slug}/bookmark", "Bookmarks", 0, 0},
    {"DeleteBookmark", "DELETE", "/api/articles/{slug}/bookmark", "Bookmarks", 0, 0},
    {"ListBookmarks", "GET", "/api/user/bookmarks", "Bookmarks", 0, 0},
    {"ListNotifications", "GET", "/api/notifications", "Notifications", 0, 0},
    {"GetUnreadNotificationCount", "GET", "/api/notifications/unread-count", "Notifications", 0, 0},
    {"MarkNotificationRead", "POST", "/api/notifications/{id}/read", "Notifications", 0, 0},
    {"MarkAllNotificationsRead", "POST", "/api/notifications/read-all", "Notifications", 0, 0},
    {"CreateReport", "POST", "/api/articles/{slug}/reports", "Moderation", 31744, 0},
    {"AdminListReports", "GET", "/api/admin/reports", "Moderation", 0, 0},
    {"AdminUpdateReport", "PUT", "/api/admin/reports/{id}", "Moderation", 2048, 0},
    {"AdminListUsers", "GET", "/api/admin/users", "Moderation", 0, 0},
    {"AdminUpdateUser", "PUT", "/api/admin/users/{username}", "Moderation", 2048, 0},
    {"ListWebhooks", "GET", "/api/user/webhooks", "Webhooks", 0, 0},
    {"CreateWebhook", "POST", "/api/user/webhooks", "Webhooks", 32768, 0},
    {"DeleteWebhook", "DELETE", "/api/user/webhooks/{id}", "Webhooks", 0, 0},
};

static const cdg_spec api__spec = {
    .schemas = api__schemas,
    .nschemas = 215,
    .patterns = api__patterns,
    .npatterns = 3,
    .compiled = api__compiled,
    .values = api__values,
    .nvalues = 24,
    .value_objs = api__value_objs,
    .schemes = api__schemes,
    .nschemes = 2,
    .ops = api__ops,
    .infos = api__op_info,
    .nops = 50,
};

/* ---------------------------------------------------------------- entry points */

static pthread_once_t api__once = PTHREAD_ONCE_INIT;
static int api__init_rc;

static void api__init_once(void)
{
    api__init_rc = cdg_init(&api__spec);
}

int api_init(void)
{
    pthread_once(&api__once, api__init_once);
    return api__init_rc;
}

static int api__dispatch(cd_request *r, const cd_route *route)
{
    int rc = api_init();
    if (rc)
        return rc;
    return cdg_dispatch(&api__spec, r, route);
}

const cd_api api_conduit = {
    .title = "Conduit API",
    .version = "1.1.0",
    .ops = api__op_info,
    .nops = 50,
    .route = api__route,
    .dispatch = api__dispatch,
    .spec_json = api__spec_json,
    .spec_json_len = sizeof api__spec_json - 1,
    .spec_yaml = api__spec_yaml,
    .spec_yaml_len = sizeof api__spec_yaml - 1,
    .docs_html = api__docs_html,
    .docs_html_len = sizeof api__docs_html - 1,
};
