CREATE TABLE `fieldBaselines` (
	`dataset` text NOT NULL,
	`row` text NOT NULL,
	`column` text NOT NULL,
	`after` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`dataset`, `row`, `column`, `after`)
);
