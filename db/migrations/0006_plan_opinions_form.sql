ALTER TABLE `plans` ADD `opinions_form` text DEFAULT 'grouped' NOT NULL;--> statement-breakpoint
ALTER TABLE `sections` ADD `table_spec` text;