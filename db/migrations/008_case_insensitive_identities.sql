-- 008 — usernames and e-mail addresses are unique regardless of letter case.
-- Before, `Alice` / `ALICE@EX.IO` could register beside `alice` / `alice@ex.io` (a look-alike
-- account), and login with `ALICE@ex.io` failed. The unique indexes are now on lower(...), and
-- every query that looks a user up by e-mail, or checks that a name is free, compares
-- lower(column) = lower($n) — the same expression, or the planner cannot use the index.
--
-- Rows that already collide are never merged or deleted here: which account keeps the name is a
-- decision for a person. The migration stops with an error listing them (id and spelling), in its
-- own transaction, so nothing changes and the server does not start until they are resolved —
-- rename one of each group, e.g. UPDATE users SET username = 'alice2' WHERE id = 42 — and it is
-- run again.
--
-- The indexes keep the names of the constraints they replace (users_username_key,
-- users_email_key), which the application maps to "has already been taken" (422) when two
-- registrations race. Profiles, article filters and moderation name a user by the exact stored
-- username (one URL per profile), so a plain index on username stays for those lookups.

DO $$
DECLARE
    groups  integer;
    listing text;
BEGIN
    WITH dup AS (
        SELECT 'username' AS kind, lower(username) AS folded,
               string_agg(format('%s=%s', id, username), ', ' ORDER BY id) AS rows
          FROM users GROUP BY lower(username) HAVING count(*) > 1
        UNION ALL
        SELECT 'email', lower(email), string_agg(format('%s=%s', id, email), ', ' ORDER BY id)
          FROM users GROUP BY lower(email) HAVING count(*) > 1
    ), numbered AS (
        SELECT kind, folded, rows, row_number() OVER (ORDER BY kind, folded) AS n FROM dup
    )
    SELECT count(*), string_agg(format('%s %s: users %s', kind, folded, rows), '; ' ORDER BY n)
                         FILTER (WHERE n <= 50)
      INTO groups, listing
      FROM numbered;
    IF groups > 0 THEN
        RAISE EXCEPTION 'migration 008: % group(s) of users differ only in letter case: %',
                        groups, listing || CASE WHEN groups > 50 THEN '; ...' ELSE '' END
            USING ERRCODE = 'unique_violation',
                  HINT = 'Nothing was changed. Rename one user of each group by hand, then start '
                         'again (see db/migrations/008_case_insensitive_identities.sql).';
    END IF;
END $$;

ALTER TABLE users DROP CONSTRAINT users_username_key;
ALTER TABLE users DROP CONSTRAINT users_email_key;
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_username_idx ON users (username);
