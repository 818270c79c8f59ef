/* generated from openapi.yaml by codegen — do not edit */
/* generated/api_handlers.h — the typed seam between generated dispatch and handlers/.
 *
 * Conduit API 1.1.0 (50 operations). Naming rules:
 *   - one struct per named schema: api_<SchemaName>; inline schemas are named after where they
 *     are defined: api_<Parent>_<property>, api_<Parent>_<property>_item, api_<opId>_body,
 *     api_<opId>_<status>, or the components/requestBodies|responses name;
 *   - members keep the JSON property names (characters outside [A-Za-z0-9_] become '_', C
 *     keywords get a trailing '_');
 *   - an optional or nullable member `x` has a companion `api_presence has_x` (API_ABSENT /
 *     API_NULL / API_VALUE); defaults from the spec are folded in (has_x == API_VALUE);
 *   - arrays are `T *x` + `size_t x_count`; strings are `const char *` (NUL-terminated UTF-8);
 *     values with no single C type are `const char *` raw JSON text;
 *   - string enums are C enums `API_<TYPE>_<VALUE>` with `api_<Type>_names[]` string tables.
 *
 * Handler contract: fill `out` and return 0 — set out->status to a declared status and the
 * matching out->body_<status> (statuses without a JSON body send none); or return
 * cd_req_fail()/cd_req_error() (CD_E_RESPONDED); or a negative CD_E_* code (mapped by the
 * runtime). Everything in `in` is owned by the request (arena / parsed body) and valid until the
 * handler returns; everything handlers allocate goes to r->arena. Handlers never free.
 */
#ifndef API_HANDLERS_H
#define API_HANDLERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "api.h"
#include "cdg_engine.h"
#include "request.h"

extern const cd_api api_conduit;

/* Compiles patterns and parses spec values once (thread-safe); dispatch calls it lazily, main
 * may call it at start-up to fail fast. 0 or CD_E_INTERNAL. */
int api_init(void);

/* Operations still answered by the generated 501 stub (no handle_<operationId> linked in):
 * writes up to max operationIds to ids and returns how many there are. For a start-up log. */
size_t api_missing_operations(const char **ids, size_t max);

/* ---------------------------------------------------------------- enums */

/* /components/schemas/NotificationKind */
typedef enum api_NotificationKind {
    API_NOTIFICATIONKIND_FOLLOW = 0,   /* follow */
    API_NOTIFICATIONKIND_COMMENT = 1,  /* comment */
    API_NOTIFICATIONKIND_FAVORITE = 2, /* favorite */
} api_NotificationKind;
_Static_assert(sizeof(api_NotificationKind) == sizeof(int), "enums are stored as int");
extern const char *const api_NotificationKind_names[3];

/* /components/schemas/ReportReason */
typedef enum api_ReportReason {
    API_REPORTREASON_SPAM = 0,      /* spam */
    API_REPORTREASON_ABUSE = 1,     /* abuse */
    API_REPORTREASON_OFF_TOPIC = 2, /* off_topic */
    API_REPORTREASON_COPYRIGHT = 3, /* copyright */
    API_REPORTREASON_OTHER = 4,     /* other */
} api_ReportReason;
_Static_assert(sizeof(api_ReportReason) == sizeof(int), "enums are stored as int");
extern const char *const api_ReportReason_names[5];

/* /components/schemas/ReportStatus */
typedef enum api_ReportStatus {
    API_REPORTSTATUS_OPEN = 0,      /* open */
    API_REPORTSTATUS_DISMISSED = 1, /* dismissed */
    API_REPORTSTATUS_ACTIONED = 2,  /* actioned */
} api_ReportStatus;
_Static_assert(sizeof(api_ReportStatus) == sizeof(int), "enums are stored as int");
extern const char *const api_ReportStatus_names[3];

/* /components/schemas/UpdateReportRequest/properties/report/properties/status */
typedef enum api_UpdateReportRequest_report_status {
    API_UPDATEREPORTREQUEST_REPORT_STATUS_DISMISSED = 0, /* dismissed */
    API_UPDATEREPORTREQUEST_REPORT_STATUS_ACTIONED = 1,  /* actioned */
} api_UpdateReportRequest_report_status;
_Static_assert(sizeof(api_UpdateReportRequest_report_status) == sizeof(int),
               "enums are stored as int");
extern const char *const api_UpdateReportRequest_report_status_names[2];

/* /components/schemas/Role */
typedef enum api_Role {
    API_ROLE_USER = 0,      /* user */
    API_ROLE_MODERATOR = 1, /* moderator */
    API_ROLE_ADMIN = 2,     /* admin */
} api_Role;
_Static_assert(sizeof(api_Role) == sizeof(int), "enums are stored as int");
extern const char *const api_Role_names[3];

/* /components/schemas/WebhookEvent */
typedef enum api_WebhookEvent {
    API_WEBHOOKEVENT_FOLLOW = 0,   /* follow */
    API_WEBHOOKEVENT_COMMENT = 1,  /* comment */
    API_WEBHOOKEVENT_FAVORITE = 2, /* favorite */
} api_WebhookEvent;
_Static_assert(sizeof(api_WebhookEvent) == sizeof(int), "enums are stored as int");
extern const char *const api_WebhookEvent_names[3];

/* ---------------------------------------------------------------- models */

typedef struct api_LoginUser api_LoginUser;
typedef struct api_LoginUserRequest api_LoginUserRequest;
typedef struct api_User api_User;
typedef struct api_UserResponse api_UserResponse;
typedef struct api_GenericErrorModel_errors api_GenericErrorModel_errors;
typedef struct api_GenericErrorModel api_GenericErrorModel;
typedef struct api_NewUser api_NewUser;
typedef struct api_NewUserRequest api_NewUserRequest;
typedef struct api_UpdateUser api_UpdateUser;
typedef struct api_UpdateUserRequest api_UpdateUserRequest;
typedef struct api_Profile api_Profile;
typedef struct api_ProfileResponse api_ProfileResponse;
typedef struct api_MultipleArticlesResponse api_MultipleArticlesResponse;
typedef struct api_ArticlePreview api_ArticlePreview;
typedef struct api_NewArticle api_NewArticle;
typedef struct api_NewArticleRequest api_NewArticleRequest;
typedef struct api_Article api_Article;
typedef struct api_SingleArticleResponse api_SingleArticleResponse;
typedef struct api_UpdateArticle api_UpdateArticle;
typedef struct api_UpdateArticleRequest api_UpdateArticleRequest;
typedef struct api_MultipleCommentsResponse api_MultipleCommentsResponse;
typedef struct api_Comment api_Comment;
typedef struct api_NewComment api_NewComment;
typedef struct api_NewCommentRequest api_NewCommentRequest;
typedef struct api_SingleCommentResponse api_SingleCommentResponse;
typedef struct api_UpdateCommentRequest api_UpdateCommentRequest;
typedef struct api_TagsResponse api_TagsResponse;
typedef struct api_RefreshRequest api_RefreshRequest;
typedef struct api_Session api_Session;
typedef struct api_ChangePasswordRequest_user api_ChangePasswordRequest_user;
typedef struct api_ChangePasswordRequest api_ChangePasswordRequest;
typedef struct api_PasswordResetRequest_user api_PasswordResetRequest_user;
typedef struct api_PasswordResetRequest api_PasswordResetRequest;
typedef struct api_PasswordResetConfirm_user api_PasswordResetConfirm_user;
typedef struct api_PasswordResetConfirm api_PasswordResetConfirm;
typedef struct api_ApiKeysResponse api_ApiKeysResponse;
typedef struct api_ApiKey api_ApiKey;
typedef struct api_NewApiKeyRequest_apiKey api_NewApiKeyRequest_apiKey;
typedef struct api_NewApiKeyRequest api_NewApiKeyRequest;
typedef struct api_ApiKeyResponse_apiKey api_ApiKeyResponse_apiKey;
typedef struct api_ApiKeyResponse api_ApiKeyResponse;
typedef struct api_MultipleProfilesResponse api_MultipleProfilesResponse;
typedef struct api_PopularTagsResponse api_PopularTagsResponse;
typedef struct api_PopularTag api_PopularTag;
typedef struct api_RevisionsResponse api_RevisionsResponse;
typedef struct api_Revision api_Revision;
typedef struct api_NotificationsResponse api_NotificationsResponse;
typedef struct api_Notification_article api_Notification_article;
typedef struct api_Notification api_Notification;
typedef struct api_UnreadCountResponse api_UnreadCountResponse;
typedef struct api_NewReportRequest_report api_NewReportRequest_report;
typedef struct api_NewReportRequest api_NewReportRequest;
typedef struct api_Report api_Report;
typedef struct api_ReportResponse api_ReportResponse;
typedef struct api_ReportsResponse api_ReportsResponse;
typedef struct api_UpdateReportRequest_report api_UpdateReportRequest_report;
typedef struct api_UpdateReportRequest api_UpdateReportRequest;
typedef struct api_AdminUsersResponse api_AdminUsersResponse;
typedef struct api_AdminUser api_AdminUser;
typedef struct api_AdminUpdateUserRequest_user api_AdminUpdateUserRequest_user;
typedef struct api_AdminUpdateUserRequest api_AdminUpdateUserRequest;
typedef struct api_AdminUserResponse api_AdminUserResponse;
typedef struct api_WebhooksResponse api_WebhooksResponse;
typedef struct api_Webhook api_Webhook;
typedef struct api_NewWebhookRequest_webhook api_NewWebhookRequest_webhook;
typedef struct api_NewWebhookRequest api_NewWebhookRequest;
typedef struct api_WebhookResponse_webhook api_WebhookResponse_webhook;
typedef struct api_WebhookResponse api_WebhookResponse;
typedef struct api_ApiKeyResponse_apiKey_allOf1 api_ApiKeyResponse_apiKey_allOf1;
typedef struct api_ArticleTarget api_ArticleTarget;
typedef struct api_CommentTarget api_CommentTarget;
typedef struct api_WebhookResponse_webhook_allOf1 api_WebhookResponse_webhook_allOf1;

