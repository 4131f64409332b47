package org.coproduction.readiness.ui;

import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.coproduction.readiness.report.PdfReport;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.store.StoreException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

/**
 * Prints the report through the system print dialog. Each page is the PDF's page, drawn at print
 * resolution, so paper and PDF are the same.
 */
final class Printing {
    private static final float DOTS_PER_INCH = 200;

    private Printing() {
    }

    /** Asks for a printer, then prints off the JavaFX thread. A cancelled dialog gives a task that does nothing. */
    static Task<Integer> print(Window owner, Report report) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return failed("No printer is set up on this computer. Export the PDF instead and print it from another"
                    + " computer, or set up a printer and try again.");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return started(new Task<>() {
                @Override
                protected Integer call() {
                    return 0;
                }
            });
        }
        return started(new Task<>() {
            @Override
            protected Integer call() throws Exception {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                PdfReport.write(report, pdf);
                try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                    PDFRenderer renderer = new PDFRenderer(document);
                    PageLayout layout = job.getJobSettings().getPageLayout();
                    int pages = document.getNumberOfPages();
                    for (int i = 0; i < pages; i++) {
                        updateMessage("Printing page " + (i + 1) + " of " + pages);
                        ImageView page = new ImageView(toFx(renderer.renderImageWithDPI(i, DOTS_PER_INCH)));
                        page.setPreserveRatio(true);
                        page.setFitWidth(layout.getPrintableWidth());
                        page.setFitHeight(layout.getPrintableHeight());
                        if (!job.printPage(layout, page)) {
                            throw new StoreException(StoreException.Kind.OTHER, "The printer stopped at page " + (i + 1)
                                    + ". Check the printer and try again.");
                        }
                    }
                    job.endJob();
                    return pages;
                }
            }
        });
    }

    static WritableImage toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return fx;
    }

    private static Task<Integer> failed(String message) {
        return started(new Task<>() {
            @Override
            protected Integer call() {
                throw new StoreException(StoreException.Kind.OTHER, message);
            }
        });
    }

    /** Runs a task on its own thread: printing is not database work. */
    static <T> Task<T> started(Task<T> task) {
        Thread thread = new Thread(task, "report");
        thread.setDaemon(true);
        thread.start();
        return task;
    }
}
