-- Keeps what existing reports print now that the data says it (issue 11):
-- the document title was the plan title with の評価 appended; a number made of digits was
-- printed full-width with a "." after it. Other numbers (⑴, (1)) were printed with a stray
-- "." appended: they now print as written. The published-plan guards are lifted for the
-- backfill only and restored exactly as in 0001_guards.sql.
DROP TRIGGER plans_published_lock;--> statement-breakpoint
DROP TRIGGER sections_published_update;--> statement-breakpoint
UPDATE organisations SET short_name = name WHERE short_name = '';--> statement-breakpoint
UPDATE plans SET document_title = CASE WHEN title LIKE '%の評価' THEN title ELSE title || 'の評価' END WHERE document_title IS NULL;--> statement-breakpoint
UPDATE sections SET number = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(number, '0', '０'), '1', '１'), '2', '２'), '3', '３'), '4', '４'), '5', '５'), '6', '６'), '7', '７'), '8', '８'), '9', '９') || '.' WHERE number <> '' AND number NOT GLOB '*[^0-9]*';--> statement-breakpoint
CREATE TRIGGER plans_published_lock BEFORE UPDATE ON plans WHEN OLD.phase = 'published' AND NEW.phase = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;--> statement-breakpoint
CREATE TRIGGER sections_published_update BEFORE UPDATE ON sections WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' OR (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
