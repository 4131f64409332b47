-- Schema version 3: the action plan. Actions belong to an organisation (they go when it goes) and
-- carry over from one assessment to the next; the assessment one was raised from is remembered
-- while that assessment exists. Each action is about exactly one question or one dimension of a
-- question bank (ids only: banks are files, not tables).

CREATE TABLE action (
    id                   INTEGER PRIMARY KEY,
    organisation_id      INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    questionnaire_id     TEXT NOT NULL CHECK (length(trim(questionnaire_id)) > 0),
    question_id          TEXT,
    dimension_id         TEXT,
    description          TEXT NOT NULL CHECK (length(trim(description)) > 0),
    owner                TEXT NOT NULL DEFAULT '',
    due_on               TEXT,
    status               TEXT NOT NULL DEFAULT 'planned'
                              CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
    source_assessment_id INTEGER REFERENCES assessment (id) ON DELETE SET NULL,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((question_id IS NULL) <> (dimension_id IS NULL))
);

-- All actions of an organisation.
CREATE INDEX action_by_organisation ON action (organisation_id, due_on, id);

-- The open actions of an organisation by question, shown beside the questions of the next
-- assessment.
CREATE INDEX action_open_by_question ON action (organisation_id, question_id)
    WHERE status IN ('planned', 'in-progress');

-- The actions raised from an assessment: for exchange files, and so that deleting an assessment
-- finds the actions to unlink without reading them all.
CREATE INDEX action_by_source ON action (source_assessment_id);
