-- A published report's snapshot is read on every report request and kept in memory until the
-- data version moves (db/queries/data-cache.ts): taking or replacing one moves it too.
CREATE TRIGGER `data_version_report_snapshots_insert` AFTER INSERT ON `report_snapshots` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `data_version_report_snapshots_update` AFTER UPDATE ON `report_snapshots` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `data_version_report_snapshots_delete` AFTER DELETE ON `report_snapshots` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
