-- 005 — cache invalidation: every write to data the service caches sends the tokens it touches on
-- channel conduit_cache (pg_notify, delivered at commit, in commit order, only if it commits).
-- Each running instance LISTENs and drops what depends on them (runtime/cache.h), so a change made
-- through any instance — or by hand in psql — is seen by all of them.
--
-- Tokens (handlers/cards.h builds the same strings):
--   a:<article id>  the article's card (fields, tags, favoritesCount)
--   s:<slug>        which article a slug names
--   u:<user id>     the user's card (profile fields, role, ban, token cut-off)
--   n:<username>    which user a username names
--   fav:<user id>   the set of articles the user favorited
--   fol:<user id>   the set of users the user follows
--   L               membership and order of article lists (and feeds)
--   LF              lists filtered by favorited=
--   T               the tag list
--   *               everything (TRUNCATE)
-- Statement-level triggers with transition tables: a bulk write (COPY, a cascade) notifies once
-- per distinct token, not once per row; identical notifications in one transaction are folded.

CREATE FUNCTION conduit_cache_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'L' AS t UNION SELECT 'a:' || id FROM new_rows
            UNION SELECT 's:' || slug FROM new_rows) x;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'L' AS t UNION SELECT 'a:' || id FROM old_rows
            UNION SELECT 's:' || slug FROM old_rows) x;
    ELSE
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'a:' || id AS t FROM old_rows UNION SELECT 'a:' || id FROM new_rows
            UNION SELECT 's:' || slug FROM old_rows UNION SELECT 's:' || slug FROM new_rows
            -- who wrote it and when decide which lists it is in, and where
            UNION SELECT 'L' FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE (o.author_id, o.created_at) IS DISTINCT FROM (n.author_id, n.created_at)) x;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER articles_cache_ins_trg AFTER INSERT ON articles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_articles();
CREATE TRIGGER articles_cache_del_trg AFTER DELETE ON articles
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_articles();
CREATE TRIGGER articles_cache_upd_trg AFTER UPDATE ON articles
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_articles();

CREATE FUNCTION conduit_cache_article_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'L' AS t UNION SELECT 'T' UNION SELECT 'a:' || article_id FROM new_rows) x;
    ELSE
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'L' AS t UNION SELECT 'T' UNION SELECT 'a:' || article_id FROM old_rows) x;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER article_tags_cache_ins_trg AFTER INSERT ON article_tags
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION conduit_cache_article_tags();
CREATE TRIGGER article_tags_cache_del_trg AFTER DELETE ON article_tags
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION conduit_cache_article_tags();

-- tags: renames, deletes and the articles_count counter all change GET /tags
CREATE FUNCTION conduit_cache_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('conduit_cache', 'T');
    RETURN NULL;
END $$;
CREATE TRIGGER tags_cache_trg AFTER INSERT OR UPDATE OR DELETE ON tags
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_tags();

CREATE FUNCTION conduit_cache_favorites() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'LF' AS t UNION SELECT 'a:' || article_id FROM new_rows
            UNION SELECT 'fav:' || user_id FROM new_rows) x;
    ELSE
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'LF' AS t UNION SELECT 'a:' || article_id FROM old_rows
            UNION SELECT 'fav:' || user_id FROM old_rows) x;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER favorites_cache_ins_trg AFTER INSERT ON favorites
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_favorites();
CREATE TRIGGER favorites_cache_del_trg AFTER DELETE ON favorites
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_favorites();

CREATE FUNCTION conduit_cache_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT DISTINCT 'fol:' || follower_id AS t FROM new_rows) x;
    ELSE
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT DISTINCT 'fol:' || follower_id AS t FROM old_rows) x;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER follows_cache_ins_trg AFTER INSERT ON follows
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_follows();
CREATE TRIGGER follows_cache_del_trg AFTER DELETE ON follows
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_follows();

CREATE FUNCTION conduit_cache_users() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'n:' || username AS t FROM new_rows) x;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'u:' || id AS t FROM old_rows UNION SELECT 'n:' || username FROM old_rows) x;
    ELSE
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'u:' || id AS t FROM old_rows UNION SELECT 'u:' || id FROM new_rows
            UNION SELECT 'n:' || username FROM old_rows
            UNION SELECT 'n:' || username FROM new_rows) x;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER users_cache_ins_trg AFTER INSERT ON users
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_users();
CREATE TRIGGER users_cache_del_trg AFTER DELETE ON users
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_users();
CREATE TRIGGER users_cache_upd_trg AFTER UPDATE ON users
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_users();

CREATE FUNCTION conduit_cache_flush() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('conduit_cache', '*');
    RETURN NULL;
END $$;
CREATE TRIGGER articles_cache_truncate_trg AFTER TRUNCATE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_flush();
CREATE TRIGGER article_tags_cache_truncate_trg AFTER TRUNCATE ON article_tags
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_flush();
CREATE TRIGGER tags_cache_truncate_trg AFTER TRUNCATE ON tags
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_flush();
CREATE TRIGGER favorites_cache_truncate_trg AFTER TRUNCATE ON favorites
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_flush();
CREATE TRIGGER follows_cache_truncate_trg AFTER TRUNCATE ON follows
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_flush();
CREATE TRIGGER users_cache_truncate_trg AFTER TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_flush();
