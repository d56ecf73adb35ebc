ALTER TABLE `indicators` ADD `numerator_id` integer REFERENCES indicators(id);--> statement-breakpoint
ALTER TABLE `indicators` ADD `denominator_id` integer REFERENCES indicators(id);