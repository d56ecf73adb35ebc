-- The audit log is append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
-- A published plan is read-only at the database too; unlocking changes its phase first.
CREATE TRIGGER plans_published_lock BEFORE UPDATE ON plans WHEN OLD.phase = 'published' AND NEW.phase = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER plans_published_no_delete BEFORE DELETE ON plans WHEN OLD.phase = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER sections_published_insert BEFORE INSERT ON sections WHEN (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER sections_published_update BEFORE UPDATE ON sections WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' OR (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER sections_published_delete BEFORE DELETE ON sections WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER indicators_published_insert BEFORE INSERT ON indicators WHEN (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER indicators_published_update BEFORE UPDATE ON indicators WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' OR (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER indicators_published_delete BEFORE DELETE ON indicators WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER financial_lines_published_insert BEFORE INSERT ON financial_lines WHEN (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER financial_lines_published_update BEFORE UPDATE ON financial_lines WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' OR (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER financial_lines_published_delete BEFORE DELETE ON financial_lines WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER opinions_published_insert BEFORE INSERT ON opinions WHEN (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER opinions_published_update BEFORE UPDATE ON opinions WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' OR (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER opinions_published_delete BEFORE DELETE ON opinions WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER opinion_compilations_published_insert BEFORE INSERT ON opinion_compilations WHEN (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER opinion_compilations_published_update BEFORE UPDATE ON opinion_compilations WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' OR (SELECT phase FROM plans WHERE id = NEW.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER opinion_compilations_published_delete BEFORE DELETE ON opinion_compilations WHEN (SELECT phase FROM plans WHERE id = OLD.plan_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER indicator_values_published_insert BEFORE INSERT ON indicator_values WHEN (SELECT p.phase FROM plans p JOIN indicators i ON i.plan_id = p.id WHERE i.id = NEW.indicator_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER indicator_values_published_update BEFORE UPDATE ON indicator_values WHEN (SELECT p.phase FROM plans p JOIN indicators i ON i.plan_id = p.id WHERE i.id = OLD.indicator_id) = 'published' OR (SELECT p.phase FROM plans p JOIN indicators i ON i.plan_id = p.id WHERE i.id = NEW.indicator_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER indicator_values_published_delete BEFORE DELETE ON indicator_values WHEN (SELECT p.phase FROM plans p JOIN indicators i ON i.plan_id = p.id WHERE i.id = OLD.indicator_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER monthly_actuals_published_insert BEFORE INSERT ON monthly_actuals WHEN (SELECT p.phase FROM plans p JOIN indicators i ON i.plan_id = p.id WHERE i.id = NEW.indicator_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER monthly_actuals_published_update BEFORE UPDATE ON monthly_actuals WHEN (SELECT p.phase FROM plans p JOIN indicators i ON i.plan_id = p.id WHERE i.id = OLD.indicator_id) = 'published' OR (SELECT p.phase FROM plans p JOIN indicators i ON i.plan_id = p.id WHERE i.id = NEW.indicator_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER monthly_actuals_published_delete BEFORE DELETE ON monthly_actuals WHEN (SELECT p.phase FROM plans p JOIN indicators i ON i.plan_id = p.id WHERE i.id = OLD.indicator_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER self_assessments_published_insert BEFORE INSERT ON self_assessments WHEN (SELECT p.phase FROM plans p JOIN sections s ON s.plan_id = p.id WHERE s.id = NEW.section_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER self_assessments_published_update BEFORE UPDATE ON self_assessments WHEN (SELECT p.phase FROM plans p JOIN sections s ON s.plan_id = p.id WHERE s.id = OLD.section_id) = 'published' OR (SELECT p.phase FROM plans p JOIN sections s ON s.plan_id = p.id WHERE s.id = NEW.section_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER self_assessments_published_delete BEFORE DELETE ON self_assessments WHEN (SELECT p.phase FROM plans p JOIN sections s ON s.plan_id = p.id WHERE s.id = OLD.section_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER self_assessment_revisions_published_insert BEFORE INSERT ON self_assessment_revisions WHEN (SELECT p.phase FROM plans p JOIN sections s ON s.plan_id = p.id JOIN self_assessments a ON a.section_id = s.id WHERE a.id = NEW.self_assessment_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER self_assessment_revisions_published_update BEFORE UPDATE ON self_assessment_revisions WHEN (SELECT p.phase FROM plans p JOIN sections s ON s.plan_id = p.id JOIN self_assessments a ON a.section_id = s.id WHERE a.id = OLD.self_assessment_id) = 'published' OR (SELECT p.phase FROM plans p JOIN sections s ON s.plan_id = p.id JOIN self_assessments a ON a.section_id = s.id WHERE a.id = NEW.self_assessment_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
--> statement-breakpoint
CREATE TRIGGER self_assessment_revisions_published_delete BEFORE DELETE ON self_assessment_revisions WHEN (SELECT p.phase FROM plans p JOIN sections s ON s.plan_id = p.id JOIN self_assessments a ON a.section_id = s.id WHERE a.id = OLD.self_assessment_id) = 'published' BEGIN SELECT RAISE(ABORT, 'plan is published'); END;
