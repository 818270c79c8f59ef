/* handlers/user_and_authentication.c — RealWorld registration, login and the current user.
 *
 * Password hashing is CPU-bound (PBKDF2, 600,000 iterations): these operations are marked
 * `x-conduit-pool: cpu` in the spec, so the runtime runs them on the CPU pool where they cannot
 * stall database-bound requests. Login and register also start a refresh-token session (cookie)
 * without changing RealWorld's response body.
 *
 * Usernames and e-mails are unique regardless of case (db/migrations/008): every comparison here
 * is lower(column) = lower($n), the expression the unique indexes are built on, so the lookups
 * use them. PUT /user changes a password only as PUT /user/password does (accounts.c).
 */
#include <string.h>
#include <strings.h>

#include "api_handlers.h"
#include "appdb.h"
#include "caller.h"
#include "auth.h"
#include "db.h"
#include "session.h"

#define USER_AND_AUTHENTICATION__COLUMNS                                                           \
    "id, username, email, bio, image, " APPDB_SQL_CUTOFF("users")

static const cd_stmt user_and_authentication__stmt_user_by_email =
    CD_STMT("user_and_authentication_user_by_email", 1,
            "SELECT " USER_AND_AUTHENTICATION__COLUMNS
            ", password_hash FROM users WHERE lower(email) = lower($1)");

static const cd_stmt user_and_authentication__stmt_password_hash = CD_STMT(
    "user_and_authentication_password_hash", 1, "SELECT password_hash FROM users WHERE id = $1");

static const cd_stmt user_and_authentication__stmt_rehash =
    CD_STMT("user_and_authentication_rehash", 3,
            "UPDATE users SET password_hash = $2 WHERE id = $1 AND password_hash = $3");

/* Both conflicts at once, so a client learns everything that is wrong in one round trip. */
static const cd_stmt user_and_authentication__stmt_taken =
    CD_STMT("user_and_authentication_taken", 3,
            "SELECT coalesce(bool_or(lower(username) = lower($1)), false),"
            "       coalesce(bool_or(lower(email) = lower($2)), false)"
            "  FROM users WHERE (lower(username) = lower($1) OR lower(email) = lower($2))"
            "   AND id IS DISTINCT FROM $3::int");

static const cd_stmt user_and_authentication__stmt_insert_user =
    CD_STMT("user_and_authentication_insert_user", 3,
            "INSERT INTO users (username, email, password_hash) VALUES ($1, $2, $3)"
            " RETURNING " USER_AND_AUTHENTICATION__COLUMNS);

static const cd_stmt user_and_authentication__stmt_update_user =
    CD_STMT("user_and_authentication_update_user", 6,
            "UPDATE users SET username = coalesce($2, username), email = coalesce($3, email),"
            "       password_hash = coalesce($4, password_hash), bio = coalesce($5, bio),"
            "       image = coalesce($6, image), updated_at = now()"
            " WHERE id = $1 RETURNING " USER_AND_AUTHENTICATION__COLUMNS);

/* 0 when neither is taken; otherwise answers 422 naming each taken field. */
static int user_and_authentication__check_available(cd_request *r, const char *username,
                                                    const char *email, const char *except_id)
{
    const char *params[3] = {username, email, except_id};
    PGresult *res;
    int rc = cd_db_query(r, &user_and_authentication__stmt_taken, params, &res);
    if (rc)
        return rc;
    bool user_taken = cd_db_bool(res, 0, 0), email_taken = cd_db_bool(res, 0, 1);
    if (!user_taken && !email_taken)
        return 0;
    cd_verrors errs;
    cd_verrors_init(&errs, r->arena);
    if (email_taken)
        cd_verrors_add(&errs, "/user/email", "unique", "email has already been taken");
    if (user_taken)
        cd_verrors_add(&errs, "/user/username", "unique", "username has already been taken");
    return cd_req_error(r, 422, &errs);
}

static int user_and_authentication__fill_from_row(cd_request *r, api_User *u, const PGresult *res)
{
    return session_fill_user(r, u, cd_db_i64(res, 0, 0), cd_db_str(res, 0, 1), cd_db_str(res, 0, 2),
                             cd_db_str(res, 0, 3), cd_db_str(res, 0, 4), cd_db_i64(res, 0, 5));
}

int handle_Login(cd_request *r, const api_Login_req *in, api_Login_res *out)
{
    const api_LoginUser *u = &in->body.user;
    const char *params[1] = {u->email};
    PGresult *res;
    int rc = cd_db_query(r, &user_and_authentication__stmt_user_by_email, params, &res);
    if (rc)
        return appdb_error(r, rc);
    bool rehash = false;
    /* Unknown e-mail and wrong password answer alike, so the endpoint does not reveal accounts. */
    if (PQntuples(res) != 1) {
        /* ... and alike in time: hash as much as a wrong password would. */
        if ((rc = cd_password_verify_nobody(u->password)) != CD_E_UNAUTHORIZED)
            return rc;
        return cd_req_fail(r, 401, "", "email or password is invalid");
    }
    if (cd_password_verify(u->password, cd_db_str(res, 0, 6), &rehash))
        return cd_req_fail(r, 401, "", "email or password is invalid");
    if (rehash) {
        /* Stored with a lower cost than configured: upgrade now that we know the password. */
        const char *hash;
        if ((rc = cd_password_hash(r->arena, u->password, &hash)))
            return rc;
        const char *p[3] = {cd_db_str(res, 0, 0), hash, cd_db_str(res, 0, 6)};
        PGresult *ignored;
        if ((rc = cd_db_query(r, &user_and_authentication__stmt_rehash, p, &ignored)))
            return appdb_error(r, rc);
    }
    const char *refresh;
    if ((rc = session_issue_refresh(r, cd_db_i64(res, 0, 0), NULL, &refresh)))
        return appdb_error(r, rc);
    if ((rc = user_and_authentication__fill_from_row(r, &out->body_200.user, res)))
        return rc;
    out->status = 200;
    return 0;
}

