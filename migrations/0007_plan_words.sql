CREATE TABLE `planWords` (
	`id` text PRIMARY KEY NOT NULL,
	`word` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
