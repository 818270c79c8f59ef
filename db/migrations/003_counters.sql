-- 003 — article counters, so list totals are read instead of counted; tag counters without
-- deadlocks.
--
-- users.articles_count is the number of articles each user wrote; article_totals holds the number
-- of articles spread over 16 slots (the total is their sum), so concurrent creates do not queue on
-- one row. Both are kept by statement-level triggers on articles (transition tables: a bulk COPY
-- or a user's cascaded delete is one aggregated update, not one per row), backfilled below.
-- GET /articles reads sum(article_totals.articles), the author filter users.articles_count and
-- the feed sum(users.articles_count) over the caller's follows.
--
-- Exactness: every change is `counter = counter + delta` under the row lock the UPDATE takes, so
-- concurrent writers add up (READ COMMITTED re-reads the latest version after waiting); the
-- counters commit or roll back with the rows they count. Deletes decrement, whatever causes them
-- (DELETE, ON DELETE CASCADE from users, the bench's reset); TRUNCATE resets them.
--
-- Lock order (deadlock freedom): an article write locks tags before its author's users row, and
-- that before a totals slot; rows of one table are locked in one global order — tags by name in
-- bytewise ("C") order, users by id. Name order rather than id order because the article
-- handlers' tag upserts (INSERT ... ON CONFLICT DO UPDATE, which must run before the links exist
-- and may create tags) lock in name order; the triggers then find those rows already locked. A
-- transaction uses one totals slot only (chosen from its transaction id), so slots never wait on
-- each other. Known exceptions, outside the API: deleting a user locks the users row before the
-- tags (so it can still deadlock with that same user's concurrent create), and one DELETE of
-- several articles or users locks each one's tags in turn (the bench's reset, admin SQL);
-- PostgreSQL then aborts one transaction and the counters stay right.
--
-- 002's row-level tags_articles_count_trg updated tags row by row in arbitrary order, so an
-- update replacing an article's tags could deadlock with a create using the same tags. It is
-- replaced by statement-level triggers that lock the affected tags in name order and update them
-- in one statement.

-- ---- per-author counter ----
ALTER TABLE users ADD COLUMN articles_count integer NOT NULL DEFAULT 0;

-- ---- global counter, 16 slots ----
CREATE TABLE article_totals (
    slot     smallint PRIMARY KEY CHECK (slot BETWEEN 0 AND 15),
    articles bigint   NOT NULL DEFAULT 0   -- a slot may go negative; only the sum means anything
);
INSERT INTO article_totals (slot) SELECT generate_series(0, 15);

-- Transition tables are visible only inside the trigger function itself, hence two functions.
-- A trigger with transition tables may have one event only, hence two triggers.
CREATE FUNCTION articles_counters_ins() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM new_articles;
    IF n = 0 THEN
        RETURN NULL; -- e.g. INSERT ... ON CONFLICT DO NOTHING that conflicted
    END IF;
    PERFORM 1 FROM users u WHERE u.id IN (SELECT author_id FROM new_articles)
        ORDER BY u.id FOR NO KEY UPDATE;
    UPDATE users u SET articles_count = u.articles_count + c.n
      FROM (SELECT author_id, count(*) AS n FROM new_articles GROUP BY author_id) c
     WHERE u.id = c.author_id;
    -- one slot per transaction (consecutive transaction ids: concurrent creates spread out)
    UPDATE article_totals SET articles = articles + n
     WHERE slot = pg_current_xact_id()::text::bigint % 16;
    RETURN NULL;
END $$;

CREATE FUNCTION articles_counters_del() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM old_articles;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    -- when the author's own deletion cascaded here, their row is gone: nothing to update
    PERFORM 1 FROM users u WHERE u.id IN (SELECT author_id FROM old_articles)
        ORDER BY u.id FOR NO KEY UPDATE;
    UPDATE users u SET articles_count = u.articles_count - c.n
      FROM (SELECT author_id, count(*) AS n FROM old_articles GROUP BY author_id) c
     WHERE u.id = c.author_id;
    UPDATE article_totals SET articles = articles - n
     WHERE slot = pg_current_xact_id()::text::bigint % 16;
    RETURN NULL;
END $$;

-- An author change moves the article between two authors' counts (no handler changes author_id
-- today; this keeps the counter right if anything ever does).
CREATE FUNCTION articles_counters_author() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM users u WHERE u.id IN (OLD.author_id, NEW.author_id)
        ORDER BY u.id FOR NO KEY UPDATE;
    UPDATE users SET articles_count = articles_count - 1 WHERE id = OLD.author_id;
    UPDATE users SET articles_count = articles_count + 1 WHERE id = NEW.author_id;
    RETURN NULL;