/* /components/schemas/LoginUser */
struct api_LoginUser {
    const char *email;    /* "email", required */
    const char *password; /* "password", required, writeOnly: never serialized */
};

/* /components/requestBodies/LoginUserRequest/content/application~1json/schema */
struct api_LoginUserRequest {
    api_LoginUser user; /* "user", required */
};

/* /components/schemas/User */
struct api_User {
    const char *email;    /* "email", required */
    const char *token;    /* "token", required */
    const char *username; /* "username", required */
    const char *bio;      /* "bio", required */
    const char *image;    /* "image", required */
};

/* /components/responses/UserResponse/content/application~1json/schema */
struct api_UserResponse {
    api_User user; /* "user", required */
};

/* /components/schemas/GenericErrorModel/properties/errors */
struct api_GenericErrorModel_errors {
    const char **body; /* "body", required */
    size_t body_count;
};

/* /components/schemas/GenericErrorModel */
struct api_GenericErrorModel {
    api_GenericErrorModel_errors errors; /* "errors", required */
};

/* /components/schemas/NewUser */
struct api_NewUser {
    const char *username; /* "username", required */
    const char *email;    /* "email", required */
    const char *password; /* "password", required, writeOnly: never serialized */
};

/* /components/requestBodies/NewUserRequest/content/application~1json/schema */
struct api_NewUserRequest {
    api_NewUser user; /* "user", required */
};

/* /components/schemas/UpdateUser */
struct api_UpdateUser {
    api_presence has_email;
    const char *email; /* "email", optional */
    api_presence has_password;
    const char *password; /* "password", optional, writeOnly: never serialized */
    api_presence has_currentPassword;
    const char *currentPassword; /* "currentPassword", optional, writeOnly: never serialized */
    api_presence has_username;
    const char *username; /* "username", optional */
    api_presence has_bio;
    const char *bio; /* "bio", optional, nullable */
    api_presence has_image;
    const char *image; /* "image", optional, nullable */
};

/* /components/requestBodies/UpdateUserRequest/content/application~1json/schema */
struct api_UpdateUserRequest {
    api_UpdateUser user; /* "user", required */
};

/* /components/schemas/Profile */
struct api_Profile {
    const char *username; /* "username", required */
    const char *bio;      /* "bio", required */
    const char *image;    /* "image", required */
    bool following;       /* "following", required */
};

/* /components/responses/ProfileResponse/content/application~1json/schema */
struct api_ProfileResponse {
    api_Profile profile; /* "profile", required */
};

/* /components/responses/MultipleArticlesResponse/content/application~1json/schema */
struct api_MultipleArticlesResponse {
    api_ArticlePreview *articles; /* "articles", required */
    size_t articles_count;
    int64_t articlesCount; /* "articlesCount", required */
};

/* /components/schemas/ArticlePreview */
struct api_ArticlePreview {
    const char *slug;        /* "slug", required */
    const char *title;       /* "title", required */
    const char *description; /* "description", required */
    const char **tagList;    /* "tagList", required */
    size_t tagList_count;
    const char *createdAt;  /* "createdAt", required */
    const char *updatedAt;  /* "updatedAt", required */
    bool favorited;         /* "favorited", required */
    int64_t favoritesCount; /* "favoritesCount", required */
    api_Profile author;     /* "author", required */
};

/* /components/schemas/NewArticle */
struct api_NewArticle {
    const char *title;       /* "title", required */
    const char *description; /* "description", required */
    const char *body;        /* "body", required */
    api_presence has_tagList;
    const char **tagList; /* "tagList", optional */
    size_t tagList_count;
};

/* /components/requestBodies/NewArticleRequest/content/application~1json/schema */
struct api_NewArticleRequest {
    api_NewArticle article; /* "article", required */
};

/* /components/schemas/Article */
struct api_Article {
    const char *slug;        /* "slug", required */
    const char *title;       /* "title", required */
    const char *description; /* "description", required */
    const char *body;        /* "body", required */
    const char **tagList;    /* "tagList", required */
    size_t tagList_count;
    const char *createdAt;  /* "createdAt", required */
    const char *updatedAt;  /* "updatedAt", required */
    bool favorited;         /* "favorited", required */
    int64_t favoritesCount; /* "favoritesCount", required */
    api_Profile author;     /* "author", required */
};

/* /components/responses/SingleArticleResponse/content/application~1json/schema */
struct api_SingleArticleResponse {
    api_Article article; /* "article", required */
};

/* /components/schemas/UpdateArticle */
struct api_UpdateArticle {
    api_presence has_title;
    const char *title; /* "title", optional */
    api_presence has_description;
    const char *description; /* "description", optional */
    api_presence has_body;
    const char *body; /* "body", optional */
    api_presence has_tagList;
    const char **tagList; /* "tagList", optional */
    size_t tagList_count;
};

/* /components/requestBodies/UpdateArticleRequest/content/application~1json/schema */
struct api_UpdateArticleRequest {
    api_UpdateArticle article; /* "article", required */
};

/* /components/responses/MultipleCommentsResponse/content/application~1json/schema */
struct api_MultipleCommentsResponse {
    api_Comment *comments; /* "comments", required */
    size_t comments_count;
};

/* /components/schemas/Comment */
struct api_Comment {
    int64_t id;            /* "id", required */
    const char *createdAt; /* "createdAt", required */
    const char *updatedAt; /* "updatedAt", required */
    const char *body;      /* "body", required */
    api_Profile author;    /* "author", required */
};

