DROP INDEX `indicators_section`;--> statement-breakpoint
CREATE INDEX `indicators_section_order` ON `indicators` (`section_id`,`sort_order`);