END $$;

-- TRUNCATE fires no row or DELETE triggers: start the counts again from zero.
CREATE FUNCTION articles_counters_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE users SET articles_count = 0 WHERE articles_count <> 0;
    UPDATE article_totals SET articles = 0 WHERE articles <> 0;
    RETURN NULL;
END $$;

CREATE TRIGGER articles_counters_ins_trg AFTER INSERT ON articles
    REFERENCING NEW TABLE AS new_articles
    FOR EACH STATEMENT EXECUTE FUNCTION articles_counters_ins();
CREATE TRIGGER articles_counters_del_trg AFTER DELETE ON articles
    REFERENCING OLD TABLE AS old_articles
    FOR EACH STATEMENT EXECUTE FUNCTION articles_counters_del();
CREATE TRIGGER articles_counters_author_trg AFTER UPDATE OF author_id ON articles
    FOR EACH ROW WHEN (OLD.author_id IS DISTINCT FROM NEW.author_id)
    EXECUTE FUNCTION articles_counters_author();
CREATE TRIGGER articles_counters_truncate_trg AFTER TRUNCATE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION articles_counters_truncate();

-- Backfill. The migration runs in one transaction and CREATE TRIGGER above took a lock on
-- articles that blocks writers until it commits, so no article is counted twice or missed.
UPDATE users u SET articles_count = c.n
  FROM (SELECT author_id, count(*) AS n FROM articles GROUP BY author_id) c
 WHERE u.id = c.author_id;
UPDATE article_totals SET articles = (SELECT count(*) FROM articles) WHERE slot = 0;

-- ---- tags.articles_count: statement-level, tags locked in name order ----
DROP TRIGGER tags_articles_count_trg ON article_tags;
DROP FUNCTION tags_articles_count();

CREATE FUNCTION tags_articles_count_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- the handlers' tag upserts already hold these rows (taken in the same order): no wait then
    PERFORM 1 FROM tags t WHERE t.id IN (SELECT tag_id FROM new_links)
        ORDER BY t.name COLLATE "C" FOR NO KEY UPDATE;
    UPDATE tags t SET articles_count = t.articles_count + c.n
      FROM (SELECT tag_id, count(*) AS n FROM new_links GROUP BY tag_id) c
     WHERE t.id = c.tag_id;
    RETURN NULL;
END $$;

CREATE FUNCTION tags_articles_count_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM tags t WHERE t.id IN (SELECT tag_id FROM old_links)
        ORDER BY t.name COLLATE "C" FOR NO KEY UPDATE;
    UPDATE tags t SET articles_count = t.articles_count - c.n
      FROM (SELECT tag_id, count(*) AS n FROM old_links GROUP BY tag_id) c
     WHERE t.id = c.tag_id;
    RETURN NULL;
END $$;

CREATE FUNCTION tags_articles_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tags SET articles_count = 0 WHERE articles_count <> 0;
    RETURN NULL;
END $$;

CREATE TRIGGER tags_articles_count_ins_trg AFTER INSERT ON article_tags
    REFERENCING NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION tags_articles_count_ins();
CREATE TRIGGER tags_articles_count_del_trg AFTER DELETE ON article_tags
    REFERENCING OLD TABLE AS old_links
    FOR EACH STATEMENT EXECUTE FUNCTION tags_articles_count_del();
CREATE TRIGGER tags_articles_count_truncate_trg AFTER TRUNCATE ON article_tags
    FOR EACH STATEMENT EXECUTE FUNCTION tags_articles_count_truncate();

-- Deleting a user cascades to their articles and then to each article's links, one cascaded
-- statement per article, so the trigger above would lock each article's tags in turn: not one
-- order over all of them. Lock them all first, in name order.
CREATE FUNCTION users_lock_article_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM tags t
      WHERE t.id IN (SELECT x.tag_id FROM articles a JOIN article_tags x ON x.article_id = a.id
                      WHERE a.author_id = OLD.id)
      ORDER BY t.name COLLATE "C" FOR NO KEY UPDATE;
    RETURN OLD;
END $$;
CREATE TRIGGER users_lock_article_tags_trg BEFORE DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION users_lock_article_tags();

-- Re-derive the tag counts once, under the lock DROP TRIGGER took (writers wait for the commit).
UPDATE tags t SET articles_count = c.n
  FROM (SELECT t2.id, (SELECT count(*) FROM article_tags a WHERE a.tag_id = t2.id) AS n
          FROM tags t2) c
 WHERE t.id = c.id AND t.articles_count <> c.n;
