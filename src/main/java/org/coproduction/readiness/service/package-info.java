/**
 * The use cases of the program, each in one home that the window, the command line and any later
 * front end (a workshop server) all call: {@link org.coproduction.readiness.service.ImportAssessments},
 * {@link org.coproduction.readiness.service.ExportAssessment},
 * {@link org.coproduction.readiness.service.StartAssessment},
 * {@link org.coproduction.readiness.service.Respondents}, {@link org.coproduction.readiness.service.FileNames},
 * {@link org.coproduction.readiness.service.PersonalFile}, {@link org.coproduction.readiness.service.MergeAnswers},
 * {@link org.coproduction.readiness.service.PaperForms},
 * {@link org.coproduction.readiness.service.PersonalFile}, {@link org.coproduction.readiness.service.MergeAnswers},
 * and on {@link org.coproduction.readiness.service.Workspace} the report, the history and the score of a
 * stored assessment.
 *
 * <p>The shape to keep when adding one (paper forms, workshop sessions):
 * <ul>
 *   <li>one small class named for what it does, with a static method that takes the open
 *       {@link org.coproduction.readiness.service.Workspace} (or only the question banks, when no
 *       database is needed) and plain values, and returns plain values;</li>
 *   <li>no JavaFX and no printing: the window runs it on its database thread
 *       ({@code background.run}) and shows the result, the command line prints it;</li>
 *   <li>a refusal is an exception whose message a charity manager can act on
 *       ({@link org.coproduction.readiness.store.StoreException}, or a subclass such as
 *       {@link org.coproduction.readiness.service.ImportRefused} that carries every problem found);</li>
 *   <li>a unit test in the test tree's {@code service} package, on a real SQLite file in a
 *       temporary folder, without a window.</li>
 * </ul>
 */
package org.coproduction.readiness.service;