int handle_CreateUser(cd_request *r, const api_CreateUser_req *in, api_CreateUser_res *out)
{
    const api_NewUser *u = &in->body.user;
    int rc = user_and_authentication__check_available(r, u->username, u->email, NULL);
    if (rc)
        return appdb_error(r, rc);
    const char *hash;
    if ((rc = cd_password_hash(r->arena, u->password, &hash)))
        return rc;
    const char *params[3] = {u->username, u->email, hash};
    PGresult *res;
    if ((rc = cd_db_begin(r)) ||
        (rc = cd_db_query(r, &user_and_authentication__stmt_insert_user, params, &res)))
        return appdb_error(r, rc); /* a concurrent registration won the name: 422 */
    const char *refresh;
    if ((rc = session_issue_refresh(r, cd_db_i64(res, 0, 0), NULL, &refresh)) ||
        (rc = cd_db_commit(r)))
        return appdb_error(r, rc);
    if ((rc = user_and_authentication__fill_from_row(r, &out->body_201.user, res)))
        return rc;
    out->status = 201;
    return 0;
}

int handle_GetCurrentUser(cd_request *r, const api_GetCurrentUser_req *in,
                          api_GetCurrentUser_res *out)
{
    (void)in;
    const caller_user *me = caller_get(r);
    api_User *u = &out->body_200.user;
    u->email = me->email;
    /* RealWorld echoes the caller's token; API-key callers have none to echo. */
    u->token = me->token ? me->token : "";
    u->username = me->username;
    u->bio = me->bio;
    u->image = me->image;
    out->status = 200;
    return 0;
}

/* A password, or an e-mail address other than the current one (the way to a password reset),
 * takes the current password: a stolen token alone must not be enough to take the account over.
 * 0 when the request may go on; otherwise answers 422 (missing) or 403 (wrong). */
static int user_and_authentication__check_current_password(cd_request *r, const api_UpdateUser *u,
                                                           const caller_user *me, const char *id)
{
    bool password = u->has_password == API_VALUE;
    /* ASCII case folding: lower() may also fold other letters, then we merely ask for more. */
    bool email = u->has_email == API_VALUE && strcasecmp(u->email, me->email) != 0;
    bool given = u->has_currentPassword == API_VALUE;
    if (!given && (password || email))
        return cd_req_fail(r, 422, "/user/currentPassword", "is required to change the %s",
                           password ? "password" : "e-mail address");
    if (!given)
        return 0;
    const char *params[1] = {id};
    PGresult *res;
    int rc = cd_db_query(r, &user_and_authentication__stmt_password_hash, params, &res);
    if (rc)
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 401, "", "user no longer exists");
    if (cd_password_verify(u->currentPassword, cd_db_str(res, 0, 0), NULL))
        return cd_req_fail(r, 403, "/user/currentPassword", "current password is incorrect");
    return 0;
}

int handle_UpdateCurrentUser(cd_request *r, const api_UpdateCurrentUser_req *in,
                             api_UpdateCurrentUser_res *out)
{
    const api_UpdateUser *u = &in->body.user;
    int rc = caller_require_writer(r);
    if (rc)
        return rc;
    const caller_user *me = caller_get(r);
    const char *id = cd_db_param_i64(r, me->id);
    if (!id)
        return CD_E_NOMEM;
    if ((rc = user_and_authentication__check_current_password(r, u, me, id)))
        return rc;
    const char *username = u->has_username == API_VALUE ? u->username : NULL;
    const char *email = u->has_email == API_VALUE ? u->email : NULL;
    if ((username || email) &&
        (rc = user_and_authentication__check_available(r, username, email, id)))
        return appdb_error(r, rc);
    const char *hash = NULL;
    if (u->has_password == API_VALUE && (rc = cd_password_hash(r->arena, u->password, &hash)))
        return rc;
    /* null clears bio/image (stored as ""), absent leaves them unchanged. */
    const char *bio = u->has_bio == API_VALUE ? u->bio : u->has_bio == API_NULL ? "" : NULL;
    const char *image = u->has_image == API_VALUE ? u->image : u->has_image == API_NULL ? "" : NULL;
    const char *params[6] = {id, username, email, hash, bio, image};
    PGresult *res;
    if ((hash && (rc = cd_db_begin(r))) ||
        (rc = cd_db_query(r, &user_and_authentication__stmt_update_user, params, &res)))
        return appdb_error(r, rc);
    if (PQntuples(res) != 1)
        return cd_req_fail(r, 401, "", "user no longer exists");
    int64_t cutoff = cd_db_i64(res, 0, 5);
    /* A new password ends every earlier session, as PUT /user/password (same transaction); the
     * answer's token is issued after the revocation second. */
    if (hash && ((rc = session_password_changed(r, me->id, &cutoff)) || (rc = cd_db_commit(r))))
        return appdb_error(r, rc);
    if ((rc = session_fill_user(r, &out->body_200.user, cd_db_i64(res, 0, 0), cd_db_str(res, 0, 1),
                                cd_db_str(res, 0, 2), cd_db_str(res, 0, 3), cd_db_str(res, 0, 4),
                                cutoff)))
        return rc;
    out->status = 200;
    return 0;
}
