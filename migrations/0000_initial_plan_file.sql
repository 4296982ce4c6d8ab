CREATE TABLE `areaNotes` (
	`id` text PRIMARY KEY NOT NULL,
	`areaId` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `areas` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`themeId` text DEFAULT '' NOT NULL,
	`parentId` text,
	`name` text DEFAULT '' NOT NULL,
	`problems` text,
	`method` text,
	`actors` text,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `assetBlobs` (
	`id` text PRIMARY KEY NOT NULL,
	`bytes` blob NOT NULL
);
--> statement-breakpoint
CREATE TABLE `assets` (
	`id` text PRIMARY KEY NOT NULL,
	`mime` text DEFAULT 'image/png' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`alt` text DEFAULT '' NOT NULL,
	`decorative` integer DEFAULT 0 NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `cells` (
	`id` text PRIMARY KEY NOT NULL,
	`areaId` text DEFAULT '' NOT NULL,
	`groupId` text DEFAULT '' NOT NULL,
	`level` text,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `chapterUpdates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chapterId` text NOT NULL,
	`hash` text NOT NULL,
	`update` blob NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chapterUpdates_hash_unique` ON `chapterUpdates` (`hash`);--> statement-breakpoint
CREATE INDEX `chapterUpdates_chapter` ON `chapterUpdates` (`chapterId`);--> statement-breakpoint
CREATE TABLE `chapters` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`parentId` text,
	`kind` text DEFAULT 'part' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`numbered` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'utkast' NOT NULL,
	`groupId` text,
	`body` text DEFAULT '{"type":"doc","content":[]}' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`level` text DEFAULT 'nasjonal' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `groups` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`kind` text DEFAULT 'arbeidsgruppe' NOT NULL,
	`number` integer,
	`name` text DEFAULT '' NOT NULL,
	`leader` text DEFAULT '' NOT NULL,
	`members` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `hearingParties` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inputs` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`sender` text DEFAULT '' NOT NULL,
	`senderType` text DEFAULT 'privatperson' NOT NULL,
	`receivedDate` text,
	`summary` text DEFAULT '' NOT NULL,
	`fullText` text DEFAULT '' NOT NULL,
	`attachmentAssetId` text,
	`concerns` text DEFAULT '[]' NOT NULL,
	`assessment` text DEFAULT '' NOT NULL,
	`conclusion` text,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `laws` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`lovdataId` text,
	`purpose` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `legend` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`explanation` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`themeId` text,
	`chapterId` text,
	`fteHundredths` integer DEFAULT 0 NOT NULL,
	`costOre` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'planlagt' NOT NULL,
	`statusDate` text,
	`followUp` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `messages_crdt` (
	`timestamp` text PRIMARY KEY NOT NULL,
	`dataset` text NOT NULL,
	`row` text NOT NULL,
	`column` text NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `messages_crdt_field` ON `messages_crdt` (`dataset`,`row`,`column`,`timestamp`);--> statement-breakpoint
CREATE TABLE `messages_merkle` (
	`id` integer PRIMARY KEY NOT NULL,
	`merkle` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`from` text,
	`to` text,
	`phase` text,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `orgRoles` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`participants` text DEFAULT '' NOT NULL,
	`responsibility` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `plan` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`subtitle` text DEFAULT '' NOT NULL,
	`municipality` text DEFAULT '' NOT NULL,
	`planType` text DEFAULT 'kommunedelplan' NOT NULL,
	`periodFrom` integer,
	`periodTo` integer,
	`malform` text DEFAULT 'nb' NOT NULL,
	`phase` text DEFAULT 'oppstart' NOT NULL,
	`caseNumber` text DEFAULT '' NOT NULL,
	`versionLabel` text DEFAULT '' NOT NULL,
	`versionDate` text,
	`adoptedDate` text,
	`purpose` text DEFAULT '' NOT NULL,
	`scope` text DEFAULT '' NOT NULL,
	`focusAreas` text DEFAULT '[]' NOT NULL,
	`hearingStart` text,
	`hearingEnd` text,
	`groupsLabel` text DEFAULT '' NOT NULL,
	`profileLogoAssetId` text,
	`profileColor` text DEFAULT '' NOT NULL,
	`profileFont` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`createdAt` text NOT NULL,
	`planJson` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`sortKey` real DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`tombstone` integer DEFAULT 0 NOT NULL
);
