-- Schema version 4: each assessment's own settings.
-- uid: a random UUID the program gives every assessment, carried in exchange files, so that answers
-- collected elsewhere (personal files, paper forms) find their way back to it. Assessments stored
-- before this version get one now.
-- min_group_size: the smallest group of respondents whose figures are shown on their own, so that
-- no one's answers can be picked out (docs/scoring.md, perspectives).

ALTER TABLE assessment ADD COLUMN uid TEXT;

ALTER TABLE assessment ADD COLUMN min_group_size INTEGER NOT NULL DEFAULT 3 CHECK (min_group_size BETWEEN 1 AND 10);

UPDATE assessment SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
    || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
    WHERE uid IS NULL;

CREATE UNIQUE INDEX assessment_uid ON assessment (uid);
