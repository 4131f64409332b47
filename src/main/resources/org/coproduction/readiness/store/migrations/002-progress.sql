-- Schema version 2: remember where a draft was left and when each answer last changed, so the
-- wizard reopens at the same step and lists show recent work first.

ALTER TABLE assessment ADD COLUMN current_step TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
UPDATE assessment SET updated_at = created_at;
ALTER TABLE answer ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
