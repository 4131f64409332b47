-- Schema version 1: organisations, their assessments, respondents, answers and context answers.
-- Sized for an umbrella body: 500 organisations x 10 assessments x 5 respondents x 50 questions.

CREATE TABLE organisation (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    registered_number TEXT NOT NULL DEFAULT '',
    area              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE assessment (
    id                    INTEGER PRIMARY KEY,
    organisation_id       INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    questionnaire_id      TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    title                 TEXT NOT NULL,
    assessed_on           TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- An organisation's assessments in date order.
CREATE INDEX assessment_by_organisation ON assessment (organisation_id, assessed_on, id);

CREATE TABLE respondent (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('manager', 'trustee', 'staff', 'volunteer', 'service-user',
                                                'carer', 'partner', 'other')),
    label         TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, key)
);

-- One row per respondent and question, updated in place. A row with no response keeps a note
-- or a "review later" flag given before the level.
CREATE TABLE answer (
    respondent_id INTEGER NOT NULL REFERENCES respondent (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    response      TEXT CHECK (response IN ('level', 'not-applicable', 'dont-know')),
    level         INTEGER CHECK (level BETWEEN 0 AND 4),
    note          TEXT NOT NULL DEFAULT '',
    flagged       INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    PRIMARY KEY (respondent_id, question_id),
    CHECK ((response IS 'level') = (level IS NOT NULL))
) WITHOUT ROWID;

CREATE TABLE context_answer (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    value         TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) WITHOUT ROWID;
