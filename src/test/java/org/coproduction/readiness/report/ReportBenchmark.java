package org.coproduction.readiness.report;

import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: prints how long one report takes to build (model, then PDF) for the largest demo
 * assessment. Run with {@code mvn -B test -Pbenchmark}.
 */
class ReportBenchmark {
    @Test
    void largestDemoAssessment() throws Exception {
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of());
        ExchangeReader reader = new ExchangeReader(library);
        Path largest;
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            largest = seeds.filter(p -> p.toString().endsWith(".json"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        ExchangeReader.Reading reading = reader.read(largest);
        Assessment assessment = reading.assessment();
        Questionnaire bank = reading.questionnaire();

        long firstStart = System.nanoTime();
        PdfReport.write(ReportBuilder.build(assessment, bank, LocalDate.now()), new ByteArrayOutputStream());
        double first = (System.nanoTime() - firstStart) / 1e6;

        int runs = 15;
        long[] model = new long[runs];
        long[] pdf = new long[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Report report = ReportBuilder.build(assessment, bank, LocalDate.now());
            model[i] = System.nanoTime() - start;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            start = System.nanoTime();
            PdfReport.write(report, out);
            pdf[i] = System.nanoTime() - start;
            bytes = out.size();
        }
        System.out.printf("%nReport benchmark: %s (%d respondents, %d answers)%n", largest.getFileName(),
                assessment.respondents().size(), assessment.answers().size());
        System.out.printf("  first report in a fresh JVM (model + PDF, fonts loaded): %.0f ms%n", first);
        System.out.printf("  model: median %.2f ms; PDF: median %.0f ms, max %.0f ms (%d runs); PDF size %,d bytes%n%n",
                median(model), median(pdf), Arrays.stream(pdf).max().orElse(0) / 1e6, runs, bytes);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
