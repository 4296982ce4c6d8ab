ALTER TABLE `milestones` ADD `time` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plan` ADD `statusLine` text DEFAULT '' NOT NULL;