-- 004 — an index behind every foreign key that a delete cascades through or checks.
-- Without them, deleting an article (or a user) scans notifications and reports once per deleted
-- row: with the benchmark's 170,000 notifications a bulk delete took minutes instead of
-- milliseconds.
CREATE INDEX notifications_article_idx ON notifications (article_id) WHERE article_id IS NOT NULL;
CREATE INDEX notifications_comment_idx ON notifications (comment_id) WHERE comment_id IS NOT NULL;
CREATE INDEX notifications_actor_idx   ON notifications (actor_id);
CREATE INDEX reports_article_idx       ON reports (article_id);
CREATE INDEX reports_comment_idx       ON reports (comment_id) WHERE comment_id IS NOT NULL;
CREATE INDEX reports_reporter_idx      ON reports (reporter_id);
CREATE INDEX reports_resolved_by_idx   ON reports (resolved_by) WHERE resolved_by IS NOT NULL;
CREATE INDEX outbox_webhook_idx        ON outbox (webhook_id) WHERE webhook_id IS NOT NULL;
