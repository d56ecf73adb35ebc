-- Plans made before numbering styles were data number their top level 1. (printed １. with
-- the organisation's full-width heading digits), as their stored numbers show: renumbering
-- keeps them so. The published-plan guard is lifted for the backfill only and restored
-- exactly as in 0001_guards.sql.
DROP TRIGGER plans_published_lock;--> statement-breakpoint
UPDATE plans SET numbering = '["arabic_dot"]' WHERE numbering IS NULL;--> statement-breakpoint
CREATE TRIGGER plans_published_lock BEFORE UPDATE ON plans WHEN OLD.phase = 'published' AND NEW.phase = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
