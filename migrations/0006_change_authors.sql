CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`initials` text NOT NULL,
	`group` text,
	`stamp` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `chapterUpdates` ADD `author` text;--> statement-breakpoint
ALTER TABLE `chapterUpdates` ADD `wallTime` integer;--> statement-breakpoint
ALTER TABLE `messages_crdt` ADD `author` text;--> statement-breakpoint
ALTER TABLE `messages_crdt` ADD `wallTime` integer;