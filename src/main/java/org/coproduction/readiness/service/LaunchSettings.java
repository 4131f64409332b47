package org.coproduction.readiness.service;

import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.store.DataFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the program works on, worked out once from the command line and the environment: the
 * database file and the folders whose question banks are used besides the built-in ones.
 */
public record LaunchSettings(Path databaseFile, List<Path> questionnaireFolders) {
    public LaunchSettings {
        questionnaireFolders = List.copyOf(questionnaireFolders);
    }

    /**
     * The settings for a database asked for by name (null: the environment variable, else the
     * data folder's) and question bank folders given besides the data folder's own.
     */
    public static LaunchSettings of(String database, List<Path> moreQuestionnaireFolders,
                                    Map<String, String> environment) {
        List<Path> folders = new ArrayList<>();
        folders.add(DataFolder.questionnaireFolder(environment));
        folders.addAll(moreQuestionnaireFolders);
        return new LaunchSettings(DataFolder.databaseFile(database, environment), folders);
    }

    /** The built-in question banks and those in the folders. */
    public QuestionnaireLibrary library() {
        return QuestionnaireLibrary.load(questionnaireFolders);
    }
}
