package org.coproduction.readiness.report;

/** Small helpers for writing well-formed XHTML by hand. */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** Escapes text for element content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML; a note pasted from elsewhere may hold some.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element with text content and an optional class. */
    Html element(String tag, String cssClass, String text) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /**
     * Text that must stay on one line: a date, a score, "2 of 3 (66.7%)". The renderer would
     * otherwise break after a hyphen or at a space ("2025-" / "06-" / "30"); the style sheet of
     * the document gives the class {@code nobreak} {@code white-space: nowrap}.
     */
    Html nobreak(String text) {
        out.append("<span class=\"nobreak\">").append(escape(text)).append("</span>");
        return this;
    }

    /**
     * Text whose figures stay whole ({@link ReportText#keepingFiguresWhole}); the rest may wrap as
     * usual.
     */
    Html figures(String text, String... alsoWhole) {
        for (ReportText.Piece piece : ReportText.keepingFiguresWhole(text, alsoWhole)) {
            if (piece.whole()) {
                nobreak(piece.text());
            } else {
                text(piece.text());
            }
        }
        return this;
    }

    Html open(String tagWithAttributes) {
        out.append('<').append(tagWithAttributes).append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
