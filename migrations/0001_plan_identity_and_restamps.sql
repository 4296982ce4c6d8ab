CREATE TABLE `messages_restamped` (
	`original` text PRIMARY KEY NOT NULL,
	`timestamp` text NOT NULL
);
--> statement-breakpoint
-- The plan's identity for files made before it existed: derived, never random, so that a copy made before this
-- migration gets the same id as its original (both share the frame and the first message of the change log).
-- A new plan file has no messages yet here; createPlanFile writes a random id for it.
INSERT OR IGNORE INTO `meta` (`key`, `value`)
SELECT 'planId', 'v1:' || f.id || ':' || m.first
FROM (SELECT id FROM `plan` ORDER BY tombstone, id LIMIT 1) AS f, (SELECT min(timestamp) AS first FROM `messages_crdt`) AS m
WHERE m.first IS NOT NULL;
