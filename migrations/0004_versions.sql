CREATE TABLE `versionChapters` (
	`versionId` text NOT NULL,
	`chapterId` text NOT NULL,
	`snapshot` blob NOT NULL,
	PRIMARY KEY(`versionId`, `chapterId`)
);
--> statement-breakpoint
CREATE TABLE `versions` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'named' NOT NULL,
	`createdAt` text NOT NULL,
	`author` text,
	`logClock` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP TABLE `snapshots`;