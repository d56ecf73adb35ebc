-- Full-text search over every year's words (issue #16). FTS5 with the trigram tokenizer: Japanese
-- needs no word segmentation, and a query of 3+ characters matches any substring. One row per
-- searchable text; its rowid encodes the source: rowid = source id * 8 + kind
--   1 self-assessment narrative, 2 opinion, 3 response (対応方針), 4 section title,
--   5 indicator name, 6 compiled section-6 text.
-- Who may read a hit is decided at query time (db/queries/search.ts joins back to the source and
-- lib/search applies the policy), so the index holds text only and never goes stale on a
-- change of department or status. Triggers keep it in step with every write.
CREATE VIRTUAL TABLE `search_index` USING fts5(`body`, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `search_self_assessments_ins` AFTER INSERT ON `self_assessments` BEGIN
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 1, new.narrative);
END;
--> statement-breakpoint
CREATE TRIGGER `search_self_assessments_upd` AFTER UPDATE OF `narrative` ON `self_assessments` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 1, new.narrative);
END;
--> statement-breakpoint
CREATE TRIGGER `search_self_assessments_del` AFTER DELETE ON `self_assessments` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, body) SELECT id * 8 + 1, narrative FROM `self_assessments`;
--> statement-breakpoint
CREATE TRIGGER `search_opinions_ins` AFTER INSERT ON `opinions` BEGIN
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 2, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_opinions_upd` AFTER UPDATE OF `text` ON `opinions` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 2, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_opinions_del` AFTER DELETE ON `opinions` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, body) SELECT id * 8 + 2, text FROM `opinions`;
--> statement-breakpoint
CREATE TRIGGER `search_opinion_responses_ins` AFTER INSERT ON `opinion_responses` BEGIN
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 3, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_opinion_responses_upd` AFTER UPDATE OF `text` ON `opinion_responses` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 3, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_opinion_responses_del` AFTER DELETE ON `opinion_responses` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, body) SELECT id * 8 + 3, text FROM `opinion_responses`;
--> statement-breakpoint
CREATE TRIGGER `search_sections_ins` AFTER INSERT ON `sections` BEGIN
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 4, new.title);
END;
--> statement-breakpoint
CREATE TRIGGER `search_sections_upd` AFTER UPDATE OF `title` ON `sections` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 4, new.title);
END;
--> statement-breakpoint
CREATE TRIGGER `search_sections_del` AFTER DELETE ON `sections` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, body) SELECT id * 8 + 4, title FROM `sections`;
--> statement-breakpoint
CREATE TRIGGER `search_indicators_ins` AFTER INSERT ON `indicators` BEGIN
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 5, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `search_indicators_upd` AFTER UPDATE OF `name` ON `indicators` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 5, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `search_indicators_del` AFTER DELETE ON `indicators` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, body) SELECT id * 8 + 5, name FROM `indicators`;
--> statement-breakpoint
CREATE TRIGGER `search_opinion_compilations_ins` AFTER INSERT ON `opinion_compilations` BEGIN
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 6, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `search_opinion_compilations_upd` AFTER UPDATE OF `body` ON `opinion_compilations` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
  INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + 6, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `search_opinion_compilations_del` AFTER DELETE ON `opinion_compilations` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, body) SELECT id * 8 + 6, body FROM `opinion_compilations`;
