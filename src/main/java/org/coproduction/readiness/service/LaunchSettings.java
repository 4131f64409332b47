package org.coproduction.readiness.service;

import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;

import java.nio.file.Path;
import java.util.List;

/**
 * What the program works on, worked out once from the command line and the environment: the
 * database file and the folders whose question banks are used besides the built-in ones.
 */
public record LaunchSettings(Path databaseFile, List<Path> questionnaireFolders) {
    public LaunchSettings {
        questionnaireFolders = List.copyOf(questionnaireFolders);
    }

    /** The built-in question banks and those in the folders. */
    public QuestionnaireLibrary library() {
        return QuestionnaireLibrary.load(questionnaireFolders);
    }
}
