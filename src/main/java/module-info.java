/**
 * Co-production Readiness: a charity's self-assessment of how ready it is to co-produce its
 * services with the people who use them.
 */
module org.coproduction.readiness {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires java.prefs;
    requires java.desktop;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.core;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires java.sql;
    requires org.xerial.sqlitejdbc;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires jdk.httpserver;
    requires io.nayuki.qrcodegen;
    // The report as a Word document (Apache POI) and the data as an Excel workbook (fastexcel).
    requires org.apache.poi.ooxml;
    requires org.dhatim.fastexcel;

    // JavaFX creates the Application subclass by reflection.
    exports org.coproduction.readiness;
    exports org.coproduction.readiness.ui;
    // picocli creates the commands and sets their annotated fields by reflection.
    opens org.coproduction.readiness.cli to info.picocli;
}
