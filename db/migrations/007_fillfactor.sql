-- 007 — room on each page for counter updates to stay HOT.
-- Counters are updated in place by triggers on every write: articles.favorites_count (each
-- favorite), users.articles_count and tags.articles_count (each article), article_totals. With
-- full pages (fillfactor 100) such an update puts the new row version on another page, so every
-- index of the table gets a new entry — for articles that includes the GIN index over the search
-- vector, a hundred-odd entries for one +1 (2 % of article updates were HOT in a bench run).
-- Free space on the page lets PostgreSQL keep the new version there without touching any index
-- (no indexed column changes). Applies to pages written from now on (new rows, a reload, or a
-- table rewrite).
ALTER TABLE articles SET (fillfactor = 85);
ALTER TABLE users SET (fillfactor = 85);
ALTER TABLE tags SET (fillfactor = 50);
ALTER TABLE article_totals SET (fillfactor = 50);