/* /components/schemas/NewComment */
struct api_NewComment {
    const char *body; /* "body", required */
};

/* /components/requestBodies/NewCommentRequest/content/application~1json/schema */
struct api_NewCommentRequest {
    api_NewComment comment; /* "comment", required */
};

/* /components/responses/SingleCommentResponse/content/application~1json/schema */
struct api_SingleCommentResponse {
    api_Comment comment; /* "comment", required */
};

/* /components/schemas/UpdateCommentRequest */
struct api_UpdateCommentRequest {
    api_NewComment comment; /* "comment", required */
};

/* /components/responses/TagsResponse/content/application~1json/schema */
struct api_TagsResponse {
    const char **tags; /* "tags", required */
    size_t tags_count;
};

/* /components/schemas/RefreshRequest */
struct api_RefreshRequest {
    api_presence has_refreshToken;
    const char *refreshToken; /* "refreshToken", optional */
};

/* /components/schemas/Session */
struct api_Session {
    api_User user;            /* "user", required */
    const char *refreshToken; /* "refreshToken", required */
};

/* /components/schemas/ChangePasswordRequest/properties/user */
struct api_ChangePasswordRequest_user {
    const char *currentPassword; /* "currentPassword", required, writeOnly: never serialized */
    const char *newPassword;     /* "newPassword", required, writeOnly: never serialized */
};

/* /components/schemas/ChangePasswordRequest */
struct api_ChangePasswordRequest {
    api_ChangePasswordRequest_user user; /* "user", required */
};

/* /components/schemas/PasswordResetRequest/properties/user */
struct api_PasswordResetRequest_user {
    const char *email; /* "email", required */
};

/* /components/schemas/PasswordResetRequest */
struct api_PasswordResetRequest {
    api_PasswordResetRequest_user user; /* "user", required */
};

/* /components/schemas/PasswordResetConfirm/properties/user */
struct api_PasswordResetConfirm_user {
    const char *token;       /* "token", required */
    const char *newPassword; /* "newPassword", required, writeOnly: never serialized */
};

/* /components/schemas/PasswordResetConfirm */
struct api_PasswordResetConfirm {
    api_PasswordResetConfirm_user user; /* "user", required */
};

/* /components/responses/ApiKeysResponse/content/application~1json/schema */
struct api_ApiKeysResponse {
    api_ApiKey *apiKeys; /* "apiKeys", required */
    size_t apiKeys_count;
};

/* /components/schemas/ApiKey */
struct api_ApiKey {
    int64_t id;            /* "id", required, readOnly */
    const char *name;      /* "name", required */
    const char *prefix;    /* "prefix", required, readOnly */
    const char *createdAt; /* "createdAt", required, readOnly */
    api_presence has_lastUsedAt;
    const char *lastUsedAt; /* "lastUsedAt", required, nullable, readOnly */
    api_presence has_secret;
    const char *secret; /* "secret", optional, readOnly */
};

/* /components/schemas/NewApiKeyRequest/properties/apiKey */
struct api_NewApiKeyRequest_apiKey {
    const char *name; /* "name", required */
};

/* /components/schemas/NewApiKeyRequest */
struct api_NewApiKeyRequest {
    api_NewApiKeyRequest_apiKey apiKey; /* "apiKey", required */
};

/* /components/responses/ApiKeyResponse/content/application~1json/schema/properties/apiKey */
struct api_ApiKeyResponse_apiKey {
    int64_t id;            /* "id", required, readOnly */
    const char *name;      /* "name", required */
    const char *prefix;    /* "prefix", required, readOnly */
    const char *createdAt; /* "createdAt", required, readOnly */
    api_presence has_lastUsedAt;
    const char *lastUsedAt; /* "lastUsedAt", required, nullable, readOnly */
    const char *secret;     /* "secret", required, readOnly */
};

/* /components/responses/ApiKeyResponse/content/application~1json/schema */
struct api_ApiKeyResponse {
    api_ApiKeyResponse_apiKey apiKey; /* "apiKey", required */
};

/* /components/responses/MultipleProfilesResponse/content/application~1json/schema */
struct api_MultipleProfilesResponse {
    api_Profile *profiles; /* "profiles", required */
    size_t profiles_count;
    int64_t profilesCount; /* "profilesCount", required */
};

/* /components/responses/PopularTagsResponse/content/application~1json/schema */
struct api_PopularTagsResponse {
    api_PopularTag *tags; /* "tags", required */
    size_t tags_count;
};

/* /components/schemas/PopularTag */
struct api_PopularTag {
    const char *tag;       /* "tag", required */
    int64_t articlesCount; /* "articlesCount", required */
};

/* /components/responses/RevisionsResponse/content/application~1json/schema */
struct api_RevisionsResponse {
    api_Revision *revisions; /* "revisions", required */
    size_t revisions_count;
    int64_t revisionsCount; /* "revisionsCount", required */
};

/* /components/schemas/Revision */
struct api_Revision {
    int64_t revision;        /* "revision", required */
    const char *slug;        /* "slug", required */
    const char *title;       /* "title", required */
    const char *description; /* "description", required */
    const char *body;        /* "body", required */
    const char **tagList;    /* "tagList", required */
    size_t tagList_count;
    const char *createdAt;  /* "createdAt", required */
    const char *replacedAt; /* "replacedAt", required */
};

/* /components/responses/NotificationsResponse/content/application~1json/schema */
struct api_NotificationsResponse {
    api_Notification *notifications; /* "notifications", required */
    size_t notifications_count;
    int64_t notificationsCount; /* "notificationsCount", required */
    int64_t unreadCount;        /* "unreadCount", required */
};

/* /components/schemas/Notification/properties/article */
struct api_Notification_article {
    const char *slug;  /* "slug", required */
    const char *title; /* "title", required */
};

/* /components/schemas/Notification */
struct api_Notification {
    int64_t id;                /* "id", required */
    api_NotificationKind kind; /* "kind", required */
    api_Profile actor;         /* "actor", required */
    api_presence has_article;
    api_Notification_article article; /* "article", required, nullable */
    api_presence has_commentId;
    int64_t commentId;     /* "commentId", required, nullable */
    const char *createdAt; /* "createdAt", required */
    bool read;             /* "read", required */
};

/* /components/responses/UnreadCountResponse/content/application~1json/schema */
struct api_UnreadCountResponse {
    int64_t unreadCount; /* "unreadCount", required */
};

/* /components/schemas/NewReportRequest/properties/report */
struct api_NewReportRequest_report {
    const char *target;      /* "target", required, raw JSON text */
    api_ReportReason reason; /* "reason", required */
    api_presence has_details;
    const char *details; /* "details", optional */
};

/* /components/schemas/NewReportRequest */
struct api_NewReportRequest {
    api_NewReportRequest_report report; /* "report", required */
};

/* /components/schemas/Report */
struct api_Report {
    int64_t id;          /* "id", required */
    const char *article; /* "article", required */
    api_presence has_commentId;
    int64_t commentId;       /* "commentId", required, nullable */
    api_ReportReason reason; /* "reason", required */
    const char *details;     /* "details", required */
    api_ReportStatus status; /* "status", required */
    const char *reporter;    /* "reporter", required */
    const char *createdAt;   /* "createdAt", required */
    api_presence has_resolvedAt;
    const char *resolvedAt; /* "resolvedAt", required, nullable */
};

/* /components/responses/ReportResponse/content/application~1json/schema */
struct api_ReportResponse {
    api_Report report; /* "report", required */
};

/* /components/responses/ReportsResponse/content/application~1json/schema */
struct api_ReportsResponse {
    api_Report *reports; /* "reports", required */
    size_t reports_count;
    int64_t reportsCount; /* "reportsCount", required */
};

