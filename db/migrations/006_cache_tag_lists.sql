-- 006 — finer invalidation of lists filtered by tag: a new token per tag,
--   Lt:<tag name>   membership, order or total of the articles tagged with that name
-- so that writing an article tagged "rust" no longer drops the cached pages of every other tag
-- (with 005, any link sent "L"). "L" now means the unfiltered, author and feed lists only:
-- article_tags changes do not touch those (they depend on which articles exist and when they
-- were written, not on their tags).

CREATE OR REPLACE FUNCTION conduit_cache_article_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'T' AS t UNION SELECT 'a:' || article_id FROM new_rows
            UNION SELECT 'Lt:' || tg.name FROM new_rows n JOIN tags tg ON tg.id = n.tag_id) x;
    ELSE
        -- a tag deleted with its links is announced by the tags trigger (its row is gone here)
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'T' AS t UNION SELECT 'a:' || article_id FROM old_rows
            UNION SELECT 'Lt:' || tg.name FROM old_rows o JOIN tags tg ON tg.id = o.tag_id) x;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION conduit_cache_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('conduit_cache', 'T');
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'T' AS t UNION SELECT 'Lt:' || name FROM old_rows) x;
    ELSE
        -- counters move on every article write: only a rename changes which list a name means
        PERFORM pg_notify('conduit_cache', t) FROM (
            SELECT 'T' AS t
            UNION SELECT 'Lt:' || o.name FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE o.name <> n.name
            UNION SELECT 'Lt:' || n.name FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE o.name <> n.name) x;
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER tags_cache_trg ON tags;
CREATE TRIGGER tags_cache_ins_trg AFTER INSERT ON tags
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_tags();
CREATE TRIGGER tags_cache_del_trg AFTER DELETE ON tags
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_tags();
CREATE TRIGGER tags_cache_upd_trg AFTER UPDATE ON tags
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION conduit_cache_tags();

-- articles: as in 005, plus the tag lists of an article whose place in them moved (created_at)
CREATE OR REPLACE FUNCTION conduit_cache_articles() RETURNS trigger LANGUAGE plpgsql AS $$
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
                WHERE (o.author_id, o.created_at) IS DISTINCT FROM (n.author_id, n.created_at)
            UNION SELECT 'Lt:' || tg.name FROM old_rows o JOIN new_rows n ON n.id = o.id
                JOIN article_tags at ON at.article_id = n.id JOIN tags tg ON tg.id = at.tag_id
                WHERE o.created_at IS DISTINCT FROM n.created_at) x;
    END IF;
    RETURN NULL;
END $$;
