ALTER TABLE `chapters` ADD `lang` text;--> statement-breakpoint
ALTER TABLE `chapters` ADD `klarsprak` integer;