/* /components/schemas/UpdateReportRequest/properties/report */
struct api_UpdateReportRequest_report {
    api_UpdateReportRequest_report_status status; /* "status", required */
};

/* /components/schemas/UpdateReportRequest */
struct api_UpdateReportRequest {
    api_UpdateReportRequest_report report; /* "report", required */
};

/* /components/responses/AdminUsersResponse/content/application~1json/schema */
struct api_AdminUsersResponse {
    api_AdminUser *users; /* "users", required */
    size_t users_count;
    int64_t usersCount; /* "usersCount", required */
};

/* /components/schemas/AdminUser */
struct api_AdminUser {
    const char *username;  /* "username", required */
    const char *email;     /* "email", required */
    const char *bio;       /* "bio", required */
    const char *image;     /* "image", required */
    api_Role role;         /* "role", required */
    bool banned;           /* "banned", required */
    const char *createdAt; /* "createdAt", required */
};

/* /components/schemas/AdminUpdateUserRequest/properties/user */
struct api_AdminUpdateUserRequest_user {
    api_presence has_role;
    api_Role role; /* "role", optional */
    api_presence has_banned;
    bool banned; /* "banned", optional */
};

/* /components/schemas/AdminUpdateUserRequest */
struct api_AdminUpdateUserRequest {
    api_AdminUpdateUserRequest_user user; /* "user", required */
};

/* /components/responses/AdminUserResponse/content/application~1json/schema */
struct api_AdminUserResponse {
    api_AdminUser user; /* "user", required */
};

/* /components/responses/WebhooksResponse/content/application~1json/schema */
struct api_WebhooksResponse {
    api_Webhook *webhooks; /* "webhooks", required */
    size_t webhooks_count;
};

/* /components/schemas/Webhook */
struct api_Webhook {
    int64_t id;               /* "id", required */
    const char *url;          /* "url", required */
    api_WebhookEvent *events; /* "events", required */
    size_t events_count;
    const char *createdAt; /* "createdAt", required */
    api_presence has_secret;
    const char *secret; /* "secret", optional, readOnly */
};

/* /components/schemas/NewWebhookRequest/properties/webhook */
struct api_NewWebhookRequest_webhook {
    const char *url;          /* "url", required */
    api_WebhookEvent *events; /* "events", required */
    size_t events_count;
};

/* /components/schemas/NewWebhookRequest */
struct api_NewWebhookRequest {
    api_NewWebhookRequest_webhook webhook; /* "webhook", required */
};

/* /components/responses/WebhookResponse/content/application~1json/schema/properties/webhook */
struct api_WebhookResponse_webhook {
    int64_t id;               /* "id", required */
    const char *url;          /* "url", required */
    api_WebhookEvent *events; /* "events", required */
    size_t events_count;
    const char *createdAt; /* "createdAt", required */
    const char *secret;    /* "secret", required, readOnly */
};

/* /components/responses/WebhookResponse/content/application~1json/schema */
struct api_WebhookResponse {
    api_WebhookResponse_webhook webhook; /* "webhook", required */
};

/* /components/responses/ApiKeyResponse/content/application~1json/schema/properties/apiKey/allOf/1
 */
struct api_ApiKeyResponse_apiKey_allOf1 {
    const char *secret; /* "secret", required, raw JSON text */
};

/* /components/schemas/ArticleTarget */
struct api_ArticleTarget {
    const char *type; /* "type", required */
};

/* /components/schemas/CommentTarget */
struct api_CommentTarget {
    const char *type;  /* "type", required */
    int64_t commentId; /* "commentId", required */
};

/* /components/responses/WebhookResponse/content/application~1json/schema/properties/webhook/allOf/1
 */
struct api_WebhookResponse_webhook_allOf1 {
    const char *secret; /* "secret", required, raw JSON text */
};

/* ---------------------------------------------------------------- operations */

/* POST /api/users/login — Login */
typedef struct api_Login_req {
    api_LoginUserRequest body; /* request body (application/json) */
} api_Login_req;

