CREATE TABLE `inputChanges` (
	`id` text PRIMARY KEY NOT NULL,
	`inputId` text DEFAULT '' NOT NULL,
	`targetTable` text DEFAULT 'plan' NOT NULL,
	`targetId` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
