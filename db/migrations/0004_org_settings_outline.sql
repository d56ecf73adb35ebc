ALTER TABLE `organisations` ADD `short_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `self_name` text DEFAULT '当協会' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `era_style` text DEFAULT 'wareki' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `heading_digits` text DEFAULT 'full' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `roster_format` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `document_title` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `numbering` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `display_unit` text;--> statement-breakpoint
ALTER TABLE `sections` ADD `number_style` text;