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
     * Text whose figures stay whole: dates (with the score that follows one in a listing), "level 1.5
     * of 4", "level 1.0 → 2.5 (+1.5)", "priority 5.0", "2 of 3 (66.7%)", and any other piece named,
     * such as a registered number. The rest may wrap as usual.
     */
    Html figures(String text, String... alsoWhole) {
        StringBuilder pattern = new StringBuilder(FIGURES.pattern());
        for (String whole : alsoWhole) {
            if (whole != null && !whole.isBlank()) {
                pattern.insert(0, java.util.regex.Pattern.quote(whole) + "|");
            }
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern.toString()).matcher(text);
        int from = 0;
        while (matcher.find()) {
            text(text.substring(from, matcher.start()));
            nobreak(matcher.group());
            from = matcher.end();
        }
        return text(text.substring(from));
    }

    /** The figures {@link #figures} keeps on one line. */
    private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile(
            "\\(?\\d{4}-\\d{2}-\\d{2}\\)?(?: (?:\\d+\\.\\d|no score)(?=[;.]))?"
                    + "|level \\d+(?:\\.\\d)?(?: of 4| → \\d+(?:\\.\\d)? \\([+−-]?\\d+(?:\\.\\d)?\\))"
                    + "|priority \\d+(?:\\.\\d)?"
                    + "|\\d+ of \\d+ \\(\\d+(?:\\.\\d)?%\\)"
                    + "|\\d+(?:\\.\\d)? then|\\d+(?:\\.\\d)? now \\([+−-]?\\d+(?:\\.\\d)?\\)");

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