typedef struct api_Login_res {
    int status;                /* one of: 200 400 401 408 413 414 415 422 429 431 501 503 505 */
    api_UserResponse body_200; /* 200: User */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel body_429; /* 429: Too many attempts from this client; retry after the
                                       number of seconds in Retry-After */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_Login_res;

/* POST /api/users — CreateUser */
typedef struct api_CreateUser_req {
    api_NewUserRequest body; /* request body (application/json) */
} api_CreateUser_req;

typedef struct api_CreateUser_res {
    int status;                /* one of: 201 400 408 413 414 415 422 429 431 501 503 505 */
    api_UserResponse body_201; /* 201: User */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel body_429; /* 429: Too many attempts from this client; retry after the
                                       number of seconds in Retry-After */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_CreateUser_res;

/* GET /api/user — GetCurrentUser */
typedef struct api_GetCurrentUser_req {
    char unused_; /* no parameters, no body */
} api_GetCurrentUser_req;

typedef struct api_GetCurrentUser_res {
    int status;                /* one of: 200 400 401 408 413 414 422 431 501 503 505 */
    api_UserResponse body_200; /* 200: User */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetCurrentUser_res;

/* PUT /api/user — UpdateCurrentUser */
typedef struct api_UpdateCurrentUser_req {
    api_UpdateUserRequest body; /* request body (application/json) */
} api_UpdateCurrentUser_req;

typedef struct api_UpdateCurrentUser_res {
    int status;                /* one of: 200 400 401 403 408 413 414 415 422 431 501 503 505 */
    api_UserResponse body_200; /* 200: User */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_UpdateCurrentUser_res;

/* GET /api/profiles/{username} — GetProfileByUsername */
typedef struct api_GetProfileByUsername_req {
    const char *username; /* path username */
} api_GetProfileByUsername_req;

typedef struct api_GetProfileByUsername_res {
    int status;                   /* one of: 200 400 401 404 408 413 414 422 431 501 503 505 */
    api_ProfileResponse body_200; /* 200: Profile */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetProfileByUsername_res;

/* POST /api/profiles/{username}/follow — FollowUserByUsername */
typedef struct api_FollowUserByUsername_req {
    const char *username; /* path username */
} api_FollowUserByUsername_req;

typedef struct api_FollowUserByUsername_res {
    int status;                   /* one of: 200 400 401 403 404 408 413 414 422 431 501 503 505 */
    api_ProfileResponse body_200; /* 200: Profile */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_FollowUserByUsername_res;

/* DELETE /api/profiles/{username}/follow — UnfollowUserByUsername */
typedef struct api_UnfollowUserByUsername_req {
    const char *username; /* path username */
} api_UnfollowUserByUsername_req;

typedef struct api_UnfollowUserByUsername_res {
    int status;                   /* one of: 200 400 401 403 404 408 413 414 422 431 501 503 505 */
    api_ProfileResponse body_200; /* 200: Profile */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_UnfollowUserByUsername_res;

/* GET /api/articles/feed — GetArticlesFeed */
typedef struct api_GetArticlesFeed_req {
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_GetArticlesFeed_req;

typedef struct api_GetArticlesFeed_res {
    int status;                            /* one of: 200 400 401 408 413 414 422 431 501 503 505 */
    api_MultipleArticlesResponse body_200; /* 200: Multiple articles */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetArticlesFeed_res;

/* GET /api/articles — GetArticles */
typedef struct api_GetArticles_req {
    api_presence has_tag;
    const char *tag; /* query tag, optional */
    api_presence has_author;
    const char *author; /* query author, optional */
    api_presence has_favorited;
    const char *favorited; /* query favorited, optional */
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_GetArticles_req;

typedef struct api_GetArticles_res {
    int status;                            /* one of: 200 400 401 408 413 414 422 431 501 503 505 */
    api_MultipleArticlesResponse body_200; /* 200: Multiple articles */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetArticles_res;

/* POST /api/articles — CreateArticle */
typedef struct api_CreateArticle_req {
    api_NewArticleRequest body; /* request body (application/json) */
} api_CreateArticle_req;

typedef struct api_CreateArticle_res {
    int status; /* one of: 201 400 401 403 408 413 414 415 422 431 501 503 505 */
    api_SingleArticleResponse body_201; /* 201: Single article */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_CreateArticle_res;

/* GET /api/articles/{slug} — GetArticle */
typedef struct api_GetArticle_req {
    const char *slug; /* path slug */
} api_GetArticle_req;

typedef struct api_GetArticle_res {
    int status; /* one of: 200 400 401 404 408 413 414 422 431 501 503 505 */
    api_SingleArticleResponse body_200; /* 200: Single article */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetArticle_res;

/* PUT /api/articles/{slug} — UpdateArticle */
typedef struct api_UpdateArticle_req {
    const char *slug;              /* path slug */
    api_UpdateArticleRequest body; /* request body (application/json) */
} api_UpdateArticle_req;

typedef struct api_UpdateArticle_res {
    int status; /* one of: 200 400 401 403 404 408 413 414 415 422 431 501 503 505 */
    api_SingleArticleResponse body_200; /* 200: Single article */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_UpdateArticle_res;

/* DELETE /api/articles/{slug} — DeleteArticle */
typedef struct api_DeleteArticle_req {
    const char *slug; /* path slug */
} api_DeleteArticle_req;

typedef struct api_DeleteArticle_res {
    int status; /* one of: 204 400 401 403 404 408 413 414 422 431 501 503 505 */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_DeleteArticle_res;

/* GET /api/articles/{slug}/comments — GetArticleComments */
typedef struct api_GetArticleComments_req {
    const char *slug; /* path slug */
} api_GetArticleComments_req;

typedef struct api_GetArticleComments_res {
    int status; /* one of: 200 400 401 404 408 413 414 422 431 501 503 505 */
    api_MultipleCommentsResponse body_200; /* 200: Multiple comments */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetArticleComments_res;

/* POST /api/articles/{slug}/comments — CreateArticleComment */
typedef struct api_CreateArticleComment_req {
    const char *slug;           /* path slug */
    api_NewCommentRequest body; /* request body (application/json) */
} api_CreateArticleComment_req;

typedef struct api_CreateArticleComment_res {
    int status; /* one of: 200 400 401 403 404 408 413 414 415 422 431 501 503 505 */
    api_SingleCommentResponse body_200; /* 200: Single comment */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_CreateArticleComment_res;

/* DELETE /api/articles/{slug}/comments/{id} — DeleteArticleComment */
typedef struct api_DeleteArticleComment_req {
    const char *slug; /* path slug */
    int64_t id;       /* path id */
} api_DeleteArticleComment_req;

typedef struct api_DeleteArticleComment_res {
    int status; /* one of: 204 400 401 403 404 408 413 414 422 431 501 503 505 */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_DeleteArticleComment_res;

/* GET /api/articles/{slug}/comments/{id} — GetArticleComment */
typedef struct api_GetArticleComment_req {
    const char *slug; /* path slug */
    int64_t id;       /* path id */
} api_GetArticleComment_req;

typedef struct api_GetArticleComment_res {
    int status; /* one of: 200 400 401 404 408 413 414 422 431 501 503 505 */
    api_SingleCommentResponse body_200; /* 200: Single comment */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetArticleComment_res;

/* PUT /api/articles/{slug}/comments/{id} — UpdateArticleComment */
typedef struct api_UpdateArticleComment_req {
    const char *slug;              /* path slug */
    int64_t id;                    /* path id */
    api_UpdateCommentRequest body; /* request body (application/json) */
} api_UpdateArticleComment_req;

typedef struct api_UpdateArticleComment_res {
    int status; /* one of: 200 400 401 403 404 408 413 414 415 422 431 501 503 505 */
    api_SingleCommentResponse body_200; /* 200: Single comment */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_UpdateArticleComment_res;

/* POST /api/articles/{slug}/favorite — CreateArticleFavorite */
typedef struct api_CreateArticleFavorite_req {
    const char *slug; /* path slug */
} api_CreateArticleFavorite_req;

typedef struct api_CreateArticleFavorite_res {
    int status; /* one of: 200 400 401 403 404 408 413 414 422 431 501 503 505 */
    api_SingleArticleResponse body_200; /* 200: Single article */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_CreateArticleFavorite_res;

/* DELETE /api/articles/{slug}/favorite — DeleteArticleFavorite */
typedef struct api_DeleteArticleFavorite_req {
    const char *slug; /* path slug */
} api_DeleteArticleFavorite_req;

typedef struct api_DeleteArticleFavorite_res {
    int status; /* one of: 200 400 401 403 404 408 413 414 422 431 501 503 505 */
    api_SingleArticleResponse body_200; /* 200: Single article */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_DeleteArticleFavorite_res;

/* GET /api/tags — GetTags */
typedef struct api_GetTags_req {
    char unused_; /* no parameters, no body */
} api_GetTags_req;

typedef struct api_GetTags_res {
    int status;                /* one of: 200 400 408 413 414 422 431 501 503 505 */
    api_TagsResponse body_200; /* 200: Tags */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetTags_res;

/* POST /api/users/refresh — RefreshSession */
typedef struct api_RefreshSession_req {
    api_presence has_refresh_token;
    const char *refresh_token; /* cookie refresh_token, optional */
    api_presence has_body;
    api_RefreshRequest body; /* request body (application/json), optional */
} api_RefreshSession_req;

typedef struct api_RefreshSession_res {
    int status;           /* one of: 200 400 401 408 413 414 415 422 431 501 503 505 */
    api_Session body_200; /* 200: A new access token and refresh token */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_RefreshSession_res;

/* POST /api/users/logout — Logout */
typedef struct api_Logout_req {
    char unused_; /* no parameters, no body */
} api_Logout_req;

typedef struct api_Logout_res {
    int status; /* one of: 204 400 401 408 413 414 431 501 503 505 */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_Logout_res;

/* PUT /api/user/password — ChangePassword */
typedef struct api_ChangePassword_req {
    api_ChangePasswordRequest body; /* request body (application/json) */
} api_ChangePassword_req;

typedef struct api_ChangePassword_res {
    int status;                /* one of: 200 400 401 403 408 413 414 415 422 431 501 503 505 */
    api_UserResponse body_200; /* 200: User */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_ChangePassword_res;

/* POST /api/users/password-reset — RequestPasswordReset */
typedef struct api_RequestPasswordReset_req {
    api_PasswordResetRequest body; /* request body (application/json) */
} api_RequestPasswordReset_req;

typedef struct api_RequestPasswordReset_res {
    int status; /* one of: 202 400 408 413 414 415 422 429 431 501 503 505 */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel body_429; /* 429: Too many attempts from this client; retry after the
                                       number of seconds in Retry-After */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_RequestPasswordReset_res;

/* POST /api/users/password-reset/confirm — ConfirmPasswordReset */
typedef struct api_ConfirmPasswordReset_req {
    api_PasswordResetConfirm body; /* request body (application/json) */
} api_ConfirmPasswordReset_req;

typedef struct api_ConfirmPasswordReset_res {
    int status;                /* one of: 200 400 408 413 414 415 422 429 431 501 503 505 */
    api_UserResponse body_200; /* 200: User */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel body_429; /* 429: Too many attempts from this client; retry after the
                                       number of seconds in Retry-After */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_ConfirmPasswordReset_res;

/* GET /api/user/api-keys — ListApiKeys */
typedef struct api_ListApiKeys_req {
    char unused_; /* no parameters, no body */
} api_ListApiKeys_req;

typedef struct api_ListApiKeys_res {
    int status;                   /* one of: 200 400 401 408 413 414 431 501 503 505 */
    api_ApiKeysResponse body_200; /* 200: Your API keys */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_ListApiKeys_res;

/* POST /api/user/api-keys — CreateApiKey */
typedef struct api_CreateApiKey_req {
    api_NewApiKeyRequest body; /* request body (application/json) */
} api_CreateApiKey_req;

typedef struct api_CreateApiKey_res {
    int status;                  /* one of: 201 400 401 403 408 413 414 415 422 431 501 503 505 */
    api_ApiKeyResponse body_201; /* 201: The new key, with its secret (shown once) */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_CreateApiKey_res;

/* DELETE /api/user/api-keys/{id} — DeleteApiKey */
typedef struct api_DeleteApiKey_req {
    int64_t id; /* path id */
} api_DeleteApiKey_req;

typedef struct api_DeleteApiKey_res {
    int status; /* one of: 204 400 401 404 408 413 414 422 431 501 503 505 */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_DeleteApiKey_res;

/* GET /api/profiles/{username}/followers — ListFollowers */
typedef struct api_ListFollowers_req {
    const char *username; /* path username */
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_ListFollowers_req;

typedef struct api_ListFollowers_res {
    int status; /* one of: 200 400 401 404 408 413 414 422 431 501 503 505 */
    api_MultipleProfilesResponse body_200; /* 200: A page of profiles */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_ListFollowers_res;

/* GET /api/profiles/{username}/following — ListFollowing */
typedef struct api_ListFollowing_req {
    const char *username; /* path username */
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_ListFollowing_req;

typedef struct api_ListFollowing_res {
    int status; /* one of: 200 400 401 404 408 413 414 422 431 501 503 505 */
    api_MultipleProfilesResponse body_200; /* 200: A page of profiles */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_ListFollowing_res;

/* GET /api/search/articles — SearchArticles */
typedef struct api_SearchArticles_req {
    const char *q; /* query q */
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_SearchArticles_req;

typedef struct api_SearchArticles_res {
    int status;                            /* one of: 200 400 401 408 413 414 422 431 501 503 505 */
    api_MultipleArticlesResponse body_200; /* 200: Multiple articles */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_SearchArticles_res;

/* GET /api/articles/trending — GetTrendingArticles */
typedef struct api_GetTrendingArticles_req {
    api_presence has_days;
    int64_t days; /* query days, optional, default 7 */
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_GetTrendingArticles_req;

typedef struct api_GetTrendingArticles_res {
    int status;                            /* one of: 200 400 401 408 413 414 422 431 501 503 505 */
    api_MultipleArticlesResponse body_200; /* 200: Multiple articles */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetTrendingArticles_res;

/* GET /api/tags/popular — GetPopularTags */
typedef struct api_GetPopularTags_req {
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_GetPopularTags_req;

typedef struct api_GetPopularTags_res {
    int status;                       /* one of: 200 400 408 413 414 422 431 501 503 505 */
    api_PopularTagsResponse body_200; /* 200: Tags with article counts */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetPopularTags_res;

/* GET /api/articles/{slug}/revisions — ListArticleRevisions */
typedef struct api_ListArticleRevisions_req {
    const char *slug; /* path slug */
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_ListArticleRevisions_req;

typedef struct api_ListArticleRevisions_res {
    int status;                     /* one of: 200 400 401 404 408 413 414 422 431 501 503 505 */
    api_RevisionsResponse body_200; /* 200: Previous versions, newest first */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_ListArticleRevisions_res;

/* POST /api/articles/{slug}/bookmark — CreateBookmark */
typedef struct api_CreateBookmark_req {
    const char *slug; /* path slug */
} api_CreateBookmark_req;

typedef struct api_CreateBookmark_res {
    int status; /* one of: 204 400 401 403 404 408 413 414 422 431 501 503 505 */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_CreateBookmark_res;

/* DELETE /api/articles/{slug}/bookmark — DeleteBookmark */
typedef struct api_DeleteBookmark_req {
    const char *slug; /* path slug */
} api_DeleteBookmark_req;

typedef struct api_DeleteBookmark_res {
    int status; /* one of: 204 400 401 403 404 408 413 414 422 431 501 503 505 */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_DeleteBookmark_res;

/* GET /api/user/bookmarks — ListBookmarks */
typedef struct api_ListBookmarks_req {
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_ListBookmarks_req;

typedef struct api_ListBookmarks_res {
    int status;                            /* one of: 200 400 401 408 413 414 422 431 501 503 505 */
    api_MultipleArticlesResponse body_200; /* 200: Multiple articles */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_ListBookmarks_res;

/* GET /api/notifications — ListNotifications */
typedef struct api_ListNotifications_req {
    api_presence has_unread;
    bool unread; /* query unread, optional, default false */
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_ListNotifications_req;

typedef struct api_ListNotifications_res {
    int status;                         /* one of: 200 400 401 408 413 414 422 431 501 503 505 */
    api_NotificationsResponse body_200; /* 200: A page of notifications */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_ListNotifications_res;

/* GET /api/notifications/unread-count — GetUnreadNotificationCount */
typedef struct api_GetUnreadNotificationCount_req {
    char unused_; /* no parameters, no body */
} api_GetUnreadNotificationCount_req;

typedef struct api_GetUnreadNotificationCount_res {
    int status;                       /* one of: 200 400 401 408 413 414 431 501 503 505 */
    api_UnreadCountResponse body_200; /* 200: Unread notifications */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_GetUnreadNotificationCount_res;

/* POST /api/notifications/{id}/read — MarkNotificationRead */
typedef struct api_MarkNotificationRead_req {
    int64_t id; /* path id */
} api_MarkNotificationRead_req;

typedef struct api_MarkNotificationRead_res {
    int status; /* one of: 204 400 401 404 408 413 414 422 431 501 503 505 */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_MarkNotificationRead_res;

/* POST /api/notifications/read-all — MarkAllNotificationsRead */
typedef struct api_MarkAllNotificationsRead_req {
    char unused_; /* no parameters, no body */
} api_MarkAllNotificationsRead_req;

typedef struct api_MarkAllNotificationsRead_res {
    int status;                       /* one of: 200 400 401 408 413 414 431 501 503 505 */
    api_UnreadCountResponse body_200; /* 200: Unread notifications */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_MarkAllNotificationsRead_res;

/* POST /api/articles/{slug}/reports — CreateReport */
typedef struct api_CreateReport_req {
    const char *slug;          /* path slug */
    api_NewReportRequest body; /* request body (application/json) */
} api_CreateReport_req;

typedef struct api_CreateReport_res {
    int status; /* one of: 201 400 401 403 404 408 413 414 415 422 431 501 503 505 */
    api_ReportResponse body_201; /* 201: A report */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_CreateReport_res;

/* GET /api/admin/reports — AdminListReports */
typedef struct api_AdminListReports_req {
    api_presence has_status;
    api_ReportStatus status; /* query status, optional */
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_AdminListReports_req;

typedef struct api_AdminListReports_res {
    int status;                   /* one of: 200 400 401 403 408 413 414 422 431 501 503 505 */
    api_ReportsResponse body_200; /* 200: A page of reports */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_AdminListReports_res;

/* PUT /api/admin/reports/{id} — AdminUpdateReport */
typedef struct api_AdminUpdateReport_req {
    int64_t id;                   /* path id */
    api_UpdateReportRequest body; /* request body (application/json) */
} api_AdminUpdateReport_req;

typedef struct api_AdminUpdateReport_res {
    int status; /* one of: 200 400 401 403 404 408 413 414 415 422 431 501 503 505 */
    api_ReportResponse body_200; /* 200: A report */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_AdminUpdateReport_res;

/* GET /api/admin/users — AdminListUsers */
typedef struct api_AdminListUsers_req {
    api_presence has_role;
    api_Role role; /* query role, optional */
    api_presence has_banned;
    bool banned; /* query banned, optional */
    api_presence has_offset;
    int64_t offset; /* query offset, optional, default 0 */
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 20 */
} api_AdminListUsers_req;

typedef struct api_AdminListUsers_res {
    int status;                      /* one of: 200 400 401 403 408 413 414 422 431 501 503 505 */
    api_AdminUsersResponse body_200; /* 200: A page of users */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_AdminListUsers_res;

/* PUT /api/admin/users/{username} — AdminUpdateUser */
typedef struct api_AdminUpdateUser_req {
    const char *username;            /* path username */
    api_AdminUpdateUserRequest body; /* request body (application/json) */
} api_AdminUpdateUser_req;

typedef struct api_AdminUpdateUser_res {
    int status; /* one of: 200 400 401 403 404 408 413 414 415 422 431 501 503 505 */
    api_AdminUserResponse body_200; /* 200: A user as admins see it */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_AdminUpdateUser_res;

/* GET /api/user/webhooks — ListWebhooks */
typedef struct api_ListWebhooks_req {
    char unused_; /* no parameters, no body */
} api_ListWebhooks_req;

typedef struct api_ListWebhooks_res {
    int status;                    /* one of: 200 400 401 408 413 414 431 501 503 505 */
    api_WebhooksResponse body_200; /* 200: Your webhooks (without secrets) */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_ListWebhooks_res;

/* POST /api/user/webhooks — CreateWebhook */
typedef struct api_CreateWebhook_req {
    api_NewWebhookRequest body; /* request body (application/json) */
} api_CreateWebhook_req;

typedef struct api_CreateWebhook_res {
    int status;                   /* one of: 201 400 401 403 408 413 414 415 422 431 501 503 505 */
    api_WebhookResponse body_201; /* 201: The new webhook, with its signing secret (shown once) */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_403; /* 403: The resource belongs to another user */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel
        body_415; /* 415: The body is not JSON (Content-Type must be application/json) */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_CreateWebhook_res;

/* DELETE /api/user/webhooks/{id} — DeleteWebhook */
typedef struct api_DeleteWebhook_req {
    int64_t id; /* path id */
} api_DeleteWebhook_req;

typedef struct api_DeleteWebhook_res {
    int status; /* one of: 204 400 401 404 408 413 414 422 431 501 503 505 */
    api_GenericErrorModel
        body_400; /* 400: Malformed request: the body is not valid JSON, a parameter is repeated,
                     badly percent-encoded or not UTF-8, or the HTTP framing is invalid (RFC 9112:
                     conflicting or non-numeric Content-Length, Content-Length with
                     Transfer-Encoding, whitespace before a header colon, obsolete line folding, a
                     bare CR, an HTTP/1.1 request without exactly one Host). Framing errors close
                     the connection. */
    api_GenericErrorModel body_401; /* 401: Missing, malformed or invalid credentials */
    api_GenericErrorModel body_404; /* 404: No such resource */
    api_GenericErrorModel
        body_408; /* 408: The request line and headers did not arrive within CONDUIT_HEAD_TIMEOUT_MS
                     (10 s) of their first byte, or of the connection's accept for its first
                     request. The connection is closed. */
    api_GenericErrorModel body_413; /* 413: The body exceeds the operation's size limit */
    api_GenericErrorModel body_414; /* 414: The request target is longer than CONDUIT_MAX_URI_BYTES
                                       (4 KiB) or has more than CONDUIT_MAX_QUERY_PARAMS (32) query
                                       parameters. The connection is closed. */
    api_GenericErrorModel body_422; /* 422: Validation failed */
    api_GenericErrorModel
        body_431; /* 431: The request line and headers exceed CONDUIT_MAX_HEADER_BYTES (8 KiB), or
                     there are more than CONDUIT_MAX_HEADER_FIELDS (40) header fields or 16 cookies.
                     The connection is closed. */
    api_GenericErrorModel body_501; /* 501: A transfer coding other than chunked was used. The
                                       connection is closed. */
    api_GenericErrorModel body_503; /* 503: The server is overloaded (its request queue is full),
                                       draining for shutdown, or its database is unreachable; retry
                                       after the number of seconds in Retry-After. */
    api_GenericErrorModel body_505; /* 505: The request is not HTTP/1.0 or HTTP/1.1 (for example the
                                       HTTP/2 connection preface). The connection is closed. */
} api_DeleteWebhook_res;

/* ---------------------------------------------------------------- handlers, by tag */

/* Articles — handlers/articles.c */
/* GET /api/articles/feed — Get recent articles from users you follow (auth: required) */
int handle_GetArticlesFeed(cd_request *r, const api_GetArticlesFeed_req *in,
                           api_GetArticlesFeed_res *out);
/* GET /api/articles — Get recent articles globally (auth: optional) */
int handle_GetArticles(cd_request *r, const api_GetArticles_req *in, api_GetArticles_res *out);
/* POST /api/articles — Create an article (auth: required) */
int handle_CreateArticle(cd_request *r, const api_CreateArticle_req *in,
                         api_CreateArticle_res *out);
/* GET /api/articles/{slug} — Get an article (auth: optional) */
int handle_GetArticle(cd_request *r, const api_GetArticle_req *in, api_GetArticle_res *out);
/* PUT /api/articles/{slug} — Update an article (auth: required) */
int handle_UpdateArticle(cd_request *r, const api_UpdateArticle_req *in,
                         api_UpdateArticle_res *out);
/* DELETE /api/articles/{slug} — Delete an article (auth: required) */
int handle_DeleteArticle(cd_request *r, const api_DeleteArticle_req *in,
                         api_DeleteArticle_res *out);
/* GET /api/articles/{slug}/revisions — Previous versions of an article (auth: optional) */
int handle_ListArticleRevisions(cd_request *r, const api_ListArticleRevisions_req *in,
                                api_ListArticleRevisions_res *out);

/* Comments — handlers/comments.c */
/* GET /api/articles/{slug}/comments — Get comments for an article (auth: optional) */
int handle_GetArticleComments(cd_request *r, const api_GetArticleComments_req *in,
                              api_GetArticleComments_res *out);
/* POST /api/articles/{slug}/comments — Create a comment for an article (auth: required) */
int handle_CreateArticleComment(cd_request *r, const api_CreateArticleComment_req *in,
                                api_CreateArticleComment_res *out);
/* DELETE /api/articles/{slug}/comments/{id} — Delete a comment for an article (auth: required) */
int handle_DeleteArticleComment(cd_request *r, const api_DeleteArticleComment_req *in,
                                api_DeleteArticleComment_res *out);
/* GET /api/articles/{slug}/comments/{id} — Get one comment (auth: optional) */
int handle_GetArticleComment(cd_request *r, const api_GetArticleComment_req *in,
                             api_GetArticleComment_res *out);
/* PUT /api/articles/{slug}/comments/{id} — Edit a comment (author only) (auth: required) */
int handle_UpdateArticleComment(cd_request *r, const api_UpdateArticleComment_req *in,
                                api_UpdateArticleComment_res *out);

/* Favorites — handlers/favorites.c */
/* POST /api/articles/{slug}/favorite — Favorite an article (auth: required) */
int handle_CreateArticleFavorite(cd_request *r, const api_CreateArticleFavorite_req *in,
                                 api_CreateArticleFavorite_res *out);
/* DELETE /api/articles/{slug}/favorite — Unfavorite an article (auth: required) */
int handle_DeleteArticleFavorite(cd_request *r, const api_DeleteArticleFavorite_req *in,
                                 api_DeleteArticleFavorite_res *out);

/* Profile — handlers/profile.c */
/* GET /api/profiles/{username} — Get a profile (auth: optional) */
int handle_GetProfileByUsername(cd_request *r, const api_GetProfileByUsername_req *in,
                                api_GetProfileByUsername_res *out);
/* POST /api/profiles/{username}/follow — Follow a user (auth: required) */
int handle_FollowUserByUsername(cd_request *r, const api_FollowUserByUsername_req *in,
                                api_FollowUserByUsername_res *out);
/* DELETE /api/profiles/{username}/follow — Unfollow a user (auth: required) */
int handle_UnfollowUserByUsername(cd_request *r, const api_UnfollowUserByUsername_req *in,
                                  api_UnfollowUserByUsername_res *out);
/* GET /api/profiles/{username}/followers — Who follows a user (auth: optional) */
int handle_ListFollowers(cd_request *r, const api_ListFollowers_req *in,
                         api_ListFollowers_res *out);
/* GET /api/profiles/{username}/following — Whom a user follows (auth: optional) */
int handle_ListFollowing(cd_request *r, const api_ListFollowing_req *in,
                         api_ListFollowing_res *out);

/* Tags — handlers/tags.c */
/* GET /api/tags — Get tags (auth: none) */
int handle_GetTags(cd_request *r, const api_GetTags_req *in, api_GetTags_res *out);

/* User and Authentication — handlers/user_and_authentication.c */
/* POST /api/users/login — Existing user login (auth: none) */
int handle_Login(cd_request *r, const api_Login_req *in, api_Login_res *out);
/* POST /api/users — Register (auth: none) */
int handle_CreateUser(cd_request *r, const api_CreateUser_req *in, api_CreateUser_res *out);
/* GET /api/user — Get current user (auth: required) */
int handle_GetCurrentUser(cd_request *r, const api_GetCurrentUser_req *in,
                          api_GetCurrentUser_res *out);
/* PUT /api/user — Update current user (auth: required) */
int handle_UpdateCurrentUser(cd_request *r, const api_UpdateCurrentUser_req *in,
                             api_UpdateCurrentUser_res *out);

/* Accounts — handlers/accounts.c */
/* POST /api/users/refresh — Rotate a refresh token (auth: none) */
int handle_RefreshSession(cd_request *r, const api_RefreshSession_req *in,
                          api_RefreshSession_res *out);
/* POST /api/users/logout — Log out everywhere (auth: required) */
int handle_Logout(cd_request *r, const api_Logout_req *in, api_Logout_res *out);
/* PUT /api/user/password — Change password (auth: required) */
int handle_ChangePassword(cd_request *r, const api_ChangePassword_req *in,
                          api_ChangePassword_res *out);
/* POST /api/users/password-reset — Request a password reset (auth: none) */
int handle_RequestPasswordReset(cd_request *r, const api_RequestPasswordReset_req *in,
                                api_RequestPasswordReset_res *out);
/* POST /api/users/password-reset/confirm — Set a new password with a reset token (auth: none) */
int handle_ConfirmPasswordReset(cd_request *r, const api_ConfirmPasswordReset_req *in,
                                api_ConfirmPasswordReset_res *out);
/* GET /api/user/api-keys — List your API keys (auth: required) */
int handle_ListApiKeys(cd_request *r, const api_ListApiKeys_req *in, api_ListApiKeys_res *out);
/* POST /api/user/api-keys — Create an API key (auth: required) */
int handle_CreateApiKey(cd_request *r, const api_CreateApiKey_req *in, api_CreateApiKey_res *out);
/* DELETE /api/user/api-keys/{id} — Revoke an API key (auth: required) */
int handle_DeleteApiKey(cd_request *r, const api_DeleteApiKey_req *in, api_DeleteApiKey_res *out);

/* Discovery — handlers/discovery.c */
/* GET /api/search/articles — Full-text search over articles (auth: optional) */
int handle_SearchArticles(cd_request *r, const api_SearchArticles_req *in,
                          api_SearchArticles_res *out);
/* GET /api/articles/trending — Most favorited recently (auth: optional) */
int handle_GetTrendingArticles(cd_request *r, const api_GetTrendingArticles_req *in,
                               api_GetTrendingArticles_res *out);
/* GET /api/tags/popular — Tags with their article counts (auth: none) */
int handle_GetPopularTags(cd_request *r, const api_GetPopularTags_req *in,
                          api_GetPopularTags_res *out);

/* Bookmarks — handlers/bookmarks.c */
/* POST /api/articles/{slug}/bookmark — Bookmark an article (auth: required) */
int handle_CreateBookmark(cd_request *r, const api_CreateBookmark_req *in,
                          api_CreateBookmark_res *out);
/* DELETE /api/articles/{slug}/bookmark — Remove a bookmark (auth: required) */
int handle_DeleteBookmark(cd_request *r, const api_DeleteBookmark_req *in,
                          api_DeleteBookmark_res *out);
/* GET /api/user/bookmarks — Your bookmarked articles (auth: required) */
int handle_ListBookmarks(cd_request *r, const api_ListBookmarks_req *in,
                         api_ListBookmarks_res *out);

/* Notifications — handlers/notifications.c */
/* GET /api/notifications — Your notifications (auth: required) */
int handle_ListNotifications(cd_request *r, const api_ListNotifications_req *in,
                             api_ListNotifications_res *out);
/* GET /api/notifications/unread-count — How many notifications are unread (auth: required) */
int handle_GetUnreadNotificationCount(cd_request *r, const api_GetUnreadNotificationCount_req *in,
                                      api_GetUnreadNotificationCount_res *out);
/* POST /api/notifications/{id}/read — Mark one notification read (auth: required) */
int handle_MarkNotificationRead(cd_request *r, const api_MarkNotificationRead_req *in,
                                api_MarkNotificationRead_res *out);
/* POST /api/notifications/read-all — Mark every notification read (auth: required) */
int handle_MarkAllNotificationsRead(cd_request *r, const api_MarkAllNotificationsRead_req *in,
                                    api_MarkAllNotificationsRead_res *out);

/* Moderation — handlers/moderation.c */
/* POST /api/articles/{slug}/reports — Report an article or one of its comments (auth: required) */
int handle_CreateReport(cd_request *r, const api_CreateReport_req *in, api_CreateReport_res *out);
/* GET /api/admin/reports — Reports to review (admin or moderator) (auth: required) */
int handle_AdminListReports(cd_request *r, const api_AdminListReports_req *in,
                            api_AdminListReports_res *out);
/* PUT /api/admin/reports/{id} — Resolve a report (admin or moderator) (auth: required) */
int handle_AdminUpdateReport(cd_request *r, const api_AdminUpdateReport_req *in,
                             api_AdminUpdateReport_res *out);
/* GET /api/admin/users — List users (admin or moderator) (auth: required) */
int handle_AdminListUsers(cd_request *r, const api_AdminListUsers_req *in,
                          api_AdminListUsers_res *out);
/* PUT /api/admin/users/{username} — Change a user's role (admin) or ban state (admin or moderator)
 * (auth: required) */
int handle_AdminUpdateUser(cd_request *r, const api_AdminUpdateUser_req *in,
                           api_AdminUpdateUser_res *out);

/* Webhooks — handlers/webhooks.c */
/* GET /api/user/webhooks — List your webhooks (auth: required) */
int handle_ListWebhooks(cd_request *r, const api_ListWebhooks_req *in, api_ListWebhooks_res *out);
/* POST /api/user/webhooks — Register a webhook (auth: required) */
int handle_CreateWebhook(cd_request *r, const api_CreateWebhook_req *in,
                         api_CreateWebhook_res *out);
/* DELETE /api/user/webhooks/{id} — Delete a webhook (auth: required) */
int handle_DeleteWebhook(cd_request *r, const api_DeleteWebhook_req *in,
                         api_DeleteWebhook_res *out);

#endif
